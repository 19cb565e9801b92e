"""Full-text search across meeting notes, commitments and people.

The index is SQLite FTS5 (migration 0002), kept in sync by triggers, so every
writer updates it in the same transaction. The user's text never reaches FTS5
as syntax: it is cut into words and each word becomes a quoted prefix term, so
``"``, ``*``, ``AND``, ``NEAR(``, ``-`` or ``:`` are just characters to find,
and a query can never raise an FTS syntax error. All words must match (AND).

Vietnamese: the tokenizer removes diacritics ("nguyen" finds "Nguyễn"), but
"đ" is a letter of its own, so each word is also tried with d ↔ đ swapped
("Duc" finds "Đức").

On PostgreSQL (a shared office database) the same call uses PostgreSQL's own
full-text search: the text search configuration ``dp_search`` of migration 0002
(``unaccent`` then ``simple``: accents and "đ" folded by the server, on both the
text and the query) over the GIN-indexed expression of that migration, ranked by
``ts_rank``, snippets by ``ts_headline``. Each word is a quoted prefix term joined
with ``&``; a word that PostgreSQL's parser drops entirely (a lone "½") is matched
as a substring instead, so no typed word is silently ignored.

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
        raise ValidationError.of("limit", "whole_number_range", minimum=1, maximum=MAX_LIMIT, value=repr(limit))
    return limit


_HAS_FTS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def has_fts(db: Database) -> bool:
    """Whether the FTS tables exist (remembered per engine once they do); always on PostgreSQL."""
    if db.engine.dialect.name == "postgresql":
        return True
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
        return (f"SELECT 'commitment', c.id, c.trip_id, {snip.format(t=t)}, c.engagement_id, bm25({t}) AS score, "
                f"c.reference, c.description FROM {t} JOIN commitment c ON c.id = {t}.rowid "
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
        raise ValidationError.of("kinds", "unknown_kind", value=repr(unknown[0]), allowed=", ".join(KINDS))
    query = clean_text(query)  # stored text is NFC (domain.text); a Mac's NFD query must match it
    expression = fts_match_expression(query)
    if expression is None:
        return []
    if trip_id is not None and (not isinstance(trip_id, int) or isinstance(trip_id, bool)):
        raise ValidationError.of("trip_id", "not_trip_id", value=repr(trip_id))
    if has_fts(db) and db.engine.dialect.name == "postgresql":
        try:
            hits = _search_pg(db, query_terms(query), limit, kinds, mark, trip_id)
        except sa_exc.DBAPIError as exc:  # should not happen: the query is built, not typed
            log.warning("PostgreSQL full-text query failed (%s); falling back to LIKE", exc)
            hits = _search_like(db, query_terms(query), limit, kinds, trip_id)
    elif has_fts(db):
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
            if kind == "commitment":
                hits.extend(SearchHit(k, i, t, commitment_snippet(snip, ref, text, mark), e, float(score))
                            for k, i, t, snip, e, score, ref, text in rows)
            else:
                hits.extend(SearchHit(k, i, t, snip, e, float(score)) for k, i, t, snip, e, score in rows)
    hits.sort(key=lambda h: (h.score, KINDS.index(h.kind), h.id))
    return hits


def commitment_snippet(snippet: str, reference: str, description: str, mark: tuple[str, str]) -> str:
    """A commitment found by its reference alone shows "[CK-2017-004] · its description": the
    reference's snippet ("[CK]-[2017]-[004]") says nothing of what was promised."""
    plain = snippet.replace(mark[0], "").replace(mark[1], "")
    if not reference or plain not in (reference, reference.replace("-", " ")):  # PostgreSQL's form
        return snippet
    return f"{mark[0]}{reference}{mark[1]} · {_cut(description, 100)}"


# -- PostgreSQL ------------------------------------------------------------------------------

#: A commitment is found by its text, its follow-up, its source document and its reference
#: (migration 0010's index; the order is the snippet's preference: the description first).
COMMITMENT_COLUMNS = ("description", "follow_up", "source_document", "reference")

#: kind -> (table, alias, indexed columns, trip column, engagement column): migrations 0002 and 0010.
_PG_KINDS = {
    "note": ("meeting_note", "n", ("text", "author"), "e.trip_id", "n.engagement_id"),
    "commitment": ("commitment", "c", COMMITMENT_COLUMNS, "c.trip_id", "c.engagement_id"),
    "person": ("person", "p", ("full_name", "title", "bio"), "NULL::integer", "NULL::integer"),
}
_PG_CONFIG: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def pg_config(db: Database) -> str:
    """``dp_search`` (migration 0002: accent-insensitive), or ``simple`` on a PostgreSQL database
    migrated before it existed (accent-sensitive; a warning says so once)."""
    found = _PG_CONFIG.get(db.engine)
    if found is None:
        with db.reading() as s:
            has = s.execute(sa.text("SELECT 1 FROM pg_ts_config WHERE cfgname = 'dp_search'")).first()
        found = "dp_search" if has else "simple"
        if not has:
            log.warning("this PostgreSQL database has no 'dp_search' text search configuration "
                        "(created by migration 0002): search is accent-sensitive there")
        _PG_CONFIG[db.engine] = found
    return found


