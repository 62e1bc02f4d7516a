"""The single wiring entry for the UI and the CLI: open a database, migrate, hand out services."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, inspect, select
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from cmc_desktop.clock import Clock, SystemClock
from cmc_desktop.config import AppPaths
from cmc_desktop.db import migrate
from cmc_desktop.db.engine import make_engine, resolve_url, sqlite_path
from cmc_desktop.errors import DatabaseError
from cmc_desktop.security.permissions import Actor

log = logging.getLogger(__name__)
S = TypeVar("S")

# Modules that hook every session of a context (audit trail, export outbox). Each defines
# ``install(ctx: AppContext) -> None`` and is skipped while it does not exist yet.
CONTEXT_HOOKS = ("cmc_desktop.security.audit", "cmc_desktop.sync.outbox")


@dataclass
class AppContext:
    url: str
    engine: Engine
    sf: sessionmaker[Session]
    read_sf: sessionmaker[Session]
    clock: Clock
    paths: AppPaths
    actor: Actor
    _services: dict[type, object] = field(default_factory=dict)

    def service(self, cls: type[S]) -> S:
        svc = self._services.get(cls)
        if svc is None:
            svc = self._services[cls] = cls(self)  # type: ignore[call-arg]
        return svc  # type: ignore[return-value]

    def as_actor(self, actor: Actor) -> AppContext:
        """Same database, another user (after a login): services are rebuilt for them."""
        return AppContext(self.url, self.engine, self.sf, self.read_sf, self.clock, self.paths, actor)

    @property
    def sqlite_file(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_url(self) -> str:
        path = self.sqlite_file
        return str(path) if path else self.engine.url.render_as_string(hide_password=True)

    def setting(self, key: str, default: str | None = None) -> str | None:
        from cmc_desktop.db.models import Setting

        with self.read_sf() as s:
            value = s.scalar(select(Setting.value).where(Setting.key == key))
        return default if value is None else value

    def close(self) -> None:
        self.engine.dispose()


def warm_up() -> None:
    """Import every model and resolve the mappers (the GUI calls this on a thread at start)."""
    from cmc_desktop.db.models import configure

    configure()


SCHEMA_HEAD = migrate.HEAD


def resolve_database(db: str | os.PathLike[str] | None, paths: AppPaths | None = None) -> str:
    """The URL that ``open_context(db)`` would open (for the UI, which may not touch db/)."""
    return resolve_url(db, (paths or AppPaths.default()).default_db)


def database_exists(url: str) -> bool:
    """True when the target already holds a CMC schema (or anything at all, for SQLite files)."""
    path = sqlite_path(url)
    if path is not None:
        return path.exists() and path.stat().st_size > 0
    engine = make_engine(url)
    try:
        return inspect(engine).has_table("alembic_version")
    except SQLAlchemyError as exc:
        raise DatabaseError(f"Cannot reach the database: {exc.__class__.__name__}", code="unreachable") from exc
    finally:
        engine.dispose()


def open_context(
    db: str | os.PathLike[str] | None = None,
    *,
    actor: Actor | None = None,
    clock: Clock | None = None,
    paths: AppPaths | None = None,
    run_migrations: bool = True,
) -> AppContext:
    """Resolve the URL, refuse unusable files, migrate (after a copy), return the context."""
    paths = paths or AppPaths.default()
    url = resolve_url(db, paths.default_db)
    if sqlite_path(url) is not None and db is None and not os.environ.get("CMC_DB_URL"):
        paths.ensure("data")
    engine = make_engine(url)
    try:
        if run_migrations:
            migrate.upgrade(engine, sqlite_file=sqlite_path(url))
        else:
            migrate.check_not_newer(engine)
    except OperationalError as exc:
        engine.dispose()
        msg = str(exc.orig) if exc.orig else str(exc)
        if "locked" in msg:
            raise DatabaseError("The database is locked by another program; try again.", code="locked") from exc
        if "unable to open" in msg or "readonly" in msg:
            raise DatabaseError(f"Cannot open the database for writing: {msg}", code="unwritable") from exc
        raise DatabaseError(f"Cannot open the database: {msg}", code="unusable") from exc
    except DatabaseError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(f"Cannot open the database: {exc.__class__.__name__}: {exc}", code="unusable") from exc
    sf = sessionmaker(engine, expire_on_commit=False)
    read_sf = sessionmaker(engine.execution_options(sqlite_deferred=True), expire_on_commit=False)
    ctx = AppContext(url, engine, sf, read_sf, clock or SystemClock(), paths, actor or Actor.os_user())
    _install_hooks(ctx)
    return ctx


def _install_hooks(ctx: AppContext) -> None:
    import importlib

    for name in CONTEXT_HOOKS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue
            raise
        module.install(ctx)
