"""Residence documents: occupancy (PDF or Excel), the bilingual attestation d'hébergement,
residents per room and the waitlist, and the residents export.

Documents are in French with Arabic headings, like the city's other printed documents. Arabic
lines are short paragraphs of their own: reportlab wraps visual-order text from the left.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, Spacer

from cmc_desktop.errors import ValidationError
from cmc_desktop.progress import NEVER, NULL_PROGRESS, CancelToken, ProgressReporter
from cmc_desktop.reports import pdf

if TYPE_CHECKING:
    from cmc_desktop.residence.service import ResidenceService

SEX_FR = {"H": "Hommes", "F": "Femmes"}
LRE, PDF = "\u202a", "\u202c"  # keeps "2026-2027" in reading order inside Arabic (python-bidi 0.6)
SEX_AR = {"H": "الذكور", "F": "الإناث"}
STATUS_FR = {"present": "présent", "on leave": "en congé"}


@lru_cache(maxsize=1)
def _reshaper():  # noqa: ANN202
    from arabic_reshaper import ArabicReshaper

    # The one-glyph "Allah" ligature (U+FDF2) is missing from DejaVu Sans and prints as a box in
    # names such as عبد الله; the letters joined normally read the same.
    return ArabicReshaper(configuration={"ARABIC LIGATURE ALLAH": False})


def _shape_ar(text: str) -> str:
    from bidi.algorithm import get_display

    return get_display(_reshaper().reshape(text)) if pdf.has_arabic(text) else text


def _para_ar(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(pdf.esc(_shape_ar(text)), style)


def _ltr(text: str) -> str:
    return f"{LRE}{text}{PDF}"


def _suffix(out: Path, allowed: tuple[str, ...]) -> str:
    suffix = out.suffix.lower()
    if suffix not in allowed:
        raise ValidationError(f"Output file must end with {' or '.join(allowed)}, got '{out.name}'",
                              code="residence.format")
    return suffix


def _pct(x: float) -> str:
    return f"{x * 100:.1f} %"


def occupancy(svc: ResidenceService, out: str | Path, *, progress: ProgressReporter = NULL_PROGRESS,
              cancel: CancelToken = NEVER) -> Path:
    """Occupancy by building and floor, and against the 16 % target of active trainees."""
    out = Path(out)
    kind = _suffix(out, (".pdf", ".xlsx"))
    rep = svc.occupancy()
    cancel.check()
    header = ["Bâtiment", "Aile", "Étage", "Lits", "Hors service", "Occupés", "Réservés", "Libres", "Taux"]
    rows = [[ln.building, SEX_FR.get(ln.sex, ln.sex), "Total" if ln.floor is None else ln.floor, ln.beds,
             ln.out_of_service, ln.occupied, ln.reserved, ln.free, _pct(ln.rate)] for ln in rep.lines]
    summary = [
        ("Date", f"{rep.day:%d/%m/%Y}"),
        ("Lits en service", rep.beds),
        ("Résidents (présents ou en congé)", rep.occupied),
        ("dont en congé aujourd'hui", rep.on_leave),
        ("Lits libres", rep.free),
        ("Taux d'occupation", _pct(rep.rate)),
        ("Stagiaires actifs", rep.active_trainees),
        (f"Objectif : {rep.target_share * 100:.0f} % des stagiaires actifs", f"{rep.target_beds} places"),
        ("Part des stagiaires actifs hébergés", _pct(rep.housed_share)),
        ("Écart à l'objectif (places)", rep.occupied - rep.target_beds),
        ("Liste d'attente", rep.waitlist),
    ]
    progress(1, 2, "")
    if kind == ".xlsx":
        from cmc_desktop.excel.writer import write_table

        numeric = [[*r[:8], round(ln.rate, 4)] for r, ln in zip(rows, rep.lines, strict=True)]
        write_table(out, header, numeric, sheet_title="Occupation",
                    extra_sheets=[("Synthèse", ["Indicateur", "Valeur"], [list(x) for x in summary])],
                    cancel=cancel)
        progress(2, 2, "")
        return out
    st = pdf.styles()
    story = [
        pdf.para("الإقامة — نسبة الملء", st["title_ar"]),
        pdf.para("Résidence — taux d'occupation", st["title"]),
        pdf.para(f"Cité des Métiers et des Compétences — {rep.city}" if rep.city else
                 "Cité des Métiers et des Compétences", st["body"]),
        Spacer(1, 4 * pdf.mm),
        pdf.table(["Indicateur", "Valeur"], [list(x) for x in summary], [110 * pdf.mm, 60 * pdf.mm],
                  numeric_cols=(1,)),
        Spacer(1, 6 * pdf.mm),
        pdf.para("Occupation par bâtiment et par étage", st["h2"]),
        pdf.table(header, rows, numeric_cols=(3, 4, 5, 6, 7, 8)),
    ]
    pdf.build(out, story, title="Résidence — taux d'occupation", city_line=rep.city)
    progress(2, 2, "")
    return out


def certificate(svc: ResidenceService, matricule: str, out: str | Path) -> Path:
    """The bilingual Arabic/French attestation d'hébergement."""
    out = Path(out)
    _suffix(out, (".pdf",))
    c = svc.certificate(matricule)
    st = pdf.styles()
    period_fr = (f"depuis le {c.check_in:%d/%m/%Y}" if c.check_out is None
                 else f"du {c.check_in:%d/%m/%Y} au {c.check_out:%d/%m/%Y}")
    period_ar = (f"منذ {c.check_in:%d/%m/%Y}" if c.check_out is None
                 else f"من {c.check_in:%d/%m/%Y} إلى {c.check_out:%d/%m/%Y}")
    verb_fr = "est hébergé(e)" if c.check_out is None else "a été hébergé(e)"
    verb_ar = "مقيم(ة)" if c.check_out is None else "كان(ت) مقيما(ة)"
    name_ar = c.name_ar or c.name
    story = [
        pdf.para("المملكة المغربية", st["title_ar"]),
        pdf.para("Royaume du Maroc — Office de la Formation Professionnelle et de la Promotion du Travail",
                 st["small"]),
        pdf.para(f"مدينة المهن والكفاءات لجهة {c.city_ar}" if c.city_ar else "مدينة المهن والكفاءات", st["body_ar"]),
        pdf.para(f"Cité des Métiers et des Compétences — {c.city_fr}" if c.city_fr
                 else "Cité des Métiers et des Compétences", st["body"]),
        HRFlowable(width="100%", color=colors.HexColor("#17324d")),
        Spacer(1, 8 * pdf.mm),
        pdf.para("شهادة الإقامة", st["title_ar"]),
        pdf.para("ATTESTATION D'HÉBERGEMENT", st["title"]),
        Spacer(1, 6 * pdf.mm),
        pdf.para(f"Le Directeur de la Cité des Métiers et des Compétences {c.city_fr} atteste que "
                 f"{c.name}, né(e) le {c.birth_date:%d/%m/%Y}" + (f", CIN {c.cin}" if c.cin else "")
                 + f", matricule {c.matricule}, stagiaire" + (f" du groupe {c.group}" if c.group else "")
                 + (f" (filière « {c.programme} »)" if c.programme else "")
                 + f", {verb_fr} à la résidence des stagiaires de la Cité, {c.building}, chambre {c.room}, "
                 f"lit {c.bed}, {period_fr}" + (f", au titre de l'année de formation {c.year}" if c.year else "")
                 + ".", st["body"]),
        Spacer(1, 5 * pdf.mm),
        _para_ar("يشهد مدير مدينة المهن والكفاءات أن المتدرب(ة)", st["body_ar"]),
        _para_ar(name_ar, st["body_ar"]),
        _para_ar(f"رقم التسجيل {c.matricule}", st["body_ar"]),
        _para_ar(f"{verb_ar} بإقامة المتدربين بالمدينة", st["body_ar"]),
        _para_ar(f"{c.building_ar or c.building} — الغرفة {_ltr(c.room)} — السرير {_ltr(c.bed)}", st["body_ar"]),
        _para_ar(period_ar + (f" برسم السنة التكوينية {_ltr(c.year)}" if c.year else ""), st["body_ar"]),
        Spacer(1, 5 * pdf.mm),
        pdf.para("Cette attestation est délivrée à l'intéressé(e) pour servir et valoir ce que de droit.",
                 st["body"]),
        _para_ar("سلمت هذه الشهادة للمعني(ة) بالأمر للإدلاء بها عند الحاجة", st["body_ar"]),
        Spacer(1, 10 * pdf.mm),
        pdf.para(f"Fait à {c.site or c.city_fr}, le {c.issued_on:%d/%m/%Y} — réf. {c.reference}", st["body"]),
        pdf.para("Le Directeur / المدير", st["body"]),
    ]
    pdf.build(out, story, title="Attestation d'hébergement", city_line=c.city_fr)
    return out


