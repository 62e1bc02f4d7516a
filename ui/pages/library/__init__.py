from __future__ import annotations

from cmc_desktop.security.permissions import Perm
from ui.pages import PageSpec


def pages() -> list[PageSpec]:
    from ui.pages.library.page import LibraryPage

    return [PageSpec("library", "Media library", "library", 50, Perm.LIBRARY_READ, LibraryPage)]
