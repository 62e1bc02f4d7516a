"""Injectable time. Events are stored in UTC; calendar facts use the city's local date."""

from __future__ import annotations

import datetime as dt
from typing import Protocol
from zoneinfo import ZoneInfo

CITY_TZ = ZoneInfo("Africa/Casablanca")


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """Aware UTC datetime."""

    def today(self) -> dt.date:
        """Local calendar date in the city."""


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def today(self) -> dt.date:
        return self.now().astimezone(CITY_TZ).date()


class FixedClock:
    """For tests and demos: a clock that only moves when told to."""

    def __init__(self, at: dt.datetime) -> None:
        if at.tzinfo is None:
            at = at.replace(tzinfo=CITY_TZ)
        self._at = at.astimezone(dt.UTC)

    def now(self) -> dt.datetime:
        return self._at

    def today(self) -> dt.date:
        return self._at.astimezone(CITY_TZ).date()

    def advance(self, **delta: float) -> None:
        self._at += dt.timedelta(**delta)
