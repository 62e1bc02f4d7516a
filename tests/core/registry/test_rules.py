"""The registry's validation rules, exhaustively (hypothesis where the input space is large)."""

from __future__ import annotations

import datetime as dt
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cmc_desktop.registry import rules
from cmc_desktop.registry.rules import RuleError

LETTERS = st.text(alphabet=string.ascii_uppercase, min_size=1, max_size=2)
ARABIC = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي", min_size=1, max_size=12)


@given(LETTERS, st.integers(min_value=5, max_value=6).flatmap(
    lambda n: st.text(alphabet=string.digits, min_size=n, max_size=n)))
def test_valid_cin_is_accepted_and_upper_cased(prefix: str, digits: str) -> None:
    assert rules.normalise_cin(f" {prefix.lower()}{digits} ") == prefix + digits


@given(st.text(max_size=12))
def test_cin_accepts_only_the_pattern(text: str) -> None:
    cleaned = text.strip().replace(" ", "").upper()
    try:
        value = rules.normalise_cin(text)
    except RuleError as exc:
        assert "1 or 2 letters" in str(exc)
        assert not rules.CIN_RE.match(cleaned)
    else:
        assert value is None and cleaned == "" or rules.CIN_RE.match(value or "")


@pytest.mark.parametrize("bad", ["ABC12345", "A1234", "1234567", "AB1234567", "J12345A", "É12345"])
def test_cin_examples_refused(bad: str) -> None:
    with pytest.raises(RuleError, match="CIN"):
        rules.normalise_cin(bad)


def test_cin_required_when_asked() -> None:
    assert rules.normalise_cin("") is None
    with pytest.raises(RuleError, match="required"):
        rules.normalise_cin("", required=True)


@given(st.text(alphabet=string.digits, min_size=13, max_size=13))
def test_thirteen_digits_is_a_matricule(digits: str) -> None:
    assert rules.normalise_matricule(digits) == digits
    assert rules.normalise_matricule(int(digits)) == str(int(digits)) if digits[0] != "0" else True


@given(st.text(alphabet=string.digits, min_size=1, max_size=20).filter(lambda s: len(s) != 13))
def test_other_lengths_are_refused(digits: str) -> None:
    with pytest.raises(RuleError, match="13 digits"):
        rules.normalise_matricule(digits)


def test_matricule_from_a_number_cell() -> None:
    assert rules.normalise_matricule(2002050351875.0) == "2002050351875"


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2012, 12, 31)), st.integers(0, 99999))
def test_matricule_birth_prefix_warning(birth: dt.date, seq: int) -> None:
    good = f"{birth:%Y%m%d}{seq:05d}"
    assert rules.matricule_birth_warning(good, birth) is None
    other = birth + dt.timedelta(days=1)
    warning = rules.matricule_birth_warning(good, other)
    assert warning and "does not start with the birth date" in warning


@given(st.sampled_from("67"), st.text(alphabet=string.digits, min_size=8, max_size=8))
def test_mobile_phones(kind: str, rest: str) -> None:
    number = f"0{kind}{rest}"
    assert rules.normalise_phone(number) == number
    assert rules.normalise_phone(f"+212 {kind}{rest[:2]} {rest[2:]}") == number
    assert rules.normalise_phone(int(f"{kind}{rest}")) == number  # a number cell lost the leading zero


