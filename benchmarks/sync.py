"""Sync benchmarks: incremental and full exports, and headquarters ingest of 12 cities.

``sync.export_incremental``  one day's changes (3,000 meals served + 300 trainee updates) exported
                    by SyncService.export on a demo city. Floor: raw sqlite3 reading the same rows
                    and writing them with csv.writer. Target: ≤ 1 s.
``sync.export_full``  full snapshot of a 5,000-trainee demo city padded to 1,000,000 meal rows
                    (1,000 trainees and 100,000 meals with --quick). Floor: raw sqlite3 reading the
                    same columns of the same rows and writing them with csv.writer. Target: ≤ 2× floor.
``hq.ingest``       12 full city packages (the demo city exported under MA-01…MA-12, each with its
                    own key) ingested into an empty headquarters database: SQLite, or PostgreSQL when
                    CMC_TEST_PG_URL is set. Floor: plain executemany INSERT of the same rows (already
                    parsed) into an empty table of the same shape in the same database.
                    Target: ≤ 2× floor.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import shutil
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from benchmarks.core import Row


def _paths(base: Path):  # noqa: ANN202
    from cmc_desktop.config import AppPaths

    p = AppPaths(base / "data", base / "logs", base / "backups", base / "outbox")
    p.ensure()
    return p


def _demo(base: Path, trainees: int) -> Path:
    from cmc_desktop.demo import build_demo

    os.environ["CMC_HOME"] = str(base / "home")
    path = base / f"demo{trainees}.sqlite3"
    if not path.exists():
        build_demo(str(path), trainees=trainees, seed=11)
    return path


def _pad_meals(path: Path, target: int) -> int:
    """Raw inserts up to ``target`` meal rows (unique trainee × day × meal), recorded in the outbox
    the way a bulk path would (they are covered by the full snapshot anyway)."""
    con = sqlite3.connect(path)
    have = con.execute("select count(*) from meal_services").fetchone()[0]
    tids = [r[0] for r in con.execute("select id from trainees order by id")]
    now = "2026-11-30 09:00:00.000000"
    rows = []
    day = dt.date(2024, 9, 1)
    need = target - have
    while len(rows) < need:
        for tid in tids:
            rows.append((uuid.uuid4().hex, now, now, "bench", 1, tid, day.isoformat(), "dinner", "resident", now, "B"))
            if len(rows) >= need:
                break
        day += dt.timedelta(days=1)
    con.executemany("insert into meal_services(uuid, created_at, updated_at, updated_by, version, trainee_id, "
                    "meal_date, meal, category, served_at, desk) values (?,?,?,?,?,?,?,?,?,?,?)", rows)
    con.commit()
    con.close()
    return target


def _floor_csv(path: Path, out: Path, tables: list[tuple[str, str]]) -> float:
    t0 = time.perf_counter()
    con = sqlite3.connect(path)
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        for _name, sql in tables:
            w.writerows(con.execute(sql))
    con.close()
    return time.perf_counter() - t0


def _full_sql() -> list[tuple[str, str]]:
    """The floor reads what the snapshot reads: profile columns, foreign keys resolved to UUIDs."""
    from cmc_desktop.db.base import Base
    from cmc_desktop.sync.profile import exported_tables, plan_for

    out = []
    for table in exported_tables(dict(Base.metadata.tables)):
        plan = plan_for(table)
        cols = ["t.uuid", *(f"t.{c}" for c in plan.plain)]
        joins = []
        for i, (col, target, _alias) in enumerate(plan.refs):
            cols.append(f"r{i}.uuid")
            joins.append(f"left join {target} r{i} on r{i}.id = t.{col}")
        out.append((table.name, f"select {', '.join(cols)} from {table.name} t {' '.join(joins)} order by t.uuid"))
    return out


def _export(path: Path, base: Path, *, full: bool, repeat: int) -> tuple[float, object]:
    from cmc_desktop.bootstrap import open_context
    from cmc_desktop.sync.service import SyncService

    best, res = float("inf"), None
    for i in range(repeat):
        work = base / f"run{i}.sqlite3"
        shutil.copy(path, work)
        ctx = open_context(str(work), paths=_paths(base / "prep"))  # where the city's key lives
        try:
            svc = ctx.service(SyncService)
            svc.public_key()
            dest = base / f"out{i}"
            dest.mkdir(exist_ok=True)
            t0 = time.perf_counter()
            res = svc.export(dest, full=full)
            best = min(best, time.perf_counter() - t0)
        finally:
            ctx.close()
            work.unlink()
    return best, res


def export_incremental(quick: bool) -> list[Row]:
    from sqlalchemy import insert, select, update

    from cmc_desktop.bootstrap import open_context
    from cmc_desktop.db.models import Trainee
    from cmc_desktop.db.models.catering import MealService
    from cmc_desktop.sync.service import SyncService

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        src = _demo(base, 1000 if quick else 3000)
        ctx = open_context(str(src), paths=_paths(base / "prep"))
        try:
            ctx.service(SyncService).export(base / "prep" / "outbox")  # everything before today is sent
            with ctx.sf.begin() as s:
                tids = list(s.scalars(select(Trainee.id).order_by(Trainee.id).limit(3000)))
                now = dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC)
                s.execute(insert(MealService), [
                    {"trainee_id": tids[i % len(tids)], "meal_date": dt.date(2026, 12, 1 + i // len(tids)),
                     "meal": "lunch", "category": "day", "served_at": now, "desk": "D1"} for i in range(3000)])
                s.execute(update(Trainee).where(Trainee.id.in_(tids[:300])).values(current_status="suspended"))
        finally:
            ctx.close()
        seconds, res = _export(src, base, full=False, repeat=1 if quick else 3)
        sqls = [("meal_services", "select m.uuid, m.meal_date, m.meal, m.category, t.uuid from meal_services m "
                 "left join trainees t on t.id = m.trainee_id where m.meal_date >= '2026-12-01'"),
                ("trainees", "select t.uuid, t.matricule, t.last_name, t.first_name, t.sex, t.birth_date, "
                 "t.current_status, g.uuid from trainees t left join groups g on g.id = t.current_group_id "
                 "where t.current_status = 'suspended' limit 300")]
        floor = min(_floor_csv(src, base / f"floor{i}.csv", sqls) for i in range(3))
    return [Row("sync.export_incremental", seconds, floor, "<=1s", "3,000 meals + 300 trainees",
                f"{res.rows} rows, {res.changes} changes")]


def export_full(quick: bool) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        src = _demo(base, 1000 if quick else 5000)
        meals = _pad_meals(src, 100_000 if quick else 1_000_000)
        seconds, res = _export(src, base, full=True, repeat=1 if quick else 2)
        floor = min(_floor_csv(src, base / f"floor{i}.csv", _full_sql()) for i in range(2))
        size = Path(res.path).stat().st_size
    return [Row("sync.export_full", seconds, floor, "ratio<=2",
                f"{1000 if quick else 5000} trainees, {meals:,} meals".replace(",", " "),
                f"{res.rows} rows, {size / 1e6:.1f} MB package")]


def hq_ingest(quick: bool) -> list[Row]:
    from sqlalchemy import Boolean, Column, Integer, MetaData, String, Table, Text, Uuid, insert

    from cmc_desktop.bootstrap import open_context
    from cmc_desktop.db.models import Setting
    from cmc_desktop.hq.service import HqService
    from cmc_desktop.sync.package import open_package
    from cmc_desktop.sync.service import SyncService

    pg = os.environ.get("CMC_TEST_PG_URL")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        src = _demo(base, 1000 if quick else 5000)
        inbox = base / "inbox"
        inbox.mkdir()
        keys: dict[str, str] = {}
        for n in range(1, 13):
            code = f"MA-{n:02d}"
            work = base / f"{code}.sqlite3"
            shutil.copy(src, work)
            ctx = open_context(str(work), paths=_paths(base / "cities"))
            try:
                with ctx.sf.begin() as s:
                    s.get(Setting, "city.region_code").value = code
                svc = ctx.service(SyncService)
                keys[code] = svc.public_key()
                svc.export(inbox, full=True)
            finally:
                ctx.close()
        if pg:
            from sqlalchemy import text

            from cmc_desktop.db.engine import make_engine

            schema = f"bench_{uuid.uuid4().hex[:8]}"
            admin = make_engine(pg)
            with admin.begin() as c:
                c.execute(text(f'create schema "{schema}"'))
            url = f"{pg}{'&' if '?' in pg else '?'}options=-csearch_path%3D{schema}"
        else:
            url = f"sqlite:///{base / 'hq.sqlite3'}"
        hq = open_context(url, paths=_paths(base / "hq"))
        try:
            svc = hq.service(HqService)
            for code, pem in keys.items():
                svc.register_city(code, pem)
            t0 = time.perf_counter()
            rep = svc.ingest(inbox)
            seconds = time.perf_counter() - t0
            assert len(rep.ingested) == 12 and not rep.rejected, rep
            # Floor: the same rows, already parsed, inserted by a plain executemany.
            rows = []
            for i, path in enumerate(sorted(inbox.glob("*.cmcpkg")), start=1):
                pkg = open_package(path)
                for name in pkg.manifest["files"]:
                    columns, it = pkg.read_rows(name)
                    table = name.split("/", 1)[1].removesuffix(".jsonl")
                    for r in it:
                        d = dict(zip(columns, r, strict=True))
                        rows.append({"city_id": i, "table_name": table, "row_uuid": uuid.UUID(d["uuid"]),
                                     "data": json.dumps(d), "deleted": False, "package_seq": 1})
                pkg.close()
            meta = MetaData()
            floor_t = Table("bench_floor_rows", meta, Column("id", Integer, primary_key=True),
                            Column("city_id", Integer), Column("table_name", String(64)), Column("row_uuid", Uuid),
                            Column("data", Text), Column("deleted", Boolean), Column("package_seq", Integer))
            meta.create_all(hq.engine)
            t0 = time.perf_counter()
            with hq.engine.begin() as c:
                for start in range(0, len(rows), 50_000):
                    c.execute(insert(floor_t), rows[start:start + 50_000])
            floor = time.perf_counter() - t0
        finally:
            hq.close()
            if pg:
                with admin.begin() as c:
                    c.execute(text(f'drop schema "{schema}" cascade'))
                admin.dispose()
    return [Row("hq.ingest", seconds, floor, "ratio<=2", f"12 cities, {rep.rows:,} rows".replace(",", " "),
                f"{'postgresql' if pg else 'sqlite'}, {rep.rows / seconds:,.0f} rows/s".replace(",", " "))]


ROWS = [export_incremental, export_full, hq_ingest]
