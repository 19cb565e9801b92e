"""the gifts register: gifts given and received during a visit

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

``gift``: what was given or received (``direction``), at which engagement (SET NULL), to or from whom
(a person of the directory, SET NULL, or ``counterpart`` in words), who on our side, the date, the
officer's estimate in whole units of ``currency``, what became of it (``disposition``), when the written
report of a received gift was filed (``reported_on``), notes; uuid and version like the other records.
A new, independent table (ON DELETE CASCADE with its trip): no rebuild of another one.
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'gift',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('trip_id', sa.Integer(), nullable=False),
        sa.Column('engagement_id', sa.Integer(), nullable=True),
        sa.Column('direction', sa.String(32), nullable=False),
        sa.Column('description', sa.String(500), nullable=False),
        sa.Column('counterpart_id', sa.Integer(), nullable=True),
        sa.Column('counterpart', sa.String(), nullable=False),
        sa.Column('our_person_id', sa.Integer(), nullable=True),
        sa.Column('given_on', sa.Date(), nullable=True),
        sa.Column('estimated_value', sa.Integer(), nullable=True),
        sa.Column('currency', sa.String(3), nullable=False),
        sa.Column('disposition', sa.String(32), nullable=False),
        sa.Column('reported_on', sa.Date(), nullable=True),
        sa.Column('notes', sa.String(), nullable=False),
        sa.Column('uuid', sa.String(36), nullable=False),
        sa.Column('version', sa.Integer(), server_default='1', nullable=False),
        sa.ForeignKeyConstraint(['trip_id'], ['trip.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['counterpart_id'], ['person.id'], ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['our_person_id'], ['person.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id'),
    )
    for column in ('trip_id', 'engagement_id', 'counterpart_id', 'our_person_id'):
        op.create_index(f'ix_gift_{column}', 'gift', [column], unique=False)
    op.create_index('ix_gift_uuid', 'gift', ['uuid'], unique=True)


def downgrade() -> None:
    op.drop_table('gift')
