"""First start without a database: the demo city, or the set-up wizard for a real city.

The set-up of a real city asks, on one page, for the three things nobody else can choose later:
the city (among the 12), the administrator account and the backup folder (a USB disk is fine).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cmc_desktop.bootstrap import AppContext, open_context
from cmc_desktop.config import AppPaths
from cmc_desktop.errors import CmcError
from cmc_desktop.reference.data import REGIONS
from ui.errors import show_error
from ui.i18n import ltr
from ui.tasks import RUNNER


class FirstRunDialog(QDialog):
    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.url = url
        self.context: AppContext | None = None
        self.setWindowTitle(self.tr("Welcome to CMC Desktop"))
        lay = QVBoxLayout(self)
        shown = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else url
        lay.addWidget(QLabel(self.tr("No database was found at:\n%1").replace("%1", ltr(shown))))
        self.demo = QRadioButton(self.tr("Create the &demo city (Souss-Massa, sample trainees)"))
        self.empty = QRadioButton(self.tr("Create an &empty database for my city"))
        self.demo.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.demo)
        group.addButton(self.empty)
        lay.addWidget(self.demo)
        self.trainees = QSpinBox()
        self.trainees.setRange(100, 100_000)
        self.trainees.setValue(3000)
        self.trainees.setAccessibleName(self.tr("Number of demo trainees"))
        lay.addWidget(self.trainees)
        lay.addWidget(self.empty)
        self.city = QComboBox()
        self.city.setAccessibleName(self.tr("City"))
        for code, fr, ar, site, _beds in REGIONS:
            self.city.addItem(f"{code} — {site} ({fr} / {ar})", code)
        self.city.setCurrentIndex(self.city.findData("MA-09"))
        lay.addWidget(self.city)
        from ui.login import AdminFields

        self.setup = QGroupBox(self.tr("Administrator account"))
        setup_lay = QVBoxLayout(self.setup)
        self.admin = AdminFields(self.setup)
        setup_lay.addWidget(self.admin)
        folder_row = QHBoxLayout()
        self.backup_folder = QLineEdit(str(AppPaths.default().backups))
        self.backup_folder.setObjectName("setupBackupFolder")
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(QLabel(self.tr("Backup folder (it may be a USB disk)")))
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(browse)
        setup_lay.addLayout(folder_row)
        lay.addWidget(self.setup)
        self.setup.setEnabled(False)
        self.city.setEnabled(False)
        self.empty.toggled.connect(self.setup.setEnabled)
        self.empty.toggled.connect(self.city.setEnabled)
        self.demo.toggled.connect(self.trainees.setEnabled)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

    def _create(self) -> None:
        self.buttons.setEnabled(False)
        if self.demo.isChecked():
            from cmc_desktop.demo import build_demo

            n, url = self.trainees.value(), self.url
            steps = self._demo_steps()

            def build(progress, cancel):  # noqa: ANN001, ANN202 - the runner's task shape
                def step(done: int, total: int, name: str = "") -> None:
                    progress(done, total, steps.get(name, name))

                return build_demo(url, trainees=n, progress=step, cancel=cancel)

            RUNNER.run(self, self.tr("Building the demo city"), build,
                       on_done=lambda _summary: self._opened(), on_error=self._failed, writes=True)
        else:
            try:
                self.context = self._empty()
            except CmcError as exc:
                self._failed(exc)
                return
            self.accept()

    def _demo_steps(self) -> dict[str, str]:
        """The demo builder names its steps by area; the progress dialog shows the module's name."""
        return {"catalogue": self.tr("Catalogue"), "trainees": self.tr("Trainees"), "registry": self.tr("Trainees"),
                "security": self.tr("Users"), "residence": self.tr("Residence"), "catering": self.tr("Catering"),
                "spaces": self.tr("Spaces"), "language": self.tr("Language centre"),
                "library": self.tr("Media library"), "career": self.tr("Career centre"),
                "sync": self.tr("Export to headquarters"), "commit": self.tr("Saving the city")}

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder (it may be a USB disk)"),
                                                  self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)

    def _empty(self) -> AppContext:
        """City, administrator, backup folder: all or nothing (a failed set-up leaves no file)."""
        from cmc_desktop.backup import set_backup_folder
        from cmc_desktop.reference.service import CatalogueService
        from cmc_desktop.security.passwords import check_policy
        from cmc_desktop.security.service import clean_username

        # Check what can be checked before creating anything.
        check_policy(self.admin.password.text(), clean_username(self.admin.username.text()))
        ctx = open_context(self.url)
        try:
            actor = self.admin.create(ctx)
            admin_ctx = ctx.as_actor(actor)
            admin_ctx.service(CatalogueService).set_city(self.city.currentData())
            set_backup_folder(admin_ctx, self.backup_folder.text())
        except BaseException:
            path = ctx.sqlite_file
            ctx.close()
            _remove_new_database(path)
            raise
        return admin_ctx  # already signed in: the login step is skipped

    def _opened(self) -> None:
        try:
            self.context = open_context(self.url)
        except CmcError as exc:
            self._failed(exc)
            return
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, exc)



def _remove_new_database(path: Path | None) -> None:
    """We created this file a moment ago: a half-set-up city must not be mistaken for a real one."""
    if path is None:
        return
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
