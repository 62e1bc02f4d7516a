from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cmc_desktop.clock import FixedClock
from cmc_desktop.demo import build_demo
from cmc_desktop.errors import DatabaseError
from tests.conftest import TODAY


def _dump(path: Path) -> list[tuple]:
    """The current year's trainees (other modules add past cohorts, e.g. graduates)."""
    con = sqlite3.connect(path)
    rows = con.execute("select t.uuid, matricule, cin, last_name, first_name_ar, birth_date, home_locality "
                       "from trainees t join enrolments e on e.trainee_id = t.id "
                       "join academic_years y on y.id = e.academic_year_id and y.current "
                       "order by t.id").fetchall()
    con.close()
    return rows


def test_demo_is_realistic_and_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    s = build_demo(str(a), trainees=150, seed=5, clock=FixedClock(TODAY))
    build_demo(str(b), trainees=150, seed=5, clock=FixedClock(TODAY))
    assert s.trainees == 150 and s.groups >= 8
    rows = _dump(a)
    assert len(rows) == 150
    assert rows == _dump(b)
    import re

    cin_re = re.compile(r"^[A-Z]{1,2}[0-9]{5,6}$")
    for _uuid, matricule, cin, last, first_ar, birth, locality in rows:
        assert re.fullmatch(r"\d{13}", matricule)
        assert matricule[:8] == str(birth).replace("-", "")
        assert cin is None or cin_re.match(cin)
        assert last and first_ar and locality
    assert len({r[1] for r in rows}) == len(rows)
    assert _dump(tmp_path / "a.sqlite3") != []
    c = build_demo(str(tmp_path / "c.sqlite3"), trainees=150, seed=6, clock=FixedClock(TODAY))
    assert c.trainees == 150
    assert _dump(tmp_path / "c.sqlite3") != rows


def test_demo_refuses_existing_database_without_force(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    build_demo(str(db), trainees=50, clock=FixedClock(TODAY))
    before = db.stat().st_size
    with pytest.raises(DatabaseError, match="--force"):
        build_demo(str(db), trainees=60, clock=FixedClock(TODAY))
    assert db.stat().st_size == before
    build_demo(str(db), trainees=60, force=True, clock=FixedClock(TODAY))
    con = sqlite3.connect(db)
    assert len(_dump(db)) == 60
    con.close()


def test_demo_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from cmc_desktop.cli import main

    db = tmp_path / "cli.sqlite3"
    assert main(["demo", "--db", str(db), "--trainees", "80", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "80 trainees" in out
    assert main(["demo", "--db", str(db)]) == 2
    assert "--force" in capsys.readouterr().err


def test_dashboard_report_pdf(demo_ctx, tmp_path: Path) -> None:  # noqa: ANN001
    import unicodedata

    from pypdf import PdfReader

    from cmc_desktop.dashboard import charts
    from cmc_desktop.reports.dashboard import monthly_report

    chart = charts(demo_ctx)[0]
    assert chart.key == "registry.enrolment"
    total = sum(sum(values) for _, values in chart.series)
    assert total > 0
    out = monthly_report(demo_ctx, tmp_path / "dash.pdf")
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() for p in PdfReader(out).pages))
    assert "Active trainees" in text and "Souss-Massa" in text
    assert "Enrolment by sector and level" in text


def test_dashboard_has_the_charts_of_every_module(demo_ctx) -> None:  # noqa: ANN001
    from cmc_desktop.dashboard import collect_charts

    charts = {c.key: c for c in collect_charts(demo_ctx)}
    assert {"registry.enrolment", "residence.occupancy", "catering.served_vs_forecast", "library.loans",
            "spaces.utilisation"} <= set(charts)
    meals = charts["catering.served_vs_forecast"]
    assert len(meals.categories) == 14 and dict(meals.series)["Served"][-2] > 0  # two weeks of demo meals
    assert sum(dict(charts["library.loans"].series)["Loans"]) > 0
    for c in charts.values():
        assert all(len(values) == len(c.categories) for _, values in c.series), c.key
