"""Background tasks deliver to the widget that asked, and drop the result when it is gone."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QWidget

from ui import tasks
from ui.tasks import RUNNER


def test_result_reaches_the_widget_and_the_task_is_released(qtbot) -> None:  # noqa: ANN001
    w = QWidget()
    qtbot.addWidget(w)
    got: list[object] = []
    RUNNER.run(w, "sum", lambda progress, cancel: sum(range(10)), on_done=got.append, quiet=True)
    qtbot.waitUntil(lambda: got == [45], timeout=5000)
    qtbot.waitUntil(lambda: all(not shiboken6.isValid(t) for t in tasks._LIVE), timeout=5000)
    RUNNER.run(w, "next", lambda progress, cancel: None, quiet=True)
    assert len(tasks._LIVE) == 1  # the finished task's wrapper was dropped


def test_a_widget_deleted_mid_task_gets_nothing_and_nothing_crashes(qtbot) -> None:  # noqa: ANN001
    gate = threading.Event()
    w = QWidget()
    got: list[object] = []
    errors: list[BaseException] = []
    RUNNER.run(w, "slow", lambda progress, cancel: gate.wait(5) and "late", on_done=got.append,
               on_error=errors.append)
    w.deleteLater()
    qtbot.wait(50)  # the widget is gone now
    gate.set()
    qtbot.waitUntil(lambda: all(not shiboken6.isValid(t) for t in tasks._LIVE), timeout=5000)
    qtbot.wait(700)  # past the progress dialog's delay: it must not try to open over a dead window
    assert got == [] and errors == []


def test_errors_reach_the_widget(qtbot) -> None:  # noqa: ANN001
    w = QWidget()
    qtbot.addWidget(w)
    errors: list[BaseException] = []

    def boom(progress, cancel):  # noqa: ANN001, ANN202
        raise ValueError("bad row 7")

    RUNNER.run(w, "boom", boom, on_error=errors.append, quiet=True)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert str(errors[0]) == "bad row 7"


def test_shutdown_cancels_waits_and_deletes_every_task(qtbot) -> None:  # noqa: ANN001
    from cmc_desktop.errors import Cancelled

    w = QWidget()
    qtbot.addWidget(w)
    started = threading.Event()

    def long(progress, cancel):  # noqa: ANN001, ANN202
        started.set()
        while True:
            cancel.check()
            threading.Event().wait(0.01)

    errors: list[BaseException] = []
    RUNNER.run(w, "long", long, on_error=errors.append, quiet=True)
    RUNNER.run(w, "short", lambda progress, cancel: 1, quiet=True, cancellable=False)
    assert started.wait(5)
    assert RUNNER.shutdown(5000)  # the long one saw its cancel; nothing runs any more
    assert not tasks._LIVE
    assert errors == [] or isinstance(errors[0], Cancelled)
