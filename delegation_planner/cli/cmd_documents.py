"""The head of delegation's day cards, the members' itineraries, and the delegation list.

``delegation-planner report itinerary TRIP_ID [--person PERSON_ID] -o FILE`` and
``delegation-planner report day-cards TRIP_ID -o FILE`` are kinds of ``report`` (cli/cmd_core.py
parses them, with its ``--lang``, ``--paper`` and ``--classification``, and hands them to
:func:`report_document`); ``delegation-planner members TRIP_ID`` lists the delegation, one member a
line starting with the person's id, so that ``--person`` can name them.
"""
from __future__ import annotations

import sys

from delegation_planner.cli._common import Command, trip_id_arg, visible

#: The ``report`` kinds this module builds.
DOCUMENT_KINDS = ("itinerary", "day-cards")


def register(sub) -> dict[str, Command]:
    p = sub.add_parser("members", help="list a trip's delegation: person id, precedence, name, role "
                                       "(the id is what 'report itinerary --person' takes)")
    p.add_argument("trip_id", metavar="TRIP_ID", type=trip_id_arg)
    return {"members": Command(_cmd_members)}


def _cmd_members(db, args) -> int:
    from delegation_planner.reports.i18n import Labels
    from delegation_planner.services.members import list_members
    from delegation_planner.services.trips import get_trip

    get_trip(db, args.trip_id)  # "no trip with id N" rather than an empty list
    L = Labels(getattr(args, "ui_lang", "en"))
    rows = list_members(db, args.trip_id)
    if not rows:
        print("Chưa có thành viên đoàn." if L.lang == "vi" else "No delegation members yet.", file=sys.stderr)
    for m in rows:
        print(f"{m.person_id:>5}  {m.precedence:>3}  {visible(m.full_name)}  ({visible(L.enum(m.role))})")
    return 0


def report_document(db, args) -> int:
    """``report itinerary`` / ``report day-cards``: build the PDF, say where and how many pages."""
    from delegation_planner.reports.documents import build_day_cards, build_itinerary

    person = getattr(args, "person", None)
    office = report_office(args)  # the PDF's author
    if getattr(args, "evaluation_file", None):
        print("warning: --evaluation-file applies to the trip report only", file=sys.stderr)
    if args.kind == "day-cards":
        if person is not None:
            print("warning: --person applies to the itinerary only", file=sys.stderr)
        result = build_day_cards(db, args.trip_id, args.output, lang=args.lang, paper=args.paper,
                                 classification=args.classification, office=office)
    else:
        result = build_itinerary(db, args.trip_id, args.output, person_id=person, lang=args.lang,
                                 paper=args.paper, classification=args.classification, office=office)
    missing = getattr(result, "missing_glyphs", ())
    if missing:
        try:
            from delegation_planner.cli.cmd_core import warn_missing_glyphs
        except ImportError:  # an engine without glyph warnings
            pass
        else:
            warn_missing_glyphs(result)
    print(f"Wrote {result.pages} pages to {visible(result.path)}")
    return 0


def report_office(args):
    """The office on the letterhead and as the PDF's author: ``--office`` (once: the issuing body;
    twice: the governing body, then the issuing body), else the office of the desktop
    application's Settings (``--settings FILE``, default the per-user settings: the same as
    Edit → Settings), else None (the Vietnamese letterhead's dotted placeholders)."""
    from delegation_planner.reports.letterhead import OfficeIdentity

    given = [" ".join(o.split()) for o in (getattr(args, "office", None) or []) if o.strip()][:2]
    if given:
        body = "\n".join(given)
        return OfficeIdentity(name=given[-1], issuing_body_vi=body, issuing_body_en=body)
    return settings_office(getattr(args, "settings", None))


def settings_office(path: str | None = None):
    """The office of the Settings file at ``path`` (None: the per-user one); None when it sets none.
    A ``path`` that is not a readable file is refused in one line (KnownError) rather than read
    as empty settings."""
    from delegation_planner.cli._common import open_settings
    from delegation_planner.reports.letterhead import office_from

    settings = open_settings(path)  # a missing or unreadable file refused in one line, naming --settings
    if settings is None:  # an installation without Qt has no desktop settings
        return None
    from delegation_planner.settings import ISSUING_BODY_EN, ISSUING_BODY_VI, OFFICE_ADDRESS, OFFICE_LOGO

    return office_from(settings.get(ISSUING_BODY_VI), settings.get(ISSUING_BODY_EN), settings.get(OFFICE_ADDRESS),
                       settings.get(OFFICE_LOGO))


def person_id_arg(text: str) -> int:
    from delegation_planner.cli._common import positive_id

    return positive_id(text, "PERSON_ID", "see 'members TRIP_ID'")
