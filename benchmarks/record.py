"""The record at scale: ingest throughput and query latency.

    python benchmarks/record.py [--articles 10000] [--events 1000000] [--pg URL]

1. Ingest: a synthetic corpus made from the demo corpus (each article given
   a distinct dateline and a numbered sentence so that every text is new)
   is ingested into a fresh SQLite file with 1 and with 2 processes, each
   run in its own process so that its peak memory (max RSS) is its own.
2. Queries: a record of N synthetic events (real event shapes with made-up
   people, parties and dates, bulk inserted, then the derived record -- facts,
   memberships, moves -- rebuilt in full, timed) on SQLite, and on PostgreSQL
   when a URL is given: the latency of the record's questions as users ask
   them (``record.timeline``, ``record.members`` on a day, ``record.flows`` of
   a month and of a year, a party's joiners in a year, a page of facts) and of
   the stored-event queries (events of a person, of a party in a year).
3. Refresh: the incremental rebuild of one person's derived rows in the
   large record (what an ingest does for each person its article names),
   timed. (Entity resolution, the other half of an ingest's refresh, is not
   part of this figure: the synthetic events come linked to their persons.)
Figures are printed; goals (from the issue): ingest memory flat as the
corpus grows; each query under 100 ms with 1,000,000 events.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def synthetic_corpus(folder: Path, count: int) -> None:
    from allegiance.read import demo_corpus
    from allegiance.read import iter_articles
    from allegiance.model import Article

    base = [a for a in iter_articles([demo_corpus()]) if isinstance(a, Article)]
    for i in range(count):
        a = base[i % len(base)]
        day = a.published.isoformat() if a.published else "2023-01-01"
        (folder / f"{a.doc}-{i:06d}.txt").write_text(f"date {day}\n{a.text}\nReport number {i}.\n", encoding="utf-8")


def _ingest(folder: str, db: str, jobs: int, queue) -> None:
    from allegiance.pipeline import ingest

    start = time.perf_counter()
    report = ingest([folder], f"sqlite:///{db}", jobs=jobs)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    queue.put({"jobs": jobs, "articles": report.new, "events": report.events, "seconds": seconds, "peak_mb": peak / 1024})


def measure_ingest(count: int) -> None:
    ctx = mp.get_context("spawn")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        synthetic_corpus(folder, count)
        print(f"ingest: {count} synthetic articles from the demo corpus")
        print(f"{'jobs':>5}{'articles/s':>12}{'events':>9}{'seconds':>9}{'peak MB':>9}")
        for jobs in (1, 2):
            queue = ctx.Queue()
            proc = ctx.Process(target=_ingest, args=(str(folder), str(Path(tmp) / f"r{jobs}.db"), jobs, queue))
            proc.start()
            row = queue.get()
            proc.join()
            print(f"{row['jobs']:>5}{row['articles'] / row['seconds']:>12.1f}{row['events']:>9}"
                  f"{row['seconds']:>9.1f}{row['peak_mb']:>9.0f}")


PARTIES = ["PTI", "PML-N", "PPP", "MQM-P", "JUI-F", "PML-Q", "IPP", "BAP", "ANP", "JI"]


def published(article: int):
    """A synthetic article's publication day, spread over 2015-2025 (the same for the same article)."""
    from datetime import date, timedelta

    return date(2015, 1, 1) + timedelta(days=(article * 7919) % 4017)


def placed(rng: random.Random, day) -> dict:
    """An event's day as the demo's events have them: about half with a stated day (on or before its
    report), the rest only bounded (mostly "on or before" the report, some "between": "last month")."""
    from datetime import timedelta

    roll = rng.random()
    if roll < 0.47:
        stated = (day - timedelta(days=rng.randint(0, 3))).isoformat()
        return {"date": stated, "date_kind": "exact", "date_after": stated, "date_before": stated}
    if roll < 0.9:
        return {"date": None, "date_kind": "on_or_before", "date_after": None, "date_before": day.isoformat()}
    first = (day.replace(day=1) - timedelta(days=1)).replace(day=1)
    return {"date": None, "date_kind": "between", "date_after": first.isoformat(),
            "date_before": (day.replace(day=1) - timedelta(days=1)).isoformat()}


