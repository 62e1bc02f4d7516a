"""Pure booking rules: series expansion, room limits and overlap detection. No database here.

Times of day are minutes since midnight; intervals are half-open ``[start, end)`` so a session
ending at 11:00 and the next one starting at 11:00 do not clash.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from cmc_desktop.text import fold

WEEKDAY_NAMES_FR = ("Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche")
WEEKDAY_NAMES_AR = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
WEEKDAY_NAMES_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAY_ALIASES = {
    **{fold(n): i + 1 for i, n in enumerate(WEEKDAY_NAMES_FR)},
    **{fold(n): i + 1 for i, n in enumerate(WEEKDAY_NAMES_EN)},
    **{fold(n): i + 1 for i, n in enumerate(WEEKDAY_NAMES_AR)},
    **{fold(n[:3]): i + 1 for i, n in enumerate(WEEKDAY_NAMES_FR)},
    **{fold(n[:3]): i + 1 for i, n in enumerate(WEEKDAY_NAMES_EN)},
}
_HHMM = re.compile(r"^\s*(\d{1,2})\s*[:hH.]\s*(\d{2})?\s*$")

ROOM_KINDS = ("classroom", "workshop", "lab", "amphitheatre", "meeting", "study", "kitchen", "coworking")
SHARED_TYPES = ("language_centre", "media_library", "career_centre", "coworking", "fablab", "incubator",
                "conference_centre")
PURPOSES = ("course", "language", "event", "meeting")
MAX_SERIES_DAYS = 400  # a weekly series longer than an academic year is a typing mistake


def parse_hhmm(value: object) -> int:
    """'08:30', '8h30', '8h', a spreadsheet time or datetime → minutes since midnight."""
    if isinstance(value, dt.datetime):
        return value.hour * 60 + value.minute
    if isinstance(value, dt.time):
        return value.hour * 60 + value.minute
    if isinstance(value, float) and 0 <= value < 1:  # Excel fraction of a day
        return round(value * 24 * 60)
    m = _HHMM.match(str(value or ""))
    if not m:
        raise ValueError(f"'{value}' is not a time of day (expected hh:mm)")
    h, mi = int(m.group(1)), int(m.group(2) or 0)
    if h > 24 or mi > 59 or h * 60 + mi > 24 * 60:
        raise ValueError(f"'{value}' is not a time of day (expected hh:mm)")
    return h * 60 + mi


@lru_cache(maxsize=2048)
def fmt_min(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def to_time(minutes: int) -> dt.time:
    return dt.time(min(minutes, 24 * 60 - 1) // 60, minutes % 60)


def parse_weekday(value: object) -> int:
    """'Lundi', 'lun', 'Monday', 'الاثنين' or 1..7 → ISO weekday (1 = Monday)."""
    if isinstance(value, int) and 1 <= value <= 7:
        return value
    key = fold(str(value or "")).rstrip(".")
    if key.isdigit() and 1 <= int(key) <= 7:
        return int(key)
    if key in _DAY_ALIASES:
        return _DAY_ALIASES[key]
    raise ValueError(f"'{value}' is not a day of the week (Lundi … Dimanche)")


def trainer_key(name: str | None) -> str:
    """The same trainer typed 'Formateur 1' or 'formateur  1' is one person."""
    return fold(name)[:120]


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def series_dates(starts_on: dt.date, ends_on: dt.date, weekday: int | None,
                 closed: Mapping[dt.date, str]) -> tuple[list[dt.date], list[tuple[dt.date, str]]]:
    """The dates a booking occupies and the dates it skipped (holiday or closure, with why).

    ``weekday`` None means a one-off on ``starts_on``. A one-off on a closed day is not skipped
    silently either: it comes back in the skipped list with no date to book.
    """
    if ends_on < starts_on:
        raise ValueError(f"the series ends ({ends_on:%d/%m/%Y}) before it starts ({starts_on:%d/%m/%Y})")
    if (ends_on - starts_on).days > MAX_SERIES_DAYS:
        raise ValueError(f"a series may span at most {MAX_SERIES_DAYS} days")
    if weekday is None:
        candidates = [starts_on]
    else:
        first = starts_on + dt.timedelta(days=(weekday - starts_on.isoweekday()) % 7)
        candidates = []
        d = first
        while d <= ends_on:
            candidates.append(d)
            d += dt.timedelta(days=7)
    dates: list[dt.date] = []
    skipped: list[tuple[dt.date, str]] = []
    for d in candidates:
        if d in closed:
            skipped.append((d, closed[d]))
        else:
            dates.append(d)
    return dates, skipped


@dataclass(frozen=True)
class RoomLimits:
    id: int
    code: str
    capacity: int
    opens_min: int
    closes_min: int
    open_days: str  # ISO weekday digits, e.g. "123456"
    out_of_service_from: dt.date | None = None
    out_of_service_to: dt.date | None = None

    def out_of_service_on(self, day: dt.date) -> bool:
        if self.out_of_service_from is None:
            return False
        return self.out_of_service_from <= day <= (self.out_of_service_to or dt.date.max)


@dataclass(frozen=True)
class Slot:
    """One occurrence, proposed (key = caller's handle) or already booked (key = occurrence id)."""

    key: Hashable
    day: dt.date
    start_min: int
    end_min: int
    room_id: int
    group_id: int | None = None
    trainer_key: str = ""
    expected: int = 0
    booking_id: int | None = None


@dataclass(frozen=True)
class Clash:
    """Why one proposed slot cannot be saved. ``other`` is the slot it clashes with, if any."""

    slot: Slot
    kind: str  # room | group | trainer | capacity | hours | closed_day | out_of_service | time
    other: Slot | None = None
    other_is_proposed: bool = False


def room_problems(slot: Slot, room: RoomLimits) -> list[Clash]:
    """Capacity, opening hours and days, and out-of-service period for one slot."""
    out: list[Clash] = []
    if slot.end_min <= slot.start_min:
        out.append(Clash(slot, "time"))
    if slot.expected > room.capacity:
        out.append(Clash(slot, "capacity"))
    if str(slot.day.isoweekday()) not in room.open_days:
        out.append(Clash(slot, "closed_day"))
    elif slot.start_min < room.opens_min or slot.end_min > room.closes_min:
        out.append(Clash(slot, "hours"))
    if room.out_of_service_on(slot.day):
        out.append(Clash(slot, "out_of_service"))
    return out


def _resources(slot: Slot) -> Iterable[tuple[str, Hashable]]:
    yield "room", slot.room_id
    if slot.group_id is not None:
        yield "group", slot.group_id
    if slot.trainer_key:
        yield "trainer", slot.trainer_key


def find_overlaps(proposed: Sequence[Slot], existing: Iterable[Slot]) -> list[Clash]:
    """Every (proposed slot, resource, other slot) overlap: against the booked slots, and among
    the proposed ones themselves (a file that books one room twice clashes with itself).

    A proposed pair is reported once, on the later slot of the batch.
    """
    index: dict[tuple[str, Hashable, dt.date], list[tuple[Slot, bool]]] = defaultdict(list)
    for s in existing:
        for res in _resources(s):
            index[(res[0], res[1], s.day)].append((s, False))
    clashes: list[Clash] = []
    for p in proposed:
        for kind, value in _resources(p):
            bucket = index[(kind, value, p.day)]
            for other, is_proposed in bucket:
                if overlaps(p.start_min, p.end_min, other.start_min, other.end_min):
                    clashes.append(Clash(p, kind, other, is_proposed))
            bucket.append((p, True))
    return clashes


def no_overlaps(slots: Iterable[Slot]) -> bool:
    """True when no two slots share a room, a group or a trainer at the same time."""
    return not find_overlaps(list(slots), [])


def booked_minutes(intervals: Iterable[tuple[int, int]]) -> int:
    """Length of the union of intervals (two overlapping events never double the booked time)."""
    total = 0
    cur_s = cur_e = None
    for s, e in sorted(intervals):
        if cur_e is None or s > cur_e:
            if cur_e is not None and cur_s is not None:
                total += cur_e - cur_s
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    if cur_e is not None and cur_s is not None:
        total += cur_e - cur_s
    return total


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def equipment_tags(text: str | Iterable[str]) -> tuple[str, ...]:
    """'Vidéoprojecteur, PC ; pc' → ('PC', 'Vidéoprojecteur'): as typed, one per folded spelling."""
    parts = re.split(r"[,;\n]", text) if isinstance(text, str) else list(text)
    seen: dict[str, str] = {}
    for part in parts:
        tag = " ".join(part.split())
        if tag and fold(tag) not in seen:
            seen[fold(tag)] = tag
    return tuple(seen[k] for k in sorted(seen))


def has_equipment(tags: Iterable[str], wanted: Iterable[str]) -> bool:
    """Accent- and case-insensitive: a room tagged 'Vidéoprojecteur' has 'videoprojecteur'."""
    return {fold(w) for w in wanted} <= {fold(t) for t in tags}
