"""seating plans stored with the engagement

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

``seating_plan``: at most one per engagement (unique, ON DELETE CASCADE) — the layout and the
settings it was laid out with (interpreters beside/behind, their hand, host side near the door,
seats per table, co-host, driver on the left), uuid and version. ``seating_seat``: every occupied
seat of a plan — seat number, person (ON DELETE CASCADE: a person removed from the directory leaves
no dangling seat; the rules place the seat again), pinned. New, independent tables: no rebuild of
another one.
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'seating_plan',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('engagement_id', sa.Integer(), nullable=False),
        sa.Column('layout', sa.String(16), nullable=False),
        sa.Column('interpreters', sa.String(16), nullable=False),
        sa.Column('interpreter_hand', sa.String(8), nullable=False),
        sa.Column('host_near_door', sa.Boolean(), nullable=False),
        sa.Column('seats_per_table', sa.Integer(), nullable=False),
        sa.Column('co_host', sa.Boolean(), nullable=False),
        sa.Column('driver_on_left', sa.Boolean(), nullable=False),
        sa.Column('uuid', sa.String(36), nullable=False),
        sa.Column('version', sa.Integer(), server_default='1', nullable=False),
        sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_seating_plan_engagement_id', 'seating_plan', ['engagement_id'], unique=True)
    op.create_index('ix_seating_plan_uuid', 'seating_plan', ['uuid'], unique=True)
    op.create_table(
        'seating_seat',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('plan_id', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('pinned', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['plan_id'], ['seating_plan.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('plan_id', 'number', name='uq_seating_seat_plan_number'),
        sa.UniqueConstraint('plan_id', 'person_id', name='uq_seating_seat_plan_person'),
    )
    op.create_index('ix_seating_seat_plan_id', 'seating_seat', ['plan_id'], unique=False)
    op.create_index('ix_seating_seat_person_id', 'seating_seat', ['person_id'], unique=False)


def downgrade() -> None:
    op.drop_table('seating_seat')
    op.drop_table('seating_plan')
