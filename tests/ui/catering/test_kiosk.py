"""``catering desk`` starts a window that holds the service desk and nothing else."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QListWidget, QMenuBar

ROOT = Path(__file__).resolve().parents[3]


def test_desk_window_holds_only_the_desk(qtbot, ctx) -> None:  # noqa: ANN001
    from ui.pages.catering.desk import DeskPage
    from ui.pages.catering.kiosk import DeskWindow

    w = DeskWindow(ctx)
    qtbot.addWidget(w)
    assert isinstance(w.centralWidget(), DeskPage)
    assert w.findChildren(QListWidget, "navigation") == []
    bar = w.findChild(QMenuBar)
    assert bar is None or bar.actions() == []


def test_catering_desk_command_starts_the_kiosk(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    # A separate process: the kiosk installs its own translators, style and excepthook on the
    # QApplication, which must not leak into the other tests.
    shot = tmp_path / "desk.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CMC_HOME": str(tmp_path / "home")}
    res = subprocess.run([sys.executable, str(ROOT / "main.py"), "catering", "desk", "--db", str(ctx.sqlite_file),
                          "--screenshot", str(shot)], env=env, capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr[-2000:]
    assert shot.exists() and shot.stat().st_size > 10_000
