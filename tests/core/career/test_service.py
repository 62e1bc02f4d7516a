"""Career use cases on a migrated database: surveys, insertion report, appointments, notes, offers."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from cmc_desktop.career.service import CareerService
from cmc_desktop.db.models import Enrolment, Trainee
from cmc_desktop.errors import ConflictError, PermissionDenied, ValidationError
from cmc_desktop.security.permissions import Actor, Role
from tests.core.library.conftest import City, seed_city

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def city(ctx) -> City:  # noqa: ANN001
    c = seed_city(ctx, n=10)
    # The first 8 trainees graduated in July 2025 (9-month wave due since April 2026).
    with ctx.sf.begin() as s:
        for tid in c.trainees[:8]:
            s.query(Enrolment).filter_by(trainee_id=tid).update({"status": "graduated",
                                                                 "ended_on": dt.date(2025, 7, 15)})
            s.get(Trainee, tid).current_status = "graduated"
    return c


def _svc(city: City, role: Role = Role.CAREER_COUNSELLOR) -> CareerService:
    return city.ctx.as_actor(Actor("counsellor", role)).service(CareerService)


def test_insertion_and_knowledge_rates(city: City) -> None:
    svc = _svc(city)
    m = city.matricules
    for mat, outcome in zip(m[:7], ["employed", "employed", "self_employed", "further_study", "seeking",
                                    "unknown", "employed"], strict=True):
        svc.record_survey(mat, 9, outcome, dt.date(2026, 5, 2))
    svc.record_survey(m[6], 9, "seeking")  # a correction replaces the answer
    rep = svc.insertion_report(9)
    total = rep.total()
    assert (total.graduates, total.known, total.inserted, total.further_study) == (8, 6, 3, 1)
    assert total.knowledge_rate == pytest.approx(6 / 8)
    assert total.insertion_rate == pytest.approx(3 / 5)
    dims = {r.dimension for r in rep.rows}
    assert dims == {"programme", "sector", "level", "total"}
    prog = next(r for r in rep.rows if r.dimension == "programme")
    assert prog.key == "DEV" and prog.graduates == 8
    assert next(r for r in rep.rows if r.dimension == "level").label == "Technicien Spécialisé"
    # nobody is due for the 36-month wave yet
    assert svc.insertion_report(36).total().graduates == 0
    with pytest.raises(ValidationError, match="due from"):
        svc.record_survey(m[0], 36, "employed")
    with pytest.raises(ValidationError, match="no graduation"):
        svc.record_survey(m[9], 9, "employed")
    unanswered = svc.graduates(wave=9, unanswered_only=True)
    assert [g.matricule for g in unanswered] == [m[7]]


def test_insertion_report_files(city: City, tmp_path: Path) -> None:
    svc = _svc(city)
    for mat in city.matricules[:4]:
        svc.record_survey(mat, 9, "employed", dt.date(2026, 5, 2))
    x = svc.insertion_report_file(tmp_path / "ins.xlsx")
    wb = openpyxl.load_workbook(x)
    assert wb.sheetnames == ["9 months", "36 months"]
    rows = list(wb["9 months"].iter_rows(values_only=True))
    total = next(r for r in rows if r[0] == "total")
    assert total[3:6] == (8, 4, 4) and total[8] == 50.0 and total[9] == 100.0
    p = svc.insertion_report_file(tmp_path / "ins.pdf")
    text = PdfReader(p).pages[0].extract_text()
    assert "Enquête à 9 mois" in text and "DEV" in text and "50.0 %" in text
    with pytest.raises(ValidationError, match=".xlsx or .pdf"):
        svc.insertion_report_file(tmp_path / "ins.csv")


def test_counselling_notes_only_for_counsellors(city: City) -> None:
    counsellor = _svc(city)
    note = counsellor.add_note(city.matricules[8], "Souhaite un stage en hôtellerie.")
    assert [n.body for n in counsellor.notes(city.matricules[8])] == [note.body]
    for role in (Role.DIRECTOR, Role.ADMINISTRATOR, Role.AUDITOR):
        other = _svc(city, role)
        with pytest.raises(PermissionDenied):
            other.notes(city.matricules[8])
        with pytest.raises(PermissionDenied):
            other.add_note(city.matricules[8], "x")
    # the director sees the history at a glance, without the notes
    assert _svc(city, Role.DIRECTOR).history(city.matricules[8]).notes is None
    assert len(counsellor.history(city.matricules[8]).notes) == 1


def test_appointments_validate_every_booking(city: City) -> None:
    svc = _svc(city)
    c = svc.add_counsellor("counsellor", "Salma Idrissi", 30)
    svc.add_block(c.id, 0, dt.time(9), dt.time(12))
    with pytest.raises(ConflictError, match="overlaps"):
        svc.add_block(c.id, 0, dt.time(11), dt.time(13))
    monday = dt.date(2026, 12, 7)
    assert len(svc.free_slots(c.id, monday)) == 6
    a = svc.book(c.id, city.matricules[8], monday, dt.time(9, 30), topic="CV")
    assert a.ends == dt.time(10) and a.booked_by == "counsellor"
    # a staff-entered booking gets the same checks as a trainee's (Easy!Appointments #987)
    for channel in ("staff", "trainee"):
        with pytest.raises(ConflictError, match="already has an appointment"):
            svc.book(c.id, city.matricules[9], monday, dt.time(9, 30), channel=channel)
        with pytest.raises(ConflictError, match="outside"):
            svc.book(c.id, city.matricules[9], monday, dt.time(12, 0), channel=channel)
        with pytest.raises(ConflictError, match="grid"):
            svc.book(c.id, city.matricules[9], monday, dt.time(9, 15), channel=channel)
    with pytest.raises(ConflictError, match="past"):
        svc.book(c.id, city.matricules[9], dt.date(2026, 11, 23), dt.time(9, 30))
    assert dt.time(9, 30) not in svc.free_slots(c.id, monday)
    svc.set_appointment_status(a.id, "cancelled")
    assert dt.time(9, 30) in svc.free_slots(c.id, monday)
    b = svc.book(c.id, city.matricules[9], monday, dt.time(9, 30))
    with pytest.raises(ConflictError, match="already has an appointment"):
        svc.set_appointment_status(a.id, "booked")
    assert [x.id for x in svc.appointments(monday, monday)] == [a.id, b.id]


def test_employers_offers_applications_and_placements_export(city: City, tmp_path: Path) -> None:
    svc = _svc(city)
    e = svc.add_employer("Atlas Hospitality", city="Agadir")
    with pytest.raises(ConflictError, match="vetted"):
        svc.add_offer(e, "job", "Réceptionniste")
    e2 = svc.add_employer("Souss Agri", vetted=True)
    with pytest.raises(ConflictError, match="already"):
        svc.add_employer("souss agri")
    o = svc.add_offer(e2, "internship", "Stage irrigation", closes_on=dt.date(2026, 12, 31))
    a = svc.apply(o, city.matricules[8])
    with pytest.raises(ConflictError, match="already applied"):
        svc.apply(o, city.matricules[8])
    svc.apply(o, city.matricules[9])
    svc.set_application_status(a.id, "placed")
    out = svc.export_placements(tmp_path / "p.xlsx")
    wb = openpyxl.load_workbook(out)
    placed = list(wb["Placements"].iter_rows(values_only=True))
    assert len(placed) == 2 and placed[1][0] == city.matricules[8] and placed[1][5] == "placed"
    assert len(list(wb["Applications"].iter_rows(values_only=True))) == 3


def test_report_insertion_command_on_the_demo(demo_ctx, tmp_path: Path) -> None:  # noqa: ANN001
    svc = demo_ctx.service(CareerService)
    t9 = svc.insertion_report(9).total()
    t36 = svc.insertion_report(36).total()
    assert t9.graduates > 0 and t36.graduates > 0
    assert 0.55 < t9.insertion_rate < 0.85 and t36.insertion_rate > t9.insertion_rate
    demo_ctx.close()
    res = subprocess.run([sys.executable, "main.py", "report", "insertion", "--out", str(tmp_path / "r.xlsx"),
                          "--db", demo_ctx.url], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert "9 months:" in res.stdout and (tmp_path / "r.xlsx").exists()


def test_entrepreneurship_pipeline(city: City) -> None:
    from cmc_desktop.career.service import EntrepreneurshipService

    svc = city.ctx.as_actor(Actor("counsellor", Role.CAREER_COUNSELLOR)).service(EntrepreneurshipService)
    p = svc.start_project(city.matricules[8], "Coopérative d'argan", mentor="Incubateur CMC")
    assert p.stage == "idea" and len(p.milestones) == 1
    with pytest.raises(ConflictError, match="moves next to business plan"):
        svc.advance(p.id, "incubation")
    with pytest.raises(ConflictError, match="not in incubation"):
        svc.add_coworking(p.id, dt.date(2026, 12, 1), dt.time(9), dt.time(12))
    svc.advance(p.id, "business_plan", note="Plan validé par le jury")
    svc.advance(p.id, "incubation")
    svc.add_coworking(p.id, dt.date(2026, 12, 1), dt.time(9), dt.time(12), booking_uuid="b-1")
    with pytest.raises(ConflictError, match="already has a coworking"):
        svc.add_coworking(p.id, dt.date(2026, 12, 1), dt.time(11), dt.time(13))
    with pytest.raises(ValidationError, match="name of the company"):
        svc.advance(p.id, "company_created")
    done = svc.advance(p.id, "company_created", company_name="Argan Souss SARL-AU")
    assert [m[1] for m in done.milestones] == ["idea", "business_plan", "incubation", "company_created"]
    assert done.coworking_hours == 3.0 and done.company_name == "Argan Souss SARL-AU"
    assert svc.pipeline()["company_created"] == 1
    with pytest.raises(ConflictError, match="closed"):
        svc.advance(p.id, "abandoned")
