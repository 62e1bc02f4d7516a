"""Trainees and their yearly enrolments."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, LargeBinary, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cmc_desktop.db.base import Base, RecordMixin
from cmc_desktop.db.models.reference import AcademicYear, Group


class Trainee(RecordMixin, Base):
    __tablename__ = "trainees"
    matricule: Mapped[str] = mapped_column(String(13), unique=True)
    cin: Mapped[str | None] = mapped_column(String(8), index=True)
    massar: Mapped[str | None] = mapped_column(String(16))
    last_name: Mapped[str] = mapped_column(String(80))
    first_name: Mapped[str] = mapped_column(String(80))
    last_name_ar: Mapped[str | None] = mapped_column(String(80))
    first_name_ar: Mapped[str | None] = mapped_column(String(80))
    sex: Mapped[str] = mapped_column(String(1))  # H | F (as in the headquarters export)
    birth_date: Mapped[dt.date] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(10))
    email: Mapped[str | None] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(String(250))
    home_locality: Mapped[str | None] = mapped_column(String(120))
    distance_km: Mapped[float | None] = mapped_column(Float)
    remote_area: Mapped[bool] = mapped_column(Boolean, default=False)
    guardian_name: Mapped[str | None] = mapped_column(String(120))
    guardian_phone: Mapped[str | None] = mapped_column(String(10))
    special_needs: Mapped[str | None] = mapped_column(Text)  # health data: restricted
    bridging: Mapped[bool] = mapped_column(Boolean, default=False)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    anonymised: Mapped[bool] = mapped_column(Boolean, default=False)
    # Folded names/codes for accent- and script-insensitive search (cmc_desktop.text.search_key).
    search_key: Mapped[str] = mapped_column(String(400), default="")
    # Denormalised from the current enrolment so the list screen filters without joins.
    current_group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"), index=True)
    current_status: Mapped[str | None] = mapped_column(String(12), index=True)

    enrolments: Mapped[list[Enrolment]] = relationship(
        back_populates="trainee", order_by="Enrolment.id", cascade="all, delete-orphan"
    )

    __table_args__ = (Index("ix_trainees_name", "last_name", "first_name"),)


# The list screen sorts names case-insensitively (headquarters lists arrive in capitals, desk
# entries do not); this expression index lets that ORDER BY walk an index on 100,000 rows.
Index("ix_trainees_sort_name", func.lower(Trainee.last_name), func.lower(Trainee.first_name))

ENROLMENT_STATUSES = ("active", "suspended", "dropped", "graduated")


class Enrolment(RecordMixin, Base):
    __tablename__ = "enrolments"
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id", ondelete="CASCADE"), index=True)
    academic_year_id: Mapped[int] = mapped_column(ForeignKey("academic_years.id"), index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    year_of_study: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(12), default="active")
    status_since: Mapped[dt.date] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    hq_enrolment_id: Mapped[str | None] = mapped_column(String(32))
    school_level: Mapped[str | None] = mapped_column(String(60))

    trainee: Mapped[Trainee] = relationship(back_populates="enrolments")
    group: Mapped[Group] = relationship()
    academic_year: Mapped[AcademicYear] = relationship()