def pg_column(alias: str, column: str) -> str:
    """A column as PostgreSQL's index reads it. The reference "CK-2017-001" goes in with spaces for
    its hyphens: the parser reads "-2017" as a signed number, which the word "2017" does not find
    (migration 0010 indexes the same expression)."""
    if column == "reference":
        return f"replace({alias}.reference, '-', ' ')"
    return f"{alias}.{column}"


def _pg_document(alias: str, columns) -> str:
    return " || ' ' || ".join(pg_column(alias, c) for c in columns)


def pg_tsquery_text(terms: list[str]) -> str:
    """A to_tsquery() text: every word a quoted prefix term, all of them required."""
    quoted = ("'" + t.replace("\\", "\\\\").replace("'", "''") + "':*" for t in terms)
    return " & ".join(quoted)


def _headline_options(mark: tuple[str, str]) -> str:
    a, b = (m.replace('"', "") for m in mark)
    return (f'StartSel="{a}", StopSel="{b}", MaxWords={SNIPPET_TOKENS}, MinWords=4, ShortWord=0, '
            "MaxFragments=1, FragmentDelimiter=\" … \"")


def _search_pg(db: Database, terms: list[str], limit: int, kinds, mark, trip_id=None) -> list[SearchHit]:
    config = pg_config(db)
    with db.reading() as s:
        # Which words the parser keeps (a word of symbols only, "½", yields no lexeme).
        kept = s.execute(sa.text("SELECT " + ", ".join(
            f"numnode(to_tsquery(CAST(:cfg AS regconfig), :t{i}))" for i in range(len(terms)))),
            {"cfg": config, **{f"t{i}": pg_tsquery_text([t]) for i, t in enumerate(terms)}}).one()
        words = [t for t, n in zip(terms, kept) if n]
        others = [t for t, n in zip(terms, kept) if not n]
        params = {"cfg": config, "q": pg_tsquery_text(words), "limit": limit, "trip": trip_id,
                  "opts": _headline_options(mark), **{f"o{i}": t for i, t in enumerate(others)}}
        hits: list[SearchHit] = []
        for kind in kinds:
            table, a, columns, trip_col, engagement_col = _PG_KINDS[kind]
            document = _pg_document(a, columns)
            vector = f"to_tsvector('{config}'::regconfig, {document})"  # migration 0002's index expression
            where = [f"strpos(lower({document}), lower(:o{i})) > 0" for i in range(len(others))]
            if words:
                where.insert(0, f"{vector} @@ to_tsquery(CAST(:cfg AS regconfig), :q)")
            if trip_id is not None and kind != "person":
                where.append(f"{trip_col} = :trip")
            rank = f"ts_rank({vector}, to_tsquery(CAST(:cfg AS regconfig), :q))" if words else "0.0"
            join = "JOIN engagement e ON e.id = n.engagement_id " if kind == "note" else ""
            if words:  # the snippet of the first column that matches, as FTS5's snippet(-1) picks a column
                cases = " ".join(f"WHEN to_tsvector(CAST(:cfg AS regconfig), {pg_column(a, c)}) @@ "
                                 f"to_tsquery(CAST(:cfg AS regconfig), :q) THEN {pg_column(a, c)}"
                                 for c in columns)
                source = f"CASE {cases} ELSE {document} END"
            else:
                source = document
            extra = f", {a}.reference, {a}.description" if kind == "commitment" else ", '', ''"
            sql = (f"WITH found AS MATERIALIZED (SELECT {a}.id AS id, {trip_col} AS trip_id, "
                   f"{engagement_col} AS engagement_id, {rank} AS rank FROM {table} {a} {join}"
                   f"WHERE {' AND '.join(where)} ORDER BY rank DESC, {a}.id LIMIT :limit) "
                   f"SELECT found.id, found.trip_id, found.engagement_id, found.rank, "
                   f"ts_headline(CAST(:cfg AS regconfig), x.source, to_tsquery(CAST(:cfg AS regconfig), :q), "
                   f":opts), x.source{extra} FROM found JOIN {table} {a} ON {a}.id = found.id, "
                   f"LATERAL (SELECT {source} AS source) x")
            for i, t, e, score, snip, whole, ref, text in s.execute(sa.text(sql), params).all():
                shown = _ellipsis(snip, whole, mark)
                if kind == "commitment":
                    shown = commitment_snippet(shown, ref, text, mark)
                hits.append(SearchHit(kind, i, t, shown, e, -float(score)))
    hits.sort(key=lambda h: (h.score, KINDS.index(h.kind), h.id))
    return hits


def _ellipsis(snippet: str, whole: str, mark: tuple[str, str]) -> str:
    """"…" where ts_headline cut the text (as FTS5's snippet() does)."""
    shown = _WORD.findall(snippet.replace(mark[0], " ").replace(mark[1], " "))
    words = _WORD.findall(whole)
    snippet = " ".join(snippet.split())
    if shown and words[:len(shown)] != shown:
        snippet = "…" + snippet
    if shown and words[-len(shown):] != shown:
        snippet += "…"
    return snippet


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
                 .where(all_terms(*(getattr(Commitment, c) for c in COMMITMENT_COLUMNS))).limit(limit))
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
