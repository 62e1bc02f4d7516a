from __future__ import annotations

from cmc_desktop.security.permissions import Perm
from ui.pages import PageSpec


def pages() -> list[PageSpec]:
    from ui.pages.language.page import LanguagePage

    return [PageSpec("language", "Language centre", "language", 55, Perm.LANGUAGE_READ, LanguagePage)]
