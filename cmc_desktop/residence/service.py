"""Residence use cases: inventory, applications, allocation, check-in/out, moves, leaves.

Each public method checks its permission first and runs in one transaction; a refusal raises
before anything is flushed, so nothing is written. The database's partial unique indexes back
the two "never" rules (one active bed per trainee, one trainee per bed) if two desks race.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cmc_desktop.db.models import AcademicYear, Group, Programme, Region, Setting, Trainee
from cmc_desktop.db.models.residence import (
    Application,
    Bed,
    BedMove,
    Building,
    Leave,
    Room,
    Stay,
)
from cmc_desktop.errors import ConflictError, NotFound, ValidationError
from cmc_desktop.residence import rules
from cmc_desktop.residence.dto import (
    AllocationOutcome,
    ApplicationDetail,
    ApplicationRow,
    BedCell,
    BedHistoryLine,
    BuildingInfo,
    CertificateData,
    DecisionRow,
    LeaveInfo,
    OccupancyLine,
    OccupancyReport,
    ResidentRow,
    RoomCell,
    ScoreLine,
    StayInfo,
)
from cmc_desktop.security.permissions import Perm
from cmc_desktop.services import Service

WEIGHTS_KEY = "residence.weights"
MINORS_KEY = "residence.minors_with_minors"
DEPOSIT_KEY = "residence.deposit_mad"
TARGET_KEY = "residence.target_share"
DEFAULT_DEPOSIT = 500
DEFAULT_TARGET = 0.16
CHECKLIST = ("bed", "mattress", "wardrobe", "desk", "chair", "window", "door and lock", "walls", "lamp")
CONDITIONS = ("good", "worn", "damaged", "missing")
DISPUTE_HOURS = 24
ACTIVE_APPLICATION = ("pending", "housed", "waitlisted")


def _name(t: Trainee) -> str:
    return f"{t.last_name} {t.first_name}"


def _bed_label(building_code: str, room_code: str, bed_label: str) -> str:
    return f"{building_code}-{room_code}-{bed_label}"


def _room_label(building_code: str, room_code: str) -> str:
    return f"{building_code}-{room_code}"


class ResidenceService(Service):
    # =========================================================================================
    # Settings: weights and the minors rule (shown to the manager, editable)
    # =========================================================================================

    def weights(self) -> dict[str, float]:
        self.require(Perm.RESIDENCE_READ)
        with self.read() as s:
            return _weights(s)

    def minors_with_minors(self) -> bool:
        self.require(Perm.RESIDENCE_READ)
        with self.read() as s:
            return _minors_rule(s)

    def set_weights(self, values: Mapping[str, Any]) -> dict[str, float]:
        """Change some weights (others keep their value); scores are recomputed at the next run."""
        self.require(Perm.RESIDENCE_EDIT)
        with self.write() as s:
            current = _weights(s)
            current.update(values)
            try:
                checked = rules.validate_weights(current)
            except ValueError as exc:
                raise ValidationError(str(exc), code="residence.weight") from None
            _put_setting(s, WEIGHTS_KEY, json.dumps(checked, sort_keys=True))
            return checked

    def set_minors_with_minors(self, enabled: bool) -> None:
        self.require(Perm.RESIDENCE_EDIT)
        with self.write() as s:
            _put_setting(s, MINORS_KEY, "1" if enabled else "0")

    # =========================================================================================
    # Inventory
    # =========================================================================================

    def buildings(self) -> list[BuildingInfo]:
        self.require(Perm.RESIDENCE_READ)
        with self.read() as s:
            rooms = dict(s.execute(select(Room.building_id, func.count()).group_by(Room.building_id)).all())
            beds = dict(s.execute(select(Room.building_id, func.count(Bed.id)).join(Bed, Bed.room_id == Room.id)
                                  .group_by(Room.building_id)).all())
            return [BuildingInfo(b.id, b.code, b.name, b.name_ar, b.sex, b.floors, rooms.get(b.id, 0),
                                 beds.get(b.id, 0))
                    for b in s.scalars(select(Building).order_by(Building.code))]

    def add_building(self, code: str, name: str, sex: str, floors: int, *, name_ar: str = "") -> BuildingInfo:
        self.require(Perm.RESIDENCE_EDIT)
        code = (code or "").strip().upper()
        if not code or len(code) > 16:
            raise ValidationError("Building code is required (at most 16 characters)", code="residence.field")
        if sex not in ("H", "F"):
            raise ValidationError(f"Building sex must be H or F, got '{sex}'", code="residence.field")
        if not 1 <= int(floors) <= 20:
            raise ValidationError(f"Floors must be between 1 and 20, got {floors}", code="residence.field")
        with self.write() as s:
            if s.scalar(select(Building.id).where(Building.code == code)):
                raise ConflictError(f"Building {code} already exists", code="residence.exists")
            b = Building(code=code, name=name.strip() or code, name_ar=name_ar, sex=sex, floors=int(floors))
            s.add(b)
            s.flush()
            return BuildingInfo(b.id, b.code, b.name, b.name_ar, b.sex, b.floors, 0, 0)

    def add_room(self, building_code: str, code: str, floor: int, capacity: int, *,
                 accessible: bool = False) -> RoomCell:
        """A room and its beds (A, B, C, D)."""
        self.require(Perm.RESIDENCE_EDIT)
        if not 1 <= int(capacity) <= 4:
            raise ValidationError(f"A room has 1 to 4 beds, got {capacity}", code="residence.field")
        code = (code or "").strip().upper()
        if not code:
            raise ValidationError("Room code is required", code="residence.field")
        with self.write() as s:
            b = s.scalar(select(Building).where(Building.code == building_code.strip().upper()))
            if b is None:
                raise NotFound(f"No building with code {building_code}", code="residence.not_found")
            if not 0 <= int(floor) < b.floors:
                raise ValidationError(f"Building {b.code} has floors 0 to {b.floors - 1}, got {floor}",
                                      code="residence.field")
            if s.scalar(select(Room.id).where(Room.building_id == b.id, Room.code == code)):
                raise ConflictError(f"Room {b.code}-{code} already exists", code="residence.exists")
            room = Room(building=b, code=code, floor=int(floor), capacity=int(capacity), accessible=accessible)
            s.add(room)
            s.flush()
            for label in "ABCD"[: int(capacity)]:
                s.add(Bed(room_id=room.id, label=label))
            s.flush()
            return _board(s, self.ctx.clock.today(), room_ids=[room.id])[0]

    def set_room_status(self, room_id: int, status: str) -> None:
        """Put a room under maintenance (refused while someone lives in it) or back in service."""
        self.require(Perm.RESIDENCE_EDIT)
        if status not in ("available", "maintenance"):
            raise ValidationError(f"Room status must be available or maintenance, got '{status}'",
                                  code="residence.field")
        with self.write() as s:
            room = s.get(Room, room_id)
            if room is None:
                raise NotFound(f"No room with id {room_id}", code="residence.not_found")
            if status == "maintenance":
                busy = s.scalar(select(func.count()).select_from(Stay).join(Bed, Bed.id == Stay.bed_id)
                                .where(Bed.room_id == room_id, Stay.check_out.is_(None)))
                if busy:
                    raise ConflictError(f"Room {room.building.code}-{room.code} has {busy} resident(s); "
                                        "move them before putting it under maintenance", code="residence.busy")
            room.status = status

    def set_bed_status(self, bed_id: int, status: str) -> None:
        self.require(Perm.RESIDENCE_EDIT)
        if status not in ("available", "maintenance"):
            raise ValidationError(f"Bed status must be available or maintenance, got '{status}'",
                                  code="residence.field")
        with self.write() as s:
            bed = s.get(Bed, bed_id)
            if bed is None:
                raise NotFound(f"No bed with id {bed_id}", code="residence.not_found")
            if status == "maintenance" and s.scalar(select(Stay.id).where(Stay.bed_id == bed_id,
                                                                           Stay.check_out.is_(None))):
                raise ConflictError(f"Bed {_bed_label(bed.room.building.code, bed.room.code, bed.label)} "
                                    "is occupied; move the resident first", code="residence.busy")
            bed.status = status

    def board(self, *, building_id: int | None = None, floor: int | None = None,
              day: dt.date | None = None) -> list[RoomCell]:
        """Rooms with their beds coloured by state, for the room board."""
        self.require(Perm.RESIDENCE_READ)
        with self.read() as s:
            return _board(s, day or self.ctx.clock.today(), building_id=building_id, floor=floor)

    def find_bed(self, label: str) -> int:
        """The id of a bed from its label, e.g. ``A-104-B`` (building, room, bed)."""
        self.require(Perm.RESIDENCE_READ)
        parts = (label or "").strip().upper().split("-")
        if len(parts) < 3:
            raise ValidationError(f"A bed is written BUILDING-ROOM-BED, e.g. A-104-B; got '{label}'",
                                  code="residence.field")
        building, room, bed = parts[0], "-".join(parts[1:-1]), parts[-1]
        with self.read() as s:
            bid = s.scalar(select(Bed.id).join(Room, Room.id == Bed.room_id).join(Building, Building.id == Room.building_id)
                           .where(Building.code == building, Room.code == room, Bed.label == bed))
            if bid is None:
                raise NotFound(f"No bed {label} in the residence", code="residence.not_found")
            return bid

    def floors(self, building_id: int | None = None) -> list[int]:
        self.require(Perm.RESIDENCE_READ)
        with self.read() as s:
            q = select(Room.floor).distinct().order_by(Room.floor)
            if building_id is not None:
                q = q.where(Room.building_id == building_id)
            return list(s.scalars(q))

    def bed_history(self, bed_id: int) -> list[BedHistoryLine]:
        """Every stay and move of a bed, newest first."""
        self.require(Perm.RESIDENCE_READ)
        with self.read() as s:
            out: list[BedHistoryLine] = []
            for stay, t in s.execute(select(Stay, Trainee).join(Trainee, Trainee.id == Stay.trainee_id)
                                     .where(Stay.bed_id == bed_id)):
                out.append(BedHistoryLine(stay.check_in, "check_in", _name(t), stay.key_code or ""))
                if stay.check_out and stay.end_reason != "move":
                    out.append(BedHistoryLine(stay.check_out, "check_out", _name(t),
                                              f"{stay.damages_mad} MAD" if stay.damages_mad else ""))
            for mv, t in s.execute(select(BedMove, Trainee).join(Trainee, Trainee.id == BedMove.trainee_id)
                                   .where(or_(BedMove.from_bed_id == bed_id, BedMove.to_bed_id == bed_id))):
                kind = "move_out" if mv.from_bed_id == bed_id else "move_in"
                other = s.get(Bed, mv.to_bed_id if kind == "move_out" else mv.from_bed_id)
                label = _bed_label(other.room.building.code, other.room.code, other.label) if other else ""
                out.append(BedHistoryLine(mv.moved_on, kind, _name(t), f"{label} {mv.reason}".strip()))
            out.sort(key=lambda h: (h.day, h.kind), reverse=True)
            return out

    # =========================================================================================
    # Applications
    # =========================================================================================

    def apply(self, matricule: str, *, year: str | None = None, distance_km: float | None = None,
              remote: bool | None = None, social_score: int = 0, accessibility_need: bool = False,
              roommate: str | None = None, submitted_on: dt.date | None = None) -> ApplicationRow:
        """A trainee's application; distance, remote flag, minor status and year of study come
        from the registry unless given."""
        self.require(Perm.RESIDENCE_EDIT)
        if not 0 <= int(social_score) <= 10:
            raise ValidationError(f"The social-situation score is 0 to 10, got {social_score}",
                                  code="residence.field")
        if distance_km is not None and not 0 <= float(distance_km) <= 3000:
            raise ValidationError(f"Distance must be between 0 and 3000 km, got {distance_km}",
                                  code="residence.field")
        with self.write() as s:
            ay = _year(s, year)
            t = _trainee(s, matricule)
            if t.current_status not in (None, "active"):
                raise ConflictError(f"Trainee {t.matricule} is {t.current_status}; only active trainees may apply",
                                    code="residence.inactive")
            if s.scalar(select(Application.id).where(Application.trainee_id == t.id,
                                                     Application.academic_year_id == ay.id)):
                raise ConflictError(f"Trainee {t.matricule} already applied for {ay.code}", code="residence.exists")
            mate_id = None
            if roommate:
                mate = _trainee(s, roommate)
                if mate.id == t.id:
                    raise ValidationError("A trainee cannot request themself as roommate", code="residence.field")
                if mate.sex != t.sex:
                    raise ValidationError(f"Roommate {mate.matricule} is housed in the other wing (sex {mate.sex})",
                                          code="residence.field")
                mate_id = mate.id
            group = s.get(Group, t.current_group_id) if t.current_group_id else None
            today = self.ctx.clock.today()
            app = Application(
                trainee_id=t.id, academic_year_id=ay.id, submitted_on=submitted_on or today,
                distance_km=float(t.distance_km or 0.0) if distance_km is None else float(distance_km),
                remote=bool(t.remote_area) if remote is None else bool(remote), social_score=int(social_score),
                minor=_is_minor(t.birth_date, today), accessibility_need=bool(accessibility_need),
                year_of_study=group.year_of_study if group else 1, roommate_trainee_id=mate_id, status="pending",
            )
            app.score = rules.score(_applicant(app, t, group), _weights(s))
            s.add(app)
            s.flush()
            return _app_rows(s, [app.id])[app.id]

    def edit_application(self, application_id: int, *, distance_km: float | None = None,
                         remote: bool | None = None, social_score: int | None = None,
                         accessibility_need: bool | None = None, roommate: str | None = None) -> ApplicationRow:
        """Correct what the registry gave (distance, remote flag) or the manager assessed; the
        score is recomputed now, the rank at the next allocation run."""
        self.require(Perm.RESIDENCE_EDIT)
        if social_score is not None and not 0 <= int(social_score) <= 10:
            raise ValidationError(f"The social-situation score is 0 to 10, got {social_score}",
                                  code="residence.field")
        if distance_km is not None and not 0 <= float(distance_km) <= 3000:
            raise ValidationError(f"Distance must be between 0 and 3000 km, got {distance_km}",
                                  code="residence.field")
        with self.write() as s:
            app = _application(s, application_id)
            if app.status == "withdrawn":
                raise ConflictError("This application was withdrawn; record a new one", code="residence.withdrawn")
            t = s.get(Trainee, app.trainee_id)
            if distance_km is not None:
                app.distance_km = float(distance_km)
            if remote is not None:
                app.remote = bool(remote)
            if social_score is not None:
                app.social_score = int(social_score)
            if accessibility_need is not None:
                app.accessibility_need = bool(accessibility_need)
            if roommate is not None:
                if roommate.strip() == "":
                    app.roommate_trainee_id = None
                else:
                    mate = _trainee(s, roommate)
                    if mate.id == t.id or mate.sex != t.sex:
                        raise ValidationError(f"Trainee {mate.matricule} cannot be this trainee's roommate",
                                              code="residence.field")
                    app.roommate_trainee_id = mate.id
            group = s.get(Group, t.current_group_id) if t.current_group_id else None
            app.score = rules.score(_applicant(app, t, group), _weights(s))
            s.flush()
            return _app_rows(s, [app.id])[app.id]

    def withdraw(self, application_id: int) -> None:
        """The trainee no longer wants a bed; a bed promised but not yet taken is freed."""
        self.require(Perm.RESIDENCE_EDIT)
        with self.write() as s:
            app = _application(s, application_id)
            if s.scalar(select(Stay.id).where(Stay.application_id == app.id, Stay.check_out.is_(None))):
                raise ConflictError("This trainee is checked in; check them out instead of withdrawing",
                                    code="residence.checked_in")
            app.status, app.bed_id, app.rank = "withdrawn", None, None

    def search_applications(self, *, year: str | None = None, status: str | None = None,
                            text: str = "", sex: str | None = None) -> list[int]:
        """Application ids in priority order (ids + lazy rows for big lists)."""
        self.require(Perm.RESIDENCE_READ)
        with self.read() as s:
            ay = _year(s, year)
            q = (select(Application.id).join(Trainee, Trainee.id == Application.trainee_id)
                 .where(Application.academic_year_id == ay.id))
            if status:
                q = q.where(Application.status == status)
            if sex:
                q = q.where(Trainee.sex == sex)
            if text.strip():
                from cmc_desktop.text import search_key

                for word in search_key(text).split():
                    q = q.where(Trainee.search_key.contains(word))
            q = q.order_by(Application.rank.is_(None), Application.rank, Application.score.desc(), Application.id)
            return list(s.scalars(q))

    def application_rows(self, ids: Sequence[int]) -> dict[int, ApplicationRow]:
        self.require(Perm.RESIDENCE_READ)
        with self.read() as s:
            return _app_rows(s, ids)

    def application_detail(self, application_id: int) -> ApplicationDetail:
        self.require(Perm.RESIDENCE_READ)
        with self.read() as s:
            app = _application(s, application_id)
            row = _app_rows(s, [app.id])[app.id]
            info = json.loads(app.explanation or "{}")
            breakdown = info.get("breakdown")
            if not breakdown:  # not allocated yet: explain the score with today's weights
                t = s.get(Trainee, app.trainee_id)
                group = s.get(Group, t.current_group_id) if t.current_group_id else None
                breakdown = rules.score_breakdown(_applicant(app, t, group), _weights(s))
            lines = tuple(ScoreLine(k, rules.COMPONENT_LABELS.get(k, k), float(v)) for k, v in breakdown.items())
            mate = s.get(Trainee, app.roommate_trainee_id) if app.roommate_trainee_id else None
            return ApplicationDetail(row, lines, info.get("why", ""), info.get("message", ""),
                                     f"{mate.matricule} {_name(mate)}" if mate else "", info.get("room", ""))

    # =========================================================================================
    # Allocation
    # =========================================================================================

    def allocate(self, year: str | None = None, *, dry_run: bool = False) -> AllocationOutcome:
        """Rank the year's applications and give beds; ``dry_run`` computes the same result
        and writes nothing (the preview)."""
        self.require(Perm.RESIDENCE_EDIT if not dry_run else Perm.RESIDENCE_READ)
        with (self.read() if dry_run else self.write()) as s:
            ay = _year(s, year)
            result, apps, labels, people = _run_allocation(s, ay)
            rows = []
            for d in result.decisions:
                t = people[d.trainee_id]
                rows.append(DecisionRow(d.trainee_id, t.matricule, _name(t), t.sex, d.rank, d.score, d.status,
                                        labels.get(d.bed_id, "") if d.bed_id else "", d.kept, d.why, d.message,
                                        d.waitlist_position))
            if not dry_run:
                _write_allocation(s, result, apps, labels, self.ctx.clock.now())
            return AllocationOutcome(
                year=ay.code, dry_run=dry_run, applications=result.applications, housed=result.housed,
                newly_housed=result.newly_housed, kept=result.kept, waitlisted=result.waitlisted,
                beds_total=result.beds_total, beds_free=result.beds_free, by_sex=result.by_sex,
                priority_inversions=result.priority_inversions, minors_with_minors=result.minors_with_minors,
                weights=result.weights, decisions=tuple(rows))

    # =========================================================================================
    # Check-in, check-out, moves, leaves
    # =========================================================================================

    def check_in(self, matricule: str, *, bed_id: int | None = None, day: dt.date | None = None,
                 key_code: str = "", deposit_mad: int | None = None,
                 condition: Mapping[str, str] | None = None) -> StayInfo:
        """Hand over the bed (the allocated one unless another is given), the key and the
        condition report, which the trainee may dispute within 24 hours."""
        self.require(Perm.RESIDENCE_EDIT)
        day = day or self.ctx.clock.today()
        cond = _checked_condition(condition)
        with self.write() as s:
            t = _trainee(s, matricule)
            active = s.scalar(select(Stay).where(Stay.trainee_id == t.id, Stay.check_out.is_(None)))
            if active is not None:
                raise ConflictError(f"Trainee {t.matricule} already has an active bed "
                                    f"({_stay_bed_label(active)}) since {active.check_in:%d/%m/%Y}; "
                                    "check out or move instead", code="residence.second_bed")
            ay = _year_of_day(s, day)
            app = s.scalar(select(Application).where(Application.trainee_id == t.id,
                                                     Application.academic_year_id == ay.id)) if ay else None
            if bed_id is None:
                if app is None or app.status != "housed" or app.bed_id is None:
                    raise ConflictError(f"Trainee {t.matricule} has no allocated bed; choose a bed",
                                        code="residence.no_bed")
                bed_id = app.bed_id
            bed = s.get(Bed, bed_id)
            if bed is None:
                raise NotFound(f"No bed with id {bed_id}", code="residence.not_found")
            _refuse_overlap(s, t, bed, day)
            _refuse_placement(s, t, bed, day, ay.id if ay else None)
            deposit = int(_setting(s, DEPOSIT_KEY, str(DEFAULT_DEPOSIT))) if deposit_mad is None else int(deposit_mad)
            if deposit < 0:
                raise ValidationError("The deposit cannot be negative", code="residence.field")
            stay = Stay(trainee_id=t.id, bed_id=bed.id, application_id=app.id if app else None, check_in=day,
                        key_code=key_code.strip() or None, deposit_mad=deposit,
                        condition_in=json.dumps(cond, ensure_ascii=False),
                        dispute_until=self.ctx.clock.now() + dt.timedelta(hours=DISPUTE_HOURS))
            s.add(stay)
            if app is not None:
                app.status, app.bed_id = "housed", bed.id
            _flush_guarded(s)
            return _stay_info(s, stay)

    def dispute_condition(self, stay_id: int, note: str) -> StayInfo:
        """The resident contests the check-in condition report (within 24 hours)."""
        self.require(Perm.RESIDENCE_EDIT)
        if not note.strip():
            raise ValidationError("Say what is disputed in the condition report", code="residence.field")
        with self.write() as s:
            stay = s.get(Stay, stay_id)
            if stay is None:
                raise NotFound(f"No stay with id {stay_id}", code="residence.not_found")
            if stay.dispute_until is None or self.ctx.clock.now() > stay.dispute_until:
                raise ConflictError("The 24-hour window to dispute the condition report has closed",
                                    code="residence.dispute_closed")
            stay.dispute_note = note.strip()
            return _stay_info(s, stay)

    def check_out(self, matricule: str, *, day: dt.date | None = None,
                  condition: Mapping[str, str] | None = None,
                  damages: Sequence[tuple[str, int]] = ()) -> StayInfo:
        """End the stay and free the bed at once; damages (item, MAD) are set against the deposit."""
        self.require(Perm.RESIDENCE_EDIT)
        day = day or self.ctx.clock.today()
        cond = _checked_condition(condition)
        total = 0
        for item, cost in damages:
            if not str(item).strip():
                raise ValidationError("Each damage needs the item it concerns", code="residence.field")
            if int(cost) < 0:
                raise ValidationError(f"The cost of '{item}' cannot be negative", code="residence.field")
            total += int(cost)
        with self.write() as s:
            t = _trainee(s, matricule)
            stay = s.scalar(select(Stay).where(Stay.trainee_id == t.id, Stay.check_out.is_(None)))
            if stay is None:
                raise ConflictError(f"Trainee {t.matricule} is not checked in; nothing to check out",
                                    code="residence.not_checked_in")
            if day < stay.check_in:
                raise ValidationError(f"Check-out date {day:%d/%m/%Y} is before the check-in date "
                                      f"{stay.check_in:%d/%m/%Y}", code="residence.field")
            stay.check_out, stay.end_reason = day, "checkout"
            stay.condition_out = json.dumps({**cond, "damages": [[str(i), int(c)] for i, c in damages]},
                                            ensure_ascii=False)
            stay.damages_mad = total
            if stay.application_id:
                app = s.get(Application, stay.application_id)
                if app is not None and app.bed_id == stay.bed_id:
                    app.bed_id, app.status = None, "withdrawn"  # the bed is free for the waitlist at once
            _flush_guarded(s)
            info = _stay_info(s, stay)
        # Leaving the residence is one of the "no dues" moments (with graduation): say what the
        # trainee still holds from the media library, so the desk can ask for it back.
        from cmc_desktop.library.service import trainee_has_dues, trainee_items_out

        if trainee_has_dues(self.ctx, info.trainee_id):
            info = dataclasses.replace(info, library_items_out=trainee_items_out(self.ctx, info.trainee_id))
        return info

    def move(self, matricule: str, to_bed_id: int, *, day: dt.date | None = None, reason: str = "") -> StayInfo:
        """Move a resident to another bed: the old stay ends and a new one starts the same day,
        with the same hard constraints as a check-in; the move is kept in both beds' history."""
        self.require(Perm.RESIDENCE_EDIT)
        day = day or self.ctx.clock.today()
        with self.write() as s:
            t = _trainee(s, matricule)
            stay = s.scalar(select(Stay).where(Stay.trainee_id == t.id, Stay.check_out.is_(None)))
            if stay is None:
                raise ConflictError(f"Trainee {t.matricule} is not checked in; check them in instead of moving",
                                    code="residence.not_checked_in")
            if stay.bed_id == to_bed_id:
                raise ConflictError(f"Trainee {t.matricule} is already in this bed", code="residence.same_bed")
            bed = s.get(Bed, to_bed_id)
            if bed is None:
                raise NotFound(f"No bed with id {to_bed_id}", code="residence.not_found")
            if day < stay.check_in:
                raise ValidationError(f"Move date {day:%d/%m/%Y} is before the check-in date "
                                      f"{stay.check_in:%d/%m/%Y}", code="residence.field")
            ay = _year_of_day(s, day)
            _refuse_placement(s, t, bed, day, ay.id if ay else None, leaving_bed=stay.bed_id)
            stay.check_out, stay.end_reason = day, "move"
            s.flush()  # the old stay ends before the new one starts (partial unique index)
            new = Stay(trainee_id=t.id, bed_id=bed.id, application_id=stay.application_id, check_in=day,
                       key_code=stay.key_code, deposit_mad=stay.deposit_mad, condition_in=stay.condition_in)
            s.add(new)
            s.add(BedMove(trainee_id=t.id, from_bed_id=stay.bed_id, to_bed_id=bed.id, moved_on=day,
                          reason=reason.strip()[:200]))
            if stay.application_id:
                app = s.get(Application, stay.application_id)
                if app is not None:
                    app.bed_id = bed.id
            _flush_guarded(s)
            # Leaves are the trainee's, not the bed's: the catering queries read them by trainee.
            return _stay_info(s, new)

    def add_leave(self, matricule: str, starts_on: dt.date, ends_on: dt.date, reason: str = "") -> LeaveInfo:
        """A leave of absence (weekend, holiday): the catering forecast stops counting the meals."""
        self.require(Perm.RESIDENCE_EDIT)
        if ends_on < starts_on:
            raise ValidationError(f"The leave ends ({ends_on:%d/%m/%Y}) before it starts ({starts_on:%d/%m/%Y})",
                                  code="residence.field")
        if (ends_on - starts_on).days > 120:
            raise ValidationError("A leave of absence lasts at most 120 days", code="residence.field")
        with self.write() as s:
            t = _trainee(s, matricule)
            stay = s.scalar(select(Stay).where(Stay.trainee_id == t.id, Stay.check_out.is_(None)))
            if stay is None:
                raise ConflictError(f"Trainee {t.matricule} is not checked in; a leave needs an active stay",
                                    code="residence.not_checked_in")
            if starts_on < stay.check_in:
                raise ValidationError(f"The leave starts before the check-in ({stay.check_in:%d/%m/%Y})",
                                      code="residence.field")
            clash = s.scalar(select(Leave).where(Leave.trainee_id == t.id, Leave.starts_on <= ends_on,
                                                 Leave.ends_on >= starts_on))
            if clash is not None:
                raise ConflictError(f"Trainee {t.matricule} already has a leave from {clash.starts_on:%d/%m/%Y} "
                                    f"to {clash.ends_on:%d/%m/%Y}", code="residence.leave_overlap")
            lv = Leave(trainee_id=t.id, stay_id=stay.id, starts_on=starts_on, ends_on=ends_on,
                       reason=reason.strip()[:120])
            s.add(lv)
            s.flush()
            return LeaveInfo(lv.id, t.id, lv.starts_on, lv.ends_on, lv.reason)

    def leaves(self, matricule: str) -> list[LeaveInfo]:
        self.require(Perm.RESIDENCE_READ)
        with self.read() as s:
            t = _trainee(s, matricule)
            return [LeaveInfo(lv.id, t.id, lv.starts_on, lv.ends_on, lv.reason)
                    for lv in s.scalars(select(Leave).where(Leave.trainee_id == t.id).order_by(Leave.starts_on))]

    def current_stay(self, matricule: str) -> StayInfo | None:
        self.require(Perm.RESIDENCE_READ)
        with self.read() as s:
            t = _trainee(s, matricule)
            stay = s.scalar(select(Stay).where(Stay.trainee_id == t.id, Stay.check_out.is_(None)))
            return _stay_info(s, stay) if stay else None

    def stays(self, matricule: str) -> list[StayInfo]:
        self.require(Perm.RESIDENCE_READ)
        with self.read() as s:
            t = _trainee(s, matricule)
            return [_stay_info(s, st) for st in
                    s.scalars(select(Stay).where(Stay.trainee_id == t.id).order_by(Stay.check_in, Stay.id))]

    # =========================================================================================
    # Reports
    # =========================================================================================

    def occupancy(self, day: dt.date | None = None) -> OccupancyReport:
        self.require(Perm.RESIDENCE_READ)
        day = day or self.ctx.clock.today()
        with self.read() as s:
            cells = _board(s, day)
            per: dict[tuple[str, str, int | None], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
            for room in cells:
                for key in ((room.building_code, room.sex, room.floor), (room.building_code, room.sex, None)):
                    acc = per[key]
                    for b in room.beds:
                        acc[0] += 1
                        acc[1] += b.state == "maintenance"
                        acc[2] += b.state in ("occupied", "leave")
                        acc[3] += b.state == "reserved"
                        acc[4] += b.state == "free"
            lines = tuple(OccupancyLine(b, sex, fl, *v) for (b, sex, fl), v in
                          sorted(per.items(), key=lambda kv: (kv[0][0], kv[0][2] is None, kv[0][2] or 0)))
            totals = [ln for ln in lines if ln.floor is None]
            active = s.scalar(select(func.count()).select_from(Trainee).where(Trainee.current_status == "active")) or 0
            ay = _year_of_day(s, day)
            waitlist = s.scalar(select(func.count()).select_from(Application).where(
                Application.academic_year_id == (ay.id if ay else -1), Application.status == "waitlisted")) or 0
            city = _city(s)
            return OccupancyReport(
                day=day, city=city[0], lines=lines, beds=sum(ln.beds - ln.out_of_service for ln in totals),
                occupied=sum(ln.occupied for ln in totals), free=sum(ln.free for ln in totals),
                on_leave=sum(b.state == "leave" for r in cells for b in r.beds), active_trainees=active,
                target_share=float(_setting(s, TARGET_KEY, str(DEFAULT_TARGET))), waitlist=waitlist)

    def residents_list(self, day: dt.date | None = None) -> list[ResidentRow]:
        """Everyone in a bed on ``day``, by building, room and bed."""
        self.require(Perm.RESIDENCE_READ)
        day = day or self.ctx.clock.today()
        with self.read() as s:
            from cmc_desktop.residence.queries import on_leave

            away = on_leave(s, day)
            q = (select(Stay, Trainee, Bed, Room, Building)
                 .join(Trainee, Trainee.id == Stay.trainee_id).join(Bed, Bed.id == Stay.bed_id)
                 .join(Room, Room.id == Bed.room_id).join(Building, Building.id == Room.building_id)
                 .where(Stay.check_in <= day, or_(Stay.check_out.is_(None), Stay.check_out > day))
                 .order_by(Building.code, Room.floor, Room.code, Bed.label))
            return [ResidentRow(t.id, t.matricule, _name(t), f"{t.last_name_ar or ''} {t.first_name_ar or ''}".strip(),
                                t.sex, bd.code, _room_label(bd.code, r.code), _bed_label(bd.code, r.code, b.label),
                                st.check_in, "on leave" if t.id in away else "present")
                    for st, t, b, r, bd in s.execute(q)]

    def waitlist(self, year: str | None = None) -> list[ApplicationRow]:
        self.require(Perm.RESIDENCE_READ)
        ids = self.search_applications(year=year, status="waitlisted")
        rows = self.application_rows(ids)
        return [rows[i] for i in ids]

    def certificate(self, matricule: str) -> CertificateData:
        """Facts for the attestation d'hébergement: the current stay, else the latest one."""
        self.require(Perm.RESIDENCE_READ)
        with self.read() as s:
            t = _trainee(s, matricule)
            stay = s.scalar(select(Stay).where(Stay.trainee_id == t.id)
                            .order_by(Stay.check_out.is_(None).desc(), Stay.check_in.desc(), Stay.id.desc()))
            if stay is None:
                raise NotFound(f"Trainee {t.matricule} has never been housed in the residence; "
                               "no certificate can be issued", code="residence.never_housed")
            # A move splits a stay in two: the certificate counts from the first bed of the chain.
            first = stay.check_in
            while True:
                before = s.scalar(select(Stay.check_in).where(Stay.trainee_id == t.id, Stay.check_out == first,
                                                              Stay.end_reason == "move"))
                if before is None or before >= first:
                    break
                first = before
            bed, room = stay.bed, stay.bed.room
            building = room.building
            group = s.get(Group, t.current_group_id) if t.current_group_id else None
            prog = s.get(Programme, group.programme_id) if group else None
            ay = _year_of_day(s, stay.check_in)
            city_fr, city_ar, site = _city(s)
            today = self.ctx.clock.today()
            return CertificateData(
                matricule=t.matricule, name=_name(t),
                name_ar=f"{t.first_name_ar or ''} {t.last_name_ar or ''}".strip(), birth_date=t.birth_date,
                cin=t.cin or "", group=group.code if group else "", programme=prog.label_fr if prog else "",
                programme_ar=prog.label_ar if prog else "", year=ay.code if ay else "",
                building=building.name, building_ar=building.name_ar, room=_room_label(building.code, room.code),
                bed=_bed_label(building.code, room.code, bed.label), check_in=first or stay.check_in,
                check_out=stay.check_out, city_fr=city_fr, city_ar=city_ar, site=site, issued_on=today,
                reference=f"RES-{today:%Y%m%d}-{t.matricule}")


# =============================================================================================
# Helpers (module level so the demo can reuse them inside its own transaction)
# =============================================================================================


def _setting(s: Session, key: str, default: str) -> str:
    value = s.scalar(select(Setting.value).where(Setting.key == key))
    return default if value is None else value


def _put_setting(s: Session, key: str, value: str) -> None:
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value


def _weights(s: Session) -> dict[str, float]:
    raw = _setting(s, WEIGHTS_KEY, "{}")
    try:
        return rules.validate_weights(json.loads(raw))
    except (ValueError, TypeError):
        return dict(rules.DEFAULT_WEIGHTS)  # a hand-edited bad setting must not block the desk


def _minors_rule(s: Session) -> bool:
    return _setting(s, MINORS_KEY, "1") != "0"


def _city(s: Session) -> tuple[str, str, str]:
    code = _setting(s, "city.region_code", "")
    region = s.scalar(select(Region).where(Region.code == code)) if code else None
    if region is None:
        return ("", "", "")
    return (region.name_fr, region.name_ar, region.city_site)


def _year(s: Session, code: str | None) -> AcademicYear:
    if code:
        ay = s.scalar(select(AcademicYear).where(AcademicYear.code == code))
        if ay is None:
            raise NotFound(f"No academic year {code} (expected like 2026-2027)", code="residence.no_year")
        return ay
    ay = s.scalar(select(AcademicYear).where(AcademicYear.current.is_(True)))
    if ay is None:
        raise NotFound("No current academic year; set it in the catalogue or pass --year", code="residence.no_year")
    return ay


def _year_of_day(s: Session, day: dt.date) -> AcademicYear | None:
    ay = s.scalar(select(AcademicYear).where(AcademicYear.starts_on <= day, AcademicYear.ends_on >= day)
                  .order_by(AcademicYear.starts_on.desc()))
    if ay is None:  # summer between two years: the coming year, else the current one
        ay = s.scalar(select(AcademicYear).where(AcademicYear.starts_on > day).order_by(AcademicYear.starts_on))
    return ay or s.scalar(select(AcademicYear).where(AcademicYear.current.is_(True)))


def _trainee(s: Session, matricule: str) -> Trainee:
    t = s.scalar(select(Trainee).where(Trainee.matricule == (matricule or "").strip()))
    if t is None:
        raise NotFound(f"No trainee with matricule {matricule}", code="residence.no_trainee")
    return t


def _application(s: Session, application_id: int) -> Application:
    app = s.get(Application, application_id)
    if app is None:
        raise NotFound(f"No residence application with id {application_id}", code="residence.not_found")
    return app


def _is_minor(birth: dt.date, today: dt.date) -> bool:
    return (today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))) < 18


