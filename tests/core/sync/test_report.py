"""The national report reads back with openpyxl and pdftotext."""

from __future__ import annotations

import subprocess
from pathlib import Path

from openpyxl import load_workbook

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.hq.report import write_report
from cmc_desktop.hq.service import HqService
from cmc_desktop.sync.service import SyncService
from tests.tools import require_tool


def test_report_xlsx_and_pdf(svc: SyncService, city: AppContext, hq: AppContext, dest: Path, tmp_path: Path) -> None:
    h = hq.service(HqService)
    h.register_city("MA-09", svc.public_key())
    svc.export(dest)
    h.ingest(dest)
    xlsx = write_report(hq, tmp_path / "national.xlsx")
    wb = load_workbook(xlsx, read_only=True)
    assert {"Cities", "By sex", "By level", "By sector", "Records"} <= set(wb.sheetnames)
    cities = list(wb["Cities"].iter_rows(values_only=True))
    assert cities[0][:4] == ("City", "Last package", "Last package written", "Active trainees")
    assert cities[1][0] == "MA-09" and cities[1][3] == 6 and cities[1][2].startswith("2026-11-30")
    assert cities[-1][0] == "ALL" and cities[-1][3] == 6
    sector = list(wb["By sector"].iter_rows(values_only=True))
    assert "DIA" in sector[0] and sector[1][sector[0].index("DIA")] == 6
    wb.close()
    pdf = write_report(hq, tmp_path / "national.pdf")
    require_tool("pdftotext")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "National consolidation" in text and "MA-09" in text and "By sector" in text
