"""Spaces benchmarks: the semester conflict check and one structure's week view.

bookings.conflicts_semester — a new weekly series over 18 weeks checked (room, group, trainer,
  capacity, hours, holidays) against 400 rooms and 20,000 accepted occurrences, through
  ``SpacesService.preview_booking``. Floor: the same overlap query in raw sqlite3.
bookings.week_view — fetch and paint the week of one structure with 30 rooms side by side.
  Floor: a bare QTableView painting the same 30 × 6 cells of text.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
import uuid
from functools import lru_cache
from pathlib import Path

from benchmarks.core import Row, median_of

MONDAY = dt.date(2027, 2, 1)
WEEKS = 18
SLOTS = ((8 * 60 + 30, 11 * 60), (11 * 60, 13 * 60 + 30), (13 * 60 + 30, 16 * 60), (16 * 60, 18 * 60 + 30))


@lru_cache(maxsize=2)
def _city(n_rooms: int, n_occurrences: int) -> tuple[str, int]:
    """A database with n_rooms rooms (the first structure holds 30) and ~n_occurrences accepted
    occurrences as 18-week series that never clash. Returns (path, first structure id)."""
    from sqlalchemy import insert, select

    from cmc_desktop.bootstrap import open_context
    from cmc_desktop.clock import FixedClock
    from cmc_desktop.db.base import utcnow
    from cmc_desktop.db.models import AcademicYear, Group, Programme, Sector
    from cmc_desktop.db.models.spaces import Booking, Occurrence, Room, Structure
    from cmc_desktop.spaces import rules

    folder = Path(tempfile.mkdtemp(prefix="cmc-bench-spaces-"))
    path = folder / "spaces.sqlite3"
    ctx = open_context(str(path), clock=FixedClock(dt.datetime(2027, 1, 25, 10)))
    now = utcnow()

    def rec() -> dict:
        return {"uuid": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1, "updated_by": "bench"}

    with ctx.sf.begin() as s:
        sector = s.scalar(select(Sector).where(Sector.code == "DIA"))
        prog = Programme(code="DEV", label_fr="Développement", level="TS", duration_months=24, sector=sector)
        year = AcademicYear(code="2026-2027", starts_on=dt.date(2026, 9, 15), ends_on=dt.date(2027, 7, 15), current=True)
        s.add_all([prog, year])
        s.flush()
        n_series = n_occurrences // WEEKS
        n_groups = max(1, n_series // 20 + 1)
        s.execute(insert(Group), [{**rec(), "code": f"G{i:04d}", "programme_id": prog.id,
                                   "academic_year_id": year.id, "year_of_study": 1, "capacity": 20}
                                  for i in range(n_groups)])
        group_ids = list(s.scalars(select(Group.id).order_by(Group.id)))
        structures = [Structure(code=f"S{i:02d}", name_fr=f"Structure {i}", kind="shared", shared_type="coworking",
                                requires_approval=False, manager="") for i in range(1 + (n_rooms - 30 + 39) // 40)]
        s.add_all(structures)
        s.flush()
        rows = []
        for i in range(n_rooms):
            st = structures[0] if i < 30 else structures[1 + (i - 30) // 40]
            rows.append({**rec(), "code": f"R{i:04d}", "name": "", "structure_id": st.id, "kind": "classroom",
                         "capacity": 30, "equipment": "pc, vidéoprojecteur", "accessible": True, "opens_min": 480,
                         "closes_min": 1140, "open_days": "123456", "out_of_service_from": None,
                         "out_of_service_to": None})
        s.execute(insert(Room), rows)
        room_ids = list(s.scalars(select(Room.id).order_by(Room.id)))
        # Series laid on a grid (weekday, slot, room): each group and trainer gets distinct cells.
        bookings, occ = [], []
        cells = [(wd, sl) for wd in range(1, 7) for sl in range(4)]
        for k in range(n_series):
            wd, sl = cells[k % len(cells)]
            room = room_ids[(k // len(cells)) % len(room_ids)]
            group = group_ids[k // len(cells) % len(group_ids)]
            trainer = f"Formateur {k // len(cells):04d}"
            start, end = SLOTS[sl]
            first = MONDAY + dt.timedelta(days=wd - 1)
            dates, _ = rules.series_dates(first, first + dt.timedelta(weeks=WEEKS - 1), wd, {})
            bookings.append({**rec(), "id": k + 1, "room_id": room, "purpose": "course", "title": "",
                             "group_id": group, "organiser": "", "trainer": trainer, "expected": 20, "weekday": wd,
                             "starts_on": dates[0], "ends_on": dates[-1], "start_min": start, "end_min": end,
                             "status": "approved", "skipped": "", "note": ""})
            for d in dates:
                occ.append({**rec(), "booking_id": k + 1, "room_id": room, "day": d, "original_day": d,
                            "start_min": start, "end_min": end, "group_id": group,
                            "trainer_key": rules.trainer_key(trainer), "state": "active", "moved": False})
        s.execute(insert(Booking), bookings)
        for i in range(0, len(occ), 10_000):
            s.execute(insert(Occurrence), occ[i:i + 10_000])
        first_structure = structures[0].id
    ctx.close()
    return str(path), first_structure


def conflicts_semester(quick: bool) -> list[Row]:
    from cmc_desktop.bootstrap import open_context
    from cmc_desktop.clock import FixedClock
    from cmc_desktop.spaces.dto import BookingDraft
    from cmc_desktop.spaces.service import SpacesService

    n_rooms, n_occ = (400, 20_000)
    path, _ = _city(n_rooms, n_occ)
    ctx = open_context(path, clock=FixedClock(dt.datetime(2027, 1, 25, 10)))
    svc = ctx.service(SpacesService)
    with ctx.sf() as s:
        from sqlalchemy import func, select

        from cmc_desktop.db.models.spaces import Occurrence, Room

        assert s.scalar(select(func.count()).select_from(Room)) == n_rooms
        existing = s.scalar(select(func.count()).select_from(Occurrence))
        room_id = s.scalar(select(Room.id).where(Room.code == "R0007"))
    # A Tuesday 10:00–12:00 series in a room, for a group and a trainer that are all busy some weeks.
    draft = BookingDraft(room_id, MONDAY + dt.timedelta(days=1), dt.time(10), dt.time(12), "course", True,
                         MONDAY + dt.timedelta(days=1, weeks=WEEKS - 1), group_id=3, trainer="Formateur 0003",
                         expected=20)
    plan = svc.preview_booking(draft)
    assert len(plan.dates) == WEEKS and plan.clashes, "the benchmark series must find real clashes"
    repeat = 5 if quick else 20
    project = median_of(lambda: svc.preview_booking(draft), repeat)

    days = [(MONDAY + dt.timedelta(days=1, weeks=w)).isoformat() for w in range(WEEKS)]
    con = sqlite3.connect(path)
    marks = ",".join("?" * len(days))
    sql = (f"SELECT id, booking_id, day, start_min, end_min, room_id, group_id, trainer_key FROM occurrences "
           f"WHERE state = 'active' AND day IN ({marks}) AND start_min < ? AND end_min > ? "
           f"AND (room_id = ? OR group_id = ? OR trainer_key = ?)")
    params = (*days, 12 * 60, 10 * 60, room_id, 3, "formateur 0003")
    floor_rows = con.execute(sql, params).fetchall()
    assert floor_rows, "the floor query must find the same clashes"
    floor = median_of(lambda: con.execute(sql, params).fetchall(), repeat)
    con.close()
    ctx.close()
    return [Row("bookings.conflicts_semester", project, floor, "<=0.05s",
                f"{n_rooms} rooms, {existing} occurrences, {WEEKS} weeks", f"{len(plan.clashes)} clashes named")]


def week_view(quick: bool) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from cmc_desktop.bootstrap import open_context
    from cmc_desktop.clock import FixedClock
    from cmc_desktop.spaces.service import SpacesService
    from ui.widgets.week_calendar import WeekCalendar

    app = QApplication.instance() or QApplication([])
    path, structure = _city(400, 20_000)
    ctx = open_context(path, clock=FixedClock(dt.datetime(2027, 1, 25, 10)))
    svc = ctx.service(SpacesService)
    cal = WeekCalendar()
    cal.resize(1200, 40 + 46 * 30)
    day = MONDAY + dt.timedelta(weeks=3)

    def project_once() -> None:
        cal.set_view(svc.week("structure", structure, day))
        cal.grab()

    project_once()
    view = cal.view
    assert view is not None and len(view.lanes) == 30 and view.entries
    repeat = 5 if quick else 15
    project = median_of(project_once, repeat)

    table = QTableView()
    table.resize(cal.size())
    model = QStandardItemModel(len(view.lanes), len(view.days))
    texts: dict[tuple[int, int], list[str]] = {}
    for lane, di, o in view.entries:
        texts.setdefault((lane, di), []).append(f"{o.group_code} {o.start}")

    def floor_once() -> None:
        for (lane, di), parts in texts.items():
            model.setItem(lane, di, QStandardItem(" ".join(parts)))
        table.setModel(model)
        table.grab()

    floor_once()
    floor = median_of(floor_once, repeat)
    ctx.close()
    app.processEvents()
    return [Row("bookings.week_view", project, floor, "<=0.2s", f"30 rooms × 6 days, {len(view.entries)} sessions")]


ROWS = [conflicts_semester, week_view]
