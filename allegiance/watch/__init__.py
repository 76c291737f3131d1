"""Following outlets (``allegiance watch``): the walk read -> extract -> store, fed from the web.

Stages of one round, each a module:
  1. `sources`: the SOURCES file (one URL a line, with optional settings);
  2. `discover`: the pages a feed, a sitemap or a home page lists (trafilatura's feed and sitemap modules);
  3. `fetch`: polite HTTP (robots.txt, per-host rate limit, conditional requests, retries, timeouts);
  4. `round`: fetch -> read (`allegiance.read.read_html_page`) -> politics filter -> extract -> store,
     with what was seen kept in the record (`allegiance.store.watch`) so a restart goes on;
  5. `follow`: rounds every ``--every``, or ``--once``, with a clean stop.
"""
from .fetch import FetchSettings, Fetcher
from .follow import follow
from .round import RoundSummary, run_round
from .sources import Source, SourceProblem, parse_duration, read_sources

__all__ = ["FetchSettings", "Fetcher", "RoundSummary", "Source", "SourceProblem", "follow", "parse_duration",
           "read_sources", "run_round"]
