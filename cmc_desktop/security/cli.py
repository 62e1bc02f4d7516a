"""Commands: users, audit, backup, restore, retention, report personal-data.

The CLI acts as the operating-system user (``Actor.os_user``), recorded as ``os:<name>`` in the
audit trail. Passwords are read from stdin (``getpass`` on a terminal), never from argv.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from cmc_desktop.cli import Cli, add_leaf, print_json
from cmc_desktop.errors import ValidationError


def _read_password(prompt: str, *, confirm: bool = True) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat it: ") != first:
            raise ValidationError("The two passwords differ", errors=[("password", "mismatch")])
        return first
    line = sys.stdin.readline()
    if not line:
        raise ValidationError("No password on stdin: pipe it in, e.g. `printf '%s\\n' \"$PW\" | cmc-desktop users add …`",
                              errors=[("password", "required")])
    return line.rstrip("\r\n")


def _users_add(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.security.service import UserService

    password = _read_password(f"Password for {args.name}: ")
    row = cli.ctx().service(UserService).add(args.name, args.role, password, display_name=args.display_name or "",
                                             must_change_password=args.must_change)
    print(f"user {row.username} added with role {row.role}")
    return 0


def _users_list(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.security.service import UserService

    rows = cli.ctx().service(UserService).list()
    if args.json:
        print_json([{"username": r.username, "display_name": r.display_name, "role": r.role, "active": r.active,
                     "locked_until": r.locked_until, "last_login_at": r.last_login_at} for r in rows])
        return 0
    for r in rows:
        state = "disabled" if not r.active else (f"locked until {r.locked_until:%H:%M}" if r.locked_until else "active")
        last = f"{r.last_login_at:%Y-%m-%d %H:%M}" if r.last_login_at else "never"
        print(f"{r.username:<16} {r.role:<22} {state:<20} last sign-in {last}")
    return 0


def _users_reset(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.security.service import UserService

    password = _read_password(f"New password for {args.name}: ")
    row = cli.ctx().service(UserService).reset_password(args.name, password)
    print(f"password of {row.username} reset; it must be changed at the next sign-in")
    return 0


def _users_role(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.security.service import UserService

    row = cli.ctx().service(UserService).set_role(args.name, args.role)
    print(f"{row.username} is now {row.role}")
    return 0


def _users_unlock(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.security.service import UserService

    row = cli.ctx().service(UserService).unlock(args.name)
    print(f"{row.username} unlocked")
    return 0


def _users_active(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.security.service import UserService

    active = args.sub == "enable"
    row = cli.ctx().service(UserService).set_active(args.name, active)
    print(f"{row.username} {'enabled' if active else 'disabled'}")
    return 0


def _audit_verify(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.security.service import AuditService

    result = cli.ctx().service(AuditService).verify()
    if result.ok:
        print(result.message)
        return 0
    print(f"error: {result.message}", file=sys.stderr)
    return 1


def _audit_export(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.excel.reader import parse_date
    from cmc_desktop.security.dto import AuditFilter
    from cmc_desktop.security.service import AuditService

    flt = AuditFilter(actor=args.user or "", entity=args.entity or "", field=args.field or "",
                      date_from=parse_date(args.date_from) if args.date_from else None,
                      date_to=parse_date(args.date_to) if args.date_to else None)
    n = cli.ctx().service(AuditService).export(args.out, flt)
    print(f"{n} audit entries written to {args.out}")
    return 0


def _backup(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.backup import backup_to, run_scheduled_backup

    ctx = cli.ctx()
    if args.set_folder:
        from cmc_desktop.backup import set_backup_folder

        folder = set_backup_folder(ctx, args.set_folder, args.keep)
        print(f"daily backups go to {folder}" + (f", keeping {args.keep}" if args.keep else ""))
        return 0
    if args.to:
        info = backup_to(ctx, args.to)
        print(f"backup written to {info.path} ({info.size_bytes} bytes, city {info.city or 'not set'})")
        return 0
    result = run_scheduled_backup(ctx, force=args.now)
    if result is None:
        print("today's backup already exists (use --now to make another)")
        return 0
    if result.status != "ok":
        print(f"error: backup failed: {result.error}", file=sys.stderr)
        return 1
    print(f"backup written to {result.path}" + (f" (caught up {result.missed_days} missed days)"
                                                if result.missed_days else ""))
    return 0


def _restore(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.backup import inspect_backup, restore
    from cmc_desktop.bootstrap import resolve_database
    from cmc_desktop.db.engine import sqlite_path
    from cmc_desktop.errors import ConfigError
    from cmc_desktop.security.permissions import Actor

    url = resolve_database(getattr(args, "db", None))
    target = sqlite_path(url)
    if target is None:
        raise ConfigError("Restore works on SQLite files; restore a PostgreSQL database with pg_restore",
                          code="restore_postgresql")
    info = inspect_backup(args.file)
    confirm = args.yes
    if not confirm and sys.stdin.isatty():
        from cmc_desktop.backup import _city_of

        current = _city_of(target)
        if current and info.city and current != info.city:
            answer = input(f"This backup is from city {info.city}, the database is city {current}. Restore it? [y/N] ")
            confirm = answer.strip().lower() in ("y", "yes", "o", "oui")
    result = restore(target, args.file, actor=Actor.os_user(), confirm_other_city=confirm)
    print(f"restored {target} from {result.restored.path}")
    if result.kept_aside:
        print(f"the previous database was kept at {result.kept_aside}")
    return 0


def _retention_apply(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.security.retention import RetentionService

    result = cli.ctx().service(RetentionService).apply(args.years, dry_run=args.dry_run)
    verb = "would be anonymised" if args.dry_run else "anonymised"
    print(f"{len(result.candidates)} trainees who left before {result.cutoff} ({result.years} years) {verb}")
    for c in result.candidates[:50] if args.dry_run else []:
        print(f"  {c.matricule}  left {c.left_on}")
    if not args.dry_run and result.redacted_entries:
        print(f"{result.redacted_entries} audit entries had their personal values erased (chain still valid)")
    return 0


def _personal_data(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.security.personal_data import PersonalDataService

    path = cli.ctx().service(PersonalDataService).report_to(args.matricule, args.out)
    print(f"personal data of {args.matricule} written to {path}")
    return 0


def register(cli: Cli) -> None:
    users = cli.group("users", "user accounts (password read from stdin, never from the command line)")
    p = add_leaf(users, "add", "add a user; the password is read from stdin", _users_add)
    p.add_argument("name")
    p.add_argument("--role", required=True, help="administrator, registrar, residence_manager, …")
    p.add_argument("--display-name", dest="display_name")
    p.add_argument("--must-change", action="store_true", help="ask for a new password at first sign-in")
    p = add_leaf(users, "list", "list the accounts", _users_list)
    p.add_argument("--json", action="store_true")
    p = add_leaf(users, "reset", "reset a password (read from stdin); the user must change it", _users_reset)
    p.add_argument("name")
    p = add_leaf(users, "role", "change a user's role", _users_role)
    p.add_argument("name")
    p.add_argument("role")
    p = add_leaf(users, "unlock", "unlock an account locked after failed sign-ins", _users_unlock)
    p.add_argument("name")
    for verb in ("enable", "disable"):
        p = add_leaf(users, verb, f"{verb} an account", _users_active)
        p.add_argument("name")

    audit = cli.group("audit", "the audit trail")
    add_leaf(audit, "verify", "check the hash chain; exit 1 naming the first broken entry", _audit_verify)
    p = add_leaf(audit, "export", "export the audit trail to Excel", _audit_export)
    p.add_argument("out", metavar="OUT.xlsx")
    p.add_argument("--user")
    p.add_argument("--entity", help="table name, e.g. trainees")
    p.add_argument("--field")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")

    p = cli.command("backup", "back up the database (SQLite online backup); without --to, the daily "
                              "backup into the backup folder, with rotation", _backup)
    p.add_argument("--to", metavar="FILE")
    p.add_argument("--now", action="store_true", help="make the daily backup even if today's exists")
    p.add_argument("--set-folder", metavar="DIR", help="choose the folder of the daily backups (a USB disk is fine)")
    p.add_argument("--keep", type=int, metavar="N", help="with --set-folder: how many daily copies to keep")
    p = cli.command("restore", "restore a backup; the current file is kept aside", _restore)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="accept a backup of another city")

    retention = cli.group("retention", "the retention rule for trainees who left")
    p = add_leaf(retention, "apply", "anonymise trainees who left more than N years ago", _retention_apply)
    p.add_argument("--years", type=int, default=None)
    p.add_argument("--dry-run", action="store_true")

    p = cli.sub("report", "personal-data", "everything held about one trainee (right of access)", _personal_data)
    p.add_argument("matricule")
    p.add_argument("--out", required=True, metavar="FILE.pdf|.xlsx")
