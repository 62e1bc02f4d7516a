"""Spaces use cases: structures, rooms, bookings without double-booking, week views, finder.

Every occurrence of a series is checked, on creation *and* on every edit (MRBS #1612), against
the same room, the same group and the same trainer, the room's capacity (MRBS #1055), its
opening hours and its out-of-service period. A conflict blocks the save and names each clash.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import delete, func, or_, select, text, union_all, update
from sqlalchemy.orm import Session

from cmc_desktop.db.base import utcnow
from cmc_desktop.db.models import CalendarDay, Group, Hub, Trainee
from cmc_desktop.db.models.reference import AcademicYear
from cmc_desktop.db.models.spaces import Booking, Occurrence, Room, Structure
from cmc_desktop.errors import ConflictError, NotFound, ValidationError
from cmc_desktop.security.permissions import Perm
from cmc_desktop.services import Service
from cmc_desktop.spaces import rules
from cmc_desktop.spaces.dto import (
    BookingDraft,
    BookingDTO,
    BookingPlan,
    ClashInfo,
    FreeRoom,
    OccurrenceDTO,
    RoomDraft,
    RoomDTO,
    StructureDraft,
    StructureDTO,
    UtilisationRow,
    WeekLane,
    WeekView,
)
from cmc_desktop.text import fold

log = logging.getLogger(__name__)
CHECKED = ("active",)
OVERLAP_KINDS = {"+".join(k) for k in (("room",), ("group",), ("trainer",), ("group", "room"), ("room", "trainer"),
                                        ("group", "trainer"), ("group", "room", "trainer"))}  # only accepted occurrences block others; pending ones are re-checked on approval


class BookingConflict(ConflictError):
    """A save refused because of clashes; ``clashes`` names every one of them."""

    code = "booking_conflict"

    def __init__(self, clashes: Sequence[ClashInfo], *, what: str = "The booking") -> None:
        lines = [f"{what} cannot be saved: {len(clashes)} conflict(s)"]
        lines += [f"  - {c.message}" for c in clashes]
        super().__init__("\n".join(lines), count=len(clashes))
        self.clashes = tuple(clashes)


# --------------------------------------------------------------------------- helpers
def closed_days(s: Session, start: dt.date, end: dt.date) -> dict[dt.date, str]:
    rows = s.execute(select(CalendarDay.day, CalendarDay.kind, CalendarDay.label)
                     .where(CalendarDay.day.between(start, end)))
    return {d: label for d, _kind, label in rows}


def room_limits(r: Room) -> rules.RoomLimits:
    return rules.RoomLimits(r.id, r.code, r.capacity, r.opens_min, r.closes_min, r.open_days,
                            r.out_of_service_from, r.out_of_service_to)


def group_headcount(s: Session, group_ids: Iterable[int]) -> dict[int, int]:
    """Active trainees per group; a group nobody is enrolled in yet counts its capacity."""
    ids = list(set(group_ids))
    if not ids:
        return {}
    counts = dict(s.execute(select(Trainee.current_group_id, func.count())
                            .where(Trainee.current_group_id.in_(ids), Trainee.current_status == "active")
                            .group_by(Trainee.current_group_id)).all())
    caps = dict(s.execute(select(Group.id, Group.capacity).where(Group.id.in_(ids))).all())
    return {g: int(counts.get(g) or caps.get(g) or 0) for g in ids}


_OCC_COLS = (Occurrence.id, Occurrence.booking_id, Occurrence.day, Occurrence.start_min, Occurrence.end_min,
             Occurrence.room_id, Occurrence.group_id, Occurrence.trainer_key)


def existing_slots(s: Session, proposed: Sequence[rules.Slot], *, exclude_bookings: Iterable[int] = (),
                   exclude_occurrences: Iterable[int] = ()) -> list[rules.Slot]:
    """Accepted occurrences that could clash with ``proposed``: same days, overlapping the time
    span, sharing a room, a group or a trainer. One indexed lookup per resource kind."""
    if not proposed:
        return []
    days = sorted({p.day for p in proposed})
    lo = min(p.start_min for p in proposed)
    hi = max(p.end_min for p in proposed)
    rooms = {p.room_id for p in proposed}
    groups = {p.group_id for p in proposed if p.group_id is not None}
    trainers = {p.trainer_key for p in proposed if p.trainer_key}
    day_filter = Occurrence.day.in_(days) if len(days) <= 400 else Occurrence.day.between(days[0], days[-1])
    base = [Occurrence.state.in_(CHECKED), day_filter, Occurrence.start_min < hi, Occurrence.end_min > lo]
    ex_b = list(set(exclude_bookings))
    ex_o = list(set(exclude_occurrences))
    if ex_b:
        base.append(Occurrence.booking_id.not_in(ex_b))
    if ex_o:
        base.append(Occurrence.id.not_in(ex_o))
    parts = [select(*_OCC_COLS).where(*base, Occurrence.room_id.in_(rooms))]
    if groups:
        parts.append(select(*_OCC_COLS).where(*base, Occurrence.group_id.in_(groups)))
    if trainers:
        parts.append(select(*_OCC_COLS).where(*base, Occurrence.trainer_key.in_(trainers)))
    stmt = parts[0] if len(parts) == 1 else union_all(*parts)
    seen: set[int] = set()
    out = []
    for oid, bid, day, st, en, room, grp, tk in s.execute(stmt):
        if oid in seen:
            continue
        seen.add(oid)
        out.append(rules.Slot(oid, day, st, en, room, grp, tk or "", 0, bid))
    return out


class Describer:
    """Turns rule clashes into English sentences naming both sides (date, time, room, who)."""

    def __init__(self, s: Session, proposed_label: Callable[[rules.Slot], str] | None = None) -> None:
        self.s = s
        self.rooms: dict[int, rules.RoomLimits] = {}
        self.room_codes: dict[int, str] = {}
        self.groups: dict[int, str] = {}
        self.bookings: dict[int, tuple[str, str, str]] = {}  # id → (title, group code, trainer)
        self.proposed_label = proposed_label or (lambda _slot: "another occurrence of the same request")

    def load(self, clashes: Sequence[rules.Clash]) -> None:
        room_ids = {c.slot.room_id for c in clashes} | {c.other.room_id for c in clashes if c.other}
        group_ids = {c.slot.group_id for c in clashes if c.slot.group_id} | \
            {c.other.group_id for c in clashes if c.other and c.other.group_id}
        booking_ids = {c.other.booking_id for c in clashes if c.other and c.other.booking_id and not c.other_is_proposed}
        missing = room_ids - set(self.room_codes)
        if missing:
            self.room_codes.update(self.s.execute(select(Room.id, Room.code).where(Room.id.in_(missing))).all())
        missing = group_ids - set(self.groups)
        if missing:
            self.groups.update(self.s.execute(select(Group.id, Group.code).where(Group.id.in_(missing))).all())
        missing = booking_ids - set(self.bookings)
        if missing:
            for bid, title, gcode, trainer, purpose in self.s.execute(
                    select(Booking.id, Booking.title, Group.code, Booking.trainer, Booking.purpose)
                    .outerjoin(Group, Group.id == Booking.group_id).where(Booking.id.in_(missing))):
                self.bookings[bid] = (title or purpose, gcode or "", trainer or "")

    def _who(self, other: rules.Slot, is_proposed: bool) -> str:
        when = f"{rules.fmt_min(other.start_min)}–{rules.fmt_min(other.end_min)}"
        where = self.room_codes.get(other.room_id, str(other.room_id))
        if is_proposed:
            return f"{self.proposed_label(other)} ({when}, room {where})"
        title, gcode, trainer = self.bookings.get(other.booking_id or 0, ("", "", ""))
        bits = [b for b in (gcode and f"group {gcode}", trainer and f"trainer {trainer}", title) if b]
        return f"booking #{other.booking_id} {when} in room {where}" + (f" ({', '.join(bits)})" if bits else "")

    def info(self, c: rules.Clash, room: rules.RoomLimits | None = None) -> ClashInfo:
        slot = c.slot
        rcode = self.room_codes.get(slot.room_id) or (room.code if room else str(slot.room_id))
        head = f"{slot.day:%d/%m/%Y} {rules.fmt_min(slot.start_min)}–{rules.fmt_min(slot.end_min)}, room {rcode}"
        if c.kind in OVERLAP_KINDS:
            kinds = sorted(c.kind.split("+"), key=["room", "group", "trainer"].index)
            what = [{"room": "the room", "group": f"group {self.groups.get(slot.group_id or 0, '?')}",
                     "trainer": "the trainer"}[k] for k in kinds]
            busy = " and ".join(what) if len(what) < 3 else f"{what[0]}, {what[1]} and {what[2]}"
            verb = "is" if len(what) == 1 else "are"
            msg = f"{head}: {busy} {verb} already taken by {self._who(c.other, c.other_is_proposed)}"  # type: ignore[arg-type]
        elif c.kind == "capacity":
            cap = room.capacity if room else "?"
            msg = f"{head}: {slot.expected} people expected but the room holds {cap}"
        elif c.kind == "hours":
            span = f"{rules.fmt_min(room.opens_min)}–{rules.fmt_min(room.closes_min)}" if room else "?"
            msg = f"{head}: outside the room's opening hours ({span})"
        elif c.kind == "closed_day":
            msg = f"{head}: the room is closed on {rules.WEEKDAY_NAMES_EN[slot.day.weekday()]}s"
        elif c.kind == "out_of_service":
            until = f"{room.out_of_service_to:%d/%m/%Y}" if room and room.out_of_service_to else "further notice"
            since = f"{room.out_of_service_from:%d/%m/%Y}" if room and room.out_of_service_from else "?"
            msg = f"{head}: the room is out of service from {since} until {until}"
        else:
            msg = f"{head}: the end time must be after the start time"
        extra: dict[str, Any] = {"group": self.groups.get(slot.group_id or 0, ""), "expected": slot.expected}
        if c.other is not None:
            title, gcode, trainer = self.bookings.get(c.other.booking_id or 0, ("", "", ""))
            extra.update(other_start=rules.fmt_min(c.other.start_min), other_end=rules.fmt_min(c.other.end_min),
                         other_room=self.room_codes.get(c.other.room_id, ""))
            if c.other_is_proposed:
                extra["other_label"] = self.proposed_label(c.other)
            else:
                extra.update(other_booking=c.other.booking_id, other_group=gcode, other_trainer=trainer,
                             other_title="" if title in rules.PURPOSES else title)
        if room is not None:
            extra.update(capacity=room.capacity, opens=rules.fmt_min(room.opens_min),
                         closes=rules.fmt_min(room.closes_min), out_of_service_from=room.out_of_service_from,
                         out_of_service_to=room.out_of_service_to)
        return ClashInfo(slot.day, rules.fmt_min(slot.start_min), rules.fmt_min(slot.end_min), rcode, c.kind, msg,
                         **extra)


def check_slots(s: Session, proposed: Sequence[rules.Slot], *, exclude_bookings: Iterable[int] = (),
                exclude_occurrences: Iterable[int] = (),
                proposed_label: Callable[[rules.Slot], str] | None = None) -> list[ClashInfo]:
    """All clashes of the proposed slots, in slot order: room limits first, then overlaps."""
    return [info for _key, info in check_slots_keyed(s, proposed, exclude_bookings=exclude_bookings,
                                                     exclude_occurrences=exclude_occurrences,
                                                     proposed_label=proposed_label)]


def check_slots_keyed(s: Session, proposed: Sequence[rules.Slot], *, exclude_bookings: Iterable[int] = (),
                      exclude_occurrences: Iterable[int] = (),
                      proposed_label: Callable[[rules.Slot], str] | None = None
                      ) -> list[tuple[Any, ClashInfo]]:
    """Like :func:`check_slots`, each clash paired with the key of the proposed slot."""
    room_ids = {p.room_id for p in proposed}
    limits = {r.id: room_limits(r) for r in s.scalars(select(Room).where(Room.id.in_(room_ids)))}
    found: list[rules.Clash] = []
    for p in proposed:
        found.extend(rules.room_problems(p, limits[p.room_id]))
    existing = existing_slots(s, proposed, exclude_bookings=exclude_bookings,
                              exclude_occurrences=exclude_occurrences)
    found.extend(rules.find_overlaps(proposed, existing))
    if not found:
        return []
    order = {id(p): i for i, p in enumerate(proposed)}
    found.sort(key=lambda c: (order.get(id(c.slot), 0), c.kind))
    # One line per (occurrence, other occurrence): "the room and group X are already taken by …"
    merged: dict[tuple, rules.Clash] = {}
    for c in found:
        if c.kind in ("room", "group", "trainer") and c.other is not None:
            k = (id(c.slot), c.other.key, c.other_is_proposed)
            prev = merged.get(k)
            merged[k] = c if prev is None else rules.Clash(c.slot, f"{prev.kind}+{c.kind}", c.other, c.other_is_proposed)
        else:
            merged[(id(c), None, None)] = c
    found = sorted(merged.values(), key=lambda c: (order.get(id(c.slot), 0), c.kind))
    d = Describer(s, proposed_label)
    d.room_codes.update({rid: lim.code for rid, lim in limits.items()})
    d.load(found)
    return [(c.slot.key, d.info(c, limits.get(c.slot.room_id))) for c in found]


def _unavailable(r: Room, days: Sequence[dt.date]) -> tuple[tuple[int, str], ...]:
    lim = room_limits(r)
    out = []
    for i, d in enumerate(days):
        if lim.out_of_service_on(d):
            out.append((i, "out_of_service"))
        elif str(d.isoweekday()) not in lim.open_days:
            out.append((i, "closed"))
    return tuple(out)


BOOKING_LOCK = 7_007_007  # PostgreSQL advisory lock key of the booking writers


def serialise_bookings(s: Session) -> None:
    """Check-then-write must not race: SQLite writers already hold the database lock (BEGIN
    IMMEDIATE); on PostgreSQL two desks could both see a free slot, so booking writers queue on
    one transaction-scoped advisory lock."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": BOOKING_LOCK})


