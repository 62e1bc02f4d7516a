"""Where data lives, and how resources are found (source tree or frozen bundle)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from cmc_desktop.errors import ConfigError

APP_NAME = "cmc-desktop"
APP_AUTHOR = "CMC"


@dataclass(frozen=True)
class AppPaths:
    data: Path
    logs: Path
    backups: Path
    outbox: Path

    @classmethod
    def default(cls) -> AppPaths:
        # CMC_HOME lets tests, portable installs and kiosks keep everything in one folder.
        home = os.environ.get("CMC_HOME")
        if home:
            base = Path(home)
            return cls(base / "data", base / "logs", base / "backups", base / "outbox")
        data = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
        return cls(
            data=data,
            logs=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
            backups=data / "backups",
            outbox=data / "outbox",
        )

    def ensure(self, *which: str) -> None:
        """Create the named folders, with a one-line reason when that is impossible."""
        for name in which or ("data", "logs", "backups", "outbox"):
            path: Path = getattr(self, name)
            try:
                path.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ConfigError(
                    f"Cannot create the {name} folder {path}: {exc.strerror or exc}",
                    code="folder_unwritable",
                    path=str(path),
                ) from exc
            if not os.access(path, os.W_OK):
                raise ConfigError(
                    f"The {name} folder {path} is not writable", code="folder_unwritable", path=str(path)
                )

    @property
    def default_db(self) -> Path:
        return self.data / "cmc.sqlite3"


def bundle_root() -> Path:
    """Root of the source tree, or of the PyInstaller bundle when frozen."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return bundle_root().joinpath("resources", *parts)
