"""Database tables (SQLAlchemy Core). Schema changes go through Alembic migrations.

Personal content (case state, timeline data, the vault) is stored encrypted with the case's
own data key; the plain columns hold only what queries need (status, urgency, dates, owner).
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

cases = Table(
    "cases",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("reference", String(16), nullable=False, unique=True),
    Column("owner", String(128), nullable=False),
    Column("status", String(16), nullable=False),
    Column("urgency", String(16), nullable=False),
    Column("sector", String(64), nullable=False),
    Column("opened_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("closed_at", DateTime(timezone=True), nullable=True),
    Column("version", Integer, nullable=False),
    Column("state", Text, nullable=False),  # encrypted
    # The aandachtsfunctionaris's queue: waiting | claimed (NULL: nothing asked), and since when.
    Column("triage", String(16), nullable=True),
    Column("triage_since", DateTime(timezone=True), nullable=True),
)
Index("ix_cases_owner_status", cases.c.owner, cases.c.status)
Index("ix_cases_triage", cases.c.triage, cases.c.triage_since)
Index("ix_cases_status_closed_at", cases.c.status, cases.c.closed_at)

case_events = Table(
    "case_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", String(36), ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("actor", String(128), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("data", Text, nullable=False),  # encrypted
    UniqueConstraint("case_id", "seq", name="uq_case_events_case_seq"),
)

case_posts = Table(
    "case_posts",
    metadata,
    Column("case_id", String(36), ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("platform", String(16), primary_key=True),
    Column("message_ref", Text, nullable=False),
)

Index("ix_case_posts_message_ref", case_posts.c.platform, case_posts.c.message_ref)

seen_events = Table(
    "seen_events",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
)

# Where a platform can be reached proactively (Teams conversation references): ids of
# professionals, teams and channels, never client data.
conversation_refs = Table(
    "conversation_refs",
    metadata,
    Column("key", String(300), primary_key=True),
    Column("data", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

case_keys = Table(
    "case_keys",
    metadata,
    Column("case_id", String(36), primary_key=True),
    Column("kid", String(32), nullable=False),
    Column("wrapped", Text, nullable=False),
)

case_vault = Table(
    "case_vault",
    metadata,
    Column("case_id", String(36), ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("data", Text, nullable=False),  # encrypted
    Column("dossier_index", String(64), nullable=True, index=True),
)

system_keys = Table(
    "system_keys",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("kid", String(32), nullable=False),
    Column("wrapped", Text, nullable=False),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(128), nullable=False),
    Column("action", String(32), nullable=False),
    Column("reference", String(16), nullable=False),
    Column("prev", String(64), nullable=False),
    Column("mac", String(64), nullable=False),
)

audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", Integer, nullable=False),
    Column("mac", String(64), nullable=False),
)

# Reminders: one row per pending reminder of a case (a step, Veilig Thuis's feedback, a waiting
# triage request). ``next_at`` is when the scheduler acts next (NULL: done); a scheduler claims
# due rows for a short lease (``FOR UPDATE SKIP LOCKED`` on PostgreSQL), so that with several
# processes each reminder is sent once. Holds no personal data.
reminders = Table(
    "reminders",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", String(36), ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),  # step | vt_feedback | triage
    Column("step", Integer, nullable=False),  # the step; a triage request's number; 0 for vt_feedback
    Column("stage", String(16), nullable=False),  # due | escalate | done
    Column("due_at", DateTime(timezone=True), nullable=False),
    Column("escalate_at", DateTime(timezone=True), nullable=True),
    Column("next_at", DateTime(timezone=True), nullable=True),
    Column("snoozes", Integer, nullable=False, default=0),
    Column("lease_until", DateTime(timezone=True), nullable=True),
    Column("lease_owner", String(64), nullable=True),
    UniqueConstraint("case_id", "kind", "step", name="uq_reminders_case_kind_step"),
)
Index("ix_reminders_next_at", reminders.c.next_at)
