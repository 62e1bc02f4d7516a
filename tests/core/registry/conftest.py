"""Registry fixtures: spreadsheets are generated here, so no binary file is committed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from cmc_desktop.bootstrap import AppContext

TEMPLATE_HEADERS = ["Matricule", "Nom", "Prénom", "Nom (ar)", "Prénom (ar)", "Sexe", "Date de naissance", "CIN",
                    "Téléphone", "Groupe", "Tuteur", "Téléphone tuteur"]
HQ_HEADERS = ["id_inscription", "MatriculeEtudiant", "Nom", "Prenom", "Sexe", "DateNaissance", "CIN",
              "NTelelephone", "CodeDiplome", "anneeEtude", "LibelleLong", "niveau_scolaire"]


def write_xlsx(path: Path, headers: Sequence[Any], rows: Sequence[Sequence[Any]], *,
               merge: str | None = None, title: str = "Feuil1") -> Path:
    """A workbook written the normal (not write-only) way, like Excel or LibreOffice save it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    ws.append(list(headers))
    for r in rows:
        ws.append(list(r))
    if merge:
        ws.merge_cells(merge)
    wb.save(path)
    return path


def template_row(i: int, group: str = "DEV101", *, birth: dt.date | None = None, **over: Any) -> list[Any]:
    """A valid template row; ``i`` makes matricule, CIN and names unique."""
    birth = birth or dt.date(2005, 1, 1) + dt.timedelta(days=i % 700)
    values = {
        "Matricule": f"{birth:%Y%m%d}{70000 + i:05d}", "Nom": f"TESTNOM{i}", "Prénom": "Yasmine",
        "Nom (ar)": "العلوي", "Prénom (ar)": "ياسمين", "Sexe": "F", "Date de naissance": f"{birth:%d/%m/%Y}",
        "CIN": f"ZT{100000 + i}", "Téléphone": f"06{i:08d}", "Groupe": group, "Tuteur": "Ahmed Alaoui",
        "Téléphone tuteur": "0612345678",
    }
    values.update(over)
    return [values[h] for h in TEMPLATE_HEADERS]


@pytest.fixture
def xlsx(tmp_path: Path) -> Callable[..., Path]:
    counter = iter(range(10_000))

    def make(rows: Sequence[Sequence[Any]], headers: Sequence[Any] = TEMPLATE_HEADERS, **kw: Any) -> Path:
        return write_xlsx(tmp_path / f"in{next(counter)}.xlsx", headers, rows, **kw)

    return make


def trainee_count(ctx: AppContext) -> int:
    from sqlalchemy import text

    with ctx.engine.connect() as c:
        return int(c.execute(text("select count(*) from trainees")).scalar() or 0)


def db_fingerprint(ctx: AppContext) -> tuple[Any, ...]:
    """Counts and the sum of versions: any write changes it."""
    from sqlalchemy import text

    with ctx.engine.connect() as c:
        return tuple(c.execute(text(
            "select (select count(*) from trainees), (select coalesce(sum(version),0) from trainees), "
            "(select count(*) from enrolments), (select coalesce(sum(version),0) from enrolments)")).one())
