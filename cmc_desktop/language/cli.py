"""Language commands: import placement, export attendance|placement-tests, report attendance-sheet."""

from __future__ import annotations

import argparse

from cmc_desktop.cli import Cli


def _svc(cli: Cli):  # noqa: ANN202
    from cmc_desktop.language.service import LanguageService

    return cli.ctx().service(LanguageService)


def _import(args: argparse.Namespace, cli: Cli) -> int:
    res = _svc(cli).import_placement(args.file)
    levels = ", ".join(f"{lvl}: {n}" for lvl, n in res.by_level) or "-"
    print(f"Imported {res.imported} placement test(s) ({levels})")
    return 0


def _attendance(args: argparse.Namespace, cli: Cli) -> int:
    print(f"Attendance written to {_svc(cli).export_attendance(args.out)}")
    return 0


def _placements(args: argparse.Namespace, cli: Cli) -> int:
    print(f"Placement tests written to {_svc(cli).export_placements(args.out)}")
    return 0


def _sheet(args: argparse.Namespace, cli: Cli) -> int:
    print(f"Attendance sheet written to {_svc(cli).attendance_sheet_pdf(args.session, args.out)}")
    return 0


def register(cli: Cli) -> None:
    p = cli.sub("import", "placement", "import placement test scores (Matricule, Langue, Score, Date); "
                "all-or-nothing", _import)
    p.add_argument("file", help="the .xlsx workbook")
    p = cli.sub("export", "attendance", "language-centre attendance per group member, with alerts", _attendance)
    p.add_argument("out", help=".xlsx file to write")
    p = cli.sub("export", "placement-tests", "every placement test attempt with its CEFR level", _placements)
    p.add_argument("out", help=".xlsx file to write")
    p = cli.sub("report", "attendance-sheet", "attendance sheet PDF of one language session", _sheet)
    p.add_argument("--session", type=int, required=True, help="session id")
    p.add_argument("--out", required=True, help="PDF file to write")
