"""The default style keeps text contrast at WCAG AA (4.5:1) or better, in light and dark."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

STYLES = Path(__file__).resolve().parents[2] / "resources" / "styles"
RULE = re.compile(r"([^{}]+)\{([^}]*)\}")


def luminance(hex_color: str) -> float:
    h = hex_color.lstrip("#")
    rgb = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def pairs(qss: str) -> list[tuple[str, str, str]]:
    """(selector, foreground, background) for rules that set both, or text on the window colour."""
    out = []
    window_bg = None
    for selector, body in RULE.findall(qss):
        props = dict(re.findall(r"([\w-]+)\s*:\s*(#[0-9a-fA-F]{6})", body))
        if "QMainWindow" in selector and "background" in props:
            window_bg = props["background"]
        fg = props.get("color")
        bg = props.get("background") or props.get("background-color")
        if fg and bg:
            out.append((selector.strip(), fg, bg))
        elif fg and window_bg:
            out.append((selector.strip(), fg, window_bg))
        if "selection-color" in props and "selection-background-color" in props:
            out.append((selector.strip() + " (selected)", props["selection-color"],
                        props["selection-background-color"]))
    return out


@pytest.mark.parametrize("name", ["light.qss", "dark.qss"])
def test_text_contrast_is_aa(name: str) -> None:
    qss = (STYLES / name).read_text(encoding="utf-8")
    found = pairs(qss)
    assert len(found) >= 4
    bad = [(sel, fg, bg, round(contrast(fg, bg), 2)) for sel, fg, bg in found if contrast(fg, bg) < 4.5]
    assert not bad, bad


def test_contrast_formula() -> None:
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert contrast("#777777", "#ffffff") < 4.5


def test_dates_and_times_read_left_to_right_in_arabic(qtbot) -> None:  # noqa: ANN001
    """Qt mirrors a date-time edit's sections under right-to-left: 08:00 showed as 00:08."""
    from PySide6.QtCore import QDate, QTime
    from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit

    from ui.i18n import apply_language

    apply_language("ar")
    try:
        t, d = QTimeEdit(QTime(8, 0)), QDateEdit(QDate(2026, 12, 7))
        dt_edit = QDateTimeEdit()
        for w in (t, d, dt_edit):
            qtbot.addWidget(w)
            w.show()
        qtbot.waitUntil(lambda: t.text() == "08:00", timeout=2000)
        assert d.text() == "07/12/2026" and dt_edit.displayFormat() == "dd/MM/yyyy HH:mm"
        t.setTime(QTime(19, 30))
        assert t.text() == "19:30" and t.time() == QTime(19, 30) and d.date() == QDate(2026, 12, 7)
    finally:
        apply_language("en")
    import ui.i18n

    assert ui.i18n._dates_filter is None  # it sees every event: only installed for Arabic
