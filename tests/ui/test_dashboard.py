"""The dashboard loads area by area: cards keep the areas' order whatever order they arrive in."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from cmc_desktop.dashboard import Chart, Indicator, area, area_modules, collect, collect_charts
from ui.i18n import apply_language
from ui.pages.home.dashboard import DashboardPage


def _titles(page: DashboardPage) -> list[str]:
    return [c.findChild(QLabel, "indicatorTitle").text() for c in page.cards]


def test_every_area_arrives_and_the_status_line_goes(qtbot, demo_ctx) -> None:  # noqa: ANN001
    apply_language("en")
    page = DashboardPage(demo_ctx)
    qtbot.addWidget(page)
    assert not page.status.isHidden() and page.status.text() == "Loading the dashboard"
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        pass
    assert page.status.isHidden()
    # Same cards, same order as the core's own collection (used by the PDF report).
    assert [c.accessibleName().split(":")[0] for c in page.cards] == [i.label for i in collect(demo_ctx)]
    assert [v.data.key for v in page.chart_views] == [c.key for c in collect_charts(demo_ctx)]


def test_cards_keep_area_order_and_stale_results_are_dropped(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    apply_language("en")
    page = DashboardPage(demo_ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        pass
    generation = page._generation
    page._results.clear()
    page._expected = 3
    page.status.show()
    chart = Chart("t.c", "Residence occupancy by building", "bar", ("A",), (("Occupied", (1.0,)),))
    page._arrived(generation, 2, ([Indicator("t.c", "Groups", "3")], [chart]))
    first_view, first_card = page.chart_views[0], page.cards[0]
    page._arrived(generation, 0, ([Indicator("t.a", "Programmes", "1")], []))
    assert page.cards[1] is first_card  # a card already shown is not rebuilt either
    page._arrived(generation - 1, 1, ([Indicator("old", "Free beds", "9")], []))  # an earlier refresh
    assert _titles(page) == ["Programmes", "Groups"]
    assert page.chart_views == [first_view]  # a chart already drawn is not rebuilt
    assert not page.status.isHidden()
    with qtbot.waitSignal(page.loaded, timeout=1000):
        page._arrived(generation, 1, ([Indicator("t.b", "Free beds", "2")], []))
    assert _titles(page) == ["Programmes", "Free beds", "Groups"]


def test_a_failing_area_becomes_an_alert_card(demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    import cmc_desktop.library.dashboard as library

    def broken(ctx):  # noqa: ANN001, ANN202
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(library, "indicators", broken)
    indicators, charts = area(demo_ctx, "cmc_desktop.library.dashboard")
    assert [(i.key, i.level) for i in indicators] == [("cmc_desktop.library.dashboard.error", "alert")]
    assert charts == []
    assert "cmc_desktop.residence.dashboard" in area_modules()
