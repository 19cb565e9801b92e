"""Spreadsheet import: ``import-csv people FILE --trip TRIP_ID [--side delegation|host] [--dry-run]``
and ``import-csv engagements FILE --trip TRIP_ID [--dry-run]``.

``--dry-run`` prints the column mapping, the rows that would be created (people: new or matched
in the directory) and every bad row, and writes nothing. Any bad row: the rows are listed as
"line N: reason" on stderr, nothing is written, exit status 1.
"""
from __future__ import annotations

import sys

from delegation_planner.cli._common import EXIT_USER_ERROR, Command, trip_id_arg, visible

_SEPARATORS = {",": ",", "comma": ",", ";": ";", "semicolon": ";", "tab": "\t", "\\t": "\t", "\t": "\t"}


def _separator(text: str) -> str:
    import argparse

    try:
        return _SEPARATORS[text if text == "\t" else text.strip().lower()]
    except KeyError:
        raise argparse.ArgumentTypeError(f"--sep must be ',', ';' or 'tab', not {text!r}") from None


def register(sub) -> dict[str, Command]:
    p = sub.add_parser("import-csv", help="import people or engagements from a CSV spreadsheet (Excel, any "
                                          "of UTF-8, cp1258, cp1252; comma, semicolon or tab)")
    kinds = p.add_subparsers(dest="csv_kind", metavar="{people,engagements}", parser_class=type(p))
    kinds.required = True
    for kind, text in (("people", "delegation members (--side delegation) or the host's counterparts "
                                  "(--side host); people already in the directory are matched, not duplicated"),
                       ("engagements", "engagements of the trip's programme (venue times, day-first dates)")):
        k = kinds.add_parser(kind, help=text)
        k.add_argument("file", metavar="FILE")
        k.add_argument("--trip", dest="trip_id", metavar="TRIP_ID", type=trip_id_arg, required=True)
        if kind == "people":
            k.add_argument("--side", choices=["delegation", "host"], default="delegation",
                           help="delegation members (default) or the host's counterparts")
        k.add_argument("--dry-run", action="store_true", help="show what would be imported; write nothing")
        k.add_argument("--encoding", metavar="NAME",
                       help="utf-8, cp1258 or cp1252 (default: guessed; UTF-8 first, then the Windows code page "
                            "whose letters the file uses)")
        k.add_argument("--sep", metavar="SEP", type=_separator,
                       help="',', ';' or 'tab' (default: the one splitting the header line)")
    return {"import-csv": Command(_cmd_import_csv)}


_STATUS_WORDS = {"new": "new", "matched": "matched", "already": "already there", "repeated": "repeated"}


def _print_preview(preview) -> None:
    from delegation_planner.domain.csv_rows import describe_separator

    guessed = " (guessed)" if preview.encoding_guessed else ""
    header = f", header on line {preview.header_line}" if preview.header_line > 1 else ""
    print(f"File: {preview.encoding}{guessed}, {describe_separator(preview.separator)}-separated{header}")
    print("Columns:")
    for column in preview.columns:
        target = column.field.replace("_", " ") if column.field else "(not imported)"
        print(f"  {visible(column.header) or '(empty)'} -> {target}")
    print(f"Rows ({len(preview.rows)}):")
    for row in preview.rows:
        status = _STATUS_WORDS.get(row.status, row.status)
        if preview.what == "people":
            org = f" — {visible(row.organization)}" + (" (new organization)" if row.organization_new else "") \
                if row.organization else ""
            extra = f" (as line {row.same_as_line})" if row.same_as_line else ""
            print(f"  line {row.line}: {status}{extra}: {visible(row.full_name)}"
                  + (f", {visible(row.title)}" if row.title else "") + org)
        else:
            when = f"{row.start:%Y-%m-%d %H:%M}–{row.end:%H:%M} {row.timezone}"
            print(f"  line {row.line}: {status}: {when} {visible(row.title)}"
                  + (f" — {visible(row.location)}" if row.location else ""))
            for warning in row.warnings:
                print(f"      warning: {visible(warning)}")
    if preview.bad_rows:
        print(f"Bad rows ({len(preview.bad_rows)}):")
        for bad in preview.bad_rows:
            print(f"  line {bad.line}: {visible(bad.reason)}")


def _cmd_import_csv(db, args) -> int:
    from delegation_planner.services import csv_import

    data = csv_import.read_csv_file(args.file)
    options = {"encoding": args.encoding, "separator": args.sep}
    if args.csv_kind == "people":
        preview = csv_import.preview_people(db, args.trip_id, data, args.side, **options)
    else:
        preview = csv_import.preview_engagements(db, args.trip_id, data, **options)
    if args.dry_run:
        _print_preview(preview)
        print("Dry run: nothing was written.")
    if preview.bad_rows:
        print(f"error: {len(preview.bad_rows)} bad row(s); nothing was imported:", file=sys.stderr)
        for bad in preview.bad_rows:
            print(f"line {bad.line}: {visible(bad.reason)}", file=sys.stderr)
        return EXIT_USER_ERROR
    if args.dry_run:
        return 0
    if args.csv_kind == "people":
        result = csv_import.import_people(db, args.trip_id, data, args.side, **options)
        what = "delegation members added" if args.side == "delegation" else "counterparts"
        count = len(result.members_added) if args.side == "delegation" \
            else len(result.people_created) + len(result.people_matched)
        print(f"Imported into trip {args.trip_id}: {count} {what} ({len(result.people_created)} new people, "
              f"{len(result.people_matched)} matched in the directory, "
              f"{len(result.organizations_created)} new organizations"
              + (f", {result.attendances_added} attendances" if result.attendances_added else "") + ")")
    else:
        result = csv_import.import_engagements(db, args.trip_id, data, **options)
        print(f"Imported into trip {args.trip_id}: {len(result.engagements_created)} engagements "
              f"({len(result.organizations_created)} new organizations)")
        for warning in result.warnings:
            print(f"warning: {visible(warning)}", file=sys.stderr)
    return 0
