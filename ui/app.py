"""Composition root: logging, excepthook, QApplication, translators, first run, main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from collections.abc import Sequence

from cmc_desktop.cli import is_cli_invocation

log = logging.getLogger(__name__)


def _gui_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="cmc-desktop", add_help=False)
    p.add_argument("--db")
    p.add_argument("--lang", choices=("fr", "ar", "en"))
    p.add_argument("--screenshot", help=argparse.SUPPRESS)  # save the first painted window, then quit
    p.add_argument("--page", help=argparse.SUPPRESS)
    args, _unknown = p.parse_known_args(list(argv))
    return args


def run(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in argv:
        from ui.selftest import run_self_test

        return run_self_test()
    if is_cli_invocation(argv):
        from cmc_desktop.cli import main as cli_main

        return cli_main(argv)
    return run_gui(argv)


def main() -> None:  # console script entry point
    raise SystemExit(run())


def preload_core() -> threading.Thread:
    """Import SQLAlchemy and the models on a thread while Qt starts on the main one.

    SQLAlchemy's import alone costs about twice a bare Qt window's start-up; overlapping the two
    brings the first paint forward (see docs/PERFORMANCE.md, startup.main_window).
    """

    def work() -> None:
        from cmc_desktop.bootstrap import warm_up

        warm_up()  # mapper configuration would otherwise run inside the first query

    thread = threading.Thread(target=work, name="preload-core", daemon=True)
    thread.start()
    return thread


XCB_PACKAGES = ("libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 "
                "libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1")


def display_problem() -> str | None:
    """Why Qt's window plugin would abort (it kills the process, so check before), or None."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland, vnc…: Qt reports its own errors
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return "no graphical display (DISPLAY is not set): start it from a desktop session"
    import ctypes.util

    if ctypes.util.find_library("xcb-cursor") is None:
        return f"Qt's window system libraries are missing: sudo apt-get install -y {XCB_PACKAGES}"
    return None


def run_gui(argv: Sequence[str]) -> int:
    problem = display_problem()
    if problem:
        print(f"error: cannot open the window: {problem}", file=sys.stderr)
        return 2
    preload = preload_core()
    args = _gui_args(argv)
    from cmc_desktop.logging_setup import setup_logging

    setup_logging(console=True)
    try:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:  # e.g. missing system libraries for Qt
        print(f"error: cannot start the graphical interface: {exc}", file=sys.stderr)
        return 2

    from ui.errors import install_excepthook, show_error
    from ui.i18n import apply_language
    from ui.settings import UiSettings

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("CMC Desktop")
    app.setOrganizationName("CMC")
    install_excepthook()
    settings = UiSettings()
    if args.lang:
        settings.language = args.lang
    apply_language(settings.language)
    from ui.style import apply_style

    apply_style(app)
    preload.join()

    from cmc_desktop.errors import CmcError

    try:
        ctx = open_database(args.db or os.environ.get("CMC_DB_URL") or settings.database)
    except CmcError as exc:
        show_error(None, exc)
        return exc.exit_code
    if ctx is None:
        return 0
    ctx = authenticate(ctx)
    if ctx is None:
        return 0

    from ui.main_window import MainWindow

    state: dict[str, MainWindow] = {}

    def build_window() -> MainWindow:
        old = state.get("window")
        window = MainWindow(ctx)
        window.language_changed.connect(on_language)
        if old is not None:
            window.setGeometry(old.geometry())
            old.close()
            old.deleteLater()
        state["window"] = window
        if args.page:
            window.show_page(args.page)
        window.show()
        return window

    def on_language(lang: str) -> None:
        apply_language(lang)
        build_window()

    build_window()
    if os.environ.get("CMC_EXIT_AFTER_FIRST_PAINT"):
        _quit_after_first_paint(app, state["window"])  # start-up measurements (docs/PERFORMANCE.md)
    if args.screenshot:
        def grab() -> None:
            state["window"].grab().save(args.screenshot)
            app.quit()

        QTimer.singleShot(1500, grab)
    code = app.exec()
    ctx.close()
    return code


def _quit_after_first_paint(app, window) -> None:  # noqa: ANN001
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _Watcher(QObject):
        def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802
            if obj is window and event.type() == QEvent.Paint:
                QTimer.singleShot(0, app.quit)
            return False

    watcher = _Watcher(window)
    window.installEventFilter(watcher)


def open_database(db: str | None):  # noqa: ANN201
    """Open (and migrate) the database; on first run offer the demo city or an empty one."""
    from cmc_desktop.bootstrap import database_exists, open_context, resolve_database
    from cmc_desktop.config import AppPaths

    paths = AppPaths.default()
    url = resolve_database(db, paths)
    if not database_exists(url):
        from ui.first_run import FirstRunDialog

        if db is None:
            paths.ensure("data")
        dlg = FirstRunDialog(url)
        if not dlg.exec() or dlg.context is None:
            return None
        return dlg.context
    return open_context(url)


def authenticate(ctx):  # noqa: ANN001, ANN201
    """Ask for a login when the security module is installed; otherwise act as the OS user."""
    try:
        from ui.login import login
    except ModuleNotFoundError as exc:
        if exc.name not in ("ui.login",):
            raise
        return ctx
    return login(ctx)
