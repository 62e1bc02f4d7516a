"""Headquarters consolidation: verify, order and apply the cities' packages.

Every package is checked before anything is written: signature against the key registered for
its city, then every member's SHA-256 and row count. Within a city, packages apply strictly in
sequence order and each in ONE transaction (upserts by UUID, tombstones), with the hash chain
checked; a missing sequence holds the later packages until it arrives. An already-applied
package is a no-op; the same sequence with other content is refused (ODK's lesson). Untrusted
files are moved to ``<inbox>/quarantine`` with a note giving the reason.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import uuid
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from cmc_desktop.db.migrate import HEAD
from cmc_desktop.db.models.sync import HqCity, HqPackage, HqRow
from cmc_desktop.errors import ConflictError, NotFound, ValidationError
from cmc_desktop.hq.dto import CityInfo, IngestReport, PackageOutcome
from cmc_desktop.progress import NEVER, NULL_PROGRESS, CancelToken, ProgressReporter
from cmc_desktop.security.permissions import Perm
from cmc_desktop.services import Service
from cmc_desktop.sync import keys
from cmc_desktop.sync.package import (
    EXTENSION,
    FORMAT_VERSION,
    OpenedPackage,
    PackageError,
    encode,
    encode_ordered,
    open_package,
    parse_utc,
)

log = logging.getLogger(__name__)
_ROWS = HqRow.__table__
# Older profile versions are upgraded row by row on the way in: {version: fn(table, row) -> row}.
UPGRADES: dict[int, Callable[[str, dict[str, Any]], dict[str, Any]]] = {}


def _revision_number(rev: str) -> int:
    digits = "".join(ch for ch in str(rev)[:4] if ch.isdigit())
    return int(digits) if digits else 0


class _Reject(Exception):
    def __init__(self, reason: str, quarantine: bool = True) -> None:
        super().__init__(reason)
        self.reason, self.quarantine = reason, quarantine


class HqService(Service):
    def register_city(self, code: str, public_key_pem: str) -> CityInfo:
        self.require(Perm.SYNC_HQ)
        code = code.strip().upper()
        if not code:
            raise ValidationError("The city code is empty", errors=[("code", "")])
        keys.load_public(public_key_pem)
        fp = keys.fingerprint(public_key_pem)
        with self.write() as s:
            city = s.scalar(select(HqCity).where(HqCity.code == code))
            if city is None:
                city = HqCity(code=code, public_key=public_key_pem, fingerprint=fp, last_sequence=0,
                              updated_by=self.actor.label)
                s.add(city)
            elif city.fingerprint != fp:
                # A new key (lost PC): accepted, packages keep their sequence chain.
                city.public_key, city.fingerprint = public_key_pem, fp
            s.flush()
            return _city(city)

    def cities(self) -> list[CityInfo]:
        self.require(Perm.SYNC_HQ)
        with self.read() as s:
            return [_city(c) for c in s.scalars(select(HqCity).order_by(HqCity.code))]

    # --- ingest ------------------------------------------------------------------------
    def ingest(self, folder: str | os.PathLike[str], *, progress: ProgressReporter = NULL_PROGRESS,
               cancel: CancelToken = NEVER) -> IngestReport:
        self.require(Perm.SYNC_HQ)
        inbox = Path(folder)
        if not inbox.is_dir():
            raise NotFound(f"The folder {inbox} does not exist", code="no_folder")
        held_dir = self.ctx.paths.data / "hq" / "held"
        files = sorted(inbox.glob(f"*{EXTENSION}"))
        if held_dir.is_dir():
            files += sorted(held_dir.glob(f"*{EXTENSION}"))
        report = IngestReport()
        total_rows = 0
        with self.read() as s:
            cities = {c.code: (c.id, c.public_key, c.last_sequence, c.last_sha256) for c in s.scalars(select(HqCity))}
        by_city: dict[str, list[OpenedPackage]] = defaultdict(list)
        seen: set[str] = set()
        for n, path in enumerate(files):
            cancel.check()
            progress(n, len(files), path.name)
            try:
                pkg = open_package(path)
            except PackageError as exc:
                self._reject(report, inbox, path, exc.message, True)
                continue
            if pkg.sha256 in seen:  # the same bytes in the inbox and the held spool
                pkg.close()
                continue
            seen.add(pkg.sha256)
            try:
                self._check(pkg, cities)
            except _Reject as rej:
                pkg.close()
                self._reject(report, inbox, path, rej.reason, rej.quarantine, pkg)
                continue
            by_city[pkg.city].append(pkg)
        for code in sorted(by_city):
            pkgs = sorted(by_city[code], key=lambda p: (p.sequence, p.sha256))
            city_id, _pem, last_seq, last_sha = cities[code]
            for pkg in pkgs:
                cancel.check()
                try:
                    outcome = self._consider(pkg, city_id, last_seq, last_sha)
                    if outcome in ("duplicate", "superseded"):
                        report.duplicates.append(PackageOutcome(
                            pkg.path.name, code, pkg.sequence,
                            reason="" if outcome == "duplicate" else "superseded by a later full snapshot"))
                        self._unhold(pkg, held_dir)
                    elif outcome == "held":
                        report.held.append(PackageOutcome(
                            pkg.path.name, code, pkg.sequence,
                            reason=f"waiting for {code} package {last_seq + 1}"
                                   + (f"–{pkg.sequence - 1}" if pkg.sequence - 1 > last_seq + 1 else "")))
                        self._hold(pkg, held_dir)
                    else:
                        rows = self._apply(pkg, city_id)
                        last_seq, last_sha = pkg.sequence, pkg.sha256
                        report.ingested.append(PackageOutcome(pkg.path.name, code, pkg.sequence, rows))
                        total_rows += rows
                        self._unhold(pkg, held_dir)
                except _Reject as rej:
                    self._reject(report, inbox, pkg.path, rej.reason, rej.quarantine, pkg)
                finally:
                    pkg.close()
        # A held package that a later one in this run released is no longer held.
        applied = {(o.city, o.sequence) for o in report.ingested}
        report.held[:] = [h for h in report.held if (h.city, h.sequence) not in applied]
        progress(len(files), len(files), "")
        return IngestReport(report.ingested, report.duplicates, report.held, report.rejected, total_rows)

    def _check(self, pkg: OpenedPackage, cities: dict[str, tuple]) -> None:
        m = pkg.manifest
        version = m.get("format_version")
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise _Reject(f"package format {version} is newer than this headquarters supports "
                          f"({FORMAT_VERSION}); update CMC Desktop at headquarters", quarantine=False)
        if _revision_number(m.get("schema_revision", "")) > _revision_number(HEAD):
            raise _Reject(f"schema revision {m.get('schema_revision')} is newer than this headquarters "
                          f"supports ({HEAD}); update CMC Desktop at headquarters", quarantine=False)
        code = pkg.city
        if code not in cities:
            raise _Reject(f"city {code or '?'} is not registered at headquarters (hq register-city)")
        if not keys.verify(cities[code][1], pkg.signature, pkg.manifest_bytes):
            raise _Reject(f"the signature does not verify against the key registered for {code} "
                          "(tampered manifest, or signed with another key)")
        try:
            pkg.verify_contents()
        except PackageError as exc:
            raise _Reject(exc.message) from exc

    def _consider(self, pkg: OpenedPackage, city_id: int, last_seq: int, last_sha: str | None) -> str:
        seq = pkg.sequence
        if seq <= last_seq:
            with self.read() as s:
                known = s.scalar(select(HqPackage.sha256).where(HqPackage.city_id == city_id,
                                                                HqPackage.sequence == seq))
            if known == pkg.sha256:
                return "duplicate"
            if known is None:  # skipped when a later snapshot filled the gap: its content is included
                return "superseded"
            raise _Reject(f"sequence {seq} of {pkg.city} was already applied from a different package")
        if seq == last_seq + 1:
            prev = pkg.manifest.get("previous_sha256") or ""
            if last_seq > 0 and prev != last_sha and pkg.manifest.get("kind") != "full":
                raise _Reject(f"package {seq} does not follow package {last_seq} (hash chain broken)")
            return "apply"
        if pkg.manifest.get("kind") == "full":
            return "apply"  # a snapshot supersedes whatever is missing before it
        return "held"

    def _apply(self, pkg: OpenedPackage, city_id: int) -> int:
        """One package, one transaction: everything or nothing."""
        m = pkg.manifest
        seq = pkg.sequence
        upgrade = UPGRADES.get(int(m.get("profile_version", 1)))
        total = 0
        try:
            with self.write() as s:
                conn = s.connection()
                for name in sorted(m["files"]):
                    kind, _, rest = name.partition("/")
                    table = rest.removesuffix(".jsonl")
                    columns, rows = pkg.read_rows(name)
                    if kind == "data":
                        total += self._upsert(conn, city_id, table, columns, rows, seq, upgrade)
                    elif kind == "deleted":
                        total += self._tombstones(conn, city_id, table, [r[0] for r in rows], seq)
                if m.get("kind") == "full":
                    for table in m.get("tables", {}):
                        conn.execute(update(_ROWS).where(_ROWS.c.city_id == city_id, _ROWS.c.table_name == table,
                                                         _ROWS.c.package_seq < seq, _ROWS.c.deleted.is_(False))
                                     .values(deleted=True, package_seq=seq))
                city = s.get(HqCity, city_id)
                assert city is not None
                now = self.ctx.clock.now()
                s.add(HqPackage(city_id=city_id, sequence=seq, sha256=pkg.sha256, kind=m.get("kind", "incremental"),
                                first_change=m["changes"]["after"], last_change=m["changes"]["through"],
                                created_utc=parse_utc(m["created_utc"]), applied_at=now, file_name=pkg.path.name,
                                rows=sum(c.get("upserts", 0) for c in m.get("tables", {}).values()),
                                tombstones=sum(c.get("deletes", 0) for c in m.get("tables", {}).values()),
                                updated_by=self.actor.label))
                city.last_sequence, city.last_sha256 = seq, pkg.sha256
                city.last_package_at, city.last_created_utc = now, parse_utc(m["created_utc"])
        except ConflictError as exc:
            raise _Reject(f"could not be applied: {exc.message}", quarantine=False) from exc
        except (KeyError, ValueError, TypeError) as exc:
            raise _Reject(f"malformed content: {exc!r}") from exc
        return total

    # Rows go through the driver's executemany with values already in the column's stored form:
    # SQLAlchemy's per-row parameter processing cost more than the inserts themselves.
    def _sql(self, conn: Any, sql: str) -> str:
        return sql if conn.dialect.paramstyle == "qmark" else sql.replace("?", "%s")

    def _uuid(self, conn: Any, hexstr: str) -> Any:
        return hexstr if conn.dialect.name == "sqlite" else uuid.UUID(hexstr)

    def _existing(self, conn: Any, city_id: int, table: str) -> dict[str, int]:
        """uuid hex → row id of what this city already has in this table (nothing on a first load)."""
        sql = self._sql(conn, "SELECT row_uuid, id FROM hq_rows WHERE city_id = ? AND table_name = ?")
        rows = conn.exec_driver_sql(sql, (city_id, table)).fetchall()
        return {(u if isinstance(u, str) else u.hex): i for u, i in rows}

    def _upsert(self, conn: Any, city_id: int, table: str, columns: list[str], rows: Any, seq: int,
                upgrade: Callable | None) -> int:
        existing = self._existing(conn, city_id, table)
        sqlite = conn.dialect.name == "sqlite"
        ins = self._sql(conn, "INSERT INTO hq_rows (city_id, table_name, row_uuid, data, deleted, package_seq) "
                              "VALUES (?, ?, ?, ?, ?, ?)")
        upd = self._sql(conn, "UPDATE hq_rows SET data = ?, deleted = ?, package_seq = ? WHERE id = ?")
        n = 0
        fresh: list[tuple] = []
        changed: list[tuple] = []
        # Keys inserted in sorted order give canonical JSON without sorting each row again.
        order = sorted(range(len(columns)), key=columns.__getitem__)
        names = [columns[i] for i in order]
        at_uuid = columns.index("uuid")
        for row in rows:
            if len(row) != len(columns):
                raise ValueError(f"{table}: a row has {len(row)} values for {len(columns)} columns")
            if upgrade:
                data = upgrade(table, dict(zip(columns, row, strict=True)))
                text = encode(data)
                key = str(data["uuid"])
            else:
                text = encode_ordered(dict(zip(names, [row[i] for i in order], strict=True)))
                key = row[at_uuid]
            key = key.replace("-", "").lower()
            if len(key) != 32:
                raise ValueError(f"{table}: '{key}' is not a UUID")
            rid = existing.get(key)
            if rid is None:
                fresh.append((city_id, table, key if sqlite else uuid.UUID(key), text, False, seq))
                existing[key] = -1  # a UUID twice in one file is one row
            elif rid > 0:
                changed.append((text, False, seq, rid))
            n += 1
            if len(fresh) >= 20_000:
                conn.exec_driver_sql(ins, fresh)
                fresh.clear()
        if fresh:
            conn.exec_driver_sql(ins, fresh)
        if changed:
            conn.exec_driver_sql(upd, changed)
        return n

    def _tombstones(self, conn: Any, city_id: int, table: str, uuids: list[str], seq: int) -> int:
        existing = self._existing(conn, city_id, table)
        keys = [str(u).replace("-", "").lower() for u in uuids]
        gone = [(True, seq, existing[k]) for k in keys if k in existing]
        unknown = [(city_id, table, self._uuid(conn, k), None, True, seq) for k in keys if k not in existing]
        if gone:
            conn.exec_driver_sql(self._sql(conn, "UPDATE hq_rows SET deleted = ?, package_seq = ? WHERE id = ?"), gone)
        if unknown:
            conn.exec_driver_sql(self._sql(conn, "INSERT INTO hq_rows (city_id, table_name, row_uuid, data, deleted, "
                                                 "package_seq) VALUES (?, ?, ?, ?, ?, ?)"), unknown)
        return len(keys)

    # --- files ---------------------------------------------------------------------------
    def _reject(self, report: IngestReport, inbox: Path, path: Path, reason: str, quarantine: bool,
                pkg: OpenedPackage | None = None) -> None:
        log.warning("hq: package %s rejected: %s", path.name, reason)
        report.rejected.append(PackageOutcome(path.name, pkg.city if pkg else "", pkg.sequence if pkg else 0,
                                              reason=reason))
        if not quarantine:
            return
        if pkg is not None:
            pkg.close()
        target = inbox / "quarantine"
        try:
            target.mkdir(exist_ok=True)
            dest = target / path.name
            if dest.exists():
                dest = target / f"{path.stem}-{dt.datetime.now(dt.UTC):%Y%m%d%H%M%S%f}{path.suffix}"
            shutil.move(str(path), dest)
            (target / f"{dest.name}.reason.txt").write_text(reason + "\n", encoding="utf-8")
        except OSError as exc:
            log.error("hq: cannot quarantine %s: %s", path, exc)

    def _hold(self, pkg: OpenedPackage, held_dir: Path) -> None:
        if pkg.path.parent == held_dir:
            return
        held_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pkg.path, held_dir / pkg.path.name)

    def _unhold(self, pkg: OpenedPackage, held_dir: Path) -> None:
        spare = held_dir / pkg.path.name
        if spare.exists():
            try:
                pkg.close()
                spare.unlink()
            except OSError:
                pass


def _city(c: HqCity) -> CityInfo:
    return CityInfo(c.code, c.fingerprint, c.last_sequence, c.last_package_at, c.last_created_utc)
