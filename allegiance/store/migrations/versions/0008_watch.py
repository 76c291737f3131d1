"""0008_watch: what `allegiance watch` has seen of the outlets it follows, so a restart goes on where it stopped.

``watch_sources`` holds one row per line of a SOURCES file (its URL) with when it was last read and what
that round gave; ``watch_urls`` one row per URL fetched or listed (feeds, sitemaps, pages): its kind, the
validators of its last answer (ETag, Last-Modified) for conditional requests, the hash of the text read
from it, its status and the article it gave.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_watch"
down_revision = "0007_time_bounds"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "watch_sources",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("last_read", sa.DateTime(timezone=True)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("error", sa.Text),
        sa.Column("listed", sa.Integer, nullable=False),
        sa.Column("new", sa.Integer, nullable=False),
        sa.Column("changed", sa.Integer, nullable=False),
        sa.Column("filtered", sa.Integer, nullable=False),
        sa.Column("failed", sa.Integer, nullable=False),
        sa.Column("total_new", sa.Integer, nullable=False),
    )
    op.create_table(
        "watch_urls",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("content_hash", sa.String(64)),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="SET NULL")),
        sa.Column("error", sa.Text),
    )
    op.create_index("ix_watch_urls_source_status", "watch_urls", ["source", "status"])


def downgrade() -> None:
    op.drop_index("ix_watch_urls_source_status", table_name="watch_urls")
    op.drop_table("watch_urls")
    op.drop_table("watch_sources")
