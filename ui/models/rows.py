"""Small in-memory table models: rows computed by a service (a forecast, free rooms, a few
dozen catalogue entries), never a whole database table — those use ``LazyIdModel``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt


class RowsModel(QAbstractTableModel):
    """Headers plus a list of rows. Subclasses give ``display(row, column)`` and, for colours or
    alignment, ``decorate(row, column, role)``; or pass ``cells(row) -> sequence`` instead."""

    def __init__(self, headers: Sequence[str], cells: Callable[[Any], Sequence[Any]] | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.cells = cells
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def display(self, row: Any, column: int) -> Any:
        if self.cells is None:
            raise NotImplementedError("pass cells= or override display()")
        return self.cells(row)[column]

    def decorate(self, row: Any, column: int, role: int) -> Any:
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.DisplayRole:
            value = self.display(row, index.column())
            return "" if value is None else str(value)
        return self.decorate(row, index.column(), role)
