"""Arabic in PDFs: shaped, in visual order, number ranges kept readable, no missing glyphs."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pypdf import PdfReader

from cmc_desktop.reports.pdf import build, para, shape, styles


def test_latin_text_is_untouched() -> None:
    assert shape("Attestation 2026-2027") == "Attestation 2026-2027"


def test_number_ranges_keep_their_order_in_arabic() -> None:
    out = shape("السنة 2026-2027 بتاريخ 12/05/2026")
    assert "2026-2027" in out and "12/05/2026" in out
    assert "\u2066" not in out and "\u2069" not in out


def test_allah_is_not_the_single_glyph_ligature() -> None:
    assert "\ufdf2" not in shape("عبد الله")
    assert unicodedata.normalize("NFKC", shape("عبد الله")).replace(" ", "") != ""


def test_pdf_text_extracts_as_arabic(tmp_path: Path) -> None:
    st = styles()
    out = build(tmp_path / "a.pdf", [para("شهادة التسجيل 2026-2027", st["title_ar"])], title="t")
    text = unicodedata.normalize("NFKC", PdfReader(out).pages[0].extract_text())
    assert "2026-2027" in text
    # visual order: the words come out reversed letter by letter, joined forms normalised back
    assert "ةداهش" in text.replace(" ", "") or "شهادة" in text
