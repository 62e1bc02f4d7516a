"""Small helpers shared by the library, career and language pages (same owner)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDateEdit, QHeaderView, QLabel, QTableView

from ui.models.rows import RowsModel


class ListModel(RowsModel):
    """A short, already-fetched list of DTOs (a page of results, a roll, a report): never a whole table.

    Large lists use ui.models.lazy.LazyIdModel instead.
    """

    def __init__(self, columns: Sequence[tuple[str, str]], formatters: dict[str, Callable[[Any], str]] | None = None,
                 alert: Callable[[Any], bool] | None = None, parent: Any = None) -> None:
        self.columns = list(columns)  # (attribute, translated title)
        super().__init__([title for _key, title in self.columns], parent=parent)
        self.formatters = formatters or {}
        self.alert = alert

    def _value(self, row: Any, column: int) -> Any:
        key = self.columns[column][0]
        return getattr(row, key, None) if not isinstance(row, dict) else row.get(key)

    def display(self, row: Any, column: int) -> Any:
        fmt = self.formatters.get(self.columns[column][0])
        value = self._value(row, column)
        return fmt(value) if fmt is not None else fmt_value(value)

    def decorate(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.UserRole:
            return row
        if role == Qt.ToolTipRole:
            return self.display(row, column)
        if role == Qt.BackgroundRole and self.alert is not None and self.alert(row):
            return QBrush(QColor("#fde2e1"))
        value = self._value(row, column)
        if role == Qt.TextAlignmentRole and isinstance(value, int | float) and not isinstance(value, bool):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


def fmt_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.astimezone().strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f} %"


def table(model: QAbstractTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectRows)
    view.setSelectionMode(QTableView.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def date_edit(d: dt.date) -> QDateEdit:
    w = QDateEdit(QDate(d.year, d.month, d.day))
    w.setCalendarPopup(True)
    w.setDisplayFormat("dd/MM/yyyy")
    return w


def pydate(w: QDateEdit) -> dt.date:
    q = w.date()
    return dt.date(q.year(), q.month(), q.day())


def banner(label: QLabel, text: str, ok: bool) -> None:
    """The scan banner: green when the desk may go on, red when it must stop and read."""
    label.setText(text)
    label.setProperty("ok", ok)
    label.setStyleSheet("QLabel { padding: 14px; font-size: 17px; font-weight: 600; border-radius: 6px; "
                        + ("background: #d9f2e3; color: #14532d; }" if ok else "background: #fde2e1; color: #7f1d1d; }"))
