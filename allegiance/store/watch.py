"""The watch state in the record: what was listed and fetched, its validators, what each source gave.

SQL of `allegiance.watch` lives here (the store is the only place SQL lives). Every function takes a
session; the caller owns the transaction, so a page's state is committed with the article it gave.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import ArticleRow, WatchSourceRow, WatchUrlRow

PENDING = "listed"  # listed by a feed or sitemap, not fetched yet (or fetched by a run that stopped)
RETRIED = (PENDING, "failed")  # a page that failed (timeout, 5xx, network) is tried again next round


@dataclass(frozen=True)
class UrlState:
    """What the record knows of a URL: its validators, the hash of its text and the article it gave."""

    url: str
    kind: str
    status: str
    etag: str | None
    last_modified: str | None
    content_hash: str | None
    article_id: int | None


@dataclass(frozen=True)
class SourceState:
    """A followed source as the dashboard shows it."""

    url: str
    last_read: datetime | None
    status: str
    error: str | None
    listed: int
    new: int
    changed: int
    filtered: int
    failed: int
    total_new: int


def _now() -> datetime:
    return datetime.now(timezone.utc)


def url_state(session: Session, url: str) -> UrlState | None:
    """The stored state of one URL, or None when it was never listed."""
    row = session.get(WatchUrlRow, url)
    if row is None:
        return None
    return UrlState(row.url, row.kind, row.status, row.etag, row.last_modified, row.content_hash, row.article_id)


def note_listed(session: Session, source: str, urls: Iterable[str]) -> int:
    """Remember pages a listing named, so a run stopped before fetching them fetches them next time.

    A URL already known keeps its state (a listing names the same pages round after round);
    returns how many were new.
    """
    now, added = _now(), 0
    for url in dict.fromkeys(urls):
        row = session.get(WatchUrlRow, url)
        if row is None:
            session.add(WatchUrlRow(url=url, source=source, kind="page", status=PENDING, first_seen=now, last_seen=now))
            added += 1
    session.flush()
    return added


def pending_urls(session: Session, source: str) -> list[str]:
    """Pages of a source still to fetch (never fetched, or failed last time), oldest first."""
    query = (select(WatchUrlRow.url).where(WatchUrlRow.source == source, WatchUrlRow.status.in_(RETRIED))
             .order_by(WatchUrlRow.first_seen, WatchUrlRow.url))
    return list(session.scalars(query))


def save_url(session: Session, source: str, url: str, kind: str, status: str, *, etag: str | None = None,
             last_modified: str | None = None, content_hash: str | None = None, article_id: int | None = None,
             error: str | None = None, keep_validators: bool = False) -> None:
    """Write what a fetch of ``url`` found; ``keep_validators`` keeps those of the last full answer (a 304)."""
    now = _now()
    row = session.get(WatchUrlRow, url)
    if row is None:
        row = WatchUrlRow(url=url, source=source, kind=kind, first_seen=now)
        session.add(row)
    row.kind, row.status, row.last_seen, row.error = kind, status, now, error
    if not keep_validators:
        row.etag, row.last_modified = etag, last_modified
    if content_hash is not None:
        row.content_hash = content_hash
    if article_id is not None:
        row.article_id = article_id
    session.flush()


def save_source(session: Session, url: str, *, status: str, error: str | None, listed: int, new: int, changed: int,
                filtered: int, failed: int) -> None:
    """Write what one round gave for a source (and add its new articles to the running total)."""
    row = session.get(WatchSourceRow, url)
    if row is None:
        row = WatchSourceRow(url=url, total_new=0)
        session.add(row)
    row.last_read, row.status, row.error = _now(), status, error
    row.listed, row.new, row.changed, row.filtered, row.failed = listed, new, changed, filtered, failed
    row.total_new = (row.total_new or 0) + new
    session.flush()


def source_last_read(session: Session, url: str) -> datetime | None:
    """When a source was last read, for its own ``every=`` setting."""
    row = session.get(WatchSourceRow, url)
    return row.last_read if row is not None else None


def source_states(session: Session) -> list[SourceState]:
    """Every followed source, most recently read first."""
    rows = session.scalars(select(WatchSourceRow).order_by(WatchSourceRow.last_read.desc(), WatchSourceRow.url))
    return [SourceState(r.url, r.last_read, r.status, r.error, r.listed, r.new, r.changed, r.filtered, r.failed,
                        r.total_new) for r in rows]


def article_with_text(session: Session, digest: str | None) -> int | None:
    """The id of the stored article whose text has this hash, if any (the same article under another URL)."""
    if digest is None:
        return None
    return session.scalar(select(ArticleRow.id).where(ArticleRow.content_hash == digest))
