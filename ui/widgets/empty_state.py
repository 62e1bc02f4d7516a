"""Empty states: a list with no rows says why and what to do next, instead of a blank grid."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyState(QObject):
    """Centred, wrapped text over the view's viewport while its model has no rows."""

    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(view)
        self.view = view
        self.label = QLabel(text, view.viewport())
        self.label.setObjectName("emptyState")
        self.label.setAlignment(Qt.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        self._model = None
        self._watch()
        self.update()

    def _watch(self) -> None:
        model = self.view.model()
        if model is self._model or model is None:
            return
        self._model = model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update)

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def update(self, *_args: object) -> None:
        self._watch()
        model = self.view.model()
        empty = model is None or model.rowCount() == 0
        self.label.setVisible(empty)
        if empty:
            self._place()

    def _place(self) -> None:
        vp = self.view.viewport()
        width = max(120, min(vp.width() - 40, 520))
        self.label.setFixedWidth(width)
        self.label.adjustSize()
        self.label.move((vp.width() - width) // 2, max(12, (vp.height() - self.label.height()) // 3))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Resize, QEvent.Show):
            self.update()
        return False


def empty_state(view: QAbstractItemView, text: str) -> EmptyState:
    return EmptyState(view, text)