def residents_by_room(svc: ResidenceService, out: str | Path) -> Path:
    """The list of residents per room (PDF or Excel)."""
    out = Path(out)
    kind = _suffix(out, (".pdf", ".xlsx"))
    rows = svc.residents_list()
    if kind == ".xlsx":
        return export_residents(svc, out, rows=rows)
    st = pdf.styles()
    story: list = [pdf.para("لائحة المقيمين حسب الغرف", st["title_ar"]),
                   pdf.para("Résidents par chambre", st["title"])]
    current = None
    chunk: list[list[object]] = []

    def flush() -> None:
        if chunk:
            head = pdf.para(f"Chambre {current}", st["h2"])
            t = pdf.table(["Lit", "Matricule", "Nom", "الاسم", "Entrée", "Statut"],
                          [[*r[:3], "", *r[4:]] for r in chunk],
                          [22 * pdf.mm, 32 * pdf.mm, 45 * pdf.mm, 35 * pdf.mm, 22 * pdf.mm, 22 * pdf.mm])
            for i, r in enumerate(chunk, start=1):  # Arabic names shaped without the missing ligature
                t._cellvalues[i][3] = _para_ar(str(r[3]), st["cell"])  # noqa: SLF001
            story.append(KeepTogether([head, t]))  # a room's heading never ends a page alone
            chunk.clear()

    for r in rows:
        if r.room != current:
            flush()
            current = r.room
        chunk.append([r.bed, r.matricule, r.name, r.name_ar, f"{r.check_in:%d/%m/%Y}", STATUS_FR.get(r.status, r.status)])
    flush()
    if not rows:
        story.append(pdf.para("Aucun résident.", st["body"]))
    pdf.build(out, story, title="Résidents par chambre")
    return out


