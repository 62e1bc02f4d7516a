"""startup.*: the main window's first paint, and the dashboard's numbers, on a 30,000-trainee city.

Both rows run the program's own start-up (ui.startup.Startup) in a fresh interpreter, with the
sign-in replaced by the demo's administrator context; the floor is a bare QMainWindow started the
same way.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.core import Row

ROOT = Path(__file__).resolve().parent.parent

# Prints three lines: seconds to the main window's first paint (its frame, before the database
# layer is imported), to the first dashboard cards painted, and to the last area's cards painted.
PROJECT = r"""
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QEvent, QObject
from ui.startup import Startup, start_qt
app, _settings = start_qt([], "fr")
startup = Startup(app, sys.argv[1], authenticate=lambda ctx, parent: ctx)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Paint and o is startup.window:
            print(time.perf_counter() - t0, flush=True); o.removeEventFilter(self)
        return False
f = F(); startup.window.installEventFilter(f)
first = []
def updated():
    if not first:
        startup.window.repaint(); first.append(1)
        print(time.perf_counter() - t0, flush=True)
def loaded():
    startup.window.repaint()
    print(time.perf_counter() - t0, flush=True); app.quit()
def ready(w):
    w.pages["home"].updated.connect(updated); w.pages["home"].loaded.connect(loaded)
startup.ready.connect(ready)
startup.start(); app.exec()
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


def _times(script: str, *args: str) -> list[float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out = subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, capture_output=True, text=True,
                         env=env, timeout=300, check=True).stdout.strip().splitlines()
    return [float(line) for line in out]


def main_window(quick: bool) -> list[Row]:
    from cmc_desktop.demo import build_demo

    n = 5000 if quick else 30000
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        build_demo(str(db), trainees=n, seed=1)
        runs = 3 if quick else 5
        _times(FLOOR)  # warm the OS file cache for Qt's libraries
        _times(PROJECT, str(db))
        project = [_times(PROJECT, str(db)) for _ in range(runs)]
        floor = min(_times(FLOOR)[0] for _ in range(runs))
    first_paint, first_cards, all_cards = (min(p[i] for p in project) for i in range(3))
    return [Row("startup.main_window", first_paint, floor, "ratio<=4", f"{n} trainees"),
            Row("startup.first_cards", first_cards, floor, "<=1.5s", f"{n} trainees; ratio informative"),
            Row("startup.all_cards", all_cards, floor, "<=5s", f"{n} trainees, 10 areas; ratio informative")]


ROWS = [main_window]
