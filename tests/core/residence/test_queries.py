"""The range query other areas use (catering's forecast) agrees with the per-day queries."""

from __future__ import annotations

import datetime as dt

from cmc_desktop.residence import queries


def test_presence_over_a_range_matches_each_day(demo_ctx) -> None:  # noqa: ANN001
    today = demo_ctx.clock.today()
    start, end = today - dt.timedelta(days=40), today + dt.timedelta(days=10)
    with demo_ctx.read_sf() as s:
        ranged = queries.presence(s, start, end)
        assert sorted(ranged) == [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
        away_days = 0
        for day, (present, away) in ranged.items():
            assert present == queries.residents_present(s, day), day
            assert away == queries.on_leave(s, day), day
            away_days += bool(away)
        assert away_days and any(present for present, _ in ranged.values())  # the demo has both
