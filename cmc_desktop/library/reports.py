"""PDFs of the media library: barcode label sheets and overdue reminder letters."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from reportlab.graphics.barcode import code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Spacer

from cmc_desktop.library.dto import CopyInfo, LoanInfo
from cmc_desktop.reports import pdf

COLS, ROWS = 3, 8
LABEL_W, LABEL_H = 70 * mm, 37 * mm
TOP = 5 * mm


def _fit(c: canvas.Canvas, text: str, font: str, size: float, width: float) -> str:
    text = pdf.shape(text)
    if c.stringWidth(text, font, size) <= width:
        return text
    while text and c.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def label_sheet(out: str | os.PathLike[str], copies: Sequence[CopyInfo], *, city_line: str = "") -> Path:
    """Standard 3 × 8 A4 label stock (70 × 37 mm). Bars are 0.3 mm wide so a hand scanner and
    zbarimg at 300 dpi both read them; the quiet zones stay inside the label."""
    regular, bold = pdf.register_fonts()
    path = Path(out)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Library labels")
    c.setAuthor("CMC Desktop")
    per_page = COLS * ROWS
    for i, copy in enumerate(copies):
        if i and i % per_page == 0:
            c.showPage()
        slot = i % per_page
        col, row = slot % COLS, slot // COLS
        x = col * LABEL_W
        y = A4[1] - TOP - (row + 1) * LABEL_H
        c.setFont(bold, 7.5)
        c.drawString(x + 5 * mm, y + LABEL_H - 6 * mm, _fit(c, copy.title, bold, 7.5, LABEL_W - 10 * mm))
        c.setFont(regular, 7)
        c.drawString(x + 5 * mm, y + LABEL_H - 10 * mm, _fit(c, f"{city_line}  {copy.shelf_location}".strip(),
                                                             regular, 7, LABEL_W - 10 * mm))
        bc = code128.Code128(copy.barcode, barWidth=0.3 * mm, barHeight=13 * mm, quiet=True, lquiet=4 * mm,
                             rquiet=4 * mm)
        bx = x + (LABEL_W - bc.width) / 2
        bc.drawOn(c, bx, y + 8 * mm)
        c.setFont(regular, 8.5)
        c.drawCentredString(x + LABEL_W / 2, y + 4 * mm, copy.barcode)
    c.showPage()
    c.save()
    return path


def reminder_letters(out: str | os.PathLike[str], loans: Sequence[LoanInfo], *, today: dt.date,
                     city_line: str = "") -> Path:
    """One page per borrower, in French (the city's working language for letters)."""
    st = pdf.styles()
    by_patron: dict[str, list[LoanInfo]] = {}
    for ln in loans:
        by_patron.setdefault(ln.patron_code, []).append(ln)
    story: list = []
    for n, (code, items) in enumerate(sorted(by_patron.items(), key=lambda kv: kv[1][0].patron_name)):
        if n:
            story.append(PageBreak())
        story += [
            pdf.para("Médiathèque — Rappel de retour", st["title"]),
            pdf.para("الخزانة الوسائطية — تذكير بإرجاع الوثائق", st["title_ar"]),
            Spacer(1, 6 * mm),
            pdf.para(f"Le {today:%d/%m/%Y}", st["body"]),
            pdf.para(f"{items[0].patron_name} — carte {code}", st["h2"]),
            pdf.para("Les documents suivants auraient dû être rendus. Merci de les rapporter à la médiathèque "
                     "au plus vite : tout nouvel emprunt est bloqué tant qu'ils ne sont pas rendus.", st["body"]),
            Spacer(1, 4 * mm),
            pdf.table(["Code-barres", "Titre", "Date de retour prévue", "Jours de retard"],
                      [[ln.barcode, ln.title, f"{ln.due_on:%d/%m/%Y}", ln.overdue_days] for ln in items],
                      [32 * mm, 90 * mm, 35 * mm, 25 * mm], numeric_cols=(3,)),
        ]
    return pdf.build(out, story, title="Rappels de retour", city_line=city_line)
