"""the visit as a protocol office runs it: direction, commitment references, logistics contacts, scenarios

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

* ``trip.direction`` (outbound / inbound / domestic, NOT NULL): existing trips are ``outbound``
  (our delegation going abroad, what every trip so far was).
* ``commitment.reference`` (NOT NULL, unique index among the non-empty ones): "CK-<year of the trip's start>-<3-digit
  sequence within that year>"; existing commitments are numbered in id order.
  ``commitment_sequence`` (year -> last number given out) keeps a deleted number from coming back.
* ``commitment.source_document`` (text, NOT NULL, default ''), ``commitment.their_contact_id``
  (person, ON DELETE SET NULL, indexed), ``commitment.completed_date`` (date, NULL).
* ``trip_contact``: logistics contacts of a visit (ON DELETE CASCADE with the trip), with uuid and version.
* ``scenario_step``: an engagement's minute-by-minute scenario (ON DELETE CASCADE with the engagement).

On SQLite ``trip.direction`` is a plain ``ALTER TABLE ADD COLUMN``; commitment is rebuilt (its new key,
see ``_rebuild_sqlite_commitment``), its indexes and FTS5 triggers put back, the CREATE TABLE text the
same on every run (storage.schema_check compares it). The migration
runs inside the one transaction of storage.migrations.upgrade (BEGIN IMMEDIATE on SQLite, stack
pitfalls #11a): a kill half-way leaves revision 0004 intact.
"""
import re

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def _year(value) -> int:
    # A DATE column reads back as a date on PostgreSQL and as 'YYYY-MM-DD' text on SQLite (plain SQL).
    return value.year if hasattr(value, "year") else int(str(value)[:4])


