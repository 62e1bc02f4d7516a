"""Media library desk: circulation by scan, catalogue (lazy list), overdue items, stocktake."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.errors import CmcError
from cmc_desktop.library.dto import CirculationResult, StocktakeResult
from cmc_desktop.library.service import LibraryService
from cmc_desktop.security.permissions import Perm
from ui.errors import show_error
from ui.models.lazy import Column, LazyIdModel
from ui.pages.library.common import ListModel, banner, table
from ui.tasks import RUNNER
from ui.widgets.empty_state import empty_state


def item_type_labels(w: QWidget) -> dict[str, str]:
    # "Printed book", not "Book": the bare word is a verb elsewhere (spaces) in the shared tables.
    return {"book": w.tr("Printed book"), "magazine": w.tr("Magazine"), "dvd": w.tr("DVD"),
            "reference": w.tr("Reference work")}


class CirculationTab(QWidget):
    """Scan the card, then scan copies: Enter lends when a card is shown, returns otherwise."""

    def __init__(self, svc: LibraryService, can_circulate: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.card = QLineEdit()
        self.card.setObjectName("libraryCard")
        self.card.setPlaceholderText(self.tr("Scan the borrower's card (matricule or staff code)"))
        self.card.setAccessibleName(self.tr("Borrower card"))
        self.barcode = QLineEdit()
        self.barcode.setObjectName("libraryBarcode")
        self.barcode.setPlaceholderText(self.tr("Scan the copy's barcode"))
        self.barcode.setAccessibleName(self.tr("Copy barcode"))
        form.addRow(self.tr("Borrower card"), self.card)
        form.addRow(self.tr("Copy barcode"), self.barcode)
        lay.addLayout(form)
        buttons = QHBoxLayout()
        self.checkout_btn = QPushButton(self.tr("Check &out"))
        self.return_btn = QPushButton(self.tr("&Return"))
        self.renew_btn = QPushButton(self.tr("Re&new"))
        self.clear_btn = QPushButton(self.tr("Next borrower"))
        for b in (self.checkout_btn, self.return_btn, self.renew_btn, self.clear_btn):
            b.setEnabled(can_circulate or b is self.clear_btn)
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.banner = QLabel(self.tr("Ready: scan a card, then the copies."))
        self.banner.setObjectName("scanBanner")
        self.banner.setWordWrap(True)
        banner(self.banner, self.banner.text(), True)
        lay.addWidget(self.banner)
        self.patron_label = QLabel()
        self.patron_label.setObjectName("patronSummary")
        lay.addWidget(self.patron_label)
        self.loans = ListModel([("barcode", self.tr("Barcode")), ("title", self.tr("Title")),
                                ("due_on", self.tr("Due")), ("overdue_days", self.tr("Days overdue"))],
                               alert=lambda r: r.overdue_days > 0)
        self.loans_view = table(self.loans, "patronLoans")
        lay.addWidget(self.loans_view, 1)

        self.card.returnPressed.connect(self.show_patron)
        self.barcode.returnPressed.connect(self._enter)
        self.checkout_btn.clicked.connect(self.checkout)
        self.return_btn.clicked.connect(self.checkin)
        self.renew_btn.clicked.connect(self.renew)
        self.clear_btn.clicked.connect(self.clear)

    def show_patron(self) -> None:
        code = self.card.text().strip()
        if not code:
            self.clear()
            return
        try:
            p = self.svc.patron(code)
        except CmcError as exc:
            banner(self.banner, exc.message, False)
            self.loans.set_rows([])
            self.patron_label.clear()
            return
        self.loans.set_rows(p.loans)
        text = self.tr("%1 (%2): %3 item(s) on loan").replace("%1", p.name).replace("%2", p.code) \
            .replace("%3", str(len(p.loans)))
        self.patron_label.setText(text)
        if p.blocked:
            banner(self.banner, self.tr("Borrowing blocked: %1").replace("%1", p.block_reason), False)
        else:
            banner(self.banner, self.tr("%1 may borrow. Scan the copies.").replace("%1", p.name), True)
        self.barcode.setFocus()

    def _enter(self) -> None:
        if self.card.text().strip():
            self.checkout()
        else:
            self.checkin()

    def _done(self, res: CirculationResult) -> None:
        if res.action == "checkout":
            text = self.tr("Lent: %1 — due on %2").replace("%1", res.title) \
                .replace("%2", res.due_on.strftime("%d/%m/%Y") if res.due_on else "")
        elif res.action == "renew":
            text = self.tr("Renewed: %1 — due on %2").replace("%1", res.title) \
                .replace("%2", res.due_on.strftime("%d/%m/%Y") if res.due_on else "")
        elif res.hold_for:
            text = self.tr("Returned: %1. Put it aside for %2").replace("%1", res.title).replace("%2", res.hold_for)
        elif res.overdue_days:
            text = self.tr("Returned: %1 (%2 day(s) late)").replace("%1", res.title).replace("%2", str(res.overdue_days))
        else:
            text = self.tr("Returned: %1").replace("%1", res.title)
        banner(self.banner, text, not res.hold_for)
        self.barcode.clear()
        if self.card.text().strip():
            with contextlib.suppress(CmcError):
                self.loans.set_rows(self.svc.patron(self.card.text()).loans)

    def _run(self, fn) -> None:  # noqa: ANN001
        code = self.barcode.text().strip()
        if not code:
            banner(self.banner, self.tr("Scan the copy's barcode first."), False)
            return
        try:
            self._done(fn(code))
        except CmcError as exc:
            banner(self.banner, exc.message, False)
            self.barcode.selectAll()

    def checkout(self) -> None:
        self._run(lambda code: self.svc.checkout(self.card.text(), code))

    def checkin(self) -> None:
        self._run(self.svc.checkin)

    def renew(self) -> None:
        self._run(self.svc.renew)

    def clear(self) -> None:
        self.card.clear()
        self.barcode.clear()
        self.loans.set_rows([])
        self.patron_label.clear()
        banner(self.banner, self.tr("Ready: scan a card, then the copies."), True)
        self.card.setFocus()


class CatalogueTab(QWidget):
    def __init__(self, svc: LibraryService, can_edit: bool, can_circulate: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("catalogueSearch")
        self.search.setPlaceholderText(self.tr("Search title, author, ISBN, subject…"))
        self.search.setAccessibleName(self.tr("Search the catalogue"))
        top.addWidget(self.search, 1)
        self.count = QLabel()
        top.addWidget(self.count)
        self.hold_card = QLineEdit()
        self.hold_card.setObjectName("holdCard")
        self.hold_card.setPlaceholderText(self.tr("Card for a hold"))
        self.hold_card.setMaximumWidth(180)
        self.hold_btn = QPushButton(self.tr("Place hold"))
        self.hold_btn.setEnabled(can_circulate)
        top.addWidget(self.hold_card)
        top.addWidget(self.hold_btn)
        self.import_btn = QPushButton(self.tr("Import catalogue…"))
        self.labels_btn = QPushButton(self.tr("Print labels…"))
        self.import_btn.setEnabled(can_edit)
        top.addWidget(self.import_btn)
        top.addWidget(self.labels_btn)
        lay.addLayout(top)
        self.model = LazyIdModel([
            Column("title", self.tr("Title")), Column("authors", self.tr("Authors")), Column("isbn", self.tr("ISBN")),
            Column("subject", self.tr("Subject")),
            Column("item_type", self.tr("Type"), formatter=lambda v, labels=item_type_labels(self): labels.get(v, v)),
            Column("copies", self.tr("Copies"), align_right=True),
            Column("available", self.tr("Available"), align_right=True)], self.svc.title_rows, self)
        self.view = table(self.model, "libraryTitles")
        self.empty = empty_state(self.view, self.tr("No title matches. Add titles or import a catalogue (Titre, Auteurs, ISBN…)."))
        lay.addWidget(self.view, 1)
        self.search.textChanged.connect(self.refresh)
        self.import_btn.clicked.connect(self.import_file)
        self.labels_btn.clicked.connect(self.print_labels)
        self.hold_btn.clicked.connect(self.place_hold)
        self.message = QLabel()
        self.message.setObjectName("catalogueMessage")
        lay.addWidget(self.message)
        self.refresh()

    def place_hold(self) -> None:
        idx = self.view.currentIndex()
        rec = self.model.record(idx.row()) if idx.isValid() else None
        if rec is None:
            self.message.setText(self.tr("Select a title first."))
            return
        try:
            h = self.svc.place_hold(self.hold_card.text(), rec.id)
        except CmcError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(self.tr("Hold placed for %1: position %2 in the queue.").replace("%1", h.patron_name)
                             .replace("%2", str(h.position)))
        self.hold_card.clear()

    def refresh(self) -> None:
        ids = self.svc.search_titles(self.search.text())
        self.model.set_ids(ids)
        self.count.setText(self.tr("%1 title(s)").replace("%1", str(len(ids))))

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import catalogue"), "", self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        RUNNER.run(self, self.tr("Importing the catalogue"),
                   lambda progress, cancel: self.svc.import_catalogue(path, progress=progress, cancel=cancel),
                   on_done=lambda res: (self.refresh(), QMessageBox.information(
                       self, self.tr("Import catalogue"),
                       self.tr("%1 new title(s), %2 copies.").replace("%1", str(res.titles_created))
                       .replace("%2", str(res.copies_created)))), writes=True)

    def print_labels(self) -> None:
        rec = self.model.record(self.view.currentIndex().row()) if self.view.currentIndex().isValid() else None
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Print labels"), "labels.pdf", self.tr("PDF (*.pdf)"))
        if not path:
            return
        title_id = rec.id if rec is not None else None
        RUNNER.run(self, self.tr("Printing labels"),
                   lambda progress, cancel: self.svc.labels_pdf(path, title_id=title_id),
                   on_done=lambda p: QMessageBox.information(self, self.tr("Print labels"),
                                                             self.tr("Labels written to %1").replace("%1", str(p))))


class OverdueTab(QWidget):
    def __init__(self, svc: LibraryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        top.addWidget(self.summary, 1)
        self.letters_btn = QPushButton(self.tr("Reminder letters…"))
        self.export_btn = QPushButton(self.tr("Export loans…"))
        top.addWidget(self.letters_btn)
        top.addWidget(self.export_btn)
        lay.addLayout(top)
        self.model = ListModel([("barcode", self.tr("Barcode")), ("title", self.tr("Title")),
                                ("patron_code", self.tr("Card")), ("patron_name", self.tr("Borrower")),
                                ("due_on", self.tr("Due")), ("overdue_days", self.tr("Days overdue"))])
        lay.addWidget(table(self.model, "overdueLoans"), 1)
        self.letters_btn.clicked.connect(self.letters)
        self.export_btn.clicked.connect(self.export)
        self.refresh()

    def refresh(self) -> None:
        rows = self.svc.overdue()
        self.model.set_rows(rows)
        self.summary.setText(self.tr("%1 overdue item(s); their borrowers cannot borrow until they return them.")
                             .replace("%1", str(len(rows))))

    def letters(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Reminder letters"), "rappels.pdf", self.tr("PDF (*.pdf)"))
        if path:
            RUNNER.run(self, self.tr("Reminder letters"), lambda progress, cancel: self.svc.reminders_pdf(path),
                       on_done=lambda p: QMessageBox.information(self, self.tr("Reminder letters"),
                                                                 self.tr("Written to %1").replace("%1", str(p))))

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export loans"), "loans.xlsx",
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            RUNNER.run(self, self.tr("Export loans"),
                       lambda progress, cancel: self.svc.export_loans(path, progress=progress, cancel=cancel),
                       on_done=lambda p: QMessageBox.information(self, self.tr("Export loans"),
                                                                 self.tr("Written to %1").replace("%1", str(p))))


class StocktakeTab(QWidget):
    """Paste or scan a shelf's barcodes; misshelved copies are reported apart from missing ones."""

    def __init__(self, svc: LibraryService, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.location = QLineEdit()
        self.location.setObjectName("stocktakeLocation")
        self.location.setPlaceholderText(self.tr("Shelf scanned, e.g. A1 (empty: the whole library)"))
        form.addRow(self.tr("Shelf"), self.location)
        lay.addLayout(form)
        self.codes = QPlainTextEdit()
        self.codes.setObjectName("stocktakeCodes")
        self.codes.setAccessibleName(self.tr("Scanned barcodes"))
        self.codes.setPlaceholderText(self.tr("Scan the barcodes here, one per line"))
        lay.addWidget(self.codes, 1)
        self.run_btn = QPushButton(self.tr("Compare with the catalogue"))
        self.run_btn.setEnabled(can_edit)
        lay.addWidget(self.run_btn, 0, Qt.AlignLeft)
        self.result = QLabel()
        self.result.setObjectName("stocktakeResult")
        self.result.setWordWrap(True)
        lay.addWidget(self.result)
        self.model = ListModel([("kind", self.tr("Finding")), ("barcode", self.tr("Barcode")),
                                ("shelf_location", self.tr("Shelf")), ("title", self.tr("Title"))])
        lay.addWidget(table(self.model, "stocktakeFindings"), 1)
        self.run_btn.clicked.connect(self.compare)

    def compare(self) -> None:
        try:
            res = self.svc.stocktake(self.codes.toPlainText().split(), self.location.text() or None)
        except CmcError as exc:
            show_error(self, exc)
            return
        self.show_result(res)

    def show_result(self, res: StocktakeResult) -> None:
        self.result.setText(self.tr("Scanned %1, recognised %2: %3 missing, %4 out of place, %5 unknown.")
                            .replace("%1", str(res.scanned)).replace("%2", str(res.seen))
                            .replace("%3", str(len(res.missing))).replace("%4", str(len(res.out_of_place)))
                            .replace("%5", str(len(res.unknown))))
        rows = [{"kind": self.tr("Missing"), "barcode": c.barcode, "shelf_location": c.shelf_location, "title": c.title}
                for c in res.missing]
        rows += [{"kind": self.tr("Out of place"), "barcode": c.barcode, "shelf_location": c.shelf_location,
                  "title": c.title} for c in res.out_of_place]
        rows += [{"kind": self.tr("On loan but on the shelf"), "barcode": c.barcode,
                  "shelf_location": c.shelf_location, "title": c.title} for c in res.on_loan_but_scanned]
        rows += [{"kind": self.tr("Unknown barcode"), "barcode": c, "shelf_location": "", "title": ""}
                 for c in res.unknown]
        self.model.set_rows(rows)


class RulesTab(QWidget):
    """The circulation matrix: patron category × item type (a default applies where none is set)."""

    def __init__(self, svc: LibraryService, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.cat_labels = {"trainee": self.tr("Trainee"), "staff": self.tr("Staff")}
        self.type_labels = item_type_labels(self)
        lay = QVBoxLayout(self)
        self.model = ListModel([("patron_category", self.tr("Borrower")), ("item_type", self.tr("Type")),
                                ("max_loans", self.tr("Max loans")), ("loan_days", self.tr("Loan days")),
                                ("renewals", self.tr("Renewals")), ("stored", self.tr("Set by the library"))],
                               {"patron_category": lambda v: self.cat_labels.get(v, v),
                                "item_type": lambda v: self.type_labels.get(v, v),
                                "stored": lambda v: self.tr("Yes") if v else self.tr("Default")})
        self.view = table(self.model, "loanRules")
        lay.addWidget(self.view, 1)
        self.hard_due = QLabel()
        self.hard_due.setObjectName("hardDue")
        lay.addWidget(self.hard_due)
        row = QHBoxLayout()
        self.max_loans, self.loan_days, self.renewals = QSpinBox(), QSpinBox(), QSpinBox()
        self.max_loans.setRange(0, 50)
        self.loan_days.setRange(0, 365)
        self.renewals.setRange(0, 20)
        self.save_btn = QPushButton(self.tr("Save the selected rule"))
        self.save_btn.setEnabled(can_edit)
        for label, w in ((self.tr("Max loans"), self.max_loans), (self.tr("Loan days"), self.loan_days),
                         (self.tr("Renewals"), self.renewals)):
            row.addWidget(QLabel(label))
            row.addWidget(w)
        row.addWidget(self.save_btn)
        row.addStretch(1)
        lay.addLayout(row)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._select())
        self.save_btn.clicked.connect(self.save)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.svc.loan_rules())
        due = self.svc.due_date_for("trainee", "book")
        self.hard_due.setText(self.tr("A trainee borrowing a book today returns it on %1 at the latest "
                                      "(holidays and the end of the academic year apply).")
                              .replace("%1", due.strftime("%d/%m/%Y")))

    def _select(self) -> None:
        idx = self.view.currentIndex()
        if idx.isValid():
            r = self.model.rows[idx.row()]
            self.max_loans.setValue(r.max_loans)
            self.loan_days.setValue(r.loan_days)
            self.renewals.setValue(r.renewals)

    def save(self) -> None:
        idx = self.view.currentIndex()
        if not idx.isValid():
            return
        r = self.model.rows[idx.row()]
        try:
            self.svc.set_loan_rule(r.patron_category, r.item_type, max_loans=self.max_loans.value(),
                                   loan_days=self.loan_days.value(), renewals=self.renewals.value())
        except CmcError as exc:
            show_error(self, exc)
            return
        row = idx.row()
        self.refresh()
        self.view.selectRow(row)


class LibraryPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPage")
        self.svc = ctx.service(LibraryService)
        lay = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Media library"))
        self.heading.setObjectName("pageHeading")
        lay.addWidget(self.heading)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("libraryTabs")
        self.circulation = CirculationTab(self.svc, ctx.actor.can(Perm.LIBRARY_CIRCULATE))
        self.catalogue = CatalogueTab(self.svc, ctx.actor.can(Perm.LIBRARY_CATALOGUE),
                                      ctx.actor.can(Perm.LIBRARY_CIRCULATE))
        self.rules = RulesTab(self.svc, ctx.actor.can(Perm.LIBRARY_CATALOGUE))
        self.overdue = OverdueTab(self.svc)
        self.stocktake = StocktakeTab(self.svc, ctx.actor.can(Perm.LIBRARY_CATALOGUE))
        self.tabs.addTab(self.circulation, self.tr("Circulation"))
        self.tabs.addTab(self.catalogue, self.tr("Catalogue"))
        self.tabs.addTab(self.overdue, self.tr("Overdue"))
        self.tabs.addTab(self.stocktake, self.tr("Stocktake"))
        self.tabs.addTab(self.rules, self.tr("Loan rules"))
        lay.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_changed)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.overdue:
            self.overdue.refresh()
        elif self.tabs.widget(index) is self.catalogue:
            self.catalogue.refresh()


__all__ = ["LibraryPage"]
