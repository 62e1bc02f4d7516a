"""Typed QSettings for UI state only (language, last database, window geometry)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ui.i18n import DEFAULT_LANGUAGE, LANGUAGES


class UiSettings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or QSettings("CMC", "cmc-desktop")

    @property
    def language(self) -> str:
        value = str(self._s.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def database(self) -> str | None:
        value = self._s.value("db/url", "")
        return str(value) or None

    @database.setter
    def database(self, value: str | None) -> None:
        self._s.setValue("db/url", value or "")

    def geometry(self) -> bytes | None:
        value = self._s.value("ui/geometry")
        return bytes(value) if value else None

    def set_geometry(self, value: bytes) -> None:
        self._s.setValue("ui/geometry", value)

    def value(self, key: str, default: object = None) -> object:
        return self._s.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._s.setValue(key, value)

    def sync(self) -> None:
        self._s.sync()
