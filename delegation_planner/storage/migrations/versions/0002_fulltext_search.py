"""full-text search (SQLite FTS5) over notes, commitments and people

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

Three FTS5 tables with *external content* (the text stays only in the real
tables; the index holds tokens):

* ``fts_note``       over ``meeting_note(text, author)``
* ``fts_commitment`` over ``commitment(description, follow_up)``
* ``fts_person``     over ``person(full_name, title, bio)``

Kept in sync by **triggers** written here, not by the services: every writer
(services, bundle import, bulk generators, a future CSV import, foreign-key
cascades deleting notes with their engagement) updates the index in the same
transaction, and nobody can forget to. The tokenizer is ``unicode61
remove_diacritics 2`` so that "Nguyen" finds "Nguyễn" (but note "đ" is its own
letter: "Duc" does not find "Đức"; services.search folds that in the query).

Cost: about 30 µs more per note/commitment/person written (a trigger statement
runs in a statement savepoint, at which FTS5 flushes its pending terms), e.g.
+0.3 s for 10,000 notes in one import; nothing for a single edit the user notices.

On PostgreSQL (a shared office database) the equivalent is its own full-text
search, created by ``create_pg_search()``: the ``unaccent`` extension (trusted
since PostgreSQL 13, so the database owner may create it; skipped when that is
not allowed), a text search configuration ``dp_search`` (the ``simple``
dictionary behind ``unaccent``: "nguyen" and "Duc" find "Nguyễn" and "Đức") and
a GIN index per table over the same columns, on an expression (no trigger, no
extra table: PostgreSQL keeps expression indexes in sync itself).
services.search builds the same expression, so the index is used.

Skipped on other dialects and on SQLite builds without FTS5: services.search
then falls back to LIKE. WARNING for later migrations: a batch (table-rebuild)
migration of meeting_note, commitment or person drops these triggers; recreate
them with ``create_triggers()`` from this module afterwards.
"""
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

TOKENIZER = "unicode61 remove_diacritics 2"

#: fts table -> (content table, indexed columns)
INDEXES = {
    "fts_note": ("meeting_note", ("text", "author")),
    "fts_commitment": ("commitment", ("description", "follow_up")),
    "fts_person": ("person", ("full_name", "title", "bio")),
}


def _fts5_available(bind) -> bool:
    if bind.dialect.name != "sqlite":
        return False
    options = {row[0] for row in bind.exec_driver_sql("PRAGMA compile_options").fetchall()}
    return "ENABLE_FTS5" in options


def trigger_sql(fts: str, table: str, columns) -> list[str]:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    return [
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); END",
        # Only when an indexed column changes (status edits do not touch the index).
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END",
    ]


def create_triggers(bind=None) -> None:
    bind = bind or op.get_bind()
    for fts, (table, columns) in INDEXES.items():
        for suffix in ("ai", "ad", "au"):
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        for sql in trigger_sql(fts, table, columns):
            bind.exec_driver_sql(sql)


# -- PostgreSQL --------------------------------------------------------------------------

PG_CONFIG = "dp_search"

#: index name -> (table, indexed columns): the same columns as the FTS5 tables.
PG_INDEXES = {
    "ix_meeting_note_search": ("meeting_note", ("text", "author")),
    "ix_commitment_search": ("commitment", ("description", "follow_up")),
    "ix_person_search": ("person", ("full_name", "title", "bio")),
}


def pg_document(columns, alias: str | None = None) -> str:
    """The indexed text of a row: its columns joined by spaces (services.search uses the same)."""
    prefix = f"{alias}." if alias else ""
    return " || ' ' || ".join(f"{prefix}{c}" for c in columns)


def pg_vector(columns, alias: str | None = None) -> str:
    """The indexed expression; a query must repeat it exactly for the GIN index to be used."""
    return f"to_tsvector('{PG_CONFIG}'::regconfig, {pg_document(columns, alias)})"


def create_pg_search(bind) -> bool:
    """unaccent (when allowed), the ``dp_search`` configuration and the GIN indexes; idempotent.

    Returns whether the configuration folds accents (unaccent was available)."""
    from sqlalchemy import exc as sa_exc

    installed = bind.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'").first() is not None
    if not installed and bind.exec_driver_sql(
            "SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'").first() is not None:
        try:
            with bind.begin_nested():  # a refusal (no privilege) must not abort the migration
                bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
            installed = True
        except sa_exc.DBAPIError:
            installed = False
    if bind.exec_driver_sql(f"SELECT 1 FROM pg_ts_config WHERE cfgname = '{PG_CONFIG}'").first() is None:
        bind.exec_driver_sql(f"CREATE TEXT SEARCH CONFIGURATION {PG_CONFIG} (COPY = pg_catalog.simple)")
        if installed:
            bind.exec_driver_sql(f"ALTER TEXT SEARCH CONFIGURATION {PG_CONFIG} "
                                 "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple")
    for index, (table, columns) in PG_INDEXES.items():
        bind.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {index} ON {table} USING gin ({pg_vector(columns)})")
    return installed


def drop_pg_search(bind) -> None:
    for index in PG_INDEXES:
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS {index}")
    bind.exec_driver_sql(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {PG_CONFIG}")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        create_pg_search(bind)
        return
    if not _fts5_available(bind):
        return
    for fts, (table, columns) in INDEXES.items():
        bind.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({', '.join(columns)}, "
            f"content='{table}', content_rowid='id', tokenize='{TOKENIZER}')")
        # Index what is already there.
        bind.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    create_triggers(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        drop_pg_search(bind)
        return
    if bind.dialect.name != "sqlite":
        return
    for fts in INDEXES:
        for suffix in ("ai", "ad", "au"):
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        bind.exec_driver_sql(f"DROP TABLE IF EXISTS {fts}")
