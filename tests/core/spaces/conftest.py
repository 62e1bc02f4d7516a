"""A tiny city for the spaces tests: one hub structure, one shared structure that needs approval,
four rooms, three groups with trainees, and a holiday."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import insert, select

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.db.models import AcademicYear, CalendarDay, Group, Hub, Programme, Sector, Trainee
from cmc_desktop.spaces.dto import RoomDraft, StructureDraft
from cmc_desktop.spaces.service import SpacesService

HOLIDAY = dt.date(2026, 12, 14)  # a Monday in the tests' semester


@dataclass
class City:
    ctx: AppContext
    svc: SpacesService
    hub_structure: int
    shared_structure: int
    rooms: dict[str, int]
    groups: dict[str, int]


def build_city(ctx: AppContext) -> City:
    with ctx.sf.begin() as s:
        sector = s.scalar(select(Sector).where(Sector.code == "DIA"))
        hub = Hub(code="P-DIA", name_fr="Pôle Digital & IA", name_ar="قطب الرقمنة", sector=sector)
        prog = Programme(code="DEV", label_fr="Développement Digital", level="TS", duration_months=24,
                         sector=sector)
        year = AcademicYear(code="2026-2027", starts_on=dt.date(2026, 9, 15), ends_on=dt.date(2027, 7, 15),
                            current=True)
        groups = [Group(code=c, programme=prog, academic_year=year, capacity=20) for c in ("DEV101", "DEV102", "DEV103")]
        s.add_all([hub, prog, year, *groups])
        s.add(CalendarDay(day=HOLIDAY, kind="holiday", label="Test holiday"))
        s.flush()
        rows = []
        for g, n in zip(groups, (18, 12, 25), strict=True):
            for i in range(n):
                rows.append({"matricule": f"2005010{g.id:02d}{i:04d}", "last_name": "T", "first_name": f"N{i}",
                             "sex": "H", "birth_date": dt.date(2005, 1, 1), "search_key": "x",
                             "current_group_id": g.id, "current_status": "active"})
        s.execute(insert(Trainee), rows)
        hub_id, group_ids = hub.id, {g.code: g.id for g in groups}
    svc = ctx.service(SpacesService)
    h = svc.save_structure(StructureDraft("DIA", "Pôle Digital & IA", "hub", name_ar="قطب الرقمنة", hub_id=hub_id))
    sh = svc.save_structure(StructureDraft("CONF", "Centre de conférences", "shared", name_ar="مركز المؤتمرات",
                                           shared_type="conference_centre", requires_approval=True))
    rooms = {}
    for code, kind, cap, eq in (("DIA-S01", "classroom", 24, "vidéoprojecteur, tableau"),
                                ("DIA-L01", "lab", 20, "pc, vidéoprojecteur"),
                                ("DIA-S02", "classroom", 30, "tableau")):
        rooms[code] = svc.save_room(RoomDraft(code, h.id, kind, cap, equipment=eq)).id
    rooms["CONF-A01"] = svc.save_room(RoomDraft("CONF-A01", sh.id, "amphitheatre", 200, equipment="sono")).id
    return City(ctx, svc, h.id, sh.id, rooms, group_ids)


@pytest.fixture
def city(ctx: AppContext) -> City:
    return build_city(ctx)
