from __future__ import annotations

from cmc_desktop.security.permissions import Perm
from ui.pages import PageSpec, lazy


def pages() -> list[PageSpec]:
    return [PageSpec("spaces", "Spaces", "spaces", 40, Perm.SPACES_READ, lazy("ui.pages.spaces.page", "SpacesPage"))]
