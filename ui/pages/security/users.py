"""User accounts (administrator): list, add, change role, disable, reset password, unlock."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.errors import CmcError
from cmc_desktop.security.dto import UserRow
from cmc_desktop.security.passwords import MIN_LENGTH
from cmc_desktop.security.permissions import Role
from cmc_desktop.security.service import UserService
from ui.errors import show_error
from ui.login import role_label
from ui.models.rows import RowsModel


def _heading_font(label: QLabel) -> None:
    f = label.font()
    f.setPointSizeF(f.pointSizeF() * 1.5)
    f.setBold(True)
    label.setFont(f)


def _t(text: str) -> str:
    return QCoreApplication.translate("Users", text)


COLUMNS = ("User name", "Full name", "Role", "State", "Last sign-in")


class UsersModel(RowsModel):
    """A city has tens of accounts, not thousands: holding the rows is fine here."""

    def __init__(self) -> None:
        super().__init__([_t(c) for c in COLUMNS])

    def display(self, r: UserRow, col: int) -> Any:
        if col == 0:
            return r.username
        if col == 1:
            return r.display_name
        if col == 2:
            return role_label(r.role)
        if col == 3:
            if not r.active:
                return _t("Disabled")
            if r.locked_until is not None:
                return _t("Locked until %1").replace("%1", r.locked_until.astimezone().strftime("%H:%M"))
            return _t("Active")
        return r.last_login_at.astimezone().strftime("%d/%m/%Y %H:%M") if r.last_login_at else _t("Never")


class PasswordDialog(QDialog):
    """Asks a new password twice (administrator reset, or a new account)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(title)
        lay = QFormLayout(self)
        self.password = QLineEdit()
        self.password.setObjectName("newPassword")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setAccessibleName(_t("New password"))
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeatPassword")
        self.repeat.setEchoMode(QLineEdit.Password)
        self.repeat.setAccessibleName(_t("Repeat the password"))
        lay.addRow(_t("&New password"), self.password)
        lay.addRow(_t("&Repeat"), self.repeat)
        lay.addRow("", QLabel(_t("At least %1 characters, without the user name.").replace("%1", str(MIN_LENGTH))))
        self.message = QLabel()
        self.message.setObjectName("passwordMessage")
        lay.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        lay.addRow(buttons)

    def _check(self) -> None:
        if self.password.text() != self.repeat.text():
            self.message.setText(_t("The two passwords differ."))
            return
        self.accept()


class UsersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersPage")
        self.ctx = ctx
        self.svc = ctx.service(UserService)
        self.current: UserRow | None = None
        lay = QVBoxLayout(self)
        title = QLabel(_t("User accounts"))
        title.setObjectName("pageHeading")
        _heading_font(title)
        lay.addWidget(title)
        split = QSplitter()
        self.model = UsersModel()
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(_t("User accounts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setSelectionMode(QTableView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumWidth(560)
        split.addWidget(self.table)

        side = QWidget()
        side_lay = QVBoxLayout(side)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("userName")
        self.username.setAccessibleName(_t("User name"))
        self.display_name = QLineEdit()
        self.display_name.setObjectName("displayName")
        self.display_name.setAccessibleName(_t("Full name"))
        self.role = QComboBox()
        self.role.setObjectName("userRole")
        self.role.setAccessibleName(_t("Role"))
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.active = QCheckBox(_t("Account active"))
        self.active.setObjectName("userActive")
        self.active.setChecked(True)
        form.addRow(_t("&User name"), self.username)
        form.addRow(_t("&Full name"), self.display_name)
        form.addRow(_t("&Role"), self.role)
        form.addRow("", self.active)
        side_lay.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("usersMessage")
        self.message.setWordWrap(True)
        side_lay.addWidget(self.message)
        row1 = QHBoxLayout()
        self.new_btn = QPushButton(_t("&New account"))
        self.save_btn = QPushButton(_t("&Save"))
        self.save_btn.setObjectName("saveUser")
        row1.addWidget(self.new_btn)
        row1.addWidget(self.save_btn)
        side_lay.addLayout(row1)
        row2 = QHBoxLayout()
        self.reset_btn = QPushButton(_t("Reset &password…"))
        self.reset_btn.setObjectName("resetPassword")
        self.unlock_btn = QPushButton(_t("&Unlock"))
        self.unlock_btn.setObjectName("unlockUser")
        row2.addWidget(self.reset_btn)
        row2.addWidget(self.unlock_btn)
        side_lay.addLayout(row2)
        side_lay.addStretch(1)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 400])
        lay.addWidget(split, 1)

        self.table.selectionModel().currentRowChanged.connect(self._select)
        self.new_btn.clicked.connect(self.new)
        self.save_btn.clicked.connect(self.save)
        self.reset_btn.clicked.connect(self.reset_password)
        self.unlock_btn.clicked.connect(self.unlock)
        self.refresh()
        self.new()

    def refresh(self, select: str | None = None) -> None:
        self.model.set_rows(self.svc.list())
        if select:
            for i, r in enumerate(self.model.rows):
                if r.username == select:
                    self.table.selectRow(i)
                    break

    def new(self) -> None:
        self.current = None
        self.table.clearSelection()
        self.username.clear()
        self.username.setReadOnly(False)
        self.display_name.clear()
        self.display_name.setReadOnly(False)
        self.role.setCurrentIndex(self.role.findData(Role.REGISTRAR.value))
        self.active.setChecked(True)
        self.active.setEnabled(False)
        self.reset_btn.setEnabled(False)
        self.unlock_btn.setEnabled(False)
        self.message.clear()
        self.username.setFocus()

    def _select(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if not current.isValid():
            return
        r = self.model.rows[current.row()]
        self.current = r
        self.username.setText(r.username)
        self.username.setReadOnly(True)
        self.display_name.setText(r.display_name)
        self.display_name.setReadOnly(True)
        self.role.setCurrentIndex(self.role.findData(r.role))
        self.active.setEnabled(True)
        self.active.setChecked(r.active)
        self.reset_btn.setEnabled(True)
        self.unlock_btn.setEnabled(r.locked_until is not None)
        self.message.clear()

    def save(self) -> None:
        try:
            if self.current is None:
                dlg = PasswordDialog(_t("Password of the new account"), self)
                if dlg.exec() != QDialog.Accepted:
                    return
                row = self.svc.add(self.username.text(), self.role.currentData(), dlg.password.text(),
                                   display_name=self.display_name.text(), must_change_password=True)
                msg = _t("Account %1 created; the password must be changed at the first sign-in.")
            else:
                name, version = self.current.username, self.current.version
                if self.role.currentData() != self.current.role:
                    version = self.svc.set_role(name, self.role.currentData(), version=version).version
                if self.active.isChecked() != self.current.active:
                    self.svc.set_active(name, self.active.isChecked(), version=version)
                row = self.svc.get(name)
                msg = _t("Account %1 saved.")
        except CmcError as exc:
            show_error(self, exc)
            return
        self.refresh(select=row.username)
        self.message.setText(msg.replace("%1", row.username))

    def reset_password(self) -> None:
        if self.current is None:
            return
        dlg = PasswordDialog(_t("New password for %1").replace("%1", self.current.username), self)
        if dlg.exec() != QDialog.Accepted:
            return
        try:
            row = self.svc.reset_password(self.current.username, dlg.password.text())
        except CmcError as exc:
            show_error(self, exc)
            return
        self.refresh(select=row.username)
        self.message.setText(_t("Password of %1 reset; it must be changed at the next sign-in.")
                             .replace("%1", row.username))

    def unlock(self) -> None:
        if self.current is None:
            return
        try:
            row = self.svc.unlock(self.current.username)
        except CmcError as exc:
            show_error(self, exc)
            return
        self.refresh(select=row.username)
        self.message.setText(_t("Account %1 unlocked.").replace("%1", row.username))
