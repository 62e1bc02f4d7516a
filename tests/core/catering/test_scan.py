"""The desk's scan: entitlements, refusal reasons, undo, and the database-enforced double-serve guard."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from cmc_desktop.bootstrap import open_context
from cmc_desktop.catering.service import CateringService
from cmc_desktop.db.models.catering import MealService
from cmc_desktop.errors import ConflictError, PermissionDenied
from cmc_desktop.security.permissions import Actor, Role
from tests.core.catering.conftest import TODAY, City, at, build_city


def served_count(ctx, meal: str | None = None) -> int:  # noqa: ANN001
    with ctx.read_sf() as s:
        q = select(func.count()).select_from(MealService)
        if meal:
            q = q.where(MealService.meal == meal)
        return s.scalar(q)


def test_resident_served_once_then_already_served_then_undo(city: City) -> None:
    r = city.svc.scan(city.resident, at=at("07:15"))
    assert r.accepted and r.category == "resident" and r.meal == "breakfast" and r.meal_date == TODAY
    assert r.name.startswith("Alaoui") and r.name_ar == "العلوي سارة" and r.group == "DEV101"
    again = city.svc.scan(city.resident, at=at("07:20"))
    assert not again.accepted and again.reason == "already_served"
    assert again.previous_at == at("07:15").astimezone(dt.UTC)
    assert served_count(city.ctx) == 1
    city.svc.undo(r.service_id)
    assert served_count(city.ctx) == 0
    assert city.svc.scan(city.resident, at=at("07:25")).accepted


@pytest.mark.parametrize(("who", "hhmm", "meal", "reason"), [
    ("resident", "10:30", None, "outside_window"),
    ("resident", "10:30", "lunch", "outside_window"),
    ("leaver", "12:30", "lunch", "on_leave"),
    ("nobody", "12:30", "lunch", "not_entitled"),
    ("day", "19:30", "dinner", "not_entitled"),  # a lunch subscription gives no dinner
])
def test_refusal_reasons(city: City, who: str, hhmm: str, meal: str | None, reason: str) -> None:
    r = city.svc.scan(getattr(city, who), meal=meal, at=at(hhmm))
    assert not r.accepted
    assert r.reason == reason, r.message
    assert served_count(city.ctx) == 0


@pytest.mark.parametrize(("code", "reason"), [("12345", "not_a_matricule"), ("hello world", "not_a_matricule"),
                                              ("", "not_a_matricule"), ("1999123199999", "unknown_card"),
                                              ("MA09-T-999999", "unknown_card")])
def test_bad_codes(city: City, code: str, reason: str) -> None:
    r = city.svc.scan(code, at=at("12:30"))
    assert (r.accepted, r.reason) == (False, reason)


def test_day_trainee_lunch_with_subscription(city: City) -> None:
    r = city.svc.scan(f"  {city.day}\n", at=at("12:40"))  # scanners add whitespace
    assert r.accepted and r.category == "day" and r.meal == "lunch"
    # outside the subscription period
    r2 = city.svc.scan(city.day, at=at("12:40", dt.date(2027, 7, 1)))
    assert r2.reason == "not_entitled"


def test_holiday_closure_and_weekend(city: City) -> None:
    # Public holiday: residents eat, day trainees do not come (no lunch for them).
    assert city.svc.scan(city.resident, at=at("12:30", dt.date(2027, 1, 1))).accepted
    assert city.svc.scan(city.day, at=at("12:30", dt.date(2027, 1, 1))).reason == "not_entitled"
    # Closure: the kitchen is shut, whatever the card.
    r = city.svc.scan(city.resident, meal="lunch", at=at("12:30", dt.date(2026, 12, 5)))
    assert r.reason == "closed"
    r = city.svc.scan(city.resident, at=at("12:30", dt.date(2026, 12, 5)))
    assert r.reason == "closed"
    # Sunday: no day trainees.
    assert city.svc.scan(city.day, at=at("12:30", dt.date(2026, 12, 6))).reason == "not_entitled"


def test_ramadan_schedule(city: City) -> None:
    city.svc.add_ramadan(dt.date(2027, 2, 8), dt.date(2027, 3, 9))
    day = dt.date(2027, 2, 10)
    suhoor = city.svc.scan(city.resident, at=at("04:10", day))
    assert suhoor.accepted and suhoor.meal == "breakfast" and suhoor.ramadan
    assert city.svc.scan(city.resident, at=at("07:15", day)).reason == "outside_window"  # no normal breakfast
    assert city.svc.scan(city.resident, meal="lunch", at=at("12:30", day)).reason == "no_service"
    assert city.svc.scan(city.day, meal="lunch", at=at("12:30", day)).reason == "no_service"
    iftar = city.svc.scan(city.resident, at=at("18:20", day))
    assert iftar.accepted and iftar.meal == "dinner"
    with pytest.raises(ConflictError):
        city.svc.add_ramadan(dt.date(2027, 3, 1), dt.date(2027, 3, 20))


def test_changed_windows_apply(city: City) -> None:
    city.svc.set_windows({"lunch": "11:30-13:00"})
    assert city.svc.scan(city.day, at=at("11:45")).accepted
    assert city.svc.settings().windows["normal"]["lunch"] == "11:30–13:00"
    from cmc_desktop.errors import ValidationError

    with pytest.raises(ValidationError, match="lunch"):
        city.svc.set_windows({"lunch": "14:00-13:00"})


def test_tickets_single_use_and_day_bound(city: City) -> None:
    t1, t2 = city.svc.issue_tickets("guest", "M. Visiteur", "lunch", TODAY, 2)
    assert t1.code == "MA09-T-000001" and t2.code == "MA09-T-000002"
    r = city.svc.scan(t1.code.lower(), at=at("12:30"))
    assert r.accepted and r.category == "guest" and r.name == "M. Visiteur"
    assert city.svc.scan(t1.code, at=at("12:35")).reason == "already_served"
    assert city.svc.scan(t2.code, at=at("12:30", TODAY + dt.timedelta(days=1))).reason == "ticket_other_day"


def test_diet_flags_shown_to_health_readers(city: City) -> None:
    city.svc.set_diet(city.resident, "diabetic,vegetarian", "peanuts", "")
    agent = city.ctx.as_actor(Actor("agent", Role.CANTEEN_AGENT))
    r = agent.service(CateringService).scan(city.resident, at=at("07:30"))
    assert r.accepted and r.diet == ("diabetic", "vegetarian") and r.allergens == ("peanuts",)
    from cmc_desktop.errors import ValidationError

    with pytest.raises(ValidationError, match="chocolate"):
        city.svc.set_diet(city.resident, "", "chocolate")


def test_roles_without_serve_cannot_scan(city: City) -> None:
    for role in (Role.DIRECTOR, Role.REGISTRAR, Role.RESIDENCE_MANAGER):
        other = city.ctx.as_actor(Actor("x", role))
        with pytest.raises(PermissionDenied):
            other.service(CateringService).scan(city.resident, at=at("07:30"))


def test_undo_only_today(city: City) -> None:
    r = city.svc.scan(city.resident, at=at("07:30", TODAY - dt.timedelta(days=1)))
    assert r.accepted
    with pytest.raises(ConflictError, match="today"):
        city.svc.undo(r.service_id)


def test_database_refuses_a_second_row(city: City) -> None:
    """The guard is the UNIQUE constraint itself, not the screen's check."""
    row = {"trainee_id": city.ids["resident"], "meal_date": TODAY, "meal": "lunch", "category": "resident",
           "served_at": at("12:30"), "desk": "a"}
    with city.ctx.sf.begin() as s:
        s.execute(insert(MealService), [row])
    with pytest.raises(IntegrityError), city.ctx.sf.begin() as s:
        s.execute(insert(MealService), [row])