def _applicant(app: Application, t: Trainee, group: Group | None, current_bed: int | None = None) -> rules.Applicant:
    return rules.Applicant(
        trainee_id=t.id, sex=t.sex, distance_km=app.distance_km, remote=app.remote, social_score=app.social_score,
        minor=app.minor, accessibility_need=app.accessibility_need, year_of_study=app.year_of_study,
        roommate_id=app.roommate_trainee_id, group_id=group.id if group else None,
        programme_id=group.programme_id if group else None, submitted_on=app.submitted_on,
        current_bed_id=current_bed)


def _checked_condition(condition: Mapping[str, str] | None) -> dict[str, str]:
    out = dict.fromkeys(CHECKLIST, "good")
    for item, state in (condition or {}).items():
        if item not in CHECKLIST:
            raise ValidationError(f"Unknown checklist item '{item}'; items: {', '.join(CHECKLIST)}",
                                  code="residence.field")
        if state not in CONDITIONS:
            raise ValidationError(f"Condition of '{item}' must be one of {', '.join(CONDITIONS)}, got '{state}'",
                                  code="residence.field")
        out[item] = state
    return out


def _stay_bed_label(stay: Stay) -> str:
    room = stay.bed.room
    return _bed_label(room.building.code, room.code, stay.bed.label)


