"""Demo spaces: the Souss-Massa layout (11 sector hubs, 7 shared structures) and a first-semester
timetable for every demo group, conflict-free by construction, inserted in bulk."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from sqlalchemy import insert, select

from cmc_desktop.db.base import utcnow
from cmc_desktop.db.models import CalendarDay
from cmc_desktop.db.models.spaces import Booking, Occurrence, Room, Structure
from cmc_desktop.demo.builder import DemoContext
from cmc_desktop.spaces import rules

SLOTS = ((8 * 60 + 30, 11 * 60), (11 * 60, 13 * 60 + 30), (13 * 60 + 30, 16 * 60), (16 * 60, 18 * 60 + 30))
SESSIONS_PER_WEEK = 5

# Rooms per hub: (letter, kind, count, capacity range, equipment)
HUB_ROOMS = {
    "default": (("S", "classroom", 7, (24, 30), "vidéoprojecteur, tableau"),
                ("L", "lab", 3, (20, 24), "pc, vidéoprojecteur"),
                ("A", "workshop", 3, (20, 24), "établis, outillage")),
    "DIA": (("S", "classroom", 6, (24, 30), "vidéoprojecteur, tableau"),
            ("L", "lab", 8, (20, 26), "pc, vidéoprojecteur, réseau")),
    "GC": (("S", "classroom", 9, (24, 32), "vidéoprojecteur, tableau"),
           ("L", "lab", 3, (20, 24), "pc, vidéoprojecteur")),
    "TH": (("S", "classroom", 6, (24, 30), "vidéoprojecteur, tableau"),
           ("K", "kitchen", 3, (16, 22), "cuisine pédagogique"),
           ("R", "workshop", 2, (20, 30), "restaurant d'application")),
    "SAN": (("S", "classroom", 6, (24, 30), "vidéoprojecteur, tableau"),
            ("L", "lab", 4, (20, 24), "unité de soins, mannequins")),
}
SHARED = (
    ("LANG", "Centre de langues et soft skills", "مركز اللغات والمهارات الحياتية", "language_centre", False,
     (("S", "classroom", 12, (22, 28), "vidéoprojecteur, audio"), ("L", "lab", 2, (20, 24), "pc, casques, audio"))),
    ("MED", "Médiathèque", "الخزانة الوسائطية", "media_library", False,
     (("E", "study", 6, (8, 20), "pc, wifi"),)),
    ("COP", "Centre d'orientation professionnelle", "مركز التوجيه المهني", "career_centre", False,
     (("M", "meeting", 4, (8, 16), "écran, visioconférence"),)),
    ("COW", "Espace coworking", "فضاء العمل المشترك", "coworking", False,
     (("C", "coworking", 3, (20, 40), "wifi, écran"),)),
    ("FAB", "Digital factory / Fablab", "المصنع الرقمي", "fablab", False,
     (("A", "workshop", 3, (20, 24), "imprimante 3D, découpe laser, pc"),)),
    ("INC", "Incubateur", "حاضنة المقاولات", "incubator", False,
     (("M", "meeting", 4, (6, 12), "écran, wifi"),)),
    ("CONF", "Centre de conférences", "مركز المؤتمرات", "conference_centre", True,
     (("AMP", "amphitheatre", 2, (150, 300), "sono, vidéoprojecteur, scène"), ("M", "meeting", 3, (20, 40), "écran, sono"))),
)


def _rec(demo: DemoContext, now: dt.datetime) -> dict[str, Any]:
    return {"uuid": demo.uuid(), "created_at": now, "updated_at": now, "version": 1, "updated_by": "demo"}


def populate(demo: DemoContext) -> dict[str, int]:
    s = demo.session
    rng = demo.rng
    now = utcnow()
    structures: dict[str, Structure] = {}
    for hub in demo.hubs:
        code = hub.code.removeprefix("P-")
        structures[code] = Structure(uuid=demo.uuid(), code=code, name_fr=hub.name_fr, name_ar=hub.name_ar,
                                     kind="hub", hub_id=hub.id, requires_approval=False,
                                     manager=f"Chef du {hub.name_fr}", updated_by="demo")
    for code, fr, ar, stype, approval, _ in SHARED:
        structures[code] = Structure(uuid=demo.uuid(), code=code, name_fr=fr, name_ar=ar, kind="shared",
                                     shared_type=stype, requires_approval=approval, manager=f"Responsable {fr}",
                                     updated_by="demo")
    s.add_all(structures.values())
    s.flush()
    room_rows: list[dict[str, Any]] = []
    layouts = {code: HUB_ROOMS.get(code, HUB_ROOMS["default"]) for code in structures if structures[code].kind == "hub"}
    layouts.update({code: rooms for code, *_rest, rooms in SHARED})
    for code, layout in layouts.items():
        for letter, kind, count, (lo, hi), equipment in layout:
            for n in range(1, count + 1):
                room_rows.append({**_rec(demo, now), "code": f"{code}-{letter}{n:02d}",
                                  "name": f"{kind.capitalize()} {n}", "structure_id": structures[code].id,
                                  "kind": kind, "capacity": rng.randint(lo, hi) if lo < hi else lo,
                                  "equipment": equipment, "accessible": rng.random() > 0.1,
                                  "opens_min": 8 * 60, "closes_min": 19 * 60, "open_days": "123456",
                                  "out_of_service_from": None, "out_of_service_to": None})
    # One workshop under maintenance, so the finder and the views show it.
    for r in room_rows:
        if r["code"] == "FAB-A03":
            r["out_of_service_from"] = demo.today - dt.timedelta(days=3)
            r["out_of_service_to"] = demo.today + dt.timedelta(days=25)
    s.execute(insert(Room), room_rows)
    rooms_by_structure: dict[int, list[tuple[int, str, int]]] = {}
    for rid, code, sid, cap, kind in s.execute(select(Room.id, Room.code, Room.structure_id, Room.capacity, Room.kind)
                                               .where(Room.out_of_service_from.is_(None)).order_by(Room.code)):
        if kind in ("classroom", "lab", "workshop", "kitchen"):  # a semester series skips rooms under repair
            rooms_by_structure.setdefault(sid, []).append((rid, code, cap))

    # ---- first-semester timetable
    year = demo.year
    sem_start = year.starts_on
    sem_end = dt.date(year.starts_on.year + 1, 1, 23)
    closed = {d: label for d, _kind, label in s.execute(
        select(CalendarDay.day, CalendarDay.kind, CalendarDay.label).where(CalendarDay.day.between(sem_start, sem_end)))}
    heads = Counter(t.group_id for t in demo.trainees if t.status == "active")
    hub_of_sector = {h.sector_id: h.code.removeprefix("P-") for h in demo.hubs}
    room_busy: set[tuple[int, int, int]] = set()
    trainer_busy: set[tuple[str, int, int]] = set()
    series: list[tuple[int, int, int, int, str, int, int]] = []  # group, room, weekday, slot, trainer, expected, sid
    trainers_by_hub: dict[str, list[str]] = {}
    cells = [(wd, sl) for wd in range(1, 7) for sl in range(4) if not (wd == 6 and sl >= 2)]
    lang = structures["LANG"]
    groups_per_hub = Counter(hub_of_sector.get(g.programme.sector_id) for g in demo.groups)
    for g in demo.groups:
        code = hub_of_sector.get(g.programme.sector_id)
        if code is None:
            continue
        expected = heads.get(g.id, 0) or g.capacity
        pool = trainers_by_hub.get(code)
        if pool is None:
            size = max(3, -(-groups_per_hub[code] * SESSIONS_PER_WEEK // 16))
            pool = trainers_by_hub[code] = [f"Formateur {code} {n:02d}" for n in range(1, size + 1)]
        mine = rng.sample(pool, 2)
        group_busy: set[tuple[int, int]] = set()
        order = cells[:]
        rng.shuffle(order)
        language_trainers = [f"Formateur langues {n:02d}" for n in rng.sample(range(1, 13), 3)]
        wanted = [(structures[code].id, SESSIONS_PER_WEEK, mine), (lang.id, 1, language_trainers)]
        if code in ("DIA", "IND", "AIG") and g.year_of_study == 2:  # second-year projects at the fablab
            wanted.append((structures["FAB"].id, 1, [f"Animateur fablab {n}" for n in (1, 2, 3)]))
        for sid, count, trainers in wanted:
            placed = 0
            days_used: set[int] = set()
            for first_pass, (wd, sl) in [(True, c) for c in order] + [(False, c) for c in order]:
                if placed >= count:
                    break
                if (wd, sl) in group_busy or (first_pass and wd in days_used):
                    continue  # spread a group's sessions over the week before doubling a day
                trainer = next((t for t in trainers if (t, wd, sl) not in trainer_busy), None)
                if trainer is None:
                    continue
                candidates = rooms_by_structure.get(sid, [])
                shift = (g.id * 7 + wd) % max(1, len(candidates))  # spread groups over the rooms
                room = next((r for r in candidates[shift:] + candidates[:shift]
                             if r[2] >= expected and (r[0], wd, sl) not in room_busy), None)
                if room is None:
                    continue
                room_busy.add((room[0], wd, sl))
                trainer_busy.add((trainer, wd, sl))
                group_busy.add((wd, sl))
                days_used.add(wd)
                series.append((g.id, room[0], wd, sl, trainer, expected, sid))
                placed += 1
    booking_rows: list[dict[str, Any]] = []
    occ_rows: list[dict[str, Any]] = []
    next_id = 1
    for gid, rid, wd, sl, trainer, expected, sid in series:
        dates, skipped = rules.series_dates(sem_start, sem_end, wd, closed)
        start, end = SLOTS[sl]
        booking_rows.append({**_rec(demo, now), "id": next_id, "room_id": rid,
                             "purpose": "language" if sid == lang.id else "course",
                             "title": "Projet au fablab" if sid == structures["FAB"].id else "",
                             "group_id": gid, "organiser": "", "trainer": trainer, "expected": expected,
                             "weekday": wd, "starts_on": dates[0], "ends_on": sem_end, "start_min": start,
                             "end_min": end, "status": "approved", "note": "Emploi du temps S1 (démo)",
                             "skipped": "\n".join(f"{d.isoformat()} {why}" for d, why in skipped)})
        tkey = rules.trainer_key(trainer)
        for d in dates:
            occ_rows.append({"uuid": demo.uuid(), "created_at": now, "updated_at": now, "version": 1,
                             "updated_by": "demo", "booking_id": next_id, "room_id": rid, "day": d,
                             "original_day": d, "start_min": start, "end_min": end, "group_id": gid,
                             "trainer_key": tkey, "state": "active", "moved": False})
        next_id += 1
    # A few events in the shared structures, one of them waiting for approval.
    conf_rooms = [r for r in room_rows if r["code"].startswith("CONF-")]
    cop_rooms = [r for r in room_rows if r["code"].startswith("COP-")]
    room_id = {code: rid for rid, code in s.execute(select(Room.id, Room.code))}
    events = [
        (room_id[conf_rooms[0]["code"]], demo.today + dt.timedelta(days=3), 9 * 60, 12 * 60, "event",
         "Forum des métiers et de l'emploi", "Centre d'orientation", 180, "approved"),
        (room_id[conf_rooms[1]["code"]], demo.today + dt.timedelta(days=10), 14 * 60, 17 * 60, "event",
         "Conférence « Entrepreneuriat des jeunes »", "Incubateur", 120, "pending"),
        (room_id[cop_rooms[0]["code"]], demo.today + dt.timedelta(days=1), 10 * 60, 11 * 60, "meeting",
         "Atelier CV et entretien", "Centre d'orientation", 12, "approved"),
    ]
    for rid, day, start, end, purpose, title, organiser, expected, status in events:
        if day.isoweekday() == 7 or day in closed:
            day += dt.timedelta(days=1)
        booking_rows.append({**_rec(demo, now), "id": next_id, "room_id": rid, "purpose": purpose, "title": title,
                             "group_id": None, "organiser": organiser, "trainer": "", "expected": expected,
                             "weekday": None, "starts_on": day, "ends_on": day, "start_min": start, "end_min": end,
                             "status": status, "note": "", "skipped": ""})
        occ_rows.append({"uuid": demo.uuid(), "created_at": now, "updated_at": now, "version": 1, "updated_by": "demo",
                         "booking_id": next_id, "room_id": rid, "day": day, "original_day": day, "start_min": start,
                         "end_min": end, "group_id": None, "trainer_key": "",
                         "state": "active" if status == "approved" else "pending", "moved": False})
        next_id += 1
    if booking_rows:
        s.connection().execute(Booking.__table__.insert(), booking_rows)  # Core: no ORM bookkeeping
    for chunk in range(0, len(occ_rows), 10_000):
        s.connection().execute(Occurrence.__table__.insert(), occ_rows[chunk:chunk + 10_000])
    return {"spaces.structures": len(structures), "spaces.rooms": len(room_rows),
            "spaces.bookings": len(booking_rows), "spaces.occurrences": len(occ_rows)}
