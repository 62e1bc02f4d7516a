from __future__ import annotations

from cmc_desktop.security.permissions import Perm
from ui.pages import PageSpec, lazy


def pages() -> list[PageSpec]:
    return [PageSpec("residence", "Residence", "residence", 20, Perm.RESIDENCE_READ,
                     lazy("ui.pages.residence.page", "ResidencePage"))]
