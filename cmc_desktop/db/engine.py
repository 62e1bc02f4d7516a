"""Engine creation: URL resolution, SQLite pragmas, and early refusal of unusable files."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from cmc_desktop.errors import DatabaseError

SUPPORTED_SCHEMES = ("sqlite", "postgresql")
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def resolve_url(value: str | os.PathLike[str] | None, default_path: Path) -> str:
    """``--db`` accepts a path or a URL; ``CMC_DB_URL`` is the fallback, then the data folder."""
    raw = str(value) if value else os.environ.get("CMC_DB_URL") or ""
    if not raw:
        return f"sqlite:///{default_path}"
    if "://" not in raw:
        return f"sqlite:///{Path(raw).expanduser().resolve()}"
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise DatabaseError(f"Not a database URL: {raw}", code="bad_url") from exc
    backend = url.get_backend_name()
    if backend not in SUPPORTED_SCHEMES:
        raise DatabaseError(
            f"Unsupported database scheme '{url.drivername}': use a file path, sqlite:/// or postgresql+psycopg://",
            code="bad_scheme",
            scheme=url.drivername,
        )
    if backend == "postgresql" and url.drivername == "postgresql":
        raw = url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return raw


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def check_sqlite_file(path: Path) -> None:
    """Refuse, without touching it, a file that is not an SQLite database or is damaged."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseError(f"Cannot read {path}: {exc.strerror}", code="unreadable") from exc
    if header != SQLITE_HEADER:
        raise DatabaseError(f"{path} is not a CMC database (not an SQLite file); it was left untouched",
                            code="not_a_database", path=str(path))
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            # Reading the schema catches a damaged header or catalogue without scanning every
            # page (PRAGMA quick_check costs ~0.1 s per 20 MB at each start); backups and
            # restores run the full integrity_check.
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            row = ("ok",)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        msg = str(exc)
        if "locked" in msg:
            raise DatabaseError(f"{path} is locked by another program", code="locked") from exc
        raise DatabaseError(f"{path} is damaged ({msg}); it was left untouched", code="corrupt") from exc
    if not row or row[0] != "ok":
        raise DatabaseError(f"{path} is damaged ({row[0] if row else 'no answer'}); it was left untouched",
                            code="corrupt", path=str(path))


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # SQLAlchemy issues BEGIN itself (see _begin), so pysqlite must not open transactions.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")  # with WAL: committed data survives a crash
    cur.close()


def _begin(conn) -> None:  # noqa: ANN001
    # Writers take the lock up front: a deferred transaction that later writes gets
    # SQLITE_BUSY at once when another desk committed meanwhile, busy_timeout or not.
    # Read-only work opts out with execution_options(sqlite_deferred=True).
    deferred = conn.get_execution_options().get("sqlite_deferred", False)
    conn.exec_driver_sql("BEGIN" if deferred else "BEGIN IMMEDIATE")


def make_engine(url: str, *, echo: bool = False) -> Engine:
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            if not path.parent.exists():
                raise DatabaseError(f"The folder {path.parent} does not exist", code="no_folder",
                                    path=str(path.parent))
            check_sqlite_file(path)
        engine = create_engine(url, echo=echo, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _begin)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)
