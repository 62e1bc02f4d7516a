"""Catering benchmarks: one desk scan with a million services on file; a 30-day forecast.

``catering.scan``   median of one scan (decision + INSERT + COMMIT) through CateringService, with
                    1,000,000 meal services already stored (100,000 with --quick). Floor: raw
                    sqlite3 doing the same reads and the one INSERT, committed, with the same
                    pragmas, on the same file, in the same run. Target: ≤ 20 ms and ≤ 10× floor.
``catering.forecast_30d``  CateringService.forecast over 30 days for a 5,000-trainee city.
                    Floor: raw sqlite3 running the same per-day resident/leave queries and the
                    subscription count. Target: ≤ 1 s.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from benchmarks.core import Row

TRAINEES = 5000
RESIDENTS = 800
DAY0 = dt.date(2026, 9, 21)


def _build(path: Path, services: int) -> dict:
    from sqlalchemy import insert

    from cmc_desktop.bootstrap import open_context
    from cmc_desktop.db.models import Trainee
    from cmc_desktop.db.models.catering import MealSubscription
    from cmc_desktop.db.models.residence import Bed, Building, Leave, ResidenceRoom, Stay

    rng = random.Random(5)
    ctx = open_context(str(path))
    mats = [f"2005{i:09d}" for i in range(TRAINEES)]
    with ctx.sf.begin() as s:
        s.execute(insert(Trainee), [{"matricule": m, "last_name": f"Nom{i}", "first_name": "Prénom", "sex": "H",
                                     "birth_date": dt.date(2005, 1, 1), "remote_area": False, "bridging": False,
                                     "anonymised": False, "search_key": m} for i, m in enumerate(mats)])
        s.execute(insert(Building), [{"code": "B1", "name": "B1", "name_ar": "", "sex": "H", "floors": 4}])
        s.execute(insert(ResidenceRoom), [{"building_id": 1, "code": f"R{i}", "floor": 1, "capacity": 2,
                                           "accessible": False, "status": "available"} for i in range(RESIDENTS // 2)])
        s.execute(insert(Bed), [{"room_id": 1 + i // 2, "label": "AB"[i % 2], "status": "available"}
                                for i in range(RESIDENTS)])
        s.execute(insert(Stay), [{"trainee_id": 1 + i, "bed_id": 1 + i, "check_in": DAY0} for i in range(RESIDENTS)])
        s.execute(insert(Leave), [{"trainee_id": 1 + i, "stay_id": 1 + i, "starts_on": DAY0 + dt.timedelta(days=k),
                                   "ends_on": DAY0 + dt.timedelta(days=k + 2), "reason": "weekend"}
                                  for i in range(0, RESIDENTS, 7) for k in range(0, 150, 14)])
        s.execute(insert(MealSubscription), [{"trainee_id": 1 + i, "meal": "lunch", "starts_on": DAY0,
                                              "ends_on": dt.date(2027, 7, 15)}
                                             for i in range(RESIDENTS, TRAINEES) if rng.random() < 0.35])
    ctx.close()
    # A million services: raw executemany (the benchmark measures the scan, not the loading).
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    now = "2026-11-01 10:00:00.000000"
    rows, day, k = [], DAY0, 0
    while k < services:
        for meal in ("breakfast", "lunch", "dinner"):
            for tid in range(1, TRAINEES + 1):
                if k >= services:
                    break
                rows.append((uuid.uuid4().hex, now, now, 1, tid, day.isoformat(), meal, "resident", now, "b"))
                k += 1
        day += dt.timedelta(days=1)
        if len(rows) > 100_000:
            con.executemany("INSERT INTO meal_services(uuid, created_at, updated_at, version, trainee_id, "
                            "meal_date, meal, category, served_at, desk) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
            rows = []
    if rows:
        con.executemany("INSERT INTO meal_services(uuid, created_at, updated_at, version, trainee_id, "
                        "meal_date, meal, category, served_at, desk) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return {"mats": mats, "first_free_day": day + dt.timedelta(days=1)}


def _floor_connection(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, timeout=10, isolation_level=None)
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "busy_timeout=10000", "synchronous=NORMAL"):
        con.execute(f"PRAGMA {pragma}")
    return con


def _floor_scan(con: sqlite3.Connection, matricule: str, day: str, meal: str) -> None:
    """The same reads as the service's scan, then the INSERT, committed."""
    con.execute("BEGIN IMMEDIATE")
    tid = con.execute("SELECT t.id, t.last_name, t.first_name, t.last_name_ar, t.first_name_ar, g.code "
                      "FROM trainees t LEFT JOIN groups g ON g.id = t.current_group_id WHERE t.matricule = ?",
                      (matricule,)).fetchone()[0]
    con.execute("SELECT photo FROM trainees WHERE id = ?", (tid,)).fetchone()
    con.execute("SELECT flags, allergens, note FROM diet_profiles WHERE trainee_id = ?", (tid,)).fetchone()
    con.execute("SELECT id FROM residence_stays WHERE trainee_id = ? AND check_in <= ? AND "
                "(check_out IS NULL OR check_out > ?) LIMIT 1", (tid, day, day)).fetchone()
    con.execute("SELECT id FROM residence_leaves WHERE trainee_id = ? AND starts_on <= ? AND ends_on >= ? LIMIT 1",
                (tid, day, day)).fetchone()
    con.execute("SELECT served_at FROM meal_services WHERE trainee_id = ? AND meal_date = ? AND meal = ?",
                (tid, day, meal)).fetchone()
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    con.execute("INSERT INTO meal_services(uuid, created_at, updated_at, updated_by, version, trainee_id, "
                "meal_date, meal, category, served_at, desk) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (uuid.uuid4().hex, now, now, "bench", 1, tid, day, meal, "resident", now, "floor"))
    con.execute("COMMIT")


def bench_scan(quick: bool) -> list[Row]:
    from cmc_desktop.bootstrap import open_context
    from cmc_desktop.catering.service import CateringService
    from cmc_desktop.clock import CITY_TZ

    n_services = 100_000 if quick else 1_000_000
    repeats = 150 if quick else 300
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "scan.sqlite3"
        info = _build(path, n_services)
        mats = info["mats"][:RESIDENTS]  # residents: every scan is accepted and committed
        day = info["first_free_day"]
        ctx = open_context(str(path))
        svc = ctx.service(CateringService)
        at = dt.datetime.combine(day, dt.time(12, 30), CITY_TZ)
        svc.scan(mats[-1], meal="lunch", at=at)  # warm the statement caches
        project = []
        for m in mats[:repeats]:
            t0 = time.perf_counter()
            r = svc.scan(m, meal="lunch", at=at)
            project.append(time.perf_counter() - t0)
            assert r.accepted, r.message
        ctx.close()
        con = _floor_connection(path)
        floor = []
        for m in mats[:repeats]:
            t0 = time.perf_counter()
            _floor_scan(con, m, day.isoformat(), "dinner")
            floor.append(time.perf_counter() - t0)
        con.close()
    return [Row("catering.scan", statistics.median(project), statistics.median(floor),
                "<=0.020s and ratio<=10", f"{n_services:,} services, {TRAINEES} trainees",
                f"p95 {sorted(project)[int(len(project) * 0.95)] * 1000:.1f} ms")]


def bench_forecast(quick: bool) -> list[Row]:
    from cmc_desktop.bootstrap import open_context
    from cmc_desktop.catering.service import CateringService

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "forecast.sqlite3"
        _build(path, 30_000)
        ctx = open_context(str(path))
        svc = ctx.service(CateringService)
        start = dt.date(2026, 11, 1)
        svc.forecast(start, 30)
        repeats = 3 if quick else 5
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            rows = svc.forecast(start, 30)
            times.append(time.perf_counter() - t0)
        assert len(rows) == 90
        ctx.close()
        con = _floor_connection(path)
        ftimes = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            for i in range(30):
                d = (start + dt.timedelta(days=i)).isoformat()
                stay = "check_in <= ? AND (check_out IS NULL OR check_out > ?)"
                leave = ("EXISTS (SELECT 1 FROM residence_leaves l WHERE l.trainee_id = s.trainee_id "
                         "AND l.starts_on <= ? AND l.ends_on >= ?)")
                con.execute(f"SELECT DISTINCT trainee_id FROM residence_stays s WHERE {stay} AND NOT {leave}",
                            (d, d, d, d)).fetchall()
                con.execute(f"SELECT DISTINCT trainee_id FROM residence_stays s WHERE {stay} AND {leave}",
                            (d, d, d, d)).fetchall()
            con.execute("SELECT trainee_id, meal, starts_on, ends_on FROM meal_subscriptions "
                        "WHERE starts_on <= ? AND ends_on >= ?", (start.isoformat(), start.isoformat())).fetchall()
            con.execute("SELECT meal_date, meal, count(*) FROM meal_services WHERE meal_date BETWEEN ? AND ? "
                        "GROUP BY meal_date, meal", (start.isoformat(), (start + dt.timedelta(days=29)).isoformat())
                        ).fetchall()
            ftimes.append(time.perf_counter() - t0)
        con.close()
    return [Row("catering.forecast_30d", statistics.median(times), statistics.median(ftimes), "<=1s",
                f"{TRAINEES} trainees, {RESIDENTS} residents, 30 days")]


ROWS = [bench_scan, bench_forecast]
