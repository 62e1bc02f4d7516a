"""Layouts behave at 125 % and 150 % scaling: every page has a layout and nothing is clipped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("scaling_probe.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.parametrize(("scale", "lang"), [("1.25", "fr"), ("1.5", "ar")])
def test_pages_at_desktop_scaling(scale: str, lang: str, demo_template: Path, tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "city.sqlite3"
    shutil.copy(demo_template, db)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale, "CMC_HOME": str(tmp_path),
           "PYTHONPATH": str(ROOT)}
    res = subprocess.run([sys.executable, str(PROBE), str(db), lang], capture_output=True, text=True,
                         timeout=300, env=env, cwd=ROOT)
    lines = res.stdout.strip().splitlines()
    assert res.returncode == 0 and lines and lines[-1].startswith("pages "), res.stdout + res.stderr[-2000:]
    assert int(lines[-1].split()[1]) >= 10
    problems = lines[:-1]
    assert not problems, problems
