"""Background work: core functions run on a thread pool with progress and cancel.

Core long work has the shape ``fn(*, progress, cancel) -> result``. ``TaskRunner.run`` calls it
off the GUI thread, shows a progress dialog only if it lasts longer than 600 ms, and delivers the
result or the error back on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from cmc_desktop.errors import Cancelled
from cmc_desktop.progress import CancelToken

log = logging.getLogger(__name__)
PROGRESS_DELAY_MS = 600


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], signals: _Signals, cancel: CancelToken) -> None:
        super().__init__()
        self.fn, self.signals, self.cancel = fn, signals, cancel
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(progress=self._progress, cancel=self.cancel)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.done, result)

    def _progress(self, done: int, total: int, message: str = "") -> None:
        self._emit(self.signals.progress, done, total, message)

    @staticmethod
    def _emit(signal, *args: object) -> None:  # noqa: ANN001
        try:
            signal.emit(*args)
        except RuntimeError:  # the window that asked was closed meanwhile: nobody to tell
            log.debug("task result dropped: its receiver is gone")


# Python references to tasks, so that a task outlives the call that started it. Qt deletes each
# task (deleteLater) once its result is delivered; the dead wrappers are dropped at the next run.
# Letting Python's garbage collector delete a QObject from inside a timer callback crashed PySide.
_LIVE: set[Task] = set()


def _purge() -> None:
    for task in [t for t in _LIVE if not shiboken6.isValid(t)]:
        _LIVE.discard(task)


class Task(QObject):
    """One piece of background work and its delivery. It is not a Qt child of the widget that
    asked: that widget may be closed and deleted while the work runs, and then the result is
    dropped instead of delivered to a dead object."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None, title: str, cancellable: bool) -> None:
        super().__init__()
        _LIVE.add(self)
        self.cancel_token = CancelToken()
        self.signals = _Signals(self)  # a Qt child: deleted with the task, on the GUI thread
        self._dialog: QProgressDialog | None = None
        self._parent = parent
        self._title = title
        self._cancellable = cancellable
        self._last = (0, 0, "")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)
        self.signals.progress.connect(self._on_progress)
        self.signals.done.connect(self._on_done)
        self.signals.failed.connect(self._on_failed)

    def _show_dialog(self) -> None:
        if not self._receiver_alive():
            return
        dlg = QProgressDialog(self._title, self.tr("Cancel") if self._cancellable else "", 0, 0, self._parent)
        dlg.setObjectName("cmcProgress")
        dlg.setWindowTitle(self._title)
        dlg.setMinimumDuration(0)
        if not self._cancellable:
            dlg.setCancelButton(None)
        dlg.canceled.connect(self.cancel_token.cancel)
        self._dialog = dlg
        self._on_progress(*self._last)
        dlg.show()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        self._last = (done, total, message)
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total else 0)
            if message:
                self._dialog.setLabelText(f"{self._title}\n{message}")

    def _receiver_alive(self) -> bool:
        return self._parent is None or shiboken6.isValid(self._parent)

    def _close(self) -> None:
        self._timer.stop()
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.reset()
            self._dialog.close()
            self._dialog.deleteLater()
        self._dialog = None

    def _release(self) -> None:
        self.deleteLater()  # not a child of any widget, so nobody else deletes it

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self._close()
        if self._receiver_alive():
            self.finished.emit(result)
        else:
            log.debug("task %s finished after its window closed; result dropped", self._title)
        self._release()

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self._close()
        if not isinstance(exc, Cancelled):
            log.info("task %s failed: %r", self._title, exc)
        if self._receiver_alive():
            self.failed.emit(exc)
        self._release()


class TaskRunner:
    """Owns the pool. ``writer`` is a one-thread pool so database writes never race each other."""

    def __init__(self) -> None:
        self.pool = QThreadPool()
        self.writer = QThreadPool()
        self.writer.setMaxThreadCount(1)

    def run(self, parent: QWidget | None, title: str, fn: Callable[..., Any], *,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            cancellable: bool = True, writes: bool = False, quiet: bool = False) -> Task:
        """``quiet``: no progress dialog, for work the page shows in place (dashboard cards)."""
        _purge()
        task = Task(parent, title, cancellable)
        if on_done:
            task.finished.connect(on_done)
        if on_error:
            task.failed.connect(on_error)
        else:
            from ui.errors import show_error

            task.failed.connect(lambda exc: None if isinstance(exc, Cancelled) else show_error(parent, exc))
        if not quiet:
            task._timer.start(PROGRESS_DELAY_MS)
        (self.writer if writes else self.pool).start(_Job(fn, task.signals, task.cancel_token))
        return task

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs) and self.writer.waitForDone(msecs)

    def shutdown(self, msecs: int = 60_000) -> bool:
        """After the event loop, while the application object still exists: cancel what may be
        cancelled, let the rest finish (a backup in progress is completed), then delete the
        tasks whose deleteLater the ended loop will never run. Left to Python's exit, they were
        deleted after the application, in any order: a segfault at exit, seen in CI when the
        window closed while the dashboard was loading."""
        for task in list(_LIVE):
            if shiboken6.isValid(task) and task._cancellable:
                task.cancel_token.cancel()
        finished = self.wait(msecs)
        for task in list(_LIVE):
            if shiboken6.isValid(task):
                shiboken6.delete(task)
        _LIVE.clear()
        return finished


RUNNER = TaskRunner()
