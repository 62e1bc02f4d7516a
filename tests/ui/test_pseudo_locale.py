"""Pseudo-locale: strings 40 % longer and mirrored. Every page has a layout, and no button or
label is narrower than the text it must show (the clipping Qt can tell us about).
Screenshots of each page are written to the test's temporary folder for a human look."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from ui.i18n import apply_language
from ui.main_window import MainWindow
from ui.pseudo import apply_pseudo_locale, stretch
from ui.widgets.accessibility import inputs, is_named


def _clipped(page: QWidget) -> list[str]:
    problems = []
    for w in page.findChildren(QWidget):
        if not w.isVisibleTo(page) or w.width() <= 1:
            continue
        if isinstance(w, QAbstractButton) and w.text():
            need = w.minimumSizeHint().width()
            if w.width() + 2 < need:
                problems.append(f"button '{w.text()}' {w.width()}px < {need}px")
        elif isinstance(w, QLabel) and w.text() and not w.wordWrap() and not w.pixmap() \
                and w.sizePolicy().horizontalPolicy() != w.sizePolicy().Policy.Ignored:
            need = w.minimumSizeHint().width()
            if w.width() + 2 < need:
                problems.append(f"label '{w.text()[:40]}' {w.width()}px < {need}px")
    return problems


def test_stretch() -> None:
    assert stretch("Save") == "[Save··]"
    assert len(stretch("x" * 10)) == 10 + 4 + 2


@pytest.mark.slow
def test_every_page_lays_out_in_pseudo_locale(qtbot, demo_ctx, tmp_path: Path) -> None:  # noqa: ANN001
    apply_language("en")
    apply_pseudo_locale(True)
    try:
        w = MainWindow(demo_ctx)
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        assert QApplication.layoutDirection().name == "RightToLeft"
        assert w.nav.item(0).text().startswith("[")
        report = {}
        for row, spec in enumerate(w.specs):
            w.nav.setCurrentRow(row)
            page = w.pages[spec.key]
            qtbot.wait(50)
            assert page.layout() is not None, f"page {spec.key} has no layout"
            assert page.isRightToLeft()
            w.grab().save(str(tmp_path / f"pseudo_{spec.key}.png"))
            clipped = _clipped(page)
            if clipped:
                report[spec.key] = clipped
        assert not report, f"clipped text in pseudo-locale: {report}"
    finally:
        apply_pseudo_locale(False)
        apply_language("en")


def test_every_input_has_an_accessible_name(qtbot, demo_ctx) -> None:  # noqa: ANN001

    apply_language("en")
    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    w.show()
    missing = []
    for row, spec in enumerate(w.specs):
        w.nav.setCurrentRow(row)
        page = w.pages[spec.key]
        buddies = {lbl.buddy() for lbl in page.findChildren(QLabel) if lbl.buddy() is not None}
        for inp in inputs(page):
            if not is_named(inp, buddies):
                missing.append(f"{spec.key}: {type(inp).__name__} {inp.objectName() or '(no object name)'}")
    assert not missing, missing


def test_every_control_is_reachable_with_the_tab_key(qtbot, demo_ctx) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    apply_language("en")
    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    w.show()
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)
    unreachable = []
    for row, spec in enumerate(w.specs):
        w.nav.setCurrentRow(row)
        page = w.pages[spec.key]
        for c in page.findChildren(QWidget):
            if not isinstance(c, kinds) or isinstance(c, QHeaderView) or not c.isVisibleTo(page):
                continue
            if c.objectName() == "qt_tableview_cornerbutton":
                continue  # Qt's select-all corner; Ctrl+A does the same
            if not c.focusPolicy() & Qt.TabFocus:
                unreachable.append(f"{spec.key}: {type(c).__name__} {c.objectName()}")
    assert not unreachable, unreachable
