"""Stage 4 of a watch: one round over the sources, fetch -> read -> politics filter -> extract -> store.

Per source: its listing is fetched (conditionally) and read (`discover`); the pages it names are noted in
the record as still to fetch in the same transaction that saves the listing's validators, so a round
stopped at any point leaves them for the next one. Then the pages of every source (each page still to
fetch, and each known page a listing names again; at most ``max_pages`` a source) are fetched in one
pool, sources interleaved so that several hosts are read at once, each (conditionally: an unchanged page costs a 304), read by the reader
(`allegiance.read.read_html_page`), kept only when a sentence could carry an event (the extractor's own
selection), extracted, and stored whole:
- a new text is stored as a new article (``pipeline.store_article``);
- a known page whose text changed has its article's text and events swapped in one transaction
  (``pipeline.reread_article``, as ``ingest --reprocess``);
- a text already stored (the same article under another URL) is noted as a duplicate, never stored twice.
The derived record is brought up to date once per round.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from itertools import zip_longest
from datetime import datetime, timedelta, timezone

from sqlalchemy import Engine, exc
from sqlalchemy.orm import Session

from ..country.registry import DEFAULT_COUNTRY
from ..extractor import get_extractor
from ..extractor.select import may_carry_event
from ..extractor.urdu import names_party
from ..model import Article, ReadProblem, counted
from ..pipeline import reread_article, store_article
from ..read import read_html_page
from ..record.derive import finish_pending
from ..store.engine import writer
from ..store.queries import content_hash
from ..store.watch import (UrlState, article_with_text, note_listed, pending_urls, save_source, save_url, source_last_read,
                           url_state)
from .discover import MAX_SITEMAPS, Listing, canonical, read_listing, robots_sitemaps
from .fetch import Fetched, Fetcher
from .sources import Source

GONE = (404, 410)  # a page that is not there is not asked for again (a failure is, next round)
DONE = ("stored", "duplicate", "filtered", "unreadable", "read")  # a page fetched and read, for good or not


@dataclass
class RoundSummary:
    """What one round did, for the terminal and the tests."""

    sources: int = 0
    listed: int = 0
    fetched: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    duplicates: int = 0
    filtered: int = 0
    robots: int = 0
    events: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    stopped: bool = False

    def line(self) -> str:
        """One line for a terminal."""
        text = (f"{counted(self.sources, 'source')}: {self.new} new, {self.changed} changed, {self.unchanged} "
                f"unchanged, {self.duplicates} duplicate, {self.filtered} not political, {self.robots} skipped "
                f"by robots.txt, {len(self.failed)} failed; {counted(self.events, 'event')} stored; "
                f"{counted(self.fetched, 'request')} in {self.seconds:.1f}s")
        return text + ("; stopped early, the rest is kept for the next round" if self.stopped else "")


@dataclass
class _SourceTally:
    listed: int = 0
    new: int = 0
    changed: int = 0
    filtered: int = 0
    failed: int = 0
    error: str | None = None


@dataclass(frozen=True)
class RoundOptions:
    """What a round extracts with and how it may be stopped."""

    country: str = DEFAULT_COUNTRY
    mode: str = "select"
    stop: threading.Event | None = None
    progress: Callable[[RoundSummary, str], None] | None = None
    force: bool = False  # read every source even if its every= says not yet
    max_pages: int = 500  # pages fetched per source and round; the rest stay listed for the next rounds

    def stopping(self) -> bool:
        return self.stop is not None and self.stop.is_set()


def run_round(engine: Engine, sources: Sequence[Source], fetcher: Fetcher,
              options: RoundOptions = RoundOptions()) -> RoundSummary:
    """One round over ``sources`` into the record behind ``engine``; see the module docstring."""
    summary, started = RoundSummary(), time.monotonic()
    work: list[tuple[Source, _SourceTally, list[str]]] = []
    for source in sources:
        if options.stopping():
            summary.stopped = True
            break
        if not options.force and not _due(engine, source):
            continue
        if source.rate:
            fetcher.set_rate(source.url, source.rate)
        summary.sources += 1
        work.append(_list_source(engine, source, fetcher, options, summary))
    _read_pages(engine, work, fetcher, options, summary)
    for source, tally, _urls in work:
        with Session(writer(engine)) as session, session.begin():
            save_source(session, source.url, status="failed" if tally.error else "ok", error=tally.error,
                        listed=tally.listed, new=tally.new, changed=tally.changed, filtered=tally.filtered,
                        failed=tally.failed)
    finish_pending(engine)
    summary.fetched, summary.seconds = fetcher.requests, time.monotonic() - started
    return summary


def _due(engine: Engine, source: Source) -> bool:
    """Whether a source's own ``every=`` lets it be read now."""
    if source.every is None:
        return True
    with Session(engine) as session:
        last = source_last_read(session, source.url)
    if last is None:
        return True
    last = last if last.tzinfo else last.replace(tzinfo=timezone.utc)
    return datetime.now(timezone.utc) - last >= timedelta(seconds=source.every)


