"""The residence page driven with qtbot on the demo city: board filters, drag-to-move with the
service's constraints, the score breakdown, the allocation preview then apply, check-in/out."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.residence.dto import BedCell, RoomCell
from cmc_desktop.residence.service import ResidenceService
from ui.pages.residence import page as page_mod
from ui.pages.residence.dialogs import CheckInDialog, CheckOutDialog
from ui.pages.residence.page import ResidencePage
from ui.widgets.room_board import MIME, RoomBoard


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Refusals are shown in a modal box; capture them instead of blocking the test."""
    seen: list[str] = []
    monkeypatch.setattr(page_mod, "show_error", lambda _parent, exc: seen.append(getattr(exc, "message", str(exc))))
    return seen


def _page(qtbot, ctx: AppContext) -> ResidencePage:  # noqa: ANN001
    page = ResidencePage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    qtbot.waitExposed(page)
    return page


def _drop(board: RoomBoard, from_bed: int, to_bed: int) -> None:
    """A real QDropEvent on the target bed's rectangle, handed to the widget's handler.

    QApplication only routes drop events while a platform drag is in progress (QDrag.exec runs
    a nested event loop that offscreen tests cannot drive), so the handler is called directly."""
    rect = board.bed_rect(to_bed)
    assert rect is not None
    mime = QMimeData()
    mime.setData(MIME, QByteArray(str(from_bed).encode()))
    event = QDropEvent(QPointF(rect.center()), Qt.MoveAction, mime, Qt.LeftButton, Qt.NoModifier)
    board.dropEvent(event)
    assert event.isAccepted()


def _all_beds(page: ResidencePage) -> list[tuple[RoomCell, BedCell]]:
    return [(r, b) for r in page.board_tab.board.rooms() for b in r.beds]


def test_board_filters_by_building_and_floor(qtbot, demo_ctx: AppContext) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    tab = page.board_tab
    everything = len(tab.board.rooms())
    assert everything > 0 and "occupied" in tab.summary.text()
    tab.building.setCurrentIndex(1)  # building A
    assert {r.building_code for r in tab.board.rooms()} == {"A"}
    tab.floor.setCurrentIndex(tab.floor.findData(1))
    assert {(r.building_code, r.floor) for r in tab.board.rooms()} == {("A", 1)}
    assert len(tab.board.rooms()) < everything
    # clicking a bed shows it with its history
    room, bed = next((r, b) for r, b in _all_beds(page) if b.state == "occupied")
    rect = tab.board.bed_rect(bed.bed_id)
    qtbot.mouseClick(tab.board, Qt.LeftButton, pos=rect.center())
    assert tab.bed_title.text() == bed.label and bed.matricule in tab.bed_info.text()
    assert tab.history.count() >= 1 and tab.check_out_btn.isEnabled() and not tab.check_in_btn.isEnabled()


def test_drag_a_resident_to_a_free_bed_records_the_move(qtbot, demo_ctx: AppContext, errors: list[str]) -> None:  # noqa: ANN001
    svc = demo_ctx.service(ResidenceService)
    # Free one bed in a men's room of adults, then drag another adult man into it.
    board = svc.board()
    room = next(r for r in board if r.sex == "H" and all(b.state == "occupied" and not b.minor for b in r.beds))
    leaving = room.beds[0]
    svc.check_out(leaving.matricule)
    mover_room, mover = next((r, b) for r in board if r.sex == "H" and r.room_id != room.room_id
                             for b in r.beds if b.state == "occupied" and not b.minor)
    page = _page(qtbot, demo_ctx)
    _drop(page.board_tab.board, mover.bed_id, leaving.bed_id)
    assert errors == []
    states = {b.bed_id: b for _, b in _all_beds(page)}
    assert states[leaving.bed_id].matricule == mover.matricule
    assert states[mover.bed_id].state == "free"
    kinds = [h.kind for h in svc.bed_history(leaving.bed_id)]
    assert "move_in" in kinds and "check_out" in kinds
    assert "moved from" in page.board_tab.message.text()


