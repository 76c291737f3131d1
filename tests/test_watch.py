"""``allegiance watch`` against a real HTTP server on 127.0.0.1 that serves pages the project wrote itself.

The server is also the client's HTTP proxy (``FetchSettings.proxy``), so the outlets have host names
(``english.localhost``, ``urdu.localhost``) as real outlets do, and no request can leave the machine:
every request the watcher makes is answered, and logged, here.
"""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from allegiance.cli import app
from allegiance.record.derive import open_record
from allegiance.store.models import ArticleRow, WatchSourceRow, WatchUrlRow
from allegiance.watch import FetchSettings, Fetcher, parse_duration, read_sources, run_round
from allegiance.watch.discover import canonical, feed_pages, kind_of, sitemap_listing
from allegiance.watch.round import RoundOptions

EN, UR, THIRD = "english.localhost", "urdu.localhost", "third.localhost"
RATE = 10.0  # requests per second per host in these tests


def page(title: str, body: str, day: str = "2024-03-04", charset: str = "utf-8") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title>'
            f'<meta property="article:published_time" content="{day}"></head><body>'
            f'<nav><a href="/">Home</a> / <a href="/sport">Sport</a></nav><article><h1>{title}</h1>{paragraphs}'
            f'</article><footer>All rights reserved.</footer></body></html>')


DEFECTION = page("Senator quits PTI for PPP", "Karachi: Senator Farhan Qadir Malik quit the Pakistan "
                 "Tehreek-e-Insaf on Monday and joined the Pakistan Peoples Party at a gathering in Karachi, "
                 "party officials said.\nHe told reporters that he had taken the decision after long talks "
                 "with the workers of his district.")
DEFECTION_2 = page("Senator quits PTI for PPP", "Karachi: Senator Farhan Qadir Malik quit the Pakistan "
                   "Tehreek-e-Insaf on Monday and joined the Pakistan Peoples Party at a gathering in Karachi, "
                   "party officials said.\nHe told reporters that he had taken the decision after long talks "
                   "with the workers of his district, and thanked them for standing by him.")
MOVED = page("MPA joins PML-N", "Lahore: Provincial lawmaker Rashida Naz Khokhar joined the Pakistan Muslim "
             "League-Nawaz on Tuesday in the presence of the party's provincial president, a spokesman said.\n"
             "She had been elected as an independent candidate from a seat in the south of the province.")
BUSY = page("MNA leaves PPP", "Multan: Member of the National Assembly Tariq Sohail Bhutta left the Pakistan "
            "Peoples Party on Wednesday, saying he would sit on the opposition benches from now on.\n"
            "The party's local office declined to comment on his decision when asked by reporters.")
SPORT = page("Hosts take the second Test", "Lahore: The home side beat the visitors by six wickets at the "
             "Gaddafi Stadium on Sunday, with the opening batter scoring an unbeaten century.\nRain delayed "
             "the start by an hour, and the captain praised the ground staff for their quick work.")
CP1252 = page("Café owner joins PPP", "Quetta: Abdul Qayyum Kakar, who runs the city’s oldest café, joined the "
              "Pakistan Peoples Party on Thursday, the party’s divisional office said.\nHe said he wanted to "
              "serve the people of his area and would contest the local elections.", charset="windows-1252")
URDU = page("رکن اسمبلی کا فیصلہ", "لاہور: صوبائی اسمبلی کے رکن نوید احمد چیمہ نے پیر کے روز پاکستان تحریک انصاف "
            "چھوڑ کر پاکستان مسلم لیگ ن میں شمولیت کا اعلان کر دیا ہے اور کہا ہے کہ وہ عوام کی خدمت جاری رکھیں گے۔")
EXPELLED = page("Party expels MPA", "Peshawar: The Awami National Party expelled provincial lawmaker Gul Zaman "
                "Afridi on Friday for voting against the party line, its provincial secretary said.\nThe lawmaker "
                "said he would challenge the decision before the party's central committee.")
SCRIPT_TITLE = "Tariq & Co <script>alert(1)</script>"


def rss(host: str, paths: list[str]) -> str:
    items = "".join(f"<item><title>{p}</title><link>http://{host}{p}</link></item>" for p in paths)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>News</title>'
            f'<link>http://{host}/</link><description>Latest</description>{items}</channel></rss>')


def sitemap(host: str, paths: list[str]) -> str:
    urls = "".join(f"<url><loc>http://{host}{p}</loc></url>" for p in paths)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'


FEED_PATHS = ["/news/defection", "/news/cricket", "/old/moved", "/news/busy", "/news/broken",
              "/news/cafe", "/news/copy", "/private/secret"]


