"""ORM models of the sync area: the city's outbox and package history, and headquarters' store.

The outbox and ``hq_rows`` deliberately do not use RecordMixin: they are append-mostly logs of
*other* records (which carry their own uuid and version), written in bulk, and must never feed
the outbox themselves. The package and city records are ordinary business records.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from cmc_desktop.db.base import Base, RecordMixin, UTCDateTime


class OutboxEntry(Base):
    """One change to an exported record, written in the same transaction as the change.

    ``id`` is the change id: strictly increasing (AUTOINCREMENT on SQLite, so ids are never
    reused). ``package_seq`` stays NULL until a package holding the change was renamed into
    its destination.
    """

    __tablename__ = "sync_outbox"
    __table_args__ = {"sqlite_autoincrement": True}
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_uuid: Mapped[uuid.UUID] = mapped_column(Uuid)
    op: Mapped[str] = mapped_column(String(8))  # upsert | delete
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    package_seq: Mapped[int | None] = mapped_column(Integer, index=True)


class SyncPackage(RecordMixin, Base):
    """A package that reached its destination (recorded only after the rename succeeded)."""

    __tablename__ = "sync_packages"
    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    kind: Mapped[str] = mapped_column(String(12))  # incremental | full
    first_change: Mapped[int] = mapped_column(Integer)
    last_change: Mapped[int] = mapped_column(Integer)
    created_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    sha256: Mapped[str] = mapped_column(String(64))
    previous_sha256: Mapped[str] = mapped_column(String(64), default="")
    file_name: Mapped[str] = mapped_column(String(120))
    destination: Mapped[str] = mapped_column(String(500))
    rows: Mapped[int] = mapped_column(Integer, default=0)
    tombstones: Mapped[int] = mapped_column(Integer, default=0)


class HqCity(RecordMixin, Base):
    """Headquarters: a city whose packages are accepted, with its registered public key."""

    __tablename__ = "hq_cities"
    code: Mapped[str] = mapped_column(String(8), unique=True)
    public_key: Mapped[str] = mapped_column(Text)  # PEM
    fingerprint: Mapped[str] = mapped_column(String(64))
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)
    last_sha256: Mapped[str | None] = mapped_column(String(64))
    last_package_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)  # when it was applied
    last_created_utc: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)  # when the city wrote it


class HqPackage(RecordMixin, Base):
    """Headquarters: a package applied (one row per city and sequence; the hash is unique)."""

    __tablename__ = "hq_packages"
    __table_args__ = (UniqueConstraint("city_id", "sequence"),)
    city_id: Mapped[int] = mapped_column(ForeignKey("hq_cities.id"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(12))
    first_change: Mapped[int] = mapped_column(Integer)
    last_change: Mapped[int] = mapped_column(Integer)
    created_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    applied_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    file_name: Mapped[str] = mapped_column(String(200))
    rows: Mapped[int] = mapped_column(Integer, default=0)
    tombstones: Mapped[int] = mapped_column(Integer, default=0)


class HqRow(Base):
    """Headquarters: the latest known state of one exported record of one city.

    A generic store keyed by (city, table, uuid): a city on a newer profile adds columns
    without a headquarters migration, and a tombstone keeps the row with ``deleted``.
    """

    __tablename__ = "hq_rows"
    __table_args__ = (UniqueConstraint("city_id", "table_name", "row_uuid"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    city_id: Mapped[int] = mapped_column(ForeignKey("hq_cities.id"))
    table_name: Mapped[str] = mapped_column(String(64), index=True)
    row_uuid: Mapped[uuid.UUID] = mapped_column(Uuid)
    data: Mapped[dict | None] = mapped_column(JSON)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    package_seq: Mapped[int] = mapped_column(Integer)
