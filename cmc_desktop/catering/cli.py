"""Catering commands: serve, forecast, desk, subscriptions, tickets, calendar, costs, documents."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sys

from cmc_desktop.catering import rules
from cmc_desktop.catering.service import CateringService
from cmc_desktop.cli import Cli, add_leaf, print_json
from cmc_desktop.clock import CITY_TZ
from cmc_desktop.errors import ValidationError


def _date(text: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD or DD/MM/YYYY)")


def _datetime(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not an ISO date-time (e.g. 2026-11-30T12:15)") from exc
    return value if value.tzinfo else value.replace(tzinfo=CITY_TZ)  # local city time by default


def _month(text: str) -> tuple[int, int]:
    try:
        d = dt.datetime.strptime(text, "%Y-%m")
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a month (YYYY-MM)") from exc
    return d.year, d.month


def _svc(cli: Cli) -> CateringService:
    return cli.ctx().service(CateringService)


def cmd_serve(args: argparse.Namespace, cli: Cli) -> int:
    r = _svc(cli).scan(args.code, meal=args.meal, at=args.at, desk=args.desk)
    if args.json:
        print_json(r.as_dict())
    elif r.accepted:
        print(f"served: {r.name} ({r.matricule or r.code}) — {r.meal} {r.meal_date} [{r.category}]"
              f" service #{r.service_id}")
    else:
        who = f" {r.name} ({r.code})" if r.name else f" {r.code}"
        when = f" at {r.previous_at.astimezone(CITY_TZ):%H:%M}" if r.previous_at else ""
        print(f"refused:{who}: {r.message}{when} [{r.reason}]", file=sys.stderr)
    return 0 if r.accepted else 1


def cmd_undo(args: argparse.Namespace, cli: Cli) -> int:
    _svc(cli).undo(args.service_id)
    print(f"service #{args.service_id} undone")
    return 0


def cmd_forecast(args: argparse.Namespace, cli: Cli) -> int:
    rows = _svc(cli).forecast(args.start, args.days)
    if args.json:
        print_json([r.as_dict() for r in rows])
        return 0
    print(f"{'day':<12} {'meal':<10} {'status':<11} {'resid.':>6} {'leave':>6} {'subs':>5} {'tick.':>5} "
          f"{'forecast':>8} {'served':>7}  note")
    for r in rows:
        served = "" if r.served is None else str(r.served)
        name = rules.meal_name(r.meal, r.ramadan)
        print(f"{r.day.isoformat():<12} {name:<10} {r.status:<11} {r.residents:>6} {r.on_leave:>6} "
              f"{r.subscribers:>5} {r.tickets:>5} {r.forecast:>8} {served:>7}  {r.note}")
    return 0


def cmd_desk(args: argparse.Namespace, cli: Cli) -> int:
    # The CLI is an entry point like main.py: it may start the GUI. The import is done at run
    # time so the core keeps no static dependency on the Qt layer (import-linter contract).
    kiosk = importlib.import_module("ui.pages.catering.kiosk")
    return int(kiosk.run_desk(db=getattr(args, "db", None) or (cli.args.db if cli.args else None),
                              lang=args.lang, fullscreen=not args.windowed, screenshot=args.screenshot))


def cmd_subscribe(args: argparse.Namespace, cli: Cli) -> int:
    sub = _svc(cli).subscribe(args.matricule, args.start, args.end, args.meal)
    print(f"subscribed: {sub.name} ({sub.matricule}) to {sub.meal} from {sub.starts_on} to {sub.ends_on}")
    return 0


def cmd_tickets(args: argparse.Namespace, cli: Cli) -> int:
    tickets = _svc(cli).issue_tickets(args.category, args.holder, args.meal, args.day, args.count)
    for t in tickets:
        print(f"{t.code}\t{t.category}\t{t.holder}\t{t.meal}\t{t.valid_on}")
    return 0


def cmd_ramadan(args: argparse.Namespace, cli: Cli) -> int:
    _svc(cli).add_ramadan(args.start, args.end)
    print(f"Ramadan schedule from {args.start} to {args.end}")
    return 0


def cmd_windows(args: argparse.Namespace, cli: Cli) -> int:
    svc = _svc(cli)
    normal = {m: getattr(args, m) for m in rules.MEALS if getattr(args, m)}
    ramadan = {m: v for m, v in (("breakfast", args.suhoor), ("dinner", args.iftar)) if v}
    st = svc.set_windows(normal, ramadan) if normal or ramadan else svc.settings()
    for kind, windows in st.windows.items():
        print(kind + ": " + ", ".join(f"{rules.meal_name(m, kind == 'ramadan')} {w}" for m, w in windows.items()))
    for a, b in st.ramadan_periods:
        print(f"ramadan period: {a} – {b}")
    return 0


def cmd_diet(args: argparse.Namespace, cli: Cli) -> int:
    _svc(cli).set_diet(args.matricule, args.flags or "", args.allergens or "", args.note or "")
    print(f"dietary profile of {args.matricule} saved")
    return 0


def cmd_cost(args: argparse.Namespace, cli: Cli) -> int:
    _svc(cli).add_cost(args.day, args.label, args.amount, args.meal)
    print(f"{args.amount} MAD charged to {args.day}")
    return 0


def cmd_costs(args: argparse.Namespace, cli: Cli) -> int:
    rows = _svc(cli).costs(args.start, args.end)
    if args.json:
        print_json([{"day": r.day.isoformat(), "cost_mad": str(r.cost_mad), "served": r.served,
                     "per_meal_mad": None if r.per_meal_mad is None else str(r.per_meal_mad)} for r in rows])
        return 0
    print(f"{'day':<12} {'cost MAD':>10} {'served':>7} {'MAD/meal':>9}")
    for r in rows:
        print(f"{r.day.isoformat():<12} {r.cost_mad:>10} {r.served:>7} {'' if r.per_meal_mad is None else r.per_meal_mad:>9}")
    return 0


def cmd_menu_set(args: argparse.Namespace, cli: Cli) -> int:
    d = _svc(cli).set_dish(args.day, args.meal, args.course, args.fr, args.ar or "", args.allergens or "")
    print(f"{d.day} {d.meal} {d.course}: {d.dish_fr}")
    return 0


def cmd_export_meals(args: argparse.Namespace, cli: Cli) -> int:
    out = _svc(cli).export_meals(args.out, args.start, args.end)
    print(f"written {out}")
    return 0


def cmd_report_cards(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.catering.reports import cards_pdf

    svc = _svc(cli)
    cards = svc.card_rows(args.group)
    if not cards:
        raise ValidationError(f"No active trainee{' in group ' + args.group if args.group else ''}: no card to print")
    out = cards_pdf(args.out, cards, city=svc.city_line())
    print(f"written {out} ({len(cards)} cards)")
    return 0


def cmd_report_menu(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.catering.reports import menu_pdf

    svc = _svc(cli)
    monday = args.week - dt.timedelta(days=args.week.weekday())
    ramadan = {monday + dt.timedelta(days=i) for i in range(7)
               if svc.day_info(monday + dt.timedelta(days=i)).ramadan}
    out = menu_pdf(args.out, monday, svc.week_menu(monday), city=svc.city_line(), ramadan_days=ramadan)
    print(f"written {out}")
    return 0


def cmd_report_month(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.catering.reports import monthly_pdf, monthly_xlsx

    svc = _svc(cli)
    year, month = args.month
    report = svc.monthly(year, month)
    out = str(args.out)
    if out.lower().endswith(".xlsx"):
        path = monthly_xlsx(out, report)
    elif out.lower().endswith(".pdf"):
        path = monthly_pdf(out, report, city=svc.city_line())
    else:
        raise ValidationError(f"--out must end with .pdf or .xlsx, not '{out}'", field="out")
    print(f"written {path}")
    return 0


def register(cli: Cli) -> None:
    g = cli.group("catering", "canteen: serve meals, forecast, subscriptions, tickets, Ramadan, costs")
    p = add_leaf(g, "serve", "serve one meal to a matricule or a ticket (exit 0 served, 1 refused)", cmd_serve)
    p.add_argument("code", metavar="MATRICULE", help="13-digit matricule or a meal-ticket code")
    p.add_argument("--meal", choices=rules.MEALS, help="default: the meal whose window is open now")
    p.add_argument("--at", type=_datetime, metavar="ISO_DATETIME", help="when (local time unless an offset is given)")
    p.add_argument("--desk", default="cli", help="desk name recorded with the service")
    p.add_argument("--json", action="store_true")
    p = add_leaf(g, "undo", "undo a service recorded today", cmd_undo)
    p.add_argument("service_id", type=int)
    p = add_leaf(g, "forecast", "headcount per day and meal (served beside it for past days)", cmd_forecast)
    p.add_argument("--from", dest="start", type=_date, required=True, metavar="DATE")
    p.add_argument("--days", type=int, default=7)
    p.add_argument("--json", action="store_true")
    p = add_leaf(g, "desk", "start the full-screen service desk (after login)", cmd_desk)
    p.add_argument("--lang", choices=("fr", "ar", "en"))
    p.add_argument("--windowed", action="store_true", help="a normal window instead of full screen")
    p.add_argument("--screenshot", help=argparse.SUPPRESS)  # save the first painted window, then quit
    p = add_leaf(g, "subscribe", "subscribe a day trainee to a meal for a period", cmd_subscribe)
    p.add_argument("matricule")
    p.add_argument("--from", dest="start", type=_date, required=True, metavar="DATE")
    p.add_argument("--to", dest="end", type=_date, required=True, metavar="DATE")
    p.add_argument("--meal", choices=rules.MEALS, default="lunch")
    p = add_leaf(g, "tickets", "issue single-use meal tickets for staff or guests", cmd_tickets)
    p.add_argument("--category", choices=("staff", "guest"), required=True)
    p.add_argument("--holder", required=True)
    p.add_argument("--meal", choices=rules.MEALS, default="lunch")
    p.add_argument("--day", type=_date, required=True)
    p.add_argument("--count", type=int, default=1)
    p = add_leaf(g, "ramadan", "set the Ramadan schedule (suhoor, iftar, no lunch) over a date range", cmd_ramadan)
    p.add_argument("--from", dest="start", type=_date, required=True, metavar="DATE")
    p.add_argument("--to", dest="end", type=_date, required=True, metavar="DATE")
    p = add_leaf(g, "windows", "show or change the service windows (e.g. --lunch 12:00-14:30)", cmd_windows)
    for m in rules.MEALS:
        p.add_argument(f"--{m}", metavar="HH:MM-HH:MM")
    p.add_argument("--suhoor", metavar="HH:MM-HH:MM")
    p.add_argument("--iftar", metavar="HH:MM-HH:MM")
    p = add_leaf(g, "diet", "record a trainee's dietary flags and allergens (health data)", cmd_diet)
    p.add_argument("matricule")
    p.add_argument("--flags", help=f"comma-separated: {', '.join(rules.DIET_FLAGS)}")
    p.add_argument("--allergens", help=f"comma-separated: {', '.join(rules.ALLERGENS)}")
    p.add_argument("--note")
    p = add_leaf(g, "cost", "charge a food purchase to a day", cmd_cost)
    p.add_argument("--day", type=_date, required=True)
    p.add_argument("--amount", required=True, help="MAD")
    p.add_argument("--label", required=True)
    p.add_argument("--meal", choices=rules.MEALS)
    p = add_leaf(g, "costs", "daily food cost and cost per meal served", cmd_costs)
    p.add_argument("--from", dest="start", type=_date, required=True, metavar="DATE")
    p.add_argument("--to", dest="end", type=_date, required=True, metavar="DATE")
    p.add_argument("--json", action="store_true")
    p = add_leaf(g, "menu", "set one dish of the menu", cmd_menu_set)
    p.add_argument("--day", type=_date, required=True)
    p.add_argument("--meal", choices=rules.MEALS, required=True)
    p.add_argument("--course", choices=rules.COURSES, required=True)
    p.add_argument("--fr", required=True, help="dish name in French")
    p.add_argument("--ar", help="dish name in Arabic")
    p.add_argument("--allergens", help=f"comma-separated: {', '.join(rules.ALLERGENS)}")

    p = cli.sub("export", "meals", "meals served between two dates (xlsx)", cmd_export_meals)
    p.add_argument("out", metavar="OUT.xlsx")
    p.add_argument("--from", dest="start", type=_date, required=True, metavar="DATE")
    p.add_argument("--to", dest="end", type=_date, required=True, metavar="DATE")
    p = cli.sub("report", "cards", "A4 sheets of meal cards with a QR code of the matricule", cmd_report_cards)
    p.add_argument("--group", help="only this group code")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p = cli.sub("report", "menu", "the bilingual weekly menu (PDF)", cmd_report_menu)
    p.add_argument("--week", type=_date, required=True, metavar="DATE", help="any day of the week")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p = cli.sub("report", "catering-month", "monthly catering report (PDF or xlsx)", cmd_report_month)
    p.add_argument("--month", type=_month, required=True, metavar="YYYY-MM")
    p.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx")
