"""Residence commands: ``residence …`` plus ``report occupancy|residence-certificate|…`` and
``export residents``. They call the same service as the desk application."""

from __future__ import annotations

import argparse
import datetime as dt

from cmc_desktop.cli import Cli, add_leaf, print_json
from cmc_desktop.errors import ValidationError


def _svc(cli: Cli):  # noqa: ANN202
    from cmc_desktop.residence.service import ResidenceService

    return cli.ctx().service(ResidenceService)


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValidationError(f"Dates are written dd/mm/yyyy or yyyy-mm-dd, got '{value}'", code="residence.field")


def _pairs(values: list[str] | None, what: str) -> list[tuple[str, str]]:
    out = []
    for v in values or []:
        if "=" not in v:
            raise ValidationError(f"{what} are written item=value, got '{v}'", code="residence.field")
        k, _, val = v.partition("=")
        out.append((k.strip(), val.strip()))
    return out


def _allocate(args: argparse.Namespace, cli: Cli) -> int:
    res = _svc(cli).allocate(args.year, dry_run=args.dry_run)
    if args.json:
        data = res.summary()
        if args.decisions:
            data["decisions"] = [d.__dict__ for d in res.decisions]
        print_json(data)
        return 0
    print(f"{'Preview (dry run, nothing written)' if res.dry_run else 'Allocation written'} for {res.year}")
    print(f"  applications        {res.applications}")
    print(f"  housed              {res.housed} ({res.newly_housed} new, {res.kept} kept)")
    print(f"  waitlisted          {res.waitlisted}")
    print(f"  beds free           {res.beds_free} of {res.beds_total}")
    for sex, v in res.by_sex.items():
        print(f"  {sex}: {v['applications']} applications, {v['housed']} housed, {v['waitlisted']} waitlisted, "
              f"{v['beds_free']} beds free")
    print(f"  priority inversions {res.priority_inversions}")
    print(f"  minors with minors  {'on' if res.minors_with_minors else 'off'}")
    if args.decisions:
        for d in res.decisions:
            print(f"  #{d.rank:<5} {d.matricule} {d.score:>7.2f} {d.status:<10} {d.bed or '-':<10} {d.message}")
    return 0


def _apply(args: argparse.Namespace, cli: Cli) -> int:
    row = _svc(cli).apply(args.matricule, year=args.year, distance_km=args.distance, remote=args.remote,
                          social_score=args.social, accessibility_need=args.accessible, roommate=args.roommate)
    print(f"Application {row.id} recorded for {row.matricule} {row.name} ({row.year}), score {row.score:.2f}")
    return 0


def _check_in(args: argparse.Namespace, cli: Cli) -> int:
    svc = _svc(cli)
    bed = svc.find_bed(args.bed) if args.bed else None
    stay = svc.check_in(args.matricule, bed_id=bed, day=_date(args.date), key_code=args.key or "",
                        deposit_mad=args.deposit, condition=dict(_pairs(args.condition, "Conditions")))
    print(f"{stay.matricule} {stay.name} checked in to {stay.bed} on {stay.check_in:%d/%m/%Y}; "
          f"deposit {stay.deposit_mad} MAD; condition report disputable until "
          f"{stay.dispute_until:%d/%m/%Y %H:%M} UTC")
    return 0


def _check_out(args: argparse.Namespace, cli: Cli) -> int:
    damages = []
    for item, cost in _pairs(args.damage, "Damages"):
        try:
            damages.append((item, int(cost)))
        except ValueError:
            raise ValidationError(f"The cost of '{item}' must be whole dirhams, got '{cost}'",
                                  code="residence.field") from None
    stay = _svc(cli).check_out(args.matricule, day=_date(args.date), damages=damages,
                               condition=dict(_pairs(args.condition, "Conditions")))
    print(f"{stay.matricule} {stay.name} checked out of {stay.bed} on {stay.check_out:%d/%m/%Y}; "
          f"damages {stay.damages_mad} MAD, deposit refund {stay.refund_mad} MAD"
          + (f", balance due {stay.balance_due_mad} MAD" if stay.balance_due_mad else ""))
    if stay.library_items_out:
        print(f"warning: {stay.library_items_out} media-library item(s) still on loan: no-dues clearance pending")
    return 0


def _move(args: argparse.Namespace, cli: Cli) -> int:
    svc = _svc(cli)
    stay = svc.move(args.matricule, svc.find_bed(args.to), day=_date(args.date), reason=args.reason or "")
    print(f"{stay.matricule} {stay.name} moved to {stay.bed} on {stay.check_in:%d/%m/%Y}")
    return 0


