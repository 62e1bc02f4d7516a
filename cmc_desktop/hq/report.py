"""National report at headquarters: indicators per city and in total, from the consolidated rows.

Trainees are linked to their group, programme and sector through the UUIDs the packages carry
(each city has its own UUIDs, so links are resolved within a city). Tables an area adds to the
export profile later show up in the per-table counts without a change here; meals, residence
stays, library loans and insertion surveys get their own figures when present.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from cmc_desktop.db.models.sync import HqCity, HqPackage, HqRow
from cmc_desktop.errors import ValidationError
from cmc_desktop.security.permissions import Perm

if TYPE_CHECKING:
    from cmc_desktop.bootstrap import AppContext

TOTAL = "ALL"
LEVELS = ("Q", "T", "TS", "SPEC", "CERT")


@dataclass
class NationalFigures:
    cities: list[str]
    last_package: dict[str, dt.datetime | None]
    sequence: dict[str, int]
    active: Counter = field(default_factory=Counter)  # city → n
    by_sex: Counter = field(default_factory=Counter)  # (city, sex)
    by_level: Counter = field(default_factory=Counter)  # (city, level)
    by_sector: Counter = field(default_factory=Counter)  # (city, sector code)
    sector_names: dict[str, str] = field(default_factory=dict)
    table_rows: Counter = field(default_factory=Counter)  # (city, table)
    meals_by_month: Counter = field(default_factory=Counter)  # (city, YYYY-MM)
    residents: Counter = field(default_factory=Counter)  # city → stays without check-out
    loans: Counter = field(default_factory=Counter)  # (city, "all" | "open")
    surveys: Counter = field(default_factory=Counter)  # (city, wave, "total" | "known" | "inserted")


def collect(ctx: AppContext) -> NationalFigures:
    ctx.actor.require(Perm.SYNC_HQ)
    with ctx.read_sf() as s:
        cities = {c.id: c for c in s.scalars(select(HqCity).order_by(HqCity.code))}
        packages = dict(s.execute(select(HqPackage.city_id, func.count()).group_by(HqPackage.city_id)).all())
        figs = NationalFigures([c.code for c in cities.values()],
                               {c.code: c.last_created_utc for c in cities.values()},
                               {c.code: c.last_sequence for c in cities.values()})
        for city_id, table, n in s.execute(select(HqRow.city_id, HqRow.table_name, func.count())
                                           .where(HqRow.deleted.is_(False))
                                           .group_by(HqRow.city_id, HqRow.table_name)):
            figs.table_rows[(cities[city_id].code, table)] = n
        data: dict[tuple[int, str], dict[str, dict[str, Any]]] = defaultdict(dict)
        wanted = ("sectors", "programmes", "groups", "trainees", "meal_services", "residence_stays", "lib_loans",
                  "career_surveys")
        q = (select(HqRow.city_id, HqRow.table_name, HqRow.data)
             .where(HqRow.deleted.is_(False), HqRow.table_name.in_(wanted)))
        for city_id, table, row in s.execute(q).yield_per(5000):
            if row:
                data[(city_id, table)][row["uuid"]] = row
    del packages
    for city_id, city in cities.items():
        code = city.code
        sectors = data.get((city_id, "sectors"), {})
        programmes = data.get((city_id, "programmes"), {})
        groups = data.get((city_id, "groups"), {})
        for sec in sectors.values():
            figs.sector_names.setdefault(sec.get("code", "?"), sec.get("name_fr", ""))
        for t in data.get((city_id, "trainees"), {}).values():
            if t.get("current_status") != "active":
                continue
            figs.active[code] += 1
            figs.by_sex[(code, t.get("sex") or "?")] += 1
            prog = programmes.get((groups.get(t.get("current_group_uuid") or "") or {}).get("programme_uuid") or "")
            level = (prog or {}).get("level") or "?"
            sector = (sectors.get((prog or {}).get("sector_uuid") or "") or {}).get("code") or "?"
            figs.by_level[(code, level)] += 1
            figs.by_sector[(code, sector)] += 1
        figs.residents[code] = sum(1 for st in data.get((city_id, "residence_stays"), {}).values()
                                   if not st.get("check_out"))
        for loan in data.get((city_id, "lib_loans"), {}).values():
            figs.loans[(code, "all")] += 1
            figs.loans[(code, "open")] += 0 if loan.get("returned_at") else 1
        for sv in data.get((city_id, "career_surveys"), {}).values():
            wave = int(sv.get("wave") or 0)
            outcome = sv.get("outcome") or "unknown"
            figs.surveys[(code, wave, "total")] += 1
            figs.surveys[(code, wave, "known")] += outcome != "unknown"
            figs.surveys[(code, wave, "inserted")] += outcome in ("employed", "self_employed")
        for meal in data.get((city_id, "meal_services"), {}).values():
            day = str(meal.get("meal_date") or "")
            if len(day) >= 7:
                figs.meals_by_month[(code, day[:7])] += 1
    return figs


def _with_total(counter: Counter, cities: list[str], keys: list[str]) -> list[list[Any]]:
    rows = []
    for c in [*cities, TOTAL]:
        vals = [sum(counter[(x, k)] for x in cities) if c == TOTAL else counter[(c, k)] for k in keys]
        rows.append([c, *vals, sum(vals)])
    return rows


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "—"


def tables(figs: NationalFigures) -> dict[str, tuple[list[str], list[list[Any]]]]:
    cities = figs.cities
    sexes = ["F", "H"]
    sectors = sorted({k for (_c, k) in figs.by_sector})
    levels = [lv for lv in LEVELS if any(figs.by_level[(c, lv)] for c in cities)] + \
        sorted({k for (_c, k) in figs.by_level if k not in LEVELS})
    all_tables = sorted({t for (_c, t) in figs.table_rows})
    overview = []
    for c in cities:
        last = figs.last_package.get(c)
        overview.append([c, figs.sequence.get(c, 0), last.strftime("%Y-%m-%d %H:%M UTC") if last else "—",
                         figs.active[c], figs.by_sex[(c, "F")], figs.by_sex[(c, "H")]])
    overview.append([TOTAL, "", "", sum(figs.active.values()), sum(figs.by_sex[(c, "F")] for c in cities),
                     sum(figs.by_sex[(c, "H")] for c in cities)])
    out = {
        "Cities": (["City", "Last package", "Last package written", "Active trainees", "Women", "Men"], overview),
        "By sex": (["City", *sexes, "Total"], _with_total(figs.by_sex, cities, sexes)),
        "By level": (["City", *levels, "Total"], _with_total(figs.by_level, cities, levels)),
        "By sector": (["City", *sectors, "Total"], _with_total(figs.by_sector, cities, sectors)),
        "Records": (["City", *all_tables, "Total"], _with_total(figs.table_rows, cities, all_tables)),
    }
    services = []
    for c in [*cities, TOTAL]:
        pick = cities if c == TOTAL else [c]
        active = sum(figs.active[x] for x in pick)
        residents = sum(figs.residents[x] for x in pick)
        row: list[Any] = [c, active, residents, _pct(residents, active), "16%",
                          sum(figs.loans[(x, "all")] for x in pick), sum(figs.loans[(x, "open")] for x in pick)]
        for wave in (9, 36):
            total = sum(figs.surveys[(x, wave, "total")] for x in pick)
            known = sum(figs.surveys[(x, wave, "known")] for x in pick)
            inserted = sum(figs.surveys[(x, wave, "inserted")] for x in pick)
            row += [_pct(inserted, known), _pct(known, total)]
        services.append(row)
    out["Services"] = (["City", "Active trainees", "Residents", "Residence share", "Target", "Library loans",
                        "Loans out", "Insertion 9 months", "Knowledge 9 months", "Insertion 36 months",
                        "Knowledge 36 months"], services)
    months = sorted({m for (_c, m) in figs.meals_by_month})
    if months:
        out["Meals per month"] = (["City", *months, "Total"], _with_total(figs.meals_by_month, cities, months))
    return out


def write_report(ctx: AppContext, out: str | os.PathLike[str]) -> Path:
    path = Path(out)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise ValidationError(f"The report must end in .xlsx or .pdf, not '{path.suffix or path.name}'")
    figs = collect(ctx)
    data = tables(figs)
    if suffix == ".xlsx":
        from cmc_desktop.excel.writer import write_table

        (first, (h, r)), *rest = data.items()
        return write_table(path, h, r, sheet_title=first, extra_sheets=[(t, hh, rr) for t, (hh, rr) in rest])
    from cmc_desktop.reports import pdf

    st = pdf.styles()
    story: list[Any] = [pdf.para("National consolidation — Cities of Trades and Skills", st["title"]),
                        pdf.para(f"{len(figs.cities)} cities, {sum(figs.active.values())} active trainees, "
                                 f"generated {ctx.clock.now():%Y-%m-%d %H:%M} UTC", st["small"])]
    for title, (header, rows) in data.items():
        story += [pdf.para(title, st["h2"]), pdf.table(header, rows, numeric_cols=range(1, len(header))),
                  pdf.Spacer(1, 4 * pdf.mm)]
    return pdf.build(path, story, title="National report", city_line="Headquarters", landscape_mode=True)
