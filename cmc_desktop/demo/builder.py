"""Builds the demo city. Each business area adds its own data through ``<area>/demo.py``.

An area module exposes ``populate(demo: DemoContext) -> dict[str, int]`` (counts for the
summary). Areas run in AREA_ORDER, inside the same transaction as the registry, so a demo is
either complete or absent.
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from cmc_desktop.bootstrap import AppContext, database_exists, open_context
from cmc_desktop.clock import Clock, SystemClock
from cmc_desktop.db.base import utcnow
from cmc_desktop.db.engine import resolve_url, sqlite_path
from cmc_desktop.db.models import (
    AcademicYear,
    CalendarDay,
    Enrolment,
    Group,
    Hub,
    Programme,
    Sector,
    Setting,
    Trainee,
)
from cmc_desktop.demo.catalogue import HUBS, PROGRAMMES
from cmc_desktop.demo.names import FEMALE_FIRST, LAST, MALE_FIRST, SOUSS_LOCALITIES
from cmc_desktop.errors import DatabaseError
from cmc_desktop.progress import NEVER, NULL_PROGRESS, CancelToken, ProgressReporter
from cmc_desktop.reference.data import fixed_holidays
from cmc_desktop.text import search_key

# Later modules register here (module path, must define populate(demo)).
AREA_ORDER = (
    "cmc_desktop.security.demo",
    "cmc_desktop.residence.demo",
    "cmc_desktop.catering.demo",
    "cmc_desktop.spaces.demo",
    "cmc_desktop.language.demo",
    "cmc_desktop.library.demo",
    "cmc_desktop.career.demo",
    "cmc_desktop.sync.demo",
)
CIN_PREFIXES = ("J", "JA", "JB", "JC", "JE", "JH", "JK", "JM", "JT", "JY")
LUNAR_2026_27 = (  # approximate; a real city enters the announced dates
    (dt.date(2027, 3, 10), "Aïd al-Fitr"), (dt.date(2027, 3, 11), "Aïd al-Fitr"),
    (dt.date(2027, 5, 17), "Aïd al-Adha"), (dt.date(2027, 5, 18), "Aïd al-Adha"),
    (dt.date(2027, 6, 7), "1er Moharram"),
)


@dataclass
class TraineeSeed:
    id: int
    matricule: str
    sex: str
    birth_date: dt.date
    group_id: int
    programme_id: int
    year_of_study: int
    distance_km: float
    remote: bool
    status: str
    minor: bool


@dataclass
class DemoContext:
    """What an area's ``populate`` gets: the open transaction and the city built so far."""

    session: Session
    rng: random.Random
    today: dt.date
    year: AcademicYear
    previous_year: AcademicYear
    trainees: list[TraineeSeed]
    groups: list[Group]
    programmes: list[Programme]
    hubs: list[Hub]
    city_code: str
    extra: dict[str, Any] = field(default_factory=dict)

    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)


@dataclass
class DemoSummary:
    url: str
    trainees: int
    groups: int
    programmes: int
    counts: dict[str, int] = field(default_factory=dict)
    accounts: list[tuple[str, str, str]] = field(default_factory=list)  # username, role, password


def _academic_year_start(today: dt.date) -> int:
    return today.year if today.month >= 9 else today.year - 1


def _wipe(url: str) -> None:
    path = sqlite_path(url)
    if path is not None:
        for suffix in ("", "-wal", "-shm"):
            p = Path(str(path) + suffix)
            if p.exists():
                p.unlink()
        return
    from sqlalchemy import MetaData

    from cmc_desktop.db.engine import make_engine

    engine = make_engine(url)
    try:
        meta = MetaData()
        meta.reflect(engine)
        meta.drop_all(engine)
    finally:
        engine.dispose()


def build_demo(
    db: str | None,
    *,
    trainees: int = 3000,
    seed: int = 42,
    force: bool = False,
    clock: Clock | None = None,
    progress: ProgressReporter = NULL_PROGRESS,
    cancel: CancelToken = NEVER,
    areas: tuple[str, ...] = AREA_ORDER,
) -> DemoSummary:
    from cmc_desktop.config import AppPaths

    url = resolve_url(db, AppPaths.default().default_db)
    if database_exists(url):
        if not force:
            raise DatabaseError(f"{sqlite_path(url) or 'The database'} already exists; "
                                "use --force to replace it with the demo city", code="exists")
        _wipe(url)
    ctx = open_context(url, clock=clock)
    try:
        return _populate(ctx, trainees, seed, progress, cancel, areas)
    except BaseException:
        ctx.close()
        _wipe(url)  # we created it: a half-built demo must not be mistaken for a city
        raise
    finally:
        ctx.close()


