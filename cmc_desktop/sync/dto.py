"""Frozen results of the sync area's use cases."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PackageInfo:
    id: int
    sequence: int
    kind: str
    after_change: int
    through_change: int
    created_utc: dt.datetime
    sha256: str
    file_name: str
    destination: str
    rows: int
    tombstones: int


@dataclass(frozen=True)
class ExportResult:
    path: str
    sequence: int
    kind: str
    changes: int
    rows: int
    tombstones: int
    sha256: str
    tables: dict[str, int] = field(default_factory=dict)
    adopted: bool = False  # a package renamed by a run that crashed before recording it

    def as_dict(self) -> dict[str, object]:
        return {"path": self.path, "sequence": self.sequence, "kind": self.kind, "changes": self.changes,
                "rows": self.rows, "tombstones": self.tombstones, "sha256": self.sha256,
                "tables": dict(self.tables), "adopted": self.adopted}


@dataclass(frozen=True)
class SyncStatus:
    city_code: str | None
    pending: int
    last_package: PackageInfo | None
    last_attempt_utc: dt.datetime | None
    last_error: str
    destination: str
    schedule: tuple[str, ...]
    next_run_utc: dt.datetime | None
    key_fingerprint: str | None
    last_error_code: str = ""  # destination_unreachable | destination_unwritable | package_exists
    last_error_path: str = ""


@dataclass(frozen=True)
class ReferenceResult:
    path: str
    created: dict[str, int]
    updated: dict[str, int]
