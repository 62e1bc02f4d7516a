"""Right of access (law 09-08, art. 7): everything held about one trainee, as a PDF or xlsx.

The report is assembled from *providers*: modules listed in PERSONAL_DATA_PROVIDERS that define
``personal_data(ctx, trainee_id) -> list[Section]``. This module provides the identity, the
enrolments and the audit trail; other areas add theirs (residence stays, meals, loans…) by
creating the listed module, without editing this file. A missing module is skipped.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.db.models import AcademicYear, Enrolment, Group, Trainee
from cmc_desktop.db.models.security import AuditEntry
from cmc_desktop.errors import NotFound, ValidationError
from cmc_desktop.security.permissions import Perm
from cmc_desktop.services import Service

PERSONAL_DATA_PROVIDERS = (
    "cmc_desktop.security.personal_data",
    "cmc_desktop.registry.personal_data",
    "cmc_desktop.residence.personal_data",
    "cmc_desktop.catering.personal_data",
    "cmc_desktop.spaces.personal_data",
    "cmc_desktop.language.personal_data",
    "cmc_desktop.library.personal_data",
    "cmc_desktop.career.personal_data",
)
RESTRICTED = "held; health data, shown only to an authorised role"


@dataclass(frozen=True)
class Section:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    note: str = ""


@dataclass(frozen=True)
class PersonalDataReport:
    matricule: str
    full_name: str
    sections: list[Section] = field(default_factory=list)


def _fmt(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"photo ({len(value)} bytes)"
    return value


IDENTITY_FIELDS = (
    ("matricule", "Matricule"), ("cin", "CIN"), ("massar", "Massar code"), ("last_name", "Last name"),
    ("first_name", "First name"), ("last_name_ar", "Last name (Arabic)"), ("first_name_ar", "First name (Arabic)"),
    ("sex", "Sex"), ("birth_date", "Birth date"), ("phone", "Phone"), ("email", "E-mail"), ("address", "Address"),
    ("home_locality", "Home locality"), ("distance_km", "Distance from home (km)"),
    ("remote_area", "Remote area"), ("guardian_name", "Guardian"), ("guardian_phone", "Guardian phone"),
    ("special_needs", "Special needs (health)"), ("bridging", "Bridging year"), ("photo", "Photo"),
    ("anonymised", "Anonymised"), ("created_at", "Record created"), ("updated_at", "Last changed"),
    ("updated_by", "Last changed by"),
)


def personal_data(ctx: AppContext, trainee_id: int) -> list[Section]:
    """This module's own provider: registry data and the audit entries about the person."""
    with ctx.read_sf() as s:
        t = s.get(Trainee, trainee_id)
        if t is None:
            return []
        ident = []
        for key, label in IDENTITY_FIELDS:
            value = getattr(t, key)
            if key == "special_needs" and value and not ctx.actor.can(Perm.HEALTH_READ):
                value = RESTRICTED
            ident.append((label, _fmt(value)))
        enrol = [
            (year, group, e.year_of_study, e.status, _fmt(e.status_since), _fmt(e.ended_on), e.school_level or "")
            for e, group, year in s.execute(
                select(Enrolment, Group.code, AcademicYear.code)
                .join(Group, Group.id == Enrolment.group_id)
                .join(AcademicYear, AcademicYear.id == Enrolment.academic_year_id)
                .where(Enrolment.trainee_id == trainee_id).order_by(Enrolment.id))
        ]
        trail = []
        for e in s.scalars(select(AuditEntry).where(AuditEntry.subject_id == trainee_id).order_by(AuditEntry.id)):
            try:
                changes = json.loads(e.changes)
            except ValueError:
                changes = {}
            fields = ", ".join(sorted(changes)) if isinstance(changes, dict) else ""
            trail.append((e.id, _fmt(e.at), e.actor, e.action, e.entity, fields))
    return [
        Section("Identity and contact", ("Field", "Value"), tuple(ident)),
        Section("Enrolments", ("Year", "Group", "Year of study", "Status", "Since", "Ended on", "School level"),
                tuple(enrol)),
        Section("Who changed this data (audit trail)", ("#", "When", "User", "Action", "Record", "Fields"),
                tuple(trail), "Sensitive values are masked in the audit trail; only the field names are listed."),
    ]


