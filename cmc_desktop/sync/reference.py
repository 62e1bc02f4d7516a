"""Reference packages: headquarters signs the national catalogue (sectors, programmes, academic
years, calendar days); a city verifies the signature against the trusted headquarters key and
every member hash BEFORE anything is written, then applies it in one transaction.

Rows are matched by their natural keys (sector and programme codes, year codes, calendar
days), not by UUID: each city's database seeded its own UUIDs for the same sectors.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cmc_desktop import __version__
from cmc_desktop.db.migrate import HEAD
from cmc_desktop.db.models import AcademicYear, CalendarDay, Programme, Sector, Setting
from cmc_desktop.db.models.reference import LEVELS
from cmc_desktop.errors import ConflictError, ValidationError
from cmc_desktop.security.permissions import Perm
from cmc_desktop.services import Service
from cmc_desktop.sync import keys
from cmc_desktop.sync.dto import ReferenceResult
from cmc_desktop.sync.package import (
    FORMAT,
    FORMAT_VERSION,
    DataFile,
    PackageError,
    encode,
    open_package,
    utc_text,
    write_package,
)

K_HQ_TRUST = "sync.hq_public_key"
K_REF_SEQ = "sync.reference_sequence"
K_HQ_PUBLIC = "hq.public_key"
K_HQ_REF_SEQ = "hq.reference_sequence"
REFERENCE_CITY = "HQ"

COLUMNS: dict[str, tuple[str, ...]] = {
    "sectors": ("code", "name_fr", "name_ar", "name_en"),
    "academic_years": ("code", "starts_on", "ends_on"),
    "programmes": ("code", "label_fr", "label_ar", "level", "duration_months", "diploma", "sector_code",
                   "soft_skills_hours"),
    "calendar_days": ("day", "kind", "label"),
}


@dataclass(frozen=True)
class ReferenceExport:
    path: str
    sequence: int
    rows: int


def _get(s: Session, key: str) -> str | None:
    return s.scalar(select(Setting.value).where(Setting.key == key))


def _put(s: Session, key: str, value: str) -> None:
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value


class ReferenceService(Service):
    # --- headquarters: its own signing key, and the signed catalogue --------------------------
    def hq_public_key(self) -> str:
        self.require(Perm.SYNC_HQ)
        with self.write() as s:
            pem = _get(s, K_HQ_PUBLIC)
            if pem is None:
                _key, pem = keys.create_private(self.ctx.paths.data)
                _put(s, K_HQ_PUBLIC, pem)
        return pem

    def export_reference(self, out: str | os.PathLike[str]) -> ReferenceExport:
        self.require(Perm.SYNC_HQ)
        pem = self.hq_public_key()
        key = keys.load_private(self.ctx.paths.data, pem)
        path = Path(out)
        with self.write() as s:
            seq = int(_get(s, K_HQ_REF_SEQ) or 0) + 1
            _put(s, K_HQ_REF_SEQ, str(seq))
            sectors = list(s.scalars(select(Sector).order_by(Sector.code)))
            by_id = {x.id: x.code for x in sectors}
            data = {
                "sectors": [[x.code, x.name_fr, x.name_ar, x.name_en] for x in sectors],
                "academic_years": [[y.code, y.starts_on.isoformat(), y.ends_on.isoformat()]
                                   for y in s.scalars(select(AcademicYear).order_by(AcademicYear.code))],
                "programmes": [[p.code, p.label_fr, p.label_ar, p.level, p.duration_months, p.diploma,
                                by_id.get(p.sector_id), p.soft_skills_hours]
                               for p in s.scalars(select(Programme).order_by(Programme.code))],
                "calendar_days": [[d.day.isoformat(), d.kind, d.label]
                                  for d in s.scalars(select(CalendarDay).order_by(CalendarDay.day))],
            }
            manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, "program_version": __version__,
                        "schema_revision": HEAD, "city_code": REFERENCE_CITY, "sequence": seq,
                        "previous_sha256": "", "kind": "reference", "changes": {"after": 0, "through": 0, "count": 0},
                        "created_utc": utc_text(self.ctx.clock.now()),
                        "tables": {t: {"upserts": len(rows), "deletes": 0} for t, rows in data.items()}}
            files = [DataFile(f"reference/{t}.jsonl",
                              [encode({"columns": list(COLUMNS[t]), "table": t}), *(encode(r) for r in rows)])
                     for t, rows in data.items()]
            tmp = path.with_name(f".{path.name}.part")
            try:
                with open(tmp, "wb") as fh:
                    write_package(fh, manifest, files, key.sign)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, path)
            finally:
                if tmp.exists():
                    tmp.unlink()
        return ReferenceExport(str(path), seq, sum(len(r) for r in data.values()))

    # --- city: trust headquarters, apply its reference -------------------------------------
    def trust_hq(self, pem: str) -> str:
        self.require(Perm.SETTINGS_MANAGE)
        keys.load_public(pem)
        with self.write() as s:
            _put(s, K_HQ_TRUST, pem)
        return keys.fingerprint(pem)

    def import_reference(self, file: str | os.PathLike[str]) -> ReferenceResult:
        self.require(Perm.CATALOGUE_EDIT)
        path = Path(file)
        trusted = self.ctx.setting(K_HQ_TRUST)
        if not trusted:
            raise ValidationError("No headquarters key is trusted yet: run 'sync trust-hq FILE' with the key "
                                  "headquarters gave you", code="hq_key_missing")
        pkg = open_package(path)
        try:
            m = pkg.manifest
            if m.get("kind") != "reference" or m.get("city_code") != REFERENCE_CITY:
                raise PackageError(f"{path.name} is not a reference package from headquarters", reason="foreign")
            if int(m.get("format_version", 0)) > FORMAT_VERSION:
                raise PackageError(f"{path.name} uses package format {m.get('format_version')}, newer than this "
                                   "program supports; update CMC Desktop", reason="too_new")
            if not keys.verify(trusted, pkg.signature, pkg.manifest_bytes):
                raise PackageError(f"{path.name}: the signature does not verify against headquarters' key; "
                                   "nothing was changed", reason="signature")
            pkg.verify_contents()
            tables: dict[str, list[dict[str, Any]]] = {}
            for name in m["files"]:
                table = name.removeprefix("reference/").removesuffix(".jsonl")
                if table not in COLUMNS:
                    raise PackageError(f"{path.name}: unknown reference table {table}", reason="foreign")
                columns, rows = pkg.read_rows(name)
                tables[table] = [dict(zip(columns, r, strict=True)) for r in rows]
        finally:
            pkg.close()
        seq = int(m["sequence"])
        created: dict[str, int] = {}
        updated: dict[str, int] = {}
        with self.write() as s:
            done = int(_get(s, K_REF_SEQ) or 0)
            if seq <= done:
                raise ConflictError(f"Reference package {seq} is not newer than the one already applied ({done})",
                                    code="reference_old")
            sectors = {x.code: x for x in s.scalars(select(Sector))}
            for i, row in enumerate(tables.get("sectors", []), start=1):
                obj = sectors.get(row["code"])
                if obj is None:
                    obj = sectors[row["code"]] = Sector(code=row["code"])
                    s.add(obj)
                    created["sectors"] = created.get("sectors", 0) + 1
                elif (obj.name_fr, obj.name_ar, obj.name_en) != (row["name_fr"], row["name_ar"], row["name_en"]):
                    updated["sectors"] = updated.get("sectors", 0) + 1
                _need(row, ("name_fr",), "sectors", i)
                obj.name_fr, obj.name_ar, obj.name_en = row["name_fr"], row["name_ar"] or "", row["name_en"] or ""
            s.flush()
            years = {y.code: y for y in s.scalars(select(AcademicYear))}
            for i, row in enumerate(tables.get("academic_years", []), start=1):
                start, end = _date(row["starts_on"], "academic_years", i), _date(row["ends_on"], "academic_years", i)
                obj = years.get(row["code"])
                if obj is None:
                    s.add(AcademicYear(code=row["code"], starts_on=start, ends_on=end, current=False))
                    created["academic_years"] = created.get("academic_years", 0) + 1
                elif (obj.starts_on, obj.ends_on) != (start, end):
                    obj.starts_on, obj.ends_on = start, end
                    updated["academic_years"] = updated.get("academic_years", 0) + 1
            programmes = {p.code: p for p in s.scalars(select(Programme))}
            for i, row in enumerate(tables.get("programmes", []), start=1):
                sector = sectors.get(row["sector_code"])
                if sector is None:
                    raise ValidationError(f"Reference programmes row {i} ({row['code']}): unknown sector "
                                          f"{row['sector_code']}; nothing was changed")
                if row["level"] not in LEVELS:
                    raise ValidationError(f"Reference programmes row {i} ({row['code']}): unknown level "
                                          f"{row['level']}; nothing was changed")
                values = {"label_fr": row["label_fr"], "label_ar": row["label_ar"] or "", "level": row["level"],
                          "duration_months": int(row["duration_months"]), "diploma": bool(row["diploma"]),
                          "sector_id": sector.id, "soft_skills_hours": int(row["soft_skills_hours"] or 0)}
                obj = programmes.get(row["code"])
                if obj is None:
                    s.add(Programme(code=row["code"], **values))
                    created["programmes"] = created.get("programmes", 0) + 1
                elif any(getattr(obj, k) != v for k, v in values.items()):
                    for k, v in values.items():
                        setattr(obj, k, v)
                    updated["programmes"] = updated.get("programmes", 0) + 1
            days = {d.day: d for d in s.scalars(select(CalendarDay))}
            for i, row in enumerate(tables.get("calendar_days", []), start=1):
                day = _date(row["day"], "calendar_days", i)
                obj = days.get(day)
                if obj is None:
                    s.add(CalendarDay(day=day, kind=row["kind"], label=row["label"]))
                    created["calendar_days"] = created.get("calendar_days", 0) + 1
                elif (obj.kind, obj.label) != (row["kind"], row["label"]):
                    obj.kind, obj.label = row["kind"], row["label"]
                    updated["calendar_days"] = updated.get("calendar_days", 0) + 1
            _put(s, K_REF_SEQ, str(seq))
        return ReferenceResult(str(path), created, updated)


def _need(row: dict[str, Any], fields: tuple[str, ...], table: str, i: int) -> None:
    for f in fields:
        if not row.get(f):
            raise ValidationError(f"Reference {table} row {i}: {f} is empty; nothing was changed")


def _date(text: Any, table: str, i: int) -> dt.date:
    try:
        return dt.date.fromisoformat(str(text))
    except ValueError as exc:
        raise ValidationError(f"Reference {table} row {i}: '{text}' is not a date; nothing was changed") from exc
