"""``delegation-planner search TEXT [--trip TRIP_ID]``: full-text search from the command line.

The same search as the GUI's search window (``services.search_view``) on either engine: SQLite's
FTS5 index or PostgreSQL's full-text search with ``unaccent``; accents and "đ" are ignored
("nguyen duc" finds "Nguyễn Đức"), every word must match, a word matches as a prefix.

One hit per line, tab-separated, best first::

    KIND <TAB> TRIP <TAB> TITLE: SNIPPET

KIND is note, commitment or person; TRIP the trip's id (``-`` for people, who are shared by all
trips); TITLE the engagement of a note or commitment (or the trip's title when there is none); the
matched words are between ``[`` and ``]``. No hit: nothing on stdout, a line on stderr, exit 0.
"""
from __future__ import annotations

import sys

from delegation_planner.cli._common import Command, trip_id_arg, visible

LIMIT = 200


def register(sub) -> dict[str, Command]:
    p = sub.add_parser("search", help="search notes, commitments and people (accents ignored, words as prefixes)")
    p.add_argument("text", metavar="TEXT", help="words to find (all of them must match)")
    p.add_argument("--trip", dest="trip_id", metavar="TRIP_ID", type=trip_id_arg,
                   help="only the notes and commitments of this trip (people are always searched)")
    return {"search": Command(_cmd_search)}


def hit_line(row) -> str:
    """One tab-separated line for a ``services.search_view.SearchRow``."""
    from delegation_planner.services.search_view import MARK

    snippet = row.snippet.replace(MARK[0], "[").replace(MARK[1], "]")
    title = row.engagement_title or (row.trip_title if row.kind != "person" else None)
    text = f"{title}: {snippet}" if title else snippet
    trip = str(row.trip_id) if row.trip_id is not None else "-"
    return "\t".join((row.kind, trip, visible(text)))


def _cmd_search(db, args) -> int:
    from delegation_planner.services.search_view import search_rows
    from delegation_planner.services.trips import get_trip

    if args.trip_id is not None:
        get_trip(db, args.trip_id)  # an unknown trip is one line (NotFoundError), not "no hits"
    rows = search_rows(db, args.text, LIMIT, trip_id=args.trip_id)
    for row in rows:
        print(hit_line(row))
    if not rows:
        print(f"no hits for {visible(args.text)!s}", file=sys.stderr)
    return 0
