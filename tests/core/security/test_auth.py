"""Accounts: Argon2id hashes, password policy, lock-out after 5 failures for 15 minutes,
administrator reset, own password change, first-administrator setup."""

from __future__ import annotations

import sqlite3

import pytest

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.clock import FixedClock
from cmc_desktop.errors import AuthenticationError, ConflictError, PermissionDenied, ValidationError
from cmc_desktop.security.permissions import Role
from cmc_desktop.security.service import AuthService, UserService

PW = "Tafraout-2026"


@pytest.fixture
def users(ctx: AppContext) -> UserService:
    svc = ctx.service(UserService)
    svc.add("admin2", Role.ADMINISTRATOR, "Admin-pass-26")
    svc.add("fatima", Role.REGISTRAR, PW, display_name="Fatima Ait")
    return svc


def test_password_is_stored_as_argon2id(ctx: AppContext, users: UserService) -> None:
    con = sqlite3.connect(ctx.sqlite_file)
    stored = con.execute("select password_hash from users where username='fatima'").fetchone()[0]
    con.close()
    assert stored.startswith("$argon2id$") and PW not in stored


@pytest.mark.parametrize(("password", "rule"), [
    ("short-1", "at least 10 characters"),
    ("my-fatima-password", "user name"),
    ("aaaaaaaaaaaa", "too simple"),
    (" padded-password ", "start or end with a space"),
])
def test_password_policy_names_the_rule(users: UserService, password: str, rule: str) -> None:
    with pytest.raises(ValidationError, match=rule):
        users.add("fatima2" if "fatima" not in password else "fatima", Role.LIBRARIAN, password)


def test_sign_in_returns_the_users_actor(ctx: AppContext, users: UserService) -> None:
    actor = ctx.service(AuthService).authenticate("  Fatima ", PW)
    assert (actor.username, actor.role, actor.kind) == ("fatima", Role.REGISTRAR, "user")
    assert actor.user_id is not None
    assert users.get("fatima").last_login_at == ctx.clock.now()


def test_lockout_after_five_failures_for_fifteen_minutes(ctx: AppContext, clock: FixedClock,
                                                         users: UserService) -> None:
    auth = ctx.service(AuthService)
    for i in range(4):
        with pytest.raises(AuthenticationError) as err:
            auth.authenticate("fatima", f"wrong-{i}")
        assert err.value.code == "bad_credentials"
    with pytest.raises(AuthenticationError) as err:
        auth.authenticate("fatima", "wrong-5")
    assert err.value.code == "account_locked" and "15 minutes" in err.value.message
    # even the right password is refused while locked
    with pytest.raises(AuthenticationError) as err:
        auth.authenticate("fatima", PW)
    assert err.value.code == "account_locked"
    clock.advance(minutes=14, seconds=59)
    with pytest.raises(AuthenticationError):
        auth.authenticate("fatima", PW)
    clock.advance(seconds=2)
    assert auth.authenticate("fatima", PW).username == "fatima"
    row = users.get("fatima")
    assert row.failed_attempts == 0 and row.locked_until is None


def test_success_resets_the_failure_count(ctx: AppContext, users: UserService) -> None:
    auth = ctx.service(AuthService)
    for _ in range(3):
        with pytest.raises(AuthenticationError):
            auth.authenticate("fatima", "nope-nope-nope")
    auth.authenticate("fatima", PW)
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            auth.authenticate("fatima", "nope-nope-nope")
    assert users.get("fatima").locked_until is None  # 4 new failures: not locked


def test_admin_unlock_and_reset(ctx: AppContext, users: UserService) -> None:
    auth = ctx.service(AuthService)
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            auth.authenticate("fatima", "nope-nope-nope")
    assert users.get("fatima").locked
    users.unlock("fatima")
    assert auth.authenticate("fatima", PW)
    users.reset_password("fatima", "Reset-by-admin-1")
    with pytest.raises(AuthenticationError):
        auth.authenticate("fatima", PW)
    actor = auth.authenticate("fatima", "Reset-by-admin-1")
    assert auth.must_change_password(actor.user_id)
    # the user changes it herself
    mine = ctx.as_actor(actor).service(UserService)
    with pytest.raises(AuthenticationError, match="current password is wrong"):
        mine.change_own_password("not-the-password", "Her-own-choice-7")
    mine.change_own_password("Reset-by-admin-1", "Her-own-choice-7")
    actor = auth.authenticate("fatima", "Her-own-choice-7")
    assert not auth.must_change_password(actor.user_id)
    # and may not manage accounts
    with pytest.raises(PermissionDenied):
        mine.reset_password("admin2", "Whatever-pass-1")


def test_unknown_and_disabled_accounts(ctx: AppContext, users: UserService) -> None:
    auth = ctx.service(AuthService)
    with pytest.raises(AuthenticationError, match="Unknown user name or wrong password"):
        auth.authenticate("nobody", PW)
    users.set_active("fatima", False)
    with pytest.raises(AuthenticationError, match="disabled"):
        auth.authenticate("fatima", PW)


def test_duplicate_user_name_is_refused(ctx: AppContext, users: UserService) -> None:
    with pytest.raises(ConflictError, match="already exists"):
        users.add("FATIMA", Role.LIBRARIAN, "Other-pass-99")
    users.add("admin3", Role.ADMINISTRATOR, "Third-pass-26")
    users.set_role("admin2", Role.AUDITOR)  # allowed: admin3 remains
    assert users.get("admin2").role == "auditor"


def test_last_active_administrator_cannot_be_removed(ctx: AppContext) -> None:
    svc = ctx.service(UserService)
    svc.add("boss", Role.ADMINISTRATOR, "Chief-pass-2026")
    with pytest.raises(ConflictError, match="last active administrator"):
        svc.set_role("boss", Role.DIRECTOR)
    with pytest.raises(ConflictError, match="last active administrator"):
        svc.set_active("boss", False)


def test_stale_user_edit_is_refused(ctx: AppContext, users: UserService) -> None:
    seen = users.get("fatima")
    users.set_role("fatima", Role.LIBRARIAN)
    with pytest.raises(ConflictError, match="Changed by os:.* at .* reload"):
        users.set_role("fatima", Role.DIRECTOR, version=seen.version)


def test_first_administrator_only_on_an_empty_database(ctx: AppContext) -> None:
    auth = ctx.service(AuthService)
    assert not auth.has_users()
    actor = auth.create_first_administrator("chef", "Premier-admin-1", "Chef de centre")
    assert actor.role is Role.ADMINISTRATOR and auth.has_users()
    with pytest.raises(PermissionDenied, match="already exists"):
        auth.create_first_administrator("intruder", "Second-admin-22")
