"""Dashboard indicators. Each area adds ``cmc_desktop/<area>/dashboard.py`` with
``indicators(ctx) -> list[Indicator]`` and optionally ``charts(ctx) -> list[Chart]``; both return
[] when the actor may not see them. An area whose indicators and charts share an expensive query
defines ``dashboard(ctx) -> (indicators, charts)`` instead. ``area()`` is the unit the window
loads on a thread each, so cheap cards show while slow areas are still counting."""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass

from sqlalchemy import func, select

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.errors import CmcError, PermissionDenied

log = logging.getLogger(__name__)

AREA_DASHBOARDS = (
    "cmc_desktop.dashboard",
    "cmc_desktop.security.dashboard",
    "cmc_desktop.registry.dashboard",
    "cmc_desktop.residence.dashboard",
    "cmc_desktop.catering.dashboard",
    "cmc_desktop.spaces.dashboard",
    "cmc_desktop.language.dashboard",
    "cmc_desktop.library.dashboard",
    "cmc_desktop.career.dashboard",
    "cmc_desktop.sync.dashboard",
)


@dataclass(frozen=True)
class Indicator:
    key: str  # stable id, e.g. "registry.active"
    label: str  # English source text; the UI translates it
    value: str  # already formatted
    detail: str = ""
    level: str = "ok"  # ok | warn | alert
    area: str = "general"


@dataclass(frozen=True)
class Chart:
    """Data for one dashboard chart; the UI draws it with QtCharts, reports with reportlab."""

    key: str
    title: str  # English source text
    kind: str  # bar | stacked | line
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]  # (name, one value per category)
    area: str = "general"


def charts(ctx: AppContext) -> list[Chart]:
    """Enrolment by sector and level (active trainees of the current year)."""
    from cmc_desktop.db.models import Group, Programme, Sector, Trainee
    from cmc_desktop.security.permissions import Perm

    if not ctx.actor.can(Perm.REGISTRY_READ):
        return []
    with ctx.read_sf() as s:
        rows = s.execute(
            select(Sector.code, Programme.level, func.count(Trainee.id))
            .join(Group, Group.id == Trainee.current_group_id)
            .join(Programme, Programme.id == Group.programme_id)
            .join(Sector, Sector.id == Programme.sector_id)
            .where(Trainee.current_status == "active")
            .group_by(Sector.code, Programme.level)
        ).all()
    if not rows:
        return []
    sectors = tuple(sorted({r[0] for r in rows}))
    levels = [lvl for lvl in ("Q", "T", "TS", "SPEC", "CERT") if any(r[1] == lvl for r in rows)]
    counts = {(r[0], r[1]): r[2] for r in rows}
    series = tuple((lvl, tuple(float(counts.get((sec, lvl), 0)) for sec in sectors)) for lvl in levels)
    return [Chart("registry.enrolment", "Enrolment by sector and level", "stacked", sectors, series, "registry")]


def indicators(ctx: AppContext) -> list[Indicator]:
    """The foundation's own indicators: what the catalogue holds."""
    from cmc_desktop.db.models import AcademicYear, Group, Programme, Trainee
    from cmc_desktop.security.permissions import Perm

    if not ctx.actor.can(Perm.CATALOGUE_READ):
        return []
    with ctx.read_sf() as s:
        year = s.scalar(select(AcademicYear.code).where(AcademicYear.current.is_(True)))
        n_prog = s.scalar(select(func.count()).select_from(Programme)) or 0
        n_groups = s.scalar(select(func.count()).select_from(Group)) or 0
        n_active = s.scalar(select(func.count()).select_from(Trainee)
                            .where(Trainee.current_status == "active")) or 0
    out = [
        Indicator("catalogue.year", "Academic year", year or "—",
                  "" if year else "Set the current academic year in the catalogue",
                  "ok" if year else "warn"),
        Indicator("catalogue.programmes", "Programmes", str(n_prog)),
        Indicator("catalogue.groups", "Groups", str(n_groups)),
    ]
    if ctx.actor.can(Perm.REGISTRY_READ):
        out.append(Indicator("registry.active", "Active trainees", f"{n_active:,}".replace(",", " ")))
    return out


def area_modules(modules: tuple[str, ...] = AREA_DASHBOARDS) -> list[str]:
    """The areas of ``modules`` that are installed."""
    out = []
    for name in modules:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue
            raise
        out.append(name)
    return out


def area(ctx: AppContext, name: str) -> tuple[list[Indicator], list[Chart]]:
    """One area's indicators and charts. A failing area never hides the others: its error
    becomes an alert card (the details go to the log)."""
    module = importlib.import_module(name)
    try:
        if hasattr(module, "dashboard"):
            indicators, charts = module.dashboard(ctx)
            return list(indicators), list(charts)
        return list(module.indicators(ctx)), list(getattr(module, "charts", lambda _ctx: [])(ctx))
    except PermissionDenied:
        return [], []
    except CmcError as exc:
        return [Indicator(f"{name}.error", "Indicator unavailable", "!", exc.message, "alert")], []
    except Exception:
        log.exception("dashboard of %s failed", name)
        return [Indicator(f"{name}.error", "Indicator unavailable", "!", name, "alert")], []


def collect_all(ctx: AppContext, modules: tuple[str, ...] = AREA_DASHBOARDS) -> tuple[list[Indicator], list[Chart]]:
    """Every indicator and chart the actor may see, area by area, each area computed once."""
    indicators: list[Indicator] = []
    charts: list[Chart] = []
    for name in area_modules(modules):
        inds, area_charts = area(ctx, name)
        indicators += inds
        charts += area_charts
    return indicators, charts


def collect(ctx: AppContext, modules: tuple[str, ...] = AREA_DASHBOARDS) -> list[Indicator]:
    """All indicators the actor may see, area by area."""
    return collect_all(ctx, modules)[0]


def collect_charts(ctx: AppContext, modules: tuple[str, ...] = AREA_DASHBOARDS) -> list[Chart]:
    """All charts the actor may see, area by area."""
    return collect_all(ctx, modules)[1]
