"""Catering use cases: scan at the desk, forecast, subscriptions, tickets, diets, menus, costs.

The scan is the hot path (300 trainees in 20 minutes at one door). It runs a handful of indexed
single-row reads with Core statements and one INSERT, committed at once. The double serve is
refused by the database's UNIQUE(trainee_id, meal_date, meal): when two desks race, the loser's
INSERT fails and the scan is answered "already served".
"""

from __future__ import annotations

import datetime as dt
import logging
import time
import uuid
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Date, LargeBinary, String, Uuid, bindparam, delete, func, insert, or_, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cmc_desktop.catering import rules
from cmc_desktop.catering.dto import (
    CardRow,
    CateringSettings,
    DailyCost,
    ForecastRow,
    MenuDish,
    MonthDay,
    MonthlyReport,
    ScanResult,
    ServedRow,
    Subscription,
    Ticket,
)
from cmc_desktop.clock import CITY_TZ
from cmc_desktop.db.base import UTCDateTime
from cmc_desktop.db.models import CalendarDay, Group, Setting, Trainee
from cmc_desktop.db.models.catering import (
    DietProfile,
    FoodCost,
    MealService,
    MealSubscription,
    MealTicket,
    MenuItem,
    RamadanPeriod,
)
from cmc_desktop.errors import ConflictError, NotFound, ValidationError
from cmc_desktop.progress import NEVER, NULL_PROGRESS, CancelToken, ProgressReporter
from cmc_desktop.security.permissions import Perm
from cmc_desktop.services import Service

log = logging.getLogger(__name__)
SCHEDULE_KEY = "catering.schedule"
CACHE_SECONDS = 30.0
SERVED_STATUSES = (None, "active")  # enrolment statuses whose lunch subscription still applies  # calendar and schedule change rarely; our own edits clear the cache


def _residents(s: Session, start: dt.date, end: dt.date) -> dict[dt.date, tuple[set[int], set[int]]]:
    """Per day: (present, on leave) trainee ids for the whole city, from the residence area."""
    try:
        from cmc_desktop.residence import queries
    except ImportError:
        return {}
    return queries.presence(s, start, end)


def _name(last: str, first: str) -> str:
    return f"{last} {first}".strip()


# Everything the desk decision needs about one card, in one round trip. Plain SQL that SQLite
# and PostgreSQL both run; the subqueries are single-row lookups on (trainee_id, …) indexes.
_SCAN_SQL = text("""
SELECT t.id AS id, t.last_name AS last_name, t.first_name AS first_name, t.last_name_ar AS last_name_ar,
       t.first_name_ar AS first_name_ar, g.code AS group_code, t.current_status AS status,
       (SELECT 1 FROM residence_stays s WHERE s.trainee_id = t.id AND s.check_in <= :day
          AND (s.check_out IS NULL OR s.check_out > :day) LIMIT 1) AS resident,
       (SELECT 1 FROM residence_leaves l WHERE l.trainee_id = t.id AND l.starts_on <= :day
          AND l.ends_on >= :day LIMIT 1) AS on_leave,
       (SELECT 1 FROM meal_subscriptions m WHERE m.trainee_id = t.id AND m.meal = :meal
          AND m.starts_on <= :day AND m.ends_on >= :day LIMIT 1) AS subscribed,
       d.flags AS flags, d.allergens AS allergens, d.note AS note,
       (SELECT ms.served_at FROM meal_services ms WHERE ms.trainee_id = t.id AND ms.meal_date = :day
          AND ms.meal = :meal) AS previous_at,
       CASE WHEN t.photo IS NULL THEN 0 ELSE 1 END AS has_photo
FROM trainees t
LEFT JOIN groups g ON g.id = t.current_group_id
LEFT JOIN diet_profiles d ON d.trainee_id = t.id
WHERE t.matricule = :code
""").bindparams(bindparam("day", type_=Date()), bindparam("meal", type_=String()),
                bindparam("code", type_=String())).columns(previous_at=UTCDateTime())
_COUNT_SQL = text("SELECT meal, count(*) FROM meal_services WHERE meal_date = :day GROUP BY meal").bindparams(
    bindparam("day", type_=Date()))
_PHOTO_SQL = text("SELECT photo FROM trainees WHERE id = :id").columns(photo=LargeBinary())
_INSERT_SQL = text("""
INSERT INTO meal_services (uuid, created_at, updated_at, updated_by, version, trainee_id, ticket_id,
                           meal_date, meal, category, served_at, desk)
VALUES (:uuid, :now, :now, :by, 1, :tid, NULL, :day, :meal, :category, :at, :desk) RETURNING id
""").bindparams(bindparam("uuid", type_=Uuid()), bindparam("now", type_=UTCDateTime()),
                bindparam("at", type_=UTCDateTime()), bindparam("day", type_=Date()))