class PersonalDataService(Service):
    def collect(self, matricule: str) -> PersonalDataReport:
        self.require(Perm.PERSONAL_DATA)
        key = (matricule or "").strip()
        if not key:
            raise ValidationError("Give the trainee's matricule", errors=[("matricule", "required")])
        with self.read() as s:
            row = s.execute(select(Trainee.id, Trainee.last_name, Trainee.first_name)
                            .where(Trainee.matricule == key)).first()
        if row is None:
            raise NotFound(f"No trainee with matricule {key}", code="no_trainee", matricule=key)
        tid, last, first = row
        sections: list[Section] = []
        for name in PERSONAL_DATA_PROVIDERS:
            try:
                module = importlib.import_module(name)
            except ModuleNotFoundError as exc:
                if exc.name and name.startswith(exc.name):
                    continue
                raise
            provider = getattr(module, "personal_data", None)
            if provider is not None:
                sections.extend(provider(self.ctx, tid))
        return PersonalDataReport(key, f"{last} {first}", sections)

    def report_to(self, matricule: str, out: str | os.PathLike[str]) -> Path:
        """``report personal-data``: .pdf or .xlsx according to the file name."""
        path = Path(out)
        suffix = path.suffix.lower()
        if suffix not in (".pdf", ".xlsx"):
            raise ValidationError(f"{path.name}: the report is written as .pdf or .xlsx", errors=[("out", "suffix")])
        report = self.collect(matricule)
        stamp = self.ctx.clock.now()
        if suffix == ".xlsx":
            return _xlsx(report, path, stamp)
        return _pdf(self.ctx, report, path, stamp)


def _xlsx(report: PersonalDataReport, path: Path, stamp: dt.datetime) -> Path:
    from cmc_desktop.excel.writer import write_table

    first, *rest = report.sections or [Section("Identity and contact", ("Field", "Value"), ())]
    extra = [(sec.title[:31], list(sec.headers), [list(r) for r in sec.rows]) for sec in rest]
    extra.append(("About this report", ["Item", "Value"], [
        ["Trainee", f"{report.matricule} {report.full_name}"],
        ["Produced at", stamp.strftime("%Y-%m-%d %H:%M UTC")],
        ["Legal basis", "Law 09-08 (Morocco), right of access"],
    ]))
    return write_table(path, list(first.headers), [list(r) for r in first.rows], sheet_title=first.title[:31],
                       widths=[28, 60], extra_sheets=extra)


def _pdf(ctx: AppContext, report: PersonalDataReport, path: Path, stamp: dt.datetime) -> Path:
    from cmc_desktop.reports.pdf import Spacer, build, mm, para, styles, table

    st = styles()
    city = ctx.setting("city.region_code") or ""
    story: list = [
        para("Personal data held about a trainee", st["title"]),
        para(f"{report.full_name} — matricule {report.matricule}", st["body"]),
        para(f"Produced on {stamp:%Y-%m-%d %H:%M} UTC under law 09-08 (right of access). "
             "Corrections are made through the normal forms and are recorded in the audit trail.", st["small"]),
        Spacer(1, 4 * mm),
    ]
    for sec in report.sections:
        story.append(para(sec.title, st["h2"]))
        if sec.note:
            story.append(para(sec.note, st["small"]))
        if sec.rows:
            story.append(table(sec.headers, sec.rows))
        else:
            story.append(para("Nothing held.", st["body"]))
        story.append(Spacer(1, 3 * mm))
    return build(path, story, title="Personal data report", city_line=f"CMC {city}".strip())
