"""Every change of an exported record writes an outbox row in the same transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.db.models import Enrolment, Trainee
from cmc_desktop.db.models.sync import OutboxEntry
from cmc_desktop.sync.outbox import record_changes


def _entries(ctx: AppContext) -> list[tuple[int, str, str]]:
    with ctx.sf() as s:
        return [(o.id, o.table_name, o.op) for o in s.scalars(select(OutboxEntry).order_by(OutboxEntry.id))]


def test_insert_update_delete_are_recorded_in_order(city: AppContext) -> None:
    before = _entries(city)
    assert [t for _, t, _ in before].count("trainees") == 6  # the fixture's inserts
    with city.sf.begin() as s:
        t = s.scalar(select(Trainee).order_by(Trainee.id).limit(1))
        t.current_status = "suspended"
        uid = t.uuid
    with city.sf.begin() as s:
        e = s.scalar(select(Enrolment).order_by(Enrolment.id).limit(1))
        s.delete(e)
        eid = e.uuid
    after = _entries(city)[len(before):]
    assert [(t, op) for _, t, op in after] == [("trainees", "upsert"), ("enrolments", "delete")]
    ids = [i for i, _, _ in _entries(city)]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    with city.sf() as s:
        rows = {(o.table_name, o.row_uuid) for o in s.scalars(select(OutboxEntry).where(OutboxEntry.id > before[-1][0]))}
    assert rows == {("trainees", uid), ("enrolments", eid)}


def test_rolled_back_change_leaves_no_outbox_row(city: AppContext) -> None:
    n = len(_entries(city))
    with pytest.raises(RuntimeError), city.sf.begin() as s:
        t = s.scalar(select(Trainee).limit(1))
        t.last_name = "Changed"
        s.flush()
        raise RuntimeError("abort")
    assert len(_entries(city)) == n


def test_change_to_a_private_field_only_is_not_exported(city: AppContext) -> None:
    n = len(_entries(city))
    with city.sf.begin() as s:
        t = s.scalar(select(Trainee).limit(1))
        t.phone = "0699999999"
        t.special_needs = "Diabète"
    assert len(_entries(city)) == n


def test_record_changes_for_bulk_paths(city: AppContext) -> None:
    with city.sf.begin() as s:
        uuids = list(s.scalars(select(Trainee.uuid)))
        assert record_changes(s, "trainees", uuids) == len(uuids)
        assert record_changes(s, "not_exported_table", uuids) == 0
    with city.sf() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.package_seq.is_(None))) >= 12
    with pytest.raises(ValueError), city.sf.begin() as s:
        record_changes(s, "trainees", uuids, "merge")


def test_bulk_statements_through_the_session_are_recorded(city: AppContext) -> None:
    import datetime as dt
    import uuid

    from sqlalchemy import delete, insert, update

    n = len(_entries(city))
    known = uuid.uuid4()
    with city.sf.begin() as s:
        gid = s.scalar(select(Trainee.current_group_id).limit(1))
        rows = [{"matricule": f"20040202{i:05d}", "last_name": "Bulk", "first_name": "Row", "sex": "H",
                 "birth_date": dt.date(2004, 2, 2), "current_group_id": gid, "current_status": "active"}
                for i in range(3)]
        rows[0]["uuid"] = known
        s.execute(insert(Trainee), rows)  # the demo's and the fast paths' way
        s.execute(update(Trainee).where(Trainee.last_name == "Bulk").values(current_status="dropped"))
        s.execute(delete(Enrolment).where(Enrolment.id == 1))
    new = _entries(city)[n:]
    assert [(t, op) for _, t, op in new] == [("trainees", "upsert")] * 6 + [("enrolments", "delete")]
    with city.sf() as s:
        recorded = set(s.scalars(select(OutboxEntry.row_uuid).where(OutboxEntry.id > n)))
        stored = set(s.scalars(select(Trainee.uuid).where(Trainee.last_name == "Bulk")))
    assert known in stored and stored <= recorded


def test_change_times_follow_the_context_clock(city: AppContext) -> None:
    with city.sf() as s:
        stamps = set(s.scalars(select(OutboxEntry.changed_at)))
    assert stamps == {city.clock.now()}
