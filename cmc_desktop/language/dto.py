"""Frozen results of the language centre services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class LanguageInfo:
    id: int
    code: str
    name_fr: str
    name_en: str
    name_ar: str
    max_score: float
    min_attendance: float
    absence_streak_alert: int
    bands: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class PlacementInfo:
    id: int
    matricule: str
    name: str
    language: str
    score: float
    level: str
    taken_on: dt.date
    attempt: int  # 1 = entry test


@dataclass(frozen=True)
class LevelGroupInfo:
    id: int
    code: str
    language: str
    level: str
    capacity: int
    members: int
    planned_sessions: int
    teacher: str


@dataclass(frozen=True)
class SessionInfo:
    id: int
    group_id: int
    group_code: str
    language: str
    level: str
    day: dt.date
    starts: dt.time
    minutes: int
    room: str
    taken: bool  # attendance recorded


@dataclass(frozen=True)
class MemberAttendance:
    trainee_id: int
    matricule: str
    name: str
    present: int
    late: int
    absent: int
    excused: int
    rate: float | None
    best_possible: float | None
    cannot_reach: bool
    absence_streak: int
    streak_alert: bool
    hours_attended: float
    hours_required: int  # soft-skills hours of the trainee's programme


@dataclass(frozen=True)
class PlacementImportResult:
    imported: int
    by_level: tuple[tuple[str, int], ...]