def _tell(options: RoundOptions, summary: RoundSummary, what: str) -> None:
    if options.progress is not None:
        options.progress(summary, what)


# --------------------------------------------------------------------------- listings

def _list_source(engine: Engine, source: Source, fetcher: Fetcher, options: RoundOptions,
                 summary: RoundSummary) -> tuple[Source, _SourceTally, list[str]]:
    """A source's pages to fetch this round: those still listed from earlier rounds, then its listing's."""
    tally = _SourceTally()
    _tell(options, summary, f"listing {source.url}")
    listed = _list_pages(engine, source, fetcher, tally)
    with Session(engine) as session:
        todo = list(dict.fromkeys(pending_urls(session, source.url) + listed))[:options.max_pages]
    summary.listed += len(todo)
    tally.listed = len(listed)
    return source, tally, todo


def _list_pages(engine: Engine, source: Source, fetcher: Fetcher, tally: _SourceTally) -> list[str]:
    """Pages the source lists now, each noted in the record; known pages the listing names again are
    returned too (to be fetched conditionally)."""
    queue, seen, pages = [(source.url, "source")], set(), []
    while queue and len(seen) <= MAX_SITEMAPS:
        url, kind = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        listing, error = _fetch_listing(engine, source, url, kind, fetcher)
        if error and url == source.url:
            tally.error = error
        if listing is None:
            continue
        pages += listing.pages
        queue += [(u, "feed") for u in listing.feeds] + [(u, "sitemap") for u in listing.sitemaps]
        if kind == "source" and not listing.pages and not listing.feeds and not listing.sitemaps:
            queue += [(u, "sitemap") for u in robots_sitemaps(fetcher.robots_text(url), url)]
    return list(dict.fromkeys(pages))


def _fetch_listing(engine: Engine, source: Source, url: str, kind: str,
                   fetcher: Fetcher) -> tuple[Listing | None, str | None]:
    """A listing fetched conditionally and read; None when unchanged (304) or failed (with why)."""
    with Session(engine) as session:
        state = url_state(session, url)
    home = state is not None and state.kind == "home"  # its feeds are read each round, so it is too
    fetched = fetcher.get(url, *(_validators(state) if not home else (None, None)))
    if fetched.error or fetched.unchanged:
        with Session(writer(engine)) as session, session.begin():
            save_url(session, source.url, url, state.kind if state else "listing", "robots" if fetched.robots else
                     ("failed" if fetched.error else "read"), error=fetched.error, keep_validators=True,
                     etag=fetched.etag, last_modified=fetched.last_modified)
        return None, fetched.error
    listing = read_listing(fetched.text or "", fetched.url, source.lang)
    with Session(writer(engine)) as session, session.begin():
        note_listed(session, source.url, listing.pages)  # durable before the validators say "seen"
        save_url(session, source.url, url, listing.kind, "read", etag=fetched.etag, last_modified=fetched.last_modified)
    return listing, None


def _validators(state: UrlState | None) -> tuple[str | None, str | None]:
    return (state.etag, state.last_modified) if state is not None else (None, None)


# --------------------------------------------------------------------------- pages

