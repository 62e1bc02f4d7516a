"""Frozen results of the career centre services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class InsertionRow:
    dimension: str  # programme | sector | level | total
    key: str
    label: str
    graduates: int
    known: int
    inserted: int
    further_study: int
    seeking: int
    knowledge_rate: float | None
    insertion_rate: float | None
    knowledge_ok: bool


@dataclass(frozen=True)
class InsertionReport:
    wave: int
    cutoff: dt.date  # graduates on or before this date are due
    rows: tuple[InsertionRow, ...]

    def total(self) -> InsertionRow:
        return next(r for r in self.rows if r.dimension == "total")


@dataclass(frozen=True)
class SurveyInfo:
    id: int
    enrolment_id: int
    matricule: str
    name: str
    wave: int
    outcome: str
    surveyed_on: dt.date
    employer_name: str


@dataclass(frozen=True)
class GraduateInfo:
    enrolment_id: int
    trainee_id: int
    matricule: str
    name: str
    programme: str
    graduated_on: dt.date
    outcome_9: str | None
    outcome_36: str | None


@dataclass(frozen=True)
class CounsellorInfo:
    id: int
    username: str
    full_name: str
    slot_minutes: int


@dataclass(frozen=True)
class AppointmentInfo:
    id: int
    counsellor: str
    matricule: str
    trainee_name: str
    day: dt.date
    starts: dt.time
    ends: dt.time
    topic: str
    status: str
    channel: str
    booked_by: str


@dataclass(frozen=True)
class NoteInfo:
    id: int
    author: str
    written_at: dt.datetime
    body: str


@dataclass(frozen=True)
class ApplicationInfo:
    id: int
    employer: str
    offer: str
    kind: str
    matricule: str
    trainee_name: str
    status: str
    applied_on: dt.date
    status_on: dt.date


@dataclass(frozen=True)
class TraineeHistory:
    """A client's history at a glance (Easy!Appointments #163); notes only for counsellors."""

    matricule: str
    name: str
    appointments: tuple[AppointmentInfo, ...]
    applications: tuple[ApplicationInfo, ...]
    surveys: tuple[SurveyInfo, ...]
    notes: tuple[NoteInfo, ...] | None  # None: the actor may not read notes


@dataclass(frozen=True)
class ProjectInfo:
    id: int
    matricule: str
    holder: str
    name: str
    stage: str
    stage_since: dt.date
    mentor: str
    company_name: str
    milestones: tuple[tuple[dt.date, str, str], ...]  # (reached on, stage, note)
    coworking_hours: float