class Outlets:
    """What the loopback server serves, by host and path, and what it was asked (time, host, path, headers)."""

    def __init__(self) -> None:
        self.log: list[tuple[float, str, str, dict[str, str]]] = []
        self.busy_hits = 0
        self.lock = threading.Lock()
        self.pages = {
            (EN, "/robots.txt"): ("text/plain", "User-agent: *\nDisallow: /private/\n"),
            (EN, "/"): ("text/html", '<html><head><link rel="alternate" type="application/rss+xml" '
                        'href="/feed.xml"></head><body>Front page</body></html>'),
            (EN, "/feed.xml"): ("application/rss+xml", rss(EN, FEED_PATHS)),
            (EN, "/news/defection"): ("text/html; charset=utf-8", DEFECTION),
            (EN, "/news/copy"): ("text/html; charset=utf-8", DEFECTION),
            (EN, "/news/cricket"): ("text/html; charset=utf-8", SPORT),
            (EN, "/news/moved"): ("text/html; charset=utf-8", MOVED),
            (EN, "/news/busy"): ("text/html; charset=utf-8", BUSY),
            (EN, "/news/cafe"): ("text/html; charset=windows-1252", CP1252),
            (EN, "/private/secret"): ("text/html", DEFECTION),
            (UR, "/robots.txt"): ("text/plain", "User-agent: *\nAllow: /\n"),
            (UR, "/sitemap.xml"): ("application/xml", sitemap(UR, ["/khabar/1", "/khabar/slow"])),
            (UR, "/khabar/1"): ("text/html; charset=utf-8", URDU),
            (THIRD, "/robots.txt"): ("text/plain", f"User-agent: *\nAllow: /\nSitemap: http://{THIRD}/news.xml\n"),
            (THIRD, "/"): ("text/html", "<html><head><title>Third</title></head><body>No feeds here</body></html>"),
            (THIRD, "/news.xml"): ("application/xml", sitemap(THIRD, ["/expelled", "/removed"])),
            (THIRD, "/expelled"): ("text/html; charset=utf-8", EXPELLED),
        }
        self.version = 1

    def etag(self, host: str, path: str) -> str:
        return f'"{abs(hash(self.pages[(host, path)][1])) % 10**12}"'

    def requests(self, host: str | None = None, path: str | None = None) -> list[tuple[float, str, str, dict]]:
        return [r for r in self.log if (host is None or r[1] == host) and (path is None or r[2] == path)]


def make_handler(outlets: Outlets):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_args) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            parts = urlsplit(self.path)
            host, path = parts.hostname or self.headers.get("Host", ""), parts.path or "/"
            with outlets.lock:
                outlets.log.append((time.monotonic(), host, path, dict(self.headers)))
            if host not in (EN, UR, THIRD):
                return self.send(502, "text/plain", b"only the test outlets are served")
            if path == "/old/moved":
                return self.send(301, "text/plain", b"", {"Location": f"http://{host}/news/moved"})
            if path == "/khabar/slow":
                time.sleep(2.5)
            if path == "/news/broken":
                return self.send(500, "text/plain", b"internal error")
            if path == "/news/busy":
                with outlets.lock:
                    outlets.busy_hits += 1
                    first = outlets.busy_hits == 1
                if first:
                    return self.send(429, "text/plain", b"slow down", {"Retry-After": "1"})
            if (host, path) not in outlets.pages:
                return self.send(404, "text/plain", b"not found")
            kind, body = outlets.pages[(host, path)]
            etag = outlets.etag(host, path)
            if self.headers.get("If-None-Match") == etag:
                return self.send(304, kind, b"", {"ETag": etag})
            encoding = "windows-1252" if "1252" in kind else "utf-8"
            self.send(200, kind, body.encode(encoding), {"ETag": etag})

        def send(self, status: int, kind: str, body: bytes, headers: dict | None = None) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                if status != 304:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler


@pytest.fixture
def outlets():
    served = Outlets()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(served))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    served.proxy = f"http://127.0.0.1:{server.server_address[1]}"
    yield served
    server.shutdown()
    server.server_close()


@pytest.fixture
def sources_file(tmp_path):
    path = tmp_path / "sources.txt"
    path.write_text(f"# test outlets\nhttp://{EN}/\nhttp://{UR}/sitemap.xml  lang=ur\n", encoding="utf-8")
    return path


def settings(outlets: Outlets) -> FetchSettings:
    return FetchSettings(contact="desk@example.org", rate=RATE, concurrency=2, timeout=1.0, retries=1,
                         backoff=0.1, proxy=outlets.proxy)


