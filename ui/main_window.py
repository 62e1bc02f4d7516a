"""Main window: side navigation over registered pages, status bar, settings and about."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from cmc_desktop import __version__
from ui.errors import show_unexpected
from ui.i18n import ltr
from ui.pages import PageSpec, visible_pages, window_hooks
from ui.widgets.accessibility import name_inputs
from ui.widgets.icons import icon

if TYPE_CHECKING:  # the database layer is imported after the first paint (ui.startup)
    from cmc_desktop.bootstrap import AppContext

log = logging.getLogger(__name__)
BACKGROUND_START_MS = 1500


class MainWindow(QMainWindow):
    language_changed = Signal(str)

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None) -> None:
        """Without a context the window is a frame that says the database is opening: start-up
        paints it before the database layer is even imported (ui.startup), then calls attach()."""
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("CMC Desktop"))
        self.setWindowIcon(icon("app"))
        self.resize(1280, 800)
        self.specs: list[PageSpec] = []
        self.pages: dict[str, QWidget] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Modules"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.opening = QLabel(self.tr("Opening the database…"))
        self.opening.setObjectName("openingDatabase")
        self.opening.setAlignment(Qt.AlignCenter)
        self.stack.addWidget(self.opening)
        self.split = QSplitter()
        self.split.addWidget(self.nav)
        self.split.addWidget(self.stack)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)
        self.setCentralWidget(self.split)
        self._fit_navigation()
        self.nav.currentRowChanged.connect(self.show_page_at)
        self._build_menus()
        self.statusBar().showMessage(self.opening.text())
        if ctx is not None:
            self.attach(ctx)

    def _fit_navigation(self) -> None:
        """As wide as the longest module name in this language (French and Arabic run longer); the
        splitter is told too, or it keeps the list's default width as an empty strip beside it."""
        width = min(360, max(190, self.nav.sizeHintForColumn(0) + 36))
        self.nav.setFixedWidth(width)
        self.split.setSizes([width, max(1, self.width() - width)])

    def signing_in(self, display_url: str) -> None:
        """The database is open and the sign-in dialog is up: say so behind it."""
        if self.ctx is None:
            self.opening.setText(self.tr("Sign in to continue."))
            self.statusBar().showMessage(self.tr("Database: %1").replace("%1", ltr(display_url)))

    def attach(self, ctx: AppContext) -> None:
        """Fill the frame for the signed-in user: their modules, the status bar, the dashboard."""
        self.ctx = ctx
        self.specs = visible_pages(ctx)
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        for spec in self.specs:
            item = QListWidgetItem(icon(spec.icon), QCoreApplication.translate("Navigation", spec.title))
            item.setData(Qt.UserRole, spec.key)
            if spec.shortcut:
                item.setToolTip(spec.shortcut)
            placeholder = QWidget()
            placeholder.setObjectName(f"pending_{spec.key}")
            self.stack.addWidget(placeholder)
            self.nav.addItem(item)
        self._fit_navigation()
        self._build_go_menu()
        self._build_status()
        for action in (self.settings_action, self.about_action):
            action.setEnabled(True)
        if self.specs:
            self.nav.setCurrentRow(0)
        # Window-level background work (export scheduler…) starts after the first paint.
        QTimer.singleShot(BACKGROUND_START_MS, self._start_background)

    def _start_background(self) -> None:
        for hook in window_hooks():
            try:
                hook(self)
            except Exception as exc:
                show_unexpected(self, type(exc), exc, exc.__traceback__)

    # --- pages are built on first visit, so start-up pays only for the dashboard -------
    def show_page_at(self, row: int) -> None:
        if not 0 <= row < len(self.specs):
            return
        spec = self.specs[row]
        page = self.pages.get(spec.key)
        if page is None:
            try:
                page = spec.factory(self.ctx, self)
            except Exception as exc:
                show_unexpected(self, type(exc), exc, exc.__traceback__)
                return
            page.setObjectName(page.objectName() or f"page_{spec.key}")
            name_inputs(page)
            old = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.pages[spec.key] = page
        elif hasattr(page, "refresh"):
            page.refresh()
        self.stack.setCurrentIndex(row)

    def show_page(self, key: str) -> QWidget | None:
        for row, spec in enumerate(self.specs):
            if spec.key == key:
                self.nav.setCurrentRow(row)
                self.show_page_at(row)
                return self.pages.get(key)
        return None

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))  # StandardKey.Preferences is empty on Linux
        self.settings_action.triggered.connect(self.open_settings)
        menu.addAction(self.settings_action)
        menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys = QAction(self.tr("&Keyboard shortcuts"), self)
        keys.setShortcut(QKeySequence.HelpContents)
        keys.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(keys)
        self.about_action = QAction(self.tr("&About CMC Desktop"), self)
        self.about_action.triggered.connect(self.about)
        self.help_menu.addAction(self.about_action)
        for action in (self.settings_action, self.about_action):
            action.setEnabled(False)  # they show the database: enabled by attach()

    def _build_go_menu(self) -> None:
        go = QMenu(self.tr("&Go"), self)
        for row, spec in enumerate(self.specs):
            act = QAction(QCoreApplication.translate("Navigation", spec.title), self)
            if spec.shortcut:
                act.setShortcut(QKeySequence(spec.shortcut))
            act.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
            go.addAction(act)
        self.menuBar().insertMenu(self.help_menu.menuAction(), go)

    def _build_status(self) -> None:
        from cmc_desktop.reference.service import CatalogueService

        city = self.ctx.service(CatalogueService).city()
        self.city_label = QLabel(f"{city.site} ({city.region_code})" if city else self.tr("City not set"))
        self.city_label.setObjectName("statusCity")
        self.db_label = QLabel(self.tr("Database: %1").replace("%1", ltr(self.ctx.display_url)))
        self.db_label.setObjectName("statusDb")
        actor = self.ctx.actor
        self.user_label = QLabel(self.tr("User: %1 (%2)").replace("%1", actor.display_name or actor.username)
                                 .replace("%2", QCoreApplication.translate("Roles", actor.role.value)))
        self.user_label.setObjectName("statusUser")
        bar = self.statusBar()
        bar.clearMessage()
        bar.addWidget(self.city_label)
        bar.addWidget(self.db_label, 1)
        bar.addPermanentWidget(self.user_label)

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.ctx, self)
        if dlg.exec() and dlg.language_changed:
            self.language_changed.emit(dlg.chosen_language)

    def shortcuts(self) -> list[tuple[str, str]]:
        """(action, key) for every action of the window and its pages that has a shortcut."""
        seen: list[tuple[str, str]] = []
        for act in self.findChildren(QAction):
            key = act.shortcut().toString(QKeySequence.NativeText)
            if key and act.text():
                seen.append((act.text().replace("&", ""), key))
        return sorted(set(seen))

    def show_shortcuts(self) -> None:
        from PySide6.QtGui import QStandardItem, QStandardItemModel
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableView, QVBoxLayout

        dlg = QDialog(self)
        dlg.setObjectName("shortcutsDialog")
        dlg.setWindowTitle(self.tr("Keyboard shortcuts"))
        model = QStandardItemModel(0, 2, dlg)
        model.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for text, key in self.shortcuts():
            model.appendRow([QStandardItem(text), QStandardItem(key)])
        view = QTableView()
        view.setAccessibleName(self.tr("Keyboard shortcuts"))
        view.setModel(model)
        view.setEditTriggers(QTableView.NoEditTriggers)
        view.horizontalHeader().setStretchLastSection(True)
        view.resizeColumnsToContents()
        lay = QVBoxLayout(dlg)
        lay.addWidget(view)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(dlg.reject)
        lay.addWidget(buttons)
        dlg.resize(480, 420)
        dlg.exec()

    def about(self) -> None:
        QMessageBox.about(
            self, self.tr("About CMC Desktop"),
            self.tr("CMC Desktop %1\nThe desk application of the Cities of Trades and Skills.\n"
                    "Database: %2").replace("%1", __version__).replace("%2", self.ctx.display_url),
        )
