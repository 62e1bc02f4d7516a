"""The canteen service desk: a keyboard-wedge scanner (or typed matricule + Enter) and a big banner.

The decision runs synchronously in the Enter event (no thread): the scan is a few indexed reads
and one committed INSERT, a few milliseconds, so the banner answers before the next card is
presented and the order of scans is the order of the queue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.catering import rules
from cmc_desktop.catering.dto import ScanResult
from cmc_desktop.catering.service import CateringService
from cmc_desktop.clock import CITY_TZ
from cmc_desktop.errors import CmcError
from ui.errors import show_error


def _t(text: str) -> str:
    return QCoreApplication.translate("CateringDesk", text)


def reason_text(reason: str) -> str:
    """Refusal reasons, translated (one literal per reason so the catalogue sees them)."""
    return {
        "not_a_matricule": _t("This code is not a matricule nor a meal ticket"),
        "unknown_card": _t("Unknown card: no trainee or ticket has this code"),
        "closed": _t("The canteen is closed today"),
        "no_service": _t("This meal is not served today"),
        "outside_window": _t("Outside the service window"),
        "on_leave": _t("On leave today"),
        "not_entitled": _t("Not entitled to this meal"),
        "already_served": _t("Already served this meal"),
        "ticket_other_day": _t("This ticket is for another day or meal"),
    }.get(reason, reason)


def meal_text(meal: str | None, ramadan: bool = False) -> str:
    name = rules.meal_name(meal, ramadan) if meal else ""
    return {
        "breakfast": _t("Breakfast"), "lunch": _t("Lunch"), "dinner": _t("Dinner"),
        "suhoor": _t("Suhoor"), "iftar": _t("Iftar"),
    }.get(name, _t("No meal"))


def category_text(category: str) -> str:
    return {"resident": _t("Resident"), "day": _t("Day trainee"), "staff": _t("Staff"),
            "guest": _t("Guest")}.get(category, category)


def diet_text(code: str) -> str:
    return {
        "diabetic": _t("Diabetic"), "vegetarian": _t("Vegetarian"), "gluten_free": _t("Gluten-free"),
        "lactose_free": _t("Lactose-free"), "low_salt": _t("Low salt"), "soft_food": _t("Soft food"),
    }.get(code, code)


def allergen_text(code: str) -> str:
    return {
        "gluten": _t("Gluten"), "crustaceans": _t("Crustaceans"), "eggs": _t("Eggs"), "fish": _t("Fish"),
        "peanuts": _t("Peanuts"), "soybeans": _t("Soybeans"), "milk": _t("Milk"), "nuts": _t("Tree nuts"),
        "celery": _t("Celery"), "mustard": _t("Mustard"), "sesame": _t("Sesame"), "sulphites": _t("Sulphites"),
        "lupin": _t("Lupin"), "molluscs": _t("Molluscs"),
    }.get(code, code)


class ScanBanner(QFrame):
    """Green for served, red for refused; name, Arabic name, photo, dietary flags, reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanBanner")
        self.setMinimumHeight(260)
        self.setAutoFillBackground(True)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 18)
        self.photo = QLabel()
        self.photo.setObjectName("scanPhoto")
        self.photo.setFixedSize(150, 190)
        self.photo.setAlignment(Qt.AlignCenter)
        lay.addWidget(self.photo)
        col = QVBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("scanStatus")
        self.name = QLabel()
        self.name.setObjectName("scanName")
        self.name_ar = QLabel()
        self.name_ar.setObjectName("scanNameAr")
        self.detail = QLabel()
        self.detail.setObjectName("scanDetail")
        self.reason = QLabel()
        self.reason.setObjectName("scanReason")
        self.reason.setWordWrap(True)
        self.diet = QLabel()
        self.diet.setObjectName("scanDiet")
        self.diet.setWordWrap(True)
        for w, size, bold in ((self.status, 34, True), (self.name, 28, True), (self.name_ar, 26, False),
                              (self.detail, 15, False), (self.reason, 22, True), (self.diet, 18, True)):
            f = QFont(w.font())
            f.setPointSize(size)
            f.setBold(bold)
            w.setFont(f)
            col.addWidget(w)
        col.addStretch(1)
        lay.addLayout(col, 1)
        self.setStyleSheet("QLabel { color: #ffffff; } QLabel#scanDiet { color: #fff3b0; }")
        self.show_idle()

    def _colour(self, bg: str) -> None:
        # Only the palette changes per scan: style sheets are set once (re-polishing seven
        # labels on every scan cost more than the scan itself).
        pal = self.palette()
        pal.setColor(self.backgroundRole(), QColor(bg))
        self.setPalette(pal)

    def show_idle(self) -> None:
        self.setProperty("state", "idle")
        self._colour("#3b4b5c")
        self.status.setText(_t("Ready: scan a card"))
        for w in (self.name, self.name_ar, self.detail, self.reason, self.diet):
            w.clear()
        self.photo.clear()

    def show_result(self, r: ScanResult) -> None:
        self.setProperty("state", "accepted" if r.accepted else "refused")
        # Dark green and dark red keep white text above WCAG AA contrast.
        self._colour("#1b6e35" if r.accepted else "#a0141e")
        self.status.setText(_t("SERVED") if r.accepted else _t("REFUSED"))
        self.name.setText(r.name or r.code)
        self.name_ar.setText(r.name_ar)
        bits = [b for b in (r.matricule or r.code, r.group, meal_text(r.meal, r.ramadan),
                            category_text(r.category) if r.category else "") if b]
        self.detail.setText(" · ".join(bits))
        if r.accepted:
            self.reason.clear()
        elif r.previous_at is not None:
            self.reason.setText(_t("Already served this meal at %1")
                                .replace("%1", r.previous_at.astimezone(CITY_TZ).strftime("%H:%M")))
        else:
            self.reason.setText(reason_text(r.reason))
        diet = [diet_text(c) for c in (r.diet or ())] + [allergen_text(c) for c in (r.allergens or ())]
        if r.diet_note:
            diet.append(r.diet_note)
        self.diet.setText(_t("Diet: %1").replace("%1", ", ".join(diet)) if diet else "")
        pix = QPixmap()
        if r.photo and pix.loadFromData(r.photo):
            self.photo.setPixmap(pix.scaled(self.photo.size(), Qt.KeepAspectRatio, Qt.SmoothTransformation))
        else:
            self.photo.setText(_t("No photo"))

    def show_error(self, message: str) -> None:
        self.setProperty("state", "refused")
        self._colour("#a0141e")
        self.status.setText(_t("REFUSED"))
        self.name.clear()
        self.name_ar.clear()
        self.detail.clear()
        self.diet.clear()
        self.reason.setText(message)


