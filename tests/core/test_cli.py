"""The command line prints one line per error, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env=env)


def test_help_lists_commands() -> None:
    res = _run("--help")
    assert res.returncode == 0
    for cmd in ("demo", "import", "export", "report", "catalogue", "db"):
        assert cmd in res.stdout


def test_bad_inputs_give_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "notdb.sqlite3"
    bad.write_text("hello" * 100)
    for args in (["db", "status", "--db", str(bad)], ["db", "status", "--db", "oracle://x"],
                 ["db", "status", "--db", str(tmp_path / "missing" / "x.db")]):
        res = _run(*args)
        assert res.returncode != 0
        assert "Traceback" not in res.stderr
        assert res.stderr.startswith("error: ") and res.stderr.count("\n") == 1, res.stderr
    assert bad.read_text() == "hello" * 100


def test_db_status(tmp_path: Path) -> None:
    res = _run("db", "status", "--db", str(tmp_path / "x.sqlite3"))
    assert res.returncode == 0, res.stderr
    assert "schema:" in res.stdout and "not set" in res.stdout


def test_console_script_entry_point_matches_main() -> None:
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert data["project"]["scripts"]["cmc-desktop"] == "ui.app:main"


def test_gui_options_are_not_mistaken_for_commands() -> None:
    from cmc_desktop.cli import is_cli_invocation

    assert not is_cli_invocation([])
    assert not is_cli_invocation(["--db", "x.sqlite3", "--page", "catalogue", "--lang", "ar"])
    assert is_cli_invocation(["--db", "x.sqlite3", "catalogue", "list", "sector"])
    assert is_cli_invocation(["demo", "--db", "x"])
    assert is_cli_invocation(["--help"])
    assert is_cli_invocation(["frobnicate"])  # unknown command: argparse explains, no GUI


def test_missing_display_is_one_line_not_a_qt_abort(tmp_path: Path) -> None:
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["CMC_HOME"] = str(tmp_path)
    res = _run("--db", str(tmp_path / "x.sqlite3"), env=env)
    assert res.returncode == 2
    assert res.stderr.startswith("error: cannot open the window: no graphical display")
    assert "Traceback" not in res.stderr and not (tmp_path / "x.sqlite3").exists()


def test_output_piped_into_head_is_not_an_error(tmp_path: Path, monkeypatch, capsys) -> None:  # noqa: ANN001
    from cmc_desktop import cli

    class ClosedPipe:
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self) -> None:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert cli.main(["catalogue", "list", "sector", "--db", str(tmp_path / "x.sqlite3")]) == 0
    assert "error" not in capsys.readouterr().err
