from ui.app import run

raise SystemExit(run())
