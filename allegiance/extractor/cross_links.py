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

from spacy.tokens import Doc

from ..country.lexicon import Lexicon
from ..model import Event

LABEL_END = r"[ \t]*(?:[:|>\u2013\u2014]|-(?=[ \t]))"  # "Read more:", "ALSO READ |", "Related -"


@lru_cache(maxsize=4)
def _cross_link_line(labels: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(label).replace(r"\ ", r"[ \t]+") for label in sorted(labels, key=len, reverse=True))
    on_its_line = r"[ \t]*:?[ \t]*\n(?:[ \t]*\n)*[ \t]*[^\n]{1,160}(?<![.\n])[ \t]*$"  # "Also Read" above the headline it links
    return re.compile(rf"^[ \t]*(?:{alternatives})(?:{LABEL_END}[^\n]*|{on_its_line})", re.M | re.I)


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


def drop_cross_link_parties(doc: Doc, chunk_start: int, spans: list[tuple[int, int]]) -> None:
    """Forget the parties a cross-link line names, so that 'the party' in the story's next paragraph
    is the story's party, not the one in another story's headline (spans count from the article text)."""
    if not spans:
        return
    inside = [(start - chunk_start, end - chunk_start) for start, end in spans]
    kept = [p for p in doc.spans["parties"] if not any(start <= p.start_char < end for start, end in inside)]
    if len(kept) < len(doc.spans["parties"]):
        doc.spans["parties"] = kept


def outside_cross_links(parties: list[tuple[int, str]], spans: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """The story's parties in order (start, code), less those named on cross-link lines."""
    return [(at, code) for at, code in parties if not any(start <= at < end for start, end in spans)]
