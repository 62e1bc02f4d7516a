"""Read a sheet by header names: case/accent/space-insensitive, any order, unknown columns listed.

Errors name the sheet row (1-based, as Excel shows it) and the column header.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cmc_desktop.errors import ValidationError
from cmc_desktop.text import fold


def header_key(text: Any) -> str:
    return "".join(ch for ch in fold(str(text or "")) if ch.isalnum())


@dataclass(frozen=True)
class RowError:
    row: int  # sheet row number as Excel shows it
    column: str  # header as written in the file ("" for whole-row problems)
    message: str

    def __str__(self) -> str:
        return f"row {self.row}, column {self.column}: {self.message}" if self.column else f"row {self.row}: {self.message}"


@dataclass
class Sheet:
    path: Path
    sheet_name: str
    columns: dict[str, int]  # canonical name → 0-based index
    headers: dict[str, str]  # canonical name → header as written
    unknown: list[str]
    header_row: int
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (sheet row, canonical → value)
    merged: list[str] = field(default_factory=list)  # merged ranges ("A1:B1"), read from the sheet XML


def open_workbook(path: str | Path):  # noqa: ANN201
    """openpyxl read-only workbook, or a clear ValidationError for anything that is not xlsx."""
    import openpyxl

    p = Path(path)
    if not p.exists():
        raise ValidationError(f"{p} does not exist", code="no_file")
    if not zipfile.is_zipfile(p):
        raise ValidationError(f"{p.name} is not an Excel .xlsx workbook", code="not_xlsx")
    try:
        return openpyxl.load_workbook(p, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many types for damaged files
        raise ValidationError(f"{p.name} cannot be read as an .xlsx workbook ({exc.__class__.__name__})",
                              code="not_xlsx") from exc


def read_sheet(path: str | Path, spec: Mapping[str, Sequence[str]], *, required: Sequence[str] = (),
               sheet: str | None = None, max_header_scan: int = 10) -> Sheet:
    """Read the first sheet (or ``sheet``) whose header row holds the required columns.

    ``spec`` maps a canonical name to the header spellings accepted for it. Formula cells are
    reported as errors by the caller through :func:`is_formula`.
    """
    wb = open_workbook(path)
    try:
        ws = wb[sheet] if sheet else wb.worksheets[0]
        # LibreOffice and some generators write a wrong <dimension>; read-only mode trusts it and
        # would pad or cut rows, so measure the sheet by streaming it instead.
        if hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()
        merged = merged_ranges(path, getattr(ws, "_worksheet_path", None))
        aliases = {header_key(a): canon for canon, names in spec.items() for a in (canon, *names)}
        rows_iter = ws.iter_rows(values_only=True)
        header_row = 0
        found: dict[str, int] = {}
        written: dict[str, str] = {}
        unknown: list[str] = []
        buffered: list[tuple[Any, ...]] = []
        for header_row, values in enumerate(rows_iter, start=1):
            buffered.append(values)
            found, written, unknown = {}, {}, []
            for idx, value in enumerate(values or ()):
                if value is None or str(value).strip() == "":
                    continue
                canon = aliases.get(header_key(value))
                if canon and canon not in found:
                    found[canon] = idx
                    written[canon] = str(value)
                else:
                    unknown.append(str(value))
            if found and all(r in found for r in required):
                break
            if header_row >= max_header_scan:
                break
        else:
            if not buffered:
                raise ValidationError(f"{Path(path).name} is empty: no header row was found", code="empty")
        missing = [r for r in required if r not in found]
        for ref in merged:
            first, last = _range_rows(ref)
            # A merged header hides the columns after its first cell: say so rather than "missing".
            if (first <= header_row <= last) or (missing and first <= header_row):
                raise ValidationError(
                    f"{Path(path).name}: the header row {first} has merged cells ({ref}); "
                    "unmerge them so that each column has its own header", code="merged_header")
        if missing:
            raise ValidationError(
                f"{Path(path).name}: required column(s) missing: {', '.join(missing)}"
                + (f" (headers found: {', '.join(unknown[:12])})" if unknown else ""),
                code="missing_columns", errors=[("", f"missing column {m}") for m in missing])
        result = Sheet(Path(path), ws.title, found, written, unknown, header_row, merged=merged)
        for row_no, values in enumerate(rows_iter, start=header_row + 1):
            if values is None or all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            result.rows.append((row_no, {c: (values[i] if i < len(values) else None) for c, i in found.items()}))
        return result
    finally:
        wb.close()


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')
_ROW = re.compile(r"[A-Z]+([0-9]+)")


def merged_ranges(path: str | Path, member: str | None) -> list[str]:
    """Merged ranges of one worksheet. openpyxl's read-only mode does not expose them, so the
    sheet's XML is scanned (they follow the cell data, at the end of the part)."""
    if not member:
        return []
    try:
        with zipfile.ZipFile(path) as zf:
            data = zf.read(member.lstrip("/"))
    except (KeyError, OSError, zipfile.BadZipFile):
        return []
    if b"mergeCell" not in data:
        return []
    return [m.decode() for m in _MERGE.findall(data)]


def _range_rows(ref: str) -> tuple[int, int]:
    a, b = ref.split(":")
    ra, rb = _ROW.match(a), _ROW.match(b)
    return (int(ra.group(1)) if ra else 0), (int(rb.group(1)) if rb else 0)


def is_formula(value: Any) -> bool:
    return isinstance(value, str) and value.startswith("=")


def parse_date(value: Any) -> dt.date:
    """dd/mm/yyyy (with or without a time), ISO yyyy-mm-dd, or a real spreadsheet date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"'{text}' is not a date (expected dd/mm/yyyy)")


def iter_cells(sheet: Sheet) -> Iterator[tuple[int, dict[str, Any]]]:
    yield from sheet.rows
