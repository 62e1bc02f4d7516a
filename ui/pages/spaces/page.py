"""Spaces page: week calendars, booking form with conflict preview, free-room finder, rooms and
structures editors, and the approval queue. All data comes from SpacesService DTOs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.errors import CmcError
from cmc_desktop.security.permissions import Perm
from cmc_desktop.spaces.dto import (
    BookingDraft,
    BookingDTO,
    ClashInfo,
    FreeRoom,
    OccurrenceDTO,
    RoomDraft,
    StructureDraft,
    StructureDTO,
)
from cmc_desktop.spaces.service import BookingConflict, SpacesService
from ui.errors import show_error
from ui.models.lazy import Column, LazyIdModel
from ui.models.rows import RowsModel
from ui.tasks import RUNNER
from ui.widgets.empty_state import empty_state
from ui.widgets.week_calendar import WeekCalendar

ROOM_KINDS = ("classroom", "workshop", "lab", "amphitheatre", "meeting", "study", "kitchen", "coworking")
SHARED_TYPES = ("language_centre", "media_library", "career_centre", "coworking", "fablab", "incubator",
                "conference_centre")
PURPOSES = ("course", "language", "event", "meeting")


def qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def pytime(q: QTime) -> dt.time:
    return dt.time(q.hour(), q.minute())


def date_edit(d: dt.date) -> QDateEdit:
    w = QDateEdit(qdate(d))
    w.setCalendarPopup(True)
    w.setDisplayFormat("dd/MM/yyyy")
    return w


def time_edit(h: int, m: int = 0) -> QTimeEdit:
    w = QTimeEdit(QTime(h, m))
    w.setDisplayFormat("HH:mm")
    return w


class ListModel(RowsModel):
    """A few dozen computed rows (free rooms, pending requests): held in memory, not a DB list."""


def _t(text: str) -> str:
    return QCoreApplication.translate("SpacesPage", text)


def clash_sentence(c: ClashInfo) -> str:
    """A translated sentence for one of the core's structured clashes (the core's text is English)."""
    head = _t("%1 %2–%3, room %4").replace("%1", c.day.strftime("%d/%m/%Y")).replace("%2", c.start) \
        .replace("%3", c.end).replace("%4", c.room)
    if c.kind == "capacity":
        body = _t("%1 people expected, the room holds %2").replace("%1", str(c.expected)) \
            .replace("%2", str(c.capacity))
    elif c.kind == "hours":
        body = _t("outside the opening hours (%1–%2)").replace("%1", c.opens).replace("%2", c.closes)
    elif c.kind == "closed_day":
        body = _t("the room is closed on that day of the week")
    elif c.kind == "out_of_service":
        until = c.out_of_service_to.strftime("%d/%m/%Y") if c.out_of_service_to else "…"
        since = c.out_of_service_from.strftime("%d/%m/%Y") if c.out_of_service_from else "…"
        body = _t("the room is out of service from %1 to %2").replace("%1", since).replace("%2", until)
    elif c.kind == "time":
        body = _t("the end must be after the start")
    else:
        names = {"room": _t("the room"), "group": _t("group %1").replace("%1", c.group),
                 "trainer": _t("the trainer")}
        what = ", ".join(names[k] for k in ("room", "group", "trainer") if k in c.kind.split("+"))
        if c.other_booking is not None:
            other = _t("booking #%1 (%2–%3, room %4)").replace("%1", str(c.other_booking)) \
                .replace("%2", c.other_start).replace("%3", c.other_end).replace("%4", c.other_room)
            details = [x for x in (c.other_group, c.other_trainer, c.other_title) if x]
            if details:
                other += " — " + ", ".join(details)
        else:
            other = c.other_label + f" ({c.other_start}–{c.other_end}, {c.other_room})"
        body = _t("%1: already taken by %2").replace("%1", what).replace("%2", other)
    return f"{head} — {body}"


class SpacesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.svc = ctx.service(SpacesService)
        self.today = ctx.clock.today()
        self.can_book = ctx.actor.can(Perm.BOOKINGS_EDIT)
        self.can_edit = ctx.actor.can(Perm.SPACES_EDIT)
        self.can_approve = ctx.actor.can(Perm.BOOKINGS_APPROVE)
        self.structures: list[StructureDTO] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("spacesTabs")
        lay.addWidget(self.tabs)
        self._reload_lists()
        self.tabs.addTab(self._week_tab(), self.tr("Week"))
        if self.can_book:
            self.tabs.addTab(self._booking_tab(), self.tr("Book"))
        self.tabs.addTab(self._finder_tab(), self.tr("Free rooms"))
        self.tabs.addTab(self._rooms_tab(), self.tr("Rooms"))
        self.tabs.addTab(self._structures_tab(), self.tr("Structures"))
        if self.can_approve:
            self.tabs.addTab(self._approval_tab(), self.tr("Approvals"))
        self._kind_changed()

    # ------------------------------------------------------------------ shared lists
    def _reload_lists(self) -> None:
        self.structures = self.svc.structures()
        self.rooms = self.svc.rooms()
        self.groups = self.svc.groups()
        self.trainers = self.svc.trainers()

    def _fill_rooms(self, combo: QComboBox, *, any_item: bool = False) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if any_item:
            combo.addItem(self.tr("(any)"), None)
        for r in self.rooms:
            combo.addItem(f"{r.code} · {self.tr(r.kind)} · {r.capacity}", r.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _fill_structures(self, combo: QComboBox, *, any_item: bool = False) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if any_item:
            combo.addItem(self.tr("(any)"), None)
        for st in self.structures:
            combo.addItem(st.label, st.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    # ------------------------------------------------------------------ week tab
    def _week_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        bar = QHBoxLayout()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("weekKind")
        for key, label in (("structure", self.tr("Structure (all rooms)")), ("room", self.tr("Room")),
                           ("group", self.tr("Group")), ("trainer", self.tr("Trainer"))):
            self.kind_combo.addItem(label, key)
        self.kind_combo.setAccessibleName(self.tr("Show the week of"))
        self.key_combo = QComboBox()
        self.key_combo.setObjectName("weekKey")
        self.key_combo.setMinimumWidth(260)
        self.key_combo.setAccessibleName(self.tr("Which one"))
        self.week_date = date_edit(self.today)
        self.week_date.setObjectName("weekDate")
        self.week_date.setAccessibleName(self.tr("Date"))
        prev_btn = QPushButton(self.tr("◀ Previous week"))
        next_btn = QPushButton(self.tr("Next week ▶"))
        today_btn = QPushButton(self.tr("This week"))
        for wdg in (self.kind_combo, self.key_combo, self.week_date, prev_btn, today_btn, next_btn):
            bar.addWidget(wdg)
        bar.addStretch(1)
        v.addLayout(bar)
        self.week_title = QLabel()
        self.week_title.setObjectName("weekTitle")
        font = self.week_title.font()
        font.setBold(True)
        self.week_title.setFont(font)
        v.addWidget(self.week_title)
        self.calendar = WeekCalendar()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.calendar)
        v.addWidget(scroll, 1)
        detail = QHBoxLayout()
        self.occ_label = QLabel(self.tr("Click a session to see it here."))
        self.occ_label.setObjectName("occurrenceDetail")
        self.occ_label.setWordWrap(True)
        self.cancel_occ_btn = QPushButton(self.tr("Cancel this date"))
        self.cancel_occ_btn.setObjectName("cancelOccurrence")
        self.cancel_occ_btn.setEnabled(False)
        self.move_occ_btn = QPushButton(self.tr("Move this date…"))
        self.move_occ_btn.setEnabled(False)
        self.edit_series_btn = QPushButton(self.tr("Edit the booking"))
        self.edit_series_btn.setEnabled(False)
        detail.addWidget(self.occ_label, 1)
        for b in (self.move_occ_btn, self.cancel_occ_btn, self.edit_series_btn):
            detail.addWidget(b)
        v.addLayout(detail)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.key_combo.currentIndexChanged.connect(self.refresh_week)
        self.week_date.dateChanged.connect(self.refresh_week)
        prev_btn.clicked.connect(lambda: self.week_date.setDate(self.week_date.date().addDays(-7)))
        next_btn.clicked.connect(lambda: self.week_date.setDate(self.week_date.date().addDays(7)))
        today_btn.clicked.connect(lambda: self.week_date.setDate(qdate(self.today)))
        self.calendar.occurrenceClicked.connect(self._occurrence_clicked)
        self.cancel_occ_btn.clicked.connect(self._cancel_occurrence)
        self.move_occ_btn.clicked.connect(self._move_occurrence)
        self.edit_series_btn.clicked.connect(self._edit_series)
        self.selected_occ: OccurrenceDTO | None = None
        return w

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self.key_combo.blockSignals(True)
        self.key_combo.clear()
        if kind == "structure":
            for st in self.structures:
                self.key_combo.addItem(f"{st.label} ({st.rooms})", st.id)
        elif kind == "room":
            for r in self.rooms:
                self.key_combo.addItem(f"{r.code} · {self.tr(r.kind)} · {r.capacity}", r.id)
        elif kind == "group":
            for gid, code in self.groups:
                self.key_combo.addItem(code, gid)
        else:
            for name in self.trainers:
                self.key_combo.addItem(name, name)
        self.key_combo.blockSignals(False)
        self.refresh_week()

    def show_week(self, kind: str, key: Any, day: dt.date | None = None) -> None:
        """Select a view programmatically (the finder and tests use it)."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.key_combo.setCurrentIndex(max(0, self.key_combo.findData(key)))
        if day is not None:
            self.week_date.setDate(qdate(day))
        self.refresh_week()

    def refresh_week(self) -> None:
        key = self.key_combo.currentData()
        if key is None:
            self.calendar.set_view(None)
            self.week_title.setText(self.tr("Nothing to show yet"))
            return
        try:
            view = self.svc.week(self.kind_combo.currentData(), key, pydate(self.week_date.date()))
        except CmcError as exc:
            show_error(self, exc)
            return
        self.calendar.set_view(view)
        self.week_title.setText(self.tr("%1 — week of %2 — %3 session(s)")
                                .replace("%1", view.title)
                                .replace("%2", view.monday.strftime("%d/%m/%Y"))
                                .replace("%3", str(len(view.entries))))
        self._occurrence_clicked(None)

    def _occurrence_clicked(self, occ: OccurrenceDTO | None) -> None:
        self.selected_occ = occ
        for b in (self.cancel_occ_btn, self.move_occ_btn, self.edit_series_btn):
            b.setEnabled(occ is not None and self.can_book)
        self.occ_label.setText(self.calendar.describe(occ).replace("\n", " · ") if occ
                               else self.tr("Click a session to see it here."))

    def _cancel_occurrence(self) -> None:
        occ = self.selected_occ
        if occ is None:
            return
        answer = QMessageBox.question(self, self.tr("Cancel this date"),
                                      self.tr("Cancel the session of %1 only? The rest of the series stays booked.")
                                      .replace("%1", occ.day.strftime("%d/%m/%Y")))
        if answer != QMessageBox.Yes:
            return
        try:
            self.svc.cancel_occurrence(occ.id)
        except CmcError as exc:
            show_error(self, exc)
        self.refresh_week()

    def _move_occurrence(self) -> None:
        occ = self.selected_occ
        if occ is None:
            return
        from PySide6.QtWidgets import QDialog, QDialogButtonBox

        dlg = QDialog(self)
        dlg.setWindowTitle(self.tr("Move this date"))
        form = QFormLayout(dlg)
        day = date_edit(occ.day)
        start = time_edit(occ.start_min // 60, occ.start_min % 60)
        end = time_edit(occ.end_min // 60, occ.end_min % 60)
        room = QComboBox()
        self._fill_rooms(room)
        room.setCurrentIndex(max(0, room.findData(occ.room_id)))
        form.addRow(self.tr("Date"), day)
        form.addRow(self.tr("Start"), start)
        form.addRow(self.tr("End"), end)
        form.addRow(self.tr("Room"), room)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(dlg.accept)
        buttons.rejected.connect(dlg.reject)
        form.addRow(buttons)
        if dlg.exec() != QDialog.Accepted:
            return
        try:
            self.svc.move_occurrence(occ.id, pydate(day.date()), pytime(start.time()), pytime(end.time()),
                                     room.currentData())
        except CmcError as exc:
            show_error(self, exc)
        self.refresh_week()

    def _edit_series(self) -> None:
        if self.selected_occ is None or not self.can_book:
            return
        self.load_booking(self.selected_occ.booking_id)
        self.tabs.setCurrentWidget(self.booking_tab)

    # ------------------------------------------------------------------ booking tab
    def _booking_tab(self) -> QWidget:
        self.booking_tab = w = QWidget()
        h = QHBoxLayout(w)
        left = QWidget()
        form = QFormLayout(left)
        self.b_room = QComboBox()
        self.b_room.setObjectName("bookingRoom")
        self._fill_rooms(self.b_room)
        self.b_purpose = QComboBox()
        for key, label in (("course", self.tr("Course")), ("language", self.tr("Language session")),
                           ("event", self.tr("Event")), ("meeting", self.tr("Meeting"))):
            self.b_purpose.addItem(label, key)
        self.b_group = QComboBox()
        self.b_group.setObjectName("bookingGroup")
        self.b_group.addItem(self.tr("(no group)"), None)
        for gid, code in self.groups:
            self.b_group.addItem(code, gid)
        self.b_title = QLineEdit()
        self.b_organiser = QLineEdit()
        self.b_trainer = QComboBox()
        self.b_trainer.setEditable(True)
        self.b_trainer.addItems([""] + self.trainers)
        self.b_expected = QSpinBox()
        self.b_expected.setRange(0, 2000)
        self.b_expected.setSpecialValueText(self.tr("group headcount"))
        self.b_date = date_edit(self.today)
        self.b_date.setObjectName("bookingDate")
        self.b_weekly = QCheckBox(self.tr("Every week until"))
        self.b_weekly.setObjectName("bookingWeekly")
        self.b_until = date_edit(self.today + dt.timedelta(weeks=12))
        self.b_until.setEnabled(False)
        self.b_weekly.toggled.connect(self.b_until.setEnabled)
        until_row = QHBoxLayout()
        until_row.addWidget(self.b_weekly)
        until_row.addWidget(self.b_until)
        self.b_start = time_edit(8, 30)
        self.b_start.setObjectName("bookingStart")
        self.b_end = time_edit(11)
        self.b_end.setObjectName("bookingEnd")
        for label, wdg in ((self.tr("Room"), self.b_room), (self.tr("Purpose"), self.b_purpose),
                           (self.tr("Group"), self.b_group), (self.tr("Title"), self.b_title),
                           (self.tr("Organiser"), self.b_organiser), (self.tr("Trainer"), self.b_trainer),
                           (self.tr("People expected"), self.b_expected), (self.tr("Date"), self.b_date)):
            wdg.setAccessibleName(label)
            form.addRow(label, wdg)
        form.addRow("", until_row)
        form.addRow(self.tr("Start"), self.b_start)
        form.addRow(self.tr("End"), self.b_end)
        buttons = QHBoxLayout()
        self.check_btn = QPushButton(self.tr("&Check"))
        self.check_btn.setObjectName("checkBooking")
        self.save_booking_btn = QPushButton(self.tr("&Save booking"))
        self.save_booking_btn.setObjectName("saveBooking")
        self.new_booking_btn = QPushButton(self.tr("&New"))
        self.cancel_booking_btn = QPushButton(self.tr("Cancel the whole booking"))
        self.cancel_booking_btn.setEnabled(False)
        import_btn = QPushButton(self.tr("Import a timetable…"))
        import_btn.setObjectName("importTimetable")
        for b in (self.check_btn, self.save_booking_btn, self.new_booking_btn, self.cancel_booking_btn):
            buttons.addWidget(b)
        form.addRow(buttons)
        form.addRow(import_btn)
        h.addWidget(left, 3)
        right = QVBoxLayout()
        self.plan_label = QLabel(self.tr("Check a booking to see its dates and conflicts."))
        self.plan_label.setObjectName("planSummary")
        self.plan_label.setWordWrap(True)
        self.plan_list = QListWidget()
        self.plan_list.setObjectName("planList")
        self.plan_list.setWordWrap(True)
        self.plan_list.setAccessibleName(self.tr("Dates, skipped dates and conflicts"))
        right.addWidget(self.plan_label)
        right.addWidget(self.plan_list, 1)
        h.addLayout(right, 4)
        self.editing: BookingDTO | None = None
        self.check_btn.clicked.connect(self.check_booking)
        self.save_booking_btn.clicked.connect(self.save_booking)
        self.new_booking_btn.clicked.connect(self._new_booking)
        self.cancel_booking_btn.clicked.connect(self._cancel_booking)
        import_btn.clicked.connect(self._import_timetable)
        return w

    def draft(self) -> BookingDraft:
        return BookingDraft(
            room_id=self.b_room.currentData(), starts_on=pydate(self.b_date.date()),
            start=pytime(self.b_start.time()), end=pytime(self.b_end.time()),
            purpose=self.b_purpose.currentData(), weekly=self.b_weekly.isChecked(),
            ends_on=pydate(self.b_until.date()) if self.b_weekly.isChecked() else None,
            group_id=self.b_group.currentData(), organiser=self.b_organiser.text(),
            trainer=self.b_trainer.currentText(), expected=self.b_expected.value() or None,
            title=self.b_title.text())

    def _show_plan(self, dates: tuple, skipped: tuple, clashes: tuple, status: str) -> None:
        self.plan_list.clear()
        if clashes:
            self.plan_label.setText(self.tr("%1 conflict(s): nothing can be saved until they are solved.")
                                    .replace("%1", str(len(clashes))))
        else:
            text = self.tr("No conflict: %1 date(s) to book, %2 skipped.").replace("%1", str(len(dates))) \
                .replace("%2", str(len(skipped)))
            if status == "pending":
                text += " " + self.tr("This structure needs approval: the booking will wait in the queue.")
            self.plan_label.setText(text)
        for c in clashes:
            self.plan_list.addItem("⚠ " + clash_sentence(c))
        for d, why in skipped:
            self.plan_list.addItem(self.tr("Skipped %1: %2").replace("%1", d.strftime("%d/%m/%Y")).replace("%2", why))
        for d in dates:
            self.plan_list.addItem("✓ " + d.strftime("%d/%m/%Y"))

    def check_booking(self) -> None:
        try:
            plan = self.svc.preview_booking(self.draft(), self.editing.id if self.editing else None)
        except CmcError as exc:
            self.plan_list.clear()
            self.plan_label.setText(exc.message)
            return
        self._show_plan(plan.dates, plan.skipped, plan.clashes, plan.status)

    def save_booking(self) -> None:
        try:
            if self.editing:
                saved = self.svc.update_booking(self.editing.id, self.draft(), self.editing.version)
            else:
                saved = self.svc.create_booking(self.draft())
        except BookingConflict as exc:
            self._show_plan((), (), exc.clashes, "")
            return
        except CmcError as exc:
            self.plan_list.clear()
            self.plan_label.setText(exc.message)
            return
        self.editing = saved
        self.cancel_booking_btn.setEnabled(True)
        self.plan_list.clear()
        text = self.tr("Booking #%1 saved: %2 date(s), status %3.").replace("%1", str(saved.id)) \
            .replace("%2", str(saved.occurrences)).replace("%3", self._status_label(saved.status))
        self.plan_label.setText(text)
        for d, why in saved.skipped:
            self.plan_list.addItem(self.tr("Skipped %1: %2").replace("%1", d.strftime("%d/%m/%Y")).replace("%2", why))
        self._reload_lists()
        self.refresh_week()
        if self.can_approve:
            self.refresh_pending()

    def _status_label(self, status: str) -> str:
        return {"approved": self.tr("approved"), "pending": self.tr("waiting for approval"),
                "cancelled": self.tr("cancelled"), "rejected": self.tr("rejected")}.get(status, status)

    def load_booking(self, booking_id: int) -> None:
        b = self.svc.booking(booking_id)
        d = self.svc.booking_draft(booking_id)
        self.editing = b
        self.b_room.setCurrentIndex(max(0, self.b_room.findData(d.room_id)))
        self.b_purpose.setCurrentIndex(max(0, self.b_purpose.findData(d.purpose)))
        self.b_group.setCurrentIndex(max(0, self.b_group.findData(d.group_id)))
        self.b_title.setText(d.title)
        self.b_organiser.setText(d.organiser)
        self.b_trainer.setCurrentText(d.trainer)
        self.b_expected.setValue(d.expected or 0)
        self.b_date.setDate(qdate(d.starts_on))
        self.b_weekly.setChecked(d.weekly)
        self.b_until.setDate(qdate(d.ends_on or d.starts_on))
        self.b_start.setTime(QTime(d.start.hour, d.start.minute))
        self.b_end.setTime(QTime(d.end.hour, d.end.minute))
        self.cancel_booking_btn.setEnabled(True)
        self.plan_list.clear()
        self.plan_label.setText(self.tr("Editing booking #%1: every date is checked again when you save.")
                                .replace("%1", str(b.id)))

    def _new_booking(self) -> None:
        self.editing = None
        self.cancel_booking_btn.setEnabled(False)
        self.b_title.clear()
        self.b_organiser.clear()
        self.b_expected.setValue(0)
        self.plan_list.clear()
        self.plan_label.setText(self.tr("Check a booking to see its dates and conflicts."))

    def _cancel_booking(self) -> None:
        if self.editing is None:
            return
        if QMessageBox.question(self, self.tr("Cancel the whole booking"),
                                self.tr("Cancel booking #%1 and all its dates?").replace("%1", str(self.editing.id))) \
                != QMessageBox.Yes:
            return
        try:
            self.svc.cancel_booking(self.editing.id)
        except CmcError as exc:
            show_error(self, exc)
            return
        self._new_booking()
        self.refresh_week()

    def _import_timetable(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a timetable"), "", self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        svc = self.svc

        def work(*, progress, cancel):  # noqa: ANN001, ANN202
            return svc.import_timetable(path, progress=progress, cancel=cancel)

        def done(result: Any) -> None:
            self._reload_lists()
            self.refresh_week()
            self.plan_list.clear()
            self.plan_label.setText(self.tr("Imported %1 weekly series, %2 dates.").replace("%1", str(result.bookings))
                                    .replace("%2", str(result.occurrences)))
            for row, d, why in result.skipped:
                self.plan_list.addItem(self.tr("Row %1: skipped %2 (%3)").replace("%1", str(row))
                                       .replace("%2", d.strftime("%d/%m/%Y")).replace("%3", why))

        def failed(exc: BaseException) -> None:
            self.plan_list.clear()
            if isinstance(exc, CmcError):
                lines = exc.message.splitlines()
                self.plan_label.setText(lines[0])
                self.plan_list.addItems([line.strip() for line in lines[1:]])
            else:
                show_error(self, exc)

        RUNNER.run(self, self.tr("Importing the timetable"), work, on_done=done, on_error=failed, writes=True)

    # ------------------------------------------------------------------ finder tab
    def _finder_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        form = QHBoxLayout()
        self.f_date = date_edit(self.today)
        self.f_date.setObjectName("finderDate")
        self.f_start = time_edit(8, 30)
        self.f_end = time_edit(11)
        self.f_capacity = QSpinBox()
        self.f_capacity.setObjectName("finderCapacity")
        self.f_capacity.setRange(0, 2000)
        self.f_equipment = QLineEdit()
        self.f_equipment.setObjectName("finderEquipment")
        self.f_equipment.setPlaceholderText(self.tr("e.g. pc, vidéoprojecteur"))
        self.f_structure = QComboBox()
        self._fill_structures(self.f_structure, any_item=True)
        self.f_accessible = QCheckBox(self.tr("Accessible"))
        find_btn = QPushButton(self.tr("&Find"))
        find_btn.setObjectName("findRooms")
        for label, wdg in ((self.tr("Date"), self.f_date), (self.tr("From"), self.f_start), (self.tr("To"), self.f_end),
                           (self.tr("At least"), self.f_capacity), (self.tr("Equipment"), self.f_equipment),
                           (self.tr("Structure"), self.f_structure)):
            wdg.setAccessibleName(label)
            form.addWidget(QLabel(label))
            form.addWidget(wdg)
        form.addWidget(self.f_accessible)
        form.addWidget(find_btn)
        v.addLayout(form)
        self.finder_model = ListModel(
            [self.tr("Room"), self.tr("Structure"), self.tr("Kind"), self.tr("Capacity"), self.tr("Equipment"),
             self.tr("Accessible")],
            lambda r: (r.code, r.structure_code, self.tr(r.kind), r.capacity, ", ".join(r.equipment),
                       self.tr("Yes") if r.accessible else ""))
        self.finder_table = QTableView()
        self.finder_table.setObjectName("finderTable")
        self.finder_table.setModel(self.finder_model)
        self.finder_empty = empty_state(self.finder_table, self.tr("No free room to show: choose a slot and press Find, or lower the capacity and equipment asked."))
        self.finder_table.setSelectionBehavior(QTableView.SelectRows)
        self.finder_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.finder_table.horizontalHeader().setStretchLastSection(True)
        self.finder_label = QLabel()
        self.finder_label.setObjectName("finderSummary")
        v.addWidget(self.finder_label)
        v.addWidget(self.finder_table, 1)
        book_btn = QPushButton(self.tr("Book the selected room"))
        book_btn.setObjectName("bookFreeRoom")
        book_btn.setEnabled(self.can_book)
        v.addWidget(book_btn, 0, Qt.AlignRight)
        find_btn.clicked.connect(self.find_rooms)
        book_btn.clicked.connect(self._book_found)
        return w

    def find_rooms(self) -> None:
        try:
            rooms: list[FreeRoom] = self.svc.free_rooms(
                pydate(self.f_date.date()), pytime(self.f_start.time()), pytime(self.f_end.time()),
                min_capacity=self.f_capacity.value(), equipment=self.f_equipment.text(),
                structure_id=self.f_structure.currentData(), accessible=self.f_accessible.isChecked() or None)
        except CmcError as exc:
            self.finder_label.setText(exc.message)
            self.finder_model.set_rows([])
            return
        self.finder_model.set_rows(rooms)
        self.finder_label.setText(self.tr("%1 free room(s)").replace("%1", str(len(rooms))))

    def _book_found(self) -> None:
        idx = self.finder_table.currentIndex()
        if not idx.isValid() or not self.can_book:
            return
        room: FreeRoom = self.finder_model.rows[idx.row()]
        self._new_booking()
        self.b_room.setCurrentIndex(max(0, self.b_room.findData(room.id)))
        self.b_date.setDate(self.f_date.date())
        self.b_start.setTime(self.f_start.time())
        self.b_end.setTime(self.f_end.time())
        self.b_weekly.setChecked(False)
        if self.f_capacity.value():
            self.b_expected.setValue(self.f_capacity.value())
        self.tabs.setCurrentWidget(self.booking_tab)

    # ------------------------------------------------------------------ rooms tab
    def _rooms_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        bar = QHBoxLayout()
        self.r_search = QLineEdit()
        self.r_search.setObjectName("roomSearch")
        self.r_search.setPlaceholderText(self.tr("Search a room, a kind or equipment"))
        self.r_filter = QComboBox()
        self._fill_structures(self.r_filter, any_item=True)
        self.r_filter.setAccessibleName(self.tr("Structure"))
        bar.addWidget(self.r_search, 2)
        bar.addWidget(self.r_filter, 1)
        v.addLayout(bar)
        split = QSplitter()
        self.rooms_model = LazyIdModel([
            Column("code", self.tr("Code")), Column("structure_code", self.tr("Structure")),
            Column("kind", self.tr("Kind"), formatter=self.tr), Column("capacity", self.tr("Capacity"), align_right=True),
            Column("equipment_text", self.tr("Equipment")),
            Column("accessible", self.tr("Accessible"), formatter=lambda a: self.tr("Yes") if a else ""),
            Column("out_of_service_from", self.tr("Out of service"),
                   formatter=lambda d: d.strftime("%d/%m/%Y") if d else ""),
        ], self.svc.room_rows)
        self.rooms_table = QTableView()
        self.rooms_table.setObjectName("roomsTable")
        self.rooms_table.setModel(self.rooms_model)
        self.rooms_table.setSelectionBehavior(QTableView.SelectRows)
        self.rooms_table.setSelectionMode(QTableView.SingleSelection)
        self.rooms_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.rooms_table.horizontalHeader().setStretchLastSection(True)
        split.addWidget(self.rooms_table)
        holder = QWidget()
        form = QFormLayout(holder)
        self.r_code = QLineEdit()
        self.r_code.setObjectName("roomCode")
        self.r_name = QLineEdit()
        self.r_structure = QComboBox()
        self._fill_structures(self.r_structure)
        self.r_kind = QComboBox()
        for k in ROOM_KINDS:
            self.r_kind.addItem(self.tr(k), k)
        self.r_capacity = QSpinBox()
        self.r_capacity.setObjectName("roomCapacity")
        self.r_capacity.setRange(1, 5000)
        self.r_equipment = QLineEdit()
        self.r_accessible = QCheckBox()
        self.r_opens = time_edit(8)
        self.r_closes = time_edit(19)
        self.r_days = QLineEdit("123456")
        self.r_days.setToolTip(self.tr("Open days: 1 = Monday … 7 = Sunday"))
        self.r_oos = QCheckBox(self.tr("Out of service from"))
        self.r_oos_from = date_edit(self.today)
        self.r_oos_to = date_edit(self.today + dt.timedelta(days=7))
        self.r_oos_to.setAccessibleName(self.tr("To"))
        oos = QHBoxLayout()
        oos.addWidget(self.r_oos)
        oos.addWidget(self.r_oos_from)
        oos.addWidget(QLabel(self.tr("to")))
        oos.addWidget(self.r_oos_to)
        for label, wdg in ((self.tr("Code"), self.r_code), (self.tr("Name"), self.r_name),
                           (self.tr("Structure"), self.r_structure), (self.tr("Kind"), self.r_kind),
                           (self.tr("Capacity"), self.r_capacity), (self.tr("Equipment"), self.r_equipment),
                           (self.tr("Accessible"), self.r_accessible), (self.tr("Opens"), self.r_opens),
                           (self.tr("Closes"), self.r_closes), (self.tr("Open days"), self.r_days)):
            wdg.setAccessibleName(label)
            wdg.setEnabled(self.can_edit)
            form.addRow(label, wdg)
        form.addRow(oos)
        self.room_message = QLabel()
        self.room_message.setObjectName("roomMessage")
        self.room_message.setWordWrap(True)
        form.addRow(self.room_message)
        btns = QHBoxLayout()
        new_btn = QPushButton(self.tr("&New room"))
        self.save_room_btn = QPushButton(self.tr("Save room"))
        self.save_room_btn.setObjectName("saveRoom")
        self.delete_room_btn = QPushButton(self.tr("Delete room"))
        self.delete_room_btn.setObjectName("deleteRoom")
        for b in (new_btn, self.save_room_btn, self.delete_room_btn):
            b.setEnabled(self.can_edit)
            btns.addWidget(b)
        form.addRow(btns)
        split.addWidget(holder)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        v.addWidget(split, 1)
        self.room_current: Any = None
        self.r_search.textChanged.connect(self.refresh_rooms)
        self.r_filter.currentIndexChanged.connect(self.refresh_rooms)
        self.rooms_table.selectionModel().currentRowChanged.connect(self._room_selected)
        new_btn.clicked.connect(self._new_room)
        self.save_room_btn.clicked.connect(self.save_room)
        self.delete_room_btn.clicked.connect(self.delete_room)
        self.refresh_rooms()
        return w

    def refresh_rooms(self) -> None:
        self.rooms_model.set_ids(self.svc.search_rooms(self.r_search.text(), self.r_filter.currentData()))

    def _room_selected(self, current: QModelIndex, _prev: QModelIndex) -> None:
        r = self.rooms_model.record(current.row()) if current.isValid() else None
        self.room_current = r
        if r is None:
            return
        self.r_code.setText(r.code)
        self.r_name.setText(r.name)
        self.r_structure.setCurrentIndex(max(0, self.r_structure.findData(r.structure_id)))
        self.r_kind.setCurrentIndex(max(0, self.r_kind.findData(r.kind)))
        self.r_capacity.setValue(r.capacity)
        self.r_equipment.setText(r.equipment_text)
        self.r_accessible.setChecked(r.accessible)
        self.r_opens.setTime(QTime(r.opens.hour, r.opens.minute))
        self.r_closes.setTime(QTime(r.closes.hour, r.closes.minute))
        self.r_days.setText(r.open_days)
        self.r_oos.setChecked(r.out_of_service_from is not None)
        if r.out_of_service_from:
            self.r_oos_from.setDate(qdate(r.out_of_service_from))
        if r.out_of_service_to:
            self.r_oos_to.setDate(qdate(r.out_of_service_to))
        self.room_message.clear()

    def _new_room(self) -> None:
        self.room_current = None
        self.rooms_table.clearSelection()
        for e in (self.r_code, self.r_name, self.r_equipment):
            e.clear()
        self.r_capacity.setValue(20)
        self.r_oos.setChecked(False)
        self.r_accessible.setChecked(True)
        self.room_message.clear()
        self.r_code.setFocus()

    def save_room(self) -> None:
        oos = self.r_oos.isChecked()
        draft = RoomDraft(self.r_code.text(), self.r_structure.currentData(), self.r_kind.currentData(),
                          self.r_capacity.value(), name=self.r_name.text(), equipment=self.r_equipment.text(),
                          accessible=self.r_accessible.isChecked(), opens=pytime(self.r_opens.time()),
                          closes=pytime(self.r_closes.time()), open_days=self.r_days.text().strip(),
                          out_of_service_from=pydate(self.r_oos_from.date()) if oos else None,
                          out_of_service_to=pydate(self.r_oos_to.date()) if oos else None)
        cur = self.room_current
        try:
            saved = self.svc.save_room(draft, cur.id if cur else None, cur.version if cur else None)
        except CmcError as exc:
            self.room_message.setText(exc.message)
            return
        self._after_rooms_changed()
        row = self.rooms_model.row_of(saved.id)
        if row is not None:
            self.rooms_table.selectRow(row)
        self.room_message.setText(self.tr("Room %1 saved.").replace("%1", saved.code))

    def delete_room(self) -> None:
        cur = self.room_current
        if cur is None:
            self.room_message.setText(self.tr("Select the room to delete in the list."))
            return
        if not self._confirm_delete(self.tr("Delete room %1? This cannot be undone.").replace("%1", cur.code)):
            return
        try:
            code = self.svc.delete_room(cur.id, cur.version)
        except CmcError as exc:
            self.room_message.setText(self.tr("This room has bookings in its history: put it out of service "
                                              "instead, so that its timetables and reports stay true.")
                                      if exc.code == "in_use" else exc.message)
            return
        self._after_rooms_changed()
        self._new_room()
        self.room_message.setText(self.tr("Room %1 deleted.").replace("%1", code))

    def _after_rooms_changed(self) -> None:
        """Every list that names rooms: the rooms table, the booking form, the week's room list."""
        self._reload_lists()
        self.refresh_rooms()
        self._fill_rooms(self.b_room)
        if self.kind_combo.currentData() in ("room", "structure"):
            key = self.key_combo.currentData()
            self._kind_changed()
            index = self.key_combo.findData(key)
            if index > 0:
                self.key_combo.setCurrentIndex(index)

    def _confirm_delete(self, question: str) -> bool:
        return QMessageBox.question(self, self.tr("Delete"), question,
                                    QMessageBox.Yes | QMessageBox.No, QMessageBox.No) == QMessageBox.Yes

    # ------------------------------------------------------------------ structures tab
    def _structures_tab(self) -> QWidget:
        w = QWidget()
        h = QHBoxLayout(w)
        self.st_model = ListModel(
            [self.tr("Code"), self.tr("Name"), self.tr("Kind"), self.tr("Type or hub"), self.tr("Rooms"),
             self.tr("Needs approval")],
            lambda st: (st.code, st.name_fr, self.tr("Sector hub") if st.kind == "hub" else self.tr("Shared"),
                        st.hub_code or self.tr(st.shared_type or ""), st.rooms,
                        self.tr("Yes") if st.requires_approval else ""))
        self.st_table = QTableView()
        self.st_table.setObjectName("structuresTable")
        self.st_table.setModel(self.st_model)
        self.st_table.setSelectionBehavior(QTableView.SelectRows)
        self.st_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        h.addWidget(self.st_table, 3)
        holder = QWidget()
        form = QFormLayout(holder)
        self.s_code = QLineEdit()
        self.s_name_fr = QLineEdit()
        self.s_name_ar = QLineEdit()
        self.s_name_ar.setLayoutDirection(Qt.RightToLeft)
        self.s_kind = QComboBox()
        self.s_kind.addItem(self.tr("Sector hub"), "hub")
        self.s_kind.addItem(self.tr("Shared"), "shared")
        self.s_type = QComboBox()
        for t in SHARED_TYPES:
            self.s_type.addItem(self.tr(t), t)
        self.s_hub = QComboBox()
        for hid, label in self.svc.hubs():
            self.s_hub.addItem(label, hid)
        self.s_approval = QCheckBox()
        self.s_manager = QLineEdit()
        for label, wdg in ((self.tr("Code"), self.s_code), (self.tr("French name"), self.s_name_fr),
                           (self.tr("Arabic name"), self.s_name_ar), (self.tr("Kind"), self.s_kind),
                           (self.tr("Shared type"), self.s_type), (self.tr("Hub"), self.s_hub),
                           (self.tr("Needs approval"), self.s_approval), (self.tr("Manager"), self.s_manager)):
            wdg.setAccessibleName(label)
            wdg.setEnabled(self.can_edit)
            form.addRow(label, wdg)
        self.st_message = QLabel()
        self.st_message.setWordWrap(True)
        form.addRow(self.st_message)
        btns = QHBoxLayout()
        new_btn = QPushButton(self.tr("New structure"))
        save_btn = QPushButton(self.tr("Save structure"))
        save_btn.setObjectName("saveStructure")
        delete_btn = QPushButton(self.tr("Delete structure"))
        delete_btn.setObjectName("deleteStructure")
        for b in (new_btn, save_btn, delete_btn):
            b.setEnabled(self.can_edit)
            btns.addWidget(b)
        form.addRow(btns)
        h.addWidget(holder, 2)
        self.st_current: StructureDTO | None = None
        self.st_model.set_rows(self.structures)
        self.st_table.selectionModel().currentRowChanged.connect(self._structure_selected)
        new_btn.clicked.connect(self._new_structure)
        save_btn.clicked.connect(self.save_structure)
        delete_btn.clicked.connect(self.delete_structure)
        return w

    def _structure_selected(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if not current.isValid():
            return
        st: StructureDTO = self.st_model.rows[current.row()]
        self.st_current = st
        self.s_code.setText(st.code)
        self.s_name_fr.setText(st.name_fr)
        self.s_name_ar.setText(st.name_ar)
        self.s_kind.setCurrentIndex(max(0, self.s_kind.findData(st.kind)))
        self.s_type.setCurrentIndex(max(0, self.s_type.findData(st.shared_type)))
        self.s_hub.setCurrentIndex(max(0, self.s_hub.findData(st.hub_id)))
        self.s_approval.setChecked(st.requires_approval)
        self.s_manager.setText(st.manager)
        self.st_message.clear()

    def _new_structure(self) -> None:
        self.st_current = None
        for e in (self.s_code, self.s_name_fr, self.s_name_ar, self.s_manager):
            e.clear()
        self.s_approval.setChecked(False)
        self.st_message.clear()

    def save_structure(self) -> None:
        draft = StructureDraft(self.s_code.text(), self.s_name_fr.text(), self.s_kind.currentData(),
                               name_ar=self.s_name_ar.text(), shared_type=self.s_type.currentData(),
                               hub_id=self.s_hub.currentData(), requires_approval=self.s_approval.isChecked(),
                               manager=self.s_manager.text())
        cur = self.st_current
        try:
            saved = self.svc.save_structure(draft, cur.id if cur else None, cur.version if cur else None)
        except CmcError as exc:
            self.st_message.setText(exc.message)
            return
        self.st_message.setText(self.tr("Structure %1 saved.").replace("%1", saved.code))
        self._after_structures_changed()
        self.st_current = saved

    def delete_structure(self) -> None:
        cur = self.st_current
        if cur is None:
            self.st_message.setText(self.tr("Select the structure to delete in the list."))
            return
        if not self._confirm_delete(self.tr("Delete structure %1? This cannot be undone.").replace("%1", cur.code)):
            return
        try:
            code = self.svc.delete_structure(cur.id, cur.version)
        except CmcError as exc:
            self.st_message.setText(self.tr("This structure still holds rooms: delete them or move them to "
                                            "another structure first.") if exc.code == "in_use" else exc.message)
            return
        self._new_structure()
        self._after_structures_changed()
        self.st_message.setText(self.tr("Structure %1 deleted.").replace("%1", code))

    def _after_structures_changed(self) -> None:
        self._reload_lists()
        self.st_model.set_rows(self.structures)
        self._fill_structures(self.r_structure)
        self._fill_structures(self.r_filter, any_item=True)
        self._fill_structures(self.f_structure, any_item=True)

    # ------------------------------------------------------------------ approvals tab
    def _approval_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        self.pending_model = ListModel(
            [self.tr("No."), self.tr("Room"), self.tr("Date"), self.tr("Time"), self.tr("Title"),
             self.tr("Organiser"), self.tr("People expected")],
            lambda b: (b.id, b.room_code, b.starts_on.strftime("%d/%m/%Y") + (
                f" → {b.ends_on:%d/%m/%Y}" if b.ends_on != b.starts_on else ""), f"{b.start}–{b.end}",
                b.title or b.purpose, b.organiser or b.group_code, b.expected))
        self.pending_table = QTableView()
        self.pending_table.setObjectName("pendingTable")
        self.pending_table.setModel(self.pending_model)
        self.pending_empty = empty_state(self.pending_table, self.tr("No booking waits for approval."))
        self.pending_table.setSelectionBehavior(QTableView.SelectRows)
        self.pending_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.pending_table.horizontalHeader().setStretchLastSection(True)
        v.addWidget(self.pending_table, 1)
        self.pending_message = QLabel()
        self.pending_message.setObjectName("pendingMessage")
        self.pending_message.setWordWrap(True)
        v.addWidget(self.pending_message)
        btns = QHBoxLayout()
        approve = QPushButton(self.tr("Approve"))
        approve.setObjectName("approveBooking")
        reject = QPushButton(self.tr("Reject"))
        btns.addStretch(1)
        btns.addWidget(approve)
        btns.addWidget(reject)
        v.addLayout(btns)
        approve.clicked.connect(lambda: self._decide(True))
        reject.clicked.connect(lambda: self._decide(False))
        self.refresh_pending()
        return w

    def refresh_pending(self) -> None:
        self.pending_model.set_rows(self.svc.pending())

    def _decide(self, approve: bool) -> None:
        idx = self.pending_table.currentIndex()
        if not idx.isValid():
            return
        b: BookingDTO = self.pending_model.rows[idx.row()]
        try:
            done = self.svc.approve(b.id) if approve else self.svc.reject(b.id)
        except CmcError as exc:
            self.pending_message.setText(exc.message)
            return
        self.pending_message.setText(self.tr("Booking #%1: %2").replace("%1", str(done.id))
                                     .replace("%2", self._status_label(done.status)))
        self.refresh_pending()
        self.refresh_week()
