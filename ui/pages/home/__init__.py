from __future__ import annotations

from ui.pages import PageSpec


def pages() -> list[PageSpec]:
    from ui.pages.home.dashboard import DashboardPage

    return [PageSpec("home", "Dashboard", "home", 0, None, DashboardPage, "Ctrl+1")]
