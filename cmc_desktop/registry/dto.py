"""Frozen data the registry hands to the UI and the CLI (never ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

SORT_KEYS = ("name", "matricule", "cin", "birth_date", "group", "status", "sex")


@dataclass(frozen=True)
class TraineeFilter:
    """The list screen's filters; ``None`` means "any"."""

    text: str = ""
    sector_id: int | None = None
    programme_id: int | None = None
    group_id: int | None = None
    level: str | None = None
    status: str | None = None
    resident: bool | None = None  # None: any; True: residents only; False: non-residents


@dataclass(frozen=True)
class SearchResult:
    ids: list[int]
    total: int


@dataclass(frozen=True)
class TraineeRowDTO:
    """One line of the list screen."""

    id: int
    matricule: str
    last_name: str
    first_name: str
    last_name_ar: str | None
    first_name_ar: str | None
    sex: str
    birth_date: dt.date
    cin: str | None
    phone: str | None
    group_code: str | None
    programme_code: str | None
    level: str | None
    status: str | None
    special_needs: str | None  # health data: None unless the actor holds HEALTH_READ

    @property
    def full_name(self) -> str:
        return f"{self.last_name} {self.first_name}"

    @property
    def full_name_ar(self) -> str:
        return " ".join(p for p in (self.last_name_ar, self.first_name_ar) if p)


@dataclass(frozen=True)
class EnrolmentDTO:
    id: int
    academic_year: str
    group_code: str
    programme_code: str
    programme_label: str
    level: str
    year_of_study: int
    status: str
    status_since: dt.date
    ended_on: dt.date | None


@dataclass(frozen=True)
class TraineeInput:
    """What the detail form (or an API caller) submits; values are raw text where typed."""

    matricule: str
    last_name: str
    first_name: str
    sex: str
    birth_date: dt.date | str
    group_id: int | None
    cin: str | None = None
    massar: str | None = None
    last_name_ar: str | None = None
    first_name_ar: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    home_locality: str | None = None
    distance_km: float | str | None = None
    remote_area: bool = False
    guardian_name: str | None = None
    guardian_phone: str | None = None
    special_needs: str | None = None  # ignored unless the actor holds HEALTH_READ
    bridging: bool = False
    status: str = "active"


@dataclass(frozen=True)
class TraineeDetail:
    id: int
    uuid: str
    version: int
    updated_at: dt.datetime
    updated_by: str | None
    matricule: str
    cin: str | None
    massar: str | None
    last_name: str
    first_name: str
    last_name_ar: str | None
    first_name_ar: str | None
    sex: str
    birth_date: dt.date
    phone: str | None
    email: str | None
    address: str | None
    home_locality: str | None
    distance_km: float | None
    remote_area: bool
    guardian_name: str | None
    guardian_phone: str | None
    special_needs: str | None
    bridging: bool
    group_id: int | None
    group_code: str | None
    status: str | None
    enrolments: tuple[EnrolmentDTO, ...] = ()


@dataclass(frozen=True)
class Option:
    id: int | str
    label: str


@dataclass(frozen=True)
class FilterOptions:
    sectors: tuple[Option, ...]
    programmes: tuple[Option, ...]
    groups: tuple[Option, ...]
    levels: tuple[str, ...]
    statuses: tuple[str, ...]
    residence_filter: bool  # False when the residence area is not installed


@dataclass(frozen=True)
class Issue:
    """A row problem found by the importer: errors reject the row, warnings do not."""

    row: int
    column: str
    message: str  # English, with the specifics (CLI, rejects workbook)
    severity: str = "error"  # error | warning
    # What the desk translates: the rule or check that failed, and the specifics its sentence
    # names (the cell's value first). "" when only the English message exists.
    code: str = ""
    args: tuple[str, ...] = ()

    def __str__(self) -> str:
        where = f"row {self.row}, column {self.column}" if self.column else f"row {self.row}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class ImportResult:
    path: str
    layout: str  # "template" | "hq" | "programmes"
    rows: int
    new: int
    updated: int
    unchanged: int
    rejected: int
    errors: tuple[Issue, ...]
    warnings: tuple[Issue, ...]
    unknown_columns: tuple[str, ...]
    written: bool
    dry_run: bool
    rejected_file: str | None = None
    changed_fields: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> dict[str, object]:
        return {
            "file": self.path, "layout": self.layout, "rows": self.rows, "new": self.new,
            "updated": self.updated, "unchanged": self.unchanged, "rejected": self.rejected,
            "warnings": len(self.warnings), "written": self.written, "dry_run": self.dry_run,
            "rejected_file": self.rejected_file, "unknown_columns": list(self.unknown_columns),
            "changed_fields": dict(self.changed_fields),
            "errors": [{"row": e.row, "column": e.column, "message": e.message} for e in self.errors],
            "warning_list": [{"row": w.row, "column": w.column, "message": w.message} for w in self.warnings],
        }


@dataclass(frozen=True)
class ExportResult:
    path: str
    rows: int
