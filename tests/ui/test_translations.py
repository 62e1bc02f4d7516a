"""Every string the UI shows through tr()/translate() has a French and an Arabic translation."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ui.i18n import load_ts

ROOT = Path(__file__).resolve().parents[2]
TR_NAMES = {"tr", "_t", "_tr"}


def ui_strings() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = node.args
            if name in TR_NAMES and args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                found.add(args[0].value)
            elif name == "translate" and len(args) >= 2 and isinstance(args[1], ast.Constant) \
                    and isinstance(args[1].value, str) or name == "PageSpec" and len(args) >= 2 and isinstance(args[1], ast.Constant):
                found.add(args[1].value)
    return {s for s in found if s.strip()}


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_ui_string_is_translated(lang: str) -> None:
    table = {src for (_ctx, src) in load_ts(lang)}
    missing = sorted(ui_strings() - table)
    assert not missing, f"{len(missing)} strings lack a {lang} translation: {missing[:30]}"


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_no_unfinished_entries(lang: str) -> None:
    for path in (ROOT / "resources" / "translations").glob(f"*_{lang}.ts"):
        text = path.read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text, path
        assert "<translation />" not in text and "<translation></translation>" not in text, path


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_dashboard_labels_are_translated(lang: str, demo_ctx) -> None:  # noqa: ANN001
    """Indicator and chart titles come from the core as English source text."""
    from cmc_desktop.dashboard import collect, collect_charts

    table = {src for (_ctx, src) in load_ts(lang)}
    labels = {i.label for i in collect(demo_ctx)} | {c.title for c in collect_charts(demo_ctx)}
    labels |= {name for c in collect_charts(demo_ctx) for name, _ in c.series}
    missing = sorted(lbl for lbl in labels if lbl not in table)
    assert not missing, f"{lang}: {missing}"


def test_compiled_translations_match_the_sources(tmp_path: Path) -> None:
    """lrelease compiles every .ts without unfinished entries, and the compiled files are used
    (context-free) only while they are at least as new as their sources."""
    import os
    import shutil
    import subprocess
    import sys

    from PySide6.QtCore import QTranslator

    from ui.i18n import compiled_files

    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    assert compiled_files("ar", tmp_path) == []
    for ts in tmp_path.glob("*.ts"):
        res = subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))], capture_output=True, text=True)
        assert res.returncode == 0 and " 0 unfinished" in res.stdout, res.stdout + res.stderr
    qms = compiled_files("ar", tmp_path)
    assert len(qms) == len(list(tmp_path.glob("*_ar.ts")))
    t = QTranslator()
    assert t.load(str(tmp_path / "core_ar.qm"))
    assert t.translate("", "Dashboard") == "لوحة القيادة"
    newer = tmp_path / "core_ar.ts"
    os.utime(newer, (newer.stat().st_atime, newer.stat().st_mtime + 60))
    assert compiled_files("ar", tmp_path) == []  # an edited source wins over a stale build
