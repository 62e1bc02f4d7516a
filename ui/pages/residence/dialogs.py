"""Check-in, check-out and leave dialogs. They collect input; the page calls the service."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cmc_desktop.residence.service import CHECKLIST, CONDITIONS


def _t(text: str) -> str:
    return QCoreApplication.translate("ResidenceDialogs", text)


def item_label(item: str) -> str:
    return {
        "bed": _t("Bed"), "mattress": _t("Mattress"), "wardrobe": _t("Wardrobe"), "desk": _t("Desk"),
        "chair": _t("Chair"), "window": _t("Window"), "door and lock": _t("Door and lock"), "walls": _t("Walls"),
        "lamp": _t("Lamp"),
    }[item]


def condition_label(state: str) -> str:
    return {"good": _t("Good"), "worn": _t("Worn"), "damaged": _t("Damaged"), "missing": _t("Missing")}[state]


def qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def date_edit(d: dt.date) -> QDateEdit:
    w = QDateEdit(qdate(d))
    w.setCalendarPopup(True)
    w.setDisplayFormat("dd/MM/yyyy")
    return w


class _Checklist(QGroupBox):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        form = QFormLayout(self)
        self.combos: dict[str, QComboBox] = {}
        for item in CHECKLIST:
            box = QComboBox()
            box.setObjectName(f"condition_{item.replace(' ', '_')}")
            for state in CONDITIONS:
                box.addItem(condition_label(state), state)
            box.setAccessibleName(item_label(item))
            self.combos[item] = box
            form.addRow(item_label(item), box)

    def values(self) -> dict[str, str]:
        return {item: box.currentData() for item, box in self.combos.items()}


class CheckInDialog(QDialog):
    def __init__(self, bed_label: str, today: dt.date, deposit: int, matricule: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInDialog")
        self.setWindowTitle(_t("Check in to %1").replace("%1", bed_label))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.matricule = QLineEdit(matricule)
        self.matricule.setObjectName("checkInMatricule")
        self.matricule.setMaxLength(13)
        self.day = date_edit(today)
        self.key = QLineEdit()
        self.key.setObjectName("checkInKey")
        self.deposit = QSpinBox()
        self.deposit.setRange(0, 100_000)
        self.deposit.setSuffix(" " + _t("MAD"))
        self.deposit.setValue(deposit)
        form.addRow(_t("Matricule"), self.matricule)
        form.addRow(_t("Check-in date"), self.day)
        form.addRow(_t("Key or badge"), self.key)
        form.addRow(_t("Deposit"), self.deposit)
        lay.addLayout(form)
        self.checklist = _Checklist(_t("Condition report (the resident may dispute it within 24 hours)"))
        lay.addWidget(self.checklist)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(_t("Check in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)


class CheckOutDialog(QDialog):
    def __init__(self, who: str, bed_label: str, today: dt.date, deposit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkOutDialog")
        self.setWindowTitle(_t("Check out %1").replace("%1", who))
        self.deposit_value = deposit
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(_t("Bed %1 is freed at once.").replace("%1", bed_label)))
        form = QFormLayout()
        self.day = date_edit(today)
        form.addRow(_t("Check-out date"), self.day)
        lay.addLayout(form)
        self.checklist = _Checklist(_t("Condition at check-out"))
        lay.addWidget(self.checklist)
        box = QGroupBox(_t("Damages charged against the deposit"))
        self.damage_rows = QVBoxLayout(box)
        self.damages: list[tuple[QComboBox, QSpinBox]] = []
        add = QPushButton(_t("Add a damage"))
        add.setObjectName("addDamage")
        add.clicked.connect(self.add_damage)
        self.damage_rows.addWidget(add)
        lay.addWidget(box)
        self.balance = QLabel()
        self.balance.setObjectName("depositBalance")
        lay.addWidget(self.balance)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(_t("Check out"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._update_balance()

    def add_damage(self, item: str | None = None, cost: int = 0) -> None:
        row = QHBoxLayout()
        combo = QComboBox()
        for it in CHECKLIST:
            combo.addItem(item_label(it), it)
        if item:
            combo.setCurrentIndex(max(0, combo.findData(item)))
        spin = QSpinBox()
        spin.setRange(0, 100_000)
        spin.setSuffix(" " + _t("MAD"))
        spin.setValue(cost)
        spin.valueChanged.connect(self._update_balance)
        row.addWidget(combo, 2)
        row.addWidget(spin, 1)
        self.damage_rows.insertLayout(self.damage_rows.count() - 1, row)
        self.damages.append((combo, spin))
        self._update_balance()

    def damage_values(self) -> list[tuple[str, int]]:
        return [(c.currentData(), s.value()) for c, s in self.damages if s.value() > 0]

    def _update_balance(self) -> None:
        total = sum(v for _, v in self.damage_values())
        refund = max(0, self.deposit_value - total)
        due = max(0, total - self.deposit_value)
        text = _t("Damages %1 MAD — deposit refund %2 MAD").replace("%1", str(total)).replace("%2", str(refund))
        if due:
            text += " — " + _t("balance due %1 MAD").replace("%1", str(due))
        self.balance.setText(text)


class LeaveDialog(QDialog):
    def __init__(self, who: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leaveDialog")
        self.setWindowTitle(_t("Leave of absence for %1").replace("%1", who))
        form = QFormLayout(self)
        friday = today + dt.timedelta(days=(4 - today.weekday()) % 7)
        self.start = date_edit(friday)
        self.end = date_edit(friday + dt.timedelta(days=2))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(_t("Weekend, holiday, family reason…"))
        form.addRow(_t("From"), self.start)
        form.addRow(_t("To"), self.end)
        form.addRow(_t("Reason"), self.reason)
        form.addRow(QLabel(_t("Meals are not planned for residents on leave.")))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class BuildingDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("buildingDialog")
        self.setWindowTitle(_t("Add a building"))
        form = QFormLayout(self)
        self.code = QLineEdit()
        self.code.setMaxLength(16)
        self.name = QLineEdit()
        self.name_ar = QLineEdit()
        self.name_ar.setLayoutDirection(Qt.RightToLeft)
        self.sex = QComboBox()
        self.sex.addItem(_t("Men"), "H")
        self.sex.addItem(_t("Women"), "F")
        self.floors = QSpinBox()
        self.floors.setRange(1, 20)
        self.floors.setValue(3)
        form.addRow(_t("Code"), self.code)
        form.addRow(_t("Name"), self.name)
        form.addRow(_t("Name (Arabic)"), self.name_ar)
        form.addRow(_t("Houses"), self.sex)
        form.addRow(_t("Floors"), self.floors)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class RoomDialog(QDialog):
    def __init__(self, buildings: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomDialog")
        self.setWindowTitle(_t("Add a room"))
        form = QFormLayout(self)
        self.building = QComboBox()
        for code, label in buildings:
            self.building.addItem(label, code)
        self.code = QLineEdit()
        self.code.setMaxLength(16)
        self.floor = QSpinBox()
        self.floor.setRange(0, 19)
        self.beds = QSpinBox()
        self.beds.setRange(1, 4)
        self.beds.setValue(2)
        self.accessible = QCheckBox(_t("Accessible room"))
        form.addRow(_t("Building"), self.building)
        form.addRow(_t("Room number"), self.code)
        form.addRow(_t("Floor"), self.floor)
        form.addRow(_t("Beds"), self.beds)
        form.addRow(self.accessible)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
