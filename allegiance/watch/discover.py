"""Stage 2 of a watch round: the pages a source lists, read with trafilatura's own feed and sitemap modules.

A source's answer is a feed (RSS, Atom or JSON Feed), a sitemap (XML, a sitemap index or plain text) or a
home page, whose ``<link rel="alternate">`` feeds (or, failing those, the sitemaps its robots.txt names)
are read in its stead. These functions only read text already fetched; `round` does the fetching.
Every URL is canonicalised (courlan, trafilatura's URL library) so that the same page is known once.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from courlan import normalize_url
from trafilatura.feeds import FeedParameters, determine_feed, extract_links, is_potential_feed
from trafilatura.sitemaps import SitemapObject, extract_robots_sitemaps, is_plausible_sitemap

MAX_SITEMAPS = 20  # sitemaps read per source and round (an index may name hundreds: the newest come first)


@dataclass
class Listing:
    """What one listing gave: pages to read and further listings (feeds, sitemaps) to fetch."""

    kind: str = "feed"
    pages: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)


def canonical(url: str) -> str:
    """The one spelling of a URL the watch state is keyed by: lower-case host, no fragment, no
    tracking parameters, sorted query."""
    try:
        return normalize_url(url, strict=True)
    except ValueError:
        return url


def kind_of(text: str, url: str) -> str:
    """``feed``, ``sitemap`` or ``home`` (any other page), from the text itself."""
    stripped = text.strip()
    if "<urlset" in stripped[:1000] or "<sitemapindex" in stripped[:1000]:
        return "sitemap"  # before the feed test, which takes any XML declaration for a feed
    if is_potential_feed(stripped) or (stripped.startswith("{") and '"items"' in stripped[:2000]):
        return "feed"
    if "<html" not in stripped[:1000].lower() and stripped.startswith("http") and is_plausible_sitemap(url, stripped):
        return "sitemap"  # a plain-text sitemap: one URL a line
    return "home"


def read_listing(text: str, url: str, lang: str | None = None) -> Listing:
    """The pages (and further listings) a fetched source text names, by its kind."""
    kind = kind_of(text, url)
    if kind == "feed":
        return Listing(pages=feed_pages(text, url, lang))
    if kind == "sitemap":
        return sitemap_listing(text, url, lang)
    return Listing(kind="home", feeds=home_feeds(text, url))


def _domain(url: str) -> str:
    return urlsplit(url).hostname or ""


def _base(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def feed_pages(text: str, url: str, lang: str | None = None) -> list[str]:
    """The article links of a feed (trafilatura ``feeds.extract_links``), canonical, in feed order."""
    params = FeedParameters(_base(url), _domain(url), url, target_lang=lang)
    return list(dict.fromkeys(canonical(link) for link in extract_links(text, params)))


def sitemap_listing(text: str, url: str, lang: str | None = None) -> Listing:
    """The pages and child sitemaps of a sitemap (trafilatura ``sitemaps.SitemapObject``)."""
    sitemap = SitemapObject(_base(url), _domain(url), [], target_lang=lang)
    sitemap.current_url, sitemap.content = url, text
    sitemap.process()
    return Listing(kind="sitemap", pages=list(dict.fromkeys(canonical(u) for u in sitemap.urls)),
                   sitemaps=list(dict.fromkeys(u for u in sitemap.sitemap_urls if u != url)))


def home_feeds(html: str, url: str) -> list[str]:
    """The feeds a home page announces (trafilatura ``feeds.determine_feed``)."""
    params = FeedParameters(_base(url), _domain(url), url)
    return determine_feed(html, params)


def robots_sitemaps(robots_txt: str, url: str) -> list[str]:
    """The sitemaps a host's robots.txt names (trafilatura ``sitemaps.extract_robots_sitemaps``)."""
    return extract_robots_sitemaps(robots_txt, _base(url))
