"""Shared-structure services benchmarks.

library.checkout_scan — one check-out scan (card + barcode) through ``LibraryService.checkout``
  with 50,000 copies and 200,000 past loans in the database. Target: median ≤ 20 ms.
  Floor: the same reads (patron, copy, overdue count, rule, open loans, hold, year end, holidays)
  plus the loan insert and copy update, in raw sqlite3, in one transaction.
career.insertion_report — the insertion report (per programme, sector, level) over 10 cohorts of
  3,000 graduates with their 9- and 36-month answers. Target: ≤ 2 s.
  Floor: the same GROUP BY aggregation in raw SQL over the same file.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
import uuid
from pathlib import Path

from benchmarks.core import Row, median_of

TODAY = dt.datetime(2026, 11, 30, 10, 0)


def _base_city(path: Path, n_trainees: int):  # noqa: ANN202
    """Migrated file with a region code, a current year, 30 programmes, groups and trainees."""
    from cmc_desktop.bootstrap import open_context
    from cmc_desktop.clock import FixedClock

    ctx = open_context(str(path), clock=FixedClock(TODAY))
    con = sqlite3.connect(path)
    now = "2026-11-01 08:00:00.000000"

    def rec() -> tuple:
        return (uuid.uuid4().hex, now, now, 1)

    con.execute("insert into settings(key, value) values ('city.region_code', 'MA-09')")
    sector_ids = [r[0] for r in con.execute("select id from sectors order by id")]
    con.executemany("insert into programmes(uuid, created_at, updated_at, version, code, label_fr, label_ar, level, "
                    "duration_months, diploma, sector_id, soft_skills_hours) values (?,?,?,?,?,?,?,?,?,?,?,?)",
                    [(*rec(), f"P{i:02d}", f"Filière {i}", "", ("Q", "T", "TS")[i % 3], 24, 1,
                      sector_ids[i % len(sector_ids)], 120) for i in range(30)])
    con.execute("insert into academic_years(uuid, created_at, updated_at, version, code, starts_on, ends_on, current) "
                "values (?,?,?,?, '2026-2027', '2026-09-15', '2027-07-15', 1)", rec())
    con.commit()
    con.close()
    return ctx


def _library_city(n_copies: int, n_loans: int, n_trainees: int = 3000) -> tuple[Path, object]:
    path = Path(tempfile.mkdtemp(prefix="bench_lib_")) / "city.sqlite3"
    ctx = _base_city(path, n_trainees)
    con = sqlite3.connect(path)
    now = "2026-11-01 08:00:00.000000"
    year_id = con.execute("select id from academic_years").fetchone()[0]
    prog = con.execute("select id from programmes order by id limit 1").fetchone()[0]
    con.execute("insert into groups(uuid, created_at, updated_at, version, code, programme_id, academic_year_id, "
                "year_of_study, capacity) values (?,?,?,1,'G1',?,?,1,20)", (uuid.uuid4().hex, now, now, prog, year_id))
    gid = con.execute("select id from groups").fetchone()[0]
    con.executemany("insert into trainees(uuid, created_at, updated_at, version, matricule, last_name, first_name, sex, "
                    "birth_date, remote_area, bridging, anonymised, search_key, current_group_id, current_status) "
                    "values (?,?,?,1,?,?,?,'F','2005-01-01',0,0,0,'',?,'active')",
                    [(uuid.uuid4().hex, now, now, f"20050101{i:05d}", f"Nom{i}", f"Prénom{i}", gid)
                     for i in range(n_trainees)])
    n_titles = n_copies // 5
    con.executemany("insert into lib_titles(uuid, created_at, updated_at, version, title, authors, isbn, language, "
                    "subject, item_type, search_key) values (?,?,?,1,?,'A. Auteur',NULL,'Français','Sujet','book',?)",
                    [(uuid.uuid4().hex, now, now, f"Titre {i}", f"titre {i}") for i in range(n_titles)])
    con.executemany("insert into lib_copies(uuid, created_at, updated_at, version, barcode, title_id, shelf_location, "
                    "status) values (?,?,?,1,?,?,'A1','available')",
                    [(uuid.uuid4().hex, now, now, f"MA09L{i + 1:07d}", i % n_titles + 1) for i in range(n_copies)])
    con.executemany("insert into lib_loans(uuid, created_at, updated_at, version, copy_id, trainee_id, staff_id, "
                    "patron_category, item_type, checked_out_at, due_on, returned_at, renewals, open) "
                    "values (?,?,?,1,?,?,NULL,'trainee','book',?,?,?,0,0)",
                    [(uuid.uuid4().hex, now, now, i % n_copies + 1, i % n_trainees + 1, "2026-10-01 09:00:00.000000",
                      "2026-10-15", "2026-10-10 09:00:00.000000") for i in range(n_loans)])
    con.commit()
    con.close()
    return path, ctx


def checkout_scan(quick: bool) -> list[Row]:
    from cmc_desktop.library.service import LibraryService

    n_copies, n_loans = (5_000, 20_000) if quick else (50_000, 200_000)
    path, ctx = _library_city(n_copies, n_loans)
    svc = ctx.service(LibraryService)
    repeat = 30 if quick else 100
    state = {"i": 0}

    def project() -> None:
        i = state["i"]
        state["i"] += 1
        svc.checkout(f"20050101{i:05d}", f"MA09L{i + 1:07d}")

    t_project = median_of(project, repeat)

    con = sqlite3.connect(path, isolation_level=None)
    fstate = {"i": 0}

    def floor() -> None:
        i = fstate["i"] + (2_500 if quick else 20_000)  # copies the project scans did not touch
        fstate["i"] += 1
        mat, code, today = f"20050101{i % 3000:05d}", f"MA09L{i + 1:07d}", "2026-11-30"
        con.execute("begin")
        tid, _status = con.execute("select id, current_status from trainees where matricule = ?", (mat,)).fetchone()
        cid, kind, tstatus = con.execute("select c.id, t.item_type, c.status from lib_copies c join lib_titles t "
                                         "on t.id = c.title_id where c.barcode = ?", (code,)).fetchone()
        con.execute("select count(*) from lib_loans where trainee_id = ? and open = 1 and due_on < ?",
                    (tid, today)).fetchone()
        con.execute("select max_loans, loan_days, renewals from lib_loan_rules where patron_category = 'trainee' "
                    "and item_type = ?", (kind,)).fetchone()
        con.execute("select count(*) from lib_loans where trainee_id = ? and open = 1 and item_type = ?",
                    (tid, kind)).fetchone()
        con.execute("select id from lib_holds where title_id = (select title_id from lib_copies where id = ?) "
                    "and trainee_id = ? and status in ('waiting','ready') limit 1", (cid, tid)).fetchone()
        con.execute("select ends_on from academic_years where current = 1").fetchone()
        con.execute("select day from calendar_days where day between ? and ?", (today, "2027-02-28")).fetchall()
        con.execute("insert into lib_loans(uuid, created_at, updated_at, version, copy_id, trainee_id, "
                    "patron_category, item_type, checked_out_at, due_on, renewals, open) "
                    "values (?,?,?,1,?,?,'trainee',?,?,?,0,1)",
                    (uuid.uuid4().hex, "2026-11-30 09:00:00", "2026-11-30 09:00:00", cid, tid, kind,
                     "2026-11-30 09:00:00", "2026-12-14"))
        con.execute("update lib_copies set status = 'on_loan', version = version + 1 where id = ?", (cid,))
        con.execute("commit")

    t_floor = median_of(floor, repeat)
    con.close()
    ctx.close()
    return [Row("library.checkout_scan", t_project, t_floor, "median<=0.020s",
                f"{n_copies} copies, {n_loans} past loans", "median of one scan")]


def _career_city(cohorts: int, per_cohort: int) -> tuple[Path, object]:
    import random

    path = Path(tempfile.mkdtemp(prefix="bench_career_")) / "city.sqlite3"
    ctx = _base_city(path, 0)
    con = sqlite3.connect(path)
    now = "2026-11-01 08:00:00.000000"
    rng = random.Random(3)
    progs = [r[0] for r in con.execute("select id from programmes order by id")]
    tid = eid = 0
    for c in range(cohorts):
        start = 2015 + c
        con.execute("insert into academic_years(uuid, created_at, updated_at, version, code, starts_on, ends_on, "
                    "current) values (?,?,?,1,?,?,?,0)", (uuid.uuid4().hex, now, now, f"{start}-{start + 1}",
                                                         f"{start}-09-15", f"{start + 1}-07-15"))
        yid = con.execute("select max(id) from academic_years").fetchone()[0]
        con.executemany("insert into groups(uuid, created_at, updated_at, version, code, programme_id, "
                        "academic_year_id, year_of_study, capacity) values (?,?,?,1,?,?,?,2,20)",
                        [(uuid.uuid4().hex, now, now, f"G{p}", p, yid) for p in progs])
        gids = [r[0] for r in con.execute("select id from groups where academic_year_id = ?", (yid,))]
        ended = f"{start + 1}-07-15"
        trainees, enrolments, surveys = [], [], []
        for _ in range(per_cohort):
            tid += 1
            eid += 1
            trainees.append((uuid.uuid4().hex, now, now, f"1999{tid:09d}", "Nom", "Prénom", gids[tid % len(gids)]))
            enrolments.append((uuid.uuid4().hex, now, now, tid, yid, gids[tid % len(gids)], ended, ended))
            for wave, due_year in ((9, start + 2), (36, start + 4)):
                if due_year <= 2026 and rng.random() < 0.8:
                    surveys.append((uuid.uuid4().hex, now, now, eid, tid, wave,
                                    rng.choice(("employed", "employed", "self_employed", "further_study", "seeking",
                                                "unknown")), f"{due_year}-06-01"))
        con.executemany("insert into trainees(uuid, created_at, updated_at, version, matricule, last_name, first_name, "
                        "sex, birth_date, remote_area, bridging, anonymised, search_key, current_group_id, "
                        "current_status) values (?,?,?,1,?,?,?,'H','1999-01-01',0,0,0,'',?,'graduated')", trainees)
        con.executemany("insert into enrolments(uuid, created_at, updated_at, version, trainee_id, academic_year_id, "
                        "group_id, year_of_study, status, status_since, ended_on) values (?,?,?,1,?,?,?,2,'graduated',"
                        "?,?)", enrolments)
        con.executemany("insert into career_surveys(uuid, created_at, updated_at, version, enrolment_id, trainee_id, "
                        "wave, outcome, surveyed_on) values (?,?,?,1,?,?,?,?,?)", surveys)
    con.commit()
    con.close()
    return path, ctx


FLOOR_SQL = """
select p.code, p.label_fr, p.level, s.code, s.name_fr, count(e.id),
       sum(case when v.outcome is not null and v.outcome != 'unknown' then 1 else 0 end),
       sum(case when v.outcome in ('employed', 'self_employed') then 1 else 0 end),
       sum(case when v.outcome = 'further_study' then 1 else 0 end),
       sum(case when v.outcome = 'seeking' then 1 else 0 end)
from enrolments e join groups g on g.id = e.group_id join programmes p on p.id = g.programme_id
join sectors s on s.id = p.sector_id
left join career_surveys v on v.enrolment_id = e.id and v.wave = 9
where e.status = 'graduated' and e.ended_on <= '2026-02-28'
group by p.code, p.label_fr, p.level, s.code, s.name_fr order by p.code
"""


def insertion_report(quick: bool) -> list[Row]:
    from cmc_desktop.career.service import CareerService

    cohorts, per = (10, 300) if quick else (10, 3000)
    path, ctx = _career_city(cohorts, per)
    svc = ctx.service(CareerService)
    repeat = 3 if quick else 5
    t_project = median_of(lambda: svc.insertion_report(9), repeat)
    con = sqlite3.connect(path)
    t_floor = median_of(lambda: con.execute(FLOOR_SQL).fetchall(), repeat)
    con.close()
    ctx.close()
    return [Row("career.insertion_report", t_project, t_floor, "<=2s", f"{cohorts} cohorts × {per} graduates",
                "9-month wave, programme/sector/level")]


ROWS = [checkout_scan, insertion_report]
