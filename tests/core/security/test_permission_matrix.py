"""The permission matrix, service by service, for every role.

Each use case below is called as each of the ten roles: it must succeed exactly when the role
holds the permission in ROLE_PERMISSIONS, and raise PermissionDenied otherwise — whoever calls it
(GUI, CLI or test), because the check is in the core service.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from cmc_desktop.backup import backup_to, restore, run_scheduled_backup
from cmc_desktop.bootstrap import AppContext
from cmc_desktop.errors import PermissionDenied
from cmc_desktop.reference.service import CatalogueService
from cmc_desktop.security.permissions import ROLE_PERMISSIONS, Actor, Perm, Role
from cmc_desktop.security.personal_data import PersonalDataService
from cmc_desktop.security.retention import RetentionService
from cmc_desktop.security.service import AuditService, UserService

from .conftest import actor_for

# (name, permission(s) — any one suffices, call(ctx_as_role, tmp_path)); harmless when allowed.
USE_CASES: list[tuple[str, Perm | tuple[Perm, ...], Callable[[AppContext, Path], object]]] = [
    ("catalogue.list", Perm.CATALOGUE_READ, lambda c, _: c.service(CatalogueService).list("sector")),
    ("catalogue.save", Perm.CATALOGUE_EDIT,
     lambda c, _: c.service(CatalogueService).save("sector", {"code": f"T{c.actor.role.value[:6]}",
                                                              "name_fr": "Test"})),
    ("users.list", Perm.USERS_MANAGE, lambda c, _: c.service(UserService).list()),
    ("users.add", Perm.USERS_MANAGE,
     lambda c, _: c.service(UserService).add(f"n{c.actor.role.value[:10]}", Role.LIBRARIAN, "Long-enough-9")),
    ("users.unlock", Perm.USERS_MANAGE, lambda c, _: c.service(UserService).unlock("seed")),
    ("audit.verify", Perm.AUDIT_READ, lambda c, _: c.service(AuditService).verify()),
    ("audit.export", (Perm.AUDIT_READ, Perm.AUDIT_READ_OWN_AREA),
     lambda c, tmp: c.service(AuditService).export(tmp / f"audit-{c.actor.role.value}.xlsx")),
    ("retention.preview", Perm.RETENTION_APPLY, lambda c, _: c.service(RetentionService).preview(5)),
    ("retention.apply", Perm.RETENTION_APPLY, lambda c, _: c.service(RetentionService).apply(5)),
    ("personal_data", Perm.PERSONAL_DATA,
     lambda c, tmp: _expect_not_found(lambda: c.service(PersonalDataService).collect("0000000000000"))),
    ("backup", Perm.BACKUP_RUN, lambda c, tmp: backup_to(c, tmp / f"b-{c.actor.role.value}.sqlite3")),
    ("restore", Perm.BACKUP_RESTORE,
     lambda c, tmp: restore(c.sqlite_file, _backup_file(c, tmp), actor=c.actor)),
]


def _expect_not_found(fn: Callable[[], object]) -> None:
    from cmc_desktop.errors import NotFound

    with pytest.raises(NotFound):
        fn()


def _backup_file(c: AppContext, tmp: Path) -> Path:
    path = tmp / "for-restore.sqlite3"
    if not path.exists():
        backup_to(c.as_actor(Actor.system()), path)
    return path


@pytest.fixture
def seeded(ctx: AppContext) -> AppContext:
    ctx.service(UserService).add("seed", Role.LIBRARIAN, "Alpha-numeric-1")
    return ctx


@pytest.mark.parametrize("role", list(Role), ids=[r.value for r in Role])
def test_every_use_case_follows_the_matrix(seeded: AppContext, tmp_path: Path, role: Role) -> None:
    allowed = ROLE_PERMISSIONS[role]
    outcomes = {}
    for name, perm, call in USE_CASES:
        c = seeded.as_actor(actor_for(role))
        perms = perm if isinstance(perm, tuple) else (perm,)
        if allowed & set(perms):
            call(c, tmp_path)  # must not raise
            outcomes[name] = "ok"
        else:
            with pytest.raises(PermissionDenied) as err:
                call(c, tmp_path)
            assert role.value in err.value.message and perms[0].value in err.value.message
            outcomes[name] = "denied"
    assert set(outcomes) == {n for n, _, _ in USE_CASES}


@pytest.mark.parametrize("role", list(Role), ids=[r.value for r in Role])
def test_audit_search_is_scoped_to_the_role(seeded: AppContext, role: Role) -> None:
    # one entry in the residence area and one in reference, written through the real hook
    from cmc_desktop.security import audit

    with seeded.sf.begin() as s:
        audit.append(s, "update", "rooms", {"label": ["A", "B"]}, at=seeded.clock.now(), area="residence")
    svc = seeded.as_actor(actor_for(role)).service(AuditService)
    perms = ROLE_PERMISSIONS[role]
    if Perm.AUDIT_READ in perms:
        areas = {r.area for r in svc.rows(svc.search()).values()}
        assert {"security", "residence"} <= areas
    elif Perm.AUDIT_READ_OWN_AREA in perms:
        areas = {r.area for r in svc.rows(svc.search()).values()}
        assert "security" not in areas
        assert areas == ({"residence"} if role is Role.RESIDENCE_MANAGER else set())
        with pytest.raises(PermissionDenied):
            svc.verify()
    else:
        with pytest.raises(PermissionDenied):
            svc.search()


def test_scheduled_backup_runs_for_any_signed_in_role(ctx: AppContext) -> None:
    # Keeping backups is the installation's duty: it runs as 'system' whoever is at the desk.
    result = run_scheduled_backup(ctx.as_actor(actor_for(Role.CANTEEN_AGENT)))
    assert result is not None and result.status == "ok"


def test_the_issue_rules_hold_in_the_matrix() -> None:
    health = {r for r in Role if Perm.HEALTH_READ in ROLE_PERMISSIONS[r]}
    assert health == {Role.CATERING_MANAGER, Role.CANTEEN_AGENT, Role.RESIDENCE_MANAGER, Role.ADMINISTRATOR}
    notes = {r for r in Role if Perm.COUNSELLING_NOTES in ROLE_PERMISSIONS[r]}
    assert notes == {Role.CAREER_COUNSELLOR}
    assert Perm.REGISTRY_EDIT not in ROLE_PERMISSIONS[Role.CANTEEN_AGENT]
    # director: every *.read except health and the full audit log, and the reports
    reads = {p for p in Perm if p.value.endswith(".read")} - {Perm.HEALTH_READ, Perm.AUDIT_READ}
    assert reads | {Perm.REPORTS_READ} <= ROLE_PERMISSIONS[Role.DIRECTOR]
    assert Perm.COUNSELLING_NOTES not in ROLE_PERMISSIONS[Role.DIRECTOR]
    # auditor: read-only, including the audit log
    auditor = ROLE_PERMISSIONS[Role.AUDITOR]
    assert Perm.AUDIT_READ in auditor
    assert all(p.value.endswith(".read") or p in (Perm.REPORTS_READ, Perm.ACCOUNT_SELF, Perm.AUDIT_READ_OWN_AREA)
               for p in auditor)
    # facility managers read their own area's audit trail
    for role in (Role.RESIDENCE_MANAGER, Role.CATERING_MANAGER, Role.LIBRARIAN, Role.LANGUAGE_COORDINATOR,
                 Role.CAREER_COUNSELLOR, Role.AUDITOR, Role.ADMINISTRATOR):
        assert Perm.AUDIT_READ_OWN_AREA in ROLE_PERMISSIONS[role]


def test_unknown_role_is_refused_with_the_list(ctx: AppContext) -> None:
    from cmc_desktop.errors import ValidationError

    with pytest.raises(ValidationError, match="Unknown role 'cook'.*administrator"):
        ctx.service(UserService).add("x1", "cook", "Long-enough-9")
