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


def compile_translations() -> list[Path]:
    """resources/translations/*.ts -> .qm with Qt's lrelease (shipped with PySide6)."""
    import shutil

    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    out = []
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    print(f"compiled {len(out)} translation files")
    return out


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
    compile_translations()
    env = {**os.environ, "CMC_SOURCE_ROOT": str(ROOT)}
    result = subprocess.run(cmd, cwd=ROOT, env=env)
    if result.returncode == 0:
        exe = Path(args.dist) / "cmc-desktop" / ("cmc-desktop.exe" if os.name == "nt" else "cmc-desktop")
        print(f"built {exe}")
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())
