"""Bookings against a real migrated SQLite file: series, every kind of clash, edits, exceptions."""

from __future__ import annotations

import datetime as dt

import pytest

from cmc_desktop.errors import PermissionDenied, ValidationError
from cmc_desktop.security.permissions import Actor, Role
from cmc_desktop.spaces.dto import BookingDraft, RoomDraft
from cmc_desktop.spaces.service import BookingConflict, SpacesService
from tests.core.spaces.conftest import HOLIDAY, City

T = dt.time
MON = dt.date(2026, 11, 30)  # the tests' today, a Monday


def series(city: City, room: str, group: str | None, start: T, end: T, *, first: dt.date = MON,
           weeks: int = 4, trainer: str = "", expected: int | None = None) -> BookingDraft:
    return BookingDraft(city.rooms[room], first, start, end, "course", True,
                        first + dt.timedelta(weeks=weeks - 1), city.groups[group] if group else None,
                        trainer=trainer, expected=expected, organiser="" if group or trainer else "Direction")


def test_weekly_series_skips_the_holiday_and_lists_it(city: City) -> None:
    b = city.svc.create_booking(series(city, "DIA-S01", "DEV101", T(8, 30), T(11), weeks=4, trainer="Formateur 1"))
    occ = city.svc.occurrences(booking_id=b.id)
    assert [o.day for o in occ] == [MON, MON + dt.timedelta(7), MON + dt.timedelta(21)]
    assert b.skipped == ((HOLIDAY, "Test holiday"),)
    assert b.expected == 18 and b.status == "approved" and b.occurrences == 3


def test_same_room_clash_blocks_and_names_each_occurrence(city: City) -> None:
    city.svc.create_booking(series(city, "DIA-S01", "DEV101", T(8, 30), T(11), weeks=4))
    draft = series(city, "DIA-S01", "DEV102", T(10), T(12), weeks=2)
    with pytest.raises(BookingConflict) as err:
        city.svc.create_booking(draft)
    clashes = err.value.clashes
    assert [(c.day, c.kind, c.room) for c in clashes] == [(MON, "room", "DIA-S01"),
                                                          (MON + dt.timedelta(7), "room", "DIA-S01")]
    assert "30/11/2026 10:00–12:00, room DIA-S01" in err.value.message
    assert "group DEV101" in err.value.message and "08:30–11:00" in err.value.message
    assert city.svc.occurrences(group_id=city.groups["DEV102"]) == []  # nothing written


def test_same_group_and_same_trainer_clash_in_other_rooms(city: City) -> None:
    city.svc.create_booking(series(city, "DIA-S01", "DEV101", T(8, 30), T(11), trainer="Formateur 1"))
    with pytest.raises(BookingConflict) as err:
        city.svc.create_booking(series(city, "DIA-L01", "DEV101", T(9), T(10)))
    assert {c.kind for c in err.value.clashes} == {"group"}
    with pytest.raises(BookingConflict) as err:
        city.svc.create_booking(series(city, "DIA-S02", "DEV102", T(10, 30), T(12), trainer="  formateur 1 "))
    assert {c.kind for c in err.value.clashes} == {"trainer"}
    # back to back is not a clash (half-open intervals)
    city.svc.create_booking(series(city, "DIA-S01", "DEV102", T(11), T(13), trainer="Formateur 1"))


def test_capacity_is_enforced_from_the_group_headcount(city: City) -> None:
    with pytest.raises(BookingConflict) as err:  # DEV103 has 25 active trainees, DIA-S01 holds 24
        city.svc.create_booking(series(city, "DIA-S01", "DEV103", T(8, 30), T(11), weeks=1))
    assert err.value.clashes[0].kind == "capacity"
    assert "25 people expected but the room holds 24" in err.value.message
    b = city.svc.create_booking(series(city, "DIA-S02", "DEV103", T(8, 30), T(11), weeks=1))
    assert b.expected == 25


def test_opening_hours_closed_days_and_out_of_service(city: City) -> None:
    svc = city.svc
    with pytest.raises(BookingConflict) as err:
        svc.create_booking(series(city, "DIA-L01", "DEV101", T(18), T(20), weeks=1))
    assert err.value.clashes[0].kind == "hours" and "08:00–19:00" in err.value.message
    sunday = MON + dt.timedelta(days=6)
    with pytest.raises(BookingConflict) as err:
        svc.create_booking(series(city, "DIA-L01", "DEV101", T(9), T(10), first=sunday, weeks=1))
    assert err.value.clashes[0].kind == "closed_day"
    room = svc.room_by_code("DIA-L01")
    svc.save_room(RoomDraft(room.code, room.structure_id, room.kind, room.capacity, equipment=room.equipment_text,
                            out_of_service_from=MON + dt.timedelta(7), out_of_service_to=MON + dt.timedelta(9)),
                  room.id, room.version)
    with pytest.raises(BookingConflict) as err:
        svc.create_booking(series(city, "DIA-L01", "DEV101", T(9), T(10), weeks=3))
    assert [(c.day, c.kind) for c in err.value.clashes] == [(MON + dt.timedelta(7), "out_of_service")]
    # the week views show the out-of-service days, and Sunday as closed when a view spans it
    lane = svc.week("structure", city.hub_structure, MON + dt.timedelta(7), days=7).lanes[0]
    assert lane.label == "DIA-L01"
    assert lane.unavailable == ((0, "out_of_service"), (1, "out_of_service"), (2, "out_of_service"), (6, "closed"))


