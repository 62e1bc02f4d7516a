"""The demo residence, the command line, and the documents read back (pypdf, pdftotext,
openpyxl)."""

from __future__ import annotations

import json
import subprocess
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.cli import main
from cmc_desktop.residence import reports
from cmc_desktop.residence.service import ResidenceService
from tests.core.residence.test_service import snapshot
from tests.tools import require_tool


def _pdf_text(path: Path) -> str:
    return unicodedata.normalize("NFKC", "".join(p.extract_text() for p in PdfReader(path).pages))


def _db(ctx: AppContext) -> str:
    return str(ctx.sqlite_file)


def test_demo_residence_has_real_content(demo_ctx: AppContext) -> None:
    svc = demo_ctx.service(ResidenceService)
    beds = sum(b.beds for b in svc.buildings())
    assert beds == 53  # 400 trainees → 400 × 400 / 3000 beds
    assert {b.sex for b in svc.buildings()} == {"H", "F"}
    states = {b.state for c in svc.board() for b in c.beds}
    assert {"occupied", "free", "reserved"} & states and "occupied" in states
    apps = svc.search_applications()
    assert 0.15 * 400 < len(apps) < 0.35 * 400
    assert svc.waitlist()
    rep = svc.occupancy()
    assert rep.occupied > 0 and rep.target_beds == round(rep.active_trainees * 0.16)
    from cmc_desktop.dashboard import collect

    keys = {i.key for i in collect(demo_ctx)}
    assert {"residence.occupancy", "residence.beds_free", "residence.waitlist"} <= keys