def test_stale_screen_check_still_refused_by_database(city: City, monkeypatch: pytest.MonkeyPatch) -> None:
    """A desk whose pre-check missed the other desk's service is refused by the INSERT."""
    assert city.svc.scan(city.resident, at=at("07:30")).accepted
    monkeypatch.setattr(CateringService, "_previous_service", staticmethod(lambda row: None))
    r = city.svc.scan(city.resident, at=at("07:31"))
    assert (r.accepted, r.reason) == (False, "already_served")
    assert served_count(city.ctx) == 1


def _race(url: str, clock, paths, matricules: list[str], desks: int = 2) -> list:  # noqa: ANN001
    contexts = [open_context(url, clock=clock, paths=paths) for _ in range(desks)]
    barrier = threading.Barrier(desks)
    results: list = []
    lock = threading.Lock()

    def desk(c) -> None:  # noqa: ANN001
        svc = c.service(CateringService)
        for m in matricules:
            barrier.wait()
            r = svc.scan(m, at=at("07:40"), desk=f"desk{id(c)}")
            with lock:
                results.append(r)

    threads = [threading.Thread(target=desk, args=(c,)) for c in contexts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    for c in contexts:
        c.close()
    return results


def test_two_desks_at_once_exactly_one_served(any_db_url: str, clock, paths) -> None:  # noqa: ANN001
    ctx = open_context(any_db_url, clock=clock, paths=paths)
    try:
        city = build_city(ctx)
        # Five residents race at two desks: each meal is handed out once.
        results = _race(any_db_url, clock, paths, [city.resident] * 5)
        accepted = [r for r in results if r.accepted]
        assert len(results) == 10 and len(accepted) == 1
        assert {r.reason for r in results if not r.accepted} == {"already_served"}
        assert served_count(ctx, "breakfast") == 1
    finally:
        ctx.close()


def test_subscription_lapses_with_the_enrolment(city: City) -> None:
    from sqlalchemy import update

    from cmc_desktop.db.models import Trainee

    with city.ctx.sf.begin() as s:
        s.execute(update(Trainee).where(Trainee.matricule == city.day).values(current_status="dropped"))
    assert city.svc.scan(city.day, at=at("12:30")).reason == "not_entitled"
    lunch = next(r for r in city.svc.forecast(TODAY, 1) if r.meal == "lunch")
    assert lunch.subscribers == 0


def test_dashboard_indicators(city: City) -> None:
    from cmc_desktop.catering.dashboard import indicators

    assert city.svc.scan(city.resident, at=at("07:30")).accepted
    inds = {i.key: i for i in indicators(city.ctx)}
    assert inds["catering.breakfast"].value == "1 / 1"
    assert inds["catering.lunch"].value == "0 / 2"
    assert indicators(city.ctx.as_actor(Actor("r", Role.REGISTRAR))) == []


def test_diet_is_health_data(city: City) -> None:
    city.svc.set_diet(city.resident, "vegetarian", "")
    assert city.svc.diet(city.resident)[1] == ("vegetarian",)
    director = city.ctx.as_actor(Actor("d", Role.DIRECTOR)).service(CateringService)
    with pytest.raises(PermissionDenied):
        director.diet(city.resident)
