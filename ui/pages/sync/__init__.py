from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cmc_desktop.security.permissions import Perm
from ui.pages import PageSpec, lazy


def pages() -> list[PageSpec]:
    return [PageSpec("sync", "Export to headquarters", "sync", 80, Perm.SYNC_EXPORT,
                     lazy("ui.pages.sync.page", "SyncPage"))]


def on_main_window(window: QWidget) -> None:
    """The export schedule runs from start-up, not from the first visit of the page."""
    from ui.pages.sync.scheduler import attach

    attach(window)
