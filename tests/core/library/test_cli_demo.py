"""The library's commands through main.py, and its part of the demo city."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
from pypdf import PdfReader

from cmc_desktop.cli import main as cli_main
from cmc_desktop.library.service import LibraryService

ROOT = Path(__file__).resolve().parents[3]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_import_catalogue_labels_and_loans_export(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    db = tmp_path / "city.sqlite3"
    import sqlite3

    from cmc_desktop.bootstrap import open_context

    open_context(str(db)).close()
    con = sqlite3.connect(db)
    con.execute("insert into settings(key, value) values ('city.region_code', 'MA-09')")
    con.commit()
    con.close()
    wb = openpyxl.Workbook()
    wb.active.append(["Titre", "Auteurs", "ISBN", "Langue", "Sujet", "Exemplaires"])
    wb.active.append(["Électrotechnique", "K. Amrani", "978-2-07-036002-4", "Français", "Industrie", 3])
    wb.active.append(["Faux", "X", "978-2-07-036002-9", "Français", "Industrie", 1])
    wb.save(tmp_path / "bad.xlsx")
    res = _run("import", "catalogue", str(tmp_path / "bad.xlsx"), "--db", str(db))
    assert res.returncode == 1 and res.stderr.count("\n") == 1 and "row 3, column ISBN" in res.stderr
    wb.active.delete_rows(3)
    wb.save(tmp_path / "good.xlsx")
    # the rest in process (same parser and handlers, without a new interpreter each time)
    assert cli_main(["import", "catalogue", str(tmp_path / "good.xlsx"), "--db", str(db)]) == 0
    assert "MA09L0000001 … MA09L0000003" in capsys.readouterr().out
    assert cli_main(["report", "labels", "--out", str(tmp_path / "l.pdf"), "--db", str(db)]) == 0
    assert "MA09L0000002" in PdfReader(tmp_path / "l.pdf").pages[0].extract_text()
    assert cli_main(["library", "checkout", "NOBODY", "MA09L0000001", "--db", str(db)]) == 1
    assert "No trainee or staff patron" in capsys.readouterr().err
    assert cli_main(["export", "loans", str(tmp_path / "loans.xlsx"), "--db", str(db)]) == 0
    assert (tmp_path / "loans.xlsx").exists()


def test_demo_city_has_a_library_year(demo_ctx) -> None:  # noqa: ANN001
    svc = demo_ctx.service(LibraryService)
    counts = svc.counts()
    assert counts["copies"] > 300 and counts["loans_out"] > 10 and counts["overdue"] > 0
    assert all(c.barcode.startswith("MA09L") for c in svc.copies()[:50])
    late = svc.overdue()
    patron = svc.patron(late[0].patron_code)
    assert patron.blocked
    # an available copy checks out through the same path as the desk
    free = next(c for c in svc.copies() if c.status == "available")
    active = demo_ctx.service(LibraryService)
    from sqlalchemy import select

    from cmc_desktop.db.models import Trainee
    from cmc_desktop.db.models.library import Loan

    with demo_ctx.read_sf() as s:
        busy = set(s.scalars(select(Loan.trainee_id).where(Loan.open.is_(True))))
        mat = next(m for i, m in s.execute(select(Trainee.id, Trainee.matricule)
                                           .where(Trainee.current_status == "active")) if i not in busy)
    assert active.checkout(mat, free.barcode).due_on is not None
