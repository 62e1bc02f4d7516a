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
