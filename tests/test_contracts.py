"""The layering is enforced: import-linter contracts from pyproject.toml, and ruff."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bin(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def test_import_contracts_hold() -> None:
    res = subprocess.run([_bin("lint-imports")], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_ruff_is_clean() -> None:
    res = subprocess.run([_bin("ruff"), "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_core_imports_without_qt() -> None:
    """tests/core must pass without PySide6: importing every core module must not pull it in."""
    code = (
        "import sys, pkgutil, importlib, cmc_desktop\n"
        "sys.modules['PySide6'] = None\n"
        "for m in pkgutil.walk_packages(cmc_desktop.__path__, 'cmc_desktop.'):\n"
        "    if '.migrations' in m.name: continue\n"
        "    importlib.import_module(m.name)\n"
        "print('ok')\n"
    )
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0 and "ok" in res.stdout, res.stderr
