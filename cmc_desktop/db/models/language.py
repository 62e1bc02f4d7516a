"""ORM models of the language centre: languages, CEFR bands, placements, groups, sessions, attendance."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cmc_desktop.db.base import Base, RecordMixin

CEFR_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
ATTENDANCE_STATUSES = ("present", "late", "absent", "excused")


class Language(RecordMixin, Base):
    __tablename__ = "lang_languages"
    code: Mapped[str] = mapped_column(String(3), unique=True)  # ISO 639-1
    name_fr: Mapped[str] = mapped_column(String(60))
    name_en: Mapped[str] = mapped_column(String(60))
    name_ar: Mapped[str] = mapped_column(String(60))
    max_score: Mapped[float] = mapped_column(Float, default=100.0)
    min_attendance: Mapped[float] = mapped_column(Float, default=0.8)  # share of counted sessions
    absence_streak_alert: Mapped[int] = mapped_column(Integer, default=3)


class CefrBand(RecordMixin, Base):
    """The lowest score that reaches a level, per language (the institution decides)."""

    __tablename__ = "lang_cefr_bands"
    __table_args__ = (UniqueConstraint("language_id", "level"),)
    language_id: Mapped[int] = mapped_column(ForeignKey("lang_languages.id"))
    level: Mapped[str] = mapped_column(String(2))
    min_score: Mapped[float] = mapped_column(Float)


class PlacementAttempt(RecordMixin, Base):
    """Every attempt is kept: the first is the entry test, later ones measure progress."""

    __tablename__ = "lang_placements"
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id"), index=True)
    language_id: Mapped[int] = mapped_column(ForeignKey("lang_languages.id"), index=True)
    score: Mapped[float] = mapped_column(Float)
    level: Mapped[str] = mapped_column(String(2))
    taken_on: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(12), default="desk")  # desk | import


class LevelGroup(RecordMixin, Base):
    __tablename__ = "lang_groups"
    code: Mapped[str] = mapped_column(String(24), unique=True)
    language_id: Mapped[int] = mapped_column(ForeignKey("lang_languages.id"), index=True)
    level: Mapped[str] = mapped_column(String(2))
    capacity: Mapped[int] = mapped_column(Integer, default=20)
    planned_sessions: Mapped[int] = mapped_column(Integer, default=30)
    teacher: Mapped[str] = mapped_column(String(120), default="")


class GroupMember(RecordMixin, Base):
    __tablename__ = "lang_members"
    __table_args__ = (UniqueConstraint("group_id", "trainee_id"),)
    group_id: Mapped[int] = mapped_column(ForeignKey("lang_groups.id"))
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id"), index=True)


class LangSession(RecordMixin, Base):
    """A class meeting. ``booking_uuid`` links the room booking of the spaces area when there is one."""

    __tablename__ = "lang_sessions"
    group_id: Mapped[int] = mapped_column(ForeignKey("lang_groups.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    starts: Mapped[dt.time] = mapped_column(Time)
    minutes: Mapped[int] = mapped_column(Integer, default=120)
    room: Mapped[str] = mapped_column(String(40), default="")
    booking_uuid: Mapped[str | None] = mapped_column(String(36))


class Attendance(RecordMixin, Base):
    __tablename__ = "lang_attendance"
    __table_args__ = (UniqueConstraint("session_id", "trainee_id"),)
    session_id: Mapped[int] = mapped_column(ForeignKey("lang_sessions.id"))
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id"), index=True)
    status: Mapped[str] = mapped_column(String(8))
