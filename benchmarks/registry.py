"""Registry benchmarks against floors measured in the same run (see issue 4).

- trainees.open_list: the registry page built and its first page painted, versus the same page
  fetched with raw sqlite3 and painted by a bare QTableView over a model holding those rows.
- trainees.search: one keystroke (search, model reset, repaint) versus the same search in raw
  sqlite3 plus painting its first page in a bare model.
- import.xlsx_10k: full validation and commit of 10,000 rows versus iterating the same file
  with openpyxl read-only.
- export.xlsx_100k: the formatted export versus openpyxl write-only writing the same values.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.core import Row, best_of

_CACHE: dict[int, Path] = {}
_TMP = Path(tempfile.mkdtemp(prefix="cmc_bench_registry_"))
PAGE_ROWS = 40
SEARCHES = ("ben", "el amrani", "fatima", "jb12", "2005")


def _size(quick: bool) -> int:
    return 20_000 if quick else 100_000


def _demo(n: int) -> Path:
    if n not in _CACHE:
        from cmc_desktop.demo import build_demo

        path = _TMP / f"demo_{n}.sqlite3"
        # Registry data only: the other areas' demo data does not change these rows and takes minutes.
        build_demo(str(path), trainees=n, seed=4, force=True, areas=())
        _CACHE[n] = path
    return _CACHE[n]


def _app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _bare_view(rows: list[tuple[Any, ...]], headers: list[str]) -> Any:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    class Bare(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: N802, B008
            return len(rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: N802, B008
            return len(headers)

        def data(self, index: Any, role: int = Qt.DisplayRole) -> Any:
            if role == Qt.DisplayRole:
                v = rows[index.row()][index.column()]
                return "" if v is None else str(v)
            return None

        def headerData(self, section: int, orientation: Any, role: int = Qt.DisplayRole) -> Any:  # noqa: N802
            return headers[section] if role == Qt.DisplayRole and orientation == Qt.Horizontal else None

    view = QTableView()
    model = Bare()
    view.setModel(model)
    view._model = model  # keep it alive  # noqa: SLF001
    view.resize(1200, 800)
    return view


FLOOR_SQL = """
select t.matricule, t.last_name, t.first_name, t.last_name_ar || ' ' || t.first_name_ar, t.sex, t.birth_date, t.cin,
       g.code, p.level, t.current_status
