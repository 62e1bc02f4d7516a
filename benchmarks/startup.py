"""startup.main_window: first paint of the main window on a 30,000-trainee demo city."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.core import Row

ROOT = Path(__file__).resolve().parent.parent

# The same steps as ui.app.run_gui, without the login dialog.
PROJECT = r"""
import sys, time
t0 = time.perf_counter()
from ui.app import preload_core
preload = preload_core()
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QTimer, QEvent, QObject
app = QApplication([])
from ui.i18n import apply_language
from ui.style import apply_style
apply_language("fr"); apply_style(app)
preload.join()
from cmc_desktop.bootstrap import open_context
from ui.main_window import MainWindow
ctx = open_context(sys.argv[1])
w = MainWindow(ctx)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Paint and o is w:
            print(time.perf_counter() - t0); sys.stdout.flush(); QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""

FLOOR = r"""
import sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer, QEvent, QObject
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Paint and o is w:
            print(time.perf_counter() - t0); sys.stdout.flush(); QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


def _time(script: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out = subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, capture_output=True, text=True,
                         env=env, timeout=300, check=True).stdout.strip().splitlines()
    return float(out[-1])


def main_window(quick: bool) -> list[Row]:
    from cmc_desktop.demo import build_demo

    n = 5000 if quick else 30000
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        build_demo(str(db), trainees=n, seed=1)
        runs = 2 if quick else 3
        _time(FLOOR)  # warm the OS file cache for Qt's libraries
        project = min(_time(PROJECT, str(db)) for _ in range(runs))
        floor = min(_time(FLOOR) for _ in range(runs))
    return [Row("startup.main_window", project, floor, "ratio<=4", f"{n} trainees")]


ROWS = [main_window]
