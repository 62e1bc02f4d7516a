"""A tiny city for residence tests: one year, one group, a few trainees, two buildings."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.db.models import AcademicYear, Group, Programme, Sector, Trainee
from cmc_desktop.residence.service import ResidenceService


@dataclass
class City:
    ctx: AppContext
    svc: ResidenceService
    # matricules
    men: list[str]
    women: list[str]
    minor_man: str

    def bed(self, label: str) -> int:
        return self.svc.find_bed(label)


def _trainee(i: int, sex: str, birth: dt.date, group: Group) -> Trainee:
    return Trainee(matricule=f"{birth:%Y%m%d}{i:05d}", last_name=f"NOM{i}", first_name="Test", sex=sex,
                   birth_date=birth, distance_km=50.0 + 10 * i, remote_area=i % 2 == 0, current_group_id=group.id,
                   current_status="active", search_key=f"nom{i} test")


def build_city(ctx: AppContext) -> City:
    with ctx.sf.begin() as s:
        sector = s.scalar(select(Sector).where(Sector.code == "DIA"))
        prog = Programme(code="DEV", label_fr="Développement Digital", label_ar="التطوير الرقمي", level="TS",
                         duration_months=24, sector=sector)
        year = AcademicYear(code="2026-2027", starts_on=dt.date(2026, 9, 15), ends_on=dt.date(2027, 7, 15),
                            current=True)
        s.add_all([prog, year])
        s.flush()
        group = Group(code="DEV101", programme_id=prog.id, academic_year_id=year.id, year_of_study=1)
        s.add(group)
        s.flush()
        men = [_trainee(i, "H", dt.date(2004, 3, 1 + i), group) for i in range(1, 6)]
        women = [_trainee(i, "F", dt.date(2005, 4, 1 + i), group) for i in range(11, 15)]
        minor = _trainee(21, "H", dt.date(2010, 1, 5), group)
        s.add_all([*men, *women, minor])
    svc = ctx.service(ResidenceService)
    svc.add_building("A", "Pavillon A", "H", 2, name_ar="الجناح أ")
    svc.add_building("B", "Pavillon B", "F", 1, name_ar="الجناح ب")
    svc.add_room("A", "101", 1, 2)
    svc.add_room("A", "102", 1, 1)
    svc.add_room("A", "001", 0, 2, accessible=True)
    svc.add_room("B", "001", 0, 2)
    return City(ctx, svc, [t.matricule for t in men], [t.matricule for t in women], minor.matricule)


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate once per session; each test gets a copy (the migrations run in ~1 s each)."""
    from cmc_desktop.bootstrap import open_context

    path = tmp_path_factory.mktemp("residence") / "template.sqlite3"
    open_context(str(path)).close()
    return path


@pytest.fixture
def db_url(tmp_path: Path, _migrated_template: Path) -> str:
    """Overrides the root fixture: a copy of the migrated template, still a real SQLite file."""
    target = tmp_path / "city.sqlite3"
    shutil.copy(_migrated_template, target)
    return f"sqlite:///{target}"


@pytest.fixture
def city(ctx: AppContext) -> City:
    return build_city(ctx)
