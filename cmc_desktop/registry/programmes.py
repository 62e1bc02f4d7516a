"""Programme (filière) import from Excel: upsert by code, all-or-nothing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from cmc_desktop.db.models import Programme, Sector
from cmc_desktop.db.models.reference import LEVELS
from cmc_desktop.excel.reader import is_formula, read_sheet
from cmc_desktop.progress import CancelToken, ProgressReporter
from cmc_desktop.registry import rules
from cmc_desktop.registry.dto import ImportResult, Issue

if TYPE_CHECKING:
    from cmc_desktop.registry.service import RegistryService

SPEC: dict[str, tuple[str, ...]] = {
    "code": ("Code", "Code filière", "CodeFiliere"),
    "label_fr": ("Libellé", "Libellé (fr)", "Filière", "Label"),
    "label_ar": ("Libellé (ar)", "Libellé arabe", "الشعبة"),
    "level": ("Niveau", "Level"),
    "duration_months": ("Durée (mois)", "Durée", "Duration"),
    "sector": ("Secteur", "Code secteur", "Sector"),
    "diploma": ("Diplômant", "Diplôme", "Diploma"),
    "soft_skills_hours": ("Heures soft skills", "Soft skills", "Soft-skills hours"),
}
REQUIRED = ("code", "label_fr", "level", "duration_months", "sector")
FIELDS = ("label_fr", "label_ar", "level", "duration_months", "diploma", "sector_id", "soft_skills_hours")


def import_programmes(svc: RegistryService, path: Path, *, dry_run: bool, progress: ProgressReporter,
                      cancel: CancelToken) -> ImportResult:
    sheet = read_sheet(path, SPEC, required=REQUIRED)
    head = sheet.headers
    errors: list[Issue] = []
    parsed: list[tuple[int, dict[str, Any]]] = []
    with svc.read() as s:
        sectors = {c.upper(): i for c, i in s.execute(select(Sector.code, Sector.id))}
        existing = {p.code: p for p in s.scalars(select(Programme))}
        existing_vals = {c: {f: getattr(p, f) for f in FIELDS} for c, p in existing.items()}
    seen: dict[str, int] = {}
    for row_no, raw in sheet.rows:
        v: dict[str, Any] = {}
        row_errors: list[Issue] = []

        def err(col: str, msg: str, row_no: int = row_no, row_errors: list[Issue] = row_errors) -> None:
            row_errors.append(Issue(row_no, head.get(col, col), msg))

        for col, value in raw.items():
            if is_formula(value):
                err(col, f"formula '{value}' is not accepted; paste the values instead")
        if row_errors:
            errors.extend(row_errors)
            continue
        code = rules.clean_text(raw.get("code")).upper()
        if not code or len(code) > 24:
            err("code", "the programme code is required (at most 24 characters)")
        elif code in seen:
            err("code", f"programme {code} appears twice in the file (also row {seen[code]})")
        else:
            seen[code] = row_no
        v["label_fr"] = rules.clean_text(raw.get("label_fr"))
        if not v["label_fr"] or len(v["label_fr"]) > 200:
            err("label_fr", "the French label is required (at most 200 characters)")
        v["label_ar"] = rules.clean_text(raw.get("label_ar"))
        if v["label_ar"] and not rules.has_arabic(v["label_ar"]):
            err("label_ar", f"the Arabic label '{v['label_ar']}' must be written in Arabic script")
        level = rules.clean_text(raw.get("level")).upper()
        if level not in LEVELS:
            err("level", f"level '{level}' must be one of {', '.join(LEVELS)}")
        v["level"] = level
        try:
            months = int(float(rules.clean_text(raw.get("duration_months")) or "x"))
            if not 1 <= months <= 60:
                raise ValueError
            v["duration_months"] = months
        except ValueError:
            err("duration_months", f"duration '{rules.clean_text(raw.get('duration_months'))}' must be 1–60 months")
        sector = rules.clean_text(raw.get("sector")).upper()
        if sector not in sectors:
            err("sector", f"sector '{sector}' does not exist in the catalogue")
        else:
            v["sector_id"] = sectors[sector]
        try:
            v["diploma"] = (rules.normalise_bool(raw.get("diploma"), what="diploma")
                            if "diploma" in sheet.columns and rules.clean_text(raw.get("diploma")) else level != "CERT")
        except rules.RuleError as exc:
            err("diploma", str(exc))
        hours = rules.clean_text(raw.get("soft_skills_hours")) or "0"
        try:
            v["soft_skills_hours"] = int(float(hours))
        except ValueError:
            err("soft_skills_hours", f"'{hours}' is not a number of hours")
        errors.extend(row_errors)
        if not row_errors:
            parsed.append((row_no, {"code": code, **v}))
        cancel.check()
    new = [p for _, p in parsed if p["code"] not in existing_vals]
    changed = [p for _, p in parsed if p["code"] in existing_vals
               and any(existing_vals[p["code"]][f] != p[f] for f in FIELDS)]
    write = not dry_run and not errors
    if write and (new or changed):
        with svc.write() as s:
            for p in new:
                s.add(Programme(**{k: p[k] for k in ("code", *FIELDS)}, updated_by=svc.actor.label))
            for p in changed:
                obj = s.scalar(select(Programme).where(Programme.code == p["code"]))
                assert obj is not None
                for f in FIELDS:
                    setattr(obj, f, p[f])
                obj.updated_by = svc.actor.label
    progress(len(sheet.rows), len(sheet.rows), "done")
    bad_rows = {e.row for e in errors}
    return ImportResult(
        path=str(path), layout="programmes", rows=len(sheet.rows), new=len(new), updated=len(changed),
        unchanged=len(parsed) - len(new) - len(changed), rejected=len(bad_rows), errors=tuple(errors),
        warnings=(), unknown_columns=tuple(sheet.unknown), written=write and bool(new or changed), dry_run=dry_run)
