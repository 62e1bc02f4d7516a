"""--self-test: prove an installed bundle works end to end, without touching user data.

Opens a temporary database, runs every migration, builds the main window offscreen, renders
one PDF and one xlsx, reads both back, and exits 0 (or 1 with the failing step).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    steps: list[str] = []
    with tempfile.TemporaryDirectory(prefix="cmc-selftest-") as tmp:
        os.environ["CMC_HOME"] = tmp  # logs and settings stay in the temp folder
        try:
            from cmc_desktop.bootstrap import SCHEMA_HEAD as HEAD
            from cmc_desktop.bootstrap import open_context

            db = Path(tmp) / "selftest.sqlite3"
            ctx = open_context(str(db))
            steps.append(f"database migrated to {HEAD}")

            from PySide6.QtWidgets import QApplication

            app = QApplication.instance() or QApplication([sys.argv[0]])
            from ui.i18n import apply_language
            from ui.main_window import MainWindow

            apply_language("ar")
            window = MainWindow(ctx)
            window.show()
            app.processEvents()
            if not window.isRightToLeft() or window.nav.count() == 0:
                raise RuntimeError("main window did not build")
            window.close()
            steps.append(f"main window built ({window.nav.count()} modules, right-to-left)")

            from cmc_desktop.reports.pdf import build, para, styles

            pdf = Path(tmp) / "selftest.pdf"
            st = styles()
            build(pdf, [para("Attestation — CMC Desktop", st["title"]), para("شهادة", st["title_ar"])],
                  title="self-test")
            if not pdf.read_bytes().startswith(b"%PDF"):
                raise RuntimeError("PDF not written")
            steps.append("PDF rendered")

            from cmc_desktop.excel.reader import read_sheet
            from cmc_desktop.excel.writer import write_table

            xlsx = Path(tmp) / "selftest.xlsx"
            write_table(xlsx, ["Code", "Label"], [["DEV", "Développement Digital"]])
            sheet = read_sheet(xlsx, {"code": ["Code"], "label": ["Label"]}, required=["code"])
            if sheet.rows[0][1]["code"] != "DEV":
                raise RuntimeError("xlsx did not read back")
            steps.append("xlsx written and read back")
            ctx.close()
        except Exception as exc:  # the point of a self-test is to say what failed
            for s in steps:
                print(f"ok   {s}")
            print(f"FAIL {type(exc).__name__}: {exc}")
            return 1
    for s in steps:
        print(f"ok   {s}")
    print(f"self-test passed in {time.perf_counter() - started:.2f} s")
    return 0