def _stay_info(s: Session, stay: Stay) -> StayInfo:
    t = s.get(Trainee, stay.trainee_id)
    room = stay.bed.room
    refund = max(0, stay.deposit_mad - stay.damages_mad)
    return StayInfo(stay.id, t.id, t.matricule, _name(t), stay.bed_id, _stay_bed_label(stay), room.building.code,
                    stay.check_in, stay.check_out, stay.key_code or "", stay.deposit_mad,
                    json.loads(stay.condition_in or "{}"), stay.dispute_until, stay.dispute_note or "",
                    stay.damages_mad, refund, max(0, stay.damages_mad - stay.deposit_mad))


def _flush_guarded(s: Session) -> None:
    """The partial unique indexes speak last: a race with another desk becomes a clear refusal."""
    try:
        s.flush()
    except IntegrityError as exc:
        text = str(exc.orig)
        if "trainee" in text:
            raise ConflictError("This trainee already has an active bed (changed at another desk); reload",
                                code="residence.second_bed") from None
        raise ConflictError("This bed was taken at another desk meanwhile; reload the board",
                            code="residence.bed_taken") from None


def _refuse_overlap(s: Session, t: Trainee, bed: Bed, day: dt.date) -> None:
    """A check-in dated inside an earlier stay (of the trainee, or in that bed) would overlap."""
    mine = s.scalar(select(Stay).where(Stay.trainee_id == t.id, Stay.check_out.is_not(None),
                                       Stay.check_out > day).order_by(Stay.check_in))
    if mine is not None:
        raise ConflictError(f"A check-in on {day:%d/%m/%Y} overlaps trainee {t.matricule}'s stay from "
                            f"{mine.check_in:%d/%m/%Y} to {mine.check_out:%d/%m/%Y}", code="residence.overlap")
    theirs = s.scalar(select(Stay).where(Stay.bed_id == bed.id, Stay.check_out.is_not(None),
                                         Stay.check_out > day).order_by(Stay.check_in))
    if theirs is not None:
        raise ConflictError(f"A check-in on {day:%d/%m/%Y} overlaps another stay in bed {_stay_bed_label(theirs)} "
                            f"until {theirs.check_out:%d/%m/%Y}", code="residence.overlap")


