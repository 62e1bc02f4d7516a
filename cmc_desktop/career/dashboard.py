"""Career indicator: insertion rate of the graduates due for the 9-month survey."""

from __future__ import annotations

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.dashboard import Indicator
from cmc_desktop.security.permissions import Perm


def indicators(ctx: AppContext) -> list[Indicator]:
    from cmc_desktop.career.service import CareerService

    if not ctx.actor.can(Perm.CAREER_READ):
        return []
    total = ctx.service(CareerService).insertion_report(9).total()
    if not total.graduates:
        return [Indicator("career.insertion", "Insertion rate (9 months)", "—", "No graduate is due yet",
                          area="career")]
    ins = "—" if total.insertion_rate is None else f"{100 * total.insertion_rate:.0f} %"
    kno = "—" if total.knowledge_rate is None else f"{100 * total.knowledge_rate:.0f} %"
    return [Indicator("career.insertion", "Insertion rate (9 months)", ins, f"knowledge rate {kno}",
                      "ok" if total.knowledge_ok else "warn", area="career")]
