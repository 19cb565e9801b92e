"""The first commands: demo, import, export, trips, programme, backup, report.

A command module of ``delegation_planner.cli`` is any ``cmd_*.py`` here with a ``register(sub)``
that adds its subparsers and returns ``{name: Command(handler, output_kind)}``; ``output_kind`` names
what ``-o`` writes (for the refusal message) or is None when the command writes no file. Heavy imports
stay inside the handlers so that ``delegation-planner trips`` starts fast.
"""
from __future__ import annotations

import sys

from delegation_planner.cli._common import Command, output_file, trip_id_arg, visible
from delegation_planner.cli.cmd_documents import DOCUMENT_KINDS, person_id_arg


def register(sub) -> dict[str, Command]:
    sub.add_parser("demo", help="load the sample trips (Boston, July 2017; Paris); safe to run twice")
    p = sub.add_parser("import", help="import a trip bundle (JSON) as a new trip, or --update the trip it came from")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--update", action="store_true",
                   help="the bundle's trip is already here: print what is added, changed and removed, then apply "
                        "it in one transaction")
    p.add_argument("--dry-run", action="store_true", help="with --update: only print the difference, write nothing")
    p = sub.add_parser("export", help="export a trip as a bundle (JSON), or with -o FILE.zip as a package with "
                                      "its gifts, cars and attached files")
    p.add_argument("trip_id", metavar="TRIP_ID", type=trip_id_arg)
    p.add_argument("-o", "--output", metavar="FILE", required=True, type=output_file)
    sub.add_parser("trips", help="list trips: id, dates, title")
    p = sub.add_parser("programme", help="print a trip's programme with venue and home times and conflicts")
    p.add_argument("trip_id", metavar="TRIP_ID", type=trip_id_arg)
    p = sub.add_parser("backup", help="write a consistent copy of the database")
    p.add_argument("-o", "--output", metavar="FILE", required=True, type=output_file)
    p = sub.add_parser("report", help="build a PDF: briefing pack (before) or post-trip report (after)")
    p.add_argument("kind", choices=["briefing", "trip", *DOCUMENT_KINDS],
                   metavar="{briefing,trip,itinerary,day-cards}",
                   help="briefing = briefing pack; trip = post-trip report; itinerary = each member's own "
                        "programme; day-cards = one page per day for the head of delegation")
    p.add_argument("trip_id", metavar="TRIP_ID", type=trip_id_arg)
    p.add_argument("--person", metavar="PERSON_ID", type=person_id_arg, default=None,
                   help="itinerary: only this delegation member's (ids from 'members TRIP_ID')")
    p.add_argument("-o", "--output", metavar="FILE", required=True, type=output_file)
    p.add_argument("--lang", choices=["en", "vi"], default=None,
                   help="language of headings and labels (default: the global --lang, else the locale's)")
    p.add_argument("--paper", choices=["a4", "letter"], default="a4", help="paper size (default A4)")
    p.add_argument("--classification", metavar="TEXT",
                   help='marked on the cover and at the top and bottom of every page, e.g. "For official use"')
    p.add_argument("--office", metavar="NAME", action="append", default=None,
                   help="the issuing office on the letterhead and as the PDF's author; give it twice for the "
                        "governing body then the issuing body (e.g. --office 'UBND tỉnh Thái Nguyên' "
                        "--office 'Sở Ngoại vụ')")
    p.add_argument("--evaluation-file", metavar="FILE", default=None,
                   help="trip report: a UTF-8 text file with the officer's evaluation and recommendations")
    p.add_argument("--settings", metavar="FILE", default=None,
                   help="the desktop application's settings file (INI) to take the office from when --office is "
                        "not given (default: the per-user settings, as the window's Edit → Settings)")
    return {
        "demo": Command(_cmd_demo),
        "import": Command(_cmd_import),
        "export": Command(_cmd_export, "bundle file"),
        "trips": Command(_cmd_trips, light=_light_trips),
        "programme": Command(_cmd_programme, light=_light_programme),
        "backup": Command(_cmd_backup, "backup file"),
        "report": Command(_cmd_report, "PDF file"),
    }


def _cmd_demo(db, args) -> int:
    from delegation_planner.sample import load_sample
    from delegation_planner.services.trips import get_trip

    trip_id = load_sample(db)
    print(f"Sample trips loaded. Boston 2017 is trip {trip_id}: {get_trip(db, trip_id).title}")
    return 0


