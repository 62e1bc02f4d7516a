"""Residence indicators for the home dashboard: occupancy, free beds, leaves, waitlist, target.

Labels and details are fixed English texts (the dashboard translates them whole); numbers go in
the value, so nothing dynamic needs translating.
"""

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
    idle = rep.free > 0 and rep.waitlist > 0
    return [
        Indicator("residence.occupancy", "Residence occupancy", f"{rep.rate * 100:.0f} %",
                  f"{rep.occupied} / {rep.beds}", "ok" if rep.rate >= 0.85 else "warn", "residence"),
        Indicator("residence.beds_free", "Free beds", str(rep.free),
                  "Beds are free while trainees wait: run the allocation" if idle else "",
                  "warn" if idle else "ok", "residence"),
        Indicator("residence.on_leave", "Residents on leave today", str(rep.on_leave), "", "ok", "residence"),
        Indicator("residence.waitlist", "Residence waitlist", str(rep.waitlist), "", "ok", "residence"),
        Indicator("residence.target", "Residents against the 16 % target", f"{rep.occupied} / {rep.target_beds}",
                  "", "ok" if rep.occupied >= rep.target_beds else "warn", "residence"),
    ]


def charts(ctx: AppContext) -> list:
    """Occupancy by building: occupied, reserved and free beds."""
    if not ctx.actor.can(Perm.RESIDENCE_READ):
        return []
    from cmc_desktop.dashboard import Chart
    from cmc_desktop.residence.service import ResidenceService

    rep = ctx.service(ResidenceService).occupancy()
    lines = [ln for ln in rep.lines if ln.floor is None]
    if not lines:
        return []
    cats = tuple(ln.building for ln in lines)
    return [Chart("residence.occupancy", "Residence occupancy by building", "stacked", cats, (
        ("Occupied", tuple(float(ln.occupied) for ln in lines)),
        ("Reserved", tuple(float(ln.reserved) for ln in lines)),
        ("Free", tuple(float(ln.free) for ln in lines)),
    ), "residence")]
