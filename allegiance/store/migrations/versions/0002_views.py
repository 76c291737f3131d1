"""0002_views: the views for the common questions (defections, events with their sources)."""
from __future__ import annotations

from alembic import op

revision = "0002_views"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

# A person's act in one article: the person when resolution has run, else the name as written.
V_DEFECTIONS = """
CREATE VIEW v_defections AS
SELECT j.person_id AS person_id, j.actor AS actor, l.party AS left_party, j.party AS joined_party,
       COALESCE(j.date, l.date) AS date, j.status AS status, j.doc AS doc, j.article_id AS article_id
FROM events j
LEFT JOIN events l
  ON l.article_id = j.article_id AND l.type = 'leave_party' AND lower(l.actor) = lower(j.actor)
 AND (l.party IS NULL OR j.party IS NULL OR l.party <> j.party)
WHERE j.type = 'join_party'
UNION ALL
SELECT l.person_id, l.actor, l.party, NULL, l.date, l.status, l.doc, l.article_id
FROM events l
WHERE l.type = 'leave_party'
  AND NOT EXISTS (SELECT 1 FROM events j
                  WHERE j.article_id = l.article_id AND j.type = 'join_party' AND lower(j.actor) = lower(l.actor)
                    AND (l.party IS NULL OR j.party IS NULL OR l.party <> j.party))
"""

V_EVENTS_WITH_SOURCES = """
CREATE VIEW v_events_with_sources AS
SELECT e.*, a.url AS url, a.title AS title, a.published AS published
FROM events e JOIN articles a ON a.id = e.article_id
"""


def upgrade() -> None:
    """Create the two views; they read only 0001 tables, so old data shows at once."""
    op.execute(V_DEFECTIONS)
    op.execute(V_EVENTS_WITH_SOURCES)


def downgrade() -> None:
    """Drop the views; no data lives in them."""
    op.execute("DROP VIEW v_events_with_sources")
    op.execute("DROP VIEW v_defections")