def _cmd_import(db, args) -> int:
    from delegation_planner.bundles import import_bundle
    from delegation_planner.services.trips import get_trip

    from delegation_planner.domain.messages import render_notice

    from delegation_planner.services.imports import TripExistsError

    lang = getattr(args, "ui_lang", "en")
    if args.dry_run and not args.update:
        print("error: --dry-run goes with --update (a plain import writes a new trip or nothing)", file=sys.stderr)
        return 2
    if args.update:
        from delegation_planner.bundles.update import update_from_bundle, update_preview

        if args.dry_run:
            diff = update_preview(db, args.file)
            for line in diff.lines(lang):
                print(visible(line))
            print("dry run: nothing was written")
            return 0
        diff, result = update_from_bundle(db, args.file)
        for line in diff.lines(lang):
            print(visible(line))
        print(f"Updated trip {result.trip_id}: {visible(get_trip(db, result.trip_id).title)}")
        return 0
    from delegation_planner.bundles.package import import_package, is_package

    try:
        result = import_package(db, args.file) if is_package(args.file) else import_bundle(db, args.file)
    except TripExistsError as exc:  # same trip uuid: never a silent second copy
        if lang == "vi":
            print(f"lỗi: chuyến đi này đã có trong cơ sở dữ liệu (chuyến {exc.trip_id}); "
                  "dùng --update để cập nhật nó", file=sys.stderr)
        else:
            print(f"error: this trip is already in the database (trip {exc.trip_id}); "
                  "use --update to update it from the bundle", file=sys.stderr)
        return 1
    for warning in result.warnings:
        print(f"{'cảnh báo' if lang == 'vi' else 'warning'}: {visible(render_notice(warning, lang))}", file=sys.stderr)
    print(f"Imported trip {result.trip_id}: {visible(get_trip(db, result.trip_id).title)} "
          f"({result.linked_people} people and {result.linked_organizations} organizations already known)")
    return 0


def _cmd_export(db, args) -> int:
    from delegation_planner.bundles import export_trip
    from delegation_planner.bundles.package import export_package, is_package

    # FILE.zip: the trip package (the bundle with its gifts, cars and attached files)
    path = (export_package if is_package(args.output) else export_trip)(db, args.trip_id, args.output)
    print(f"Exported trip {args.trip_id} to {visible(path)}")
    return 0


def _light(location, read):
    """``read(connection)`` on a current SQLite file with plain sqlite3 (services/reads.py), or None
    (a server, a new, older or odd file, or any SQLite error: the full path opens it and says why)."""
    import sqlite3

    from delegation_planner.services import reads

    reader = reads.open_light(location)
    if reader is None:
        return None
    with reader:
        try:
            return read(reader.connection)
        except (sqlite3.Error, KeyError, ValueError):  # a damaged file or a bad value: the full path says which
            return None


def _light_trips(location, args) -> int | None:
    from delegation_planner.services import reads

    rows = _light(location, reads.trip_rows)
    if rows is None:
        return None
    return _print_trips(rows)


def _cmd_trips(db, args) -> int:
    from delegation_planner.services.trips import list_trips

    return _print_trips(list_trips(db))


def _print_trips(rows) -> int:
    if not rows:
        print("No trips yet. Try: delegation-planner demo")
    for t in rows:
        print(f"{t.id:>5}  {t.start_date.isoformat()} – {t.end_date.isoformat()}  {visible(t.title)}")
    return 0


def _light_programme(location, args) -> int | None:
    from delegation_planner.services import reads

    prog = _light(location, lambda conn: reads.programme(conn, args.trip_id))
    if prog is None:
        return None
    return _print_programme(prog, args)


def _cmd_programme(db, args) -> int:
    from delegation_planner.services.engagements import programme

    return _print_programme(programme(db, args.trip_id), args)


