"""A tiny city for catering tests: one group, a few trainees, a resident with a leave.

The clock stands at 2026-11-30 10:00 (a Monday) in Casablanca.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.catering.service import CateringService
from cmc_desktop.db.models import AcademicYear, CalendarDay, Group, Programme, Sector, Setting, Trainee
from cmc_desktop.db.models.residence import Bed, Building, Leave, ResidenceRoom, Stay
from cmc_desktop.text import search_key

TODAY = dt.date(2026, 11, 30)
MATS = {"resident": "2005010100001", "leaver": "2005010100002", "day": "2005010100003", "nobody": "2005010100004"}


@dataclass
class City:
    ctx: AppContext
    svc: CateringService
    resident: str  # checked in, no leave
    leaver: str  # checked in, on leave 2026-11-30 … 2026-12-02
    day: str  # day trainee with a lunch subscription
    nobody: str  # trainee without any entitlement
    ids: dict[str, int]


def at(hhmm: str, day: dt.date = TODAY) -> dt.datetime:
    from cmc_desktop.clock import CITY_TZ

    return dt.datetime.combine(day, dt.time.fromisoformat(hhmm), CITY_TZ)


def build_city(ctx: AppContext) -> City:
    mats = MATS
    with ctx.sf.begin() as s:
        s.add(Setting(key="city.region_code", value="MA-09"))
        sector = s.scalar(select(Sector).where(Sector.code == "DIA"))
        prog = Programme(code="DEV", label_fr="Développement Digital", level="TS", duration_months=24,
                         sector_id=sector.id)
        year = AcademicYear(code="2026-2027", starts_on=dt.date(2026, 9, 15), ends_on=dt.date(2027, 7, 15),
                            current=True)
        s.add_all([prog, year])
        s.flush()
        group = Group(code="DEV101", programme_id=prog.id, academic_year_id=year.id)
        s.add(group)
        s.flush()
        ids = {}
        for i, (key, m) in enumerate(mats.items()):
            t = Trainee(matricule=m, last_name=f"Alaoui{i}", first_name="Sara", last_name_ar="العلوي",
                        first_name_ar="سارة", sex="F", birth_date=dt.date(2005, 1, 1), current_group_id=group.id,
                        current_status="active", search_key=search_key(f"Alaoui{i}", "Sara", m))
            s.add(t)
            s.flush()
            ids[key] = t.id
        b = Building(code="F1", name="Bâtiment F1", sex="F")
        s.add(b)
        s.flush()
        room = ResidenceRoom(building_id=b.id, code="101", capacity=2)
        s.add(room)
        s.flush()
        beds = [Bed(room_id=room.id, label="A"), Bed(room_id=room.id, label="B")]
        s.add_all(beds)
        s.flush()
        stays = [Stay(trainee_id=ids["resident"], bed_id=beds[0].id, check_in=dt.date(2026, 9, 20)),
                 Stay(trainee_id=ids["leaver"], bed_id=beds[1].id, check_in=dt.date(2026, 9, 20))]
        s.add_all(stays)
        s.flush()
        s.add(Leave(trainee_id=ids["leaver"], stay_id=stays[1].id, starts_on=TODAY,
                    ends_on=TODAY + dt.timedelta(days=2), reason="family"))
        s.add(CalendarDay(day=dt.date(2026, 12, 5), kind="closure", label="Fermeture technique"))
        s.add(CalendarDay(day=dt.date(2027, 1, 1), kind="holiday", label="Nouvel an"))
    ctx.service(CateringService).subscribe(MATS["day"], dt.date(2026, 10, 1), dt.date(2027, 6, 30))
    return _city(ctx)


def _city(ctx: AppContext) -> City:
    with ctx.read_sf() as s:
        ids = {k: s.scalar(select(Trainee.id).where(Trainee.matricule == m)) for k, m in MATS.items()}
    return City(ctx, ctx.service(CateringService), MATS["resident"], MATS["leaver"], MATS["day"],
                MATS["nobody"], ids)


@pytest.fixture(scope="session")
def city_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrating and seeding costs most of a test: do it once, copy the file per test."""
    from cmc_desktop.bootstrap import open_context
    from cmc_desktop.clock import FixedClock
    from tests.conftest import TODAY as NOW

    path = tmp_path_factory.mktemp("catering") / "city.sqlite3"
    c = open_context(str(path), clock=FixedClock(NOW))
    build_city(c)
    c.close()
    return path


@pytest.fixture
def city(city_template: Path, tmp_path: Path, clock, paths) -> Iterator[City]:  # noqa: ANN001
    from cmc_desktop.bootstrap import open_context

    target = tmp_path / "city.sqlite3"
    shutil.copy(city_template, target)
    c = open_context(str(target), clock=clock, paths=paths)
    yield _city(c)
    c.close()
