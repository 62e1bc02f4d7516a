"""Trainee import from Excel: the program's own template or the headquarters' enrolment export.

The whole file is validated before anything is written. Without ``valid_only`` a single bad
row means nothing is written; with it, the valid rows go in as one transaction and the rejected
ones are saved next to the input with a reason column. Matching is by matricule, so importing
the same file twice changes nothing; only the columns present in the file are compared and
updated (the headquarters export has no e-mail column, and must not blank the e-mails).

Writes use executemany (Core inserts/updates), because ORM unit-of-work for 10,000 rows costs
seconds; versions, timestamps and ``updated_by`` are set here as the ORM would.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, func, insert, select, update

from cmc_desktop.db.models import AcademicYear, Enrolment, Group, Programme, Trainee
from cmc_desktop.excel.reader import Sheet, is_formula, read_sheet
from cmc_desktop.excel.writer import write_table
from cmc_desktop.progress import CancelToken, ProgressReporter
from cmc_desktop.registry import rules
from cmc_desktop.registry.dto import ImportResult, Issue
from cmc_desktop.text import fold

if TYPE_CHECKING:
    from cmc_desktop.registry.service import RegistryService

# canonical field → accepted header spellings (matching ignores case, accents, spaces, punctuation)
SPEC: dict[str, tuple[str, ...]] = {
    "matricule": ("Matricule", "MatriculeEtudiant", "Matricule etudiant", "N° matricule"),
    "last_name": ("Nom", "Nom (fr)", "Last name"),
    "first_name": ("Prénom", "Prenom", "Prénom (fr)", "First name"),
    "last_name_ar": ("Nom (ar)", "Nom arabe", "النسب", "NomAr"),
    "first_name_ar": ("Prénom (ar)", "Prénom arabe", "الاسم", "PrenomAr"),
    "sex": ("Sexe", "Genre", "Sex"),
    "birth_date": ("Date de naissance", "DateNaissance", "Né le", "Birth date"),
    "cin": ("CIN", "CNIE", "N° CIN"),
    "massar": ("Code Massar", "Massar", "CodeMassar"),
    "phone": ("Téléphone", "NTelelephone", "NTelephone", "Tel", "GSM", "Phone"),
    "email": ("E-mail", "Email", "Courriel"),
    "group": ("Groupe", "CodeDiplome", "Code groupe", "Group"),
    "status": ("Statut", "Etat", "Status"),
    "address": ("Adresse", "Address"),
    "home_locality": ("Localité", "Localite", "Commune", "Locality"),
    "distance_km": ("Distance (km)", "Distance", "DistanceKm"),
    "remote_area": ("Zone éloignée", "Rural", "Zone rurale", "Remote"),
    "guardian_name": ("Tuteur", "Nom du tuteur", "Guardian"),
    "guardian_phone": ("Téléphone tuteur", "Tel tuteur", "Guardian phone"),
    "bridging": ("Passerelle", "Bridging"),
    "hq_enrolment_id": ("id_inscription", "Id inscription"),
    "year_label": ("anneeEtude", "Année d'étude"),
    "programme_label": ("LibelleLong", "Libellé long"),
    "school_level": ("niveau_scolaire", "Niveau scolaire"),
}
REQUIRED = ("matricule", "last_name", "first_name", "sex", "birth_date", "group")
# The template's columns, in order: the export writes exactly these, so it re-imports unchanged.
TEMPLATE: tuple[tuple[str, str], ...] = (
    ("matricule", "Matricule"), ("last_name", "Nom"), ("first_name", "Prénom"),
    ("last_name_ar", "Nom (ar)"), ("first_name_ar", "Prénom (ar)"), ("sex", "Sexe"),
    ("birth_date", "Date de naissance"), ("cin", "CIN"), ("massar", "Code Massar"), ("phone", "Téléphone"),
    ("email", "E-mail"), ("group", "Groupe"), ("status", "Statut"), ("address", "Adresse"),
    ("home_locality", "Localité"), ("distance_km", "Distance (km)"), ("remote_area", "Zone éloignée"),
    ("guardian_name", "Tuteur"), ("guardian_phone", "Téléphone tuteur"), ("bridging", "Passerelle"),
)
# Trainee columns compared on re-import (only those present in the file).
TRAINEE_FIELDS = ("last_name", "first_name", "last_name_ar", "first_name_ar", "sex", "birth_date", "cin",
                  "massar", "phone", "email", "address", "home_locality", "distance_km", "remote_area",
                  "guardian_name", "guardian_phone", "bridging")
_LIBELLE = re.compile(r"^([^_]+)_([^_]+)_([^_]+)_([^-]+)-(.*)$")
CHUNK = 500
# Names repeat a great deal in a city (the same first names, family names); folding is the
# costliest step of building search keys, so fold each distinct name once per process.
_fold = lru_cache(maxsize=65_536)(fold)


def search_key(last: str, first: str, last_ar: str | None, first_ar: str | None, matricule: str,
               cin: str | None) -> str:
    """Exactly ``cmc_desktop.text.search_key`` for these six parts: matricules are digits and CINs
    ASCII letters and digits (validated), so folding them is lower-casing."""
    parts = (_fold(last) if last else None, _fold(first) if first else None,
             _fold(last_ar) if last_ar else None, _fold(first_ar) if first_ar else None,
             matricule or None, cin.lower() if cin else None)
    return "|".join(p for p in parts if p is not None)


@dataclass
class _Row:
    sheet_row: int
    raw: dict[str, Any]
    values: dict[str, Any] = field(default_factory=dict)
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    group: _GroupInfo | None = None
    existing_id: int | None = None
    changes: list[str] = field(default_factory=list)
    enrol_action: str = ""  # "" | insert | update


@dataclass(frozen=True)
class _GroupInfo:
    id: int
    code: str
    year_id: int
    year_start: dt.date
    year_of_study: int
    capacity: int
    level: str
    programme_code: str
    current: bool


class TraineeImporter:
    def __init__(self, svc: RegistryService, path: Path) -> None:
        self.svc = svc
        self.ctx = svc.ctx
        self.path = path
        self.today = self.ctx.clock.today()

    # --- entry point ---------------------------------------------------------------------
    def run(self, *, dry_run: bool, valid_only: bool, progress: ProgressReporter,
            cancel: CancelToken) -> ImportResult:
        progress(0, 0, "reading")
        sheet = read_sheet(self.path, SPEC, required=REQUIRED)
        layout = "hq" if {"hq_enrolment_id", "programme_label"} & set(sheet.columns) else "template"
        total = len(sheet.rows)
        cancel.check()
        with self.svc.read() as s:
            groups = self._groups(s)
            rows = self._parse(sheet, groups, progress, cancel)
            self._cross_check(s, sheet, rows, cancel)
        errors = [e for r in rows for e in r.errors]
        warnings = [w for r in rows for w in r.warnings]
        good = [r for r in rows if not r.errors]
        bad = [r for r in rows if r.errors]
        write = not dry_run and (valid_only or not errors)
        rejected_file = None
        n_new = sum(1 for r in good if r.existing_id is None)
        n_updated = sum(1 for r in good if r.existing_id is not None and (r.changes or r.enrol_action))
        if write and good:
            self._write(good, sheet, progress, cancel)
        if write and valid_only and bad:
            rejected_file = str(self._save_rejected(sheet, bad))
        changed = Counter(c for r in good for c in r.changes)
        return ImportResult(
            path=str(self.path), layout=layout, rows=total,
            new=n_new, updated=n_updated, unchanged=len(good) - n_new - n_updated,
            rejected=len(bad), errors=tuple(errors), warnings=tuple(warnings),
            unknown_columns=tuple(sheet.unknown), written=write and bool(good), dry_run=dry_run,
            rejected_file=rejected_file, changed_fields=dict(changed))

    # --- reference data ------------------------------------------------------------------
    def _groups(self, s: Any) -> dict[str, _GroupInfo]:
        """Group code → group, the current academic year winning over older years."""
        out: dict[str, _GroupInfo] = {}
        q = (select(Group.id, Group.code, Group.academic_year_id, AcademicYear.starts_on, Group.year_of_study,
                    Group.capacity, Programme.level, Programme.code, AcademicYear.current)
             .join(AcademicYear, AcademicYear.id == Group.academic_year_id)
             .join(Programme, Programme.id == Group.programme_id)
             .order_by(AcademicYear.current.asc(), AcademicYear.starts_on.asc()))
        self.groups_by_id: dict[int, _GroupInfo] = {}
        for r in s.execute(q):
            info = _GroupInfo(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]))
            out[r[1].upper()] = self.groups_by_id[info.id] = info
        return out

    # --- per-row validation ---------------------------------------------------------------
    def _parse(self, sheet: Sheet, groups: dict[str, _GroupInfo], progress: ProgressReporter,
               cancel: CancelToken) -> list[_Row]:
        head = sheet.headers
        present = set(sheet.columns)
        out: list[_Row] = []
        total = len(sheet.rows)
        for n, (row_no, raw) in enumerate(sheet.rows, start=1):
            r = _Row(row_no, raw)
            v = r.values

            def err(col: str, msg: str, code: str = "", *args: object, r: _Row = r) -> None:
                r.errors.append(Issue(r.sheet_row, head.get(col, col), msg, "error", code,
                                      tuple(str(a) for a in args)))

            def warn(col: str, msg: str, code: str = "", *args: object, r: _Row = r) -> None:
                r.warnings.append(Issue(r.sheet_row, head.get(col, col), msg, "warning", code,
                                        tuple(str(a) for a in args)))

            formula = False
            for col, value in raw.items():
                if is_formula(value):
                    err(col, f"formula '{value}' is not accepted; paste the values instead", "formula", value)
                    formula = True
            if formula:
                out.append(r)
                continue

            def take(col: str, fn: Any, what: str | None = None, r: _Row = r) -> None:
                if col not in present:
                    return
                try:
                    r.values[col] = fn(r.raw.get(col), what=what) if what else fn(r.raw.get(col))
                except rules.RuleError as exc:
                    r.errors.append(Issue(r.sheet_row, head.get(col, col), str(exc), "error", exc.code,
                                          (rules.clean_text(r.raw.get(col)),)))

            take("matricule", rules.normalise_matricule)
            take("last_name", rules.normalise_latin_name, what="last name")
            take("first_name", rules.normalise_latin_name, what="first name")
            take("last_name_ar", rules.normalise_arabic_name, what="Arabic last name")
            take("first_name_ar", rules.normalise_arabic_name, what="Arabic first name")
            take("sex", rules.normalise_sex)
            take("birth_date", rules.parse_date, what="birth date")
            take("cin", rules.normalise_cin)
            take("massar", rules.normalise_massar)
            take("phone", rules.normalise_phone)
            take("email", rules.normalise_email)
            take("guardian_phone", rules.normalise_phone, what="guardian phone")
            take("distance_km", rules.normalise_distance)
            take("remote_area", rules.normalise_bool, what="remote area")
            take("bridging", rules.normalise_bool, what="bridging")
            take("status", rules.normalise_status)
            for col, limit in (("address", 250), ("home_locality", 120), ("guardian_name", 120),
                               ("school_level", 60), ("hq_enrolment_id", 32)):
                if col in present:
                    text = rules.clean_text(raw.get(col))
                    if len(text) > limit:
                        err(col, f"longer than {limit} characters", "too_long", text)
                    v[col] = text or None
            code = rules.clean_text(raw.get("group")).upper()
            if not code:
                err("group", "the group code is required", "required")
            else:
                r.group = groups.get(code)
                if r.group is None:
                    err("group", f"group '{code}' does not exist in the catalogue; create it first or correct the code",
                        "group_unknown", code)
            if r.group is not None and "programme_label" in present:
                m = _LIBELLE.match(rules.clean_text(raw.get("programme_label")))
                if m and m.group(2).upper() != r.group.programme_code.upper():
                    warn("programme_label", f"programme {m.group(2)} in LibelleLong differs from group "
                                            f"{r.group.code}'s programme {r.group.programme_code}",
                         "programme_mismatch", m.group(2), r.group.code, r.group.programme_code)
            if "birth_date" in v:
                birth = v["birth_date"]
                try:
                    rules.check_birth_date(birth, self.today)
                    if r.group is not None:
                        rules.check_age(birth, r.group.level, r.group.year_start, bridging=bool(v.get("bridging")))
                except rules.RuleError as exc:
                    err("birth_date", str(exc), exc.code, f"{birth:%d/%m/%Y}")
                if "matricule" in v:
                    w = rules.matricule_birth_warning(v["matricule"], birth)
                    if w:
                        warn("matricule", w, "matricule_birth", v["matricule"], f"{birth:%d/%m/%Y}")
            out.append(r)
            if n % 1000 == 0:
                cancel.check()
                progress(n, total, "checking")
        return out

    # --- checks across rows and against the database --------------------------------------
    def _cross_check(self, s: Any, sheet: Sheet, rows: list[_Row], cancel: CancelToken) -> None:
        head = sheet.headers
        present = set(sheet.columns)
        seen_mat: dict[str, int] = {}
        seen_cin: dict[str, int] = {}
        for r in rows:
            mat = r.values.get("matricule")
            if mat:
                if mat in seen_mat:
                    r.errors.append(Issue(r.sheet_row, head["matricule"],
                                          f"matricule {mat} appears twice in the file (also row {seen_mat[mat]})",
                                          "error", "twice_in_file", (mat, str(seen_mat[mat]))))
                else:
                    seen_mat[mat] = r.sheet_row
            cin = r.values.get("cin")
            if cin:
                if cin in seen_cin:
                    r.errors.append(Issue(r.sheet_row, head["cin"],
                                          f"CIN {cin} appears twice in the file (also row {seen_cin[cin]})",
                                          "error", "twice_in_file", (cin, str(seen_cin[cin]))))
                else:
                    seen_cin[cin] = r.sheet_row
        # Existing trainees with these matricules, and owners of these CINs.
        cols = [Trainee.id, Trainee.matricule, Trainee.current_group_id, Trainee.current_status,
                *[getattr(Trainee, f) for f in TRAINEE_FIELDS]]
        existing: dict[str, dict[str, Any]] = {}
        mats = list(seen_mat)
        for i in range(0, len(mats), CHUNK):
            for rec in s.execute(select(*cols).where(Trainee.matricule.in_(mats[i:i + CHUNK]))):
                existing[rec.matricule] = dict(rec._mapping)
            cancel.check()
        cin_owner: dict[str, str] = {}
        cins = list(seen_cin)
        for i in range(0, len(cins), CHUNK):
            for c, m in s.execute(select(Trainee.cin, Trainee.matricule).where(Trainee.cin.in_(cins[i:i + CHUNK]))):
                cin_owner[c] = m
        enrolments: dict[tuple[int, int], tuple[int, int, str]] = {}
        ids = [e["id"] for e in existing.values()]
        for i in range(0, len(ids), CHUNK):
            for eid, tid, year, gid, st in s.execute(
                    select(Enrolment.id, Enrolment.trainee_id, Enrolment.academic_year_id, Enrolment.group_id,
                           Enrolment.status).where(Enrolment.trainee_id.in_(ids[i:i + CHUNK]))):
                enrolments[(tid, year)] = (eid, gid, st)
        load: Counter[int] = Counter()
        group_ids = {r.group.id for r in rows if r.group}
        if group_ids:
            load.update(dict(s.execute(
                select(Trainee.current_group_id, func.count()).where(
                    Trainee.current_group_id.in_(group_ids), Trainee.current_status == "active")
                .group_by(Trainee.current_group_id)).all()))
        for r in rows:
            mat = r.values.get("matricule")
            cur = existing.get(mat) if mat else None
            cin = r.values.get("cin")
            if cin and cin_owner.get(cin) not in (None, mat):
                r.errors.append(Issue(r.sheet_row, head["cin"],
                                      f"CIN {cin} already belongs to the trainee with matricule {cin_owner[cin]}",
                                      "error", "cin_taken", (cin, cin_owner[cin])))
            if cur is not None and r.group is not None:
                # Group codes repeat every academic year: the trainee's own group keeps its year.
                own = self.groups_by_id.get(cur["current_group_id"])
                if own is not None and own.code.upper() == r.group.code.upper():
                    r.group = own
            if cur is not None:
                same_birth = cur["birth_date"] == r.values.get("birth_date")
                same_name = rules._plain(cur["last_name"]) == rules._plain(r.values.get("last_name") or "")
                if not same_birth and not same_name:
                    owner = f"{cur['last_name']} {cur['first_name']}"
                    r.errors.append(Issue(
                        r.sheet_row, head["matricule"],
                        f"matricule {mat} already belongs to {owner} "
                        f"born {cur['birth_date']:%d/%m/%Y} in the database; this row names another person",
                        "error", "matricule_other_person", (mat, owner, f"{cur['birth_date']:%d/%m/%Y}")))
            if r.errors:
                continue
            status = r.values.get("status")
            if cur is None:
                r.enrol_action = "insert"
                status = status or "active"
            else:
                r.existing_id = cur["id"]
                for f in TRAINEE_FIELDS:
                    if f in present:
                        new = r.values.get(f)
                        if f in ("remote_area", "bridging"):
                            new, old = bool(new), bool(cur[f])
                        else:
                            old = cur[f]
                        if new != old:
                            r.changes.append(f)
                assert r.group is not None
                enr = enrolments.get((cur["id"], r.group.year_id))
                if enr is None:
                    r.enrol_action = "insert"
                    status = status or "active"
                else:
                    r.values["_enrolment_id"] = enr[0]
                    status = status or enr[2]
                    if enr[1] != r.group.id or enr[2] != status:
                        r.enrol_action = "update"
                        r.changes.append("group" if enr[1] != r.group.id else "status")
                        if enr[1] != r.group.id and enr[2] != status:
                            r.changes.append("status")
            r.values["_status"] = status
            # Guardian: the file's value, else what the database already knows.
            g_phone = r.values.get("guardian_phone") if "guardian_phone" in present else (cur or {}).get("guardian_phone")
            w = rules.minor_guardian_warning(r.values["birth_date"], self.today, None, g_phone)
            if w:
                col = "guardian_phone" if "guardian_phone" in present else "birth_date"
                r.warnings.append(Issue(r.sheet_row, head.get(col, "Téléphone tuteur"), w, "warning", "minor_no_guardian",
                                        (str(rules.age_on(r.values["birth_date"], self.today)),)))
            assert r.group is not None
            joins = status == "active" and (cur is None or cur["current_group_id"] != r.group.id
                                            or cur["current_status"] != "active")
            if joins:
                load[r.group.id] += 1
                w = rules.capacity_warning(r.group.code, load[r.group.id], r.group.capacity)
                if w:
                    r.warnings.append(Issue(r.sheet_row, head["group"], w, "warning", "group_full",
                                            (r.group.code, str(load[r.group.id]), str(r.group.capacity))))

    # --- writing ---------------------------------------------------------------------------
    def _write(self, rows: list[_Row], sheet: Sheet, progress: ProgressReporter, cancel: CancelToken) -> None:
        present = set(sheet.columns)
        now = self.ctx.clock.now()
        who = self.svc.actor.label
        new_rows = [r for r in rows if r.existing_id is None]
        upd_rows = [r for r in rows if r.existing_id is not None and set(r.changes) & set(TRAINEE_FIELDS)]
        with self.svc.write() as s:
            cancel.check()
            if new_rows:
                payload = []
                for r in new_rows:
                    v = r.values
                    assert r.group is not None
                    payload.append({
                        "uuid": uuid.uuid4(), "created_at": now, "updated_at": now, "updated_by": who, "version": 1,
                        "matricule": v["matricule"], "cin": v.get("cin"), "massar": v.get("massar"),
                        "last_name": v["last_name"], "first_name": v["first_name"],
                        "last_name_ar": v.get("last_name_ar"), "first_name_ar": v.get("first_name_ar"),
                        "sex": v["sex"], "birth_date": v["birth_date"], "phone": v.get("phone"),
                        "email": v.get("email"), "address": v.get("address"), "home_locality": v.get("home_locality"),
                        "distance_km": v.get("distance_km"), "remote_area": bool(v.get("remote_area")),
                        "guardian_name": v.get("guardian_name"), "guardian_phone": v.get("guardian_phone"),
                        "special_needs": None, "bridging": bool(v.get("bridging")), "anonymised": False,
                        "search_key": search_key(v["last_name"], v["first_name"], v.get("last_name_ar"),
                                                 v.get("first_name_ar"), v["matricule"], v.get("cin")),
                        "current_group_id": r.group.id,  # a new trainee's first enrolment is current
                        "current_status": v["_status"],
                    })
                conn = s.connection()  # Core executemany: the ORM bulk path adds ~40 % per row
                for i in range(0, len(payload), 2000):
                    conn.execute(insert(Trainee.__table__), payload[i:i + 2000])
                    cancel.check()
                    progress(i, len(rows), "writing")
                mats = [r.values["matricule"] for r in new_rows]
                ids: dict[str, int] = {}
                for i in range(0, len(mats), CHUNK):
                    ids.update(dict(s.execute(select(Trainee.matricule, Trainee.id)
                                              .where(Trainee.matricule.in_(mats[i:i + CHUNK]))).all()))
                for r in new_rows:
                    r.existing_id = ids[r.values["matricule"]]
            if upd_rows:
                cols = [f for f in TRAINEE_FIELDS if f in present]
                params = []
                for r in upd_rows:
                    p = {"b_id": r.existing_id, "b_now": now, "b_who": who}
                    p.update({f"b_{f}": r.values.get(f) if f not in ("remote_area", "bridging")
                              else bool(r.values.get(f)) for f in cols})
                    params.append(p)
                changed_names = [r for r in upd_rows if {"last_name", "first_name", "last_name_ar", "first_name_ar",
                                                         "cin"} & set(r.changes)]
                t = Trainee.__table__
                stmt = (update(t).where(t.c.id == bindparam("b_id"))
                        .values(updated_at=bindparam("b_now"), updated_by=bindparam("b_who"),
                                version=t.c.version + 1, **{f: bindparam(f"b_{f}") for f in cols}))
                s.connection().execute(stmt, params)
                if changed_names:
                    key_rows = s.execute(select(Trainee.id, Trainee.last_name, Trainee.first_name, Trainee.last_name_ar,
                                                Trainee.first_name_ar, Trainee.matricule, Trainee.cin)
                                         .where(Trainee.id.in_([r.existing_id for r in changed_names]))).all()
                    s.connection().execute(
                        update(t).where(t.c.id == bindparam("b_id")).values(search_key=bindparam("b_key")),
                        [{"b_id": k[0], "b_key": search_key(*k[1:])} for k in key_rows])
            # Enrolments: one per trainee and academic year; the history of other years stays.
            e_new, e_upd, cur_upd = [], [], []
            for r in rows:
                assert r.group is not None and r.existing_id is not None
                status = r.values["_status"]
                if r.enrol_action == "insert":
                    e_new.append({
                        "uuid": uuid.uuid4(), "created_at": now, "updated_at": now, "updated_by": who,
                        "version": 1, "trainee_id": r.existing_id, "academic_year_id": r.group.year_id,
                        "group_id": r.group.id, "year_of_study": r.group.year_of_study, "status": status,
                        "status_since": self.today,
                        "ended_on": self.today if status in ("dropped", "graduated") else None,
                        "hq_enrolment_id": r.values.get("hq_enrolment_id"), "school_level": r.values.get("school_level"),
                    })
                elif r.enrol_action == "update":
                    e_upd.append({"b_id": r.values["_enrolment_id"], "b_group": r.group.id,
                                  "b_yos": r.group.year_of_study, "b_status": status, "b_now": now, "b_who": who,
                                  "b_since": self.today,
                                  "b_ended": self.today if status in ("dropped", "graduated") else None})
                if r.enrol_action and r.group.current:
                    cur_upd.append({"b_id": r.existing_id, "b_group": r.group.id, "b_status": status})
            for i in range(0, len(e_new), 2000):
                s.connection().execute(insert(Enrolment.__table__), e_new[i:i + 2000])
            e = Enrolment.__table__
            if e_upd:
                s.connection().execute(
                    update(e).where(e.c.id == bindparam("b_id")).values(
                        group_id=bindparam("b_group"), year_of_study=bindparam("b_yos"), status=bindparam("b_status"),
                        status_since=bindparam("b_since"), ended_on=bindparam("b_ended"),
                        updated_at=bindparam("b_now"), updated_by=bindparam("b_who"), version=e.c.version + 1), e_upd)
            t = Trainee.__table__
            if cur_upd:
                s.connection().execute(
                    update(t).where(t.c.id == bindparam("b_id")).values(
                        current_group_id=bindparam("b_group"), current_status=bindparam("b_status")), cur_upd)
            self._journal(s, new_rows, rows, now)
            cancel.check()  # last chance: cancelling here rolls everything back
            progress(len(rows), len(rows), "committing")

    def _journal(self, s: Any, new_rows: list[_Row], rows: list[_Row], now: dt.datetime) -> None:
        """One audit entry for the whole import: executemany bypasses the per-row ORM journal."""
        try:
            from cmc_desktop.security import audit
        except ImportError:  # the security area is not installed
            return
        fresh = {id(r) for r in new_rows}
        updated = [r for r in rows if id(r) not in fresh and (r.changes or r.enrol_action)]
        audit.append(s, "import", "trainees", {
            "file": self.path.name, "new": len(new_rows), "updated": len(updated),
            "changed_fields": dict(Counter(c for r in updated for c in r.changes)),
            "updated_matricules": [r.values["matricule"] for r in updated][:1000],
        }, at=now, actor=self.svc.actor.label, area="registry")

    def _save_rejected(self, sheet: Sheet, bad: list[_Row]) -> Path:
        """The rejected rows, as read, with their sheet row and reasons, next to the input."""
        cols = list(sheet.columns)
        out = self.path.with_name(f"{self.path.stem}.rejected.xlsx")
        headers = ["Ligne / Row", *[sheet.headers[c] for c in cols], "Motif / Reason"]
        data = ([r.sheet_row, *[_cell(r.raw.get(c)) for c in cols], "; ".join(
            f"{e.column}: {e.message}" if e.column else e.message for e in r.errors)] for r in bad)
        return write_table(out, headers, data, sheet_title="Rejected", total=len(bad))


def _cell(value: Any) -> Any:
    return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value
