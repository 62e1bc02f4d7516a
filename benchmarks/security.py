"""Security benchmarks: cost of the audit hook, of verifying the chain, of a backup.

    python -m benchmarks.security [--quick]
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

from benchmarks.core import Row, best_of


def _ctx(folder: Path, name: str):  # noqa: ANN202
    from cmc_desktop.bootstrap import open_context

    return open_context(str(folder / name))


def audit_write(quick: bool) -> list[Row]:
    """N ORM inserts in one transaction, journalled, against the same inserts without the hook."""
    from sqlalchemy.orm import sessionmaker

    from cmc_desktop.db.models import Sector

    n = 1000 if quick else 5000
    with tempfile.TemporaryDirectory() as tmp:
        ctx = _ctx(Path(tmp), "a.sqlite3")
        plain = sessionmaker(ctx.engine, expire_on_commit=False)  # same engine, no audit listeners
        counter = {"run": 0}

        def insert(factory) -> None:  # noqa: ANN001
            counter["run"] += 1
            with factory.begin() as s:
                s.add_all(Sector(code=f"B{counter['run']}-{i}", name_fr=f"Bench {i}") for i in range(n))

        project = best_of(lambda: insert(ctx.sf), 3)
        floor = best_of(lambda: insert(plain), 3)
        ctx.close()
    return [Row("security.audit_write", project, floor, "ratio<=2.5", f"{n} inserts",
                "journalled vs. same ORM inserts without the hook")]


def audit_verify(quick: bool) -> list[Row]:
    """Verifying the chain against the least work: reading the rows and hashing one field each."""
    from cmc_desktop.security.permissions import Actor
    from cmc_desktop.security.service import AuditService

    n = 2000 if quick else 20000
    with tempfile.TemporaryDirectory() as tmp:
        ctx = _ctx(Path(tmp), "v.sqlite3")
        from cmc_desktop.db.models import Sector

        with ctx.sf.begin() as s:
            s.add_all(Sector(code=f"V{i}", name_fr=f"Verify {i}") for i in range(n))
        svc = ctx.as_actor(Actor.system()).service(AuditService)
        project = best_of(lambda: svc.verify(), 3)
        db = ctx.sqlite_file

        def floor_fn() -> None:
            # The same two hashes per entry, straight from sqlite3: the least work that proves the chain.
            import json

            con = sqlite3.connect(db)
            for row in con.execute("select id, at, actor, action, entity, entity_id, area, subject_id, fields, "
                                   "changes, prev_hash from audit_log order by id"):
                changes_hash = hashlib.sha256(row[9].encode()).hexdigest()
                payload = json.dumps([*row[:9], changes_hash, row[10]], ensure_ascii=False, separators=(",", ":"))
                hashlib.sha256(payload.encode()).hexdigest()
            con.close()

        floor = best_of(floor_fn, 3)
        assert svc.verify().checked == n
        ctx.close()
    return [Row("security.audit_verify", project, floor, "ratio<=4", f"{n} entries",
                "full chain walk vs. raw sqlite3 read + the same two sha256 per row")]


def backup_snapshot(quick: bool) -> list[Row]:
    """The online backup (plus integrity check) against a plain file copy of the same database."""
    from cmc_desktop.backup import snapshot
    from cmc_desktop.clock import FixedClock
    from cmc_desktop.demo import build_demo

    trainees = 1000 if quick else 3000
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite3"
        import datetime as dt

        build_demo(str(db), trainees=trainees, clock=FixedClock(dt.datetime(2026, 11, 30, 10)))
        project = best_of(lambda: snapshot(db, Path(tmp) / "b.sqlite3"), 3)
        floor = best_of(lambda: shutil.copyfile(db, Path(tmp) / "c.sqlite3"), 3)
        size = db.stat().st_size
    return [Row("security.backup", project, floor, "<=2s and ratio<=40", f"{trainees} trainees, {size // 1024} KiB",
                "online backup + integrity_check vs. cp")]


ROWS = [audit_write, audit_verify, backup_snapshot]


if __name__ == "__main__":
    quick = "--quick" in sys.argv
    for fn in ROWS:
        for row in fn(quick):
            print(f"{row.name:<28} {row.seconds:>9.4f} {row.floor_seconds:>9.4f} {row.ratio:>7.2f}  "
                  f"{row.target:<24} {row.size} {row.note}", flush=True)
