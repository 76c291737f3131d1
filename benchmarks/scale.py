"""Backfill at scale: pages a second serial, on ``local:1`` and on ``local:2``, on the same WARC inputs.

    python benchmarks/scale.py [--pages 240] [--shards 8] [--pg postgresql+psycopg://postgres@127.0.0.1:5432/test]

In one run, each into a fresh PostgreSQL database: a serial ingest (`pipeline.ingest`, pipeline loaded
beforehand), then ``ingest_on_cluster`` on a LocalCluster of 1 and of 2 single-threaded worker processes.
Rates count the run from the first task to the derived record refreshed (the cluster's start and the
workers' pipeline load are printed apart: they are paid once per run, not per page). Printed: pages a
second and each rate relative to the serial run of the same invocation (so a loaded machine still
compares like with like), scaling efficiency (speed-up / workers), the share of the workers' task time
spent in PostgreSQL (lookups and batched writes), peak resident memory per worker, and the time and
workers a decade of Pakistani news would take at the measured per-worker rate.

Inputs: the bundled demo articles (the project's own words) as pages of a Pakistani news site, each copy
made distinct by a line of its own (stored text is deduplicated by hash), in gzipped WARC shards.
"""
from __future__ import annotations

import argparse
import html
import resource
import sys
import tempfile
import time
import uuid
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PG_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
# The volume assumed for "a decade of Pakistani news": ~25 national news sites (data/pk/domains.txt) publishing
# ~220 stories a day each in English and Urdu, about 2 million pages a year archived on those sites; every
# one is read by trafilatura and the filter, and we count every page at the measured cost of a kept one
# (an upper bound: a page the filter drops costs no parse).
DECADE_PAGES = 20_000_000


def write_shards(folder: Path, pages: int, shards: int) -> list[str]:
    """``shards`` gzipped WARC files holding ``pages`` distinct news pages between them."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from allegiance.read import demo_corpus

    texts = [(p.stem, p.read_text("utf-8")) for p in sorted(demo_corpus().glob("*.txt"))]
    paths = [folder / f"shard-{i:03d}.warc.gz" for i in range(shards)]
    handles = [path.open("wb") for path in paths]
    writers = [WARCWriter(handle, gzip=True) for handle in handles]
    for n in range(pages):
        stem, text = texts[n % len(texts)]
        body = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
        page = (f"<html><head><title>{stem}</title></head><body><article><h1>{stem}</h1>{body}"
                f"<p>Archived copy number {n} of this report.</p></article></body></html>").encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer = writers[n % shards]
        writer.write_record(writer.create_warc_record(f"https://www.dawn.com/news/{n}-{stem}", "response",
                                                      payload=BytesIO(page), http_headers=headers))
    for handle in handles:
        handle.close()
    return [str(p) for p in paths]


def fresh_database(admin, name: str) -> str:
    from sqlalchemy import text
    database = f"allegiance_bench_{name}_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{database}"'))
    return admin.url.set(database=database).render_as_string(hide_password=False)


def drop_database(admin, url: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.engine import make_url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))


def run_serial(shards: list[str], url: str) -> tuple[float, float, int]:
    """Seconds and CPU seconds of a serial ingest (pipeline already loaded), and the articles it stored."""
    from allegiance.extractor import get_extractor
    from allegiance.pipeline import ingest
    from allegiance.record.derive import open_record

    from allegiance.read import iter_articles

    get_extractor()
    list(iter_articles(shards[:1]))  # warm the readers (trafilatura, dateparser, the language model), as workers are
    open_record(url).dispose()  # the schema, as the cluster's client makes it before its clock starts
    started, cpu = time.perf_counter(), time.process_time()
    report = ingest(shards, url)
    return time.perf_counter() - started, time.process_time() - cpu, report.new


def run_cluster(shards: list[str], url: str, workers: int):
    from allegiance.cluster import ingest_on_cluster
    return ingest_on_cluster(shards, url, f"local:{workers}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=240)
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--pg", default=PG_DEFAULT, help="a PostgreSQL server's URL (databases are created there)")
    args = parser.parse_args()

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    admin = create_engine(make_url(args.pg), isolation_level="AUTOCOMMIT")
    with tempfile.TemporaryDirectory() as folder:
        shards = write_shards(Path(folder), args.pages, args.shards)
        urls = [fresh_database(admin, name) for name in ("serial", "local1", "local2")]
        try:
            serial_s, serial_cpu, stored = run_serial(shards, urls[0])
            serial_rss = _peak_rss()
            reports = {n: run_cluster(shards, url, n) for n, url in ((1, urls[1]), (2, urls[2]))}
        finally:
            for url in urls:
                drop_database(admin, url)
    admin.dispose()
    print_figures(args, stored, serial_s, serial_cpu, serial_rss, reports)


def _peak_rss() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def print_figures(args, stored: int, serial_s: float, serial_cpu: float, serial_rss: int, reports: dict) -> None:
    serial_rate = args.pages / serial_s
    print(f"inputs: {args.pages} pages in {args.shards} WARC.gz shards; {stored} articles stored per run")
    one_rate = args.pages / reports[1].run_seconds
    print(f"{'run':<9} {'pages/s':>8} {'x serial':>9} {'efficiency':>10} {'x local:1':>10} {'PG share':>9} "
          f"{'startup s':>10} {'peak MB/worker':>15} {'CPU ms/page':>12}")
    print(f"{'serial':<9} {serial_rate:8.1f} {1.0:9.2f} {1.0:10.2f} {'-':>10} {'-':>9} {'-':>10} "
          f"{serial_rss / 2**20:15.0f} {1000 * serial_cpu / args.pages:12.1f}")
    for workers, report in reports.items():
        rate = args.pages / report.run_seconds
        share = report.write_seconds / report.task_seconds if report.task_seconds else 0.0
        peak = max(report.peak_bytes.values(), default=0) / 2**20
        print(f"{'local:' + str(workers):<9} {rate:8.1f} {rate / serial_rate:9.2f} {rate / serial_rate / workers:10.2f} "
              f"{rate / one_rate:10.2f} {share:9.1%} {report.startup_seconds:10.1f} {peak:15.0f} "
              f"{1000 * report.cpu_seconds / args.pages:12.1f}")
    print("CPU ms/page: the workers' CPU time per page (the client's and scheduler's excluded): equal to serial's "
          "means the cluster adds no work per page, so on idle cores pages/s grows with workers")
    print("(serial commits and looks up one article at a time, as `allegiance ingest` does; a cluster worker "
          "does both a batch at a time)")
    widest = reports[max(reports)]
    measured = args.pages / widest.run_seconds / max(reports)
    per_worker = args.pages / widest.cpu_seconds  # a worker on a core of its own: pages per CPU second
    print(f"\na decade of Pakistani news, assumed {DECADE_PAGES:,} pages (~2M a year on ~25 sites), "
          f"at {per_worker:.1f} pages/s per single-core worker on a core of its own "
          f"(its CPU time per page; measured here on shared cores: {measured:.1f} pages/s per worker):")
    for workers in (2, 16, 64, 256):
        hours = DECADE_PAGES / (per_worker * workers) / 3600
        print(f"  {workers:>4} workers: {hours:8.1f} hours ({hours / 24:.1f} days)")
    print(f"  workers for one day: {DECADE_PAGES / (per_worker * 86400):.0f}")


if __name__ == "__main__":
    main()