def watch_round(db_url: str, sources_file, outlets: Outlets, options: RoundOptions = RoundOptions()):
    sources, problems = read_sources(sources_file)
    assert not problems
    engine = open_record(db_url)
    try:
        with Fetcher(settings(outlets)) as fetcher:
            return run_round(engine, sources, fetcher, options)
    finally:
        engine.dispose()


def stored(db_url: str) -> dict[str, str]:
    engine = open_record(db_url)
    try:
        with Session(engine) as session:
            return {row.url: row.text for row in session.scalars(select(ArticleRow))}
    finally:
        engine.dispose()


WANTED = {f"http://{EN}/news/defection", f"http://{EN}/news/moved", f"http://{EN}/news/busy",
          f"http://{EN}/news/cafe", f"http://{UR}/khabar/1"}


# --------------------------------------------------------------------------- rounds against the server

def test_a_round_stores_the_political_articles_once_and_politely(extractor, db_url, sources_file, outlets):
    summary = watch_round(db_url, sources_file, outlets)
    articles = stored(db_url)
    assert set(articles) - {f"http://{EN}/news/copy"} == WANTED - {f"http://{EN}/news/defection"}, summary.failed
    assert len({f"http://{EN}/news/copy", f"http://{EN}/news/defection"} & set(articles)) == 1
    assert summary.new == 5 and summary.filtered == 1 and summary.duplicates == 1 and summary.robots == 1
    assert {url.rsplit("/", 1)[-1] for url, _why in summary.failed} == {"slow", "broken"}
    assert any("timed out" in why for _u, why in summary.failed)
    assert "Café" in articles[f"http://{EN}/news/cafe"] and "city’s" in articles[f"http://{EN}/news/cafe"]
    assert not outlets.requests(path="/private/secret"), "a path robots.txt disallows is never requested"
    busy = [r[0] for r in outlets.requests(path="/news/busy")]
    assert len(busy) == 2 and busy[1] - busy[0] >= 0.95, "a 429 is retried after its Retry-After (1 s)"
    assert all("desk@example.org" in r[3].get("User-Agent", "") for r in outlets.log)
    for host in (EN, UR):
        times = sorted(r[0] for r in outlets.requests(host))
        gaps = [b - a for a, b in zip(times, times[1:])]
        assert min(gaps) >= 1 / RATE * 0.9, f"{host}: requests {min(gaps):.3f}s apart"


def test_a_second_round_asks_conditionally_and_adds_nothing(extractor, db_url, sources_file, outlets):
    watch_round(db_url, sources_file, outlets)
    before, asked = stored(db_url), len(outlets.log)
    again = watch_round(db_url, sources_file, outlets)
    assert stored(db_url) == before and again.new == 0 and again.changed == 0
    second = outlets.log[asked:]
    listings = [r for r in second if r[2] in ("/feed.xml", "/sitemap.xml")]
    assert listings and all(r[3].get("If-None-Match") for r in listings)
    pages = {r[2] for r in second if r[2].startswith(("/news/", "/khabar/"))}
    assert pages == {"/khabar/slow", "/news/broken"}, "unchanged listings: only the pages that failed are tried again"


def test_a_changed_article_is_read_again_in_place(extractor, db_url, sources_file, outlets):
    watch_round(db_url, sources_file, outlets)
    outlets.pages[(EN, "/news/defection")] = ("text/html; charset=utf-8", DEFECTION_2)
    outlets.pages[(EN, "/feed.xml")] = ("application/rss+xml", rss(EN, FEED_PATHS + ["/news/extra"]))
    summary = watch_round(db_url, sources_file, outlets)
    articles = stored(db_url)
    assert summary.changed == 1 and len(articles) == len(WANTED)
    assert any("standing by him" in text for text in articles.values())
    assert outlets.requests(path="/news/moved")[-1][3].get("If-None-Match"), "known pages are asked conditionally"


def test_a_stopped_round_loses_nothing_and_the_next_run_resumes(extractor, db_url, sources_file, outlets):
    stop = threading.Event()
    first = watch_round(db_url, sources_file, outlets,
                        RoundOptions(stop=stop, progress=lambda s, _what: stop.set() if s.new else None))
    assert first.stopped and 1 <= len(stored(db_url)) < len(WANTED)
    watch_round(db_url, sources_file, outlets)  # a new call on the same record: a restart
    assert len(stored(db_url)) == len(WANTED)
    engine = open_record(db_url)
    try:
        with Session(engine) as session:
            assert session.scalar(select(func.count()).select_from(ArticleRow)) == len(WANTED)
            assert session.scalar(select(func.count()).select_from(WatchUrlRow).where(WatchUrlRow.status == "listed")) == 0
            assert {r.url for r in session.scalars(select(WatchSourceRow))} == {f"http://{EN}/", f"http://{UR}/sitemap.xml"}
    finally:
        engine.dispose()


