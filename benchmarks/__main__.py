"""python -m benchmarks [--quick] [--json OUT] [--only PREFIX]"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import traceback

MODULES = ("startup", "security", "registry", "residence", "catering", "spaces", "services", "sync")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks")
    p.add_argument("--quick", action="store_true", help="smaller data, fewer repeats")
    p.add_argument("--json", metavar="OUT", help="write the rows as JSON")
    p.add_argument("--only", metavar="PREFIX", help="run only rows whose module starts with PREFIX")
    args = p.parse_args(argv)
    rows = []
    print(f"{'name':<28} {'seconds':>9} {'floor':>9} {'ratio':>7}  {'target':<24} size")
    for name in MODULES:
        if args.only and not name.startswith(args.only):
            continue
        try:
            module = importlib.import_module(f"benchmarks.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"benchmarks.{name}":
                continue
            raise
        for fn in module.ROWS:
            try:
                produced = fn(args.quick)
            except Exception:
                traceback.print_exc()
                print(f"{fn.__module__}.{fn.__name__}: FAILED", file=sys.stderr)
                continue
            for row in produced:
                rows.append(row)
                print(f"{row.name:<28} {row.seconds:>9.4f} {row.floor_seconds:>9.4f} {row.ratio:>7.2f}  "
                      f"{row.target:<24} {row.size} {row.note}", flush=True)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump([r.as_dict() for r in rows], fh, indent=2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
