"""Command line and documents: serve exit codes, forecast JSON, cards (QR decoded by zbar),
menu and monthly PDFs (text extracted), Excel exports (read back with openpyxl)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from cmc_desktop.cli import main
from tests.core.catering.conftest import TODAY, City, at
from tests.tools import require_tool


def run(city: City, *args: str) -> int:
    return main([*args, "--db", str(city.ctx.sqlite_file)])


def test_serve_exit_codes_and_json(city: City, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(city, "catering", "serve", city.resident, "--meal", "breakfast", "--at", "2026-11-30T07:30",
               "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["accepted"] and out["category"] == "resident" and out["meal_date"] == "2026-11-30"
    assert run(city, "catering", "serve", city.resident, "--meal", "breakfast", "--at", "2026-11-30T07:31") == 1
    err = capsys.readouterr().err
    assert "Already served" in err and "[already_served]" in err and "07:30" in err
    assert run(city, "catering", "serve", "ABC", "--meal", "lunch") == 1
    assert "not a matricule" in capsys.readouterr().err
    assert run(city, "catering", "serve", city.leaver, "--meal", "lunch", "--at", "2026-11-30T12:30") == 1
    assert "[on_leave]" in capsys.readouterr().err
    assert run(city, "catering", "serve", city.day, "--meal", "lunch", "--at", "2026-11-30T09:00") == 1
    assert "[outside_window]" in capsys.readouterr().err


def test_forecast_json(city: City, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(city, "catering", "forecast", "--from", "2026-11-30", "--days", "3", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 9
    lunch = next(r for r in rows if r["day"] == "2026-11-30" and r["meal"] == "lunch")
    assert lunch["forecast"] == 2 and lunch["on_leave"] == 1 and lunch["served"] == 0


def test_cards_pdf_qr_codes_decode(city: City, tmp_path: Path) -> None:
    zbar = require_tool("zbarimg")
    pdftoppm = require_tool("pdftoppm")
    out = tmp_path / "cards.pdf"
    assert run(city, "report", "cards", "--group", "DEV101", "--out", str(out)) == 0
    reader = PdfReader(out)
    text = reader.pages[0].extract_text()
    assert city.resident in text and "Alaoui0" in text
    subprocess.run([pdftoppm, "-r", "150", "-png", str(out), str(tmp_path / "page")], check=True)
    png = sorted(tmp_path.glob("page*.png"))[0]
    res = subprocess.run([zbar, "--raw", "-q", str(png)], capture_output=True, text=True)
    decoded = set(res.stdout.split())
    assert decoded == {city.resident, city.leaver, city.day, city.nobody}
    assert run(city, "report", "cards", "--group", "NOPE", "--out", str(out)) == 1


def test_menu_pdf_bilingual(city: City, tmp_path: Path) -> None:
    pdftotext = require_tool("pdftotext")
    city.svc.set_dish(TODAY, "lunch", "main", "Couscous aux sept légumes", "كسكس بالخضر السبع", "gluten,celery")
    city.svc.set_dish(TODAY, "breakfast", "main", "Msemen", "مسمن", "gluten, milk")
    out = tmp_path / "menu.pdf"
    assert run(city, "report", "menu", "--week", "2026-12-02", "--out", str(out)) == 0
    text = subprocess.run([pdftotext, "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert "Couscous aux sept légumes" in text and "Lundi 30/11" in text
    assert "كسكس" in text or "ﻛﺴﻜﺲ" in text  # shaped Arabic extracts as presentation forms in some readers
    assert "Céleri" in text and "Arachides" in text  # the 14-allergen legend
    week = city.svc.week_menu(dt.date(2026, 11, 30))
    assert [d.allergens for d in week if d.meal == "breakfast"] == [("gluten", "milk")]


def test_export_meals_and_monthly(city: City, tmp_path: Path) -> None:
    assert city.svc.scan(city.resident, at=at("07:30")).accepted
    assert city.svc.scan(city.day, at=at("12:30")).accepted
    city.svc.add_cost(TODAY, "Marché", "40")
    xlsx = tmp_path / "meals.xlsx"
    assert run(city, "export", "meals", str(xlsx), "--from", "2026-11-01", "--to", "2026-11-30") == 0
    ws = load_workbook(xlsx).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:4] == ("Date", "Meal", "Served at", "Category")
    assert [(r[1], r[3], r[4]) for r in rows[1:]] == [("breakfast", "resident", city.resident),
                                                      ("lunch", "day", city.day)]
    assert rows[1][2] == dt.datetime(2026, 11, 30, 7, 30)  # local time
    month = tmp_path / "month.xlsx"
    assert run(city, "report", "catering-month", "--month", "2026-11", "--out", str(month)) == 0
    wb = load_workbook(month)
    days = list(wb["2026-11"].iter_rows(values_only=True))
    last = days[-1]
    assert last[0] == dt.datetime(2026, 11, 30) and last[1:4] == (1, 1, 0) and last[8] == 2
    assert last[12] == 40 and last[13] == 20
    pdf = tmp_path / "month.pdf"
    assert run(city, "report", "catering-month", "--month", "2026-11", "--out", str(pdf)) == 0
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "11/2026" in text and "40.00 MAD" in text
    assert run(city, "report", "catering-month", "--month", "2026-11", "--out", str(tmp_path / "x.doc")) == 1
