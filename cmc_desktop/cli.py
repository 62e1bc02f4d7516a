"""Command line: the same services as the GUI, one line per error, never a traceback.

Areas add their commands in ``cmc_desktop/<area>/cli.py`` with ``register(cli: Cli)``; the
shared verbs ``import``, ``export`` and ``report`` take one sub-command per thing.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from cmc_desktop import __version__
from cmc_desktop.errors import CmcError

if TYPE_CHECKING:  # the GUI imports this module first; SQLAlchemy loads later, off the main thread
    from cmc_desktop.bootstrap import AppContext

log = logging.getLogger(__name__)

AREA_CLI_MODULES = (
    "cmc_desktop.reference.cli",
    "cmc_desktop.security.cli",
    "cmc_desktop.registry.cli",
    "cmc_desktop.residence.cli",
    "cmc_desktop.catering.cli",
    "cmc_desktop.spaces.cli",
    "cmc_desktop.language.cli",
    "cmc_desktop.library.cli",
    "cmc_desktop.career.cli",
    "cmc_desktop.sync.cli",
)
SHARED_VERBS = {
    "import": "import a spreadsheet (all-or-nothing unless told otherwise)",
    "export": "export a list to Excel",
    "report": "produce a PDF or Excel report",
}
Handler = Callable[[argparse.Namespace, "Cli"], int]


class Cli:
    """Holds the parser tree; handlers get the parsed args and this object (for ``ctx``)."""

    def __init__(self) -> None:
        self.parser = argparse.ArgumentParser(
            prog="cmc-desktop",
            description="CMC Desktop. Without a command, starts the desk application.",
        )
        self.parser.add_argument("--version", action="version", version=f"CMC Desktop {__version__}")
        self.parser.add_argument("--db", metavar="PATH_OR_URL", help="database file or URL "
                                 "(default: $CMC_DB_URL, else the user data folder)")
        self._top = self.parser.add_subparsers(dest="command", metavar="COMMAND")
        self._verbs: dict[str, argparse._SubParsersAction] = {}
        for verb, help_text in SHARED_VERBS.items():
            p = self._top.add_parser(verb, help=help_text, description=help_text)
            self._verbs[verb] = p.add_subparsers(dest="what", metavar="WHAT", required=True)
        self._ctx: AppContext | None = None
        self.args: argparse.Namespace | None = None

    def command(self, name: str, help_text: str, handler: Handler | None = None) -> argparse.ArgumentParser:
        p = self._top.add_parser(name, help=help_text, description=help_text)
        _add_db(p)
        if handler:
            p.set_defaults(func=handler)
        return p

    def group(self, name: str, help_text: str) -> argparse._SubParsersAction:
        """A top-level command with sub-commands of its own (``users add``, ``sync export``…)."""
        p = self._top.add_parser(name, help=help_text, description=help_text)
        return p.add_subparsers(dest="sub", metavar="SUBCOMMAND", required=True)

    def sub(self, verb: str, name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
        """``import NAME``, ``export NAME`` or ``report NAME``."""
        p = self._verbs[verb].add_parser(name, help=help_text, description=help_text)
        _add_db(p)
        p.set_defaults(func=handler)
        return p

    def ctx(self) -> AppContext:
        """The database named by --db (or the default), migrated, acting as the OS user."""
        if self._ctx is None:
            from cmc_desktop.bootstrap import open_context

            assert self.args is not None
            self._ctx = open_context(getattr(self.args, "db", None))
        return self._ctx

    def close(self) -> None:
        if self._ctx is not None:
            self._ctx.close()
            self._ctx = None


def _add_db(p: argparse.ArgumentParser) -> None:
    # Accept --db after the sub-command too (``demo --db X``), as the issues write it.
    p.add_argument("--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS,
                   help="database file or URL")


def add_leaf(sub: argparse._SubParsersAction, name: str, help_text: str,
             handler: Handler) -> argparse.ArgumentParser:
    """A leaf under a group made with ``Cli.group``."""
    p = sub.add_parser(name, help=help_text, description=help_text)
    _add_db(p)
    p.set_defaults(func=handler)
    return p


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def build_cli(modules: Sequence[str] = AREA_CLI_MODULES) -> Cli:
    cli = Cli()
    for name in modules:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue  # that area has no commands yet
            raise
        module.register(cli)
    return cli


GUI_OPTIONS_WITH_VALUE = ("--db", "--lang", "--page", "--screenshot")


def is_cli_invocation(argv: Sequence[str]) -> bool:
    """True when argv asks for a command (or help/version) rather than the GUI.

    Only the first word that is neither an option nor an option's value decides, so
    ``--page catalogue`` opens the window on that page instead of running ``catalogue``.
    """
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in ("-h", "--help", "--version"):
            return True
        if arg in GUI_OPTIONS_WITH_VALUE:
            skip = True
            continue
        if arg.startswith("-"):
            continue
        return True  # a command word; argparse explains an unknown one
    return False


def main(argv: Sequence[str] | None = None) -> int:
    from cmc_desktop.logging_setup import setup_logging

    argv = list(sys.argv[1:] if argv is None else argv)
    setup_logging(console=False)
    cli = build_cli()
    args = cli.parser.parse_args(argv)
    cli.args = args
    func = getattr(args, "func", None)
    if func is None:
        cli.parser.print_help()
        return 2
    try:
        return int(func(args, cli) or 0)
    except CmcError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("error: interrupted; nothing was written", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head`: the reader left, the work is done
        import contextlib
        import os

        with contextlib.suppress(OSError, ValueError, AttributeError):  # the final flush must not raise
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception:
        from cmc_desktop.logging_setup import log_file

        log.exception("unexpected error in CLI command %s", args.command)
        print(f"error: unexpected internal error; details are in {log_file()}", file=sys.stderr)
        return 70
    finally:
        cli.close()
