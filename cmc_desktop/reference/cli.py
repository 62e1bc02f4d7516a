"""Commands of the foundation: demo, catalogue, db."""

from __future__ import annotations

import argparse
import sys

from cmc_desktop.cli import Cli, add_leaf, print_json
from cmc_desktop.progress import NULL_PROGRESS


def _demo(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.demo import build_demo

    def progress(done: int, total: int, message: str = "") -> None:
        if sys.stderr.isatty():
            print(f"\r[{done}/{total}] {message:<30}", end="", file=sys.stderr, flush=True)

    summary = build_demo(getattr(args, "db", None), trainees=args.trainees, seed=args.seed,
                         force=args.force, progress=progress if sys.stderr.isatty() else NULL_PROGRESS)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Demo city Souss-Massa written to {summary.url}")
    print(f"  {summary.trainees} trainees, {summary.groups} groups, {summary.programmes} programmes")
    for key, value in sorted(summary.counts.items()):
        print(f"  {key}: {value}")
    if summary.accounts:
        print("Demo accounts (username / role / password):")
        for user, role, password in summary.accounts:
            print(f"  {user:<14} {role:<22} {password}")
    return 0


def _catalogue_list(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.reference.service import CatalogueService

    svc = cli.ctx().service(CatalogueService)
    rows = svc.list(args.kind)
    if args.json:
        print_json([{"id": r.id, "uuid": r.uuid, **r.values} for r in rows])
    else:
        for r in rows:
            print(f"{r.id:>5}  {r.label}")
    return 0


def _db_status(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.db.migrate import current_revision, head_revision
    from cmc_desktop.reference.service import CatalogueService

    ctx = cli.ctx()
    city = ctx.service(CatalogueService).city()
    print(f"database: {ctx.display_url}")
    print(f"schema:   {current_revision(ctx.engine)} (program head {head_revision()})")
    print(f"city:     {city.region_code + ' ' + city.region_fr if city else 'not set'}")
    return 0


def _report_dashboard(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.reports.dashboard import monthly_report

    out = monthly_report(cli.ctx(), args.out)
    print(f"wrote {out}")
    return 0


def register(cli: Cli) -> None:
    p = cli.sub("report", "dashboard", "the city's dashboard (indicators and charts) as a PDF",
                _report_dashboard)
    p.add_argument("--out", required=True, help="FILE.pdf")

    p = cli.command("demo", "create the demo city (Souss-Massa) in a new database", _demo)
    p.add_argument("--trainees", type=int, default=3000, help="number of trainees (default 3000)")
    p.add_argument("--seed", type=int, default=42, help="random seed: same seed, same city")
    p.add_argument("--force", action="store_true", help="replace an existing database")

    from cmc_desktop.reference.service import SPECS

    cat = cli.group("catalogue", "reference catalogue: sectors, hubs, programmes, years, groups")
    p = add_leaf(cat, "list", "list one catalogue", _catalogue_list)
    p.add_argument("kind", choices=sorted(SPECS))
    p.add_argument("--json", action="store_true")

    db = cli.group("db", "database status and upgrades")
    add_leaf(db, "status", "show the database, its schema revision and city", _db_status)