def test_cli_allocate_json_and_dry_run(demo_ctx: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(demo_ctx)
    assert main(["residence", "allocate", "--year", "2026-2027", "--dry-run", "--json", "--db", _db(demo_ctx)]) == 0
    data = json.loads(capsys.readouterr().out)
    for key in ("applications", "housed", "waitlisted", "beds_free", "by_sex", "priority_inversions"):
        assert key in data
    assert data["priority_inversions"] == 0 and data["dry_run"] is True
    assert data["housed"] + data["waitlisted"] == data["applications"]
    assert snapshot(demo_ctx) == before
    assert main(["residence", "allocate", "--year", "2026-2027", "--db", _db(demo_ctx)]) == 0
    out = capsys.readouterr().out
    assert "Allocation written" in out and "priority inversions 0" in out


def test_cli_refusals_print_one_line(demo_ctx: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    svc = demo_ctx.service(ResidenceService)
    resident = svc.residents_list()[0]
    women_bed = next(b.label for c in svc.board() if c.sex == "F" for b in c.beds)
    men_bed = next(b.label for c in svc.board() if c.sex == "H" for b in c.beds)
    wrong = women_bed if resident.sex == "H" else men_bed
    before = snapshot(demo_ctx)
    code = main(["residence", "move", resident.matricule, "--to", wrong, "--db", _db(demo_ctx)])
    err = capsys.readouterr().err.strip()
    assert code == 1 and err.startswith("error: Room") and "building for" in err and "\n" not in err
    waiting = svc.waitlist()[0]
    assert main(["residence", "check-out", waiting.matricule, "--db", _db(demo_ctx)]) == 1
    assert "is not checked in" in capsys.readouterr().err
    assert main(["residence", "allocate", "--year", "1999-2000", "--db", _db(demo_ctx)]) == 1
    assert "No academic year 1999-2000" in capsys.readouterr().err
    assert snapshot(demo_ctx) == before


def test_cli_check_in_out_cycle(demo_ctx: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    svc = demo_ctx.service(ResidenceService)
    resident = svc.residents_list()[0]
    db = _db(demo_ctx)
    assert main(["residence", "check-out", resident.matricule, "--damage", "chair=120", "--db", db]) == 0
    assert "damages 120 MAD, deposit refund 380 MAD" in capsys.readouterr().out
    assert main(["residence", "check-in", resident.matricule, "--bed", resident.bed, "--key", "K1",
                 "--condition", "desk=worn", "--db", db]) == 0
    assert f"checked in to {resident.bed}" in capsys.readouterr().out
    assert main(["residence", "weights", "--set", "remote=25", "--json", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out)["weights"]["remote"] == 25


def test_occupancy_pdf_and_xlsx(demo_ctx: AppContext, tmp_path: Path) -> None:
    svc = demo_ctx.service(ResidenceService)
    rep = svc.occupancy()
    pdf = reports.occupancy(svc, tmp_path / "occ.pdf")
    text = _pdf_text(pdf)
    assert "Résidence — taux d'occupation" in text and "Souss-Massa" in text
    assert "Objectif : 16 % des stagiaires actifs" in text and f"{rep.target_beds} places" in text
    assert "Hommes" in text and "Femmes" in text
    xlsx = reports.occupancy(svc, tmp_path / "occ.xlsx")
    wb = openpyxl.load_workbook(xlsx)
    ws = wb["Occupation"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:3] == ("Bâtiment", "Aile", "Étage")
    totals = [r for r in rows[1:] if r[2] == "Total"]
    assert sum(r[5] for r in totals) == rep.occupied
    summary = dict(r for r in wb["Synthèse"].iter_rows(min_row=2, values_only=True))
    assert summary["Stagiaires actifs"] == rep.active_trainees
    with pytest.raises(Exception, match=r"must end with \.pdf or \.xlsx"):
        reports.occupancy(svc, tmp_path / "occ.docx")


def test_certificate_is_bilingual(demo_ctx: AppContext, tmp_path: Path) -> None:
    svc = demo_ctx.service(ResidenceService)
    r = svc.residents_list()[0]
    out = reports.certificate(svc, r.matricule, tmp_path / "cert.pdf")
    text = _pdf_text(out)
    assert "ATTESTATION D'HÉBERGEMENT" in text and r.matricule in text and r.bed in text
    pdftotext = require_tool("pdftotext")
    raw = subprocess.run([pdftotext, str(out), "-"], capture_output=True, text=True, check=True).stdout
    arabic = unicodedata.normalize("NFKC", raw)
    # Shaped Arabic comes back as letters (visual order); the title's words are all there.
    for word in ("شهادة", "الإقامة"):
        assert word in arabic or word[::-1] in arabic
    assert "\ufdf2" not in raw  # no one-glyph "Allah" ligature: DejaVu has no glyph for it
    assert "2027-2026" not in raw  # the year keeps its order inside the Arabic lines (python-bidi 0.6)
    never = next(w for w in svc.waitlist())
    with pytest.raises(Exception, match="never been housed"):
        reports.certificate(svc, never.matricule, tmp_path / "x.pdf")


def test_residents_export_and_lists(demo_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    svc = demo_ctx.service(ResidenceService)
    residents = svc.residents_list()
    out = tmp_path / "residents.xlsx"
    assert main(["export", "residents", str(out), "--db", _db(demo_ctx)]) == 0
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("Matricule", "Name", "Building", "Room", "Bed", "Check-in date", "Status")
    assert len(rows) - 1 == len(residents)
    assert {r[6] for r in rows[1:]} <= {"present", "on leave"}
    assert rows[1][5].date() == residents[0].check_in
    by_room = reports.residents_by_room(svc, tmp_path / "rooms.pdf")
    assert f"Chambre {residents[0].room}" in _pdf_text(by_room)
    wl = reports.waitlist(svc, tmp_path / "wait.xlsx")
    assert openpyxl.load_workbook(wl).active.max_row == len(svc.waitlist()) + 1


def test_cli_inventory_application_leave_and_board(demo_ctx: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    db = _db(demo_ctx)
    svc = demo_ctx.service(ResidenceService)
    assert main(["residence", "add-building", "C", "--sex", "F", "--floors", "2", "--name", "Pavillon C",
                 "--db", db]) == 0
    assert main(["residence", "add-room", "C", "101", "--floor", "1", "--beds", "3", "--db", db]) == 0
    assert "Room C-101 created with 3 bed(s)" in capsys.readouterr().out
    assert main(["residence", "add-room", "C", "102", "--floor", "5", "--beds", "2", "--db", db]) == 1
    assert "floors 0 to 1, got 5" in capsys.readouterr().err
    assert main(["residence", "bed-status", "C-101-C", "maintenance", "--db", db]) == 0
    capsys.readouterr()
    assert main(["residence", "board", "--building", "C", "--db", db]) == 0
    printed = capsys.readouterr().out
    assert "C-101" in printed and "A. B. Cx" in printed  # two free beds, one under maintenance
    # an active trainee who has not applied yet
    applied = {r.matricule for r in svc.application_rows(svc.search_applications()).values()}
    from sqlalchemy import select

    from cmc_desktop.db.models import Trainee

    with demo_ctx.sf() as s:
        fresh = next(m for m, in s.execute(select(Trainee.matricule).where(Trainee.current_status == "active"))
                     if m not in applied)
    assert main(["residence", "apply", fresh, "--social", "7", "--distance", "220", "--db", db]) == 0
    assert f"recorded for {fresh}" in capsys.readouterr().out
    assert main(["residence", "apply", fresh, "--db", db]) == 1
    assert "already applied" in capsys.readouterr().err
    resident = svc.residents_list()[1]
    assert main(["residence", "leave", resident.matricule, "--from", "18/12/2026", "--to", "20/12/2026",
                 "--reason", "week-end", "--db", db]) == 0
    assert svc.leaves(resident.matricule)[-1].ends_on.isoformat() == "2026-12-20"
    capsys.readouterr()
    assert main(["residence", "waitlist", "--json", "--db", db]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["waitlist_position"] == 1
