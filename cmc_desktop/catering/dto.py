"""Frozen results of the catering services (never ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class ScanResult:
    accepted: bool
    code: str  # what was scanned, normalised
    reason: str = ""  # a rules.REASONS code when refused
    message: str = ""  # English text for the CLI and logs
    meal: str | None = None
    meal_date: dt.date | None = None
    ramadan: bool = False
    category: str = ""
    service_id: int | None = None  # for "undo last scan"
    trainee_id: int | None = None
    matricule: str = ""
    name: str = ""
    name_ar: str = ""
    group: str = ""
    photo: bytes | None = None
    # None when the actor may not read health data; () when there is nothing to show.
    diet: tuple[str, ...] | None = None
    allergens: tuple[str, ...] | None = None
    diet_note: str = ""
    previous_at: dt.datetime | None = None  # when refused as already served
    served_at: dt.datetime | None = None

    def as_dict(self) -> dict:
        return {
            "accepted": self.accepted, "code": self.code, "reason": self.reason, "message": self.message,
            "meal": self.meal, "meal_date": self.meal_date.isoformat() if self.meal_date else None,
            "category": self.category, "service_id": self.service_id, "matricule": self.matricule,
            "name": self.name, "name_ar": self.name_ar, "group": self.group,
            "diet": list(self.diet) if self.diet is not None else None,
            "allergens": list(self.allergens) if self.allergens is not None else None,
            "previous_at": self.previous_at.isoformat() if self.previous_at else None,
            "served_at": self.served_at.isoformat() if self.served_at else None,
        }


@dataclass(frozen=True)
class ForecastRow:
    day: dt.date
    meal: str
    status: str  # open | closed | no_service
    residents: int
    on_leave: int
    subscribers: int
    tickets: int
    forecast: int
    served: int | None  # None for days still to come
    ramadan: bool = False
    note: str = ""

    def as_dict(self) -> dict:
        return {"day": self.day.isoformat(), "meal": self.meal, "status": self.status,
                "residents": self.residents, "on_leave": self.on_leave, "subscribers": self.subscribers,
                "tickets": self.tickets, "forecast": self.forecast, "served": self.served,
                "ramadan": self.ramadan, "note": self.note}


@dataclass(frozen=True)
class Subscription:
    id: int
    trainee_id: int
    matricule: str
    name: str
    meal: str
    starts_on: dt.date
    ends_on: dt.date


@dataclass(frozen=True)
class Ticket:
    id: int
    code: str
    category: str
    holder: str
    meal: str
    valid_on: dt.date
    used: bool = False


@dataclass(frozen=True)
class ServedRow:
    id: int
    served_at: dt.datetime
    meal_date: dt.date
    meal: str
    category: str
    code: str  # matricule or ticket code
    name: str
    desk: str


@dataclass(frozen=True)
class MenuDish:
    id: int
    day: dt.date
    meal: str
    course: str
    dish_fr: str
    dish_ar: str
    allergens: tuple[str, ...]


@dataclass(frozen=True)
class DailyCost:
    day: dt.date
    cost_mad: Decimal
    served: int
    per_meal_mad: Decimal | None


@dataclass(frozen=True)
class MonthDay:
    day: dt.date
    served: dict[tuple[str, str], int]  # (meal, category) → count
    forecast: dict[str, int]  # meal → forecast
    no_shows: dict[str, int]  # meal → entitled trainees who did not come
    cost_mad: Decimal


@dataclass(frozen=True)
class MonthlyReport:
    year: int
    month: int
    days: list[MonthDay] = field(default_factory=list)

    def total_served(self) -> int:
        return sum(sum(d.served.values()) for d in self.days)

    def total_forecast(self) -> int:
        return sum(sum(d.forecast.values()) for d in self.days)

    def total_cost(self) -> Decimal:
        return sum((d.cost_mad for d in self.days), Decimal("0"))


@dataclass(frozen=True)
class CardRow:
    matricule: str
    name: str
    name_ar: str
    group: str


@dataclass(frozen=True)
class CateringSettings:
    schedule_json: str
    windows: dict[str, dict[str, str]]  # normal|ramadan → meal → "06:30–09:00"
    ramadan_periods: list[tuple[dt.date, dt.date]]
