"""Spaces indicators: rooms in use right now, and today's utilisation."""

from __future__ import annotations

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.dashboard import Indicator
from cmc_desktop.security.permissions import Perm


def indicators(ctx: AppContext) -> list[Indicator]:
    if not ctx.actor.can(Perm.SPACES_READ):
        return []
    from cmc_desktop.spaces.service import SpacesService

    in_use, open_rooms, rate = ctx.service(SpacesService).now_in_use()
    pct = round(100 * rate)
    return [
        Indicator("spaces.in_use", "Rooms in use now", f"{in_use} / {open_rooms}", area="spaces"),
        Indicator("spaces.utilisation_today", "Room utilisation today", f"{pct} %",
                  "" if open_rooms else "No room is open today", "ok" if open_rooms else "warn", area="spaces"),
    ]


def charts(ctx: AppContext) -> list:
    """Room utilisation per structure over the current week (booked / available hours)."""
    if not ctx.actor.can(Perm.SPACES_READ):
        return []
    import datetime as dt

    from cmc_desktop.dashboard import Chart
    from cmc_desktop.spaces.service import SpacesService

    today = ctx.clock.today()
    monday = today - dt.timedelta(days=today.weekday())
    rows = [r for r in ctx.service(SpacesService).utilisation(monday, monday + dt.timedelta(days=6))
            if r.level == "structure" and r.available_hours]
    if not rows:
        return []
    rows.sort(key=lambda r: r.code)
    return [Chart("spaces.utilisation", "Room utilisation this week (%)", "bar", tuple(r.code for r in rows),
                  (("Utilisation", tuple(round(r.rate * 100, 1) for r in rows)),), "spaces")]
