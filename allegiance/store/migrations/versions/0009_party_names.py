"""0009_party_names: an event keeps the names of parties the registry lacks.

The world of parties is open: the extractor gives a party it cannot find in
the registry a code made from its name ("Awam Pakistan Party" -> ``APP``) and
keeps the name beside it. Until 0009 the record stored only the code, so a
reader could not tell which party ``APP`` was, nor the registry's keeper what
to add. ``events.party_name`` and ``events.counterpart_name`` hold those names
(NULL for a registry party). ``v_events_with_sources`` is created again so
that PostgreSQL, which expands ``e.*`` when a view is created, lists them too.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_party_names"
down_revision = "0008_watch"
branch_labels = None
depends_on = None

V_EVENTS_WITH_SOURCES = """
CREATE VIEW v_events_with_sources AS
SELECT e.*, a.url AS url, a.title AS title, a.published AS published
FROM events e JOIN articles a ON a.id = e.article_id
"""


def upgrade() -> None:
    """Add the two name columns (NULL for every stored event: they named registry parties or lost the name)."""
    op.execute("DROP VIEW v_events_with_sources")
    op.add_column("events", sa.Column("party_name", sa.Text, nullable=True))
    op.add_column("events", sa.Column("counterpart_name", sa.Text, nullable=True))
    op.execute(V_EVENTS_WITH_SOURCES)


def downgrade() -> None:
    """Drop the names; the codes made from them stay. Plain DROP COLUMN (SQLite 3.35+): a batch copy of
    ``events`` would break ``v_defections``, which reads it."""
    op.execute("DROP VIEW v_events_with_sources")
    op.drop_column("events", "counterpart_name")
    op.drop_column("events", "party_name")
    op.execute(V_EVENTS_WITH_SOURCES)
