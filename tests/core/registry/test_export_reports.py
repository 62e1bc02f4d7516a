"""Export round trip, programme import, PDFs (text extraction, Arabic after NFKC) and the CLI."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.cli import main as cli_main
from cmc_desktop.db.models import Programme, Trainee
from cmc_desktop.registry.dto import TraineeFilter
from cmc_desktop.registry.importer import TEMPLATE
from cmc_desktop.registry.service import RegistryService
from tests.core.registry.conftest import db_fingerprint, template_row
from tests.tools import require_tool

Maker = Callable[..., Path]


def _svc(ctx: AppContext) -> RegistryService:
    return ctx.service(RegistryService)


def test_export_is_formatted_and_reimports_unchanged(demo_ctx: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    res = _svc(demo_ctx).export_trainees(out)
    assert res.rows == _svc(demo_ctx).search().total
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert [c.value for c in ws[1]] == [h for _, h in TEMPLATE]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:T{res.rows + 1}"
    assert ws.column_dimensions["A"].width >= 14
    birth = ws.cell(row=2, column=7)
    assert isinstance(birth.value, dt.datetime) and birth.number_format == "DD/MM/YYYY"
    assert ws.max_row == res.rows + 1
    # special needs are health data and never leave in a spreadsheet
    assert "Besoins" not in " ".join(str(c.value) for c in ws[1])
    before = db_fingerprint(demo_ctx)
    again = _svc(demo_ctx).import_trainees(out)
    assert not again.errors, again.errors[:3]
    assert (again.new, again.updated, again.unchanged) == (0, 0, res.rows)
    assert db_fingerprint(demo_ctx) == before


def test_export_follows_the_filter(demo_ctx: AppContext, tmp_path: Path) -> None:
    svc = _svc(demo_ctx)
    group_id = svc.filter_options().groups[0].id
    flt = TraineeFilter(group_id=int(group_id), status="active")
    res = svc.export_trainees(tmp_path / "g.xlsx", flt=flt)
    assert res.rows == svc.search(flt).total > 0
    rows = list(openpyxl.load_workbook(tmp_path / "g.xlsx").active.iter_rows(min_row=2, values_only=True))
    assert {r[12] for r in rows} == {"actif"} and len({r[11] for r in rows}) == 1


def test_import_programmes_upserts_by_code(demo_ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "prog.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Code", "Libellé", "Libellé (ar)", "Niveau", "Durée (mois)", "Secteur", "Heures soft skills"])
    ws.append(["CYB", "Cybersécurité", "الأمن السيبراني", "TS", 24, "DIA", 180])
    ws.append(["DEV", "Développement Digital (nouveau programme)", "التطوير الرقمي", "TS", 24, "DIA", 180])
    wb.save(path)
    res = _svc(demo_ctx).import_programmes(path)
    assert (res.new, res.updated, res.written) == (1, 1, True)
    with demo_ctx.read_sf() as s:
        assert s.scalar(select(Programme.label_ar).where(Programme.code == "CYB")) == "الأمن السيبراني"
    again = _svc(demo_ctx).import_programmes(path)
    assert (again.new, again.updated, again.unchanged, again.written) == (0, 0, 2, False)
    ws.append(["BAD", "X", "", "ZZ", 0, "NOPE", ""])
    wb.save(path)
    bad = _svc(demo_ctx).import_programmes(path)
    assert {e.column for e in bad.errors} == {"Niveau", "Durée (mois)", "Secteur"} and not bad.written


def _pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return unicodedata.normalize("NFKC", text)


def test_certificate_is_bilingual_and_extractable(demo_ctx: AppContext, tmp_path: Path) -> None:
    with demo_ctx.read_sf() as s:
        t = s.scalar(select(Trainee).where(Trainee.current_status == "active", Trainee.first_name_ar.is_not(None)))
    out = _svc(demo_ctx).certificate(t.matricule, tmp_path / "att.pdf")
    text = _pdf_text(out)
    assert "ATTESTATION D'INSCRIPTION" in text and t.matricule in text and t.last_name.upper() in text
    assert "2026-2027" in text
    for word in ("شهادة", "التسجيل", "مدينة", "المهن", "والكفاءات", t.first_name_ar.split()[0]):
        assert word in text or word[::-1] in text, word
    pdftotext = require_tool("pdftotext")
    extracted = unicodedata.normalize("NFKC", subprocess.run([pdftotext, str(out), "-"], capture_output=True,
                                                             text=True, check=True).stdout)
    assert "شهادة التسجيل" in extracted and "سوس ماسة" in extracted
    # the year keeps its order inside the Arabic sentence (python-bidi alone reverses it)
    year_line = next(line for line in extracted.splitlines() if "التكوينية" in line)
    assert "2026-2027" in year_line and "2027-2026" not in year_line


def test_class_list_lists_the_group(demo_ctx: AppContext, tmp_path: Path) -> None:
    svc = _svc(demo_ctx)
    gid = svc.filter_options().groups[0]
    ids = svc.search(TraineeFilter(group_id=int(gid.id))).ids
    out = svc.class_list(gid.label, tmp_path / "cl.pdf")
    text = _pdf_text(out)
    assert f"groupe {gid.label}" in text
    for row in svc.rows(ids).values():
        assert row.matricule in text


def test_unknown_matricule_or_group(demo_ctx: AppContext, tmp_path: Path) -> None:
    from cmc_desktop.errors import NotFound

    with pytest.raises(NotFound, match="0000000000000"):
        _svc(demo_ctx).certificate("0000000000000", tmp_path / "x.pdf")
    with pytest.raises(NotFound, match="NOPE"):
        _svc(demo_ctx).class_list("NOPE", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


# --- the command line ---------------------------------------------------------------------------

def test_cli_import_all_or_nothing_json_and_valid_only(demo_ctx: AppContext, xlsx: Maker,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_ctx.sqlite_file)
    demo_ctx.close()
    path = xlsx([template_row(1), template_row(2, CIN="BAD1")])
    assert cli_main(["import", "trainees", str(path), "--db", db]) == 1
    captured = capsys.readouterr()
    assert "row 3, column CIN" in captured.out and "no trainee was written" in captured.err
    assert cli_main(["import", "trainees", str(path), "--dry-run", "--json", "--db", db]) == 1
    summary = json.loads(capsys.readouterr().out)
    assert summary["new"] == 1 and summary["rejected"] == 1 and summary["warnings"] == 0
    assert summary["errors"][0]["column"] == "CIN"
    assert cli_main(["import", "trainees", str(path), "--valid-only", "--json", "--db", db]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["written"] and summary["rejected_file"].endswith(".rejected.xlsx")
    assert cli_main(["import", "trainees", str(path), "--valid-only", "--json", "--db", db]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["new"], summary["updated"], summary["unchanged"]) == (0, 0, 1)


def test_cli_export_and_reports(demo_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    svc = _svc(demo_ctx)
    group = svc.filter_options().groups[0].label
    mat = next(iter(svc.rows(svc.search(TraineeFilter(status="active")).ids[:1]).values())).matricule
    db = str(demo_ctx.sqlite_file)
    demo_ctx.close()
    out = tmp_path / "g.xlsx"
    assert cli_main(["export", "trainees", str(out), "--group", group, "--db", db]) == 0
    assert "trainees written to" in capsys.readouterr().out
    assert openpyxl.load_workbook(out).active.max_row > 1
    assert cli_main(["report", "certificate", mat, "--out", str(tmp_path / "c.pdf"), "--db", db]) == 0
    assert cli_main(["report", "class-list", "--group", group, "--out", str(tmp_path / "l.pdf"), "--db", db]) == 0
    assert (tmp_path / "c.pdf").stat().st_size > 1000 and (tmp_path / "l.pdf").stat().st_size > 1000
    assert cli_main(["export", "trainees", str(out), "--group", "NOPE", "--db", db]) == 1
    assert "error: Group 'NOPE' does not exist" in capsys.readouterr().err
    assert cli_main(["import", "trainees", str(tmp_path / "missing.xlsx"), "--db", db]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_cli_import_programmes(demo_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "prog.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["code filiere", "LIBELLE", "Niveau", "Durée (mois)", "Secteur", "Remarque"])
    ws.append(["ROB", "Robotique", "TS", 24, "IND", "nouveau"])
    ws.append(["ROB", "Robotique bis", "TS", 24, "IND", ""])
    wb.save(path)
    db = str(demo_ctx.sqlite_file)
    demo_ctx.close()
    assert cli_main(["import", "programmes", str(path), "--db", db]) == 1
    out = capsys.readouterr()
    assert "row 3, column code filiere: programme ROB appears twice" in out.out
    assert "ignored columns: Remarque" in out.out and "no programme was written" in out.err
    ws.delete_rows(3)
    wb.save(path)
    assert cli_main(["import", "programmes", str(path), "--json", "--db", db]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["new"] == 1 and summary["written"]
