"""Cross-links: the headlines of other stories that a news website sets between paragraphs.

Broadcasters' web copy breaks a story with lines such as "Read more: Fawad Chaudhry Quits PTI"
or "Also Read: Independents Win 93 NA Seats". They name another story's events, not this one's:
the act is not reported by this story, and its date is not this story's date. Such a line is still
read as context (its "NA" may be the only word naming the house of the tallies below it); only the
events it alone carries are dropped.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..country.lexicon import Lexicon
from ..model import Event

LABEL_END = r"[ \t]*(?:[:|>\u2013\u2014]|-(?=[ \t]))"  # "Read more:", "ALSO READ |", "Related -"


@lru_cache(maxsize=4)
def _cross_link_line(labels: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(label).replace(r"\ ", r"[ \t]+") for label in sorted(labels, key=len, reverse=True))
    return re.compile(rf"^[ \t]*(?:{alternatives}){LABEL_END}[^\n]*", re.M | re.I)


def cross_link_spans(text: str, offset: int, lex: Lexicon) -> list[tuple[int, int]]:
    """(start, end) of each cross-link line, counted as evidence offsets are (from the source's start)."""
    return [(m.start() + offset, m.end() + offset) for m in _cross_link_line(lex["cross_link_labels"]).finditer(text)]


def without_cross_link_events(events: list[Event], spans: list[tuple[int, int]]) -> list[Event]:
    """The events whose evidence is not wholly inside a cross-link line."""
    if not spans:
        return events
    return [e for e in events if not any(start <= e.evidence.start and _text_end(e) <= end for start, end in spans)]


def _text_end(event: Event) -> int:
    """Where the evidence's words end (its span may run on over the blank lines after it)."""
    return event.evidence.start + len(event.evidence.sentence.rstrip())
