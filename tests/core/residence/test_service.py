"""Residence use cases on a real migrated SQLite file: allocation, check-in/out, moves, leaves,
and every refusal the issue lists, each with its message and nothing written."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import IntegrityError

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.clock import FixedClock
from cmc_desktop.db.models.residence import Application, Stay
from cmc_desktop.errors import ConflictError, PermissionDenied, ValidationError
from cmc_desktop.residence import queries
from cmc_desktop.residence.service import ResidenceService
from cmc_desktop.security.permissions import Actor, Role
from tests.core.residence.conftest import City, build_city

TODAY = dt.date(2026, 11, 30)


def snapshot(ctx: AppContext) -> dict[str, int]:
    """Row counts and version sums: any write, even an update, changes one of them."""
    out = {}
    with ctx.engine.connect() as c:
        for table in ("residence_buildings", "residence_rooms", "residence_beds", "residence_applications",
                      "residence_stays", "residence_bed_moves", "residence_leaves", "audit_log"):
            out[table] = c.execute(text(f"select count(*) from {table}")).scalar()
        for table in ("residence_applications", "residence_stays", "residence_beds", "residence_rooms"):
            out[f"{table}.v"] = c.execute(text(f"select coalesce(sum(version), 0) from {table}")).scalar()
    return out


def refused(city: City, fn, *args, match: str, code: str | None = None, **kw) -> None:  # noqa: ANN001
    before = snapshot(city.ctx)
    with pytest.raises((ConflictError, ValidationError)) as err:
        fn(*args, **kw)
    assert match in err.value.message, err.value.message
    if code:
        assert err.value.code == code
    assert snapshot(city.ctx) == before, "a refusal wrote something"


# ---------------------------------------------------------------------------------------------


def test_allocation_preview_writes_nothing_then_apply_is_stable(city: City) -> None:
    svc = city.svc
    for m in city.men + city.women:
        svc.apply(m, social_score=3)
    svc.apply(city.minor_man, social_score=10)
    before = snapshot(city.ctx)
    preview = svc.allocate(dry_run=True)
    assert snapshot(city.ctx) == before
    assert preview.applications == 10 and preview.priority_inversions == 0
    # 5 beds for 6 men (2+1+2, one room accessible), 2 beds for 4 women; the minor ranks first
    # and takes the single room, so the four best adults share the two doubles
    assert preview.by_sex["H"] == {"applications": 6, "housed": 5, "waitlisted": 1, "beds_free": 0}
    assert preview.by_sex["F"] == {"applications": 4, "housed": 2, "waitlisted": 2, "beds_free": 0}

    done = svc.allocate()
    assert done.summary() | {"dry_run": True} == preview.summary()
    ids = svc.search_applications(status="housed")
    rows = svc.application_rows(ids)
    assert all(r.bed for r in rows.values())
    waiting = svc.waitlist()
    assert [w.waitlist_position for w in waiting] == list(range(1, len(waiting) + 1))
    detail = svc.application_detail(waiting[0].id)
    assert detail.why in ("no_bed_sex", "minors_rule") and detail.message
    assert sum(line.points for line in detail.breakdown) == pytest.approx(detail.row.score)

    # Rerun: nobody moves, even with new, higher-priority applicants.
    beds = {r.matricule: r.bed for r in rows.values()}
    again = svc.allocate()
    assert again.kept == done.housed and again.newly_housed == 0
    rows2 = svc.application_rows(svc.search_applications(status="housed"))
    assert {r.matricule: r.bed for r in rows2.values()} == beds


def test_weights_are_settings_and_change_the_score(city: City) -> None:
    svc = city.svc
    row = svc.apply(city.men[0])
    w = svc.set_weights({"distance_per_10km": 3})
    assert w["distance_per_10km"] == 3 and svc.weights()["distance_per_10km"] == 3
    with pytest.raises(ValidationError, match="Unknown weight 'colour'"):
        svc.set_weights({"colour": 1})
    svc.allocate()
    after = svc.application_rows([row.id])[row.id]
    assert after.score != row.score
    info = svc.application_detail(row.id)
    assert {line.key for line in info.breakdown} >= {"distance", "first_year"}


def test_check_in_uses_the_allocated_bed_and_refusals_write_nothing(city: City) -> None:
    svc = city.svc
    m1, m2, m3 = city.men[:3]
    for m in (m1, m2, m3):
        svc.apply(m)
    svc.allocate()
    stay = svc.check_in(m1, key_code="K-12", condition={"desk": "worn"})
    assert stay.condition_in["desk"] == "worn" and stay.deposit_mad == 500 and stay.key_code == "K-12"
    assert stay.dispute_until == city.ctx.clock.now() + dt.timedelta(hours=24)

    # a second active bed for one trainee
    refused(city, svc.check_in, m1, bed_id=city.bed("A-102-A"), match="already has an active bed",
            code="residence.second_bed")
    # a wrong-sex building
    refused(city, svc.check_in, m2, bed_id=city.bed("B-001-A"), match="building for women",
            code="residence.wrong_sex")
    # a bed under maintenance
    svc.set_bed_status(city.bed("A-001-B"), "maintenance")
    refused(city, svc.check_in, city.men[4], bed_id=city.bed("A-001-B"), match="under maintenance")
    # a bed promised to someone who has not arrived yet: says who
    reserved = next(b for c in svc.board() for b in c.beds if b.state == "reserved")
    refused(city, svc.check_in, city.men[3], bed_id=reserved.bed_id, match=f"is allocated to {reserved.matricule}",
            code="residence.bed_reserved")
    # a full room: everyone arrives, then one more tries the single room A-102
    for m in (m2, m3):
        svc.check_in(m)
    assert {b.state for c in svc.board() if c.label in ("A-101", "A-102") for b in c.beds} == {"occupied"}
    refused(city, svc.check_in, city.men[3], bed_id=city.bed("A-102-A"), match="Room A-102 is full",
            code="residence.room_full")
    # bad checklist value, named
    refused(city, svc.check_in, city.men[3], bed_id=city.bed("A-101-B"), condition={"desk": "broken"},
            match="Condition of 'desk'")


def test_check_out_frees_the_bed_at_once_and_settles_the_deposit(city: City) -> None:
    svc = city.svc
    m = city.men[0]
    bed = city.bed("A-101-A")
    svc.check_in(m, bed_id=bed, day=dt.date(2026, 10, 1), deposit_mad=400)
    # checking out someone not checked in
    refused(city, svc.check_out, city.men[1], match="is not checked in", code="residence.not_checked_in")
    refused(city, svc.check_out, m, damages=[("chair", -5)], match="cannot be negative")
    out = svc.check_out(m, damages=[("chair", 150), ("lamp", 300)], condition={"chair": "damaged"})
    assert out.check_out == TODAY and out.damages_mad == 450
    assert out.refund_mad == 0 and out.balance_due_mad == 50
    cell = next(b for c in svc.board() for b in c.beds if b.bed_id == bed)
    assert cell.state == "free"
    with city.ctx.sf() as s:
        assert queries.residents(s) == set()
    # A new trainee can take the bed the same day.
    assert svc.check_in(city.men[1], bed_id=bed).bed == "A-101-A"
    refused(city, svc.check_out, m, match="is not checked in")


def test_overlapping_stays_are_refused(city: City) -> None:
    svc = city.svc
    m = city.men[0]
    svc.check_in(m, bed_id=city.bed("A-101-A"), day=dt.date(2026, 10, 1))
    svc.check_out(m, day=dt.date(2026, 11, 15))
    # back-dated check-in inside the closed stay
    refused(city, svc.check_in, m, bed_id=city.bed("A-101-B"), day=dt.date(2026, 11, 1),
            match="overlaps trainee", code="residence.overlap")
    # someone else back-dated into that bed while it was occupied
    refused(city, svc.check_in, city.men[1], bed_id=city.bed("A-101-A"), day=dt.date(2026, 10, 20),
            match="overlaps another stay in bed A-101-A")
    assert svc.check_in(m, bed_id=city.bed("A-101-B"), day=dt.date(2026, 11, 16)).check_in == dt.date(2026, 11, 16)
    assert len(svc.stays(m)) == 2


def test_move_keeps_history_and_checks_constraints(city: City) -> None:
    svc = city.svc
    m = city.men[0]
    svc.check_in(m, bed_id=city.bed("A-101-A"), day=dt.date(2026, 10, 1))
    refused(city, svc.move, m, city.bed("B-001-A"), match="building for women")
    svc.check_in(city.minor_man, bed_id=city.bed("A-001-A"), day=dt.date(2026, 10, 1))
    refused(city, svc.move, m, city.bed("A-001-B"), match="minors are kept with minors",
            code="residence.minors_rule")
    moved = svc.move(m, city.bed("A-102-A"), reason="noise")
    assert moved.bed == "A-102-A" and moved.check_in == TODAY
    old = svc.bed_history(city.bed("A-101-A"))
    new = svc.bed_history(city.bed("A-102-A"))
    assert [h.kind for h in old][:2] == ["move_out", "check_in"]
    assert any(h.kind == "move_in" and "A-101-A" in h.detail and "noise" in h.detail for h in new)
    states = {b.label: b.state for c in svc.board() for b in c.beds}
    assert states["A-101-A"] == "free" and states["A-102-A"] == "occupied"
    cert = svc.certificate(m)  # housed since the first bed, not since the move
    assert cert.check_in == dt.date(2026, 10, 1) and cert.bed == "A-102-A" and cert.check_out is None
    refused(city, svc.move, city.men[1], city.bed("A-101-A"), match="is not checked in")


def test_leaves_feed_the_catering_queries(city: City) -> None:
    svc = city.svc
    a, b = city.men[:2]
    svc.check_in(a, bed_id=city.bed("A-101-A"), day=dt.date(2026, 10, 1))
    svc.check_in(b, bed_id=city.bed("A-101-B"), day=dt.date(2026, 10, 1))
    ids = {r.matricule: r.trainee_id for r in svc.residents_list()}
    svc.add_leave(a, dt.date(2026, 12, 4), dt.date(2026, 12, 6), "week-end")
    refused(city, svc.add_leave, a, dt.date(2026, 12, 6), dt.date(2026, 12, 7), match="already has a leave")
    refused(city, svc.add_leave, a, dt.date(2026, 12, 9), dt.date(2026, 12, 8), match="ends")
    refused(city, svc.add_leave, city.men[2], TODAY, TODAY, match="not checked in")
    with city.ctx.sf() as s:
        assert queries.residents_present(s, dt.date(2026, 12, 5)) == {ids[b]}
        assert queries.on_leave(s, dt.date(2026, 12, 5)) == {ids[a]}
        assert queries.residents_present(s, dt.date(2026, 12, 7)) == {ids[a], ids[b]}
        assert queries.residents_present(s, dt.date(2026, 9, 30)) == set()
        assert queries.residents(s) == {ids[a], ids[b]}
    board = {x.label: x.state for c in svc.board(day=dt.date(2026, 12, 5)) for x in c.beds}
    assert board["A-101-A"] == "leave"


def test_condition_report_can_be_disputed_within_24_hours(city: City, clock: FixedClock) -> None:
    svc = city.svc
    stay = svc.check_in(city.men[0], bed_id=city.bed("A-101-A"))
    clock.advance(hours=23)
    assert svc.dispute_condition(stay.id, "the window does not close").dispute_note
    clock.advance(hours=2)
    refused(city, svc.dispute_condition, stay.id, "late", match="24-hour window")


def test_database_refuses_a_second_active_bed_even_behind_the_service(any_db_url: str, clock: FixedClock,
                                                                      paths) -> None:  # noqa: ANN001
    from cmc_desktop.bootstrap import open_context

    ctx = open_context(any_db_url, clock=clock, paths=paths)
    try:
        c = build_city(ctx)
        stay = c.svc.check_in(c.men[0], bed_id=c.bed("A-101-A"))
        row = {"trainee_id": stay.trainee_id, "bed_id": c.bed("A-101-B"), "check_in": TODAY,
               "deposit_mad": 0, "condition_in": "{}", "damages_mad": 0}
        with pytest.raises(IntegrityError), ctx.sf.begin() as s:
            s.execute(insert(Stay), [row])
        other = c.svc.apply(c.men[1])
        with pytest.raises(IntegrityError), ctx.sf.begin() as s:  # the same bed for a second person
            s.execute(insert(Stay), [{**row, "trainee_id": other.trainee_id, "bed_id": stay.bed_id}])
        with ctx.sf() as s:
            assert s.scalar(select(func.count()).select_from(Stay)) == 1
    finally:
        ctx.close()


def test_permissions(city: City) -> None:
    agent = city.ctx.as_actor(Actor("agent", Role.CANTEEN_AGENT))
    with pytest.raises(PermissionDenied):
        agent.service(ResidenceService).board()
    catering = city.ctx.as_actor(Actor("cm", Role.CATERING_MANAGER)).service(ResidenceService)
    assert catering.board()  # may read occupancy …
    with pytest.raises(PermissionDenied):
        catering.allocate()  # … but not decide
    with pytest.raises(PermissionDenied):
        catering.check_in(city.men[0], bed_id=city.bed("A-101-A"))


def test_explanation_is_kept_with_each_application(city: City) -> None:
    svc = city.svc
    for m in city.women:
        svc.apply(m)
    svc.allocate()
    with city.ctx.sf() as s:
        for app in s.scalars(select(Application)):
            info = json.loads(app.explanation)
            assert info["breakdown"] and info["weights"]["remote"] == 20.0
            assert info["why"] in ("best_free", "group", "programme", "roommate", "no_bed_sex")


def test_inventory_validation(city: City) -> None:
    svc = city.svc
    refused(city, svc.add_room, "A", "103", 0, 5, match="1 to 4 beds")
    refused(city, svc.add_room, "A", "101", 1, 2, match="already exists")
    refused(city, svc.add_building, "C", "x", "X", 1, match="sex must be H or F")
    svc.check_in(city.men[0], bed_id=city.bed("A-101-A"))
    room = next(c for c in svc.board() if c.label == "A-101")
    refused(city, svc.set_room_status, room.room_id, "maintenance", match="has 1 resident")
    assert [b.code for b in svc.buildings()] == ["A", "B"]


def test_application_facts_are_editable_and_rescored(city: City) -> None:
    svc = city.svc
    row = svc.apply(city.women[0])
    assert row.distance_km == 160.0  # from the registry
    edited = svc.edit_application(row.id, distance_km=300, social_score=8, roommate=city.women[1])
    assert edited.distance_km == 300 and edited.score == pytest.approx(row.score + 14 + 24)
    assert svc.application_detail(row.id).roommate.startswith(city.women[1])
    refused(city, svc.edit_application, row.id, social_score=11, match="0 to 10")
    refused(city, svc.edit_application, row.id, roommate=city.men[0], match="cannot be this trainee's roommate")
    svc.withdraw(row.id)
    refused(city, svc.edit_application, row.id, distance_km=1, match="withdrawn")


def test_whole_cycle_on_every_backend(any_db_url: str, clock: FixedClock, paths, tmp_path) -> None:  # noqa: ANN001
    """Allocation, check-in, leave, move, check-out and the documents on SQLite and PostgreSQL."""
    from cmc_desktop.bootstrap import open_context
    from cmc_desktop.residence import reports

    ctx = open_context(any_db_url, clock=clock, paths=paths)
    try:
        c = build_city(ctx)
        svc = c.svc
        for m in c.men + c.women:
            svc.apply(m)
        res = svc.allocate()
        assert res.priority_inversions == 0 and res.housed == 7
        housed = svc.application_rows(svc.search_applications(status="housed"))
        first = next(r for r in housed.values() if r.sex == "H")
        stay = svc.check_in(first.matricule)
        svc.add_leave(first.matricule, TODAY, TODAY + dt.timedelta(days=1))
        with ctx.sf() as s:
            assert queries.on_leave(s, TODAY) == {stay.trainee_id}
            assert queries.residents_present(s, TODAY) == set()
        free_men = [b for cell in svc.board() if cell.sex == "H" for b in cell.beds if b.state == "free"]
        if free_men:
            svc.move(first.matricule, free_men[0].bed_id)
        assert reports.certificate(svc, first.matricule, tmp_path / "c.pdf").stat().st_size > 1000
        assert reports.occupancy(svc, tmp_path / "o.xlsx").exists()
        out = svc.check_out(first.matricule)
        assert out.check_out == TODAY and svc.current_stay(first.matricule) is None
        assert [w.waitlist_position for w in svc.waitlist()] == list(range(1, res.waitlisted + 1))
    finally:
        ctx.close()
