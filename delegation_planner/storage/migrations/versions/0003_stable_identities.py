"""stable identities, record versions, note times and a change counter

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02

* ``uuid`` (36 characters, NOT NULL, unique index ``ix_<table>_uuid``) on trip,
  engagement, person, organization, delegation_member, meeting_note and
  commitment: the identity a record keeps across export, import, calendar files
  and databases. Existing rows get a random (version 4) UUID, in lower-case text.
* ``version`` (integer, NOT NULL, default 1) on the same tables: SQLAlchemy's
  ``version_id_col``, raised by every ORM update, so that a save based on an
  older read is refused instead of silently overwriting another officer's edit.
* ``meeting_note.taken_at`` (UTC, NOT NULL): when the meeting was held / the note
  taken; existing notes take their ``created_at``.
* ``change_counter``: one row (id 1) whose ``value`` every service transaction
  raises (services._common.unit_of_work), so that another window on the same
  database notices a change by reading one integer.

Portable: plain ALTER TABLE on PostgreSQL; on SQLite the NOT NULL columns need a
rebuild of each table (SQLite's recipe, written out in ``_rebuild_sqlite``: Alembic's
batch mode re-emits foreign keys in a varying order), which drops the FTS5 triggers of migration 0002 on
meeting_note, commitment and person, so they are recreated at the end from 0002's
own ``create_triggers()`` (the indexes stay valid: rows keep their ids).
"""
import importlib.util
import re
import uuid
from pathlib import Path

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

#: Parents first (a rebuild with foreign keys off never touches children anyway).
TABLES = ("trip", "organization", "person", "engagement", "delegation_member", "meeting_note", "commitment")


def _migration_0002():
    path = Path(__file__).with_name("0002_fulltext_search.py")
    spec = importlib.util.spec_from_file_location("_delegation_planner_migration_0002", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _has_fts_tables(bind) -> bool:
    if bind.dialect.name != "sqlite":
        return False
    return bind.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='fts_note'").first() is not None


def _fill_uuids(bind, table: str) -> None:
    ids = [row[0] for row in bind.execute(sa.text(f"SELECT id FROM {table} WHERE uuid IS NULL"))]
    if ids:
        bind.execute(sa.text(f"UPDATE {table} SET uuid = :uuid WHERE id = :id"),
                     [{"uuid": str(uuid.uuid4()), "id": i} for i in ids])


def _new_columns(table: str) -> list[tuple[str, str, str]]:
    """(name, SQLite definition, value copied from the old row) of the columns added to ``table``."""
    cols = [("uuid", "uuid VARCHAR(36) NOT NULL", "uuid"), ("version", "version INTEGER DEFAULT '1' NOT NULL", "1")]
    if table == "meeting_note":
        cols.append(("taken_at", "taken_at DATETIME NOT NULL", "created_at"))
    return cols


def _split_top_level(body: str) -> list[str]:
    items, depth, start = [], 0, 0
    for i, ch in enumerate(body):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append(body[start:i].strip())
            start = i + 1
    items.append(body[start:].strip())
    return [item for item in items if item]


_CONSTRAINT = re.compile(r"^(PRIMARY\s+KEY|FOREIGN\s+KEY|UNIQUE|CHECK|CONSTRAINT)\b", re.IGNORECASE)


def _rebuild_sqlite(bind, table: str) -> None:
    """SQLite's own recipe for a changed table (new table, copy, drop, rename), written out here
    instead of Alembic's batch mode: batch mode re-emits the foreign keys in an order that varies
    from run to run (it walks a set), and storage.schema_check compares the CREATE TABLE text."""
    old_sql = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type='table' AND name=?", (table,)).scalar_one()
    indexes = [row[0] for row in bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name=? AND sql IS NOT NULL ORDER BY name",
        (table,))]
    old_columns = [row[1] for row in bind.exec_driver_sql(f'PRAGMA table_info("{table}")')]
    body = old_sql[old_sql.index("(") + 1:old_sql.rindex(")")]
    items = _split_top_level(body)
    columns = [item for item in items if not _CONSTRAINT.match(item)]
    constraints = [item for item in items if _CONSTRAINT.match(item)]
    added = _new_columns(table)
    tmp = f"_alembic_tmp_{table}"
    bind.exec_driver_sql(f'CREATE TABLE "{tmp}" (\n\t'
                         + ", \n\t".join(columns + [d for _n, d, _v in added] + constraints) + "\n)")
    # The uuids are made in Python (uuid4), on the old table, then copied with the rest.
    bind.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN uuid VARCHAR(36)")
    _fill_uuids(bind, table)
    names = ", ".join(old_columns + [n for n, _d, _v in added])
    values = ", ".join(old_columns + [v for _n, _d, v in added])
    bind.exec_driver_sql(f'INSERT INTO "{tmp}" ({names}) SELECT {values} FROM {table}')
    bind.exec_driver_sql(f"DROP TABLE {table}")
    bind.exec_driver_sql(f'ALTER TABLE "{tmp}" RENAME TO {table}')
    for index_sql in indexes:
        bind.exec_driver_sql(index_sql)
    bind.exec_driver_sql(f"CREATE UNIQUE INDEX ix_{table}_uuid ON {table} (uuid)")


def _alter_portably(bind, table: str) -> None:
    """Plain ALTER TABLE (PostgreSQL and others)."""
    op.add_column(table, sa.Column('uuid', sa.String(length=36), nullable=True))
    op.add_column(table, sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    _fill_uuids(bind, table)
    op.alter_column(table, 'uuid', existing_type=sa.String(length=36), nullable=False)
    if table == "meeting_note":
        op.add_column(table, sa.Column('taken_at', sa.DateTime(), nullable=True))
        bind.execute(sa.text("UPDATE meeting_note SET taken_at = created_at WHERE taken_at IS NULL"))
        op.alter_column(table, 'taken_at', existing_type=sa.DateTime(), nullable=False)
    op.create_index(op.f(f'ix_{table}_uuid'), table, ['uuid'], unique=True)


def upgrade() -> None:
    bind = op.get_bind()
    fts = _has_fts_tables(bind)
    for table in TABLES:
        if bind.dialect.name == "sqlite":
            _rebuild_sqlite(bind, table)
        else:
            _alter_portably(bind, table)

    op.create_table('change_counter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    bind.execute(sa.text("INSERT INTO change_counter (id, value) VALUES (1, 0)"))
    if fts:
        _migration_0002().create_triggers(bind)
    if bind.dialect.name == "postgresql":
        # A PostgreSQL database that went through 0002 before 0002 made PostgreSQL's full-text search
        # objects gets them here (idempotent: nothing changes when they exist).
        _migration_0002().create_pg_search(bind)


def downgrade() -> None:
    bind = op.get_bind()
    op.drop_table('change_counter')
    for table in reversed(TABLES):
        op.drop_index(op.f(f'ix_{table}_uuid'), table_name=table)
        for name, _definition, _value in reversed(_new_columns(table)):
            if bind.dialect.name == "sqlite":  # ALTER TABLE DROP COLUMN (SQLite >= 3.35), keeps the triggers
                bind.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {name}")
            else:
                op.drop_column(table, name)
