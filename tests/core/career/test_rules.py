"""Insertion/knowledge rates, survey waves and appointment slots (pure rules)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cmc_desktop.career import rules


def test_rates_on_a_worked_example() -> None:
    # 10 due graduates: 4 employed, 1 self-employed, 1 studying, 2 seeking, 1 unknown, 1 never reached.
    c = rules.counts_from_outcomes(["employed"] * 4 + ["self_employed", "further_study", "seeking", "seeking",
                                                        "unknown", None])
    assert (c.graduates, c.known, c.inserted, c.further_study, c.seeking) == (10, 8, 5, 1, 2)
    assert c.knowledge_rate == pytest.approx(0.8)
    assert c.insertion_rate == pytest.approx(5 / 7)  # studying graduates are off the labour market
    assert c.knowledge_ok


def test_rates_without_data() -> None:
    c = rules.counts_from_outcomes([])
    assert c.knowledge_rate is None and c.insertion_rate is None and not c.knowledge_ok
    only_unknown = rules.counts_from_outcomes(["unknown", None])
    assert only_unknown.knowledge_rate == 0 and only_unknown.insertion_rate is None
    with pytest.raises(ValueError):
        rules.counts_from_outcomes(["retired"])


@given(st.lists(st.sampled_from((*rules.OUTCOMES, None)), max_size=200),
       st.lists(st.sampled_from((*rules.OUTCOMES, None)), max_size=200))
def test_rates_are_bounded_and_additive(a: list, b: list) -> None:
    ca, cb = rules.counts_from_outcomes(a), rules.counts_from_outcomes(b)
    both = rules.counts_from_outcomes(a + b)
    assert ca + cb == both
    for c in (ca, cb, both):
        for rate in (c.knowledge_rate, c.insertion_rate):
            assert rate is None or 0 <= rate <= 1


def test_survey_waves() -> None:
    assert rules.wave_due_on(dt.date(2025, 7, 15), 9) == dt.date(2026, 4, 15)
    assert rules.wave_due_on(dt.date(2023, 7, 15), 36) == dt.date(2026, 7, 15)
    assert rules.add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert rules.graduation_cutoff(dt.date(2026, 11, 30), 9) == dt.date(2026, 2, 28)
    with pytest.raises(ValueError):
        rules.wave_due_on(dt.date(2025, 7, 15), 12)


BLOCKS = [(0, dt.time(9), dt.time(12)), (0, dt.time(14), dt.time(17)), (2, dt.time(9), dt.time(12))]
MONDAY = dt.date(2026, 12, 7)


def test_slot_validation() -> None:
    ok = rules.slot_problem(MONDAY, dt.time(9, 30), 30, BLOCKS, [], 30, today=MONDAY)
    assert ok is None
    assert "outside" in rules.slot_problem(MONDAY, dt.time(12, 0), 30, BLOCKS, [], 30, today=MONDAY)
    assert "outside" in rules.slot_problem(MONDAY, dt.time(11, 45), 30, BLOCKS, [], 15, today=MONDAY)
    assert "outside" in rules.slot_problem(MONDAY + dt.timedelta(days=1), dt.time(9), 30, BLOCKS, [], 30,
                                           today=MONDAY)
    assert "grid" in rules.slot_problem(MONDAY, dt.time(9, 10), 30, BLOCKS, [], 30, today=MONDAY)
    assert "multiple" in rules.slot_problem(MONDAY, dt.time(9), 20, BLOCKS, [], 30, today=MONDAY)
    assert "already" in rules.slot_problem(MONDAY, dt.time(9, 30), 60, BLOCKS, [(dt.time(10), dt.time(10, 30))],
                                           30, today=MONDAY)
    assert "past" in rules.slot_problem(MONDAY, dt.time(9), 30, BLOCKS, [], 30, today=MONDAY + dt.timedelta(1))
    assert "holiday" in rules.slot_problem(MONDAY, dt.time(9), 30, BLOCKS, [], 30, today=MONDAY, closed=[MONDAY])


@given(st.lists(st.integers(0, 11), max_size=6, unique=True))
def test_free_slots_are_exactly_the_bookable_ones(taken_idx: list[int]) -> None:
    starts = [dt.time(9 + i // 2, 30 * (i % 2)) for i in range(6)] + [dt.time(14 + i // 2, 30 * (i % 2))
                                                                     for i in range(6)]
    taken = [(starts[i], rules.end_time(starts[i], 30)) for i in taken_idx]
    free = rules.free_slots(MONDAY, BLOCKS, taken, 30)
    assert len(free) == 12 - len(taken_idx)
    for t in free:
        assert rules.slot_problem(MONDAY, t, 30, BLOCKS, taken, 30, today=MONDAY) is None


def test_project_stages_move_one_step_at_a_time() -> None:
    assert rules.stage_problem("idea", "business_plan") is None
    assert "moves next to business plan" in rules.stage_problem("idea", "incubation")
    assert rules.stage_problem("incubation", "abandoned") is None
    assert "closed" in rules.stage_problem("company_created", "abandoned")
    assert "not a stage" in rules.stage_problem("idea", "dream")
