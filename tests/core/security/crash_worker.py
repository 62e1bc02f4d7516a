"""Child process for the kill -9 tests (run as a script, not collected by pytest).

usage: crash_worker.py DB MODE
  write   — one long ORM transaction adding 400 sectors in flushes of 20; prints FLUSHED after the
            first flush, COMMITTED after commit, then sleeps so the parent can kill it either way
  backup  — backs the database up again and again to DB.bak; prints BACKUP after the first one
  many    — 25 small transactions (one sector each), racing another desk doing the same
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main() -> None:
    db, mode = sys.argv[1], sys.argv[2]
    from cmc_desktop.bootstrap import open_context
    from cmc_desktop.db.models import Sector

    ctx = open_context(db)
    if mode == "write":
        with ctx.sf.begin() as s:
            for i in range(400):
                s.add(Sector(code=f"K{i:04d}", name_fr=f"Crash test {i}"))
                if i % 20 == 19:
                    s.flush()
                    if i == 19:
                        print("FLUSHED", flush=True)
                    time.sleep(0.05)
        print("COMMITTED", flush=True)
        time.sleep(60)
    elif mode == "many":
        import os

        for i in range(25):
            with ctx.sf.begin() as s:
                s.add(Sector(code=f"M{os.getpid() % 100000}-{i}", name_fr="Concurrent desk"))
        print("DONE", flush=True)
    elif mode == "backup":
        from cmc_desktop.backup import backup_to

        n = 0
        while True:
            backup_to(ctx, Path(db + ".bak"))
            n += 1
            if n == 1:
                print("BACKUP", flush=True)


if __name__ == "__main__":
    main()
