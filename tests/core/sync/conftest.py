"""Sync fixtures: a small city (real migrated SQLite file) and a headquarters database."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from cmc_desktop.bootstrap import AppContext, open_context
from cmc_desktop.clock import FixedClock
from cmc_desktop.config import AppPaths
from cmc_desktop.db.models import AcademicYear, Enrolment, Group, Programme, Sector, Setting, Trainee
from cmc_desktop.sync.service import SyncService


def make_city(ctx: AppContext, code: str = "MA-09", trainees: int = 6) -> None:
    """A tiny city written through the ORM (so the outbox sees every row)."""
    with ctx.sf.begin() as s:
        s.add(Setting(key="city.region_code", value=code))
        sector = s.scalar(select(Sector).where(Sector.code == "DIA"))
        prog = Programme(code="DEV", label_fr="Développement Digital", label_ar="التطوير الرقمي", level="TS",
                         duration_months=24, diploma=True, sector=sector)
        year = AcademicYear(code="2026-2027", starts_on=dt.date(2026, 9, 15), ends_on=dt.date(2027, 7, 15),
                            current=True)
        group = Group(code="DEV101", programme=prog, academic_year=year, year_of_study=1, capacity=20)
        s.add_all([prog, year, group])
        s.flush()
        for i in range(trainees):
            t = Trainee(matricule=f"20050101{i:05d}", last_name=f"Amrani{i}", first_name="Salma", sex="F" if i % 2 else "H",
                        birth_date=dt.date(2005, 1, 1), phone=f"06{i:08d}", email=f"salma{i}@example.ma",
                        address=f"{i} rue des Orangers, Agadir", guardian_phone=f"07{i:08d}",
                        special_needs="Allergie arachides" if i == 0 else None, cin=f"JB{100000 + i}",
                        current_group_id=group.id, current_status="active")
            s.add(t)
            s.flush()
            s.add(Enrolment(trainee_id=t.id, academic_year_id=year.id, group_id=group.id, year_of_study=1,
                            status="active", status_since=dt.date(2026, 9, 15)))


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrating costs about a second: do it once, copy the file per test."""
    path = tmp_path_factory.mktemp("sync_template") / "empty.sqlite3"
    open_context(str(path)).close()
    return path


def _copy(template: Path, target: Path) -> str:
    shutil.copy(template, target)
    return f"sqlite:///{target}"


@pytest.fixture
def ctx(migrated_template: Path, tmp_path: Path, clock: FixedClock, paths: AppPaths) -> Iterator[AppContext]:
    c = open_context(_copy(migrated_template, tmp_path / "city.sqlite3"), clock=clock, paths=paths)
    yield c
    c.close()


@pytest.fixture
def city(ctx: AppContext) -> AppContext:
    make_city(ctx)
    return ctx


@pytest.fixture
def svc(city: AppContext) -> SyncService:
    return city.service(SyncService)


@pytest.fixture
def dest(tmp_path: Path) -> Path:
    d = tmp_path / "share"
    d.mkdir()
    return d


@pytest.fixture
def hq(migrated_template: Path, tmp_path: Path, clock: FixedClock) -> Iterator[AppContext]:
    p = AppPaths(tmp_path / "hq" / "data", tmp_path / "hq" / "logs", tmp_path / "hq" / "b", tmp_path / "hq" / "o")
    p.ensure()
    c = open_context(_copy(migrated_template, tmp_path / "hq.sqlite3"), clock=clock, paths=p)
    yield c
    c.close()
