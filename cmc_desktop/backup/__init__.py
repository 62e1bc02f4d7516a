"""Backups and restores of the city's SQLite file.

* ``backup_to`` uses SQLite's online backup API: a consistent snapshot taken under a read
  transaction, so desks keep working (WAL readers never block writers). The copy is written
  to a hidden ``.part`` name, checked with ``PRAGMA integrity_check`` and renamed into place, so
  a crash (or a pulled USB disk) never leaves a half backup under a real backup's name.
* ``restore`` checks the file (SQLite header, integrity, a schema revision this program knows,
  the city), keeps the current database aside, then swaps the file atomically.
* ``run_scheduled_backup`` is the daily job: it knows the last successful run (``backup_runs``),
  catches up after days off, rotates old copies (keep N) and records failures for the dashboard.

PostgreSQL sites back up with the server's own tools (pg_dump); these functions refuse a
PostgreSQL URL with a message saying so.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.clock import CITY_TZ, Clock, SystemClock
from cmc_desktop.db.engine import SQLITE_HEADER
from cmc_desktop.errors import ConfigError, ConflictError, DatabaseError
from cmc_desktop.progress import NEVER, NULL_PROGRESS, CancelToken, ProgressReporter
from cmc_desktop.security.dto import BackupInfo, BackupStatus
from cmc_desktop.security.permissions import Actor, Perm

log = logging.getLogger(__name__)
DEFAULT_KEEP = 14
FOLDER_KEY = "backup.folder"
KEEP_KEY = "backup.keep"
AUTO_PREFIX = "cmc-auto-"


def _sqlite_file(ctx: AppContext) -> Path:
    path = ctx.sqlite_file
    if path is None:
        raise ConfigError("This database is on a PostgreSQL server: back it up with the server's tools "
                          "(pg_dump); CMC Desktop backs up SQLite files only", code="backup_postgresql")
    return path


def _fsync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def snapshot(source: Path, dest: Path, *, cancel: CancelToken = NEVER) -> Path:
    """Consistent single-file copy of ``source`` at ``dest`` (replaced atomically)."""
    dest = Path(dest)
    if not dest.parent.exists():
        raise ConfigError(f"The backup folder {dest.parent} does not exist (is the USB disk plugged in?)",
                          code="backup_folder", path=str(dest.parent))
    tmp = dest.with_name(f".{dest.name}.part")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=10)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)  # all pages in one step: one read snapshot, never restarted
                cancel.check()
                dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
                row = dst.execute("PRAGMA integrity_check").fetchone()
                if not row or row[0] != "ok":
                    raise DatabaseError(f"The backup copy failed its integrity check ({row})", code="corrupt")
            finally:
                dst.close()
        finally:
            src.close()
        _fsync(tmp)
        os.replace(tmp, dest)
    except OSError as exc:
        raise ConfigError(f"Cannot write the backup {dest}: {exc.strerror or exc}", code="backup_write",
                          path=str(dest)) from exc
    except sqlite3.Error as exc:
        raise DatabaseError(f"The backup of {source} failed: {exc}", code="backup_failed") from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return dest


def inspect_backup(path: str | os.PathLike[str]) -> BackupInfo:
    """Refuse anything that is not a sound CMC database this program can open."""
    from cmc_desktop.db.migrate import alembic_config

    p = Path(path)
    if not p.is_file():
        raise DatabaseError(f"No backup file at {p}", code="no_backup", path=str(p))
    with p.open("rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise DatabaseError(f"{p} is not a CMC backup (not an SQLite file)", code="not_a_database")
    try:
        con = sqlite3.connect(f"file:{p}?mode=ro", uri=True)
        try:
            row = con.execute("PRAGMA integrity_check").fetchone()
            if not row or row[0] != "ok":
                raise DatabaseError(f"{p} is damaged ({row[0] if row else 'no answer'}); it cannot be restored",
                                    code="corrupt", path=str(p))
            tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
            if not {"alembic_version", "settings", "trainees"} <= tables:
                raise DatabaseError(f"{p} is an SQLite file but not a CMC database", code="not_a_database")
            revision = con.execute("select version_num from alembic_version").fetchone()
            city = con.execute("select value from settings where key='city.region_code'").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{p} is damaged ({exc}); it cannot be restored", code="corrupt") from exc
    rev = revision[0] if revision else None
    if rev:
        from alembic.script import ScriptDirectory

        try:
            ScriptDirectory.from_config(alembic_config()).get_revision(rev)
        except Exception as exc:  # alembic raises several types for unknown ids
            raise DatabaseError(f"{p} was written by a newer CMC Desktop (schema {rev}); install it first",
                                code="schema_too_new") from exc
    stat = p.stat()
    return BackupInfo(str(p), stat.st_size, city[0] if city else None, rev,
                      dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC))


def backup_to(ctx: AppContext, dest: str | os.PathLike[str], *, progress: ProgressReporter = NULL_PROGRESS,
              cancel: CancelToken = NEVER) -> BackupInfo:
    """``backup --to FILE``: a manual backup, recorded in backup_runs and the audit trail."""
    ctx.actor.require(Perm.BACKUP_RUN)
    source = _sqlite_file(ctx)
    progress(0, 1, "backup")
    started = ctx.clock.now()
    out = Path(dest).expanduser().resolve()
    snapshot(source, out, cancel=cancel)
    _record(ctx, "manual", "ok", str(out), out.stat().st_size, 0, "", started)
    progress(1, 1, "backup")
    return inspect_backup(out)


def _record(ctx: AppContext, kind: str, status: str, path: str, size: int, missed: int, error: str,
            started: dt.datetime) -> None:
    from cmc_desktop.db.models.security import BackupRun
    from cmc_desktop.security import audit

    with ctx.sf.begin() as s:
        s.info["actor"] = ctx.actor
        s.add(BackupRun(started_at=started, kind=kind, status=status, path=path[:500], size_bytes=size,
                        missed_days=missed, error=error))
        s.flush()
        audit.append(s, "backup", "backup_runs", {"status": [None, status], "path": [None, path],
                                                   "kind": [None, kind]}, at=started)


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    kept_aside: str | None
    previous_city: str | None


def _city_of(path: Path) -> str | None:
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("select value from settings where key='city.region_code'").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def restore(target: str | os.PathLike[str], backup_file: str | os.PathLike[str], *, actor: Actor,
            confirm_other_city: bool = False, clock: Clock | None = None) -> RestoreResult:
    """Replace the database at ``target`` with a checked backup; the current file is kept aside.

    Other desks must be closed first (the file is swapped under their feet otherwise)."""
    actor.require(Perm.BACKUP_RESTORE)
    clock = clock or SystemClock()
    target_path = Path(target)
    info = inspect_backup(backup_file)
    current_city = _city_of(target_path)
    if current_city and info.city and current_city != info.city and not confirm_other_city:
        raise ConflictError(
            f"This backup belongs to city {info.city} but the database is city {current_city}; "
            "confirm (--yes) to restore another city's backup", code="other_city",
            backup_city=info.city, city=current_city)
    if not target_path.parent.exists():
        raise ConfigError(f"The folder {target_path.parent} does not exist", code="no_folder")
    stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
    incoming = target_path.with_name(f".{target_path.name}.restoring")
    snapshot(Path(info.path), incoming)
    aside: Path | None = None
    try:
        if target_path.exists() and target_path.stat().st_size > 0:
            aside = target_path.with_name(f"{target_path.stem}.before-restore-{stamp}{target_path.suffix}")
            snapshot(target_path, aside)
            # Empty the write-ahead log so no old page can be replayed onto the restored file.
            con = sqlite3.connect(target_path, timeout=10)
            try:
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                con.close()
        os.replace(incoming, target_path)
        for suffix in ("-wal", "-shm"):
            stale = Path(str(target_path) + suffix)
            if stale.exists():
                stale.unlink()
    finally:
        if incoming.exists():
            incoming.unlink()
    _journal_restore(target_path, info, actor, clock, aside)
    log.info("restored %s from %s (previous kept at %s)", target_path, info.path, aside)
    return RestoreResult(info, str(aside) if aside else None, current_city)


def _journal_restore(target: Path, info: BackupInfo, actor: Actor, clock: Clock, aside: Path | None) -> None:
    from cmc_desktop.bootstrap import open_context
    from cmc_desktop.security import audit

    ctx = open_context(str(target), actor=actor, clock=clock)  # migrates an older backup (after a copy)
    try:
        with ctx.sf.begin() as s:
            s.info["actor"] = actor
            audit.append(s, "restore", "database", {"from": [None, info.path],
                                                    "kept_aside": [None, str(aside) if aside else None]},
                         at=clock.now())
    finally:
        ctx.close()


# --- the daily job ------------------------------------------------------------------------------
def backup_folder(ctx: AppContext) -> Path:
    return Path(ctx.setting(FOLDER_KEY) or ctx.paths.backups)


def _keep(ctx: AppContext) -> int:
    try:
        return max(1, int(ctx.setting(KEEP_KEY) or DEFAULT_KEEP))
    except ValueError:
        return DEFAULT_KEEP


def rotate(folder: Path, keep: int) -> list[Path]:
    """Delete the oldest automatic backups beyond ``keep``; manual ones are never touched."""
    autos = sorted(folder.glob(f"{AUTO_PREFIX}*.sqlite3"))
    doomed = autos[:-keep] if keep > 0 else []
    for p in doomed:
        p.unlink(missing_ok=True)
    return doomed


@dataclass(frozen=True)
class ScheduledResult:
    status: str  # ok | failed
    path: str
    missed_days: int
    error: str = ""


def _local_date(at: dt.datetime) -> dt.date:
    return at.astimezone(CITY_TZ).date()


def run_scheduled_backup(ctx: AppContext, *, force: bool = False, progress: ProgressReporter = NULL_PROGRESS,
                         cancel: CancelToken = NEVER) -> ScheduledResult | None:
    """Run today's backup if it has not run yet (catching up after days off). None: nothing to do.

    Runs as the system whoever is signed in: keeping backups is the installation's duty."""
    from cmc_desktop.db.models.security import BackupRun

    if ctx.sqlite_file is None:
        return None
    sys_ctx = ctx.as_actor(Actor.system())
    today = ctx.clock.today()
    with ctx.read_sf() as s:
        last_ok = s.scalar(select(BackupRun.started_at).where(BackupRun.kind == "scheduled",
                                                              BackupRun.status == "ok")
                           .order_by(BackupRun.started_at.desc()).limit(1))
    if last_ok is not None and _local_date(last_ok) >= today and not force:
        return None
    missed = max(0, (today - _local_date(last_ok)).days - 1) if last_ok else 0
    started = ctx.clock.now()
    folder = backup_folder(ctx)
    city = ctx.setting("city.region_code") or "city"
    dest = folder / f"{AUTO_PREFIX}{city}-{started:%Y%m%dT%H%M%SZ}.sqlite3"
    try:
        progress(0, 1, "backup")
        folder.mkdir(parents=True, exist_ok=True)
        snapshot(_sqlite_file(ctx), dest, cancel=cancel)
        rotate(folder, _keep(ctx))
    except (OSError, ConfigError, DatabaseError) as exc:
        error = exc.message if isinstance(exc, ConfigError | DatabaseError) else f"{folder}: {exc.strerror or exc}"
        log.warning("scheduled backup failed: %s", error)
        _record(sys_ctx, "scheduled", "failed", str(dest), 0, missed, error, started)
        return ScheduledResult("failed", str(dest), missed, error)
    if missed:
        log.info("scheduled backup caught up after %d missed day(s)", missed)
    _record(sys_ctx, "scheduled", "ok", str(dest), dest.stat().st_size, missed, "", started)
    progress(1, 1, "backup")
    return ScheduledResult("ok", str(dest), missed)


