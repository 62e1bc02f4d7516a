"""Run in a subprocess by test_scaling.py: QT_SCALE_FACTOR must be set before Qt starts.

Builds the main window on the database given, visits every page at 1366×768 logical pixels and
prints one line per clipped button or label (the clipping Qt can tell), then 'pages N'."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget  # noqa: E402


def clipped(page: QWidget) -> list[str]:
    out = []
    for w in page.findChildren(QWidget):
        if not w.isVisibleTo(page) or w.width() <= 1:
            continue
        if isinstance(w, QAbstractButton) and w.text() and w.width() + 2 < w.minimumSizeHint().width():
            out.append(f"button '{w.text()}' {w.width()} < {w.minimumSizeHint().width()}")
        elif isinstance(w, QLabel) and w.text() and not w.wordWrap() and not w.pixmap() \
                and w.width() + 2 < w.minimumSizeHint().width():
            out.append(f"label '{w.text()[:40]}' {w.width()} < {w.minimumSizeHint().width()}")
    return out


def main() -> int:
    app = QApplication([])
    from cmc_desktop.bootstrap import open_context
    from ui.i18n import apply_language
    from ui.main_window import MainWindow
    from ui.style import apply_style

    apply_style(app)
    apply_language(sys.argv[2])
    ctx = open_context(sys.argv[1])
    w = MainWindow(ctx)
    w.resize(1366, 768)
    w.show()
    for row, spec in enumerate(w.specs):
        w.nav.setCurrentRow(row)
        for _ in range(5):
            app.processEvents()
        page = w.pages[spec.key]
        if page.layout() is None:
            print(f"{spec.key}: no layout")
        for problem in clipped(page):
            print(f"{spec.key}: {problem}")
    print(f"pages {len(w.specs)} scale {os.environ.get('QT_SCALE_FACTOR', '1')}")
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
