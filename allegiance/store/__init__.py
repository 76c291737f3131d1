"""Stage 'store' of the walk (... -> resolve -> store -> derive -> ...): the record in SQLite or PostgreSQL.

- `models`: the tables (their docstring documents the database for users);
- `engine`: `database_url`, `open_database` (migrates, refuses newer schemas), `StoreError`;
- `queries`: articles, events, persons, corrections; `derived`: facts, memberships, moves, the record's
  version; `listing`: paged listings of articles -- SQL lives here and nowhere else;
- `migrations/`: named, ordered Alembic revisions shipped inside the package.
"""
from .engine import StoreError, database_url, open_database
from .queries import ArticleSource, StoredEvent, article_sources, count_rows, find_events

__all__ = ["ArticleSource", "StoreError", "StoredEvent", "article_sources", "count_rows", "database_url",
           "find_events", "open_database"]
