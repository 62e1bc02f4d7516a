"""The Sync page driven as a user would: export, see history and pending, edit the schedule."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.db.models import Trainee
from tests.core.sync.conftest import make_city
from ui.pages.sync.page import SyncPage
from ui.pages.sync.scheduler import SyncScheduler, attach, scheduler_of
from ui.tasks import RUNNER


def test_export_now_updates_history_and_pending(qtbot, ctx: AppContext) -> None:  # noqa: ANN001
    make_city(ctx)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    assert page.pending.text() == "15"  # programme, year, group, 6 trainees and their 6 enrolments
    assert page.model.rowCount() == 0
    with qtbot.waitSignal(page.scheduler.exported, timeout=20_000):
        qtbot.mouseClick(page.export_btn, Qt.LeftButton)
    assert page.pending.text() == "0"
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 5)) == "MA-09-000001.cmcpkg"
    assert (ctx.paths.outbox / "MA-09-000001.cmcpkg").exists()
    with ctx.sf.begin() as s:
        s.scalar(select(Trainee).limit(1)).current_status = "dropped"
    page.refresh()
    assert page.pending.text() == "1"
    RUNNER.wait()


def test_unreachable_destination_is_shown_and_nothing_lost(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # noqa: ANN001
    make_city(ctx)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.dest.setText(str(tmp_path / "unplugged"))
    qtbot.mouseClick(page.save_btn, Qt.LeftButton)
    with qtbot.waitSignal(page.scheduler.failed, timeout=20_000):
        qtbot.mouseClick(page.export_btn, Qt.LeftButton)
    assert "unplugged" in page.error.text()
    assert page.pending.text() != "0" and page.model.rowCount() == 0
    assert "nothing was marked" in page.message.text()
    RUNNER.wait()


def test_bad_schedule_is_explained(qtbot, ctx: AppContext) -> None:  # noqa: ANN001
    make_city(ctx)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.times.clear()
    qtbot.keyClicks(page.times, "02:00, 7h30")
    qtbot.mouseClick(page.save_btn, Qt.LeftButton)
    assert "7h30" in page.message.text()
    page.times.clear()
    qtbot.keyClicks(page.times, "13:30, 02:00")
    qtbot.mouseClick(page.save_btn, Qt.LeftButton)
    assert page.times.text() == "02:00, 13:30"


class _Window(QWidget):
    """Stands for the main window: the scheduler attaches to anything holding a ``ctx``."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx


def test_scheduler_runs_a_missed_export_at_start(qtbot, ctx: AppContext) -> None:  # noqa: ANN001
    make_city(ctx)
    win = _Window(ctx)
    qtbot.addWidget(win)
    sched = attach(win)
    assert isinstance(sched, SyncScheduler) and scheduler_of(win) is sched and attach(win) is sched
    with qtbot.waitSignal(sched.exported, timeout=20_000) as blocker:
        sched.check()  # never exported: today's 02:00 slot is due
    assert blocker.args[0].sequence == 1
    assert not sched.check()  # nothing due any more
    RUNNER.wait()


def test_last_error_is_shown_in_the_desk_language(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # noqa: ANN001
    from cmc_desktop.sync.service import DestinationError, SyncService
    from ui.i18n import apply_language

    make_city(ctx)
    with pytest.raises(DestinationError):
        ctx.service(SyncService).export(tmp_path / "cle-usb")
    apply_language("fr")
    try:
        page = SyncPage(ctx)
        qtbot.addWidget(page)
        assert page.error.text() == f"Le dossier d'export {tmp_path / 'cle-usb'} est inaccessible."
        assert "cannot be reached" in page.error.toolTip()
    finally:
        apply_language("en")
