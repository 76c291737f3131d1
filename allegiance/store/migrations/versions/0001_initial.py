"""0001_initial: articles, events, persons, corrections and the indexes for common filters."""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the four tables of the record."""
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("doc", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("source", sa.Text),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("text_offset", sa.Integer, nullable=False),
        sa.Column("extractor_version", sa.String(32), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "persons",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("aliases", sa.JSON, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("doc", sa.Text, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("party", sa.String(64)),
        sa.Column("counterpart", sa.String(64)),
        sa.Column("action", sa.String(32)),
        sa.Column("scope", sa.Text),
        sa.Column("post", sa.Text),
        sa.Column("seats", sa.Integer),
        sa.Column("house", sa.String(64)),
        sa.Column("date", sa.String(10)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("evidence_sentence", sa.Text, nullable=False),
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
        sa.Column("rule", sa.String(128), nullable=False),
        sa.Column("extractor_version", sa.String(32), nullable=False),
        sa.Column("person_id", sa.String(64), sa.ForeignKey("persons.id", ondelete="SET NULL")),
    )
    for column in ("type", "party", "date", "actor", "person_id", "article_id"):
        op.create_index(f"ix_events_{column}", "events", [column])
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("payload", sa.JSON),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text),
        sa.CheckConstraint("kind IN ('confirm', 'reject', 'merge', 'split', 'rename')", name="ck_corrections_kind"),
    )


def downgrade() -> None:
    """Drop everything 0001 created (corrections included: downgrade below 0001 empties the record)."""
    for table in ("corrections", "events", "persons", "articles"):
        op.drop_table(table)
