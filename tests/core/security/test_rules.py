"""Pure rules of the security area, over many inputs: masking, canonical hashing, password policy."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmc_desktop.errors import ValidationError
from cmc_desktop.security import audit
from cmc_desktop.security.passwords import MIN_LENGTH, check_policy, hash_password, verify_password

SENSITIVE_NAMES = ["special_needs", "phone", "guardian_phone", "address", "email", "cin", "photo",
                   "counselling_notes", "notes", "diet", "allergens", "password_hash", "health_record"]
values = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=30),
                   st.dates(), st.floats(allow_nan=False, allow_infinity=False))


@given(name=st.sampled_from(SENSITIVE_NAMES), value=values)
def test_sensitive_values_never_reach_the_journal(name: str, value: object) -> None:
    out = audit.masked(name, value)
    assert out is None if value is None else out == audit.MASK


@given(value=values)
def test_plain_values_are_kept_as_json(value: object) -> None:
    out = audit.masked("last_name", value)
    assert out == (value.isoformat() if isinstance(value, dt.date) else value)


ROW = st.fixed_dictionaries({
    "id": st.integers(1, 10**9), "at": st.datetimes(timezones=st.just(dt.UTC)),
    "actor": st.text(max_size=20), "action": st.sampled_from(["insert", "update", "delete"]),
    "entity": st.text(max_size=20), "entity_id": st.one_of(st.none(), st.integers()),
    "area": st.text(max_size=10), "subject_id": st.one_of(st.none(), st.integers()),
    "fields": st.text(max_size=20), "changes_hash": st.text(min_size=64, max_size=64),
    "prev_hash": st.text(min_size=64, max_size=64),
})


@settings(max_examples=200)
@given(row=ROW, key=st.sampled_from(["id", "actor", "action", "entity", "entity_id", "area", "subject_id",
                                     "fields", "changes_hash", "prev_hash", "at"]))
def test_entry_hash_is_deterministic_and_covers_every_field(row: dict, key: str) -> None:
    h = audit.entry_hash(row)
    assert h == audit.entry_hash(dict(row)) and len(h) == 64
    changed = dict(row)
    if key == "at":
        changed["at"] = row["at"] + dt.timedelta(microseconds=1)
    elif isinstance(row[key], int):
        changed[key] = row[key] + 1
    elif row[key] is None:
        changed[key] = 0
    else:
        changed[key] = row[key] + "x"
    assert audit.entry_hash(changed) != h


@given(at=st.datetimes(timezones=st.just(dt.UTC)))
def test_time_format_is_stable_whatever_the_backend_returns(at: dt.datetime) -> None:
    # SQLite gives naive UTC back, PostgreSQL an aware value: both must hash the same.
    assert audit.format_at(at) == audit.format_at(at.replace(tzinfo=None))


@given(password=st.text(min_size=MIN_LENGTH, max_size=40).filter(lambda p: p.strip() == p and len(set(p)) >= 4))
def test_policy_accepts_long_varied_passwords(password: str) -> None:
    check_policy(password, "")


@given(password=st.text(max_size=MIN_LENGTH - 1))
def test_policy_refuses_short_passwords(password: str) -> None:
    with pytest.raises(ValidationError, match="at least"):
        check_policy(password, "")


def test_hash_round_trip_and_salting() -> None:
    a, b = hash_password("Same-password-1"), hash_password("Same-password-1")
    assert a != b and verify_password(a, "Same-password-1") and not verify_password(a, "same-password-1")
    assert not verify_password(None, "anything") and not verify_password("not-a-hash", "x")
