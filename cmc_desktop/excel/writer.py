"""Formatted xlsx export: header row, autofilter, frozen panes, real dates, sensible widths."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from cmc_desktop.progress import NEVER, NULL_PROGRESS, CancelToken, ProgressReporter


def write_table(path: str | os.PathLike[str], headers: Sequence[str], rows: Iterable[Sequence[Any]], *,
                sheet_title: str = "Data", widths: Sequence[int] | None = None, total: int = 0,
                progress: ProgressReporter = NULL_PROGRESS, cancel: CancelToken = NEVER,
                extra_sheets: Sequence[tuple[str, Sequence[str], Iterable[Sequence[Any]]]] = ()) -> Path:
    """Stream rows into a write-only workbook, written to a temp name then renamed (no half files)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    out = Path(path)
    tmp = out.with_name(f".{out.name}.part")
    wb = Workbook(write_only=True)
    head_font = Font(bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", fgColor="17324D")

    def add_sheet(title: str, hdrs: Sequence[str], data: Iterable[Sequence[Any]], wid: Sequence[int] | None) -> None:
        ws = wb.create_sheet(title[:31])
        for i, h in enumerate(hdrs):
            letter = _col(i)
            ws.column_dimensions[letter].width = (wid[i] if wid and i < len(wid) else max(10, min(40, len(h) + 4)))
        ws.freeze_panes = "A2"
        cells = []
        for h in hdrs:
            c = WriteOnlyCell(ws, value=h)
            c.font, c.fill = head_font, head_fill
            c.alignment = Alignment(vertical="center")
            cells.append(c)
        ws.append(cells)
        n = 0
        date_cells: dict[int, Any] = {}
        for n, row in enumerate(data, start=1):
            out_row = []
            for i, v in enumerate(row):
                if isinstance(v, dt.datetime | dt.date):
                    c = date_cells.get(i)
                    c = WriteOnlyCell(ws, value=v.replace(tzinfo=None) if isinstance(v, dt.datetime) else v)
                    c.number_format = "DD/MM/YYYY HH:MM" if isinstance(v, dt.datetime) else "DD/MM/YYYY"
                    out_row.append(c)
                else:
                    out_row.append(v)
            ws.append(out_row)
            if n % 5000 == 0:
                cancel.check()
                progress(n, total, "")
        ws.auto_filter.ref = f"A1:{_col(len(hdrs) - 1)}{max(n + 1, 1)}"

    try:
        add_sheet(sheet_title, headers, rows, widths)
        for title, hdrs, data in extra_sheets:
            add_sheet(title, hdrs, data, None)
        wb.save(tmp)
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return out


def _col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s
