"""Render the application icon (resources/icons/app.svg, drawn for this project) to the usual
raster sizes and a Windows .ico. Run after changing the SVG:  python tools/render_icons.py"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    img = QImage(size, size, QImage.Format_ARGB32)
    img.fill(Qt.transparent)
    painter = QPainter(img)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return img


def main() -> None:
    _app = QGuiApplication([])
    svg = ROOT / "resources" / "icons" / "app.svg"
    out = ROOT / "resources" / "icons" / "app"
    out.mkdir(exist_ok=True)
    for size in SIZES:
        render(svg, size).save(str(out / f"app-{size}.png"))
    render(svg, 256).save(str(ROOT / "resources" / "icons" / "app.ico"))
    print(f"wrote {len(SIZES)} PNG sizes and app.ico")


if __name__ == "__main__":
    main()
