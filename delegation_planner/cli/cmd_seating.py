"""``delegation-planner seating ENGAGEMENT_ID [--layout bilateral|banquet|signing|car] [--propose]``.

Prints an engagement's seating plan, one seat a line: seat number, side (host/guest), name,
stored precedence ("-" when none), then in brackets what the place is when it is not an
ordinary seat at the table (interpreter, behind, witness standing, table 2…; a pinned seat says
"pinned"). Warnings (no interpreter on a side, a pin dropped…) go to stderr. The plan shown is the one
stored with the engagement when the officer has edited it (swapped, pinned, regenerated — in the
window's Seating plan…), rebuilt against the current attendees; else the plan proposed from the
attendees and the delegation's precedence, which stderr says. ``--propose`` prints a fresh proposal,
whatever is stored. Without ``--layout`` the stored plan's layout, else the engagement's kind chooses
(signing ceremony: signing, working meal: banquet, travel: car, else bilateral talks); a ``--layout``
other than the stored plan's shows the proposal for it.
"""
from __future__ import annotations

import sys

from delegation_planner.cli._common import Command, positive_id, visible

LAYOUTS = ("bilateral", "banquet", "signing", "car")

_WORDS = {
    "en": {"host": "host", "guest": "guest", "interpreter": "interpreter", "behind": "behind",
           "witness": "witness, standing", "assistant": "signing assistant", "front": "beside the driver",
           "rear": "rear", "table": "table", "signatory": "signatory", "empty": "(empty)",
           "none": "No attendees: nothing to seat.",
           "proposed": "note: no seating plan is stored for this engagement in this layout; this is the proposed "
                       "plan",
           "pinned": "pinned",
           "warning": "warning", "rear right": "rear right", "rear left": "rear left"},
    "vi": {"host": "chủ nhà", "guest": "khách", "interpreter": "phiên dịch", "behind": "ngồi sau",
           "witness": "chứng kiến, đứng", "assistant": "giúp việc ký", "front": "cạnh lái xe",
           "rear": "hàng sau", "table": "bàn", "signatory": "người ký", "empty": "(trống)",
           "none": "Chưa có người dự: không có ai để xếp chỗ.",
           "proposed": "lưu ý: hoạt động này chưa có sơ đồ chỗ ngồi được lưu theo kiểu sơ đồ này; đây là sơ đồ "
                       "đề xuất",
           "pinned": "giữ chỗ",
           "warning": "cảnh báo", "rear right": "sau bên phải", "rear left": "sau bên trái"},
}


def engagement_id_arg(text: str) -> int:
    return positive_id(text, "ENGAGEMENT_ID", "see 'programme TRIP_ID'")


def register(sub) -> dict[str, Command]:
    p = sub.add_parser("seating", help="print an engagement's seating plan: seat, side, name, precedence "
                                       "(the plan stored with it, else the one proposed from the attendees and "
                                       "the delegation's precedence)")
    p.add_argument("engagement_id", metavar="ENGAGEMENT_ID", type=engagement_id_arg)
    p.add_argument("--layout", choices=LAYOUTS, default=None,
                   help="bilateral talks (one long table), banquet (round tables), signing ceremony, or car "
                        "(default: from the engagement's kind)")
    p.add_argument("--propose", action="store_true",
                   help="print a fresh proposal from the attendees' precedence, ignoring the plan stored with "
                        "the engagement (its swaps and pinned seats); nothing is changed")
    return {"seating": Command(_cmd_seating)}


def _cmd_seating(db, args) -> int:
    from delegation_planner.domain import seating
    from delegation_planner.services.seating import current_seating, propose_seating

    lang = "vi" if getattr(args, "ui_lang", "en") == "vi" else "en"
    words = _WORDS[lang]
    if args.propose:
        proposal = propose_seating(db, args.engagement_id, args.layout)  # a refusal: cli.main says it
    else:
        proposal = current_seating(db, args.engagement_id, args.layout)
        if not proposal.stored:
            print(words["proposed"], file=sys.stderr)
    plan = proposal.plan
    for line in seat_lines(plan, lang):
        print(line)
    for warning in plan.warnings:
        print(f"{words['warning']}: {visible(seating.render(warning.code, warning.params, lang))}", file=sys.stderr)
    return 0


def seat_lines(plan, lang: str = "en") -> list[str]:
    """The plan as aligned columns (seat, side, name, precedence, what the place is), one seat a line."""
    words = _WORDS["vi" if lang == "vi" else "en"]
    rows = []
    for s in plan.seats:
        name = visible(s.occupant.name) if s.occupant else words["empty"]
        precedence = str(s.occupant.precedence) if s.occupant and s.occupant.precedence is not None else "-"
        rows.append((str(s.number), words[s.side], name, precedence, _place(plan, s, words)))
    if not rows:
        return []
    width = [max(len(r[i]) for r in rows) for i in range(3)]
    out = []
    for number, side, name, precedence, place in rows:
        line = f"{number:>{max(4, width[0])}}  {side:<{width[1]}}  {name:<{width[2]}}  {precedence:>3}"
        out.append(line + (f"  ({place})" if place else ""))
    return [line.rstrip() for line in out]


def _place(plan, seat, words) -> str:
    parts = []
    if seat.number in plan.pinned:
        parts.append(words["pinned"])
    if plan.layout == "car":
        parts.insert(0, words["rear right"] if seat.number == 1 else words["rear left"] if seat.number == 2
                     else words["front"])
        return ", ".join(parts)
    if plan.layout == "banquet" and plan.tables > 1:
        parts.append(f"{words['table']} {seat.table}")
    if seat.role == "interpreter":
        parts.append(words["interpreter"])
        if seat.place == "behind":
            parts.append(words["behind"])
    elif seat.role in ("witness", "assistant", "signatory"):
        parts.append(words[seat.role])
    return ", ".join(parts)
