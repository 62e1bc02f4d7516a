"""ORM models of the security area: user accounts, the audit journal, backup runs."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cmc_desktop.db.base import Base, RecordMixin, UTCDateTime


class User(RecordMixin, Base):
    """A desk account. Passwords are Argon2id hashes; lock-out state lives on the row."""

    __tablename__ = "users"
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    password_changed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class AuditEntry(Base):
    """One line of the append-only, hash-chained journal.

    Deliberately *not* a RecordMixin: an entry is never updated, so it has no version, no
    updated_at and no uuid of its own; its identity is its position in the chain (``id``).
    ``hash`` covers every column except ``changes`` itself (covered through ``changes_hash``)
    and ``redacted_by``, so the retention rule can erase personal values from old entries
    without breaking the chain; see cmc_desktop/security/audit.py.
    """

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(80), index=True)
    action: Mapped[str] = mapped_column(String(16))  # insert | update | delete | login | retention …
    entity: Mapped[str] = mapped_column(String(64), index=True)  # table name
    entity_id: Mapped[int | None] = mapped_column(Integer)
    area: Mapped[str] = mapped_column(String(24), index=True)
    subject_id: Mapped[int | None] = mapped_column(Integer, index=True)  # the trainee concerned
    fields: Mapped[str] = mapped_column(String(400), default="")  # ",name,phone," for field filters
    changes: Mapped[str] = mapped_column(Text)  # canonical JSON
    changes_hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    redacted_by: Mapped[int | None] = mapped_column(Integer)


class BackupRun(RecordMixin, Base):
    """A scheduled or manual backup attempt; the dashboard shows the latest one."""

    __tablename__ = "backup_runs"
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    kind: Mapped[str] = mapped_column(String(12))  # scheduled | manual
    status: Mapped[str] = mapped_column(String(8))  # ok | failed
    path: Mapped[str] = mapped_column(String(500), default="")
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    missed_days: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str] = mapped_column(Text, default="")
