"""Registry commands: import/export trainees, import programmes, certificate and class-list PDFs."""

from __future__ import annotations

import argparse
import sys

from cmc_desktop.cli import Cli, print_json
from cmc_desktop.progress import NULL_PROGRESS, ProgressReporter
from cmc_desktop.registry.dto import ImportResult


def _progress() -> ProgressReporter:
    if not sys.stderr.isatty():
        return NULL_PROGRESS

    def report(done: int, total: int, message: str = "") -> None:
        print(f"\r{message:<12} {done}/{total}   ", end="", file=sys.stderr, flush=True)

    return report


def _print_result(res: ImportResult, args: argparse.Namespace, what: str) -> int:
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if getattr(args, "json", False):
        print_json(res.summary())
    else:
        mode = "dry run: nothing written" if res.dry_run else ("written" if res.written else "nothing written")
        print(f"{res.path} ({res.layout} layout, {res.rows} rows) — {mode}")
        print(f"  new {res.new}, updated {res.updated}, unchanged {res.unchanged}, rejected {res.rejected}, "
              f"warnings {len(res.warnings)}")
        if res.changed_fields:
            print("  changed fields: " + ", ".join(f"{k} {v}" for k, v in sorted(res.changed_fields.items())))
        if res.unknown_columns:
            print("  ignored columns: " + ", ".join(res.unknown_columns))
        for w in res.warnings:
            print(f"  warning: {w}")
        for e in res.errors:
            print(f"  error: {e}")
        if res.rejected_file:
            print(f"  rejected rows saved to {res.rejected_file}")
    if res.errors and not getattr(args, "valid_only", False):
        if not getattr(args, "json", False):
            print(f"error: {len(res.errors)} problem(s) in {res.rejected} row(s); no {what} was written",
                  file=sys.stderr)
        return 1
    return 0


def _import_trainees(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.registry.service import RegistryService

    res = cli.ctx().service(RegistryService).import_trainees(
        args.file, dry_run=args.dry_run, valid_only=args.valid_only, progress=_progress())
    return _print_result(res, args, "trainee")


def _import_programmes(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.registry.service import RegistryService

    res = cli.ctx().service(RegistryService).import_programmes(args.file, dry_run=args.dry_run)
    return _print_result(res, args, "programme")


def _export_trainees(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.registry.dto import TraineeFilter
    from cmc_desktop.registry.service import RegistryService

    flt = TraineeFilter(text=args.search or "", status=args.status)
    res = cli.ctx().service(RegistryService).export_trainees(args.out, flt=flt, group_code=args.group,
                                                             progress=_progress())
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"{res.rows} trainees written to {res.path}")
    return 0


def _certificate(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.registry.service import RegistryService

    out = cli.ctx().service(RegistryService).certificate(args.matricule, args.out)
    print(f"certificate written to {out}")
    return 0


def _class_list(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.registry.service import RegistryService

    out = cli.ctx().service(RegistryService).class_list(args.group, args.out)
    print(f"class list written to {out}")
    return 0


def register(cli: Cli) -> None:
    p = cli.sub("import", "trainees", "import trainees from the template or the headquarters export (.xlsx)",
                _import_trainees)
    p.add_argument("file", help="the .xlsx file")
    p.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    p.add_argument("--valid-only", action="store_true",
                   help="write the valid rows and save the rejected ones next to the file")
    p.add_argument("--json", action="store_true", help="print a machine-readable summary")

    p = cli.sub("import", "programmes", "import programmes (filières) from .xlsx: upsert by code",
                _import_programmes)
    p.add_argument("file", help="the .xlsx file")
    p.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    p.add_argument("--json", action="store_true", help="print a machine-readable summary")

    p = cli.sub("export", "trainees", "export trainees to .xlsx in the import template's columns",
                _export_trainees)
    p.add_argument("out", help="the .xlsx file to write")
    p.add_argument("--group", help="only this group (code)")
    p.add_argument("--search", help="only trainees matching this text (name, matricule, CIN)")
    p.add_argument("--status", choices=("active", "suspended", "dropped", "graduated"))

    p = cli.sub("report", "certificate", "bilingual enrolment certificate (attestation d'inscription) as PDF",
                _certificate)
    p.add_argument("matricule")
    p.add_argument("--out", required=True, help="the PDF file to write")

    p = cli.sub("report", "class-list", "class list of a group as PDF", _class_list)
    p.add_argument("--group", required=True, help="group code, e.g. DEV101")
    p.add_argument("--out", required=True, help="the PDF file to write")
