"""Allocation rules: hard constraints, zero priority inversions, determinism and stability,
proved over random inventories and applicant sets (hypothesis), checked by a brute-force
auditor written independently of the algorithm."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmc_desktop.residence.rules import (
    DEFAULT_WEIGHTS,
    AllocationResult,
    Applicant,
    Decision,
    Occupant,
    RoomSlot,
    allocate,
    count_priority_inversions,
    placement_refusals,
    score,
    score_breakdown,
    validate_weights,
)

# ---------------------------------------------------------------------------------------------
# Strategies
# ---------------------------------------------------------------------------------------------


@st.composite
def inventories(draw: st.DrawFn) -> list[RoomSlot]:
    n_rooms = draw(st.integers(1, 12))
    rooms, bed = [], 0
    for rid in range(n_rooms):
        cap = draw(st.integers(1, 4))
        beds = tuple(range(bed, bed + cap))
        bed += cap
        broken = draw(st.sets(st.sampled_from(beds), max_size=cap))
        usable = tuple(b for b in beds if b not in broken)  # may be empty: room under maintenance
        rooms.append(RoomSlot(rid, draw(st.sampled_from("HF")), draw(st.booleans()), beds,
                              usable_bed_ids=usable, label=f"R{rid}"))
    return rooms


@st.composite
def applicant_sets(draw: st.DrawFn) -> list[Applicant]:
    n = draw(st.integers(0, 30))
    ids = list(range(1000, 1000 + n))
    out = []
    for tid in ids:
        out.append(Applicant(
            trainee_id=tid,
            sex=draw(st.sampled_from("HF")),
            distance_km=draw(st.floats(0, 500, allow_nan=False)),
            remote=draw(st.booleans()),
            social_score=draw(st.integers(0, 10)),
            minor=draw(st.booleans()),
            accessibility_need=draw(st.booleans()),
            year_of_study=draw(st.integers(1, 2)),
            roommate_id=draw(st.none() | st.sampled_from(ids)) if ids else None,
            group_id=draw(st.none() | st.integers(1, 4)),
            programme_id=draw(st.none() | st.integers(1, 3)),
            submitted_on=dt.date(2026, 9, 1) + dt.timedelta(days=draw(st.integers(0, 3))),
        ))
    return out


def usable(room: RoomSlot) -> tuple[int, ...]:
    return room.usable()


# ---------------------------------------------------------------------------------------------
# An auditor that shares no code with the algorithm
# ---------------------------------------------------------------------------------------------


def audit_hard_constraints(res: AllocationResult, apps: list[Applicant], rooms: list[RoomSlot],
                           rule: bool) -> None:
    by_id = {a.trainee_id: a for a in apps}
    room_of_bed = {b: r for r in rooms for b in r.bed_ids}
    housed = [d for d in res.decisions if d.status == "housed"]
    beds = [d.bed_id for d in housed]
    assert len(beds) == len(set(beds)), "a bed was given twice"
    assert len({d.trainee_id for d in res.decisions}) == len(res.decisions) == len(apps)
    per_room: dict[int, list[Applicant]] = {}
    for d in housed:
        a, room = by_id[d.trainee_id], room_of_bed[d.bed_id]
        assert d.room_id == room.room_id
        assert room.sex == a.sex, "wrong-sex building"
        assert d.bed_id in usable(room), "bed under maintenance"
        if a.accessibility_need:
            assert room.accessible, "accessibility need placed in a non-accessible room"
        per_room.setdefault(room.room_id, []).append(a)
    for rid, people in per_room.items():
        room = next(r for r in rooms if r.room_id == rid)
        assert len(people) <= len(usable(room)), "room over capacity"
        if rule:
            assert len({p.minor for p in people}) == 1, "minors mixed with adults"
    assert res.housed + res.waitlisted == res.applications
    assert res.beds_free == sum(len(usable(r)) for r in rooms) - res.housed


def brute_force_inversions(res: AllocationResult, apps: list[Applicant], rooms: list[RoomSlot],
                           rule: bool) -> int:
    by_id = {a.trainee_id: a for a in apps}
    room_of_bed = {b: r for r in rooms for b in r.bed_ids}
    housed = [d for d in res.decisions if d.status == "housed"]
    n = 0
    for h in (d for d in res.decisions if d.status == "waitlisted"):
        ha = by_id[h.trainee_id]
        for low in housed:
            if low.kept or low.rank < h.rank:
                continue
            room = room_of_bed[low.bed_id]
            mates = [by_id[d.trainee_id] for d in housed if d.room_id == room.room_id and d is not low]
            if room.sex != ha.sex or (ha.accessibility_need and not room.accessible):
                continue
            if rule and any(m.minor != ha.minor for m in mates):
                continue
            n += 1
    return n


# ---------------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------------

PROP = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROP
@given(rooms=inventories(), apps=applicant_sets(), rule=st.booleans())
def test_hard_constraints_and_zero_inversions(rooms: list[RoomSlot], apps: list[Applicant], rule: bool) -> None:
    res = allocate(apps, rooms, minors_with_minors=rule)
    audit_hard_constraints(res, apps, rooms, rule)
    assert brute_force_inversions(res, apps, rooms, rule) == 0
    assert res.priority_inversions == 0
    # Every waitlisted decision says why; every housed one says where.
    for d in res.decisions:
        assert d.message and d.why
        assert (d.bed_id is None) == (d.status == "waitlisted")


@PROP
@given(rooms=inventories(), apps=applicant_sets(), rule=st.booleans(), seed=st.integers(0, 10**6))
def test_deterministic_whatever_the_input_order(rooms: list[RoomSlot], apps: list[Applicant], rule: bool,
                                                seed: int) -> None:
    first = allocate(apps, rooms, minors_with_minors=rule)
    shuffled = list(apps)
    random.Random(seed).shuffle(shuffled)
    again = allocate(shuffled, rooms, minors_with_minors=rule)
    assert first.decisions == again.decisions


@PROP
@given(rooms=inventories(), apps=applicant_sets(), late=applicant_sets(), rule=st.booleans())
def test_rerun_never_moves_people_already_housed(rooms: list[RoomSlot], apps: list[Applicant],
                                                 late: list[Applicant], rule: bool) -> None:
    first = allocate(apps, rooms, minors_with_minors=rule)
    beds = {d.trainee_id: d.bed_id for d in first.decisions if d.status == "housed"}
    # New applicants arrive with higher scores (remote, far, hardship) after the first run.
    newcomers = [replace(a, trainee_id=a.trainee_id + 1000, roommate_id=None, remote=True, distance_km=500,
                         social_score=10) for a in late]
    second_apps = [replace(a, current_bed_id=beds.get(a.trainee_id)) for a in apps] + newcomers
    second = allocate(second_apps, rooms, minors_with_minors=rule)
    after = {d.trainee_id: d.bed_id for d in second.decisions if d.status == "housed"}
    for tid, bed in beds.items():
        assert after[tid] == bed
    assert second.kept == len(beds)
    audit_hard_constraints(second, second_apps, rooms, rule)
    assert second.priority_inversions == brute_force_inversions(second, second_apps, rooms, rule) == 0


@settings(max_examples=30, deadline=None)
@given(rooms=inventories(), apps=applicant_sets(), rule=st.booleans())
def test_auditor_catches_a_reversed_allocation(rooms: list[RoomSlot], apps: list[Applicant], rule: bool) -> None:
    """The fast inversion counter agrees with brute force on a deliberately unfair result:
    ranks reversed, so whoever was housed now looks lower-priority than the waitlist."""
    res = allocate(apps, rooms, minors_with_minors=rule)
    n = len(res.decisions)
    flipped = tuple(replace(d, rank=n + 1 - d.rank) for d in res.decisions)
    unfair = replace(res, decisions=flipped)
    fast = count_priority_inversions(flipped, apps, rooms, minors_with_minors=rule)
    assert fast == brute_force_inversions(unfair, apps, rooms, rule)


# ---------------------------------------------------------------------------------------------
# Examples
# ---------------------------------------------------------------------------------------------


def _room(rid: int, sex: str, beds: int, *, accessible: bool = False, first_bed: int | None = None) -> RoomSlot:
    b0 = rid * 10 if first_bed is None else first_bed
    return RoomSlot(rid, sex, accessible, tuple(range(b0, b0 + beds)), label=f"A-{rid}")


def test_score_breakdown_uses_the_weights() -> None:
    a = Applicant(1, "F", distance_km=150, remote=True, social_score=4, minor=True, year_of_study=1)
    bd = score_breakdown(a, DEFAULT_WEIGHTS)
    assert bd == {"distance": 15.0, "remote": 20.0, "social": 12.0, "minor": 8.0, "first_year": 5.0}
    assert score(a, DEFAULT_WEIGHTS) == 60.0
    heavier = validate_weights({"remote": 100})
    assert score(a, heavier) == 140.0
    # distance is capped
    far = replace(a, distance_km=5000)
    assert score_breakdown(far, DEFAULT_WEIGHTS)["distance"] == 30.0


@pytest.mark.parametrize(("weights", "fragment"), [
    ({"remote": -1}, "between 0 and 1000"), ({"colour": 2}, "Unknown weight 'colour'"),
    ({"minor": "abc"}, "must be a number"),
])
def test_bad_weights_are_named(weights: dict, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        validate_weights(weights)


def test_mutual_roommates_share_a_room_and_group_mates_cluster() -> None:
    rooms = [_room(1, "H", 2), _room(2, "H", 2), _room(3, "H", 2)]
    apps = [
        Applicant(1, "H", distance_km=300, roommate_id=2, group_id=7),
        Applicant(2, "H", distance_km=100, roommate_id=1, group_id=8),
        Applicant(3, "H", distance_km=250, group_id=9),
        Applicant(4, "H", distance_km=50, group_id=9),
    ]
    res = allocate(apps, rooms)
    room = {d.trainee_id: d.room_id for d in res.decisions}
    why = {d.trainee_id: d.why for d in res.decisions}
    assert room[1] == room[2] and why[2] == "roommate"
    assert room[3] == room[4] and why[4] == "group"
    assert res.priority_inversions == 0


def test_minors_stay_with_minors_and_waitlist_says_why() -> None:
    rooms = [_room(1, "F", 2)]
    apps = [Applicant(1, "F", distance_km=400, minor=True), Applicant(2, "F", distance_km=10)]
    res = allocate(apps, rooms, minors_with_minors=True)
    d = {x.trainee_id: x for x in res.decisions}
    assert d[1].status == "housed"
    assert d[2].status == "waitlisted" and d[2].why == "minors_rule"
    assert "minors" in d[2].message and d[2].waitlist_position == 1
    # The rule is configurable: switched off, the adult gets the second bed.
    off = allocate(apps, rooms, minors_with_minors=False)
    assert off.housed == 2


def test_waitlist_reasons_for_sex_and_accessibility() -> None:
    rooms = [_room(1, "H", 1), _room(2, "F", 1)]
    apps = [Applicant(1, "F", distance_km=100), Applicant(2, "F", distance_km=50),
            Applicant(3, "H", accessibility_need=True)]
    res = allocate(apps, rooms)
    d = {x.trainee_id: x for x in res.decisions}
    assert d[2].why == "no_bed_sex" and "women" in d[2].message
    assert d[3].why == "no_accessible_bed"
    assert res.by_sex["F"] == {"applications": 2, "housed": 1, "waitlisted": 1, "beds_free": 0}
    assert res.by_sex["H"]["beds_free"] == 1


def test_occupants_fill_beds_and_people_without_need_prefer_ordinary_rooms() -> None:
    rooms = [_room(1, "H", 1, accessible=True), _room(2, "H", 2)]
    res = allocate([Applicant(5, "H", distance_km=10)], rooms, occupants=[Occupant(99, 20)])
    (d,) = res.decisions
    assert d.bed_id == 21  # the ordinary room, not the accessible one, and not the occupied bed
    assert res.beds_free == 1


def test_placement_refusals_name_each_broken_rule() -> None:
    base = dict(sex="H", minor=False, accessibility_need=False, building_sex="H", room_accessible=False,
                room_available=True, bed_available=True, bed_taken=False, room_free_beds=1,
                room_label="A-1-101", roommates_minors=0, roommates_adults=0, minors_with_minors=True)
    assert placement_refusals(**base) == []
    codes = {r.code for r in placement_refusals(**{**base, "building_sex": "F"})}
    assert codes == {"wrong_sex"}
    assert {r.code for r in placement_refusals(**{**base, "room_free_beds": 0, "bed_taken": True})} == {"room_full"}
    assert {r.code for r in placement_refusals(**{**base, "bed_available": False})} == {"bed_maintenance"}
    assert {r.code for r in placement_refusals(**{**base, "room_available": False})} == {"room_maintenance"}
    assert {r.code for r in placement_refusals(**{**base, "accessibility_need": True})} == {"not_accessible"}
    assert {r.code for r in placement_refusals(**{**base, "roommates_minors": 1})} == {"minors_rule"}
    msg = placement_refusals(**{**base, "building_sex": "F"})[0].message
    assert "A-1-101" in msg and "women" in msg


def test_decision_is_frozen() -> None:
    d = Decision(1, 1, 1.0, {}, "housed")
    with pytest.raises(AttributeError):
        d.rank = 2  # type: ignore[misc]
