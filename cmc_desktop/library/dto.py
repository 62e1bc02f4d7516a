"""Frozen results of the library services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class TitleInfo:
    id: int
    title: str
    authors: str
    isbn: str
    language: str
    subject: str
    item_type: str
    copies: int = 0
    available: int = 0


@dataclass(frozen=True)
class CopyInfo:
    id: int
    barcode: str
    title: str
    shelf_location: str
    status: str


@dataclass(frozen=True)
class LoanRuleInfo:
    patron_category: str
    item_type: str
    max_loans: int
    loan_days: int
    renewals: int
    stored: bool  # False: the built-in default applies


@dataclass(frozen=True)
class LoanInfo:
    id: int
    barcode: str
    title: str
    patron_code: str
    patron_name: str
    patron_category: str
    checked_out_at: dt.datetime
    due_on: dt.date
    returned_at: dt.datetime | None
    renewals: int
    overdue_days: int


@dataclass(frozen=True)
class CirculationResult:
    """What the scan banner shows after a check-out, return or renewal."""

    action: str  # checkout | return | renew
    barcode: str
    title: str
    patron_code: str
    patron_name: str
    due_on: dt.date | None
    message: str
    hold_for: str = ""  # return: put the copy aside for this patron
    overdue_days: int = 0


@dataclass(frozen=True)
class PatronInfo:
    code: str
    name: str
    category: str
    status: str
    loans: tuple[LoanInfo, ...]
    blocked: bool
    block_reason: str


@dataclass(frozen=True)
class HoldInfo:
    id: int
    title: str
    patron_code: str
    patron_name: str
    status: str
    position: int
    placed_at: dt.datetime


@dataclass(frozen=True)
class Clearance:
    """'No dues' for a leaving or graduating trainee."""

    trainee_id: int
    matricule: str
    name: str
    cleared: bool
    open_loans: tuple[LoanInfo, ...]
    cancelled_holds: int = 0


@dataclass(frozen=True)
class StocktakeResult:
    location: str | None
    scanned: int
    seen: int
    missing: tuple[CopyInfo, ...]
    out_of_place: tuple[CopyInfo, ...]
    on_loan_but_scanned: tuple[CopyInfo, ...]
    unknown: tuple[str, ...]


@dataclass(frozen=True)
class CatalogueImportResult:
    titles_created: int
    titles_extended: int
    copies_created: int
    barcodes: tuple[str, ...] = field(default=())
