"""Frozen results of the security services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    locked_until: dt.datetime | None
    failed_attempts: int
    must_change_password: bool
    last_login_at: dt.datetime | None
    version: int

    @property
    def locked(self) -> bool:
        return self.locked_until is not None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    area: str
    subject_id: int | None
    changes: dict[str, list]
    redacted: bool

    @property
    def summary(self) -> str:
        """One line: field: before → after, …"""
        parts = []
        for name, pair in self.changes.items():
            if isinstance(pair, list) and len(pair) == 2:
                before, after = pair
                if self.action == "insert":
                    parts.append(f"{name}={after}")
                elif self.action == "delete":
                    parts.append(f"{name}={before}")
                else:
                    parts.append(f"{name}: {before} → {after}")
            else:
                parts.append(f"{name}: {pair}")
        return "; ".join(parts)


@dataclass(frozen=True)
class AuditFilter:
    actor: str = ""
    entity: str = ""
    field: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    subject_id: int | None = None
    limit: int | None = None


@dataclass(frozen=True)
class BackupInfo:
    path: str
    size_bytes: int
    city: str | None
    revision: str | None
    created_at: dt.datetime


@dataclass(frozen=True)
class BackupStatus:
    last_ok_at: dt.datetime | None
    last_status: str | None  # ok | failed | None (never ran)
    last_error: str
    last_path: str
    folder: str


@dataclass(frozen=True)
class RetentionCandidate:
    trainee_id: int
    matricule: str
    left_on: dt.date


@dataclass(frozen=True)
class RetentionResult:
    years: int
    cutoff: dt.date
    candidates: list[RetentionCandidate] = field(default_factory=list)
    applied: bool = False
    redacted_entries: int = 0
