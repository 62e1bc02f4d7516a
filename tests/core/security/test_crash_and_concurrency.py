"""Several desks at once: optimistic locking (SQLite and PostgreSQL) and kill -9 crash safety."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from cmc_desktop.backup import inspect_backup
from cmc_desktop.bootstrap import AppContext, open_context
from cmc_desktop.clock import FixedClock
from cmc_desktop.db.models import Sector
from cmc_desktop.errors import ConflictError
from cmc_desktop.reference.service import CatalogueService
from cmc_desktop.security.permissions import Actor, Role
from cmc_desktop.security.service import AuditService

ROOT = Path(__file__).resolve().parents[3]
WORKER = Path(__file__).with_name("crash_worker.py")


def _desk(url: str, name: str, clock: FixedClock) -> AppContext:
    return open_context(url, clock=clock, actor=Actor(name, Role.REGISTRAR, name, "user"))


def test_second_save_gets_changed_by_x_at_t(any_db_url: str, clock: FixedClock) -> None:
    desk_a, desk_b = _desk(any_db_url, "amina", clock), _desk(any_db_url, "youssef", clock)
    try:
        row = desk_a.service(CatalogueService).save("sector", {"code": "LCK", "name_fr": "Original"})
        form_a = desk_a.service(CatalogueService).get("sector", row.id)  # both desks open the form
        form_b = desk_b.service(CatalogueService).get("sector", row.id)
        desk_a.service(CatalogueService).save("sector", {"name_fr": "Amina's edit"}, row_id=row.id,
                                              version=form_a.version)
        with pytest.raises(ConflictError) as err:
            desk_b.service(CatalogueService).save("sector", {"name_fr": "Youssef's edit"}, row_id=row.id,
                                                  version=form_b.version)
        assert err.value.code == "stale"
        assert "Changed by amina at 2026-11-30 09:00 UTC" in err.value.message and "reload" in err.value.message
        assert desk_b.service(CatalogueService).get("sector", row.id).values["name_fr"] == "Amina's edit"
        assert desk_b.as_actor(Actor.system()).service(AuditService).verify().ok
    finally:
        desk_a.close()
        desk_b.close()


def test_racing_flush_on_postgresql_is_a_conflict_not_an_overwrite(pg_url: str, clock: FixedClock) -> None:
    """Both transactions read version 1 before either writes: the version column catches it."""
    desk_a, desk_b = _desk(pg_url, "amina", clock), _desk(pg_url, "youssef", clock)
    try:
        row = desk_a.service(CatalogueService).save("sector", {"code": "RACE", "name_fr": "Original"})
        svc_b = desk_b.service(CatalogueService)
        with pytest.raises(ConflictError) as err, svc_b.write() as s_b:
            obj_b = s_b.get(Sector, row.id)
            assert obj_b is not None and obj_b.version == 1
            desk_a.service(CatalogueService).save("sector", {"name_fr": "A"}, row_id=row.id, version=1)
            obj_b.name_fr = "B"
        assert err.value.code == "stale"
        with desk_a.read_sf() as s:
            assert s.scalar(select(Sector.name_fr).where(Sector.id == row.id)) == "A"
    finally:
        desk_a.close()
        desk_b.close()


def _spawn(db: Path, mode: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(WORKER), str(db), mode], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def _wait_for(proc: subprocess.Popen[str], word: str) -> None:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == word, (line, proc.stderr.read() if proc.poll() is not None and proc.stderr else "")


def _check(db: Path) -> tuple[str, int, int]:
    con = sqlite3.connect(db)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        n = con.execute("select count(*) from sectors where code like 'K%'").fetchone()[0]
        audited = con.execute("select count(*) from audit_log where entity='sectors'").fetchone()[0]
    finally:
        con.close()
    return ok, n, audited


@pytest.mark.parametrize("when", ["mid-transaction", "after-commit"])
def test_kill_9_leaves_all_or_nothing(ctx: AppContext, when: str) -> None:
    db = ctx.sqlite_file
    ctx.close()
    proc = _spawn(db, "write")
    try:
        _wait_for(proc, "FLUSHED")
        if when == "after-commit":
            _wait_for(proc, "COMMITTED")
        else:
            time.sleep(0.3)  # several more flushes are on disk in the WAL, uncommitted
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    ok, n, audited = _check(db)
    assert ok == "ok"
    assert (n, audited) == ((400, 400) if when == "after-commit" else (0, 0))
    c = open_context(str(db))
    try:
        assert c.service(AuditService).verify().ok
    finally:
        c.close()


def test_kill_9_during_backups_never_leaves_a_broken_backup(ctx: AppContext) -> None:
    db = ctx.sqlite_file
    ctx.close()
    proc = _spawn(db, "backup")
    try:
        _wait_for(proc, "BACKUP")
        time.sleep(0.4)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert inspect_backup(Path(f"{db}.bak")).revision  # the named backup is always whole
    ok, _, _ = _check(db)
    assert ok == "ok"


def test_two_desks_writing_at_once_keep_one_valid_chain(ctx: AppContext) -> None:
    db = ctx.sqlite_file
    ctx.close()
    procs = [_spawn(db, "many"), _spawn(db, "many")]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0 and out.strip() == "DONE", err
    c = open_context(str(db))
    try:
        result = c.service(AuditService).verify()
        assert result.ok and result.checked == 50, result.message
    finally:
        c.close()


def test_two_desks_on_postgresql_keep_one_valid_chain(pg_url: str, clock: FixedClock) -> None:
    """Threads stand in for desks: the advisory lock orders appends to the chain."""
    import threading

    desks = [_desk(pg_url, f"desk{i}", clock) for i in range(3)]
    errors: list[BaseException] = []

    def work(c: AppContext, n: int) -> None:
        try:
            for i in range(15):
                c.service(CatalogueService).save("sector", {"code": f"P{n}-{i}", "name_fr": "Concurrent"})
        except BaseException as exc:  # noqa: BLE001 — reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(c, n)) for n, c in enumerate(desks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    try:
        assert not errors, errors
        result = desks[0].as_actor(Actor.system()).service(AuditService).verify()
        assert result.ok and result.checked == 45, result.message
    finally:
        for c in desks:
            c.close()
