"""A table model that holds only ids and fetches rows in blocks when the view asks.

The core supplies ``fetch(ids) -> dict[id, row]`` where a row is a mapping or a dataclass; the
model asks for the block of ``BLOCK`` ids around the first missing row, so scrolling 100,000
rows costs one small query per screenful.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

BLOCK = 100
CACHE_ROWS = 5000


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # already translated
    align_right: bool = False
    formatter: Callable[[Any], str] | None = None


class LazyIdModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], fetch: Callable[[list[int]], dict[int, Any]],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch = fetch
        self._ids: list[int] = []
        self._cache: OrderedDict[int, Any] = OrderedDict()

    # --- data loading ----------------------------------------------------------------
    def set_ids(self, ids: Sequence[int], *, prefetch: int = BLOCK) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._cache.clear()
        self.endResetModel()
        if self._ids and prefetch:
            self._load_block(0, prefetch)

    def invalidate(self, ids: Sequence[int] | None = None) -> None:
        """Drop cached rows (all, or the given ids) after an edit; the view re-asks."""
        if ids is None:
            self._cache.clear()
        else:
            for i in ids:
                self._cache.pop(i, None)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self._columns) - 1))

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, row_id: int) -> int | None:
        try:
            return self._ids.index(row_id)
        except ValueError:
            return None

    def record(self, row: int) -> Any:
        rid = self.id_at(row)
        if rid is None:
            return None
        if rid not in self._cache:
            self._load_block(row, BLOCK)
        return self._cache.get(rid)

    def _load_block(self, row: int, size: int) -> None:
        start = max(0, row - size // 4)
        wanted = [i for i in self._ids[start:start + size] if i not in self._cache]
        if not wanted:
            return
        for rid, value in self._fetch(wanted).items():
            self._cache[rid] = value
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)

    # --- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = self._columns[index.column()]
        if role == Qt.TextAlignmentRole:
            return int((Qt.AlignRight if col.align_right else Qt.AlignLeft) | Qt.AlignVCenter)
        if role not in (Qt.DisplayRole, Qt.ToolTipRole, Qt.UserRole):
            return None
        rec = self.record(index.row())
        if rec is None:
            return None
        if role == Qt.UserRole:
            return rec
        value = rec.get(col.key) if isinstance(rec, dict) else getattr(rec, col.key, None)
        if col.formatter:
            return col.formatter(value)
        return "" if value is None else str(value)
