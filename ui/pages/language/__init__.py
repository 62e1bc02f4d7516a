from __future__ import annotations

from cmc_desktop.security.permissions import Perm
from ui.pages import PageSpec, lazy


def pages() -> list[PageSpec]:
    return [PageSpec("language", "Language centre", "language", 55, Perm.LANGUAGE_READ, lazy("ui.pages.language.page", "LanguagePage"))]