def _populate(ctx: AppContext, n_trainees: int, seed: int, progress: ProgressReporter,
              cancel: CancelToken, areas: tuple[str, ...]) -> DemoSummary:
    rng = random.Random(seed)
    clock = ctx.clock or SystemClock()
    today = clock.today()
    y0 = _academic_year_start(today)
    summary = DemoSummary(url=ctx.display_url, trainees=n_trainees, groups=0, programmes=len(PROGRAMMES))
    total_steps = 3 + len(areas)
    with ctx.sf.begin() as s:
        progress(0, total_steps, "catalogue")
        s.add(Setting(key="city.region_code", value="MA-09"))
        s.add(Setting(key="demo.seed", value=str(seed)))
        sectors = {sec.code: sec for sec in s.scalars(select(Sector))}
        hubs = [Hub(uuid=_u(rng), code=c, name_fr=fr, name_ar=ar, sector=sectors[sc]) for c, fr, ar, sc in HUBS]
        s.add_all(hubs)
        programmes = [
            Programme(uuid=_u(rng), code=c, label_fr=fr, label_ar=ar, level=lvl, duration_months=m,
                      diploma=lvl != "CERT", sector=sectors[sc], soft_skills_hours=h)
            for c, fr, ar, lvl, m, sc, h in PROGRAMMES
        ]
        s.add_all(programmes)
        prev = AcademicYear(uuid=_u(rng), code=f"{y0 - 1}-{y0}", starts_on=dt.date(y0 - 1, 9, 15),
                            ends_on=dt.date(y0, 7, 15), current=False)
        year = AcademicYear(uuid=_u(rng), code=f"{y0}-{y0 + 1}", starts_on=dt.date(y0, 9, 15),
                            ends_on=dt.date(y0 + 1, 7, 15), current=True)
        s.add_all([prev, year])
        for y in (y0, y0 + 1):
            for day, label in fixed_holidays(y):
                if year.starts_on - dt.timedelta(days=365) <= day <= year.ends_on:
                    s.add(CalendarDay(uuid=_u(rng), day=day, kind="holiday", label=label))
        if y0 == 2026:
            for day, label in LUNAR_2026_27:
                s.add(CalendarDay(uuid=_u(rng), day=day, kind="holiday", label=label))
        s.add(CalendarDay(uuid=_u(rng), day=dt.date(y0 + 1, 1, 26), kind="closure",
                          label="Vacances de mi-année"))
        s.flush()

        # Groups: enough seats for the trainees (20 each), spread over programmes, years 1 and 2.
        groups: list[Group] = []
        per_group = 20
        n_groups = max(len(programmes), -(-n_trainees // per_group))
        counters: dict[tuple[str, int], int] = {}
        for i in range(n_groups):
            prog = programmes[i % len(programmes)]
            yos = 1 if prog.duration_months <= 12 else (1 + (i // len(programmes)) % 2)
            counters[(prog.code, yos)] = counters.get((prog.code, yos), 0) + 1
            code = f"{prog.code}{yos}{counters[(prog.code, yos)]:02d}"
            groups.append(Group(uuid=_u(rng), code=code, programme=prog, academic_year=year,
                                year_of_study=yos, capacity=per_group))
        s.add_all(groups)
        s.flush()
        summary.groups = len(groups)
        cancel.check()

        progress(1, total_steps, "trainees")
        seeds = _insert_trainees(s, rng, n_trainees, groups, year, today, cancel)
        cancel.check()
        demo = DemoContext(session=s, rng=rng, today=today, year=year, previous_year=prev, trainees=seeds,
                           groups=groups, programmes=programmes, hubs=hubs, city_code="MA-09")
        for step, module_name in enumerate(areas, start=3):
            progress(step - 1, total_steps, module_name.rsplit(".", 2)[-2])
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:
                if not exc.name or not module_name.startswith(exc.name):
                    raise
                continue  # that area has no demo data yet
            counts = module.populate(demo) or {}
            summary.counts.update(counts)
            cancel.check()
        summary.accounts = list(demo.extra.get("accounts", []))
        progress(total_steps, total_steps, "commit")
    return summary


def _u(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _insert_trainees(s: Session, rng: random.Random, n: int, groups: list[Group], year: AcademicYear,
                     today: dt.date, cancel: CancelToken) -> list[TraineeSeed]:
    now = utcnow()
    sept1 = dt.date(year.starts_on.year, 9, 1)
    used_cin: set[str] = set()
    seq_by_date: dict[dt.date, int] = {}
    trainee_rows: list[dict[str, Any]] = []
    meta: list[tuple[Group, str, dt.date, float, bool, bool, str]] = []
    for i in range(n):
        group = groups[i % len(groups)]
        sex = "F" if rng.random() < 0.44 else "H"
        first, first_ar = rng.choice(FEMALE_FIRST if sex == "F" else MALE_FIRST)
        last, last_ar = rng.choice(LAST)
        level = group.programme.level
        lo, hi = (15, 22) if level in ("Q", "CERT") else (17, 27)
        age = rng.randint(lo, hi) + (group.year_of_study - 1)
        birth = sept1.replace(year=sept1.year - age) - dt.timedelta(days=rng.randint(1, 364))
        seq_by_date[birth] = seq_by_date.get(birth, 0) + 1
        matricule = f"{birth:%Y%m%d}{seq_by_date[birth]:05d}"
        while True:
            cin = rng.choice(CIN_PREFIXES) + str(rng.randint(100000, 999999) if rng.random() < 0.8
                                                 else rng.randint(10000, 99999))
            if cin not in used_cin:
                used_cin.add(cin)
                break
        locality, km, remote = rng.choice(SOUSS_LOCALITIES)
        km = round(km * rng.uniform(0.85, 1.15), 1)
        minor = (today - birth).days < 18 * 365.25
        status = "active" if rng.random() > 0.04 else rng.choice(("suspended", "dropped"))
        phone = f"0{rng.choice('67')}{rng.randint(0, 99_999_999):08d}"
        trainee_rows.append({
            "uuid": _u(rng), "created_at": now, "updated_at": now, "version": 1, "updated_by": "demo",
            "matricule": matricule, "cin": None if minor and rng.random() < 0.7 else cin,
            "last_name": last, "first_name": first, "last_name_ar": last_ar, "first_name_ar": first_ar,
            "sex": sex, "birth_date": birth, "phone": phone,
            "email": f"{first.split()[0].lower()}.{last.replace(' ', '').lower()}{i}@ofppt-edu.ma",
            "address": f"{rng.randint(1, 300)} Hay {rng.choice(('Dakhla', 'Salam', 'Mohammadi', 'Al Houda', 'Tilila'))}, {locality}",
            "home_locality": locality, "distance_km": km, "remote_area": remote,
            "guardian_name": f"{rng.choice(MALE_FIRST)[0]} {last}" if minor or rng.random() < 0.5 else None,
            "guardian_phone": f"06{rng.randint(0, 99_999_999):08d}" if minor or rng.random() < 0.5 else None,
            "special_needs": rng.choice((None,) * 30 + ("Diabète", "Allergie arachides", "Asthme", "Mobilité réduite")),
            "bridging": False, "anonymised": False,
            "search_key": "",
            "current_group_id": group.id, "current_status": status,
        })
        trainee_rows[-1]["search_key"] = search_key(last, first, last_ar, first_ar, matricule,
                                                    trainee_rows[-1]["cin"])
        meta.append((group, sex, birth, km, remote, minor, status))
        if i % 5000 == 4999:
            cancel.check()
    for chunk in range(0, len(trainee_rows), 5000):
        s.execute(insert(Trainee), trainee_rows[chunk:chunk + 5000])
    ids = list(s.scalars(select(Trainee.id).order_by(Trainee.id)))
    enrol_rows = []
    seeds = []
    for tid, row, (group, sex, birth, km, remote, minor, status) in zip(ids, trainee_rows, meta, strict=True):
        enrol_rows.append({
            "uuid": _u(rng), "created_at": now, "updated_at": now, "version": 1, "updated_by": "demo",
            "trainee_id": tid, "academic_year_id": year.id, "group_id": group.id,
            "year_of_study": group.year_of_study, "status": status, "status_since": year.starts_on,
            "ended_on": None, "hq_enrolment_id": f"{1_000_000 + tid}", "school_level": "Baccalauréat",
        })
        seeds.append(TraineeSeed(tid, row["matricule"], sex, birth, group.id, group.programme_id,
                                 group.year_of_study, km, remote, status, minor))
    for chunk in range(0, len(enrol_rows), 5000):
        s.execute(insert(Enrolment), enrol_rows[chunk:chunk + 5000])
    return seeds