def _read_pages(engine: Engine, work: list[tuple[Source, _SourceTally, list[str]]], fetcher: Fetcher,
                options: RoundOptions, summary: RoundSummary) -> None:
    """Fetch every source's pages in one pool, sources interleaved so that several hosts are fetched at
    once (the fetcher paces each host), and read, filter, extract and store each page here, one at a
    time: a stop lets the page in hand finish and leaves the rest listed for the next run."""
    jobs = [job for batch in zip_longest(*[[(source, tally, url) for url in urls] for source, tally, urls in work])
            for job in batch if job is not None]
    with Session(engine) as session:
        states = {url: url_state(session, url) for _source, _tally, url in jobs}
    pool = ThreadPoolExecutor(max_workers=max(1, fetcher.settings.concurrency))
    try:
        futures: dict[Future, tuple[Source, _SourceTally, str]] = {
            pool.submit(fetcher.get, url, *_validators(_known(states[url]))): (source, tally, url)
            for source, tally, url in jobs}
        for future in as_completed(futures):
            if options.stopping():
                summary.stopped = True
                break
            source, tally, url = futures[future]
            _page(engine, source, url, states[url], future.result(), options, summary, tally)
            _tell(options, summary, url)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _known(state: UrlState | None) -> UrlState | None:
    """Validators are sent only for a page read before (a listed page has none worth sending)."""
    return state if state is not None and state.status in DONE else None


def _page(engine: Engine, source: Source, url: str, state: UrlState | None, fetched: Fetched,
          options: RoundOptions, summary: RoundSummary, tally: _SourceTally) -> None:
    if fetched.robots or fetched.error:
        status = "robots" if fetched.robots else "gone" if fetched.status in GONE else "failed"
        _save(engine, source, url, status, error=fetched.error, keep_validators=True)
        if fetched.robots:
            summary.robots += 1
        else:
            summary.failed.append((url, fetched.error or "failed"))
            tally.failed += 1
        return
    if fetched.unchanged:
        summary.unchanged += 1
        _save(engine, source, url, state.status if state else "read", keep_validators=True)
        return
    read = read_html_page(fetched.text or "", canonical(fetched.url))
    if isinstance(read, ReadProblem):
        summary.failed.append((url, read.message))
        tally.failed += 1
        _save(engine, source, url, "unreadable", fetched, error=read.message)
        return
    _article(engine, source, url, state, fetched, read, options, summary, tally)


def _article(engine: Engine, source: Source, url: str, state: UrlState | None, fetched: Fetched, article: Article,
             options: RoundOptions, summary: RoundSummary, tally: _SourceTally) -> None:
    digest = content_hash(article.text)
    if state is not None and state.content_hash == digest:
        summary.unchanged += 1
        _save(engine, source, url, state.status, fetched)
        return
    if not (may_carry_event(article.text) or names_party(article.text, options.country)):
        summary.filtered += 1
        tally.filtered += 1
        _save(engine, source, url, "filtered", fetched, digest=digest)
        return
    stored = _stored_id(engine, digest)
    if stored is not None:
        summary.duplicates += 1
        _save(engine, source, url, "duplicate", fetched, digest=digest, article_id=stored)
        return
    events = next(iter(get_extractor(options.country, options.mode).extract_many([article])))
    changed = state is not None and state.article_id is not None and _stored_id(engine, state.content_hash) is not None
    try:
        if changed:
            reread_article(engine, state.article_id, article, events)
            article_id = state.article_id
        else:
            article_id = store_article(engine, article, events)
    except exc.IntegrityError:  # stored meanwhile by another writer
        summary.duplicates += 1
        _save(engine, source, url, "duplicate", fetched, digest=digest, article_id=_stored_id(engine, digest))
        return
    summary.events += len(events)
    if changed:
        summary.changed += 1
        tally.changed += 1
    else:
        summary.new += 1
        tally.new += 1
    _save(engine, source, url, "stored", fetched, digest=digest, article_id=article_id)


def _stored_id(engine: Engine, digest: str | None) -> int | None:
    with Session(engine) as session:
        return article_with_text(session, digest)


def _save(engine: Engine, source: Source, url: str, status: str, fetched: Fetched | None = None, *,
          digest: str | None = None, article_id: int | None = None, error: str | None = None,
          keep_validators: bool = False) -> None:
    with Session(writer(engine)) as session, session.begin():
        save_url(session, source.url, url, "page", status, etag=fetched.etag if fetched else None,
                 last_modified=fetched.last_modified if fetched else None, content_hash=digest,
                 article_id=article_id, error=error, keep_validators=keep_validators)
