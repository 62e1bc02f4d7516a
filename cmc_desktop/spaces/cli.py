"""Spaces commands: import timetable, report timetable/utilisation, export rooms/bookings."""

from __future__ import annotations

import argparse
import datetime as dt

from cmc_desktop.cli import Cli
from cmc_desktop.errors import NotFound, ValidationError


def _date(text: str) -> dt.date:
    from cmc_desktop.excel.reader import parse_date

    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _city_line(cli: Cli) -> str:
    from cmc_desktop.reference.service import CatalogueService

    city = cli.ctx().service(CatalogueService).city()
    return f"CMC {city.region_fr} — {city.site}" if city else "CMC"


def _svc(cli: Cli):  # noqa: ANN202
    from cmc_desktop.spaces.service import SpacesService

    return cli.ctx().service(SpacesService)


def _import_timetable(args: argparse.Namespace, cli: Cli) -> int:
    result = _svc(cli).import_timetable(args.file, dry_run=args.dry_run)
    verb = "would create" if result.dry_run else "created"
    print(f"{args.file}: {result.rows} row(s) checked, no conflict; {verb} {result.bookings} weekly series "
          f"and {result.occurrences} occurrence(s)" + (" (dry run: nothing written)" if result.dry_run else ""))
    for row, day, why in result.skipped:
        print(f"  row {row}: {day:%d/%m/%Y} skipped — {why}")
    return 0


def _report_timetable(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.spaces.reports import timetable_pdf

    svc = _svc(cli)
    week = args.week or cli.ctx().clock.today()
    if args.group:
        match = [gid for gid, code in svc.groups() if code.upper() == args.group.strip().upper()]
        if not match:
            raise NotFound(f"No group has the code {args.group}")
        view = svc.week("group", match[0], week)
    elif args.room:
        view = svc.week("room", svc.room_by_code(args.room).id, week)
    else:
        view = svc.week("trainer", args.trainer, week)
    if not str(args.out).lower().endswith(".pdf"):
        raise ValidationError(f"{args.out}: the timetable is written as a .pdf file", code="bad_extension")
    timetable_pdf(view, args.out, city_line=_city_line(cli))
    print(f"Timetable of {view.title}, week of {view.monday:%d/%m/%Y}: {len(view.entries)} session(s) "
          f"written to {args.out}")
    return 0


def _report_utilisation(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.spaces.reports import utilisation_report

    today = cli.ctx().clock.today()
    date_from = args.date_from or today.replace(day=1)
    date_to = args.date_to or (date_from.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    rows = _svc(cli).utilisation(date_from, date_to)
    utilisation_report(rows, args.out, date_from, date_to, city_line=_city_line(cli))
    rooms = [r for r in rows if r.level == "room"]
    avail = sum(r.available_hours for r in rooms)
    booked = sum(r.booked_hours for r in rooms)
    rate = 100 * booked / avail if avail else 0.0
    print(f"Utilisation {date_from:%d/%m/%Y}–{date_to:%d/%m/%Y}: {booked:.0f} h booked of {avail:.0f} h "
          f"available ({rate:.1f}%) over {len(rooms)} rooms; written to {args.out}")
    return 0


def _export_rooms(args: argparse.Namespace, cli: Cli) -> int:
    n = _svc(cli).export_rooms(args.out)
    print(f"{n} room(s) written to {args.out}")
    return 0


def _export_bookings(args: argparse.Namespace, cli: Cli) -> int:
    n = _svc(cli).export_bookings(args.out)
    print(f"{n} booking(s) written to {args.out}")
    return 0


def register(cli: Cli) -> None:
    p = cli.sub("import", "timetable", "import a timetable (Groupe, Salle, Jour, Début, Fin, Du, Au, Formateur); "
                "all-or-nothing, every conflict listed with its row", _import_timetable)
    p.add_argument("file", help="the .xlsx timetable")
    p.add_argument("--dry-run", action="store_true", help="check everything, write nothing")

    p = cli.sub("report", "timetable", "week timetable of a group, a room or a trainer (PDF, French and Arabic)",
                _report_timetable)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--group", help="group code, e.g. DEV101")
    who.add_argument("--room", help="room code, e.g. DIA-L01")
    who.add_argument("--trainer", help="trainer name")
    p.add_argument("--week", type=_date, help="any day of the week (dd/mm/yyyy; default: this week)")
    p.add_argument("--out", required=True, help="output .pdf")

    p = cli.sub("report", "utilisation", "booked against available hours per room, structure and hub",
                _report_utilisation)
    p.add_argument("--out", required=True, help="output .xlsx or .pdf")
    p.add_argument("--from", dest="date_from", type=_date, help="first day (default: first of this month)")
    p.add_argument("--to", dest="date_to", type=_date, help="last day (default: end of that month)")

    p = cli.sub("export", "rooms", "all rooms with capacity, equipment and hours (xlsx)", _export_rooms)
    p.add_argument("out", help="output .xlsx")
    p = cli.sub("export", "bookings", "all bookings and series with their skipped dates (xlsx)", _export_bookings)
    p.add_argument("out", help="output .xlsx")
