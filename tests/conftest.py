"""Shared fixtures: every test builds its database by running the real migrations."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cmc_desktop.bootstrap import AppContext, open_context  # noqa: E402
from cmc_desktop.clock import FixedClock  # noqa: E402
from cmc_desktop.config import AppPaths  # noqa: E402

PG_URL = os.environ.get("CMC_TEST_PG_URL")
# A fixed "today" inside the academic year, so date rules are stable.
TODAY = dt.datetime(2026, 11, 30, 10, 0)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test writes into the real user folders (data, logs, QSettings)."""
    home = tmp_path_factory.mktemp("cmc_home")
    monkeypatch.setenv("CMC_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("CMC_DB_URL", raising=False)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    p = AppPaths(tmp_path / "data", tmp_path / "logs", tmp_path / "backups", tmp_path / "outbox")
    p.ensure()
    return p


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'city.sqlite3'}"


@pytest.fixture
def ctx(db_url: str, clock: FixedClock, paths: AppPaths) -> Iterator[AppContext]:
    c = open_context(db_url, clock=clock, paths=paths)
    yield c
    c.close()


def _fresh_pg_schema() -> Iterator[str]:
    """A throw-away schema in the PostgreSQL test database, dropped afterwards."""
    from sqlalchemy import create_engine, text

    assert PG_URL
    schema = f"t_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    if not PG_URL:
        pytest.skip("CMC_TEST_PG_URL is not set")
    yield from _fresh_pg_schema()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The same test on SQLite, and on PostgreSQL when CMC_TEST_PG_URL is set."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'city.sqlite3'}"
    else:
        if not PG_URL:
            pytest.skip("CMC_TEST_PG_URL is not set")
        yield from _fresh_pg_schema()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One small demo city per test session; tests copy it (building it once saves minutes)."""
    from cmc_desktop.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build_demo(str(path), trainees=400, seed=7, clock=FixedClock(TODAY))
    return path


@pytest.fixture
def demo_ctx(demo_template: Path, tmp_path: Path, clock: FixedClock, paths: AppPaths) -> Iterator[AppContext]:
    import shutil

    target = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, target)
    c = open_context(str(target), clock=clock, paths=paths)
    yield c
    c.close()
