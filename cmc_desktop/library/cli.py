"""Library commands: import catalogue, report labels|reminders, export loans, library checkout|return|renew."""

from __future__ import annotations

import argparse

from cmc_desktop.cli import Cli, add_leaf


def _svc(cli: Cli):  # noqa: ANN202
    from cmc_desktop.library.service import LibraryService

    return cli.ctx().service(LibraryService)


def _import_catalogue(args: argparse.Namespace, cli: Cli) -> int:
    res = _svc(cli).import_catalogue(args.file)
    print(f"Imported {res.titles_created} new title(s), added copies to {res.titles_extended} existing title(s); "
          f"{res.copies_created} copies with barcodes {res.barcodes[0] if res.barcodes else '-'}"
          f"{' … ' + res.barcodes[-1] if len(res.barcodes) > 1 else ''}")
    return 0


def _labels(args: argparse.Namespace, cli: Cli) -> int:
    barcodes = [b for b in (args.barcodes or "").split(",") if b.strip()] or None
    path = _svc(cli).labels_pdf(args.out, barcodes=barcodes, title_id=args.title_id)
    print(f"Labels written to {path}")
    return 0


def _reminders(args: argparse.Namespace, cli: Cli) -> int:
    print(f"Reminder letters written to {_svc(cli).reminders_pdf(args.out)}")
    return 0


def _export_loans(args: argparse.Namespace, cli: Cli) -> int:
    print(f"Loans written to {_svc(cli).export_loans(args.out, open_only=args.open)}")
    return 0


def _checkout(args: argparse.Namespace, cli: Cli) -> int:
    res = _svc(cli).checkout(args.card, args.barcode)
    print(f"{res.barcode} '{res.title}' lent to {res.patron_name}; {res.message}")
    return 0


def _return(args: argparse.Namespace, cli: Cli) -> int:
    res = _svc(cli).checkin(args.barcode)
    print(f"{res.barcode} '{res.title}': {res.message}")
    return 0


def _renew(args: argparse.Namespace, cli: Cli) -> int:
    res = _svc(cli).renew(args.barcode)
    print(f"{res.barcode} '{res.title}': {res.message}")
    return 0


def _stocktake(args: argparse.Namespace, cli: Cli) -> int:
    from pathlib import Path

    codes = Path(args.file).read_text(encoding="utf-8").split()
    res = _svc(cli).stocktake(codes, args.location)
    print(f"Scanned {res.scanned}, recognised {res.seen}; missing {len(res.missing)}, out of place "
          f"{len(res.out_of_place)}, on loan but on the shelf {len(res.on_loan_but_scanned)}, unknown {len(res.unknown)}")
    for label, items in (("missing", res.missing), ("out of place", res.out_of_place),
                         ("on loan", res.on_loan_but_scanned)):
        for c in items:
            print(f"  {label:<13} {c.barcode}  {c.shelf_location:<10} {c.title}")
    for code in res.unknown:
        print(f"  unknown       {code}")
    return 0


def register(cli: Cli) -> None:
    p = cli.sub("import", "catalogue", "import library titles and copies (Titre, Auteurs, ISBN, Langue, Sujet, "
                "Exemplaires); all-or-nothing", _import_catalogue)
    p.add_argument("file", help="the .xlsx workbook")
    p = cli.sub("report", "labels", "barcode label sheet (3 × 8 on A4) for library copies", _labels)
    p.add_argument("--out", required=True, help="PDF file to write")
    p.add_argument("--barcodes", help="comma-separated barcodes (default: every copy)")
    p.add_argument("--title-id", type=int, help="only the copies of this title")
    p = cli.sub("report", "reminders", "overdue reminder letters (one page per borrower)", _reminders)
    p.add_argument("--out", required=True, help="PDF file to write")
    p = cli.sub("export", "loans", "library loans to Excel", _export_loans)
    p.add_argument("out", help=".xlsx file to write")
    p.add_argument("--open", action="store_true", help="only the loans still out")
    grp = cli.group("library", "media library circulation at the command line")
    p = add_leaf(grp, "checkout", "lend a copy: library checkout CARD BARCODE", _checkout)
    p.add_argument("card", help="trainee matricule or staff card code")
    p.add_argument("barcode")
    p = add_leaf(grp, "return", "return a copy by its barcode", _return)
    p.add_argument("barcode")
    p = add_leaf(grp, "renew", "renew a loan by the copy's barcode", _renew)
    p.add_argument("barcode")
    p = add_leaf(grp, "stocktake", "compare a file of scanned barcodes with the catalogue", _stocktake)
    p.add_argument("file", help="text file, one barcode per line")
    p.add_argument("--location", help="the shelf that was scanned (reports copies shelved elsewhere)")
