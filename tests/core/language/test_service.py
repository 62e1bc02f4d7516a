"""Language centre use cases: languages by any name, placement import, groups, attendance, sheet PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from cmc_desktop.cli import main as cli_main
from cmc_desktop.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from cmc_desktop.language.service import LanguageService
from cmc_desktop.security.permissions import Actor, Role
from tests.core.library.conftest import City


@pytest.fixture
def svc(city: City) -> LanguageService:
    s = city.ctx.service(LanguageService)
    s.add_language("fr", "Français", "French", "الفرنسية")
    s.add_language("en", "Anglais", "English", "الإنجليزية", min_attendance=0.8, absence_streak_alert=2)
    return s


@pytest.fixture
def city(ctx) -> City:  # noqa: ANN001
    from tests.core.library.conftest import seed_city

    return seed_city(ctx, n=6)


def test_every_attempt_is_kept_and_banded_per_language(city: City, svc: LanguageService) -> None:
    svc.set_bands("en", {"A1": 0, "A2": 25, "B1": 45, "B2": 65, "C1": 80, "C2": 93})
    m = city.matricules[0]
    first = svc.record_placement(m, "English", 44, dt.date(2026, 9, 25))
    assert first.level == "A2" and first.attempt == 1
    again = svc.record_placement(m, "الإنجليزية", 66)
    assert again.level == "B2" and again.attempt == 2
    assert svc.record_placement(m, "français", 44).level == "B1"  # default bands for French
    assert [(p.language, p.attempt, p.level) for p in svc.placements(m)] == [
        ("Anglais", 1, "A2"), ("Anglais", 2, "B2"), ("Français", 1, "B1")]
    with pytest.raises(ValidationError, match="outside"):
        svc.record_placement(m, "en", 120)
    with pytest.raises(NotFound, match="not a language"):
        svc.record_placement(m, "Klingon", 10)
    with pytest.raises(ValidationError, match="above"):
        svc.set_bands("en", {"A1": 0, "A2": 25, "B1": 25, "B2": 65, "C1": 80, "C2": 93})


def _placement_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    wb.active.append(["Matricule", "Langue", "Score", "Date"])
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


def test_import_placement_accepts_any_language_name_and_is_all_or_nothing(city: City, svc: LanguageService,
                                                                          tmp_path: Path) -> None:
    m = city.matricules
    bad = _placement_xlsx(tmp_path / "bad.xlsx", [[m[0], "Anglais", 50, "25/09/2026"],
                                                  [m[1], "Latin", 50, "25/09/2026"],
                                                  [m[2], "fr", "abc", "25/09/2026"],
                                                  ["0000000000000", "en", 10, "25/09/2026"]])
    with pytest.raises(ValidationError) as exc:
        svc.import_placement(bad)
    msg = exc.value.message
    assert "row 3, column Langue" in msg and "row 4, column Score" in msg and "row 5, column Matricule" in msg
    assert svc.placements() == []
    good = _placement_xlsx(tmp_path / "good.xlsx", [[m[0], "Anglais", 50, "25/09/2026"],
                                                    [m[1], "English", 15, dt.datetime(2026, 9, 25)],
                                                    [m[2], "الفرنسية", 95, "2026-09-25"],
                                                    [m[3], "FR", "61,5", "25/09/2026"]])
    res = svc.import_placement(good)
    assert res.imported == 4 and dict(res.by_level) == {"B1": 1, "A1": 1, "C2": 1, "B2": 1}


def test_group_size_limit_and_attendance_flags(city: City, svc: LanguageService, tmp_path: Path) -> None:
    g = svc.create_group("EN-B1-1", "en", "B1", capacity=3, planned_sessions=6, teacher="John Carter")
    for mat in city.matricules[:3]:
        svc.add_member(g.id, mat)
    with pytest.raises(ConflictError, match="full"):
        svc.add_member(g.id, city.matricules[3])
    with pytest.raises(ConflictError, match="already in"):
        svc.add_member(g.id, city.matricules[0])
    sessions = [svc.schedule_session(g.id, dt.date(2026, 11, 2) + dt.timedelta(days=7 * i), dt.time(10, 30), 120,
                                     "LANG-1") for i in range(4)]
    future = svc.schedule_session(g.id, dt.date(2026, 12, 7), dt.time(10, 30))
    svc.schedule_session(g.id, dt.date(2026, 12, 14), dt.time(10, 30))
    with pytest.raises(ConflictError, match="planned sessions"):
        svc.schedule_session(g.id, dt.date(2026, 12, 21), dt.time(10, 30))
    with pytest.raises(ValidationError, match="not taken place"):
        svc.record_attendance(future.id, {})
    a, b, c = city.trainees[:3]
    plan = [{a: "present", b: "absent", c: "present"}, {a: "late", b: "present", c: "excused"},
            {a: "present", b: "absent", c: "excused"}, {a: "excused", b: "absent", c: "present"}]
    for ses, marks in zip(sessions, plan, strict=True):
        svc.record_attendance(ses.id, marks)
    with pytest.raises(ValidationError, match="Unknown attendance status"):
        svc.record_attendance(sessions[0].id, {a: "sick"})
    rows = {r.trainee_id: r for r in svc.attendance(g.id)}
    assert rows[a].rate == 1.0 and rows[a].hours_attended == 6.0 and rows[a].hours_required == 120
    assert rows[c].rate == 1.0 and rows[c].excused == 2  # excused sessions do not lower the rate
    # b: 1 of 4 counted, 2 sessions left → best 3/6 < 0.8, and 2 absences in a row (alert at 2)
    assert rows[b].rate == 0.25 and rows[b].cannot_reach and rows[b].streak_alert and rows[b].absence_streak == 2
    assert [m.matricule for _, m in svc.alerts()] == [city.matricules[1]]
    assert svc.trainee_hours(city.matricules[0]) == (6.0, 120)  # present, late, present: 3 × 2 h
    assert [x.group_code for x in svc.sessions(day=dt.date(2026, 11, 16))] == ["EN-B1-1"]

    pdf = svc.attendance_sheet_pdf(sessions[0].id, tmp_path / "sheet.pdf")
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Feuille de présence" in text and "EN-B1-1" in text and "02/11/2026" in text
    assert city.matricules[1] in text and "Absent" in text and "John Carter" in text
    x = svc.export_attendance(tmp_path / "att.xlsx")
    rows_x = list(openpyxl.load_workbook(x).active.iter_rows(values_only=True))
    assert rows_x[0][0] == "Group" and len(rows_x) == 4
    assert next(r for r in rows_x if r[3] == city.matricules[1])[12] == "yes"


def test_permissions(city: City, svc: LanguageService) -> None:
    librarian = city.ctx.as_actor(Actor("lib", Role.LIBRARIAN)).service(LanguageService)
    with pytest.raises(PermissionDenied):
        librarian.languages()
    director = city.ctx.as_actor(Actor("dir", Role.DIRECTOR)).service(LanguageService)
    assert len(director.languages()) == 2
    with pytest.raises(PermissionDenied):
        director.record_placement(city.matricules[0], "fr", 10)


def test_demo_and_cli(demo_ctx, tmp_path: Path) -> None:  # noqa: ANN001
    svc = demo_ctx.service(LanguageService)
    assert len(svc.languages()) == 4 and len(svc.groups()) > 5
    assert svc.sessions(day=demo_ctx.clock.today())
    alerts = svc.alerts()
    assert any(m.streak_alert for _, m in alerts)
    # The city-wide alerts (one pass over every group) agree with each group's own sheet.
    per_group = [(g.code, m) for g in svc.groups() for m in svc.attendance(g.id) if m.cannot_reach or m.streak_alert]
    assert alerts == per_group
    demo_ctx.close()
    for args in (["export", "attendance", str(tmp_path / "a.xlsx")],
                 ["export", "placement-tests", str(tmp_path / "p.xlsx")],
                 ["report", "attendance-sheet", "--session", "1", "--out", str(tmp_path / "s.pdf")]):
        assert cli_main([*args, "--db", demo_ctx.url]) == 0
    assert (tmp_path / "s.pdf").exists()


def test_term_is_booked_through_the_spaces_area(city: City, svc: LanguageService) -> None:
    from cmc_desktop.spaces.dto import RoomDraft, StructureDraft
    from cmc_desktop.spaces.service import BookingConflict, SpacesService

    spaces = city.ctx.service(SpacesService)
    st = spaces.save_structure(StructureDraft("LANG", "Centre de langues", "shared", shared_type="language_centre"))
    spaces.save_room(RoomDraft("LANG-1", st.id, "classroom", 24))
    g = svc.create_group("FR-B1-1", "fr", "B1", capacity=20, planned_sessions=12, teacher="Nadia Benjelloun")
    # Mondays 4 Jan → 25 Jan 2027: 11 Jan is a holiday (Manifeste), so the spaces plan skips it.
    sessions = svc.schedule_term(g.id, "LANG-1", dt.date(2027, 1, 4), dt.date(2027, 1, 25), dt.time(8, 30),
                                 dt.time(10, 30))
    assert [s.day for s in sessions] == [dt.date(2027, 1, 4), dt.date(2027, 1, 18), dt.date(2027, 1, 25)]
    assert {s.room for s in sessions} == {"LANG-1"} and sessions[0].minutes == 120
    assert len(spaces.occurrences(room_id=spaces.room_by_code("LANG-1").id)) == 3
    # the room is now taken at that time: a second group is refused by the spaces conflict check
    g2 = svc.create_group("EN-B1-1", "en", "B1", capacity=20, planned_sessions=12, teacher="John Carter")
    with pytest.raises(BookingConflict):
        svc.schedule_term(g2.id, "LANG-1", dt.date(2027, 1, 4), dt.date(2027, 1, 25), dt.time(9, 0),
                          dt.time(11, 0))
    assert svc.sessions(group_id=g2.id) == []
    with pytest.raises(ConflictError, match="plans 12 sessions"):
        svc.schedule_term(g.id, "LANG-1", dt.date(2027, 2, 1), dt.date(2027, 6, 28), dt.time(14, 0),
                          dt.time(16, 0))
