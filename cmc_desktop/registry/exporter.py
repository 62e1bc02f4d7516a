"""Trainee export to Excel, in the import template's columns so that it re-imports unchanged.

Special needs are health data and are never written to a spreadsheet.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from cmc_desktop.db.models import Group, Trainee
from cmc_desktop.errors import NotFound
from cmc_desktop.excel.writer import write_table
from cmc_desktop.progress import CancelToken, ProgressReporter
from cmc_desktop.registry.dto import ExportResult, TraineeFilter
from cmc_desktop.registry.importer import TEMPLATE
from cmc_desktop.registry.rules import STATUS_LABELS_FR

if TYPE_CHECKING:
    from cmc_desktop.registry.service import RegistryService

WIDTHS = {"matricule": 16, "last_name": 20, "first_name": 18, "last_name_ar": 18, "first_name_ar": 16,
          "sex": 6, "birth_date": 13, "cin": 11, "massar": 13, "phone": 12, "email": 30, "group": 12,
          "status": 10, "address": 34, "home_locality": 18, "distance_km": 9, "remote_area": 8,
          "guardian_name": 22, "guardian_phone": 14, "bridging": 8}


def export_trainees(svc: RegistryService, path: Path, *, flt: TraineeFilter, group_code: str | None,
                    progress: ProgressReporter, cancel: CancelToken) -> ExportResult:
    from cmc_desktop.registry.service import where_clauses

    cols = [Trainee.matricule, Trainee.last_name, Trainee.first_name, Trainee.last_name_ar,
            Trainee.first_name_ar, Trainee.sex, Trainee.birth_date, Trainee.cin, Trainee.massar, Trainee.phone,
            Trainee.email, Group.code, Trainee.current_status, Trainee.address, Trainee.home_locality,
            Trainee.distance_km, Trainee.remote_area, Trainee.guardian_name, Trainee.guardian_phone,
            Trainee.bridging]
    with svc.read() as s:
        conds = where_clauses(s, flt)
        if group_code:
            gid = s.scalar(select(Group.id).where(Group.code == group_code.strip()))
            if gid is None:
                raise NotFound(f"Group '{group_code}' does not exist", code="not_found")
            conds.append(Trainee.current_group_id == gid)
        total = s.scalar(select(func.count()).select_from(Trainee).where(*conds)) or 0
        q = (select(*cols).outerjoin(Group, Group.id == Trainee.current_group_id).where(*conds)
             .order_by(Group.code, Trainee.last_name, Trainee.first_name, Trainee.id))

        def rows() -> Iterator[tuple[Any, ...]]:
            for r in s.execute(q.execution_options(yield_per=5000)):
                yield (*r[:12], STATUS_LABELS_FR.get(r[12] or "", r[12]), *r[13:16],
                       "oui" if r[16] else "non", r[17], r[18], "oui" if r[19] else "non")

        write_table(path, [h for _, h in TEMPLATE], rows(), sheet_title="Stagiaires",
                    widths=[WIDTHS[c] for c, _ in TEMPLATE], total=total, progress=progress, cancel=cancel)
    return ExportResult(str(path), total)
