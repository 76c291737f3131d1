"""The day a list line gives for its own person.

Running lists and trackers ("Here is a list of those who have left the PTI since May 9:") set one act
out for many people, one a line, and each line often closes with the day that person went:
"- A, former minister (May 24)", "1. B — former MNA — May 23", "C / former adviser / July 17".
That day is the line's, not the day of the act told before the list, so a line's event takes it.
A day inside the line's description ("who was arrested on May 10, former MNA") is no such mark:
only a date that closes the line, set off by a bracket, a dash, a slash or a comma, counts.
"""
from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span

from .dates import date_expressions

# what may stand before the closing date: an opening bracket, a dash, a slash or a comma
SET_OFF = re.compile(r"(?:\(|[\u2014\u2013-]|/|,)\s*$")
# what may follow it up to the line's end: a closing bracket and punctuation
CLOSES = re.compile(r"^\s*(?:\d{4})?\s*\)?\s*[.;,]?\s*$")
DAY = re.compile(r"[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?(?:,?\s+\d{4})?")


def line_date(art, item: Span) -> str | None:
    """The ISO day that closes the list line `item`, or None when the line ends otherwise."""
    return closing_day(item.text, art.published)


def closing_day(line: str, published: date | None) -> str | None:
    """The ISO day that closes a list line's text, or None when the line ends otherwise."""
    text = line.rstrip()
    if not text or published is None:
        return None
    found = [(pos, day) for pos, day in date_expressions(text, published) if day is not None]
    if not found:
        return None
    pos, day = found[-1]
    rest = text[pos:]
    m = DAY.match(rest)
    if m is None or not CLOSES.match(rest[m.end():]) or not SET_OFF.search(text[:pos]) or day > published:
        return None
    return day.isoformat()
