"""ORM models of the spaces area: structures, rooms, bookings (series) and their occurrences.

Times of day are stored as minutes since midnight (integers): the conflict query compares
them with plain ``<``/``>`` on any backend, and the semester check stays an index range scan.
Calendar facts (the day of an occurrence) are ``Date``; nothing here is a UTC instant.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cmc_desktop.db.base import Base, RecordMixin
from cmc_desktop.db.models.reference import Hub


class Structure(RecordMixin, Base):
    """A building: a sector hub (linked to its Hub) or a shared structure of some type."""

    __tablename__ = "structures"
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name_fr: Mapped[str] = mapped_column(String(160))
    name_ar: Mapped[str] = mapped_column(String(160), default="")
    kind: Mapped[str] = mapped_column(String(8))  # hub | shared
    shared_type: Mapped[str | None] = mapped_column(String(24))  # language_centre, fablab, …
    hub_id: Mapped[int | None] = mapped_column(ForeignKey("hubs.id"), index=True)
    requires_approval: Mapped[bool] = mapped_column(Boolean, default=False)
    manager: Mapped[str] = mapped_column(String(120), default="")
    hub: Mapped[Hub | None] = relationship()


class Room(RecordMixin, Base):
    __tablename__ = "rooms"
    code: Mapped[str] = mapped_column(String(24), unique=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    structure_id: Mapped[int] = mapped_column(ForeignKey("structures.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # classroom | workshop | lab | amphitheatre | …
    capacity: Mapped[int] = mapped_column(Integer)
    equipment: Mapped[str] = mapped_column(Text, default="")  # comma-separated tags
    accessible: Mapped[bool] = mapped_column(Boolean, default=True)
    opens_min: Mapped[int] = mapped_column(Integer, default=8 * 60)
    closes_min: Mapped[int] = mapped_column(Integer, default=19 * 60)
    open_days: Mapped[str] = mapped_column(String(7), default="123456")  # ISO weekdays
    out_of_service_from: Mapped[dt.date | None] = mapped_column(Date)
    out_of_service_to: Mapped[dt.date | None] = mapped_column(Date)
    structure: Mapped[Structure] = relationship()


class Booking(RecordMixin, Base):
    """A one-off booking (weekday NULL, starts_on == ends_on) or a weekly series."""

    __tablename__ = "bookings"
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(16))  # course | language | event | meeting
    title: Mapped[str] = mapped_column(String(160), default="")
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"), index=True)
    organiser: Mapped[str] = mapped_column(String(120), default="")
    trainer: Mapped[str] = mapped_column(String(120), default="")
    expected: Mapped[int] = mapped_column(Integer, default=0)
    weekday: Mapped[int | None] = mapped_column(Integer)  # ISO 1..7; NULL for a one-off
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    start_min: Mapped[int] = mapped_column(Integer)
    end_min: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), index=True)  # approved | pending | rejected | cancelled
    skipped: Mapped[str] = mapped_column(Text, default="")  # "yyyy-mm-dd label" per line
    note: Mapped[str] = mapped_column(Text, default="")


class Occurrence(RecordMixin, Base):
    """One materialised date of a booking. ``state``: active | pending | cancelled.

    ``original_day`` keeps the date the series generated, so an edit of the series knows which
    generated date a cancelled or moved occurrence stood for.
    """

    __tablename__ = "occurrences"
    __table_args__ = (
        Index("ix_occurrences_room_day", "room_id", "day"),
        Index("ix_occurrences_group_day", "group_id", "day"),
        Index("ix_occurrences_trainer_day", "trainer_key", "day"),
    )
    booking_id: Mapped[int] = mapped_column(ForeignKey("bookings.id"), index=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id"))
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    original_day: Mapped[dt.date] = mapped_column(Date)
    start_min: Mapped[int] = mapped_column(Integer)
    end_min: Mapped[int] = mapped_column(Integer)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"))
    trainer_key: Mapped[str] = mapped_column(String(120), default="")
    state: Mapped[str] = mapped_column(String(12))
    moved: Mapped[bool] = mapped_column(Boolean, default=False)
