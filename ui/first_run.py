"""First start without a database: create the demo city, or an empty city database."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cmc_desktop.bootstrap import AppContext, open_context
from cmc_desktop.errors import CmcError
from cmc_desktop.reference.data import REGIONS
from ui.errors import show_error
from ui.tasks import RUNNER


class FirstRunDialog(QDialog):
    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.url = url
        self.context: AppContext | None = None
        self.setWindowTitle(self.tr("Welcome to CMC Desktop"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("No database was found at:\n%1").replace("%1", url)))
        self.demo = QRadioButton(self.tr("Create the &demo city (Souss-Massa, sample trainees)"))
        self.empty = QRadioButton(self.tr("Create an &empty database for my city"))
        self.demo.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.demo)
        group.addButton(self.empty)
        lay.addWidget(self.demo)
        self.trainees = QSpinBox()
        self.trainees.setRange(100, 100_000)
        self.trainees.setValue(3000)
        self.trainees.setAccessibleName(self.tr("Number of demo trainees"))
        lay.addWidget(self.trainees)
        lay.addWidget(self.empty)
        self.city = QComboBox()
        self.city.setAccessibleName(self.tr("City"))
        for code, fr, ar, site, _beds in REGIONS:
            self.city.addItem(f"{code} — {site} ({fr} / {ar})", code)
        self.city.setCurrentIndex(self.city.findData("MA-09"))
        lay.addWidget(self.city)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

    def _create(self) -> None:
        self.buttons.setEnabled(False)
        if self.demo.isChecked():
            from cmc_desktop.demo import build_demo

            n, url = self.trainees.value(), self.url
            RUNNER.run(self, self.tr("Building the demo city"),
                       lambda progress, cancel: build_demo(url, trainees=n, progress=progress, cancel=cancel),
                       on_done=lambda _summary: self._opened(), on_error=self._failed, writes=True)
        else:
            try:
                self.context = self._empty()
            except CmcError as exc:
                self._failed(exc)
                return
            self.accept()

    def _empty(self) -> AppContext:
        from cmc_desktop.reference.service import CatalogueService

        ctx = open_context(self.url)
        ctx.service(CatalogueService).set_city(self.city.currentData())
        return ctx

    def _opened(self) -> None:
        try:
            self.context = open_context(self.url)
        except CmcError as exc:
            self._failed(exc)
            return
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, exc)
