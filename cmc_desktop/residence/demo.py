"""Demo residence: two buildings (men, women), beds for about 13 % of trainees (Souss-Massa:
400 beds for 3,000 trainees), applications from about 23 % of them, the allocation already run
with the real rules, most of the housed checked in, and a few leaves this week.

Bulk Core inserts keep it fast (the demo must build in seconds); the allocation itself is the
same ``rules.allocate`` the service runs, so the demo's explanations are real.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import insert, select

from cmc_desktop.db.base import utcnow
from cmc_desktop.db.models.residence import Application, Bed, Building, Leave, Room, Stay
from cmc_desktop.demo.builder import DemoContext
from cmc_desktop.residence import rules
from cmc_desktop.residence.service import CHECKLIST, DEFAULT_DEPOSIT, explanation_json

BUILDINGS = (
    ("A", "Pavillon A — garçons", "الجناح أ — الذكور", "H"),
    ("B", "Pavillon B — filles", "الجناح ب — الإناث", "F"),
)
ROOM_PATTERN = (2, 2, 2, 4, 2, 3, 2, 2)  # mostly doubles, a few triples and quads


def _rec(demo: DemoContext, now: dt.datetime, **values: Any) -> dict[str, Any]:
    return {"uuid": demo.uuid(), "created_at": now, "updated_at": now, "version": 1, "updated_by": "demo", **values}


def populate(demo: DemoContext) -> dict[str, int]:
    s, rng, now = demo.session, demo.rng, utcnow()
    n = len(demo.trainees)
    total_beds = max(20, round(n * 400 / 3000))
    men = sum(t.sex == "H" for t in demo.trainees)
    share_h = men / n if n else 0.5
    targets = {"H": max(8, round(total_beds * share_h)), "F": 0}
    targets["F"] = max(8, total_beds - targets["H"])

    # --- inventory ----------------------------------------------------------------------------
    room_rows, building_ids = [], {}
    for code, name, name_ar, sex in BUILDINGS:
        floors = 4 if targets[sex] > 80 else 2
        s.execute(insert(Building), [_rec(demo, now, code=code, name=name, name_ar=name_ar, sex=sex, floors=floors)])
        bid = s.scalar(select(Building.id).where(Building.code == code))
        building_ids[code] = bid
        caps, left, i = [], targets[sex], 0
        while left > 0:
            cap = 2 if i < 2 else min(ROOM_PATTERN[i % len(ROOM_PATTERN)], left)  # 2 accessible doubles
            caps.append(cap)
            left -= cap
            i += 1
        per_floor = -(-len(caps) // floors)
        for j, cap in enumerate(caps):
            floor, k = divmod(j, per_floor)
            room_rows.append(_rec(demo, now, building_id=bid, code=f"{floor}{k + 1:02d}", floor=floor, capacity=cap,
                                  accessible=j < 2,
                                  status="maintenance" if j == len(caps) - 1 and len(caps) > 10 else "available"))
    s.execute(insert(Room), room_rows)
    rooms = s.execute(select(Room.id, Room.building_id, Room.code, Room.capacity).order_by(Room.id)).all()
    bed_rows = []
    for rid, _, _, cap in rooms:
        bed_rows.extend(_rec(demo, now, room_id=rid, label=label, status="available") for label in "ABCD"[:cap])
    s.execute(insert(Bed), bed_rows)
    bed_list = s.execute(select(Bed.id, Bed.room_id, Bed.label).order_by(Bed.room_id, Bed.label)).all()
    # Two worn-out beds under repair, so the board shows every state.
    broken = {bed_list[len(bed_list) // 3].id, bed_list[2 * len(bed_list) // 3].id} if len(bed_list) > 30 else set()
    if broken:
        from sqlalchemy import update

        s.execute(update(Bed).where(Bed.id.in_(broken)).values(status="maintenance"))

    # --- applications ---------------------------------------------------------------------------
    active = [t for t in demo.trainees if t.status == "active"]
    raw = {t.id: 0.05 + min(t.distance_km, 300) / 300 + (0.6 if t.remote else 0.0) for t in active}
    scale = 0.23 * n / max(1e-9, sum(raw.values()))
    applicants_seed = [t for t in active if rng.random() < min(0.95, raw[t.id] * scale)]
    start = demo.year.starts_on
    by_group: dict[tuple[int, str], list[int]] = {}
    for t in applicants_seed:
        by_group.setdefault((t.group_id, t.sex), []).append(t.id)
    mate: dict[int, int] = {}
    for ids in by_group.values():
        for a, b in zip(ids[::2], ids[1::2], strict=False):
            if rng.random() < 0.12:
                mate[a] = b
                if rng.random() < 0.7:  # most requests are mutual, some are not
                    mate[b] = a
    applicants, app_fields = [], {}
    for t in applicants_seed:
        fields = {
            "submitted_on": start - dt.timedelta(days=rng.randint(5, 60)),
            "distance_km": t.distance_km, "remote": t.remote,
            "social_score": min(10, max(0, round(rng.triangular(0, 10, 4)))),
            "minor": t.minor, "accessibility_need": rng.random() < 0.015,
            "year_of_study": t.year_of_study, "roommate_trainee_id": mate.get(t.id),
        }
        app_fields[t.id] = fields
        applicants.append(rules.Applicant(
            trainee_id=t.id, sex=t.sex, distance_km=t.distance_km, remote=t.remote,
            social_score=fields["social_score"], minor=t.minor, accessibility_need=fields["accessibility_need"],
            year_of_study=t.year_of_study, roommate_id=mate.get(t.id), group_id=t.group_id,
            programme_id=t.programme_id, submitted_on=fields["submitted_on"]))

    # --- the allocation, with the real rules ---------------------------------------------------
    code_of = {bid: code for code, bid in building_ids.items()}
    sex_of = {building_ids[c]: sex for c, _, _, sex in BUILDINGS}
    facts = {(r["building_id"], r["code"]): (r["accessible"], r["status"]) for r in room_rows}
    beds_by_room: dict[int, list[tuple[int, str]]] = {}
    for bid_, rid, label in bed_list:
        beds_by_room.setdefault(rid, []).append((bid_, label))
    labels, slots = {}, []
    for rid, bid, code, _ in rooms:
        rb = beds_by_room[rid]
        for bed_id, label in rb:
            labels[bed_id] = f"{code_of[bid]}-{code}-{label}"
        accessible, status = facts[(bid, code)]
        usable = tuple(b for b, _ in rb if b not in broken) if status == "available" else ()
        slots.append(rules.RoomSlot(rid, sex_of[bid], accessible, tuple(b for b, _ in rb), usable,
                                    f"{code_of[bid]}-{code}"))
    result = rules.allocate(applicants, slots)
    decisions = {d.trainee_id: d for d in result.decisions}
    app_rows = []
    for t in applicants_seed:
        d = decisions[t.id]
        app_rows.append(_rec(demo, now, trainee_id=t.id, academic_year_id=demo.year.id, **app_fields[t.id],
                             score=d.score, rank=d.rank, status=d.status,
                             bed_id=d.bed_id if d.status == "housed" else None,
                             explanation=explanation_json(d, result, labels, now)))
    if app_rows:
        s.execute(insert(Application), app_rows)
    app_id = dict(s.execute(select(Application.trainee_id, Application.id)
                            .where(Application.academic_year_id == demo.year.id)).all())

    # --- check-ins: most of the housed arrived in the first two weeks ---------------------------
    stay_rows, checked = [], []
    for d in result.decisions:
        if d.status != "housed" or rng.random() > 0.92:
            continue  # a few housed have not arrived yet: their beds show as reserved
        day = min(demo.today, start + dt.timedelta(days=rng.randint(0, 12)))
        cond = dict.fromkeys(CHECKLIST, "good")
        if rng.random() < 0.2:
            cond[rng.choice(CHECKLIST)] = "worn"
        stay_rows.append(_rec(demo, now, trainee_id=d.trainee_id, bed_id=d.bed_id, application_id=app_id[d.trainee_id],
                              check_in=day, check_out=None, key_code=f"K{labels[d.bed_id].replace('-', '')}",
                              deposit_mad=DEFAULT_DEPOSIT, condition_in=json.dumps(cond),
                              dispute_until=dt.datetime.combine(day, dt.time(18), dt.UTC) + dt.timedelta(hours=24),
                              damages_mad=0))
        checked.append(d.trainee_id)
    # Last year's stays of second-year residents, so beds have a history and certificates a
    # start date; each bed held by at most one of them (they never overlap this year's stays).
    prev = demo.previous_year
    free_beds = {sex: [b for b, _ in sorted(labels.items()) if sex_of[building_ids[labels[b][0]]] == sex]
                 for sex in ("H", "F")}
    for pool in free_beds.values():
        rng.shuffle(pool)
    by_id = {t.id: t for t in applicants_seed}
    old_rows = []
    for tid in checked:
        t = by_id[tid]
        if t.year_of_study != 2 or rng.random() > 0.5 or not free_beds[t.sex]:
            continue
        bed = free_beds[t.sex].pop()
        damages = rng.choice((0, 0, 0, 0, 80, 150))
        old_rows.append(_rec(demo, now, trainee_id=tid, bed_id=bed, application_id=None,
                             check_in=prev.starts_on + dt.timedelta(days=rng.randint(0, 10)),
                             check_out=prev.ends_on - dt.timedelta(days=rng.randint(0, 10)),
                             key_code=f"K{labels[bed].replace('-', '')}", deposit_mad=DEFAULT_DEPOSIT,
                             condition_in=json.dumps(dict.fromkeys(CHECKLIST, "good")), dispute_until=None,
                             condition_out=json.dumps({"damages": [["chair", damages]] if damages else []}),
                             damages_mad=damages, end_reason="checkout"))
    if stay_rows:
        s.execute(insert(Stay), stay_rows + old_rows)
    stay_id = dict(s.execute(select(Stay.trainee_id, Stay.id).where(Stay.check_out.is_(None))).all())

    # --- leaves this week: a weekend at home for some, a family leave covering today for a few ---
    monday = demo.today - dt.timedelta(days=demo.today.weekday())
    friday, sunday = monday + dt.timedelta(days=4), monday + dt.timedelta(days=6)
    leave_rows = []
    for tid in checked:
        r = rng.random()
        if r < 0.12:
            leave_rows.append(_rec(demo, now, trainee_id=tid, stay_id=stay_id[tid], starts_on=friday, ends_on=sunday,
                                   reason="Week-end en famille"))
        elif r < 0.15:
            leave_rows.append(_rec(demo, now, trainee_id=tid, stay_id=stay_id[tid], starts_on=demo.today,
                                   ends_on=demo.today + dt.timedelta(days=2), reason="Raison familiale"))
    if leave_rows:
        s.execute(insert(Leave), leave_rows)
    demo.extra["residence.residents"] = set(checked)
    return {"residence beds": len(bed_list), "residence applications": len(app_rows),
            "residence residents": len(stay_rows), "residence waitlist": result.waitlisted,
            "residence leaves": len(leave_rows)}
