"""A copy of the record restricted to the articles published by a day: the record "as it was known then".

Only the extracted layer is copied (articles published on or before the day, their events, the persons
and the analysts' corrections); the derived tables are then rebuilt from it by the same code that derives
the live record (`record.derive.rebuild`), so facts, memberships, moves and coalition state on the copy
are exactly what the record would have said on that day. An article with no publication date cannot be
placed and is left out.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import Engine, Table, insert, select

from .models import ArticleRow, CorrectionRow, EventRow, PersonRow

CHUNK = 5000
Progress = Callable[[str, int], None]


def copy_known_on(source: Engine, target: Engine, day: date, progress: Progress | None = None) -> int:
    """Copy into ``target`` (an empty record at the head revision) what ``source`` knew on ``day``; returns
    how many articles. Rows keep their ids, so event and fact ids read on the copy are the record's own."""
    articles = ArticleRow.__table__
    known = select(articles.c.id).where(articles.c.published.is_not(None), articles.c.published <= day)
    with source.connect() as reading, target.begin() as writing:
        count = _copy(reading, writing, articles, articles.c.id.in_(known), progress)
        _copy(reading, writing, PersonRow.__table__, None, progress)
        _copy(reading, writing, EventRow.__table__, EventRow.__table__.c.article_id.in_(known), progress)
        _copy(reading, writing, CorrectionRow.__table__, None, progress)
    return count


def _copy(reading, writing, table: Table, where, progress: Progress | None) -> int:
    """Copy the rows of ``table`` that ``where`` selects (all when None), by id order, in chunks."""
    query = select(table) if where is None else select(table).where(where)
    done = 0
    result = reading.execution_options(yield_per=CHUNK).execute(query)
    for rows in result.partitions(CHUNK):
        writing.execute(insert(table), [dict(r._mapping) for r in rows])
        done += len(rows)
        if progress is not None:
            progress(table.name, done)
    return done
