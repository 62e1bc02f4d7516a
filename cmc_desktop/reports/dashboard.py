"""The city's monthly dashboard report (PDF): indicators and the dashboard charts.

Charts are drawn again with reportlab's own graphics from the same data the screen uses, so
the report needs no GUI; the screen can also save any chart as PNG.
"""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.dashboard import Chart, collect_all
from cmc_desktop.reports.pdf import FONT, Spacer, build, mm, para, register_fonts, shape, styles, table
from cmc_desktop.security.permissions import Perm

PALETTE = ("#2a6f97", "#f2b632", "#3f8f5a", "#b25e00", "#7a4ea3", "#17324d")


def chart_drawing(chart: Chart, width: float = 170 * mm, height: float = 75 * mm) -> Drawing:
    register_fonts()
    d = Drawing(width, height)
    d.add(String(0, height - 10, shape(chart.title), fontName=FONT, fontSize=10))
    plot = HorizontalLineChart() if chart.kind == "line" else VerticalBarChart()
    plot.x, plot.y, plot.width, plot.height = 30, 30, width - 130, height - 50
    plot.data = [list(values) for _, values in chart.series] or [[0]]
    plot.categoryAxis.categoryNames = list(chart.categories)
    plot.categoryAxis.labels.fontName = FONT
    plot.categoryAxis.labels.fontSize = 6.5
    plot.categoryAxis.labels.angle = 30 if len(chart.categories) > 8 else 0
    plot.valueAxis.labels.fontName = FONT
    plot.valueAxis.valueMin = 0
    if chart.kind == "stacked":
        plot.categoryAxis.style = "stacked"
    for i in range(len(chart.series)):
        color = colors.HexColor(PALETTE[i % len(PALETTE)])
        if chart.kind == "line":
            plot.lines[i].strokeColor = color
        else:
            plot.bars[i].fillColor = color
    d.add(plot)
    legend = Legend()
    legend.x, legend.y = width - 90, height - 25
    legend.fontName = FONT
    legend.fontSize = 7
    legend.colorNamePairs = [(colors.HexColor(PALETTE[i % len(PALETTE)]), shape(name))
                             for i, (name, _) in enumerate(chart.series)]
    d.add(legend)
    return d


def monthly_report(ctx: AppContext, out: str | os.PathLike[str]) -> Path:
    ctx.actor.require(Perm.REPORTS_READ)
    from cmc_desktop.reference.service import CatalogueService

    st = styles()
    city = ctx.service(CatalogueService).city()
    city_line = f"CMC {city.site} — {city.region_fr}" if city else "CMC"
    today = ctx.clock.today()
    story: list = [para(f"{city_line} — tableau de bord du {today:%d/%m/%Y}", st["title"])]
    if city:
        story.append(para(f"مدينة المهن والكفاءات {city.region_ar}", st["title_ar"]))
    inds, charts = collect_all(ctx)  # one pass: several areas share a query between the two
    story.append(table(["Indicateur / Indicator", "Valeur", "Détail"],
                       [[i.label, i.value, i.detail] for i in inds], [80 * mm, 30 * mm, 70 * mm],
                       numeric_cols=(1,)))
    for chart in charts:
        story += [Spacer(1, 6 * mm), chart_drawing(chart)]
    return build(out, story, title="Tableau de bord mensuel", city_line=city_line)
