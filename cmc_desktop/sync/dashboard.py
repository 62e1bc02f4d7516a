"""Dashboard: is the city's data reaching headquarters?"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from cmc_desktop.dashboard import Indicator
from cmc_desktop.security.permissions import Perm

if TYPE_CHECKING:
    from cmc_desktop.bootstrap import AppContext

STALE_AFTER = dt.timedelta(days=2)


def indicators(ctx: AppContext) -> list[Indicator]:
    if not ctx.actor.can(Perm.SYNC_EXPORT):
        return []
    from cmc_desktop.sync.service import SyncService

    st = ctx.service(SyncService).status()
    last = st.last_package
    stale = last is None or ctx.clock.now() - last.created_utc > STALE_AFTER
    level = "alert" if st.last_error else "warn" if stale else "ok"
    detail = st.last_error or (f"last package {last.sequence} on {last.created_utc:%Y-%m-%d %H:%M} UTC"
                               if last else "nothing sent to headquarters yet")
    return [Indicator("sync.pending", "Changes waiting for headquarters", str(st.pending), detail, level, "sync")]
