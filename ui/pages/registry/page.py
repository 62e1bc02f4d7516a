"""Trainee list: search as you type, filters, SQL sorting, lazy rows; import, export, PDFs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from cmc_desktop.registry.dto import TraineeFilter, TraineeRowDTO
from cmc_desktop.registry.service import RegistryService
from cmc_desktop.security.permissions import Perm
from ui.errors import show_error
from ui.models.lazy import Column, LazyIdModel
from ui.tasks import RUNNER
from ui.widgets.empty_state import empty_state

SEARCH_DELAY_MS = 150


def warm_imports() -> None:
    """Import what background tasks need on the GUI thread first: PySide6's import hook is not
    safe when a module is imported for the first time on a worker thread (openpyxl crashed)."""
    import openpyxl  # noqa: F401

    import cmc_desktop.registry.exporter  # noqa: F401
    import cmc_desktop.registry.importer  # noqa: F401


FIRST_PAGE = 200  # ids fetched with the search itself: a screenful and some scrolling
MORE_PAGE = 1000  # ids fetched each time the view scrolls to the end of what it holds


def _date(value: Any) -> str:
    return f"{value.day:02d}/{value.month:02d}/{value.year}" if isinstance(value, dt.date) else ""


class ValueCombo(QComboBox):
    """A filter combo whose values live in a Python list: a city has thousands of groups, and
    one addItems call is far cheaper than thousands of addItem(text, data) calls."""

    def __init__(self, any_label: str, items: list[tuple[Any, str]]) -> None:
        super().__init__()
        self._values: list[Any] = [None, *(v for v, _ in items)]
        # Sizing to contents would measure every one of thousands of items at first show.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.addItems([any_label, *(str(label) for _, label in items)])

    def currentData(self, role: int = 0) -> Any:  # noqa: N802, ARG002
        i = self.currentIndex()
        return self._values[i] if 0 <= i < len(self._values) else None

    def findData(self, value: Any, role: int = 0, flags: Any = None) -> int:  # noqa: N802, ARG002
        try:
            return self._values.index(value)
        except ValueError:
            return -1


# The view asks a dozen roles per cell (font, colours, size…) at every paint. Comparing plain
# ints, and never building Qt enum values per call, more than halves the cost of a page.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_USER = int(Qt.ItemDataRole.UserRole.value)
_ALIGN_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)


class PagedIdModel(LazyIdModel):
    """Ids arrive a page at a time (Qt's fetchMore) and rows are fetched lazily by block, so
    opening 100,000 trainees costs one short indexed query and a count, not 100,000 ids."""

    def __init__(self, columns: list[Column], fetch: Callable[[list[int]], dict[int, Any]],
                 parent: Any = None) -> None:
        super().__init__(columns, fetch, parent)
        self.total = 0
        self._more: Callable[[int], list[int]] | None = None

    def set_page(self, ids: list[int], total: int, more: Callable[[int], list[int]]) -> None:
        self.total, self._more = total, more
        self.set_ids(ids, prefetch=min(len(ids), 60))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        r = role if isinstance(role, int) else int(role.value)
        if r in (_DISPLAY, _TOOLTIP):
            rec = self.record(index.row())
            if rec is None:
                return None
            col = self._columns[index.column()]
            value = getattr(rec, col.key, None)
            return col.formatter(value) if col.formatter else ("" if value is None else str(value))
        if r == _ALIGN:
            return _ALIGN_LEFT
        if r == _USER:
            return self.record(index.row())
        return None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more is not None and len(self._ids) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        assert self._more is not None
        ids = self._more(len(self._ids))
        if not ids:  # rows were deleted meanwhile: stop asking
            self.total = len(self._ids)
            return
        start = len(self._ids)
        self.beginInsertRows(QModelIndex(), start, start + len(ids) - 1)
        self._ids.extend(ids)
        self.endInsertRows()


class TraineeTable(QTableView):
    """Enter opens the highlighted trainee (the view keeps the keyboard in the list)."""

    activated_row = Signal(int)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class SearchBox(QLineEdit):
    """Down arrow moves into the list; Escape clears the search."""

    down = Signal()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() == Qt.Key_Down:
            self.down.emit()
            return
        if event.key() == Qt.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class RegistryPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registryPage")
        self.ctx = ctx
        self.svc = ctx.service(RegistryService)
        self.can_edit = ctx.actor.can(Perm.REGISTRY_EDIT)
        self.can_import = ctx.actor.can(Perm.REGISTRY_IMPORT)
        self.can_export = ctx.actor.can(Perm.REGISTRY_EXPORT)
        self.health = ctx.actor.can(Perm.HEALTH_READ)
        self.sort_key = "name"
        self.descending = False
        self.searches = 0  # how many searches ran (tests check the debounce)

        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = SearchBox()
        self.search.setObjectName("traineeSearch")
        self.search.setPlaceholderText(self.tr("Search by name, matricule or CIN (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search trainees"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 3)
        self.count = QLabel()
        self.count.setObjectName("traineeCount")
        top.addWidget(self.count)
        lay.addLayout(top)

        filters = QHBoxLayout()
        opts = self.svc.filter_options()
        self.sector = self._combo("filterSector", self.tr("All sectors"), [(o.id, o.label) for o in opts.sectors])
        self.programme = self._combo("filterProgramme", self.tr("All programmes"),
                                     [(o.id, o.label) for o in opts.programmes])
        self.group = self._combo("filterGroup", self.tr("All groups"), [(o.id, o.label) for o in opts.groups])
        self.level = self._combo("filterLevel", self.tr("All levels"), [(lv, lv) for lv in opts.levels])
        self.status = self._combo("filterStatus", self.tr("All statuses"),
                                  [(s, self.status_label(s)) for s in opts.statuses])
        combos = [self.sector, self.programme, self.group, self.level, self.status]
        self.residence: QComboBox | None = None
        if opts.residence_filter:
            self.residence = self._combo("filterResidence", self.tr("Residents and others"),
                                         [(True, self.tr("Residents")), (False, self.tr("Non-residents"))])
            combos.append(self.residence)
        for c in combos:
            filters.addWidget(c)
            c.currentIndexChanged.connect(self.refresh)
        lay.addLayout(filters)

        self.columns = [
            (Column("matricule", self.tr("Matricule")), "matricule"),
            (Column("last_name", self.tr("Last name")), "name"),
            (Column("first_name", self.tr("First name")), "name"),
            (Column("full_name_ar", self.tr("Name (Arabic)")), None),
            (Column("sex", self.tr("Sex")), "sex"),
            (Column("birth_date", self.tr("Birth date"), formatter=_date), "birth_date"),
            (Column("cin", self.tr("CIN")), "cin"),
            (Column("group_code", self.tr("Group")), "group"),
            (Column("level", self.tr("Level")), None),
            (Column("status", self.tr("Status"), formatter=self.status_label), "status"),
        ]
        if self.health:
            self.columns.append((Column("special_needs", self.tr("Special needs")), None))
        self.model = PagedIdModel([c for c, _ in self.columns], self.svc.rows, self)
        self.table = TraineeTable()
        self.empty = empty_state(self.table, self.tr("No trainee matches the search and filters. Clear them, or bring in a list with Import… (Ctrl+I)."))
        self.table.setObjectName("traineeTable")
        self.table.setAccessibleName(self.tr("Trainees"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(1, Qt.AscendingOrder)
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((115, 140, 115, 130, 45, 118, 85, 85, 55, 80)):
            self.table.setColumnWidth(col, width)
        header.sortIndicatorChanged.connect(self._sort_changed)
        lay.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.new_btn = QPushButton(self.tr("&New trainee"))
        self.open_btn = QPushButton(self.tr("&Open"))
        self.import_btn = QPushButton(self.tr("&Import…"))
        self.export_btn = QPushButton(self.tr("E&xport…"))
        self.cert_btn = QPushButton(self.tr("Enrolment &certificate…"))
        self.list_btn = QPushButton(self.tr("Class &list…"))
        for name, b in (("newTrainee", self.new_btn), ("openTrainee", self.open_btn), ("importTrainees", self.import_btn),
                        ("exportTrainees", self.export_btn), ("certificate", self.cert_btn),
                        ("classList", self.list_btn)):
            b.setObjectName(name)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.new_btn.setEnabled(self.can_edit)
        self.import_btn.setEnabled(self.can_import)
        self.export_btn.setEnabled(self.can_export)
        lay.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.search.down.connect(self._focus_table)
        self.table.activated_row.connect(self.open_row)
        self.table.doubleClicked.connect(lambda idx: self.open_row(idx.row()))
        self.new_btn.clicked.connect(self.new_trainee)
        self.open_btn.clicked.connect(lambda: self.open_row(self.table.currentIndex().row()))
        self.import_btn.clicked.connect(self.open_import)
        self.export_btn.clicked.connect(self.export)
        self.cert_btn.clicked.connect(self.certificate)
        self.list_btn.clicked.connect(self.class_list)
        for seq, slot in (("Ctrl+F", self._focus_search), ("Ctrl+N", self.new_trainee),
                          ("Ctrl+I", self.open_import), ("Ctrl+E", self.export)):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        self.refresh()

    # --- helpers ---------------------------------------------------------------------------
    def status_label(self, status: Any) -> str:
        labels = {"active": self.tr("active"), "suspended": self.tr("suspended"),
                  "dropped": self.tr("dropped out"), "graduated": self.tr("graduated")}
        return labels.get(status, "" if status is None else str(status))

    def _combo(self, name: str, any_label: str, items: list[tuple[Any, str]]) -> ValueCombo:
        c = ValueCombo(any_label, items)
        c.setObjectName(name)
        c.setAccessibleName(any_label)
        c.setMaximumWidth(260)
        return c

    def current_filter(self) -> TraineeFilter:
        return TraineeFilter(
            text=self.search.text(), sector_id=self.sector.currentData(), programme_id=self.programme.currentData(),
            group_id=self.group.currentData(), level=self.level.currentData(), status=self.status.currentData(),
            resident=self.residence.currentData() if self.residence is not None else None)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_table(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        key = self.columns[column][1] if 0 <= column < len(self.columns) else None
        if key is None:  # this column cannot be sorted in SQL: keep the previous order
            return
        self.sort_key, self.descending = key, order == Qt.DescendingOrder
        self.refresh()

    def refresh(self) -> None:
        self.timer.stop()
        flt, sort, desc = self.current_filter(), self.sort_key, self.descending
        try:
            result = self.svc.search(flt, sort=sort, descending=desc, limit=FIRST_PAGE)
        except CmcError as exc:
            show_error(self, exc)
            return
        self.searches += 1
        current = self.model.id_at(self.table.currentIndex().row())
        self.model.set_page(result.ids, result.total, lambda offset: self.svc.search(
            flt, sort=sort, descending=desc, offset=offset, limit=MORE_PAGE).ids)
        # plain digits: a thousands space splits the number into two runs in right-to-left text
        self.count.setText(self.tr("%1 trainees").replace("%1", str(result.total)))
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def selected(self) -> TraineeRowDTO | None:
        idx = self.table.currentIndex()
        return self.model.record(idx.row()) if idx.isValid() else None

    # --- actions -----------------------------------------------------------------------------
    def open_row(self, row: int) -> None:
        rid = self.model.id_at(row)
        if rid is None:
            return
        from ui.pages.registry.detail import TraineeDialog

        dlg = TraineeDialog(self.ctx, rid, self)
        if dlg.exec():
            self.model.invalidate([rid])
            self.refresh()

    def new_trainee(self) -> None:
        if not self.can_edit:
            return
        from ui.pages.registry.detail import TraineeDialog

        dlg = TraineeDialog(self.ctx, None, self)
        if dlg.exec():
            self.refresh()
            if dlg.saved is not None:
                row = self.model.row_of(dlg.saved.id)
                if row is not None:
                    self.table.setCurrentIndex(self.model.index(row, 0))

    def open_import(self) -> None:
        if not self.can_import:
            return
        from ui.pages.registry.import_dialog import ImportDialog

        dlg = ImportDialog(self.ctx, self)
        dlg.imported.connect(lambda _res: (self.model.invalidate(), self.refresh()))
        dlg.exec()

    def export(self, path: str | None = None) -> None:
        if not self.can_export:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export trainees"), "stagiaires.xlsx",
                                                  self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        flt = self.current_filter()
        warm_imports()
        RUNNER.run(self, self.tr("Exporting trainees"),
                   lambda progress, cancel: self.svc.export_trainees(path, flt=flt, progress=progress, cancel=cancel),
                   on_done=lambda res: self.count.setText(
                       self.tr("%1 trainees exported to %2").replace("%1", str(res.rows)).replace("%2", res.path)))

    def _pdf(self, title: str, name: str, make: Any) -> None:
        path, _ = QFileDialog.getSaveFileName(self, title, name, self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        try:
            out = make(path)
        except CmcError as exc:
            show_error(self, exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(out).resolve())))

    def certificate(self) -> None:
        rec = self.selected()
        if rec is None:
            QMessageBox.information(self, self.tr("Enrolment certificate"), self.tr("Select a trainee first."))
            return
        self._pdf(self.tr("Enrolment certificate"), f"attestation_{rec.matricule}.pdf",
                  lambda p: self.svc.certificate(rec.matricule, p))

    def class_list(self) -> None:
        code = self.group.currentText() if self.group.currentData() is not None else None
        rec = self.selected()
        code = code or (rec.group_code if rec else None)
        if not code:
            QMessageBox.information(self, self.tr("Class list"), self.tr("Choose a group in the filter first."))
            return
        self._pdf(self.tr("Class list"), f"liste_{code}.pdf", lambda p: self.svc.class_list(code, p))

    def index_of(self, row: int) -> QModelIndex:
        return self.model.index(row, 0)
