"""0004_derived: facts, their sources and parties, memberships and moves stored, so the record answers at scale.

Until 0003 facts, memberships and flows were computed from every event on
each question, which is fine for a desk-sized record and far too slow with
a million events. From 0004 they are tables rebuilt by ``record.derive.refresh_record``
after every ingest and correction. A database upgraded from an older revision
has events but empty derived tables: the upgrade notes ``derived_stale`` in
``record_meta`` and ``record.derive.open_record`` rebuilds them once, in full.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_derived"
down_revision = "0003_query_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "facts",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("subject", sa.String(64), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("party", sa.String(64)),
        sa.Column("post", sa.Text),
        sa.Column("counterpart", sa.String(64)),
        sa.Column("action", sa.String(32)),
        sa.Column("house", sa.String(64)),
        sa.Column("seats", sa.Integer),
        sa.Column("scope", sa.Text),
        sa.Column("date", sa.String(10)),
        sa.Column("first_reported", sa.Date),
        sa.Column("day", sa.String(10)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("conflict", sa.Boolean, nullable=False),
        sa.Column("confirmed", sa.Boolean, nullable=False),
        sa.Column("source_count", sa.Integer, nullable=False),
    )
    op.create_index("ix_facts_subject_day", "facts", ["subject", "day"])
    op.create_index("ix_facts_type_day", "facts", ["type", "day"])
    op.create_index("ix_facts_party_day", "facts", ["party", "day"])
    op.create_index("ix_facts_type_action", "facts", ["type", "action"], sqlite_where=sa.text("action IS NOT NULL"),
                    postgresql_where=sa.text("action IS NOT NULL"))  # only coalition acts have one
    op.create_table(
        "fact_sources",
        sa.Column("fact_id", sa.String(16), sa.ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.Integer, nullable=False),
        sa.Column("doc", sa.Text, nullable=False),
        sa.Column("article_id", sa.Integer, nullable=False),
        sa.Column("date", sa.String(10)),
        sa.Column("published", sa.Date),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
    )
    op.create_index("ix_fact_sources_event_id", "fact_sources", ["event_id"])
    op.create_table(
        "fact_parties",
        sa.Column("fact_id", sa.String(16), sa.ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("party", sa.String(64), primary_key=True),
        sa.Column("day", sa.String(10)),
    )
    op.create_index("ix_fact_parties_party_day", "fact_parties", ["party", "day"])
    op.create_table(
        "memberships",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("person", sa.String(64), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("party", sa.String(64), nullable=False),
        sa.Column("start", sa.String(10)),
        sa.Column("start_certain", sa.Boolean, nullable=False),
        sa.Column("end", sa.String(10)),
        sa.Column("end_certain", sa.Boolean, nullable=False),
        sa.Column("opened_by", sa.String(16)),
        sa.Column("closed_by", sa.String(16)),
        sa.Column("disputed", sa.Boolean, nullable=False),
    )
    op.create_index("ix_memberships_person", "memberships", ["person"])
    op.create_index("ix_memberships_party_span", "memberships", ["party", "start", "end"])
    op.create_index("ix_memberships_party_name", "memberships", ["party", "name", "person", "id"])
    op.create_index("ix_memberships_party_end", "memberships", ["party", "end"])
    op.create_table(
        "moves",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("person", sa.String(64), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("from_party", sa.String(64), nullable=False),
        sa.Column("to_party", sa.String(64), nullable=False),
        sa.Column("left_on", sa.String(10), nullable=False),
        sa.Column("leave_fact", sa.String(16), nullable=False),
        sa.Column("join_fact", sa.String(16), nullable=False),
    )
    op.create_index("ix_moves_left_on", "moves", ["left_on"])
    op.create_index("ix_moves_person", "moves", ["person"])
    op.create_index("ix_persons_name", "persons", ["name"])
    # partial: most events have no counterpart, and statistics that count those NULLs as one value would
    # make the planner scan the table for a party's coalition partners (SQLite's ANALYZE does exactly that)
    not_null = sa.text("counterpart IS NOT NULL")
    op.create_index("ix_events_counterpart_date", "events", ["counterpart", "date"], sqlite_where=not_null,
                    postgresql_where=not_null)
    meta = op.create_table("record_meta", sa.Column("key", sa.String(64), primary_key=True),
                           sa.Column("value", sa.Text, nullable=False))
    if op.get_bind().execute(sa.text("SELECT 1 FROM events LIMIT 1")).first() is not None:
        op.bulk_insert(meta, [{"key": "derived_stale", "value": "1"}])


def downgrade() -> None:
    op.drop_index("ix_events_counterpart_date", table_name="events")
    op.drop_index("ix_persons_name", table_name="persons")
    for table in ("record_meta", "moves", "memberships", "fact_parties", "fact_sources", "facts"):
        op.drop_table(table)
