from __future__ import annotations

from cmc_desktop.security.permissions import Perm
from ui.pages import PageSpec, lazy


def pages() -> list[PageSpec]:
    return [PageSpec("catalogue", "Catalogue", "catalogue", 90, Perm.CATALOGUE_READ,
                     lazy("ui.pages.catalogue.page", "CataloguePage"))]