def test_a_home_page_without_feeds_is_read_through_its_robots_sitemaps(extractor, db_url, tmp_path, outlets):
    sources = tmp_path / "third.txt"
    sources.write_text(f"http://{THIRD}/\n", encoding="utf-8")
    first = watch_round(db_url, sources, outlets)
    assert set(stored(db_url)) == {f"http://{THIRD}/expelled"} and first.failed[0][1].startswith("HTTP 404")
    asked = len(outlets.log)
    watch_round(db_url, sources, outlets)
    assert not outlets.requests(THIRD, "/removed")[1:] and not [r for r in outlets.log[asked:] if r[2] == "/expelled"]


# --------------------------------------------------------------------------- the parts, without a server

def test_sources_file_reports_bad_lines_with_their_number(tmp_path):
    path = tmp_path / "sources.txt"
    path.write_text("# outlets\nhttps://a.example/feed every=30m rate=0.5 lang=ur\nnot a url\n"
                    "https://b.example/ every=soon\nhttps://c.example/ colour=red\n\nhttps://a.example/feed\n")
    sources, problems = read_sources(path)
    assert [(s.url, s.every, s.rate, s.lang) for s in sources] == [("https://a.example/feed", 1800.0, 0.5, "ur")]
    assert [p.line for p in problems] == [3, 4, 5, 7]
    assert str(problems[0]).startswith(f"{path}:3: ")


@pytest.mark.parametrize("text,seconds", [("90s", 90), ("15m", 900), ("2h", 7200), ("1d", 86400), ("1h30m", 5400)])
def test_durations(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "15", "m", "0m", "15 minutes", "-5m"])
def test_bad_durations(text):
    with pytest.raises(ValueError):
        parse_duration(text)


def test_listings_are_read_by_trafilatura_and_canonicalised():
    assert kind_of(rss(EN, ["/a"]), f"http://{EN}/feed.xml") == "feed"
    assert kind_of(sitemap(EN, ["/a"]), f"http://{EN}/feed.xml") == "sitemap"
    assert feed_pages(rss(EN, ["/news/a#top", "/news/b?utm_source=x"]), f"http://{EN}/feed.xml") == \
        [f"http://{EN}/news/a", f"http://{EN}/news/b"]
    assert sitemap_listing(sitemap(UR, ["/k/1", "/k/2"]), f"http://{UR}/sitemap.xml").pages == \
        [f"http://{UR}/k/1", f"http://{UR}/k/2"]
    assert canonical(f"HTTP://{EN.upper()}/news/a#x") == f"http://{EN}/news/a"


def test_bodies_are_decoded_by_their_declared_charset_and_gzip_files_unpacked():
    import gzip

    import httpx

    from allegiance.watch.fetch import decoded

    latin = httpx.Response(200, headers={"Content-Type": "text/html; charset=windows-1252"},
                           content="café’s".encode("windows-1252"))
    assert decoded(latin) == "café’s"
    packed = httpx.Response(200, headers={"Content-Type": "application/octet-stream"},
                            content=gzip.compress(sitemap(UR, ["/k/1"]).encode()))
    assert sitemap_listing(decoded(packed), f"http://{UR}/sitemap.xml.gz").pages == [f"http://{UR}/k/1"]
    assert decoded(httpx.Response(200, content=b"\x1f\x8bnot gzip")) == ""


def test_cli_validates_its_input(tmp_path, sources_file):
    runner = CliRunner()
    missing = runner.invoke(app, ["watch", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "r.db"), "--once"])
    assert missing.exit_code == 2 and "nope.txt" in missing.output
    bad = runner.invoke(app, ["watch", str(sources_file), "--db", str(tmp_path / "r.db"), "--every", "soon"])
    assert bad.exit_code == 2 and "duration" in bad.output
    assert not (tmp_path / "r.db").exists()


# --------------------------------------------------------------------------- the dashboard: /watch and the Atom feeds

