"""Start-up paints the window's frame first, opens the database on a thread, then fills the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

import ui.startup as startup_module
from ui.i18n import ltr
from ui.startup import Startup

ROOT = Path(__file__).resolve().parents[2]


def _start(qtbot, db: str, **kwargs) -> Startup:  # noqa: ANN001, ANN003
    st = Startup(QApplication.instance(), db, **kwargs)
    qtbot.addWidget(st.window)
    st.start()
    return st


def test_the_frame_shows_then_the_signed_in_window_fills_it(qtbot, demo_ctx) -> None:  # noqa: ANN001
    signed_in = []

    def sign_in(ctx, parent):  # noqa: ANN001, ANN202
        signed_in.append((parent, parent.opening.text(), parent.statusBar().currentMessage()))
        return ctx

    st = _start(qtbot, str(demo_ctx.sqlite_file), authenticate=sign_in, page="catalogue")
    frame = st.window.findChild(QLabel, "openingDatabase")
    assert frame is not None and frame.text() == "Opening the database…"
    assert st.window.nav.count() == 0 and not st.window.settings_action.isEnabled()
    # The navigation column fills its splitter slot (no empty strip beside it, in both directions).
    assert st.window.split.sizes()[0] == st.window.nav.width()
    with qtbot.waitSignal(st.ready, timeout=20_000):
        pass
    # The sign-in is shown over the frame, which names the database it opened.
    assert signed_in == [(st.window, "Sign in to continue.", f"Database: {ltr(str(demo_ctx.sqlite_file))}")]
    assert st.window.ctx is st.ctx
    assert st.window.nav.count() >= 5 and st.window.settings_action.isEnabled()
    assert st.window.split.sizes()[0] == st.window.nav.width() > 190  # sized to the longest module name
    assert "MA-09" in st.window.city_label.text()
    assert st.window.stack.indexOf(frame) == -1 and not frame.isVisible()
    assert "catalogue" in st.window.pages  # --page
    st.close()


def test_a_new_language_rebuilds_the_signed_in_window(qtbot, demo_ctx) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    from ui.i18n import apply_language

    apply_language("en")
    st = _start(qtbot, str(demo_ctx.sqlite_file), authenticate=lambda ctx, parent: ctx)
    with qtbot.waitSignal(st.ready, timeout=20_000):
        pass
    first = st.window
    try:
        first.language_changed.emit("ar")
        assert st.window is not first and st.window.ctx is st.ctx
        qtbot.addWidget(st.window)
        assert QApplication.layoutDirection() == Qt.RightToLeft
        assert st.window.nav.count() == first.nav.count()
        assert not first.isVisible() and st.window.isVisible()
    finally:
        apply_language("en")
        st.close()


def test_a_cancelled_sign_in_ends_the_program(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    exits: list[int] = []
    monkeypatch.setattr(QApplication.instance(), "exit", exits.append)
    st = _start(qtbot, str(demo_ctx.sqlite_file), authenticate=lambda ctx, parent: None)
    qtbot.waitUntil(lambda: exits == [0], timeout=20_000)
    assert st.ctx is None and not st.window.isVisible()


def test_a_file_that_is_not_a_database_is_reported_and_left_alone(qtbot, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    bad = tmp_path / "notes.sqlite3"
    bad.write_bytes(b"these are not the tables you are looking for" * 100)
    before = bad.read_bytes()
    shown: list[BaseException] = []
    exits: list[int] = []
    monkeypatch.setattr(startup_module, "show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(QApplication.instance(), "exit", exits.append)
    st = _start(qtbot, str(bad), authenticate=lambda ctx, parent: pytest.fail("no sign-in on a refused file"))
    qtbot.waitUntil(lambda: bool(exits), timeout=20_000)
    assert len(shown) == 1 and getattr(shown[0], "code", "") == "not_a_database"
    assert exits == [shown[0].exit_code] and st.exit_code == shown[0].exit_code != 0
    assert bad.read_bytes() == before


def test_a_failing_sign_in_is_shown_and_ends_the_program(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    from cmc_desktop.errors import DatabaseError

    shown: list[BaseException] = []
    exits: list[int] = []
    monkeypatch.setattr(startup_module, "show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(QApplication.instance(), "exit", exits.append)

    def locked(ctx, parent):  # noqa: ANN001, ANN202
        raise DatabaseError("The database is locked by another program; try again.", code="locked")

    st = _start(qtbot, str(demo_ctx.sqlite_file), authenticate=locked)
    qtbot.waitUntil(lambda: bool(exits), timeout=20_000)
    assert [getattr(e, "code", "") for e in shown] == ["locked"]
    assert exits == [shown[0].exit_code] != [0] and st.ctx is None and not st.window.isVisible()


def test_no_database_yet_offers_the_first_run_wizard(qtbot, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    asked: list[tuple[str, bool, object]] = []
    exits: list[int] = []
    monkeypatch.setattr(startup_module, "first_run", lambda url, given, parent: asked.append((url, given, parent)))
    monkeypatch.setattr(QApplication.instance(), "exit", exits.append)
    target = tmp_path / "new-city.sqlite3"
    st = _start(qtbot, str(target), authenticate=lambda ctx, parent: pytest.fail("cancelled before"))
    qtbot.waitUntil(lambda: exits == [0], timeout=20_000)
    assert asked == [(f"sqlite:///{target}", True, st.window)]
    assert st.window.statusBar().currentMessage() == "No database yet: create one."
    assert not target.exists()


def test_the_frame_paints_before_the_database_layer_is_imported(tmp_path) -> None:  # noqa: ANN001
    # The point of the design (startup.main_window in docs/PERFORMANCE.md): checked in a fresh
    # interpreter, since this test process imported SQLAlchemy long ago.
    script = r"""
