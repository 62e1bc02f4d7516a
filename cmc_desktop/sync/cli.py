"""``sync`` (city side) and ``hq`` (headquarters side) commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cmc_desktop.cli import Cli, add_leaf, print_json
from cmc_desktop.errors import CmcError, ValidationError


def _write_text(path: str, text: str) -> None:
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise CmcError(f"Cannot write {path}: {exc.strerror or exc}", code="unwritable") from exc


def _read_text(path: str, what: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ValidationError(f"Cannot read the {what} {path}: {exc.strerror or exc}") from exc


def register(cli: Cli) -> None:
    sync = cli.group("sync", "export packages to headquarters")
    p = add_leaf(sync, "key", "write the city's public key (created on first use) for registration", _key)
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--new", action="store_true", help="replace a lost key pair (register it again at HQ)")
    p = add_leaf(sync, "export", "write the next signed package", _export)
    p.add_argument("--to", metavar="DIR", help="destination folder (default: the configured one)")
    p.add_argument("--full", action="store_true", help="a full snapshot instead of the pending changes")
    p.add_argument("--resend", type=int, metavar="SEQ", help="write package SEQ again, byte-identical")
    p.add_argument("--json", action="store_true")
    p = add_leaf(sync, "status", "pending changes, last package, last error and next run", _status)
    p.add_argument("--json", action="store_true")
    p = add_leaf(sync, "schedule", "set the daily export times and the destination folder", _schedule)
    p.add_argument("--times", metavar="HH:MM[,HH:MM]", help="local times, e.g. 02:00,13:30")
    p.add_argument("--to", metavar="DIR", help="destination folder ('' for the default outbox)")
    p = add_leaf(sync, "trust-hq", "store headquarters' public key (verifies reference packages)", _trust_hq)
    p.add_argument("key_file", metavar="FILE")
    p = add_leaf(sync, "import-reference", "apply a headquarters-signed reference package", _import_reference)
    p.add_argument("file", metavar="FILE")

    hq = cli.group("hq", "headquarters: register cities, ingest packages, national report")
    p = add_leaf(hq, "register-city", "register a city's public key", _register)
    p.add_argument("code", metavar="CODE")
    p.add_argument("--key", required=True, metavar="FILE")
    p = add_leaf(hq, "ingest", "verify and apply every package in a folder", _ingest)
    p.add_argument("folder", metavar="DIR")
    p.add_argument("--json", action="store_true")
    p = add_leaf(hq, "report", "national indicators per city and in total (.xlsx or .pdf)", _report)
    p.add_argument("out", metavar="OUT")
    p = add_leaf(hq, "key", "write headquarters' public key (for the cities' trust-hq)", _hq_key)
    p.add_argument("--out", required=True, metavar="FILE")
    p = add_leaf(hq, "reference-export", "write a signed reference package of the national catalogue",
                 _reference_export)
    p.add_argument("out", metavar="FILE")


def _svc(cli: Cli):  # noqa: ANN202
    from cmc_desktop.sync.service import SyncService

    return cli.ctx().service(SyncService)


def _hq(cli: Cli):  # noqa: ANN202
    from cmc_desktop.hq.service import HqService

    return cli.ctx().service(HqService)


def _key(args: argparse.Namespace, cli: Cli) -> int:
    svc = _svc(cli)
    pem = svc.new_key() if args.new else svc.public_key()
    _write_text(args.out, pem)
    from cmc_desktop.sync.keys import fingerprint

    print(f"public key written to {args.out} (fingerprint {fingerprint(pem)[:16]}…)")
    return 0


def _export(args: argparse.Namespace, cli: Cli) -> int:
    svc = _svc(cli)
    if args.resend is not None:
        res = svc.resend(args.resend, args.to)
    else:
        res = svc.export(args.to, full=args.full)
    if args.json:
        print_json(res.as_dict())
    else:
        extra = " (recovered from an interrupted run)" if res.adopted else ""
        print(f"{res.kind} package {res.sequence}: {res.rows} rows, {res.tombstones} deletions, "
              f"{res.changes} changes → {res.path}{extra}")
    return 0


def _status(args: argparse.Namespace, cli: Cli) -> int:
    st = _svc(cli).status()
    data = {
        "city": st.city_code, "pending": st.pending, "destination": st.destination,
        "schedule": list(st.schedule), "next_run_utc": st.next_run_utc, "last_attempt_utc": st.last_attempt_utc,
        "last_error": st.last_error, "key_fingerprint": st.key_fingerprint,
        "last_package": None if st.last_package is None else {
            "sequence": st.last_package.sequence, "kind": st.last_package.kind,
            "file": st.last_package.file_name, "created_utc": st.last_package.created_utc},
    }
    if args.json:
        print_json(data)
    else:
        for k, v in data.items():
            print(f"{k:16} {v if v not in (None, '') else '—'}")
    return 0


def _schedule(args: argparse.Namespace, cli: Cli) -> int:
    st = _svc(cli).set_schedule(args.times, args.to)
    print(f"exports daily at {', '.join(st.schedule)} to {st.destination}; next run {st.next_run_utc:%Y-%m-%d %H:%M} UTC")
    return 0


def _trust_hq(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.sync.reference import ReferenceService

    fp = cli.ctx().service(ReferenceService).trust_hq(_read_text(args.key_file, "key file"))
    print(f"headquarters key {fp[:16]}… trusted")
    return 0


def _import_reference(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.sync.reference import ReferenceService

    res = cli.ctx().service(ReferenceService).import_reference(args.file)
    changes = ", ".join(f"{t}: {res.created.get(t, 0)} new, {res.updated.get(t, 0)} updated"
                        for t in sorted(set(res.created) | set(res.updated)))
    print(f"reference applied: {changes or 'the catalogue already matched it'}")
    return 0


def _register(args: argparse.Namespace, cli: Cli) -> int:
    city = _hq(cli).register_city(args.code, _read_text(args.key, "key file"))
    print(f"city {city.code} registered (key {city.fingerprint[:16]}…, last package {city.last_sequence})")
    return 0


def _ingest(args: argparse.Namespace, cli: Cli) -> int:
    rep = _hq(cli).ingest(args.folder)
    if args.json:
        print_json(rep.as_dict())
    else:
        print(f"ingested {len(rep.ingested)}, duplicates {len(rep.duplicates)}, held {len(rep.held)}, "
              f"rejected {len(rep.rejected)}, rows {rep.rows}")
        for o in rep.held:
            print(f"  held {o.file}: {o.reason}")
        for o in rep.rejected:
            print(f"  rejected {o.file}: {o.reason}", file=sys.stderr)
    return 1 if rep.rejected else 0


def _report(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.hq.report import write_report

    out = write_report(cli.ctx(), args.out)
    print(f"report written to {out}")
    return 0


def _hq_key(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.sync.reference import ReferenceService

    pem = cli.ctx().service(ReferenceService).hq_public_key()
    _write_text(args.out, pem)
    print(f"headquarters public key written to {args.out}")
    return 0


def _reference_export(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.sync.reference import ReferenceService

    res = cli.ctx().service(ReferenceService).export_reference(args.out)
    print(f"reference package written to {res.path} ({res.rows} rows)")
    return 0
