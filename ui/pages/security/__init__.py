"""Security pages: user accounts (administrator), the audit viewer, my account and backups."""

from __future__ import annotations

from cmc_desktop.security.permissions import Perm
from ui.pages import PageSpec


def _users(ctx, parent):  # noqa: ANN001, ANN202
    from ui.pages.security.users import UsersPage

    return UsersPage(ctx, parent)


def _audit(ctx, parent):  # noqa: ANN001, ANN202
    from ui.pages.security.audit import AuditPage

    return AuditPage(ctx, parent)


def _account(ctx, parent):  # noqa: ANN001, ANN202
    from ui.pages.security.account import AccountPage

    return AccountPage(ctx, parent)


def pages() -> list[PageSpec]:
    return [
        PageSpec("users", "Users", "shield", 100, Perm.USERS_MANAGE, _users),
        # Every role that reads any audit entry holds AUDIT_READ_OWN_AREA; the service scopes it.
        PageSpec("audit", "Audit trail", "audit", 101, Perm.AUDIT_READ_OWN_AREA, _audit),
        PageSpec("account", "My account", "account", 102, Perm.ACCOUNT_SELF, _account),
    ]
