"""search finds a commitment by its reference and its source document

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

Migration 0002 indexed ``commitment(description, follow_up)``; 0005 added the stable reference
(``CK-2017-004``, the one officers quote in letters) and the source document ("Biên bản ghi nhớ
ký ngày 12/7/2017"). An officer who types either into Search found nothing. This migration
re-creates the commitment index over ``description, follow_up, source_document, reference``:

* SQLite: ``fts_commitment`` (FTS5, external content) dropped with its three triggers, created
  again with the four columns, rebuilt from the rows, and its triggers written by 0002's
  ``trigger_sql`` for the new columns (the same statements, so nothing else changes);
* PostgreSQL: the GIN expression index ``ix_commitment_search`` dropped and created over the four
  columns, the reference with spaces for its hyphens (PostgreSQL's parser reads "-2017" in
  "CK-2017-001" as a signed number, which the word "2017" does not find); services.search
  (``pg_column``) builds the same expression, so the index is used. Skipped where 0002's
  ``dp_search`` configuration is missing (search falls back to ``simple`` there, unindexed).

All four columns are NOT NULL (default ''), so the PostgreSQL concatenation is never NULL.
WARNING for later migrations: a batch rebuild of ``commitment`` drops the FTS triggers; recreate
them from ``COLUMNS`` here (0002's ``INDEXES`` still lists the old two columns, by design: a
migration's behaviour never changes after it shipped).
"""
import importlib.util
from pathlib import Path

from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

FTS = "fts_commitment"
TABLE = "commitment"
COLUMNS = ("description", "follow_up", "source_document", "reference")
OLD_COLUMNS = ("description", "follow_up")
PG_INDEX = "ix_commitment_search"


def _migration_0002():
    path = Path(__file__).with_name("0002_fulltext_search.py")
    spec = importlib.util.spec_from_file_location("_delegation_planner_migration_0002_for_0010", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sqlite_reindex(bind, columns) -> None:
    if bind.exec_driver_sql(f"SELECT 1 FROM sqlite_master WHERE type='table' AND name='{FTS}'").first() is None:
        return  # a build without FTS5: 0002 made no index, search uses LIKE
    m = _migration_0002()
    for suffix in ("ai", "ad", "au"):
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {FTS}_{suffix}")
    bind.exec_driver_sql(f"DROP TABLE {FTS}")
    bind.exec_driver_sql(
        f"CREATE VIRTUAL TABLE {FTS} USING fts5({', '.join(columns)}, "
        f"content='{TABLE}', content_rowid='id', tokenize='{m.TOKENIZER}')")
    bind.exec_driver_sql(f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')")
    for sql in m.trigger_sql(FTS, TABLE, columns):
        bind.exec_driver_sql(sql)


def _pg_reindex(bind, columns) -> None:
    m = _migration_0002()
    if bind.exec_driver_sql(f"SELECT 1 FROM pg_ts_config WHERE cfgname = '{m.PG_CONFIG}'").first() is None:
        return
    bind.exec_driver_sql(f"DROP INDEX IF EXISTS {PG_INDEX}")
    if "reference" in columns:
        document = " || ' ' || ".join("replace(reference, '-', ' ')" if c == "reference" else c for c in columns)
        vector = f"to_tsvector('{m.PG_CONFIG}'::regconfig, {document})"
    else:
        vector = m.pg_vector(columns)
    bind.exec_driver_sql(f"CREATE INDEX {PG_INDEX} ON {TABLE} USING gin ({vector})")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _pg_reindex(bind, COLUMNS)
    elif bind.dialect.name == "sqlite":
        _sqlite_reindex(bind, COLUMNS)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _pg_reindex(bind, OLD_COLUMNS)
    elif bind.dialect.name == "sqlite":
        _sqlite_reindex(bind, OLD_COLUMNS)
