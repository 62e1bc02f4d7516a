from __future__ import annotations

from ui.pages import PageSpec, lazy


def pages() -> list[PageSpec]:
    return [PageSpec("home", "Dashboard", "home", 0, None, lazy("ui.pages.home.dashboard", "DashboardPage"), "Ctrl+1")]
