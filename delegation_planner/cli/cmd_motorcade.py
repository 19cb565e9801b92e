"""``delegation-planner motorcade TRIP_ID``: the motorcade list by day — each transfer that has cars,
each car (number, plate, driver, phone) and who rides where (seat 1 rear right, seat 2 rear left,
seat 3 beside the driver), proposed from the attendees' precedence."""
from __future__ import annotations

from delegation_planner.cli._common import Command, trip_id_arg, visible


def register(sub) -> dict[str, Command]:
    p = sub.add_parser("motorcade", help="print the motorcade list by day: each transfer's cars and who rides "
                                         "where, proposed from precedence")
    p.add_argument("trip_id", metavar="TRIP_ID", type=trip_id_arg)
    return {"motorcade": Command(_cmd_motorcade)}


def _cmd_motorcade(db, args) -> int:
    from delegation_planner.reports.motorcade_text import motorcade_lines
    from delegation_planner.services.motorcade import motorcade_list

    lang = "vi" if getattr(args, "ui_lang", "en") == "vi" else "en"
    for line in motorcade_lines(motorcade_list(db, args.trip_id), lang, visible):
        print(line)
    return 0
