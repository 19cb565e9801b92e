"""attachments: signed MoUs, programmes and photos attached to an engagement, a commitment or a gift

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

``attachment``: the file's bare name, media type, size, SHA-256 and when it was added, with exactly one
owner (engagement, commitment or gift; ON DELETE CASCADE); ``attachment_data``: its bytes (kept apart
so that listing never reads them). Inside the database rather than in a folder beside it: one file to
back up, restore and move, the bytes written in the same transaction as the record, and the same on a
PostgreSQL server. New, independent tables: no rebuild of another one.
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'attachment',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('engagement_id', sa.Integer(), nullable=True),
        sa.Column('commitment_id', sa.Integer(), nullable=True),
        sa.Column('gift_id', sa.Integer(), nullable=True),
        sa.Column('filename', sa.String(255), nullable=False),
        sa.Column('media_type', sa.String(100), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('sha256', sa.String(64), nullable=False),
        sa.Column('added_at', sa.DateTime(), nullable=False),
        sa.Column('uuid', sa.String(36), nullable=False),
        sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['commitment_id'], ['commitment.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['gift_id'], ['gift.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    for column in ('engagement_id', 'commitment_id', 'gift_id'):
        op.create_index(f'ix_attachment_{column}', 'attachment', [column], unique=False)
    op.create_index('ix_attachment_uuid', 'attachment', ['uuid'], unique=True)
    op.create_table(
        'attachment_data',
        sa.Column('attachment_id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['attachment_id'], ['attachment.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('attachment_id'),
    )


def downgrade() -> None:
    op.drop_table('attachment_data')
    op.drop_table('attachment')
