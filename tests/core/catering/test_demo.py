"""The demo city's catering data: subscriptions, menus, costs and two weeks of served meals."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from cmc_desktop.catering.service import CateringService
from cmc_desktop.db.models.catering import MealService

TODAY = dt.date(2026, 11, 30)


def test_demo_has_two_weeks_of_meals_and_a_consistent_forecast(demo_ctx) -> None:  # noqa: ANN001
    svc = demo_ctx.service(CateringService)
    with demo_ctx.read_sf() as s:
        first, last = s.execute(select(func.min(MealService.meal_date), func.max(MealService.meal_date))).one()
        dupes = s.scalar(select(func.count()).select_from(
            select(MealService.trainee_id).where(MealService.trainee_id.is_not(None))
            .group_by(MealService.trainee_id, MealService.meal_date, MealService.meal)
            .having(func.count() > 1).subquery()))
    assert first == TODAY - dt.timedelta(days=14) and last == TODAY
    assert dupes == 0
    rows = svc.forecast(TODAY - dt.timedelta(days=7), 8)
    past = [r for r in rows if r.day < TODAY and r.status == "open"]
    assert sum(r.served or 0 for r in past) > 0
    # Nobody is served more than the kitchen planned for (the demo draws from the entitled).
    for r in past:
        assert (r.served or 0) <= r.forecast, r
    assert svc.subscriptions(TODAY)
    assert len(svc.week_menu(TODAY - dt.timedelta(days=TODAY.weekday()))) >= 21
    costs = svc.costs(TODAY - dt.timedelta(days=7), TODAY - dt.timedelta(days=1))
    assert all(c.per_meal_mad is None or c.per_meal_mad > 0 for c in costs)
    assert any(c.per_meal_mad for c in costs)