def _refuse_placement(s: Session, t: Trainee, bed: Bed, day: dt.date, year_id: int | None,
                      leaving_bed: int | None = None) -> None:
    """The batch allocation's hard constraints, for one trainee into one bed."""
    room = bed.room
    building = room.building
    label = _room_label(building.code, room.code)
    beds = list(room.beds)
    active = {st.bed_id: st.trainee_id for st in
              s.scalars(select(Stay).where(Stay.bed_id.in_([b.id for b in beds]), Stay.check_out.is_(None)))}
    reserved: dict[int, int] = {}
    if year_id is not None:
        for a in s.scalars(select(Application).where(Application.academic_year_id == year_id,
                                                     Application.status == "housed",
                                                     Application.bed_id.in_([b.id for b in beds]))):
            if a.trainee_id != t.id and a.bed_id not in active:
                reserved[a.bed_id] = a.trainee_id  # promised to someone who has not arrived yet
    taken = {b: who for b, who in {**reserved, **active}.items() if who != t.id and b != leaving_bed}
    usable = [b for b in beds if b.status == "available"] if room.status == "available" else []
    free = sum(1 for b in usable if b.id not in taken)
    mates = [s.get(Trainee, who) for b, who in active.items() if who != t.id]
    today = day
    minors = sum(_is_minor(m.birth_date, today) for m in mates if m)
    refusals = rules.placement_refusals(
        sex=t.sex, minor=_is_minor(t.birth_date, today), accessibility_need=_needs_access(s, t, year_id),
        building_sex=building.sex, room_accessible=room.accessible, room_available=room.status == "available",
        bed_available=bed.status == "available", bed_taken=bed.id in taken, room_free_beds=free,
        room_label=label, roommates_minors=minors, roommates_adults=len([m for m in mates if m]) - minors,
        minors_with_minors=_minors_rule(s))
    if refusals:
        if bed.id in reserved:  # "full" only because someone has not arrived yet: say who
            other = s.get(Trainee, reserved[bed.id])
            refusals = [rules.Refusal("bed_reserved", f"Bed {_bed_label(building.code, room.code, bed.label)} "
                                                      f"is allocated to {other.matricule} {_name(other)}, "
                                                      "who has not checked in yet")
                        if r.code in ("room_full", "bed_taken") else r for r in refusals]
        raise ConflictError("; ".join(r.message for r in refusals), code=f"residence.{refusals[0].code}")