def test_editing_a_series_is_checked_again_and_writes_nothing_on_conflict(city: City) -> None:
    svc = city.svc
    svc.create_booking(series(city, "DIA-S01", "DEV101", T(8, 30), T(11)))
    b = svc.create_booking(series(city, "DIA-S01", "DEV102", T(11), T(13)))
    with pytest.raises(BookingConflict) as err:  # MRBS #1612: edits must not skip the check
        svc.update_booking(b.id, series(city, "DIA-S01", "DEV102", T(10), T(12)), b.version)
    assert len(err.value.clashes) == 3  # the three dates that are not the holiday
    assert "The change to booking" in err.value.message
    assert {o.start for o in svc.occurrences(booking_id=b.id)} == {"11:00"}
    moved = svc.update_booking(b.id, series(city, "DIA-S02", "DEV102", T(10), T(12)), b.version)
    assert moved.room_code == "DIA-S02"
    assert {(o.room_code, o.start) for o in svc.occurrences(booking_id=b.id)} == {("DIA-S02", "10:00")}


def test_cancel_and_move_one_occurrence_without_breaking_the_series(city: City) -> None:
    svc = city.svc
    a = svc.create_booking(series(city, "DIA-S01", "DEV101", T(8, 30), T(11), trainer="F1"))
    occ = svc.occurrences(booking_id=a.id)
    svc.cancel_occurrence(occ[0].id)
    # the freed date can be taken by someone else; the other dates stay booked
    svc.create_booking(series(city, "DIA-S01", "DEV102", T(9), T(10), weeks=1))
    with pytest.raises(BookingConflict):
        svc.create_booking(series(city, "DIA-S01", "DEV102", T(9), T(10), first=MON + dt.timedelta(7), weeks=1))
    # move the second date onto a busy slot: refused, then onto a free slot: accepted
    busy = svc.create_booking(series(city, "DIA-S02", "DEV103", T(14), T(16), first=MON + dt.timedelta(8), weeks=1))
    assert busy.occurrences == 1
    with pytest.raises(BookingConflict) as err:
        svc.move_occurrence(occ[1].id, MON + dt.timedelta(8), T(15), T(17), city.rooms["DIA-S02"])
    assert err.value.clashes[0].kind == "room"
    with pytest.raises(ValidationError):
        svc.move_occurrence(occ[1].id, HOLIDAY, T(9), T(10))
    m = svc.move_occurrence(occ[1].id, MON + dt.timedelta(9), T(14), T(16, 30))
    assert m.moved and m.day == MON + dt.timedelta(9)
    # an edit of the series keeps the cancelled date cancelled and the moved date where it was moved
    svc.update_booking(a.id, series(city, "DIA-S01", "DEV101", T(8), T(10), trainer="F1"))
    after = svc.occurrences(booking_id=a.id, include_cancelled=True)
    states = {(o.day, o.start, o.state, o.moved) for o in after}
    assert (MON, "08:30", "cancelled", False) in states
    assert (MON + dt.timedelta(9), "14:00", "active", True) in states
    assert (MON + dt.timedelta(21), "08:00", "active", False) in states


def test_shared_structure_requests_wait_for_approval(city: City) -> None:
    coordinator = city.ctx.as_actor(Actor("coord", Role.LANGUAGE_COORDINATOR))
    svc = coordinator.service(SpacesService)
    draft = BookingDraft(city.rooms["CONF-A01"], MON + dt.timedelta(3), T(14), T(17), "event",
                         organiser="Career centre", expected=150, title="Forum des métiers")
    req = svc.create_booking(draft)
    assert req.status == "pending"
    # a pending request blocks nobody; an accepted booking made meanwhile makes approval fail
    admin = city.svc
    admin.create_booking(BookingDraft(city.rooms["CONF-A01"], MON + dt.timedelta(3), T(16), T(18), "event",
                                      organiser="Direction", expected=80))
    assert [p.id for p in admin.pending()] == [req.id]
    with pytest.raises(BookingConflict) as err:
        admin.approve(req.id)
    assert err.value.clashes[0].kind == "room"
    with pytest.raises(PermissionDenied):
        svc.approve(req.id)
    moved = svc.update_booking(req.id, BookingDraft(city.rooms["CONF-A01"], MON + dt.timedelta(4), T(14), T(17),
                                                    "event", organiser="Career centre", expected=150))
    assert admin.approve(moved.id).status == "approved"
    assert admin.pending() == []