def fill(url: str, n_events: int) -> None:
    """N synthetic events (and one article per 20 events), bulk inserted: about half dated, the rest
    bounded by their article's day (`placed`), as in the demo record."""
    from sqlalchemy import insert
    from sqlalchemy.orm import Session

    from allegiance.store.engine import open_database
    from allegiance.store.models import ArticleRow, EventRow, PersonRow

    from datetime import datetime, timezone

    rng = random.Random(7)
    now = datetime.now(timezone.utc)
    engine = open_database(url)
    with Session(engine) as session:
        n_articles = max(1, n_events // 20)
        for start in range(0, n_articles, 10000):
            session.execute(insert(ArticleRow), [
                {"doc": f"a{i}", "url": None, "title": None, "published": published(i), "source": None,
                 "content_hash": f"h{i}", "text": "synthetic", "text_offset": 0, "extractor_version": "bench",
                 "ingested_at": now}
                for i in range(start, min(n_articles, start + 10000))])
        session.commit()
        session.execute(insert(PersonRow), [{"id": f"p-{i:06d}", "name": f"Person {i}", "aliases": "[]"}
                                            for i in range(min(50000, n_events))])
        session.commit()
        first = session.query(ArticleRow.id).order_by(ArticleRow.id).first()[0]
        for start in range(0, n_events, 20000):
            rows = []
            for i in range(start, min(n_events, start + 20000)):
                kind = rng.choice(["leave_party", "join_party", "resign_post", "expel", "coalition"])
                rows.append({"article_id": first + i // 20, "doc": f"a{i // 20}", "type": kind,
                             "actor": f"Person {i % 50000}", "party": rng.choice(PARTIES), "counterpart": None,
                             "action": None, "scope": None, "post": None, "seats": None, "house": None,
                             **placed(rng, published(i // 20)),
                             "status": "fact", "confidence": 0.7, "evidence_sentence": "s", "evidence_start": 0,
                             "evidence_end": 1, "rule": "bench", "extractor_version": "bench",
                             "person_id": f"p-{i % min(50000, n_events):06d}"})
            session.execute(insert(EventRow), rows)
            session.commit()
    engine.dispose()


def rebuild_derived(url: str) -> float:
    """Build the derived record (facts, memberships, moves) from the bulk-inserted events; seconds."""
    from sqlalchemy.orm import Session

    from allegiance.record.derive import rebuild
    from allegiance.store.engine import open_database, writer

    engine = open_database(url)
    start = time.perf_counter()
    with Session(writer(engine)) as session, session.begin():
        rebuild(session)
    seconds = time.perf_counter() - start
    with engine.connect() as connection:  # what autovacuum does to a served database: planner statistics
        connection.exec_driver_sql("ANALYZE")
        connection.commit()
    engine.dispose()
    return seconds


def latency(url: str, repeat: int = 20) -> dict[str, tuple[float, float]]:
    """Median and maximum milliseconds of each question over ``repeat`` random instances."""
    from sqlalchemy.orm import Session

    from allegiance.record.query import (count_members, count_possible_members, facts, flow_cell, flow_links, flows,
                                         joiners, members, party_on, possible_members, timeline)
    from allegiance.store.engine import open_database
    from allegiance.store.queries import find_events

    engine = open_database(url)
    timings: dict[str, list[float]] = {}
    rng = random.Random(3)
    with Session(engine) as session:
        for _ in range(repeat):
            person = f"p-{rng.randint(0, 49999):06d}"
            party = rng.choice(PARTIES)
            year = rng.randint(2015, 2025)
            cases = {
                "person timeline": lambda: timeline(session, person),
                "a person's party on a day": lambda: party_on(session, person, f"{year}-06-30"),
                "party members on a day (all)": lambda: members(session, party, f"{year}-06-30"),
                "party members on a day (page)": lambda: (members(session, party, f"{year}-06-30", limit=50),
                                                          count_members(session, party, f"{year}-06-30")),
                "possibly members on a day (page)": lambda: (
                    possible_members(session, party, f"{year}-06-30", limit=50),
                    count_possible_members(session, party, f"{year}-06-30")),
                "flows of a month (all names)": lambda: flows(session, f"{year}-03-01", f"{year}-03-31"),
                "flows of a month (50 names a cell)": lambda: flow_links(session, f"{year}-03-01", f"{year}-03-31"),
                "a month's cell, next 50 names": lambda: flow_cell(session, party, PARTIES[0], f"{year}-03-01",
                                                                   f"{year}-03-31", limit=50, offset=50),
                "flows of a year (all names)": lambda: flows(session, f"{year}-01-01", f"{year}-12-31"),
                "flows of a year (50 names a cell)": lambda: flow_links(session, f"{year}-01-01", f"{year}-12-31"),
                "party joiners in a year": lambda: joiners(session, party, f"{year}-01-01", f"{year}-12-31"),
                "facts page (50) of a party": lambda: facts(session, party=party, since=f"{year}-01-01", limit=50),
                "events of a person": lambda: find_events(session, person=person),
                "events of a party in a year": lambda: find_events(session, party=party, since=f"{year}-01-01",
                                                                   until=f"{year}-12-31", limit=1000),
                "latest events (page of 15)": lambda: find_events(session, limit=15, latest_first=True),
                "events of a month (page of 50)": lambda: find_events(session, since=f"{year}-03-01",
                                                                      until=f"{year}-03-31", limit=50),
            }
            for name, run in cases.items():
                start = time.perf_counter()
                run()
                timings.setdefault(name, []).append((time.perf_counter() - start) * 1000)
    engine.dispose()
    return {name: (statistics.median(values), max(values)) for name, values in timings.items()}


def incremental_refresh(url: str, repeat: int = 10) -> float:
    """Median milliseconds to rebuild one person's facts, memberships and moves in the large record."""
    from sqlalchemy.orm import Session

    from allegiance.record.derive import rebuild
    from allegiance.store.engine import open_database, writer

    engine = open_database(url)
    rng, timings = random.Random(5), []
    for _ in range(repeat):
        start = time.perf_counter()
        with Session(writer(engine)) as session, session.begin():
            rebuild(session, {f"p-{rng.randint(0, 49999):06d}"})
        timings.append((time.perf_counter() - start) * 1000)
    engine.dispose()
    return statistics.median(timings)


def measure_queries(n_events: int, pg: str | None, skip_sqlite: bool = False) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        targets = [] if skip_sqlite else [("SQLite", f"sqlite:///{tmp}/big.db")]
        if pg:
            targets.append(("PostgreSQL", pg))
        print(f"\nqueries: {n_events:,} events (median and max of 20 runs, ms; goal < 100 ms)")
        for label, url in targets:
            start = time.perf_counter()
            fill(url, n_events)
            built = time.perf_counter() - start
            derived = rebuild_derived(url)
            print(f"  {label}: events inserted in {built:.0f} s, derived record rebuilt in full in {derived:.0f} s")
            for name, (median, worst) in latency(url).items():
                print(f"    {name:<36}{median:>9.1f}{worst:>9.1f}")
            print(f"    rebuild of one person's derived rows (incremental refresh): {incremental_refresh(url):.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--pg", default=None, help="a PostgreSQL URL to an empty database for the query benchmark")
    ap.add_argument("--no-sqlite", action="store_true", help="measure the queries on PostgreSQL only")
    args = ap.parse_args()
    if args.articles:
        measure_ingest(args.articles)
    if args.events:
        measure_queries(args.events, args.pg, args.no_sqlite)


if __name__ == "__main__":
    main()
