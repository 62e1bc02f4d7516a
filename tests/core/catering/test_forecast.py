"""Headcount forecast: residents present minus leaves, subscriptions, tickets, calendar, Ramadan."""

from __future__ import annotations

import datetime as dt

from cmc_desktop.catering.service import CateringService
from tests.core.catering.conftest import TODAY, City, at


def by_key(rows) -> dict:  # noqa: ANN001
    return {(r.day, r.meal): r for r in rows}


def test_forecast_counts_and_served_beside_past_days(city: City) -> None:
    svc = city.svc
    svc.issue_tickets("staff", "M. Formateur", "lunch", TODAY, 3)
    # Yesterday (Sunday) the resident had breakfast and dinner.
    y = TODAY - dt.timedelta(days=1)
    assert svc.scan(city.resident, at=at("07:30", y)).accepted
    assert svc.scan(city.resident, at=at("19:30", y)).accepted
    rows = by_key(svc.forecast(y, 8))
    assert len(rows) == 8 * 3
    # Sunday: both residents present (the leave starts on Monday), no day trainees.
    assert rows[(y, "breakfast")].forecast == 2 and rows[(y, "breakfast")].served == 1
    assert rows[(y, "lunch")].forecast == 2 and rows[(y, "lunch")].served == 0
    # Today: the leaver is on leave; the day trainee subscribed; three staff tickets.
    today_lunch = rows[(TODAY, "lunch")]
    assert (today_lunch.residents, today_lunch.on_leave, today_lunch.subscribers, today_lunch.tickets) == (1, 1, 1, 3)
    assert today_lunch.forecast == 5 and today_lunch.served == 0
    assert rows[(TODAY, "dinner")].forecast == 1
    # Future days show no served figure; the leave ends on 2 December.
    assert rows[(TODAY + dt.timedelta(days=1), "lunch")].served is None
    assert rows[(dt.date(2026, 12, 3), "dinner")].forecast == 2
    # 5 December is a closure: nothing to cook.
    closed = rows[(dt.date(2026, 12, 5), "lunch")]
    assert closed.status == "closed" and closed.forecast == 0 and "Fermeture" in closed.note
    # Sunday 6 December: residents only.
    assert rows[(dt.date(2026, 12, 6), "lunch")].forecast == 2


def test_forecast_holiday_and_ramadan(city: City) -> None:
    city.svc.add_ramadan(dt.date(2027, 2, 8), dt.date(2027, 3, 9))
    rows = by_key(city.svc.forecast(dt.date(2027, 1, 1), 1) + city.svc.forecast(dt.date(2027, 2, 10), 1))
    assert rows[(dt.date(2027, 1, 1), "lunch")].forecast == 2  # holiday: residents, no day trainee
    ram = dt.date(2027, 2, 10)
    assert rows[(ram, "lunch")].status == "no_service" and rows[(ram, "lunch")].forecast == 0
    assert rows[(ram, "breakfast")].forecast == 2 and rows[(ram, "breakfast")].ramadan


def test_forecast_is_readable_by_residence_manager_not_registrar(city: City) -> None:
    import pytest

    from cmc_desktop.errors import PermissionDenied, ValidationError
    from cmc_desktop.security.permissions import Actor, Role

    rm = city.ctx.as_actor(Actor("rm", Role.RESIDENCE_MANAGER)).service(CateringService)
    assert rm.forecast(TODAY, 1)
    with pytest.raises(PermissionDenied):
        city.ctx.as_actor(Actor("r", Role.REGISTRAR)).service(CateringService).forecast(TODAY, 1)
    with pytest.raises(ValidationError):
        city.svc.forecast(TODAY, 0)


def test_costs_and_monthly_report(city: City) -> None:
    svc = city.svc
    assert svc.scan(city.resident, at=at("07:30")).accepted
    assert svc.scan(city.day, at=at("12:30")).accepted
    svc.add_cost(TODAY, "Marché", "90.50")
    svc.add_cost(TODAY, "Boulangerie", 9.5, meal="breakfast")
    cost = {c.day: c for c in svc.costs(TODAY - dt.timedelta(days=1), TODAY)}
    assert cost[TODAY].cost_mad == 100 and cost[TODAY].served == 2 and cost[TODAY].per_meal_mad == 50
    assert cost[TODAY - dt.timedelta(days=1)].per_meal_mad is None
    rep = svc.monthly(2026, 11)
    assert len(rep.days) == 30
    last = rep.days[-1]
    assert last.served == {("breakfast", "resident"): 1, ("lunch", "day"): 1}
    assert last.forecast == {"breakfast": 1, "lunch": 2, "dinner": 1}
    # entitled but not served: the resident at lunch and dinner
    assert last.no_shows == {"breakfast": 0, "lunch": 1, "dinner": 1}
    assert rep.total_cost() == 100
