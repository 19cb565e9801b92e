"""Command line: ``delegation-planner [--db PATH] [--lang en|vi] COMMAND``.

User mistakes (bad file, bad id, bad option) print one line on stderr and exit
with status 1 (2 for a malformed command line); no tracebacks. The line is in the
language of ``--lang`` (default: the locale, LC_ALL/LC_MESSAGES/LANG starting with
"vi" is Vietnamese), rendered from the problem's code by ``domain.messages``; reports
(``report --lang``) default to the same language. Output cut short by its reader
(``trips | head -1``, ``| grep -q X``) ends quietly with status 141, as a tool killed
by SIGPIPE does.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Sequence

from delegation_planner import APP_ID, __version__

from delegation_planner.cli._common import (  # noqa: F401  (the names other modules import from here)
    EXIT_BUG, EXIT_USAGE, EXIT_USER_ERROR, Command, output_file, trip_id_arg, visible,
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one clear line instead of usage + error
        message = visible(message)  # an argument may hold a newline or an escape code
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def _db_location(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("a database file or URL is needed, not an empty string")
    return text


#: name -> Command, filled by build_parser() from every ``cmd_*`` module of this package.
COMMANDS: dict[str, Command] = {}


def command_modules() -> list:
    """Every ``delegation_planner.cli.cmd_*`` module, in name order (cmd_core first)."""
    import importlib
    import pkgutil

    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("cmd_"))
    names.sort(key=lambda n: n != "cmd_core")
    return [importlib.import_module(f"{__name__}.{n}") for n in names]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=APP_ID, description="Plan official delegation visits, log meetings and report "
                                              "commitments. Works offline on a local database.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--lang", dest="ui_lang", choices=["en", "vi"], default=None,
                        help="language of messages and the default language of reports "
                             "(default: the locale's: LANG/LC_ALL starting with vi is Vietnamese)")
    parser.add_argument("--db", metavar="PATH", type=_db_location,
                        help="database file (default: $DELEGATION_PLANNER_DB, else the per-user data folder); "
                             "a SQLAlchemy URL is accepted too")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    for module in command_modules():
        COMMANDS.update(module.register(sub))
    if "trips" not in COMMANDS:  # a frozen build that lost its command modules must not pass its smoke test
        raise RuntimeError("the command modules of delegation_planner.cli were not found")
    sub.add_parser("gui", help="open the desktop application")
    sub.add_parser("smoke-test", help="check that this installation works offline (zones, database, PDF, window)")
    return parser


#: Exit status when the reader of our output went away (128 + SIGPIPE, as ``head`` leaves it).
EXIT_BROKEN_PIPE = 141


def language(args: argparse.Namespace) -> str:
    """The language of messages: ``--lang``, else the locale's."""
    from delegation_planner.domain.messages import language_from_locale

    return getattr(args, "ui_lang", None) or language_from_locale()


def _quiet_broken_pipe() -> int:
    """The reader closed the pipe: no message, and no second error when Python flushes stdout at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
    return EXIT_BROKEN_PIPE


def main(argv: Sequence[str] | None = None) -> int:
    try:
        code = _main(argv)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return code
    except BrokenPipeError:
        return _quiet_broken_pipe()


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    args.ui_lang = language(args)
    if getattr(args, "lang", "") is None:  # ``report`` without --lang: the language of the messages
        args.lang = args.ui_lang
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    if args.command == "gui":
        from delegation_planner.app import main as gui_main

        extra = ["--db", args.db] if args.db is not None else []
        return gui_main(extra)
    if args.command == "smoke-test":
        from delegation_planner.smoke import run_smoke_test

        return run_smoke_test()
    from delegation_planner.domain.errors import NotFoundError, ValidationError
    from delegation_planner.domain.messages import render_error
    from delegation_planner.storage.errors import KnownError

    try:
        return _run(args)
    except BrokenPipeError:
        raise
    except (ValidationError, KnownError, NotFoundError) as exc:
        text = render_error(exc, args.ui_lang, sep="; ").strip() or type(exc).__name__
        word = "lỗi" if args.ui_lang == "vi" else "error"
        print(f"{APP_ID}: {word}: {visible(text)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print(f"{APP_ID}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line, the traceback on request
        if os.environ.get("DELEGATION_PLANNER_DEBUG"):
            raise
        print(f"{APP_ID}: internal error: {type(exc).__name__}: {visible(exc)} "
              "(set DELEGATION_PLANNER_DEBUG=1 for details)", file=sys.stderr)
        return EXIT_BUG


def _open(args):
    from delegation_planner.paths import resolve_db
    from delegation_planner.storage import open_database

    return open_database(resolve_db(args.db))


def _check_output(db, args) -> None:
    """Refuse a bad ``-o`` (the database, its -wal/-shm/-journal or backups folder, a device, a FIFO,
    a folder) before any work is done; the writer checks again when it writes."""
    kind = COMMANDS[args.command].output_kind
    if kind is not None and getattr(args, "output", None) is not None:
        from delegation_planner.storage.outputs import check_output_target

        check_output_target(args.output, database=db.path, what=kind)


def _run(args) -> int:
    light = COMMANDS[args.command].light
    if light is not None:  # trips, programme: a current SQLite file without SQLAlchemy (services/reads.py)
        from delegation_planner.paths import resolve_db

        code = light(resolve_db(args.db), args)
        if code is not None:
            return code
    db = _open(args)
    try:
        _check_output(db, args)
        return COMMANDS[args.command].handler(db, args)
    finally:
        db.dispose()