class CateringService(Service):
    def __init__(self, ctx) -> None:  # noqa: ANN001
        super().__init__(ctx)
        self._day_cache: dict[dt.date, tuple[float, rules.DayInfo]] = {}
        self._schedule_cache: tuple[float, rules.Schedule] | None = None

    # ------------------------------------------------------------------ calendar & schedule
    def _invalidate(self) -> None:
        self._day_cache.clear()
        self._schedule_cache = None

    def _schedule(self, s: Session) -> rules.Schedule:
        now = time.monotonic()
        if self._schedule_cache and self._schedule_cache[0] > now:
            return self._schedule_cache[1]
        raw = s.scalar(select(Setting.value).where(Setting.key == SCHEDULE_KEY))
        sched = rules.Schedule.from_json(raw)
        self._schedule_cache = (now + CACHE_SECONDS, sched)
        return sched

    def _day_info(self, s: Session, day: dt.date) -> rules.DayInfo:
        now = time.monotonic()
        hit = self._day_cache.get(day)
        if hit and hit[0] > now:
            return hit[1]
        info = self._day_infos(s, day, day)[day]
        self._day_cache[day] = (now + CACHE_SECONDS, info)
        return info

    @staticmethod
    def _day_infos(s: Session, start: dt.date, end: dt.date) -> dict[dt.date, rules.DayInfo]:
        cal = {d: (k, lbl) for d, k, lbl in s.execute(
            select(CalendarDay.day, CalendarDay.kind, CalendarDay.label)
            .where(CalendarDay.day >= start, CalendarDay.day <= end))}
        periods = s.execute(select(RamadanPeriod.starts_on, RamadanPeriod.ends_on, RamadanPeriod.label)
                            .where(RamadanPeriod.starts_on <= end, RamadanPeriod.ends_on >= start)).all()
        out = {}
        d = start
        while d <= end:
            kind, label = cal.get(d, ("", ""))
            ram = next((p for p in periods if p[0] <= d <= p[1]), None)
            labels = [x for x in (label, ram[2] if ram else "") if x]
            out[d] = rules.DayInfo(d, closure=kind == "closure", holiday=kind == "holiday",
                                   ramadan=ram is not None, label=" · ".join(labels))
            d += dt.timedelta(days=1)
        return out

    def day_info(self, day: dt.date) -> rules.DayInfo:
        self.require(Perm.CATERING_READ)
        with self.read() as s:
            return self._day_infos(s, day, day)[day]

    def settings(self) -> CateringSettings:
        self.require(Perm.CATERING_READ)
        with self.read() as s:
            sched = rules.Schedule.from_json(s.scalar(select(Setting.value).where(Setting.key == SCHEDULE_KEY)))
            periods = [(a, b) for a, b in s.execute(
                select(RamadanPeriod.starts_on, RamadanPeriod.ends_on).order_by(RamadanPeriod.starts_on))]
        windows = {k: {m: w.label() for m, w in sched.windows(k == "ramadan").items()} for k in ("normal", "ramadan")}
        return CateringSettings(sched.to_json(), windows, periods)

    def set_windows(self, normal: dict[str, str], ramadan: dict[str, str] | None = None) -> CateringSettings:
        """Service windows as ``{"breakfast": "06:30-09:00", ...}``; meals left out keep theirs."""
        self.require(Perm.CATERING_MANAGE)
        with self.write() as s:
            row = s.get(Setting, SCHEDULE_KEY)
            sched = rules.Schedule.from_json(row.value if row else None)
            new_normal, new_ram = dict(sched.normal), dict(sched.ramadan)
            try:
                for meal, text in (normal or {}).items():
                    if meal not in rules.MEALS:
                        raise ValidationError(f"Unknown meal '{meal}'; expected breakfast, lunch or dinner")
                    new_normal[meal] = rules.parse_window(meal, text)
                for meal, text in (ramadan or {}).items():
                    if meal not in ("breakfast", "dinner"):
                        raise ValidationError(f"In Ramadan only breakfast (suhoor) and dinner (iftar) are served, not '{meal}'")
                    new_ram[meal] = rules.parse_window(meal, text)
            except ValueError as exc:
                raise ValidationError(str(exc), field="window") from exc
            value = rules.Schedule(new_normal, new_ram).to_json()
            if row:
                row.value = value
            else:
                s.add(Setting(key=SCHEDULE_KEY, value=value))
        self._invalidate()
        return self.settings()

    def add_ramadan(self, starts_on: dt.date, ends_on: dt.date, label: str = "Ramadan") -> None:
        self.require(Perm.CATERING_MANAGE)
        if ends_on < starts_on:
            raise ValidationError(f"Ramadan cannot end ({ends_on}) before it starts ({starts_on})")
        if (ends_on - starts_on).days > 31:
            raise ValidationError(f"A Ramadan period lasts 29 or 30 days, not {(ends_on - starts_on).days + 1}")
        with self.write() as s:
            clash = s.scalar(select(RamadanPeriod.id).where(RamadanPeriod.starts_on <= ends_on,
                                                            RamadanPeriod.ends_on >= starts_on))
            if clash:
                raise ConflictError(f"A Ramadan period already overlaps {starts_on} – {ends_on}")
            s.add(RamadanPeriod(starts_on=starts_on, ends_on=ends_on, label=label,
                                updated_by=self.actor.label))
        self._invalidate()

    # ------------------------------------------------------------------ the desk
    def scan(self, code: str, *, meal: str | None = None, at: dt.datetime | None = None,
             desk: str = "") -> ScanResult:
        """Decide and, when accepted, commit one service. Refusals carry a reason code.

        The hot path uses one Connection transaction (BEGIN IMMEDIATE on SQLite), one SELECT
        that gathers everything the decision needs, and one INSERT … RETURNING, committed at
        once. The ORM Session's unit of work would cost more than the whole decision.
        """
        self.require(Perm.CATERING_SERVE)
        if meal is not None and meal not in rules.MEALS:
            raise ValidationError(f"Unknown meal '{meal}'; expected breakfast, lunch or dinner", field="meal")
        at = at or self.ctx.clock.now()
        if at.tzinfo is None:
            at = at.replace(tzinfo=CITY_TZ)
        local = at.astimezone(CITY_TZ)
        day, t = local.date(), local.time()
        norm = (code or "").strip().upper()
        kind = rules.classify_code(norm)
        if kind == "invalid":
            return self._refused(norm, "not_a_matricule", meal, day)
        if kind == "ticket":
            return self._scan_ticket_tx(norm, meal, day, t, at, desk)
        health = self.actor.can(Perm.HEALTH_READ)
        chosen, person = meal, {}
        try:
            with self.ctx.engine.begin() as conn:
                info = self._day_info(conn, day)
                sched = self._schedule(conn)
                chosen = meal or rules.current_meal(t, info, sched)
                row = conn.execute(_SCAN_SQL, {"code": norm, "day": day, "meal": chosen or ""}).first()
                if row is None:
                    return self._refused(norm, "unknown_card", chosen, day)
                tid = row.id
                person = {
                    "trainee_id": tid, "matricule": norm, "name": _name(row.last_name, row.first_name),
                    "name_ar": _name(row.last_name_ar or "", row.first_name_ar or ""), "group": row.group_code or "",
                    "photo": conn.scalar(_PHOTO_SQL, {"id": tid}) if row.has_photo else None,
                }
                if health:
                    person["diet"] = tuple(x for x in (row.flags or "").split(",") if x)
                    person["allergens"] = tuple(x for x in (row.allergens or "").split(",") if x)
                    person["diet_note"] = row.note or ""
                if chosen is None:
                    return self._refused(norm, "closed" if info.closure else "outside_window", None, day,
                                         ramadan=info.ramadan, **person)
                # A subscription lapses with the enrolment (dropped, suspended, graduated).
                subscribed = bool(row.subscribed) and row.status in SERVED_STATUSES
                decision = rules.decide_trainee(info, chosen, t, sched, resident=bool(row.resident),
                                                on_leave=bool(row.on_leave), subscribed=subscribed)
                if not decision.accepted:
                    return self._refused(norm, decision.reason, chosen, day, ramadan=info.ramadan, **person)
                prev = self._previous_service(row)
                if prev is not None:
                    return self._refused(norm, "already_served", chosen, day, ramadan=info.ramadan,
                                         previous_at=prev, **person)
                now = self.ctx.clock.now()
                sid = conn.execute(_INSERT_SQL, {
                    "uuid": uuid.uuid4(), "now": now, "by": self.actor.label, "tid": tid, "day": day,
                    "meal": chosen, "category": decision.category, "at": at, "desk": desk[:40]}).scalar_one()
                result = ScanResult(True, norm, meal=chosen, meal_date=day, ramadan=info.ramadan,
                                    category=decision.category, service_id=int(sid), served_at=at, **person)
        except IntegrityError:
            # Another desk committed the same trainee, day and meal between our read and our
            # INSERT: the database refused the second service. Answer as the screen would.
            log.info("double serve refused by the database for %s", norm)
            return self._refused(norm, "already_served", chosen, day, **person)
        return result

    @staticmethod
    def _previous_service(row) -> dt.datetime | None:  # noqa: ANN001
        """The friendly pre-check (it names the time of the first serve). The UNIQUE constraint
        remains the guard: two desks can both pass this check, only one INSERT commits."""
        return row.previous_at

    def _scan_ticket_tx(self, code: str, meal: str | None, day: dt.date, t: dt.time, at: dt.datetime,
                        desk: str) -> ScanResult:
        try:
            with self.write() as s:
                info = self._day_info(s, day)
                sched = self._schedule(s)
                chosen = meal or rules.current_meal(t, info, sched)
                return self._scan_ticket(s, code, chosen, info, t, sched, at, desk)
        except IntegrityError:
            return self._refused(code, "already_served", meal, day)

    def _insert_service(self, s: Session, trainee_id: int | None, ticket_id: int | None, day: dt.date,
                        meal: str, category: str, now: dt.datetime, desk: str) -> int:
        res = s.execute(insert(MealService).values(
            uuid=uuid.uuid4(), created_at=now, updated_at=now, updated_by=self.actor.label, version=1,
            trainee_id=trainee_id, ticket_id=ticket_id, meal_date=day, meal=meal, category=category,
            served_at=now, desk=desk[:40]))
        return int(res.inserted_primary_key[0])

    def _scan_ticket(self, s: Session, code: str, meal: str | None, info: rules.DayInfo, t: dt.time,
                     sched: rules.Schedule, now: dt.datetime, desk: str) -> ScanResult:
        row = s.execute(select(MealTicket.id, MealTicket.category, MealTicket.holder, MealTicket.meal,
                               MealTicket.valid_on).where(MealTicket.code == code)).first()
        if row is None:
            return self._refused(code, "unknown_card", meal, info.day)
        tid, category, holder, tmeal, valid_on = row
        person = {"name": holder}
        meal = meal or tmeal
        decision = rules.decide_ticket(info, meal, t, sched, valid_on=valid_on, ticket_meal=tmeal,
                                       category=category)
        if not decision.accepted:
            return self._refused(code, decision.reason, meal, info.day, ramadan=info.ramadan, **person)
        prev = s.scalar(select(MealService.served_at).where(MealService.ticket_id == tid))
        if prev is not None:
            return self._refused(code, "already_served", meal, info.day, previous_at=prev, **person)
        sid = self._insert_service(s, None, tid, info.day, meal, category, now, desk)
        return ScanResult(True, code, meal=meal, meal_date=info.day, ramadan=info.ramadan, category=category,
                          service_id=sid, served_at=now, **person)

    @staticmethod
    def _refused(code: str, reason: str, meal: str | None, day: dt.date, **extra) -> ScanResult:  # noqa: ANN003
        return ScanResult(False, code, reason=reason, message=rules.REASONS[reason], meal=meal, meal_date=day,
                          **extra)

    def undo(self, service_id: int) -> None:
        """Cancel a service recorded today (the desk's "undo last scan")."""
        self.require(Perm.CATERING_SERVE)
        today = self.ctx.clock.today()
        with self.write() as s:
            row = s.execute(select(MealService.meal_date).where(MealService.id == service_id)).first()
            if row is None:
                raise NotFound(f"Meal service {service_id} does not exist (already undone?)")
            if row[0] != today:
                raise ConflictError(f"Only today's scans can be undone; service {service_id} is of {row[0]}")
            s.execute(delete(MealService).where(MealService.id == service_id))
        log.info("meal service %s undone by %s", service_id, self.actor.label)

    def recent(self, limit: int = 15, day: dt.date | None = None) -> list[ServedRow]:
        """The last services of a day (newest first) for the desk's side list."""
        self.require(Perm.CATERING_SERVE)
        day = day or self.ctx.clock.today()
        with self.read() as s:
            q = (select(MealService.id, MealService.served_at, MealService.meal_date, MealService.meal,
                        MealService.category, Trainee.matricule, Trainee.last_name, Trainee.first_name,
                        MealTicket.code, MealTicket.holder, MealService.desk)
                 .outerjoin(Trainee, Trainee.id == MealService.trainee_id)
                 .outerjoin(MealTicket, MealTicket.id == MealService.ticket_id)
                 .where(MealService.meal_date == day).order_by(MealService.id.desc()).limit(limit))
            return [ServedRow(r[0], r[1], r[2], r[3], r[4], r[5] or r[8] or "",
                              _name(r[6], r[7]) if r[6] else (r[9] or ""), r[10]) for r in s.execute(q)]

    def served_counts(self, day: dt.date | None = None) -> dict[str, int]:
        self.require(Perm.CATERING_READ)
        day = day or self.ctx.clock.today()
        # The desk asks after every scan: a plain deferred connection, no ORM session.
        with self.ctx.engine.execution_options(sqlite_deferred=True).connect() as conn:
            return {m: n for m, n in conn.execute(_COUNT_SQL, {"day": day})}

    # ------------------------------------------------------------------ forecast
    def _plan(self, s: Session, start: dt.date, end: dt.date, *, cancel: CancelToken = NEVER) -> dict:
        """Per day: DayInfo, resident ids present / on leave, lunch subscriber ids, ticket counts."""
        infos = self._day_infos(s, start, end)
        subs = s.execute(select(MealSubscription.trainee_id, MealSubscription.meal, MealSubscription.starts_on,
                                MealSubscription.ends_on)
                         .join(Trainee, Trainee.id == MealSubscription.trainee_id)
                         .where(MealSubscription.starts_on <= end, MealSubscription.ends_on >= start,
                                or_(Trainee.current_status.is_(None),
                                    Trainee.current_status.in_([x for x in SERVED_STATUSES if x])))).all()
        tickets: Counter[tuple[dt.date, str]] = Counter()
        for d, m, n in s.execute(select(MealTicket.valid_on, MealTicket.meal, func.count())
                                 .where(MealTicket.valid_on >= start, MealTicket.valid_on <= end)
                                 .group_by(MealTicket.valid_on, MealTicket.meal)):
            tickets[(d, m)] = n
        residents = _residents(s, start, end)
        plan = {}
        for day, info in infos.items():
            cancel.check()
            present, leave = residents.get(day, (set(), set())) if info.meals() else (set(), set())
            subscribers = {tid for tid, m, a, b in subs if m == "lunch" and a <= day <= b} - present - leave
            plan[day] = (info, present, leave, subscribers, {m: tickets[(day, m)] for m in rules.MEALS})
        return plan

    def forecast(self, start: dt.date, days: int, *, progress: ProgressReporter = NULL_PROGRESS,
                 cancel: CancelToken = NEVER) -> list[ForecastRow]:
        """Headcount per day and meal; days up to today also show what was served."""
        self.require(Perm.CATERING_READ)
        if not 1 <= days <= 366:
            raise ValidationError(f"The forecast covers 1 to 366 days, not {days}", field="days")
        end = start + dt.timedelta(days=days - 1)
        today = self.ctx.clock.today()
        with self.read() as s:
            plan = self._plan(s, start, end, cancel=cancel)
            served: Counter[tuple[dt.date, str]] = Counter()
            for d, m, n in s.execute(select(MealService.meal_date, MealService.meal, func.count())
                                     .where(MealService.meal_date >= start, MealService.meal_date <= end)
                                     .group_by(MealService.meal_date, MealService.meal)):
                served[(d, m)] = n
        out = []
        for i, (day, (info, present, leave, subscribers, tickets)) in enumerate(sorted(plan.items())):
            progress(i, len(plan), str(day))
            for meal in rules.MEALS:
                status = "closed" if info.closure else ("open" if meal in info.meals() else "no_service")
                n_subs = len(subscribers) if meal == "lunch" and info.day_trainees_come() else 0
                fc = rules.forecast_meal(info, meal, residents=len(present), subscribers=len(subscribers),
                                         tickets=tickets[meal])
                out.append(ForecastRow(
                    day, meal, status, len(present) if status == "open" else 0, len(leave), n_subs,
                    tickets[meal] if status == "open" else 0, fc,
                    served[(day, meal)] if day <= today else None, info.ramadan, info.label))
        return out

    # ------------------------------------------------------------------ subscriptions & tickets
    def _trainee_id(self, s: Session, matricule: str) -> int:
        tid = s.scalar(select(Trainee.id).where(Trainee.matricule == matricule.strip()))
        if tid is None:
            raise NotFound(f"No trainee has the matricule {matricule}")
        return tid

    def subscribe(self, matricule: str, starts_on: dt.date, ends_on: dt.date, meal: str = "lunch") -> Subscription:
        self.require(Perm.CATERING_MANAGE)
        if meal not in rules.MEALS:
            raise ValidationError(f"Unknown meal '{meal}'; expected breakfast, lunch or dinner", field="meal")
        if ends_on < starts_on:
            raise ValidationError(f"The subscription of {matricule} ends ({ends_on}) before it starts ({starts_on})")
        with self.write() as s:
            tid = self._trainee_id(s, matricule)
            clash = s.execute(select(MealSubscription.starts_on, MealSubscription.ends_on).where(
                MealSubscription.trainee_id == tid, MealSubscription.meal == meal,
                MealSubscription.starts_on <= ends_on, MealSubscription.ends_on >= starts_on)).first()
            if clash:
                raise ConflictError(f"{matricule} already has a {meal} subscription from {clash[0]} to {clash[1]}")
            sub = MealSubscription(trainee_id=tid, meal=meal, starts_on=starts_on, ends_on=ends_on,
                                   updated_by=self.actor.label)
            s.add(sub)
            s.flush()
            t = s.get(Trainee, tid)
            return Subscription(sub.id, tid, t.matricule, _name(t.last_name, t.first_name), meal, starts_on, ends_on)

    def subscriptions(self, day: dt.date | None = None) -> list[Subscription]:
        self.require(Perm.CATERING_READ)
        day = day or self.ctx.clock.today()
        with self.read() as s:
            q = (select(MealSubscription.id, Trainee.id, Trainee.matricule, Trainee.last_name, Trainee.first_name,
                        MealSubscription.meal, MealSubscription.starts_on, MealSubscription.ends_on)
                 .join(Trainee, Trainee.id == MealSubscription.trainee_id)
                 .where(MealSubscription.starts_on <= day, MealSubscription.ends_on >= day)
                 .order_by(Trainee.last_name, Trainee.first_name))
            return [Subscription(r[0], r[1], r[2], _name(r[3], r[4]), r[5], r[6], r[7]) for r in s.execute(q)]

    def subscription_ids(self, day: dt.date, search: str = "") -> list[int]:
        """Ids of the subscriptions active on ``day`` (by name), for the lazy list."""
        self.require(Perm.CATERING_READ)
        from cmc_desktop.text import fold

        with self.read() as s:
            q = (select(MealSubscription.id).join(Trainee, Trainee.id == MealSubscription.trainee_id)
                 .where(MealSubscription.starts_on <= day, MealSubscription.ends_on >= day))
            if search.strip():
                q = q.where(Trainee.search_key.like(f"%{fold(search)}%"))
            return list(s.scalars(q.order_by(Trainee.last_name, Trainee.first_name, MealSubscription.id)))

    def subscription_rows(self, ids: list[int]) -> dict[int, Subscription]:
        self.require(Perm.CATERING_READ)
        with self.read() as s:
            q = (select(MealSubscription.id, Trainee.id, Trainee.matricule, Trainee.last_name, Trainee.first_name,
                        MealSubscription.meal, MealSubscription.starts_on, MealSubscription.ends_on)
                 .join(Trainee, Trainee.id == MealSubscription.trainee_id).where(MealSubscription.id.in_(ids)))
            return {r[0]: Subscription(r[0], r[1], r[2], _name(r[3], r[4]), r[5], r[6], r[7]) for r in s.execute(q)}

    def end_subscription(self, subscription_id: int, last_day: dt.date) -> None:
        self.require(Perm.CATERING_MANAGE)
        with self.write() as s:
            sub = s.get(MealSubscription, subscription_id)
            if sub is None:
                raise NotFound(f"Subscription {subscription_id} does not exist")
            if last_day < sub.starts_on:
                raise ValidationError(f"Subscription {subscription_id} starts on {sub.starts_on}; it cannot end before")
            sub.ends_on = min(sub.ends_on, last_day)
            sub.updated_by = self.actor.label

    def issue_tickets(self, category: str, holder: str, meal: str, day: dt.date, count: int = 1) -> list[Ticket]:
        """Single-use meal tickets for staff or guests, with city-prefixed codes."""
        self.require(Perm.CATERING_MANAGE)
        if category not in ("staff", "guest"):
            raise ValidationError(f"A ticket is for 'staff' or 'guest', not '{category}'", field="category")
        if meal not in rules.MEALS:
            raise ValidationError(f"Unknown meal '{meal}'; expected breakfast, lunch or dinner", field="meal")
        if not holder.strip():
            raise ValidationError("A ticket needs the holder's name", field="holder")
        if not 1 <= count <= 500:
            raise ValidationError(f"Issue 1 to 500 tickets at a time, not {count}", field="count")
        with self.write() as s:
            region = s.scalar(select(Setting.value).where(Setting.key == "city.region_code")) or "MA-00"
            prefix = region.replace("-", "") + "-T-"
            last = s.scalar(select(func.max(MealTicket.code)).where(MealTicket.code.like(prefix + "%")))
            start = int(last[-6:]) + 1 if last else 1
            out = []
            for i in range(count):
                t = MealTicket(code=f"{prefix}{start + i:06d}", category=category, holder=holder.strip()[:120],
                               meal=meal, valid_on=day, updated_by=self.actor.label)
                s.add(t)
                out.append(t)
            s.flush()
            return [Ticket(t.id, t.code, t.category, t.holder, t.meal, t.valid_on) for t in out]

    # ------------------------------------------------------------------ diets (health data)
    def set_diet(self, matricule: str, flags: str = "", allergens: str = "", note: str = "") -> None:
        self.require(Perm.CATERING_MANAGE)
        self.require(Perm.HEALTH_READ)
        try:
            f = rules.split_codes(flags, rules.DIET_FLAGS, "dietary flag")
            a = rules.split_codes(allergens, rules.ALLERGENS, "allergen")
        except ValueError as exc:
            raise ValidationError(str(exc)) from exc
        with self.write() as s:
            tid = self._trainee_id(s, matricule)
            row = s.scalar(select(DietProfile).where(DietProfile.trainee_id == tid))
            if row is None:
                row = DietProfile(trainee_id=tid)
                s.add(row)
            row.flags, row.allergens, row.note = ",".join(f), ",".join(a), note[:200]
            row.updated_by = self.actor.label

    def diet(self, matricule: str) -> tuple[str, tuple[str, ...], tuple[str, ...], str]:
        """(name, flags, allergens, note) of a trainee; health data, so HEALTH_READ is required."""
        self.require(Perm.CATERING_READ)
        self.require(Perm.HEALTH_READ)
        with self.read() as s:
            tid = self._trainee_id(s, matricule)
            t = s.get(Trainee, tid)
            row = s.scalar(select(DietProfile).where(DietProfile.trainee_id == tid))
            split = (lambda text: tuple(x for x in (text or "").split(",") if x))  # noqa: E731
            return (_name(t.last_name, t.first_name), split(row.flags if row else ""),
                    split(row.allergens if row else ""), row.note if row else "")

    # ------------------------------------------------------------------ menus
    def week_menu(self, monday: dt.date) -> list[MenuDish]:
        self.require(Perm.CATERING_READ)
        end = monday + dt.timedelta(days=6)
        with self.read() as s:
            rows = s.execute(select(MenuItem).where(MenuItem.day >= monday, MenuItem.day <= end)
                             .order_by(MenuItem.day, MenuItem.meal, MenuItem.course)).scalars().all()
            order = {m: i for i, m in enumerate(rules.MEALS)}
            corder = {c: i for i, c in enumerate(rules.COURSES)}
            dishes = [MenuDish(r.id, r.day, r.meal, r.course, r.dish_fr, r.dish_ar,
                               tuple(x for x in r.allergens.split(",") if x)) for r in rows]
        return sorted(dishes, key=lambda d: (d.day, order.get(d.meal, 9), corder.get(d.course, 9)))

    def set_dish(self, day: dt.date, meal: str, course: str, dish_fr: str, dish_ar: str = "",
                 allergens: str = "") -> MenuDish:
        self.require(Perm.CATERING_MANAGE)
        if meal not in rules.MEALS:
            raise ValidationError(f"Unknown meal '{meal}'; expected breakfast, lunch or dinner", field="meal")
        if course not in rules.COURSES:
            raise ValidationError(f"Unknown course '{course}'; expected {', '.join(rules.COURSES)}", field="course")
        if not dish_fr.strip():
            raise ValidationError(f"The dish of {day} {meal} ({course}) needs a French name", field="dish_fr")
        try:
            codes = rules.split_codes(allergens, rules.ALLERGENS, "allergen")
        except ValueError as exc:
            raise ValidationError(str(exc), field="allergens") from exc
        with self.write() as s:
            row = s.scalar(select(MenuItem).where(MenuItem.day == day, MenuItem.meal == meal, MenuItem.course == course))
            if row is None:
                row = MenuItem(day=day, meal=meal, course=course)
                s.add(row)
            row.dish_fr, row.dish_ar, row.allergens = dish_fr.strip()[:160], dish_ar.strip()[:160], ",".join(codes)
            row.updated_by = self.actor.label
            s.flush()
            return MenuDish(row.id, day, meal, course, row.dish_fr, row.dish_ar, codes)

    # ------------------------------------------------------------------ costs & reports
    def add_cost(self, day: dt.date, label: str, amount_mad: Decimal | float | str, meal: str | None = None) -> None:
        self.require(Perm.CATERING_MANAGE)
        try:
            amount = Decimal(str(amount_mad)).quantize(Decimal("0.01"))
        except Exception as exc:
            raise ValidationError(f"The amount of '{label}' must be a number of dirhams, not '{amount_mad}'") from exc
        if amount < 0:
            raise ValidationError(f"The amount of '{label}' cannot be negative ({amount} MAD)")
        if meal is not None and meal not in rules.MEALS:
            raise ValidationError(f"Unknown meal '{meal}'; expected breakfast, lunch or dinner", field="meal")
        with self.write() as s:
            s.add(FoodCost(day=day, meal=meal, label=label.strip()[:160] or "—", amount_mad=amount,
                           updated_by=self.actor.label))

    def costs(self, start: dt.date, end: dt.date) -> list[DailyCost]:
        """Food cost per day in MAD and the cost of one meal served (None when nothing was served)."""
        self.require(Perm.CATERING_READ)
        with self.read() as s:
            cost = {d: Decimal(str(v)) for d, v in s.execute(
                select(FoodCost.day, func.sum(FoodCost.amount_mad)).where(FoodCost.day >= start, FoodCost.day <= end)
                .group_by(FoodCost.day))}
            served = dict(s.execute(select(MealService.meal_date, func.count()).where(
                MealService.meal_date >= start, MealService.meal_date <= end).group_by(MealService.meal_date)).all())
        out = []
        d = start
        while d <= end:
            c, n = cost.get(d, Decimal("0")).quantize(Decimal("0.01")), served.get(d, 0)
            out.append(DailyCost(d, c, n, (c / n).quantize(Decimal("0.01")) if n else None))
            d += dt.timedelta(days=1)
        return out

    def monthly(self, year: int, month: int, *, progress: ProgressReporter = NULL_PROGRESS,
                cancel: CancelToken = NEVER) -> MonthlyReport:
        """Meals served per day, meal and category; forecast; no-shows; food cost."""
        self.require(Perm.CATERING_READ)
        if not 1 <= month <= 12:
            raise ValidationError(f"Month must be 1 to 12, not {month}", field="month")
        start = dt.date(year, month, 1)
        end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        with self.read() as s:
            plan = self._plan(s, start, end, cancel=cancel)
            served: dict[dt.date, Counter] = defaultdict(Counter)
            eaten: dict[tuple[dt.date, str], set[int]] = defaultdict(set)
            for d, m, cat, tid in s.execute(select(MealService.meal_date, MealService.meal, MealService.category,
                                                   MealService.trainee_id)
                                            .where(MealService.meal_date >= start, MealService.meal_date <= end)):
                served[d][(m, cat)] += 1
                if tid is not None:
                    eaten[(d, m)].add(tid)
            cost = {d: Decimal(str(v)) for d, v in s.execute(
                select(FoodCost.day, func.sum(FoodCost.amount_mad)).where(FoodCost.day >= start, FoodCost.day <= end)
                .group_by(FoodCost.day))}
        report = MonthlyReport(year, month)
        for i, (day, (info, present, _leave, subs, tickets)) in enumerate(sorted(plan.items())):
            progress(i, len(plan), str(day))
            fc, ns = {}, {}
            for meal in rules.MEALS:
                fc[meal] = rules.forecast_meal(info, meal, residents=len(present), subscribers=len(subs),
                                               tickets=tickets[meal])
                if meal not in info.meals():
                    ns[meal] = 0
                    continue
                entitled = present | (subs if meal == "lunch" and info.day_trainees_come() else set())
                ns[meal] = len(entitled - eaten[(day, meal)])
            report.days.append(MonthDay(day, dict(served[day]), fc, ns, cost.get(day, Decimal("0"))))
        return report

    def meals_between(self, start: dt.date, end: dt.date) -> list[tuple]:
        """Rows for the meals export: date, meal, local time, category, code, name, group, desk."""
        self.require(Perm.CATERING_READ)
        if end < start:
            raise ValidationError(f"--to ({end}) is before --from ({start})")
        with self.read() as s:
            q = (select(MealService.meal_date, MealService.meal, MealService.served_at, MealService.category,
                        Trainee.matricule, Trainee.last_name, Trainee.first_name, Group.code,
                        MealTicket.code, MealTicket.holder, MealService.desk)
                 .outerjoin(Trainee, Trainee.id == MealService.trainee_id)
                 .outerjoin(Group, Group.id == Trainee.current_group_id)
                 .outerjoin(MealTicket, MealTicket.id == MealService.ticket_id)
                 .where(MealService.meal_date >= start, MealService.meal_date <= end)
                 .order_by(MealService.meal_date, MealService.served_at))
            return [(r[0], r[1], r[2].astimezone(CITY_TZ).replace(tzinfo=None), r[3], r[4] or r[8] or "",
                     _name(r[5], r[6]) if r[5] else (r[9] or ""), r[7] or "", r[10]) for r in s.execute(q)]

    def card_rows(self, group: str | None = None) -> list[CardRow]:
        """Active trainees (optionally of one group) for the meal-card sheets."""
        self.require(Perm.CATERING_MANAGE)
        with self.read() as s:
            q = (select(Trainee.matricule, Trainee.last_name, Trainee.first_name, Trainee.last_name_ar,
                        Trainee.first_name_ar, Group.code)
                 .outerjoin(Group, Group.id == Trainee.current_group_id)
                 .where(or_(Trainee.current_status == "active", Trainee.current_status.is_(None)),
                        Trainee.anonymised.is_(False)))
            if group:
                if s.scalar(select(func.count()).select_from(Group).where(Group.code == group)) == 0:
                    raise NotFound(f"No group has the code {group}")
                q = q.where(Group.code == group)
            q = q.order_by(Group.code, Trainee.last_name, Trainee.first_name)
            return [CardRow(r[0], _name(r[1], r[2]), _name(r[3] or "", r[4] or ""), r[5] or "")
                    for r in s.execute(q)]

    def city_line(self) -> tuple[str, str]:
        """(site, Arabic region name) printed on cards and reports."""
        from cmc_desktop.db.models import Region

        with self.read() as s:
            code = s.scalar(select(Setting.value).where(Setting.key == "city.region_code"))
            r = s.execute(select(Region.city_site, Region.name_ar).where(Region.code == code)).first() if code else None
        return (f"CMC {r[0]}", f"مدينة المهن والكفاءات {r[1]}") if r else ("CMC", "مدينة المهن والكفاءات")

    # ------------------------------------------------------------------ files
    def export_meals(self, path: str | Path, start: dt.date, end: dt.date, *,
                     progress: ProgressReporter = NULL_PROGRESS, cancel: CancelToken = NEVER) -> Path:
        from cmc_desktop.excel.writer import write_table

        rows = self.meals_between(start, end)
        return write_table(path, ["Date", "Meal", "Served at", "Category", "Matricule / ticket", "Name", "Group",
                                  "Desk"], rows, sheet_title="Meals", total=len(rows),
                           widths=[12, 11, 18, 11, 18, 30, 14, 12], progress=progress, cancel=cancel)

