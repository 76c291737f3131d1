"""Stage 1 of the walk for web archives: WARC / WARC.gz shards in, `Article` records out.

Common Crawl's news crawl and other archives ship millions of pages a month as WARC files; most of
those pages are no concern of a country's political record, so each record passes a filter before
the expensive stages (cheapest test first):

  1. a ``response`` record of an HTTP 200 with an HTML body (requests, metadata, images and
     redirects are skipped);
  2. its host is one of the country's news sites (``data/<country>/domains.txt``, subdomains too);
  3. trafilatura reads the page as for ``.html`` files (`allegiance.read.read_html_article`);
  4. its language is one the extractor reads (py3langid: English, Urdu);
  5. it names a party or a house of the country's registry (the open world of parties still gets its
     new names from such pages) and holds a sentence the extractor's own selection would parse
     (`extractor.select.worth_parsing`): a sports or business page stops here.

Archives are read with FastWARC (measured faster than warcio on the same archives:
benchmarks/warc_readers.py). A shard is a local path or any URL fsspec opens (``s3://``, ``gs://``,
``https://``; s3fs or gcsfs installed for the first two), so a cluster reads archives where they live.
A record cut short (a truncated download) or a shard that cannot be read is reported as a
`ReadProblem` naming the shard and the record's byte offset; the rest of the shard goes on.

An article's ``doc`` and ``url`` are the page's address (WARC-Target-URI), its ``source`` the shard
and the record's offset (``shard@offset``), so every event leads back to the exact archived bytes.
"""
from __future__ import annotations

import os
import re
import zlib
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

import fsspec
import py3langid
from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from .country.registry import DEFAULT_COUNTRY, load_registry
from .extractor.select import worth_parsing
from .model import Article, ReadProblem
from .read import decode_bytes, read_html_article

LANGUAGES = frozenset({"en", "ur"})  # what the extractor reads: English rules and parser, Urdu rules
LANGUAGE_SAMPLE_CHARS = 2_000  # the start of a page tells its language; the rest costs time only
MAX_PAGE_BYTES = 5_000_000  # a larger HTML body is no news article (and would stall trafilatura)


@dataclass
class WarcCounts:
    """What the filter did with a shard's records, stage by stage (the cluster's progress reads it)."""

    records: int = 0   # response records seen
    html: int = 0      # HTTP 200 with an HTML body
    domain: int = 0    # ... on one of the country's news sites
    read: int = 0      # ... with prose trafilatura could read
    language: int = 0  # ... in a language the extractor reads
    kept: int = 0      # ... with a sentence worth parsing: handed to extraction
    problems: list[ReadProblem] = field(default_factory=list)

    def add(self, other: WarcCounts) -> None:
        """Sum another shard's counts into these."""
        for name in ("records", "html", "domain", "read", "language", "kept"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.problems.extend(other.problems)


@dataclass(frozen=True)
class WarcFilter:
    """Which pages of an archive are worth extracting, for one country."""

    domains: frozenset[str]
    names: re.Pattern  # the country's parties and houses, as written
    languages: frozenset[str] = LANGUAGES

    def wants_host(self, url: str) -> bool:
        """Whether the page's host is one of the news sites or a subdomain of one."""
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
        while host:
            if host in self.domains:
                return True
            _label, _dot, host = host.partition(".")
        return False


@lru_cache(maxsize=None)
def country_filter(country: str = DEFAULT_COUNTRY) -> WarcFilter:
    """The filter of a country, from its bundled domain list."""
    path = Path(str(resources.files("allegiance") / "data" / country / "domains.txt"))
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ValueError(f"no news domains for country {country!r} ({path}); add that file, one domain a line") from exc
    domains = frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))
    return WarcFilter(domains, _names_pattern(country))


