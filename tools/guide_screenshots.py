"""Regenerate the user guide's screenshots from the demo city, so they match the current build.

    python tools/guide_screenshots.py [--trainees 1500] [--out docs/guide/img]

Builds a demo city in a temporary folder, opens the real main window offscreen (French, then
Arabic for the dashboard), visits every page a director-level administrator sees, and saves one
PNG per page.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--trainees", type=int, default=1500)
    p.add_argument("--out", default=str(ROOT / "docs" / "guide" / "img"))
    args = p.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CMC_HOME"] = tmp
        from PySide6.QtWidgets import QApplication

        from cmc_desktop.bootstrap import open_context
        from cmc_desktop.demo import build_demo
        from ui.i18n import apply_language
        from ui.main_window import MainWindow
        from ui.style import apply_style

        db = Path(tmp) / "guide.sqlite3"
        build_demo(str(db), trainees=args.trainees, seed=42)
        app = QApplication.instance() or QApplication([])
        apply_style(app)
        ctx = open_context(str(db))
        for lang in ("fr", "ar"):
            apply_language(lang)
            window = MainWindow(ctx)
            window.resize(1366, 800)
            window.show()
            for row, spec in enumerate(window.specs):
                if lang == "ar" and spec.key != "home":
                    continue
                window.nav.setCurrentRow(row)
                for _ in range(40):  # let background loads (dashboard, lists) finish
                    app.processEvents()
                    QApplication.instance().thread().msleep(25)
                name = f"{spec.key}{'' if lang == 'fr' else '_ar'}.png"
                window.grab().save(str(out / name))
                print(f"saved {out / name}")
            window.close()
        ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
