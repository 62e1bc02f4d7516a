"""Registry indicators: trainees by status and by sex (the foundation already shows active ones)."""

from __future__ import annotations

from sqlalchemy import func, select

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.dashboard import Indicator
from cmc_desktop.security.permissions import Perm


def _n(value: int) -> str:
    return f"{value:,}".replace(",", " ")


def indicators(ctx: AppContext) -> list[Indicator]:
    from cmc_desktop.db.models import Trainee

    if not ctx.actor.can(Perm.REGISTRY_READ):
        return []
    with ctx.read_sf() as s:
        by_status = dict(s.execute(select(Trainee.current_status, func.count()).group_by(Trainee.current_status)).all())
        women = s.scalar(select(func.count()).select_from(Trainee).where(
            Trainee.current_status == "active", Trainee.sex == "F")) or 0
    active = by_status.get("active", 0)
    suspended = by_status.get("suspended", 0)
    dropped = by_status.get("dropped", 0)
    share = f"{100 * women / active:.0f} %" if active else "—"
    return [
        Indicator("registry.women_share", "Women among active trainees", share, f"{_n(women)} / {_n(active)}",
                  area="registry"),
        Indicator("registry.suspended", "Suspended trainees", _n(suspended), "",
                  "warn" if active and suspended > 0.05 * active else "ok", area="registry"),
        Indicator("registry.dropped", "Dropped out", _n(dropped), "", area="registry"),
    ]
