"""Audit trail: field-level before/after, actor, masking, hash chain and tamper detection."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from cmc_desktop.bootstrap import AppContext, open_context
from cmc_desktop.db.models import Trainee
from cmc_desktop.reference.service import CatalogueService
from cmc_desktop.security import audit
from cmc_desktop.security.dto import AuditFilter
from cmc_desktop.security.permissions import Actor, Role
from cmc_desktop.security.service import AuditService

from .conftest import actor_for

ROOT = Path(__file__).resolve().parents[3]


def _entries(ctx: AppContext, **flt: object) -> list:
    svc = ctx.service(AuditService)
    rows = svc.rows(svc.search(AuditFilter(**flt)))
    return [rows[i] for i in sorted(rows)]


def _edit_sector(ctx: AppContext) -> int:
    cat = ctx.as_actor(actor_for(Role.REGISTRAR)).service(CatalogueService)
    row = cat.save("sector", {"code": "AUD", "name_fr": "Audit"})
    row = cat.save("sector", {"name_fr": "Audit 2"}, row_id=row.id, version=row.version)
    cat.delete("sector", row.id)
    return row.id


def test_create_update_delete_are_recorded_field_by_field(ctx: AppContext) -> None:
    sid = _edit_sector(ctx)
    ins, upd, dele = _entries(ctx, entity="sectors")
    assert [e.action for e in (ins, upd, dele)] == ["insert", "update", "delete"]
    assert {e.entity_id for e in (ins, upd, dele)} == {sid}
    assert all(e.actor == "u_registrar" and e.area == "reference" for e in (ins, upd, dele))
    assert ins.changes["code"] == [None, "AUD"]
    assert upd.changes == {"name_fr": ["Audit", "Audit 2"]}  # only what changed
    assert dele.changes["name_fr"] == ["Audit 2", None]
    assert ins.at == ctx.clock.now()
    # the service's editor stamp is the signed-in user
    assert _entries(ctx, field="name_fr")[0].id == ins.id


def test_sensitive_fields_are_masked(ctx: AppContext) -> None:
    import datetime as dt

    with ctx.sf.begin() as s:
        s.info["actor"] = actor_for(Role.REGISTRAR)
        t = Trainee(matricule="2008010100001", last_name="Amrani", first_name="Sara", sex="F",
                    birth_date=dt.date(2008, 1, 1), phone="0612345678", email="sara@example.ma",
                    address="12 rue X", cin="JB123456", guardian_phone="0698765432",
                    special_needs="Diabète", search_key="amrani sara")
        s.add(t)
    with ctx.sf.begin() as s:
        t = s.get(Trainee, t.id)
        t.special_needs = "Diabète type 1"
        t.first_name = "Sarah"
    ins, upd = _entries(ctx, entity="trainees")
    for key in ("phone", "email", "address", "cin", "guardian_phone", "special_needs"):
        assert ins.changes[key] == [None, audit.MASK], key
    assert ins.changes["last_name"] == [None, "Amrani"]
    assert ins.subject_id == t.id and upd.subject_id == t.id
    assert upd.changes == {"special_needs": [audit.MASK, audit.MASK], "first_name": ["Sara", "Sarah"]}
    # nothing sensitive is anywhere in the stored journal text
    con = sqlite3.connect(ctx.sqlite_file)
    blob = " ".join(r[0] for r in con.execute("select changes from audit_log"))
    con.close()
    for secret in ("0612345678", "sara@example.ma", "12 rue X", "JB123456", "Diabète", "0698765432"):
        assert secret not in blob
    assert audit.is_sensitive("counselling_notes") and audit.is_sensitive("diet_type")
    assert audit.is_sensitive("allergens") and not audit.is_sensitive("last_name")


def test_rollback_leaves_no_entry(ctx: AppContext) -> None:
    from cmc_desktop.db.models import Sector

    before = len(_entries(ctx))
    with pytest.raises(RuntimeError), ctx.sf.begin() as s:
        s.add(Sector(code="GONE", name_fr="x"))
        s.flush()
        raise RuntimeError("abort")
    assert len(_entries(ctx)) == before
    assert ctx.service(AuditService).verify().ok


def test_chain_links_every_entry_and_verifies(ctx: AppContext) -> None:
    _edit_sector(ctx)
    con = sqlite3.connect(ctx.sqlite_file)
    rows = con.execute("select id, prev_hash, hash from audit_log order by id").fetchall()
    con.close()
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    assert rows[0][1] == audit.GENESIS
    assert all(rows[i][1] == rows[i - 1][2] for i in range(1, len(rows)))
    result = ctx.service(AuditService).verify()
    assert result.ok and result.checked == len(rows)


def _tamper(db: Path, sql: str) -> None:
    con = sqlite3.connect(db)
    con.execute(sql)
    con.commit()
    con.close()


@pytest.mark.parametrize(("sql", "broken", "reason"), [
    ("update audit_log set changes = replace(changes, 'Audit 2', 'Forged') where id = 2", 2, "field values"),
    ("update audit_log set actor = 'someone_else' where id = 1", 1, "content was changed"),
    ("delete from audit_log where id = 2", 2, "missing"),
    ("delete from audit_log where id = 3", 3, "removed"),
    ("update audit_log set redacted_by = 3, changes = '{}' where id = 1", 1, "anonymised"),
])
def test_tampering_is_detected_and_named(ctx: AppContext, sql: str, broken: int, reason: str) -> None:
    _edit_sector(ctx)
    ctx.close()
    _tamper(ctx.sqlite_file, sql)
    c = open_context(str(ctx.sqlite_file), clock=ctx.clock, paths=ctx.paths)
    try:
        result = c.service(AuditService).verify()
    finally:
        c.close()
    assert not result.ok
    assert result.broken_id == broken and reason in result.reason, result.message


def test_cli_audit_verify_exits_1_naming_the_entry(ctx: AppContext) -> None:
    _edit_sector(ctx)
    ctx.close()
    db = str(ctx.sqlite_file)
    ok = subprocess.run([sys.executable, "main.py", "audit", "verify", "--db", db], cwd=ROOT,
                        capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0 and "3 entries verified" in ok.stdout, ok.stderr
    _tamper(ctx.sqlite_file, "update audit_log set entity_id = 99 where id = 2")
    bad = subprocess.run([sys.executable, "main.py", "audit", "verify", "--db", db], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1
    assert bad.stderr.strip() == "error: audit trail broken at entry 2: its content was changed after it was written"


def test_cli_actions_are_recorded_as_the_os_user(ctx: AppContext, cli_run) -> None:  # noqa: ANN001
    ctx.close()
    res = cli_run("users", "add", "karim", "--role", "librarian", "--db", str(ctx.sqlite_file),
                  stdin="Bibliotheque-1\n")
    assert res.returncode == 0, res.stderr
    c = open_context(str(ctx.sqlite_file), clock=ctx.clock, paths=ctx.paths)
    try:
        (entry,) = _entries(c, entity="users")
        assert entry.actor == Actor.os_user().label and entry.actor.startswith("os:")
        assert entry.changes["password_hash"] == [None, audit.MASK]
    finally:
        c.close()


def test_export_to_excel_reads_back(ctx: AppContext, tmp_path: Path) -> None:
    _edit_sector(ctx)
    out = tmp_path / "audit.xlsx"
    n = ctx.service(AuditService).export(out, AuditFilter(entity="sectors"))
    assert n == 3
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:5] == ("#", "Time (UTC)", "User", "Action", "Entity")
    update_rows = [r for r in rows[1:] if r[3] == "update"]
    assert update_rows == [(2, update_rows[0][1], "u_registrar", "update", "sectors", update_rows[0][5],
                            "reference", None, "name_fr", "Audit", "Audit 2")]


def test_postgresql_chain(pg_url: str) -> None:
    c = open_context(pg_url)
    try:
        _edit_sector(c)
        assert c.service(AuditService).verify().checked == 3
    finally:
        c.close()