def _needs_access(s: Session, t: Trainee, year_id: int | None) -> bool:
    if year_id is None:
        return False
    return bool(s.scalar(select(Application.accessibility_need).where(Application.trainee_id == t.id,
                                                                      Application.academic_year_id == year_id)))


def _board(s: Session, day: dt.date, *, building_id: int | None = None, floor: int | None = None,
           room_ids: Iterable[int] | None = None) -> list[RoomCell]:
    """Column queries, not entities: the whole board (400 beds) is read in a few milliseconds."""
    q = (select(Room.id, Room.code, Room.floor, Room.capacity, Room.accessible, Room.status, Building.id,
                Building.code, Building.sex)
         .join(Building, Building.id == Room.building_id).order_by(Building.code, Room.floor, Room.code))
    filtered = building_id is not None or floor is not None or room_ids is not None
    if building_id is not None:
        q = q.where(Room.building_id == building_id)
    if floor is not None:
        q = q.where(Room.floor == floor)
    if room_ids is not None:
        q = q.where(Room.id.in_(list(room_ids)))
    rooms = s.execute(q).all()
    if not rooms:
        return []
    rids = [r[0] for r in rooms]
    bq = select(Bed.id, Bed.room_id, Bed.label, Bed.status).order_by(Bed.label)
    if filtered:
        bq = bq.where(Bed.room_id.in_(rids))
    beds: dict[int, list[Any]] = defaultdict(list)
    for b in s.execute(bq):
        beds[b.room_id].append(b)
    person = (Trainee.id, Trainee.matricule, Trainee.last_name, Trainee.first_name, Trainee.birth_date)
    oq = (select(Stay.bed_id, Stay.check_in, *person).join(Trainee, Trainee.id == Stay.trainee_id)
          .where(Stay.check_in <= day, or_(Stay.check_out.is_(None), Stay.check_out > day)))
    if filtered:
        oq = oq.join(Bed, Bed.id == Stay.bed_id).where(Bed.room_id.in_(rids))
    occupants = {r.bed_id: r for r in s.execute(oq)}
    ay = _year_of_day(s, day)
    reserved: dict[int, Any] = {}
    if ay is not None:
        rq = (select(Application.bed_id, *person).join(Trainee, Trainee.id == Application.trainee_id)
              .where(Application.academic_year_id == ay.id, Application.status == "housed",
                     Application.bed_id.is_not(None)))
        reserved = {r.bed_id: r for r in s.execute(rq)}
    from cmc_desktop.residence.queries import on_leave

    away = on_leave(s, day)
    out = []
    for rid, rcode, rfloor, capacity, accessible, rstatus, bid, bcode, sex in rooms:
        cells = []
        for b in beds[rid]:
            label = _bed_label(bcode, rcode, b.label)
            if b.id in occupants:
                o = occupants[b.id]
                cells.append(BedCell(b.id, label, "leave" if o.id in away else "occupied", o.id,
                                     f"{o.last_name} {o.first_name}", o.matricule, _is_minor(o.birth_date, day),
                                     o.check_in))
            elif b.id in reserved:
                r = reserved[b.id]
                cells.append(BedCell(b.id, label, "reserved", r.id, f"{r.last_name} {r.first_name}", r.matricule,
                                     _is_minor(r.birth_date, day)))
            elif b.status != "available" or rstatus != "available":
                cells.append(BedCell(b.id, label, "maintenance"))
            else:
                cells.append(BedCell(b.id, label, "free"))
        out.append(RoomCell(rid, bid, bcode, sex, rfloor, rcode, _room_label(bcode, rcode), capacity, accessible,
                            rstatus, tuple(cells)))
    return out


