"""Errors carry a stable code plus parameters; the UI and CLI turn them into translated text.

The English ``message`` is what the CLI prints and what logs show; the UI looks the code up
in its own translated table (``ui.errors``) and falls back to the message.
"""

from __future__ import annotations

from typing import Any


class CmcError(Exception):
    """Base class for every error the user is meant to read."""

    code: str = "error"
    exit_code: int = 1

    def __init__(self, message: str, *, code: str | None = None, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.params = params

    def __str__(self) -> str:
        return self.message


class ValidationError(CmcError):
    """Input that breaks a rule. ``errors`` holds (field, message) pairs when several apply."""

    code = "validation"

    def __init__(self, message: str, *, errors: list[tuple[str, str]] | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.errors = errors or []


class NotFound(CmcError):
    code = "not_found"


class PermissionDenied(CmcError):
    code = "permission_denied"
    exit_code = 3


class AuthenticationError(CmcError):
    code = "authentication"
    exit_code = 3


class ConflictError(CmcError):
    """Optimistic-lock conflict or a business rule clash (double booking, double serve…)."""

    code = "conflict"


class DatabaseError(CmcError):
    """The database cannot be opened or used: missing folder, locked, corrupt, too new…"""

    code = "database"
    exit_code = 2


class ConfigError(CmcError):
    code = "config"
    exit_code = 2


class Cancelled(CmcError):
    code = "cancelled"
    exit_code = 130