def _skipped_text(skipped: Iterable[tuple[dt.date, str]]) -> str:
    return "\n".join(f"{d.isoformat()} {why}" for d, why in skipped)


def _skipped_parse(text: str) -> tuple[tuple[dt.date, str], ...]:
    out = []
    for line in (text or "").splitlines():
        if line.strip():
            day, _, why = line.partition(" ")
            out.append((dt.date.fromisoformat(day), why))
    return tuple(out)


def _minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def _record_values(actor_label: str) -> dict[str, Any]:
    import uuid

    now = utcnow()
    return {"uuid": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1, "updated_by": actor_label}


class SpacesService(Service):
    # ------------------------------------------------------------------ structures
    def structures(self) -> list[StructureDTO]:
        self.require(Perm.SPACES_READ)
        with self.read() as s:
            counts = dict(s.execute(select(Room.structure_id, func.count()).group_by(Room.structure_id)).all())
            rows = s.execute(select(Structure, Hub.code).outerjoin(Hub, Hub.id == Structure.hub_id)
                             .order_by(Structure.kind, Structure.code)).all()
            return [self._structure_dto(st, hub_code, counts.get(st.id, 0)) for st, hub_code in rows]

    @staticmethod
    def _structure_dto(st: Structure, hub_code: str | None, rooms: int) -> StructureDTO:
        return StructureDTO(st.id, st.code, st.name_fr, st.name_ar, st.kind, st.shared_type, st.hub_id,
                            hub_code or "", st.requires_approval, st.manager, rooms, st.version)

    def save_structure(self, draft: StructureDraft, structure_id: int | None = None,
                       version: int | None = None) -> StructureDTO:
        self.require(Perm.SPACES_EDIT)
        code = draft.code.strip().upper()
        errors: list[tuple[str, str]] = []
        if not code:
            errors.append(("code", "The structure code is required"))
        if not draft.name_fr.strip():
            errors.append(("name_fr", "The French name is required"))
        if draft.kind not in ("hub", "shared"):
            errors.append(("kind", f"Kind must be 'hub' or 'shared', not '{draft.kind}'"))
        if draft.kind == "hub" and draft.hub_id is None:
            errors.append(("hub_id", "A sector hub structure must name its hub"))
        if draft.kind == "shared" and draft.shared_type not in rules.SHARED_TYPES:
            errors.append(("shared_type", f"Shared type must be one of {', '.join(rules.SHARED_TYPES)}"))
        if errors:
            raise ValidationError("; ".join(m for _, m in errors), errors=errors)
        with self.write() as s:
            clash = s.scalar(select(Structure.id).where(Structure.code == code))
            if clash is not None and clash != structure_id:
                raise ConflictError(f"A structure with code {code} already exists", code="duplicate")
            if structure_id is None:
                st = Structure(code=code)
                s.add(st)
            else:
                st = self.for_update(s, Structure, structure_id, version, "Structure")
                st.code = code
            st.name_fr, st.name_ar, st.kind = draft.name_fr.strip(), draft.name_ar.strip(), draft.kind
            st.shared_type = draft.shared_type if draft.kind == "shared" else None
            st.hub_id = draft.hub_id if draft.kind == "hub" else None
            st.requires_approval, st.manager = draft.requires_approval, draft.manager.strip()
            st.updated_by = self.actor.label
            s.flush()
            hub_code = s.scalar(select(Hub.code).where(Hub.id == st.hub_id)) if st.hub_id else ""
            rooms = s.scalar(select(func.count()).select_from(Room).where(Room.structure_id == st.id)) or 0
            return self._structure_dto(st, hub_code, rooms)

    def delete_structure(self, structure_id: int, version: int | None = None) -> str:
        """Remove a structure entered by mistake; returns its code. One that still holds rooms is
        refused: delete its rooms or move them to another structure first."""
        self.require(Perm.SPACES_EDIT)
        with self.write() as s:
            st = self.for_update(s, Structure, structure_id, version, "Structure")
            rooms = s.scalar(select(func.count()).select_from(Room).where(Room.structure_id == st.id)) or 0
            if rooms:
                raise ConflictError(f"Structure {st.code} still holds {rooms} room(s): delete them or move them "
                                    "to another structure first", code="in_use", rooms=rooms)
            code = st.code
            s.delete(st)
        log.info("structure %s deleted by %s", code, self.actor.label)
        return code

    def hubs(self) -> list[tuple[int, str]]:
        self.require(Perm.SPACES_READ)
        with self.read() as s:
            return [(i, f"{c} — {n}") for i, c, n in s.execute(select(Hub.id, Hub.code, Hub.name_fr).order_by(Hub.code))]

    # ------------------------------------------------------------------ rooms
    @staticmethod
    def _room_dto(r: Room, structure_code: str) -> RoomDTO:
        return RoomDTO(r.id, r.code, r.name, r.structure_id, structure_code, r.kind, r.capacity,
                       rules.equipment_tags(r.equipment), r.accessible, rules.to_time(r.opens_min),
                       rules.to_time(r.closes_min), r.open_days, r.out_of_service_from, r.out_of_service_to,
                       r.version)

    def search_rooms(self, text: str = "", structure_id: int | None = None) -> list[int]:
        """Room ids in code order (for the lazy table)."""
        self.require(Perm.SPACES_READ)
        stmt = select(Room.id).order_by(Room.code)
        if structure_id is not None:
            stmt = stmt.where(Room.structure_id == structure_id)
        terms = {t for t in (fold(text), text.strip().lower()) if t}
        if terms:  # the folded and the typed spelling: SQLite's lower() ignores accents
            conds = []
            for term in terms:
                like = f"%{term}%"
                conds += [func.lower(Room.code).like(like), func.lower(Room.name).like(like),
                          func.lower(Room.equipment).like(like), func.lower(Room.kind).like(like)]
            stmt = stmt.where(or_(*conds))
        with self.read() as s:
            return list(s.scalars(stmt))

    def room_rows(self, ids: Sequence[int]) -> dict[int, RoomDTO]:
        self.require(Perm.SPACES_READ)
        with self.read() as s:
            rows = s.execute(select(Room, Structure.code).join(Structure, Structure.id == Room.structure_id)
                             .where(Room.id.in_(list(ids))))
            return {r.id: self._room_dto(r, sc) for r, sc in rows}

    def rooms(self, structure_id: int | None = None) -> list[RoomDTO]:
        ids = self.search_rooms("", structure_id)
        rows = self.room_rows(ids)
        return [rows[i] for i in ids]

    def room_by_code(self, code: str) -> RoomDTO:
        self.require(Perm.SPACES_READ)
        with self.read() as s:
            row = s.execute(select(Room, Structure.code).join(Structure, Structure.id == Room.structure_id)
                            .where(func.upper(Room.code) == code.strip().upper())).first()
            if row is None:
                raise NotFound(f"No room has the code {code}")
            return self._room_dto(row[0], row[1])

    def save_room(self, draft: RoomDraft, room_id: int | None = None, version: int | None = None) -> RoomDTO:
        self.require(Perm.SPACES_EDIT)
        code = draft.code.strip().upper()
        errors: list[tuple[str, str]] = []
        if not code:
            errors.append(("code", "The room code is required"))
        if draft.kind not in rules.ROOM_KINDS:
            errors.append(("kind", f"Room kind must be one of {', '.join(rules.ROOM_KINDS)}"))
        if draft.capacity < 1:
            errors.append(("capacity", "Capacity must be at least 1"))
        if draft.closes <= draft.opens:
            errors.append(("closes", "The room must close after it opens"))
        if not draft.open_days or any(c not in "1234567" for c in draft.open_days):
            errors.append(("open_days", "Open days are ISO weekday digits, e.g. 123456 for Monday–Saturday"))
        if draft.out_of_service_to and not draft.out_of_service_from:
            errors.append(("out_of_service_from", "An out-of-service period needs a start date"))
        if draft.out_of_service_from and draft.out_of_service_to and draft.out_of_service_to < draft.out_of_service_from:
            errors.append(("out_of_service_to", "The out-of-service period ends before it starts"))
        if errors:
            raise ValidationError("; ".join(m for _, m in errors), errors=errors)
        with self.write() as s:
            structure_code = s.scalar(select(Structure.code).where(Structure.id == draft.structure_id))
            if structure_code is None:
                raise NotFound(f"Structure #{draft.structure_id} does not exist")
            clash = s.scalar(select(Room.id).where(Room.code == code))
            if clash is not None and clash != room_id:
                raise ConflictError(f"A room with code {code} already exists", code="duplicate")
            if room_id is None:
                r = Room(code=code)
                s.add(r)
            else:
                r = self.for_update(s, Room, room_id, version, "Room")
                r.code = code
            r.name, r.structure_id, r.kind, r.capacity = draft.name.strip(), draft.structure_id, draft.kind, draft.capacity
            r.equipment = ", ".join(rules.equipment_tags(draft.equipment))
            r.accessible = draft.accessible
            r.opens_min, r.closes_min = _minutes(draft.opens), _minutes(draft.closes)
            r.open_days = "".join(sorted(set(draft.open_days)))
            r.out_of_service_from, r.out_of_service_to = draft.out_of_service_from, draft.out_of_service_to
            r.updated_by = self.actor.label
            s.flush()
            return self._room_dto(r, structure_code)

    def delete_room(self, room_id: int, version: int | None = None) -> str:
        """Remove a room entered by mistake; returns its code. A room that was ever booked keeps
        its history (timetables, utilisation reports): put it out of service instead."""
        self.require(Perm.SPACES_EDIT)
        with self.write() as s:
            r = self.for_update(s, Room, room_id, version, "Room")
            bookings = s.scalar(select(func.count()).select_from(Booking).where(Booking.room_id == r.id)) or 0
            if bookings:
                raise ConflictError(f"Room {r.code} has {bookings} booking(s) in its history: put it out of "
                                    "service instead of deleting it", code="in_use", bookings=bookings)
            code = r.code
            s.delete(r)
        log.info("room %s deleted by %s", code, self.actor.label)
        return code

    # ------------------------------------------------------------------ pick lists
    def groups(self) -> list[tuple[int, str]]:
        """Groups of the current academic year (all groups when none is marked current)."""
        self.require(Perm.SPACES_READ)
        with self.read() as s:
            stmt = select(Group.id, Group.code).join(AcademicYear).order_by(Group.code)
            rows = s.execute(stmt.where(AcademicYear.current.is_(True))).all() or s.execute(stmt).all()
            return [(i, c) for i, c in rows]

    def trainers(self) -> list[str]:
        self.require(Perm.SPACES_READ)
        with self.read() as s:
            names = s.scalars(select(Booking.trainer).where(Booking.trainer != "").distinct())
            by_key = {rules.trainer_key(n): n for n in names}
            return [by_key[k] for k in sorted(by_key)]

    # ------------------------------------------------------------------ bookings
    def _validate_draft(self, draft: BookingDraft) -> None:
        errors: list[tuple[str, str]] = []
        if draft.purpose not in rules.PURPOSES:
            errors.append(("purpose", f"Purpose must be one of {', '.join(rules.PURPOSES)}"))
        if _minutes(draft.end) <= _minutes(draft.start):
            errors.append(("end", f"The end time {draft.end:%H:%M} must be after the start time {draft.start:%H:%M}"))
        if draft.weekly and draft.ends_on is None:
            errors.append(("ends_on", "A weekly series needs an end date"))
        if draft.weekly and draft.ends_on and draft.ends_on < draft.starts_on:
            errors.append(("ends_on", f"The series ends ({draft.ends_on:%d/%m/%Y}) before it starts "
                                      f"({draft.starts_on:%d/%m/%Y})"))
        if draft.weekly and draft.ends_on and (draft.ends_on - draft.starts_on).days > rules.MAX_SERIES_DAYS:
            errors.append(("ends_on", f"A series may span at most {rules.MAX_SERIES_DAYS} days"))
        if draft.group_id is None and not draft.organiser.strip() and not draft.trainer.strip():
            errors.append(("group_id", "Name the group, the organiser or the trainer of the booking"))
        if draft.expected is not None and draft.expected < 0:
            errors.append(("expected", "The number of people expected cannot be negative"))
        if errors:
            raise ValidationError("; ".join(m for _, m in errors), errors=errors)

    def _plan(self, s: Session, draft: BookingDraft, *, booking: Booking | None = None
              ) -> tuple[BookingPlan, list[rules.Slot], dict[dt.date, Occurrence]]:
        """Dates, skipped dates and clashes of a draft; for an edit, keep the exceptions of the
        series (cancelled or moved occurrences, keyed by the date the series generated)."""
        self._validate_draft(draft)
        room = s.get(Room, draft.room_id)
        if room is None:
            raise NotFound(f"Room #{draft.room_id} does not exist")
        if draft.group_id is not None and s.get(Group, draft.group_id) is None:
            raise NotFound(f"Group #{draft.group_id} does not exist")
        ends_on = draft.ends_on if draft.weekly and draft.ends_on else draft.starts_on
        weekday = draft.starts_on.isoweekday() if draft.weekly else None
        dates, skipped = rules.series_dates(draft.starts_on, ends_on, weekday,
                                            closed_days(s, draft.starts_on, ends_on))
        expected = draft.expected if draft.expected is not None else (
            group_headcount(s, [draft.group_id]).get(draft.group_id, 0) if draft.group_id else 0)
        tkey = rules.trainer_key(draft.trainer)
        start, end = _minutes(draft.start), _minutes(draft.end)
        exceptions: dict[dt.date, Occurrence] = {}
        if booking is not None:
            for o in s.scalars(select(Occurrence).where(Occurrence.booking_id == booking.id)):
                if o.state == "cancelled" or o.moved:
                    exceptions[o.original_day] = o
        slots = []
        for d in dates:
            exc = exceptions.get(d)
            if exc is not None and exc.state == "cancelled":
                continue
            if exc is not None:  # a moved occurrence keeps its new place and is checked there
                slots.append(rules.Slot(d, exc.day, exc.start_min, exc.end_min, exc.room_id, draft.group_id,
                                        tkey, expected))
            else:
                slots.append(rules.Slot(d, d, start, end, room.id, draft.group_id, tkey, expected))
        if not dates:
            what = ", ".join(f"{d:%d/%m/%Y} ({why})" for d, why in skipped)
            raise ValidationError(f"The booking has no date left to book: {what or 'empty date range'}",
                                  code="no_dates")
        clashes = check_slots(s, slots, exclude_bookings=[booking.id] if booking else ())
        status = "pending" if self._needs_approval(s, room) else "approved"
        plan = BookingPlan(tuple(dates), tuple(skipped), tuple(clashes), expected, status)
        return plan, slots, exceptions

    def _needs_approval(self, s: Session, room: Room) -> bool:
        requires = s.scalar(select(Structure.requires_approval).where(Structure.id == room.structure_id))
        return bool(requires) and not self.actor.can(Perm.BOOKINGS_APPROVE)

    def preview_booking(self, draft: BookingDraft, booking_id: int | None = None) -> BookingPlan:
        """The plan of a booking without saving it (the form shows dates, skips and clashes)."""
        self.require(Perm.BOOKINGS_EDIT)
        with self.read() as s:
            booking = s.get(Booking, booking_id) if booking_id else None
            return self._plan(s, draft, booking=booking)[0]

    def create_booking(self, draft: BookingDraft) -> BookingDTO:
        self.require(Perm.BOOKINGS_EDIT)
        with self.write() as s:
            serialise_bookings(s)
            plan, slots, _ = self._plan(s, draft)
            if plan.clashes:
                raise BookingConflict(plan.clashes)
            b = Booking(updated_by=self.actor.label)
            self._fill_booking(b, draft, plan)
            s.add(b)
            s.flush()
            self._write_occurrences(s, b, slots, {}, plan.status)
            return self._booking_dto(s, b)

    def update_booking(self, booking_id: int, draft: BookingDraft, version: int | None = None) -> BookingDTO:
        """Edit a booking or a whole series: every resulting occurrence is checked again."""
        self.require(Perm.BOOKINGS_EDIT)
        with self.write() as s:
            serialise_bookings(s)
            b = s.get(Booking, booking_id)
            if b is None:
                raise NotFound(f"Booking #{booking_id} does not exist")
            if version is not None and b.version != version:
                raise ConflictError(f"Booking #{booking_id} was changed at another desk; reload it", code="stale")
            if b.status in ("cancelled", "rejected"):
                raise ValidationError(f"Booking #{booking_id} is {b.status}; create a new one instead")
            plan, slots, exceptions = self._plan(s, draft, booking=b)
            if plan.clashes:
                raise BookingConflict(plan.clashes, what=f"The change to booking #{booking_id}")
            self._fill_booking(b, draft, plan)
            b.updated_by = self.actor.label
            s.execute(delete(Occurrence).where(Occurrence.booking_id == b.id))
            self._write_occurrences(s, b, slots, exceptions, plan.status)
            s.flush()
            return self._booking_dto(s, b)

    @staticmethod
    def _fill_booking(b: Booking, draft: BookingDraft, plan: BookingPlan) -> None:
        b.room_id, b.purpose, b.title = draft.room_id, draft.purpose, draft.title.strip()
        b.group_id, b.organiser, b.trainer = draft.group_id, draft.organiser.strip(), draft.trainer.strip()
        b.expected = plan.expected
        b.weekday = draft.starts_on.isoweekday() if draft.weekly else None
        b.starts_on = draft.starts_on
        b.ends_on = draft.ends_on if draft.weekly and draft.ends_on else draft.starts_on
        b.start_min, b.end_min = _minutes(draft.start), _minutes(draft.end)
        b.status, b.skipped, b.note = plan.status, _skipped_text(plan.skipped), draft.note.strip()

    def _write_occurrences(self, s: Session, b: Booking, slots: Sequence[rules.Slot],
                           exceptions: dict[dt.date, Occurrence], status: str) -> None:
        state = "active" if status == "approved" else "pending"
        rows = []
        for sl in slots:
            rows.append({**_record_values(self.actor.label), "booking_id": b.id, "room_id": sl.room_id,
                         "day": sl.day, "original_day": sl.key, "start_min": sl.start_min,
                         "end_min": sl.end_min, "group_id": b.group_id, "trainer_key": sl.trainer_key,
                         "state": state, "moved": sl.key in exceptions})
        series = set(self._series_dates(b)) if exceptions else set()
        for original, exc in exceptions.items():  # cancelled dates stay cancelled, visibly
            if exc.state == "cancelled" and original in series:
                rows.append({**_record_values(self.actor.label), "booking_id": b.id, "room_id": exc.room_id,
                             "day": exc.day, "original_day": original, "start_min": exc.start_min,
                             "end_min": exc.end_min, "group_id": b.group_id, "trainer_key": exc.trainer_key,
                             "state": "cancelled", "moved": exc.moved})
        if rows:
            s.connection().execute(Occurrence.__table__.insert(), rows)  # Core: a semester is hundreds of rows

    @staticmethod
    def _series_dates(b: Booking) -> list[dt.date]:
        return rules.series_dates(b.starts_on, b.ends_on, b.weekday, {})[0]

    def _booking_dto(self, s: Session, b: Booking) -> BookingDTO:
        room_code = s.scalar(select(Room.code).where(Room.id == b.room_id)) or ""
        gcode = s.scalar(select(Group.code).where(Group.id == b.group_id)) if b.group_id else ""
        n = s.scalar(select(func.count()).select_from(Occurrence)
                     .where(Occurrence.booking_id == b.id, Occurrence.state != "cancelled")) or 0
        return BookingDTO(b.id, b.room_id, room_code, b.purpose, b.title, b.group_id, gcode or "", b.organiser,
                          b.trainer, b.expected, b.weekday, b.starts_on, b.ends_on, rules.fmt_min(b.start_min),
                          rules.fmt_min(b.end_min), b.status, _skipped_parse(b.skipped), n, b.version)

    def booking(self, booking_id: int) -> BookingDTO:
        self.require(Perm.SPACES_READ)
        with self.read() as s:
            b = s.get(Booking, booking_id)
            if b is None:
                raise NotFound(f"Booking #{booking_id} does not exist")
            return self._booking_dto(s, b)

    def booking_draft(self, booking_id: int) -> BookingDraft:
        """The draft that reproduces a booking (the start of an edit)."""
        self.require(Perm.SPACES_READ)
        with self.read() as s:
            b = s.get(Booking, booking_id)
            if b is None:
                raise NotFound(f"Booking #{booking_id} does not exist")
            return BookingDraft(b.room_id, b.starts_on, rules.to_time(b.start_min), rules.to_time(b.end_min),
                                b.purpose, b.weekday is not None, b.ends_on, b.group_id, b.organiser, b.trainer,
                                b.expected, b.title, b.note)

    def cancel_booking(self, booking_id: int) -> BookingDTO:
        self.require(Perm.BOOKINGS_EDIT)
        with self.write() as s:
            b = s.get(Booking, booking_id)
            if b is None:
                raise NotFound(f"Booking #{booking_id} does not exist")
            b.status, b.updated_by = "cancelled", self.actor.label
            s.execute(update(Occurrence).where(Occurrence.booking_id == b.id)
                      .values(state="cancelled", updated_by=self.actor.label, updated_at=utcnow(),
                              version=Occurrence.version + 1))
            s.flush()
            return self._booking_dto(s, b)

    def cancel_occurrence(self, occurrence_id: int) -> OccurrenceDTO:
        """Cancel one date of a series; the rest of the series is untouched."""
        self.require(Perm.BOOKINGS_EDIT)
        with self.write() as s:
            o = s.get(Occurrence, occurrence_id)
            if o is None:
                raise NotFound(f"Occurrence #{occurrence_id} does not exist")
            o.state, o.updated_by = "cancelled", self.actor.label
            s.flush()
            return self._occurrences(s, [o.id])[0]

    def move_occurrence(self, occurrence_id: int, day: dt.date, start: dt.time, end: dt.time,
                        room_id: int | None = None) -> OccurrenceDTO:
        """Move one date of a series to another day, time or room; the moved date is re-checked."""
        self.require(Perm.BOOKINGS_EDIT)
        with self.write() as s:
            serialise_bookings(s)
            o = s.get(Occurrence, occurrence_id)
            if o is None:
                raise NotFound(f"Occurrence #{occurrence_id} does not exist")
            if o.state == "cancelled":
                raise ValidationError(f"Occurrence #{occurrence_id} is cancelled; it cannot be moved")
            b = s.get(Booking, o.booking_id)
            assert b is not None
            target_room = room_id or o.room_id
            if s.get(Room, target_room) is None:
                raise NotFound(f"Room #{target_room} does not exist")
            closed = closed_days(s, day, day)
            if day in closed:
                raise ValidationError(f"{day:%d/%m/%Y} is a closed day: {closed[day]}", code="closed_day")
            slot = rules.Slot(o.original_day, day, _minutes(start), _minutes(end), target_room, b.group_id,
                              o.trainer_key, b.expected)
            clashes = check_slots(s, [slot], exclude_occurrences=[o.id])
            if clashes:
                raise BookingConflict(clashes, what=f"The move of occurrence #{occurrence_id}")
            o.day, o.start_min, o.end_min, o.room_id = day, slot.start_min, slot.end_min, target_room
            o.moved, o.updated_by = True, self.actor.label
            s.flush()
            return self._occurrences(s, [o.id])[0]

    def pending(self) -> list[BookingDTO]:
        self.require(Perm.BOOKINGS_APPROVE)
        with self.read() as s:
            return [self._booking_dto(s, b) for b in s.scalars(
                select(Booking).where(Booking.status == "pending").order_by(Booking.starts_on, Booking.id))]

    def approve(self, booking_id: int) -> BookingDTO:
        """Approve a pending request; it is checked again against what was accepted meanwhile."""
        self.require(Perm.BOOKINGS_APPROVE)
        with self.write() as s:
            serialise_bookings(s)
            b = s.get(Booking, booking_id)
            if b is None:
                raise NotFound(f"Booking #{booking_id} does not exist")
            if b.status != "pending":
                raise ValidationError(f"Booking #{booking_id} is {b.status}, not pending")
            occ = list(s.scalars(select(Occurrence).where(Occurrence.booking_id == b.id,
                                                          Occurrence.state == "pending")))
            slots = [rules.Slot(o.id, o.day, o.start_min, o.end_min, o.room_id, o.group_id, o.trainer_key,
                                b.expected) for o in occ]
            clashes = check_slots(s, slots, exclude_bookings=[b.id])
            if clashes:
                raise BookingConflict(clashes, what=f"Booking #{booking_id}")
            for o in occ:
                o.state = "active"
            b.status, b.updated_by = "approved", self.actor.label
            s.flush()
            return self._booking_dto(s, b)

    def reject(self, booking_id: int, reason: str = "") -> BookingDTO:
        self.require(Perm.BOOKINGS_APPROVE)
        with self.write() as s:
            b = s.get(Booking, booking_id)
            if b is None or b.status != "pending":
                raise ValidationError(f"Booking #{booking_id} is not a pending request")
            b.status, b.updated_by = "rejected", self.actor.label
            if reason.strip():
                b.note = (b.note + "\n" if b.note else "") + f"Rejected: {reason.strip()}"
            s.execute(update(Occurrence).where(Occurrence.booking_id == b.id)
                      .values(state="cancelled", version=Occurrence.version + 1))
            s.flush()
            return self._booking_dto(s, b)

    # ------------------------------------------------------------------ reading occurrences
    def _occurrences(self, s: Session, ids: Sequence[int] | None = None, *, where: Sequence[Any] = ()
                     ) -> list[OccurrenceDTO]:
        stmt = (select(Occurrence.id, Occurrence.booking_id, Occurrence.day, Occurrence.start_min,
                       Occurrence.end_min, Occurrence.room_id, Room.code, Group.code, Booking.trainer,
                       Booking.title, Booking.purpose, Occurrence.state, Occurrence.moved)
                .join(Booking, Booking.id == Occurrence.booking_id)
                .join(Room, Room.id == Occurrence.room_id)
                .outerjoin(Group, Group.id == Occurrence.group_id))
        if ids is not None:
            stmt = stmt.where(Occurrence.id.in_(list(ids)))
        stmt = stmt.where(*where).order_by(Occurrence.day, Occurrence.start_min, Room.code)
        return [OccurrenceDTO(i, b, d, st, en, rid, rc, gc or "", tr or "", ti or "", pu, state, mv)
                for i, b, d, st, en, rid, rc, gc, tr, ti, pu, state, mv in s.execute(stmt)]

    def occurrences(self, *, booking_id: int | None = None, room_id: int | None = None,
                    group_id: int | None = None, trainer: str | None = None, date_from: dt.date | None = None,
                    date_to: dt.date | None = None, include_cancelled: bool = False) -> list[OccurrenceDTO]:
        self.require(Perm.SPACES_READ)
        where: list[Any] = []
        if booking_id is not None:
            where.append(Occurrence.booking_id == booking_id)
        if room_id is not None:
            where.append(Occurrence.room_id == room_id)
        if group_id is not None:
            where.append(Occurrence.group_id == group_id)
        if trainer:
            where.append(Occurrence.trainer_key == rules.trainer_key(trainer))
        if date_from:
            where.append(Occurrence.day >= date_from)
        if date_to:
            where.append(Occurrence.day <= date_to)
        if not include_cancelled:
            where.append(Occurrence.state != "cancelled")
        with self.read() as s:
            return self._occurrences(s, where=where)

    def week(self, kind: str, key: int | str, any_day: dt.date, *, days: int = 6) -> WeekView:
        """A week (Monday to Saturday by default). ``kind``: structure (one lane per room, side by
        side), room, group or trainer (one lane)."""
        self.require(Perm.SPACES_READ)
        monday = rules.monday_of(any_day)
        week_days = tuple(monday + dt.timedelta(days=i) for i in range(days))
        where: list[Any] = [Occurrence.day.between(week_days[0], week_days[-1]), Occurrence.state != "cancelled"]
        with self.read() as s:
            if kind == "structure":
                st = s.get(Structure, int(key))
                if st is None:
                    raise NotFound(f"Structure #{key} does not exist")
                room_objs = list(s.scalars(select(Room).where(Room.structure_id == st.id).order_by(Room.code)))
                lanes = tuple(WeekLane(r.id, r.code, f"{r.kind} · {r.capacity}", _unavailable(r, week_days))
                              for r in room_objs)
                lane_of = {r.id: i for i, r in enumerate(room_objs)}
                where.append(Occurrence.room_id.in_(list(lane_of)))
                title = f"{st.code} — {st.name_fr}"
                span = (min((r.opens_min for r in room_objs), default=8 * 60),
                        max((r.closes_min for r in room_objs), default=19 * 60))
            elif kind == "room":
                r = s.get(Room, int(key))
                if r is None:
                    raise NotFound(f"Room #{key} does not exist")
                lanes, lane_of = (WeekLane(r.id, r.code, f"{r.kind} · {r.capacity}", _unavailable(r, week_days)),), None
                where.append(Occurrence.room_id == r.id)
                title, span = f"{r.code} {r.name}".strip(), (r.opens_min, r.closes_min)
            elif kind == "group":
                g = s.get(Group, int(key))
                if g is None:
                    raise NotFound(f"Group #{key} does not exist")
                lanes, lane_of = (WeekLane(g.id, g.code),), None
                where.append(Occurrence.group_id == g.id)
                title, span = g.code, (8 * 60, 19 * 60)
            elif kind == "trainer":
                lanes, lane_of = (WeekLane(str(key), str(key)),), None
                where.append(Occurrence.trainer_key == rules.trainer_key(str(key)))
                title, span = str(key), (8 * 60, 19 * 60)
            else:
                raise ValidationError(f"Unknown week view kind '{kind}' (structure, room, group, trainer)")
            occ = self._occurrences(s, where=where)
            closed = closed_days(s, week_days[0], week_days[-1])
        entries = []
        for o in occ:
            lane = lane_of.get(o.room_id, 0) if lane_of is not None else 0
            entries.append((lane, (o.day - monday).days, o))
        lo = min([span[0]] + [o.start_min for o in occ])
        hi = max([span[1]] + [o.end_min for o in occ])
        return WeekView(kind, title, monday, week_days, lanes, tuple(entries), tuple(sorted(closed.items())),
                        lo, hi)

    def free_rooms(self, day: dt.date, start: dt.time, end: dt.time, *, min_capacity: int = 0,
                   equipment: str = "", structure_id: int | None = None, accessible: bool | None = None
                   ) -> list[FreeRoom]:
        """Rooms open, in service, big enough and equipped, with nothing accepted in the slot."""
        self.require(Perm.SPACES_READ)
        lo, hi = _minutes(start), _minutes(end)
        if hi <= lo:
            raise ValidationError(f"The end time {end:%H:%M} must be after the start time {start:%H:%M}")
        wanted = rules.equipment_tags(equipment)
        with self.read() as s:
            if day in closed_days(s, day, day):
                return []
            busy = select(Occurrence.room_id).where(Occurrence.day == day, Occurrence.state.in_(CHECKED),
                                                    Occurrence.start_min < hi, Occurrence.end_min > lo)
            stmt = (select(Room, Structure.code).join(Structure, Structure.id == Room.structure_id)
                    .where(Room.capacity >= min_capacity, Room.opens_min <= lo, Room.closes_min >= hi,
                           Room.open_days.contains(str(day.isoweekday())), Room.id.not_in(busy))
                    .order_by(Room.capacity, Room.code))
            if structure_id is not None:
                stmt = stmt.where(Room.structure_id == structure_id)
            if accessible:
                stmt = stmt.where(Room.accessible.is_(True))
            out = []
            for r, sc in s.execute(stmt):
                lim = room_limits(r)
                if lim.out_of_service_on(day):
                    continue
                tags = rules.equipment_tags(r.equipment)
                if not rules.has_equipment(tags, wanted):
                    continue
                out.append(FreeRoom(r.id, r.code, sc, r.kind, r.capacity, tags, r.accessible))
            return out

    # ------------------------------------------------------------------ utilisation
    def utilisation(self, date_from: dt.date, date_to: dt.date) -> list[UtilisationRow]:
        """Booked hours against available hours per room, then per structure and per hub.

        Available = opening hours × the room's open days in the period, minus holidays and
        closures and its out-of-service days. Booked = union of accepted occurrences (hours).
        """
        self.require(Perm.REPORTS_READ)
        if date_to < date_from:
            raise ValidationError("The period ends before it starts")
        with self.read() as s:
            closed = closed_days(s, date_from, date_to)
            rooms = s.execute(select(Room, Structure.code, Structure.name_fr, Hub.code)
                              .join(Structure, Structure.id == Room.structure_id)
                              .outerjoin(Hub, Hub.id == Structure.hub_id).order_by(Room.code)).all()
            intervals: dict[tuple[int, dt.date], list[tuple[int, int]]] = defaultdict(list)
            for rid, day, st, en in s.execute(select(Occurrence.room_id, Occurrence.day, Occurrence.start_min,
                                                     Occurrence.end_min)
                                              .where(Occurrence.day.between(date_from, date_to),
                                                     Occurrence.state == "active")):
                intervals[(rid, day)].append((st, en))
        booked_by_room: dict[int, int] = defaultdict(int)
        for (rid, _day), iv in intervals.items():
            booked_by_room[rid] += rules.booked_minutes(iv)
        days = [date_from + dt.timedelta(days=i) for i in range((date_to - date_from).days + 1)]
        out: list[UtilisationRow] = []
        agg: dict[tuple[str, str], list[float]] = {}
        labels: dict[tuple[str, str], tuple[str, str, str]] = {}
        for r, scode, sname, hcode in rooms:
            lim = room_limits(r)
            avail = sum(lim.closes_min - lim.opens_min for d in days
                        if d not in closed and str(d.isoweekday()) in lim.open_days and not lim.out_of_service_on(d))
            booked = booked_by_room.get(r.id, 0)
            out.append(UtilisationRow("room", r.code, r.name or r.kind, scode, hcode or "", avail / 60, booked / 60))
            for level, code, label in (("structure", scode, sname), ("hub", hcode or "", hcode or "")):
                if level == "hub" and not code:
                    continue
                a = agg.setdefault((level, code), [0.0, 0.0])
                a[0] += avail / 60
                a[1] += booked / 60
                labels[(level, code)] = (label, scode if level == "structure" else "", code if level == "hub" else hcode or "")
        for (level, code), (avail_h, booked_h) in sorted(agg.items(), key=lambda kv: (kv[0][0] != "structure", kv[0][1])):
            label, scode, hcode = labels[(level, code)]
            out.append(UtilisationRow(level, code, label, scode, hcode, avail_h, booked_h))
        return out

    def now_in_use(self) -> tuple[int, int, float]:
        """(rooms in use now, rooms open today, today's utilisation 0..1) for the dashboard."""
        self.require(Perm.SPACES_READ)
        from cmc_desktop.clock import CITY_TZ

        local = self.ctx.clock.now().astimezone(CITY_TZ)
        today, minute = local.date(), local.hour * 60 + local.minute
        with self.read() as s:
            in_use = s.scalar(select(func.count(func.distinct(Occurrence.room_id)))
                              .where(Occurrence.day == today, Occurrence.state == "active",
                                     Occurrence.start_min <= minute, Occurrence.end_min > minute)) or 0
            if today in closed_days(s, today, today):
                return in_use, 0, 0.0
            rooms = s.execute(select(Room.id, Room.opens_min, Room.closes_min, Room.open_days,
                                     Room.out_of_service_from, Room.out_of_service_to)).all()
            intervals: dict[int, list[tuple[int, int]]] = defaultdict(list)
            for rid, st, en in s.execute(select(Occurrence.room_id, Occurrence.start_min, Occurrence.end_min)
                                         .where(Occurrence.day == today, Occurrence.state == "active")):
                intervals[rid].append((st, en))
        open_rooms = 0
        avail = booked = 0
        for rid, op_, cl, days, oos_f, oos_t in rooms:
            lim = rules.RoomLimits(rid, "", 0, op_, cl, days, oos_f, oos_t)
            if str(today.isoweekday()) not in days or lim.out_of_service_on(today):
                continue
            open_rooms += 1
            avail += cl - op_
            booked += rules.booked_minutes(intervals.get(rid, []))
        return in_use, open_rooms, (booked / avail if avail else 0.0)

    # ------------------------------------------------------------------ exports
    def export_rooms(self, path: str) -> int:
        self.require(Perm.SPACES_READ)
        from cmc_desktop.excel.writer import write_table

        rooms = self.rooms()
        write_table(path, ["Code", "Nom", "Structure", "Type", "Capacité", "Équipement", "Accessible",
                           "Ouverture", "Fermeture", "Jours", "Hors service du", "Hors service au"],
                    [(r.code, r.name, r.structure_code, r.kind, r.capacity, r.equipment_text,
                      "oui" if r.accessible else "non", r.opens.strftime("%H:%M"), r.closes.strftime("%H:%M"),
                      r.open_days, r.out_of_service_from, r.out_of_service_to) for r in rooms],
                    sheet_title="Salles", total=len(rooms))
        return len(rooms)

    def export_bookings(self, path: str) -> int:
        self.require(Perm.SPACES_READ)
        from cmc_desktop.excel.writer import write_table

        with self.read() as s:
            bookings = [self._booking_dto(s, b) for b in s.scalars(select(Booking).order_by(Booking.starts_on, Booking.id))]
        write_table(path, ["N°", "Salle", "Objet", "Intitulé", "Groupe", "Organisateur", "Formateur", "Effectif",
                           "Jour", "Début", "Fin", "Du", "Au", "Statut", "Occurrences", "Dates sautées"],
                    [(b.id, b.room_code, b.purpose, b.title, b.group_code, b.organiser, b.trainer, b.expected,
                      rules.WEEKDAY_NAMES_FR[b.weekday - 1] if b.weekday else "", b.start, b.end, b.starts_on,
                      b.ends_on, b.status, b.occurrences,
                      "; ".join(f"{d:%d/%m/%Y} {why}" for d, why in b.skipped)) for b in bookings],
                    sheet_title="Réservations", total=len(bookings))
        return len(bookings)

    # ------------------------------------------------------------------ import
    def import_timetable(self, path: str, *, dry_run: bool = False, progress: Any = None,
                         cancel: Any = None) -> Any:
        """Weekly series from a spreadsheet, all-or-nothing (see ``timetable_import``)."""
        from cmc_desktop.progress import NEVER, NULL_PROGRESS
        from cmc_desktop.spaces.timetable_import import import_timetable

        self.require(Perm.BOOKINGS_EDIT)
        return import_timetable(self, path, dry_run=dry_run, progress=progress or NULL_PROGRESS,
                                cancel=cancel or NEVER)
