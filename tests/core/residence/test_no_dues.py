"""Leaving the residence is a "no dues" moment: the check-out reports library items still out."""

from __future__ import annotations

from sqlalchemy import select

from cmc_desktop.db.models.library import Loan
from cmc_desktop.db.models.registry import Trainee
from cmc_desktop.db.models.residence import Stay
from cmc_desktop.library.service import trainee_items_out
from cmc_desktop.residence.service import ResidenceService


def test_check_out_reports_library_items_still_on_loan(demo_ctx) -> None:  # noqa: ANN001
    with demo_ctx.read_sf() as s:
        row = s.execute(
            select(Trainee.id, Trainee.matricule)
            .join(Stay, Stay.trainee_id == Trainee.id).where(Stay.check_out.is_(None))
            .join(Loan, Loan.trainee_id == Trainee.id).where(Loan.open.is_(True)).limit(1)
        ).first()
        clear = s.execute(
            select(Trainee.id, Trainee.matricule)
            .join(Stay, Stay.trainee_id == Trainee.id).where(Stay.check_out.is_(None))
            .where(~Trainee.id.in_(select(Loan.trainee_id).where(Loan.open.is_(True), Loan.trainee_id.is_not(None))))
            .limit(1)
        ).first()
    assert row is not None and clear is not None, "the demo city has residents with and without loans"
    svc = demo_ctx.service(ResidenceService)
    out = svc.check_out(row.matricule)
    assert out.check_out is not None
    assert out.library_items_out == trainee_items_out(demo_ctx, row.id) > 0
    assert svc.check_out(clear.matricule).library_items_out == 0