def atom(client, path: str):
    import feedparser

    answer = client.get(path)
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(answer.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return answer, parsed


def test_party_and_person_feeds_parse_and_escape_text(web_db):
    from fastapi.testclient import TestClient

    from conftest import MARKUP_NAME, SCRIPT, make_app

    with TestClient(make_app(web_db.url), raise_server_exceptions=False) as client:
        answer, party = atom(client, "/feeds/party/ppp.atom")  # a code in any case
        assert party.feed.title.startswith("PPP") and party.entries
        assert b"<script>" not in answer.content and b"&lt;script&gt;" in answer.content
        assert any(SCRIPT in e.content[0].value for e in party.entries), "the sentence's text is kept, as text"
        _answer, alias = atom(client, "/feeds/party/Pakistan%20Peoples%20Party.atom")
        assert alias.feed.title == party.feed.title
        answer, person = atom(client, f"/feeds/person/{web_db.story_person}.atom")
        assert person.entries and MARKUP_NAME in person.entries[0].title
        assert b"<img" not in answer.content
        days = [e.updated for e in party.entries]
        assert days == sorted(days, reverse=True), "newest first"
        assert client.get("/feeds/party/NOSUCH.atom").status_code == 404
        assert client.get("/feeds/person/no-such-person.atom").status_code == 404


def test_feed_escapes_ampersands_and_markup():
    import feedparser

    from allegiance.analyse.feeds import facts_atom
    from allegiance.model import Fact, Source

    fact = Fact("f-1", "join_party", "p-1", SCRIPT_TITLE, "PPP", None, None, None, None, None, None, "2024-03-05",
                None, "fact", False, (Source(1, "d", 1, "2024-03-05", None, "fact", "A & B <b>joined</b>"),))
    document = facts_atom("PPP & friends", "sub", "http://h/feeds/party/PPP.atom", "http://h/parties/PPP", [fact], "http://h")
    parsed = feedparser.parse(document)
    assert not parsed.bozo and parsed.feed.title == "PPP & friends"
    assert parsed.entries[0].title.startswith(SCRIPT_TITLE) and parsed.entries[0].content[0].value == "A & B <b>joined</b>"
    assert b"<script>" not in document and b"<b>" not in document


def test_watch_page_shows_what_each_source_gave(extractor, tmp_path, sources_file, outlets):
    from fastapi.testclient import TestClient

    from conftest import make_app

    url = f"sqlite:///{tmp_path / 'watched.db'}"
    watch_round(url, sources_file, outlets)
    with TestClient(make_app(url), raise_server_exceptions=False) as client:
        page = client.get("/watch")
    assert page.status_code == 200
    assert f"http://{EN}/" in page.text and f"http://{UR}/sitemap.xml" in page.text
    assert "<td>4</td>" in page.text, "the English outlet gave four new articles"


def test_cli_runs_a_round_once(extractor, tmp_path, sources_file, outlets):
    record = tmp_path / "cli.db"
    result = CliRunner().invoke(app, ["watch", str(sources_file), "--db", str(record), "--once", "--proxy",
                                      outlets.proxy, "--rate", str(RATE), "--timeout", "1", "--retries", "1",
                                      "--contact", "me@example.org"])
    assert result.exit_code == 0, result.output
    assert "5 new" in result.output and "failed" in result.output
    assert len(stored(f"sqlite:///{record}")) == len(WANTED)


def test_ctrl_c_stops_the_command_cleanly_and_the_next_run_finishes(extractor, tmp_path, sources_file, outlets):
    import signal
    import subprocess
    import sys

    record = tmp_path / "ctrl-c.db"
    command = [sys.executable, "-m", "allegiance.cli", "watch", str(sources_file), "--db", str(record), "--every", "1h",
               "--proxy", outlets.proxy, "--rate", str(RATE), "--timeout", "1", "--retries", "1"]
    running = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not outlets.requests(EN, "/news/defection") and time.monotonic() < deadline and running.poll() is None:
        time.sleep(0.05)
    running.send_signal(signal.SIGINT)
    _out, err = running.communicate(timeout=60)
    assert running.returncode == 0, err
    assert "stopping after the article in hand" in err and "Traceback" not in err
    again = CliRunner().invoke(app, ["watch", str(sources_file), "--db", str(record), "--once", "--proxy", outlets.proxy,
                                     "--rate", str(RATE), "--timeout", "1", "--retries", "1"])
    assert again.exit_code == 0, again.output
    assert len(stored(f"sqlite:///{record}")) == len(WANTED)


def test_party_and_person_pages_announce_their_feeds(web_db):
    from fastapi.testclient import TestClient

    from conftest import make_app

    with TestClient(make_app(web_db.url), raise_server_exceptions=False) as client:
        party = client.get("/parties/PPP").text
        person = client.get(f"/persons/{web_db.story_person}").text
    assert 'type="application/atom+xml"' in party and 'href="/feeds/party/PPP.atom"' in party
    assert f'href="/feeds/person/{web_db.story_person}.atom"' in person
