"""Trainee import: both layouts, the broken-spreadsheet corpus, all-or-nothing, --valid-only, re-import."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.db.models import Enrolment, Trainee
from cmc_desktop.errors import Cancelled, ValidationError
from cmc_desktop.progress import CancelToken
from cmc_desktop.registry.service import RegistryService
from cmc_desktop.text import search_key
from tests.core.registry.conftest import (
    HQ_HEADERS,
    TEMPLATE_HEADERS,
    db_fingerprint,
    template_row,
)

Maker = Callable[..., Path]


def _svc(ctx: AppContext) -> RegistryService:
    return ctx.service(RegistryService)


def test_template_import_creates_trainees_with_enrolment(demo_ctx: AppContext, xlsx: Maker) -> None:
    base = _svc(demo_ctx).search().total
    path = xlsx([template_row(1), template_row(2, "ID101")])
    res = _svc(demo_ctx).import_trainees(path)
    assert (res.new, res.updated, res.unchanged, res.rejected) == (2, 0, 0, 0) and res.written
    with demo_ctx.read_sf() as s:
        t = s.scalar(select(Trainee).where(Trainee.last_name == "TESTNOM1"))
        assert t.cin == "ZT100001" and t.last_name_ar == "العلوي" and t.sex == "F"
        assert t.birth_date == dt.date(2005, 1, 2) and t.current_status == "active" and t.version == 1
        assert t.search_key == search_key("TESTNOM1", "Yasmine", "العلوي", "ياسمين", t.matricule, "ZT100001")
        e = s.scalar(select(Enrolment).where(Enrolment.trainee_id == t.id))
        assert e.status == "active" and e.status_since == dt.date(2026, 11, 30)
    assert _svc(demo_ctx).search().total == base + 2
    from cmc_desktop.db.models.security import AuditEntry

    with demo_ctx.read_sf() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "import", AuditEntry.entity == "trainees"))
        assert entry is not None and entry.area == "registry" and '"new":2' in entry.changes.replace(" ", "")


def test_reimport_changes_nothing_and_a_changed_field_is_counted(demo_ctx: AppContext, xlsx: Maker) -> None:
    base = _svc(demo_ctx).search().total
    rows = [template_row(i) for i in range(3)]
    path = xlsx(rows)
    _svc(demo_ctx).import_trainees(path)
    before = db_fingerprint(demo_ctx)
    again = _svc(demo_ctx).import_trainees(path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)
    assert db_fingerprint(demo_ctx) == before
    rows[1][TEMPLATE_HEADERS.index("Téléphone")] = "0799999999"
    rows[2][TEMPLATE_HEADERS.index("Nom")] = "CHANGED"
    res = _svc(demo_ctx).import_trainees(xlsx(rows))
    assert (res.new, res.updated, res.unchanged) == (0, 2, 1)
    assert res.changed_fields == {"phone": 1, "last_name": 1}
    hits = _svc(demo_ctx).search()
    assert _svc(demo_ctx).search(type(_filter())(text="changed yasmine")).total == 1
    assert hits.total == base + 3


def _filter():  # noqa: ANN202
    from cmc_desktop.registry.dto import TraineeFilter

    return TraineeFilter()


def test_hq_layout_with_text_dates_and_unknown_columns(demo_ctx: AppContext, xlsx: Maker) -> None:
    headers = [*HQ_HEADERS, "Observation"]
    rows = [
        [2400000, "2002050351875", "BOUKHRIS", "Omar", "H", "03/05/2002 00:00:00", "PA207622", "0690668968",
         "DEV101", "1ère année", "DIA_DEV_TS_1A-Développement Digital (1A)", "Baccalauréat", "ok"],
        [2400001, 2007033065130, "ID BELKACEM", "Nora", "F", dt.datetime(2007, 3, 30), "JH983322", 788721495,
         "ID101", "1ère année", "DIA_DEV_TS_1A-Infrastructure Digitale (1A)", "Baccalauréat", ""],
    ]
    res = _svc(demo_ctx).import_trainees(xlsx(rows, headers))
    assert res.layout == "hq" and res.new == 2 and not res.errors
    assert res.unknown_columns == ("Observation",)
    # LibelleLong names DEV while group ID101 is ID: a warning, not a refusal; Nora (19) is an adult.
    assert [w.column for w in res.warnings] == ["LibelleLong"]
    with demo_ctx.read_sf() as s:
        nora = s.scalar(select(Trainee).where(Trainee.matricule == "2007033065130"))
        assert nora.phone == "0788721495" and nora.birth_date == dt.date(2007, 3, 30)
        e = s.scalar(select(Enrolment).where(Enrolment.trainee_id == nora.id))
        assert e.hq_enrolment_id == "2400001" and e.school_level == "Baccalauréat"


def test_header_matching_ignores_case_accents_spaces_and_order(demo_ctx: AppContext, xlsx: Maker) -> None:
    headers = ["  GROUPE", "prenom", "NOM", "date  de naissance", "sexe", "MATRICULE"]
    row = template_row(5)
    values = dict(zip(TEMPLATE_HEADERS, row, strict=True))
    res = _svc(demo_ctx).import_trainees(xlsx([[values["Groupe"], values["Prénom"], values["Nom"],
                                                values["Date de naissance"], "f", values["Matricule"]]], headers))
    assert res.new == 1 and not res.errors


# --- the corpus of broken spreadsheets: a clear message, the database unchanged ------------------

def test_not_an_xlsx(demo_ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_text("Matricule;Nom\n2002050351875;X\n", encoding="utf-8")
    before = db_fingerprint(demo_ctx)
    with pytest.raises(ValidationError) as err:
        _svc(demo_ctx).import_trainees(path)
    assert err.value.code == "not_xlsx" and "list.xlsx is not an Excel .xlsx workbook" in err.value.message
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(broken, "w") as zf:
        zf.writestr("hello.txt", "not a workbook")
    with pytest.raises(ValidationError, match="cannot be read as an .xlsx"):
        _svc(demo_ctx).import_trainees(broken)
    assert db_fingerprint(demo_ctx) == before


def test_empty_workbook(demo_ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(ValidationError, match="empty"):
        _svc(demo_ctx).import_trainees(path)


def test_missing_required_columns(demo_ctx: AppContext, xlsx: Maker) -> None:
    path = xlsx([["2005010290001", "X"]], ["Matricule", "Nom"])
    with pytest.raises(ValidationError) as err:
        _svc(demo_ctx).import_trainees(path)
    assert err.value.code == "missing_columns"
    for col in ("first_name", "sex", "birth_date", "group"):
        assert col in err.value.message


def test_merged_header_cells(demo_ctx: AppContext, xlsx: Maker) -> None:
    path = xlsx([template_row(1)], merge="B1:C1")
    before = db_fingerprint(demo_ctx)
    with pytest.raises(ValidationError) as err:
        _svc(demo_ctx).import_trainees(path)
    assert err.value.code == "merged_header" and "B1:C1" in err.value.message
    assert db_fingerprint(demo_ctx) == before


def test_formula_cells_are_row_errors(demo_ctx: AppContext, xlsx: Maker) -> None:
    before = db_fingerprint(demo_ctx)
    bad = template_row(2, Nom='=UPPER("x")')
    res = _svc(demo_ctx).import_trainees(xlsx([template_row(1), bad]))
    assert not res.written and res.new == 1 and res.rejected == 1
    assert [(e.row, e.column) for e in res.errors] == [(3, "Nom")]
    assert "formula" in res.errors[0].message
    assert db_fingerprint(demo_ctx) == before


def test_text_and_impossible_dates(demo_ctx: AppContext, xlsx: Maker) -> None:
    before = db_fingerprint(demo_ctx)
    rows = [template_row(1, **{"Date de naissance": "31/02/2005"}),
            template_row(2, **{"Date de naissance": "le 3 mai 2005"}),
            template_row(3, **{"Date de naissance": "03/05/2005 00:00:00"})]
    res = _svc(demo_ctx).import_trainees(xlsx(rows))
    msgs = {e.row: e.message for e in res.errors}
    assert "does not exist" in msgs[2] and "expected dd/mm/yyyy" in msgs[3] and 4 not in msgs
    assert all(e.column == "Date de naissance" for e in res.errors)
    assert not res.written and db_fingerprint(demo_ctx) == before


def test_duplicates_in_the_file_and_against_the_database(demo_ctx: AppContext, xlsx: Maker) -> None:
    with demo_ctx.read_sf() as s:
        other = s.scalar(select(Trainee).where(Trainee.cin.is_not(None)))
    twice = template_row(1)
    rows = [twice, list(twice), template_row(2, CIN=other.cin),
            template_row(3, Matricule=other.matricule, Nom="SOMEONE", **{"Date de naissance": "01/01/2004"})]
    before = db_fingerprint(demo_ctx)
    res = _svc(demo_ctx).import_trainees(xlsx(rows))
    by_row = {e.row: e.message for e in res.errors}
    assert "appears twice in the file (also row 2)" in by_row[3]
    assert f"CIN {other.cin} already belongs to the trainee with matricule {other.matricule}" in by_row[4]
    assert f"matricule {other.matricule} already belongs to {other.last_name}" in by_row[5]
    assert db_fingerprint(demo_ctx) == before


def test_arabic_in_latin_name_columns(demo_ctx: AppContext, xlsx: Maker) -> None:
    res = _svc(demo_ctx).import_trainees(xlsx([template_row(1, Nom="العلوي"), template_row(2, Prénom="Yasmine")]))
    assert [(e.row, e.column) for e in res.errors] == [(2, "Nom")]
    assert "Arabic letters" in res.errors[0].message and not res.written


def test_other_rules_give_row_column_reason(demo_ctx: AppContext, xlsx: Maker) -> None:
    rows = [template_row(1, CIN="12345"), template_row(2, Téléphone="0512345678"),
            template_row(3, Groupe="NOPE999"), template_row(4, Sexe="X"),
            template_row(5, **{"Date de naissance": "01/01/1990"})]
    res = _svc(demo_ctx).import_trainees(xlsx(rows))
    got = {(e.row, e.column) for e in res.errors}
    assert got == {(2, "CIN"), (3, "Téléphone"), (4, "Groupe"), (5, "Sexe"), (6, "Date de naissance")}
    assert any("group 'NOPE999' does not exist" in e.message for e in res.errors)
    assert any("over 30" in e.message for e in res.errors)


def test_warnings_do_not_block(demo_ctx: AppContext, xlsx: Maker) -> None:
    minor = template_row(1, **{"Date de naissance": "01/01/2010", "Téléphone tuteur": "", "Groupe": "CUI101",
                               "Matricule": "2010010190001"})
    mismatch = template_row(2, Matricule="1999010100001")
    res = _svc(demo_ctx).import_trainees(xlsx([minor, mismatch]))
    assert res.written and res.new == 2
    kinds = sorted(w.message.split(" ")[0] for w in res.warnings)
    assert kinds == ["matricule", "minor"]


def test_capacity_is_a_warning_on_import(demo_ctx: AppContext, xlsx: Maker) -> None:
    res = _svc(demo_ctx).import_trainees(xlsx([template_row(i) for i in range(8)]))
    assert res.written and res.new == 8
    assert any("group DEV101 would hold" in w.message for w in res.warnings)


def test_valid_only_writes_good_rows_and_saves_rejects(demo_ctx: AppContext, xlsx: Maker) -> None:
    base = _svc(demo_ctx).search().total
    path = xlsx([template_row(1), template_row(2, CIN="BAD"), template_row(3)])
    res = _svc(demo_ctx).import_trainees(path, valid_only=True)
    assert res.written and (res.new, res.rejected) == (2, 1)
    assert res.rejected_file == str(path.with_name(f"{path.stem}.rejected.xlsx"))
    ws = openpyxl.load_workbook(res.rejected_file).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "Ligne / Row" and rows[0][-1] == "Motif / Reason"
    assert rows[1][0] == 3 and "CIN: CIN 'BAD'" in rows[1][-1] and len(rows) == 2
    assert _svc(demo_ctx).search().total == base + 2


def test_dry_run_writes_nothing(demo_ctx: AppContext, xlsx: Maker) -> None:
    before = db_fingerprint(demo_ctx)
    res = _svc(demo_ctx).import_trainees(xlsx([template_row(1)]), dry_run=True)
    assert res.new == 1 and not res.written and db_fingerprint(demo_ctx) == before


def test_cancel_writes_nothing(demo_ctx: AppContext, xlsx: Maker) -> None:
    token = CancelToken()
    token.cancel()
    before = db_fingerprint(demo_ctx)
    with pytest.raises(Cancelled):
        _svc(demo_ctx).import_trainees(xlsx([template_row(1)]), cancel=token)
    assert db_fingerprint(demo_ctx) == before


def test_libreoffice_style_file_with_wrong_dimension(demo_ctx: AppContext, xlsx: Maker, tmp_path: Path) -> None:
    """LibreOffice (and others) may write <dimension ref="A1"/>: every row must still be read."""
    src = xlsx([template_row(1), template_row(2)])
    dst = tmp_path / "lo.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1"/>', data)
            zout.writestr(item, data)
    res = _svc(demo_ctx).import_trainees(dst)
    assert res.new == 2 and not res.errors


def test_fifty_thousand_rows_with_one_bad_row_at_the_end(demo_ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "big.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Inscriptions")
    ws.append(["Matricule", "Nom", "Prénom", "Sexe", "Date de naissance", "Groupe"])
    base = dt.date(2003, 1, 1)
    n = 50_000
    for i in range(n - 1):
        birth = base + dt.timedelta(days=i % 1500)
        # number cells and repeated strings keep the file quick to write and to read
        ws.append([int(f"{birth:%Y%m%d}{i:05d}"), "NOM", "Ali", "H", birth, "DEV101"])
    ws.append(["2003010199999", "NOM", "Ali", "H", "30/02/2003", "DEV101"])
    wb.save(path)
    before = db_fingerprint(demo_ctx)
    res = _svc(demo_ctx).import_trainees(path)
    assert res.rows == n and res.rejected == 1 and not res.written
    assert [(e.row, e.column) for e in res.errors] == [(n + 1, "Date de naissance")]
    assert db_fingerprint(demo_ctx) == before
