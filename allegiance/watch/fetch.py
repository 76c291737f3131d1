"""Stage 3 of a watch round: polite HTTP.

Every request (robots.txt, listings, pages, each redirect hop) goes through `Fetcher.get`, which
- asks the host's robots.txt first (``urllib.robotparser``; read once per host and fetcher) and never
  requests a path it disallows;
- keeps to a per-host rate (``rate`` requests a second, slower when robots.txt asks a Crawl-delay) with
  one request at a time per host, and at most ``concurrency`` hosts at once (the caller's pool);
- sends the validators of the last answer (If-None-Match, If-Modified-Since), so an unchanged page
  costs a 304;
- retries 429 and 5xx answers and network errors with exponential backoff, honouring Retry-After;
- gives up on a slow answer after ``timeout`` seconds;
- names the project and a contact in its User-Agent, so a site owner knows whom to write to.
Failures are returned as values (`Fetched.error`), never raised: one bad site never stops a round.
"""
from __future__ import annotations

import gzip
import io
import threading
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import charset_normalizer
import httpx

from .. import __version__
from ..model import counted

ROBOTS_AGENT = "allegiance"
REDIRECTS = (301, 302, 303, 307, 308)
RETRIED = (429, 500, 502, 503, 504)
GZIP_MAGIC = b"\x1f\x8b"
MAX_GUNZIPPED = 50_000_000  # a sitemap may hold 50,000 URLs (the protocol's limit); no gzip bomb beyond that


@dataclass(frozen=True)
class FetchSettings:
    """How politely to fetch: see the module docstring."""

    contact: str | None = None
    rate: float = 1.0             # requests per second per host
    concurrency: int = 4          # hosts fetched at once
    timeout: float = 20.0         # seconds for one answer
    retries: int = 3              # further tries after a 429, a 5xx or a network error
    backoff: float = 1.0          # first wait before a retry, doubled each time
    max_wait: float = 60.0        # a longer Retry-After is not waited for: the page waits for the next round
    max_redirects: int = 5
    max_bytes: int = 5_000_000
    proxy: str | None = None      # an HTTP proxy for every request (also the tests' loopback server)

    def user_agent(self) -> str:
        """The User-Agent: the project, its version and whom to contact."""
        contact = f"; contact: {self.contact}" if self.contact else ""
        return f"allegiance/{__version__} (news watcher; +https://pypi.org/project/allegiance/{contact})"


@dataclass(frozen=True)
class Fetched:
    """The answer to one fetch after redirects and retries: a 200 with its text, a 304, or an error."""

    url: str                      # the final URL (after redirects)
    status: int = 0
    text: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    robots: bool = False          # refused: robots.txt disallows this URL (it was not requested)

    @property
    def unchanged(self) -> bool:
        return self.status == 304


@dataclass
class _Host:
    lock: threading.Lock = field(default_factory=threading.Lock)          # one request at a time
    robots_lock: threading.Lock = field(default_factory=threading.Lock)   # robots.txt read once
    next_at: float = 0.0
    interval: float = 1.0
    crawl_delay: float = 0.0
    robots: RobotFileParser | None = None
    robots_text: str = ""


