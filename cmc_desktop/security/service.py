"""Use cases of accounts, sign-in and the audit trail."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.sql import Select

from cmc_desktop.db.models.security import AuditEntry, User
from cmc_desktop.errors import AuthenticationError, ConflictError, NotFound, PermissionDenied, ValidationError
from cmc_desktop.security import audit
from cmc_desktop.security.dto import AuditFilter, AuditRow, UserRow
from cmc_desktop.security.passwords import check_policy, hash_password, needs_rehash, verify_password
from cmc_desktop.security.permissions import ROLE_AUDIT_AREAS, Actor, Perm, Role, parse_role
from cmc_desktop.services import Service

MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)
USERNAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._-")


def _user_row(u: User) -> UserRow:
    return UserRow(u.id, u.username, u.display_name, u.role, u.active, u.locked_until, u.failed_attempts,
                   u.must_change_password, u.last_login_at, u.version)


def clean_username(name: str) -> str:
    value = (name or "").strip().lower()
    if not 2 <= len(value) <= 40 or not set(value) <= USERNAME_CHARS:
        raise ValidationError(
            f"User name '{name}' is not valid: use 2 to 40 letters a-z, digits, '.', '_' or '-'",
            errors=[("username", "invalid")])
    return value


class UserService(Service):
    """Accounts, managed by the administrator (Perm.USERS_MANAGE)."""

    def list(self) -> list[UserRow]:
        self.require(Perm.USERS_MANAGE)
        with self.read() as s:
            return [_user_row(u) for u in s.scalars(select(User).order_by(User.username))]

    def get(self, username: str) -> UserRow:
        self.require(Perm.USERS_MANAGE)
        with self.read() as s:
            return _user_row(self._find(s, username))

    @staticmethod
    def _find(s, username: str) -> User:  # noqa: ANN001
        user = s.scalar(select(User).where(User.username == username.strip().lower()))
        if user is None:
            raise NotFound(f"No user named '{username}'", code="no_user", username=username)
        return user

    def add(self, username: str, role: Role | str, password: str, *, display_name: str = "",
            must_change_password: bool = False) -> UserRow:
        self.require(Perm.USERS_MANAGE)
        return self._add(username, role, password, display_name, must_change_password)

    def _add(self, username: str, role: Role | str, password: str, display_name: str,
             must_change: bool) -> UserRow:
        name = clean_username(username)
        role = role if isinstance(role, Role) else parse_role(role)
        check_policy(password, name)
        digest = hash_password(password)  # slow on purpose: outside the write lock
        now = self.ctx.clock.now()
        with self.write() as s:
            if s.scalar(select(func.count()).select_from(User).where(User.username == name)):
                raise ConflictError(f"A user named '{name}' already exists", code="duplicate", username=name)
            user = User(username=name, display_name=(display_name or name).strip()[:120], role=role.value,
                        password_hash=digest, active=True, must_change_password=must_change,
                        failed_attempts=0, password_changed_at=now)
            s.add(user)
            s.flush()
            return _user_row(user)

    def set_role(self, username: str, role: Role | str, *, version: int | None = None) -> UserRow:
        self.require(Perm.USERS_MANAGE)
        role = role if isinstance(role, Role) else parse_role(role)
        with self.write() as s:
            user = self._locked_for_edit(s, username, version)
            if user.role == Role.ADMINISTRATOR.value and role != Role.ADMINISTRATOR:
                self._keep_one_admin(s, user)
            user.role = role.value
            s.flush()
            return _user_row(user)

    def set_active(self, username: str, active: bool, *, version: int | None = None) -> UserRow:
        self.require(Perm.USERS_MANAGE)
        with self.write() as s:
            user = self._locked_for_edit(s, username, version)
            if not active and user.role == Role.ADMINISTRATOR.value:
                self._keep_one_admin(s, user)
            user.active = active
            s.flush()
            return _user_row(user)

    def reset_password(self, username: str, new_password: str) -> UserRow:
        """Administrator reset: the user must choose a new password at the next sign-in."""
        self.require(Perm.USERS_MANAGE)
        name = username.strip().lower()
        check_policy(new_password, name)
        digest = hash_password(new_password)
        with self.write() as s:
            user = self._find(s, name)
            user.password_hash = digest
            user.must_change_password = True
            user.failed_attempts = 0
            user.locked_until = None
            user.password_changed_at = self.ctx.clock.now()
            s.flush()
            return _user_row(user)

    def unlock(self, username: str) -> UserRow:
        self.require(Perm.USERS_MANAGE)
        with self.write() as s:
            user = self._find(s, username)
            user.failed_attempts = 0
            user.locked_until = None
            s.flush()
            return _user_row(user)

    def change_own_password(self, old_password: str, new_password: str) -> None:
        self.require(Perm.ACCOUNT_SELF)
        if self.actor.kind != "user" or self.actor.user_id is None:
            raise PermissionDenied("Only a signed-in account can change its own password", code="not_a_user")
        check_policy(new_password, self.actor.username)
        if old_password == new_password:
            raise ValidationError("The new password must differ from the current one",
                                  errors=[("password", "unchanged")])
        with self.read() as s:
            current = s.scalar(select(User.password_hash).where(User.id == self.actor.user_id))
        if not verify_password(current, old_password):
            raise AuthenticationError("The current password is wrong", code="wrong_password")
        digest = hash_password(new_password)
        with self.write() as s:
            user = s.get(User, self.actor.user_id)
            if user is None:
                raise NotFound("This account no longer exists")
            user.password_hash = digest
            user.must_change_password = False
            user.password_changed_at = self.ctx.clock.now()

    def _locked_for_edit(self, s, username: str, version: int | None) -> User:  # noqa: ANN001
        user = self._find(s, username)
        if version is not None and user.version != version:
            raise ConflictError(
                f"Changed by {user.updated_by or 'another desk'} at {user.updated_at:%Y-%m-%d %H:%M} UTC — "
                "reload before saving.", code="stale", by=user.updated_by, at=user.updated_at.isoformat())
        return user

    @staticmethod
    def _keep_one_admin(s, user: User) -> None:  # noqa: ANN001
        others = s.scalar(select(func.count()).select_from(User).where(
            User.role == Role.ADMINISTRATOR.value, User.active.is_(True), User.id != user.id))
        if not others:
            raise ConflictError(f"'{user.username}' is the last active administrator; "
                                "create another administrator first", code="last_admin")


class AuthService(Service):
    """Sign-in. These methods run *before* anyone is signed in, so they check no permission;
    they only ever read or update the account that is signing in (documented exception)."""

    def has_users(self) -> bool:
        with self.read() as s:
            return bool(s.scalar(select(func.count()).select_from(User)))

    def create_first_administrator(self, username: str, password: str, display_name: str = "") -> Actor:
        """Setup: allowed only while the database has no account at all."""
        if self.has_users():
            raise PermissionDenied("An administrator already exists; sign in instead", code="setup_done")
        setup = self.ctx.as_actor(Actor.system()).service(UserService)
        row = setup._add(username, Role.ADMINISTRATOR, password, display_name, False)  # noqa: SLF001
        return Actor(row.username, Role.ADMINISTRATOR, row.display_name, "user", row.id)

    def authenticate(self, username: str, password: str) -> Actor:
        name = (username or "").strip().lower()
        now = self.ctx.clock.now()
        with self.read() as s:
            user = s.scalar(select(User).where(User.username == name))
        if user is None:
            verify_password(None, password)  # same cost as a real check
            raise AuthenticationError("Unknown user name or wrong password", code="bad_credentials")
        if user.locked_until is not None and user.locked_until > now:
            raise AuthenticationError(
                f"This account is locked after {MAX_FAILURES} failed attempts until "
                f"{user.locked_until:%H:%M} UTC; wait or ask the administrator to unlock it",
                code="account_locked", until=user.locked_until.isoformat())
        ok = verify_password(user.password_hash, password)
        rehash = hash_password(password) if ok and needs_rehash(user.password_hash) else None
        actor = Actor(user.username, Role(user.role), user.display_name, "user", user.id)
        locked_now = False
        with self._sf.begin() as s:
            s.info["actor"] = actor if ok else Actor.system()
            u = s.get(User, user.id)
            assert u is not None
            if ok and u.active:
                u.failed_attempts = 0
                u.locked_until = None
                u.last_login_at = now
                if rehash:
                    u.password_hash = rehash
            elif not ok:
                expired = u.locked_until is not None and u.locked_until <= now
                u.failed_attempts = (0 if expired else u.failed_attempts) + 1
                if u.failed_attempts >= MAX_FAILURES:
                    u.locked_until = now + LOCKOUT
                    u.failed_attempts = 0
                    locked_now = True
                audit.append(s, "login_failed", "users", {"username": [None, u.username]}, at=now,
                             actor="system", entity_id=u.id)
        if not ok:
            if locked_now:
                raise AuthenticationError(
                    f"Too many failed attempts: the account is locked for {int(LOCKOUT.total_seconds() // 60)} "
                    "minutes", code="account_locked")
            raise AuthenticationError("Unknown user name or wrong password", code="bad_credentials")
        if not user.active:
            raise AuthenticationError("This account is disabled; ask the administrator",
                                      code="account_disabled")
        return actor

    def must_change_password(self, user_id: int) -> bool:
        with self.read() as s:
            return bool(s.scalar(select(User.must_change_password).where(User.id == user_id)))


class AuditService(Service):
    """The journal: read by administrator and auditor; facility managers see their own area."""

    def _scope(self) -> frozenset[str] | None:
        """None: every area. Otherwise the areas this actor may read."""
        if self.actor.can(Perm.AUDIT_READ):
            return None
        if self.actor.can(Perm.AUDIT_READ_OWN_AREA):
            return ROLE_AUDIT_AREAS.get(self.actor.role, frozenset())
        self.require(Perm.AUDIT_READ)  # raises with the usual message
        return frozenset()

    def _query(self, flt: AuditFilter, scope: frozenset[str] | None) -> Select:
        q = select(AuditEntry.id)
        if scope is not None:
            q = q.where(AuditEntry.area.in_(sorted(scope)))
        if flt.actor:
            q = q.where(AuditEntry.actor.ilike(f"%{flt.actor.strip()}%"))
        if flt.entity:
            q = q.where(AuditEntry.entity == flt.entity.strip())
        if flt.field:
            q = q.where(AuditEntry.fields.like(f"%,{flt.field.strip()},%"))
        if flt.subject_id is not None:
            q = q.where(AuditEntry.subject_id == flt.subject_id)
        if flt.date_from:
            q = q.where(AuditEntry.at >= _day_start(flt.date_from))
        if flt.date_to:
            q = q.where(AuditEntry.at < _day_start(flt.date_to + dt.timedelta(days=1)))
        return q

    def search(self, flt: AuditFilter = AuditFilter()) -> list[int]:  # noqa: B008
        """Ids of matching entries, newest first (the viewer fetches rows lazily)."""
        scope = self._scope()
        q = self._query(flt, scope).order_by(AuditEntry.id.desc())
        if flt.limit:
            q = q.limit(flt.limit)
        with self.read() as s:
            return list(s.scalars(q))

    def rows(self, ids: list[int]) -> dict[int, AuditRow]:
        scope = self._scope()
        with self.read() as s:
            q = select(AuditEntry).where(AuditEntry.id.in_(ids))
            if scope is not None:
                q = q.where(AuditEntry.area.in_(sorted(scope)))
            return {e.id: _audit_row(e) for e in s.scalars(q)}

    def entities(self) -> list[str]:
        scope = self._scope()
        q = select(AuditEntry.entity).distinct().order_by(AuditEntry.entity)
        if scope is not None:
            q = q.where(AuditEntry.area.in_(sorted(scope)))
        with self.read() as s:
            return list(s.scalars(q))

    def verify(self) -> audit.VerifyResult:
        self.require(Perm.AUDIT_READ)
        with self.read() as s:
            return audit.verify_chain(s)

    def export(self, path: str | os.PathLike[str], flt: AuditFilter = AuditFilter()) -> int:  # noqa: B008
        """Write the matching entries to an .xlsx file; returns the number of rows."""
        from cmc_desktop.excel.writer import write_table

        ids = self.search(flt)
        headers = ["#", "Time (UTC)", "User", "Action", "Entity", "Record id", "Area", "Trainee id",
                   "Field", "Before", "After"]
        out_rows: list[list[object]] = []
        for chunk in range(0, len(ids), 1000):
            block = self.rows(ids[chunk:chunk + 1000])
            for eid in ids[chunk:chunk + 1000]:
                r = block.get(eid)
                if r is None:
                    continue
                at = r.at.replace(tzinfo=None)
                base = [r.id, at, r.actor, r.action, r.entity, r.entity_id, r.area, r.subject_id]
                if not r.changes:
                    out_rows.append([*base, "", "", ""])
                for name, pair in r.changes.items():
                    before, after = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
                    out_rows.append([*base, name, _cell(before), _cell(after)])
        write_table(Path(path), headers, out_rows, sheet_title="Audit trail",
                    widths=[7, 18, 16, 10, 16, 9, 11, 9, 18, 30, 30])
        return len(ids)


def _cell(value: object) -> object:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _day_start(day: dt.date) -> dt.datetime:
    from cmc_desktop.clock import CITY_TZ

    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=CITY_TZ).astimezone(dt.UTC)


def _audit_row(e: AuditEntry) -> AuditRow:
    try:
        changes = json.loads(e.changes)
    except ValueError:
        changes = {"?": e.changes}
    return AuditRow(e.id, e.at, e.actor, e.action, e.entity, e.entity_id, e.area, e.subject_id,
                    changes if isinstance(changes, dict) else {"?": changes}, e.redacted_by is not None)