import sys
from PySide6.QtCore import QEvent, QObject
from ui.startup import Startup, start_qt
app, _ = start_qt([], "fr")
st = Startup(app, sys.argv[1], authenticate=lambda ctx, parent: ctx)
seen = []
class F(QObject):
    def eventFilter(self, o, e):
        if o is st.window and e.type() == QEvent.Paint and not seen:
            seen.append("sqlalchemy" in sys.modules)
        return False
f = F(); st.window.installEventFilter(f)
st.ready.connect(lambda w: app.quit())  # while the dashboard is still loading
st.start(); app.exec()
print(seen, st.window.nav.count())
st.close()  # as run_gui does: without it, Python exited under the dashboard's workers (segfault)
"""
    from cmc_desktop.demo import build_demo

    db = tmp_path / "city.sqlite3"
    build_demo(str(db), trainees=50, seed=3)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CMC_HOME": str(tmp_path / "home")}
    res = subprocess.run([sys.executable, "-c", script, str(db)], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
    seen, nav = res.stdout.strip().rsplit(" ", 1)
    assert seen == "[False]", res.stdout
    assert int(nav) >= 5


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_program_starts_on_a_city_and_saves_its_window(tmp_path, lang: str) -> None:  # noqa: ANN001
    from cmc_desktop.demo import build_demo

    db = tmp_path / "city.sqlite3"
    build_demo(str(db), trainees=50, seed=3)
    shot = tmp_path / "window.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CMC_HOME": str(tmp_path / "home")}
    res = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "--lang", lang,
                          "--screenshot", str(shot)], env=env, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
    assert "Traceback" not in res.stderr
    assert shot.exists() and shot.stat().st_size > 10_000



def test_building_the_demo_names_its_steps_as_the_modules(qtbot, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    import ui.first_run as first_run_module
    from cmc_desktop.progress import NEVER
    from ui.first_run import FirstRunDialog

    started: list = []
    monkeypatch.setattr(first_run_module.RUNNER, "run", lambda parent, title, fn, **kw: started.append(fn))
    dlg = FirstRunDialog(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    qtbot.addWidget(dlg)
    dlg.trainees.setValue(100)
    dlg._create()
    seen: list[str] = []
    started[0](progress=lambda done, total, message="": seen.append(message), cancel=NEVER)
    assert {"Catalogue", "Trainees", "Residence", "Media library", "Saving the city"} <= set(seen)
    assert not {"residence", "library", "commit"} & set(seen)


def test_closing_while_the_dashboard_loads_exits_cleanly(tmp_path) -> None:  # noqa: ANN001
    """The window closed while areas are still counting: the program waits for its workers and
    deletes its tasks while the application still exists, instead of leaving both to Python's
    exit (a segfault at exit, seen once in CI)."""
    script = r"""
import sys, time
import ui.pages.home.dashboard as dashboard
real_area = dashboard.area
def slow_area(ctx, name):  # real work (queries, Python), not a sleep: a sleeping worker exits quietly
    deadline = time.monotonic() + 1.5
    while time.monotonic() < deadline:
        result = real_area(ctx, name)
    return result
dashboard.area = slow_area
from ui.startup import Startup, start_qt
app, _ = start_qt([], "fr")
st = Startup(app, sys.argv[1], authenticate=lambda ctx, parent: ctx)
st.ready.connect(lambda w: app.quit())
st.start(); app.exec()
st.close()
from ui import tasks
print("closed", len(tasks._LIVE))
"""
    from cmc_desktop.demo import build_demo

    db = tmp_path / "city.sqlite3"
    build_demo(str(db), trainees=50, seed=3)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CMC_HOME": str(tmp_path / "home")}
    res = subprocess.run([sys.executable, "-c", script, str(db)], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    assert res.returncode == 0 and res.stdout.strip() == "closed 0", (res.returncode, res.stderr[-2000:])
