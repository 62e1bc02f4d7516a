"""Rotating log file in the user's log folder. Never log passwords or whole personal records."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from cmc_desktop.config import AppPaths

_FILE: Path | None = None


def log_file() -> Path:
    return _FILE or AppPaths.default().logs / "cmc-desktop.log"


def setup_logging(*, console: bool = False, level: int = logging.INFO) -> Path | None:
    global _FILE
    root = logging.getLogger()
    if getattr(root, "_cmc_configured", False):
        return _FILE
    root.setLevel(level)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        paths = AppPaths.default()
        paths.ensure("logs")
        _FILE = paths.logs / "cmc-desktop.log"
        handler = logging.handlers.RotatingFileHandler(_FILE, maxBytes=2_000_000, backupCount=5,
                                                       encoding="utf-8")
        handler.setFormatter(fmt)
        root.addHandler(handler)
    except Exception:  # no writable log folder: keep going, the console still shows errors
        _FILE = None
    if console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.WARNING)
        stream.setFormatter(fmt)
        root.addHandler(stream)
    root._cmc_configured = True  # type: ignore[attr-defined]
    return _FILE
