"""Start-up: the window first, the database second.

Importing SQLAlchemy and declaring the ~80 model classes costs several times what a bare Qt
window takes to appear (docs/PERFORMANCE.md, startup.*). So the main window is painted as a
frame that says the database is opening, before the database layer is imported. A thread then
imports the core and opens the database (migrating it after a copy when needed); back on the GUI
thread, the first-run wizard or the sign-in dialog is shown over the frame, and the signed-in
context is attached to the window.

Nothing in this module's imports may pull in SQLAlchemy: a test checks it.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ui.errors import install_excepthook, show_error
from ui.i18n import apply_language
from ui.main_window import MainWindow
from ui.settings import UiSettings

if TYPE_CHECKING:
    from cmc_desktop.bootstrap import AppContext

log = logging.getLogger(__name__)

Authenticate = Callable[["AppContext", QWidget | None], "AppContext | None"]


def start_qt(argv: Sequence[str], lang: str | None = None) -> tuple[QApplication, UiSettings]:
    """QApplication, error hook, language (remembered when given) and style."""
    from ui.style import apply_style

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("CMC Desktop")
    app.setOrganizationName("CMC")
    install_excepthook()
    settings = UiSettings()
    if lang:
        settings.language = lang
    apply_language(settings.language)
    apply_style(app)
    return app, settings


def authenticate(ctx: AppContext, parent: QWidget | None = None) -> AppContext | None:
    """Ask for a sign-in when the security module is installed; otherwise act as the OS user."""
    try:
        from ui.login import login
    except ModuleNotFoundError as exc:
        if exc.name not in ("ui.login",):
            raise
        return ctx
    return login(ctx, parent)


def first_run(url: str, db_given: bool, parent: QWidget | None = None) -> AppContext | None:
    """No database yet: offer the demo city or an empty one. None when the user cancels."""
    from cmc_desktop.config import AppPaths
    from ui.first_run import FirstRunDialog

    if not db_given:
        AppPaths.default().ensure("data")
    dlg = FirstRunDialog(url, parent)
    if not dlg.exec() or dlg.context is None:
        return None
    return dlg.context


def locate(db: str | None) -> tuple[str, AppContext | None]:
    """The database URL, and its opened (migrated) context when it exists already."""
    from cmc_desktop.bootstrap import database_exists, open_context, resolve_database, warm_up
    from cmc_desktop.config import AppPaths

    warm_up()  # mapper configuration would otherwise run inside the first query
    url = resolve_database(db, AppPaths.default())
    return url, (open_context(url) if database_exists(url) else None)


def open_database(db: str | None, parent: QWidget | None = None) -> AppContext | None:
    """The same steps on the GUI thread, for windows that have nothing to paint before (the kiosk)."""
    url, ctx = locate(db)
    return ctx if ctx is not None else first_run(url, db is not None, parent)


class Startup(QObject):
    """Shows the frame, opens the database on a thread, signs the user in, fills the window.

    ``ready`` is emitted with the window once it holds the signed-in context. ``exit_code`` is
    what the program returns when start-up could not finish (a refused database: its code)."""

    loaded = Signal(object)  # from the thread: (url, context or None) or the exception raised
    ready = Signal(object)

    def __init__(self, app: QApplication, db: str | None, *, authenticate: Authenticate = authenticate,
                 page: str | None = None) -> None:
        super().__init__()
        self.app = app
        self.db = db
        self.authenticate = authenticate
        self.page = page
        self.ctx: AppContext | None = None
        self.exit_code = 0
        self.window = MainWindow()
        self.loaded.connect(self._loaded)

    def start(self) -> MainWindow:
        self.window.show()
        # The thread starts once the frame is painted: before that it would only compete with
        # the GUI thread for the interpreter lock and delay the paint.
        self._paint_watch = _OnFirstPaint(self.window, self._load_in_background)
        return self.window

    def _load_in_background(self) -> None:
        def work() -> None:
            try:
                result: object = locate(self.db)
            except BaseException as exc:  # reported on the GUI thread, in a dialog
                result = exc
            self.loaded.emit(result)

        threading.Thread(target=work, name="open-database", daemon=True).start()

    def _loaded(self, result: object) -> None:
        """On the GUI thread: report a refused database, or run the wizard, the sign-in and fill
        the window. Whatever fails here is shown, and the program ends instead of leaving an
        empty frame behind."""
        if isinstance(result, BaseException):
            self._fail(result)
            return
        url, ctx = result  # type: ignore[misc]
        try:
            if ctx is None:
                self.window.statusBar().showMessage(self.window.tr("No database yet: create one."))
                ctx = first_run(url, self.db is not None, self.window)
                if ctx is None:
                    self._stop(0)
                    return
            self.window.signing_in(ctx.display_url)
            user_ctx = self.authenticate(ctx, self.window)
            if user_ctx is None:
                ctx.close()
                self._stop(0)
                return
            self.ctx = user_ctx
            self.window.attach(user_ctx)
        except Exception as exc:  # noqa: BLE001 - shown, then the program ends cleanly
            if ctx is not None:
                ctx.close()
            self._fail(exc)
            return
        self._connect(self.window)
        if self.page:
            self.window.show_page(self.page)
        self.ready.emit(self.window)

    def _fail(self, exc: BaseException) -> None:
        show_error(self.window, exc)
        self._stop(getattr(exc, "exit_code", 1))

    def _connect(self, window: MainWindow) -> None:
        window.language_changed.connect(self._change_language)

    def _change_language(self, lang: str) -> None:
        """Every string is set at construction: rebuild the window in the new language."""
        apply_language(lang)
        old = self.window
        self.window = MainWindow(self.ctx)
        self._connect(self.window)
        self.window.setGeometry(old.geometry())
        self.window.show()
        old.close()
        old.deleteLater()

    def _stop(self, code: int) -> None:
        self.exit_code = code
        self.window.close()
        self.app.exit(code)

    def close(self) -> None:
        """After the event loop: finish or cancel background work, then close the database."""
        from ui.tasks import RUNNER

        RUNNER.shutdown()
        if self.ctx is not None:
            self.ctx.close()


class _OnFirstPaint(QObject):
    """Calls ``then`` once, right after ``widget`` is first painted."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.widget and event.type() == QEvent.Paint:
            self.widget.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


def quit_after_first_paint(app: QApplication, window: QWidget) -> None:
    """For start-up measurements (docs/PERFORMANCE.md): quit once ``window`` has painted."""
    _OnFirstPaint(window, app.quit)
    window.update()
