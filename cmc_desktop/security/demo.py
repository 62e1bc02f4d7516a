"""Demo accounts: one per role, with documented passwords (printed by ``demo``)."""

from __future__ import annotations

from cmc_desktop.db.models.security import User
from cmc_desktop.demo.builder import DemoContext
from cmc_desktop.security.passwords import hash_password
from cmc_desktop.security.permissions import ROLE_LABELS, Role

DEMO_ACCOUNTS: tuple[tuple[str, Role], ...] = (
    ("admin", Role.ADMINISTRATOR),
    ("registrar", Role.REGISTRAR),
    ("residence", Role.RESIDENCE_MANAGER),
    ("catering", Role.CATERING_MANAGER),
    ("canteen", Role.CANTEEN_AGENT),
    ("librarian", Role.LIBRARIAN),
    ("language", Role.LANGUAGE_COORDINATOR),
    ("counsellor", Role.CAREER_COUNSELLOR),
    ("director", Role.DIRECTOR),
    ("auditor", Role.AUDITOR),
)


def demo_password(role: Role) -> str:
    """Public by design (a demo): 'Souss-2026-NN', NN the role's rank; passes the policy."""
    return f"Souss-2026-{list(Role).index(role) + 1:02d}"


def populate(demo: DemoContext) -> dict[str, int]:
    accounts = []
    for username, role in DEMO_ACCOUNTS:
        password = demo_password(role)
        demo.session.add(User(uuid=demo.uuid(), username=username, display_name=ROLE_LABELS[role], role=role.value,
                              password_hash=hash_password(password), active=True, must_change_password=False,
                              failed_attempts=0))
        accounts.append((username, role.value, password))
    demo.session.flush()
    demo.extra["accounts"] = accounts
    return {"user accounts": len(accounts)}
