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
