"""Fixtures of the security tests: a fast migrated database, actors for every role."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from cmc_desktop.bootstrap import AppContext, open_context
from cmc_desktop.clock import FixedClock
from cmc_desktop.config import AppPaths
from cmc_desktop.security.permissions import Actor, Role


def actor_for(role: Role, user_id: int | None = None) -> Actor:
    return Actor(username=f"u_{role.value}", role=role, display_name=role.value, kind="user", user_id=user_id)


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Running every migration costs ~0.7 s; the security tests copy one migrated file instead."""
    path = tmp_path_factory.mktemp("sec_template") / "city.sqlite3"
    open_context(str(path)).close()  # the last connection closing checkpoints the WAL into the file
    assert not Path(f"{path}-wal").exists()
    return path


@pytest.fixture
def ctx(migrated_template: Path, tmp_path: Path, clock: FixedClock, paths: AppPaths) -> Iterator[AppContext]:
    """Overrides the shared ``ctx``: same real migrated SQLite file, copied rather than rebuilt."""
    target = tmp_path / "city.sqlite3"
    shutil.copy(migrated_template, target)
    c = open_context(str(target), clock=clock, paths=paths)
    yield c
    c.close()


@pytest.fixture
def as_role(ctx: AppContext):  # noqa: ANN201
    """``as_role(Role.X)`` → the same database, acting as a user of that role."""
    return lambda role: ctx.as_actor(actor_for(role))


class CliResult:
    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


@pytest.fixture
def cli_run(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    """The real CLI entry point in-process (a subprocess costs ~2 s of imports per command)."""
    import contextlib
    import io
    import sys

    from cmc_desktop.cli import main

    def run(*args: str, stdin: str = "") -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(args))
        return CliResult(code, out.getvalue(), err.getvalue())

    return run
