"""Language centre: level groups with the roll of each session and attendance alerts; placement tests."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.errors import CmcError
from cmc_desktop.language.service import LanguageService
from cmc_desktop.security.permissions import Perm
from ui.errors import show_error
from ui.pages.library.common import ListModel, date_edit, pct, pydate, table
from ui.tasks import RUNNER

STATUSES = ("present", "late", "absent", "excused")


class AttendanceTab(QWidget):
    def __init__(self, svc: LanguageService, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.can_edit = can_edit
        self.status_labels = {"present": self.tr("Present"), "late": self.tr("Late"), "absent": self.tr("Absent"),
                              "excused": self.tr("Excused")}
        lay = QHBoxLayout(self)
        split = QSplitter()
        self.groups = ListModel([("code", self.tr("Group")), ("language", self.tr("Language")),
                                 ("level", self.tr("Level")), ("members", self.tr("Members")),
                                 ("capacity", self.tr("Size limit")), ("teacher", self.tr("Teacher"))])
        self.groups_view = table(self.groups, "languageGroups")
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.groups_view, 1)
        # Book a whole term for the selected group through the spaces area.
        term = QFormLayout()
        self.term_room = QLineEdit()
        self.term_room.setObjectName("termRoom")
        self.term_room.setPlaceholderText(self.tr("Room code, e.g. LANG-1"))
        today = svc.ctx.clock.today()
        self.term_from, self.term_to = date_edit(today), date_edit(today)
        self.term_start, self.term_end = QTimeEdit(QTime(8, 30)), QTimeEdit(QTime(10, 30))
        for w in (self.term_start, self.term_end):
            w.setDisplayFormat("HH:mm")
        self.term_start.setAccessibleName(self.tr("From"))
        self.term_end.setAccessibleName(self.tr("To"))
        times = QHBoxLayout()
        times.addWidget(self.term_start)
        times.addWidget(self.term_end)
        term.addRow(self.tr("Room"), self.term_room)
        term.addRow(self.tr("First week"), self.term_from)
        term.addRow(self.tr("Last week"), self.term_to)
        term.addRow(self.tr("Hours"), times)
        self.term_btn = QPushButton(self.tr("Book the term weekly"))
        self.term_btn.setEnabled(can_edit)
        term.addRow(self.term_btn)
        ll.addLayout(term)
        split.addWidget(left)
        right = QWidget()
        rl = QVBoxLayout(right)
        top = QHBoxLayout()
        self.session = QComboBox()
        self.session.setObjectName("sessionChoice")
        top.addWidget(QLabel(self.tr("Session")))
        top.addWidget(self.session, 1)
        self.sheet_btn = QPushButton(self.tr("Attendance sheet…"))
        top.addWidget(self.sheet_btn)
        rl.addLayout(top)
        self.roll_area = QScrollArea()
        self.roll_area.setWidgetResizable(True)
        self.roll_widget = QWidget()
        self.roll_form = QFormLayout(self.roll_widget)
        self.roll_area.setWidget(self.roll_widget)
        rl.addWidget(self.roll_area, 1)
        self.save_btn = QPushButton(self.tr("Save attendance"))
        self.save_btn.setObjectName("saveAttendance")
        self.save_btn.setEnabled(can_edit)
        rl.addWidget(self.save_btn, 0, Qt.AlignLeft)
        self.message = QLabel()
        self.message.setObjectName("attendanceMessage")
        rl.addWidget(self.message)
        self.summary = ListModel(
            [("name", self.tr("Trainee")), ("present", self.tr("Present")), ("late", self.tr("Late")),
             ("absent", self.tr("Absent")), ("excused", self.tr("Excused")), ("rate", self.tr("Rate")),
             ("hours_attended", self.tr("Hours")), ("hours_required", self.tr("Soft-skills hours required")),
             ("flags", self.tr("Alert"))],
            {"rate": pct}, alert=lambda r: r.cannot_reach or r.streak_alert)
        rl.addWidget(table(self.summary, "attendanceSummary"), 1)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        split.setSizes([420, 900])
        lay.addWidget(split)
        self.combos: dict[int, QComboBox] = {}
        self.groups_view.selectionModel().currentRowChanged.connect(lambda *_: self.load_group())
        self.session.currentIndexChanged.connect(lambda *_: self.load_roll())
        self.save_btn.clicked.connect(self.save)
        self.sheet_btn.clicked.connect(self.sheet)
        self.term_btn.clicked.connect(self.book_term)
        self.refresh()

    def book_term(self) -> None:
        g = self.current_group()
        if g is None:
            return
        start, end = self.term_start.time(), self.term_end.time()
        try:
            sessions = self.svc.schedule_term(g.id, self.term_room.text(), pydate(self.term_from), pydate(self.term_to),
                                              dt.time(start.hour(), start.minute()), dt.time(end.hour(), end.minute()))
        except CmcError as exc:
            show_error(self, exc)
            return
        self.message.setText(self.tr("%1 now has %2 session(s).").replace("%1", g.code)
                             .replace("%2", str(len(sessions))))
        self.load_group()

    def refresh(self) -> None:
        self.groups.set_rows(self.svc.groups())
        if self.groups.rowCount():
            self.groups_view.setCurrentIndex(self.groups.index(0, 0))
        self.load_group()

    def current_group(self):  # noqa: ANN201
        idx = self.groups_view.currentIndex()
        return self.groups.rows[idx.row()] if idx.isValid() else None

    def load_group(self) -> None:
        g = self.current_group()
        self.session.blockSignals(True)
        self.session.clear()
        if g is not None:
            sessions = self.svc.sessions(group_id=g.id)
            for s in sessions:
                mark = "✓ " if s.taken else ""
                self.session.addItem(f"{mark}{s.day:%d/%m/%Y} {s.starts:%H:%M} {s.room}", s.id)
            past = [i for i, s in enumerate(sessions) if s.taken]
            self.session.setCurrentIndex(past[-1] if past else 0)
        self.session.blockSignals(False)
        self.load_roll()
        self.load_summary()

    def load_roll(self) -> None:
        while self.roll_form.rowCount():
            self.roll_form.removeRow(0)
        self.combos = {}
        sid = self.session.currentData()
        if sid is None:
            return
        for tid, mat, name, status in self.svc.session_roll(sid):
            combo = QComboBox()
            combo.setAccessibleName(name)
            for st in STATUSES:
                combo.addItem(self.status_labels[st], st)
            combo.setCurrentIndex(STATUSES.index(status) if status else 0)
            combo.setEnabled(self.can_edit)
            self.combos[tid] = combo
            self.roll_form.addRow(f"{name} ({mat})", combo)

    def load_summary(self) -> None:
        g = self.current_group()
        if g is None:
            self.summary.set_rows([])
            return
        rows = []
        for m in self.svc.attendance(g.id):
            flags = []
            if m.cannot_reach:
                flags.append(self.tr("cannot reach the minimum rate"))
            if m.streak_alert:
                flags.append(self.tr("%1 absences in a row").replace("%1", str(m.absence_streak)))
            rows.append(_Row(m, "; ".join(flags)))
        self.summary.set_rows(rows)

    def save(self) -> None:
        sid = self.session.currentData()
        if sid is None:
            return
        try:
            n = self.svc.record_attendance(sid, {tid: c.currentData() for tid, c in self.combos.items()})
        except CmcError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(self.tr("Attendance saved for %1 trainee(s).").replace("%1", str(n)))
        self.load_summary()

    def sheet(self) -> None:
        sid = self.session.currentData()
        if sid is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Attendance sheet"), "presence.pdf", self.tr("PDF (*.pdf)"))
        if path:
            RUNNER.run(self, self.tr("Attendance sheet"), lambda progress, cancel: self.svc.attendance_sheet_pdf(sid, path),
                       on_done=lambda p: QMessageBox.information(self, self.tr("Attendance sheet"),
                                                                 self.tr("Written to %1").replace("%1", str(p))))


class _Row:
    """A member's attendance plus the translated alert text for the summary table."""

    def __init__(self, m, flags: str) -> None:  # noqa: ANN001
        self._m = m
        self.flags = flags

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._m, name)


