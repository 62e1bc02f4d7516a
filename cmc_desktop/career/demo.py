"""Demo career centre: three graduated cohorts with 9- and 36-month answers, counsellors, offers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import insert, select

from cmc_desktop.career import rules
from cmc_desktop.db.base import utcnow
from cmc_desktop.db.models import AcademicYear, Enrolment, Group, Trainee
from cmc_desktop.db.models.career import (
    Application,
    Appointment,
    CounsellingNote,
    Counsellor,
    CounsellorBlock,
    CoworkingSession,
    Employer,
    GraduateSurvey,
    Milestone,
    Offer,
    Project,
)
from cmc_desktop.demo.builder import DemoContext
from cmc_desktop.demo.names import FEMALE_FIRST, LAST, MALE_FIRST
from cmc_desktop.text import search_key

# Outcome mix close to the published OFPPT follow-up (≈71 % inserted at 9 months, ≈90 % at 36).
MIX = {9: (("employed", 44), ("self_employed", 8), ("further_study", 12), ("seeking", 21), ("unknown", 15)),
       36: (("employed", 68), ("self_employed", 13), ("further_study", 5), ("seeking", 8), ("unknown", 6))}
REACHED = {9: 0.82, 36: 0.7}  # share of due graduates the centre managed to survey
EMPLOYERS = (
    ("Atlas Hospitality Agadir", "TOUR", "Agadir"), ("Souss Agri Export", "AGRI", "Aït Melloul"),
    ("Drarga Digital Services", "DIG", "Agadir"), ("Inezgane Logistique", "TRANS", "Inezgane"),
    ("Clinique Al Amal", "SANTE", "Agadir"), ("BTP Chtouka Construction", "BTP", "Biougra"),
    ("Argan Cosmetics Coop", "AGRO", "Tiznit"), ("Marina Services Agadir", "SERV", "Agadir"),
    ("Tifawin Consulting", "GEST", "Agadir"), ("Industries Mécaniques du Souss", "IND", "Aït Melloul"),
)
OFFER_TITLES = ("Stage de fin de formation", "Technicien junior", "Assistant(e)", "Opérateur qualifié",
                "Développeur web junior", "Réceptionniste", "Commis de cuisine", "Aide-soignant(e)")


def _pick(rng: Any, mix: tuple[tuple[str, int], ...]) -> str:
    r = rng.randrange(sum(w for _, w in mix))
    for outcome, w in mix:
        if r < w:
            return outcome
        r -= w
    return mix[-1][0]


def populate(demo: DemoContext) -> dict[str, int]:
    s, rng, today = demo.session, demo.rng, demo.today
    now = utcnow()
    base = {"created_at": now, "updated_at": now, "version": 1, "updated_by": "demo"}
    y0 = demo.previous_year.starts_on.year  # previous year = y0 .. y0+1
    years = []
    for start in (y0 - 3, y0 - 2, y0 - 1):
        ay = AcademicYear(uuid=demo.uuid(), code=f"{start}-{start + 1}", starts_on=dt.date(start, 9, 15),
                          ends_on=dt.date(start + 1, 7, 15), current=False)
        s.add(ay)
        years.append(ay)
    years.append(demo.previous_year)
    s.flush()

    per_cohort = max(60, len(demo.trainees) // 4)
    group_rows, cohort_meta = [], []
    for ay in years:
        for i, prog in enumerate(demo.programmes):
            yos = 1 if prog.duration_months <= 12 else 2
            group_rows.append({**base, "uuid": demo.uuid(), "code": f"{prog.code}{yos}{i % 9 + 1:02d}",
                               "programme_id": prog.id, "academic_year_id": ay.id, "year_of_study": yos,
                               "capacity": 20})
            cohort_meta.append(ay)
    s.execute(insert(Group), group_rows)
    year_ids = [ay.id for ay in years]
    groups = s.execute(select(Group.id, Group.academic_year_id).where(Group.academic_year_id.in_(year_ids))
                       .order_by(Group.id)).all()
    by_year: dict[int, list[int]] = {}
    for gid, yid in groups:
        by_year.setdefault(yid, []).append(gid)

    trainees, enrol_meta = [], []
    seq = 0
    for ay in years:
        gids = by_year[ay.id]
        for k in range(per_cohort):
            seq += 1
            sex = "F" if rng.random() < 0.45 else "H"
            first, first_ar = rng.choice(FEMALE_FIRST if sex == "F" else MALE_FIRST)
            last, last_ar = rng.choice(LAST)
            birth = dt.date(ay.starts_on.year - rng.randint(19, 25), rng.randint(1, 12), rng.randint(1, 28))
            mat = f"{birth:%Y%m%d}{90000 + seq:05d}"
            gid = gids[k % len(gids)]
            trainees.append({**base, "uuid": demo.uuid(), "matricule": mat, "last_name": last, "first_name": first,
                             "last_name_ar": last_ar, "first_name_ar": first_ar, "sex": sex, "birth_date": birth,
                             "remote_area": False, "bridging": False, "anonymised": False,
                             "search_key": search_key(last, first, last_ar, first_ar, mat),
                             "current_group_id": gid, "current_status": "graduated"})
            enrol_meta.append((ay, gid))
    s.execute(insert(Trainee), trainees)
    mats = [t["matricule"] for t in trainees]
    ids = dict(s.execute(select(Trainee.matricule, Trainee.id).where(Trainee.current_status == "graduated")).all())
    enrolments = [{**base, "uuid": demo.uuid(), "trainee_id": ids[m], "academic_year_id": ay.id, "group_id": gid,
                   "year_of_study": 2, "status": "graduated", "status_since": ay.ends_on, "ended_on": ay.ends_on,
                   "school_level": "Baccalauréat"} for m, (ay, gid) in zip(mats, enrol_meta, strict=True)]
    s.execute(insert(Enrolment), enrolments)
    enr = s.execute(select(Enrolment.id, Enrolment.trainee_id, Enrolment.ended_on)
                    .where(Enrolment.status == "graduated")).all()
    surveys = []
    for eid, tid, ended in enr:
        for wave in rules.WAVES:
            due = rules.wave_due_on(ended, wave)
            if due > today or rng.random() > REACHED[wave]:
                continue
            outcome = _pick(rng, MIX[wave])
            surveys.append({**base, "uuid": demo.uuid(), "enrolment_id": eid, "trainee_id": tid, "wave": wave,
                            "outcome": outcome, "surveyed_on": min(today, due + dt.timedelta(days=rng.randint(0, 40))),
                            "employer_name": rng.choice(EMPLOYERS)[0] if outcome == "employed" else None})
    if surveys:
        s.execute(insert(GraduateSurvey), surveys)

    # Counsellors and their week: Monday–Friday mornings and afternoons, 30-minute slots.
    s.execute(insert(Counsellor), [
        {**base, "uuid": demo.uuid(), "username": "counsellor", "full_name": "Salma Idrissi", "slot_minutes": 30,
         "active": True},
        {**base, "uuid": demo.uuid(), "username": "k.amrani", "full_name": "Karim Amrani", "slot_minutes": 45,
         "active": True}])
    cids = list(s.scalars(select(Counsellor.id).order_by(Counsellor.id)))
    blocks = [(cid, wd, dt.time(h0, 0), dt.time(h1, 0)) for cid in cids for wd in range(5)
              for h0, h1 in ((9, 12), (14, 17))]
    s.execute(insert(CounsellorBlock), [{**base, "uuid": demo.uuid(), "counsellor_id": c, "weekday": wd,
                                         "starts": a, "ends": b} for c, wd, a, b in blocks])
    active = [t for t in demo.trainees if t.status == "active"]
    appts = []
    slot = {cids[0]: 30, cids[1]: 45}
    for offset in range(-21, 15):
        day = today + dt.timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        for cid in cids:
            bl = [(wd, a, b) for c, wd, a, b in blocks if c == cid]
            free = rules.free_slots(day, bl, [], slot[cid])
            for start in rng.sample(free, min(len(free), rng.randint(1, 4))):
                t = rng.choice(active)
                status = "done" if day < today else "booked"
                appts.append({**base, "uuid": demo.uuid(), "counsellor_id": cid, "trainee_id": t.id, "day": day,
                              "starts": start, "ends": rules.end_time(start, slot[cid]),
                              "topic": rng.choice(("Orientation", "CV et lettre", "Recherche de stage",
                                                   "Projet d'entreprise", "Préparation entretien")),
                              "status": status, "booked_by": "demo",
                              "channel": rng.choice(("staff", "trainee"))})
    s.execute(insert(Appointment), appts)
    notes = [{**base, "uuid": demo.uuid(), "trainee_id": a["trainee_id"], "author": "counsellor",
              "written_at": dt.datetime.combine(a["day"], a["ends"], tzinfo=dt.UTC),
              "body": rng.choice(("Souhaite un stage en hôtellerie à Agadir ; CV à reprendre.",
                                  "Projet de création d'une micro-entreprise ; orienter vers l'incubateur.",
                                  "Hésite entre emploi et poursuite d'études ; revoir dans un mois."))}
             for a in appts if a["status"] == "done" and a["counsellor_id"] == cids[0]][:25]
    if notes:
        s.execute(insert(CounsellingNote), notes)

    from cmc_desktop.db.models import Sector

    sectors = dict(s.execute(select(Sector.code, Sector.id)).all())
    s.execute(insert(Employer), [{**base, "uuid": demo.uuid(), "name": n, "sector_id": sectors.get(sc), "city": c,
                                  "contact": f"rh@{n.split()[0].lower()}.ma", "vetted": i != 3}
                                 for i, (n, sc, c) in enumerate(EMPLOYERS)])
    emp = list(s.scalars(select(Employer.id).where(Employer.vetted.is_(True)).order_by(Employer.id)))
    offers = [{**base, "uuid": demo.uuid(), "employer_id": rng.choice(emp), "kind": rng.choice(("internship", "job")),
               "title": rng.choice(OFFER_TITLES), "programme_id": rng.choice(demo.programmes).id,
               "posted_on": today - dt.timedelta(days=rng.randint(5, 60)),
               "closes_on": today + dt.timedelta(days=rng.randint(-10, 40))} for _ in range(14)]
    s.execute(insert(Offer), offers)
    offer_ids = list(s.scalars(select(Offer.id).order_by(Offer.id)))
    apps, seen = [], set()
    for _ in range(45):
        oid, t = rng.choice(offer_ids), rng.choice(active)
        if (oid, t.id) in seen:
            continue
        seen.add((oid, t.id))
        applied = today - dt.timedelta(days=rng.randint(1, 45))
        status = rng.choice(("submitted", "submitted", "interview", "placed", "placed", "rejected"))
        apps.append({**base, "uuid": demo.uuid(), "offer_id": oid, "trainee_id": t.id, "applied_on": applied,
                     "status": status, "status_on": min(today, applied + dt.timedelta(days=rng.randint(0, 20))),
                     "notes": None})
    s.execute(insert(Application), apps)

    # Entrepreneurship: a dozen project holders along the pipeline, the incubated ones in coworking.
    ideas = ("Coopérative d'huile d'argan", "Application de covoiturage étudiant", "Atelier de soudure mobile",
             "Traiteur marocain événementiel", "Maintenance de panneaux solaires", "Agence de guides à Taghazout",
             "Boutique en ligne d'artisanat", "Serre connectée", "Service de comptabilité pour TPE",
             "Crèche de quartier", "Studio de design graphique", "Location de vélos électriques")
    projects, milestones, cowork = [], [], []
    for k, name in enumerate(ideas):
        stage_n = (0, 1, 1, 2, 2, 2, 3, 0, 1, 2, 3, 0)[k]
        start = today - dt.timedelta(days=40 + 25 * stage_n + rng.randint(0, 30))
        projects.append({**base, "uuid": demo.uuid(), "trainee_id": rng.choice(active).id, "name": name,
                         "stage": rules.PROJECT_STAGES[stage_n], "stage_since": start + dt.timedelta(days=25 * stage_n),
                         "mentor": rng.choice(("Karim Amrani", "Incubateur CMC", "Salma Idrissi")),
                         "company_name": f"{name.split()[0]} SARL-AU" if stage_n == 3 else None})
    s.execute(insert(Project), projects)
    pids = list(s.scalars(select(Project.id).order_by(Project.id)))
    for pid, pr in zip(pids, projects, strict=True):
        n = rules.PROJECT_STAGES.index(pr["stage"])
        for i in range(n + 1):
            milestones.append({**base, "uuid": demo.uuid(), "project_id": pid,
                               "reached_on": pr["stage_since"] - dt.timedelta(days=25 * (n - i)),
                               "stage": rules.PROJECT_STAGES[i], "note": ""})
        if pr["stage"] == "incubation":
            for w in range(4):
                day = today - dt.timedelta(days=7 * w + 2)
                cowork.append({**base, "uuid": demo.uuid(), "project_id": pid, "day": day, "starts": dt.time(9),
                               "ends": dt.time(12), "booking_uuid": None})
    s.execute(insert(Milestone), milestones)
    if cowork:
        s.execute(insert(CoworkingSession), cowork)
    return {"career projects": len(projects),
            "career graduates": len(trainees), "career surveys": len(surveys), "career appointments": len(appts),
            "career applications": len(apps)}
