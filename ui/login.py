"""Sign-in, first administrator, password change, idle auto-lock and the daily backup timer.

``ui.startup`` calls ``login(ctx, parent)`` after opening the database. It returns the context acting as the
signed-in user, or None when the user cancels. It also installs a ``DeskGuard`` on the
application: an event filter that locks the screen after N idle minutes (a per-desk setting; the
canteen desk has its own, usually longer, because agents serve a queue without touching the
mouse between badges), and a timer that runs the daily backup at start and every hour after.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.errors import CmcError
from cmc_desktop.security.passwords import MIN_LENGTH
from cmc_desktop.security.permissions import ROLE_LABELS, Actor, Role
from cmc_desktop.security.service import AuthService, UserService
from ui.i18n import ltr

log = logging.getLogger(__name__)
IDLE_KEY = "security/idle_minutes"
CANTEEN_IDLE_KEY = "security/canteen_idle_minutes"
DEFAULT_IDLE = 10
DEFAULT_CANTEEN_IDLE = 60
BACKUP_CHECK_MS = 60 * 60 * 1000  # hourly: the job itself runs once per day and catches up


def _t(text: str) -> str:
    return QCoreApplication.translate("Login", text)


def role_label(role: Role | str) -> str:
    role = Role(role)
    return QCoreApplication.translate("Roles", ROLE_LABELS[role])


def _password_field(name: str) -> QLineEdit:
    w = QLineEdit()
    w.setEchoMode(QLineEdit.Password)
    w.setAccessibleName(name)
    w.setObjectName(name.replace(" ", "_"))
    return w


class LoginDialog(QDialog):
    """User name + password; the core counts failures and locks the account after five."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, username: str = "",
                 locked_screen: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setMinimumWidth(420)
        self.ctx = ctx
        self.actor: Actor | None = None
        self.setWindowTitle(_t("Screen locked") if locked_screen else _t("Sign in to CMC Desktop"))
        lay = QVBoxLayout(self)
        intro = QLabel(_t("The screen was locked after a period of inactivity. Enter your password to continue.")
                       if locked_screen else _t("Database: %1").replace("%1", ltr(ctx.display_url)))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.username.setAccessibleName(_t("User name"))
        self.username.setReadOnly(locked_screen)
        self.password = _password_field(_t("Password"))
        self.password.setObjectName("password")
        form.addRow(_t("&User name"), self.username)
        form.addRow(_t("&Password"), self.password)
        lay.addLayout(form)
        if not locked_screen and ctx.setting("demo.seed"):
            demo = QLabel(_t("Demo city: sign in as admin with the password Souss-2026-01; the demo command "
                             "prints one account per role."))
            demo.setObjectName("demoHint")
            demo.setWordWrap(True)
            lay.addWidget(demo)
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        lay.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(_t("Sign in"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(_t("Quit") if locked_screen else _t("Cancel"))
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()

    def _try(self) -> None:
        try:
            self.actor = self.ctx.service(AuthService).authenticate(self.username.text(), self.password.text())
        except CmcError as exc:
            self.password.clear()
            self.message.setText(_error_text(exc))
            self.password.setFocus()
            return
        self.accept()


def _error_text(exc: CmcError) -> str:
    if exc.code == "bad_credentials":
        return _t("Unknown user name or wrong password.")
    if exc.code == "account_locked":
        return _t("This account is locked after 5 failed attempts. Wait 15 minutes or ask the administrator.")
    if exc.code == "account_disabled":
        return _t("This account is disabled; ask the administrator.")
    if exc.code == "wrong_password":
        return _t("The current password is wrong.")
    if exc.code == "password_short":
        return _t("The password must have at least %1 characters.").replace("%1", str(MIN_LENGTH))
    if exc.code == "password_username":
        return _t("The password must not contain the user name.")
    return exc.message


class SetupAdminDialog(QDialog):
    """No account exists yet (a new or an old database): create the administrator."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupAdminDialog")
        self.ctx = ctx
        self.actor: Actor | None = None
        self.setWindowTitle(_t("Create the administrator"))
        lay = QVBoxLayout(self)
        intro = QLabel(_t("This database has no user account yet. Create the administrator account; "
                          "the administrator then creates the other accounts."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.fields = AdminFields(self)
        lay.addWidget(self.fields)
        self.message = QLabel()
        self.message.setObjectName("setupMessage")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

    def _create(self) -> None:
        try:
            self.actor = self.fields.create(self.ctx)
        except CmcError as exc:
            self.message.setText(_error_text(exc))
            return
        self.accept()


class AdminFields(QWidget):
    """User name, full name, password twice: shared by the setup dialog and the first-run wizard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.username = QLineEdit("admin")
        self.username.setObjectName("adminUsername")
        self.username.setAccessibleName(_t("User name"))
        self.display_name = QLineEdit()
        self.display_name.setAccessibleName(_t("Full name"))
        self.password = _password_field(_t("Password"))
        self.password.setObjectName("adminPassword")
        self.repeat = _password_field(_t("Repeat the password"))
        self.repeat.setObjectName("adminRepeat")
        form.addRow(_t("&User name"), self.username)
        form.addRow(_t("&Full name"), self.display_name)
        form.addRow(_t("&Password"), self.password)
        form.addRow(_t("&Repeat"), self.repeat)
        hint = QLabel(_t("At least %1 characters, without the user name.").replace("%1", str(MIN_LENGTH)))
        hint.setObjectName("passwordHint")
        form.addRow("", hint)

    def create(self, ctx: AppContext) -> Actor:
        from cmc_desktop.errors import ValidationError

        if self.password.text() != self.repeat.text():
            raise ValidationError("The two passwords differ", code="password_mismatch")
        return ctx.service(AuthService).create_first_administrator(
            self.username.text(), self.password.text(), self.display_name.text())


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, forced: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.ctx = ctx
        self.setWindowTitle(_t("Change my password"))
        lay = QVBoxLayout(self)
        if forced:
            note = QLabel(_t("The administrator reset your password: choose a new one now."))
            note.setWordWrap(True)
            lay.addWidget(note)
        form = QFormLayout()
        self.current = _password_field(_t("Current password"))
        self.current.setObjectName("currentPassword")
        self.new = _password_field(_t("New password"))
        self.new.setObjectName("newPassword")
        self.repeat = _password_field(_t("Repeat the password"))
        self.repeat.setObjectName("repeatPassword")
        form.addRow(_t("&Current password"), self.current)
        form.addRow(_t("&New password"), self.new)
        form.addRow(_t("&Repeat"), self.repeat)
        lay.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("changeMessage")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._change)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

    def _change(self) -> None:
        if self.new.text() != self.repeat.text():
            self.message.setText(_t("The two passwords differ."))
            return
        try:
            self.ctx.service(UserService).change_own_password(self.current.text(), self.new.text())
        except CmcError as exc:
            self.message.setText(_error_text(exc))
            return
        self.accept()


# --- the desk guard: idle lock + daily backup ------------------------------------------------------
def idle_minutes(actor: Actor, settings: QSettings | None = None) -> int:
    """Per-desk setting; 0 disables the lock. The canteen desk mode has its own setting."""
    s = settings or QSettings("CMC", "cmc-desktop")
    if actor.role is Role.CANTEEN_AGENT:
        value = s.value(CANTEEN_IDLE_KEY, DEFAULT_CANTEEN_IDLE)
    else:
        value = s.value(IDLE_KEY, DEFAULT_IDLE)
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return DEFAULT_IDLE


class DeskGuard(QObject):
    """Watches input events application-wide; after N idle minutes shows the lock dialog."""

    INPUT_EVENTS = frozenset({QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel,
                              QEvent.TouchBegin})

    def __init__(self, ctx: AppContext, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.locked = False
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self.set_minutes(minutes)
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self.run_backup)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        if minutes > 0:
            self.idle.start(minutes * 60_000)
        else:
            self.idle.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.locked and self.minutes > 0 and event.type() in self.INPUT_EVENTS:
            self.idle.start(self.minutes * 60_000)
        return False

    def lock(self) -> bool:
        """Hide every window and ask for the password; True when the user signed in again.

        The windows are hidden, not just disabled: a locked desk must not keep showing trainees'
        data to whoever walks by."""
        if self.locked:
            return False
        self.locked = True
        app = QApplication.instance()
        hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible() and not isinstance(w, LoginDialog)]
        # While every window is hidden, closing the lock dialog must not count as "last window closed".
        quit_on_close = QApplication.quitOnLastWindowClosed()
        QApplication.setQuitOnLastWindowClosed(False)
        for w in hidden:
            w.hide()
        dlg = LoginDialog(self.ctx, None, username=self.ctx.actor.username, locked_screen=True)
        dlg.setWindowModality(Qt.ApplicationModal)
        ok = False
        try:
            while True:
                if dlg.exec() == QDialog.Accepted:
                    if dlg.actor and dlg.actor.username == self.ctx.actor.username:
                        ok = True
                        break
                    continue
                break
        finally:
            self.locked = False
            QApplication.setQuitOnLastWindowClosed(quit_on_close)
            if ok:
                for w in hidden:
                    w.show()
                if self.minutes > 0:
                    self.idle.start(self.minutes * 60_000)
            elif app is not None:
                app.quit()  # leaving the lock screen closes the program: nothing stays open
        return ok

    def start_backups(self) -> None:
        self.run_backup()
        self.backup_timer.start(BACKUP_CHECK_MS)

    def run_backup(self) -> None:
        from cmc_desktop.backup import run_scheduled_backup
        from ui.tasks import RUNNER

        ctx = self.ctx
        RUNNER.run(None, _t("Daily backup"), lambda progress, cancel: run_scheduled_backup(
            ctx, progress=progress, cancel=cancel), on_done=lambda _r: None, on_error=self._backup_failed,
            cancellable=False, writes=True)

    def _backup_failed(self, exc: BaseException) -> None:
        # The failure is recorded in backup_runs and shown on the dashboard; never a popup at 8 a.m.
        log.warning("daily backup job failed: %r", exc)


