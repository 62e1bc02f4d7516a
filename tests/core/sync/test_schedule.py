"""Schedule rules: daily by default, missed runs caught up once, failures retried hourly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.clock import CITY_TZ, FixedClock
from cmc_desktop.errors import ValidationError
from cmc_desktop.sync import rules
from cmc_desktop.sync.service import DestinationError, SyncService

UTC = dt.UTC


def local(y: int, m: int, d: int, h: int, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, h, mi, tzinfo=CITY_TZ).astimezone(UTC)


def test_parse_times() -> None:
    assert rules.parse_times("") == (dt.time(2, 0),)
    assert rules.parse_times("14:30; 2:05,14:30") == (dt.time(2, 5), dt.time(14, 30))
    with pytest.raises(ValidationError) as err:
        rules.parse_times("25:00")
    assert "25:00" in err.value.message


def test_pc_off_for_three_days_runs_one_catch_up() -> None:
    times = rules.parse_times("02:00")
    last = local(2026, 11, 26, 2, 1)
    missed = rules.missed_slots(times, last, False, local(2026, 11, 29, 9, 0))
    assert missed == [local(2026, 11, 27, 2), local(2026, 11, 28, 2), local(2026, 11, 29, 2)]
    assert rules.missed_slots(times, local(2026, 11, 29, 2, 1), False, local(2026, 11, 29, 9, 0)) == []


def test_never_exported_is_due_and_failures_retry_hourly() -> None:
    times = rules.parse_times("02:00")
    assert rules.missed_slots(times, None, False, local(2026, 11, 29, 9)) == [local(2026, 11, 29, 2)]
    failed_at = local(2026, 11, 29, 2, 0)
    assert rules.missed_slots(times, failed_at, True, local(2026, 11, 29, 2, 30)) == []
    assert rules.missed_slots(times, failed_at, True, local(2026, 11, 29, 3, 5)) == [local(2026, 11, 29, 3)]
    assert rules.missed_slots(times, failed_at, False, local(2026, 11, 29, 3, 5)) == []


@settings(max_examples=150, deadline=None)
@given(st.lists(st.times().map(lambda t: t.replace(second=0, microsecond=0)), min_size=1, max_size=4),
       st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2027, 12, 1)),
       st.integers(min_value=0, max_value=5 * 24 * 60))
def test_slots_are_in_the_interval_sorted_and_next_slot_is_after(times: list[dt.time], start: dt.datetime,
                                                                 minutes: int) -> None:
    parsed = rules.parse_times(",".join(t.strftime("%H:%M") for t in times))
    after = start.replace(tzinfo=UTC)
    until = after + dt.timedelta(minutes=minutes)
    slots = rules.slots_between(parsed, after, until)
    assert slots == sorted(set(slots))
    assert all(after < s <= until for s in slots)
    assert len(slots) <= len(parsed) * (minutes // 1440 + 2)
    nxt = rules.next_slot(parsed, until)
    assert until < nxt <= until + dt.timedelta(days=1, hours=2)
    assert not rules.slots_between(parsed, until, nxt - dt.timedelta(seconds=1))


def test_service_due_exports_and_status(svc: SyncService, city: AppContext, dest: Path, clock: FixedClock) -> None:
    svc.set_schedule("02:00, 13:00", str(dest))
    assert svc.due_exports() == [local(2026, 11, 30, 2)]  # never run: the morning slot is due
    svc.export()
    assert svc.due_exports() == []
    st = svc.status()
    assert st.next_run_utc == local(2026, 11, 30, 13) and st.schedule == ("02:00", "13:00")
    clock.advance(days=2)  # the PC was off
    assert len(svc.due_exports()) == 4
    svc.set_schedule(None, str(dest / "gone"))
    with pytest.raises(DestinationError):
        svc.export()
    assert svc.due_exports() == [] and svc.status().last_error
    clock.advance(hours=1, minutes=1)
    assert len(svc.due_exports()) == 1  # retried after an hour


def test_dashboard_indicator_warns_then_alerts(svc: SyncService, city: AppContext, dest: Path,
                                               tmp_path: Path) -> None:
    from cmc_desktop.sync.dashboard import indicators

    [ind] = indicators(city)
    assert (ind.level, ind.value, ind.detail) == ("warn", "—", "15 changes waiting")
    svc.export(dest)
    [ind] = indicators(city)
    assert (ind.level, ind.value, ind.detail) == ("ok", "30/11 10:00", "0 changes waiting")
    with pytest.raises(DestinationError):
        svc.export(tmp_path / "offline")
    [ind] = indicators(city)
    assert ind.level == "alert" and "offline" in ind.detail
