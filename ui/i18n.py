"""Translations: Qt's translation system fed from the .ts files in resources/translations.

Every area keeps its own files (``<area>_<lang>.ts``) so modules can be developed side by side;
``TsTranslator`` merges them. Source strings are English, so English needs no file.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTranslator

from cmc_desktop.config import resource_path

log = logging.getLogger(__name__)
LANGUAGES = {"fr": "Français", "ar": "العربية", "en": "English"}
DEFAULT_LANGUAGE = "fr"


def translations_dir() -> Path:
    return resource_path("translations")


def load_ts(lang: str, folder: Path | None = None) -> dict[tuple[str, str], str]:
    """(context, source) → translation, for every finished message of ``lang``."""
    folder = folder or translations_dir()
    table: dict[tuple[str, str], str] = {}
    for path in sorted(folder.glob(f"*_{lang}.ts")):
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError:
            log.exception("cannot read %s", path)
            continue
        for ctx in root.iter("context"):
            name = ctx.findtext("name", "")
            for msg in ctx.iter("message"):
                src = msg.findtext("source")
                tr = msg.find("translation")
                if src is None or tr is None or tr.get("type") in ("unfinished", "obsolete"):
                    continue
                if tr.text:
                    table[(name, src)] = tr.text
                    table.setdefault(("", src), tr.text)
    return table


def compiled_files(lang: str, folder: Path | None = None) -> list[Path]:
    """The .qm files of ``lang`` when every one is at least as new as its .ts (a build made
    them: packaging/build.py runs pyside6-lrelease); [] means read the .ts sources."""
    folder = folder or translations_dir()
    sources = sorted(folder.glob(f"*_{lang}.ts"))
    compiled = [ts.with_suffix(".qm") for ts in sources]
    if not compiled or not all(qm.exists() for qm in compiled):
        # A bundle may ship only .qm files.
        only_qm = sorted(folder.glob(f"*_{lang}.qm"))
        return only_qm if only_qm and not sources else []
    if any(qm.stat().st_mtime < ts.stat().st_mtime for qm, ts in zip(compiled, sources, strict=True)):
        return []  # a .ts was edited after the build: the sources are the truth
    return compiled


class TsTranslator(QTranslator):
    """Merges every area's messages. They are written context-free (any class may show a
    string), so lookups go to the empty context of compiled .qm files, or of the .ts sources."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self._compiled: list[QTranslator] = []
        self._table: dict[tuple[str, str], str] = {}
        if lang == "en":
            return
        for qm in compiled_files(lang):
            t = QTranslator()
            if t.load(str(qm)):
                self._compiled.append(t)
        if not self._compiled:
            self._table = load_ts(lang)

    @property
    def uses_compiled(self) -> bool:
        return bool(self._compiled)

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1):  # noqa: ANN201
        if not source:
            return None
        for t in self._compiled:
            text = t.translate("", source, disambiguation, n)
            if text:
                return text
        return self._table.get((context, source)) or self._table.get(("", source))

    def isEmpty(self) -> bool:  # noqa: N802
        return not self._table and not self._compiled


_installed: TsTranslator | None = None


def apply_language(lang: str) -> None:
    """Install the translator and the layout direction for ``lang`` on the running app."""
    global _installed
    app = QCoreApplication.instance()
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    if _installed is not None:
        app.removeTranslator(_installed)
    _installed = TsTranslator(lang)
    app.installTranslator(_installed)
    QLocale.setDefault(QLocale({"fr": QLocale.French, "ar": QLocale.Arabic, "en": QLocale.English}[lang],
                               {"fr": QLocale.Morocco, "ar": QLocale.Morocco, "en": QLocale.UnitedKingdom}[lang]))
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.RightToLeft if lang == "ar" else Qt.LeftToRight)
        _keep_dates_left_to_right(app, lang == "ar")


class _DatesLeftToRight(QObject):
    """Date and time fields read left to right in Arabic too. Qt reverses a date-time edit's
    sections under a right-to-left layout, so 08:00 showed as 00:08 and 7/12/2026 as 2026/12/7
    (seen in a real window). After turning the field left to right, its format is set again
    (the edit keeps the reversed one otherwise), in the Moroccan form used in every language."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit

        self.kinds = ((QTimeEdit, "HH:mm"), (QDateEdit, "dd/MM/yyyy"), (QDateTimeEdit, "dd/MM/yyyy HH:mm"))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Polish:
            for kind, fmt in self.kinds:
                if isinstance(obj, kind):
                    if obj.layoutDirection() != Qt.LeftToRight:
                        obj.setLayoutDirection(Qt.LeftToRight)
                        obj.setDisplayFormat(fmt)
                    break
        return False


_dates_filter: _DatesLeftToRight | None = None


def _keep_dates_left_to_right(app: QCoreApplication, rtl: bool) -> None:
    """The filter sees every event of the application: installed only while the layout is
    right to left, where it is needed."""
    global _dates_filter
    if rtl and _dates_filter is None:
        _dates_filter = _DatesLeftToRight(app)
        app.installEventFilter(_dates_filter)
    elif not rtl and _dates_filter is not None:
        app.removeEventFilter(_dates_filter)
        _dates_filter.deleteLater()
        _dates_filter = None


def current_language() -> str:
    return _installed.lang if _installed else "en"


def tr(text: str, context: str = "") -> str:
    """Translate outside a QObject (labels coming from the core, such as indicator names)."""
    return QCoreApplication.translate(context, text)


def ltr(text: str) -> str:
    """Isolate a left-to-right run (path, URL, code) inside possibly right-to-left text, so
    '/tmp/city.sqlite3' does not display as 'tmp/city.sqlite3/' in Arabic."""
    return f"\u2066{text}\u2069"
