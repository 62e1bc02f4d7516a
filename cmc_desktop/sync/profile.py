"""The export profile: the explicit allow-list of fields that leave the city.

A table that is not listed here never leaves the city. For a listed table only ``uuid`` and the
named columns are written; a foreign key ``x_id`` is written as ``x_uuid`` (the referenced
row's UUID), because integer ids mean nothing outside this database.

Personal data protection (law 09-08): counselling notes, health and dietary details, phone
numbers (the trainee's and the guardian's), e-mail addresses, postal addresses, national ID
numbers, photos and search keys (which fold the CIN in) never leave. ``FORBIDDEN`` names the
patterns a test checks every profile entry against, so a new area cannot add them by mistake.

How an area adds its table: add ``"<table>": ("col", "other_id", ...)`` to ``PROFILE`` below
(only the columns headquarters needs), run ``tests/core/sync/test_profile.py``, and describe the
fields in ``docs/EXPORT_FORMAT.md``. Tables listed here but absent from this database (an area
not installed yet) are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Table

# Version of the field list: headquarters reads older versions (missing fields are absent).
PROFILE_VERSION = 1

PROFILE: dict[str, tuple[str, ...]] = {
    "regions": ("code", "name_fr", "name_ar", "city_site", "residence_beds"),
    "sectors": ("code", "name_fr", "name_ar", "name_en"),
    "hubs": ("code", "name_fr", "name_ar", "sector_id"),
    "programmes": ("code", "label_fr", "label_ar", "level", "duration_months", "diploma", "sector_id",
                   "soft_skills_hours"),
    "academic_years": ("code", "starts_on", "ends_on", "current"),
    "groups": ("code", "programme_id", "academic_year_id", "year_of_study", "capacity"),
    "calendar_days": ("day", "kind", "label"),
    # Trainees: identity needed for the national registry, nothing to reach or locate them with.
    "trainees": ("matricule", "last_name", "first_name", "sex", "birth_date", "remote_area", "bridging",
                 "anonymised", "current_group_id", "current_status"),
    "enrolments": ("trainee_id", "academic_year_id", "group_id", "year_of_study", "status", "status_since",
                   "ended_on", "hq_enrolment_id"),
    # Residence: who occupied a bed when (not the room key, deposits, condition reports or disputes).
    "residence_stays": ("trainee_id", "check_in", "check_out", "end_reason"),
    # Catering: one row per meal served (tickets are left out: they name their holder).
    "meal_services": ("trainee_id", "meal_date", "meal", "category"),
    # Library: loans by patron category and item type (not which copy, nor staff borrowers).
    "lib_loans": ("trainee_id", "patron_category", "item_type", "checked_out_at", "due_on", "returned_at",
                  "renewals"),
    # Career centre: insertion survey outcomes (never counselling notes or appointments).
    "career_surveys": ("enrolment_id", "trainee_id", "wave", "outcome", "surveyed_on"),
}

# Column-name patterns that must never appear in the profile, whatever the table.
FORBIDDEN = re.compile(
    r"(phone|mobile|tel$|email|e_mail|address|adresse|street|note|comment|diet|allerg|health|medical|"
    r"special_needs|disabilit|cin$|national_id|passport|photo|search_key|password|secret|guardian)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TablePlan:
    """How one table is exported: plain columns, and foreign keys written as UUIDs."""

    name: str
    columns: tuple[str, ...]  # output names in file order: uuid, plain columns, reference uuids
    plain: tuple[str, ...]
    refs: tuple[tuple[str, str, str], ...]  # (column, referenced table, output name)


def plan_for(table: Table) -> TablePlan:
    fields = PROFILE[table.name]
    plain: list[str] = []
    refs: list[tuple[str, str, str]] = []
    for name in fields:
        col = table.c[name]
        fks = list(col.foreign_keys)
        if fks:
            target = fks[0].column.table.name
            alias = name[:-3] + "_uuid" if name.endswith("_id") else name + "_uuid"
            refs.append((name, target, alias))
        else:
            plain.append(name)
    out = ("uuid", *plain, *(alias for _c, _t, alias in refs))
    return TablePlan(table.name, out, tuple(plain), tuple(refs))


def exported_tables(metadata_tables: dict[str, Table]) -> list[Table]:
    """Profile tables present in this program's models, in profile order."""
    return [metadata_tables[name] for name in PROFILE if name in metadata_tables]


def is_forbidden(column: str) -> bool:
    return bool(FORBIDDEN.search(column))
