"""The aandachtsfunctionaris's queue (two columns on cases) and the reminders table.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("triage", sa.String(16), nullable=True))
        batch.add_column(sa.Column("triage_since", sa.DateTime(timezone=True), nullable=True))
    op.create_index("ix_cases_triage", "cases", ["triage", "triage_since"])
    op.create_table(
        "reminders",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("case_id", sa.String(36), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("step", sa.Integer, nullable=False),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("escalate_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("next_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("snoozes", sa.Integer, nullable=False, server_default="0"),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lease_owner", sa.String(64), nullable=True),
        sa.UniqueConstraint("case_id", "kind", "step", name="uq_reminders_case_kind_step"),
    )
    op.create_index("ix_reminders_next_at", "reminders", ["next_at"])


def downgrade() -> None:
    op.drop_index("ix_reminders_next_at", "reminders")
    op.drop_table("reminders")
    op.drop_index("ix_cases_triage", "cases")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("triage_since")
        batch.drop_column("triage")
