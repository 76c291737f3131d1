"""0007_time_bounds: every act placed in time, and who reported each fact first.

Until 0006 an event without a stated day had ``date`` NULL and fell out of
every time window, "latest events" and the flows of a period, though each
was reported on a known day: it happened on or before its article's
publication. From 0007 events and facts carry ``date_kind`` (``exact``,
``between``: the text bounds it, "last week"; ``on_or_before``: only its
report bounds it) and the span ``date_after`` .. ``date_before``; windows
and orderings read that span (new indexes on ``date_before`` replace the
composite ones on ``date``). Facts keep their earliest source
(``first_doc``, ``first_url``); memberships and moves keep the lower bounds
of bounded starts, ends and leaves, and moves say whether the leave's day
is ``exact``.

Existing events are backfilled here from their articles' publication dates
(``exact`` when dated, else ``on_or_before``: the text's bounds are read
by the extractor, so ``ingest --reprocess`` finds the ``between`` ones); the
derived tables are rebuilt once from the events at the first open
(``derived_stale``), as after 0004.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_time_bounds"
down_revision = "0006_pending_derive"
branch_labels = None
depends_on = None

SPAN = (("date_kind", sa.String(16)), ("date_after", sa.String(10)), ("date_before", sa.String(10)))
OLD_EVENT_INDEXES = (("ix_events_type_date", ["type", "date"]), ("ix_events_party_date", ["party", "date"]))
NOT_NULL_COUNTERPART = {"sqlite_where": sa.text("counterpart IS NOT NULL"),
                        "postgresql_where": sa.text("counterpart IS NOT NULL")}


def upgrade() -> None:
    for table in ("events", "facts"):
        for name, kind in SPAN:
            op.add_column(table, sa.Column(name, kind, nullable=True))
    op.add_column("facts", sa.Column("first_doc", sa.Text, nullable=True))
    op.add_column("facts", sa.Column("first_url", sa.Text, nullable=True))
    op.add_column("fact_parties", sa.Column("date_after", sa.String(10), nullable=True))
    op.add_column("memberships", sa.Column("start_after", sa.String(10), nullable=True))
    op.add_column("memberships", sa.Column("end_after", sa.String(10), nullable=True))
    op.add_column("moves", sa.Column("left_after", sa.String(10), nullable=True))
    op.add_column("moves", sa.Column("exact", sa.Boolean, nullable=True))
    _backfill_events()
    _swap_indexes()
    _rebuild_derived_later()


def _backfill_events() -> None:
    op.execute("UPDATE events SET date_kind = 'exact', date_after = date, date_before = date WHERE date IS NOT NULL")
    op.execute("UPDATE events SET date_kind = 'on_or_before', date_before = "
               "(SELECT CAST(articles.published AS VARCHAR(10)) FROM articles WHERE articles.id = events.article_id) "
               "WHERE date IS NULL")


def _swap_indexes() -> None:
    for name, _columns in OLD_EVENT_INDEXES:
        op.drop_index(name, table_name="events")
    op.drop_index("ix_events_counterpart_date", table_name="events")
    op.create_index("ix_events_before", "events", ["date_before"])
    op.create_index("ix_events_type_before", "events", ["type", "date_before"])
    op.create_index("ix_events_party_before", "events", ["party", "date_before"])
    op.create_index("ix_events_counterpart_before", "events", ["counterpart", "date_before"], **NOT_NULL_COUNTERPART)
    op.drop_index("ix_moves_cell", table_name="moves")
    op.create_index("ix_moves_cell", "moves", ["from_party", "to_party", "left_on", "left_after", "exact", "id", "person",
                                               "name"])


def _rebuild_derived_later() -> None:
    bind = op.get_bind()
    has_events = bind.execute(sa.text("SELECT 1 FROM events LIMIT 1")).first() is not None
    stale = bind.execute(sa.text("SELECT 1 FROM record_meta WHERE key = 'derived_stale'")).first() is not None
    if has_events and not stale:
        bind.execute(sa.text("INSERT INTO record_meta (key, value) VALUES ('derived_stale', '1')"))


def downgrade() -> None:
    op.drop_index("ix_moves_cell", table_name="moves")
    op.create_index("ix_moves_cell", "moves", ["from_party", "to_party", "left_on", "id", "person", "name"])
    for name in ("ix_events_before", "ix_events_type_before", "ix_events_party_before",
                 "ix_events_counterpart_before"):
        op.drop_index(name, table_name="events")
    for name, columns in OLD_EVENT_INDEXES:
        op.create_index(name, "events", columns)
    op.create_index("ix_events_counterpart_date", "events", ["counterpart", "date"], **NOT_NULL_COUNTERPART)
    for table, columns in (("moves", ("left_after", "exact")), ("memberships", ("start_after", "end_after")),
                           ("fact_parties", ("date_after",)), ("facts", ("first_doc", "first_url", *(n for n, _ in SPAN))),
                           ("events", tuple(n for n, _ in SPAN))):
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.drop_column(column)
