"""ORM models of the residence area: inventory, applications, stays, moves and leaves.

The two rules the issue says must never break ("one bed per trainee, one trainee per bed at
any time") are also partial unique indexes, so that a second desk or a bug in Python cannot
write a double booking: SQLite and PostgreSQL both support ``CREATE UNIQUE INDEX … WHERE``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cmc_desktop.db.base import Base, RecordMixin, UTCDateTime

SEXES = ("H", "F")
ROOM_STATUSES = ("available", "maintenance")
BED_STATUSES = ("available", "maintenance")
APPLICATION_STATUSES = ("pending", "housed", "waitlisted", "withdrawn")


class Building(RecordMixin, Base):
    """A building or wing; it houses one sex only (hard allocation constraint)."""

    __tablename__ = "residence_buildings"
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    name_ar: Mapped[str] = mapped_column(String(120), default="")
    sex: Mapped[str] = mapped_column(String(1))  # H | F
    floors: Mapped[int] = mapped_column(Integer, default=1)

    rooms: Mapped[list[ResidenceRoom]] = relationship(back_populates="building", order_by="ResidenceRoom.code")

    __table_args__ = (CheckConstraint("sex in ('H', 'F')", name="sex"),)


class ResidenceRoom(RecordMixin, Base):
    # Named ResidenceRoom in the mapper registry: spaces.Room (teaching rooms) is another class.
    __tablename__ = "residence_rooms"
    building_id: Mapped[int] = mapped_column(ForeignKey("residence_buildings.id"), index=True)
    code: Mapped[str] = mapped_column(String(16))
    floor: Mapped[int] = mapped_column(Integer, default=0)
    capacity: Mapped[int] = mapped_column(Integer)  # 1–4 beds
    accessible: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(12), default="available")

    building: Mapped[Building] = relationship(back_populates="rooms")
    beds: Mapped[list[Bed]] = relationship(back_populates="room", order_by="Bed.label")

    __table_args__ = (
        UniqueConstraint("building_id", "code"),
        CheckConstraint("capacity between 1 and 4", name="capacity"),
    )


class Bed(RecordMixin, Base):
    __tablename__ = "residence_beds"
    room_id: Mapped[int] = mapped_column(ForeignKey("residence_rooms.id"), index=True)
    label: Mapped[str] = mapped_column(String(4))  # A, B, C, D
    status: Mapped[str] = mapped_column(String(12), default="available")

    room: Mapped[ResidenceRoom] = relationship(back_populates="beds")

    __table_args__ = (UniqueConstraint("room_id", "label"),)


class Application(RecordMixin, Base):
    """A trainee's request for a bed for one academic year, with its priority explanation."""

    __tablename__ = "residence_applications"
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id"), index=True)
    academic_year_id: Mapped[int] = mapped_column(ForeignKey("academic_years.id"), index=True)
    submitted_on: Mapped[dt.date] = mapped_column(Date)
    distance_km: Mapped[float] = mapped_column(Float, default=0.0)
    remote: Mapped[bool] = mapped_column(Boolean, default=False)
    social_score: Mapped[int] = mapped_column(Integer, default=0)  # 0 (comfortable) … 10 (hardship)
    minor: Mapped[bool] = mapped_column(Boolean, default=False)
    accessibility_need: Mapped[bool] = mapped_column(Boolean, default=False)
    year_of_study: Mapped[int] = mapped_column(Integer, default=1)
    roommate_trainee_id: Mapped[int | None] = mapped_column(ForeignKey("trainees.id"))
    score: Mapped[float] = mapped_column(Float, default=0.0)
    rank: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="pending", index=True)
    # The bed promised by the allocation (housed); the stay starts at check-in.
    bed_id: Mapped[int | None] = mapped_column(ForeignKey("residence_beds.id"), index=True)
    explanation: Mapped[str] = mapped_column(Text, default="{}")  # JSON: breakdown and reasons

    __table_args__ = (
        UniqueConstraint("trainee_id", "academic_year_id"),
        # One trainee per bed and year among the allocated applications.
        Index(
            "ux_residence_applications_year_bed",
            "academic_year_id",
            "bed_id",
            unique=True,
            sqlite_where=text("status = 'housed'"),
            postgresql_where=text("status = 'housed'"),
        ),
    )


class Stay(RecordMixin, Base):
    """A trainee in a bed from check-in to check-out (``check_out`` is null while in the bed)."""

    __tablename__ = "residence_stays"
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id"), index=True)
    bed_id: Mapped[int] = mapped_column(ForeignKey("residence_beds.id"), index=True)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("residence_applications.id"))
    check_in: Mapped[dt.date] = mapped_column(Date)
    check_out: Mapped[dt.date | None] = mapped_column(Date)
    key_code: Mapped[str | None] = mapped_column(String(32))
    deposit_mad: Mapped[int] = mapped_column(Integer, default=0)
    condition_in: Mapped[str] = mapped_column(Text, default="{}")  # JSON checklist at check-in
    dispute_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    dispute_note: Mapped[str | None] = mapped_column(Text)
    condition_out: Mapped[str | None] = mapped_column(Text)  # JSON checklist at check-out
    damages_mad: Mapped[int] = mapped_column(Integer, default=0)
    end_reason: Mapped[str | None] = mapped_column(String(16))  # checkout | move

    bed: Mapped[Bed] = relationship()

    __table_args__ = (
        Index(
            "ux_residence_stays_active_trainee",
            "trainee_id",
            unique=True,
            sqlite_where=text("check_out IS NULL"),
            postgresql_where=text("check_out IS NULL"),
        ),
        Index(
            "ux_residence_stays_active_bed",
            "bed_id",
            unique=True,
            sqlite_where=text("check_out IS NULL"),
            postgresql_where=text("check_out IS NULL"),
        ),
        Index("ix_residence_stays_dates", "check_in", "check_out"),
    )


class BedMove(RecordMixin, Base):
    """A move from one bed to another (the old stay ends and a new one starts the same day)."""

    __tablename__ = "residence_bed_moves"
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id"), index=True)
    from_bed_id: Mapped[int] = mapped_column(ForeignKey("residence_beds.id"), index=True)
    to_bed_id: Mapped[int] = mapped_column(ForeignKey("residence_beds.id"), index=True)
    moved_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200), default="")


class Leave(RecordMixin, Base):
    """A leave of absence (weekend, holiday) of a resident: the catering forecast reads it."""

    __tablename__ = "residence_leaves"
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id"), index=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("residence_stays.id"), index=True)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(120), default="")

    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="dates"),
        Index("ix_residence_leaves_dates", "starts_on", "ends_on"),
    )


# Module-level alias for imports (``from ...residence import Room``). Relationship strings and
# annotations must say "ResidenceRoom": the bare name "Room" resolves to spaces.Room.
Room = ResidenceRoom
