"""Paged listings of stored rows for the API and the pages: a page of articles, one article with its events,
articles by id.

Rows leave as the store's own typed records (`StoredEvent`) or as `ArticleRecord`.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import UnknownArticle
from ..model import Article
from .models import ArticleRow, EventRow
from .queries import StoredEvent, _article, _stored


@dataclass(frozen=True)
class Page:
    """One page of a listing: its items, where it starts, and how many there are in all."""

    items: list
    total: int
    limit: int
    offset: int


@dataclass(frozen=True)
class ArticleRecord:
    """A stored article with its row id and how many events were read from it."""

    id: int
    article: Article
    events: int

    @property
    def title(self) -> str:
        """The article's title, else its first line, else its name."""
        a = self.article
        return a.title or next((line.strip() for line in a.text.splitlines() if line.strip()), "")[:200] or a.doc


def article_page(session: Session, limit: int, offset: int = 0) -> Page:
    """Stored articles, latest published first, with their event counts (text included)."""
    counts = select(EventRow.article_id, func.count(EventRow.id).label("n")).group_by(EventRow.article_id).subquery()
    query = select(ArticleRow, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.article_id == ArticleRow.id) \
        .order_by(ArticleRow.published.is_(None), ArticleRow.published.desc(), ArticleRow.id.desc())
    total = session.scalar(select(func.count(ArticleRow.id))) or 0
    rows = session.execute(query.limit(limit).offset(offset))
    return Page([ArticleRecord(row.id, _article(row), n) for row, n in rows], total, limit, offset)


def get_article(session: Session, article_id: int) -> tuple[ArticleRecord, list[StoredEvent]]:
    """One stored article and its events (with their row ids); UnknownArticle if there is none."""
    row = session.get(ArticleRow, article_id)
    if row is None:
        raise UnknownArticle(f"no article {article_id} in the record")
    events = [_stored(e) for e in session.scalars(select(EventRow).where(EventRow.article_id == article_id)
                                                  .order_by(EventRow.evidence_start, EventRow.id))]
    return ArticleRecord(row.id, _article(row), len(events)), events


def articles_by_id(session: Session, ids: list[int]) -> dict[int, ArticleRecord]:
    """Stored articles by row id (event counts left at 0: callers want the text)."""
    if not ids:
        return {}
    rows = session.scalars(select(ArticleRow).where(ArticleRow.id.in_(sorted(set(ids))[:1000])))
    return {row.id: ArticleRecord(row.id, _article(row), 0) for row in rows}
