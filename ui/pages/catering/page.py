"""Catering management: headcount forecast (served beside past days), weekly menu, documents."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.catering import rules
from cmc_desktop.catering.dto import DailyCost, ForecastRow, MenuDish
from cmc_desktop.catering.service import CateringService
from cmc_desktop.errors import CmcError
from cmc_desktop.security.permissions import Perm
from ui.errors import show_error
from ui.models.lazy import Column, LazyIdModel
from ui.models.rows import RowsModel
from ui.pages.catering.desk import _t, allergen_text, diet_text, meal_text
from ui.tasks import RUNNER


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class ForecastModel(RowsModel):
    """At most 366 days × 3 meals: the rows are held (a forecast is computed, not a table)."""

    def __init__(self) -> None:
        super().__init__([_t("Day"), _t("Meal"), _t("Status"), _t("Residents"), _t("On leave"), _t("Subscribers"),
                          _t("Tickets"), _t("Forecast"), _t("Served"), _t("Note")])
        self.today = dt.date.min  # set by the page from the context's clock

    def decorate(self, r: ForecastRow, c: int, role: int) -> Any:
        if role == Qt.TextAlignmentRole and 3 <= c <= 8:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ForegroundRole and r.status != "open":
            return QColor("#6b7682")
        if role == Qt.ForegroundRole and c == 8 and r.served is not None and r.forecast and r.day < self.today \
                and abs(r.served - r.forecast) > 0.15 * r.forecast:
            return QColor("#a0141e")  # a past meal served far from its forecast: worth a look
        return None

    def display(self, r: ForecastRow, c: int) -> Any:
        status = {"open": _t("Open"), "closed": _t("Closed"), "no_service": _t("Not served")}[r.status]
        values = [QLocale().toString(_qdate(r.day), "ddd dd/MM/yyyy"), meal_text(r.meal, r.ramadan), status, r.residents,
                  r.on_leave, r.subscribers, r.tickets, r.forecast, "" if r.served is None else r.served, r.note]
        return values[c]


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


class CostModel(RowsModel):
    """One row per day of the chosen range (at most a few months)."""

    def __init__(self) -> None:
        super().__init__([_t("Day"), _t("Food cost (MAD)"), _t("Meals served"), _t("Cost per meal (MAD)")])

    def decorate(self, r: DailyCost, c: int, role: int) -> Any:
        return int(Qt.AlignRight | Qt.AlignVCenter) if role == Qt.TextAlignmentRole and c > 0 else None

    def display(self, r: DailyCost, c: int) -> Any:
        return [QLocale().toString(_qdate(r.day), "ddd dd/MM/yyyy"), f"{r.cost_mad:.2f}", str(r.served),
                "—" if r.per_meal_mad is None else f"{r.per_meal_mad:.2f}"][c]


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
        self._build_subscriptions()
        self._build_menu()
        self._build_costs()
        self._build_schedule()
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
        self.summary.setWordWrap(True)  # own line: the tool bar is already full in French/Arabic
        v.addLayout(bar)
        v.addWidget(self.summary)
        self.forecast_model = ForecastModel()
        self.forecast_model.today = self.ctx.clock.today()
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

    # ------------------------------------------------------------------ subscriptions & tickets
    def _build_subscriptions(self) -> None:
        can_manage = self.ctx.actor.can(Perm.CATERING_MANAGE)
        w = QWidget()
        v = QVBoxLayout(w)
        bar = QHBoxLayout()
        self.sub_day = QDateEdit(_qdate(self.ctx.clock.today()))
        self.sub_day.setObjectName("subscriptionsDay")
        self.sub_day.setCalendarPopup(True)
        self.sub_day.setDisplayFormat("dd/MM/yyyy")
        self.sub_day.setAccessibleName(self.tr("Active on"))
        self.sub_search = QLineEdit()
        self.sub_search.setObjectName("subscriptionsSearch")
        self.sub_search.setPlaceholderText(self.tr("Name or matricule"))
        self.sub_search.setAccessibleName(self.tr("Name or matricule"))
        self.sub_count = QLabel()
        self.sub_count.setObjectName("subscriptionsCount")
        bar.addWidget(QLabel(self.tr("Active on")))
        bar.addWidget(self.sub_day)
        bar.addWidget(self.sub_search, 1)
        bar.addWidget(self.sub_count)
        v.addLayout(bar)
        self.sub_model = LazyIdModel([
            Column("matricule", _t("Matricule")), Column("name", _t("Name")),
            Column("meal", _t("Meal"), formatter=meal_text),
            Column("starts_on", _t("From"), formatter=lambda d: d.strftime("%d/%m/%Y")),
            Column("ends_on", _t("To"), formatter=lambda d: d.strftime("%d/%m/%Y")),
        ], self.svc.subscription_rows, self)
        self.sub_view = QTableView()
        self.sub_view.setObjectName("subscriptionsTable")
        self.sub_view.setAccessibleName(self.tr("Lunch subscriptions"))
        self.sub_view.setModel(self.sub_model)
        self.sub_view.setSelectionBehavior(QTableView.SelectRows)
        self.sub_view.setSelectionMode(QTableView.SingleSelection)
        self.sub_view.setAlternatingRowColors(True)
        self.sub_view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        v.addWidget(self.sub_view, 1)

        forms = QHBoxLayout()
        sub_form = QFormLayout()
        self.sub_matricule = QLineEdit()
        self.sub_matricule.setObjectName("subscribeMatricule")
        self.sub_matricule.setMaxLength(13)
        self.sub_matricule.setAccessibleName(self.tr("Matricule"))
        self.sub_from = QDateEdit(_qdate(self.ctx.clock.today()))
        self.sub_to = QDateEdit(_qdate(self.ctx.clock.today() + dt.timedelta(days=90)))
        for d, name in ((self.sub_from, self.tr("From")), (self.sub_to, self.tr("To"))):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd/MM/yyyy")
            d.setAccessibleName(name)
        self.subscribe_btn = QPushButton(self.tr("&Subscribe to lunch"))
        self.end_btn = QPushButton(self.tr("&End the selected subscription today"))
        sub_form.addRow(self.tr("Matricule"), self.sub_matricule)
        sub_form.addRow(self.tr("From"), self.sub_from)
        sub_form.addRow(self.tr("To"), self.sub_to)
        sub_form.addRow(self.subscribe_btn)
        sub_form.addRow(self.end_btn)
        forms.addLayout(sub_form)
        ticket_form = QFormLayout()
        self.ticket_holder = QLineEdit()
        self.ticket_holder.setObjectName("ticketHolder")
        self.ticket_holder.setAccessibleName(self.tr("Holder"))
        self.ticket_category = QComboBox()
        self.ticket_category.addItem(self.tr("Staff"), "staff")
        self.ticket_category.addItem(self.tr("Guest"), "guest")
        self.ticket_category.setAccessibleName(self.tr("Category"))
        self.ticket_meal = QComboBox()
        for m in rules.MEALS:
            self.ticket_meal.addItem(meal_text(m), m)
        self.ticket_meal.setCurrentIndex(1)
        self.ticket_meal.setAccessibleName(self.tr("Meal"))
        self.ticket_day = QDateEdit(_qdate(self.ctx.clock.today()))
        self.ticket_day.setCalendarPopup(True)
        self.ticket_day.setDisplayFormat("dd/MM/yyyy")
        self.ticket_day.setAccessibleName(self.tr("Day"))
        self.ticket_count = QSpinBox()
        self.ticket_count.setRange(1, 500)
        self.ticket_count.setAccessibleName(self.tr("Number of tickets"))
        self.issue_btn = QPushButton(self.tr("&Issue meal tickets"))
        ticket_form.addRow(self.tr("Holder"), self.ticket_holder)
        ticket_form.addRow(self.tr("Category"), self.ticket_category)
        ticket_form.addRow(self.tr("Meal"), self.ticket_meal)
        ticket_form.addRow(self.tr("Day"), self.ticket_day)
        ticket_form.addRow(self.tr("Number of tickets"), self.ticket_count)
        ticket_form.addRow(self.issue_btn)
        forms.addLayout(ticket_form)
        v.addLayout(forms)
        # Dietary profile: health data (law 09-08), only for roles that may read it.
        self.diet_box = QWidget()
        self.diet_box.setObjectName("dietBox")
        dl = QHBoxLayout(self.diet_box)
        dl.setContentsMargins(0, 0, 0, 0)
        self.diet_matricule = QLineEdit()
        self.diet_matricule.setObjectName("dietMatricule")
        self.diet_matricule.setMaxLength(13)
        self.diet_matricule.setPlaceholderText(self.tr("Matricule"))
        self.diet_matricule.setAccessibleName(self.tr("Matricule"))
        self.diet_flags = QListWidget()
        self.diet_flags.setObjectName("dietFlags")
        self.diet_flags.setAccessibleName(self.tr("Dietary flags"))
        self.diet_flags.setFlow(QListWidget.LeftToRight)
        self.diet_flags.setWrapping(True)
        self.diet_flags.setMaximumHeight(64)
        for code in rules.DIET_FLAGS:
            item = QListWidgetItem(diet_text(code))
            item.setData(Qt.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.diet_flags.addItem(item)
        for code in rules.ALLERGENS:
            item = QListWidgetItem(allergen_text(code))
            item.setData(Qt.UserRole, "allergen:" + code)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.diet_flags.addItem(item)
        self.diet_load = QPushButton(self.tr("Show the diet"))
        self.diet_save = QPushButton(self.tr("Save the diet"))
        dl.addWidget(QLabel(self.tr("Diet")))
        dl.addWidget(self.diet_matricule)
        dl.addWidget(self.diet_load)
        dl.addWidget(self.diet_flags, 1)
        dl.addWidget(self.diet_save)
        self.diet_box.setVisible(self.ctx.actor.can(Perm.HEALTH_READ))
        self.diet_save.setEnabled(can_manage)
        v.addWidget(self.diet_box)
        self.diet_load.clicked.connect(self.load_diet)
        self.diet_save.clicked.connect(self.save_diet)
        self.sub_message = QLabel()
        self.sub_message.setObjectName("formMessage")
        self.sub_message.setWordWrap(True)
        self.sub_message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        v.addWidget(self.sub_message)
        for b in (self.subscribe_btn, self.end_btn, self.issue_btn):
            b.setEnabled(can_manage)
        self.tabs.addTab(w, self.tr("Subscriptions and tickets"))
        self.sub_day.dateChanged.connect(lambda _d: self.load_subscriptions())
        self.sub_search.textChanged.connect(lambda _t: self.load_subscriptions())
        self.subscribe_btn.clicked.connect(self.subscribe)
        self.end_btn.clicked.connect(self.end_subscription)
        self.issue_btn.clicked.connect(self.issue_tickets)

    def load_subscriptions(self) -> None:
        try:
            ids = self.svc.subscription_ids(_pydate(self.sub_day.date()), self.sub_search.text())
        except CmcError as exc:
            self.sub_message.setText(exc.message)
            return
        self.sub_model.set_ids(ids)
        self.sub_count.setText(self.tr("%1 subscriptions").replace("%1", str(len(ids))))

    def subscribe(self) -> None:
        try:
            sub = self.svc.subscribe(self.sub_matricule.text().strip(), _pydate(self.sub_from.date()),
                                     _pydate(self.sub_to.date()))
        except CmcError as exc:
            self.sub_message.setText(exc.message)
            return
        self.sub_message.setText(self.tr("%1 subscribed to lunch from %2 to %3").replace("%1", sub.name)
                                 .replace("%2", sub.starts_on.strftime("%d/%m/%Y"))
                                 .replace("%3", sub.ends_on.strftime("%d/%m/%Y")))
        self.sub_matricule.clear()
        self.load_subscriptions()

    def end_subscription(self) -> None:
        rows = self.sub_view.selectionModel().selectedRows()
        sid = self.sub_model.id_at(rows[0].row()) if rows else None
        if sid is None:
            self.sub_message.setText(self.tr("Select a subscription first."))
            return
        try:
            self.svc.end_subscription(sid, self.ctx.clock.today())
        except CmcError as exc:
            self.sub_message.setText(exc.message)
            return
        self.sub_message.setText(self.tr("Subscription ended."))
        self.load_subscriptions()

    def load_diet(self) -> None:
        try:
            name, flags, allergens, _note = self.svc.diet(self.diet_matricule.text().strip())
        except CmcError as exc:
            self.sub_message.setText(exc.message)
            return
        wanted = set(flags) | {"allergen:" + a for a in allergens}
        for i in range(self.diet_flags.count()):
            item = self.diet_flags.item(i)
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in wanted else Qt.Unchecked)
        self.sub_message.setText(self.tr("Diet of %1").replace("%1", name))

    def save_diet(self) -> None:
        checked = [self.diet_flags.item(i).data(Qt.UserRole) for i in range(self.diet_flags.count())
                   if self.diet_flags.item(i).checkState() == Qt.Checked]
        flags = ",".join(c for c in checked if not c.startswith("allergen:"))
        allergens = ",".join(c.split(":", 1)[1] for c in checked if c.startswith("allergen:"))
        try:
            self.svc.set_diet(self.diet_matricule.text().strip(), flags, allergens)
        except CmcError as exc:
            self.sub_message.setText(exc.message)
            return
        self.sub_message.setText(self.tr("Saved."))

    def issue_tickets(self) -> None:
        try:
            tickets = self.svc.issue_tickets(self.ticket_category.currentData(), self.ticket_holder.text(),
                                             self.ticket_meal.currentData(), _pydate(self.ticket_day.date()),
                                             self.ticket_count.value())
        except CmcError as exc:
            self.sub_message.setText(exc.message)
            return
        self.sub_message.setText(self.tr("Tickets issued: %1").replace("%1", ", ".join(t.code for t in tickets)))

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
        form = QFormLayout()
        self.dish_day = QDateEdit(_qdate(self.ctx.clock.today()))
        self.dish_day.setCalendarPopup(True)
        self.dish_day.setDisplayFormat("dd/MM/yyyy")
        self.dish_day.setAccessibleName(self.tr("Day"))
        self.dish_meal = QComboBox()
        for m in rules.MEALS:
            self.dish_meal.addItem(meal_text(m), m)
        self.dish_meal.setAccessibleName(self.tr("Meal"))
        self.dish_course = QComboBox()
        for c, label in (("starter", self.tr("Starter")), ("main", self.tr("Main course")),
                         ("dessert", self.tr("Dessert")), ("drink", self.tr("Drink"))):
            self.dish_course.addItem(label, c)
        self.dish_course.setCurrentIndex(1)
        self.dish_course.setAccessibleName(self.tr("Course"))
        self.dish_fr = QLineEdit()
        self.dish_fr.setObjectName("dishFr")
        self.dish_fr.setAccessibleName(self.tr("Dish (French)"))
        self.dish_ar = QLineEdit()
        self.dish_ar.setObjectName("dishAr")
        self.dish_ar.setLayoutDirection(Qt.RightToLeft)
        self.dish_ar.setAccessibleName(self.tr("Dish (Arabic)"))
        self.dish_allergens = QListWidget()
        self.dish_allergens.setObjectName("dishAllergens")
        self.dish_allergens.setAccessibleName(self.tr("Allergens"))
        self.dish_allergens.setFlow(QListWidget.LeftToRight)
        self.dish_allergens.setWrapping(True)
        self.dish_allergens.setMaximumHeight(70)
        for code in rules.ALLERGENS:
            item = QListWidgetItem(allergen_text(code))
            item.setData(Qt.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.dish_allergens.addItem(item)
        self.dish_save = QPushButton(self.tr("Save the dish"))
        self.dish_save.setEnabled(self.ctx.actor.can(Perm.CATERING_MANAGE))
        self.dish_message = QLabel()
        self.dish_message.setObjectName("formMessage")
        row = QHBoxLayout()
        for widget in (self.dish_day, self.dish_meal, self.dish_course):
            row.addWidget(widget)
        form.addRow(self.tr("Day"), row)
        form.addRow(self.tr("Dish (French)"), self.dish_fr)
        form.addRow(self.tr("Dish (Arabic)"), self.dish_ar)
        form.addRow(self.tr("Allergens"), self.dish_allergens)
        form.addRow(self.dish_save, self.dish_message)
        v.addLayout(form)
        self.menu_view.clicked.connect(self._pick_cell)
        self.dish_save.clicked.connect(self.save_dish)
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
        self.load_subscriptions()
        self.load_costs()
        self.load_schedule()

    def _pick_cell(self, index: QModelIndex) -> None:
        """Clicking a cell loads its day and meal (and its main dish) into the form."""
        day = self.menu_model.monday + dt.timedelta(days=index.row())
        meal = rules.MEALS[index.column()]
        self.dish_day.setDate(_qdate(day))
        self.dish_meal.setCurrentIndex(self.dish_meal.findData(meal))
        dishes = self.menu_model.cells.get((index.row(), meal), [])
        course = self.dish_course.currentData()
        dish = next((d for d in dishes if d.course == course), None)
        self.dish_fr.setText(dish.dish_fr if dish else "")
        self.dish_ar.setText(dish.dish_ar if dish else "")
        for i in range(self.dish_allergens.count()):
            item = self.dish_allergens.item(i)
            item.setCheckState(Qt.Checked if dish and item.data(Qt.UserRole) in dish.allergens else Qt.Unchecked)

    def save_dish(self) -> None:
        codes = [self.dish_allergens.item(i).data(Qt.UserRole) for i in range(self.dish_allergens.count())
                 if self.dish_allergens.item(i).checkState() == Qt.Checked]
        try:
            self.svc.set_dish(_pydate(self.dish_day.date()), self.dish_meal.currentData(),
                              self.dish_course.currentData(), self.dish_fr.text(), self.dish_ar.text(), ",".join(codes))
        except CmcError as exc:
            self.dish_message.setText(exc.message)
            return
        self.dish_message.setText(self.tr("Saved."))
        self.week.setDate(self.dish_day.date())
        self.load_menu()

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

    # ------------------------------------------------------------------ costs
    def _build_costs(self) -> None:
        w = QWidget()
        v = QVBoxLayout(w)
        bar = QHBoxLayout()
        today = self.ctx.clock.today()
        self.cost_from = QDateEdit(_qdate(today - dt.timedelta(days=13)))
        self.cost_to = QDateEdit(_qdate(today))
        for d, name in ((self.cost_from, self.tr("From")), (self.cost_to, self.tr("To"))):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd/MM/yyyy")
            d.setAccessibleName(name)
            bar.addWidget(QLabel(name))
            bar.addWidget(d)
        bar.addStretch(1)
        self.cost_total = QLabel()
        self.cost_total.setObjectName("costTotal")
        bar.addWidget(self.cost_total)
        v.addLayout(bar)
        self.cost_model = CostModel()
        view = QTableView()
        view.setObjectName("costTable")
        view.setAccessibleName(self.tr("Daily food cost"))
        view.setModel(self.cost_model)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        v.addWidget(view, 1)
        form = QHBoxLayout()
        self.cost_day = QDateEdit(_qdate(today))
        self.cost_day.setCalendarPopup(True)
        self.cost_day.setDisplayFormat("dd/MM/yyyy")
        self.cost_day.setAccessibleName(self.tr("Day"))
        self.cost_label = QLineEdit()
        self.cost_label.setObjectName("costLabel")
        self.cost_label.setPlaceholderText(self.tr("Supplier or purchase"))
        self.cost_label.setAccessibleName(self.tr("Supplier or purchase"))
        self.cost_amount = QDoubleSpinBox()
        self.cost_amount.setObjectName("costAmount")
        self.cost_amount.setRange(0, 1_000_000)
        self.cost_amount.setDecimals(2)
        self.cost_amount.setSuffix(" MAD")
        self.cost_amount.setAccessibleName(self.tr("Amount"))
        self.cost_add = QPushButton(self.tr("Add the cost"))
        self.cost_add.setEnabled(self.ctx.actor.can(Perm.CATERING_MANAGE))
        for widget in (self.cost_day, self.cost_label, self.cost_amount, self.cost_add):
            form.addWidget(widget)
        v.addLayout(form)
        self.cost_message = QLabel()
        self.cost_message.setObjectName("formMessage")
        v.addWidget(self.cost_message)
        self.tabs.addTab(w, self.tr("Costs"))
        self.cost_from.dateChanged.connect(lambda _d: self.load_costs())
        self.cost_to.dateChanged.connect(lambda _d: self.load_costs())
        self.cost_add.clicked.connect(self.add_cost)

    def load_costs(self) -> None:
        try:
            rows = self.svc.costs(_pydate(self.cost_from.date()), _pydate(self.cost_to.date()))
        except CmcError as exc:
            self.cost_message.setText(exc.message)
            return
        self.cost_model.set_rows(rows)
        total = sum((r.cost_mad for r in rows), Decimal("0"))
        served = sum(r.served for r in rows)
        per = f"{(total / served):.2f}" if served else "—"
        self.cost_total.setText(self.tr("Total %1 MAD for %2 meals: %3 MAD per meal")
                                .replace("%1", f"{total:.2f}").replace("%2", str(served)).replace("%3", per))

    def add_cost(self) -> None:
        try:
            self.svc.add_cost(_pydate(self.cost_day.date()), self.cost_label.text(), self.cost_amount.value())
        except CmcError as exc:
            self.cost_message.setText(exc.message)
            return
        self.cost_message.setText(self.tr("Saved."))
        self.cost_label.clear()
        self.cost_amount.setValue(0)
        self.load_costs()

    # ------------------------------------------------------------------ schedule
    def _build_schedule(self) -> None:
        can_manage = self.ctx.actor.can(Perm.CATERING_MANAGE)
        w = QWidget()
        v = QVBoxLayout(w)
        form = QFormLayout()
        self.window_edits: dict[tuple[str, str], QLineEdit] = {}
        labels = (("normal", "breakfast", self.tr("Breakfast")), ("normal", "lunch", self.tr("Lunch")),
                  ("normal", "dinner", self.tr("Dinner")), ("ramadan", "breakfast", self.tr("Suhoor (Ramadan)")),
                  ("ramadan", "dinner", self.tr("Iftar (Ramadan)")))
        for kind, meal, label in labels:
            edit = QLineEdit()
            edit.setObjectName(f"window_{kind}_{meal}")
            edit.setPlaceholderText("06:30-09:00")
            edit.setAccessibleName(label)
            edit.setEnabled(can_manage)
            self.window_edits[(kind, meal)] = edit
            form.addRow(label, edit)
        self.windows_save = QPushButton(self.tr("Save the service windows"))
        self.windows_save.setEnabled(can_manage)
        form.addRow(self.windows_save)
        v.addLayout(form)
        v.addWidget(QLabel(self.tr("Ramadan periods (suhoor and iftar, no lunch)")))
        self.ramadan_list = QListWidget()
        self.ramadan_list.setObjectName("ramadanPeriods")
        self.ramadan_list.setAccessibleName(self.tr("Ramadan periods (suhoor and iftar, no lunch)"))
        self.ramadan_list.setMaximumHeight(120)
        v.addWidget(self.ramadan_list)
        row = QHBoxLayout()
        self.ramadan_from = QDateEdit(_qdate(self.ctx.clock.today()))
        self.ramadan_to = QDateEdit(_qdate(self.ctx.clock.today() + dt.timedelta(days=29)))
        for d, name in ((self.ramadan_from, self.tr("From")), (self.ramadan_to, self.tr("To"))):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd/MM/yyyy")
            d.setAccessibleName(name)
            row.addWidget(QLabel(name))
            row.addWidget(d)
        self.ramadan_add = QPushButton(self.tr("Add the Ramadan period"))
        self.ramadan_add.setEnabled(can_manage)
        row.addWidget(self.ramadan_add)
        row.addStretch(1)
        v.addLayout(row)
        self.schedule_message = QLabel()
        self.schedule_message.setObjectName("formMessage")
        self.schedule_message.setWordWrap(True)
        v.addWidget(self.schedule_message)
        v.addStretch(1)
        self.tabs.addTab(w, self.tr("Schedule"))
        self.windows_save.clicked.connect(self.save_windows)
        self.ramadan_add.clicked.connect(self.add_ramadan)

    def load_schedule(self) -> None:
        try:
            st = self.svc.settings()
        except CmcError as exc:
            self.schedule_message.setText(exc.message)
            return
        for (kind, meal), edit in self.window_edits.items():
            edit.setText(st.windows.get(kind, {}).get(meal, "").replace("–", "-"))
        self.ramadan_list.clear()
        for a, b in st.ramadan_periods:
            self.ramadan_list.addItem(f"{a:%d/%m/%Y} – {b:%d/%m/%Y}")

    def save_windows(self) -> None:
        normal = {m: e.text() for (k, m), e in self.window_edits.items() if k == "normal"}
        ramadan = {m: e.text() for (k, m), e in self.window_edits.items() if k == "ramadan"}
        try:
            self.svc.set_windows(normal, ramadan)
        except CmcError as exc:
            self.schedule_message.setText(exc.message)
            return
        self.schedule_message.setText(self.tr("Saved."))
        self.load_schedule()

    def add_ramadan(self) -> None:
        try:
            self.svc.add_ramadan(_pydate(self.ramadan_from.date()), _pydate(self.ramadan_to.date()))
        except CmcError as exc:
            self.schedule_message.setText(exc.message)
            return
        self.schedule_message.setText(self.tr("Saved."))
        self.load_schedule()

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
