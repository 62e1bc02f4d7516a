"""Catalogue editor: sectors, hubs, programmes, years, groups, holidays — forms from the specs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.errors import CmcError
from cmc_desktop.reference.dto import CatalogueRow, FieldSpec
from cmc_desktop.reference.service import CatalogueService
from cmc_desktop.security.permissions import Perm
from ui.errors import show_error
from ui.models.rows import RowsModel
from ui.widgets.empty_state import empty_state


def _t(text: str) -> str:
    return QCoreApplication.translate("Catalogue", text)


class CatalogueRows(RowsModel):
    """Catalogues are small (hundreds of rows): the rows are held, not the whole database."""

    def __init__(self, fields: tuple[FieldSpec, ...], labels: dict[str, dict[int, str]]) -> None:
        self.fields = [f for f in fields if f.kind != "bool" or f.name == "current"]
        super().__init__([_t(f.label) for f in self.fields])
        self.labels = labels

    def decorate(self, row: CatalogueRow, column: int, role: int) -> Any:
        if role == Qt.TextAlignmentRole and self.fields[column].kind == "int":
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def display(self, row: CatalogueRow, column: int) -> Any:
        spec = self.fields[column]
        value = row.values.get(spec.name)
        if spec.kind == "ref":
            return self.labels.get(spec.ref or "", {}).get(value, str(value))
        if spec.kind == "bool":
            return _t("Yes") if value else ""
        return value


class CataloguePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.svc = ctx.service(CatalogueService)
        self.can_edit = ctx.actor.can(Perm.CATALOGUE_EDIT)
        self.kinds = list(self.svc.kinds().items())
        self.current: CatalogueRow | None = None
        self.inputs: dict[str, QWidget] = {}

        lay = QVBoxLayout(self)
        self.tabs = QTabBar()
        self.tabs.setObjectName("catalogueTabs")
        for _, label in self.kinds:
            self.tabs.addTab(_t(label))
        lay.addWidget(self.tabs)
        split = QSplitter()
        self.table = QTableView()
        self.empty = empty_state(self.table, _t("Nothing here yet: fill in the form and press Save."))
        self.table.setObjectName("catalogueTable")
        self.table.setAccessibleName(_t("Catalogue entries"))
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setSelectionMode(QTableView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        split.addWidget(self.table)
        form_box = QWidget()
        self.form = QFormLayout(form_box)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        self.new_btn = QPushButton(_t("&New"))
        self.save_btn = QPushButton(_t("&Save"))
        self.delete_btn = QPushButton(_t("&Delete"))
        for b in (self.new_btn, self.save_btn, self.delete_btn):
            b.setEnabled(self.can_edit)
            buttons.addWidget(b)
        outer_form = QVBoxLayout()
        form_holder = QWidget()
        form_holder.setLayout(outer_form)
        outer_form.addWidget(form_box)
        outer_form.addWidget(self.message)
        outer_form.addLayout(buttons)
        outer_form.addStretch(1)
        split.addWidget(form_holder)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split)

        self.tabs.currentChanged.connect(self._load_kind)
        self.new_btn.clicked.connect(self._new)
        self.save_btn.clicked.connect(self._save)
        self.delete_btn.clicked.connect(self._delete)
        self._load_kind(0)

    @property
    def kind(self) -> str:
        return self.kinds[self.tabs.currentIndex()][0]

    def _ref_labels(self, fields: tuple[FieldSpec, ...]) -> dict[str, dict[int, str]]:
        return {f.ref: {r.id: r.label for r in self.svc.list(f.ref)} for f in fields if f.ref}

    def _load_kind(self, _index: int) -> None:
        fields = self.svc.fields(self.kind)
        self.labels = self._ref_labels(fields)
        self.model = CatalogueRows(fields, self.labels)
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._select)
        self._build_form(fields)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.svc.list(self.kind))
        self._new()

    def _build_form(self, fields: tuple[FieldSpec, ...]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs = {}
        for f in fields:
            w: QWidget
            if f.kind == "int":
                w = QSpinBox()
                w.setRange(0, 100_000)
            elif f.kind == "bool":
                w = QCheckBox()
            elif f.kind == "date":
                w = QDateEdit()
                w.setCalendarPopup(True)
                w.setDisplayFormat("dd/MM/yyyy")
            elif f.kind in ("choice", "ref"):
                w = QComboBox()
                items = [(c, c) for c in f.choices] if f.kind == "choice" else \
                    sorted(((lbl, i) for i, lbl in self.labels.get(f.ref or "", {}).items()))
                for label, value in items:
                    w.addItem(str(label), value)
            else:
                w = QLineEdit()
                if f.max_length:
                    w.setMaxLength(f.max_length)
            w.setAccessibleName(_t(f.label))
            w.setEnabled(self.can_edit)
            self.inputs[f.name] = w
            self.form.addRow(_t(f.label) + (" *" if f.required and f.kind != "bool" else ""), w)

    def _select(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if not current.isValid():
            return
        self.current = self.model.rows[current.row()]
        for name, w in self.inputs.items():
            value = self.current.values.get(name)
            if isinstance(w, QSpinBox):
                w.setValue(int(value or 0))
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif isinstance(w, QDateEdit) and isinstance(value, dt.date):
                w.setDate(QDate(value.year, value.month, value.day))
            elif isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(value)))
            elif isinstance(w, QLineEdit):
                w.setText("" if value is None else str(value))
        self.message.setText(_t("Last changed by %1").replace("%1", self.current.updated_by or "—"))

    def _new(self) -> None:
        self.current = None
        self.table.clearSelection()
        for w in self.inputs.values():
            if isinstance(w, QLineEdit):
                w.clear()
            elif isinstance(w, QSpinBox):
                w.setValue(20 if w.accessibleName() == _t("Capacity") else 0)
            elif isinstance(w, QCheckBox):
                w.setChecked(False)
            elif isinstance(w, QDateEdit):
                w.setDate(QDate.currentDate())
        self.message.setText("")

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, w in self.inputs.items():
            if isinstance(w, QSpinBox):
                out[name] = w.value()
            elif isinstance(w, QCheckBox):
                out[name] = w.isChecked()
            elif isinstance(w, QDateEdit):
                d = w.date()
                out[name] = dt.date(d.year(), d.month(), d.day())
            elif isinstance(w, QComboBox):
                out[name] = w.currentData()
            elif isinstance(w, QLineEdit):
                out[name] = w.text()
        return out

    def _save(self) -> None:
        try:
            row = self.svc.save(self.kind, self.values(), row_id=self.current.id if self.current else None,
                                version=self.current.version if self.current else None)
        except CmcError as exc:
            self.message.setText(exc.message)
            show_error(self, exc)
            return
        self.model.set_rows(self.svc.list(self.kind))
        for i, r in enumerate(self.model.rows):
            if r.id == row.id:
                self.table.selectRow(i)
        self.message.setText(_t("Saved."))

    def _delete(self) -> None:
        if self.current is None:
            return
        answer = QMessageBox.question(self, _t("Delete"), _t("Delete %1?").replace("%1", self.current.label))
        if answer != QMessageBox.Yes:
            return
        try:
            self.svc.delete(self.kind, self.current.id)
        except CmcError as exc:
            show_error(self, exc)
            return
        self.refresh()