def backup_status(ctx: AppContext) -> BackupStatus:
    from cmc_desktop.db.models.security import BackupRun

    with ctx.read_sf() as s:
        last = s.scalar(select(BackupRun).order_by(BackupRun.started_at.desc(), BackupRun.id.desc()).limit(1))
        last_ok = s.scalar(select(BackupRun.started_at).where(BackupRun.status == "ok")
                           .order_by(BackupRun.started_at.desc()).limit(1))
    return BackupStatus(last_ok, last.status if last else None, last.error if last else "",
                        last.path if last else "", str(backup_folder(ctx)))


def set_backup_folder(ctx: AppContext, folder: str | os.PathLike[str], keep: int | None = None) -> Path:
    """The chosen folder (it may be a USB disk) and how many daily copies to keep."""
    from cmc_desktop.db.models import Setting

    ctx.actor.require(Perm.SETTINGS_MANAGE)
    path = Path(folder).expanduser()
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"Cannot create the backup folder {path}: {exc.strerror or exc}",
                          code="backup_folder") from exc
    if not os.access(path, os.W_OK):
        raise ConfigError(f"The backup folder {path} is not writable", code="backup_folder")
    from cmc_desktop.security import audit

    with ctx.sf.begin() as s:
        s.info["actor"] = ctx.actor
        changes = {}
        for key, value in ((FOLDER_KEY, str(path.resolve())), (KEEP_KEY, str(keep) if keep else None)):
            if value is None:
                continue
            row = s.get(Setting, key)
            changes[key] = [row.value if row else None, value]
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value
        s.flush()
        # Settings are not RecordMixin rows: journal the change explicitly.
        audit.append(s, "update", "settings", changes, at=ctx.clock.now())
    return path