def _print_programme(prog, args) -> int:
    from delegation_planner.reports.i18n import Labels

    lang = getattr(args, "ui_lang", "en")
    L = Labels(lang)  # the reports' day headings and labels: one weekday rule (domain.messages)
    print(f"{visible(prog.trip.title)}\n{visible(prog.trip.destination)}")
    # Each line starts with the engagement's id (what `seating ENGAGEMENT_ID` and the other
    # per-engagement commands take), right-aligned to the widest id of the trip.
    width = max((len(str(i.id)) for i in prog.items), default=1)
    for day, items in prog.days():
        print(f"\n{L.day(day)}")
        for item in items:
            mark = "!" if item.conflicts else " "
            place = item.organization_name or item.location
            print(f" {mark} {item.id:>{width}}  {item.time_label_in(lang):<32} {visible(item.title)}"
                  + (f" — {visible(place)}" if place else "") + f" [{L.enum(item.status)}]")
            for conflict in item.conflicts:
                print(f"   {' ' * width}    ! {visible(conflict.describe(lang))}")
    if prog.conflict_count:
        print(f"\n{prog.conflict_count} " + ("trùng lịch, đánh dấu !" if lang == "vi" else "conflict(s) flagged with !"))
    return 0


def _cmd_backup(db, args) -> int:
    from delegation_planner.storage.database import NoDumpTool, backup_to

    try:
        path = backup_to(db, args.output)  # a file: SQLite's backup API; PostgreSQL: pg_dump
    except NoDumpTool as exc:  # a server without pg_dump here: every trip's bundle in one ZIP file
        from delegation_planner.bundles.all_trips import export_all_trips

        path, count = export_all_trips(db, args.output)
        print(f"warning: {visible(exc)}; wrote a bundle of every trip instead", file=sys.stderr)
        print(f"Bundles of {count} trips written to {visible(path)} (a ZIP file: unzip, then 'import' each)")
        return 0
    print(f"Backup written to {visible(path)}")
    return 0


EVALUATION_MAX_BYTES = 256 * 1024


def read_evaluation(path: str) -> str:
    """The officer's evaluation text: a regular UTF-8 file of at most 256 KiB (a FIFO, a device,
    a folder, a bigger file or another encoding is refused with a one-line message)."""
    import os
    import stat

    from delegation_planner.storage.errors import KnownError

    shown = visible(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        raise KnownError(f"cannot read the evaluation file {shown}: {exc.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise KnownError(f"the evaluation file {shown} is not a regular file")
    if info.st_size > EVALUATION_MAX_BYTES:
        raise KnownError(f"the evaluation file {shown} is larger than {EVALUATION_MAX_BYTES // 1024} KiB")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as f:
            raw = f.read(EVALUATION_MAX_BYTES + 1)
    except OSError as exc:
        raise KnownError(f"cannot read the evaluation file {shown}: {exc.strerror}") from None
    if len(raw) > EVALUATION_MAX_BYTES:
        raise KnownError(f"the evaluation file {shown} is larger than {EVALUATION_MAX_BYTES // 1024} KiB")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KnownError(f"the evaluation file {shown} is not UTF-8 text (byte {exc.start})") from None


def _cmd_report(db, args) -> int:
    if args.kind in DOCUMENT_KINDS:  # itinerary, day-cards: cli/cmd_documents.py
        from delegation_planner.cli.cmd_documents import report_document

        return report_document(db, args)
    from delegation_planner.cli.cmd_documents import report_office
    from delegation_planner.reports import build_briefing_pack, build_trip_report

    office = report_office(args)  # --office, else the Settings' office, else None (dotted placeholders)
    if args.kind == "briefing":
        if args.evaluation_file:
            print("warning: --evaluation-file applies to the trip report only", file=sys.stderr)
        result = build_briefing_pack(db, args.trip_id, args.output, lang=args.lang, paper=args.paper,
                                     classification=args.classification, office=office)
    else:
        evaluation = read_evaluation(args.evaluation_file) if args.evaluation_file else ""
        result = build_trip_report(db, args.trip_id, args.output, lang=args.lang, paper=args.paper,
                                   classification=args.classification, office=office, evaluation=evaluation)
    warn_missing_glyphs(result)
    print(f"Wrote {result.pages} pages to {visible(result.path)}")
    return 0


def warn_missing_glyphs(result) -> None:
    """"warning: 2 characters have no glyph: 😀 (U+1F600 GRINNING FACE), …" on stderr (they print as "�")."""
    missing = getattr(result, "missing_glyphs", ())
    if missing:
        from delegation_planner.reports.fonts import describe_missing

        count = len(missing)
        print(f"warning: {count} character{'s' if count != 1 else ''} {'have' if count != 1 else 'has'} no glyph: "
              f"{visible(describe_missing(missing))} (printed as \ufffd)", file=sys.stderr)
