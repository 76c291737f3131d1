"""Tallies told by their constituencies: 'the PTI bagged two of them, PP-209 Khanewal-VII and
PP-241 Bahawalnagar-V', 'the PML-N got just one of the dozen seats, winning PP-139'.

By-election stories mix the houses in one contest (National Assembly and Punjab Assembly seats
polled the same day), so the house last named is no guide; the constituencies a count names are:
their prefix is the house (NA, PP for Punjab, PS for Sindh, PK for Khyber Pakhtunkhwa, PB for
Balochistan; lexicon key tally_constituency_houses). A bare count ('managed just one') is a
tally when its seats are named right after it as constituencies.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from .base import Article
from .seat_words import _is_number

CODE = re.compile(r"^(?P<prefix>[A-Z]{2})-?\d{1,3}\b")
CLAUSE_ENDS = ("while", "whereas", "but", ";")


@lru_cache(maxsize=4)
def prefix_houses(entries: frozenset[str]) -> dict[str, str]:
    """The lexicon's 'PP=PA-Punjab' entries as prefix -> house, read once per lexicon."""
    return dict(entry.split("=", 1) for entry in entries)


def constituency_of(art: Article, text: str) -> str | None:
    """The house of a constituency code ('PP-209', 'NA-239-Korangi'), None for any other word."""
    m = CODE.match(text)
    return prefix_houses(art.lex["tally_constituency_houses"]).get(m.group("prefix")) if m else None


def constituencies_house(art: Article, sent: Span, after: int) -> str | None:
    """The one house of the constituencies named in a count's own clause (up to 'while', a dash,
    or the next number); None when none is named or they lie in different houses."""
    doc = sent.doc
    houses = set()
    for tok in doc[after:sent.end]:
        if tok.lower_ in CLAUSE_ENDS:
            break
        house = constituency_of(art, tok.text)
        if house is not None:
            houses.add(house)
        elif _is_number(tok) and doc[tok.i - 1].lower_ not in ("of", "the"):
            break  # the next tally; "one of the nine seats" names its contest, not another tally
    return houses.pop() if len(houses) == 1 else None


def named_by_constituencies(art: Article, sent: Span, after: int) -> bool:
    """'two of them, PP-209 ...', 'just one, PP-139 ...': a count whose seats are listed right after
    it (past 'of them' and a comma) as constituencies."""
    doc = sent.doc
    k = after
    if k + 1 < sent.end and doc[k].lower_ == "of" and doc[k + 1].lower_ in ("them", "these", "those"):
        k += 2
    if k >= sent.end or doc[k].text not in (",", ":", "—", "–", "-"):
        return False
    return k + 1 < sent.end and constituency_of(art, doc[k + 1].text) is not None
