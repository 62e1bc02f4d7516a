"""Spaces reports: a bilingual week timetable (PDF) and room utilisation (xlsx or PDF)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cmc_desktop.errors import ValidationError
from cmc_desktop.spaces import rules
from cmc_desktop.spaces.dto import UtilisationRow, WeekView

KIND_LABELS = {  # (French, Arabic)
    "group": ("Groupe", "المجموعة"),
    "room": ("Salle", "القاعة"),
    "trainer": ("Formateur", "المكون"),
    "structure": ("Structure", "البنية"),
}


def timetable_pdf(view: WeekView, out: str | Path, *, city_line: str = "") -> Path:
    """A week grid: one row per time slot, one column per day; French and Arabic labels."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    from cmc_desktop.reports.pdf import FONT, FONT_BOLD, Spacer, build, mm, para, styles

    st = styles()
    fr, ar = KIND_LABELS.get(view.kind, ("", ""))
    story: list = [
        para("Emploi du temps", st["title"]),
        para("استعمال الزمن", st["title_ar"]),
        para(f"{fr} / {ar} : {view.title}", st["h2"]),
        para(f"Semaine du {view.days[0]:%d/%m/%Y} au {view.days[-1]:%d/%m/%Y} — "
             f"الأسبوع من {view.days[0]:%d/%m/%Y} إلى {view.days[-1]:%d/%m/%Y}", st["body"]),
        Spacer(1, 4 * mm),
    ]
    slots = sorted({(o.start_min, o.end_min) for _, _, o in view.entries})
    closed = dict(view.closed)
    head_style = st["cell"].clone("head", fontName=FONT_BOLD, textColor=colors.white, alignment=1)
    ar_head = st["cell"].clone("head_ar", fontName=FONT_BOLD, textColor=colors.white, alignment=1)
    header = [[para("Horaire", head_style), para("التوقيت", ar_head)]]
    for d in view.days:
        header.append([para(f"{rules.WEEKDAY_NAMES_FR[d.weekday()]} {d:%d/%m}", head_style),
                       para(rules.WEEKDAY_NAMES_AR[d.weekday()], ar_head)])
    data: list[list] = [header]
    cell = st["cell"]
    for start, end in slots:
        row: list = [para(f"{rules.fmt_min(start)}–{rules.fmt_min(end)}", cell)]
        for di, d in enumerate(view.days):
            bits = []
            for _lane, day_i, o in view.entries:
                if day_i != di or (o.start_min, o.end_min) != (start, end):
                    continue
                what = o.room_code if view.kind in ("group", "trainer") else (o.group_code or o.title or o.purpose)
                extra = o.trainer if view.kind != "trainer" else o.group_code
                bits.append(para(what + (f" · {extra}" if extra else "") + (" (en attente)" if o.state == "pending" else ""),
                                 cell))
            if not bits and d in closed:
                bits = [para(f"Fermé — {closed[d]}", st["small"])]
            row.append(bits or "")
        data.append(row)
    if not slots:
        data.append([para("Aucune séance cette semaine — لا توجد حصص هذا الأسبوع", cell)] + [""] * len(view.days))
    width = 267 * mm
    first = 26 * mm
    table = Table(data, colWidths=[first] + [(width - first) / len(view.days)] * len(view.days), repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#17324d")),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b8c2cc")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef2f6")]),
    ]
    if not slots:
        style.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(style))
    story.append(table)
    return build(out, story, title=f"Emploi du temps {view.title}", city_line=city_line, landscape_mode=True)


HEADERS = ["Niveau", "Code", "Libellé", "Structure", "Pôle", "Heures disponibles", "Heures réservées", "Taux (%)"]


def _cells(r: UtilisationRow) -> list:
    return [r.level, r.code, r.label, r.structure, r.hub, round(r.available_hours, 1), round(r.booked_hours, 1),
            round(100 * r.rate, 1)]


def utilisation_report(rows: list[UtilisationRow], out: str | Path, date_from: dt.date, date_to: dt.date, *,
                       city_line: str = "") -> Path:
    """xlsx (three sheets: rooms, structures, hubs) or PDF, by the file's extension."""
    out = Path(out)
    by_level = {lvl: [r for r in rows if r.level == lvl] for lvl in ("room", "structure", "hub")}
    if out.suffix.lower() == ".xlsx":
        from cmc_desktop.excel.writer import write_table

        return write_table(out, HEADERS, [_cells(r) for r in by_level["structure"]], sheet_title="Structures",
                           extra_sheets=[("Pôles", HEADERS, [_cells(r) for r in by_level["hub"]]),
                                         ("Salles", HEADERS, [_cells(r) for r in by_level["room"]])])
    if out.suffix.lower() != ".pdf":
        raise ValidationError(f"{out.name}: the utilisation report is written as .xlsx or .pdf", code="bad_extension")
    from cmc_desktop.reports.pdf import Spacer, build, mm, para, styles, table

    st = styles()
    story: list = [para("Taux d'occupation des espaces", st["title"]), para("نسبة استغلال الفضاءات", st["title_ar"]),
                   para(f"Période du {date_from:%d/%m/%Y} au {date_to:%d/%m/%Y}", st["body"]), Spacer(1, 4 * mm)]
    for level, title in (("hub", "Par pôle"), ("structure", "Par structure"), ("room", "Par salle")):
        if not by_level[level]:
            continue
        story.append(para(title, st["h2"]))
        story.append(table(HEADERS[1:], [_cells(r)[1:] for r in by_level[level]], numeric_cols=(4, 5, 6)))
        story.append(Spacer(1, 4 * mm))
    return build(out, story, title="Taux d'occupation", city_line=city_line, landscape_mode=True)