class Fetcher:
    """An HTTP client that is polite to every host it talks to; safe to share between threads."""

    def __init__(self, settings: FetchSettings, transport: httpx.BaseTransport | None = None) -> None:
        self.settings = settings
        self.requests = 0
        self._hosts: dict[str, _Host] = {}
        self._guard = threading.Lock()
        self._client = httpx.Client(headers={"User-Agent": settings.user_agent()}, timeout=settings.timeout,
                                    follow_redirects=False, proxy=settings.proxy, transport=transport,
                                    trust_env=settings.proxy is None)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def set_rate(self, url: str, rate: float) -> None:
        """A slower (or faster) pace for the host of ``url`` than the default, from a source's ``rate=``."""
        host = self._host(url)
        host.interval = max(1.0 / rate, host.crawl_delay)

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets us fetch ``url`` (robots.txt is read the first time a host is met)."""
        host = self._host(url)
        with host.robots_lock:
            if host.robots is None:
                host.robots = self._read_robots(url, host)
        return host.robots.can_fetch(ROBOTS_AGENT, url)

    def robots_text(self, url: str) -> str:
        """The text of the robots.txt of ``url``'s host ("" when it has none), for the sitemaps it names."""
        self.allowed(url)
        return self._host(url).robots_text

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET ``url`` politely, following redirects (each hop asks robots.txt); see the module docstring."""
        for _hop in range(self.settings.max_redirects + 1):
            if not self.allowed(url):
                return Fetched(url, robots=True, error="robots.txt disallows it")
            response = self._request(url, etag, last_modified)
            if isinstance(response, Fetched):
                return response
            location = response.headers.get("location")
            if response.status_code in REDIRECTS and location:
                url = urljoin(url, location)
                continue
            return self._answer(url, response)
        return Fetched(url, error=f"more than {self.settings.max_redirects} redirects")

    # ------------------------------------------------------------------ one request, paced and retried

    def _host(self, url: str) -> _Host:
        key = urlsplit(url).netloc.lower()
        with self._guard:
            if key not in self._hosts:
                self._hosts[key] = _Host(interval=1.0 / self.settings.rate)
            return self._hosts[key]

    def _request(self, url: str, etag: str | None, last_modified: str | None) -> httpx.Response | Fetched:
        headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
        problem = "no answer"
        for attempt in range(self.settings.retries + 1):
            try:
                response = self._paced(url, headers)
            except httpx.TimeoutException:
                problem, wait = f"timed out after {self.settings.timeout:g}s", None
            except httpx.HTTPError as error:
                problem, wait = f"network error: {error.__class__.__name__}: {error}", None
            else:
                if response.status_code not in RETRIED:
                    return response
                problem, wait = f"HTTP {response.status_code}", _retry_after(response)
            if attempt == self.settings.retries:
                break
            delay = wait if wait is not None else self.settings.backoff * 2 ** attempt
            if delay > self.settings.max_wait:
                return Fetched(url, error=f"{problem}; the site asks to wait {delay:.0f}s, left for the next round")
            time.sleep(delay)
        return Fetched(url, error=f"{problem} after {counted(self.settings.retries + 1, 'try', 'tries')}")

    def _paced(self, url: str, headers: dict[str, str]) -> httpx.Response:
        """One request, after this host's turn has come; one request at a time per host."""
        host = self._host(url)
        with host.lock:
            wait = host.next_at - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                with self._guard:
                    self.requests += 1
                with self._client.stream("GET", url, headers=headers) as response:
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body += chunk
                        if len(body) > self.settings.max_bytes:
                            raise httpx.HTTPError(f"answer larger than {self.settings.max_bytes} bytes")
                    response._content = bytes(body)
                return response
            finally:
                host.next_at = time.monotonic() + host.interval

    def _answer(self, url: str, response: httpx.Response) -> Fetched:
        etag, modified = response.headers.get("etag"), response.headers.get("last-modified")
        if response.status_code == 304:
            return Fetched(url, 304, etag=etag, last_modified=modified)
        if response.status_code != 200:
            return Fetched(url, response.status_code, error=f"HTTP {response.status_code}")
        return Fetched(url, 200, text=decoded(response), etag=etag, last_modified=modified)

    def _read_robots(self, url: str, host: _Host) -> RobotFileParser:
        """The host's robots.txt: a 4xx allows all, 401/403 or an unreachable file disallows all (this run)."""
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        parser = RobotFileParser(robots_url)
        response = self._request(robots_url, None, None)
        if isinstance(response, Fetched) or response.status_code in (401, 403) or response.status_code >= 500:
            parser.disallow_all = True
        elif response.status_code == 200:
            host.robots_text = decoded(response)
            parser.parse(host.robots_text.splitlines())
        else:
            parser.allow_all = True
        delay = parser.crawl_delay(ROBOTS_AGENT)
        if delay:
            host.crawl_delay = float(delay)
            host.interval = max(host.interval, host.crawl_delay)
        return parser


def decoded(response: httpx.Response) -> str:
    """The body as text (a gzipped file unpacked): the charset the headers declare, else UTF-8, else what
    charset-normalizer finds."""
    data = response.content
    if data[:2] == GZIP_MAGIC:  # a .xml.gz sitemap: compressed as a file, not as a transfer encoding
        try:
            data = gzip.GzipFile(fileobj=io.BytesIO(data)).read(MAX_GUNZIPPED)
        except (OSError, EOFError):
            return ""
    declared = response.charset_encoding
    if declared:
        try:
            return data.decode(declared, errors="replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(data).best()
        return str(best) if best is not None else data.decode("utf-8", errors="replace")


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds a Retry-After header asks for (a number or an HTTP date), or None."""
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(timezone.utc)).total_seconds())
    except (TypeError, ValueError):
        return None
