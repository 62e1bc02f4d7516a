"""Application style: the .qss under resources/styles, light or dark following the system."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from cmc_desktop.config import resource_path


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hasattr(hints, "colorScheme") and hints.colorScheme() == Qt.ColorScheme.Dark


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    name = "dark.qss" if is_dark() else "light.qss"
    path = resource_path("styles", name)
    if path.exists():
        app.setStyleSheet(path.read_text(encoding="utf-8"))
