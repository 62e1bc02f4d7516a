"""The attendance sheet of a language session: one line per member, boxes to tick, signatures."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from cmc_desktop.language.dto import SessionInfo
from cmc_desktop.reports import pdf

MARKS_FR = {"present": "Présent", "late": "En retard", "absent": "Absent", "excused": "Excusé"}


def attendance_sheet(out: str | os.PathLike[str], ses: SessionInfo, teacher: str,
                     roll: Sequence[tuple[int, str, str, str | None]], *, city_line: str) -> Path:
    st = pdf.styles()
    story: list = [
        pdf.para("Centre de langues — Feuille de présence", st["title"]),
        pdf.para("مركز اللغات — ورقة الحضور", st["title_ar"]),
        pdf.para(f"Groupe {ses.group_code} · {ses.language} {ses.level} · {ses.day:%d/%m/%Y} à {ses.starts:%H:%M} "
                 f"({ses.minutes} min){' · salle ' + ses.room if ses.room else ''}", st["h2"]),
        pdf.para(f"Enseignant(e) : {teacher or '—'}", st["body"]),
        pdf.Spacer(1, 4 * pdf.mm),
    ]
    rows = [[i, mat, name, MARKS_FR.get(mark or "", ""), ""] for i, (_, mat, name, mark) in enumerate(roll, 1)]
    story.append(pdf.table(["N°", "Matricule", "Nom et prénom", "Présence", "Signature"], rows,
                           [10 * pdf.mm, 32 * pdf.mm, 70 * pdf.mm, 28 * pdf.mm, 40 * pdf.mm]))
    story += [pdf.Spacer(1, 8 * pdf.mm),
              pdf.para("Présent · En retard · Absent · Excusé (une absence excusée ne compte pas dans le taux).",
                       st["small"])]
    return pdf.build(out, story, title=f"Présence {ses.group_code} {ses.day:%d/%m/%Y}", city_line=city_line)