class DeskPage(QWidget):
    """Full-screen scan screen. ``scanned`` is emitted after each decision (for tests and logs)."""

    scanned = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, desk_name: str = "desk") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.svc = ctx.service(CateringService)
        self.desk_name = desk_name
        self.last_accepted: ScanResult | None = None
        self._meal: str | None = None
        self.setObjectName("cateringDesk")
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(self.tr("Canteen service desk"))
        self.title.setObjectName("pageHeading")
        tf = QFont(self.title.font())
        tf.setPointSize(20)
        tf.setBold(True)
        self.title.setFont(tf)
        top.addWidget(self.title)
        top.addStretch(1)
        self.meal_label = QLabel()
        self.meal_label.setObjectName("deskMeal")
        mf = QFont(self.meal_label.font())
        mf.setPointSize(16)
        self.meal_label.setFont(mf)
        top.addWidget(self.meal_label)
        self.meal_combo = QComboBox()
        self.meal_combo.setObjectName("deskMealChoice")
        self.meal_combo.setAccessibleName(self.tr("Meal being served"))
        self.meal_combo.addItem(self.tr("Meal by the clock"), None)
        for m in rules.MEALS:
            self.meal_combo.addItem(meal_text(m), m)
        top.addWidget(self.meal_combo)
        lay.addLayout(top)

        self.input = QLineEdit()
        self.input.setObjectName("scanInput")
        self.input.setPlaceholderText(self.tr("Scan a card or type a matricule, then press Enter"))
        self.input.setAccessibleName(self.tr("Card or matricule"))
        f = QFont(self.input.font())
        f.setPointSize(24)
        self.input.setFont(f)
        self.input.setMaxLength(40)
        lay.addWidget(self.input)

        body = QHBoxLayout()
        left = QVBoxLayout()
        self.banner = ScanBanner()
        left.addWidget(self.banner, 1)
        buttons = QHBoxLayout()
        self.undo_btn = QPushButton(self.tr("&Undo last scan"))
        self.undo_btn.setObjectName("undoButton")
        self.undo_btn.setEnabled(False)
        self.undo_btn.setMinimumHeight(44)
        buttons.addWidget(self.undo_btn)
        buttons.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("deskCount")
        cf = QFont(self.count_label.font())
        cf.setPointSize(16)
        cf.setBold(True)
        self.count_label.setFont(cf)
        buttons.addWidget(self.count_label)
        left.addLayout(buttons)
        body.addLayout(left, 3)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Last scans")))
        self.history = QListWidget()  # this session's last scans only: never a database list
        self.history.setObjectName("scanHistory")
        self.history.setAccessibleName(self.tr("Last scans"))
        side.addWidget(self.history, 1)
        body.addLayout(side, 1)
        lay.addLayout(body, 1)

        self.input.returnPressed.connect(self.on_enter)
        self.undo_btn.clicked.connect(self.undo)
        self.meal_combo.currentIndexChanged.connect(lambda _i: (self.refresh(), self.input.setFocus()))
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(30_000)  # the current meal changes with the clock
        self.refresh()

    # ------------------------------------------------------------------ state
    def _current_meal(self) -> tuple[str | None, bool]:
        now = self.ctx.clock.now().astimezone(CITY_TZ)
        info = self.svc.day_info(now.date())
        chosen = self.meal_combo.currentData()
        if chosen:
            return chosen, info.ramadan
        sched = rules.Schedule.from_json(self.svc.settings().schedule_json)
        return rules.current_meal(now.time(), info, sched), info.ramadan

    def _tick(self) -> None:
        if not self.input.text():  # never disturb a scan in progress
            self.refresh()

    def refresh(self) -> None:
        try:
            meal, ramadan = self._current_meal()
            counts = self.svc.served_counts()
        except CmcError as exc:
            self.meal_label.setText(exc.message)
            return
        self._meal = meal
        self.meal_label.setText(self.tr("Now: %1").replace("%1", meal_text(meal, ramadan)))
        self._show_count(counts)
        self.input.setFocus()

    def _show_count(self, counts: dict[str, int]) -> None:
        served = counts.get(self._meal, 0) if self._meal else sum(counts.values())
        self.count_label.setText(self.tr("Served: %1").replace("%1", str(served)))

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        self.input.setFocus()

    # ------------------------------------------------------------------ actions
    def on_enter(self) -> None:
        code = self.input.text()
        self.input.clear()
        if not code.strip():
            return
        try:
            result = self.svc.scan(code, meal=self.meal_combo.currentData(), desk=self.desk_name)
        except CmcError as exc:
            self.banner.show_error(exc.message)
            self.scanned.emit(exc)
            return
        self.banner.show_result(result)
        if result.accepted:
            self.last_accepted = result
            self.undo_btn.setEnabled(True)
        self._add_history(result)
        # Only the counter changes with a scan; the current meal follows the clock (timer).
        if result.meal and result.meal != self._meal and self.meal_combo.currentData() is None:
            self.refresh()
        else:
            self._show_count(self.svc.served_counts())
        self.scanned.emit(result)

    def _add_history(self, r: ScanResult) -> None:
        when = r.served_at or self.ctx.clock.now()  # the context's clock, as the service uses
        stamp = when.astimezone(CITY_TZ).strftime("%H:%M:%S")
        text = f"{stamp}  {r.name or r.code}  — " + (meal_text(r.meal, r.ramadan) if r.accepted
                                                      else reason_text(r.reason))
        item = QListWidgetItem(("✔ " if r.accepted else "✖ ") + text)
        item.setForeground(QColor("#1b6e35" if r.accepted else "#a0141e"))
        self.history.insertItem(0, item)
        while self.history.count() > 30:
            self.history.takeItem(self.history.count() - 1)

    def undo(self) -> None:
        r = self.last_accepted
        if r is None or r.service_id is None:
            return
        try:
            self.svc.undo(r.service_id)
        except CmcError as exc:
            show_error(self, exc)
            return
        self.last_accepted = None
        self.undo_btn.setEnabled(False)
        self.banner.show_idle()
        self.banner.status.setText(self.tr("Scan undone: %1").replace("%1", r.name or r.code))
        item = QListWidgetItem("↶ " + self.tr("Scan undone: %1").replace("%1", r.name or r.code))
        self.history.insertItem(0, item)
        self.refresh()
