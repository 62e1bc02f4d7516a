"""Sync page: what is pending, the last error, the next run, the package history, the schedule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.clock import CITY_TZ
from cmc_desktop.errors import CmcError
from cmc_desktop.sync.dto import ExportResult, SyncStatus
from cmc_desktop.sync.service import SyncService
from ui.errors import show_error
from ui.models.lazy import Column, LazyIdModel
from ui.pages.sync.scheduler import SyncScheduler, attach, scheduler_of
from ui.widgets.empty_state import empty_state


def _local(value: dt.datetime | None) -> str:
    return value.astimezone(CITY_TZ).strftime("%d/%m/%Y %H:%M") if value else "—"


class SyncPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.svc = ctx.service(SyncService)
        self.setObjectName("syncPage")
        lay = QVBoxLayout(self)

        title = QLabel(self.tr("Export to headquarters"))
        title.setObjectName("pageTitle")
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        lay.addWidget(title)

        top = QHBoxLayout()
        status_box = QGroupBox(self.tr("Status"))
        form = QFormLayout(status_box)
        self.city = QLabel()
        self.pending = QLabel()
        self.pending.setObjectName("syncPending")
        self.last = QLabel()
        self.attempt = QLabel()
        self.error = QLabel()
        self.error.setObjectName("syncError")
        self.error.setWordWrap(True)
        self.next_run = QLabel()
        self.next_run.setObjectName("syncNextRun")
        self.key = QLabel()
        self.key.setTextInteractionFlags(Qt.TextSelectableByMouse)
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("Pending changes"), self.pending)
        form.addRow(self.tr("Last package"), self.last)
        form.addRow(self.tr("Last attempt"), self.attempt)
        form.addRow(self.tr("Last error"), self.error)
        form.addRow(self.tr("Next run"), self.next_run)
        form.addRow(self.tr("Key fingerprint"), self.key)
        top.addWidget(status_box, 1)

        sched_box = QGroupBox(self.tr("Schedule"))
        sform = QFormLayout(sched_box)
        self.times = QLineEdit()
        self.times.setObjectName("syncTimes")
        self.times.setPlaceholderText(self.tr("e.g. 02:00, 13:30"))
        self.times.setToolTip(self.tr("Daily export times (local time), separated by commas"))
        dest_row = QHBoxLayout()
        self.dest = QLineEdit()
        self.dest.setObjectName("syncDestination")
        self.dest.setToolTip(self.tr("A local folder, a USB stick or a network share"))
        # Paths and times read left to right even in the Arabic interface.
        self.dest.setLayoutDirection(Qt.LeftToRight)
        self.times.setLayoutDirection(Qt.LeftToRight)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        dest_row.addWidget(self.dest, 1)
        dest_row.addWidget(browse)
        sform.addRow(self.tr("Export times"), self.times)
        sform.addRow(self.tr("Destination folder"), dest_row)
        self.times.setAccessibleName(self.tr("Export times"))
        self.dest.setAccessibleName(self.tr("Destination folder"))
        self.save_btn = QPushButton(self.tr("Save schedule"))
        self.save_btn.setObjectName("syncSave")
        self.save_btn.clicked.connect(self._save)
        self.message = QLabel()
        self.message.setObjectName("syncMessage")
        self.message.setWordWrap(True)
        sform.addRow(self.save_btn)
        sform.addRow(self.message)
        top.addWidget(sched_box, 1)
        lay.addLayout(top)

        buttons = QHBoxLayout()
        self.export_btn = QPushButton(self.tr("&Export now"))
        self.export_btn.setObjectName("syncExportNow")
        self.full_btn = QPushButton(self.tr("Full snapshot"))
        self.full_btn.setToolTip(self.tr("Send every record again (first load at headquarters, or recovery)"))
        self.key_btn = QPushButton(self.tr("Save public key…"))
        self.key_btn.setToolTip(self.tr("The file headquarters needs to register this city"))
        for b in (self.export_btn, self.full_btn, self.key_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.export_btn.clicked.connect(lambda: self.export_now(full=False))
        self.full_btn.clicked.connect(lambda: self.export_now(full=True))
        self.key_btn.clicked.connect(self._save_key)

        lay.addWidget(QLabel(self.tr("Package history")))
        self.model = LazyIdModel([
            Column("sequence", self.tr("No."), align_right=True),
            Column("kind", self.tr("Kind"), formatter=self._kind),
            Column("created_utc", self.tr("Written"), formatter=_local),
            Column("rows", self.tr("Rows"), align_right=True),
            Column("tombstones", self.tr("Deletions"), align_right=True),
            Column("file_name", self.tr("File")),
            Column("destination", self.tr("Folder")),
        ], self.svc.package_rows, self)
        self.table = QTableView()
        self.empty = empty_state(self.table, self.tr("No package yet: press Export now, or wait for the scheduled export."))
        self.table.setObjectName("syncHistory")
        self.table.setAccessibleName(self.tr("Package history"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table, 1)

        window = parent.window() if parent is not None else None
        self.scheduler: SyncScheduler = (scheduler_of(window) or (attach(window) if window else None)
                                         or SyncScheduler(ctx, self, automatic=False))
        self.scheduler.exported.connect(self._exported)
        self.scheduler.failed.connect(self._failed)
        self.scheduler.started.connect(self._started)
        self.refresh()

    def _kind(self, value: object) -> str:
        return self.tr("Full") if value == "full" else self.tr("Changes")

    # --- state ---------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            st = self.svc.status()
        except CmcError as exc:
            self.message.setText(exc.message)
            return
        self._show(st)
        self.model.set_ids(self.svc.package_ids())

    def _show(self, st: SyncStatus) -> None:
        self.city.setText(st.city_code or self.tr("City not set"))
        self.pending.setText(str(st.pending))
        if st.last_package:
            p = st.last_package
            self.last.setText(self.tr("No. %1, %2").replace("%1", str(p.sequence)).replace("%2", _local(p.created_utc)))
        else:
            self.last.setText(self.tr("None yet"))
        self.attempt.setText(_local(st.last_attempt_utc))
        self.error.setText(self._error_text(st) if st.last_error else self.tr("None"))
        self.error.setToolTip(st.last_error)
        self.error.setStyleSheet("color: #b3261e; font-weight: 600;" if st.last_error else "")
        self.next_run.setText(_local(st.next_run_utc))
        self.key.setText((st.key_fingerprint or "")[:16] or self.tr("Created at the first export"))
        if not self.times.hasFocus():
            self.times.setText(", ".join(st.schedule))
        if not self.dest.hasFocus():
            self.dest.setText(st.destination)
            self.dest.setCursorPosition(0)  # show where the path starts

    def _error_text(self, st: SyncStatus) -> str:
        """The last failure in the desk's language (the core's English text is the tool tip)."""
        known = {
            "destination_unreachable": self.tr("The export folder %1 cannot be reached."),
            "destination_unwritable": self.tr("The export folder %1 cannot be written to."),
            "package_exists": self.tr("A file with the next package's name, not written by this database, is "
                                      "already in %1: move it away, and check that no other PC exports as "
                                      "this city."),
        }
        template = known.get(st.last_error_code)
        return template.replace("%1", st.last_error_path) if template else st.last_error

    # --- actions -------------------------------------------------------------------------
    def export_now(self, *, full: bool = False) -> None:
        self.scheduler.run_now(full=full)

    def _started(self) -> None:
        self.export_btn.setEnabled(False)
        self.full_btn.setEnabled(False)
        self.message.setText(self.tr("Export running…"))

    def _exported(self, res: object) -> None:
        self.export_btn.setEnabled(True)
        self.full_btn.setEnabled(True)
        if isinstance(res, ExportResult):
            self.message.setText(self.tr("Package %1 written: %2 rows, %3 deletions.")
                                 .replace("%1", str(res.sequence)).replace("%2", str(res.rows))
                                 .replace("%3", str(res.tombstones)))
        self.refresh()

    def _failed(self, message: str) -> None:
        self.export_btn.setEnabled(True)
        self.full_btn.setEnabled(True)
        self.message.setText(self.tr("The export failed; nothing was marked as sent. %1").replace("%1", message))
        self.refresh()

    def _save(self) -> None:
        try:
            self.svc.set_schedule(self.times.text(), self.dest.text())
        except CmcError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(self.tr("Schedule saved."))
        self.refresh()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Destination folder"), self.dest.text())
        if folder:
            self.dest.setText(folder)

    def _save_key(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save public key…"), "city-public-key.pem",
                                              self.tr("PEM key (*.pem)"))
        if not path:
            return
        try:
            Path(path).write_text(self.svc.public_key(), encoding="utf-8")
        except (CmcError, OSError) as exc:
            show_error(self, exc if isinstance(exc, CmcError) else CmcError(str(exc)))
            return
        self.message.setText(self.tr("Public key saved to %1.").replace("%1", path))
        self.refresh()
