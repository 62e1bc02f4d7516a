"""The library desk in a real widget: scan a card and copies, see the banner, return, stocktake."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cmc_desktop.library.service import LibraryService
from tests.core.library.conftest import seed_city
from ui.pages.library.page import LibraryPage


def test_scan_checkout_and_return(qtbot, ctx) -> None:  # noqa: ANN001
    city = seed_city(ctx)
    svc = ctx.service(LibraryService)
    t = svc.add_title("Initiation à Python", copies=2, shelf_location="A1")
    a, b = (c.barcode for c in svc.copies(title_id=t.id))
    page = LibraryPage(ctx)
    qtbot.addWidget(page)
    page.show()
    circ = page.circulation
    qtbot.keyClicks(circ.card, city.matricules[0])
    qtbot.keyClick(circ.card, Qt.Key_Return)
    assert "may borrow" in circ.banner.text()
    qtbot.keyClicks(circ.barcode, a)
    qtbot.keyClick(circ.barcode, Qt.Key_Return)
    assert "Lent: Initiation à Python" in circ.banner.text() and "15/12/2026" in circ.banner.text()
    assert circ.loans.rowCount() == 1 and circ.barcode.text() == ""
    qtbot.keyClicks(circ.barcode, a)
    qtbot.keyClick(circ.barcode, Qt.Key_Return)
    assert "already on loan" in circ.banner.text() and circ.banner.property("ok") is False
    circ.barcode.clear()
    qtbot.mouseClick(circ.clear_btn, Qt.LeftButton)
    qtbot.keyClicks(circ.barcode, a)
    qtbot.keyClick(circ.barcode, Qt.Key_Return)  # no card shown: Enter returns the copy
    assert circ.banner.text() == "Returned: Initiation à Python"

    page.tabs.setCurrentWidget(page.catalogue)
    qtbot.keyClicks(page.catalogue.search, "python")
    assert page.catalogue.model.rowCount() == 1
    assert page.catalogue.model.data(page.catalogue.model.index(0, 6)) == "2"

    page.tabs.setCurrentWidget(page.stocktake)
    page.stocktake.location.setText("A1")
    page.stocktake.codes.setPlainText(f"{a}\nNOPE")
    qtbot.mouseClick(page.stocktake.run_btn, Qt.LeftButton)
    kinds = [r["kind"] for r in page.stocktake.model.rows]
    assert kinds == ["Missing", "Unknown barcode"] and page.stocktake.model.rows[0]["barcode"] == b


def test_overdue_tab_lists_demo_items(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = LibraryPage(demo_ctx)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.overdue)
    n = len(demo_ctx.service(LibraryService).overdue())
    assert n > 0 and page.overdue.model.rowCount() == n


def test_holds_and_loan_rules(qtbot, ctx) -> None:  # noqa: ANN001
    city = seed_city(ctx)
    svc = ctx.service(LibraryService)
    t = svc.add_title("Soudage", copies=1)
    svc.checkout(city.matricules[0], svc.copies(title_id=t.id)[0].barcode)
    page = LibraryPage(ctx)
    qtbot.addWidget(page)
    cat = page.catalogue
    cat.view.selectRow(0)
    qtbot.keyClicks(cat.hold_card, city.matricules[1])
    qtbot.mouseClick(cat.hold_btn, Qt.LeftButton)
    assert "position 1" in cat.message.text()
    rules = page.rules
    assert "15/12/2026" in rules.hard_due.text()
    rules.view.selectRow(0)  # trainee × book
    rules.loan_days.setValue(21)
    qtbot.mouseClick(rules.save_btn, Qt.LeftButton)
    assert rules.model.rows[0].stored and rules.model.rows[0].loan_days == 21
    assert "21/12/2026" in rules.hard_due.text()
