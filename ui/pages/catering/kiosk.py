"""``python main.py catering desk``: a canteen PC starts straight into the scan screen.

Same start-up as the desk application (database, language, style, login) but the window holds
the service desk only, full screen, with no navigation to other modules.
"""

from __future__ import annotations

import socket

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.errors import PermissionDenied
from cmc_desktop.security.permissions import Perm
from ui.pages.catering.desk import DeskPage
from ui.widgets.icons import icon


class DeskWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskWindow")
        self.setWindowTitle(self.tr("CMC Desktop — canteen service desk"))
        self.setWindowIcon(icon("catering-desk"))
        self.desk = DeskPage(ctx, self, desk_name=socket.gethostname()[:40])
        self.setCentralWidget(self.desk)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)  # a shortcut only: no menu bar in the kiosk
        self.resize(1280, 800)


def run_desk(db: str | None = None, lang: str | None = None, fullscreen: bool = True,
             screenshot: str | None = None) -> int:
    import os

    from cmc_desktop.errors import CmcError
    from cmc_desktop.logging_setup import setup_logging
    from ui.errors import show_error
    from ui.startup import authenticate, open_database, start_qt

    setup_logging(console=True)
    app, settings = start_qt([], lang)
    try:
        ctx = open_database(db or os.environ.get("CMC_DB_URL") or settings.database)
    except CmcError as exc:
        show_error(None, exc)
        return exc.exit_code
    if ctx is None:
        return 0
    ctx = authenticate(ctx)  # the kiosk still needs a login
    if ctx is None:
        return 0
    if not ctx.actor.can(Perm.CATERING_SERVE):
        show_error(None, PermissionDenied(QCoreApplication.translate(
            "DeskWindow", "This account may not serve meals; sign in as a canteen agent.")))
        ctx.close()
        return 3
    window = DeskWindow(ctx)
    window.showFullScreen() if fullscreen else window.show()
    if screenshot:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(1200, lambda: (window.grab().save(screenshot), app.quit()))
    code = app.exec()
    from ui.tasks import RUNNER

    RUNNER.shutdown()  # never exit under a running worker
    ctx.close()
    return code
