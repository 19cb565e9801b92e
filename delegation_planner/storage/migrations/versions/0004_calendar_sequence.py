"""calendar SEQUENCE counters

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

``calendar_sequence``: per engagement ``uuid``, the SEQUENCE its calendar event was last
exported with and a fingerprint (SHA-256, hex) of that event's time, place and status
(services.exchange.calendar_sequences). A new, independent table: no rebuild of another one.
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_sequence",
        sa.Column("engagement_uuid", sa.String(36), primary_key=True),
        sa.Column("sequence", sa.Integer, nullable=False, server_default="0"),
        sa.Column("fingerprint", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("calendar_sequence")
