"""The registry screen driven through real widgets: search as you type, filters, sort, form, import."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.registry.dto import TraineeFilter, TraineeInput
from cmc_desktop.registry.service import RegistryService
from cmc_desktop.security.permissions import Actor, Role
from ui.pages.registry import pages
from ui.pages.registry.detail import TraineeDialog
from ui.pages.registry.import_dialog import ImportDialog
from ui.pages.registry.page import RegistryPage


def _page(qtbot, ctx: AppContext) -> RegistryPage:  # noqa: ANN001
    page = RegistryPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def test_page_is_registered_with_shortcut() -> None:
    (spec,) = pages()
    assert (spec.key, spec.order, spec.shortcut, spec.icon) == ("registry", 10, "Ctrl+2", "trainees")


def test_search_as_you_type_is_debounced_and_filters(qtbot, demo_ctx: AppContext) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    total = page.model.rowCount()
    assert page.model.total == demo_ctx.service(RegistryService).search().total
    assert total == min(page.model.total, 200)  # the first page; more come as the view scrolls
    first = page.model.record(0)
    before = page.searches
    qtbot.keyClicks(page.search, first.matricule)
    assert page.searches == before  # nothing yet: the keystrokes are debounced
    qtbot.waitUntil(lambda: page.searches == before + 1, timeout=2000)
    assert page.model.rowCount() == 1 and page.model.record(0).id == first.id
    assert page.count.text().startswith("1 ")
    # Escape clears, Down goes to the list, Enter would open it
    qtbot.keyClick(page.search, Qt.Key_Escape)
    qtbot.waitUntil(lambda: page.model.rowCount() == total, timeout=2000)
    qtbot.keyClick(page.search, Qt.Key_Down)
    assert page.table.hasFocus() and page.table.currentIndex().row() == 0


def test_scrolling_fetches_more_ids(qtbot, demo_ctx: AppContext) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    everyone = demo_ctx.service(RegistryService).search().ids
    assert page.model.rowCount() == 200 < len(everyone)
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] == everyone
    page.table.scrollToBottom()
    assert page.model.record(page.model.rowCount() - 1).id == everyone[-1]


def test_filters_and_sql_sorting(qtbot, demo_ctx: AppContext) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    page.status.setCurrentIndex(page.status.findData("suspended"))
    svc = demo_ctx.service(RegistryService)
    assert page.model.rowCount() == svc.search(TraineeFilter(status="suspended")).total
    page.status.setCurrentIndex(0)
    page.group.setCurrentIndex(1)
    code = page.group.currentText()
    assert {page.model.record(r).group_code for r in range(page.model.rowCount())} == {code}
    header = page.table.horizontalHeader()
    header.setSortIndicator(0, Qt.DescendingOrder)  # matricule, descending
    mats = [page.model.record(r).matricule for r in range(page.model.rowCount())]
    assert mats == sorted(mats, reverse=True) and page.sort_key == "matricule"


def test_health_column_only_for_health_readers(qtbot, demo_ctx: AppContext) -> None:  # noqa: ANN001
    registrar = _page(qtbot, demo_ctx.as_actor(Actor("reg", Role.REGISTRAR)))
    assert "special_needs" not in [c.key for c, _ in registrar.columns]
    residence = _page(qtbot, demo_ctx.as_actor(Actor("res", Role.RESIDENCE_MANAGER)))
    assert "special_needs" in [c.key for c, _ in residence.columns]
    assert not residence.new_btn.isEnabled() and not residence.import_btn.isEnabled()


def test_detail_form_checks_fields_and_saves(qtbot, demo_ctx: AppContext) -> None:  # noqa: ANN001
    dlg = TraineeDialog(demo_ctx, None)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.cin, "123")
    dlg.cin.editingFinished.emit()
    assert dlg.errors["cin"].isVisible() and "CIN" in dlg.errors["cin"].text()
    dlg.cin.clear()
    qtbot.keyClicks(dlg.cin, "JB765432")
    dlg.cin.editingFinished.emit()
    assert not dlg.errors["cin"].isVisible()
    dlg.last_name.setText("بنجلون")  # keyClicks cannot type Arabic without an Arabic keyboard layout
    dlg.last_name.editingFinished.emit()
    assert "Arabic letters" in dlg.errors["last_name"].text()
    dlg.last_name.clear()
    for w, text in ((dlg.matricule, "2003061200001"), (dlg.last_name, "Tazi"), (dlg.first_name, "Rim"),
                    (dlg.birth_date, "12/06/2003"), (dlg.phone, "0612345678")):
        qtbot.keyClicks(w, text)
    dlg.group.setCurrentIndex(1)
    dlg.sex.setCurrentIndex(1)
    assert dlg.save() is True
    assert dlg.saved is not None and dlg.saved.last_name == "Tazi" and dlg.saved.sex == "F"


def test_detail_form_shows_conflict_and_reloads(qtbot, demo_ctx: AppContext) -> None:  # noqa: ANN001
    svc = demo_ctx.service(RegistryService)
    tid = svc.search(TraineeFilter(status="active")).ids[0]
    dlg = TraineeDialog(demo_ctx.as_actor(Actor("amina", Role.REGISTRAR)), tid)
    qtbot.addWidget(dlg)
    d = svc.get(tid)
    other = demo_ctx.as_actor(Actor("brahim", Role.REGISTRAR)).service(RegistryService)
    other.save(TraineeInput(d.matricule, d.last_name, "Changé", d.sex, d.birth_date, d.group_id, cin=d.cin,
                            guardian_phone=d.guardian_phone or "0611111111"),
               trainee_id=tid, version=d.version, confirmed={"group_over_capacity", "minor_without_guardian"})
    dlg.phone.setText("0622222222")
    assert dlg.save() is False
    assert dlg.banner.isVisibleTo(dlg) and "changed by brahim" in dlg.banner.text()
    dlg.reload()
    assert dlg.first_name.text() == "Changé" and not dlg.banner.isVisibleTo(dlg)


def test_confirmation_for_minor_without_guardian(qtbot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.Yes)
    dlg = TraineeDialog(demo_ctx, None)
    qtbot.addWidget(dlg)
    for w, text in ((dlg.matricule, "2010020300001"), (dlg.last_name, "Tazi"), (dlg.first_name, "Ali"),
                    (dlg.birth_date, "03/02/2010")):
        qtbot.keyClicks(w, text)
    dlg.group.setCurrentIndex(dlg.group.findText("CUI101"))
    assert dlg.save() is True
    assert len(asked) == 1 and "without a guardian contact" in asked[0]


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Matricule", "Nom", "Prénom", "Sexe", "Date de naissance", "Groupe", "CIN"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_import_dialog_previews_bad_rows_then_imports_valid_ones(qtbot, demo_ctx: AppContext,
                                                                 tmp_path: Path) -> None:  # noqa: ANN001
    path = _xlsx(tmp_path / "list.xlsx", [["2004010170001", "Tazi", "Rim", "F", "01/01/2004", "DEV101", "ZZ11111"],
                                          ["2004010170002", "Alami", "Ali", "H", "31/02/2004", "DEV101", ""]])
    dlg = ImportDialog(demo_ctx)
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.checked, timeout=15000):
        dlg.set_path(str(path))
    assert dlg.issues.rowCount() == 1
    assert dlg.issues.item(0, 0).text() == "3" and dlg.issues.item(0, 1).text() == "Date de naissance"
    assert not dlg.import_btn.isEnabled()
    qtbot.mouseClick(dlg.valid_only, Qt.LeftButton)
    assert dlg.import_btn.isEnabled()
    with qtbot.waitSignal(dlg.imported, timeout=15000):
        qtbot.mouseClick(dlg.import_btn, Qt.LeftButton)
    assert dlg.result is not None and dlg.result.new == 1 and dlg.result.rejected_file
    assert demo_ctx.service(RegistryService).search(TraineeFilter(text="tazi rim")).total == 1


def test_export_button_writes_current_filter(qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    page.group.setCurrentIndex(1)
    out = tmp_path / "out.xlsx"
    page.export(str(out))
    qtbot.waitUntil(out.exists, timeout=15000)
    qtbot.waitUntil(lambda: "exported" in page.count.text(), timeout=5000)
    rows = list(openpyxl.load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    assert len(rows) == page.model.rowCount() and {r[11] for r in rows} == {page.group.currentText()}


def test_photo_chosen_in_the_form_is_stored_and_shown(qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtGui import QColor, QImage

    img = QImage(60, 80, QImage.Format_RGB32)
    img.fill(QColor("#17324d"))
    path = tmp_path / "face.png"
    assert img.save(str(path))
    svc = demo_ctx.service(RegistryService)
    tid = svc.search(TraineeFilter(status="active")).ids[0]
    dlg = TraineeDialog(demo_ctx, tid)
    qtbot.addWidget(dlg)
    assert dlg.photo.pixmap().isNull()
    dlg.choose_photo(str(path))
    assert svc.photo(tid) == path.read_bytes()
    assert not dlg.photo.pixmap().isNull()
    assert dlg.detail is not None and dlg.detail.version == svc.get(tid).version


def test_graduation_warns_about_library_items_on_loan(qtbot, demo_ctx: AppContext,  # noqa: ANN001
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy import select

    from cmc_desktop.db.models.library import Loan

    with demo_ctx.read_sf() as s:
        tid = s.scalar(select(Loan.trainee_id).where(Loan.open.is_(True), Loan.trainee_id.is_not(None)).limit(1))
    assert tid is not None
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]) or QMessageBox.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    dlg = TraineeDialog(demo_ctx, tid)
    qtbot.addWidget(dlg)
    dlg.status.setCurrentIndex(dlg.status.findData("graduated"))
    assert dlg.save() is True
    assert warned and "on loan" in warned[0]


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_import_reasons_are_in_the_users_language(qtbot, demo_ctx: AppContext, tmp_path: Path,  # noqa: ANN001
                                                  lang: str) -> None:
    from ui.i18n import apply_language, ltr

    rows = [["2004010170001", "Tazi", "Rim", "X", "01/01/2004", "DEV101", "JA12"],   # sex, CIN
            ["2004010170002", "Alami", "Ali", "H", "31/02/2004", "NOPE9", ""],      # date, group
            ["2004010170003", "Idrissi", "Sara", "F", "=TODAY()", "DEV101", "JB123456"],  # formula
            ["2004010170003", "Idrissi", "Sara", "F", "03/01/2004", "DEV101", "JB123456"]]  # twice
    path = _xlsx(tmp_path / "list.xlsx", rows)
    apply_language(lang)
    try:
        dlg = ImportDialog(demo_ctx)
        qtbot.addWidget(dlg)
        with qtbot.waitSignal(dlg.checked, timeout=15000):
            dlg.set_path(str(path))
        reasons = {(dlg.issues.item(i, 0).text(), dlg.issues.item(i, 1).text()): dlg.issues.item(i, 3).text()
                   for i in range(dlg.issues.rowCount())}
    finally:
        apply_language("en")
    expected = {
        "fr": {("2", "Sexe"): f"{ltr('X')} — Écrivez H (homme) ou F (femme).",
               ("2", "CIN"): f"{ltr('JA12')} — La CIN comporte 1 ou 2 lettres suivies de 5 ou 6 chiffres (ex. JA123456).",
               ("3", "Groupe"): f"Le groupe {ltr('NOPE9')} n'existe pas dans le référentiel ; "
                                "créez-le d'abord ou corrigez le code."},
        "ar": {("2", "Sexe"): f"{ltr('X')} — اكتب H (ذكر) أو F (أنثى)."},
    }[lang]
    for key, text in expected.items():
        assert reasons[key] == text, (key, reasons.get(key))
    # Every reason is a translated sentence, never the core's English.
    english = ("must be", "does not", "is not", "appears twice", "formula")
    assert len(reasons) >= 6 and not [r for r in reasons.values() if any(w in r for w in english)], reasons
