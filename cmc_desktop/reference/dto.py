"""Frozen data handed to the UI and CLI for the reference catalogue."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str  # English source text; the UI translates it
    kind: str  # text | int | bool | date | choice | ref
    required: bool = True
    choices: tuple[str, ...] = ()
    ref: str | None = None  # catalogue kind referred to, for kind == "ref"
    max_length: int | None = None


@dataclass(frozen=True)
class CatalogueRow:
    id: int
    uuid: str
    version: int
    values: dict[str, Any]
    label: str
    updated_at: dt.datetime | None = None
    updated_by: str | None = None


@dataclass(frozen=True)
class CityInfo:
    region_code: str
    region_fr: str
    region_ar: str
    site: str
    residence_beds: int | None
