"""The career page in real widgets: insertion table, survey entry, booking a slot, notes visibility."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cmc_desktop.career.service import CareerService
from cmc_desktop.security.permissions import Actor, Role
from ui.pages.career.page import CareerPage


def test_insertion_booking_and_notes(qtbot, demo_ctx) -> None:  # noqa: ANN001
    ctx = demo_ctx.as_actor(Actor("counsellor", Role.CAREER_COUNSELLOR))
    svc = ctx.service(CareerService)
    page = CareerPage(ctx)
    qtbot.addWidget(page)
    ins = page.insertion
    dims = {r.dimension for r in ins.model.rows}
    assert dims == {"programme", "sector", "level", "total"} and "insertion" in ins.summary.text()
    grad = svc.graduates(wave=9, unanswered_only=True)[0]
    before = svc.insertion_report(9).total().known
    qtbot.keyClicks(ins.matricule, grad.matricule)
    ins.outcome.setCurrentIndex(ins.outcome.findData("employed"))
    qtbot.mouseClick(ins.save_btn, Qt.LeftButton)
    assert "Recorded" in ins.message.text()
    assert next(r for r in ins.model.rows if r.dimension == "total").known == before + 1

    ap = page.appointments
    assert ap.counsellor.count() == 2
    free = ap.slots.count()
    assert free > 0
    ap.slots.setCurrentRow(0)
    qtbot.keyClicks(ap.matricule, grad.matricule)
    qtbot.mouseClick(ap.book_btn, Qt.LeftButton)
    assert "Booked" in ap.message.text() and ap.slots.count() == free - 1

    page.tabs.setCurrentWidget(page.file)
    assert page.file.notes_box.isVisibleTo(page.file)
    qtbot.keyClicks(page.file.matricule, grad.matricule)
    qtbot.keyClick(page.file.matricule, Qt.Key_Return)
    assert page.file.history.rowCount() >= 2
    page.file.new_note.setPlainText("Cherche un emploi à Agadir.")
    qtbot.mouseClick(page.file.note_btn, Qt.LeftButton)
    assert "Cherche un emploi" in page.file.notes.toPlainText()


def test_director_does_not_see_notes(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = CareerPage(demo_ctx.as_actor(Actor("director", Role.DIRECTOR)))
    qtbot.addWidget(page)
    assert not page.file.notes_box.isVisibleTo(page.file)
    assert not page.insertion.save_btn.isEnabled()


def test_projects_tab_moves_a_project_along(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = CareerPage(demo_ctx)
    qtbot.addWidget(page)
    tab = page.projects
    row = next(i for i, p in enumerate(tab.model.rows) if p.stage == "idea")
    tab.view.selectRow(row)
    tab.stage.setCurrentIndex(tab.stage.findData("incubation"))
    qtbot.mouseClick(tab.advance_btn, Qt.LeftButton)
    assert "moves next to business plan" in tab.message.text()
    tab.view.selectRow(row)
    tab.stage.setCurrentIndex(tab.stage.findData("business_plan"))
    qtbot.mouseClick(tab.advance_btn, Qt.LeftButton)
    assert "moved to" in tab.message.text()
    assert "Business plan" in tab.funnel.text()