def _leave(args: argparse.Namespace, cli: Cli) -> int:
    start, end = _date(args.start), _date(args.end)
    lv = _svc(cli).add_leave(args.matricule, start, end, args.reason or "")  # type: ignore[arg-type]
    print(f"Leave recorded for {args.matricule} from {lv.starts_on:%d/%m/%Y} to {lv.ends_on:%d/%m/%Y}")
    return 0


def _weights(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.residence.rules import WEIGHT_LABELS

    svc = _svc(cli)
    if args.set:
        values = {}
        for k, v in _pairs(args.set, "Weights"):
            values[k] = v
        svc.set_weights(values)
    if args.minors_rule is not None:
        svc.set_minors_with_minors(args.minors_rule == "on")
    w = svc.weights()
    if args.json:
        print_json({"weights": w, "minors_with_minors": svc.minors_with_minors()})
    else:
        for k, v in w.items():
            print(f"  {k:<20} {v:>8g}   {WEIGHT_LABELS[k]}")
        print(f"  minors with minors   {'on' if svc.minors_with_minors() else 'off'}")
    return 0


def _buildings(args: argparse.Namespace, cli: Cli) -> int:
    rows = _svc(cli).buildings()
    if args.json:
        print_json([r.__dict__ for r in rows])
    for b in [] if args.json else rows:
        print(f"  {b.code:<6} {b.sex}  {b.floors} floors  {b.rooms:>4} rooms  {b.beds:>4} beds  {b.name}")
    return 0


def _add_building(args: argparse.Namespace, cli: Cli) -> int:
    b = _svc(cli).add_building(args.code, args.name or args.code, args.sex, args.floors, name_ar=args.name_ar or "")
    print(f"Building {b.code} ({b.sex}) created")
    return 0


def _add_room(args: argparse.Namespace, cli: Cli) -> int:
    r = _svc(cli).add_room(args.building, args.code, args.floor, args.beds, accessible=args.accessible)
    print(f"Room {r.label} created with {r.capacity} bed(s)")
    return 0


def _board(args: argparse.Namespace, cli: Cli) -> int:
    svc = _svc(cli)
    bid = None
    if args.building:
        match = [b for b in svc.buildings() if b.code == args.building.upper()]
        if not match:
            raise ValidationError(f"No building with code {args.building}", code="residence.field")
        bid = match[0].id
    marks = {"free": ".", "reserved": "r", "occupied": "#", "leave": "L", "maintenance": "x"}
    for room in svc.board(building_id=bid, floor=args.floor):
        beds = " ".join(f"{b.label[-1]}{marks[b.state]}" for b in room.beds)
        print(f"  {room.label:<10} fl.{room.floor} {'♿' if room.accessible else ' '} {beds}")
    print("  legend: . free  r reserved  # occupied  L on leave  x maintenance")
    return 0


def _waitlist(args: argparse.Namespace, cli: Cli) -> int:
    rows = _svc(cli).waitlist(args.year)
    if args.json:
        print_json([r.__dict__ for r in rows])
        return 0
    for r in rows:
        print(f"  {r.waitlist_position or '':>4} rank {r.rank or '':>5}  {r.matricule}  {r.score:>7.2f}  {r.name}")
    return 0


def _set_status(args: argparse.Namespace, cli: Cli) -> int:
    svc = _svc(cli)
    if args.bed.count("-") >= 2:
        svc.set_bed_status(svc.find_bed(args.bed), args.status)
    else:
        raise ValidationError(f"Write the bed as BUILDING-ROOM-BED, e.g. A-104-B; got '{args.bed}'",
                              code="residence.field")
    print(f"Bed {args.bed.upper()} is now {args.status}")
    return 0


def _report_occupancy(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.residence import reports

    print(f"Written {reports.occupancy(_svc(cli), args.out)}")
    return 0


def _report_certificate(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.residence import reports

    out = args.out or f"attestation-hebergement-{args.matricule}.pdf"
    print(f"Written {reports.certificate(_svc(cli), args.matricule, out)}")
    return 0


def _report_residents(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.residence import reports

    print(f"Written {reports.residents_by_room(_svc(cli), args.out)}")
    return 0


def _report_waitlist(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.residence import reports

    print(f"Written {reports.waitlist(_svc(cli), args.out, args.year)}")
    return 0


def _export_residents(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.residence import reports

    print(f"Written {reports.export_residents(_svc(cli), args.out)}")
    return 0


def register(cli: Cli) -> None:
    sub = cli.group("residence", "trainee residence: allocation, check-in/out, moves, leaves, inventory")

    p = add_leaf(sub, "allocate", "rank the year's applications and give beds (explainable, stable)", _allocate)
    p.add_argument("--year", help="academic year YYYY-YYYY (default: the current one)")
    p.add_argument("--dry-run", action="store_true", help="preview: compute and print, write nothing")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--decisions", action="store_true", help="also print every decision with its explanation")

    p = add_leaf(sub, "apply", "record a trainee's application for a bed", _apply)
    p.add_argument("matricule")
    p.add_argument("--year")
    p.add_argument("--distance", type=float, help="km from home (default: the registry's)")
    p.add_argument("--remote", action=argparse.BooleanOptionalAction, default=None)
    p.add_argument("--social", type=int, default=0, help="social-situation score 0–10")
    p.add_argument("--accessible", action="store_true", help="needs an accessible room")
    p.add_argument("--roommate", metavar="MATRICULE")

    p = add_leaf(sub, "check-in", "hand over a bed, the key and the condition report", _check_in)
    p.add_argument("matricule")
    p.add_argument("--bed", help="BUILDING-ROOM-BED (default: the allocated bed)")
    p.add_argument("--date", help="dd/mm/yyyy (default: today)")
    p.add_argument("--key", help="key or badge number handed over")
    p.add_argument("--deposit", type=int, help="deposit in MAD (default: the setting, 500)")
    p.add_argument("--condition", action="append", metavar="ITEM=STATE", help="e.g. desk=worn (repeatable)")

    p = add_leaf(sub, "check-out", "end the stay and free the bed; damages against the deposit", _check_out)
    p.add_argument("matricule")
    p.add_argument("--date")
    p.add_argument("--damage", action="append", metavar="ITEM=MAD", help="e.g. chair=150 (repeatable)")
    p.add_argument("--condition", action="append", metavar="ITEM=STATE")

    p = add_leaf(sub, "move", "move a resident to another bed (kept in the bed history)", _move)
    p.add_argument("matricule")
    p.add_argument("--to", required=True, metavar="BUILDING-ROOM-BED")
    p.add_argument("--date")
    p.add_argument("--reason")

    p = add_leaf(sub, "leave", "record a leave of absence (weekend, holiday)", _leave)
    p.add_argument("matricule")
    p.add_argument("--from", dest="start", required=True, help="dd/mm/yyyy")
    p.add_argument("--to", dest="end", required=True, help="dd/mm/yyyy")
    p.add_argument("--reason")

    p = add_leaf(sub, "weights", "show or change the priority weights and the minors rule", _weights)
    p.add_argument("--set", action="append", metavar="KEY=VALUE")
    p.add_argument("--minors-rule", choices=("on", "off"))
    p.add_argument("--json", action="store_true")

    p = add_leaf(sub, "buildings", "list buildings with their rooms and beds", _buildings)
    p.add_argument("--json", action="store_true")

    p = add_leaf(sub, "add-building", "create a building or wing", _add_building)
    p.add_argument("code")
    p.add_argument("--sex", required=True, choices=("H", "F"))
    p.add_argument("--floors", type=int, default=1)
    p.add_argument("--name")
    p.add_argument("--name-ar")

    p = add_leaf(sub, "add-room", "create a room and its beds", _add_room)
    p.add_argument("building")
    p.add_argument("code")
    p.add_argument("--floor", type=int, default=0)
    p.add_argument("--beds", type=int, required=True)
    p.add_argument("--accessible", action="store_true")

    p = add_leaf(sub, "bed-status", "put a bed under maintenance or back in service", _set_status)
    p.add_argument("bed", metavar="BUILDING-ROOM-BED")
    p.add_argument("status", choices=("available", "maintenance"))

    p = add_leaf(sub, "board", "print the room board", _board)
    p.add_argument("--building")
    p.add_argument("--floor", type=int)

    p = add_leaf(sub, "waitlist", "print the ranked waitlist", _waitlist)
    p.add_argument("--year")
    p.add_argument("--json", action="store_true")

    p = cli.sub("report", "occupancy", "residence occupancy by building and floor (.pdf or .xlsx)",
                _report_occupancy)
    p.add_argument("--out", required=True)
    p = cli.sub("report", "residence-certificate", "bilingual attestation d'hébergement (PDF)", _report_certificate)
    p.add_argument("matricule")
    p.add_argument("--out")
    p = cli.sub("report", "residents", "residents per room (.pdf or .xlsx)", _report_residents)
    p.add_argument("--out", required=True)
    p = cli.sub("report", "waitlist", "the residence waitlist (.pdf or .xlsx)", _report_waitlist)
    p.add_argument("--out", required=True)
    p.add_argument("--year")
    p = cli.sub("export", "residents", "residents to .xlsx: matricule, name, building, room, bed, check-in, status",
                _export_residents)
    p.add_argument("out")
