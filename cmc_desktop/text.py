"""Text folding for search: accent/case-insensitive Latin, normalised Arabic."""

from __future__ import annotations

import re
import unicodedata

_ARABIC_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # incl. tatweel
_ARABIC_MAP = str.maketrans({
    "\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",  # alef forms → ا
    "\u0629": "\u0647",  # ta marbuta → ha
    "\u0649": "\u064a",  # alef maqsura → ya
    "\u0624": "\u0648", "\u0626": "\u064a",  # hamza carriers
})
_SPACES = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Lower-case, strip Latin accents, normalise Arabic letter variants, squeeze spaces."""
    if not text:
        return ""
    text = _ARABIC_DIACRITICS.sub("", text).translate(_ARABIC_MAP)
    decomposed = unicodedata.normalize("NFKD", text)
    # Drop combining marks (Latin accents); Arabic letters are not decomposed by NFKD here.
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def search_key(*parts: str | None) -> str:
    """One folded string per record, '|'-separated, matched with LIKE '%term%'."""
    return "|".join(fold(p) for p in parts if p)
