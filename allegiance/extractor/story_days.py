"""Days an article names for its whole story: the day of the election it reports on, and the day its
resignations were tendered apart from the day they were accepted.

Each is read once per article from its text, before any parse, and given to the rules as context:
a tally takes the election's day, a resignation the day it was tendered.
"""
from __future__ import annotations

import re
from datetime import date

from .dates import MONTH_RE, MONTHS, _after, _names_other_event, date_expressions, resolve_day_month, resolve_weekday
from .lowered import for_lowered, lowered_in_place

ELECTION_WORDS = r"(?:general\s+|provincial\s+|senate\s+|local\s+government\s+)?(?:elections?|polls?|by-elections?|by-polls?|bye-elections?)"
_DAY_RE = (rf"(?:(?:({MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_RE})\.?)(?:,?\s+(\d{{4}}))?"
           r"|(monday|tuesday|wednesday|thursday|friday|saturday|sunday))")
ELECTION_DAY_PATTERNS = [
    # "the February 8 elections", "the July 25 poll results", "Wednesday's general election"
    re.compile(rf"\b{_DAY_RE}(?:[’']s)?\s+{ELECTION_WORDS}\b", re.I),
    # "the by-elections held in 20 constituencies on Sunday", "polls held on July 25"
    re.compile(rf"\b{ELECTION_WORDS}\b[^.]{{0,80}}?(?<!be )\b(?:held|took place|conducted)\b[^.]{{0,40}}?\bon\s+{_DAY_RE}", re.I),
    # "voted on February 8", "went to the polls on Thursday", "On July 25, general elections"
    re.compile(rf"\b(?:voted?|went\s+to\s+the\s+polls|polling\s+(?:was\s+)?held)\s+on\s+{_DAY_RE}", re.I),
    re.compile(rf"\bOn\s+{_DAY_RE},?\s+(?:the\s+)?{ELECTION_WORDS}", re.I),
]

ELECTION_DAY_PATTERNS_LOWERED = [for_lowered(p) for p in ELECTION_DAY_PATTERNS]
ELECTION_HINT = re.compile(r"elect|poll|vot", re.I)  # every pattern above needs one: a third of stories have none


def election_dates(text: str, published: date | None) -> list[date]:
    """Days named as a past election day, first named first ("the February 8 elections",
    "polls held on July 25", "Wednesday's general election", "voted on February 8")."""
    if not ELECTION_HINT.search(text):
        return []
    found: list[tuple[int, date]] = []
    lowered = lowered_in_place(text)
    for pattern, pattern_lowered in zip(ELECTION_DAY_PATTERNS, ELECTION_DAY_PATTERNS_LOWERED):
        for m in (pattern.finditer(text) if lowered is None else pattern_lowered.finditer(lowered)):
            g = m.groups()[-6:]
            year = int(g[4]) if g[4] else None
            if g[0]:
                d = resolve_day_month(int(g[1]), MONTHS[g[0].lower()], year, published)
            elif g[2]:
                d = resolve_day_month(int(g[2]), MONTHS[g[3].lower()], year, published)
            elif published is not None:
                d = resolve_weekday(g[5], published)
            else:
                d = None
            if d and (published is None or d <= published):
                found.append((m.start(), d))
    return [d for _pos, d in sorted(found, key=lambda x: x[0])]


RESIGN_WORD = re.compile(r"\bresign(?:ed|s|ing|ations?)?\b", re.I)
ACCEPT_WORD = re.compile(r"\baccept(?:ed|s|ing|ance)?\b|\bapprov(?:ed|al)\b|\bde-?notif", re.I)


def resignation_day(text: str, published: date | None) -> date | None:
    """The day a resignation was tendered, where a sentence of the article states one apart from
    its acceptance ('the PTI had announced mass resignations ... on April 11'): a story of
    resignations accepted today dates the resignations by it, not by the acceptance."""
    from .select import split_sentences

    for start, end in split_sentences(text):
        sentence = text[start:end]
        hit = RESIGN_WORD.search(sentence)
        if not hit or ACCEPT_WORD.search(sentence):
            continue
        days = [(pos, d) for pos, d in date_expressions(sentence, published)
                if d is not None and not _names_other_event(sentence, pos) and not _after(d, published)]
        if days:
            return min(days, key=lambda x: abs(x[0] - hit.start()))[1]
    return None
