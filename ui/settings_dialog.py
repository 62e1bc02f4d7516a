"""Settings: language (applies at once) and the database (applies at the next start)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from cmc_desktop.bootstrap import AppContext
from ui.i18n import LANGUAGES
from ui.settings import UiSettings


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, settings: UiSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings or UiSettings()
        self.language_changed = False
        self.chosen_language = self.settings.language
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(self.settings.language))
        form.addRow(self.tr("&Language"), self.language)
        row = QHBoxLayout()
        self.database = QLineEdit(self.settings.database or ctx.display_url)
        self.database.setAccessibleName(self.tr("Database"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.database)
        row.addWidget(browse)
        holder = QWidget()
        holder.setLayout(row)
        form.addRow(self.tr("&Database"), holder)
        form.addRow(QLabel(self.tr("A new database takes effect at the next start.")))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Choose the database file"), self.database.text(),
                                              self.tr("CMC database (*.sqlite3 *.db)"),
                                              options=QFileDialog.DontConfirmOverwrite)
        if path:
            self.database.setText(path)

    def accept(self) -> None:
        lang = self.language.currentData()
        self.language_changed = lang != self.settings.language
        self.chosen_language = lang
        self.settings.language = lang
        self.settings.database = self.database.text().strip() or None
        self.settings.sync()
        super().accept()
