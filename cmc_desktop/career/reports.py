"""The insertion report as an Excel workbook (one sheet per wave) or a PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from cmc_desktop.career.dto import InsertionReport
from cmc_desktop.excel.writer import write_table
from cmc_desktop.reports import pdf

HEADERS = ["Dimension", "Code", "Label", "Graduates due", "Outcome known", "Inserted", "Further study", "Seeking",
           "Knowledge rate %", "Insertion rate %"]
DIM_FR = {"programme": "Filière", "sector": "Secteur", "level": "Niveau", "total": "Total"}


def _pct(x: float | None) -> float | None:
    return None if x is None else round(100 * x, 1)


def _rows(rep: InsertionReport) -> list[list[object]]:
    return [[r.dimension, r.key, r.label, r.graduates, r.known, r.inserted, r.further_study, r.seeking,
             _pct(r.knowledge_rate), _pct(r.insertion_rate)] for r in rep.rows]


def insertion_xlsx(path: Path, reports: Sequence[InsertionReport]) -> Path:
    first, *rest = reports
    return write_table(path, HEADERS, _rows(first), sheet_title=f"{first.wave} months",
                       widths=[11, 10, 44, 13, 13, 10, 12, 10, 14, 14],
                       extra_sheets=[(f"{r.wave} months", HEADERS, _rows(r)) for r in rest])


def _fmt(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.1f} %"


def insertion_pdf(path: Path, reports: Sequence[InsertionReport], *, city_line: str, today: dt.date) -> Path:
    st = pdf.styles()
    story: list = [pdf.para("Insertion des lauréats", st["title"]), pdf.para("إدماج الخريجين", st["title_ar"]),
                   pdf.para(f"Établi le {today:%d/%m/%Y}. Taux d'insertion = lauréats en emploi ou à leur compte / "
                            "(issues connues − poursuite d'études). Taux de connaissance = issues connues / lauréats "
                            "concernés (minimum recommandé : 65 %).", st["small"])]
    for rep in reports:
        story.append(pdf.para(f"Enquête à {rep.wave} mois — lauréats diplômés jusqu'au {rep.cutoff:%d/%m/%Y}",
                              st["h2"]))
        rows = [[DIM_FR[r.dimension], r.label if r.dimension != "programme" else f"{r.key} — {r.label}",
                 r.graduates, r.known, r.inserted, r.further_study, _fmt(r.knowledge_rate)
                 + ("" if r.knowledge_ok or not r.graduates else " !"), _fmt(r.insertion_rate)] for r in rep.rows]
        story.append(pdf.table(["", "Libellé", "Lauréats", "Connus", "Insérés", "Études", "Connaissance",
                                "Insertion"], rows,
                               [15 * pdf.mm, 60 * pdf.mm, 17 * pdf.mm, 16 * pdf.mm, 16 * pdf.mm, 14 * pdf.mm,
                                22 * pdf.mm, 20 * pdf.mm], numeric_cols=(2, 3, 4, 5, 6, 7)))
        story.append(pdf.Spacer(1, 5 * pdf.mm))
    return pdf.build(path, story, title="Insertion des lauréats", city_line=city_line)
