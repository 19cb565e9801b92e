"""Full-text search across meeting notes, commitments and people.

The index is SQLite FTS5 (migration 0002), kept in sync by triggers, so every
writer updates it in the same transaction. The user's text never reaches FTS5
as syntax: it is cut into words and each word becomes a quoted prefix term, so
``"``, ``*``, ``AND``, ``NEAR(``, ``-`` or ``:`` are just characters to find,
and a query can never raise an FTS syntax error. All words must match (AND).

Vietnamese: the tokenizer removes diacritics ("nguyen" finds "Nguyễn"), but
"đ" is a letter of its own, so each word is also tried with d ↔ đ swapped
("Duc" finds "Đức").

On a database without the FTS tables (another dialect, or SQLite without FTS5)
the same call falls back to a LIKE scan.
"""
from __future__ import annotations

import logging
import re
import weakref
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc

from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.text import clean_text
from delegation_planner.storage.database import Database

log = logging.getLogger(__name__)

KINDS = ("note", "commitment", "person")
MAX_TERMS = 12
MAX_TERM_LEN = 64
MAX_LIMIT = 1000
SNIPPET_TOKENS = 12

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "note", "commitment", "person"
    id: int
    trip_id: int | None  # None for people (shared across trips)
    snippet: str  # matched words between the markers given to search()
    engagement_id: int | None = None  # for notes (and commitments made in an engagement)
    score: float = 0.0  # bm25: lower is better


def query_terms(query: object) -> list[str]:
    """The words of a user query (at most MAX_TERMS, each at most MAX_TERM_LEN characters)."""
    if not isinstance(query, str):
        return []
    words = _WORD.findall(query.replace("\x00", " "))
    words = [w.replace("_", " ").strip() for w in words]
    out: list[str] = []
    for word in words:
        for part in word.split():
            part = part[:MAX_TERM_LEN]
            if part and part.lower() not in (t.lower() for t in out):
                out.append(part)
    return out[:MAX_TERMS]


def _variants(term: str) -> list[str]:
    # Case is left to the tokenizer (it folds the query exactly as it folded the text;
    # Python's lower() does not always agree, e.g. Cherokee letters).
    variants = [term]
    if "d" in term or "D" in term:
        variants.append(term.replace("d", "đ").replace("D", "Đ"))
    if "đ" in term or "Đ" in term:
        variants.append(term.replace("đ", "d").replace("Đ", "D"))
    return variants


def fts_match_expression(query: object) -> str | None:
    """A safe FTS5 MATCH expression for the user's text, or None when there is no word."""
    terms = query_terms(query)
    if not terms:
        return None
    groups = []
    for term in terms:
        alts = " OR ".join(f'"{v}"*' for v in _variants(term))  # words hold no quote: \w only
        groups.append(f"({alts})")
    return " AND ".join(groups)


def _check_limit(limit: object) -> int:
    if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= MAX_LIMIT:
        raise ValidationError(f"must be a whole number from 1 to {MAX_LIMIT}, not {limit!r}", "limit")
    return limit


_HAS_FTS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def has_fts(db: Database) -> bool:
    """Whether the FTS tables exist (remembered per engine once they do)."""
    if db.engine.dialect.name != "sqlite":
        return False
    if _HAS_FTS.get(db.engine):
        return True
    with db.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name IN ('fts_note','fts_commitment','fts_person')"
        ).scalar()
    found = row == 3
    if found:
        _HAS_FTS[db.engine] = True
    return found


def _sql(kind: str, mark: tuple[str, str], by_trip: bool = False) -> str:
    a, b = (m.replace("'", "''") for m in mark)
    snip = f"snippet({{t}}, -1, '{a}', '{b}', '…', {SNIPPET_TOKENS})"
    if kind == "note":
        t = "fts_note"
        return (f"SELECT 'note', n.id, e.trip_id, {snip.format(t=t)}, n.engagement_id, bm25({t}) AS score "
                f"FROM {t} JOIN meeting_note n ON n.id = {t}.rowid JOIN engagement e ON e.id = n.engagement_id "
                f"WHERE {t} MATCH :q {'AND e.trip_id = :trip' if by_trip else ''} ORDER BY score LIMIT :limit")
    if kind == "commitment":
        t = "fts_commitment"
        return (f"SELECT 'commitment', c.id, c.trip_id, {snip.format(t=t)}, c.engagement_id, bm25({t}) AS score "
                f"FROM {t} JOIN commitment c ON c.id = {t}.rowid "
                f"WHERE {t} MATCH :q {'AND c.trip_id = :trip' if by_trip else ''} ORDER BY score LIMIT :limit")
    t = "fts_person"
    return (f"SELECT 'person', p.id, NULL, {snip.format(t=t)}, NULL, bm25({t}) AS score "
            f"FROM {t} JOIN person p ON p.id = {t}.rowid "
            f"WHERE {t} MATCH :q ORDER BY score LIMIT :limit")


