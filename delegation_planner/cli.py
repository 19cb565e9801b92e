"""Command line: ``delegation-planner [--db PATH] COMMAND``.

User mistakes (bad file, bad id, bad option) print one line on stderr and exit
with status 1 (2 for a malformed command line); no tracebacks.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Sequence

from delegation_planner import APP_ID, __version__

EXIT_USER_ERROR = 1
EXIT_USAGE = 2
EXIT_BUG = 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one clear line instead of usage + error
        message = visible(message)  # an argument may hold a newline or an escape code
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


#: Shown escaped wherever the CLI prints text it did not write itself (errors, titles, file names):
#: C0 and C1 controls (ESC starts terminal escape codes; 0x9B is a one-byte CSI), DEL, the Unicode
#: line/paragraph separators, and the bidirectional overrides/isolates that reorder what a terminal shows.
_CONTROL_ESCAPES = {c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"
                    for c in [*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029,
                              *range(0x202A, 0x202F), *range(0x2066, 0x206A)]}
_CONTROL_ESCAPES.update({ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})


def visible(text) -> str:
    """``text`` on one line with every control character shown as an escape (``\\x1b``, ``\\u2028``)."""
    return str(text).translate(_CONTROL_ESCAPES)


def _trip_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"TRIP_ID must be a number (see 'trips'), not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"TRIP_ID must be a positive number, not {text!r}")
    return value


def _db_location(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("a database file or URL is needed, not an empty string")
    return text


def _output_file(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("a file name is needed, not an empty string")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=APP_ID, description="Plan official delegation visits, log meetings and report "
                                              "commitments. Works offline on a local database.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH", type=_db_location,
                        help="database file (default: $DELEGATION_PLANNER_DB, else the per-user data folder); "
                             "a SQLAlchemy URL is accepted too")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    sub.add_parser("demo", help="load the sample trips (Boston, July 2017; Paris); safe to run twice")
    p = sub.add_parser("import", help="import a trip bundle (JSON) as a new trip")
    p.add_argument("file", metavar="FILE")
    p = sub.add_parser("export", help="export a trip as a bundle (JSON)")
    p.add_argument("trip_id", metavar="TRIP_ID", type=_trip_id)
    p.add_argument("-o", "--output", metavar="FILE", required=True, type=_output_file)
    sub.add_parser("trips", help="list trips: id, dates, title")
    p = sub.add_parser("programme", help="print a trip's programme with venue and home times and conflicts")
    p.add_argument("trip_id", metavar="TRIP_ID", type=_trip_id)
    p = sub.add_parser("backup", help="write a consistent copy of the database")
    p.add_argument("-o", "--output", metavar="FILE", required=True, type=_output_file)
    p = sub.add_parser("report", help="build a PDF: briefing pack (before) or post-trip report (after)")
    p.add_argument("kind", choices=["briefing", "trip"], metavar="{briefing,trip}",
                   help="briefing = briefing pack; trip = post-trip report")
    p.add_argument("trip_id", metavar="TRIP_ID", type=_trip_id)
    p.add_argument("-o", "--output", metavar="FILE", required=True, type=_output_file)
    p.add_argument("--lang", choices=["en", "vi"], default="en", help="language of headings and labels")
    p.add_argument("--paper", choices=["a4", "letter"], default="a4", help="paper size (default A4)")
    p.add_argument("--classification", metavar="TEXT", help='briefing cover line, e.g. "For official use"')
    sub.add_parser("gui", help="open the desktop application")
    sub.add_parser("smoke-test", help="check that this installation works offline (zones, database, PDF, window)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    if args.command == "gui":
        from delegation_planner.app import main as gui_main

        extra = ["--db", args.db] if args.db is not None else []
        return gui_main(extra)
    if args.command == "smoke-test":
        from delegation_planner.smoke import run_smoke_test

        return run_smoke_test()
    from delegation_planner.domain.errors import NotFoundError, ValidationError
    from delegation_planner.storage.errors import KnownError

    try:
        return _run(args)
    except (ValidationError, KnownError, NotFoundError) as exc:
        text = str(exc).strip() or type(exc).__name__
        print(f"{APP_ID}: error: {visible(text)}", file=sys.stderr)
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


#: What each writing command writes (for the refusal message).
_OUTPUT_KINDS = {"export": "bundle file", "backup": "backup file", "report": "PDF file"}


def _check_output(db, args) -> None:
    """Refuse a bad ``-o`` (the database, its -wal/-shm/-journal or backups folder, a device, a FIFO,
    a folder) before any work is done; the writer checks again when it writes."""
    if args.command in _OUTPUT_KINDS:
        from delegation_planner.storage.outputs import check_output_target

        check_output_target(args.output, database=db.path, what=_OUTPUT_KINDS[args.command])


def _run(args) -> int:
    db = _open(args)
    try:
        _check_output(db, args)
        return COMMANDS[args.command](db, args)
    finally:
        db.dispose()


def _cmd_demo(db, args) -> int:
    from delegation_planner.sample import load_sample
    from delegation_planner.services.trips import get_trip

    trip_id = load_sample(db)
    print(f"Sample trips loaded. Boston 2017 is trip {trip_id}: {get_trip(db, trip_id).title}")
    return 0


def _cmd_import(db, args) -> int:
    from delegation_planner.bundles import import_bundle
    from delegation_planner.services.trips import get_trip

    result = import_bundle(db, args.file)
    for warning in result.warnings:
        print(f"warning: {visible(warning)}", file=sys.stderr)
    print(f"Imported trip {result.trip_id}: {visible(get_trip(db, result.trip_id).title)} "
          f"({result.linked_people} people and {result.linked_organizations} organizations already known)")
    return 0


def _cmd_export(db, args) -> int:
    from delegation_planner.bundles import export_trip

    path = export_trip(db, args.trip_id, args.output)
    print(f"Exported trip {args.trip_id} to {visible(path)}")
    return 0


def _cmd_trips(db, args) -> int:
    from delegation_planner.services.trips import list_trips

    rows = list_trips(db)
    if not rows:
        print("No trips yet. Try: delegation-planner demo")
    for t in rows:
        print(f"{t.id:>5}  {t.start_date.isoformat()} – {t.end_date.isoformat()}  {visible(t.title)}")
    return 0


def _cmd_programme(db, args) -> int:
    from delegation_planner.domain.enums import label
    from delegation_planner.services.engagements import programme

    prog = programme(db, args.trip_id)
    print(f"{visible(prog.trip.title)}\n{visible(prog.trip.destination)}")
    for day, items in prog.days():
        print(f"\n{day:%A %d %B %Y}")
        for item in items:
            mark = "!" if item.conflicts else " "
            place = item.organization_name or item.location
            print(f" {mark} {item.time_label:<32} {visible(item.title)}"
                  + (f" — {visible(place)}" if place else "") + f" [{label(item.status)}]")
            for conflict in item.conflicts:
                print(f"      ! {visible(conflict.message)}")
    if prog.conflict_count:
        print(f"\n{prog.conflict_count} conflict(s) flagged with !")
    return 0


def _cmd_backup(db, args) -> int:
    from delegation_planner.storage.database import backup_to

    path = backup_to(db, args.output)
    print(f"Backup written to {visible(path)}")
    return 0


def _cmd_report(db, args) -> int:
    from delegation_planner.reports import build_briefing_pack, build_trip_report

    if args.kind == "briefing":
        result = build_briefing_pack(db, args.trip_id, args.output, lang=args.lang, paper=args.paper,
                                     classification=args.classification)
    else:
        if args.classification:
            print("warning: --classification applies to the briefing pack only", file=sys.stderr)
        result = build_trip_report(db, args.trip_id, args.output, lang=args.lang, paper=args.paper)
    print(f"Wrote {result.pages} pages to {visible(result.path)}")
    return 0


COMMANDS = {
    "demo": _cmd_demo,
    "import": _cmd_import,
    "export": _cmd_export,
    "trips": _cmd_trips,
    "programme": _cmd_programme,
    "backup": _cmd_backup,
    "report": _cmd_report,
}


if __name__ == "__main__":
    raise SystemExit(main())
