"""Catering management: headcount forecast (served beside past days), weekly menu, documents."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.catering import rules
from cmc_desktop.catering.dto import ForecastRow, MenuDish
from cmc_desktop.catering.service import CateringService
from cmc_desktop.errors import CmcError
from cmc_desktop.security.permissions import Perm
from ui.errors import show_error
from ui.pages.catering.desk import _t, allergen_text, meal_text
from ui.tasks import RUNNER


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class ForecastModel(QAbstractTableModel):
    """At most 366 days × 3 meals: the rows are held (a forecast is computed, not a table)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ForecastRow] = []
        self.headers = [_t("Day"), _t("Meal"), _t("Status"), _t("Residents"), _t("On leave"), _t("Subscribers"),
                        _t("Tickets"), _t("Forecast"), _t("Served"), _t("Note")]

    def set_rows(self, rows: list[ForecastRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        c = index.column()
        if role == Qt.TextAlignmentRole and 3 <= c <= 8:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ForegroundRole and r.status != "open":
            return QColor("#6b7682")
        if role == Qt.ForegroundRole and c == 8 and r.served is not None and r.forecast \
                and abs(r.served - r.forecast) > 0.15 * r.forecast:
            return QColor("#a0141e")  # served far from the forecast: worth a look
        if role != Qt.DisplayRole:
            return None
        status = {"open": _t("Open"), "closed": _t("Closed"), "no_service": _t("Not served")}[r.status]
        values = [QLocale().toString(_qdate(r.day), "ddd dd/MM/yyyy"), meal_text(r.meal, r.ramadan), status, r.residents, r.on_leave,
                  r.subscribers, r.tickets, r.forecast, "" if r.served is None else r.served, r.note]
        return str(values[c])


class MenuModel(QAbstractTableModel):
    """Seven days × three meals; each cell lists the dishes with their allergens."""

    def __init__(self) -> None:
        super().__init__()
        self.monday = dt.date.today()
        self.cells: dict[tuple[int, str], list[MenuDish]] = {}

    def set_week(self, monday: dt.date, dishes: list[MenuDish]) -> None:
        self.beginResetModel()
        self.monday = monday
        self.cells = {}
        for d in dishes:
            self.cells.setdefault(((d.day - monday).days, d.meal), []).append(d)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 7

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(rules.MEALS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal:
            return meal_text(rules.MEALS[section])
        return QLocale().toString(_qdate(self.monday + dt.timedelta(days=section)), "dddd dd/MM")

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        dishes = self.cells.get((index.row(), rules.MEALS[index.column()]), [])
        lines = []
        for d in dishes:
            line = d.dish_fr + (f" / {d.dish_ar}" if d.dish_ar else "")
            if d.allergens:
                line += " (" + ", ".join(allergen_text(a) for a in d.allergens) + ")"
            lines.append(line)
        return "\n".join(lines)


class CateringPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.svc = ctx.service(CateringService)
        self.setObjectName("cateringPage")
        lay = QVBoxLayout(self)
        heading = QLabel(self.tr("Catering"))
        heading.setObjectName("pageHeading")
        f = heading.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        heading.setFont(f)
        lay.addWidget(heading)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cateringTabs")
        lay.addWidget(self.tabs, 1)
        self._build_forecast()
        self._build_menu()
        self._build_documents()
        self.refresh()

    # ------------------------------------------------------------------ forecast
    def _build_forecast(self) -> None:
        w = QWidget()
        v = QVBoxLayout(w)
        bar = QHBoxLayout()
        self.from_date = QDateEdit(_qdate(self.ctx.clock.today() - dt.timedelta(days=3)))
        self.from_date.setObjectName("forecastFrom")
        self.from_date.setCalendarPopup(True)
        self.from_date.setDisplayFormat("dd/MM/yyyy")
        self.from_date.setAccessibleName(self.tr("First day"))
        self.days = QSpinBox()
        self.days.setObjectName("forecastDays")
        self.days.setRange(1, 60)
        self.days.setValue(14)
        self.days.setAccessibleName(self.tr("Number of days"))
        self.refresh_btn = QPushButton(self.tr("&Refresh"))
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.from_date)
        bar.addWidget(QLabel(self.tr("Days")))
        bar.addWidget(self.days)
        bar.addWidget(self.refresh_btn)
        bar.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("forecastSummary")
        bar.addWidget(self.summary)
        v.addLayout(bar)
        self.forecast_model = ForecastModel()
        self.forecast_view = QTableView()
        self.forecast_view.setObjectName("forecastTable")
        self.forecast_view.setAccessibleName(self.tr("Headcount forecast"))
        self.forecast_view.setModel(self.forecast_model)
        self.forecast_view.setAlternatingRowColors(True)
        self.forecast_view.verticalHeader().setVisible(False)
        self.forecast_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.forecast_view.horizontalHeader().setStretchLastSection(True)
        v.addWidget(self.forecast_view, 1)
        self.tabs.addTab(w, self.tr("Forecast"))
        self.refresh_btn.clicked.connect(self.refresh)

    def refresh(self) -> None:
        start, days = _pydate(self.from_date.date()), self.days.value()
        fn = self.svc.forecast

        def done(rows: list[ForecastRow]) -> None:
            self.forecast_model.set_rows(rows)
            today = [r for r in rows if r.day == self.ctx.clock.today() and r.status == "open"]
            self.summary.setText(self.tr("Today: %1 served of %2 forecast")
                                 .replace("%1", str(sum(r.served or 0 for r in today)))
                                 .replace("%2", str(sum(r.forecast for r in today))))

        RUNNER.run(self, self.tr("Computing the forecast"), lambda progress, cancel: fn(
            start, days, progress=progress, cancel=cancel), on_done=done)
        self.load_menu()

    # ------------------------------------------------------------------ menu
    def _build_menu(self) -> None:
        w = QWidget()
        v = QVBoxLayout(w)
        bar = QHBoxLayout()
        self.week = QDateEdit(_qdate(self.ctx.clock.today()))
        self.week.setObjectName("menuWeek")
        self.week.setCalendarPopup(True)
        self.week.setDisplayFormat("dd/MM/yyyy")
        self.week.setAccessibleName(self.tr("Week of"))
        bar.addWidget(QLabel(self.tr("Week of")))
        bar.addWidget(self.week)
        self.menu_pdf_btn = QPushButton(self.tr("Print the menu (PDF)…"))
        bar.addWidget(self.menu_pdf_btn)
        bar.addStretch(1)
        v.addLayout(bar)
        self.menu_model = MenuModel()
        self.menu_view = QTableView()
        self.menu_view.setObjectName("menuTable")
        self.menu_view.setAccessibleName(self.tr("Weekly menu"))
        self.menu_view.setModel(self.menu_model)
        self.menu_view.setWordWrap(True)
        self.menu_view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.menu_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        v.addWidget(self.menu_view, 1)
        self.tabs.addTab(w, self.tr("Menu"))
        self.week.dateChanged.connect(lambda _d: self.load_menu())
        self.menu_pdf_btn.clicked.connect(self.print_menu)

    def _monday(self) -> dt.date:
        d = _pydate(self.week.date())
        return d - dt.timedelta(days=d.weekday())

    def load_menu(self) -> None:
        try:
            self.menu_model.set_week(self._monday(), self.svc.week_menu(self._monday()))
        except CmcError as exc:
            show_error(self, exc)

    def print_menu(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the menu"), f"menu-{self._monday()}.pdf",
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        from cmc_desktop.catering.reports import menu_pdf

        monday, svc = self._monday(), self.svc

        def work(progress, cancel):  # noqa: ANN001, ANN202
            ramadan = {monday + dt.timedelta(days=i) for i in range(7)
                       if svc.day_info(monday + dt.timedelta(days=i)).ramadan}
            return menu_pdf(path, monday, svc.week_menu(monday), city=svc.city_line(), ramadan_days=ramadan)

        RUNNER.run(self, self.tr("Writing the menu"), work, on_done=self._written)

    # ------------------------------------------------------------------ documents
    def _build_documents(self) -> None:
        w = QWidget()
        form = QFormLayout(w)
        self.month = QDateEdit(_qdate(self.ctx.clock.today().replace(day=1)))
        self.month.setObjectName("reportMonth")
        self.month.setDisplayFormat("MM/yyyy")
        self.month.setAccessibleName(self.tr("Month"))
        form.addRow(self.tr("Month"), self.month)
        row = QHBoxLayout()
        self.month_pdf_btn = QPushButton(self.tr("Monthly report (PDF)…"))
        self.month_xlsx_btn = QPushButton(self.tr("Monthly report (Excel)…"))
        self.export_btn = QPushButton(self.tr("Export meals of the month (Excel)…"))
        for b in (self.month_pdf_btn, self.month_xlsx_btn, self.export_btn):
            row.addWidget(b)
        form.addRow(row)
        self.group = QLineEdit()
        self.group.setObjectName("cardsGroup")
        self.group.setPlaceholderText(self.tr("all groups"))
        self.group.setAccessibleName(self.tr("Group code"))
        form.addRow(self.tr("Group code"), self.group)
        self.cards_btn = QPushButton(self.tr("Meal cards (PDF)…"))
        self.cards_btn.setEnabled(self.ctx.actor.can(Perm.CATERING_MANAGE))
        form.addRow(self.cards_btn)
        self.doc_message = QLabel()
        self.doc_message.setObjectName("formMessage")
        self.doc_message.setWordWrap(True)
        form.addRow(self.doc_message)
        self.tabs.addTab(w, self.tr("Documents"))
        self.month_pdf_btn.clicked.connect(lambda: self.monthly("pdf"))
        self.month_xlsx_btn.clicked.connect(lambda: self.monthly("xlsx"))
        self.export_btn.clicked.connect(self.export_month)
        self.cards_btn.clicked.connect(self.cards)

    def _month_range(self) -> tuple[dt.date, dt.date]:
        start = _pydate(self.month.date()).replace(day=1)
        end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return start, end

    def _ask(self, suggested: str, kind: str) -> str:
        filters = self.tr("PDF files (*.pdf)") if kind == "pdf" else self.tr("Excel files (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), suggested, filters)
        return path

    def _written(self, path: object) -> None:
        self.doc_message.setText(self.tr("Written: %1").replace("%1", str(path)))

    def monthly(self, kind: str) -> None:
        start, _end = self._month_range()
        path = self._ask(f"restauration-{start:%Y-%m}.{kind}", kind)
        if not path:
            return
        from cmc_desktop.catering.reports import monthly_pdf, monthly_xlsx

        svc = self.svc

        def work(progress, cancel):  # noqa: ANN001, ANN202
            report = svc.monthly(start.year, start.month, progress=progress, cancel=cancel)
            return monthly_pdf(path, report, city=svc.city_line()) if kind == "pdf" else monthly_xlsx(path, report)

        RUNNER.run(self, self.tr("Writing the monthly report"), work, on_done=self._written)

    def export_month(self) -> None:
        start, end = self._month_range()
        path = self._ask(f"repas-{start:%Y-%m}.xlsx", "xlsx")
        if not path:
            return
        svc = self.svc
        RUNNER.run(self, self.tr("Exporting the meals"), lambda progress, cancel: svc.export_meals(
            path, start, end, progress=progress, cancel=cancel), on_done=self._written)

    def cards(self) -> None:
        path = self._ask("cartes-repas.pdf", "pdf")
        if not path:
            return
        from cmc_desktop.catering.reports import cards_pdf

        svc, group = self.svc, self.group.text().strip() or None

        def work(progress, cancel):  # noqa: ANN001, ANN202
            return cards_pdf(path, svc.card_rows(group), city=svc.city_line(), progress=progress, cancel=cancel)

        RUNNER.run(self, self.tr("Writing the meal cards"), work, on_done=self._written)