def search(db: Database, query: str, limit: int = 50, *, kinds: tuple[str, ...] = KINDS,
           trip_id: int | None = None, mark: tuple[str, str] = ("[", "]")) -> list[SearchHit]:
    """Best matches first across ``kinds``; at most ``limit`` hits.

    ``trip_id`` keeps notes and commitments of that trip (people are always shared).
    Never raises for odd query text; a bad ``limit`` or kind is a ValidationError.
    """
    limit = _check_limit(limit)
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise ValidationError(f"unknown kind {unknown[0]!r} (one of: {', '.join(KINDS)})", "kinds")
    query = clean_text(query)  # stored text is NFC (domain.text); a Mac's NFD query must match it
    expression = fts_match_expression(query)
    if expression is None:
        return []
    if trip_id is not None and (not isinstance(trip_id, int) or isinstance(trip_id, bool)):
        raise ValidationError(f"must be a trip id, not {trip_id!r}", "trip_id")
    if has_fts(db):
        try:
            hits = _search_fts(db, expression, limit, kinds, mark, trip_id)
        except sa_exc.OperationalError as exc:  # should not happen: the expression is built, not typed
            log.warning("FTS query failed (%s); falling back to LIKE", exc)
            hits = _search_like(db, query_terms(query), limit, kinds, trip_id)
    else:
        hits = _search_like(db, query_terms(query), limit, kinds, trip_id)
    return hits[:limit]


def _search_fts(db: Database, expression: str, limit: int, kinds, mark, trip_id=None) -> list[SearchHit]:
    hits: list[SearchHit] = []
    by_trip = trip_id is not None
    params = {"q": expression, "limit": limit, "trip": trip_id}
    with db.reading() as s:
        for kind in kinds:
            rows = s.execute(sa.text(_sql(kind, mark, by_trip)), params).all()
            hits.extend(SearchHit(k, i, t, snip, e, float(score)) for k, i, t, snip, e, score in rows)
    hits.sort(key=lambda h: (h.score, KINDS.index(h.kind), h.id))
    return hits


def _search_like(db: Database, terms: list[str], limit: int, kinds, trip_id=None) -> list[SearchHit]:
    """Slow path without FTS: every term must appear in one of the indexed columns."""
    from delegation_planner.domain.models import Commitment, Engagement, MeetingNote, Person

    def all_terms(*columns):
        text = columns[0]
        for c in columns[1:]:
            text = text + " " + c
        return sa.and_(*[text.ilike(f"%{t}%") for t in terms])

    hits: list[SearchHit] = []
    with db.reading() as s:
        if "note" in kinds:
            q = (sa.select(MeetingNote.id, Engagement.trip_id, MeetingNote.text, MeetingNote.engagement_id)
                 .join(Engagement, Engagement.id == MeetingNote.engagement_id)
                 .where(all_terms(MeetingNote.text, MeetingNote.author)).limit(limit))
            if trip_id is not None:
                q = q.where(Engagement.trip_id == trip_id)
            hits += [SearchHit("note", i, t, _cut(text), e) for i, t, text, e in s.execute(q).all()]
        if "commitment" in kinds:
            q = (sa.select(Commitment.id, Commitment.trip_id, Commitment.description, Commitment.engagement_id)
                 .where(all_terms(Commitment.description, Commitment.follow_up)).limit(limit))
            if trip_id is not None:
                q = q.where(Commitment.trip_id == trip_id)
            hits += [SearchHit("commitment", i, t, _cut(text), e) for i, t, text, e in s.execute(q).all()]
        if "person" in kinds:
            q = (sa.select(Person.id, Person.full_name)
                 .where(all_terms(Person.full_name, Person.title, Person.bio)).limit(limit))
            hits += [SearchHit("person", i, None, _cut(text)) for i, text in s.execute(q).all()]
    return hits


def _cut(text: str, n: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