def test_drag_into_the_wrong_wing_is_refused_and_nothing_moves(qtbot, demo_ctx: AppContext, errors: list[str]) -> None:  # noqa: ANN001
    svc = demo_ctx.service(ResidenceService)
    women = next(r for r in svc.board() if r.sex == "F" and r.beds[0].state == "occupied")
    svc.check_out(women.beds[0].matricule)
    man = next(b for r in svc.board() if r.sex == "H" for b in r.beds if b.state == "occupied")
    page = _page(qtbot, demo_ctx)
    _drop(page.board_tab.board, man.bed_id, women.beds[0].bed_id)
    assert errors and "building for women" in errors[0]
    assert page.board_tab.board.bed(man.bed_id).matricule == man.matricule
    assert page.board_tab.board.bed(women.beds[0].bed_id).state == "free"


def test_check_in_and_out_dialogs(qtbot, demo_ctx: AppContext, errors: list[str]) -> None:  # noqa: ANN001
    svc = demo_ctx.service(ResidenceService)
    page = _page(qtbot, demo_ctx)
    tab = page.board_tab
    reserved = next(b for _, b in _all_beds(page) if b.state == "reserved")
    tab.board.select(reserved.bed_id)
    assert tab.check_in_btn.isEnabled()
    dlg = CheckInDialog(reserved.label, dt.date(2026, 11, 30), 500, reserved.matricule)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.key, "K-77")
    dlg.checklist.combos["desk"].setCurrentIndex(1)  # worn
    assert tab.do_check_in(dlg)
    stay = svc.current_stay(reserved.matricule)
    assert stay.key_code == "K-77" and stay.condition_in["desk"] == "worn"
    assert tab.board.bed(reserved.bed_id).state == "occupied"

    # the new resident disputes the condition report within 24 hours, from the side panel
    tab.board.select(reserved.bed_id)
    assert tab.dispute_btn.isEnabled() and "K-77" in tab.bed_info.text()
    assert tab.do_dispute("the window does not close")
    assert svc.current_stay(reserved.matricule).dispute_note == "the window does not close"
    assert "the window does not close" in tab.bed_info.text()

    out = CheckOutDialog(reserved.trainee_name, reserved.label, dt.date(2026, 11, 30), 500)
    qtbot.addWidget(out)
    out.add_damage("chair", 650)
    assert "balance due 150 MAD" in out.balance.text()
    assert tab.do_check_out(reserved.matricule, out)
    assert tab.board.bed(reserved.bed_id).state == "free"
    assert svc.current_stay(reserved.matricule) is None
    # checking in the same bed for a woman in the men's wing is refused with the reason
    woman = next(b for _, b in _all_beds(page) if b.state == "occupied" and page.board_tab.board.room_of(b.bed_id).sex == "F")
    bad = CheckInDialog(reserved.label, dt.date(2026, 11, 30), 500, woman.matricule)
    qtbot.addWidget(bad)
    assert not tab.do_check_in(bad)
    assert "already has an active bed" in errors[-1]


def test_applications_show_the_score_breakdown(qtbot, demo_ctx: AppContext) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    page.tabs.setCurrentIndex(1)
    tab = page.applications_tab
    assert tab.status.currentData() == "waitlisted"
    n = tab.model.rowCount()
    assert n == len(demo_ctx.service(ResidenceService).waitlist()) and n > 0
    tab.table.selectRow(0)
    text = tab.detail.text()
    assert "Distance from home" in text and "waitlist position 1" in text
    first = tab.model.record(0)
    qtbot.keyClicks(tab.search, first.matricule)
    qtbot.keyClick(tab.search, Qt.Key_Return)
    assert tab.model.rowCount() == 1


