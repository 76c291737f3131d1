"""Stage 1 of the walk (read -> parse -> extract): user-given paths in, `Article` records out.

Everything a user can point us at is read here and nowhere else: files, folders
(walked recursively, in sorted order, hidden entries skipped) and ``-`` for
stdin. One small generator per format turns decoded text into articles:

- plain text (``.txt``, ``.text``, ``.md``): the publication date comes from a
  leading ``date YYYY-MM-DD`` marker or else from a dateline near the top;
- HTML (``.html``, ``.htm``, ``.xhtml``): trafilatura keeps the main text and
  reads title and date, dropping menus, comments and share buttons;
- JSONL (``.jsonl``, ``.ndjson``): one article per line.

Nothing here raises for bad input: each unreadable input (or JSONL line) is
yielded as a `ReadProblem` whose message says what to do, and the batch goes on.
"""
from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import TextIO

import charset_normalizer
import dateparser
import trafilatura

from .model import Article, ReadProblem
from .settings import MAX_INPUT_BYTES

MAX_BYTES = MAX_INPUT_BYTES  # oversized input limit, overridable per call


def demo_corpus() -> Path:
    """The bundled articles the project wrote itself, with their gold events (gold.jsonl)."""
    return Path(str(resources.files("allegiance") / "data" / "demo"))

STDIN_SOURCE = "<stdin>"
STDIN_DOC = "stdin"

