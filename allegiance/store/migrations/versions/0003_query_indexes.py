"""0003_query_indexes: indexes for the questions users ask of a large record.

A person's timeline, a party's events in a window and the leave/join events
of a period must stay fast with millions of events: (type, date) and
(party, date) serve the windows, counterpart serves coalition partners.
"""
from __future__ import annotations

from alembic import op

revision = "0003_query_indexes"
down_revision = "0002_views"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_type_date", "events", ["type", "date"])
    op.create_index("ix_events_party_date", "events", ["party", "date"])
    op.create_index("ix_events_counterpart", "events", ["counterpart"])


def downgrade() -> None:
    op.drop_index("ix_events_counterpart", table_name="events")
    op.drop_index("ix_events_party_date", table_name="events")
    op.drop_index("ix_events_type_date", table_name="events")
