from __future__ import annotations

from cmc_desktop.security.permissions import Perm
from ui.pages import PageSpec


def pages() -> list[PageSpec]:
    from ui.pages.spaces.page import SpacesPage

    return [PageSpec("spaces", "Spaces", "spaces", 40, Perm.SPACES_READ, SpacesPage)]
