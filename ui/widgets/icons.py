"""Icons drawn for this project (SVG under resources/icons), tinted to the palette."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from cmc_desktop.config import resource_path


@lru_cache(maxsize=128)
def icon(name: str) -> QIcon:
    path = resource_path("icons", name if name.endswith(".svg") else f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
