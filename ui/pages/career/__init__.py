from __future__ import annotations

from cmc_desktop.security.permissions import Perm
from ui.pages import PageSpec


def pages() -> list[PageSpec]:
    from ui.pages.career.page import CareerPage

    return [PageSpec("career", "Career centre", "career", 60, Perm.CAREER_READ, CareerPage)]
