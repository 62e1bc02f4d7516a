"""Language-centre indicators: today's sessions and attendance alerts."""

from __future__ import annotations

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.dashboard import Indicator
from cmc_desktop.security.permissions import Perm


def indicators(ctx: AppContext) -> list[Indicator]:
    from cmc_desktop.language.service import LanguageService

    if not ctx.actor.can(Perm.LANGUAGE_READ):
        return []
    svc = ctx.service(LanguageService)
    today = svc.sessions(day=ctx.clock.today())
    alerts = svc.alerts()
    return [
        Indicator("language.sessions_today", "Today's language sessions", str(len(today)),
                  ", ".join(f"{x.starts:%H:%M} {x.group_code}" for x in today[:4]), area="language"),
        Indicator("language.alerts", "Attendance alerts", str(len(alerts)),
                  "Trainees who can no longer reach the minimum rate or are absent several times in a row"
                  if alerts else "", "warn" if alerts else "ok", area="language"),
    ]
