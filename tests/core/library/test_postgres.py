"""The scan path and the insertion report on both backends (PostgreSQL when CMC_TEST_PG_URL is set)."""

from __future__ import annotations

import datetime as dt

import pytest

from cmc_desktop.bootstrap import open_context
from cmc_desktop.career.service import CareerService
from cmc_desktop.clock import FixedClock
from cmc_desktop.db.models import Enrolment
from cmc_desktop.errors import ConflictError
from cmc_desktop.language.service import LanguageService
from cmc_desktop.library.service import LibraryService
from tests.conftest import TODAY
from tests.core.library.conftest import seed_city


def test_services_on_any_backend(any_db_url: str, paths) -> None:  # noqa: ANN001
    ctx = open_context(any_db_url, clock=FixedClock(TODAY), paths=paths)
    try:
        city = seed_city(ctx)
        lib = ctx.service(LibraryService)
        t = lib.add_title("Réseaux", isbn="9782070360024", copies=2, shelf_location="A1")
        a, b = (c.barcode for c in lib.copies(title_id=t.id))
        assert lib.checkout(city.matricules[0], a).due_on == dt.date(2026, 12, 15)
        with pytest.raises(ConflictError):
            lib.checkout(city.matricules[1], a)
        lib.place_hold(city.matricules[1], t.id)
        assert lib.checkin(a).hold_for
        assert [c.barcode for c in lib.stocktake([b], "A1").missing] == []
        assert lib.counts()["holds"] == 1

        with ctx.sf.begin() as s:
            s.query(Enrolment).filter(Enrolment.trainee_id.in_(city.trainees[:4])).update(
                {"status": "graduated", "ended_on": dt.date(2025, 7, 15)}, synchronize_session=False)
        car = ctx.service(CareerService)
        car.record_survey(city.matricules[0], 9, "employed", dt.date(2026, 5, 1))
        car.record_survey(city.matricules[1], 9, "further_study", dt.date(2026, 5, 1))
        total = car.insertion_report(9).total()
        assert (total.graduates, total.known, total.inserted) == (4, 2, 1) and total.insertion_rate == 1.0
        c = car.add_counsellor("counsellor", "Salma Idrissi")
        car.add_block(c.id, 0, dt.time(9), dt.time(12))
        car.book(c.id, city.matricules[5], dt.date(2026, 12, 7), dt.time(9, 30))
        assert len(car.free_slots(c.id, dt.date(2026, 12, 7))) == 5

        lang = ctx.service(LanguageService)
        lang.add_language("fr", "Français", "French", "الفرنسية")
        g = lang.create_group("FR-B1-1", "fr", "B1", capacity=2, planned_sessions=4)
        lang.add_member(g.id, city.matricules[4])
        ses = lang.schedule_session(g.id, dt.date(2026, 11, 23), dt.time(8, 30))
        lang.record_attendance(ses.id, {city.trainees[4]: "excused"})
        assert lang.attendance(g.id)[0].rate is None
        assert lang.record_placement(city.matricules[4], "الفرنسية", 61).level == "B2"
    finally:
        ctx.close()
