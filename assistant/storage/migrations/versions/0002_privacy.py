"""Encryption keys, the case vault, system keys, the audit log, and closed_at for retention.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True))
    op.create_index("ix_cases_status_closed_at", "cases", ["status", "closed_at"])
    op.create_table(
        "case_keys",
        sa.Column("case_id", sa.String(36), primary_key=True),
        sa.Column("kid", sa.String(32), nullable=False),
        sa.Column("wrapped", sa.Text, nullable=False),
    )
    op.create_table(
        "case_vault",
        sa.Column("case_id", sa.String(36), sa.ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("dossier_index", sa.String(64), nullable=True),
    )
    op.create_index("ix_case_vault_dossier_index", "case_vault", ["dossier_index"])
    op.create_table(
        "system_keys",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("kid", sa.String(32), nullable=False),
        sa.Column("wrapped", sa.Text, nullable=False),
    )
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(128), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("reference", sa.String(16), nullable=False),
        sa.Column("prev", sa.String(64), nullable=False),
        sa.Column("mac", sa.String(64), nullable=False),
    )
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("mac", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("audit_head")
    op.drop_table("audit_log")
    op.drop_table("system_keys")
    op.drop_index("ix_case_vault_dossier_index", "case_vault")
    op.drop_table("case_vault")
    op.drop_table("case_keys")
    op.drop_index("ix_cases_status_closed_at", "cases")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("closed_at")
