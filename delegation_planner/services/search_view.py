"""What the search window shows: full-text hits with their trip's and engagement's titles.

``services.search.search`` finds the hits (FTS5); this module adds the title of each
hit's trip and engagement with one ``IN`` query each over the distinct ids, so the
table model never queries per row.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import sqlalchemy as sa

from delegation_planner.domain.models import Engagement, Trip
from delegation_planner.services.search import KINDS, search
from delegation_planner.storage.database import Database

#: Markers around the matched words in ``SearchRow.snippet``: control characters that
#: cannot come from the service's tokens, so the UI can split on them safely.
MARK = ("\x02", "\x03")


@dataclass(frozen=True)
class SearchRow:
    kind: str  # "note", "commitment", "person"
    id: int
    trip_id: int | None  # None for people
    engagement_id: int | None
    snippet: str  # matched words between MARK[0] and MARK[1]
    trip_title: str | None  # None for people (or a trip deleted meanwhile)
    engagement_title: str | None = None  # the engagement of a note (or of a commitment made there)


def trip_titles(db: Database, trip_ids: Iterable[int | None]) -> dict[int, str]:
    """{trip id: title} for the given ids (unknown ids are left out), in one query."""
    ids = sorted({i for i in trip_ids if i is not None})
    if not ids:
        return {}
    with db.reading() as s:
        return {i: t for i, t in s.execute(sa.select(Trip.id, Trip.title).where(Trip.id.in_(ids))).all()}


def engagement_titles(db: Database, engagement_ids: Iterable[int | None]) -> dict[int, str]:
    """{engagement id: title} for the given ids (unknown ids are left out), in one query."""
    ids = sorted({i for i in engagement_ids if i is not None})
    if not ids:
        return {}
    with db.reading() as s:
        return {i: t for i, t in s.execute(sa.select(Engagement.id, Engagement.title)
                                           .where(Engagement.id.in_(ids))).all()}


def search_rows(db: Database, query: str, limit: int = 200, *, kinds: tuple[str, ...] = KINDS,
                trip_id: int | None = None) -> list[SearchRow]:
    """Best matches first (see ``services.search.search``), each with its trip's and engagement's title.

    Never raises for odd query text; the matched words are between ``MARK`` characters."""
    hits = search(db, query, limit, kinds=kinds, trip_id=trip_id, mark=MARK)
    titles = trip_titles(db, (h.trip_id for h in hits))
    meetings = engagement_titles(db, (h.engagement_id for h in hits))
    return [SearchRow(h.kind, h.id, h.trip_id, h.engagement_id, h.snippet,
                      titles.get(h.trip_id) if h.trip_id is not None else None,
                      meetings.get(h.engagement_id) if h.engagement_id is not None else None) for h in hits]


__all__ = ["MARK", "SearchRow", "engagement_titles", "search_rows", "trip_titles"]
