"""Dashboard: the state of the backups. A failed or missing backup is shown to every role,
because whoever sits at the desk is the one who can plug the USB disk back in."""

from __future__ import annotations

import datetime as dt

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.dashboard import Indicator
from cmc_desktop.security.permissions import Perm

STALE_AFTER = dt.timedelta(days=2)


def indicators(ctx: AppContext) -> list[Indicator]:
    from cmc_desktop.backup import backup_status

    if ctx.sqlite_file is None:
        return []
    st = backup_status(ctx)
    now = ctx.clock.now()
    if st.last_status == "failed":
        when = f"{st.last_ok_at:%Y-%m-%d}" if st.last_ok_at else "never"
        # The value is shown as is (not translated): a sign, not a word.
        return [Indicator("security.backup", "Last backup", "✗", f"Failed: {st.last_error} (last good copy: {when})",
                          "alert", "security")]
    if st.last_ok_at is None:
        return [Indicator("security.backup", "Last backup", "—", "No backup yet", "alert", "security")]
    if now - st.last_ok_at > STALE_AFTER:
        return [Indicator("security.backup", "Last backup", f"{st.last_ok_at:%Y-%m-%d}",
                          f"No backup for {(now - st.last_ok_at).days} days", "warn", "security")]
    if not ctx.actor.can(Perm.BACKUP_RUN):
        return []
    return [Indicator("security.backup", "Last backup", f"{st.last_ok_at:%Y-%m-%d %H:%M} UTC", st.folder, "ok",
                      "security")]
