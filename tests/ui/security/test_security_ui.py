"""Security screens driven as a user would: sign-in, lock-out, set-up, users, audit, auto-lock."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from cmc_desktop.bootstrap import AppContext, open_context
from cmc_desktop.security.permissions import Actor, Role
from cmc_desktop.security.service import AuditService, AuthService, UserService
from ui.i18n import apply_language
from ui.pages import all_pages

ADMIN_PW = "Souss-2026-01"


@pytest.fixture(autouse=True)
def _english() -> None:
    apply_language("en")


def _ok(dialog) -> None:  # noqa: ANN001
    dialog.buttons.button(QDialogButtonBox.Ok).click()


def _when_modal(qtbot, action) -> None:  # noqa: ANN001
    """Run ``action(dialog)`` on the next modal dialog once it is shown."""
    def poll() -> None:
        w = QApplication.activeModalWidget()
        if w is None:
            QTimer.singleShot(20, poll)
            return
        action(w)

    QTimer.singleShot(0, poll)


def test_login_dialog_signs_in_and_reports_failures(qtbot, demo_ctx: AppContext) -> None:  # noqa: ANN001
    from ui.login import LoginDialog

    dlg = LoginDialog(demo_ctx)
    qtbot.addWidget(dlg)
    assert dlg.findChild(type(dlg.message), "demoHint") is not None
    qtbot.keyClicks(dlg.username, "admin")
    qtbot.keyClicks(dlg.password, "wrong-password")
    _ok(dlg)
    assert dlg.message.text() == "Unknown user name or wrong password."
    assert dlg.password.text() == "" and dlg.result() == 0
    qtbot.keyClicks(dlg.password, ADMIN_PW)
    with qtbot.waitSignal(dlg.accepted, timeout=5000):
        _ok(dlg)
    assert dlg.actor is not None and dlg.actor.role is Role.ADMINISTRATOR


def test_login_dialog_shows_the_lockout(qtbot, demo_ctx: AppContext) -> None:  # noqa: ANN001
    from ui.login import LoginDialog

    dlg = LoginDialog(demo_ctx)
    qtbot.addWidget(dlg)
    dlg.username.setText("canteen")
    for _ in range(5):
        dlg.password.setText("not-the-password")
        _ok(dlg)
    assert "locked after 5 failed attempts" in dlg.message.text()
    dlg.password.setText("Souss-2026-05")
    _ok(dlg)
    assert "locked" in dlg.message.text() and dlg.actor is None


def test_setup_creates_the_first_administrator(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from ui.login import SetupAdminDialog

    ctx = open_context(str(tmp_path / "old.sqlite3"))
    try:
        assert not ctx.service(AuthService).has_users()
        dlg = SetupAdminDialog(ctx)
        qtbot.addWidget(dlg)
        dlg.fields.username.setText("directeur")
        dlg.fields.password.setText("Agadir-Drarga-9")
        dlg.fields.repeat.setText("Agadir-Drarga-8")
        _ok(dlg)
        assert "differ" in dlg.message.text()
        dlg.fields.repeat.setText("Agadir-Drarga-9")
        with qtbot.waitSignal(dlg.accepted, timeout=5000):
            _ok(dlg)
        assert dlg.actor.username == "directeur" and dlg.actor.role is Role.ADMINISTRATOR
        assert ctx.service(AuthService).authenticate("directeur", "Agadir-Drarga-9")
    finally:
        ctx.close()


def test_first_run_wizard_sets_city_admin_and_backup_folder(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from cmc_desktop.backup import backup_folder
    from cmc_desktop.reference.service import CatalogueService
    from ui.first_run import FirstRunDialog

    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    dlg = FirstRunDialog(url)
    qtbot.addWidget(dlg)
    assert not dlg.setup.isEnabled()
    dlg.empty.click()
    assert dlg.setup.isEnabled()
    dlg.city.setCurrentIndex(dlg.city.findData("MA-12"))
    dlg.admin.username.setText("chef")
    dlg.admin.password.setText("Dakhla-Oued-2026")
    dlg.admin.repeat.setText("Dakhla-Oued-2026")
    dlg.backup_folder.setText(str(tmp_path / "usb"))
    dlg.buttons.button(QDialogButtonBox.Ok).click()
    assert dlg.result() == 1 and dlg.context is not None
    ctx = dlg.context
    try:
        assert ctx.actor.username == "chef" and ctx.actor.kind == "user"
        assert ctx.service(CatalogueService).city().region_code == "MA-12"
        assert backup_folder(ctx) == (tmp_path / "usb").resolve()
    finally:
        ctx.close()


def test_pages_follow_the_role(demo_ctx: AppContext) -> None:
    def keys(role: Role) -> set[str]:
        # the same rule as ui.pages.visible_pages, over this area's pages only
        actor = Actor("x", role, kind="user")
        return {p.key for p in all_pages(("ui.pages.security",)) if p.permission is None or actor.can(p.permission)}

    assert {"users", "audit", "account"} <= keys(Role.ADMINISTRATOR)
    assert "users" not in keys(Role.AUDITOR) and "audit" in keys(Role.AUDITOR)
    assert "audit" in keys(Role.RESIDENCE_MANAGER) and "users" not in keys(Role.RESIDENCE_MANAGER)
    assert not {"users", "audit"} & keys(Role.REGISTRAR)
    assert "account" in keys(Role.CANTEEN_AGENT)


def test_users_page_adds_resets_and_unlocks(qtbot, demo_ctx: AppContext) -> None:  # noqa: ANN001
    from ui.pages.security.users import UsersPage

    admin = demo_ctx.as_actor(demo_ctx.service(AuthService).authenticate("admin", ADMIN_PW))
    page = UsersPage(admin)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 10
    qtbot.mouseClick(page.new_btn, Qt.LeftButton)
    qtbot.keyClicks(page.username, "hassan")
    qtbot.keyClicks(page.display_name, "Hassan Idrissi")
    page.role.setCurrentIndex(page.role.findData("librarian"))

    def fill(dlg) -> None:  # noqa: ANN001
        dlg.password.setText("Livres-Agadir-1")
        dlg.repeat.setText("Livres-Agadir-1")
        dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()

    _when_modal(qtbot, fill)
    qtbot.mouseClick(page.save_btn, Qt.LeftButton)
    assert "Account hassan created" in page.message.text()
    assert page.current is not None and page.current.username == "hassan"
    row = admin.service(UserService).get("hassan")
    assert row.role == "librarian" and row.must_change_password
    # change the role of the selected account
    page.role.setCurrentIndex(page.role.findData("registrar"))
    qtbot.mouseClick(page.save_btn, Qt.LeftButton)
    assert admin.service(UserService).get("hassan").role == "registrar"
    # lock the account by failing, then unlock it from the page
    for _ in range(5):
        with pytest.raises(Exception):  # noqa: B017 — AuthenticationError each time
            admin.service(AuthService).authenticate("hassan", "wrong-wrong-1")
    page.refresh(select="hassan")
    assert page.unlock_btn.isEnabled()
    qtbot.mouseClick(page.unlock_btn, Qt.LeftButton)
    assert page.message.text() == "Account hassan unlocked."
    assert admin.service(AuthService).authenticate("hassan", "Livres-Agadir-1").username == "hassan"
    # administrator reset
    _when_modal(qtbot, lambda d: (d.password.setText("Nouveau-mot-2"), d.repeat.setText("Nouveau-mot-2"),
                                  d.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()))
    qtbot.mouseClick(page.reset_btn, Qt.LeftButton)
    assert "reset" in page.message.text()
    assert admin.service(AuthService).authenticate("hassan", "Nouveau-mot-2")


def test_audit_page_filters_and_exports(qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:  # noqa: ANN001
    from ui.pages.security.audit import AuditPage
    from ui.tasks import RUNNER

    auditor = demo_ctx.as_actor(Actor("auditor", Role.AUDITOR, kind="user"))
    demo_ctx.service(UserService).set_role("librarian", Role.REGISTRAR)
    page = AuditPage(auditor)
    qtbot.addWidget(page)
    total = page.model.rowCount()
    assert total >= 11  # ten demo accounts created + the role change
    assert page.model.data(page.model.index(0, 2)) == demo_ctx.actor.label
    page.entity.setCurrentIndex(page.entity.findData("users"))
    page.field.setText("role")
    qtbot.mouseClick(page.search_btn, Qt.LeftButton)
    assert 1 <= page.model.rowCount() < total
    assert page.model.data(page.model.index(0, 3)) == "Changed"
    assert page.model.data(page.model.index(0, 6)) == "role: librarian → registrar"
    out = tmp_path / "audit.xlsx"
    page.export(str(out))
    qtbot.waitUntil(lambda: out.exists() and "exported" in page.count.text(), timeout=10_000)
    RUNNER.wait()
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert ("role", "librarian", "registrar") in {r[8:11] for r in rows[1:]}


def test_residence_manager_sees_only_the_residence_area(qtbot, demo_ctx: AppContext) -> None:  # noqa: ANN001
    from ui.pages.security.audit import AuditPage

    manager = demo_ctx.as_actor(Actor("residence", Role.RESIDENCE_MANAGER, kind="user"))
    page = AuditPage(manager)
    qtbot.addWidget(page)
    assert page.findChild(type(page.count), "auditScope") is not None
    assert not page.verify_btn.isVisible()
    ids = manager.service(AuditService).search()
    assert page.model.rowCount() == len(ids)
    assert all(r.area == "residence" for r in manager.service(AuditService).rows(ids).values())


def test_idle_lock_asks_for_the_password_again(qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:  # noqa: ANN001
    from ui.login import DeskGuard, LoginDialog, idle_minutes

    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.IniFormat)
    settings.setValue("security/idle_minutes", 3)
    settings.setValue("security/canteen_idle_minutes", 45)
    registrar = demo_ctx.service(AuthService).authenticate("registrar", "Souss-2026-02")
    assert idle_minutes(registrar, settings) == 3
    assert idle_minutes(Actor("canteen", Role.CANTEEN_AGENT, kind="user"), settings) == 45
    guard = DeskGuard(demo_ctx.as_actor(registrar), 3)
    assert guard.idle.isActive() and guard.idle.interval() == 180_000
    seen = {}
    from PySide6.QtWidgets import QLabel

    window = QLabel("Trainee data on screen")
    qtbot.addWidget(window)
    window.show()

    def unlock(dlg) -> None:  # noqa: ANN001
        assert isinstance(dlg, LoginDialog) and dlg.username.text() == "registrar" and dlg.username.isReadOnly()
        assert not window.isVisible()  # nothing readable behind the lock
        dlg.password.setText("wrong-password-1")
        _ok(dlg)
        seen["message"] = dlg.message.text()
        dlg.password.setText("Souss-2026-02")
        _ok(dlg)

    _when_modal(qtbot, unlock)
    assert guard.lock() is True
    assert seen["message"] == "Unknown user name or wrong password."
    assert guard.idle.isActive() and not guard.locked and window.isVisible()


def test_account_page_backs_up_and_keeps_desk_settings(qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:  # noqa: ANN001
    from ui.pages.security.account import AccountPage
    from ui.tasks import RUNNER

    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.IniFormat)
    admin = demo_ctx.as_actor(demo_ctx.service(AuthService).authenticate("admin", ADMIN_PW))
    page = AccountPage(admin, settings=settings)
    qtbot.addWidget(page)
    assert page.backup_state.text() == "No backup yet"
    page.choose_folder(str(tmp_path / "usb"))
    assert page.folder.text() == str((tmp_path / "usb").resolve())
    qtbot.mouseClick(page.backup_btn, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.backup_state.text() != "No backup yet", timeout=10_000)
    RUNNER.wait()
    assert len(list((tmp_path / "usb").glob("cmc-auto-MA-09-*.sqlite3"))) == 1
    page.idle.setValue(7)
    assert int(settings.value("security/idle_minutes")) == 7
    assert "Administrator" in page.findChild(type(page.folder), "accountWho").text()


def test_login_forces_a_new_password_after_a_reset(qtbot, demo_ctx: AppContext) -> None:  # noqa: ANN001
    from ui import login as login_module
    from ui.tasks import RUNNER

    demo_ctx.service(UserService).reset_password("director", "Temporary-pass-1")
    steps: list[str] = []

    def answer(dlg) -> None:  # noqa: ANN001
        steps.append(dlg.objectName())
        if dlg.objectName() == "loginDialog":
            dlg.username.setText("director")
            dlg.password.setText("Temporary-pass-1")
            _ok(dlg)
            _when_modal(qtbot, answer)  # the forced change comes next
        elif dlg.objectName() == "changePasswordDialog":
            dlg.current.setText("Temporary-pass-1")
            dlg.new.setText("Mon-choix-2026")
            dlg.repeat.setText("Mon-choix-2026")
            dlg.buttons.button(QDialogButtonBox.Ok).click()

    _when_modal(qtbot, answer)
    ctx = login_module.login(demo_ctx)
    RUNNER.wait()
    assert steps == ["loginDialog", "changePasswordDialog"]
    assert ctx is not None and ctx.actor.username == "director" and ctx.actor.role is Role.DIRECTOR
    assert not demo_ctx.service(AuthService).must_change_password(ctx.actor.user_id)
    assert demo_ctx.service(AuthService).authenticate("director", "Mon-choix-2026")
    guard = login_module._GUARD  # noqa: SLF001
    assert guard is not None and guard.ctx is ctx
    # any key press restarts the idle countdown
    guard.idle.start(50)
    assert guard.eventFilter(guard, _key_event()) is False  # never swallows the key
    assert guard.idle.remainingTime() > 1000
    QApplication.instance().removeEventFilter(guard)
    guard.idle.stop()
    guard.backup_timer.stop()


def _key_event():  # noqa: ANN202
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.KeyPress, Qt.Key_A, Qt.NoModifier, "a")


def test_first_run_wizard_refuses_a_weak_password_and_writes_nothing(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from ui.first_run import FirstRunDialog

    db = tmp_path / "new.sqlite3"
    dlg = FirstRunDialog(f"sqlite:///{db}")
    qtbot.addWidget(dlg)
    dlg.empty.click()
    dlg.admin.password.setText("short")
    dlg.admin.repeat.setText("short")
    seen = {}

    def close(box) -> None:  # noqa: ANN001
        seen["text"] = box.text()
        box.accept()

    _when_modal(qtbot, close)
    dlg.buttons.button(QDialogButtonBox.Ok).click()
    assert "at least 10 characters" in seen["text"]
    assert dlg.context is None and not db.exists()
    assert dlg.buttons.isEnabled()