def _app_rows(s: Session, ids: Sequence[int]) -> dict[int, ApplicationRow]:
    if not ids:
        return {}
    q = (select(Application, Trainee, AcademicYear.code, Group.code)
         .join(Trainee, Trainee.id == Application.trainee_id)
         .join(AcademicYear, AcademicYear.id == Application.academic_year_id)
         .outerjoin(Group, Group.id == Trainee.current_group_id)
         .where(Application.id.in_(list(ids))))
    rows = s.execute(q).all()
    bed_ids = [a.bed_id for a, *_ in rows if a.bed_id]
    labels = _bed_labels(s, bed_ids)
    out = {}
    for a, t, year, group in rows:
        info = json.loads(a.explanation or "{}")
        out[a.id] = ApplicationRow(
            a.id, t.id, t.matricule, _name(t), t.sex, year, a.score, a.rank, a.status,
            labels.get(a.bed_id, "") if a.bed_id else "",
            info.get("waitlist_position") if a.status == "waitlisted" else None, a.distance_km, a.remote,
            a.social_score, a.minor, a.accessibility_need, a.year_of_study, group or "")
    return out


def _bed_labels(s: Session, bed_ids: Iterable[int] | None = None) -> dict[int, str]:
    q = (select(Bed.id, Building.code, Room.code, Bed.label).join(Room, Room.id == Bed.room_id)
         .join(Building, Building.id == Room.building_id))
    if bed_ids is not None:
        bed_ids = list(bed_ids)
        if not bed_ids:
            return {}
        q = q.where(Bed.id.in_(bed_ids))
    return {bid: _bed_label(bc, rc, bl) for bid, bc, rc, bl in s.execute(q)}


