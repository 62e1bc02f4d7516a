"""Pure scheduling rules (no database): when is an export due, when is the next one."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from cmc_desktop.clock import CITY_TZ
from cmc_desktop.errors import ValidationError

DEFAULT_TIMES = ("02:00",)
RETRY_AFTER = dt.timedelta(hours=1)
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def parse_times(text: str | None) -> tuple[dt.time, ...]:
    """"02:00, 14:30" → sorted unique local times; an empty value means the daily default."""
    parts = [p.strip() for p in (text or "").replace(";", ",").replace("،", ",").split(",") if p.strip()]
    if not parts:
        parts = list(DEFAULT_TIMES)
    out = set()
    for p in parts:
        m = _TIME.match(p)
        if not m:
            raise ValidationError(f"Export time '{p}' is not a time of day like 02:00 or 14:30",
                                  errors=[("schedule", p)])
        out.add(dt.time(int(m.group(1)), int(m.group(2))))
    return tuple(sorted(out))


def format_times(times: tuple[dt.time, ...]) -> str:
    return ", ".join(t.strftime("%H:%M") for t in times)


def _slot(day: dt.date, t: dt.time, tz: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, t, tzinfo=tz).astimezone(dt.UTC)


def slots_between(times: tuple[dt.time, ...], after: dt.datetime, until: dt.datetime,
                  tz: ZoneInfo = CITY_TZ) -> list[dt.datetime]:
    """Scheduled instants (UTC) in the half-open interval (after, until]."""
    if until <= after:
        return []
    out = []
    day = after.astimezone(tz).date()
    last = until.astimezone(tz).date()
    while day <= last:
        for t in times:
            at = _slot(day, t, tz)
            if after < at <= until:
                out.append(at)
        day += dt.timedelta(days=1)
    return out


def next_slot(times: tuple[dt.time, ...], now: dt.datetime, tz: ZoneInfo = CITY_TZ) -> dt.datetime:
    day = now.astimezone(tz).date()
    for offset in range(0, 3):
        for t in times:
            at = _slot(day + dt.timedelta(days=offset), t, tz)
            if at > now:
                return at
    raise AssertionError("a daily schedule always has a next slot")


def missed_slots(times: tuple[dt.time, ...], last_attempt: dt.datetime | None, last_failed: bool,
                 now: dt.datetime, tz: ZoneInfo = CITY_TZ) -> list[dt.datetime]:
    """The scheduled exports that should have run since the last attempt (PC off, app closed).

    Never run: the most recent slot of the last day is due. A failed attempt is retried once an
    hour (its slot is reported again) so an unreachable share is not hammered every minute.
    """
    if last_attempt is None:
        recent = slots_between(times, now - dt.timedelta(days=1), now, tz)
        return recent[-1:]
    missed = slots_between(times, last_attempt, now, tz)
    if not missed and last_failed and now - last_attempt >= RETRY_AFTER:
        return [last_attempt + RETRY_AFTER]
    return missed