_KINDS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}
_BOMS = (  # UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)

# A dateline is searched for only in the first lines: a date deep in the story is
# what the story is about, not when it was published.
HEAD_LINES = 10
HEAD_CHARS = 800
_MARKER_RE = re.compile(r"\s*date\s+(\d{4}-\d{2}-\d{2})(?=\s|$)\s*")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_DATE_RE = re.compile(
    rf"(?<![\w-])(?:(?P<iso>{_YEAR}-[01]\d-[0-3]\d)"
    rf"|{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+{_MONTH},?\s+{_YEAR})(?!\d)",
    re.IGNORECASE,
)
# No leading \b: scraped pages glue the label to the byline ("Dawn.comPublished").
_LABEL_RE = re.compile(r"(?:published|updated|posted|today[’']s paper|dated?)\W*(?:on\W*)?", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
_LABEL_WINDOW = 25  # a label must sit this close before the date ("Updated On: Thu, 07 Dec 2023")
_LABELLED_LINE_MAX = 120  # longer lines are prose, even if they say "published"
_BARE_WORDS_MAX = 3  # "Tuesday, July 31, 2018", "2022-04-11T14:17:00+05:00 News Desk"
_DATEPARSER_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True}

# Precision over recall: an index page must not turn its menu into an "article". No
# extensive date search: it guesses "2024-01-01" from a copyright line, and a date
# with an invented day is worse than none (the dateline fallback runs instead).
_HTML_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_PROSE_LINE_WORDS = 8
_NO_HTML_TEXT = ("no article text found in this HTML page; save the article page itself "
                 "(not an index, search or login page) or paste its text into a .txt file")


class _Unreadable(Exception):
    """Internal: this input cannot be read; the message becomes a `ReadProblem`."""


# --------------------------------------------------------------------------- entry point

def iter_articles(paths: Sequence[str | os.PathLike], *, max_bytes: int = MAX_BYTES,
                  stdin: TextIO | None = None, archives: bool = True) -> Iterator[Article | ReadProblem]:
    """Every article found under ``paths``, in order, with a `ReadProblem` for each bad input.

    Problems are yielded rather than raised so that one broken file never costs
    the user the rest of a batch; the caller decides how loudly to report them.
    Web archives (``.warc``, ``.warc.gz``, also URLs) go to `allegiance.warc`; a folder's archives are
    read before its other files, unless ``archives`` is False (a cluster reads each as a shard of its own).
    """
    for raw in paths:
        name = os.fspath(raw)
        if is_warc(name):
            found = _read_archives([name])
        elif name == "-":
            found = _read_stdin(stdin if stdin is not None else sys.stdin, max_bytes)
        elif archives and Path(name).is_dir():
            found = chain(_read_archives(folder_archives(Path(name))), _read_path(Path(name), max_bytes))
        else:
            found = _read_path(Path(name), max_bytes)
        for item in found:
            yield _checked(item)


def _read_archives(names: Sequence[str | os.PathLike]) -> Iterator[Article | ReadProblem]:
    from .warc import iter_warc  # web archives: their own reader and filter (FastWARC, fsspec)
    for name in names:
        yield from iter_warc(name)


def folder_archives(folder: Path) -> list[Path]:
    """The web archives under a folder, sorted, hidden entries and symlinked folders skipped as in a walk."""
    found: list[Path] = []
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return found  # the walk of the folder reports it
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            found.extend(folder_archives(Path(entry.path)))
        elif entry.is_file() and is_warc(entry.name):
            found.append(Path(entry.path))
    return found


WARC_SUFFIXES = (".warc", ".warc.gz")


def is_warc(name: str) -> bool:
    """Whether a path or URL names a web archive (``.warc``, ``.warc.gz``), read by `allegiance.warc`."""
    return name.lower().endswith(WARC_SUFFIXES)


def decode_bytes(data: bytes) -> str:
    """Bytes to text as every reader decodes them (BOM, UTF-8, then a detected encoding); raises
    `ValueError` with what to do when they are no text."""
    try:
        return _decode(data)
    except _Unreadable as exc:
        raise ValueError(str(exc)) from exc


def read_html_article(html: str, source: str, doc: str) -> Article | ReadProblem:
    """One HTML page as an article (trafilatura, as for .html files), or the problem that stops it."""
    return _checked(next(_html_articles(html, source, doc)))


# Publication dates outside these bounds are typing errors (0001-01-01, 2230-05-01):
# they would place every relative date ("on Monday") in a year the record cannot hold.
EARLIEST_PUBLISHED = date(1900, 1, 1)
LATEST_AHEAD_DAYS = 2  # a feed in another time zone may be a day ahead
_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """Lone surrogates (from a JSON escape or a bad decode) become U+FFFD, one character for
    one, so that offsets still hold and no tokenizer chokes on them."""
    return _SURROGATE_RE.sub("\ufffd", text)


def _checked(item: Article | ReadProblem) -> Article | ReadProblem:
    """Every article leaves the reader with text any tokenizer takes and a sane date."""
    if isinstance(item, ReadProblem):
        return item
    latest = date.today() + timedelta(days=LATEST_AHEAD_DAYS)
    if item.published is not None and not EARLIEST_PUBLISHED <= item.published <= latest:
        where, _sep, number = (item.source or item.doc).rpartition(":")
        source, line = (where, int(number)) if where and number.isdigit() else (item.source or item.doc, None)
        return ReadProblem(source, f"publication date {item.published.isoformat()} is outside "
                           f"{EARLIEST_PUBLISHED.isoformat()}..{latest.isoformat()}; correct it or leave it out", line)
    fields = {k: without_surrogates(v) for k, v in
              (("text", item.text), ("title", item.title), ("url", item.url), ("doc", item.doc))
              if v is not None and _SURROGATE_RE.search(v)}
    return replace(item, **fields) if fields else item


def _read_path(path: Path, max_bytes: int) -> Iterator[Article | ReadProblem]:
    """One user-given path: a folder is walked, a file read, anything else reported."""
    if path.is_dir():
        for item in _walk(path):
            if isinstance(item, ReadProblem):
                yield item
            else:
                yield from _read_file(item, max_bytes, walked=True)
    elif path.is_file():
        yield from _read_file(path, max_bytes, walked=False)
    elif not os.path.lexists(path):
        yield ReadProblem(str(path), "no such file or folder; check the path")
    else:
        yield ReadProblem(str(path), "not a regular file or folder; give a file, a folder or '-' for stdin")


def _walk(folder: Path) -> Iterator[Path | ReadProblem]:
    """Article files under ``folder``, sorted by name, depth first.

    Hidden entries (".git", ".DS_Store"), README files and files of other kinds
    (".tsv", ".png") are skipped without a word: a folder of articles usually
    holds some.
    Symlinked folders are not followed, so a link loop cannot hang the walk.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        yield ReadProblem(str(folder), f"cannot list this folder ({exc.strerror}); check its permissions")
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name.upper().startswith("README"):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif entry.is_file() and Path(entry.name).suffix.lower() in _KINDS:
            yield Path(entry.path)


# --------------------------------------------------------------------------- files and stdin

def _read_file(path: Path, max_bytes: int, *, walked: bool) -> Iterator[Article | ReadProblem]:
    """Read, decode and dispatch one file by its extension (or by sniffing when it has none we know)."""
    source = str(path)
    try:
        text = _decode(_load(path, max_bytes))
    except _Unreadable as exc:
        yield ReadProblem(source, str(exc))
        return
    kind = _KINDS.get(path.suffix.lower()) or _sniff(text)
    if kind == "jsonl" and walked and _is_annotation_file(text):
        return
    yield from _READERS[kind](text, source, path.stem)


def _load(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; size is checked with stat first so a huge file is never read into memory."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _Unreadable(f"file is larger than {max_bytes:,} bytes; split it or raise --max-bytes")
        data = path.read_bytes()
    except OSError as exc:
        raise _Unreadable(f"cannot read this file ({exc.strerror or exc}); check its permissions") from exc
    if not data.strip():
        raise _Unreadable("file is empty; add the article text or remove the file")
    return data


def _read_stdin(stream: TextIO, max_bytes: int) -> Iterator[Article | ReadProblem]:
    """Standard input, sniffed for its format since it has no extension to go by."""
    text = stream.read(max_bytes + 1)  # never more than max_bytes characters (>= that many bytes)
    if len(text) > max_bytes or len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        yield ReadProblem(STDIN_SOURCE, f"input is larger than {max_bytes:,} bytes; split it or raise --max-bytes")
        return
    if not text.strip():
        yield ReadProblem(STDIN_SOURCE, "standard input is empty; pipe an article or JSONL into it")
        return
    yield from _READERS[_sniff(text)](text, STDIN_SOURCE, STDIN_DOC)


def _sniff(text: str) -> str:
    """Guess the format of text that came without a known extension.

    JSONL when every non-empty line looks like a JSON object (so one broken line
    is still reported with its number rather than turning the feed into prose),
    HTML when it opens with a tag or holds ``<html``, plain text otherwise.
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines and all(line.startswith("{") and line.endswith("}") for line in lines):
        return "jsonl"
    head = text.lstrip("\ufeff \t\r\n")[:1024]
    if head.startswith("<") or "<html" in head.lower():
        return "html"
    return "text"


# --------------------------------------------------------------------------- decoding

def _decode(data: bytes) -> str:
    """Bytes to text without ever crashing: BOM, then UTF-8, then charset-normalizer's best guess.

    NUL bytes mean binary unless the text is UTF-16/32 (which is full of them);
    a guess that decodes to mostly control characters is binary too.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise _Unreadable(f"file starts with a {encoding} mark but is not valid {encoding}; "
                                  "save it as UTF-8") from exc
    if b"\x00" not in data:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    return _guess_decode(data)


def _guess_decode(data: bytes) -> str:
    """Detect a legacy encoding (cp1252, latin-1, BOM-less UTF-16 ...) with charset-normalizer."""
    best = charset_normalizer.from_bytes(data).best()
    has_nul = b"\x00" in data
    if best is None or (has_nul and not best.encoding.startswith(("utf_16", "utf_32"))):
        if has_nul or _mostly_control(data.decode("latin-1")):
            raise _Unreadable("looks like a binary file, not text; give .txt, .html or .jsonl articles")
        raise _Unreadable("cannot work out this file's text encoding; save it as UTF-8")
    text = str(best)
    if _mostly_control(text):
        raise _Unreadable("looks like a binary file, not text; give .txt, .html or .jsonl articles")
    return text


def _mostly_control(text: str) -> bool:
    """True when over 5% of the characters are control codes that no article contains."""
    sample = text[:65536]
    bad = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    return bad > 0.05 * max(len(sample), 1)


# --------------------------------------------------------------------------- plain text

def read_text_article(text: str, doc: str, *, source: str | None = None) -> Article:
    """A plain-text article: line endings normalised, date marker or dateline read.

    The title is left None: the first line of a scraped text is as often a site
    banner ("DAWN.COM", "Latest News & Information"), a byline or a place name as
    a headline, and a wrong title is worse than none.
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    published, body = find_publication_date(text)
    return Article(doc=doc, text=body, published=published, source=source, offset=len(text) - len(body))


def _text_articles(text: str, source: str, stem: str) -> Iterator[Article | ReadProblem]:
    """The plain-text reader: one file, one article."""
    article = read_text_article(text, stem, source=source)
    if not article.text.strip():
        yield ReadProblem(source, "file holds only a date marker; add the article text after it")
        return
    yield article


def find_publication_date(text: str) -> tuple[date | None, str]:
    """The publication date of a text, and the text with a leading date marker removed.

    A leading ``date YYYY-MM-DD`` marker (the convention of our corpora, possibly
    followed by the article on the same line) wins and is cut off. Otherwise the
    first full date on a dateline near the top is taken and the text is unchanged.
    """
    marker = _MARKER_RE.match(text)
    if marker:
        published = _parse_date(marker.group(1))
        if published is not None:
            return published, text[marker.end():]
    return _dateline_date(text), text


def _dateline_date(text: str) -> date | None:
    """The first full date (day, month and year all written) standing on a dateline near the top."""
    for line in _head_lines(text):
        for match in _DATE_RE.finditer(line):
            if _is_dateline(line, match):
                published = _parse_date(match.group())
                if published is not None:
                    return published
    return None


def _head_lines(text: str) -> Iterator[str]:
    """The first `HEAD_LINES` non-empty lines that start within the first `HEAD_CHARS` characters."""
    offset = seen = 0
    for line in text.split("\n"):
        if offset >= HEAD_CHARS or seen >= HEAD_LINES:
            return
        offset += len(line) + 1
        if line.strip():
            seen += 1
            yield line


def _is_dateline(line: str, match: re.Match[str]) -> bool:
    """Whether a date found in a top line dates the article rather than being part of a sentence.

    Accepted: a date right after a label on a short line ("INP Published 11 Jan,
    2024 06:15am", "Today's Paper | March 30, 2022"); a date nearly alone on its
    line ("Tuesday, July 31, 2018", "2023-05-21"); a place dateline
    ("Islamabad, 28 Nov, 2023: ...").
    """
    before, after = line[:match.start()], line[match.end():]
    if _LABEL_RE.search(before[-_LABEL_WINDOW:]) and len(line.strip()) <= _LABELLED_LINE_MAX:
        return True
    if len(_WORD_RE.findall(before + " " + after)) <= _BARE_WORDS_MAX:
        return True
    return len(_WORD_RE.findall(before)) <= 3 and re.match(r"\s*[:\-–—]", after) is not None


def _parse_date(candidate: str) -> date | None:
    """A date from an ISO string or a month-name string; None unless day, month and year are all there."""
    if candidate[:1].isdigit() and "-" in candidate:
        try:
            return date.fromisoformat(candidate[:10])
        except ValueError:
            return None
    parsed = dateparser.parse(candidate, languages=["en"], settings=_DATEPARSER_SETTINGS)
    return parsed.date() if parsed else None


# --------------------------------------------------------------------------- HTML

def _html_articles(text: str, source: str, stem: str) -> Iterator[Article | ReadProblem]:
    """One HTML page, one article: trafilatura keeps the main text and reads the metadata."""
    page = _extract_html(text)
    body = (page.text or "").strip() if page is not None else ""
    if not _has_prose(body):
        yield ReadProblem(source, _NO_HTML_TEXT)
        return
    meta = page if len(text) <= LARGE_HTML_CHARS else _extract_html(text[:LARGE_HTML_CHARS], metadata=True)
    published = _iso_date(meta.date) if meta is not None else None
    if published is None:
        published, body = find_publication_date(body)
    yield Article(doc=stem, text=body, published=published, title=(meta.title or None) if meta else None,
                  url=(meta.url or None) if meta else None, source=source)


def read_html_page(html: str, url: str) -> Article | ReadProblem:
    """A web page fetched from ``url`` (by ``allegiance watch``) read like an HTML file: trafilatura's main
    text, title and date; the article's URL and source are the page's, its doc a name made from the URL."""
    found = next(_html_articles(html, url, _url_doc(url)))
    if isinstance(found, ReadProblem):
        return found
    return _checked(replace(found, url=url, source=url))


def _url_doc(url: str) -> str:
    """A readable document id from a URL: its host and last path segments ("dawn.com/news/1234-title")."""
    host, _sep, path = url.split("://", 1)[-1].partition("/")
    parts = [p for p in path.split("?")[0].split("/") if p]
    return "/".join([host, *parts[-2:]]) if parts else host


# Above this size a page's text is taken by trafilatura's fast path and its metadata
# (title, date, URL: the head and the top of the page) from its first part only:
# metadata and fallback comparison over a whole multi-megabyte tree take minutes.
LARGE_HTML_CHARS = 1_000_000


def _extract_html(text: str, metadata: bool | None = None):
    large = len(text) > LARGE_HTML_CHARS
    return trafilatura.bare_extraction(text, with_metadata=not large if metadata is None else metadata,
                                       fast=large, include_comments=False, favor_precision=True,
                                       date_extraction_params=_HTML_DATE_PARAMS)


def _has_prose(body: str) -> bool:
    """Whether extracted text holds at least one real sentence, not just a menu ("Home / Politics")."""
    return any(len(line.split()) >= _PROSE_LINE_WORDS for line in body.split("\n"))


def _iso_date(value: object) -> date | None:
    """A date from an ISO date or datetime string ("2024-02-14", "2024-02-14T09:30:00+05:00")."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


# --------------------------------------------------------------------------- JSONL

def _jsonl_articles(text: str, source: str, stem: str) -> Iterator[Article | ReadProblem]:
    """One article per line; a bad line is reported with its number and the others still count.

    Lines are split on "\\n" only: JSON allows a raw U+2028 inside a string and
    `str.splitlines` would cut the record there.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield _jsonl_record(line, f"{source}:{number}", f"{stem}:{number}", source, number)


def _jsonl_record(line: str, where: str, fallback_doc: str, source: str,
                  number: int) -> Article | ReadProblem:
    """One JSONL line as an article, or the problem that stops it from being one."""
    try:
        record = json.loads(line.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        return ReadProblem(source, f"line is not valid JSON ({exc.msg}); fix or remove this line", number)
    except RecursionError:
        return ReadProblem(source, "line nests too deeply to be an article; fix or remove this line", number)
    if not isinstance(record, dict):
        return ReadProblem(source, 'line is not a JSON object; each line must look like {"id": ..., "text": ...}',
                           number)
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        return ReadProblem(source, "record has no 'text' (or it is empty); each line needs the article text",
                           number)
    raw_date = record.get("published")
    published = _iso_date(raw_date)
    if published is None and raw_date not in (None, ""):
        return ReadProblem(source, f"'published' is not an ISO date ({raw_date!r}); "
                                   "use YYYY-MM-DD or leave it null", number)
    if published is None:
        published, body = find_publication_date(body)
    doc = record.get("id")
    if isinstance(doc, bool) or not isinstance(doc, (str, int, type(None))):
        return ReadProblem(source, f"'id' must be a string or a number, not {type(doc).__name__}", number)
    return Article(doc=str(doc) if doc not in (None, "") else fallback_doc, text=body, published=published,
                   title=_optional_str(record.get("title")), url=_optional_str(record.get("url")), source=where)


def _optional_str(value: object) -> str | None:
    """A non-empty string field, else None (feeds write null, "" or numbers for missing values)."""
    return value.strip() or None if isinstance(value, str) else None


def _is_annotation_file(text: str) -> bool:
    """Whether a JSONL file found in a folder holds something else than articles.

    Gold annotations (``gold.jsonl``) often sit beside the articles they
    annotate; their first record parses but has no ``text``. Skipping them in a
    walk is silent, while naming one explicitly still reports each line.
    """
    first = next((line for line in text.split("\n") if line.strip()), "")
    try:
        record = json.loads(first.lstrip("\ufeff"))
    except json.JSONDecodeError:
        return False
    return not (isinstance(record, dict) and "text" in record)


_READERS: dict[str, Callable[[str, str, str], Iterator[Article | ReadProblem]]] = {
    "text": _text_articles,
    "html": _html_articles,
    "jsonl": _jsonl_articles,
}
