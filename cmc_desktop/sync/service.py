"""City side of the export: keys, packages, history, schedule settings.

An export is three steps on purpose, not one transaction: (1) read a consistent snapshot and
write the package under a temporary name, fsync it; (2) rename it into the destination;
(3) only then mark the changes as exported, in one transaction. A failure before (3) marks
nothing, so the next run sends everything still pending (DHIS2's lesson: never mark data as
sent on a warning). A crash between (2) and (3) is repaired on the next run, which finds its own
signed package under the expected name and adopts it instead of reusing the sequence number.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import uuid
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Date, String, Table, Uuid, delete, func, select, type_coerce, update
from sqlalchemy.orm import Session, aliased

from cmc_desktop import __version__
from cmc_desktop.db.base import Base, UTCDateTime
from cmc_desktop.db.migrate import HEAD
from cmc_desktop.db.models import Setting
from cmc_desktop.db.models.sync import OutboxEntry, SyncPackage
from cmc_desktop.errors import CmcError, ConfigError, NotFound, ValidationError
from cmc_desktop.progress import NEVER, NULL_PROGRESS, CancelToken, ProgressReporter
from cmc_desktop.security.permissions import Perm
from cmc_desktop.services import Service
from cmc_desktop.sync import keys, rules
from cmc_desktop.sync.dto import ExportResult, PackageInfo, SyncStatus
from cmc_desktop.sync.outbox import DELETE
from cmc_desktop.sync.package import (
    FORMAT,
    FORMAT_VERSION,
    DataFile,
    PackageError,
    encode,
    file_sha256,
    fsync_dir,
    open_package,
    package_name,
    parse_utc,
    utc_text,
    write_package,
)
from cmc_desktop.sync.profile import PROFILE_VERSION, TablePlan, exported_tables, plan_for

log = logging.getLogger(__name__)

K_PUBLIC = "sync.public_key"
K_DEST = "sync.destination"
K_SCHEDULE = "sync.schedule"
K_LAST_ERROR = "sync.last_error"
K_LAST_ERROR_CODE = "sync.last_error_code"  # lets the screen say it in the desk's language
K_LAST_ERROR_PATH = "sync.last_error_path"
K_LAST_ATTEMPT = "sync.last_attempt_utc"
K_HQ_KEY = "sync.hq_public_key"
CHUNK = 500
KEEP_PACKAGES = 30


class DestinationError(CmcError):
    code = "destination_unreachable"


def _publish(tmp: Path, final: Path) -> None:
    """The rename that makes a package visible (a seam for the crash test)."""
    os.replace(tmp, final)


def _get(s: Session, key: str) -> str | None:
    return s.scalar(select(Setting.value).where(Setting.key == key))


def _put(s: Session, key: str, value: str) -> None:
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value


def _info(p: SyncPackage) -> PackageInfo:
    return PackageInfo(p.id, p.sequence, p.kind, p.first_change, p.last_change, p.created_utc, p.sha256,
                       p.file_name, p.destination, p.rows, p.tombstones)


class SyncService(Service):
    # --- keys ------------------------------------------------------------------------
    def public_key(self) -> str:
        """The city's public key (PEM), creating the key pair on first use."""
        self.require(Perm.SYNC_EXPORT)
        with self.write() as s:
            pem = _get(s, K_PUBLIC)
            if pem is None:
                _key, pem = keys.create_private(self.ctx.paths.data)
                _put(s, K_PUBLIC, pem)
        return pem

    def new_key(self) -> str:
        """Replace the key pair (lost private key): headquarters must register the new one."""
        self.require(Perm.SETTINGS_MANAGE)
        with self.write() as s:
            _key, pem = keys.create_private(self.ctx.paths.data)
            _put(s, K_PUBLIC, pem)
        return pem

    def _signer(self):  # noqa: ANN202
        pem = self.public_key()
        key = keys.load_private(self.ctx.paths.data, pem)
        return key.sign, pem

    # --- settings --------------------------------------------------------------------
    def destination(self) -> Path:
        value = self.ctx.setting(K_DEST)
        return Path(value) if value else self.ctx.paths.outbox

    def set_schedule(self, times: str | None = None, destination: str | None = None) -> SyncStatus:
        self.require(Perm.SYNC_EXPORT)
        parsed = rules.parse_times(times) if times is not None else None
        with self.write() as s:
            if parsed is not None:
                _put(s, K_SCHEDULE, rules.format_times(parsed))
            if destination is not None:
                if destination.strip():
                    _put(s, K_DEST, destination.strip())
                elif s.get(Setting, K_DEST) is not None:
                    s.delete(s.get(Setting, K_DEST))
        return self.status()

    def schedule(self) -> tuple[dt.time, ...]:
        try:
            return rules.parse_times(self.ctx.setting(K_SCHEDULE))
        except ValidationError:
            return rules.parse_times(None)

    def due_exports(self, now: dt.datetime | None = None) -> list[dt.datetime]:
        self.require(Perm.SYNC_EXPORT)
        now = now or self.ctx.clock.now()
        last = self.ctx.setting(K_LAST_ATTEMPT)
        failed = bool(self.ctx.setting(K_LAST_ERROR))
        return rules.missed_slots(self.schedule(), parse_utc(last) if last else None, failed, now)

    def status(self) -> SyncStatus:
        self.require(Perm.SYNC_EXPORT)
        with self.read() as s:
            pending = s.scalar(select(func.count()).select_from(OutboxEntry)
                               .where(OutboxEntry.package_seq.is_(None))) or 0
            last = s.scalar(select(SyncPackage).order_by(SyncPackage.sequence.desc()).limit(1))
            values = {k: v for k, v in s.execute(select(Setting.key, Setting.value)
                                                 .where(Setting.key.like("sync.%")))}
            city = _get(s, "city.region_code")
        pem = values.get(K_PUBLIC)
        attempt = values.get(K_LAST_ATTEMPT)
        times = self.schedule()
        now = self.ctx.clock.now()
        due = self.due_exports(now)
        return SyncStatus(
            city_code=city, pending=pending, last_package=_info(last) if last else None,
            last_attempt_utc=parse_utc(attempt) if attempt else None,
            last_error=values.get(K_LAST_ERROR, ""),
            last_error_code=values.get(K_LAST_ERROR_CODE, "") if values.get(K_LAST_ERROR) else "",
            last_error_path=values.get(K_LAST_ERROR_PATH, "") if values.get(K_LAST_ERROR) else "",
            destination=str(self.destination()),
            schedule=tuple(t.strftime("%H:%M") for t in times),
            next_run_utc=now if due else self._next_run(times, now, attempt, values.get(K_LAST_ERROR)),
            key_fingerprint=keys.fingerprint(pem) if pem else None,
        )

    @staticmethod
    def _next_run(times: tuple[dt.time, ...], now: dt.datetime, attempt: str | None, error: str | None) -> dt.datetime:
        nxt = rules.next_slot(times, now)
        if attempt and error:  # a failed run is retried within the hour
            nxt = min(nxt, parse_utc(attempt) + rules.RETRY_AFTER)
        return nxt

    # --- history (ids + rows, for a lazy list) ------------------------------------------
    def package_ids(self) -> list[int]:
        self.require(Perm.SYNC_EXPORT)
        with self.read() as s:
            return list(s.scalars(select(SyncPackage.id).order_by(SyncPackage.sequence.desc())))

    def package_rows(self, ids: list[int]) -> dict[int, PackageInfo]:
        self.require(Perm.SYNC_EXPORT)
        with self.read() as s:
            return {p.id: _info(p) for p in s.scalars(select(SyncPackage).where(SyncPackage.id.in_(ids)))}

    def history(self, limit: int = 50) -> list[PackageInfo]:
        ids = self.package_ids()[:limit]
        rows = self.package_rows(ids)
        return [rows[i] for i in ids]

    # --- export ----------------------------------------------------------------------
    def export(self, to: str | os.PathLike[str] | None = None, *, full: bool = False,
               progress: ProgressReporter = NULL_PROGRESS, cancel: CancelToken = NEVER) -> ExportResult:
        """Write the next package (a full snapshot when asked, or when nothing was ever sent)."""
        self.require(Perm.SYNC_EXPORT)
        city = self.ctx.setting("city.region_code")
        if not city:
            raise ValidationError("The city is not set: choose its region in the catalogue before exporting",
                                  code="city_not_set")
        sign, pem = self._signer()
        dest = Path(to) if to else self.destination()
        if not to and dest == self.ctx.paths.outbox:
            ensure_folder(dest)
        try:
            return self._export(city, dest, full, sign, pem, progress, cancel)
        except DestinationError as exc:
            self._record_attempt(exc.message, exc.code, str(dest))
            raise
        except OSError as exc:
            msg = f"Cannot write to {dest}: {exc.strerror or exc}"
            self._record_attempt(msg, "destination_unwritable", str(dest))
            raise DestinationError(msg, code="destination_unwritable", path=str(dest)) from exc

    def _record_attempt(self, error: str, code: str, path: str) -> None:
        with self.write() as s:
            _put(s, K_LAST_ATTEMPT, utc_text(self.ctx.clock.now()))
            _put(s, K_LAST_ERROR, error)
            _put(s, K_LAST_ERROR_CODE, code)
            _put(s, K_LAST_ERROR_PATH, path)

    def _export(self, city: str, dest: Path, full: bool, sign: Any, pem: str,
                progress: ProgressReporter, cancel: CancelToken) -> ExportResult:
        with self.read() as s:
            last = s.scalar(select(SyncPackage).order_by(SyncPackage.sequence.desc()).limit(1))
            seq = (last.sequence if last else 0) + 1
            prev_sha = last.sha256 if last else ""
            after = last.last_change if last else 0
            full = full or last is None  # headquarters' first load is always a snapshot
        if not dest.is_dir():
            raise DestinationError(f"The export folder {dest} cannot be reached", path=str(dest))
        final = dest / package_name(city, seq)
        if final.exists():
            adopted = self._adopt(final, city, seq, prev_sha, pem, dest)
            if adopted is not None:
                return adopted
            # Never overwrite a package this database did not write: another PC may be exporting
            # as the same city, and headquarters may not have read that file yet.
            raise DestinationError(
                f"{final.name} already exists in {dest} and is not this database's package {seq}: move it "
                "away, and check that no other PC exports as the same city", code="package_exists")
        created = self.ctx.clock.now().replace(microsecond=0)
        return self._write(city, dest, seq, prev_sha, after, None, full, created, sign, progress, cancel)

    def _write(self, city: str, dest: Path, seq: int, prev_sha: str, after: int, through: int | None,
               full: bool, created: dt.datetime, sign: Any, progress: ProgressReporter,
               cancel: CancelToken, *, record: bool = True) -> ExportResult:
        final = dest / package_name(city, seq)
        tmp = dest / f".{final.name}.part"
        tables: dict[str, int] = {}
        with self.read() as s:
            if through is None:
                through = s.scalar(select(func.max(OutboxEntry.id))) or after
            if full:
                files, counts, changes = self._full_files(s, after, through)
            else:
                files, counts, changes = self._incremental_files(s, after, through)
            manifest = {
                "format": FORMAT, "format_version": FORMAT_VERSION, "program_version": __version__,
                "schema_revision": HEAD, "profile_version": PROFILE_VERSION, "city_code": city,
                "sequence": seq, "previous_sha256": prev_sha, "kind": "full" if full else "incremental",
                "changes": {"after": after, "through": through, "count": changes},
                "created_utc": utc_text(created), "tables": counts,
            }
            total = len(files)
            done = [0]

            def check() -> None:
                cancel.check()

            def tracked() -> Iterator[DataFile]:
                for df in files:
                    progress(done[0], total, df.name)
                    yield df
                    done[0] += 1

            try:
                with open(tmp, "wb") as fh:
                    write_package(fh, manifest, tracked(), sign, check=check)
                    fh.flush()
                    os.fsync(fh.fileno())
            except BaseException:
                _unlink(tmp)
                raise
        try:
            _publish(tmp, final)
        except BaseException:
            _unlink(tmp)
            raise
        fsync_dir(dest)
        sha = file_sha256(final)
        rows = sum(c["upserts"] for c in counts.values())
        dead = sum(c["deletes"] for c in counts.values())
        tables = {t: c["upserts"] + c["deletes"] for t, c in counts.items()}
        if record:
            self._mark(seq, "full" if full else "incremental", after, through, created, sha, prev_sha,
                       final, rows, dead)
        progress(total, total, "")
        log.info("sync: package %s written (%d rows, %d tombstones)", final.name, rows, dead)
        return ExportResult(str(final), seq, "full" if full else "incremental", changes, rows, dead, sha, tables)

    def _mark(self, seq: int, kind: str, after: int, through: int, created: dt.datetime, sha: str,
              prev_sha: str, final: Path, rows: int, dead: int) -> None:
        with self.write() as s:
            s.add(SyncPackage(sequence=seq, kind=kind, first_change=after, last_change=through,
                              created_utc=created, sha256=sha, previous_sha256=prev_sha, file_name=final.name,
                              destination=str(final.parent), rows=rows, tombstones=dead,
                              updated_by=self.actor.label))
            s.execute(update(OutboxEntry).where(OutboxEntry.id <= through, OutboxEntry.package_seq.is_(None))
                      .values(package_seq=seq))
            # The outbox keeps the changes of the last KEEP_PACKAGES packages (enough to re-send
            # any of them); older ones would only grow the file by a million rows a year.
            s.execute(delete(OutboxEntry).where(OutboxEntry.package_seq <= seq - KEEP_PACKAGES))
            _put(s, K_LAST_ATTEMPT, utc_text(self.ctx.clock.now()))
            _put(s, K_LAST_ERROR, "")

    def _adopt(self, final: Path, city: str, seq: int, prev_sha: str, pem: str, dest: Path) -> ExportResult | None:
        """A package with our next sequence already sits in the destination: a previous run renamed
        it and stopped before recording it. If it is ours and follows our chain, record it."""
        try:
            pkg = open_package(final)
        except PackageError:
            return None
        try:
            m = pkg.manifest
            if not (keys.verify(pem, pkg.signature, pkg.manifest_bytes) and m.get("city_code") == city
                    and m.get("sequence") == seq and m.get("previous_sha256") == prev_sha):
                return None
            pkg.verify_contents()
        except PackageError:
            return None
        finally:
            pkg.close()
        counts = m.get("tables", {})
        rows = sum(c["upserts"] for c in counts.values())
        dead = sum(c["deletes"] for c in counts.values())
        ch = m["changes"]
        self._mark(seq, m["kind"], ch["after"], ch["through"], parse_utc(m["created_utc"]), pkg.sha256,
                   prev_sha, final, rows, dead)
        log.warning("sync: adopted %s left by an interrupted export", final.name)
        return ExportResult(str(final), seq, m["kind"], ch["count"], rows, dead, pkg.sha256,
                            {t: c["upserts"] + c["deletes"] for t, c in counts.items()}, adopted=True)

    def resend(self, sequence: int, to: str | os.PathLike[str] | None = None) -> ExportResult:
        """Write package N again (lost in transit): same range, same bytes while the data is unchanged."""
        self.require(Perm.SYNC_EXPORT)
        city = self.ctx.setting("city.region_code") or ""
        with self.read() as s:
            p = s.scalar(select(SyncPackage).where(SyncPackage.sequence == sequence))
            if p is None:
                raise NotFound(f"No package {sequence} was ever exported")
            info = _info(p)
            newest = s.scalar(select(func.max(SyncPackage.sequence))) or 0
        if sequence <= newest - KEEP_PACKAGES:
            raise NotFound(f"Package {sequence} is too old to be written again (only the last {KEEP_PACKAGES} "
                           "can be); send a full snapshot instead (sync export --full)", code="too_old")
        sign, _pem = self._signer()
        dest = Path(to) if to else Path(info.destination)
        if not dest.is_dir():
            raise DestinationError(f"The export folder {dest} cannot be reached", path=str(dest))
        return self._write(city, dest, info.sequence, p.previous_sha256, info.after_change, info.through_change,
                           info.kind == "full", info.created_utc, sign, NULL_PROGRESS, NEVER, record=False)

    # --- building the data members ----------------------------------------------------------
    def _tables(self) -> list[Table]:
        return exported_tables(dict(Base.metadata.tables))

    def _full_files(self, s: Session, after: int, through: int) -> tuple[list[DataFile], dict, int]:
        counts: dict[str, dict[str, int]] = {}
        files = []
        # Counted by range, not by "still pending", so a re-export writes the same number.
        changes = s.scalar(select(func.count()).select_from(OutboxEntry)
                           .where(OutboxEntry.id > after, OutboxEntry.id <= through)) or 0
        for table in self._tables():
            plan = plan_for(table)
            n = s.scalar(select(func.count()).select_from(table)) or 0
            counts[table.name] = {"upserts": n, "deletes": 0}
            files.append(DataFile(f"data/{table.name}.jsonl", _lines(plan, self._rows(s, table, plan, None))))
        return files, counts, changes

    def _incremental_files(self, s: Session, after: int, through: int) -> tuple[list[DataFile], dict, int]:
        latest: dict[str, dict[uuid.UUID, str]] = defaultdict(dict)
        changes = 0
        q = (select(OutboxEntry.table_name, OutboxEntry.row_uuid, OutboxEntry.op)
             .where(OutboxEntry.id > after, OutboxEntry.id <= through).order_by(OutboxEntry.id))
        for table_name, row_uuid, op in s.execute(q):
            latest[table_name][row_uuid] = op  # the last change of a row wins
            changes += 1
        files: list[DataFile] = []
        counts: dict[str, dict[str, int]] = {}
        for table in self._tables():
            ops = latest.get(table.name)
            if not ops:
                continue
            plan = plan_for(table)
            wanted = [u for u, op in ops.items() if op != DELETE]
            rows: list[list[Any]] = []
            for start in range(0, len(wanted), CHUNK):
                rows.extend(self._rows(s, table, plan, wanted[start:start + CHUNK]))
            rows.sort(key=lambda r: r[0])
            found = {r[0] for r in rows}
            # A row changed then deleted by a bulk path without its own tombstone: send a tombstone.
            dead = sorted({u.hex for u, op in ops.items() if op == DELETE}
                          | {u.hex for u in wanted if u.hex not in found})
            counts[table.name] = {"upserts": len(rows), "deletes": len(dead)}
            if rows:
                files.append(DataFile(f"data/{table.name}.jsonl", _lines(plan, iter(rows))))
            if dead:
                files.append(DataFile(f"deleted/{table.name}.jsonl",
                                      _lines(TablePlan(table.name, ("uuid",), (), ()), ([u] for u in dead))))
        return files, counts, changes

    def _rows(self, s: Session, table: Table, plan: TablePlan, uuids: list[uuid.UUID] | None) -> Iterator[list[Any]]:
        """Rows in file order. On SQLite, UUIDs and dates are read as the text SQLite stores (32 hex
        digits, ISO dates): the package format, without building Python objects per value."""
        conn = s.connection()
        raw = conn.dialect.name == "sqlite"

        def col(c: Any) -> Any:
            if raw and isinstance(c.type, Uuid | Date) and not isinstance(c.type, UTCDateTime):
                return type_coerce(c, String).label(c.key)
            return c

        cols: list[Any] = [col(table.c.uuid), *(col(table.c[c]) for c in plan.plain)]
        q = select(*cols)
        for column, target, alias in plan.refs:
            ref = aliased(Base.metadata.tables[target])
            q = q.add_columns(col(ref.c.uuid).label(alias)).outerjoin(ref, ref.c.id == table.c[column])
        if uuids is not None:
            q = q.where(table.c.uuid.in_(uuids))
        else:
            q = q.order_by(table.c.uuid)
        if raw:
            yield from map(list, conn.execute(q).yield_per(5000))
            return
        for row in conn.execute(q).yield_per(5000):
            yield [v.hex if isinstance(v, uuid.UUID) else v for v in row]


def _lines(plan: TablePlan, rows: Iterator[list[Any]] | Any) -> Iterator[str]:
    # Output column order = plan.columns: uuid, plain columns, then reference uuids.
    yield encode({"columns": list(plan.columns), "table": plan.name})
    for row in rows:
        yield encode(row)


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def ensure_folder(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"Cannot create {path}: {exc.strerror or exc}", code="folder_unwritable") from exc