def _assign_references(bind) -> None:
    rows = bind.execute(sa.text(
        "SELECT commitment.id, trip.start_date FROM commitment JOIN trip ON trip.id = commitment.trip_id "
        "ORDER BY commitment.id")).fetchall()
    last: dict[int, int] = {}
    updates = []
    for commitment_id, start in rows:
        year = _year(start)
        last[year] = last.get(year, 0) + 1
        updates.append({"id": commitment_id, "reference": f"CK-{year}-{last[year]:03d}"})
    if updates:
        bind.execute(sa.text("UPDATE commitment SET reference = :reference WHERE id = :id"), updates)
    if last:
        bind.execute(sa.text("INSERT INTO commitment_sequence (year, last) VALUES (:year, :last)"),
                     [{"year": y, "last": n} for y, n in sorted(last.items())])


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql("ALTER TABLE trip ADD COLUMN direction VARCHAR(32) DEFAULT 'outbound' NOT NULL")
        _rebuild_sqlite_commitment(bind, add=True)
    else:
        op.add_column('trip', sa.Column('direction', sa.String(32), server_default='outbound', nullable=False))
        op.add_column('commitment', sa.Column('reference', sa.String(32), server_default='', nullable=False))
        op.add_column('commitment', sa.Column('source_document', sa.String(), server_default='', nullable=False))
        op.add_column('commitment', sa.Column('their_contact_id', sa.Integer(), nullable=True))
        op.create_foreign_key('commitment_their_contact_id_fkey', 'commitment', 'person',
                              ['their_contact_id'], ['id'], ondelete='SET NULL')
        op.add_column('commitment', sa.Column('completed_date', sa.Date(), nullable=True))
    op.create_index('ix_commitment_their_contact_id', 'commitment', ['their_contact_id'], unique=False)

    op.create_table(
        'commitment_sequence',
        sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('last', sa.Integer(), server_default='0', nullable=False),
        sa.PrimaryKeyConstraint('year'),
    )
    _assign_references(bind)
    # Partial: unique among assigned references ('' is a row written around the services, e.g. by
    # devtools.largedb's raw inserts, until it is given one).
    op.create_index('ix_commitment_reference', 'commitment', ['reference'], unique=True,
                    sqlite_where=sa.text("reference != ''"), postgresql_where=sa.text("reference <> ''"))

    op.create_table(
        'trip_contact',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('trip_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(32), nullable=False),
        sa.Column('name', sa.String(300), nullable=False),
        sa.Column('phone', sa.String(), nullable=False),
        sa.Column('address', sa.String(), nullable=False),
        sa.Column('notes', sa.String(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('uuid', sa.String(36), nullable=False),
        sa.Column('version', sa.Integer(), server_default='1', nullable=False),
        sa.ForeignKeyConstraint(['trip_id'], ['trip.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_trip_contact_trip_id', 'trip_contact', ['trip_id'], unique=False)
    op.create_index('ix_trip_contact_uuid', 'trip_contact', ['uuid'], unique=True)

    op.create_table(
        'scenario_step',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('engagement_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('at_time', sa.String(5), nullable=False),
        sa.Column('action', sa.String(), nullable=False),
        sa.Column('performer', sa.String(), nullable=False),
        sa.Column('responsible', sa.String(), nullable=False),
        sa.Column('uuid', sa.String(36), nullable=False),
        sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_scenario_step_engagement_id', 'scenario_step', ['engagement_id'], unique=False)
    op.create_index('ix_scenario_step_uuid', 'scenario_step', ['uuid'], unique=True)


#: The columns and the key migration 0005 adds to commitment on SQLite, as SQLite stores them.
_SQLITE_COMMITMENT_COLUMNS = (
    "reference VARCHAR(32) DEFAULT '' NOT NULL",
    "source_document VARCHAR DEFAULT '' NOT NULL",
    "their_contact_id INTEGER",
    "completed_date DATE",
)
_SQLITE_COMMITMENT_KEY = "FOREIGN KEY(their_contact_id) REFERENCES person (id) ON DELETE SET NULL"
_NEW_COMMITMENT_COLUMNS = ("reference", "source_document", "their_contact_id", "completed_date")


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


def _rebuild_sqlite_commitment(bind, *, add: bool) -> None:
    """SQLite's recipe for a changed table (new table, copy, drop, rename), as in migration 0003.

    ``ALTER TABLE ADD COLUMN ... REFERENCES`` would keep the key inline, where SQLAlchemy's reflection
    does not read its ON DELETE (tests/unit/test_storage.py compares the migrated schema with the
    models), and SQLite cannot DROP a column that is in a key: the table is rebuilt both ways, with the
    new columns before the table's constraints and the key after them. The text is built from the stored
    one, so every run stores the same CREATE TABLE (storage.schema_check compares it). Dropping the
    table drops its indexes and FTS5 triggers (migration 0002): their stored SQL is run again afterwards
    (the search index stays valid: rows keep their ids)."""
    old_sql = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type='table' AND name='commitment'").scalar_one()
    extras = [row[0] for row in bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE tbl_name='commitment' AND type IN ('index', 'trigger') "
        "AND sql IS NOT NULL ORDER BY type, name")]
    old_columns = [row[1] for row in bind.exec_driver_sql('PRAGMA table_info("commitment")')]
    items = _split_top_level(old_sql[old_sql.index("(") + 1:old_sql.rindex(")")])
    columns = [item for item in items if not _CONSTRAINT.match(item)]
    constraints = [item for item in items if _CONSTRAINT.match(item)]
    if add:
        columns += list(_SQLITE_COMMITMENT_COLUMNS)
        constraints.append(_SQLITE_COMMITMENT_KEY)
        copied = old_columns
    else:
        missing = [d for d in _SQLITE_COMMITMENT_COLUMNS if d not in columns]
        if missing or _SQLITE_COMMITMENT_KEY not in constraints:
            raise RuntimeError(f"commitment is not as migration 0005 left it (missing {missing})")
        columns = [c for c in columns if c not in _SQLITE_COMMITMENT_COLUMNS]
        constraints = [c for c in constraints if c != _SQLITE_COMMITMENT_KEY]
        copied = [c for c in old_columns if c not in _NEW_COMMITMENT_COLUMNS]
    tmp = "_alembic_tmp_commitment"
    bind.exec_driver_sql(f'CREATE TABLE "{tmp}" (\n\t' + ", \n\t".join(columns + constraints) + "\n)")
    names = ", ".join(copied)
    bind.exec_driver_sql(f'INSERT INTO "{tmp}" ({names}) SELECT {names} FROM commitment')
    bind.exec_driver_sql("DROP TABLE commitment")
    bind.exec_driver_sql(f'ALTER TABLE "{tmp}" RENAME TO commitment')
    for sql in extras:
        if add or not any(f"ix_commitment_{c} " in sql for c in _NEW_COMMITMENT_COLUMNS):
            bind.exec_driver_sql(sql)


def downgrade() -> None:
    bind = op.get_bind()
    op.drop_table('scenario_step')
    op.drop_table('trip_contact')
    op.drop_table('commitment_sequence')
    op.drop_index('ix_commitment_reference', table_name='commitment')
    op.drop_index('ix_commitment_their_contact_id', table_name='commitment')
    if bind.dialect.name == "sqlite":
        _rebuild_sqlite_commitment(bind, add=False)
        bind.exec_driver_sql("ALTER TABLE trip DROP COLUMN direction")  # no key on it: SQLite drops it in place
        return
    op.drop_constraint('commitment_their_contact_id_fkey', 'commitment', type_='foreignkey')
    for table, column in (("commitment", "completed_date"), ("commitment", "their_contact_id"),
                          ("commitment", "source_document"), ("commitment", "reference"), ("trip", "direction")):
        op.drop_column(table, column)
