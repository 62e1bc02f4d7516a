"""Pure rules of the media library: ISBN check digits, city-prefixed barcodes, due dates.

No database here; ``tests/core/library/test_rules.py`` checks them exhaustively (hypothesis).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

# Defaults used for a matrix cell the library has not set yet (Koha's "default rule").
# A reference item is consulted on site only: max_loans 0 refuses the check-out.
DEFAULT_RULES: dict[tuple[str, str], tuple[int, int, int]] = {
    ("trainee", "book"): (3, 14, 1),
    ("trainee", "magazine"): (2, 7, 0),
    ("trainee", "dvd"): (1, 7, 0),
    ("trainee", "reference"): (0, 0, 0),
    ("staff", "book"): (6, 30, 2),
    ("staff", "magazine"): (3, 14, 1),
    ("staff", "dvd"): (2, 14, 1),
    ("staff", "reference"): (1, 3, 0),
}
# The library is closed on Sundays (weekday 6) besides the holidays of the academic calendar.
CLOSED_WEEKDAYS: tuple[int, ...] = (6,)


def normalize_isbn(raw: object) -> str:
    """Digits (and a final X) only: '978-2-07-036002-4' → '9782070360024'.

    Spreadsheets often store an ISBN-13 as a number, hence the float/int handling.
    """
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = str(raw).strip().upper()
    if text.startswith("ISBN"):
        text = text[4:].lstrip(":")
    # Only separators go: a stray letter must still be reported, not silently dropped.
    return "".join(ch for ch in text if ch not in " -\u2010\u2011\u2012\u2013.")


def isbn10_check_digit(first9: str) -> str:
    total = sum((10 - i) * int(d) for i, d in enumerate(first9))
    check = (11 - total % 11) % 11
    return "X" if check == 10 else str(check)


def isbn13_check_digit(first12: str) -> str:
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def isbn_problem(raw: object) -> str | None:
    """None when the ISBN is valid, else a short English reason."""
    isbn = normalize_isbn(raw)
    if len(isbn) == 10:
        if not isbn[:9].isdigit() or not (isbn[9].isdigit() or isbn[9] == "X"):
            return f"'{raw}' is not an ISBN-10 (9 digits then a digit or X)"
        if isbn10_check_digit(isbn[:9]) != isbn[9]:
            return f"'{raw}' has a wrong ISBN-10 check digit (expected {isbn10_check_digit(isbn[:9])})"
        return None
    if len(isbn) == 13:
        if not isbn.isdigit():
            return f"'{raw}' is not an ISBN-13 (13 digits)"
        if not isbn.startswith(("978", "979")):
            return f"'{raw}' is not an ISBN-13 (it must start with 978 or 979)"
        if isbn13_check_digit(isbn[:12]) != isbn[12]:
            return f"'{raw}' has a wrong ISBN-13 check digit (expected {isbn13_check_digit(isbn[:12])})"
        return None
    return f"'{raw}' is not an ISBN: it has {len(isbn)} characters, an ISBN has 10 or 13"


def is_valid_isbn(raw: object) -> bool:
    return isbn_problem(raw) is None


def isbn10_to_13(isbn10: str) -> str:
    core = "978" + normalize_isbn(isbn10)[:9]
    return core + isbn13_check_digit(core)


def barcode_prefix(region_code: str | None) -> str:
    """'MA-09' → 'MA09'. Every copy barcode starts with it, so codes never collide between cities
    (the collision Koha fixed with per-branch prefixes, bug 7676)."""
    code = "".join(ch for ch in (region_code or "").upper() if ch.isalnum())
    if len(code) != 4 or not code.startswith("MA") or not code[2:].isdigit():
        raise ValueError(f"'{region_code}' is not a region code like MA-09")
    return code


def make_barcode(prefix: str, seq: int) -> str:
    """City prefix + 'L' (library) + a 7-digit sequence: 'MA09L0000123'."""
    if not 0 < seq < 10_000_000:
        raise ValueError("the barcode sequence is exhausted")
    return f"{prefix}L{seq:07d}"


def barcode_sequence(prefix: str, barcode: str) -> int | None:
    head = f"{prefix}L"
    if barcode.startswith(head) and barcode[len(head):].isdigit():
        return int(barcode[len(head):])
    return None


def is_open_day(day: dt.date, closed: Collection[dt.date], closed_weekdays: Collection[int] = CLOSED_WEEKDAYS) -> bool:
    return day not in closed and day.weekday() not in closed_weekdays


def due_date(today: dt.date, loan_days: int, hard_due: dt.date | None, closed: Collection[dt.date],
             closed_weekdays: Collection[int] = CLOSED_WEEKDAYS) -> dt.date:
    """today + loan_days, capped by the hard due date, moved to an open day.

    A closed day moves the date forward to the next open day; if that would pass the hard due
    date, it moves back to the last open day before it (the hard date is never exceeded).
    """
    due = today + dt.timedelta(days=loan_days)
    if hard_due is not None and due > hard_due:
        due = hard_due
    forward = due
    while not is_open_day(forward, closed, closed_weekdays):
        forward += dt.timedelta(days=1)
    if hard_due is None or forward <= hard_due:
        return forward
    back = due
    while not is_open_day(back, closed, closed_weekdays) and back > today:
        back -= dt.timedelta(days=1)
    return back


def overdue_days(due: dt.date, today: dt.date) -> int:
    return max(0, (today - due).days)


@dataclass(frozen=True)
class StocktakeOutcome:
    missing: list[str]  # on the shelf according to the catalogue, not scanned
    out_of_place: list[str]  # scanned here, but shelved elsewhere
    on_loan_but_scanned: list[str]  # scanned, yet recorded as out on loan
    unknown: list[str]  # scanned codes the catalogue does not know
    seen: list[str]


def stocktake(scanned: list[str], expected_here: dict[str, str], all_copies: dict[str, tuple[str, str]],
              location: str | None) -> StocktakeOutcome:
    """Compare a scan list with the catalogue.

    ``expected_here`` maps barcode → status for copies that should be on the scanned shelves;
    ``all_copies`` maps barcode → (shelf, status) for every copy. A misshelved copy is reported
    out of place, never missing (Koha's "last seen" flaw).
    """
    seen: list[str] = []
    unknown: list[str] = []
    out_of_place: list[str] = []
    on_loan: list[str] = []
    seen_set: set[str] = set()
    for raw in scanned:
        code = raw.strip().upper()
        if not code or code in seen_set:
            continue
        seen_set.add(code)
        info = all_copies.get(code)
        if info is None:
            unknown.append(code)
            continue
        seen.append(code)
        shelf, status = info
        if location is not None and shelf != location:
            out_of_place.append(code)
        if status == "on_loan":
            on_loan.append(code)
    # Copies out on loan, or put aside on the hold shelf at the desk, are not expected on their shelf.
    missing = sorted(c for c, status in expected_here.items() if c not in seen_set and status == "available")
    return StocktakeOutcome(missing, out_of_place, on_loan, unknown, seen)
