"""My account: change my password, lock the screen, this desk's auto-lock delays, and backups."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.errors import CmcError
from cmc_desktop.security.permissions import Perm
from ui.errors import show_error
from ui.login import (
    CANTEEN_IDLE_KEY,
    DEFAULT_CANTEEN_IDLE,
    DEFAULT_IDLE,
    IDLE_KEY,
    ChangePasswordDialog,
    role_label,
)
from ui.tasks import RUNNER


def _heading_font(label: QLabel) -> None:
    f = label.font()
    f.setPointSizeF(f.pointSizeF() * 1.5)
    f.setBold(True)
    label.setFont(f)


def _t(text: str) -> str:
    return QCoreApplication.translate("Account", text)


class AccountPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountPage")
        self.ctx = ctx
        self.settings = settings or QSettings("CMC", "cmc-desktop")
        lay = QVBoxLayout(self)
        title = QLabel(_t("My account"))
        title.setObjectName("pageHeading")
        _heading_font(title)
        lay.addWidget(title)
        who = QLabel(_t("Signed in as %1 (%2)").replace("%1", ctx.actor.display_name or ctx.actor.username)
                     .replace("%2", role_label(ctx.actor.role)))
        who.setObjectName("accountWho")
        lay.addWidget(who)
        row = QHBoxLayout()
        self.change_btn = QPushButton(_t("Change my &password…"))
        self.change_btn.setObjectName("changePassword")
        self.change_btn.setEnabled(ctx.actor.kind == "user")
        self.lock_btn = QPushButton(_t("&Lock the screen now"))
        self.lock_btn.setObjectName("lockNow")
        self.lock_btn.setEnabled(ctx.actor.kind == "user")
        row.addWidget(self.change_btn)
        row.addWidget(self.lock_btn)
        row.addStretch(1)
        lay.addLayout(row)

        desk = QGroupBox(_t("This desk"))
        form = QFormLayout(desk)
        self.idle = QSpinBox()
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(0, 240)
        self.idle.setSuffix(_t(" min"))
        self.idle.setSpecialValueText(_t("never"))
        self.idle.setAccessibleName(_t("Lock the screen after"))
        self.idle.setValue(int(self.settings.value(IDLE_KEY, DEFAULT_IDLE)))
        self.canteen_idle = QSpinBox()
        self.canteen_idle.setObjectName("canteenIdleMinutes")
        self.canteen_idle.setRange(0, 480)
        self.canteen_idle.setSuffix(_t(" min"))
        self.canteen_idle.setSpecialValueText(_t("never"))
        self.canteen_idle.setAccessibleName(_t("In canteen desk mode, lock after"))
        self.canteen_idle.setValue(int(self.settings.value(CANTEEN_IDLE_KEY, DEFAULT_CANTEEN_IDLE)))
        for spin in (self.idle, self.canteen_idle):
            spin.setMaximumWidth(160)
        form.addRow(_t("Lock the screen after"), self.idle)
        form.addRow(_t("In canteen desk mode, lock after"), self.canteen_idle)
        lay.addWidget(desk)

        backups = QGroupBox(_t("Backups"))
        blay = QFormLayout(backups)
        self.backup_state = QLabel()
        self.backup_state.setObjectName("backupState")
        self.backup_state.setWordWrap(True)
        self.folder = QLabel()
        self.folder.setObjectName("backupFolder")
        self.folder.setWordWrap(True)
        self.keep = QSpinBox()
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(1, 365)
        self.keep.setAccessibleName(_t("Daily copies kept"))
        self.keep.setMaximumWidth(160)
        brow = QHBoxLayout()
        self.backup_btn = QPushButton(_t("&Back up now"))
        self.backup_btn.setObjectName("backupNow")
        self.folder_btn = QPushButton(_t("Choose the &folder…"))
        self.folder_btn.setObjectName("backupChooseFolder")
        brow.addWidget(self.backup_btn)
        brow.addWidget(self.folder_btn)
        brow.addStretch(1)
        blay.addRow(_t("Last backup"), self.backup_state)
        blay.addRow(_t("Folder"), self.folder)
        blay.addRow(_t("Daily copies kept"), self.keep)
        blay.addRow(brow)
        backups.setVisible(ctx.actor.can(Perm.BACKUP_RUN) and ctx.sqlite_file is not None)
        self.backup_btn.setEnabled(ctx.actor.can(Perm.BACKUP_RUN))
        can_settings = ctx.actor.can(Perm.SETTINGS_MANAGE)
        self.folder_btn.setEnabled(can_settings)
        self.keep.setEnabled(can_settings)
        lay.addWidget(backups)
        lay.addStretch(1)

        self.change_btn.clicked.connect(self.change_password)
        self.lock_btn.clicked.connect(self.lock_now)
        self.idle.valueChanged.connect(lambda v: self._save_idle(IDLE_KEY, v))
        self.canteen_idle.valueChanged.connect(lambda v: self._save_idle(CANTEEN_IDLE_KEY, v))
        self.backup_btn.clicked.connect(self.backup_now)
        self.folder_btn.clicked.connect(lambda: self.choose_folder())
        self.keep.editingFinished.connect(self._save_keep)
        self.refresh_backups()

    def refresh_backups(self) -> None:
        from cmc_desktop.backup import DEFAULT_KEEP, KEEP_KEY, backup_status

        if self.ctx.sqlite_file is None:
            return
        st = backup_status(self.ctx)
        if st.last_status == "failed":
            text = _t("Failed: %1").replace("%1", st.last_error)
            self.backup_state.setStyleSheet("color: #b3261e;")
        elif st.last_ok_at is None:
            text = _t("No backup yet")
            self.backup_state.setStyleSheet("color: #b3261e;")
        else:
            text = st.last_ok_at.astimezone().strftime("%d/%m/%Y %H:%M")
            self.backup_state.setStyleSheet("")
        self.backup_state.setText(text)
        self.folder.setText(st.folder)
        self.keep.blockSignals(True)
        self.keep.setValue(int(self.ctx.setting(KEEP_KEY) or DEFAULT_KEEP))
        self.keep.blockSignals(False)

    def _save_idle(self, key: str, value: int) -> None:
        self.settings.setValue(key, value)
        from ui import login

        if login._GUARD is not None:  # noqa: SLF001 — apply at once on this desk
            login._GUARD.set_minutes(login.idle_minutes(self.ctx.actor, self.settings))  # noqa: SLF001

    def change_password(self) -> None:
        dlg = ChangePasswordDialog(self.ctx, self)
        if dlg.exec():
            QMessageBox.information(self, _t("My account"), _t("Your password was changed."))

    def lock_now(self) -> None:
        from ui import login

        guard = login._GUARD  # noqa: SLF001
        if guard is not None:
            guard.lock()

    def backup_now(self) -> None:
        from cmc_desktop.backup import run_scheduled_backup

        ctx = self.ctx

        def done(result) -> None:  # noqa: ANN001
            self.refresh_backups()
            if result is not None and result.status != "ok":
                QMessageBox.warning(self, _t("Backups"), _t("The backup failed: %1").replace("%1", result.error))

        RUNNER.run(self, _t("Backing up"), lambda progress, cancel: run_scheduled_backup(
            ctx, force=True, progress=progress, cancel=cancel), on_done=done, writes=True, cancellable=False)

    def choose_folder(self, folder: str | None = None) -> None:
        from cmc_desktop.backup import set_backup_folder

        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, _t("Backup folder (it may be a USB disk)"))
        if not folder:
            return
        try:
            set_backup_folder(self.ctx, folder, self.keep.value())
        except CmcError as exc:
            show_error(self, exc)
            return
        self.refresh_backups()

    def _save_keep(self) -> None:
        from cmc_desktop.backup import backup_folder, set_backup_folder

        try:
            set_backup_folder(self.ctx, backup_folder(self.ctx), self.keep.value())
        except CmcError as exc:
            show_error(self, exc)
