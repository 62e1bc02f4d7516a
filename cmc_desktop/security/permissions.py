"""The permission matrix: which role may do what. Enforced in the core services.

Every service method starts with ``self.require(Perm.X)``; the UI reads the same matrix
only to hide what a role cannot use.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from enum import StrEnum

from cmc_desktop.errors import PermissionDenied


class Perm(StrEnum):
    CATALOGUE_READ = "catalogue.read"
    CATALOGUE_EDIT = "catalogue.edit"
    REGISTRY_READ = "registry.read"
    REGISTRY_EDIT = "registry.edit"
    REGISTRY_IMPORT = "registry.import"
    REGISTRY_EXPORT = "registry.export"
    HEALTH_READ = "health.read"  # dietary / special needs (health data, law 09-08)
    RESIDENCE_READ = "residence.read"
    RESIDENCE_EDIT = "residence.edit"
    CATERING_READ = "catering.read"
    CATERING_SERVE = "catering.serve"
    CATERING_MANAGE = "catering.manage"
    SPACES_READ = "spaces.read"
    SPACES_EDIT = "spaces.edit"
    BOOKINGS_EDIT = "bookings.edit"
    BOOKINGS_APPROVE = "bookings.approve"
    LANGUAGE_READ = "language.read"
    LANGUAGE_EDIT = "language.edit"
    LIBRARY_READ = "library.read"
    LIBRARY_CIRCULATE = "library.circulate"
    LIBRARY_CATALOGUE = "library.catalogue"
    CAREER_READ = "career.read"
    CAREER_EDIT = "career.edit"
    COUNSELLING_NOTES = "counselling.notes"  # counsellors only
    REPORTS_READ = "reports.read"
    AUDIT_READ = "audit.read"
    AUDIT_READ_OWN_AREA = "audit.read_own_area"
    USERS_MANAGE = "users.manage"
    SETTINGS_MANAGE = "settings.manage"
    BACKUP_RUN = "backup.run"
    BACKUP_RESTORE = "backup.restore"
    SYNC_EXPORT = "sync.export"
    SYNC_HQ = "sync.hq"
    PERSONAL_DATA = "personal_data.report"
    RETENTION_APPLY = "retention.apply"
    # Every signed-in account may change its own password; nothing else about itself.
    ACCOUNT_SELF = "account.self"


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    REGISTRAR = "registrar"
    RESIDENCE_MANAGER = "residence_manager"
    CATERING_MANAGER = "catering_manager"
    CANTEEN_AGENT = "canteen_agent"
    LIBRARIAN = "librarian"
    LANGUAGE_COORDINATOR = "language_coordinator"
    CAREER_COUNSELLOR = "career_counsellor"
    DIRECTOR = "director"
    AUDITOR = "auditor"


_READ_ALL = {p for p in Perm if p.value.endswith(".read")} | {Perm.REPORTS_READ}
_SELF = {Perm.ACCOUNT_SELF}

ROLE_PERMISSIONS: dict[Role, frozenset[Perm]] = {
    Role.ADMINISTRATOR: frozenset(set(Perm) - {Perm.COUNSELLING_NOTES}),
    Role.REGISTRAR: frozenset(_SELF | {
        Perm.CATALOGUE_READ, Perm.CATALOGUE_EDIT, Perm.REGISTRY_READ, Perm.REGISTRY_EDIT,
        Perm.REGISTRY_IMPORT, Perm.REGISTRY_EXPORT, Perm.SPACES_READ, Perm.REPORTS_READ,
        Perm.PERSONAL_DATA,
    }),
    Role.RESIDENCE_MANAGER: frozenset(_SELF | {
        Perm.CATALOGUE_READ, Perm.REGISTRY_READ, Perm.HEALTH_READ, Perm.RESIDENCE_READ,
        Perm.RESIDENCE_EDIT, Perm.CATERING_READ, Perm.AUDIT_READ_OWN_AREA,
    }),
    Role.CATERING_MANAGER: frozenset(_SELF | {
        Perm.CATALOGUE_READ, Perm.REGISTRY_READ, Perm.HEALTH_READ, Perm.RESIDENCE_READ,
        Perm.CATERING_READ, Perm.CATERING_SERVE, Perm.CATERING_MANAGE, Perm.AUDIT_READ_OWN_AREA,
    }),
    Role.CANTEEN_AGENT: frozenset(_SELF | {Perm.HEALTH_READ, Perm.CATERING_READ, Perm.CATERING_SERVE}),
    Role.LIBRARIAN: frozenset(_SELF | {
        Perm.CATALOGUE_READ, Perm.REGISTRY_READ, Perm.LIBRARY_READ, Perm.LIBRARY_CIRCULATE,
        Perm.LIBRARY_CATALOGUE, Perm.AUDIT_READ_OWN_AREA,
    }),
    Role.LANGUAGE_COORDINATOR: frozenset(_SELF | {
        Perm.CATALOGUE_READ, Perm.REGISTRY_READ, Perm.LANGUAGE_READ, Perm.LANGUAGE_EDIT,
        Perm.SPACES_READ, Perm.BOOKINGS_EDIT, Perm.AUDIT_READ_OWN_AREA,
    }),
    Role.CAREER_COUNSELLOR: frozenset(_SELF | {
        Perm.CATALOGUE_READ, Perm.REGISTRY_READ, Perm.CAREER_READ, Perm.CAREER_EDIT,
        Perm.COUNSELLING_NOTES, Perm.SPACES_READ, Perm.BOOKINGS_EDIT, Perm.AUDIT_READ_OWN_AREA,
    }),
    # Director reads everything except counselling notes (and health data), plus all reports.
    Role.DIRECTOR: frozenset((_READ_ALL - {Perm.HEALTH_READ, Perm.AUDIT_READ}) | {Perm.SYNC_EXPORT} | _SELF),
    # The auditor holds both audit permissions: every page that shows audit entries lists
    # AUDIT_READ_OWN_AREA, and the service widens it to every area for AUDIT_READ.
    Role.AUDITOR: frozenset((_READ_ALL - {Perm.HEALTH_READ})
                            | {Perm.AUDIT_READ, Perm.AUDIT_READ_OWN_AREA} | _SELF),
}


@dataclass(frozen=True)
class Actor:
    """Who is acting: a logged-in user, or the operating-system user running the CLI."""

    username: str
    role: Role
    display_name: str = ""
    kind: str = "user"  # user | os | system
    user_id: int | None = None

    @property
    def label(self) -> str:
        return f"os:{self.username}" if self.kind == "os" else self.username

    def can(self, perm: Perm) -> bool:
        return perm in ROLE_PERMISSIONS[self.role]

    def require(self, perm: Perm) -> None:
        if not self.can(perm):
            raise PermissionDenied(
                f"The role '{self.role.value}' may not do this ({perm.value})",
                perm=perm.value,
                role=self.role.value,
            )

    @classmethod
    def os_user(cls) -> Actor:
        """The CLI acts as the OS user, with administrator rights, recorded as such."""
        try:
            name = getpass.getuser()
        except Exception:  # no passwd entry in some containers
            name = "unknown"
        return cls(username=name, role=Role.ADMINISTRATOR, display_name=name, kind="os")

    @classmethod
    def system(cls) -> Actor:
        return cls(username="system", role=Role.ADMINISTRATOR, display_name="system", kind="system")


# English names shown by the UI (translated there) and the CLI.
ROLE_LABELS: dict[Role, str] = {
    Role.ADMINISTRATOR: "Administrator",
    Role.REGISTRAR: "Registrar",
    Role.RESIDENCE_MANAGER: "Residence manager",
    Role.CATERING_MANAGER: "Catering manager",
    Role.CANTEEN_AGENT: "Canteen agent",
    Role.LIBRARIAN: "Librarian",
    Role.LANGUAGE_COORDINATOR: "Language-centre coordinator",
    Role.CAREER_COUNSELLOR: "Career counsellor",
    Role.DIRECTOR: "Director",
    Role.AUDITOR: "Auditor",
}

# Facility managers read the audit trail of their own area only (Perm.AUDIT_READ_OWN_AREA).
# The area of an audit entry is the models module of the entity (cmc_desktop.db.models.<area>).
ROLE_AUDIT_AREAS: dict[Role, frozenset[str]] = {
    Role.RESIDENCE_MANAGER: frozenset({"residence"}),
    Role.CATERING_MANAGER: frozenset({"catering"}),
    Role.LIBRARIAN: frozenset({"library"}),
    Role.LANGUAGE_COORDINATOR: frozenset({"language"}),
    Role.CAREER_COUNSELLOR: frozenset({"career"}),
}


def parse_role(value: str) -> Role:
    """A role from its value ("residence_manager") or English label, with a clear refusal."""
    from cmc_desktop.errors import ValidationError

    key = value.strip().lower().replace("-", "_").replace(" ", "_")
    for role in Role:
        if key in (role.value, ROLE_LABELS[role].lower().replace("-", "_").replace(" ", "_")):
            return role
    raise ValidationError(f"Unknown role '{value}'; expected one of {', '.join(r.value for r in Role)}",
                          errors=[("role", "choice")])
