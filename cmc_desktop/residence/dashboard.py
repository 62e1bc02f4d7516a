"""Residence indicators for the home dashboard: occupancy, free beds, leaves, waitlist, target.

Labels and details are fixed English texts (the dashboard translates them whole); numbers go in
the value, so nothing dynamic needs translating.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.dashboard import Chart, Indicator
from cmc_desktop.security.permissions import Perm

if TYPE_CHECKING:
    from cmc_desktop.residence.dto import OccupancyReport


def dashboard(ctx: AppContext) -> tuple[list[Indicator], list[Chart]]:
    """The cards and the chart share one occupancy report (it walks every bed)."""
    if not ctx.actor.can(Perm.RESIDENCE_READ):
        return [], []
    from cmc_desktop.residence.service import ResidenceService

    rep = ctx.service(ResidenceService).occupancy()
    return _indicators(rep), _charts(rep)


def indicators(ctx: AppContext) -> list[Indicator]:
    return dashboard(ctx)[0]


def charts(ctx: AppContext) -> list[Chart]:
    return dashboard(ctx)[1]


def _indicators(rep: OccupancyReport) -> list[Indicator]:
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


def _charts(rep: OccupancyReport) -> list[Chart]:
    """Occupancy by building: occupied, reserved and free beds."""
    lines = [ln for ln in rep.lines if ln.floor is None]
    if not lines:
        return []
    cats = tuple(ln.building for ln in lines)
    return [Chart("residence.occupancy", "Residence occupancy by building", "stacked", cats, (
        ("Occupied", tuple(float(ln.occupied) for ln in lines)),
        ("Reserved", tuple(float(ln.reserved) for ln in lines)),
        ("Free", tuple(float(ln.free) for ln in lines)),
    ), "residence")]