def test_roles_without_booking_rights_are_refused(city: City) -> None:
    registrar = city.ctx.as_actor(Actor("reg", Role.REGISTRAR)).service(SpacesService)
    assert registrar.rooms()  # may read
    with pytest.raises(PermissionDenied):
        registrar.create_booking(series(city, "DIA-S01", "DEV101", T(8), T(9)))


def test_invalid_drafts_name_the_field(city: City) -> None:
    with pytest.raises(ValidationError) as err:
        city.svc.create_booking(series(city, "DIA-S01", "DEV101", T(11), T(9)))
    assert err.value.errors[0][0] == "end"
    with pytest.raises(ValidationError) as err:
        city.svc.create_booking(series(city, "DIA-S01", "DEV101", T(9), T(10), first=HOLIDAY, weeks=1))
    assert "14/12/2026 (Test holiday)" in err.value.message


def test_free_room_finder_and_week_views(city: City) -> None:
    svc = city.svc
    svc.create_booking(series(city, "DIA-S01", "DEV101", T(8, 30), T(11), trainer="Formateur 1"))
    free = svc.free_rooms(MON, T(9), T(10), min_capacity=20, equipment="Vidéoprojecteur")
    assert [r.code for r in free] == ["DIA-L01"]
    assert [r.code for r in svc.free_rooms(MON, T(11), T(12), min_capacity=22)] == ["DIA-S01", "DIA-S02", "CONF-A01"]
    assert svc.free_rooms(HOLIDAY, T(9), T(10)) == []
    wk = svc.week("structure", city.hub_structure, MON + dt.timedelta(2))
    assert [lane.label for lane in wk.lanes] == ["DIA-L01", "DIA-S01", "DIA-S02"]
    assert wk.monday == MON and len(wk.days) == 6
    assert [(lane, day, o.group_code) for lane, day, o in wk.entries] == [(1, 0, "DEV101")]
    assert [o.room_code for _, _, o in svc.week("group", city.groups["DEV101"], MON).entries] == ["DIA-S01"]
    assert len(svc.week("trainer", "FORMATEUR 1", MON).entries) == 1
    assert svc.week("room", city.rooms["DIA-S01"], HOLIDAY).closed == ((HOLIDAY, "Test holiday"),)


def test_utilisation_counts_booked_against_available_hours(city: City) -> None:
    svc = city.svc
    svc.create_booking(series(city, "DIA-S01", "DEV101", T(8), T(10), weeks=1))
    svc.create_booking(series(city, "DIA-S01", "DEV102", T(10), T(13), weeks=1))
    rows = {(r.level, r.code): r for r in svc.utilisation(MON, MON + dt.timedelta(6))}
    room = rows[("room", "DIA-S01")]
    assert room.available_hours == 6 * 11  # Monday–Saturday, 08:00–19:00
    assert room.booked_hours == 5
    hub = rows[("structure", "DIA")]
    assert hub.available_hours == 3 * 66 and hub.booked_hours == 5
    assert rows[("hub", "P-DIA")].booked_hours == 5


def test_dashboard_counts_rooms_in_use_now(city: City) -> None:
    from cmc_desktop.spaces.dashboard import indicators

    # the tests' clock is Monday 30/11/2026 10:00 in Casablanca
    city.svc.create_booking(series(city, "DIA-S01", "DEV101", T(8, 30), T(11), weeks=1))
    city.svc.create_booking(series(city, "DIA-L01", "DEV102", T(11), T(12), weeks=1))
    found = {i.key: i for i in indicators(city.ctx)}
    assert found["spaces.in_use"].value == "1 / 4"
    # 2.5 h + 1 h booked of 4 rooms × 11 h open
    assert found["spaces.utilisation_today"].value == f"{round(100 * 3.5 / 44)} %"
    canteen = city.ctx.as_actor(Actor("c", Role.CANTEEN_AGENT))
    assert indicators(canteen) == []


