"""CEFR bands and attendance rules: excused absences, 'can no longer reach', absences in a row."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cmc_desktop.language import rules

B = rules.DEFAULT_BANDS


@pytest.mark.parametrize(("score", "level"), [(0, "A1"), (19.9, "A1"), (20, "A2"), (40, "B1"), (59.5, "B1"),
                                              (60, "B2"), (75, "C1"), (89.99, "C1"), (90, "C2"), (100, "C2")])
def test_default_bands(score: float, level: str) -> None:
    assert rules.cefr_level(score, B) == level


def test_bands_are_per_language_and_scale_bounded() -> None:
    german = {"A1": 0, "A2": 10, "B1": 25, "B2": 35, "C1": 45, "C2": 55}
    assert rules.band_problem(german, 60) is None
    assert rules.cefr_level(30, german, 60) == "B1"
    with pytest.raises(ValueError, match="outside"):
        rules.cefr_level(61, german, 60)
    assert "above" in rules.band_problem({**german, "B2": 25}, 60)
    assert "without" in rules.band_problem({k: v for k, v in german.items() if k != "C2"}, 60)
    assert "A1 must start" in rules.band_problem({**german, "A1": 5}, 60)
    assert "outside" in rules.band_problem({**german, "C2": 70}, 60)


@given(st.lists(st.floats(1, 99, allow_nan=False), min_size=5, max_size=5, unique=True),
       st.floats(0, 100, allow_nan=False), st.floats(0, 100, allow_nan=False))
def test_banding_is_monotonic(cuts: list[float], a: float, b: float) -> None:
    bands = dict(zip(rules.CEFR_LEVELS, [0.0, *sorted(cuts)], strict=True))
    assert rules.band_problem(bands, 100) is None
    lo, hi = sorted((a, b))
    assert rules.CEFR_LEVELS.index(rules.cefr_level(lo, bands)) <= rules.CEFR_LEVELS.index(rules.cefr_level(hi, bands))


def test_excused_absence_does_not_count_against_the_rate() -> None:
    s = rules.attendance_state(["present", "late", "excused", "absent"], 10, 0.8, 3)
    assert (s.present, s.late, s.absent, s.excused) == (1, 1, 1, 1)
    assert s.rate == pytest.approx(2 / 3)  # the excused session is out of the denominator
    s2 = rules.attendance_state(["present", "late", "absent", "absent"], 10, 0.8, 3)
    assert s2.rate == pytest.approx(2 / 4)


def test_can_no_longer_reach_the_minimum() -> None:
    # 10 planned, 4 held with 2 absences: best case 8/10 = 0.8 → still reachable at 80 %.
    ok = rules.attendance_state(["absent", "absent", "present", "present"], 10, 0.8, 5)
    assert ok.best_possible == pytest.approx(0.8) and not ok.cannot_reach
    # one more absence and even a perfect finish gives 7/10.
    lost = rules.attendance_state(["absent", "absent", "present", "present", "absent"], 10, 0.8, 5)
    assert lost.best_possible == pytest.approx(0.7) and lost.cannot_reach
    # an excused absence shrinks the denominator: at a 75 % minimum, 7/9 is reachable, 7/10 is not
    exc = rules.attendance_state(["absent", "absent", "excused", "present", "present"], 10, 0.75, 5)
    abs_ = rules.attendance_state(["absent", "absent", "absent", "present", "present"], 10, 0.75, 5)
    assert exc.best_possible == pytest.approx(7 / 9) and not exc.cannot_reach
    assert abs_.best_possible == pytest.approx(7 / 10) and abs_.cannot_reach


def test_absences_in_a_row() -> None:
    s = rules.attendance_state(["present", "absent", "excused", "absent", None], 20, 0.5, 3)
    assert s.absence_streak == 3 and s.streak_alert  # excused neither counts nor breaks the run; None = absent
    t = rules.attendance_state(["absent", "absent", "late"], 20, 0.5, 2)
    assert t.absence_streak == 0 and not t.streak_alert


@given(st.lists(st.sampled_from(rules.STATUSES), max_size=40), st.integers(0, 60), st.floats(0.1, 1))
def test_attendance_invariants(statuses: list[str], planned: int, min_rate: float) -> None:
    s = rules.attendance_state(statuses, planned, min_rate, 3)
    assert s.present + s.late + s.absent + s.excused == s.held == len(statuses)
    if s.rate is not None:
        assert 0 <= s.rate <= 1
    if s.best_possible is not None:
        assert s.rate is None or s.best_possible >= s.rate - 1e-9 or s.planned == s.held
        # reachability only ever gets worse with an extra absence
        worse = rules.attendance_state([*statuses, "absent"], planned, min_rate, 3)
        assert worse.best_possible is None or worse.best_possible <= s.best_possible + 1e-9
