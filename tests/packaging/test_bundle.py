"""The PyInstaller bundle builds and passes --self-test (slow: about two minutes)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_bundle_builds_and_passes_self_test(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller", reason="the build extra is not installed")
    dist, work = tmp_path / "dist", tmp_path / "work"
    build = subprocess.run([sys.executable, "packaging/build.py", "--dist", str(dist), "--work", str(work)],
                           cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    exe = dist / "cmc-desktop" / ("cmc-desktop.exe" if os.name == "nt" else "cmc-desktop")
    assert exe.exists()
    # Resources, translations and migrations travel as real files.
    internal = next(p for p in (dist / "cmc-desktop" / "_internal", dist / "cmc-desktop") if p.exists())
    assert list((internal / "resources" / "translations").glob("*_ar.ts"))
    assert list((internal / "resources" / "translations").glob("*_ar.qm"))  # compiled by the build
    assert list((internal / "cmc_desktop" / "db" / "migrations" / "versions").glob("0001_*.py"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CMC_HOME": str(tmp_path / "home")}
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=120, env=env)
    assert version.returncode == 0 and "CMC Desktop" in version.stdout
    selftest = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True, timeout=300, env=env)
    assert selftest.returncode == 0, selftest.stdout + selftest.stderr
    assert "self-test passed" in selftest.stdout
    assert "main window built" in selftest.stdout


def test_self_test_from_source() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    res = subprocess.run([sys.executable, "main.py", "--self-test"], cwd=ROOT, capture_output=True, text=True,
                         timeout=300, env=env)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "PDF rendered" in res.stdout and "xlsx written and read back" in res.stdout


def test_packaging_files_present() -> None:
    assert not (ROOT / "packaging" / "__init__.py").exists()  # would shadow the 'packaging' module
    desktop = (ROOT / "packaging" / "cmc-desktop.desktop").read_text()
    assert "Exec=cmc-desktop" in desktop and "Icon=cmc-desktop" in desktop
    iss = (ROOT / "packaging" / "cmc-desktop.iss").read_text()
    assert "[Icons]" in iss and "{uninstallexe}" in iss and "UninstallDelete" in iss
    for size in (16, 32, 48, 256):
        assert (ROOT / "resources" / "icons" / "app" / f"app-{size}.png").exists()
