"""Composition root: the command line or the window (whose start-up is in ui.startup)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
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
    args = _gui_args(argv)
    from cmc_desktop.logging_setup import setup_logging

    setup_logging(console=True)
    try:
        from PySide6.QtCore import QTimer
    except ImportError as exc:  # e.g. missing system libraries for Qt
        print(f"error: cannot start the graphical interface: {exc}", file=sys.stderr)
        return 2
    from ui.startup import Startup, quit_after_first_paint, start_qt

    app, settings = start_qt(argv, args.lang)
    startup = Startup(app, args.db or os.environ.get("CMC_DB_URL") or settings.database, page=args.page)
    if os.environ.get("CMC_EXIT_AFTER_FIRST_PAINT"):  # start-up measurements (docs/PERFORMANCE.md)
        startup.ready.connect(lambda window: quit_after_first_paint(app, window))
    if args.screenshot:
        def grab() -> None:
            startup.window.grab().save(args.screenshot)
            app.quit()

        startup.ready.connect(lambda _window: QTimer.singleShot(1500, grab))
    startup.start()
    code = app.exec()
    startup.close()
    return startup.exit_code or code
