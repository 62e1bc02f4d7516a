"""Home dashboard: one card per indicator, computed off the GUI thread one area at a time, so
the cheap cards show while a slow area (attendance over a whole city) is still counting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.dashboard import Chart, Indicator, area, area_modules
from cmc_desktop.reference.service import CatalogueService
from ui.tasks import RUNNER

COLUMNS = 3


class IndicatorCard(QFrame):
    def __init__(self, ind: Indicator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = ind
        self.setObjectName("indicatorCard")
        self.setProperty("level", ind.level)
        self.setFrameShape(QFrame.StyledPanel)
        lay = QVBoxLayout(self)
        title = QLabel(QCoreApplication.translate("Indicators", ind.label))
        title.setObjectName("indicatorTitle")
        value = QLabel(ind.value)
        value.setObjectName("indicatorValue")
        f = value.font()
        f.setPointSizeF(f.pointSizeF() * 1.8)
        f.setBold(True)
        value.setFont(f)
        lay.addWidget(title)
        lay.addWidget(value)
        if ind.detail:
            detail = QLabel(QCoreApplication.translate("Indicators", ind.detail))
            detail.setWordWrap(True)
            detail.setObjectName("indicatorDetail")
            lay.addWidget(detail)
        self.setAccessibleName(f"{title.text()}: {ind.value}")


class DashboardPage(QWidget):
    updated = Signal()  # one more area's cards and charts are shown
    loaded = Signal()  # every area's cards and charts hold the database's numbers

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dashboardPage")
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        hf = self.heading.font()
        hf.setPointSizeF(hf.pointSizeF() * 1.5)
        hf.setBold(True)
        self.heading.setFont(hf)
        outer.addWidget(self.heading)
        self.status = QLabel()
        self.status.setObjectName("dashboardStatus")
        outer.addWidget(self.status)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setAlignment(Qt.AlignTop)
        scroll.setWidget(self.body)
        outer.addWidget(scroll)
        self.cards: list[IndicatorCard] = []
        self.chart_views: list[QWidget] = []
        self.charts_grid = QGridLayout()
        self.grid.addLayout(self.charts_grid, 1000, 0, 1, COLUMNS)  # charts below every card
        self._set_heading()
        self.refresh()

    def _set_heading(self) -> None:
        city = self.ctx.service(CatalogueService).city()
        from ui.i18n import current_language

        region = (city.region_ar if current_language() == "ar" else city.region_fr) if city else ""
        name = f"{city.site} — {region}" if city else self.tr("City not set")
        self.heading.setText(self.tr("Cité des Métiers et des Compétences %1").replace("%1", name))

    def refresh(self) -> None:
        ctx = self.ctx
        self._generation = getattr(self, "_generation", 0) + 1
        generation = self._generation
        names = area_modules()
        self._results: dict[int, tuple[list[Indicator], list[Chart]]] = {}
        self._expected = len(names)
        self.status.setText(self.tr("Loading the dashboard"))
        self.status.show()
        for i, name in enumerate(names):
            RUNNER.run(self, self.tr("Loading the dashboard"), lambda progress, cancel, name=name: area(ctx, name),
                       on_done=lambda result, i=i: self._arrived(generation, i, result),
                       cancellable=False, quiet=True)

    def _arrived(self, generation: int, index: int, result: tuple[list[Indicator], list[Chart]]) -> None:
        if generation != self._generation:
            return  # a refresh started since: its own results are coming
        self._results[index] = result
        done = [self._results[i] for i in sorted(self._results)]
        self.show_indicators([ind for inds, _charts in done for ind in inds])
        self.show_charts([chart for _inds, charts in done for chart in charts])
        self.updated.emit()
        if len(self._results) == self._expected:
            self.status.hide()
            self.loaded.emit()

    def show_charts(self, charts: list[Chart]) -> None:
        from ui.widgets.charts import ChartView

        self.chart_views = self._lay_out(self.chart_views, charts, ChartView, self.charts_grid, 2)

    def show_indicators(self, indicators: list[Indicator]) -> None:
        self.cards = self._lay_out(self.cards, indicators, IndicatorCard, self.grid, COLUMNS)

    def _lay_out(self, shown: list, items: list, make: type, grid: QGridLayout, columns: int) -> list:
        """Lay ``items`` out in order. Areas arrive one by one, so an item already shown keeps
        its widget; only the new ones are built and the gone ones deleted."""
        drawn = {id(widget.data): widget for widget in shown}
        widgets = [drawn.pop(id(item), None) or make(item, self.body) for item in items]
        for widget in drawn.values():
            widget.deleteLater()
        for widget in shown:
            grid.removeWidget(widget)
        for i, widget in enumerate(widgets):
            grid.addWidget(widget, i // columns, i % columns)
        return widgets
