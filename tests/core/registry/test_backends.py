"""Search, paging and import on SQLite and on PostgreSQL (when CMC_TEST_PG_URL is set)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from cmc_desktop.bootstrap import open_context
from cmc_desktop.clock import FixedClock
from cmc_desktop.db.models import AcademicYear, Group, Programme, Sector
from cmc_desktop.registry.dto import TraineeFilter, TraineeInput
from cmc_desktop.registry.service import RegistryService
from tests.conftest import TODAY
from tests.core.registry.conftest import template_row


def test_search_sort_paging_and_import_on_every_backend(any_db_url: str, xlsx: Callable[..., Path]) -> None:
    ctx = open_context(any_db_url, clock=FixedClock(TODAY))
    try:
        with ctx.sf.begin() as s:
            sector = s.scalar(select(Sector).where(Sector.code == "DIA"))
            prog = Programme(code="DEV", label_fr="Développement Digital", label_ar="التطوير الرقمي", level="TS",
                             duration_months=24, diploma=True, sector=sector)
            year = AcademicYear(code="2026-2027", starts_on=dt.date(2026, 9, 15), ends_on=dt.date(2027, 7, 15),
                                current=True)
            s.add(Group(code="DEV101", programme=prog, academic_year=year, year_of_study=1, capacity=20))
        gid = ctx.service(RegistryService).filter_options().groups[0].id
        svc = ctx.service(RegistryService)
        people = [("Élodie", "zahra", "إلودي"), ("amine", "Alaoui", "أمين"), ("Ali", "BENNANI", "علي"),
                  ("Salma", "benjelloun", "سلمى")]
        for i, (first, last, first_ar) in enumerate(people):
            svc.save(TraineeInput(f"20050101{i:05d}", last, first, "F", "01/01/2005", int(gid), cin=f"AB{10000 + i}",
                                  first_name_ar=first_ar, phone="0612345678"))
        ids = svc.search(sort="name").ids
        assert [svc.rows(ids)[i].last_name for i in ids] == ["Alaoui", "benjelloun", "BENNANI", "zahra"]
        assert svc.search(TraineeFilter(text="ELODIE")).total == 1
        assert svc.search(TraineeFilter(text="الودي")).total == 1
        assert svc.search(TraineeFilter(text="ben")).total == 2
        assert svc.search(TraineeFilter(text="_")).total == 0 and svc.search(TraineeFilter(text="%")).total == 0
        page = svc.search(TraineeFilter(text="a"), limit=2)
        rest = svc.search(TraineeFilter(text="a"), offset=2, limit=10)
        assert page.total == rest.total == 4 and page.ids + rest.ids == svc.search(TraineeFilter(text="a")).ids
        res = svc.import_trainees(xlsx([template_row(1), template_row(2)]))
        assert res.new == 2 and res.written
        again = svc.import_trainees(xlsx([template_row(1), template_row(2, Téléphone="0700000000")]))
        assert (again.new, again.updated, again.unchanged) == (0, 1, 1)
        assert svc.search().total == 6
    finally:
        ctx.close()
