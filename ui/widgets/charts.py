"""QtCharts view of a core ``Chart``, with "save as PNG"."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from cmc_desktop.dashboard import Chart

PALETTE = ("#2a6f97", "#f2b632", "#3f8f5a", "#b25e00", "#7a4ea3", "#17324d")


def build_chart(data: Chart) -> QChart:
    chart = QChart()
    chart.setTitle(QCoreApplication.translate("Indicators", data.title))
    chart.setAnimationOptions(QChart.NoAnimation)
    axis_x = QBarCategoryAxis()
    axis_x.append(list(data.categories))
    if len(data.categories) > 8:  # many short labels: slant them rather than elide them to "…"
        axis_x.setLabelsAngle(-60)
        axis_x.setTruncateLabels(False)
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%d")
    chart.addAxis(axis_x, Qt.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignLeft)
    top = 0.0
    if data.kind == "line":
        for i, (name, values) in enumerate(data.series):
            line = QLineSeries()
            line.setName(QCoreApplication.translate("Indicators", name))
            line.setColor(QColor(PALETTE[i % len(PALETTE)]))
            for x, v in enumerate(values):
                line.append(QPointF(x, v))
            chart.addSeries(line)
            line.attachAxis(axis_y)
            top = max(top, *values, 0)
        value_axis_x = QValueAxis()
        value_axis_x.setVisible(False)
        value_axis_x.setRange(0, max(len(data.categories) - 1, 1))
        chart.addAxis(value_axis_x, Qt.AlignBottom)
        for s in chart.series():
            s.attachAxis(value_axis_x)
    else:
        series = QStackedBarSeries() if data.kind == "stacked" else QBarSeries()
        stacked_top = [0.0] * len(data.categories)
        for i, (name, values) in enumerate(data.series):
            bar = QBarSet(QCoreApplication.translate("Indicators", name))
            bar.setColor(QColor(PALETTE[i % len(PALETTE)]))
            bar.append(list(values))
            series.append(bar)
            stacked_top = [a + b for a, b in zip(stacked_top, values, strict=False)]
            top = max(top, *values, 0)
        if data.kind == "stacked":
            top = max(stacked_top, default=0)
        chart.addSeries(series)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
    axis_y.setRange(0, max(top * 1.1, 1))
    chart.legend().setAlignment(Qt.AlignBottom)
    return chart


class ChartView(QChartView):
    def __init__(self, data: Chart, parent: QWidget | None = None) -> None:
        super().__init__(build_chart(data), parent)
        self.data = data
        self.setObjectName(f"chart_{data.key}")
        self.setRenderHint(QPainter.Antialiasing)
        self.setMinimumHeight(260)
        self.setAccessibleName(QCoreApplication.translate("Indicators", data.title))
        self.setContextMenuPolicy(Qt.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def save_png(self, path: str) -> bool:
        return self.grab().save(path, "PNG")

    def _menu(self, pos) -> None:  # noqa: ANN001
        menu = QMenu(self)
        act = menu.addAction(QCoreApplication.translate("Indicators", "Save as PNG…"))
        if menu.exec(self.mapToGlobal(pos)) is act:
            path, _ = QFileDialog.getSaveFileName(self, act.text(), f"{self.data.key}.png", "PNG (*.png)")
            if path:
                self.save_png(path)