def waitlist(svc: ResidenceService, out: str | Path, year: str | None = None) -> Path:
    out = Path(out)
    kind = _suffix(out, (".pdf", ".xlsx"))
    rows = svc.waitlist(year)
    header = ["Position", "Rang", "Matricule", "Nom", "Sexe", "Score", "Distance (km)", "Groupe"]
    data = [[r.waitlist_position, r.rank, r.matricule, r.name, r.sex, r.score, r.distance_km, r.group] for r in rows]
    if kind == ".xlsx":
        from cmc_desktop.excel.writer import write_table

        return write_table(out, header, data, sheet_title="Liste d'attente")
    st = pdf.styles()
    story = [pdf.para("لائحة الانتظار", st["title_ar"]), pdf.para("Résidence — liste d'attente", st["title"]),
             pdf.table(header, data, numeric_cols=(0, 1, 5, 6)) if data else pdf.para("Liste d'attente vide.",
                                                                                     st["body"])]
    pdf.build(out, story, title="Résidence — liste d'attente")
    return out


def export_residents(svc: ResidenceService, out: str | Path, *, rows: list | None = None,
                     progress: ProgressReporter = NULL_PROGRESS, cancel: CancelToken = NEVER) -> Path:
    """matricule, name, building, room, bed, check-in date, status."""
    from cmc_desktop.excel.writer import write_table

    out = Path(out)
    _suffix(out, (".xlsx",))
    rows = svc.residents_list() if rows is None else rows
    return write_table(out, ["Matricule", "Name", "Building", "Room", "Bed", "Check-in date", "Status"],
                       ([r.matricule, r.name, r.building, r.room, r.bed, r.check_in, r.status] for r in rows),
                       sheet_title="Residents", widths=[16, 32, 10, 12, 12, 14, 12], total=len(rows),
                       progress=progress, cancel=cancel)
