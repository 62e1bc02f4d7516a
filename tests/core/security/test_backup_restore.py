"""Backups (SQLite online backup API) and restores: round trip, refusals, daily job, dashboard."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cmc_desktop.backup import (
    backup_status,
    backup_to,
    inspect_backup,
    restore,
    run_scheduled_backup,
    set_backup_folder,
)
from cmc_desktop.bootstrap import AppContext, open_context
from cmc_desktop.clock import FixedClock
from cmc_desktop.dashboard import collect
from cmc_desktop.errors import ConfigError, ConflictError, DatabaseError, PermissionDenied
from cmc_desktop.reference.service import CatalogueService
from cmc_desktop.security.permissions import Actor, Role
from cmc_desktop.security.service import AuditService

from .conftest import actor_for


def _sectors(db: Path) -> set[str]:
    con = sqlite3.connect(db)
    try:
        return {r[0] for r in con.execute("select code from sectors")}
    finally:
        con.close()


@pytest.fixture
def city(ctx: AppContext) -> AppContext:
    ctx.service(CatalogueService).set_city("MA-09")
    ctx.service(CatalogueService).save("sector", {"code": "KEEP", "name_fr": "Before backup"})
    return ctx


def test_round_trip_restores_the_exact_data_and_keeps_the_current_file(city: AppContext, tmp_path: Path) -> None:
    backup = tmp_path / "copy.sqlite3"
    info = backup_to(city, backup)
    assert info.city == "MA-09" and info.size_bytes > 0
    assert not list(tmp_path.glob(".*.part"))
    city.service(CatalogueService).save("sector", {"code": "LATER", "name_fr": "After backup"})
    db = city.sqlite_file
    city.close()
    result = restore(db, backup, actor=Actor.os_user(), clock=city.clock)
    assert "KEEP" in _sectors(db) and "LATER" not in _sectors(db)
    assert result.kept_aside and "LATER" in _sectors(Path(result.kept_aside))
    c = open_context(str(db), clock=city.clock, paths=city.paths)
    try:
        assert c.service(AuditService).verify().ok  # the restore itself is journalled on the chain
        assert c.service(AuditService).rows(c.service(AuditService).search())[
            max(c.service(AuditService).search())].action == "restore"
    finally:
        c.close()


@pytest.mark.parametrize("damage", ["truncate", "garbage", "text", "not_cmc"])
def test_corrupt_or_foreign_backups_are_refused_and_nothing_changes(city: AppContext, tmp_path: Path,
                                                                   damage: str) -> None:
    backup = tmp_path / "copy.sqlite3"
    backup_to(city, backup)
    data = backup.read_bytes()
    if damage == "truncate":
        backup.write_bytes(data[: len(data) // 3])
    elif damage == "garbage":
        backup.write_bytes(data[:8192] + b"\x00\xff" * 4096 + data[16384:])
    elif damage == "text":
        backup.write_text("not a database at all\n" * 100)
    else:
        con = sqlite3.connect(backup)
        con.execute("drop table trainees")
        con.commit()
        con.close()
    db = city.sqlite_file
    city.close()
    before = db.read_bytes()
    with pytest.raises(DatabaseError) as err:
        restore(db, backup, actor=Actor.os_user())
    assert err.value.code in ("corrupt", "not_a_database")
    assert db.read_bytes() == before
    assert not list(tmp_path.glob("*.before-restore-*"))


def test_newer_schema_backup_is_refused(city: AppContext, tmp_path: Path) -> None:
    backup = tmp_path / "copy.sqlite3"
    backup_to(city, backup)
    con = sqlite3.connect(backup)
    con.execute("update alembic_version set version_num='9999_future'")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="newer CMC Desktop"):
        inspect_backup(backup)


def test_another_citys_backup_needs_confirmation(city: AppContext, tmp_path: Path) -> None:
    backup = tmp_path / "other.sqlite3"
    backup_to(city, backup)
    con = sqlite3.connect(backup)
    con.execute("update settings set value='MA-01' where key='city.region_code'")
    con.commit()
    con.close()
    db = city.sqlite_file
    city.close()
    with pytest.raises(ConflictError, match="belongs to city MA-01 but the database is city MA-09"):
        restore(db, backup, actor=Actor.os_user())
    restore(db, backup, actor=Actor.os_user(), confirm_other_city=True)
    con = sqlite3.connect(db)
    assert con.execute("select value from settings where key='city.region_code'").fetchone()[0] == "MA-01"
    con.close()


def test_restore_needs_the_permission(city: AppContext, tmp_path: Path) -> None:
    backup = tmp_path / "copy.sqlite3"
    backup_to(city, backup)
    with pytest.raises(PermissionDenied):
        restore(city.sqlite_file, backup, actor=actor_for(Role.DIRECTOR))


def test_daily_backup_catches_up_rotates_and_reports(city: AppContext, clock: FixedClock, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    set_backup_folder(city, folder, keep=3)
    first = run_scheduled_backup(city)
    assert first is not None and first.status == "ok" and first.missed_days == 0
    assert run_scheduled_backup(city) is None  # already done today
    clock.advance(days=4)  # the desk was off for the weekend and more
    caught = run_scheduled_backup(city)
    assert caught is not None and caught.missed_days == 3
    for _ in range(3):
        clock.advance(days=1)
        run_scheduled_backup(city)
    files = sorted(folder.glob("cmc-auto-MA-09-*.sqlite3"))
    assert len(files) == 3  # keep N
    assert all(inspect_backup(f).city == "MA-09" for f in files)
    status = backup_status(city)
    assert status.last_status == "ok" and status.last_ok_at == clock.now()
    ind = {i.key: i for i in collect(city)}["security.backup"]
    assert ind.level == "ok"


def test_failed_backup_shows_on_everyones_dashboard(city: AppContext, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    set_backup_folder(city, usb)
    usb.rmdir()
    usb.write_text("the USB disk was replaced by a file")  # the folder cannot be created
    result = run_scheduled_backup(city)
    assert result is not None and result.status == "failed" and str(usb) in result.error
    for role in (Role.ADMINISTRATOR, Role.CANTEEN_AGENT):
        ind = {i.key: i for i in collect(city.as_actor(actor_for(role)))}["security.backup"]
        assert ind.level == "alert" and ind.value == "✗" and str(usb) in ind.detail


def test_backup_of_postgresql_is_refused_with_advice(pg_url: str, tmp_path: Path) -> None:
    c = open_context(pg_url)
    try:
        with pytest.raises(ConfigError, match="pg_dump"):
            backup_to(c, tmp_path / "x.sqlite3")
        assert run_scheduled_backup(c) is None
    finally:
        c.close()


def test_cli_backup_and_restore(city: AppContext, tmp_path: Path, cli_run) -> None:  # noqa: ANN001
    db = str(city.sqlite_file)
    city.close()
    out = tmp_path / "cli-copy.sqlite3"
    run = cli_run

    res = run("backup", "--to", str(out), "--db", db)
    assert res.returncode == 0 and "city MA-09" in res.stdout, res.stderr
    con = sqlite3.connect(db)
    con.execute("delete from sectors where code='KEEP'")
    con.commit()
    con.close()
    res = run("restore", str(out), "--db", db)
    assert res.returncode == 0, res.stderr
    assert "kept at" in res.stdout
    assert "KEEP" in _sectors(Path(db))
    out.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    res = run("restore", str(out), "--db", db)
    assert res.returncode != 0 and res.stderr.startswith("error: ") and "Traceback" not in res.stderr


def test_restore_onto_a_new_machine_and_cli_folder_setting(city: AppContext, tmp_path: Path, cli_run) -> None:  # noqa: ANN001
    backup = tmp_path / "copy.sqlite3"
    backup_to(city, backup)
    db = str(city.sqlite_file)
    city.close()
    res = cli_run("backup", "--set-folder", str(tmp_path / "usb"), "--keep", "5", "--db", db)
    assert res.returncode == 0 and "keeping 5" in res.stdout, res.stderr
    res = cli_run("backup", "--db", db)
    assert res.returncode == 0 and str(tmp_path / "usb") in res.stdout, res.stderr
    assert cli_run("backup", "--db", db).stdout.startswith("today's backup already exists")
    fresh = tmp_path / "new-laptop" / "cmc.sqlite3"
    fresh.parent.mkdir()
    res = cli_run("restore", str(backup), "--db", str(fresh))
    assert res.returncode == 0 and "kept at" not in res.stdout, res.stderr
    assert "KEEP" in _sectors(fresh)
