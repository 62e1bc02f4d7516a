"""Pure rules of the career centre: insertion and knowledge rates, survey waves, appointment slots.

Definitions (documented in docs/SERVICES.md):
- a graduate is *due* for a wave once ``wave`` months have passed since graduation;
- the **knowledge rate** is the share of due graduates whose outcome is known (not 'unknown' and
  not unanswered); NACE treats 65 % as the minimum for a credible rate;
- the **insertion rate** is the share of graduates *on the labour market* who work: employed or
  self-employed / (known outcomes − further study). Graduates still studying are neither inserted
  nor seeking, as in the OFPPT follow-up surveys.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

OUTCOMES = ("employed", "self_employed", "further_study", "seeking", "unknown")
INSERTED = frozenset({"employed", "self_employed"})
WAVES = (9, 36)
KNOWLEDGE_MINIMUM = 0.65


def add_months(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def wave_due_on(graduated_on: dt.date, wave: int) -> dt.date:
    if wave not in WAVES:
        raise ValueError(f"the follow-up surveys are at {WAVES[0]} and {WAVES[1]} months, not {wave}")
    return add_months(graduated_on, wave)


def graduation_cutoff(today: dt.date, wave: int) -> dt.date:
    """Graduates on or before this date are due for the wave today."""
    return add_months(today, -wave)


@dataclass(frozen=True)
class RateCounts:
    graduates: int = 0  # due for the wave
    known: int = 0
    inserted: int = 0
    further_study: int = 0
    seeking: int = 0

    def __add__(self, other: RateCounts) -> RateCounts:
        return RateCounts(self.graduates + other.graduates, self.known + other.known,
                          self.inserted + other.inserted, self.further_study + other.further_study,
                          self.seeking + other.seeking)

    @property
    def knowledge_rate(self) -> float | None:
        return self.known / self.graduates if self.graduates else None

    @property
    def labour_market(self) -> int:
        return self.known - self.further_study

    @property
    def insertion_rate(self) -> float | None:
        return self.inserted / self.labour_market if self.labour_market > 0 else None

    @property
    def knowledge_ok(self) -> bool:
        rate = self.knowledge_rate
        return rate is not None and rate >= KNOWLEDGE_MINIMUM


def counts_from_outcomes(outcomes: Iterable[str | None]) -> RateCounts:
    """One entry per due graduate: their outcome for the wave, or None when unanswered."""
    g = k = i = f = s = 0
    for o in outcomes:
        g += 1
        if o is None or o == "unknown":
            continue
        if o not in OUTCOMES:
            raise ValueError(f"unknown outcome {o!r}")
        k += 1
        i += o in INSERTED
        f += o == "further_study"
        s += o == "seeking"
    return RateCounts(g, k, i, f, s)


def slot_problem(day: dt.date, starts: dt.time, minutes: int, blocks: Iterable[tuple[int, dt.time, dt.time]],
                 taken: Iterable[tuple[dt.time, dt.time]], slot_minutes: int, *, today: dt.date,
                 closed: Iterable[dt.date] = ()) -> str | None:
    """None when the appointment fits; else why not. The same check serves trainees and staff
    (Easy!Appointments let staff-entered bookings skip it, #987)."""
    if day < today:
        return f"{day:%d/%m/%Y} is in the past"
    if day in set(closed):
        return f"{day:%d/%m/%Y} is a holiday or closure"
    if minutes <= 0 or minutes % slot_minutes:
        return f"an appointment lasts a multiple of {slot_minutes} minutes"
    start_m = starts.hour * 60 + starts.minute
    end_m = start_m + minutes
    fitting = None
    for weekday, b_start, b_end in blocks:
        if weekday != day.weekday():
            continue
        bs, be = b_start.hour * 60 + b_start.minute, b_end.hour * 60 + b_end.minute
        if bs <= start_m and end_m <= be:
            fitting = bs
            break
    if fitting is None:
        return f"{starts:%H:%M} on {day:%d/%m/%Y} is outside the counsellor's opening hours"
    if (start_m - fitting) % slot_minutes:
        return f"appointments start on the {slot_minutes}-minute grid of the opening hours"
    for t_start, t_end in taken:
        ts, te = t_start.hour * 60 + t_start.minute, t_end.hour * 60 + t_end.minute
        if start_m < te and ts < end_m:
            return f"the counsellor already has an appointment from {t_start:%H:%M} to {t_end:%H:%M}"
    return None


def free_slots(day: dt.date, blocks: Iterable[tuple[int, dt.time, dt.time]], taken: Iterable[tuple[dt.time, dt.time]],
               slot_minutes: int) -> list[dt.time]:
    taken = list(taken)
    out = []
    for weekday, b_start, b_end in sorted(blocks, key=lambda b: b[1]):
        if weekday != day.weekday():
            continue
        m = b_start.hour * 60 + b_start.minute
        end = b_end.hour * 60 + b_end.minute
        while m + slot_minutes <= end:
            if not any(m < te.hour * 60 + te.minute and ts.hour * 60 + ts.minute < m + slot_minutes
                       for ts, te in taken):
                out.append(dt.time(m // 60, m % 60))
            m += slot_minutes
    return out


def end_time(starts: dt.time, minutes: int) -> dt.time:
    m = starts.hour * 60 + starts.minute + minutes
    if m >= 24 * 60:
        raise ValueError("an appointment must end the same day")
    return dt.time(m // 60, m % 60)


PROJECT_STAGES = ("idea", "business_plan", "incubation", "company_created")


def stage_problem(current: str, target: str) -> str | None:
    """A project moves one stage forward at a time, or is abandoned; a created company is final."""
    if current in ("company_created", "abandoned"):
        return f"the project is closed ({current.replace('_', ' ')})"
    if target == "abandoned":
        return None
    if target not in PROJECT_STAGES:
        return f"'{target}' is not a stage ({', '.join(PROJECT_STAGES)})"
    if PROJECT_STAGES.index(target) != PROJECT_STAGES.index(current) + 1:
        return f"a project at stage {current.replace('_', ' ')} moves next to " \
               f"{PROJECT_STAGES[PROJECT_STAGES.index(current) + 1].replace('_', ' ')}"
    return None
