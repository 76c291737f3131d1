"""0006_pending_derive: the derivation still to do is stored, so an interrupted ingest is finished later.

Until 0005 an ingest stored its articles (one transaction each) and then rebuilt
the derived record for the articles *that run* stored, and only when it stored
something. Killed (or out of disk) between the two, the re-run found nothing
new and left the record underived for good: persons, facts, memberships and
moves missing, events unlinked. From 0006 each stored article leaves a row in
``pending_articles`` in its own transaction, and ``--reprocess`` notes
``pending_all`` in ``record_meta`` in each transaction that replaces events;
the rebuild deletes them in its own transaction. The next ingest, or any
command that opens the record, finishes what is pending.

A record upgraded from 0005 may already be wrong in that way, and nothing
says which of its articles were left out: the upgrade notes ``pending_all``
(when it has events and is not already due for a full rebuild), so the first
open after the upgrade resolves persons and rebuilds the derived record once.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_pending_derive"
down_revision = "0005_move_cells"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("pending_articles", sa.Column("article_id", sa.Integer, primary_key=True, autoincrement=False))
    bind = op.get_bind()
    has_events = bind.execute(sa.text("SELECT 1 FROM events LIMIT 1")).first() is not None
    stale = bind.execute(sa.text("SELECT 1 FROM record_meta WHERE key = 'derived_stale'")).first() is not None
    if has_events and not stale:
        bind.execute(sa.text("INSERT INTO record_meta (key, value) VALUES ('pending_all', '1')"))


def downgrade() -> None:
    op.execute("DELETE FROM record_meta WHERE key = 'pending_all'")
    op.drop_table("pending_articles")
