"""ISBN check digits, barcodes, due dates and stocktake comparison (pure rules)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cmc_desktop.library import rules

digits = st.text(alphabet="0123456789", min_size=1, max_size=1)


@pytest.mark.parametrize("isbn", ["978-2-07-036002-4", "9782070360024", "2-07-036002-4", "0-306-40615-2",
                                  "080442957X", "979-10-90636-07-1"])
def test_known_valid_isbns(isbn: str) -> None:
    assert rules.is_valid_isbn(isbn), rules.isbn_problem(isbn)


@pytest.mark.parametrize(("isbn", "why"), [("978-2-07-036002-5", "check digit"), ("2-07-036002-5", "check digit"),
                                           ("12345", "10 or 13"), ("977-2-07-036002-4", "978 or 979"),
                                           ("ABCDEFGHIJ", "ISBN-10")])
def test_known_invalid_isbns(isbn: str, why: str) -> None:
    problem = rules.isbn_problem(isbn)
    assert problem is not None and why in problem


def test_isbn_stored_as_a_spreadsheet_number() -> None:
    assert rules.normalize_isbn(9782070360024.0) == "9782070360024"
    assert rules.is_valid_isbn(9782070360024)


@given(st.lists(st.integers(0, 9), min_size=12, max_size=12), st.integers(0, 12), st.integers(1, 9))
def test_isbn13_detects_every_single_digit_error(body: list[int], pos: int, delta: int) -> None:
    first12 = "978" + "".join(map(str, body[3:]))
    isbn = first12 + rules.isbn13_check_digit(first12)
    assert rules.is_valid_isbn(isbn)
    if pos < 3:
        return  # the prefix is checked separately
    wrong = isbn[:pos] + str((int(isbn[pos]) + delta) % 10) + isbn[pos + 1:]
    assert not rules.is_valid_isbn(wrong)


@given(st.lists(st.integers(0, 9), min_size=9, max_size=9), st.integers(0, 7))
def test_isbn10_detects_adjacent_transpositions(body: list[int], pos: int) -> None:
    first9 = "".join(map(str, body))
    isbn = first9 + rules.isbn10_check_digit(first9)
    assert rules.is_valid_isbn(isbn)
    if isbn[pos] != isbn[pos + 1]:
        swapped = isbn[:pos] + isbn[pos + 1] + isbn[pos] + isbn[pos + 2:]
        assert not rules.is_valid_isbn(swapped)
    assert rules.is_valid_isbn(rules.isbn10_to_13(isbn))


def test_barcodes_carry_the_city_prefix() -> None:
    assert rules.barcode_prefix("MA-09") == "MA09"
    assert rules.make_barcode("MA09", 123) == "MA09L0000123"
    assert rules.make_barcode("MA01", 123) != rules.make_barcode("MA09", 123)
    assert rules.barcode_sequence("MA09", "MA09L0000123") == 123
    assert rules.barcode_sequence("MA09", "MA01L0000123") is None
    with pytest.raises(ValueError):
        rules.barcode_prefix("")


def test_due_date_shifts_past_holidays_and_sundays() -> None:
    monday = dt.date(2026, 11, 30)
    assert rules.due_date(monday, 14, None, set()) == dt.date(2026, 12, 14)
    assert rules.due_date(monday, 14, None, {dt.date(2026, 12, 14)}) == dt.date(2026, 12, 15)
    assert rules.due_date(monday, 13, None, set()) == dt.date(2026, 12, 14)  # 13 Dec is a Sunday


def test_hard_due_date_caps_and_is_never_exceeded() -> None:
    hard = dt.date(2027, 7, 15)
    assert rules.due_date(dt.date(2027, 7, 10), 14, hard, set()) == hard
    # the hard date itself is closed: move back, never forward past it
    assert rules.due_date(dt.date(2027, 7, 10), 14, hard, {hard}) == dt.date(2027, 7, 14)


@given(st.dates(dt.date(2026, 9, 1), dt.date(2027, 7, 1)), st.integers(0, 60),
       st.sets(st.dates(dt.date(2026, 9, 1), dt.date(2027, 9, 30)), max_size=30))
def test_due_date_properties(today: dt.date, days: int, closed: set[dt.date]) -> None:
    hard = dt.date(2027, 7, 15)
    due = rules.due_date(today, days, hard, closed)
    assert due <= hard
    assert due >= today or due == today
    if rules.is_open_day(due, closed) is False:
        # only when every day between today and the hard date is closed
        assert all(not rules.is_open_day(today + dt.timedelta(d), closed)
                   for d in range(1, (min(today + dt.timedelta(days), hard) - today).days + 1))


def test_stocktake_separates_missing_from_misshelved() -> None:
    all_copies = {"A": ("S1", "available"), "B": ("S1", "available"), "C": ("S2", "available"),
                  "D": ("S1", "on_loan"), "E": ("S1", "on_hold")}
    expected = {k: v[1] for k, v in all_copies.items() if v[0] == "S1"}
    res = rules.stocktake(["a", "C", "D", "ZZZ", "A"], expected, all_copies, "S1")
    assert res.missing == ["B"]  # D is out on loan and E on the hold shelf: not missing
    assert res.out_of_place == ["C"]
    assert res.on_loan_but_scanned == ["D"]
    assert res.unknown == ["ZZZ"]
    assert res.seen == ["A", "C", "D"]
