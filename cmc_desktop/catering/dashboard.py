"""Dashboard: today's forecast against meals served so far, per meal, and the last 14 days."""

from __future__ import annotations

import datetime as dt

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.catering import rules
from cmc_desktop.catering.dto import ForecastRow
from cmc_desktop.catering.service import CateringService
from cmc_desktop.dashboard import Chart, Indicator
from cmc_desktop.security.permissions import Perm

DAYS = 14


def dashboard(ctx: AppContext) -> tuple[list[Indicator], list[Chart]]:
    """One forecast over the last 14 days feeds both today's cards and the chart."""
    if not ctx.actor.can(Perm.CATERING_READ):
        return [], []
    today = ctx.clock.today()
    rows = ctx.service(CateringService).forecast(today - dt.timedelta(days=DAYS - 1), DAYS)
    return _indicators([r for r in rows if r.day == today]), _charts(rows)


def indicators(ctx: AppContext) -> list[Indicator]:
    return dashboard(ctx)[0]


def charts(ctx: AppContext) -> list[Chart]:
    return dashboard(ctx)[1]


def _indicators(rows: list[ForecastRow]) -> list[Indicator]:
    out = []
    for r in rows:
        if r.status != "open":
            continue
        served = r.served or 0
        # Served far above the forecast means the forecast inputs (stays, subscriptions) are stale.
        level = "warn" if r.forecast and served > r.forecast * 1.1 else "ok"
        label = {"breakfast": "Breakfast served / forecast", "lunch": "Lunch served / forecast",
                 "dinner": "Dinner served / forecast", "suhoor": "Suhoor served / forecast",
                 "iftar": "Iftar served / forecast"}[rules.meal_name(r.meal, r.ramadan)]
        out.append(Indicator(f"catering.{r.meal}", label, f"{served} / {r.forecast}", r.note, level, "catering"))
    return out


def _charts(rows: list[ForecastRow]) -> list[Chart]:
    """Meals served against the forecast over the last 14 days (all meals of the day)."""
    days = sorted({r.day for r in rows})
    forecast = {d: 0 for d in days}
    served = {d: 0 for d in days}
    for r in rows:
        forecast[r.day] += r.forecast
        served[r.day] += r.served or 0
    return [Chart("catering.served_vs_forecast", "Meals served against forecast, last 14 days", "line",
                  tuple(f"{d:%d/%m}" for d in days),
                  (("Forecast", tuple(float(forecast[d]) for d in days)),
                   ("Served", tuple(float(served[d]) for d in days))), "catering")]
