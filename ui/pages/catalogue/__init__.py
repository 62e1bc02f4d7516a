from __future__ import annotations

from cmc_desktop.security.permissions import Perm
from ui.pages import PageSpec


def pages() -> list[PageSpec]:
    from ui.pages.catalogue.page import CataloguePage

    return [PageSpec("catalogue", "Catalogue", "catalogue", 90, Perm.CATALOGUE_READ, CataloguePage)]
