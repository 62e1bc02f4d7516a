"""Use cases of the reference catalogue. One spec per kind drives validation, CLI and forms."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from cmc_desktop.db.models import AcademicYear, CalendarDay, Group, Hub, Programme, Region, Sector, Setting
from cmc_desktop.db.models.reference import LEVELS
from cmc_desktop.errors import ConflictError, NotFound, ValidationError
from cmc_desktop.reference.dto import CatalogueRow, CityInfo, FieldSpec
from cmc_desktop.security.permissions import Perm
from cmc_desktop.services import Service

SPECS: dict[str, tuple[type, tuple[FieldSpec, ...]]] = {
    "sector": (Sector, (
        FieldSpec("code", "Code", "text", max_length=16),
        FieldSpec("name_fr", "Name (French)", "text", max_length=120),
        FieldSpec("name_ar", "Name (Arabic)", "text", required=False, max_length=120),
        FieldSpec("name_en", "Name (English)", "text", required=False, max_length=120),
    )),
    "hub": (Hub, (
        FieldSpec("code", "Code", "text", max_length=16),
        FieldSpec("name_fr", "Name (French)", "text", max_length=160),
        FieldSpec("name_ar", "Name (Arabic)", "text", required=False, max_length=160),
        FieldSpec("sector_id", "Sector", "ref", ref="sector"),
    )),
    "programme": (Programme, (
        FieldSpec("code", "Code", "text", max_length=24),
        FieldSpec("label_fr", "Label (French)", "text", max_length=200),
        FieldSpec("label_ar", "Label (Arabic)", "text", required=False, max_length=200),
        FieldSpec("level", "Level", "choice", choices=LEVELS),
        FieldSpec("duration_months", "Duration (months)", "int"),
        FieldSpec("diploma", "Leads to a diploma", "bool"),
        FieldSpec("sector_id", "Sector", "ref", ref="sector"),
        FieldSpec("soft_skills_hours", "Soft-skills hours", "int", required=False),
    )),
    "academic_year": (AcademicYear, (
        FieldSpec("code", "Code", "text", max_length=9),
        FieldSpec("starts_on", "Starts on", "date"),
        FieldSpec("ends_on", "Ends on", "date"),
        FieldSpec("current", "Current year", "bool"),
    )),
    "group": (Group, (
        FieldSpec("code", "Code", "text", max_length=24),
        FieldSpec("programme_id", "Programme", "ref", ref="programme"),
        FieldSpec("academic_year_id", "Academic year", "ref", ref="academic_year"),
        FieldSpec("year_of_study", "Year of study", "int"),
        FieldSpec("capacity", "Capacity", "int"),
    )),
    "calendar_day": (CalendarDay, (
        FieldSpec("day", "Date", "date"),
        FieldSpec("kind", "Kind", "choice", choices=("holiday", "closure")),
        FieldSpec("label", "Label", "text", max_length=120),
    )),
}

KIND_LABELS = {
    "sector": "Sectors", "hub": "Sector hubs", "programme": "Programmes",
    "academic_year": "Academic years", "group": "Groups", "calendar_day": "Holidays and closures",
}


def _label(kind: str, obj: Any) -> str:
    if kind in ("sector", "hub"):
        return f"{obj.code} — {obj.name_fr}"
    if kind == "programme":
        return f"{obj.code} — {obj.label_fr} ({obj.level})"
    if kind == "calendar_day":
        return f"{obj.day.isoformat()} — {obj.label}"
    return obj.code


def coerce(spec: FieldSpec, raw: Any) -> Any:
    """Turn user input into the stored type, or raise a field-level message."""
    if raw is None or (isinstance(raw, str) and raw.strip() == ""):
        if spec.kind == "bool":
            return False
        if spec.required:
            raise ValidationError(f"{spec.label} is required", errors=[(spec.name, "required")])
        return None
    try:
        if spec.kind in ("int", "ref"):
            value: Any = int(raw)
            if spec.kind == "int" and value < 0:
                raise ValueError
        elif spec.kind == "bool":
            value = raw if isinstance(raw, bool) else str(raw).strip().lower() in ("1", "true", "yes", "oui", "y")
        elif spec.kind == "date":
            value = raw if isinstance(raw, dt.date) else dt.date.fromisoformat(str(raw).strip())
        else:
            value = str(raw).strip()
    except ValueError as exc:
        raise ValidationError(f"{spec.label}: '{raw}' is not valid", errors=[(spec.name, "invalid")]) from exc
    if spec.kind == "choice" and value not in spec.choices:
        raise ValidationError(f"{spec.label} must be one of {', '.join(spec.choices)}",
                              errors=[(spec.name, "choice")])
    if spec.max_length and isinstance(value, str) and len(value) > spec.max_length:
        raise ValidationError(f"{spec.label} is longer than {spec.max_length} characters",
                              errors=[(spec.name, "too_long")])
    return value


class CatalogueService(Service):
    def kinds(self) -> dict[str, str]:
        return dict(KIND_LABELS)

    def fields(self, kind: str) -> tuple[FieldSpec, ...]:
        return self._spec(kind)[1]

    def _spec(self, kind: str) -> tuple[type, tuple[FieldSpec, ...]]:
        try:
            return SPECS[kind]
        except KeyError as exc:
            raise NotFound(f"Unknown catalogue '{kind}'") from exc

    def _row(self, kind: str, obj: Any) -> CatalogueRow:
        _, fields = SPECS[kind]
        return CatalogueRow(
            id=obj.id, uuid=str(obj.uuid), version=obj.version,
            values={f.name: getattr(obj, f.name) for f in fields},
            label=_label(kind, obj), updated_at=obj.updated_at, updated_by=obj.updated_by,
        )

    def list(self, kind: str) -> list[CatalogueRow]:
        self.require(Perm.CATALOGUE_READ)
        model, _ = self._spec(kind)
        order = model.day if kind == "calendar_day" else model.code  # type: ignore[attr-defined]
        with self.read() as s:
            return [self._row(kind, o) for o in s.scalars(select(model).order_by(order))]

    def get(self, kind: str, row_id: int) -> CatalogueRow:
        self.require(Perm.CATALOGUE_READ)
        model, _ = self._spec(kind)
        with self.read() as s:
            obj = s.get(model, row_id)
            if obj is None:
                raise NotFound(f"No {kind} with id {row_id}")
            return self._row(kind, obj)

    def save(self, kind: str, values: dict[str, Any], *, row_id: int | None = None,
             version: int | None = None) -> CatalogueRow:
        """Create (row_id None) or update; ``version`` is the one the form was opened with."""
        self.require(Perm.CATALOGUE_EDIT)
        model, fields = self._spec(kind)
        clean = {f.name: coerce(f, values.get(f.name)) for f in fields if f.name in values or row_id is None}
        if kind == "academic_year" and clean.get("starts_on") and clean.get("ends_on") \
                and clean["ends_on"] <= clean["starts_on"]:
            raise ValidationError("The year must end after it starts", errors=[("ends_on", "order")])
        try:
            with self.write() as s:
                if row_id is None:
                    obj = model(**clean)
                    s.add(obj)
                else:
                    obj = self.for_update(s, model, row_id, version, f"This {kind.replace('_', ' ')}")
                    for k, v in clean.items():
                        setattr(obj, k, v)
                obj.updated_by = self.actor.label
                if kind == "academic_year" and clean.get("current"):
                    s.flush()
                    for other in s.scalars(select(AcademicYear).where(AcademicYear.id != obj.id,
                                                                      AcademicYear.current.is_(True))):
                        other.current = False
                s.flush()
                return self._row(kind, obj)
        except IntegrityError as exc:
            raise ValidationError(f"This {kind.replace('_', ' ')} clashes with an existing one "
                                  "(duplicate code or missing reference)", code="duplicate") from exc

    def delete(self, kind: str, row_id: int) -> None:
        self.require(Perm.CATALOGUE_EDIT)
        model, _ = self._spec(kind)
        try:
            with self.write() as s:
                obj = s.get(model, row_id)
                if obj is None:
                    raise NotFound(f"No {kind} with id {row_id}")
                s.delete(obj)
        except IntegrityError as exc:
            raise ConflictError(f"This {kind.replace('_', ' ')} is still in use and cannot be deleted",
                                code="in_use") from exc

    # --- the city -------------------------------------------------------------------
    def city(self) -> CityInfo | None:
        """The installation's city, or None before set-up. Readable by every role."""
        with self.read() as s:
            code = s.scalar(select(Setting.value).where(Setting.key == "city.region_code"))
            if code is None:
                return None
            r = s.scalar(select(Region).where(Region.code == code))
            if r is None:
                return None
            return CityInfo(r.code, r.name_fr, r.name_ar, r.city_site, r.residence_beds)

    def regions(self) -> list[CityInfo]:
        with self.read() as s:
            return [CityInfo(r.code, r.name_fr, r.name_ar, r.city_site, r.residence_beds)
                    for r in s.scalars(select(Region).order_by(Region.code))]

    def set_city(self, region_code: str) -> CityInfo:
        self.require(Perm.SETTINGS_MANAGE)
        with self.write() as s:
            if s.scalar(select(func.count()).select_from(Region).where(Region.code == region_code)) == 0:
                raise ValidationError(f"Unknown region code {region_code}; expected MA-01 … MA-12")
            setting = s.get(Setting, "city.region_code")
            if setting is None:
                s.add(Setting(key="city.region_code", value=region_code))
            else:
                setting.value = region_code
        city = self.city()
        assert city is not None
        return city

    def counts(self) -> dict[str, int]:
        """Dashboard figures: size of each catalogue."""
        self.require(Perm.CATALOGUE_READ)
        with self.read() as s:
            return {kind: s.scalar(select(func.count()).select_from(model)) or 0
                    for kind, (model, _) in SPECS.items()}
