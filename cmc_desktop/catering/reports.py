"""Catering documents: meal-card sheets, the bilingual weekly menu, the monthly report (PDF, xlsx)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from cmc_desktop.catering import rules
from cmc_desktop.catering.dto import CardRow, MenuDish, MonthlyReport
from cmc_desktop.progress import NEVER, NULL_PROGRESS, CancelToken, ProgressReporter

CARD_W_MM, CARD_H_MM = 85.0, 54.0  # ID-1 (credit card) size: fits the usual badge holders
COLS, ROWS = 2, 5
DAYS_FR = ("Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche")
DAYS_AR = ("الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")


def shape_name(text: str) -> str:
    """Shape an Arabic name without the word ligatures (ﷲ …) that DejaVu Sans lacks: names such
    as عبد الله would otherwise print a missing-glyph box."""
    from cmc_desktop.reports.pdf import has_arabic

    if not text or not has_arabic(text):
        return text or ""
    from bidi.algorithm import get_display

    return get_display(_reshaper().reshape(text))


@lru_cache(maxsize=1)
def _reshaper():  # noqa: ANN202
    from arabic_reshaper import ArabicReshaper

    return ArabicReshaper(configuration={"ARABIC LIGATURE ALLAH": False, "ARABIC LIGATURE JALLAJALALOUHOU": False})


def cards_pdf(path: str | os.PathLike[str], cards: Sequence[CardRow], *, city: tuple[str, str],
              progress: ProgressReporter = NULL_PROGRESS, cancel: CancelToken = NEVER) -> Path:
    """A4 sheets of cut-out meal cards, 10 per page, each with a QR code of the matricule.

    The QR code is 28 mm wide: at a 150-dpi scan a module is about 6 pixels, which ordinary
    readers (and zbar in the tests) decode reliably.
    """
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from cmc_desktop.reports.pdf import register_fonts, shape

    regular, bold = register_fonts()
    out = Path(path)
    tmp = out.with_name(f".{out.name}.part")
    c = Canvas(str(tmp), pagesize=A4)
    c.setTitle("Meal cards — بطاقات الإطعام")
    c.setAuthor("CMC Desktop")
    pw, ph = A4
    cw, ch = CARD_W_MM * mm, CARD_H_MM * mm
    gap_x, gap_y = 8 * mm, 3 * mm
    x0 = (pw - (COLS * cw + (COLS - 1) * gap_x)) / 2
    y_top = ph - (ph - (ROWS * ch + (ROWS - 1) * gap_y)) / 2
    per_page = COLS * ROWS
    qr_size = 28 * mm
    try:
        for i, card in enumerate(cards):
            if i and i % per_page == 0:
                c.showPage()
                cancel.check()
                progress(i, len(cards), "")
            slot = i % per_page
            col, row = slot % COLS, slot // COLS
            x = x0 + col * (cw + gap_x)
            y = y_top - (row + 1) * ch - row * gap_y
            # cut line
            c.setDash(2, 2)
            c.setStrokeColor(colors.HexColor("#9aa5b1"))
            c.setLineWidth(0.5)
            c.roundRect(x, y, cw, ch, 3 * mm, stroke=1, fill=0)
            c.setDash()
            # header band
            c.setFillColor(colors.HexColor("#17324d"))
            c.rect(x + 0.4 * mm, y + ch - 9 * mm, cw - 0.8 * mm, 8.6 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(bold, 7.5)
            c.drawString(x + 3 * mm, y + ch - 4.4 * mm, city[0])
            c.setFont(regular, 6.5)
            c.drawString(x + 3 * mm, y + ch - 7.6 * mm, "Carte de restauration")
            c.setFont(regular, 7.5)
            c.drawRightString(x + cw - 3 * mm, y + ch - 4.4 * mm, shape(city[1]))
            c.drawRightString(x + cw - 3 * mm, y + ch - 7.6 * mm, shape("بطاقة الإطعام"))
            # text block
            c.setFillColor(colors.black)
            text_right = x + cw - qr_size - 5 * mm
            c.setFont(bold, 9.5)
            c.drawString(x + 3 * mm, y + ch - 15 * mm, _fit(c, card.name, bold, 9.5, text_right - x - 3 * mm))
            c.setFont(regular, 11)
            if card.name_ar:
                c.drawRightString(text_right, y + ch - 21.5 * mm, shape_name(card.name_ar))
            c.setFont(bold, 11)
            c.drawString(x + 3 * mm, y + 14 * mm, card.matricule)
            c.setFont(regular, 8)
            c.drawString(x + 3 * mm, y + 9 * mm, f"Groupe / {shape('الفوج')} : {card.group}")
            c.setFont(regular, 6)
            c.setFillColor(colors.grey)
            c.drawString(x + 3 * mm, y + 4 * mm, "Personnelle — à présenter à chaque repas")
            # QR code of the matricule
            widget = QrCodeWidget(card.matricule, barLevel="M")
            bx0, by0, bx1, by1 = widget.getBounds()
            d = Drawing(qr_size, qr_size, transform=[qr_size / (bx1 - bx0), 0, 0, qr_size / (by1 - by0), 0, 0])
            d.add(widget)
            renderPDF.draw(d, c, x + cw - qr_size - 2.5 * mm, y + 2.5 * mm)
        c.save()
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    progress(len(cards), len(cards), "")
    return out


def _fit(c, text: str, font: str, size: float, width: float) -> str:  # noqa: ANN001
    """Shorten a name with an ellipsis so it never runs under the QR code."""
    if c.stringWidth(text, font, size) <= width:
        return text
    while text and c.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def menu_pdf(path: str | os.PathLike[str], monday: dt.date, dishes: Sequence[MenuDish], *,
             city: tuple[str, str], ramadan_days: set[dt.date] = frozenset()) -> Path:
    """The week's menu: one row per day, one column per meal, French above Arabic, allergens numbered."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from cmc_desktop.reports.pdf import build, esc, mm, para, shape, styles

    st = styles()
    cell = ParagraphStyle("mcell", parent=st["cell"], fontSize=8.5, leading=10.5)
    cell_ar = ParagraphStyle("mcell_ar", parent=cell, alignment=2, fontSize=9.5, leading=12)
    head = ParagraphStyle("mhead", parent=cell, textColor=colors.white, fontName=st["h2"].fontName)
    head_ar = ParagraphStyle("mhead_ar", parent=head, alignment=2)
    numbers = {code: i for i, code in enumerate(rules.ALLERGENS, start=1)}
    by = {(d.day, d.meal): [] for d in dishes}
    for d in dishes:
        by[(d.day, d.meal)].append(d)
    end = monday + dt.timedelta(days=6)
    story = [para(f"{city[0]} — Menu de la semaine du {monday:%d/%m/%Y} au {end:%d/%m/%Y}", st["title"]),
             para(f"{city[1]} — قائمة الوجبات الأسبوعية", st["title_ar"]), Spacer(1, 4 * mm)]
    header = [[Paragraph("Jour", head), Paragraph(esc(shape("اليوم")), head_ar)]]
    for meal in rules.MEALS:
        fr, ar = rules.MEAL_LABELS[meal]
        header.append([Paragraph(esc(fr), head), Paragraph(esc(shape(ar)), head_ar)])
    data = [header]
    for i in range(7):
        day = monday + dt.timedelta(days=i)
        row = [[Paragraph(f"{DAYS_FR[i]} {day:%d/%m}", cell), Paragraph(esc(shape(DAYS_AR[i])), cell_ar)]]
        for meal in rules.MEALS:
            items = []
            if day in ramadan_days:
                alt = {"breakfast": "suhoor", "dinner": "iftar"}.get(meal)
                if alt:
                    fr, ar = rules.MEAL_LABELS[alt]
                    items.append(Paragraph(f"<i>{esc(fr)}</i>", cell))
            for d in by.get((day, meal), []):
                marks = ",".join(str(numbers[a]) for a in d.allergens if a in numbers)
                items.append(Paragraph(esc(d.dish_fr) + (f" <super>{marks}</super>" if marks else ""), cell))
                if d.dish_ar:
                    items.append(Paragraph(esc(shape(d.dish_ar)), cell_ar))
            row.append(items or [Paragraph("—", cell)])
        data.append(row)
    t = Table(data, colWidths=[30 * mm, 82 * mm, 82 * mm, 82 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#17324d")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef2f6")]),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b8c2cc")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story += [t, Spacer(1, 4 * mm), para("Allergènes (règlement UE 1169/2011) — مسببات الحساسية", st["h2"])]
    legend = [[f"{n}. {rules.ALLERGENS[c][1]}", para(rules.ALLERGENS[c][2], st["body_ar"])]
              for c, n in numbers.items()]
    half = (len(legend) + 1) // 2
    rows = [legend[i] + (legend[i + half] if i + half < len(legend) else ["", ""]) for i in range(half)]
    lt = Table([[para(str(a), st["small"]) if isinstance(a, str) else a for a in r] for r in rows],
               colWidths=[62 * mm, 62 * mm, 62 * mm, 62 * mm])
    story.append(lt)
    return build(path, story, title="Menu", city_line=city[0], landscape_mode=True)


CATEGORY_FR = {"resident": "Résidents", "day": "Externes", "staff": "Personnel", "guest": "Invités"}


def monthly_rows(report: MonthlyReport) -> list[list]:
    """One row per day: served per meal, per category, forecast, accuracy, no-shows, cost."""
    rows = []
    for d in report.days:
        per_meal = {m: sum(n for (mm_, _c), n in d.served.items() if mm_ == m) for m in rules.MEALS}
        per_cat = {c: sum(n for (_m, cc), n in d.served.items() if cc == c) for c in rules.CATEGORIES}
        total = sum(per_meal.values())
        fc = sum(d.forecast.values())
        acc = rules.accuracy(fc, total)
        per_meal_cost = (d.cost_mad / total).quantize(Decimal("0.01")) if total else None
        rows.append([d.day, *(per_meal[m] for m in rules.MEALS), *(per_cat[c] for c in rules.CATEGORIES), total,
                     fc, None if acc is None else round(acc * 100, 1), sum(d.no_shows.values()),
                     float(d.cost_mad), None if per_meal_cost is None else float(per_meal_cost)])
    return rows


MONTHLY_HEADERS = ["Date", "Breakfast", "Lunch", "Dinner", "Residents", "Day trainees", "Staff", "Guests",
                   "Served", "Forecast", "Accuracy %", "No-shows", "Food cost MAD", "Cost per meal MAD"]


def monthly_xlsx(path: str | os.PathLike[str], report: MonthlyReport) -> Path:
    from cmc_desktop.excel.writer import write_table

    detail = [(d.day, meal, cat, n) for d in report.days for (meal, cat), n in sorted(d.served.items())]
    return write_table(path, MONTHLY_HEADERS, monthly_rows(report), sheet_title=f"{report.year}-{report.month:02d}",
                       widths=[12, 10, 10, 10, 11, 13, 8, 8, 9, 10, 11, 10, 15, 17],
                       extra_sheets=[("Detail", ["Date", "Meal", "Category", "Served"], detail)])


def monthly_pdf(path: str | os.PathLike[str], report: MonthlyReport, *, city: tuple[str, str]) -> Path:
    from cmc_desktop.reports.pdf import Spacer, build, mm, para, styles, table

    st = styles()
    rows = monthly_rows(report)
    served, fc = report.total_served(), report.total_forecast()
    acc = rules.accuracy(fc, served)
    cost = report.total_cost()
    no_shows = sum(r[11] for r in rows)
    story = [
        para(f"{city[0]} — Restauration : rapport mensuel {report.month:02d}/{report.year}", st["title"]),
        para(f"{city[1]} — تقرير الإطعام الشهري", st["title_ar"]), Spacer(1, 3 * mm),
        para(f"Repas servis : {served} · Prévision : {fc} · Exactitude de la prévision : "
             f"{'—' if acc is None else f'{acc * 100:.1f} %'} · Absences (ayants droit non venus) : {no_shows}",
             st["body"]),
        para(f"Coût alimentaire : {cost:.2f} MAD · Coût par repas servi : "
             f"{(cost / served).quantize(Decimal('0.01')) if served else '—'} MAD", st["body"]),
        Spacer(1, 3 * mm),
    ]
    header = ["Date", "Petit-déj.", "Déjeuner", "Dîner", *CATEGORY_FR.values(), "Servis", "Prévision", "Exact. %",
              "Absences", "Coût MAD", "MAD/repas"]
    body = [[r[0].strftime("%d/%m"), *("" if v is None else (f"{v:.2f}" if isinstance(v, float) and i >= 12 else v)
                                       for i, v in enumerate(r[1:], start=1))] for r in rows]
    story.append(table(header, body, numeric_cols=range(1, 14)))
    return build(path, story, title="Rapport mensuel de restauration", city_line=city[0], landscape_mode=True)
