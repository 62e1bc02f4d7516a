"""Migrations: empty → head, models agree with the migrated schema, newer/corrupt files refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from cmc_desktop.bootstrap import open_context
from cmc_desktop.db import migrate
from cmc_desktop.db.base import Base
from cmc_desktop.db.engine import make_engine
from cmc_desktop.errors import DatabaseError


def test_empty_to_head_seeds_reference(any_db_url: str) -> None:
    ctx = open_context(any_db_url)
    try:
        assert migrate.current_revision(ctx.engine) == migrate.head_revision()
        with ctx.engine.connect() as c:
            assert c.execute(text("select count(*) from regions")).scalar() == 12
            assert c.execute(text("select count(*) from sectors")).scalar() == 13
    finally:
        ctx.close()


def test_models_match_migrated_schema(any_db_url: str) -> None:
    ctx = open_context(any_db_url)
    try:
        with ctx.engine.connect() as conn:
            mc = MigrationContext.configure(conn, opts={"compare_type": False})
            diff = compare_metadata(mc, Base.metadata)
        assert diff == [], f"models and migrations disagree: {diff}"
    finally:
        ctx.close()


def test_upgrade_from_older_revision_keeps_data_and_copies_file(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    migrate.upgrade(engine, target="0001")
    with engine.begin() as c:
        c.execute(text("insert into settings(key, value) values ('city.region_code', 'MA-09')"))
    engine.dispose()
    ctx = open_context(str(db))
    try:
        assert migrate.current_revision(ctx.engine) == migrate.head_revision()
        assert ctx.setting("city.region_code") == "MA-09"
    finally:
        ctx.close()
    copies = list(tmp_path.glob("old.pre-0001-*.sqlite3"))
    assert len(copies) == 1
    con = sqlite3.connect(copies[0])
    assert con.execute("select version_num from alembic_version").fetchone()[0] == "0001"
    con.close()


def test_newer_schema_is_refused_and_untouched(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    open_context(str(db)).close()
    con = sqlite3.connect(db)
    con.execute("update alembic_version set version_num = '9999_future'")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(DatabaseError) as err:
        open_context(str(db))
    assert err.value.code == "schema_too_new"
    assert "newer" in err.value.message
    assert db.read_bytes() == before


@pytest.mark.parametrize("content", [b"this is a text file, not a database\n" * 40, b"SQLite format 3\x00" + b"\xff" * 8000])
def test_not_a_database_or_corrupt_is_never_overwritten(tmp_path: Path, content: bytes) -> None:
    db = tmp_path / "bad.sqlite3"
    db.write_bytes(content)
    with pytest.raises(DatabaseError) as err:
        open_context(str(db))
    assert err.value.code in ("not_a_database", "corrupt")
    assert db.read_bytes() == content


def test_sqlite_pragmas(ctx) -> None:  # noqa: ANN001
    with ctx.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_unknown_scheme_and_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="Unsupported database scheme"):
        open_context("mysql://x/y")
    with pytest.raises(DatabaseError, match="does not exist"):
        open_context(str(tmp_path / "nope" / "x.sqlite3"))


def test_every_table_has_record_columns(ctx) -> None:  # noqa: ANN001
    insp = inspect(ctx.engine)
    for table in insp.get_table_names():
        if table in ("alembic_version", "settings") or table.startswith("_"):
            continue
        cols = {c["name"] for c in insp.get_columns(table)}
        if "uuid" not in cols:
            continue  # link and log tables may be exempt; business tables carry all four
        assert {"created_at", "updated_at", "version"} <= cols, table


def test_head_constant_matches_the_revisions() -> None:
    assert migrate.head_revision() == migrate.HEAD
