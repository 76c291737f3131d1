"""Reserved seats allocated to a party: ``seat_allocation`` events, read from the article's raw text.

Pakistan's assemblies fill their seats reserved for women, non-Muslims and
technocrats by the parties' shares, and the election commission's allocation
is reported after the tally ("the ECP allotted 20 reserved seats for women to
the PML-N in the National Assembly", "the PPP got 12 reserved seats", "the
PML-N's share of reserved seats rose to 9", "notified 13 PPP members on
reserved seats"). The record applies each as a seat move after the election
(:mod:`allegiance.record.seats`).

An allocation is not one of GUIDELINE.md's six event types: these events are
internal to the record and never written to the extraction contract
(:func:`allegiance.model.contract_events`). They are read with plain patterns
on the sentence, not the parse: the phrasing is narrow (a figure, "reserved
seats", a party), so the sentence needs no parse and ``select.py`` needs no
change. A sentence that denies, suspends, demands or claims seats, or speaks
of the future, states no allocation and gives no event
(``reserved_seat_not_allocated`` of the lexicon).
"""
from __future__ import annotations

import re
from datetime import date
from typing import Sequence

from ..country.lexicon import NUMBER_WORDS, Lexicon
from ..model import Article, Event, Evidence
from . import urdu
from .dates import date_expressions
from .story_days import ELECTION_WORDS

RULE = "seat_allocation.reserved"
TYPE = "seat_allocation"
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_FIGURE = rf"(\d{{1,3}}|{'|'.join(NUMBER_WORDS)})"
# "20 reserved seats", "13 members on reserved seats", "its share of reserved seats rose to 9"
_COUNTED = re.compile(rf"\b{_FIGURE}\s+(?:more\s+|additional\s+)?(?:[\w-]+\s+){{0,2}}?reserved\s+seats?\b", re.I)
_MEMBERS = re.compile(rf"\b{_FIGURE}\s+(?:[\w-]+\s+){{0,2}}?(?:members|MNAs|MPAs|lawmakers|candidates)\s+"
                      r"(?:[\w-]+\s+){0,3}?on\s+(?:the\s+)?reserved\s+seats?\b", re.I)
_SHARE = re.compile(rf"\bshare\s+of\s+(?:the\s+)?reserved\s+seats?\b.{{0,40}}?\bto\s+{_FIGURE}\b", re.I)
_TO_PARTY = re.compile(r"^[^,;]{0,60}?\bto\s+(?:the\s+)?$", re.I)
Found = tuple[int, int, str, str]  # start, end, kind, code (as the alias ruler gives them)


def extract_reserved(article: Article, found: Sequence[Found], lex: Lexicon) -> list[Event]:
    """One ``seat_allocation`` event per sentence that states a party's reserved seats in a house.

    ``found``: the alias ruler's matches over the article's text (parties, houses). A sentence naming
    several parties gives none (which figure is whose is a parse's question, not a pattern's). The house
    is the one the sentence names, else the last one named before it in the article; with none, no event: a figure
    with no house moves no seat.
    """
    if "reserved" not in article.text.lower():
        return []
    events = []
    for m in _SENTENCE.finditer(article.text):
        start, end, sentence = m.start(), m.end(), m.group(0)
        if "reserved" not in sentence.lower() or _not_allocated(sentence, lex):
            continue
        figure = _figure(sentence)
        if figure is None:
            continue
        seats, at = figure
        within = [(s - start, e - start, kind, code) for s, e, kind, code in found if start <= s and e <= end]
        party = _party(sentence, within, at) if len(_parties(within)) == 1 else None  # several: whose figure?
        house = _house(within, [(s, code) for s, _e, kind, code in found if kind == "house" and s < start])
        if party is None or house is None or not seats:
            continue
        evidence = Evidence(sentence.strip(), article.offset + start, article.offset + end, RULE)
        events.append(Event(doc=article.doc, type=TYPE, actor=party, seats=seats, house=house,
                            post=_category(sentence, lex), date=_stated_day(sentence, article.published),
                            evidence=evidence, confidence=0.5))
    return events


