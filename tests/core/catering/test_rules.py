"""Pure rules, checked over the whole input space with hypothesis."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cmc_desktop.catering import rules

days = st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2028, 12, 31))
infos = st.builds(rules.DayInfo, days, st.booleans(), st.booleans(), st.booleans())
times = st.times()
meals = st.sampled_from(rules.MEALS)
SCHED = rules.Schedule()


@given(infos, meals, times, st.booleans(), st.booleans(), st.booleans())
def test_decision_invariants(info, meal, t, resident, on_leave, subscribed) -> None:  # noqa: ANN001
    d = rules.decide_trainee(info, meal, t, SCHED, resident=resident, on_leave=on_leave, subscribed=subscribed)
    if d.accepted:
        assert not info.closure
        assert meal in info.meals()
        assert SCHED.windows(info.ramadan)[meal].contains(t)
        assert (resident and not on_leave) or (subscribed and meal == "lunch" and info.day_trainees_come())
        assert d.category in ("resident", "day")
    else:
        assert d.reason in rules.REASONS
    if info.closure:
        assert d.reason == "closed"
    if info.ramadan:
        assert not (d.accepted and meal == "lunch")
    # A present resident in the window of a meal served that day always eats.
    if resident and not on_leave and not info.closure and meal in info.meals() \
            and SCHED.windows(info.ramadan)[meal].contains(t):
        assert d.accepted and d.category == "resident"


@given(infos, meals, st.integers(0, 2000), st.integers(0, 2000), st.integers(0, 50))
def test_forecast_meal(info, meal, residents, subscribers, tickets) -> None:  # noqa: ANN001
    n = rules.forecast_meal(info, meal, residents=residents, subscribers=subscribers, tickets=tickets)
    if meal not in info.meals():
        assert n == 0
    elif meal == "lunch" and info.day_trainees_come():
        assert n == residents + subscribers + tickets
    else:
        assert n == residents + tickets


@given(infos, times)
def test_current_meal_is_in_its_window(info, t) -> None:  # noqa: ANN001
    m = rules.current_meal(t, info, SCHED)
    if m is not None:
        assert m in info.meals() and SCHED.windows(info.ramadan)[m].contains(t)


@given(st.text(max_size=20))
def test_classify_code_never_crashes(text: str) -> None:
    kind = rules.classify_code(text)
    assert kind in ("matricule", "ticket", "invalid")
    if kind == "matricule":
        assert text.strip().isdigit() and len(text.strip()) == 13


@given(st.integers(0, 1000), st.integers(0, 1000))
def test_accuracy_bounds(fc: int, served: int) -> None:
    a = rules.accuracy(fc, served)
    assert a is None or 0.0 <= a <= 1.0
    if fc == served and fc > 0:
        assert a == 1.0


def test_day_trainees_only_monday_to_saturday_outside_holidays() -> None:
    monday = dt.date(2026, 11, 30)
    assert [rules.DayInfo(monday + dt.timedelta(days=i)).day_trainees_come() for i in range(7)] == \
        [True] * 6 + [False]
    assert not rules.DayInfo(monday, holiday=True).day_trainees_come()
    assert rules.DayInfo(monday, ramadan=True).meals() == ("breakfast", "dinner")
    assert rules.DayInfo(monday, closure=True).meals() == ()
    assert rules.meal_name("dinner", True) == "iftar" and rules.meal_name("breakfast", True) == "suhoor"


def test_schedule_round_trip_and_window_parsing() -> None:
    s = rules.Schedule()
    assert rules.Schedule.from_json(s.to_json()) == s
    assert rules.parse_window("lunch", "12:00-14:30") == rules.Window(dt.time(12), dt.time(14, 30))
    for bad in ("noon", "14:00-12:00", "12-14"):
        with pytest.raises(ValueError, match="lunch"):
            rules.parse_window("lunch", bad)


def test_fourteen_allergens_and_code_splitting() -> None:
    assert len(rules.ALLERGENS) == 14
    assert rules.split_codes("Milk; eggs, milk", rules.ALLERGENS, "allergen") == ("eggs", "milk")
    with pytest.raises(ValueError, match="chocolate"):
        rules.split_codes("chocolate", rules.ALLERGENS, "allergen")
