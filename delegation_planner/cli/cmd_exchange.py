"""Working with others' tools: calendars and spreadsheets.

    delegation-planner export-ics TRIP_ID [--person PERSON_ID] [--reminder MINUTES] -o FILE
    delegation-planner export-csv commitments [--trip TRIP_ID] [--sep ';'] -o FILE
    delegation-planner export-csv gifts --trip TRIP_ID [--settings FILE] -o FILE

``export-csv`` takes what to export as its first argument (``commitments`` or ``gifts``) so that other
lists can join it. The separator defaults to ``;`` when the messages are Vietnamese (``--lang vi``
or a Vietnamese locale) or the locale is French (LC_ALL / LC_NUMERIC / LANG), as Excel expects
there, else ``,``.
"""
from __future__ import annotations

import argparse

from delegation_planner.cli._common import Command, output_file, positive_id, trip_id_arg, visible

#: What ``export-csv`` can write (others add theirs here, with a writer in CSV_WRITERS).
CSV_KINDS = ["commitments", "gifts"]


def person_id_arg(text: str) -> int:
    return positive_id(text, "PERSON_ID", "see the trip's delegation")


def minutes_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"MINUTES must be a whole number of minutes, not {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"MINUTES must be 0 or more, not {text!r}")
    return value


def separator_arg(text: str) -> str:
    if text in ("tab", "TAB", "\\t", "\t"):
        return "\t"
    if text not in (",", ";"):
        raise argparse.ArgumentTypeError(f"the separator must be ',', ';' or tab, not {text!r}")
    return text


def register(sub) -> dict[str, Command]:
    p = sub.add_parser("export-ics", help="write a trip's programme (or one member's) as a calendar file (.ics)")
    p.add_argument("trip_id", metavar="TRIP_ID", type=trip_id_arg)
    p.add_argument("--person", dest="person_id", metavar="PERSON_ID", type=person_id_arg,
                   help="only the engagements this person attends (a member's own programme)")
    p.add_argument("--reminder", metavar="MINUTES", type=minutes_arg,
                   help="add a reminder this many minutes before each engagement")
    p.add_argument("-o", "--output", metavar="FILE", required=True, type=output_file)
    p = sub.add_parser("export-csv", help="write a list as CSV for a spreadsheet (UTF-8 with BOM, for Excel)")
    p.add_argument("what", choices=CSV_KINDS, help="what to export: commitments (the follow-up tracker) or gifts "
                                                 "(the gifts register, for the declaration the office files)")
    p.add_argument("--trip", dest="trip_id", metavar="TRIP_ID", type=trip_id_arg,
                   help="only this trip (default: every trip)")
    p.add_argument("--sep", metavar="SEP", type=separator_arg, default=None,
                   help="',' ';' or tab (default ';' in Vietnamese or French settings, else ',')")
    p.add_argument("--settings", metavar="FILE", default=None,
                   help="gifts: the threshold and reporting deadline of these desktop settings "
                        "(default: the per-user settings of Edit → Settings)")
    p.add_argument("-o", "--output", metavar="FILE", required=True, type=output_file)
    return {
        "export-ics": Command(_cmd_export_ics, "calendar file"),
        "export-csv": Command(_cmd_export_csv, "CSV file"),
    }


def _cmd_export_ics(db, args) -> int:
    from delegation_planner.reports.calendar import export_calendar

    result = export_calendar(db, args.trip_id, args.output, person_id=args.person_id,
                             reminder_minutes=args.reminder, lang=getattr(args, "ui_lang", None) or "en")
    extra = f" ({result.cancelled} cancelled)" if result.cancelled else ""
    print(f"Wrote {result.events} engagement(s){extra} in {len(result.zones)} time zone(s) "
          f"to {visible(result.path)}")
    return 0


def _csv_commitments(db, args, sep: str, lang: str) -> str:
    from delegation_planner.reports.spreadsheet import export_commitments_csv

    result = export_commitments_csv(db, args.output, trip_id=args.trip_id, sep=sep, lang=lang)
    return f"Wrote {result.rows} commitment(s) to {visible(result.path)}"


def _csv_gifts(db, args, sep: str, lang: str) -> str:
    from delegation_planner.cli._common import open_settings
    from delegation_planner.reports.gifts_sheet import export_gifts_csv

    settings = open_settings(args.settings)
    policy = None
    if settings is not None:
        from delegation_planner.settings import gift_policy

        policy = gift_policy(settings)
    result = export_gifts_csv(db, args.output, trip_id=args.trip_id, sep=sep, lang=lang, policy=policy)
    return f"Wrote {result.rows} gift(s) to {visible(result.path)}"


#: ``export-csv WHAT``: what -> writer(db, args, sep, lang) returning the line to print.
CSV_WRITERS = {"commitments": _csv_commitments, "gifts": _csv_gifts}


def _cmd_export_csv(db, args) -> int:
    from delegation_planner.reports.spreadsheet import locale_separator

    lang = getattr(args, "ui_lang", None) or "en"
    sep = args.sep if args.sep is not None else locale_separator(interface_lang=lang)
    line = CSV_WRITERS[args.what](db, args, sep, lang)
    print(f"{line} (separator {'tab' if sep == chr(9) else sep!r})")
    return 0
