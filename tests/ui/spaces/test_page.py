"""The Spaces page driven like a user: book through the form, see clashes, click the calendar."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.spaces.dto import BookingDraft
from tests.core.spaces.conftest import City, build_city
from ui.pages.spaces.page import SpacesPage

MON = dt.date(2026, 11, 30)


@pytest.fixture
def city(ctx: AppContext) -> City:
    return build_city(ctx)


@pytest.fixture
def page(city: City, qtbot) -> SpacesPage:  # noqa: ANN001
    p = SpacesPage(city.ctx)
    qtbot.addWidget(p)
    p.resize(1300, 800)
    p.show()
    qtbot.waitExposed(p)
    return p


def _fill_form(page: SpacesPage, city: City, room: str, group: str, start: tuple[int, int], end: tuple[int, int],
               weeks: int) -> None:
    page.b_room.setCurrentIndex(page.b_room.findData(city.rooms[room]))
    page.b_group.setCurrentIndex(page.b_group.findData(city.groups[group]))
    page.b_date.setDate(QDate(MON.year, MON.month, MON.day))
    page.b_weekly.setChecked(weeks > 1)
    until = MON + dt.timedelta(weeks=weeks - 1)
    page.b_until.setDate(QDate(until.year, until.month, until.day))
    page.b_start.setTime(QTime(*start))
    page.b_end.setTime(QTime(*end))


def test_booking_form_saves_then_names_each_clash(page: SpacesPage, city: City, qtbot) -> None:  # noqa: ANN001
    page.tabs.setCurrentWidget(page.booking_tab)
    _fill_form(page, city, "DIA-S01", "DEV101", (8, 30), (11, 0), weeks=3)
    qtbot.mouseClick(page.check_btn, Qt.LeftButton)
    assert "No conflict: 2 date(s) to book, 1 skipped." in page.plan_label.text()
    assert any("Skipped 14/12/2026: Test holiday" in page.plan_list.item(i).text() for i in range(page.plan_list.count()))
    qtbot.mouseClick(page.save_booking_btn, Qt.LeftButton)
    assert "saved: 2 date(s), status approved" in page.plan_label.text()
    assert len(city.svc.occurrences()) == 2

    qtbot.mouseClick(page.new_booking_btn, Qt.LeftButton)
    _fill_form(page, city, "DIA-S01", "DEV102", (10, 0), (12, 0), weeks=3)
    qtbot.mouseClick(page.save_booking_btn, Qt.LeftButton)
    assert "2 conflict(s)" in page.plan_label.text()
    lines = [page.plan_list.item(i).text() for i in range(page.plan_list.count())]
    assert lines[0] == "⚠ 30/11/2026 10:00–12:00, room DIA-S01 — the room: already taken by booking #1 " \
                       "(08:30–11:00, room DIA-S01) — DEV101"
    assert lines[1].startswith("⚠ 07/12/2026 10:00–12:00, room DIA-S01")
    assert len(city.svc.occurrences()) == 2  # nothing written


def test_structure_week_shows_every_room_and_a_click_cancels_one_date(page: SpacesPage, city: City, qtbot,  # noqa: ANN001
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    city.svc.create_booking(BookingDraft(city.rooms["DIA-L01"], MON, dt.time(8, 30), dt.time(11), "course", True,
                                         MON + dt.timedelta(weeks=2), city.groups["DEV101"], trainer="Formateur 1"))
    page._reload_lists()
    page.show_week("structure", city.hub_structure, MON)
    cal = page.calendar
    assert [lane.label for lane in cal.view.lanes] == ["DIA-L01", "DIA-S01", "DIA-S02"]
    assert "1 session(s)" in page.week_title.text()
    qtbot.waitUntil(lambda: bool(cal._hits))
    rect, occ = cal._hits[0]
    assert occ.group_code == "DEV101" and occ.day == MON
    # the block is really painted in the course colour
    img = cal.grab().toImage()
    colour = img.pixelColor(int(rect.center().x()), int(rect.top() + 3))
    assert (colour.red(), colour.green(), colour.blue()) == (0x2F, 0x6F, 0xA8)
    qtbot.mouseClick(cal, Qt.LeftButton, pos=QPoint(int(rect.center().x()), int(rect.center().y())))
    assert "DEV101" in page.occ_label.text() and page.cancel_occ_btn.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    qtbot.mouseClick(page.cancel_occ_btn, Qt.LeftButton)
    assert "0 session(s)" in page.week_title.text()
    remaining = city.svc.occurrences(group_id=city.groups["DEV101"])
    assert [o.day for o in remaining] == [MON + dt.timedelta(weeks=1)]  # the series lives on (14/12 is a holiday)


def test_group_and_trainer_weeks_and_arabic_mirroring(page: SpacesPage, city: City, qtbot) -> None:  # noqa: ANN001
    city.svc.create_booking(BookingDraft(city.rooms["DIA-S02"], MON + dt.timedelta(days=2), dt.time(14),
                                         dt.time(16), "course", group_id=city.groups["DEV102"], trainer="Formateur 2"))
    page._reload_lists()
    page.show_week("group", city.groups["DEV102"], MON)
    assert [(day, o.room_code) for _, day, o in page.calendar.view.entries] == [(2, "DIA-S02")]
    page.show_week("trainer", "Formateur 2", MON)
    qtbot.waitUntil(lambda: bool(page.calendar._hits))
    ltr_x = page.calendar._hits[0][0].x()
    page.calendar.setLayoutDirection(Qt.RightToLeft)
    page.calendar.repaint()
    rtl_rect = page.calendar._hits[0][0]
    assert abs((page.calendar.width() - rtl_rect.right()) - ltr_x) < 1.0  # Wednesday mirrored for Arabic


def test_free_room_finder_then_book_it(page: SpacesPage, city: City, qtbot) -> None:  # noqa: ANN001
    page.tabs.setCurrentIndex(2)
    page.f_date.setDate(QDate(2026, 12, 1))
    page.f_capacity.setValue(22)
    qtbot.keyClicks(page.f_equipment, "tableau")
    qtbot.mouseClick(page.findChild(type(page.check_btn), "findRooms"), Qt.LeftButton)
    assert page.finder_label.text() == "2 free room(s)"
    assert [page.finder_model.rows[i].code for i in range(2)] == ["DIA-S01", "DIA-S02"]
    page.finder_table.selectRow(1)
    qtbot.mouseClick(page.findChild(type(page.check_btn), "bookFreeRoom"), Qt.LeftButton)
    assert page.tabs.currentWidget() is page.booking_tab
    assert page.b_room.currentData() == city.rooms["DIA-S02"] and page.b_expected.value() == 22


def test_rooms_editor_saves_through_the_service(page: SpacesPage, city: City, qtbot) -> None:  # noqa: ANN001
    page.tabs.setCurrentIndex(3)
    qtbot.keyClicks(page.r_search, "lab")
    assert page.rooms_model.rowCount() == 1
    page.rooms_table.selectRow(0)
    assert page.r_code.text() == "DIA-L01"
    page.r_capacity.setValue(32)
    qtbot.mouseClick(page.save_room_btn, Qt.LeftButton)
    assert page.room_message.text() == "Room DIA-L01 saved."
    assert city.svc.room_by_code("DIA-L01").capacity == 32
    page.r_capacity.setValue(10)
    page.r_days.setText("19")
    qtbot.mouseClick(page.save_room_btn, Qt.LeftButton)
    assert "Open days are ISO weekday digits" in page.room_message.text()


def test_approval_queue_approves_a_pending_request(city: City, qtbot) -> None:  # noqa: ANN001
    from cmc_desktop.security.permissions import Actor, Role
    from cmc_desktop.spaces.service import SpacesService

    coord = city.ctx.as_actor(Actor("coord", Role.CAREER_COUNSELLOR)).service(SpacesService)
    req = coord.create_booking(BookingDraft(city.rooms["CONF-A01"], MON + dt.timedelta(days=3), dt.time(14),
                                            dt.time(17), "event", organiser="Centre d'orientation", expected=150,
                                            title="Forum des métiers"))
    assert req.status == "pending"
    limited = SpacesPage(city.ctx.as_actor(Actor("coord", Role.CAREER_COUNSELLOR)))
    qtbot.addWidget(limited)
    assert [limited.tabs.tabText(i) for i in range(limited.tabs.count())] == \
        ["Week", "Book", "Free rooms", "Rooms", "Structures"]  # no approval queue, rooms read-only
    assert not limited.save_room_btn.isEnabled()
    page = SpacesPage(city.ctx)
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(5)
    assert page.pending_model.rowCount() == 1
    page.pending_table.selectRow(0)
    qtbot.mouseClick(page.findChild(type(page.check_btn), "approveBooking"), Qt.LeftButton)
    assert page.pending_message.text() == f"Booking #{req.id}: approved"
    assert page.pending_model.rowCount() == 0
    assert city.svc.booking(req.id).status == "approved"


def test_import_runs_in_the_background_and_lists_problems(page: SpacesPage, city: City, qtbot, tmp_path,  # noqa: ANN001
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    from ui.tasks import RUNNER

    good, bad = tmp_path / "good.xlsx", tmp_path / "bad.xlsx"
    for path, rows in ((good, [("DEV101", "DIA-S01", "Mardi", "08:30", "11:00", "01/12/2026", "22/12/2026", "F1")]),
                       (bad, [("DEV102", "DIA-S01", "Mardi", "10:00", "12:00", "01/12/2026", "22/12/2026", "F2"),
                              ("XYZ", "DIA-S01", "Mardi", "14:00", "15:00", "01/12/2026", "22/12/2026", "F2")])):
        wb = openpyxl.Workbook()
        wb.active.append(["Groupe", "Salle", "Jour", "Début", "Fin", "Du", "Au", "Formateur"])
        for r in rows:
            wb.active.append(list(r))
        wb.save(path)
    page.tabs.setCurrentWidget(page.booking_tab)
    button = page.findChild(type(page.check_btn), "importTimetable")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    qtbot.mouseClick(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Imported" in page.plan_label.text(), timeout=20_000)
    assert page.plan_label.text() == "Imported 1 weekly series, 4 dates."
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "nothing was written" in page.plan_label.text(), timeout=20_000)
    items = [page.plan_list.item(i).text() for i in range(page.plan_list.count())]
    assert any(i.startswith("row 2: 01/12/2026 10:00–12:00, room DIA-S01") for i in items)
    assert "row 3, Groupe: unknown group 'XYZ'" in items
    RUNNER.wait()
    assert len(city.svc.occurrences()) == 4


def test_rooms_and_structures_entered_by_mistake_can_be_deleted(page: SpacesPage, city: City, qtbot,  # noqa: ANN001
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QPushButton

    from cmc_desktop.spaces.dto import RoomDraft, StructureDraft

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), QMessageBox.Yes)[1])
    # A booked room keeps its history.
    city.svc.create_booking(BookingDraft(city.rooms["DIA-S01"], MON, dt.time(8), dt.time(9), "course", False,
                                         None, city.groups["DEV101"]))
    page.tabs.setCurrentIndex(3)
    qtbot.keyClicks(page.r_search, "DIA-S01")
    page.rooms_table.selectRow(0)
    qtbot.mouseClick(page.delete_room_btn, Qt.LeftButton)
    assert asked == ["Delete room DIA-S01? This cannot be undone."]
    assert "put it out of service instead" in page.room_message.text()
    assert city.svc.room_by_code("DIA-S01")
    # A room never booked goes, and every room list forgets it.
    typo = city.svc.save_room(RoomDraft("DIA-S99", city.hub_structure, "classroom", 20))
    page._after_rooms_changed()
    assert page.b_room.findData(typo.id) >= 0
    page.r_search.clear()
    qtbot.keyClicks(page.r_search, "DIA-S99")
    page.rooms_table.selectRow(0)
    qtbot.mouseClick(page.delete_room_btn, Qt.LeftButton)
    assert page.room_message.text() == "Room DIA-S99 deleted."
    assert page.b_room.findData(typo.id) == -1 and page.rooms_model.rowCount() == 0
    # A structure that holds rooms is refused; an empty one goes.
    empty = city.svc.save_structure(StructureDraft("TMP", "Structure en trop", "shared", shared_type="media_library"))
    page._after_structures_changed()
    page.tabs.setCurrentIndex(4)
    delete_structure = page.findChild(QPushButton, "deleteStructure")
    hub_row = next(i for i, st in enumerate(page.st_model.rows) if st.id == city.hub_structure)
    page.st_table.selectRow(hub_row)
    qtbot.mouseClick(delete_structure, Qt.LeftButton)
    assert "still holds rooms" in page.st_message.text()
    page.st_table.selectRow(next(i for i, st in enumerate(page.st_model.rows) if st.id == empty.id))
    qtbot.mouseClick(delete_structure, Qt.LeftButton)
    assert page.st_message.text() == "Structure TMP deleted."
    assert empty.id not in {st.id for st in city.svc.structures()}
    assert page.r_structure.findData(empty.id) == -1