from trainees t left join groups g on g.id = t.current_group_id left join programmes p on p.id = g.programme_id
{where} order by t.last_name, t.first_name, t.id limit {limit}
"""
HEADERS = ["Matricule", "Last name", "First name", "Name (Arabic)", "Sex", "Birth date", "CIN", "Group", "Level",
           "Status"]


def _floor_page(db: Path, term: str | None) -> float:
    app = _app()

    def run() -> None:
        con = sqlite3.connect(db)
        if term:
            from cmc_desktop.text import fold

            words = fold(term).split()
            where = "where " + " and ".join("t.search_key like ?" for _ in words)
            rows = con.execute(FLOOR_SQL.format(where=where, limit=PAGE_ROWS), [f"%{w}%" for w in words]).fetchall()
        else:
            rows = con.execute(FLOOR_SQL.format(where="", limit=PAGE_ROWS)).fetchall()
        con.close()
        view = _bare_view(rows, HEADERS)
        view.show()
        view.grab()
        app.processEvents()
        view.close()
        view.deleteLater()

    return best_of(run, 5)


def open_list(quick: bool) -> list[Row]:
    from cmc_desktop.bootstrap import open_context
    from ui.pages.registry.page import RegistryPage

    n = _size(quick)
    db = _demo(n)
    app = _app()
    ctx = open_context(str(db))
    try:
        def run() -> None:
            page = RegistryPage(ctx)
            page.resize(1200, 800)
            page.show()
            page.grab()
            app.processEvents()
            page.close()
            page.deleteLater()

        run()  # warm caches on both sides alike
        _floor_page(db, None)
        project = best_of(run, 5)
        floor = _floor_page(db, None)
    finally:
        ctx.close()
    return [Row("trainees.open_list", project, floor, "<=0.3s and ratio<=3", f"{n} trainees")]


def search(quick: bool) -> list[Row]:
    from cmc_desktop.bootstrap import open_context
    from ui.pages.registry.page import RegistryPage

    n = _size(quick)
    db = _demo(n)
    app = _app()
    ctx = open_context(str(db))
    rows = []
    try:
        page = RegistryPage(ctx)
        page.resize(1200, 800)
        page.show()
        app.processEvents()
        project_times, floor_times = [], []
        for term in SEARCHES:
            def keystroke(term: str = term) -> None:
                page.search.blockSignals(True)  # the debounce timer is not part of one keystroke's work
                page.search.setText(term)
                page.search.blockSignals(False)
                page.refresh()
                page.table.viewport().grab()
                app.processEvents()

            project_times.append(best_of(keystroke, 3))
            floor_times.append(_floor_page(db, term))
        page.close()
        project = sorted(project_times)[len(project_times) // 2]
        floor = sorted(floor_times)[len(floor_times) // 2]
        rows.append(Row("trainees.search", project, floor, "<=0.1s and ratio<=2", f"{n} trainees",
                        f"median of {len(SEARCHES)} terms"))
    finally:
        ctx.close()
    return rows


def _import_file(path: Path, n: int, groups: list[str]) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Stagiaires")
    ws.append(["Matricule", "Nom", "Prénom", "Nom (ar)", "Prénom (ar)", "Sexe", "Date de naissance", "CIN",
               "Téléphone", "Groupe", "Tuteur", "Téléphone tuteur"])
    base = dt.date(2004, 1, 1)
    for i in range(n):
        birth = base + dt.timedelta(days=i % 900)
        ws.append([f"{birth:%Y%m%d}{60000 + i:05d}", f"NOM{i}", "Salma", "العلوي", "سلمى", "F",
                   birth.strftime("%d/%m/%Y"), f"ZX{100000 + i}", f"06{i:08d}", groups[i % len(groups)],
                   "Ahmed Alaoui", "0612345678"])
    wb.save(path)


def import_xlsx(quick: bool) -> list[Row]:
    from openpyxl import load_workbook

    from cmc_desktop.bootstrap import open_context
    from cmc_desktop.registry.service import RegistryService

    n_rows = 2_000 if quick else 10_000
    base = _demo(3000)
    con = sqlite3.connect(base)
    groups = [g for (g,) in con.execute(
        "select g.code from groups g join academic_years y on y.id = g.academic_year_id where y.current = 1")]
    con.close()
    src = _TMP / f"import_{n_rows}.xlsx"
    _import_file(src, n_rows, groups)

    def floor_run() -> None:
        wb = load_workbook(src, read_only=True)
        for _ in wb.worksheets[0].iter_rows(values_only=True):
            pass
        wb.close()

    times, floors = [], []
    for k in range(3):  # interleaved with the floor: this machine's load changes from minute to minute
        floors.append(best_of(floor_run, 1))
        db = _TMP / f"import_{k}.sqlite3"
        shutil.copy(base, db)
        ctx = open_context(str(db))
        try:
            t = time.perf_counter()
            res = ctx.service(RegistryService).import_trainees(src)
            times.append(time.perf_counter() - t)
            assert res.written and res.new == n_rows, res.summary()
        finally:
            ctx.close()
    return [Row("import.xlsx_10k", min(times), min(floors), "ratio<=3", f"{n_rows} rows")]


def export_xlsx(quick: bool) -> list[Row]:
    from openpyxl import Workbook

    from cmc_desktop.bootstrap import open_context
    from cmc_desktop.registry.importer import TEMPLATE
    from cmc_desktop.registry.service import RegistryService

    n = _size(quick)
    db = _demo(n)
    out = _TMP / "export.xlsx"
    ctx = open_context(str(db))
    try:
        svc = ctx.service(RegistryService)
        svc.export_trainees(out)
        from openpyxl import load_workbook

        wb = load_workbook(out, read_only=True)
        values = [tuple(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
        wb.close()

        def floor_run() -> None:
            fwb = Workbook(write_only=True)
            ws = fwb.create_sheet("Stagiaires")
            for r in values:
                ws.append(r)
            fwb.save(_TMP / "floor.xlsx")

        projects, floors = [], []
        for _ in range(2):  # interleaved, as for the import
            floors.append(best_of(floor_run, 1))
            projects.append(best_of(lambda: svc.export_trainees(out), 1))
        project, floor = min(projects), min(floors)
    finally:
        ctx.close()
    return [Row("export.xlsx_100k", project, floor, "ratio<=1.5", f"{len(values) - 1} rows", f"{len(TEMPLATE)} columns")]


ROWS = [open_list, search, import_xlsx, export_xlsx]
