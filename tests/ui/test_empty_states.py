"""Lists with no rows say why and what to do next."""

from __future__ import annotations

from ui.i18n import apply_language
from ui.main_window import MainWindow


def test_empty_lists_explain_what_to_do(qtbot, demo_ctx) -> None:  # noqa: ANN001
    apply_language("en")
    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    sync = w.show_page("sync")
    qtbot.waitUntil(lambda: sync.empty.label.isVisible(), timeout=5000)  # no package exported yet
    assert "Export now" in sync.empty.label.text()

    registry = w.show_page("registry")
    assert not registry.empty.label.isVisible()
    registry.search.setText("zzzz-nobody-zzzz")
    qtbot.waitUntil(lambda: registry.empty.label.isVisible(), timeout=5000)
    assert "Import" in registry.empty.label.text()
    registry.search.clear()
    qtbot.waitUntil(lambda: not registry.empty.label.isVisible(), timeout=5000)
