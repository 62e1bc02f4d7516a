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


def presence(session: Session, start: datetime.date, end: datetime.date,
             ) -> dict[datetime.date, tuple[set[int], set[int]]]:
    """Per day from ``start`` to ``end``: (present, on leave), as residents_present and on_leave
    give for each day, from two queries instead of two per day (a 14-day forecast asked 28)."""
    stays = session.execute(select(Stay.trainee_id, Stay.check_in, Stay.check_out).where(
        Stay.check_in <= end, or_(Stay.check_out.is_(None), Stay.check_out > start))).all()
    leaves: dict[int, list[tuple[datetime.date, datetime.date]]] = {}
    for tid, a, b in session.execute(select(Leave.trainee_id, Leave.starts_on, Leave.ends_on)
                                     .where(Leave.starts_on <= end, Leave.ends_on >= start)):
        leaves.setdefault(tid, []).append((a, b))
    out = {}
    day = start
    while day <= end:
        present: set[int] = set()
        away: set[int] = set()
        for tid, check_in, check_out in stays:
            if check_in <= day and (check_out is None or check_out > day):
                if any(a <= day <= b for a, b in leaves.get(tid, ())):
                    away.add(tid)
                else:
                    present.add(tid)
        out[day] = (present, away)
        day += datetime.timedelta(days=1)
    return out


def residents(session: Session) -> set[int]:
    """Trainee ids with an active stay today or later (for the registry 'resident' filter).

    A stay is active until its check-out is recorded (check-out frees the bed at once), so
    "today or later" is every stay without a check-out, including a check-in dated ahead.
    """
    return set(session.scalars(select(Stay.trainee_id).where(Stay.check_out.is_(None)).distinct()))
