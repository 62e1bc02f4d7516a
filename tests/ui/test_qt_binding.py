"""Guards the PySide6 pin: a binding that mis-counts references to None aborts the process
after a few thousand calls (PySide6 6.12.0 on CPython 3.11 did)."""

from __future__ import annotations

import subprocess
import sys


def test_void_calls_keep_none_alive() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel()\n"
        "before = sys.getrefcount(None)\n"
        "for _ in range(50_000):\n"
        "    label.setText('x')\n"
        "print(sys.getrefcount(None) - before)\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert res.returncode == 0, res.stderr[-500:]
    assert abs(int(res.stdout.strip().splitlines()[-1])) < 1000
