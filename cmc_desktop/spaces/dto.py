"""Frozen data handed to the UI and CLI by the spaces services (never ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class StructureDTO:
    id: int
    code: str
    name_fr: str
    name_ar: str
    kind: str  # hub | shared
    shared_type: str | None
    hub_id: int | None
    hub_code: str
    requires_approval: bool
    manager: str
    rooms: int
    version: int

    @property
    def label(self) -> str:
        return f"{self.code} — {self.name_fr}"


@dataclass(frozen=True)
class StructureDraft:
    code: str
    name_fr: str
    kind: str
    name_ar: str = ""
    shared_type: str | None = None
    hub_id: int | None = None
    requires_approval: bool = False
    manager: str = ""


@dataclass(frozen=True)
class RoomDTO:
    id: int
    code: str
    name: str
    structure_id: int
    structure_code: str
    kind: str
    capacity: int
    equipment: tuple[str, ...]
    accessible: bool
    opens: dt.time
    closes: dt.time
    open_days: str
    out_of_service_from: dt.date | None
    out_of_service_to: dt.date | None
    version: int

    @property
    def equipment_text(self) -> str:
        return ", ".join(self.equipment)


@dataclass(frozen=True)
class RoomDraft:
    code: str
    structure_id: int
    kind: str
    capacity: int
    name: str = ""
    equipment: str = ""
    accessible: bool = True
    opens: dt.time = dt.time(8, 0)
    closes: dt.time = dt.time(19, 0)
    open_days: str = "123456"
    out_of_service_from: dt.date | None = None
    out_of_service_to: dt.date | None = None


@dataclass(frozen=True)
class BookingDraft:
    """A one-off (weekly False: the booking is on ``starts_on``) or a weekly series."""

    room_id: int
    starts_on: dt.date
    start: dt.time
    end: dt.time
    purpose: str = "course"
    weekly: bool = False
    ends_on: dt.date | None = None
    group_id: int | None = None
    organiser: str = ""
    trainer: str = ""
    expected: int | None = None  # None: the group's active trainees
    title: str = ""
    note: str = ""


@dataclass(frozen=True)
class ClashInfo:
    day: dt.date
    start: str  # hh:mm
    end: str
    room: str
    kind: str  # room | group | trainer (joined by '+') | capacity | hours | closed_day | out_of_service | time
    message: str  # English, names both sides (CLI, logs); the UI rebuilds it translated from the fields
    group: str = ""  # the proposed slot's group
    expected: int = 0
    other_booking: int | None = None  # the accepted booking it clashes with
    other_label: str = ""  # or another proposed slot ("row 5 of this file")
    other_start: str = ""
    other_end: str = ""
    other_room: str = ""
    other_group: str = ""
    other_trainer: str = ""
    other_title: str = ""
    capacity: int | None = None
    opens: str = ""
    closes: str = ""
    out_of_service_from: dt.date | None = None
    out_of_service_to: dt.date | None = None


@dataclass(frozen=True)
class BookingPlan:
    """What a booking would occupy: dates kept, dates skipped (with why), and its clashes."""

    dates: tuple[dt.date, ...]
    skipped: tuple[tuple[dt.date, str], ...]
    clashes: tuple[ClashInfo, ...]
    expected: int
    status: str  # approved | pending

    @property
    def ok(self) -> bool:
        return not self.clashes


@dataclass(frozen=True)
class BookingDTO:
    id: int
    room_id: int
    room_code: str
    purpose: str
    title: str
    group_id: int | None
    group_code: str
    organiser: str
    trainer: str
    expected: int
    weekday: int | None
    starts_on: dt.date
    ends_on: dt.date
    start: str
    end: str
    status: str
    skipped: tuple[tuple[dt.date, str], ...]
    occurrences: int
    version: int


@dataclass(frozen=True)
class OccurrenceDTO:
    id: int
    booking_id: int
    day: dt.date
    start_min: int
    end_min: int
    room_id: int
    room_code: str
    group_code: str
    trainer: str
    title: str
    purpose: str
    state: str  # active | pending | cancelled
    moved: bool

    @property
    def start(self) -> str:
        return f"{self.start_min // 60:02d}:{self.start_min % 60:02d}"

    @property
    def end(self) -> str:
        return f"{self.end_min // 60:02d}:{self.end_min % 60:02d}"


@dataclass(frozen=True)
class WeekLane:
    id: int | str
    label: str
    detail: str = ""
    # day indexes of the week when this room cannot be booked: "closed" (not an open day) or
    # "out_of_service"
    unavailable: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class WeekView:
    """A week painted as lanes × days. A structure view has one lane per room (side by side);
    a room, group or trainer view has a single lane."""

    kind: str  # structure | room | group | trainer
    title: str
    monday: dt.date
    days: tuple[dt.date, ...]
    lanes: tuple[WeekLane, ...]
    # lane index, day index, occurrence
    entries: tuple[tuple[int, int, OccurrenceDTO], ...]
    closed: tuple[tuple[dt.date, str], ...] = ()
    day_start_min: int = 8 * 60
    day_end_min: int = 19 * 60


@dataclass(frozen=True)
class FreeRoom:
    id: int
    code: str
    structure_code: str
    kind: str
    capacity: int
    equipment: tuple[str, ...]
    accessible: bool


@dataclass(frozen=True)
class ImportIssue:
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"row {self.row}, {self.column}: {self.message}" if self.column else f"row {self.row}: {self.message}"


@dataclass(frozen=True)
class TimetableImportResult:
    rows: int
    bookings: int
    occurrences: int
    skipped: tuple[tuple[int, dt.date, str], ...]  # row, date, why
    dry_run: bool
    issues: tuple[ImportIssue, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class UtilisationRow:
    level: str  # room | structure | hub
    code: str
    label: str
    structure: str
    hub: str
    available_hours: float
    booked_hours: float

    @property
    def rate(self) -> float:
        return self.booked_hours / self.available_hours if self.available_hours else 0.0
