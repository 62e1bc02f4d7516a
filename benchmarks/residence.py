"""Residence benchmarks.

``residence.allocate_5k``: the allocation (rules.allocate, with its inversion audit) over 5,000
applicants and 1,000 beds with every constraint in play — two wings, accessible rooms, beds
under maintenance, rooms of 1–4 beds, the minors rule, mutual roommate requests, groups and
programmes, and 300 residents already housed (stability). The floor is sorting the 5,000
applicants by score, the least any ranked allocation must do.

``residence.allocate_5k_db``: the same through the service (``allocate(dry_run=True)``) on a
migrated SQLite file: reading applications, trainees, rooms and stays, then the rules. Floor:
one SELECT of the 5,000 application rows.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path

from benchmarks.core import Row, best_of, median_of
from cmc_desktop.residence import rules


def make_problem(n_applicants: int = 5000, n_beds: int = 1000, seed: int = 5) -> tuple[
        list[rules.Applicant], list[rules.RoomSlot]]:
    rng = random.Random(seed)
    rooms: list[rules.RoomSlot] = []
    bed = 0
    rid = 0
    while bed < n_beds:
        cap = min(rng.choice((1, 2, 2, 2, 3, 4)), n_beds - bed)
        beds = tuple(range(bed, bed + cap))
        usable = tuple(b for b in beds if rng.random() > 0.01)
        rooms.append(rules.RoomSlot(rid, "H" if rid % 2 else "F", rng.random() < 0.05, beds, usable, f"R{rid}"))
        bed += cap
        rid += 1
    apps = []
    for i in range(n_applicants):
        apps.append(rules.Applicant(
            trainee_id=i, sex=rng.choice("HF"), distance_km=rng.uniform(0, 400), remote=rng.random() < 0.3,
            social_score=rng.randint(0, 10), minor=rng.random() < 0.2, accessibility_need=rng.random() < 0.02,
            year_of_study=rng.randint(1, 2), roommate_id=(i ^ 1) if rng.random() < 0.1 else None,
            group_id=rng.randint(1, 250), programme_id=rng.randint(1, 40),
            submitted_on=dt.date(2026, 9, 1) + dt.timedelta(days=rng.randint(0, 20))))
    # 300 already housed from an earlier run: they must keep their beds.
    first = rules.allocate(apps[:300], rooms)
    kept = {d.trainee_id: d.bed_id for d in first.decisions if d.status == "housed"}
    apps = [rules.Applicant(**{**a.__dict__, "current_bed_id": kept.get(a.trainee_id)}) for a in apps]
    return apps, rooms


def allocate_5k(quick: bool) -> list[Row]:
    apps, rooms = make_problem()
    weights = dict(rules.DEFAULT_WEIGHTS)
    result = rules.allocate(apps, rooms, weights=weights)
    scores = [(rules.score(a, weights), a.trainee_id) for a in apps]
    repeat = 3 if quick else 7
    project = median_of(lambda: rules.allocate(apps, rooms, weights=weights), repeat)
    floor = best_of(lambda: sorted(scores, reverse=True), repeat * 5)
    return [Row("residence.allocate_5k", project, floor, "<=1s", f"{len(apps)} applicants, "
                f"{sum(len(r.usable()) for r in rooms)} beds",
                f"priority_inversions={result.priority_inversions} housed={result.housed} "
                f"kept={result.kept} waitlisted={result.waitlisted}")]


def allocate_5k_db(quick: bool) -> list[Row]:
    """Through the service on a migrated SQLite file (bulk-seeded, so setup stays short)."""
    from sqlalchemy import insert, select, text

    from cmc_desktop.bootstrap import open_context
    from cmc_desktop.clock import FixedClock
    from cmc_desktop.db.base import utcnow
    from cmc_desktop.db.models import AcademicYear, Group, Programme, Sector, Trainee
    from cmc_desktop.db.models.residence import Application, Bed, Building, Room
    from cmc_desktop.residence.service import ResidenceService

    n = 2000 if quick else 5000
    apps, rooms = make_problem(n_applicants=n, n_beds=n // 5)
    tmp = Path(tempfile.mkdtemp()) / "bench.sqlite3"
    ctx = open_context(str(tmp), clock=FixedClock(dt.datetime(2026, 11, 30, 10)))
    now = utcnow()

    def rec(**v: object) -> dict:
        import uuid

        return {"uuid": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1, **v}

    try:
        with ctx.sf.begin() as s:
            sector = s.scalar(select(Sector.id))
            s.execute(insert(Programme), [rec(code=f"P{i}", label_fr=f"P{i}", label_ar="", level="TS",
                                              duration_months=24, diploma=True, sector_id=sector,
                                              soft_skills_hours=0) for i in range(1, 41)])
            s.execute(insert(AcademicYear), [rec(code="2026-2027", starts_on=dt.date(2026, 9, 15),
                                                 ends_on=dt.date(2027, 7, 15), current=True)])
            year = s.scalar(select(AcademicYear.id))
            progs = list(s.scalars(select(Programme.id).order_by(Programme.id)))
            s.execute(insert(Group), [rec(code=f"G{i}", programme_id=progs[i % 40], academic_year_id=year,
                                          year_of_study=1, capacity=20) for i in range(1, 251)])
            groups = list(s.scalars(select(Group.id).order_by(Group.id)))
            s.execute(insert(Trainee), [rec(matricule=f"{a.trainee_id:013d}", last_name=f"N{a.trainee_id}",
                                            first_name="T", sex=a.sex,
                                            birth_date=dt.date(2010 if a.minor else 2003, 1, 1),
                                            remote_area=a.remote, distance_km=a.distance_km, bridging=False,
                                            anonymised=False, search_key="",
                                            current_group_id=groups[(a.group_id or 1) - 1],
                                            current_status="active") for a in apps])
            ids = dict(s.execute(select(Trainee.matricule, Trainee.id)).all())
            s.execute(insert(Building), [rec(code="H", name="H", name_ar="", sex="H", floors=1),
                                         rec(code="F", name="F", name_ar="", sex="F", floors=1)])
            bids = dict(s.execute(select(Building.sex, Building.id)).all())
            s.execute(insert(Room), [rec(building_id=bids[r.sex], code=f"{r.room_id:04d}", floor=0,
                                         capacity=len(r.bed_ids), accessible=r.accessible, status="available")
                                     for r in rooms])
            s.execute(insert(Bed), [rec(room_id=rid, label=label, status="available")
                                    for rid, cap in s.execute(select(Room.id, Room.capacity))
                                    for label in "ABCD"[:cap]])
            s.execute(insert(Application), [rec(
                trainee_id=ids[f"{a.trainee_id:013d}"], academic_year_id=year, submitted_on=a.submitted_on,
                distance_km=a.distance_km, remote=a.remote, social_score=a.social_score, minor=a.minor,
                accessibility_need=a.accessibility_need, year_of_study=a.year_of_study,
                roommate_trainee_id=ids.get(f"{a.roommate_id:013d}") if a.roommate_id is not None else None,
                score=0.0, status="pending", explanation="{}") for a in apps])
        svc = ctx.service(ResidenceService)
        result = svc.allocate(dry_run=True)
        repeat = 2 if quick else 3
        project = median_of(lambda: svc.allocate(dry_run=True), repeat)

        def floor_query() -> None:
            with ctx.engine.connect() as c:
                c.execute(text("select * from residence_applications")).fetchall()

        floor = best_of(floor_query, repeat * 3)
    finally:
        ctx.close()
    return [Row("residence.allocate_5k_db", project, floor, "<=2s", f"{n} applications (dry run)",
                f"priority_inversions={result.priority_inversions}")]


ROWS = [allocate_5k, allocate_5k_db]
