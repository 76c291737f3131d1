"""Stored articles with their text and events."""
from __future__ import annotations

from fastapi import APIRouter, Path, Request

from ...store.listing import article_page, get_article
from ..deps import reading
from ..schemas import MAX_ID, ArticleDetail, ArticleOut, ListParams, PageOut, answer, article_out, event_out, from_page


def make_router(settings) -> APIRouter:
    """The ``/api`` routes of articles, their limits taken from ``settings`` (a `WebSettings`)."""
    router = APIRouter()
    params = ListParams(settings)

    @router.get("/articles", response_model=PageOut[ArticleOut], tags=["articles"])
    def articles(request: Request, limit: int = params.limit, offset: int = params.offset):
        """Stored articles, latest first."""
        with reading(request) as session:
            return answer(from_page(article_page(session, limit, offset), limit, offset, article_out),
                          PageOut[ArticleOut])

    @router.get("/articles/{article_id}", response_model=ArticleDetail, tags=["articles"])
    def article(request: Request, article_id: int = Path(ge=1, le=MAX_ID)):
        """One article: its text and the events read from it."""
        with reading(request) as session:
            record, stored = get_article(session, article_id)
            return answer(ArticleDetail(**article_out(record).model_dump(), text=record.article.text,
                                        text_offset=record.article.offset, event_list=[event_out(s) for s in stored]),
                          ArticleDetail)

    return router
