"""FastWARC against warcio on the same archives: records a second, and the ratio.

    python benchmarks/warc_readers.py [--pages 3000] [--repeat 3]

Both read every response record of the same gzipped and plain WARC files the way `allegiance.warc`
does (WARC headers, HTTP status and content type, the whole payload); the best of ``--repeat`` runs
counts. The archives hold the bundled demo articles (the project's own words) as HTML pages, written
with warcio. This is why `allegiance.warc` reads with FastWARC.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.scale import write_shards  # noqa: E402  the same pages as the scale benchmark


def read_fastwarc(path: str) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType
    n = 0
    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
            _ = record.headers.get("WARC-Target-URI"), record.http_headers.status_code, record.http_content_type
            record.reader.read()
            n += 1
    return n


def read_warcio(path: str) -> int:
    from warcio.archiveiterator import ArchiveIterator
    n = 0
    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response":
                continue
            _ = (record.rec_headers.get_header("WARC-Target-URI"), record.http_headers.get_statuscode(),
                 record.http_headers.get_header("Content-Type"))
            record.content_stream().read()
            n += 1
    return n


def best(reader, paths: list[str], repeat: int) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        count = sum(reader(p) for p in paths)
        times.append(time.perf_counter() - started)
    return min(times), count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        paths = write_shards(Path(folder), args.pages, 4)
        fast_s, fast_n = best(read_fastwarc, paths, args.repeat)
        slow_s, slow_n = best(read_warcio, paths, args.repeat)
    assert fast_n == slow_n == args.pages, (fast_n, slow_n)
    print(f"{args.pages} records in 4 WARC.gz files")
    print(f"FastWARC {fast_n / fast_s:10.0f} records/s")
    print(f"warcio   {slow_n / slow_s:10.0f} records/s")
    print(f"FastWARC / warcio: {slow_s / fast_s:.1f}x")


if __name__ == "__main__":
    main()
