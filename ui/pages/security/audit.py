"""Audit viewer: filter by user, entity, field and dates; verify the chain; export to Excel.

The list holds only entry ids (LazyIdModel); rows are fetched a block at a time, so a journal of
a million entries scrolls as fast as one of a hundred.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.errors import CmcError
from cmc_desktop.security.dto import AuditFilter, AuditRow
from cmc_desktop.security.permissions import Perm
from cmc_desktop.security.service import AuditService
from ui.errors import show_error
from ui.models.lazy import Column, LazyIdModel
from ui.tasks import RUNNER
from ui.widgets.empty_state import empty_state


def _heading_font(label: QLabel) -> None:
    f = label.font()
    f.setPointSizeF(f.pointSizeF() * 1.5)
    f.setBold(True)
    label.setFont(f)


def _t(text: str) -> str:
    return QCoreApplication.translate("Audit", text)


ACTIONS = {
    "insert": "Created", "update": "Changed", "delete": "Deleted", "login_failed": "Failed sign-in",
    "backup": "Backup", "restore": "Restore", "retention": "Anonymised",
}


def _action(value: object) -> str:
    return _t(ACTIONS[value]) if value in ACTIONS else str(value)


def _when(value: object) -> str:
    return value.astimezone().strftime("%d/%m/%Y %H:%M:%S") if isinstance(value, dt.datetime) else ""


class _Row(dict):
    """What the lazy model shows for one entry."""

    @classmethod
    def of(cls, r: AuditRow) -> _Row:
        return cls(id=r.id, at=r.at, actor=r.actor, action=r.action, entity=r.entity,
                   entity_id="" if r.entity_id is None else r.entity_id, summary=r.summary, row=r)


class AuditPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self.ctx = ctx
        self.svc = ctx.service(AuditService)
        lay = QVBoxLayout(self)
        title = QLabel(_t("Audit trail"))
        title.setObjectName("pageHeading")
        _heading_font(title)
        lay.addWidget(title)
        if not ctx.actor.can(Perm.AUDIT_READ):
            scope = QLabel(_t("You see the entries of your own area only."))
            scope.setObjectName("auditScope")
            lay.addWidget(scope)

        filters = QHBoxLayout()
        self.user = QLineEdit()
        self.user.setObjectName("auditUser")
        self.user.setPlaceholderText(_t("User"))
        self.user.setAccessibleName(_t("User"))
        self.entity = QComboBox()
        self.entity.setObjectName("auditEntity")
        self.entity.setAccessibleName(_t("Entity"))
        self.field = QLineEdit()
        self.field.setObjectName("auditField")
        self.field.setPlaceholderText(_t("Field"))
        self.field.setAccessibleName(_t("Field"))
        self.use_dates = QCheckBox(_t("From"))
        self.use_dates.setObjectName("auditUseDates")
        today = ctx.clock.today()
        self.date_from = QDateEdit(QDate(today.year, today.month, 1))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        for w, name in ((self.date_from, _t("From")), (self.date_to, _t("To"))):
            w.setCalendarPopup(True)
            w.setDisplayFormat("dd/MM/yyyy")
            w.setAccessibleName(name)
        self.search_btn = QPushButton(_t("&Search"))
        self.search_btn.setObjectName("auditSearch")
        filters.addWidget(self.user, 2)
        filters.addWidget(self.entity, 2)
        filters.addWidget(self.field, 2)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(_t("to")))
        filters.addWidget(self.date_to)
        filters.addWidget(self.search_btn)
        lay.addLayout(filters)

        self.model = LazyIdModel([
            Column("id", _t("#"), align_right=True),
            Column("at", _t("Time"), formatter=_when),
            Column("actor", _t("User")),
            Column("action", _t("Action"), formatter=_action),
            Column("entity", _t("Entity")),
            Column("entity_id", _t("Record"), align_right=True),
            Column("summary", _t("Changes (sensitive values masked)")),
        ], self._fetch, self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(_t("Audit entries"))
        self.table.setModel(self.model)
        self.empty = empty_state(self.table, _t("No audit entry matches these filters. Widen the dates or clear a filter."))
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((60, 140, 120, 100, 120, 110)):
            self.table.setColumnWidth(col, width)
        lay.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("auditCount")
        bottom.addWidget(self.count, 1)
        self.verify_btn = QPushButton(_t("&Verify the chain"))
        self.verify_btn.setObjectName("auditVerify")
        self.verify_btn.setVisible(ctx.actor.can(Perm.AUDIT_READ))
        self.export_btn = QPushButton(_t("&Export to Excel…"))
        self.export_btn.setObjectName("auditExport")
        bottom.addWidget(self.verify_btn)
        bottom.addWidget(self.export_btn)
        lay.addLayout(bottom)

        self.search_btn.clicked.connect(self.search)
        for w in (self.user, self.field):
            w.returnPressed.connect(self.search)
        self.verify_btn.clicked.connect(self.verify)
        self.export_btn.clicked.connect(self.export)
        self._load_entities()
        self.search()

    def _load_entities(self) -> None:
        self.entity.clear()
        self.entity.addItem(_t("All entities"), "")
        for name in self.svc.entities():
            self.entity.addItem(name, name)

    def _fetch(self, ids: list[int]) -> dict[int, _Row]:
        return {i: _Row.of(r) for i, r in self.svc.rows(ids).items()}

    def current_filter(self) -> AuditFilter:
        def day(w: QDateEdit) -> dt.date:
            d = w.date()
            return dt.date(d.year(), d.month(), d.day())

        dates = self.use_dates.isChecked()
        return AuditFilter(actor=self.user.text(), entity=self.entity.currentData() or "", field=self.field.text(),
                           date_from=day(self.date_from) if dates else None,
                           date_to=day(self.date_to) if dates else None)

    def search(self) -> None:
        try:
            ids = self.svc.search(self.current_filter())
        except CmcError as exc:
            show_error(self, exc)
            return
        self.model.set_ids(ids)
        self.count.setText(_t("%1 entries").replace("%1", str(len(ids))))

    def verify(self) -> None:
        def done(result) -> None:  # noqa: ANN001
            if result.ok:
                QMessageBox.information(self, _t("Audit trail"),
                                        _t("The audit trail is intact: %1 entries verified.")
                                        .replace("%1", str(result.checked)))
            else:
                QMessageBox.critical(self, _t("Audit trail"),
                                     _t("The audit trail is broken at entry %1: it was changed or removed "
                                        "after it was written.").replace("%1", str(result.broken_id))
                                     + "\n\n" + result.reason)

        svc = self.svc
        RUNNER.run(self, _t("Verifying the audit trail"), lambda progress, cancel: svc.verify(), on_done=done)

    def export(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, _t("Export the audit trail"), "audit.xlsx",
                                                  _t("Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        svc, flt = self.svc, self.current_filter()
        RUNNER.run(self, _t("Exporting the audit trail"), lambda progress, cancel: svc.export(path, flt),
                   on_done=lambda n: self.count.setText(_t("%1 entries exported to %2")
                                                        .replace("%1", str(n)).replace("%2", path)))