def extract_reserved_urdu(article: Article, country: str) -> list[Event]:
    """The same in Urdu sentences ("... مسلم لیگ ن کو خواتین کی 20 مخصوص نشستیں الاٹ کر دیں"): a figure just
    before the reserved-seat words, one party, a house named in the sentence or before it (``reserved_seat_*``
    of ``ur.json``); negations, hedges and the future give none."""
    lex = urdu._lexicon()
    if not any(w in article.text for w in lex["reserved_seat_words"]):
        return []
    pattern, names = urdu._party_pattern(country)
    seats_words = "|".join(re.escape(w) for w in sorted(lex["reserved_seat_words"], key=len, reverse=True))
    figure = re.compile(rf"(\d{{1,3}})\s+(?:[\u0600-\u06FF]+\s+){{0,1}}?(?:{seats_words})")
    events, house = [], None
    for m in urdu.SENTENCE.finditer(article.text):
        sentence = m.group(0)
        named = [code for name, code in lex["reserved_seat_houses"].items() if name in sentence]
        house = named[0] if named else house
        found = figure.search(sentence)
        words = set(re.findall(r"[^\s\d۔،؛؟.,!?]+", sentence))
        parties = {names[p.group(0)] for p in pattern.finditer(sentence)}
        if found is None or words & set(lex["reserved_seat_not_allocated"]) or len(parties) != 1 or house is None:
            continue
        kind = next((k for w, k in lex["reserved_seat_kinds"].items() if w in sentence), None)
        evidence = Evidence(sentence.strip(), article.offset + m.start(), article.offset + m.end(), f"urdu.{RULE}")
        events.append(Event(doc=article.doc, type=TYPE, actor=parties.pop(), seats=int(found.group(1)), house=house,
                            post=kind, evidence=evidence, confidence=0.5))
    return events


def _stated_day(sentence: str, published: date | None) -> str | None:
    """The day the sentence gives ("on Monday", "on March 4"), when it gives one and names no election
    (whose day it would be); else None: the allocation is then dated by its report."""
    if re.search(rf"\b{ELECTION_WORDS}\b", sentence, re.I):
        return None
    days = {d for _pos, d in date_expressions(sentence, published) if d is not None}
    day = days.pop() if len(days) == 1 else None
    return day.isoformat() if day and (published is None or day <= published) else None


def _not_allocated(sentence: str, lex: Lexicon) -> bool:
    words = {w.lower() for w in re.findall(r"[\w'-]+", sentence)}
    return bool(words & {w.lower() for w in lex["reserved_seat_not_allocated"]})


def _figure(sentence: str) -> tuple[int, int] | None:
    """(seats, where the figure stands) of the first allocation phrase in the sentence."""
    for pattern in (_SHARE, _MEMBERS, _COUNTED):
        m = pattern.search(sentence)
        if m:
            word = m.group(1)
            return (int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]), m.start(1)
    return None


def _parties(within: Sequence[Found]) -> set[str]:
    return {code for _s, _e, kind, code in within if kind == "party" and code != "IND"}


def _party(sentence: str, within: Sequence[Found], at: int) -> str | None:
    """The party given the seats: "... to the PML-N" after the figure, else the last party named before it
    ("the PPP got 12"), else the first named after it ("notified 13 members of the PPP")."""
    parties = [(s, e, code) for s, e, kind, code in within if kind == "party" and code != "IND"]
    after = [(s, code) for s, _e, code in parties if s > at]
    for s, code in after:
        if _TO_PARTY.search(sentence[at:s]):
            return code
    before = [code for s, _e, code in parties if s < at]
    if before:
        return before[-1]
    return after[0][1] if after else None


def _house(within: Sequence[Found], earlier: Sequence[tuple[int, str]]) -> str | None:
    named = [code for _s, _e, kind, code in within if kind == "house"]
    if named:
        return named[0]
    return earlier[-1][1] if earlier else None


def _category(sentence: str, lex: Lexicon) -> str | None:
    """Which reserved seats ("for women", "for non-Muslims", "for technocrats"), when the sentence says;
    kept as the post. Only after "for": a party's name may hold such a word ("Jamiat Ulema-e-Islam")."""
    for word in sorted(lex["reserved_seat_categories"]):
        if re.search(rf"\bfor\s+(?:the\s+)?{re.escape(word)}\b", sentence, re.I):
            return word
    return None
