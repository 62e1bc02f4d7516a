from __future__ import annotations

from cmc_desktop.security.permissions import Perm
from ui.pages import PageSpec


def pages() -> list[PageSpec]:
    from ui.pages.sync.page import SyncPage
    from ui.pages.sync.scheduler import attach_when_ready

    # The schedule must run from start-up, not from the first visit of the page (pages are
    # built lazily): attach the scheduler to the main window once the event loop runs.
    attach_when_ready()
    return [PageSpec("sync", "Export to headquarters", "sync", 80, Perm.SYNC_EXPORT, SyncPage)]