def _names_pattern(country: str) -> re.Pattern:
    """Every written form of the country's parties and houses, longest first, as whole words."""
    registry = load_registry(country)
    names = {n for party in registry.parties.values() for n in party.all_names()}
    names |= {n for house in registry.houses.values() for n in (house.name, *house.aliases)}
    alternatives = "|".join(re.escape(n) for n in sorted((n for n in names if len(n) > 1), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def iter_warc(shard: str | os.PathLike, country: str = DEFAULT_COUNTRY,
              counts: WarcCounts | None = None) -> Iterator[Article | ReadProblem]:
    """The articles of one WARC shard that pass the filter, in archive order; problems are yielded, not
    raised. A broken stretch (a damaged gzip member, a record cut short in the middle) is reported with its
    offset and reading goes on at the next record found after it. ``counts`` is updated as it is read."""
    name, counts = os.fspath(shard), counts if counts is not None else WarcCounts()
    wanted, start, resynced = country_filter(country), 0, False
    for _attempt in range(MAX_RESYNCS + 1):
        broken = yield from _read_from(name, start, wanted, counts)
        if broken is None:
            return
        problem, failed_at, read_any = broken
        if read_any or not resynced:  # else: the same broken stretch, met again right where we resumed
            counts.problems.append(problem)
            yield problem
        resynced = True
        start = _next_record(name, failed_at + 1) if failed_at is not None else None
        if start is None:
            return


MAX_RESYNCS = 100  # broken stretches in one shard before the rest of it is given up
SYNC_CHUNK = 1 << 20


def _read_from(name: str, start: int, wanted: WarcFilter, counts: WarcCounts,
               ) -> Generator[Article | ReadProblem, None, tuple[ReadProblem, int | None, bool] | None]:
    """Read records from byte ``start`` on; returns (problem, offset of the last record begun, whether any
    was) when the stream breaks, (problem, None, False) when the archive cannot be opened, else None."""
    offset, read_any = start, False
    try:
        opened = _open_at(name, start)
    except (OSError, ValueError) as exc:  # a missing file or bucket, no permission, an unknown protocol
        return ReadProblem(name, f"cannot open this archive ({exc}); check the path or URL"), None, False
    except ImportError as exc:  # s3:// or gs:// without its optional file system
        return ReadProblem(name, f"cannot open this kind of URL ({exc}); install allegiance with the "
                                 "extra for it: pip install 'allegiance[s3]' or 'allegiance[gcs]'"), None, False
    try:
        with opened as stream:
            for record in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
                offset, read_any = start + record.stream_pos, True
                found = _article(record, name, offset, wanted, counts)
                if found is not None:
                    if isinstance(found, ReadProblem):
                        counts.problems.append(found)
                    yield found
    except (OSError, ValueError) as exc:  # fsspec: missing file or bucket; FastWARC: a broken stream
        place = "after the record at this offset" if read_any else "at this offset"
        return (ReadProblem(_where(name, offset), f"the archive is damaged {place} ({exc}); the records after the "
                                                  "damage are read; download the archive again to get it whole"),
                offset, read_any)
    return None


def _next_record(name: str, after: int) -> int | None:
    """The offset of the next record that starts at or after byte ``after``: a gzip member that opens with
    a WARC header (compressed archives), or a line starting a WARC header (plain ones); None at the end."""
    compressed = name.lower().endswith(".gz")
    marker = b"\x1f\x8b\x08" if compressed else b"\nWARC/1."
    try:
        with _open_at(name, after) as stream:
            position, tail = after, b""
            while chunk := stream.read(SYNC_CHUNK):
                data = tail + chunk
                found = data.find(marker)
                while found >= 0:
                    at = position - len(tail) + found + (0 if compressed else 1)
                    if not compressed or _opens_a_record(data[found:found + 4096]):
                        return at
                    found = data.find(marker, found + 1)
                tail = data[-4096:]
                position += len(chunk)
    except (OSError, ValueError, ImportError):
        return None
    return None


def _open_at(name: str, start: int):
    """The archive opened for reading from byte ``start``: a seek where the store allows it, else (an HTTP
    server without range requests) a stream read from the beginning up to there."""
    stream = fsspec.open(name, "rb").open()
    try:
        stream.seek(start)
        if start:
            stream.read(1)  # an HTTP file seeks lazily: the first read after it says whether ranges work
            stream.seek(start)
        return stream
    except ValueError:
        stream.close()
    stream = fsspec.open(name, "rb", block_size=0).open()
    while start > 0 and (skipped := len(stream.read(min(start, SYNC_CHUNK)))):
        start -= skipped
    return stream


def _opens_a_record(head: bytes) -> bool:
    """Whether bytes starting with a gzip header decompress to the start of a WARC record."""
    try:
        return zlib.decompressobj(31).decompress(head, 16).startswith(b"WARC/")
    except zlib.error:
        return False


def _where(shard: str, offset: int) -> str:
    return f"{shard}@{offset}"


def _article(record: WarcRecord, shard: str, offset: int, wanted: WarcFilter,
             counts: WarcCounts) -> Article | ReadProblem | None:
    """The record as an article, a problem (truncated record), or None when the filter drops it."""
    counts.records += 1
    if not _is_html_page(record):
        return None
    counts.html += 1
    url = record.headers.get("WARC-Target-URI") or ""
    if not wanted.wants_host(url):
        return None
    counts.domain += 1
    where = _where(shard, offset)
    body = record.reader.read(MAX_PAGE_BYTES + 1)
    if len(body) < record.content_length and len(body) <= MAX_PAGE_BYTES:
        return ReadProblem(where, f"record is cut short ({len(body):,} of {record.content_length:,} bytes); "
                                  "download the archive again")
    if len(body) > MAX_PAGE_BYTES:
        return None
    return _kept(_page(body, record.http_charset, where, url), wanted, counts)


def _is_html_page(record: WarcRecord) -> bool:
    """An HTTP 200 response with an HTML body."""
    if not record.is_http or record.http_headers.status_code != 200:
        return False
    return (record.http_content_type or "").lower() in ("text/html", "application/xhtml+xml")


def _page(body: bytes, charset: str | None, where: str, url: str) -> Article | ReadProblem | None:
    """The page's article as trafilatura reads it; None when it holds no prose (a menu, an index)."""
    try:
        html = body.decode(charset) if charset else decode_bytes(body)
    except (LookupError, UnicodeDecodeError, ValueError):
        try:
            html = decode_bytes(body)
        except ValueError:
            return None
    found = read_html_article(html, where, url)
    if isinstance(found, ReadProblem):
        return None  # no prose: an index or a gallery page, not worth a report in an archive
    return Article(doc=url, text=found.text, published=found.published, title=found.title, url=url,
                   source=where, offset=found.offset)


def _kept(article: Article | None, wanted: WarcFilter, counts: WarcCounts) -> Article | None:
    """The article when it is in a language the extractor reads and has a sentence worth parsing."""
    if article is None:
        return None
    counts.read += 1
    language, _score = py3langid.classify(article.text[:LANGUAGE_SAMPLE_CHARS])
    if language not in wanted.languages:
        return None
    counts.language += 1
    if not wanted.names.search(article.text) or not worth_parsing(article.text):
        return None
    counts.kept += 1
    return article
