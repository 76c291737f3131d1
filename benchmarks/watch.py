"""A watch round against a loopback server: pages/s, requests per host per second, peak memory.

    python benchmarks/watch.py [--pages 200] [--hosts 4] [--rate 5] [--concurrency 4] [--sport 0.25]

A threaded HTTP server on 127.0.0.1 (also the watcher's proxy, so the outlets have host names, and no
request leaves the machine) serves, for each of ``--hosts`` outlets, a robots.txt, a sitemap and its
share of ``--pages`` pages the benchmark writes itself (made-up lawmakers joining and leaving parties;
a ``--sport`` share of sport stories the politics filter must drop). One round (``--once``) reads them
all into a fresh SQLite record; a second round measures what an unchanged outlet costs (conditional
requests). Printed: pages/s of each round, the most requests any host received in any one-second
window (from the server's own log, against the ``--rate`` asked), and the peak memory (max RSS).
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import threading
import time
from bisect import bisect_right
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIRST = ["Asad", "Bilal", "Farah", "Hamid", "Javed", "Kiran", "Nadia", "Omar", "Rehana", "Saleem", "Tahir", "Zainab"]
LAST = ["Qureshi", "Bhatti", "Chaudhry", "Durrani", "Gillani", "Khattak", "Mengal", "Rana", "Soomro", "Wattoo"]
PARTIES = ["Pakistan Tehreek-e-Insaf", "Pakistan Muslim League-Nawaz", "Pakistan Peoples Party",
           "Muttahida Qaumi Movement-Pakistan", "Jamiat Ulema-e-Islam-F"]
CITIES = ["Lahore", "Karachi", "Peshawar", "Quetta", "Multan", "Hyderabad", "Faisalabad", "Sukkur"]


def political(rng: random.Random, n: int) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}"
    left, joined = rng.sample(PARTIES, 2)
    city = rng.choice(CITIES)
    return (f"{city}: Provincial lawmaker {name} quit the {left} on Monday and joined the {joined} at a "
            f"meeting in {city}, party officials said.\nThe lawmaker told reporters that the decision was taken "
            f"after talks with workers of the constituency over several weeks.\nStory number {n}.")


def sport(rng: random.Random, n: int) -> str:
    city = rng.choice(CITIES)
    return (f"{city}: The home side beat the visitors by {rng.randint(2, 9)} wickets on Sunday, with the opening "
            f"batter scoring an unbeaten century.\nRain delayed the start by an hour, and the captain praised the "
            f"ground staff for their quick work.\nMatch report number {n}.")


def html(title: str, body: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="article:published_time" content="2024-03-04"></head><body><nav>Home / News</nav>'
            f'<article><h1>{title}</h1>{paragraphs}</article></body></html>').encode()


def site(pages: int, hosts: int, sport_share: float) -> dict[tuple[str, str], bytes]:
    rng = random.Random(14)
    served: dict[tuple[str, str], bytes] = {}
    for h in range(hosts):
        host = f"outlet{h}.localhost"
        paths = [f"/news/{h}-{i}" for i in range(h, pages, hosts)]
        for path in paths:
            n = int(path.rsplit("-", 1)[1])
            story = sport(rng, n) if rng.random() < sport_share else political(rng, n)
            served[(host, path)] = html("Match report" if "wickets" in story else "Lawmaker changes party", story)
        locs = "".join(f"<url><loc>http://{host}{p}</loc></url>" for p in paths)
        served[(host, "/sitemap.xml")] = (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns='
                                          f'"http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>').encode()
        served[(host, "/robots.txt")] = b"User-agent: *\nAllow: /\n"
    return served


def serve(served: dict[tuple[str, str], bytes], log: list[tuple[float, str]]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_args) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            parts = urlsplit(self.path)
            log.append((time.monotonic(), parts.hostname or ""))
            body = served.get((parts.hostname or "", parts.path))
            etag = f'"{hash(body) % 10**9}"'
            if body is not None and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200 if body is not None else 404)
            body = body if body is not None else b"not found"
            self.send_header("Content-Type", "text/html; charset=utf-8" if b"<html" in body[:100] else "application/xml")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def busiest_second(log: list[tuple[float, str]]) -> tuple[int, str]:
    """The most requests one host received within any one-second window, and that host."""
    best, where = 0, ""
    for host in {h for _t, h in log}:
        times = sorted(t for t, h in log if h == host)
        for i, start in enumerate(times):
            count = bisect_right(times, start + 1.0 - 1e-9) - i
            if count > best:
                best, where = count, host
    return best, where


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--hosts", type=int, default=4)
    parser.add_argument("--rate", type=float, default=5.0, help="requests per second per host")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--sport", type=float, default=0.25, help="share of sport pages")
    args = parser.parse_args()

    from allegiance.extractor import get_extractor
    from allegiance.record.derive import open_record
    from allegiance.watch import FetchSettings, Fetcher, read_sources, run_round

    get_extractor()  # the spaCy load is not part of a round
    log: list[tuple[float, str]] = []
    server = serve(site(args.pages, args.hosts, args.sport), log)
    proxy = f"http://127.0.0.1:{server.server_address[1]}"
    with tempfile.TemporaryDirectory() as tmp:
        sources = Path(tmp) / "sources.txt"
        sources.write_text("".join(f"http://outlet{h}.localhost/sitemap.xml\n" for h in range(args.hosts)))
        engine = open_record(f"sqlite:///{tmp}/record.db")
        settings = FetchSettings(contact="benchmark@example.org", rate=args.rate, concurrency=args.concurrency,
                                 proxy=proxy)
        for name in ("first round", "unchanged round"):
            del log[:]
            with Fetcher(settings) as fetcher:
                summary = run_round(engine, read_sources(sources)[0], fetcher)
            most, host = busiest_second(log)
            print(f"{name}: {summary.line()}")
            read = summary.new + summary.changed + summary.unchanged + summary.duplicates + summary.filtered
            print(f"  {len(log)} requests, {read} pages read, {read / summary.seconds:.1f} pages/s; busiest host {host}: "
                  f"{most} requests in one second (rate asked {args.rate:g}/s per host, {args.hosts} hosts)")
        engine.dispose()
    server.shutdown()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
