"""A small city for the services tests: region code, current year, holidays, a programme, trainees."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.db.models import (
    AcademicYear,
    CalendarDay,
    Enrolment,
    Group,
    Programme,
    Sector,
    Setting,
    Trainee,
)
from cmc_desktop.text import search_key


@dataclass
class City:
    ctx: AppContext
    trainees: list[int]
    matricules: list[str]
    group_id: int
    programme_id: int
    year_id: int


def seed_city(ctx: AppContext, n: int = 6) -> City:
    with ctx.sf.begin() as s:
        s.add(Setting(key="city.region_code", value="MA-09"))
        sector = s.query(Sector).filter_by(code=s.query(Sector.code).order_by(Sector.id).limit(1).scalar_subquery()).one()
        prog = Programme(code="DEV", label_fr="Développement Digital", level="TS", duration_months=24,
                         sector=sector, soft_skills_hours=120)
        year = AcademicYear(code="2026-2027", starts_on=dt.date(2026, 9, 15), ends_on=dt.date(2027, 7, 15),
                            current=True)
        s.add_all([prog, year])
        # 11 Jan and 14 Jan are holidays; 16 Jul would be after the year anyway.
        for day, label in ((dt.date(2027, 1, 11), "Manifeste de l'Indépendance"), (dt.date(2027, 1, 14), "Yennayer"),
                           (dt.date(2026, 12, 14), "Fermeture test")):
            s.add(CalendarDay(day=day, kind="holiday", label=label))
        s.flush()
        group = Group(code="DEV101", programme=prog, academic_year=year, year_of_study=1, capacity=20)
        s.add(group)
        s.flush()
        ids, mats = [], []
        for i in range(n):
            mat = f"200501{i + 1:02d}00001"
            t = Trainee(matricule=mat, last_name=f"Nom{i}", first_name=f"Prénom{i}", sex="H" if i % 2 else "F",
                        birth_date=dt.date(2005, 1, i + 1), current_group_id=group.id, current_status="active",
                        search_key=search_key(f"Nom{i}", f"Prénom{i}", mat))
            s.add(t)
            s.flush()
            s.add(Enrolment(trainee_id=t.id, academic_year_id=year.id, group_id=group.id, year_of_study=1,
                            status="active", status_since=year.starts_on))
            ids.append(t.id)
            mats.append(mat)
        return City(ctx, ids, mats, group.id, prog.id, year.id)


@pytest.fixture
def city(ctx: AppContext) -> City:
    return seed_city(ctx)