_GUARD: DeskGuard | None = None


def install_guard(ctx: AppContext, *, backups: bool = True) -> DeskGuard:
    global _GUARD
    app = QApplication.instance()
    if _GUARD is not None and app is not None:
        app.removeEventFilter(_GUARD)
        _GUARD.idle.stop()
        _GUARD.backup_timer.stop()
    _GUARD = DeskGuard(ctx, idle_minutes(ctx.actor), app)
    if app is not None:
        app.installEventFilter(_GUARD)
    if backups:
        _GUARD.start_backups()
    return _GUARD


def login(ctx: AppContext, parent: QWidget | None = None) -> AppContext | None:
    """The hook start-up calls (over the main window's frame, its parent). None means the user
    cancelled: the program ends."""
    if "--screenshot" in sys.argv:
        # Developer screenshots act as the operating-system user, exactly like the CLI does.
        log.info("screenshot mode: acting as %s without a sign-in", ctx.actor.label)
        return ctx
    if ctx.actor.kind == "user":  # the set-up wizard already signed the new administrator in
        install_guard(ctx)
        return ctx
    auth = ctx.service(AuthService)
    if not auth.has_users():
        setup = SetupAdminDialog(ctx, parent)
        if setup.exec() != QDialog.Accepted or setup.actor is None:
            return None
        actor = setup.actor
    else:
        dlg = LoginDialog(ctx, parent)
        if dlg.exec() != QDialog.Accepted or dlg.actor is None:
            return None
        actor = dlg.actor
    user_ctx = ctx.as_actor(actor)
    if actor.user_id is not None and auth.must_change_password(actor.user_id):
        change = ChangePasswordDialog(user_ctx, parent, forced=True)
        if change.exec() != QDialog.Accepted:
            return None
    install_guard(user_ctx)
    return user_ctx
