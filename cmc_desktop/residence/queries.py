"""Read helpers on the residence tables for other areas (catering, registry).

These are plain queries inside the caller's session and transaction: the caller's own service
method has already checked its permission, so they check none.
"""

from __future__ import annotations

import datetime

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session

from cmc_desktop.db.models.residence import Leave, Stay


def _stay_covers(day: datetime.date):  # noqa: ANN202 - a SQL expression
    return and_(Stay.check_in <= day, or_(Stay.check_out.is_(None), Stay.check_out > day))


def _leave_covers(day: datetime.date):  # noqa: ANN202
    return exists().where(Leave.trainee_id == Stay.trainee_id, Leave.starts_on <= day, Leave.ends_on >= day)


def residents_present(session: Session, day: datetime.date) -> set[int]:
    """Trainee ids checked in on `day` (check_in <= day and (check_out is None or check_out > day)) and not on a leave of absence covering `day`."""
    q = select(Stay.trainee_id).where(_stay_covers(day), ~_leave_covers(day)).distinct()
    return set(session.scalars(q))


def on_leave(session: Session, day: datetime.date) -> set[int]:
    """Trainee ids checked in on `day` but on a leave of absence covering `day`."""
    q = select(Stay.trainee_id).where(_stay_covers(day), _leave_covers(day)).distinct()
    return set(session.scalars(q))


def residents(session: Session) -> set[int]:
    """Trainee ids with an active stay today or later (for the registry 'resident' filter).

    A stay is active until its check-out is recorded (check-out frees the bed at once), so
    "today or later" is every stay without a check-out, including a check-in dated ahead.
    """
    return set(session.scalars(select(Stay.trainee_id).where(Stay.check_out.is_(None)).distinct()))
