"""The room board: every room as a tile, its beds coloured by state; drag a resident onto a
free bed to ask for a move.

One painted widget rather than hundreds of child widgets: 400 beds repaint in a few
milliseconds and the hit test is a list of rectangles. The widget only *asks* for a move
(``moveRequested``); the page calls the service, which checks every constraint.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDrag,
    QFont,
    QFontMetrics,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from cmc_desktop.residence.dto import BedCell, RoomCell

MIME = "application/x-cmc-bed"
STATE_COLOURS = {
    "free": "#c8e6c9",
    "reserved": "#ffe08a",
    "occupied": "#9ecbf5",
    "leave": "#d7b6e6",
    "maintenance": "#c9c9c9",
}
STATE_LABELS = {  # English source; translated below with the "RoomBoard" context
    "free": "Free",
    "reserved": "Reserved",
    "occupied": "Occupied",
    "leave": "On leave",
    "maintenance": "Maintenance",
}
TILE_W, HEADER_H, BED_H, GAP, SECTION_H = 190, 24, 22, 10, 28


def _t(text: str) -> str:
    return QCoreApplication.translate("RoomBoard", text)


def state_label(state: str) -> str:
    return {
        "free": _t("Free"), "reserved": _t("Reserved"), "occupied": _t("Occupied"),
        "leave": _t("On leave"), "maintenance": _t("Maintenance"),
    }.get(state, state)


@dataclass
class _Placed:
    rect: QRect
    room: RoomCell
    beds: list[tuple[QRect, BedCell]]


class RoomBoard(QWidget):
    bedSelected = Signal(int)  # bed id  # noqa: N815
    moveRequested = Signal(int, int)  # from bed id, to bed id  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomBoard")
        self.setAccessibleName(_t("Room board"))
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self._rooms: list[RoomCell] = []
        self._placed: list[_Placed] = []
        self._sections: list[tuple[QRect, str]] = []
        self._selected: int | None = None
        self._drop_target: int | None = None
        self._press: QPoint | None = None
        self._press_bed: BedCell | None = None
        self._moving: int | None = None  # bed whose resident was "cut" with Ctrl+X
        self.can_move = True

    # --- data ----------------------------------------------------------------------------
    def set_rooms(self, rooms: Sequence[RoomCell]) -> None:
        self._rooms = list(rooms)
        if self._selected is not None and self.bed(self._selected) is None:
            self._selected = None
        self._layout()
        self.update()

    def rooms(self) -> list[RoomCell]:
        return list(self._rooms)

    def bed(self, bed_id: int) -> BedCell | None:
        for room in self._rooms:
            for b in room.beds:
                if b.bed_id == bed_id:
                    return b
        return None

    def room_of(self, bed_id: int) -> RoomCell | None:
        return next((r for r in self._rooms if any(b.bed_id == bed_id for b in r.beds)), None)

    def bed_rect(self, bed_id: int) -> QRect | None:
        for p in self._placed:
            for rect, b in p.beds:
                if b.bed_id == bed_id:
                    return QRect(rect)
        return None

    def bed_at(self, pos: QPoint) -> BedCell | None:
        for p in self._placed:
            if p.rect.contains(pos):
                for rect, b in p.beds:
                    if rect.contains(pos):
                        return b
        return None

    def selected(self) -> int | None:
        return self._selected

    def select(self, bed_id: int | None) -> None:
        self._selected = bed_id
        self.update()
        if bed_id is not None:
            self.bedSelected.emit(bed_id)

    # --- layout --------------------------------------------------------------------------
    def _layout(self) -> None:
        width = max(self.width(), TILE_W + 2 * GAP)
        cols = max(1, (width - GAP) // (TILE_W + GAP))
        self._placed, self._sections = [], []
        y, col, row_h, section = GAP, 0, 0, None
        for room in self._rooms:
            key = (room.building_code, room.floor)
            if key != section:
                if col:
                    y += row_h + GAP
                col, row_h, section = 0, 0, key
                self._sections.append((QRect(GAP, y, width - 2 * GAP, SECTION_H - 6),
                                       _t("Building %1 — floor %2").replace("%1", room.building_code)
                                       .replace("%2", str(room.floor))))
                y += SECTION_H
            h = HEADER_H + BED_H * len(room.beds) + 6
            x = GAP + col * (TILE_W + GAP)
            if self.layoutDirection() == Qt.RightToLeft:  # Arabic: rooms read from the right
                x = width - TILE_W - x
            rect = QRect(x, y, TILE_W, h)
            beds = [(QRect(x + 4, y + HEADER_H + i * BED_H, TILE_W - 8, BED_H - 2), b) for i, b in enumerate(room.beds)]
            self._placed.append(_Placed(rect, room, beds))
            row_h = max(row_h, h)
            col += 1
            if col >= cols:
                col, y, row_h = 0, y + row_h + GAP, 0
        total = y + (row_h + GAP if col else 0)
        self.setMinimumHeight(max(total, 60))

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.type() == event.Type.LayoutDirectionChange:
            self._layout()
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._layout()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(4 * (TILE_W + GAP) + GAP, max(self.minimumHeight(), 300))

    # --- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        pal = self.palette()
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        clip = event.rect()
        if not self._rooms:
            p.setPen(pal.color(pal.ColorRole.PlaceholderText))
            p.drawText(self.rect(), Qt.AlignCenter, _t("No rooms match the filter"))
            return
        p.setFont(bold)
        for rect, text in self._sections:
            if rect.intersects(clip):
                p.setPen(pal.color(pal.ColorRole.WindowText))
                p.drawText(rect, Qt.AlignVCenter | Qt.AlignLeading, text)
        for placed in self._placed:
            if not placed.rect.intersects(clip):
                continue
            room = placed.room
            p.setPen(QPen(QColor("#7b8794"), 1))
            p.setBrush(QBrush(QColor("#f3f5f7") if room.status == "available" else QColor("#e2e2e2")))
            p.drawRoundedRect(placed.rect, 5, 5)
            p.setFont(bold)
            p.setPen(QColor("#17324d"))
            head = QRect(placed.rect.x() + 6, placed.rect.y() + 2, TILE_W - 12, HEADER_H - 4)
            title = room.label + ("  ♿" if room.accessible else "")
            p.drawText(head, Qt.AlignVCenter | Qt.AlignLeading, title)
            p.setFont(small)
            p.drawText(head, Qt.AlignVCenter | Qt.AlignTrailing,
                       _t("%1 free").replace("%1", str(room.free_beds)))
            fm = QFontMetrics(small)
            for rect, b in placed.beds:
                colour = QColor(STATE_COLOURS.get(b.state, "#ffffff"))
                p.setBrush(colour)
                selected = b.bed_id == self._selected
                target = b.bed_id in (self._drop_target, self._moving)
                p.setPen(QPen(QColor("#d35400") if target else QColor("#17324d") if selected else colour.darker(130),
                              2.5 if selected or target else 1))
                p.drawRoundedRect(rect, 3, 3)
                if b.state == "maintenance":
                    p.setBrush(QBrush(QColor("#8a8a8a"), Qt.BDiagPattern))
                    p.setPen(Qt.NoPen)
                    p.drawRect(rect.adjusted(1, 1, -1, -1))
                p.setPen(QColor("#1b1b1b"))
                text = f"{b.label.rsplit('-', 1)[-1]}  {b.trainee_name or state_label(b.state)}"
                if b.minor:
                    text += " · " + _t("minor")
                p.drawText(rect.adjusted(5, 0, -4, 0), Qt.AlignVCenter | Qt.AlignLeading,
                           fm.elidedText(text, Qt.ElideRight, rect.width() - 10))
        p.end()

    # --- interaction ---------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        bed = self.bed_at(event.position().toPoint())
        if event.button() == Qt.LeftButton and bed is not None:
            self.select(bed.bed_id)
            self._press = event.position().toPoint()
            self._press_bed = bed
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        bed = self.bed_at(pos)
        if bed is not None and not (event.buttons() & Qt.LeftButton):
            who = f"\n{bed.matricule} {bed.trainee_name}" if bed.trainee_name else ""
            QToolTip.showText(event.globalPosition().toPoint(), f"{bed.label} — {state_label(bed.state)}{who}", self)
        if (self._press is not None and self._press_bed is not None and self.can_move
                and self._press_bed.state in ("occupied", "leave")
                and (pos - self._press).manhattanLength() >= QApplication.startDragDistance()):
            self._start_drag(self._press_bed)
            self._press, self._press_bed = None, None
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press, self._press_bed = None, None
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        """Arrow keys walk the beds; Ctrl+X on an occupied bed then Ctrl+V (or Enter) on another
        moves the resident, so moves need no mouse; Escape cancels."""
        if event.matches(QKeySequence.Cut) and self.can_move and self._selected is not None:
            bed = self.bed(self._selected)
            if bed is not None and bed.trainee_name:
                self._moving = bed.bed_id
                self.update()
                return
        if self._moving is not None and (event.matches(QKeySequence.Paste)
                                         or event.key() in (Qt.Key_Return, Qt.Key_Enter)):
            source, self._moving = self._moving, None
            self.update()
            if self._selected is not None and self._selected != source:
                self.moveRequested.emit(source, self._selected)
            return
        if event.key() == Qt.Key_Escape and self._moving is not None:
            self._moving = None
            self.update()
            return
        order = [b.bed_id for r in self._rooms for b in r.beds]
        if order and event.key() in (Qt.Key_Right, Qt.Key_Down, Qt.Key_Left, Qt.Key_Up):
            i = order.index(self._selected) if self._selected in order else -1
            step = 1 if event.key() in (Qt.Key_Right, Qt.Key_Down) else -1
            self.select(order[max(0, min(len(order) - 1, i + step))])
            return
        super().keyPressEvent(event)

    def _start_drag(self, bed: BedCell) -> None:
        mime = QMimeData()
        mime.setData(MIME, QByteArray(str(bed.bed_id).encode()))
        mime.setText(f"{bed.matricule} {bed.trainee_name}")
        drag = QDrag(self)
        drag.setMimeData(mime)
        fm = QFontMetrics(self.font())
        pix = QPixmap(fm.horizontalAdvance(bed.trainee_name) + 16, BED_H)
        pix.fill(QColor(STATE_COLOURS["occupied"]))
        painter = QPainter(pix)
        painter.drawText(pix.rect(), Qt.AlignCenter, bed.trainee_name)
        painter.end()
        drag.setPixmap(pix)
        drag.exec(Qt.MoveAction)
        self._drop_target = None
        self.update()

    @staticmethod
    def _source(mime: QMimeData) -> int | None:
        if not mime.hasFormat(MIME):
            return None
        try:
            return int(bytes(mime.data(MIME)).decode())
        except ValueError:
            return None

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        if self._source(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001, N802
        bed = self.bed_at(event.position().toPoint())
        target = bed.bed_id if bed is not None and bed.state == "free" else None
        if target != self._drop_target:
            self._drop_target = target
            self.update()
        if target is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:  # noqa: ANN001, N802
        self._drop_target = None
        self.update()

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802
        source = self._source(event.mimeData())
        bed = self.bed_at(event.position().toPoint())
        self._drop_target = None
        self.update()
        if source is None or bed is None or bed.bed_id == source:
            event.ignore()
            return
        event.acceptProposedAction()
        # The service decides: a non-free bed is still offered, so its refusal is explained.
        self.moveRequested.emit(source, bed.bed_id)
