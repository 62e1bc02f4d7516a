"""ORM models of the career centre: surveys, counsellors, appointments, notes, employers, offers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cmc_desktop.db.base import Base, RecordMixin, UTCDateTime

OUTCOMES = ("employed", "self_employed", "further_study", "seeking", "unknown")
WAVES = (9, 36)
APPLICATION_STATUSES = ("submitted", "interview", "placed", "rejected", "withdrawn")


class GraduateSurvey(RecordMixin, Base):
    """A follow-up answer for one graduate at 9 or 36 months after graduation."""

    __tablename__ = "career_surveys"
    __table_args__ = (UniqueConstraint("enrolment_id", "wave"),)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolments.id"))
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id"), index=True)
    wave: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(16))
    surveyed_on: Mapped[dt.date] = mapped_column(Date)
    employer_name: Mapped[str | None] = mapped_column(String(160))


class Counsellor(RecordMixin, Base):
    __tablename__ = "career_counsellors"
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(160))
    slot_minutes: Mapped[int] = mapped_column(Integer, default=30)
    active: Mapped[bool] = mapped_column(default=True)


class CounsellorBlock(RecordMixin, Base):
    """A weekly availability block (weekday 0 = Monday) split into slots of slot_minutes."""

    __tablename__ = "career_blocks"
    counsellor_id: Mapped[int] = mapped_column(ForeignKey("career_counsellors.id"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    starts: Mapped[dt.time] = mapped_column(Time)
    ends: Mapped[dt.time] = mapped_column(Time)


class Appointment(RecordMixin, Base):
    __tablename__ = "career_appointments"
    __table_args__ = (Index("ix_career_appointments_counsellor_day", "counsellor_id", "day"),)
    counsellor_id: Mapped[int] = mapped_column(ForeignKey("career_counsellors.id"))
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    starts: Mapped[dt.time] = mapped_column(Time)
    ends: Mapped[dt.time] = mapped_column(Time)
    topic: Mapped[str] = mapped_column(String(160), default="")
    status: Mapped[str] = mapped_column(String(12), default="booked")  # booked | done | cancelled
    booked_by: Mapped[str] = mapped_column(String(64), default="")
    channel: Mapped[str] = mapped_column(String(12), default="staff")  # staff | trainee


class CounsellingNote(RecordMixin, Base):
    """Confidential: read only with Perm.COUNSELLING_NOTES."""

    __tablename__ = "career_notes"
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id"), index=True)
    author: Mapped[str] = mapped_column(String(64))
    written_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    body: Mapped[str] = mapped_column(Text)


class Employer(RecordMixin, Base):
    __tablename__ = "career_employers"
    name: Mapped[str] = mapped_column(String(160), unique=True)
    sector_id: Mapped[int | None] = mapped_column(ForeignKey("sectors.id"))
    city: Mapped[str] = mapped_column(String(80), default="")
    contact: Mapped[str] = mapped_column(String(160), default="")
    vetted: Mapped[bool] = mapped_column(default=False)


class Offer(RecordMixin, Base):
    __tablename__ = "career_offers"
    employer_id: Mapped[int] = mapped_column(ForeignKey("career_employers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # internship | job
    title: Mapped[str] = mapped_column(String(160))
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programmes.id"))
    posted_on: Mapped[dt.date] = mapped_column(Date)
    closes_on: Mapped[dt.date | None] = mapped_column(Date)


class Application(RecordMixin, Base):
    __tablename__ = "career_applications"
    __table_args__ = (UniqueConstraint("offer_id", "trainee_id"),)
    offer_id: Mapped[int] = mapped_column(ForeignKey("career_offers.id"))
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id"), index=True)
    applied_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="submitted")
    status_on: Mapped[dt.date] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


PROJECT_STAGES = ("idea", "business_plan", "incubation", "company_created")


class Project(RecordMixin, Base):
    """Entrepreneurship support: a project holder's path from idea to company."""

    __tablename__ = "career_projects"
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id"), index=True)
    name: Mapped[str] = mapped_column(String(160))
    stage: Mapped[str] = mapped_column(String(16), default="idea")  # PROJECT_STAGES or abandoned
    stage_since: Mapped[dt.date] = mapped_column(Date)
    mentor: Mapped[str] = mapped_column(String(120), default="")
    company_name: Mapped[str | None] = mapped_column(String(160))


class Milestone(RecordMixin, Base):
    __tablename__ = "career_milestones"
    project_id: Mapped[int] = mapped_column(ForeignKey("career_projects.id"), index=True)
    reached_on: Mapped[dt.date] = mapped_column(Date)
    stage: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")


class CoworkingSession(RecordMixin, Base):
    """Time a project holder spends in the incubator's coworking space; ``booking_uuid`` links the
    spaces area's booking when the seat was booked there."""

    __tablename__ = "career_coworking"
    project_id: Mapped[int] = mapped_column(ForeignKey("career_projects.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    starts: Mapped[dt.time] = mapped_column(Time)
    ends: Mapped[dt.time] = mapped_column(Time)
    booking_uuid: Mapped[str | None] = mapped_column(String(36))
