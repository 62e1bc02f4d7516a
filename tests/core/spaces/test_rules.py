"""Pure rules, and the property that matters: accepted occurrences never overlap."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmc_desktop.errors import ValidationError
from cmc_desktop.security.permissions import Actor, Role
from cmc_desktop.spaces import rules
from cmc_desktop.spaces.dto import BookingDraft
from cmc_desktop.spaces.service import BookingConflict, SpacesService
from tests.core.spaces.conftest import City

MON = dt.date(2026, 11, 30)


def brute_force_clashes(slots: list[rules.Slot]) -> list[tuple[rules.Slot, rules.Slot]]:
    out = []
    for a, b in itertools.combinations(slots, 2):
        if a.day != b.day or not rules.overlaps(a.start_min, a.end_min, b.start_min, b.end_min):
            continue
        if a.room_id == b.room_id or (a.group_id is not None and a.group_id == b.group_id) \
                or (a.trainer_key and a.trainer_key == b.trainer_key):
            out.append((a, b))
    return out


slot_st = st.builds(
    lambda k, d, s, length, room, group, trainer: rules.Slot(k, MON + dt.timedelta(days=d), s, s + length, room,
                                                             group, trainer),
    st.integers(), st.integers(0, 3), st.integers(8 * 60, 17 * 60).map(lambda m: m - m % 15),
    st.integers(1, 12).map(lambda n: n * 15), st.integers(1, 4), st.one_of(st.none(), st.integers(1, 3)),
    st.sampled_from(["", "f1", "f2"]))


@given(st.lists(slot_st, max_size=40))
def test_greedy_acceptance_never_keeps_an_overlap(proposals: list[rules.Slot]) -> None:
    accepted: list[rules.Slot] = []
    for p in proposals:
        if not rules.find_overlaps([p], accepted):
            accepted.append(p)
    assert brute_force_clashes(accepted) == []
    # and every rejected proposal really clashed with something accepted
    for p in proposals:
        if p not in accepted:
            assert brute_force_clashes([*accepted, p])


@given(st.lists(slot_st, max_size=25))
def test_find_overlaps_agrees_with_brute_force(slots: list[rules.Slot]) -> None:
    assert rules.no_overlaps(slots) == (brute_force_clashes(slots) == [])


@given(st.lists(st.tuples(st.integers(0, 1000), st.integers(1, 200)), max_size=20))
def test_booked_minutes_is_the_union_length(raw: list[tuple[int, int]]) -> None:
    intervals = [(s, s + n) for s, n in raw]
    covered = set()
    for s, e in intervals:
        covered.update(range(s, e))
    assert rules.booked_minutes(intervals) == len(covered)


@given(st.dates(dt.date(2026, 1, 1), dt.date(2027, 12, 31)), st.integers(0, 200), st.integers(1, 7),
       st.sets(st.dates(dt.date(2026, 1, 1), dt.date(2028, 6, 30)), max_size=20))
def test_series_dates_keep_or_skip_every_matching_day(start: dt.date, span: int, weekday: int,
                                                      holidays: set[dt.date]) -> None:
    end = start + dt.timedelta(days=span)
    dates, skipped = rules.series_dates(start, end, weekday, {d: "h" for d in holidays})
    every = [start + dt.timedelta(days=i) for i in range(span + 1)
             if (start + dt.timedelta(days=i)).isoweekday() == weekday]
    assert sorted(dates + [d for d, _ in skipped]) == every  # nothing is lost silently
    assert not set(dates) & holidays and all(d in holidays for d, _ in skipped)


def test_parsers() -> None:
    assert rules.parse_hhmm("08:30") == 510 and rules.parse_hhmm("8h") == 480 and rules.parse_hhmm(dt.time(14)) == 840
    assert rules.parse_weekday("Mercredi") == 3 and rules.parse_weekday("lun") == 1 and rules.parse_weekday("الخميس") == 4
    with pytest.raises(ValueError):
        rules.parse_hhmm("25:00")
    with pytest.raises(ValueError):
        rules.parse_weekday("Funday")
    assert rules.equipment_tags("Vidéoprojecteur, PC ; pc") == ("PC", "Vidéoprojecteur")
    assert rules.has_equipment(("PC", "Vidéoprojecteur"), ["videoprojecteur", "pc"])
    assert not rules.has_equipment(("PC",), ["imprimante 3D"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["DIA-S01", "DIA-L01", "DIA-S02"]), st.sampled_from(["DEV101", "DEV102", None]),
                          st.sampled_from(["F1", "F2", ""]), st.integers(0, 5), st.integers(16, 34),
                          st.integers(1, 8), st.sampled_from(["none", "edit", "move", "request"]),
                          st.integers(1, 3)), min_size=1, max_size=6))
def test_service_never_accepts_an_overlapping_occurrence(city: City, requests: list[tuple]) -> None:
    """Random one-offs and series through the real service — then edited, one date moved, or
    requested in the approval structure and approved; whatever was accepted, no pair of active
    occurrences overlaps for a room, a group or a trainer."""
    svc = city.svc
    for room, group, trainer, day, start_q, len_q, action, weeks in requests:
        if action == "request":  # the conference centre needs approval; requests pile up, approval re-checks
            coord = city.ctx.as_actor(Actor("c", Role.LANGUAGE_COORDINATOR)).service(SpacesService)
            with contextlib.suppress(BookingConflict, ValidationError):
                req = coord.create_booking(BookingDraft(
                    city.rooms["CONF-A01"], MON + dt.timedelta(days=day), dt.time(start_q // 2), dt.time(17),
                    "event", group_id=city.groups[group] if group else None, trainer=trainer, organiser="X",
                    expected=10))
                svc.approve(req.id)
            continue
        start = dt.time(start_q // 2, 30 * (start_q % 2))
        end_min = start_q * 30 + len_q * 30
        end = dt.time(end_min // 60, end_min % 60)
        first = MON + dt.timedelta(days=day)
        draft = BookingDraft(city.rooms[room], first, start, end, "course", weeks > 1,
                             first + dt.timedelta(weeks=weeks - 1), city.groups[group] if group else None,
                             trainer=trainer, organiser="Direction", expected=10)
        try:
            b = svc.create_booking(draft)
        except (BookingConflict, ValidationError):
            continue
        if action == "move":
            occ = svc.occurrences(booking_id=b.id)[-1]
            with contextlib.suppress(BookingConflict, ValidationError):
                svc.move_occurrence(occ.id, MON + dt.timedelta(days=(day + 1) % 6), dt.time(10), dt.time(11, 30),
                                    city.rooms["DIA-L01"])
        if action == "edit":
            shifted = BookingDraft(city.rooms["DIA-S01"], first, dt.time(9), dt.time(12), "course", weeks > 1,
                                   draft.ends_on, draft.group_id, trainer="F1", organiser="Direction", expected=10)
            with contextlib.suppress(BookingConflict, ValidationError):
                svc.update_booking(b.id, shifted)
    active = [rules.Slot(o.id, o.day, o.start_min, o.end_min, o.room_id,
                         city.groups.get(o.group_code), rules.trainer_key(o.trainer))
              for o in svc.occurrences() if o.state == "active"]
    assert brute_force_clashes(active) == []
