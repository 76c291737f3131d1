"""Alembic environment: runs on the connection that ``allegiance.store.engine`` hands over.

There is no alembic.ini and no URL here: the engine module builds the Config in
code and passes an open connection in ``config.attributes["connection"]``, so
migrations run inside that connection's transaction.
"""
from __future__ import annotations

from alembic import context

from allegiance.store.models import Base


def run_migrations() -> None:
    """Upgrade (or downgrade) on the given connection, in one transaction."""
    connection = context.config.attributes["connection"]
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=connection.dialect.name == "sqlite", transaction_per_migration=False)
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
