"""Queries of the exports (``allegiance/export.py``): every event with its article, in one query."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import ArticleRow, EventRow
from .queries import ArticleSource, StoredEvent, _stored


def events_with_articles(session: Session) -> list[tuple[StoredEvent, ArticleSource]]:
    """Every stored event with the article it was read from (and its sentence), by event id."""
    query = select(EventRow, ArticleRow).join(ArticleRow, EventRow.article_id == ArticleRow.id).order_by(EventRow.id)
    return [(_stored(e), ArticleSource(article_id=a.id, doc=a.doc, url=a.url, title=a.title, published=a.published,
                                       source=a.source, sentence=e.evidence_sentence, start=e.evidence_start,
                                       end=e.evidence_end))
            for e, a in session.execute(query)]
