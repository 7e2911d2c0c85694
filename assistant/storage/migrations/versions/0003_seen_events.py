"""Platform deliveries already handled (Slack's retries, Teams' resends): de-duplication.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "seen_events",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_case_posts_message_ref", "case_posts", ["platform", "message_ref"])


def downgrade() -> None:
    op.drop_index("ix_case_posts_message_ref", "case_posts")
    op.drop_table("seen_events")
