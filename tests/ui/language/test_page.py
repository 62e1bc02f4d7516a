"""The language page in real widgets: take the roll, see the alert, record a placement score."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cmc_desktop.language.service import LanguageService
from ui.pages.language.page import LanguagePage


def test_roll_call_and_placement(qtbot, demo_ctx) -> None:  # noqa: ANN001
    svc = demo_ctx.service(LanguageService)
    page = LanguagePage(demo_ctx)
    qtbot.addWidget(page)
    assert "Today:" in page.today.text()
    att = page.attendance
    assert att.groups.rowCount() == len(svc.groups()) and att.combos
    # mark everyone absent on the chosen session: the summary shows the run of absences
    for combo in att.combos.values():
        combo.setCurrentIndex(combo.findData("absent"))
    qtbot.mouseClick(att.save_btn, Qt.LeftButton)
    assert "Attendance saved" in att.message.text()
    sid = att.session.currentData()
    assert {st for *_, st in svc.session_roll(sid)} == {"absent"}
    assert any(r.flags for r in att.summary.rows)

    pl = page.placement
    page.tabs.setCurrentWidget(pl)
    mat = svc.session_roll(sid)[0][1]
    qtbot.keyClicks(pl.matricule, mat)
    pl.language.setCurrentIndex(pl.language.findData("en"))
    pl.score.setValue(70)
    qtbot.mouseClick(pl.record_btn, Qt.LeftButton)
    assert "level B2" in pl.message.text()
    assert pl.model.rowCount() >= 2


def test_book_a_term_from_the_page(qtbot, ctx) -> None:  # noqa: ANN001
    import datetime as dt

    from PySide6.QtCore import QDate

    from cmc_desktop.spaces.dto import RoomDraft, StructureDraft
    from cmc_desktop.spaces.service import SpacesService
    from tests.core.library.conftest import seed_city

    seed_city(ctx)
    spaces = ctx.service(SpacesService)
    st = spaces.save_structure(StructureDraft("LANG", "Centre de langues", "shared", shared_type="language_centre"))
    spaces.save_room(RoomDraft("LANG-1", st.id, "classroom", 24))
    svc = ctx.service(LanguageService)
    svc.add_language("fr", "Français", "French", "الفرنسية")
    svc.create_group("FR-A2-1", "fr", "A2", planned_sessions=10, teacher="Amina Tazi")
    page = LanguagePage(ctx)
    qtbot.addWidget(page)
    att = page.attendance
    qtbot.keyClicks(att.term_room, "lang-1")
    att.term_from.setDate(QDate(2027, 1, 4))
    att.term_to.setDate(QDate(2027, 1, 25))
    qtbot.mouseClick(att.term_btn, Qt.LeftButton)
    assert "3 session(s)" in att.message.text()
    assert att.session.count() == 3
    assert [s.day for s in svc.sessions()][1] == dt.date(2027, 1, 18)
