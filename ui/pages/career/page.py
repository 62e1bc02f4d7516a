"""Career centre: insertion report with survey entry, counsellors' appointments, a trainee's file."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.career.service import CareerService, EntrepreneurshipService
from cmc_desktop.errors import CmcError
from cmc_desktop.security.permissions import Perm
from ui.errors import show_error
from ui.pages.library.common import ListModel, date_edit, fmt_value, pct, pydate, table
from ui.tasks import RUNNER

OUTCOMES = ("employed", "self_employed", "further_study", "seeking", "unknown")


class InsertionTab(QWidget):
    def __init__(self, svc: CareerService, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.dim_labels = {"programme": self.tr("Programme"), "sector": self.tr("Sector"), "level": self.tr("Level"),
                           "total": self.tr("Total")}
        self.outcome_labels = {"employed": self.tr("Employed"), "self_employed": self.tr("Self-employed or founded a company"),
                               "further_study": self.tr("Further study"), "seeking": self.tr("Seeking work"),
                               "unknown": self.tr("Unknown")}
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.wave = QComboBox()
        self.wave.setObjectName("insertionWave")
        self.wave.setAccessibleName(self.tr("Survey wave"))
        self.wave.addItem(self.tr("9 months after graduation"), 9)
        self.wave.addItem(self.tr("36 months after graduation"), 36)
        top.addWidget(self.wave)
        self.summary = QLabel()
        self.summary.setObjectName("insertionSummary")
        top.addWidget(self.summary, 1)
        self.export_btn = QPushButton(self.tr("Export report…"))
        top.addWidget(self.export_btn)
        lay.addLayout(top)
        self.model = ListModel([("dimension", self.tr("Dimension")), ("label", self.tr("Label")),
                                ("graduates", self.tr("Graduates due")), ("known", self.tr("Outcome known")),
                                ("inserted", self.tr("Inserted")), ("further_study", self.tr("Further study")),
                                ("knowledge_rate", self.tr("Knowledge rate")),
                                ("insertion_rate", self.tr("Insertion rate"))],
                               {"dimension": lambda v: self.dim_labels.get(v, v), "knowledge_rate": pct,
                                "insertion_rate": pct},
                               alert=lambda r: r.graduates > 0 and not r.knowledge_ok)
        self.view = table(self.model, "insertionTable")
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        lay.addWidget(self.view, 1)
        box = QHBoxLayout()
        self.matricule = QLineEdit()
        self.matricule.setObjectName("surveyMatricule")
        self.matricule.setPlaceholderText(self.tr("Graduate's matricule"))
        self.survey_wave = QComboBox()
        self.survey_wave.setAccessibleName(self.tr("Survey wave"))
        self.survey_wave.addItem(self.tr("9 months"), 9)
        self.survey_wave.addItem(self.tr("36 months"), 36)
        self.outcome = QComboBox()
        self.outcome.setObjectName("surveyOutcome")
        self.outcome.setAccessibleName(self.tr("Outcome"))
        for o in OUTCOMES:
            self.outcome.addItem(self.outcome_labels[o], o)
        self.employer = QLineEdit()
        self.employer.setPlaceholderText(self.tr("Employer (optional)"))
        self.save_btn = QPushButton(self.tr("Record answer"))
        self.save_btn.setEnabled(can_edit)
        for w in (QLabel(self.tr("Survey answer:")), self.matricule, self.survey_wave, self.outcome, self.employer,
                  self.save_btn):
            box.addWidget(w)
        lay.addLayout(box)
        self.message = QLabel()
        self.message.setObjectName("surveyMessage")
        lay.addWidget(self.message)
        self.wave.currentIndexChanged.connect(self.refresh)
        self.save_btn.clicked.connect(self.save)
        self.export_btn.clicked.connect(self.export)
        self.refresh()

    def refresh(self) -> None:
        rep = self.svc.insertion_report(self.wave.currentData())
        self.model.set_rows(rep.rows)
        t = rep.total()
        self.summary.setText(self.tr("Graduates up to %1: %2 due, insertion %3, knowledge %4 (minimum 65 %)")
                             .replace("%1", rep.cutoff.strftime("%d/%m/%Y")).replace("%2", str(t.graduates))
                             .replace("%3", pct(t.insertion_rate)).replace("%4", pct(t.knowledge_rate)))

    def save(self) -> None:
        try:
            r = self.svc.record_survey(self.matricule.text(), self.survey_wave.currentData(),
                                       self.outcome.currentData(), employer_name=self.employer.text())
        except CmcError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(self.tr("Recorded for %1.").replace("%1", r.name))
        self.matricule.clear()
        self.employer.clear()
        self.refresh()

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), "insertion.xlsx",
                                              self.tr("Excel or PDF (*.xlsx *.pdf)"))
        if path:
            RUNNER.run(self, self.tr("Insertion report"),
                       lambda progress, cancel: self.svc.insertion_report_file(path, progress=progress, cancel=cancel),
                       on_done=lambda p: QMessageBox.information(self, self.tr("Insertion report"),
                                                                 self.tr("Written to %1").replace("%1", str(p))))


class AppointmentsTab(QWidget):
    def __init__(self, svc: CareerService, today: dt.date, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.counsellor = QComboBox()
        self.counsellor.setObjectName("counsellorChoice")
        for c in svc.counsellors():
            self.counsellor.addItem(c.full_name, c.id)
        self.day = date_edit(today)
        self.day.setObjectName("appointmentDay")
        top.addWidget(QLabel(self.tr("Counsellor")))
        top.addWidget(self.counsellor, 1)
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.day)
        lay.addLayout(top)
        split = QSplitter()
        self.model = ListModel([("starts", self.tr("From")), ("ends", self.tr("To")), ("matricule", self.tr("Matricule")),
                                ("trainee_name", self.tr("Trainee")), ("topic", self.tr("Topic")),
                                ("status", self.tr("Status")), ("channel", self.tr("Booked by"))],
                               {"channel": lambda v: self.tr("Trainee") if v == "trainee" else self.tr("Staff")})
        split.addWidget(table(self.model, "appointmentsTable"))
        right = QWidget()
        form = QFormLayout(right)
        self.slots = QListWidget()
        self.slots.setObjectName("freeSlots")
        form.addRow(self.tr("Free slots"), self.slots)
        self.matricule = QLineEdit()
        self.matricule.setObjectName("appointmentMatricule")
        self.topic = QLineEdit()
        form.addRow(self.tr("Matricule"), self.matricule)
        form.addRow(self.tr("Topic"), self.topic)
        self.book_btn = QPushButton(self.tr("Book the selected slot"))
        self.book_btn.setEnabled(can_edit)
        form.addRow(self.book_btn)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("appointmentMessage")
        form.addRow(self.message)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        lay.addWidget(split, 1)
        self.counsellor.currentIndexChanged.connect(self.refresh)
        self.day.dateChanged.connect(self.refresh)
        self.book_btn.clicked.connect(self.book)
        self.refresh()

    def refresh(self) -> None:
        cid = self.counsellor.currentData()
        self.slots.clear()
        if cid is None:
            self.model.set_rows([])
            return
        day = pydate(self.day)
        self.model.set_rows(self.svc.appointments(day, day, counsellor_id=cid))
        for t in self.svc.free_slots(cid, day):
            item = QListWidgetItem(t.strftime("%H:%M"))
            item.setData(Qt.UserRole, t)
            self.slots.addItem(item)

    def book(self) -> None:
        item = self.slots.currentItem()
        if item is None:
            self.message.setText(self.tr("Choose a free slot first."))
            return
        try:
            a = self.svc.book(self.counsellor.currentData(), self.matricule.text(), pydate(self.day),
                              item.data(Qt.UserRole), topic=self.topic.text(), channel="staff")
        except CmcError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(self.tr("Booked %1 at %2.").replace("%1", a.trainee_name)
                             .replace("%2", a.starts.strftime("%H:%M")))
        self.matricule.clear()
        self.topic.clear()
        self.refresh()


class TraineeFileTab(QWidget):
    """History at a glance; the confidential notes appear only for counsellors."""

    def __init__(self, svc: CareerService, can_notes: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.can_notes = can_notes
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.matricule = QLineEdit()
        self.matricule.setObjectName("fileMatricule")
        self.matricule.setPlaceholderText(self.tr("Trainee's matricule, then Enter"))
        top.addWidget(self.matricule, 1)
        self.name = QLabel()
        self.name.setObjectName("fileName")
        top.addWidget(self.name, 2)
        lay.addLayout(top)
        self.history = ListModel([("when", self.tr("Date")), ("what", self.tr("Event")), ("detail", self.tr("Detail"))])
        lay.addWidget(table(self.history, "fileHistory"), 2)
        self.notes_box = QWidget()
        nl = QVBoxLayout(self.notes_box)
        nl.setContentsMargins(0, 0, 0, 0)
        nl.addWidget(QLabel(self.tr("Counselling notes (confidential)")))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notesView")
        self.notes.setReadOnly(True)
        nl.addWidget(self.notes, 1)
        self.new_note = QPlainTextEdit()
        self.new_note.setObjectName("newNote")
        self.new_note.setPlaceholderText(self.tr("New note"))
        self.new_note.setMaximumHeight(70)
        nl.addWidget(self.new_note)
        self.note_btn = QPushButton(self.tr("Add note"))
        nl.addWidget(self.note_btn, 0, Qt.AlignLeft)
        self.notes_box.setVisible(can_notes)
        lay.addWidget(self.notes_box, 1)
        self.matricule.returnPressed.connect(self.load)
        self.note_btn.clicked.connect(self.add_note)

    def load(self) -> None:
        try:
            h = self.svc.history(self.matricule.text())
        except CmcError as exc:
            self.name.setText(exc.message)
            self.history.set_rows([])
            return
        self.name.setText(f"{h.name} ({h.matricule})")
        rows = [{"when": a.day, "what": self.tr("Appointment"),
                 "detail": f"{fmt_value(a.starts)} {a.counsellor} — {a.topic} ({a.status})"} for a in h.appointments]
        rows += [{"when": a.status_on, "what": self.tr("Application"),
                  "detail": f"{a.employer} — {a.offer} ({a.status})"} for a in h.applications]
        rows += [{"when": v.surveyed_on, "what": self.tr("Survey at %1 months").replace("%1", str(v.wave)),
                  "detail": v.outcome + (f" — {v.employer_name}" if v.employer_name else "")} for v in h.surveys]
        rows.sort(key=lambda r: r["when"], reverse=True)
        self.history.set_rows(rows)
        if h.notes is not None:
            self.notes.setPlainText("\n\n".join(f"{fmt_value(n.written_at)} — {n.author}\n{n.body}" for n in h.notes))

    def add_note(self) -> None:
        try:
            self.svc.add_note(self.matricule.text(), self.new_note.toPlainText())
        except CmcError as exc:
            show_error(self, exc)
            return
        self.new_note.clear()
        self.load()


class ProjectsTab(QWidget):
    """Entrepreneurship pipeline: idea → business plan → incubation → company created."""

    def __init__(self, svc: EntrepreneurshipService, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.stage_labels = {"idea": self.tr("Idea"), "business_plan": self.tr("Business plan"),
                             "incubation": self.tr("Incubation"), "company_created": self.tr("Company created"),
                             "abandoned": self.tr("Abandoned")}
        lay = QVBoxLayout(self)
        self.funnel = QLabel()
        self.funnel.setObjectName("projectFunnel")
        lay.addWidget(self.funnel)
        self.model = ListModel([("name", self.tr("Project")), ("holder", self.tr("Project holder")),
                                ("stage", self.tr("Stage")), ("stage_since", self.tr("Since")),
                                ("mentor", self.tr("Mentor")), ("coworking_hours", self.tr("Coworking hours")),
                                ("company_name", self.tr("Company"))],
                               {"stage": lambda v: self.stage_labels.get(v, v)})
        self.view = table(self.model, "projectsTable")
        lay.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.stage = QComboBox()
        self.stage.setObjectName("projectStage")
        for key in ("business_plan", "incubation", "company_created", "abandoned"):
            self.stage.addItem(self.stage_labels[key], key)
        self.company = QLineEdit()
        self.company.setPlaceholderText(self.tr("Company name (when created)"))
        self.advance_btn = QPushButton(self.tr("Move to stage"))
        self.advance_btn.setEnabled(can_edit)
        for w in (QLabel(self.tr("Selected project:")), self.stage, self.company, self.advance_btn):
            row.addWidget(w)
        lay.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("projectMessage")
        lay.addWidget(self.message)
        self.advance_btn.clicked.connect(self.advance)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.svc.projects())
        self.funnel.setText("  →  ".join(f"{self.stage_labels[k]} : {n}" for k, n in self.svc.pipeline().items()))

    def advance(self) -> None:
        idx = self.view.currentIndex()
        if not idx.isValid():
            self.message.setText(self.tr("Select a project first."))
            return
        p = self.model.rows[idx.row()]
        try:
            self.svc.advance(p.id, self.stage.currentData(), company_name=self.company.text())
        except CmcError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(self.tr("'%1' moved to %2.").replace("%1", p.name)
                             .replace("%2", self.stage.currentText()))
        self.company.clear()
        self.refresh()


class CareerPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("careerPage")
        svc = ctx.service(CareerService)
        can_edit = ctx.actor.can(Perm.CAREER_EDIT)
        lay = QVBoxLayout(self)
        heading = QLabel(self.tr("Career centre"))
        heading.setObjectName("pageHeading")
        lay.addWidget(heading)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("careerTabs")
        self.insertion = InsertionTab(svc, can_edit)
        self.appointments = AppointmentsTab(svc, ctx.clock.today(), can_edit)
        self.file = TraineeFileTab(svc, ctx.actor.can(Perm.COUNSELLING_NOTES))
        self.tabs.addTab(self.insertion, self.tr("Graduate insertion"))
        self.tabs.addTab(self.appointments, self.tr("Appointments"))
        self.projects = ProjectsTab(ctx.service(EntrepreneurshipService), can_edit)
        self.tabs.addTab(self.file, self.tr("Trainee file"))
        self.tabs.addTab(self.projects, self.tr("Entrepreneurship"))
        lay.addWidget(self.tabs, 1)
