"""Timetable import: one weekly series per row (Groupe, Salle, Jour, Début, Fin, Du, Au, Formateur).

All-or-nothing: every unknown room or group, every bad cell and every conflict (with the city's
accepted bookings *and* between rows of the file) is listed with its sheet row; a file with any
problem writes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from cmc_desktop.db.models import Group
from cmc_desktop.db.models.reference import AcademicYear
from cmc_desktop.db.models.spaces import Booking, Occurrence, Room, Structure
from cmc_desktop.errors import ValidationError
from cmc_desktop.excel.reader import is_formula, parse_date, read_sheet
from cmc_desktop.progress import NEVER, NULL_PROGRESS, CancelToken, ProgressReporter
from cmc_desktop.security.permissions import Perm
from cmc_desktop.spaces import rules
from cmc_desktop.spaces.dto import ImportIssue, TimetableImportResult

if TYPE_CHECKING:
    from cmc_desktop.spaces.service import SpacesService

SPEC = {
    "group": ("Groupe", "Group", "المجموعة"),
    "room": ("Salle", "Room", "القاعة"),
    "day": ("Jour", "Day", "اليوم"),
    "start": ("Début", "Debut", "Start", "Heure début", "البداية"),
    "end": ("Fin", "End", "Heure fin", "النهاية"),
    "from": ("Du", "From", "Date début", "من"),
    "to": ("Au", "To", "Date fin", "إلى"),
    "trainer": ("Formateur", "Trainer", "المكون"),
}
REQUIRED = ("group", "room", "day", "start", "end", "from", "to")


@dataclass
class _Row:
    row: int
    group_id: int
    room_id: int
    weekday: int
    start: int
    end: int
    first: dt.date
    last: dt.date
    trainer: str


def import_timetable(svc: SpacesService, path: str | Path, *, dry_run: bool = False,
                     progress: ProgressReporter = NULL_PROGRESS, cancel: CancelToken = NEVER
                     ) -> TimetableImportResult:
    from cmc_desktop.spaces.service import (
        _record_values,
        check_slots_keyed,
        closed_days,
        group_headcount,
        serialise_bookings,
    )

    svc.require(Perm.BOOKINGS_EDIT)
    sheet = read_sheet(path, SPEC, required=REQUIRED)
    name = Path(path).name
    hdr = sheet.headers
    issues: list[ImportIssue] = []
    progress(0, 3, "reading")
    with svc.write() as s:
        serialise_bookings(s)
        rooms = {code.upper(): rid for rid, code in s.execute(select(Room.id, Room.code))}
        gstmt = select(Group.code, Group.id).join(AcademicYear)
        current = s.execute(gstmt.where(AcademicYear.current.is_(True))).all() or s.execute(gstmt).all()
        groups = {code.upper(): gid for code, gid in current}
        parsed: list[_Row] = []
        for row_no, cells in sheet.rows:
            bad = False

            def fail(col: str, msg: str, row_no: int = row_no) -> None:
                nonlocal bad
                bad = True
                issues.append(ImportIssue(row_no, hdr.get(col, col), msg))

            for col, value in cells.items():
                if is_formula(value):
                    fail(col, f"a formula ({value}) is not accepted; paste the values")
            if bad:
                continue
            gcode = str(cells.get("group") or "").strip().upper()
            rcode = str(cells.get("room") or "").strip().upper()
            gid, rid = groups.get(gcode), rooms.get(rcode)
            if not gcode:
                fail("group", "the group is empty")
            elif gid is None:
                fail("group", f"unknown group '{gcode}'")
            if not rcode:
                fail("room", "the room is empty")
            elif rid is None:
                fail("room", f"unknown room '{rcode}'")
            weekday = start = end = 0
            first = last = None
            try:
                weekday = rules.parse_weekday(cells.get("day"))
            except ValueError as exc:
                fail("day", str(exc))
            for col in ("start", "end"):
                try:
                    value = rules.parse_hhmm(cells.get(col))
                    start, end = (value, end) if col == "start" else (start, value)
                except ValueError as exc:
                    fail(col, str(exc))
            try:
                first = parse_date(cells.get("from"))
            except ValueError as exc:
                fail("from", str(exc))
            try:
                last = parse_date(cells.get("to"))
            except ValueError as exc:
                fail("to", str(exc))
            if bad:
                continue
            assert first is not None and last is not None
            if end <= start:
                fail("end", f"ends at {rules.fmt_min(end)}, not after its start {rules.fmt_min(start)}")
            if last < first:
                fail("to", f"{last:%d/%m/%Y} is before the start date {first:%d/%m/%Y}")
            elif (last - first).days > rules.MAX_SERIES_DAYS:
                fail("to", f"a series may span at most {rules.MAX_SERIES_DAYS} days")
            if bad:
                continue
            assert gid is not None and rid is not None
            parsed.append(_Row(row_no, gid, rid, weekday, start, end, first, last,
                               str(cells.get("trainer") or "").strip()))
        cancel.check()
        progress(1, 3, "checking")
        if not sheet.rows:
            raise ValidationError(f"{name}: the sheet has no timetable rows", code="empty")
        slots: list[rules.Slot] = []
        skipped: list[tuple[int, dt.date, str]] = []
        per_row: dict[int, list[rules.Slot]] = {}
        if parsed:
            closed = closed_days(s, min(r.first for r in parsed), max(r.last for r in parsed))
            heads = group_headcount(s, [r.group_id for r in parsed])
            for r in parsed:
                dates, skip = rules.series_dates(r.first, r.last, r.weekday, closed)
                skipped.extend((r.row, d, why) for d, why in skip)
                if not dates:
                    issues.append(ImportIssue(r.row, hdr.get("from", "Du"),
                                              f"no {rules.WEEKDAY_NAMES_FR[r.weekday - 1]} left to book "
                                              f"between {r.first:%d/%m/%Y} and {r.last:%d/%m/%Y}"))
                    continue
                tkey = rules.trainer_key(r.trainer)
                row_slots = [rules.Slot((r.row, d), d, r.start, r.end, r.room_id, r.group_id, tkey,
                                        heads.get(r.group_id, 0)) for d in dates]
                per_row[r.row] = row_slots
                slots.extend(row_slots)
            for key, clash in check_slots_keyed(s, slots, proposed_label=lambda sl: f"row {sl.key[0]} of this file"):
                issues.append(ImportIssue(key[0], "", clash.message))
        cancel.check()
        if issues:
            issues.sort(key=lambda i: i.row)
            shown = [f"  {i}" for i in issues]
            raise ValidationError(
                f"{name}: {len(issues)} problem(s) in {len({i.row for i in issues})} row(s); nothing was written\n"
                + "\n".join(shown), code="import_rejected",
                errors=[(str(i.row), str(i)) for i in issues])
        n_occ = len(slots)
        if not dry_run:
            progress(2, 3, "writing")
            approval = {rid for rid, req in s.execute(select(Room.id, Structure.requires_approval)
                                                      .join(Structure, Structure.id == Room.structure_id)) if req}
            may_approve = svc.actor.can(Perm.BOOKINGS_APPROVE)
            for r in parsed:
                status = "pending" if r.room_id in approval and not may_approve else "approved"
                row_slots = per_row[r.row]
                b = Booking(room_id=r.room_id, purpose="course", title="", group_id=r.group_id, organiser="",
                            trainer=r.trainer, expected=row_slots[0].expected, weekday=r.weekday,
                            starts_on=row_slots[0].day, ends_on=r.last, start_min=r.start, end_min=r.end,
                            status=status, note=f"Imported from {name}, row {r.row}",
                            skipped="\n".join(f"{d.isoformat()} {why}" for row, d, why in skipped if row == r.row),
                            updated_by=svc.actor.label)
                s.add(b)
                s.flush()
                state = "active" if status == "approved" else "pending"
                s.connection().execute(Occurrence.__table__.insert(), [
                    {**_record_values(svc.actor.label), "booking_id": b.id, "room_id": sl.room_id, "day": sl.day,
                     "original_day": sl.day, "start_min": sl.start_min, "end_min": sl.end_min,
                     "group_id": sl.group_id, "trainer_key": sl.trainer_key, "state": state, "moved": False}
                    for sl in row_slots])
            s.flush()
            assert (s.scalar(select(func.count()).select_from(Occurrence)) or 0) >= n_occ
        progress(3, 3, "done")
        return TimetableImportResult(len(sheet.rows), len(parsed), n_occ, tuple(skipped), dry_run)

