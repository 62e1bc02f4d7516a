"""The spaces commands against the demo city: import, reports and exports, read back for real."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.cli import main
from cmc_desktop.spaces.service import SpacesService
from tests.tools import require_tool

SAMPLE = Path("/work/shared/samples/timetable_sample.xlsx")
ROOT = Path(__file__).resolve().parents[3]


def _sample(tmp_path: Path) -> Path:
    if SAMPLE.exists():
        return Path(shutil.copy(SAMPLE, tmp_path / "timetable_sample.xlsx"))
    return _write(tmp_path / "timetable_sample.xlsx", [
        ("DEV101", "DIA-L01", "Lundi", "08:30", "11:00", dt.datetime(2027, 2, 1), dt.datetime(2027, 5, 28), "Formateur 1"),
        ("DEV101", "DIA-L02", "Mercredi", "14:00", "16:30", dt.datetime(2027, 2, 1), dt.datetime(2027, 5, 28), "Formateur 2"),
        ("ID101", "DIA-L01", "Mardi", "08:30", "11:00", dt.datetime(2027, 2, 1), dt.datetime(2027, 5, 28), "Formateur 3"),
        ("GE101", "GC-S03", "Jeudi", "10:30", "13:00", dt.datetime(2027, 2, 1), dt.datetime(2027, 5, 28), "Formateur 4"),
    ])


def _write(path: Path, rows: list[tuple]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Groupe", "Salle", "Jour", "Début", "Fin", "Du", "Au", "Formateur"])
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def _count(ctx: AppContext) -> int:
    return len(ctx.service(SpacesService).occurrences())


def test_import_sample_dry_run_then_for_real_then_again(demo_ctx: AppContext, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_ctx.sqlite_file)
    sample = _sample(tmp_path)
    before = _count(demo_ctx)
    assert main(["import", "timetable", str(sample), "--dry-run", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "would create 4 weekly series" in out and "dry run: nothing written" in out
    assert "row 2: 17/05/2027 skipped — Aïd al-Adha" in out  # no date is skipped silently
    assert _count(demo_ctx) == before
    assert main(["import", "timetable", str(sample), "--db", db]) == 0
    added = _count(demo_ctx) - before
    assert added == 64
    # the same file again: every occurrence of every row clashes, nothing is written, exit 1
    assert main(["import", "timetable", str(sample), "--db", db]) == 1
    err = capsys.readouterr().err
    assert "64 problem(s) in 4 row(s); nothing was written" in err
    assert "row 5: 04/02/2027 10:30–13:00, room GC-S03: the room, group GE101 and the trainer are already taken" in err
    assert _count(demo_ctx) == before + added


def test_import_lists_unknowns_bad_cells_and_clashes_inside_the_file(demo_ctx: AppContext, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    d1, d2 = dt.datetime(2027, 2, 1), dt.datetime(2027, 2, 28)
    path = _write(tmp_path / "bad.xlsx", [
        ("DEV101", "DIA-L01", "Lundi", "08:30", "11:00", d1, d2, "A"),
        ("XYZ999", "DIA-L01", "Mardi", "08:30", "11:00", d1, d2, "B"),
        ("ID101", "NOPE-01", "Mardi", "08:30", "11:00", d1, d2, "B"),
        ("ID101", "DIA-L02", "Funday", "25:00", "11:00", d1, d2, "B"),
        ("ID101", "DIA-L01", "lundi", "10:00", "12:00", d1, d2, "C"),  # same room as row 2
        ("IA101", "DIA-L03", "Lundi", "09:00", "10:00", d1, d2, "a"),  # same trainer as row 2
    ])
    before = _count(demo_ctx)
    assert main(["import", "timetable", str(path), "--db", str(demo_ctx.sqlite_file)]) == 1
    err = capsys.readouterr().err
    assert "row 3, Groupe: unknown group 'XYZ999'" in err
    assert "row 4, Salle: unknown room 'NOPE-01'" in err
    assert "row 5, Jour: 'Funday' is not a day of the week" in err
    assert "row 5, Début: '25:00' is not a time of day" in err
    assert "row 6: 01/02/2027 10:00–12:00, room DIA-L01: the room is already taken by row 2 of this file" in err
    assert "row 7: 01/02/2027 09:00–10:00, room DIA-L03: the trainer is already taken by row 2 of this file" in err
    assert _count(demo_ctx) == before


def test_timetable_pdf_has_french_and_arabic(demo_ctx: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "dev.pdf"
    group = demo_ctx.service(SpacesService).groups()[0][1]
    assert main(["report", "timetable", "--group", group, "--week", "30/11/2026", "--out", str(out),
                 "--db", str(demo_ctx.sqlite_file)]) == 0
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Emploi du temps" in text and group in text and "Lundi" in text
    exe = require_tool("pdftotext")
    plain = subprocess.run([exe, "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    # pdftotext gives Arabic as shaped presentation forms; NFKC folds them back to letters
    assert "الاثنين" in unicodedata.normalize("NFKC", plain) and "استعمال الزمن" in unicodedata.normalize("NFKC", plain)
    assert "Formateur" in plain
    room_pdf = tmp_path / "room.pdf"
    assert main(["report", "timetable", "--room", "DIA-L01", "--out", str(room_pdf), "--week", "2026-11-30",
                 "--db", str(demo_ctx.sqlite_file)]) == 0
    assert "DIA-L01" in PdfReader(room_pdf).pages[0].extract_text()


def test_utilisation_and_exports_read_back(demo_ctx: AppContext, tmp_path: Path) -> None:
    db = str(demo_ctx.sqlite_file)
    xlsx = tmp_path / "util.xlsx"
    assert main(["report", "utilisation", "--from", "30/11/2026", "--to", "05/12/2026", "--out", str(xlsx),
                 "--db", db]) == 0
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames == ["Structures", "Pôles", "Salles"]
    rows = list(wb["Structures"].iter_rows(values_only=True))
    assert rows[0][:3] == ("Niveau", "Code", "Libellé")
    dia = next(r for r in rows if r[1] == "DIA")
    assert dia[5] > 0 and 0 < dia[6] <= dia[5] and 0 < dia[7] <= 100
    assert main(["report", "utilisation", "--out", str(tmp_path / "util.pdf"), "--db", db]) == 0
    assert "Taux d'occupation" in PdfReader(tmp_path / "util.pdf").pages[0].extract_text()
    assert main(["export", "rooms", str(tmp_path / "rooms.xlsx"), "--db", db]) == 0
    rooms = list(openpyxl.load_workbook(tmp_path / "rooms.xlsx").active.iter_rows(values_only=True))
    assert rooms[0][:5] == ("Code", "Nom", "Structure", "Type", "Capacité")
    assert len(rooms) - 1 == len(demo_ctx.service(SpacesService).rooms()) >= 150
    assert main(["export", "bookings", str(tmp_path / "b.xlsx"), "--db", db]) == 0
    bookings = list(openpyxl.load_workbook(tmp_path / "b.xlsx").active.iter_rows(values_only=True))
    assert "Dates sautées" in bookings[0]
    assert any(r[15] and "Manifeste" in r[15] for r in bookings[1:]) or any(r[15] for r in bookings[1:])


def test_bad_requests_give_one_clear_line(demo_ctx: AppContext, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_ctx.sqlite_file)
    assert main(["report", "timetable", "--group", "NOPE", "--out", str(tmp_path / "x.pdf"), "--db", db]) == 1
    assert capsys.readouterr().err == "error: No group has the code NOPE\n"
    assert main(["report", "timetable", "--room", "DIA-L01", "--out", str(tmp_path / "x.txt"), "--db", db]) == 1
    assert "written as a .pdf file" in capsys.readouterr().err
    assert main(["report", "utilisation", "--out", str(tmp_path / "x.csv"), "--db", db]) == 1
    assert "as .xlsx or .pdf" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.csv").exists()