@pytest.mark.parametrize("bad", ["0512345678", "061234567", "06123456789", "0812345678", "phone"])
def test_bad_phones(bad: str) -> None:
    with pytest.raises(RuleError, match="06 or 07"):
        rules.normalise_phone(bad)


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.sampled_from(["%d/%m/%Y", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%Y-%m-%d"]))
def test_dates_in_every_accepted_form(day: dt.date, fmt: str) -> None:
    assert rules.parse_date(dt.datetime.combine(day, dt.time(0, 0)).strftime(fmt)) == day
    assert rules.parse_date(dt.datetime.combine(day, dt.time(8, 30))) == day
    assert rules.parse_date(day) == day


@pytest.mark.parametrize("text", ["31/02/2005", "29/02/2005", "00/01/2004", "12/13/2004"])
def test_impossible_dates_say_so(text: str) -> None:
    with pytest.raises(RuleError, match="does not exist"):
        rules.parse_date(text, what="birth date")


@pytest.mark.parametrize("text", ["5 mars 2004", "2004/03/05", "yesterday", "05.03.2004"])
def test_text_that_is_not_a_date(text: str) -> None:
    with pytest.raises(RuleError, match="expected dd/mm/yyyy"):
        rules.parse_date(text)


@given(st.dates(min_value=dt.date(1980, 1, 1), max_value=dt.date(2015, 12, 31)),
       st.sampled_from(rules.DIPLOMA_LEVELS), st.booleans())
def test_age_rule_matches_its_definition(birth: dt.date, level: str, bridging: bool) -> None:
    start = dt.date(2026, 9, 15)
    age = rules.age_on(birth, dt.date(2026, 9, 1))
    top = 33 if bridging else 30
    if 15 <= age <= top:
        rules.check_age(birth, level, start, bridging=bridging)
    else:
        with pytest.raises(RuleError, match="for a diploma programme"):
            rules.check_age(birth, level, start, bridging=bridging)


def test_age_boundaries_on_first_september() -> None:
    start = dt.date(2026, 9, 20)
    rules.check_age(dt.date(1995, 9, 2), "TS", start)  # still 30 on 1 September
    with pytest.raises(RuleError, match="over 30"):
        rules.check_age(dt.date(1995, 9, 1), "TS", start)  # 31 that very day
    rules.check_age(dt.date(1992, 9, 2), "TS", start, bridging=True)  # 33 with the bridging route
    with pytest.raises(RuleError, match="over 33"):
        rules.check_age(dt.date(1992, 9, 1), "TS", start, bridging=True)
    rules.check_age(dt.date(2011, 9, 1), "Q", start)  # 15 exactly
    with pytest.raises(RuleError, match="under 15"):
        rules.check_age(dt.date(2011, 9, 2), "Q", start)
    rules.check_age(dt.date(1960, 1, 1), "CERT", start)  # certificate courses: no age limit


@given(ARABIC, st.text(alphabet=string.ascii_letters, min_size=1, max_size=10))
def test_arabic_letters_refused_in_latin_names(arabic: str, latin: str) -> None:
    assert rules.normalise_latin_name(f"  {latin}  ") == latin
    with pytest.raises(RuleError, match="Arabic letters"):
        rules.normalise_latin_name(f"{latin} {arabic}", what="last name")
    assert rules.normalise_arabic_name(arabic) == arabic
    with pytest.raises(RuleError, match="Arabic script"):
        rules.normalise_arabic_name(latin)


def test_accented_latin_names_are_fine() -> None:
    assert rules.normalise_latin_name("Éléonore  Aït-Ben") == "Éléonore Aït-Ben"


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2012, 12, 31)))
def test_minor_without_guardian_is_a_warning(birth: dt.date) -> None:
    today = dt.date(2026, 11, 30)
    minor = rules.age_on(birth, today) < 18
    warning = rules.minor_guardian_warning(birth, today, None, None)
    assert (warning is not None) == minor
    assert rules.minor_guardian_warning(birth, today, "Tuteur", "0612345678") is None


@given(st.integers(0, 40), st.integers(1, 30))
def test_capacity_warning(count: int, capacity: int) -> None:
    assert (rules.capacity_warning("DEV101", count, capacity) is not None) == (count > capacity)


@pytest.mark.parametrize(("raw", "sex"), [("H", "H"), ("f", "F"), ("Femme", "F"), ("M", "H"), ("ذكر", "H")])
def test_sex_words(raw: str, sex: str) -> None:
    assert rules.normalise_sex(raw) == sex


@pytest.mark.parametrize(("raw", "status"), [("", "active"), ("actif", "active"), ("Diplômé", "graduated"),
                                             ("abandon", "dropped"), ("suspendu", "suspended")])
def test_status_words(raw: str, status: str) -> None:
    assert rules.normalise_status(raw) == status
    with pytest.raises(RuleError):
        rules.normalise_status("parti")
