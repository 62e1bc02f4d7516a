"""Demo language centre: four languages, entry tests, level groups, a term of weekly sessions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select

from cmc_desktop.db.base import utcnow
from cmc_desktop.db.models.language import (
    Attendance,
    CefrBand,
    GroupMember,
    LangSession,
    Language,
    LevelGroup,
    PlacementAttempt,
)
from cmc_desktop.demo.builder import DemoContext
from cmc_desktop.language import rules

LANGS = (("fr", "Français", "French", "الفرنسية", 100), ("en", "Anglais", "English", "الإنجليزية", 100),
         ("es", "Espagnol", "Spanish", "الإسبانية", 100), ("de", "Allemand", "German", "الألمانية", 60))
# English entry test on the TOEIC-like 0-100 scale is harder at the top: the centre set its own bands.
EN_BANDS = {"A1": 0, "A2": 25, "B1": 45, "B2": 65, "C1": 80, "C2": 93}
TEACHERS = ("Nadia Benjelloun", "John Carter", "Lucía Gómez", "Amina Tazi", "Hamid Ouali", "Klaus Weber")
SLOTS = (dt.time(8, 30), dt.time(10, 30), dt.time(14, 30), dt.time(16, 30))


def populate(demo: DemoContext) -> dict[str, int]:
    s, rng, today = demo.session, demo.rng, demo.today
    now = utcnow()
    base = {"created_at": now, "updated_at": now, "version": 1, "updated_by": "demo"}
    s.execute(insert(Language), [{**base, "uuid": demo.uuid(), "code": c, "name_fr": fr, "name_en": en, "name_ar": ar,
                                  "max_score": float(mx), "min_attendance": 0.8, "absence_streak_alert": 3}
                                 for c, fr, en, ar, mx in LANGS])
    lang = dict(s.execute(select(Language.code, Language.id)).all())
    s.execute(insert(CefrBand), [{**base, "uuid": demo.uuid(), "language_id": lang["en"], "level": k,
                                  "min_score": float(v)} for k, v in EN_BANDS.items()])
    bands = {"fr": rules.DEFAULT_BANDS, "en": EN_BANDS, "es": rules.DEFAULT_BANDS,
             "de": {k: v * 0.6 for k, v in rules.DEFAULT_BANDS.items()}}
    maxes = {c: mx for c, _, _, _, mx in LANGS}

    active = [t for t in demo.trainees if t.status == "active"]
    test_day = demo.year.starts_on + dt.timedelta(days=10)
    placements, by_level = [], {}
    for t in active:
        taken = [("fr", 0.95), ("en", 0.85), ("es", 0.12), ("de", 0.05)]
        for code, p in taken:
            if rng.random() > p:
                continue
            mean = {"fr": 52, "en": 38, "es": 25, "de": 15}[code]
            score = max(0.0, min(float(maxes[code]), round(rng.gauss(mean, 16), 1)))
            level = rules.cefr_level(score, bands[code], maxes[code])
            placements.append({**base, "uuid": demo.uuid(), "trainee_id": t.id, "language_id": lang[code],
                               "score": score, "level": level,
                               "taken_on": test_day + dt.timedelta(days=rng.randint(0, 6)), "source": "import"})
            by_level.setdefault((code, level), []).append(t.id)
    # A few trainees already retook French: every attempt is kept (entry vs. progress).
    for row in rng.sample([p for p in placements if p["language_id"] == lang["fr"]], min(15, len(placements))):
        score = min(100.0, row["score"] + rng.randint(3, 15))
        placements.append({**row, "uuid": demo.uuid(), "score": score,
                           "level": rules.cefr_level(score, bands["fr"]), "taken_on": today - dt.timedelta(days=5),
                           "source": "desk"})
    s.execute(insert(PlacementAttempt), placements)

    groups, members_of = [], []
    for (code, level), tids in sorted(by_level.items()):
        if code not in ("fr", "en") or level == "C2":
            continue
        for k in range(0, min(len(tids), max(40, len(active) // 12)), 20):
            chunk = tids[k:k + 20]
            if len(chunk) < 5:
                continue
            groups.append({**base, "uuid": demo.uuid(), "code": f"{code.upper()}-{level}-{k // 20 + 1}",
                           "language_id": lang[code], "level": level, "capacity": 20, "planned_sessions": 30,
                           "teacher": rng.choice(TEACHERS)})
            members_of.append(chunk)
    s.execute(insert(LevelGroup), groups)
    gids = dict(s.execute(select(LevelGroup.code, LevelGroup.id)).all())
    s.execute(insert(GroupMember), [{**base, "uuid": demo.uuid(), "group_id": gids[g["code"]], "trainee_id": tid}
                                    for g, chunk in zip(groups, members_of, strict=True) for tid in chunk])

    # Weekly sessions from October: the past ones with attendance, the rest of the term planned.
    first = demo.year.starts_on + dt.timedelta(days=16)
    sessions = []
    for i, g in enumerate(groups):
        weekday = i % 5
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
        for _ in range(14):
            sessions.append({**base, "uuid": demo.uuid(), "group_id": gids[g["code"]], "day": day,
                             "starts": SLOTS[i % len(SLOTS)], "minutes": 120, "room": f"LANG-{i % 6 + 1}",
                             "booking_uuid": None})
            day += dt.timedelta(days=7)
    s.execute(insert(LangSession), sessions)
    held = s.execute(select(LangSession.id, LangSession.group_id).where(LangSession.day < today)
                     .order_by(LangSession.day)).all()
    members = {gids[g["code"]]: chunk for g, chunk in zip(groups, members_of, strict=True)}
    reliability = {tid: rng.choice((0.97, 0.95, 0.93, 0.9, 0.88, 0.85, 0.75, 0.3)) for chunk in members_of
                   for tid in chunk}
    # One member in four groups is on a run of absences: the "N in a row" alert the desk must see.
    last3: dict[int, list[int]] = {}
    for sid, gid in held:
        last3.setdefault(gid, []).append(sid)
    on_run = {(gid, rng.choice(members[gid])) for gid in list(members)[::4]}
    marks = []
    for sid, gid in held:
        for tid in members[gid]:
            r = rng.random()
            rel = reliability[tid]
            st = "present" if r < rel - 0.05 else "late" if r < rel else ("excused" if rng.random() < 0.3 else "absent")
            if (gid, tid) in on_run and sid in last3[gid][-3:]:
                st = "absent"
            marks.append({**base, "uuid": demo.uuid(), "session_id": sid, "trainee_id": tid, "status": st})
    for chunk in range(0, len(marks), 5000):
        s.execute(insert(Attendance), marks[chunk:chunk + 5000])
    return {"language placements": len(placements), "language groups": len(groups),
            "language sessions": len(sessions), "language attendance": len(marks)}


