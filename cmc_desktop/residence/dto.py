"""Frozen values the residence services hand to the UI, the CLI and the reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class BuildingInfo:
    id: int
    code: str
    name: str
    name_ar: str
    sex: str
    floors: int
    rooms: int
    beds: int


@dataclass(frozen=True)
class BedCell:
    """One bed on the room board. ``state``: free | reserved | occupied | leave | maintenance."""

    bed_id: int
    label: str  # "A-104-B"
    state: str
    trainee_id: int | None = None
    trainee_name: str = ""
    matricule: str = ""
    minor: bool = False
    since: dt.date | None = None


@dataclass(frozen=True)
class RoomCell:
    room_id: int
    building_id: int
    building_code: str
    sex: str
    floor: int
    code: str
    label: str  # "A-104"
    capacity: int
    accessible: bool
    status: str  # available | maintenance
    beds: tuple[BedCell, ...]

    @property
    def free_beds(self) -> int:
        return sum(b.state == "free" for b in self.beds)


@dataclass(frozen=True)
class ApplicationRow:
    id: int
    trainee_id: int
    matricule: str
    name: str
    sex: str
    year: str
    score: float
    rank: int | None
    status: str
    bed: str  # "A-104-B" when housed
    waitlist_position: int | None
    distance_km: float
    remote: bool
    social_score: int
    minor: bool
    accessibility_need: bool
    year_of_study: int
    group: str


@dataclass(frozen=True)
class ScoreLine:
    key: str
    label: str  # English source text
    points: float


@dataclass(frozen=True)
class ApplicationDetail:
    row: ApplicationRow
    breakdown: tuple[ScoreLine, ...]
    why: str  # decision code (see rules.Decision.why)
    message: str  # English explanation
    roommate: str  # "matricule name" of the requested roommate, or ""
    room: str = ""


@dataclass(frozen=True)
class DecisionRow:
    trainee_id: int
    matricule: str
    name: str
    sex: str
    rank: int
    score: float
    status: str
    bed: str
    kept: bool
    why: str
    message: str
    waitlist_position: int | None


@dataclass(frozen=True)
class AllocationOutcome:
    year: str
    dry_run: bool
    applications: int
    housed: int
    newly_housed: int
    kept: int
    waitlisted: int
    beds_total: int
    beds_free: int
    by_sex: dict[str, dict[str, int]]
    priority_inversions: int
    minors_with_minors: bool
    weights: dict[str, float]
    decisions: tuple[DecisionRow, ...] = field(default=(), repr=False)

    def summary(self) -> dict[str, object]:
        return {
            "year": self.year, "dry_run": self.dry_run, "applications": self.applications,
            "housed": self.housed, "newly_housed": self.newly_housed, "kept": self.kept,
            "waitlisted": self.waitlisted, "beds_total": self.beds_total, "beds_free": self.beds_free,
            "by_sex": self.by_sex, "priority_inversions": self.priority_inversions,
            "minors_with_minors": self.minors_with_minors, "weights": self.weights,
        }


@dataclass(frozen=True)
class StayInfo:
    id: int
    trainee_id: int
    matricule: str
    name: str
    bed_id: int
    bed: str
    building: str
    check_in: dt.date
    check_out: dt.date | None
    key_code: str
    deposit_mad: int
    condition_in: dict[str, str]
    dispute_until: dt.datetime | None
    dispute_note: str
    damages_mad: int
    refund_mad: int  # deposit minus damages, never below zero
    balance_due_mad: int  # damages beyond the deposit
    library_items_out: int = 0  # "no dues" check at check-out: media-library items still on loan


@dataclass(frozen=True)
class LeaveInfo:
    id: int
    trainee_id: int
    starts_on: dt.date
    ends_on: dt.date
    reason: str


@dataclass(frozen=True)
class BedHistoryLine:
    day: dt.date
    kind: str  # check_in | check_out | move_in | move_out
    trainee: str
    detail: str


@dataclass(frozen=True)
class OccupancyLine:
    building: str
    sex: str
    floor: int | None  # None: building total
    beds: int
    out_of_service: int
    occupied: int
    reserved: int
    free: int

    @property
    def rate(self) -> float:
        usable = self.beds - self.out_of_service
        return self.occupied / usable if usable else 0.0


@dataclass(frozen=True)
class OccupancyReport:
    day: dt.date
    city: str
    lines: tuple[OccupancyLine, ...]
    beds: int
    occupied: int
    free: int
    on_leave: int
    active_trainees: int
    target_share: float  # 0.16
    waitlist: int

    @property
    def target_beds(self) -> int:
        return round(self.active_trainees * self.target_share)

    @property
    def housed_share(self) -> float:
        return self.occupied / self.active_trainees if self.active_trainees else 0.0

    @property
    def rate(self) -> float:
        return self.occupied / self.beds if self.beds else 0.0


@dataclass(frozen=True)
class ResidentRow:
    trainee_id: int
    matricule: str
    name: str
    name_ar: str
    sex: str
    building: str
    room: str
    bed: str
    check_in: dt.date
    status: str  # present | on leave


@dataclass(frozen=True)
class CertificateData:
    matricule: str
    name: str
    name_ar: str
    birth_date: dt.date
    cin: str
    group: str
    programme: str
    programme_ar: str
    year: str
    building: str
    building_ar: str
    room: str
    bed: str
    check_in: dt.date
    check_out: dt.date | None
    city_fr: str
    city_ar: str
    site: str
    issued_on: dt.date
    reference: str
