"""Stage 1 of a watch round: the SOURCES file, one outlet URL a line, with optional settings.

    # comments and blank lines are ignored
    https://www.dawn.com/feeds/home
    https://jang.com.pk/sitemap.xml   every=30m rate=0.5 lang=ur

A line is a URL (a home page, an RSS/Atom feed or a sitemap) and ``key=value`` settings: ``every``
(read this source at most this often: ``30s``, ``15m``, ``2h``, ``1d``, combined as ``1h30m``), ``rate``
(requests per second to its host) and ``lang`` (ISO 639-1 code of the pages to keep). A bad line is
reported with its file and line number and skipped: one typo never stops the others being followed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import InputError

_DURATION = re.compile(r"(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?")
_UNITS = (86400, 3600, 60, 1)
_LANG = re.compile(r"[a-z]{2}")
SETTINGS = ("every", "rate", "lang")


@dataclass(frozen=True)
class Source:
    """One line of a SOURCES file: what to read and how politely."""

    url: str
    every: float | None = None  # seconds
    rate: float | None = None   # requests per second to this source's host
    lang: str | None = None
    line: int = 0


@dataclass(frozen=True)
class SourceProblem:
    """A SOURCES line that was skipped, and why."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def parse_duration(text: str) -> float:
    """Seconds in a duration such as ``90s``, ``15m``, ``2h``, ``1d`` or ``1h30m``; ValueError otherwise."""
    match = _DURATION.fullmatch(text.strip().lower())
    if not text.strip() or match is None or not any(match.groups()):
        raise ValueError(f"{text!r} is not a duration; write it like 90s, 15m, 2h, 1d or 1h30m")
    seconds = sum(int(v) * unit for v, unit in zip(match.groups(), _UNITS) if v)
    if seconds <= 0:
        raise ValueError(f"{text!r} is no time at all; give a duration above zero")
    return float(seconds)


def read_sources(path: str | Path) -> tuple[list[Source], list[SourceProblem]]:
    """The sources of a SOURCES file, and a problem for each line that could not be read.

    Raises `InputError` when the file itself cannot be read.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise InputError(f"{path}: no such SOURCES file; give a file with one outlet URL a line") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot be read as UTF-8 text ({error}); save it as a UTF-8 text file") from None
    sources: list[Source] = []
    problems: list[SourceProblem] = []
    seen: set[str] = set()
    for number, raw in enumerate(lines, 1):
        line = "" if raw.lstrip().startswith("#") else _strip_comment(raw)
        if not line:
            continue
        try:
            source = _source(line, number)
        except ValueError as error:
            problems.append(SourceProblem(str(path), number, str(error)))
            continue
        if source.url in seen:
            problems.append(SourceProblem(str(path), number, f"{source.url} is listed twice; the first line counts"))
            continue
        seen.add(source.url)
        sources.append(source)
    return sources, problems


def _strip_comment(raw: str) -> str:
    """A line without its comment: ``#`` starts one only after a space (a URL may hold a fragment)."""
    return re.split(r"\s#", raw, maxsplit=1)[0].strip()


def _source(line: str, number: int) -> Source:
    url, *settings = line.split()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{url!r} is not a web address; start the line with http:// or https://")
    values: dict[str, object] = {}
    for setting in settings:
        key, sep, value = setting.partition("=")
        if not sep or key not in SETTINGS:
            raise ValueError(f"unknown setting {setting!r}; the settings are every=15m, rate=1 and lang=en")
        values[key] = _setting(key, value)
    return Source(url=url, line=number, **values)


def _setting(key: str, value: str) -> object:
    if key == "every":
        return parse_duration(value)
    if key == "rate":
        try:
            rate = float(value)
        except ValueError:
            rate = 0.0
        if not 0 < rate <= 100:
            raise ValueError(f"rate={value} must be requests per second above 0 and at most 100, like rate=0.5")
        return rate
    if not _LANG.fullmatch(value):
        raise ValueError(f"lang={value} must be a two-letter language code, like lang=ur")
    return value
