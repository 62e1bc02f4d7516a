"""Progress reporting and cancellation for long core work, free of any GUI toolkit."""

from __future__ import annotations

import threading
from typing import Protocol

from cmc_desktop.errors import Cancelled


class ProgressReporter(Protocol):
    def __call__(self, done: int, total: int, message: str = "") -> None: ...


def _null_progress(done: int, total: int, message: str = "") -> None:
    return None


NULL_PROGRESS: ProgressReporter = _null_progress


class CancelToken:
    """Set from any thread; the worker calls :meth:`check` between units of work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled("The operation was cancelled; nothing was written.")


class _NeverCancel(CancelToken):
    def cancel(self) -> None:  # a shared sentinel must never flip
        raise RuntimeError("NEVER cannot be cancelled")


NEVER = _NeverCancel()