class PlacementTab(QWidget):
    def __init__(self, svc: LanguageService, ctx: AppContext, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        lay = QVBoxLayout(self)
        form = QHBoxLayout()
        self.matricule = QLineEdit()
        self.matricule.setObjectName("placementMatricule")
        self.matricule.setPlaceholderText(self.tr("Matricule"))
        self.language = QComboBox()
        self.language.setObjectName("placementLanguage")
        self.language.setAccessibleName(self.tr("Language"))
        for lang in svc.languages():
            self.language.addItem(f"{lang.name_fr} / {lang.name_ar}", lang.code)
        self.score = QDoubleSpinBox()
        self.score.setObjectName("placementScore")
        self.score.setRange(0, 1000)
        self.score.setDecimals(1)
        self.day = date_edit(ctx.clock.today())
        self.day.setAccessibleName(self.tr("Date"))
        self.record_btn = QPushButton(self.tr("Record score"))
        self.import_btn = QPushButton(self.tr("Import scores…"))
        for b in (self.record_btn, self.import_btn):
            b.setEnabled(can_edit)
        for w in (self.matricule, self.language, QLabel(self.tr("Score")), self.score, self.day, self.record_btn,
                  self.import_btn):
            form.addWidget(w)
        lay.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("placementMessage")
        lay.addWidget(self.message)
        self.model = ListModel([("matricule", self.tr("Matricule")), ("name", self.tr("Trainee")),
                                ("language", self.tr("Language")), ("attempt", self.tr("Attempt")),
                                ("taken_on", self.tr("Date")), ("score", self.tr("Score")), ("level", self.tr("CEFR level"))])
        lay.addWidget(table(self.model, "placementsTable"), 1)
        self.record_btn.clicked.connect(self.record)
        self.import_btn.clicked.connect(self.import_file)
        self.matricule.returnPressed.connect(self.show_trainee)

    def show_trainee(self) -> None:
        self.model.set_rows(self.svc.placements(self.matricule.text()) if self.matricule.text().strip() else [])

    def record(self) -> None:
        try:
            p = self.svc.record_placement(self.matricule.text(), self.language.currentData(), self.score.value(),
                                          pydate(self.day))
        except CmcError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(self.tr("%1: level %2 (attempt %3)").replace("%1", p.name).replace("%2", p.level)
                             .replace("%3", str(p.attempt)))
        self.show_trainee()

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import scores"), "", self.tr("Excel workbooks (*.xlsx)"))
        if path:
            RUNNER.run(self, self.tr("Import scores"),
                       lambda progress, cancel: self.svc.import_placement(path, progress=progress, cancel=cancel),
                       on_done=lambda r: self.message.setText(self.tr("%1 score(s) imported.").replace("%1", str(r.imported))),
                       on_error=lambda exc: show_error(self, exc), writes=True)


class LanguagePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languagePage")
        svc = ctx.service(LanguageService)
        can_edit = ctx.actor.can(Perm.LANGUAGE_EDIT)
        lay = QVBoxLayout(self)
        heading = QLabel(self.tr("Language centre"))
        heading.setObjectName("pageHeading")
        lay.addWidget(heading)
        today = svc.sessions(day=ctx.clock.today())
        # The first few only: a busy day must not widen the window.
        self.today = QLabel(self.tr("Today: %1 session(s)").replace("%1", str(len(today)))
                            + "".join(f"  ·  {s.starts:%H:%M} {s.group_code} {s.room}" for s in today[:6])
                            + ("  …" if len(today) > 6 else ""))
        self.today.setWordWrap(True)
        self.today.setObjectName("todaySessions")
        lay.addWidget(self.today)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("languageTabs")
        self.attendance = AttendanceTab(svc, can_edit)
        self.placement = PlacementTab(svc, ctx, can_edit)
        self.tabs.addTab(self.attendance, self.tr("Groups and attendance"))
        self.tabs.addTab(self.placement, self.tr("Placement tests"))
        lay.addWidget(self.tabs, 1)
