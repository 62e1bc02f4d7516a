from __future__ import annotations

from cmc_desktop.security.permissions import Perm
from ui.pages import PageSpec, lazy


def pages() -> list[PageSpec]:
    return [PageSpec("library", "Media library", "library", 50, Perm.LIBRARY_READ, lazy("ui.pages.library.page", "LibraryPage"))]
