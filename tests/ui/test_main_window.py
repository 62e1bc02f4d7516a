from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.i18n import apply_language
from ui.main_window import MainWindow


def test_main_window_shows_dashboard_and_status(qtbot, demo_ctx) -> None:  # noqa: ANN001
    apply_language("en")
    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    w.show()
    dash = w.pages["home"]
    qtbot.waitUntil(lambda: dash.status.isHidden(), timeout=20_000)
    labels = {c.findChild(type(w.city_label), "indicatorTitle").text() for c in dash.cards}
    assert "Active trainees" in labels
    assert "MA-09" in w.city_label.text()
    assert demo_ctx.display_url in w.db_label.text()


def test_navigation_builds_catalogue_page(qtbot, demo_ctx) -> None:  # noqa: ANN001
    apply_language("en")
    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    page = w.show_page("catalogue")
    assert page is not None and page.model.rowCount() == 13  # sectors tab first
    page.tabs.setCurrentIndex([k for k, _ in page.kinds].index("programme"))
    assert page.model.rowCount() > 10
    page.table.selectRow(0)
    code = page.inputs["code"]
    assert code.text()
    page.inputs["label_fr"].setText("Renamed programme")
    qtbot.mouseClick(page.save_btn, Qt.LeftButton)
    assert page.message.text() == "Saved."
    assert any(r.values["label_fr"] == "Renamed programme" for r in page.model.rows)


def test_arabic_is_right_to_left_and_translated(qtbot, demo_ctx) -> None:  # noqa: ANN001
    apply_language("ar")
    try:
        w = MainWindow(demo_ctx)
        qtbot.addWidget(w)
        assert QApplication.layoutDirection() == Qt.RightToLeft
        assert w.isRightToLeft()
        assert w.nav.item(0).text() == "لوحة القيادة"
    finally:
        apply_language("en")


def test_french_translation(qtbot, demo_ctx) -> None:  # noqa: ANN001
    apply_language("fr")
    try:
        w = MainWindow(demo_ctx)
        qtbot.addWidget(w)
        assert w.nav.item(0).text() == "Tableau de bord"
        assert QApplication.layoutDirection() == Qt.LeftToRight
    finally:
        apply_language("en")


def test_shortcuts_are_listed(qtbot, demo_ctx) -> None:  # noqa: ANN001
    apply_language("en")
    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    keys = dict(w.shortcuts())
    assert keys.get("Dashboard") == "Ctrl+1"
    assert "Quit" in keys and "Keyboard shortcuts" in keys


def test_dashboard_chart_saves_png(qtbot, demo_ctx, tmp_path) -> None:  # noqa: ANN001
    apply_language("en")
    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    w.show()
    dash = w.pages["home"]
    qtbot.waitUntil(lambda: any(v.data.key == "registry.enrolment" for v in dash.chart_views), timeout=10_000)
    view = next(v for v in dash.chart_views if v.data.key == "registry.enrolment")
    assert view.chart().series() and view.chart().title() == "Enrolment by sector and level"
    out = tmp_path / "chart.png"
    assert view.save_png(str(out))
    from PySide6.QtGui import QImage

    assert QImage(str(out)).width() > 100


def test_window_hooks_start_the_export_scheduler(qtbot, demo_ctx) -> None:  # noqa: ANN001
    from ui.pages.sync.scheduler import scheduler_of

    apply_language("en")
    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    assert scheduler_of(w) is None  # nothing heavy before the first paint
    qtbot.waitUntil(lambda: scheduler_of(w) is not None, timeout=5000)
