"""Search everything: the full-text search the search dialog runs."""
from __future__ import annotations

from delegation_planner.services import search_view
from delegation_planner.services.search_view import SearchRow
from delegation_planner.ui.context import UiContext

__all__ = ["SearchRow", "search_rows"]


def search_rows(ctx: UiContext, text: str, limit: int, *, trip_id: int | None = None) -> list[SearchRow]:
    """At most ``limit`` notes, commitments and people matching ``text`` (SQLite FTS5)."""
    return search_view.search_rows(ctx.db, text, limit, trip_id=trip_id)
