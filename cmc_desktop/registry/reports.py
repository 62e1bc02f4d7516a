"""PDF reports of the registry: the bilingual enrolment certificate and a group's class list.

Arabic lines are kept short and shaped one paragraph per line: reportlab wraps visual-order
text from the left, which would put the end of a long Arabic sentence on the first line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.platypus import HRFlowable, Spacer, Table, TableStyle
from sqlalchemy import func, select

from cmc_desktop.db.models import AcademicYear, Enrolment, Group, Programme, Region, Setting, Trainee
from cmc_desktop.errors import NotFound
from cmc_desktop.registry.rules import STATUS_LABELS_FR
from cmc_desktop.reports import pdf

if TYPE_CHECKING:
    from cmc_desktop.registry.service import RegistryService

LEVEL_FR = {"Q": "Qualification", "T": "Technicien", "TS": "Technicien Spécialisé", "SPEC": "Spécialisation",
            "CERT": "Formation qualifiante"}
LEVEL_AR = {"Q": "التأهيل", "T": "تقني", "TS": "تقني متخصص", "SPEC": "التخصص", "CERT": "تكوين تأهيلي"}
STATUS_AR = {"active": "مسجل", "suspended": "موقوف", "dropped": "منقطع", "graduated": "متخرج"}


def _ltr(text: str) -> str:
    """Keep a Latin/number run such as "2026-2027" in its own order inside an Arabic line:
    python-bidi reverses a hyphenated number in right-to-left text unless it is embedded."""
    return f"\u202a{text}\u202c"


def _city(s) -> tuple[str, str, str]:  # noqa: ANN001
    code = s.scalar(select(Setting.value).where(Setting.key == "city.region_code"))
    region = s.scalar(select(Region).where(Region.code == code)) if code else None
    if region is None:
        return "", "", ""
    return region.name_fr, region.name_ar, region.city_site


def certificate(svc: RegistryService, matricule: str, out: Path) -> Path:
    today = svc.ctx.clock.today()
    with svc.read() as s:
        t = s.scalar(select(Trainee).where(Trainee.matricule == matricule.strip()))
        if t is None:
            raise NotFound(f"No trainee has the matricule {matricule}", code="not_found")
        row = s.execute(
            select(Enrolment, Group, Programme, AcademicYear)
            .join(Group, Group.id == Enrolment.group_id).join(Programme, Programme.id == Group.programme_id)
            .join(AcademicYear, AcademicYear.id == Enrolment.academic_year_id)
            .where(Enrolment.trainee_id == t.id)
            .order_by(AcademicYear.current.desc(), AcademicYear.starts_on.desc())).first()
        if row is None:
            raise NotFound(f"Trainee {matricule} has no enrolment to certify", code="not_found")
        enrol, group, prog, year = row
        region_fr, region_ar, site = _city(s)
    st = pdf.styles()
    female = t.sex == "F"
    name_fr = f"{t.last_name.upper()} {t.first_name}"
    name_ar = " ".join(p for p in (t.first_name_ar, t.last_name_ar) if p) or name_fr
    civ = "Mme/Mlle" if female else "M."
    e = "e" if female else ""
    status_fr = {"active": f"est régulièrement inscrit{e}",
                 "suspended": f"est inscrit{e} (inscription suspendue)",
                 "dropped": f"a été inscrit{e} (formation interrompue le {enrol.ended_on or enrol.status_since:%d/%m/%Y})",
                 "graduated": f"a été inscrit{e} et a terminé sa formation"}.get(enrol.status, f"est inscrit{e}")
    story = [
        pdf.para("المملكة المغربية", st["title_ar"]),
        pdf.para("Royaume du Maroc — Office de la Formation Professionnelle et de la Promotion du Travail",
                 st["small"]),
        pdf.para(f"مدينة المهن والكفاءات لجهة {region_ar}" if region_ar else "مدينة المهن والكفاءات", st["body_ar"]),
        pdf.para(f"Cité des Métiers et des Compétences — {region_fr}" if region_fr
                 else "Cité des Métiers et des Compétences", st["body"]),
        HRFlowable(width="100%", color=colors.HexColor("#17324d")),
        Spacer(1, 8 * pdf.mm),
        pdf.para("شهادة التسجيل", st["title_ar"]),
        pdf.para("ATTESTATION D'INSCRIPTION", st["title"]),
        Spacer(1, 6 * pdf.mm),
        pdf.para(f"Le Directeur de la Cité des Métiers et des Compétences {region_fr} atteste que "
                 f"{civ} {name_fr}, né{e} le {t.birth_date:%d/%m/%Y}"
                 + (f", CIN {t.cin}" if t.cin else "") + f", matricule {t.matricule}, {status_fr} "
                 f"au titre de l'année de formation {year.code}, en filière « {prog.label_fr} » "
                 f"(niveau {LEVEL_FR.get(prog.level, prog.level)}), groupe {group.code}, "
                 f"{enrol.year_of_study}{'ère' if enrol.year_of_study == 1 else 'e'} année.", st["body"]),
        Spacer(1, 3 * pdf.mm),
        pdf.para("La présente attestation est délivrée à l'intéressé" + e + " pour servir et valoir ce que de droit.",
                 st["body"]),
        Spacer(1, 8 * pdf.mm),
        pdf.para(f"يشهد مدير مدينة المهن والكفاءات لجهة {region_ar} بأن", st["body_ar"]),
        pdf.para(f"{'المتدربة' if female else 'المتدرب'}: {name_ar}", st["body_ar"]),
        pdf.para(f"{'المزدادة' if female else 'المزداد'} بتاريخ: {t.birth_date:%d/%m/%Y}", st["body_ar"]),
        pdf.para(f"رقم التسجيل: {t.matricule}", st["body_ar"]),
        pdf.para(f"{'مسجلة' if female else 'مسجل'} بصفة قانونية برسم السنة التكوينية {_ltr(year.code)}", st["body_ar"]),
        pdf.para(f"في شعبة: {prog.label_ar or prog.label_fr}", st["body_ar"]),
        pdf.para(f"المستوى: {LEVEL_AR.get(prog.level, prog.level)} — الفوج: {group.code}", st["body_ar"]),
        pdf.para(f"الوضعية: {STATUS_AR.get(enrol.status, enrol.status)}", st["body_ar"]),
        pdf.para("سلمت هذه الشهادة للمعني بالأمر بطلب منه للإدلاء بها عند الحاجة.", st["body_ar"]),
        Spacer(1, 12 * pdf.mm),
        pdf.para(f"Fait à {site or '—'}, le {today:%d/%m/%Y}", st["body"]),
        pdf.para(f"حرر في {today:%d/%m/%Y}", st["body_ar"]),
        Spacer(1, 4 * pdf.mm),
        pdf.para("Le Directeur — المدير", st["h2"]),
    ]
    return pdf.build(out, story, title="Attestation d'inscription — شهادة التسجيل",
                     city_line=f"CMC {region_fr}" if region_fr else "CMC")


def class_list(svc: RegistryService, group_code: str, out: Path) -> Path:
    with svc.read() as s:
        group = svc._group_by_code(s, group_code)  # noqa: SLF001 - shared lookup, same permission
        if group is None:
            raise NotFound(f"Group '{group_code}' does not exist", code="not_found")
        prog = s.get(Programme, group.programme_id)
        year = s.get(AcademicYear, group.academic_year_id)
        rows = s.execute(
            select(Trainee.matricule, Trainee.last_name, Trainee.first_name, Trainee.last_name_ar,
                   Trainee.first_name_ar, Trainee.sex, Trainee.birth_date, Trainee.cin, Trainee.phone, Enrolment.status)
            .join(Enrolment, Enrolment.trainee_id == Trainee.id).where(Enrolment.group_id == group.id)
            .order_by(Trainee.last_name, Trainee.first_name)).all()
        active = s.scalar(select(func.count()).select_from(Enrolment).where(
            Enrolment.group_id == group.id, Enrolment.status == "active")) or 0
        region_fr, _, _ = _city(s)
    assert prog is not None and year is not None
    st = pdf.styles()
    head = Table([[pdf.para(f"Liste de classe — groupe {group.code}", st["title"])],
                  [pdf.para(f"لائحة الفوج {group.code}", st["title_ar"])]])
    head.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    story = [
        head,
        pdf.para(f"{prog.code} — {prog.label_fr} ({LEVEL_FR.get(prog.level, prog.level)}) · "
                 f"année de formation {year.code} · {group.year_of_study}e année · "
                 f"{active} actifs / {group.capacity} places", st["body"]),
        pdf.para(prog.label_ar, st["body_ar"]) if prog.label_ar else Spacer(1, 1),
        Spacer(1, 4 * pdf.mm),
        pdf.table(["N°", "Matricule", "Nom et prénom", "الاسم الكامل", "Sexe", "Né(e) le", "CIN", "Téléphone",
                   "Statut"],
                  [(i, r[0], f"{r[1]} {r[2]}", " ".join(p for p in (r[4], r[3]) if p), r[5], f"{r[6]:%d/%m/%Y}",
                    r[7] or "", r[8] or "", STATUS_LABELS_FR.get(r[9], r[9])) for i, r in enumerate(rows, start=1)],
                  col_widths=[10 * pdf.mm, 32 * pdf.mm, 58 * pdf.mm, 48 * pdf.mm, 12 * pdf.mm, 24 * pdf.mm,
                              24 * pdf.mm, 26 * pdf.mm, 22 * pdf.mm], numeric_cols=(0,)),
    ]
    if not rows:
        story.append(pdf.para("Aucun stagiaire dans ce groupe.", st["body"]))
    return pdf.build(out, story, title=f"Liste de classe {group.code}",
                     city_line=f"CMC {region_fr}" if region_fr else "CMC", landscape_mode=True)
