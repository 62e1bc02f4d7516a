"""Import preview: check the file first (every bad row listed), then write, in the background."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.registry.dto import ImportResult
from cmc_desktop.registry.service import RegistryService
from ui.pages.registry.messages import issue_text
from ui.tasks import RUNNER


class ImportDialog(QDialog):
    imported = Signal(object)
    checked = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import trainees"))
        self.resize(860, 560)
        self.svc = ctx.service(RegistryService)
        from ui.pages.registry.page import warm_imports

        warm_imports()
        self.path: str | None = None
        self.preview: ImportResult | None = None
        self.result: ImportResult | None = None

        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setObjectName("importFile")
        self.choose_btn = QPushButton(self.tr("&Choose a file…"))
        self.choose_btn.setObjectName("chooseFile")
        row.addWidget(self.file_label, 1)
        row.addWidget(self.choose_btn)
        lay.addLayout(row)
        lay.addWidget(QLabel(self.tr("Accepted: the CMC template or the headquarters enrolment export (.xlsx).")))
        self.valid_only = QCheckBox(self.tr("Import the valid rows and save the rejected ones next to the file"))
        self.valid_only.setObjectName("validOnly")
        lay.addWidget(self.valid_only)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.issues = QTableWidget(0, 4)
        self.issues.setObjectName("importIssues")
        self.issues.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Kind"), self.tr("Reason")])
        self.issues.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.issues.setEditTriggers(QTableWidget.NoEditTriggers)
        self.issues.verticalHeader().setVisible(False)
        lay.addWidget(self.issues, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_btn = QPushButton(self.tr("&Import"))
        self.import_btn.setObjectName("runImport")
        self.import_btn.setEnabled(False)
        self.close_btn = QPushButton(self.tr("Close"))
        buttons.addWidget(self.import_btn)
        buttons.addWidget(self.close_btn)
        lay.addLayout(buttons)

        self.choose_btn.clicked.connect(self.choose)
        self.import_btn.clicked.connect(self.run_import)
        self.close_btn.clicked.connect(self.accept)
        self.valid_only.toggled.connect(lambda _on: self._update_button())

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import trainees"), "",
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.set_path(path)

    def set_path(self, path: str) -> None:
        """Check the file at once (a dry run in the background); the preview lists every issue."""
        self.path = path
        self.preview = None
        self.file_label.setText(path)
        self.summary.setText(self.tr("Checking…"))
        self.import_btn.setEnabled(False)
        RUNNER.run(self, self.tr("Checking the file"),
                   lambda progress, cancel: self.svc.import_trainees(path, dry_run=True, progress=progress,
                                                                     cancel=cancel),
                   on_done=self._previewed, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        from cmc_desktop.errors import Cancelled, CmcError

        if isinstance(exc, Cancelled):
            self.summary.setText(self.tr("Cancelled; nothing was written."))
        elif isinstance(exc, CmcError):
            self.summary.setText(exc.message)
        else:
            from ui.errors import show_error

            show_error(self, exc)
        self.checked.emit(exc)

    def _previewed(self, res: ImportResult) -> None:
        self.preview = res
        self._show(res)
        text = self.tr("%1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected, %6 warnings.")
        for i, v in enumerate((res.rows, res.new, res.updated, res.unchanged, res.rejected, len(res.warnings)), 1):
            text = text.replace(f"%{i}", str(v))
        if res.errors:
            text += " " + self.tr("Correct the file, or tick the box to import only the valid rows.")
        if res.unknown_columns:
            text += " " + self.tr("Ignored columns: %1").replace("%1", ", ".join(res.unknown_columns))
        self.summary.setText(text)
        self._update_button()
        self.checked.emit(res)

    def _show(self, res: ImportResult) -> None:
        items = [(e, self.tr("error")) for e in res.errors] + [(w, self.tr("warning")) for w in res.warnings]
        self.issues.setRowCount(len(items))
        for i, (issue, kind) in enumerate(items):
            for j, value in enumerate((str(issue.row), issue.column, kind, issue_text(issue))):
                self.issues.setItem(i, j, QTableWidgetItem(value))

    def _update_button(self) -> None:
        res = self.preview
        ok = res is not None and (res.new + res.updated) > 0 and (not res.errors or self.valid_only.isChecked())
        self.import_btn.setEnabled(ok)

    def run_import(self) -> None:
        if self.path is None or self.preview is None:
            return
        path, valid_only = self.path, self.valid_only.isChecked()
        self.import_btn.setEnabled(False)
        RUNNER.run(self, self.tr("Importing trainees"),
                   lambda progress, cancel: self.svc.import_trainees(path, valid_only=valid_only,
                                                                     progress=progress, cancel=cancel),
                   on_done=self._done, on_error=self._failed, writes=True)

    def _done(self, res: ImportResult) -> None:
        self.result = res
        self._show(res)
        text = self.tr("Imported: %1 new, %2 updated, %3 unchanged.")
        for i, v in enumerate((res.new, res.updated, res.unchanged), 1):
            text = text.replace(f"%{i}", str(v))
        if res.rejected_file:
            text += " " + self.tr("Rejected rows saved to %1").replace("%1", res.rejected_file)
        self.summary.setText(text)
        self.imported.emit(res)
