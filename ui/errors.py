"""Turning errors into readable, translated dialogs. No traceback ever reaches the user."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cmc_desktop.errors import CmcError
from cmc_desktop.logging_setup import log_file

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


# Codes whose generic explanation is worth a translated sentence; the core's English message
# (with its specifics: row numbers, names) is shown under it.
CODE_TITLES = {
    "validation": "Please correct the input",
    "not_found": "Not found",
    "permission_denied": "You are not allowed to do this",
    "authentication": "Sign-in failed",
    "conflict": "Conflict",
    "stale": "Changed at another desk",
    "database": "Database problem",
    "schema_too_new": "This database needs a newer CMC Desktop",
    "corrupt": "The database file is damaged",
    "not_a_database": "This file is not a CMC database",
    "locked": "The database is busy",
    "cancelled": "Cancelled",
}


def error_title(exc: CmcError) -> str:
    return _t(CODE_TITLES.get(exc.code, CODE_TITLES.get(type(exc).code, "Error")))


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A CmcError is expected: show its message. Anything else: log it and offer details."""
    if isinstance(exc, CmcError):
        box = QMessageBox(QMessageBox.Warning, error_title(exc), exc.message, QMessageBox.Ok, parent)
        box.setObjectName("cmcErrorBox")
        box.exec()
        return
    show_unexpected(parent, type(exc), exc, exc.__traceback__)


def show_unexpected(parent: QWidget | None, etype: type[BaseException], value: BaseException,
                    tb: TracebackType | None) -> None:
    details = "".join(traceback.format_exception(etype, value, tb))
    log.error("unexpected error:\n%s", details)
    box = QMessageBox(parent)
    box.setObjectName("cmcUnexpectedBox")
    box.setIcon(QMessageBox.Critical)
    box.setWindowTitle(_t("Unexpected error"))
    box.setText(_t("Something went wrong. Your data is safe; the operation was not completed."))
    box.setInformativeText(_t("The details were written to the log file:") + f"\n{log_file()}")
    box.setDetailedText(details)
    copy = box.addButton(_t("Copy details"), QMessageBox.ActionRole)
    open_logs = box.addButton(_t("Open log folder"), QMessageBox.ActionRole)
    box.addButton(QMessageBox.Close)
    box.exec()
    if box.clickedButton() is copy:
        QGuiApplication.clipboard().setText(details)
    elif box.clickedButton() is open_logs:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file().parent)))


def install_excepthook() -> None:
    def hook(etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(etype, KeyboardInterrupt):
            sys.__excepthook__(etype, value, tb)
            return
        if isinstance(value, CmcError):
            show_error(None, value)
        else:
            show_unexpected(None, etype, value, tb)

    sys.excepthook = hook
