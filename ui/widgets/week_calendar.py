"""A painted week calendar for a ``WeekView``.

Two layouts, chosen by the view:
- several lanes (a structure): one row per room, one column per day, each cell a small time line
  with the sessions as bars — every room of the structure side by side (MRBS #1873);
- one lane (a room, a group, a trainer): one column per day and a vertical time axis.

Painting is direct (no widget per session), so a 30-room week paints in a few milliseconds.
Right-to-left layouts (Arabic) mirror the grid.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QStaticText,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from cmc_desktop.spaces.dto import OccurrenceDTO, WeekView

PURPOSE_COLOURS = {"course": "#2f6fa8", "language": "#2e8b57", "event": "#c46a1b", "meeting": "#7a4fa0"}
HEADER_H = 38
LANE_LABEL_W = 120
LANE_H = 46
HOUR_H = 46
TIME_GUTTER_W = 52


class WeekCalendar(QWidget):
    occurrenceClicked = Signal(object)  # OccurrenceDTO  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: WeekView | None = None
        self._hits: list[tuple[QRectF, OccurrenceDTO]] = []
        self.selected_id: int | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setObjectName("weekCalendar")
        self.setAccessibleName(self.tr("Week calendar"))
        self.setMinimumSize(600, 300)

    # ------------------------------------------------------------------ data
    def set_view(self, view: WeekView | None) -> None:
        self.view = view
        self._hits = []
        self.updateGeometry()
        self.update()

    @property
    def multi_lane(self) -> bool:
        return bool(self.view and (self.view.kind == "structure" or len(self.view.lanes) > 1))

    def sizeHint(self) -> QSize:  # noqa: N802
        if self.view is None:
            return QSize(800, 400)
        if self.multi_lane:
            return QSize(LANE_LABEL_W + 6 * 150, HEADER_H + LANE_H * max(1, len(self.view.lanes)) + 2)
        hours = (self.view.day_end_min - self.view.day_start_min) / 60
        return QSize(TIME_GUTTER_W + 6 * 150, int(HEADER_H + HOUR_H * hours + 2))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = self.sizeHint()
        return QSize(600, hint.height())

    # ------------------------------------------------------------------ geometry helpers
    def _mirror(self, r: QRectF) -> QRectF:
        if self.layoutDirection() == Qt.RightToLeft:
            return QRectF(self.width() - r.x() - r.width(), r.y(), r.width(), r.height())
        return r

    def _day_label(self, day: dt.date) -> str:
        loc = self.locale()
        name = loc.dayName(day.isoweekday(), QLocale.ShortFormat)
        return f"{name} {loc.toString(QDate(day.year, day.month, day.day), 'dd/MM')}"

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing, True)
        pal = self.palette()
        p.fillRect(self.rect(), pal.base())
        self._hits = []
        self._style_cache: dict[tuple, tuple[QColor, QPen, QColor]] = {}
        if self.view is None or not self.view.days:
            p.setPen(pal.text().color())
            p.drawText(self.rect(), Qt.AlignCenter, self.tr("Choose what to show"))
            p.end()
            return
        if self.multi_lane:
            self._paint_lanes(p)
        else:
            self._paint_single(p)
        p.end()

    def _paint_header(self, p: QPainter, left: float, col_w: float) -> None:
        assert self.view is not None
        pal = self.palette()
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        closed = dict(self.view.closed)
        for i, day in enumerate(self.view.days):
            r = self._mirror(QRectF(left + i * col_w, 0, col_w, HEADER_H))
            p.fillRect(r, QColor("#17324d"))
            p.setPen(QColor("white"))
            label = self._day_label(day)
            if day in closed:
                label += " ✕"
            p.drawText(r, Qt.AlignCenter, label)
        p.setFont(self.font())
        p.setPen(pal.mid().color())

    def _paint_closed(self, p: QPainter, r: QRectF, text: str) -> None:
        p.fillRect(r, QBrush(QColor(150, 150, 150, 60), Qt.BDiagPattern))
        p.setPen(self.palette().mid().color())
        p.drawText(r.adjusted(4, 2, -4, -2), Qt.AlignCenter | Qt.TextWordWrap, text)

    def _styles(self, occ: OccurrenceDTO) -> tuple[QColor, QPen, QColor]:
        """Fill, border and text colours of a block; cached per paint (hundreds of blocks)."""
        pending = occ.state == "pending"
        key = (occ.purpose, pending, occ.id == self.selected_id)
        style = self._style_cache.get(key)
        if style is None:
            colour = QColor(PURPOSE_COLOURS.get(occ.purpose, "#2f6fa8"))
            fill = QColor(colour)
            if pending:
                fill.setAlpha(90)
            pen = QPen(QColor("#f2b01e") if key[2] else colour.darker(140), 2 if key[2] else 1)
            if pending:
                pen.setStyle(Qt.DashLine)
            text = self.palette().text().color() if pending else QColor("white")
            style = self._style_cache[key] = (fill, pen, text)
        return style

    def _block(self, p: QPainter, r: QRectF, occ: OccurrenceDTO, lines: list[str],
               small_font: QFont | None = None) -> None:
        fill, pen, text_colour = self._styles(occ)
        p.setBrush(fill)
        p.setPen(pen)
        if small_font is not None:  # lane view: many small blocks, square corners paint faster
            p.drawRect(r.adjusted(1, 1, -1, -1))
        else:
            p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 4, 4)
        p.setPen(text_colour)
        font = small_font or self.font()
        if small_font is not None:
            p.setFont(small_font)
        fm = QFontMetrics(font) if small_font is None else self._small_metrics
        inner = r.adjusted(1, 2, -1, -2) if small_font is not None else r.adjusted(4, 2, -4, -2)
        align = (Qt.AlignHCenter if small_font is not None else Qt.AlignLeft) | Qt.AlignVCenter
        y = inner.top()
        h = fm.height()
        for line in lines:
            if y + h > inner.bottom() + 1:
                break
            if small_font is not None:  # laid-out-once text: the lane view repeats the same codes
                st = self._static.get(line)
                if st is None:
                    st = self._static[line] = QStaticText(line)
                    st.prepare(font=small_font)
                if st.size().width() <= inner.width():
                    p.drawStaticText(QPointF(inner.center().x() - st.size().width() / 2, y), st)
                else:  # a long event title: elide rather than spill into the next cell
                    p.drawText(QRectF(inner.left(), y, inner.width(), h), align,
                               fm.elidedText(line, Qt.ElideRight, int(inner.width())))
            else:
                p.drawText(QRectF(inner.left(), y, inner.width(), h), align,
                           fm.elidedText(line, Qt.ElideRight, int(inner.width())))
            y += h
        if small_font is not None:
            p.setFont(self.font())
        self._hits.append((r, occ))

    def _fit_font(self, texts: list[str], width: float) -> QFont:
        """One face for every lane block: the largest (≤ 85 % of normal, ≥ 6 pt) in which the
        longest label fits the typical block width."""
        font = QFont(self.font())
        size = font.pointSizeF() * 0.85
        font.setPointSizeF(size)
        longest = max(texts, key=len, default="")
        while size > 6.0 and QFontMetrics(font).horizontalAdvance(longest) > width:
            size -= 0.5
            font.setPointSizeF(size)
        return font

    def _entry_lines(self, occ: OccurrenceDTO) -> list[str]:
        assert self.view is not None
        what = occ.group_code or occ.title or occ.purpose
        if self.view.kind in ("group", "trainer"):
            first = f"{occ.room_code} · {what}" if self.view.kind == "trainer" else occ.room_code
        else:
            first = what
        mark = " ↻" if occ.moved else ""
        return [f"{occ.start}–{occ.end}{mark}", first, occ.trainer if self.view.kind != "trainer" else ""]

    def _paint_lanes(self, p: QPainter) -> None:
        view = self.view
        assert view is not None
        pal = self.palette()
        col_w = max(60.0, (self.width() - LANE_LABEL_W) / len(view.days))
        self._paint_header(p, LANE_LABEL_W, col_w)
        span = max(60, view.day_end_min - view.day_start_min)
        closed = dict(view.closed)
        fm = QFontMetrics(self.font())
        for li, lane in enumerate(view.lanes):
            y = HEADER_H + li * LANE_H
            label_r = self._mirror(QRectF(0, y, LANE_LABEL_W, LANE_H))
            p.fillRect(label_r, pal.alternateBase() if li % 2 else pal.base())
            p.setPen(pal.text().color())
            p.drawText(label_r.adjusted(6, 2, -4, -LANE_H / 2), Qt.AlignLeft | Qt.AlignVCenter, lane.label)
            p.setPen(pal.mid().color())
            p.drawText(label_r.adjusted(6, LANE_H / 2 - 2, -4, -2), Qt.AlignLeft | Qt.AlignVCenter,
                       fm.elidedText(self._lane_detail(lane.detail), Qt.ElideRight, LANE_LABEL_W - 10))
            unavailable = dict(lane.unavailable)
            for di, day in enumerate(view.days):
                cell = self._mirror(QRectF(LANE_LABEL_W + di * col_w, y, col_w, LANE_H))
                p.fillRect(cell, pal.alternateBase() if li % 2 else pal.base())
                if day in closed:
                    self._paint_closed(p, cell, "" if li else closed[day])
                elif di in unavailable:
                    self._paint_closed(p, cell, self._unavailable_text(unavailable[di]))
                p.setPen(pal.mid().color())
                p.drawRect(cell)
        if not view.entries:
            return
        durations = sorted(o.end_min - o.start_min for _, _, o in view.entries)
        typical_w = durations[len(durations) // 2] / span * col_w - 2
        small = self._fit_font([o.group_code or o.title or o.purpose for _, _, o in view.entries], typical_w)
        self._small_metrics = QFontMetrics(small)
        if small != getattr(self, "_static_font", None):
            self._static: dict[str, QStaticText] = {}
            self._static_font = small
        for lane_i, day_i, occ in view.entries:
            x0 = LANE_LABEL_W + day_i * col_w
            a = (occ.start_min - view.day_start_min) / span
            b = (occ.end_min - view.day_start_min) / span
            r = QRectF(x0 + a * col_w, HEADER_H + lane_i * LANE_H + 3, max(4.0, (b - a) * col_w), LANE_H - 6)
            self._block(p, self._mirror(r), occ, [occ.group_code or occ.title or occ.purpose, occ.start], small)

    def _paint_single(self, p: QPainter) -> None:
        view = self.view
        assert view is not None
        pal = self.palette()
        col_w = max(80.0, (self.width() - TIME_GUTTER_W) / len(view.days))
        self._paint_header(p, TIME_GUTTER_W, col_w)
        start_h = view.day_start_min // 60
        end_h = -(-view.day_end_min // 60)
        closed = dict(view.closed)

        def y_of(minute: int) -> float:
            return HEADER_H + (minute - start_h * 60) / 60 * HOUR_H

        unavailable = dict(view.lanes[0].unavailable) if view.lanes else {}
        for di, day in enumerate(view.days):
            col = self._mirror(QRectF(TIME_GUTTER_W + di * col_w, HEADER_H, col_w, (end_h - start_h) * HOUR_H))
            p.fillRect(col, pal.alternateBase() if di % 2 else pal.base())
            if day in closed:
                self._paint_closed(p, col, closed[day])
            elif di in unavailable:
                self._paint_closed(p, col, self._unavailable_text(unavailable[di]))
        for h in range(start_h, end_h + 1):
            y = y_of(h * 60)
            p.setPen(pal.mid().color())
            line_l = self._mirror(QRectF(TIME_GUTTER_W, y, col_w * len(view.days), 0))
            p.drawLine(QPointF(line_l.left(), y), QPointF(line_l.right(), y))
            p.setPen(pal.text().color())
            p.drawText(self._mirror(QRectF(0, y - 8, TIME_GUTTER_W - 6, 16)), Qt.AlignRight | Qt.AlignVCenter,
                       f"{h:02d}:00")
        for di in range(len(view.days) + 1):
            x = TIME_GUTTER_W + di * col_w
            xr = self._mirror(QRectF(x, 0, 0, 0)).x()
            p.setPen(pal.mid().color())
            p.drawLine(QPointF(xr, HEADER_H), QPointF(xr, y_of(end_h * 60)))
        for _lane, day_i, occ in view.entries:
            r = QRectF(TIME_GUTTER_W + day_i * col_w + 2, y_of(occ.start_min), col_w - 4,
                       y_of(occ.end_min) - y_of(occ.start_min))
            self._block(p, self._mirror(r), occ, [line for line in self._entry_lines(occ) if line])

    def _unavailable_text(self, why: str) -> str:
        return self.tr("Out of service") if why == "out_of_service" else self.tr("Closed")

    def _lane_detail(self, detail: str) -> str:
        """'classroom · 24' from the core: the room kind is an English key, shown translated."""
        kind, sep, rest = detail.partition(" · ")
        return f"{self.tr(kind)}{sep}{rest}" if kind else detail

    # ------------------------------------------------------------------ interaction
    def occurrence_at(self, pos: QPointF) -> OccurrenceDTO | None:
        for r, occ in reversed(self._hits):
            if r.contains(pos):
                return occ
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        occ = self.occurrence_at(event.position())
        self.selected_id = occ.id if occ else None
        self.update()
        self.occurrenceClicked.emit(occ)
        super().mousePressEvent(event)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.ToolTip:
            occ = self.occurrence_at(QPointF(e.pos()))  # type: ignore[attr-defined]
            if occ is not None:
                QToolTip.showText(e.globalPos(), self.describe(occ), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    def describe(self, occ: OccurrenceDTO) -> str:
        loc = self.locale()
        day = loc.toString(QDate(occ.day.year, occ.day.month, occ.day.day), QLocale.LongFormat)
        parts: list[Any] = [f"{day} {occ.start}–{occ.end}", self.tr("Room: %1").replace("%1", occ.room_code)]
        if occ.group_code:
            parts.append(self.tr("Group: %1").replace("%1", occ.group_code))
        if occ.trainer:
            parts.append(self.tr("Trainer: %1").replace("%1", occ.trainer))
        if occ.title:
            parts.append(occ.title)
        if occ.state == "pending":
            parts.append(self.tr("Waiting for approval"))
        if occ.moved:
            parts.append(self.tr("Moved from its usual slot"))
        return "\n".join(parts)
