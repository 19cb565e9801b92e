"""the motorcade: the cars of an engagement's transfer

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

``vehicle``: per engagement (ON DELETE CASCADE) its cars — number in the motorcade, plate, driver,
the driver's phone, notes; uuid and version. Who rides where is proposed from precedence
(domain.motorcade), not stored. A new, independent table: no rebuild of another one.
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'vehicle',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('engagement_id', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('plate', sa.String(40), nullable=False),
        sa.Column('driver', sa.String(300), nullable=False),
        sa.Column('phone', sa.String(100), nullable=False),
        sa.Column('notes', sa.String(), nullable=False),
        sa.Column('uuid', sa.String(36), nullable=False),
        sa.Column('version', sa.Integer(), server_default='1', nullable=False),
        sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_vehicle_engagement_id', 'vehicle', ['engagement_id'], unique=False)
    op.create_index('ix_vehicle_uuid', 'vehicle', ['uuid'], unique=True)


def downgrade() -> None:
    op.drop_table('vehicle')
