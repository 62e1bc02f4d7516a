"""Frozen results of the headquarters use cases."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class CityInfo:
    code: str
    fingerprint: str
    last_sequence: int
    last_package_at: dt.datetime | None
    last_created_utc: dt.datetime | None


@dataclass(frozen=True)
class PackageOutcome:
    file: str
    city: str = ""
    sequence: int = 0
    rows: int = 0
    reason: str = ""


@dataclass(frozen=True)
class IngestReport:
    ingested: list[PackageOutcome] = field(default_factory=list)
    duplicates: list[PackageOutcome] = field(default_factory=list)
    held: list[PackageOutcome] = field(default_factory=list)
    rejected: list[PackageOutcome] = field(default_factory=list)
    rows: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "ingested": [asdict(o) for o in self.ingested],
            "duplicates": [asdict(o) for o in self.duplicates],
            "held": [asdict(o) for o in self.held],
            "rejected": [asdict(o) for o in self.rejected],
            "rows": self.rows,
        }
