"""Residence indicators for the home dashboard: occupancy, free beds, waitlist."""

from __future__ import annotations

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.dashboard import Indicator
from cmc_desktop.security.permissions import Perm


def indicators(ctx: AppContext) -> list[Indicator]:
    if not ctx.actor.can(Perm.RESIDENCE_READ):
        return []
    from cmc_desktop.residence.service import ResidenceService

    rep = ctx.service(ResidenceService).occupancy()
    if rep.beds == 0:
        return [Indicator("residence.occupancy", "Residence occupancy", "—",
                          "No rooms yet: add buildings and rooms", "warn", "residence")]
    rate = rep.rate
    return [
        Indicator("residence.occupancy", "Residence occupancy", f"{rate * 100:.0f} %",
                  f"{rep.occupied} / {rep.beds}", "ok" if rate >= 0.85 else "warn", "residence"),
        Indicator("residence.beds_free", "Free beds", str(rep.free),
                  f"{rep.on_leave} on leave today", "warn" if rep.free and rep.waitlist else "ok", "residence"),
        Indicator("residence.waitlist", "Residence waitlist", str(rep.waitlist),
                  f"{rep.target_share * 100:.0f} % target: {rep.target_beds}", "ok", "residence"),
    ]