def test_allocation_preview_then_apply(qtbot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    svc = demo_ctx.service(ResidenceService)
    # A resident leaves: the preview should give that bed to the head of the waitlist.
    leaving = next(r for r in svc.residents_list())
    svc.check_out(leaving.matricule)
    page = _page(qtbot, demo_ctx)
    page.tabs.setCurrentIndex(2)
    tab = page.allocation_tab
    assert not tab.apply_btn.isEnabled()
    qtbot.mouseClick(tab.preview_btn, Qt.LeftButton)
    qtbot.waitUntil(lambda: tab.preview is not None, timeout=10_000)
    assert "Priority inversions: 0" in tab.summary.text() and "nothing written" in tab.summary.text()
    assert tab.preview.newly_housed >= 1 and tab.model.rowCount() == tab.preview.applications
    before = len(svc.search_applications(status="housed"))
    monkeypatch.setattr(page_mod.QMessageBox, "question", lambda *a, **k: page_mod.QMessageBox.Yes)
    qtbot.mouseClick(tab.apply_btn, Qt.LeftButton)
    qtbot.waitUntil(lambda: "written" in tab.summary.text() and "nothing" not in tab.summary.text(), timeout=10_000)
    assert len(svc.search_applications(status="housed")) > before
    # weights are shown and saved
    tab.spins["remote"].setValue(30)
    assert tab.save_weights() and svc.weights()["remote"] == 30


def test_board_widget_paints_and_walks_with_the_keyboard(qtbot) -> None:  # noqa: ANN001
    beds = tuple(BedCell(i, f"A-101-{c}", s, None) for i, (c, s) in enumerate(zip("ABCD", (
        "free", "occupied", "maintenance", "leave"), strict=True), start=1))
    room = RoomCell(1, 1, "A", "H", 1, "101", "A-101", 4, True, "available", beds)
    board = RoomBoard()
    qtbot.addWidget(board)
    board.resize(400, 300)
    board.set_rooms([room])
    board.show()
    qtbot.waitExposed(board)
    img = board.grab().toImage()
    rect = board.bed_rect(1)
    colour = img.pixelColor(rect.center() + QPoint(rect.width() // 3, 0))
    assert colour.name() == "#c8e6c9"  # free is green
    with qtbot.waitSignal(board.bedSelected) as sig:
        board.setFocus()
        qtbot.keyClick(board, Qt.Key_Right)
    assert sig.args == [1]
    qtbot.keyClick(board, Qt.Key_Right)
    assert board.selected() == 2


def test_drag_over_only_offers_free_beds(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtGui import QDragMoveEvent

    beds = (BedCell(1, "A-1-A", "occupied", 5, "X", "M"), BedCell(2, "A-1-B", "free"))
    board = RoomBoard()
    qtbot.addWidget(board)
    board.resize(400, 300)
    board.set_rooms([RoomCell(1, 1, "A", "H", 0, "1", "A-1", 2, False, "available", beds)])
    mime = QMimeData()
    mime.setData(MIME, QByteArray(b"1"))
    over_free = QDragMoveEvent(board.bed_rect(2).center(), Qt.MoveAction, mime, Qt.LeftButton, Qt.NoModifier)
    board.dragMoveEvent(over_free)
    assert over_free.isAccepted()
    over_taken = QDragMoveEvent(board.bed_rect(1).center(), Qt.MoveAction, mime, Qt.LeftButton, Qt.NoModifier)
    board.dragMoveEvent(over_taken)
    assert not over_taken.isAccepted()
    with qtbot.waitSignal(board.moveRequested) as sig:
        _drop(board, 1, 2)
    assert sig.args == [1, 2]


def test_an_application_is_corrected_and_rescored(qtbot, demo_ctx: AppContext) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    tab = page.applications_tab
    tab.table.selectRow(0)
    before = tab.model.record(0)
    assert tab.edit_box.isEnabled()
    tab.social.setValue(10 if before.social_score < 10 else 0)
    assert tab.save()
    after = demo_ctx.service(ResidenceService).application_rows([before.id])[before.id]
    assert after.social_score == tab.social.value() and after.score != before.score
    assert f"{after.score:.2f}" in tab.detail.text()


def test_leave_and_maintenance_from_the_side_panel(qtbot, demo_ctx: AppContext, errors: list[str]) -> None:  # noqa: ANN001
    from ui.pages.residence.dialogs import LeaveDialog, qdate

    svc = demo_ctx.service(ResidenceService)
    page = _page(qtbot, demo_ctx)
    tab = page.board_tab
    resident = next(b for _, b in _all_beds(page) if b.state == "occupied" and not svc.leaves(b.matricule))
    tab.board.select(resident.bed_id)
    assert tab.leave_btn.isEnabled()
    dlg = LeaveDialog(resident.trainee_name, dt.date(2026, 11, 30))
    qtbot.addWidget(dlg)
    dlg.start.setDate(qdate(dt.date(2026, 11, 30)))
    dlg.end.setDate(qdate(dt.date(2026, 12, 1)))
    qtbot.keyClicks(dlg.reason, "famille")
    assert tab.do_leave(resident, dlg)
    assert tab.board.bed(resident.bed_id).state == "leave"  # on leave today: shown at once
    again = LeaveDialog(resident.trainee_name, dt.date(2026, 11, 30))
    qtbot.addWidget(again)
    again.start.setDate(qdate(dt.date(2026, 12, 1)))
    again.end.setDate(qdate(dt.date(2026, 12, 2)))
    assert not tab.do_leave(resident, again) and "already has a leave" in errors[-1]
    # an occupied bed cannot go under maintenance; a free one can, and comes back
    free = next(b for r, b in _all_beds(page) if b.state == "maintenance" and r.status == "available")
    tab.board.select(free.bed_id)
    assert tab.maint_btn.isEnabled() and tab.maint_btn.text() == "Back in service"
    qtbot.mouseClick(tab.maint_btn, Qt.LeftButton)
    assert tab.board.bed(free.bed_id).state == "free"


def test_board_reads_from_the_right_in_arabic(qtbot) -> None:  # noqa: ANN001
    rooms = [RoomCell(i, 1, "A", "H", 0, f"00{i}", f"A-00{i}", 1, False, "available",
                      (BedCell(10 + i, f"A-00{i}-A", "free"),)) for i in (1, 2)]
    board = RoomBoard()
    qtbot.addWidget(board)
    board.resize(600, 300)
    board.set_rooms(rooms)
    assert board.bed_rect(11).x() < board.bed_rect(12).x()
    board.setLayoutDirection(Qt.RightToLeft)
    assert board.bed_rect(11).x() > board.bed_rect(12).x()  # the first room is on the right


def test_inventory_dialogs_add_a_building_and_a_room(qtbot, demo_ctx: AppContext, errors: list[str]) -> None:  # noqa: ANN001
    from ui.pages.residence.dialogs import BuildingDialog, RoomDialog

    page = _page(qtbot, demo_ctx)
    tab = page.board_tab
    dlg = BuildingDialog()
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.code, "c")
    qtbot.keyClicks(dlg.name, "Pavillon C")
    dlg.sex.setCurrentIndex(1)
    dlg.floors.setValue(2)
    assert tab.do_add_building(dlg)
    assert tab.building.findText("C — Pavillon C (women)") >= 0
    room = RoomDialog([("C", "C — Pavillon C")])
    qtbot.addWidget(room)
    qtbot.keyClicks(room.code, "101")
    room.floor.setValue(1)
    room.beds.setValue(3)
    assert tab.do_add_room(room)
    tab.building.setCurrentIndex(tab.building.findText("C — Pavillon C (women)"))
    assert [(r.label, r.capacity, r.free_beds) for r in tab.board.rooms()] == [("C-101", 3, 3)]
    room.floor.setValue(5)  # beyond the building's floors: refused with the reason
    assert not tab.do_add_room(room) and "floors 0 to 1" in errors[-1]


def test_move_a_resident_with_the_keyboard_only(qtbot, demo_ctx: AppContext, errors: list[str]) -> None:  # noqa: ANN001
    """Ctrl+X on an occupied bed, arrows to a free bed, Ctrl+V: the same move as a drag."""
    svc = demo_ctx.service(ResidenceService)
    board_rows = svc.board()
    room = next(r for r in board_rows if r.sex == "H" and all(b.state == "occupied" and not b.minor for b in r.beds))
    leaving = room.beds[0]
    svc.check_out(leaving.matricule)
    mover = next(b for r in board_rows if r.sex == "H" and r.room_id != room.room_id
                 for b in r.beds if b.state == "occupied" and not b.minor)
    page = _page(qtbot, demo_ctx)
    board = page.board_tab.board
    board.setFocus()
    board.select(mover.bed_id)
    qtbot.keyClick(board, Qt.Key_X, Qt.ControlModifier)
    board.select(leaving.bed_id)
    qtbot.keyClick(board, Qt.Key_V, Qt.ControlModifier)
    assert errors == []
    states = {b.bed_id: b for _, b in _all_beds(page)}
    assert states[leaving.bed_id].matricule == mover.matricule
    assert states[mover.bed_id].state == "free"
