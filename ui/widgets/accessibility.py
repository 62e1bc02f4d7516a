"""A safety net for screen readers: give every input a name from what sighted users see.

Pages should set accessible names themselves; this fills the gaps after a page is built, from
(in order) the label that is its buddy, the label just before it in the same layout, its
placeholder text, its tool tip. tests/ui/test_pseudo_locale.py fails on any input left unnamed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INPUT_TYPES = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit)


def _clean(text: str) -> str:
    return text.replace("&", "").rstrip(" :*").strip()


def _label_before(widget: QWidget) -> str:
    parent = widget.parentWidget()
    layout: QLayout | None = parent.layout() if parent else None
    stack = [layout] if layout else []
    while stack:
        lay = stack.pop()
        items = [lay.itemAt(i) for i in range(lay.count())]
        for i, item in enumerate(items):
            if item.layout() is not None:
                stack.append(item.layout())
            if item.widget() is widget and i > 0:
                prev = items[i - 1].widget()
                # "Every week until [date]": a check box or label right before names the input
                if isinstance(prev, (QLabel, QCheckBox)) and prev.text():
                    return _clean(prev.text())
    return ""


def is_named(widget: QWidget, buddies: set[QWidget]) -> bool:
    return bool(widget.accessibleName()) or widget in buddies


def inputs(root: QWidget) -> list[QWidget]:
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INPUT_TYPES):
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo or spin box: the outer widget carries the name
        out.append(w)
    return out


def name_inputs(root: QWidget) -> int:
    """Name the unnamed inputs under ``root``; returns how many were named."""
    buddies = {lbl.buddy() for lbl in root.findChildren(QLabel) if lbl.buddy() is not None}
    named = 0
    for w in inputs(root):
        if is_named(w, buddies):
            continue
        text = _label_before(w)
        if not text and isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            text = w.placeholderText()
        if not text and isinstance(w, QComboBox) and w.lineEdit() is not None:
            text = w.lineEdit().placeholderText()
        if not text:
            text = _clean(w.toolTip())
        if text:
            w.setAccessibleName(text)
            named += 1
    return named
