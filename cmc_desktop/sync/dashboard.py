"""Dashboard: is the city's data reaching headquarters?"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from cmc_desktop.clock import CITY_TZ
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
    # The value is the last package (stable while data changes); the pending count is the detail.
    value = f"{last.created_utc.astimezone(CITY_TZ):%d/%m %H:%M}" if last else "—"
    waiting = f"{st.pending} changes waiting"
    detail = f"{st.last_error} — {waiting}" if st.last_error else waiting
    return [Indicator("sync.last_package", "Last package sent to headquarters", value, detail, level, "sync")]
