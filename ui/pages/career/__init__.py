from __future__ import annotations

from cmc_desktop.security.permissions import Perm
from ui.pages import PageSpec, lazy


def pages() -> list[PageSpec]:
    return [PageSpec("career", "Career centre", "career", 60, Perm.CAREER_READ, lazy("ui.pages.career.page", "CareerPage"))]
