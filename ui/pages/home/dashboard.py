"""Home dashboard: one card per indicator, computed off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.dashboard import Chart, Indicator, collect, collect_charts
from cmc_desktop.reference.service import CatalogueService
from ui.tasks import RUNNER

COLUMNS = 3


class IndicatorCard(QFrame):
    def __init__(self, ind: Indicator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        RUNNER.run(self, self.tr("Loading the dashboard"),
                   lambda progress, cancel: (collect(ctx), collect_charts(ctx)),
                   on_done=self._show, cancellable=False)

    def _show(self, result: tuple[list[Indicator], list[Chart]]) -> None:
        indicators, charts = result
        self.show_indicators(indicators)
        self.show_charts(charts)

    def show_charts(self, charts: list[Chart]) -> None:
        from ui.widgets.charts import ChartView

        for view in self.chart_views:
            view.deleteLater()
        self.chart_views = []
        for i, chart in enumerate(charts):
            view = ChartView(chart, self.body)
            self.charts_grid.addWidget(view, i // 2, i % 2)
            self.chart_views.append(view)

    def show_indicators(self, indicators: list[Indicator]) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for i, ind in enumerate(indicators):
            card = IndicatorCard(ind, self.body)
            self.grid.addWidget(card, i // COLUMNS, i % COLUMNS)
            self.cards.append(card)
