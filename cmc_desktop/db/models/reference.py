"""Reference catalogue: regions, sectors, hubs, programmes, academic years, groups, settings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cmc_desktop.db.base import Base, RecordMixin


class Setting(Base):
    """Key/value settings that belong to the city's database (not to one desk)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class Region(RecordMixin, Base):
    __tablename__ = "regions"
    code: Mapped[str] = mapped_column(String(8), unique=True)  # MA-01 … MA-12
    name_fr: Mapped[str] = mapped_column(String(120))
    name_ar: Mapped[str] = mapped_column(String(120))
    city_site: Mapped[str] = mapped_column(String(80))  # the CMC site, e.g. "Agadir (Drarga)"
    residence_beds: Mapped[int | None] = mapped_column(Integer)


class Sector(RecordMixin, Base):
    __tablename__ = "sectors"
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name_fr: Mapped[str] = mapped_column(String(120))
    name_ar: Mapped[str] = mapped_column(String(120), default="")
    name_en: Mapped[str] = mapped_column(String(120), default="")


class Hub(RecordMixin, Base):
    """A sector hub (pôle) of this city."""

    __tablename__ = "hubs"
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name_fr: Mapped[str] = mapped_column(String(160))
    name_ar: Mapped[str] = mapped_column(String(160), default="")
    sector_id: Mapped[int] = mapped_column(ForeignKey("sectors.id"))
    sector: Mapped[Sector] = relationship()


LEVELS = ("Q", "T", "TS", "SPEC", "CERT")  # Qualification, Technicien, TS, Spécialisation, certificate


class Programme(RecordMixin, Base):
    """A filière."""

    __tablename__ = "programmes"
    code: Mapped[str] = mapped_column(String(24), unique=True)
    label_fr: Mapped[str] = mapped_column(String(200))
    label_ar: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[str] = mapped_column(String(8))
    duration_months: Mapped[int] = mapped_column(Integer)
    diploma: Mapped[bool] = mapped_column(Boolean, default=True)  # False: certificate course
    sector_id: Mapped[int] = mapped_column(ForeignKey("sectors.id"), index=True)
    soft_skills_hours: Mapped[int] = mapped_column(Integer, default=0)
    sector: Mapped[Sector] = relationship()


class AcademicYear(RecordMixin, Base):
    __tablename__ = "academic_years"
    code: Mapped[str] = mapped_column(String(9), unique=True)  # "2026-2027"
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    current: Mapped[bool] = mapped_column(Boolean, default=False)


class Group(RecordMixin, Base):
    __tablename__ = "groups"
    __table_args__ = (UniqueConstraint("code", "academic_year_id"),)
    code: Mapped[str] = mapped_column(String(24), index=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id"), index=True)
    academic_year_id: Mapped[int] = mapped_column(ForeignKey("academic_years.id"), index=True)
    year_of_study: Mapped[int] = mapped_column(Integer, default=1)
    capacity: Mapped[int] = mapped_column(Integer, default=20)
    programme: Mapped[Programme] = relationship()
    academic_year: Mapped[AcademicYear] = relationship()


class CalendarDay(RecordMixin, Base):
    """A holiday or closure in the academic calendar (meals, bookings and loans read it)."""

    __tablename__ = "calendar_days"
    day: Mapped[dt.date] = mapped_column(Date, unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # holiday | closure
    label: Mapped[str] = mapped_column(String(120))
