"""Runs scheduled exports while the program is open, and the missed ones at start-up.

The core decides what is due (``SyncService.due_exports``: missed slots since the last attempt,
hourly retries after a failure); this object only asks it every minute and runs the export on
the writer thread. A scheduled failure opens no dialog (nobody is at the desk at 02:00): the
service records the error, and the Sync page shows it with the pending count.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.errors import CmcError
from cmc_desktop.security.permissions import Perm
from cmc_desktop.sync.service import SyncService
from ui.tasks import RUNNER

log = logging.getLogger(__name__)
CHECK_MS = 60_000
START_DELAY_MS = 30_000  # let the desk settle (login, first screens) before a catch-up export


class SyncScheduler(QObject):
    exported = Signal(object)  # ExportResult
    failed = Signal(str)
    started = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, check_ms: int = CHECK_MS,
                 start_delay_ms: int = START_DELAY_MS, automatic: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("syncScheduler")
        self.svc = ctx.service(SyncService)
        self.busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)
        if automatic:  # a page without a main window only exports on request
            self.timer.start()
            QTimer.singleShot(start_delay_ms, self, self.check)  # cancelled if self dies first

    def check(self) -> bool:
        """Start an export when one is due; True when one was started."""
        if self.busy:
            return False
        try:
            due = self.svc.due_exports()
        except CmcError as exc:
            log.warning("sync schedule check failed: %s", exc)
            return False
        if not due:
            return False
        log.info("sync: %d scheduled export(s) due, running one", len(due))
        return self.run_now()

    def run_now(self, *, full: bool = False) -> bool:
        if self.busy:
            return False
        self.busy = True
        self.started.emit()
        RUNNER.run(None, QCoreApplication.translate("SyncPage", "Export to headquarters"),
                   lambda progress, cancel: self.svc.export(full=full, progress=progress, cancel=cancel),
                   on_done=self._done, on_error=self._error, cancellable=True, writes=True)
        return True

    def _done(self, result: object) -> None:
        self.busy = False
        self.exported.emit(result)

    def _error(self, exc: BaseException) -> None:
        self.busy = False
        self.failed.emit(exc.message if isinstance(exc, CmcError) else repr(exc))
        if not isinstance(exc, CmcError):
            log.error("scheduled export failed", exc_info=exc)


def scheduler_of(window: QObject | None) -> SyncScheduler | None:
    return window.findChild(SyncScheduler, "syncScheduler") if window is not None else None


def attach(window: QWidget) -> SyncScheduler | None:
    """Give a main window (anything with a ``ctx``) its scheduler, once, if its user may export."""
    ctx = getattr(window, "ctx", None)
    if not isinstance(ctx, AppContext) or not ctx.actor.can(Perm.SYNC_EXPORT):
        return None
    existing = scheduler_of(window)
    return existing or SyncScheduler(ctx, window)
