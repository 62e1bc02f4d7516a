"""Shared PDF plumbing: find a TTF with Arabic glyphs, shape Arabic, build simple documents.

Fonts are never shipped: we look for DejaVu/Noto (Linux) or Arial/Tahoma/Segoe UI (Windows), or
take ``CMC_PDF_FONT`` / ``CMC_PDF_FONT_BOLD``. Arabic is shaped with arabic-reshaper and put in
visual order with python-bidi, so a PDF reader extracts it as Arabic text.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from cmc_desktop.errors import ConfigError

FONT = "CMCSans"
FONT_BOLD = "CMCSans-Bold"
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_CANDIDATES = (
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf"),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
    ("C:/Windows/Fonts/tahoma.ttf", "C:/Windows/Fonts/tahomabd.ttf"),
    ("C:/Windows/Fonts/segoeui.ttf", "C:/Windows/Fonts/segoeuib.ttf"),
)


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register the regular and bold font once; a clear message when none is found."""
    env = os.environ.get("CMC_PDF_FONT")
    pairs = ([(env, os.environ.get("CMC_PDF_FONT_BOLD") or env)] if env else []) + list(_CANDIDATES)
    for regular, bold in pairs:
        if regular and Path(regular).exists():
            pdfmetrics.registerFont(TTFont(FONT, regular))
            pdfmetrics.registerFont(TTFont(FONT_BOLD, bold if bold and Path(bold).exists() else regular))
            pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
            return FONT, FONT_BOLD
    raise ConfigError(
        "No font with Arabic glyphs was found for PDF reports: install DejaVu Sans "
        "(fonts-dejavu-core) or set CMC_PDF_FONT to a .ttf file", code="no_font")


def has_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text or ""))


_NUMBER_RUN = re.compile(r"\d+(?:[-/.:]\d+)+")
_ISOLATES = re.compile("[\u2066-\u2069]")


@lru_cache(maxsize=1)
def _reshaper():  # noqa: ANN202
    import arabic_reshaper

    # The single-glyph "Allah" ligature (U+FDF2) is missing from DejaVu Sans and most system
    # fonts: it printed as a box in names such as عبد الله. Letters joined one by one are right.
    return arabic_reshaper.ArabicReshaper(configuration={"ARABIC LIGATURE ALLAH": False})


def shape(text: str | None) -> str:
    """Arabic letters joined and in visual order; other text unchanged.

    Number runs such as 2026-2027 or 12/05/2026 are isolated first: the bidi algorithm turns
    digits after Arabic letters into Arabic numbers, and a hyphen between two of those is
    neutral, so "2026-2027" would otherwise read "2027-2026".
    """
    if not text:
        return ""
    if not has_arabic(text):
        return text
    from bidi import get_display

    isolated = _NUMBER_RUN.sub(lambda m: f"\u2066{m.group(0)}\u2069", _reshaper().reshape(text))
    return _ISOLATES.sub("", get_display(isolated))


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, alignment=TA_CENTER, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=12, leading=15, spaceBefore=6, spaceAfter=4),
        "body": ParagraphStyle("body", fontName=regular, fontSize=10, leading=13, alignment=TA_LEFT),
        "body_ar": ParagraphStyle("body_ar", fontName=regular, fontSize=11, leading=15, alignment=TA_RIGHT),
        "title_ar": ParagraphStyle("title_ar", fontName=bold, fontSize=16, leading=20, alignment=TA_CENTER),
        "small": ParagraphStyle("small", fontName=regular, fontSize=8, leading=10, textColor=colors.grey),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=8.5, leading=10.5),
    }


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph whose Arabic parts are shaped (one direction per paragraph)."""
    return Paragraph(esc(shape(text)), style)


def table(header: Sequence[str], rows: Sequence[Sequence[object]], col_widths: Sequence[float] | None = None,
          *, numeric_cols: Sequence[int] = ()) -> Table:
    st = styles()
    data = [[para(str(h), st["cell"]) for h in header]]
    for r in rows:
        data.append([para("" if v is None else str(v), st["cell"]) for v in r])
    t = Table(data, colWidths=col_widths, repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#17324d")),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef2f6")]),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b8c2cc")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for c in numeric_cols:
        style.append(("ALIGN", (c, 1), (c, -1), "RIGHT"))
    t.setStyle(TableStyle(style))
    # header text must be white: rebuild the header paragraphs with a white style
    white = ParagraphStyle("hcell", parent=st["cell"], textColor=colors.white, fontName=FONT_BOLD)
    t._cellvalues[0] = [para(str(h), white) for h in header]  # noqa: SLF001
    return t


def build(path: str | os.PathLike[str], story: list, *, title: str, city_line: str = "",
          landscape_mode: bool = False) -> Path:
    """Write the PDF with a footer (city, title, page number). Returns the path."""
    from reportlab.lib.pagesizes import landscape

    register_fonts()
    size = landscape(A4) if landscape_mode else A4
    out = Path(path)

    def footer(canvas, doc) -> None:  # noqa: ANN001
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(15 * mm, 10 * mm, shape(f"{city_line} — {title}" if city_line else title))
        canvas.drawRightString(size[0] - 15 * mm, 10 * mm, str(doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(str(out), pagesize=size, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm, title=title, author="CMC Desktop")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out


__all__ = ["FONT", "FONT_BOLD", "Spacer", "build", "has_arabic", "mm", "para", "register_fonts", "shape",
           "styles", "table"]
