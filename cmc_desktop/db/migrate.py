"""Schema upgrades: back up first, refuse a newer schema, never touch a file we cannot read."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from cmc_desktop.errors import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision this program ships. Kept as a constant so a start-up on an up-to-date
# database never imports Alembic (a fifth of the start-up time); a test checks it matches.
HEAD = "0008"


def alembic_config(connection=None) -> Config:  # noqa: ANN001
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def pending(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def check_not_newer(engine: Engine) -> str | None:
    current = current_revision(engine)
    if current is None:
        return None
    if current == HEAD:
        return current
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    try:
        script.get_revision(current)
    except Exception as exc:  # alembic raises several types for unknown ids
        raise DatabaseError(
            f"This database was written by a newer CMC Desktop (schema {current}); "
            "install the newer version. The database was left untouched.",
            code="schema_too_new",
            revision=current,
        ) from exc
    return current


def backup_sqlite_file(path: Path, revision: str | None) -> Path:
    """Consistent copy through SQLite's online backup API, next to the database."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    dest = path.with_name(f"{path.stem}.pre-{revision or 'empty'}-{stamp}{path.suffix}")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    log.info("copied %s to %s before migrating", path, dest)
    return dest


def upgrade(engine: Engine, *, sqlite_file: Path | None = None, target: str = "head") -> Path | None:
    """Apply pending revisions. Returns the pre-migration copy, if one was made."""
    if target == "head" and current_revision(engine) == HEAD:
        return None  # the common case: nothing to do, and no Alembic import
    from alembic import command

    current = check_not_newer(engine)
    if current == head_revision() and target == "head":
        return None
    copy = None
    if sqlite_file is not None and current is not None and sqlite_file.exists():
        copy = backup_sqlite_file(sqlite_file, current)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), target)
    return copy
