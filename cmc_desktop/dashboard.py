"""Dashboard indicators. Each area adds ``cmc_desktop/<area>/dashboard.py`` with
``indicators(ctx) -> list[Indicator]``; it must return [] when the actor may not see it."""

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


def collect(ctx: AppContext, modules: tuple[str, ...] = AREA_DASHBOARDS) -> list[Indicator]:
    """All indicators the actor may see. One failing area never hides the others."""
    out: list[Indicator] = []
    for name in modules:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue
            raise
        try:
            out.extend(module.indicators(ctx))
        except PermissionDenied:
            continue
        except CmcError as exc:
            out.append(Indicator(f"{name}.error", "Indicator unavailable", "!", exc.message, "alert"))
        except Exception:
            log.exception("dashboard indicators of %s failed", name)
            out.append(Indicator(f"{name}.error", "Indicator unavailable", "!", name, "alert"))
    return out
