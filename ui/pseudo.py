"""A pseudo-locale for layout testing: every string 40 % longer, bracketed, right to left.

Text that is cut off, or a page that does not resize with its text, shows up at once.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt, QTranslator


def stretch(text: str) -> str:
    extra = math.ceil(len(text) * 0.4)
    return f"[{text}{'·' * extra}]"


class PseudoTranslator(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1):  # noqa: ANN201
        return stretch(source) if source else None

    def isEmpty(self) -> bool:  # noqa: N802
        return False


_pseudo: PseudoTranslator | None = None


def apply_pseudo_locale(on: bool = True) -> None:
    global _pseudo
    app = QCoreApplication.instance()
    if _pseudo is not None:
        app.removeTranslator(_pseudo)
        _pseudo = None
    if on:
        _pseudo = PseudoTranslator()
        app.installTranslator(_pseudo)
    app.setLayoutDirection(Qt.RightToLeft if on else Qt.LeftToRight)
