"""Library indicators: loans out and overdue items."""

from __future__ import annotations

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.dashboard import Indicator
from cmc_desktop.security.permissions import Perm


def indicators(ctx: AppContext) -> list[Indicator]:
    from cmc_desktop.library.service import LibraryService

    if not ctx.actor.can(Perm.LIBRARY_READ):
        return []
    c = ctx.service(LibraryService).counts()
    return [
        Indicator("library.loans_out", "Loans out", str(c["loans_out"]), area="library"),
        Indicator("library.overdue", "Overdue items", str(c["overdue"]),
                  "Borrowers with overdue items cannot borrow" if c["overdue"] else "",
                  "warn" if c["overdue"] else "ok", area="library"),
    ]


def charts(ctx: AppContext) -> list:
    """Loans per week over the last 12 weeks."""
    if not ctx.actor.can(Perm.LIBRARY_READ):
        return []
    import datetime as dt

    from sqlalchemy import select

    from cmc_desktop.dashboard import Chart
    from cmc_desktop.db.models.library import Loan

    today = ctx.clock.today()
    first = today - dt.timedelta(days=today.weekday() + 7 * 11)  # Monday, 12 weeks ago
    since = dt.datetime.combine(first, dt.time(), tzinfo=dt.UTC)
    with ctx.read_sf() as s:
        stamps = s.scalars(select(Loan.checked_out_at).where(Loan.checked_out_at >= since)).all()
    weeks = [first + dt.timedelta(weeks=i) for i in range(12)]
    counts = [0] * 12
    for ts in stamps:
        i = (ts.date() - first).days // 7
        if 0 <= i < 12:
            counts[i] += 1
    return [Chart("library.loans", "Loans per week", "bar", tuple(f"{w:%d/%m}" for w in weeks),
                  (("Loans", tuple(float(c) for c in counts)),), "library")]
