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