def _run_allocation(s: Session, ay: AcademicYear) -> tuple[rules.AllocationResult, dict[int, Application],
                                                           dict[int, str], dict[int, Any]]:
    """Read everything the rules need (a handful of queries) and run them."""
    room_rows = s.execute(select(Room, Building).join(Building, Building.id == Room.building_id)
                          .order_by(Building.code, Room.floor, Room.code)).all()
    beds: dict[int, list[Bed]] = defaultdict(list)
    for b in s.scalars(select(Bed).order_by(Bed.room_id, Bed.label)):
        beds[b.room_id].append(b)
    slots = []
    labels: dict[int, str] = {}
    for room, building in room_rows:
        rb = beds[room.id]
        for b in rb:
            labels[b.id] = _bed_label(building.code, room.code, b.label)
        usable = tuple(b.id for b in rb if b.status == "available") if room.status == "available" else ()
        slots.append(rules.RoomSlot(room.id, building.sex, room.accessible, tuple(b.id for b in rb), usable,
                                    _room_label(building.code, room.code)))
    stays = {st.trainee_id: st.bed_id for st in s.scalars(select(Stay).where(Stay.check_out.is_(None)))}
    apps = {a.trainee_id: a for a in s.scalars(
        select(Application).where(Application.academic_year_id == ay.id,
                                  Application.status.in_(ACTIVE_APPLICATION)))}
    people_ids = set(apps) | set(stays)
    # Plain rows, not entities: loading 5,000 full Trainee objects costs more than the allocation.
    people = {t.id: t for t in s.execute(
        select(Trainee.id, Trainee.matricule, Trainee.last_name, Trainee.first_name, Trainee.sex,
               Trainee.birth_date, Trainee.current_group_id).where(Trainee.id.in_(people_ids)))} if people_ids else {}
    groups = {g.id: g for g in s.scalars(select(Group))}
    today = ay.starts_on
    applicants = []
    for tid, a in apps.items():
        t = people[tid]
        current = stays.get(tid) or (a.bed_id if a.status == "housed" else None)
        applicants.append(_applicant(a, t, groups.get(t.current_group_id or -1), current))
    occupants = []
    for tid, bed in stays.items():
        if tid in apps:
            continue
        t = people[tid]
        g = groups.get(t.current_group_id or -1)
        occupants.append(rules.Occupant(tid, bed, _is_minor(t.birth_date, today), g.id if g else None,
                                        g.programme_id if g else None))
    result = rules.allocate(applicants, slots, occupants=occupants, weights=_weights(s),
                            minors_with_minors=_minors_rule(s))
    return result, apps, labels, people


def _write_allocation(s: Session, result: rules.AllocationResult, apps: Mapping[int, Application],
                      labels: Mapping[int, str], now: dt.datetime) -> None:
    for d in result.decisions:
        a = apps[d.trainee_id]
        a.score, a.rank, a.status = d.score, d.rank, d.status
        a.bed_id = d.bed_id if d.status == "housed" else None
        a.explanation = explanation_json(d, result, labels, now)
    s.flush()


def explanation_json(d: rules.Decision, result: rules.AllocationResult, labels: Mapping[int, str],
                     now: dt.datetime) -> str:
    """What is kept with each application: the score breakdown, the weights used and the reason."""
    info = {"why": d.why, "message": d.message, "breakdown": d.breakdown, "rank": d.rank,
            "waitlist_position": d.waitlist_position,
            "room": labels.get(d.bed_id, "").rsplit("-", 1)[0] if d.bed_id else "",
            "weights": result.weights, "minors_with_minors": result.minors_with_minors,
            "run_at": now.isoformat(timespec="seconds")}
    return json.dumps(info, ensure_ascii=False, sort_keys=True)