def test_the_whole_flow_on_every_backend(any_db_url: str, clock, paths) -> None:  # noqa: ANN001
    """Series, clash, edit, move, finder and utilisation on SQLite and PostgreSQL alike."""
    from cmc_desktop.bootstrap import open_context
    from tests.core.spaces.conftest import build_city

    ctx = open_context(any_db_url, clock=clock, paths=paths)
    try:
        c = build_city(ctx)
        b = c.svc.create_booking(series(c, "DIA-S01", "DEV101", T(8, 30), T(11), trainer="Formateur 1"))
        with pytest.raises(BookingConflict):
            c.svc.create_booking(series(c, "DIA-L01", "DEV102", T(10), T(12), trainer="formateur 1"))
        c.svc.update_booking(b.id, series(c, "DIA-S02", "DEV101", T(9), T(11), trainer="Formateur 1"))
        occ = c.svc.occurrences(booking_id=b.id)
        c.svc.move_occurrence(occ[0].id, MON + dt.timedelta(days=1), T(14), T(16))
        # Monday's date moved away, so DIA-S02 is free again that morning
        assert [r.code for r in c.svc.free_rooms(MON, T(9), T(10), min_capacity=25)] == ["DIA-S02", "CONF-A01"]
        assert {r.code for r in c.svc.free_rooms(MON + dt.timedelta(days=1), T(15), T(16))} == \
            {"DIA-L01", "DIA-S01", "CONF-A01"}
        assert c.svc.search_rooms("vidéo") == [c.rooms["DIA-L01"], c.rooms["DIA-S01"]]
        rows = {(r.level, r.code): r for r in c.svc.utilisation(MON, MON + dt.timedelta(days=27))}
        assert rows[("room", "DIA-S02")].booked_hours == 6  # 3 dates × 2 h (the moved one stayed in DIA-S02)
        week = c.svc.week("structure", c.hub_structure, MON)
        assert [(lane, day, o.moved) for lane, day, o in week.entries] == [(2, 1, True)]  # Tuesday, DIA-S02
    finally:
        ctx.close()


def test_two_desks_booking_the_same_slot_at_once(any_db_url: str, clock, paths) -> None:  # noqa: ANN001
    """Check-then-write under concurrency: of two desks racing for one slot, exactly one wins."""
    import threading

    from cmc_desktop.bootstrap import open_context
    from tests.core.spaces.conftest import build_city

    first = open_context(any_db_url, clock=clock, paths=paths)
    second = open_context(any_db_url, clock=clock, paths=paths)
    try:
        c = build_city(first)
        desks = [first.service(SpacesService), second.service(SpacesService)]
        for week in range(3):
            day = MON + dt.timedelta(days=1, weeks=week)
            barrier = threading.Barrier(2)
            outcomes: list[str] = []

            def book(svc: SpacesService, group: str, day: dt.date = day, barrier: threading.Barrier = barrier,
                     outcomes: list[str] = outcomes) -> None:
                draft = BookingDraft(c.rooms["DIA-S02"], day, T(9), T(11), "course", group_id=c.groups[group])
                barrier.wait()
                try:
                    svc.create_booking(draft)
                    outcomes.append("ok")
                except BookingConflict:
                    outcomes.append("conflict")

            threads = [threading.Thread(target=book, args=(desks[0], "DEV101")),
                       threading.Thread(target=book, args=(desks[1], "DEV102"))]
            for th in threads:
                th.start()
            for th in threads:
                th.join(30)
            assert sorted(outcomes) == ["conflict", "ok"]
        assert len(c.svc.occurrences(room_id=c.rooms["DIA-S02"])) == 3
    finally:
        second.close()
        first.close()


def test_deleting_rooms_and_structures_keeps_history(city: City) -> None:
    from cmc_desktop.errors import ConflictError, NotFound
    from cmc_desktop.spaces.dto import StructureDraft

    city.svc.create_booking(series(city, "DIA-S01", "DEV101", T(8), T(9), weeks=1))
    with pytest.raises(ConflictError) as booked:
        city.svc.delete_room(city.rooms["DIA-S01"])
    assert booked.value.code == "in_use" and booked.value.params["bookings"] == 1
    with pytest.raises(ConflictError) as holds:
        city.svc.delete_structure(city.hub_structure)
    assert holds.value.code == "in_use" and holds.value.params["rooms"] == 3
    room = city.svc.room_by_code("DIA-S02")
    with pytest.raises(ConflictError) as stale:  # edited at another desk since the form was opened
        city.svc.delete_room(room.id, room.version + 1)
    assert stale.value.code == "stale"
    registrar = city.ctx.as_actor(Actor("reg", Role.REGISTRAR)).service(SpacesService)
    with pytest.raises(PermissionDenied):
        registrar.delete_room(room.id)
    assert city.svc.delete_room(room.id, room.version) == "DIA-S02"
    with pytest.raises(NotFound):
        city.svc.room_by_code("DIA-S02")
    tmp = city.svc.save_structure(StructureDraft("TMP", "En trop", "shared", shared_type="media_library"))
    assert city.svc.delete_structure(tmp.id, tmp.version) == "TMP"
    assert "TMP" not in {st.code for st in city.svc.structures()}
