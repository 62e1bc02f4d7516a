"""Build the one-folder bundle into dist/cmc-desktop/ with PyInstaller.

    python packaging/build.py [--clean]

Needs the `build` extra (pip install -e '.[build]').
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--clean", action="store_true", help="discard PyInstaller's cache first")
    p.add_argument("--dist", default=str(ROOT / "dist"), help="output folder (default dist/)")
    p.add_argument("--work", default=str(ROOT / "build" / "pyinstaller"), help="work folder")
    args = p.parse_args(argv)
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", args.dist, "--workpath", args.work, str(ROOT / "packaging" / "cmc-desktop.spec")]
    if args.clean:
        cmd.insert(3, "--clean")
    env = {**os.environ, "CMC_SOURCE_ROOT": str(ROOT)}
    result = subprocess.run(cmd, cwd=ROOT, env=env)
    if result.returncode == 0:
        exe = Path(args.dist) / "cmc-desktop" / ("cmc-desktop.exe" if os.name == "nt" else "cmc-desktop")
        print(f"built {exe}")
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())
