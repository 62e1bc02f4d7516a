"""The service desk and the catering page driven as a user would: typed scans, Enter, Undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cmc_desktop.security.permissions import Actor, Role
from tests.core.catering.conftest import TODAY, build_city


@pytest.fixture
def city(ctx, clock):  # noqa: ANN001, ANN201
    clock.advance(hours=-2, minutes=-30)  # 07:30: breakfast is being served
    c = build_city(ctx)
    c.svc.set_diet(c.resident, "diabetic", "peanuts")
    agent_ctx = ctx.as_actor(Actor("agent", Role.CANTEEN_AGENT, "Agent"))
    c.agent_ctx = agent_ctx
    return c


def scan(qtbot, desk, text: str) -> None:  # noqa: ANN001
    qtbot.keyClicks(desk.input, text)
    qtbot.keyClick(desk.input, Qt.Key_Return)


def test_typed_scans_banner_and_undo(qtbot, city) -> None:  # noqa: ANN001
    from ui.pages.catering.desk import DeskPage

    desk = DeskPage(city.agent_ctx)
    qtbot.addWidget(desk)
    desk.show()
    assert desk.meal_label.text().endswith("Breakfast")

    scan(qtbot, desk, city.resident)
    # Decided inside the Enter event: the banner is already up to date.
    assert desk.banner.property("state") == "accepted"
    assert desk.banner.status.text() == "SERVED"
    assert desk.banner.name.text().startswith("Alaoui0")
    assert "Diabetic" in desk.banner.diet.text() and "Peanuts" in desk.banner.diet.text()
    assert desk.input.text() == ""
    assert desk.count_label.text() == "Served: 1"
    assert desk.undo_btn.isEnabled()

    scan(qtbot, desk, city.resident)
    assert desk.banner.property("state") == "refused"
    assert "Already served this meal at 07:30" in desk.banner.reason.text()

    qtbot.mouseClick(desk.undo_btn, Qt.LeftButton)
    assert desk.count_label.text() == "Served: 0"
    assert city.svc.served_counts(TODAY) == {}
    assert not desk.undo_btn.isEnabled()

    scan(qtbot, desk, "not-a-card")
    assert desk.banner.property("state") == "refused"
    assert "not a matricule" in desk.banner.reason.text()
    scan(qtbot, desk, city.leaver)
    assert desk.banner.reason.text() == "On leave today"
    scan(qtbot, desk, city.nobody)
    assert desk.banner.reason.text() == "Not entitled to this meal"
    assert desk.history.count() == 6  # 2 scans, 1 undo, 3 refusals


def test_meal_override_and_outside_window(qtbot, city, clock) -> None:  # noqa: ANN001
    from ui.pages.catering.desk import DeskPage

    clock.advance(hours=3)  # 10:30: between breakfast and lunch
    desk = DeskPage(city.agent_ctx)
    qtbot.addWidget(desk)
    assert desk.meal_label.text().endswith("No meal")
    scan(qtbot, desk, city.day)
    assert desk.banner.reason.text() == "Outside the service window"
    clock.advance(hours=2)  # 12:30
    desk.meal_combo.setCurrentIndex(desk.meal_combo.findData("lunch"))
    scan(qtbot, desk, city.day)
    assert desk.banner.property("state") == "accepted" and "Day trainee" in desk.banner.detail.text()


def test_catering_page_shows_forecast_and_menu(qtbot, city) -> None:  # noqa: ANN001
    from ui.pages.catering.page import CateringPage

    city.svc.set_dish(TODAY, "lunch", "main", "Tajine de poulet", "طاجين الدجاج", "celery")
    page = CateringPage(city.ctx.as_actor(Actor("m", Role.CATERING_MANAGER)))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.forecast_model.rowCount() == 14 * 3, timeout=5000)
    rows = {(r.day, r.meal): r for r in page.forecast_model.rows}
    assert rows[(TODAY, "lunch")].forecast == 2
    assert "forecast" in page.summary.text()
    page.tabs.setCurrentIndex(1)
    cell = page.menu_model.index(0, 1).data()
    assert "Tajine de poulet" in cell and "Celery" in cell


def test_desk_page_is_registered_for_serving_roles() -> None:
    from ui.pages.catering import pages

    specs = {p.key: p for p in pages()}
    agent, director = Actor("a", Role.CANTEEN_AGENT), Actor("d", Role.DIRECTOR)
    assert specs["catering"].order == 30
    assert agent.can(specs["catering"].permission) and agent.can(specs["catering-desk"].permission)
    assert director.can(specs["catering"].permission) and not director.can(specs["catering-desk"].permission)


def test_subscriptions_and_tickets_tab(qtbot, city) -> None:  # noqa: ANN001
    from ui.pages.catering.page import CateringPage

    page = CateringPage(city.ctx.as_actor(Actor("m", Role.CATERING_MANAGER)))
    qtbot.addWidget(page)
    assert page.sub_model.rowCount() == 1
    assert page.sub_model.index(0, 0).data() == city.day
    qtbot.keyClicks(page.sub_matricule, city.nobody)
    qtbot.mouseClick(page.subscribe_btn, Qt.LeftButton)
    assert "subscribed to lunch" in page.sub_message.text()
    assert page.sub_model.rowCount() == 2
    qtbot.keyClicks(page.sub_search, "alaoui3")  # the nobody trainee is Alaoui3
    assert page.sub_model.rowCount() == 1
    page.sub_search.clear()
    # a second subscription over the same days is refused with the dates
    qtbot.keyClicks(page.sub_matricule, city.nobody)
    qtbot.mouseClick(page.subscribe_btn, Qt.LeftButton)
    assert "already has a lunch subscription" in page.sub_message.text()
    page.ticket_holder.setText("M. Invité")  # QTest.keyClicks aborts on non-ASCII characters
    page.ticket_category.setCurrentIndex(1)
    page.ticket_count.setValue(2)
    qtbot.mouseClick(page.issue_btn, Qt.LeftButton)
    assert "MA09-T-000001, MA09-T-000002" in page.sub_message.text()
    page.sub_view.selectRow(0)
    qtbot.mouseClick(page.end_btn, Qt.LeftButton)
    assert page.sub_message.text() == "Subscription ended."


def test_menu_form_and_costs_tab(qtbot, city) -> None:  # noqa: ANN001
    from ui.pages.catering.page import CateringPage

    page = CateringPage(city.ctx.as_actor(Actor("m", Role.CATERING_MANAGER)))
    qtbot.addWidget(page)
    # click Tuesday's lunch, type a dish, tick two allergens, save
    page._pick_cell(page.menu_model.index(1, 1))
    assert page.dish_meal.currentData() == "lunch"
    qtbot.keyClicks(page.dish_fr, "Couscous")
    page.dish_ar.setText("كسكس")
    for i in range(page.dish_allergens.count()):
        if page.dish_allergens.item(i).data(Qt.UserRole) in ("gluten", "celery"):
            page.dish_allergens.item(i).setCheckState(Qt.Checked)
    qtbot.mouseClick(page.dish_save, Qt.LeftButton)
    assert page.dish_message.text() == "Saved."
    cell = page.menu_model.index(1, 1).data()
    assert "Couscous / كسكس" in cell and "Gluten" in cell and "Celery" in cell
    # a dish without a French name is refused with the day and meal named
    page.dish_fr.clear()
    qtbot.mouseClick(page.dish_save, Qt.LeftButton)
    assert "needs a French name" in page.dish_message.text()

    assert city.svc.scan(city.resident, at=at_local("07:30")).accepted
    qtbot.keyClicks(page.cost_label, "Boulangerie")
    page.cost_amount.setValue(12.5)
    qtbot.mouseClick(page.cost_add, Qt.LeftButton)
    today = page.cost_model.rows[-1]
    assert str(today.cost_mad) == "12.50" and today.served == 1 and str(today.per_meal_mad) == "12.50"
    assert "12.50 MAD" in page.cost_total.text()


def at_local(hhmm: str):  # noqa: ANN201
    from tests.core.catering.conftest import at

    return at(hhmm)


def test_schedule_tab_windows_and_ramadan(qtbot, city) -> None:  # noqa: ANN001
    from PySide6.QtCore import QDate

    from ui.pages.catering.page import CateringPage

    page = CateringPage(city.ctx.as_actor(Actor("m", Role.CATERING_MANAGER)))
    qtbot.addWidget(page)
    lunch = page.window_edits[("normal", "lunch")]
    assert lunch.text() == "12:00-14:30"
    lunch.setText("11:45-14:00")
    qtbot.mouseClick(page.windows_save, Qt.LeftButton)
    assert page.schedule_message.text() == "Saved."
    assert city.ctx.service(type(city.svc)).settings().windows["normal"]["lunch"] == "11:45–14:00"
    lunch.setText("noon")
    qtbot.mouseClick(page.windows_save, Qt.LeftButton)
    assert "lunch" in page.schedule_message.text() and "06:30-09:00" in page.schedule_message.text()
    page.ramadan_from.setDate(QDate(2027, 2, 8))
    page.ramadan_to.setDate(QDate(2027, 3, 9))
    qtbot.mouseClick(page.ramadan_add, Qt.LeftButton)
    assert page.ramadan_list.item(0).text() == "08/02/2027 – 09/03/2027"
    qtbot.mouseClick(page.ramadan_add, Qt.LeftButton)
    assert "overlaps" in page.schedule_message.text()


def test_diet_editor_only_for_health_readers(qtbot, city) -> None:  # noqa: ANN001
    from ui.pages.catering.page import CateringPage

    page = CateringPage(city.ctx.as_actor(Actor("m", Role.CATERING_MANAGER)))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(1)
    assert page.diet_box.isVisible()
    qtbot.keyClicks(page.diet_matricule, city.resident)
    qtbot.mouseClick(page.diet_load, Qt.LeftButton)  # fixture: diabetic, peanuts
    checked = {page.diet_flags.item(i).data(Qt.UserRole) for i in range(page.diet_flags.count())
               if page.diet_flags.item(i).checkState() == Qt.Checked}
    assert checked == {"diabetic", "allergen:peanuts"}
    for i in range(page.diet_flags.count()):
        if page.diet_flags.item(i).data(Qt.UserRole) == "allergen:milk":
            page.diet_flags.item(i).setCheckState(Qt.Checked)
    qtbot.mouseClick(page.diet_save, Qt.LeftButton)
    assert city.svc.diet(city.resident)[2] == ("milk", "peanuts")
    director = CateringPage(city.ctx.as_actor(Actor("d", Role.DIRECTOR)))
    qtbot.addWidget(director)
    director.show()
    director.tabs.setCurrentIndex(1)
    assert not director.diet_box.isVisible()
