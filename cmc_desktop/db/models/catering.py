"""ORM models of the catering area: subscriptions, tickets, served meals, diets, menus, costs.

The double-serve guard lives in the database: ``meal_services`` carries a UNIQUE constraint on
(trainee_id, meal_date, meal), so two desks scanning the same card at the same moment cannot
both commit a service, whatever the screens believe.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cmc_desktop.db.base import Base, RecordMixin, UTCDateTime


class MealSubscription(RecordMixin, Base):
    """A day trainee's subscription to a meal (usually lunch) for a period, both days included."""

    __tablename__ = "meal_subscriptions"
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id", ondelete="CASCADE"), index=True)
    meal: Mapped[str] = mapped_column(String(10), default="lunch")
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)


class MealTicket(RecordMixin, Base):
    """A single-use ticket for a staff member or a guest, valid for one meal on one day."""

    __tablename__ = "meal_tickets"
    code: Mapped[str] = mapped_column(String(24), unique=True)  # city-prefixed, e.g. MA09-T-000042
    category: Mapped[str] = mapped_column(String(8))  # staff | guest
    holder: Mapped[str] = mapped_column(String(120))
    meal: Mapped[str] = mapped_column(String(10))
    valid_on: Mapped[dt.date] = mapped_column(Date, index=True)


class MealService(RecordMixin, Base):
    """One meal handed out at the desk. Trainee services are unique per day and meal."""

    __tablename__ = "meal_services"
    __table_args__ = (
        UniqueConstraint("trainee_id", "meal_date", "meal"),
        Index("ix_meal_services_day_meal", "meal_date", "meal"),
    )
    trainee_id: Mapped[int | None] = mapped_column(ForeignKey("trainees.id", ondelete="CASCADE"))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("meal_tickets.id", ondelete="CASCADE"),
                                                  unique=True)
    meal_date: Mapped[dt.date] = mapped_column(Date)
    meal: Mapped[str] = mapped_column(String(10))
    category: Mapped[str] = mapped_column(String(12))  # resident | day | staff | guest
    served_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    desk: Mapped[str] = mapped_column(String(40), default="")


class DietProfile(RecordMixin, Base):
    """Dietary flags and allergens of a trainee: health data, shown only with HEALTH_READ."""

    __tablename__ = "diet_profiles"
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id", ondelete="CASCADE"), unique=True)
    flags: Mapped[str] = mapped_column(String(200), default="")  # comma-separated DIET_FLAGS codes
    allergens: Mapped[str] = mapped_column(String(200), default="")  # comma-separated EU codes
    note: Mapped[str] = mapped_column(String(200), default="")


class RamadanPeriod(RecordMixin, Base):
    """Days on which the Ramadan schedule (suhoor and iftar, no lunch) applies."""

    __tablename__ = "ramadan_periods"
    starts_on: Mapped[dt.date] = mapped_column(Date, unique=True)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    label: Mapped[str] = mapped_column(String(80), default="Ramadan")


class MenuItem(RecordMixin, Base):
    """One dish of the menu of a day and meal (starter, main, dessert…)."""

    __tablename__ = "menu_items"
    __table_args__ = (UniqueConstraint("day", "meal", "course"),)
    day: Mapped[dt.date] = mapped_column(Date)
    meal: Mapped[str] = mapped_column(String(10))
    course: Mapped[str] = mapped_column(String(12))  # starter | main | dessert | drink
    dish_fr: Mapped[str] = mapped_column(String(160))
    dish_ar: Mapped[str] = mapped_column(String(160), default="")
    allergens: Mapped[str] = mapped_column(String(200), default="")  # comma-separated EU codes


class FoodCost(RecordMixin, Base):
    """A food purchase charged to a day (and optionally a meal), in dirhams."""

    __tablename__ = "food_costs"
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    meal: Mapped[str | None] = mapped_column(String(10))
    label: Mapped[str] = mapped_column(String(160))
    amount_mad: Mapped[Decimal] = mapped_column(Numeric(12, 2))
