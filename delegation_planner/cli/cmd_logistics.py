"""``delegation-planner contacts TRIP_ID``: the visit's logistics contacts (issue 11), one a line:
id, kind, name, phone, address (the hotel, the embassy or consulate, the host's liaison, drivers,
interpreters, emergency numbers), in the order the contact sheet prints them; the notes indented
beneath. Kinds are named in the language of ``--lang``.
"""
from __future__ import annotations

import sys

from delegation_planner.cli._common import Command, trip_id_arg, visible


def register(sub) -> dict[str, Command]:
    p = sub.add_parser("contacts", help="list a trip's logistics contacts: id, kind, name, phone, address")
    p.add_argument("trip_id", metavar="TRIP_ID", type=trip_id_arg)
    return {"contacts": Command(_cmd_contacts)}


def _cmd_contacts(db, args) -> int:
    from delegation_planner.domain.messages import CONTACT_KINDS, check_lang, choice_label
    from delegation_planner.services.logistics import list_contacts

    lang = check_lang(getattr(args, "ui_lang", None) or "en")
    rows = list_contacts(db, args.trip_id)  # "no trip with id N" rather than an empty list
    if not rows:
        print("Chưa có đầu mối hậu cần." if lang == "vi" else "No logistics contacts yet.", file=sys.stderr)
    for c in rows:
        parts = [choice_label(CONTACT_KINDS, c.kind, lang), c.name, c.phone, c.address]
        print(f"{c.id:>5}  " + "  ·  ".join(visible(p) for p in parts if p))
        if c.notes.strip():
            print("       " + visible(" ".join(c.notes.split())))
    return 0
