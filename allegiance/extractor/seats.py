"""seat_result: a party's tally in a house at an election.

Tallies come in prose ("PML-N has won 75 seats", "JUI-F in four, PML-Q in
three", "IPP and BNP won two seats each") and as lists under a house heading
("Punjab Assembly:" then "Pakistan Muslim League-Nawaz (PMLN): 137").
Claims, needs and strengths that are not results are left out.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..lexicon import NUMBER_WORDS
from ..model import Event
from .base import Article

RESULT_VERBS = {"win", "bag", "secure", "grab", "clinch", "capture", "get", "obtain", "sweep", "take", "emerge", "land", "manage", "return", "elect"}
NOT_RESULT = {"claim", "need", "require", "short", "majority", "reserved", "vacant", "contest", "field", "target", "aim",
              "lose", "total", "strength", "expect", "hope", "require", "cross", "simple", "seek", "more"}
SEAT_NOUNS = {"seat", "seats", "constituency", "constituencies"}
LIST_LINE = re.compile(r"^\s*(?P<name>[^:\n]{2,90}?)\s*[:\-–]\s*(?P<n>\d{1,3})\s*$")


def number_value(tok: Token) -> int | None:
    if tok.like_num and tok.text.isdigit():
        return int(tok.text)
    return NUMBER_WORDS.get(tok.lower_)


def extract_seats(art: Article) -> list[Event]:
    when = art.memory.get("election_date")
    events = _list_tallies(art, when)
    listed = {(e.actor, e.house) for e in events}
    continuing = False
    for sent in art.doc.sents:
        found = _respectively(art, sent, when)
        taken = {e.actor for e in found}
        found += [e for e in _prose_tallies(art, sent, when, continuing) if e.actor not in taken]
        for ev in found:
            if (ev.actor, ev.house) not in listed:
                events.append(ev)
        continuing = bool(found)
    return events


def _respectively(art: Article, sent: Span, when: str | None) -> list[Event]:
    """'PML-N and PPP, which won 64 and 43 seats, respectively'."""
    if not any(t.lower_ == "respectively" for t in sent):
        return []
    all_parties = [p for p in art.parties_in(sent.start, sent.end) if p.kb_id_ != "IND"]
    if not all_parties:
        return []
    numbers = [t for t in sent if t.i >= all_parties[-1].end and number_value(t)
               and any(x.lower_ in SEAT_NOUNS for x in sent.doc[t.i:min(sent.end, t.i + 6)])]
    if len(numbers) < 2:
        return []
    parties = [p for p in all_parties if p.end <= numbers[0].i]
    parties = _dedupe_adjacent(parties)[-len(numbers):]
    if len(parties) != len(numbers):
        return []
    house = _house_for(art, numbers[0].i, sent)
    return [_event(art, sent, p.kb_id_, number_value(n), house, when, "seats.respectively") for p, n in zip(parties, numbers)]


def _dedupe_adjacent(parties: list[Span]) -> list[Span]:
    """'Pakistan Peoples Party (PPP)' is one mention, not two."""
    out: list[Span] = []
    for p in parties:
        if out and out[-1].kb_id_ == p.kb_id_ and p.start - out[-1].end <= 2:
            continue
        out.append(p)
    return out


def _house_for(art: Article, pos: int, sent: Span | None = None) -> str:
    """The house a tally counts in: named in the sentence, else the last one named before."""
    places = sorted(list(art.doc.spans["houses"]) + list(art.doc.spans["scopes"]), key=lambda s: s.start)
    if sent is not None:
        inside = [h for h in places if sent.start <= h.start < sent.end]
        if inside:
            return _as_house(art, inside[0])
    before = [h for h in places if h.start < pos]
    if before:
        return _as_house(art, before[-1])
    # named earlier in the article, outside the text that was parsed
    chunk_start = art.offset - art.memory.get("article_offset", 0)
    earlier = [(kind, code) for start, kind, code in art.memory.get("places", []) if start < chunk_start]
    if earlier:
        kind, code = earlier[-1]
        return code if kind == "house" else ("NA" if code == "national" else f"PA-{code}")
    return "NA"


def _as_house(art: Article, span: Span) -> str:
    """A house span names its house; a province named alone means its assembly."""
    if span.label_ == "house":
        return span.kb_id_
    return "NA" if span.kb_id_ == "national" else f"PA-{span.kb_id_}"


def _list_tallies(art: Article, when: str | None) -> list[Event]:
    events = []
    for sent in art.doc.sents:
        m = LIST_LINE.match(sent.text)
        if not m:
            continue
        parties = art.parties_in(sent.start, sent.end)
        if not parties or int(m.group("n")) == 0:
            continue
        code = parties[-1].kb_id_
        events.append(_event(art, sent, code, int(m.group("n")), _house_for(art, sent.start), when, "seats.list_line"))
    return events


def _prose_tallies(art: Article, sent: Span, when: str | None, continuing: bool = False) -> list[Event]:
    words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    if not words & SEAT_NOUNS or not (continuing or words & (RESULT_VERBS | {"won", "position", "with"})):
        return []
    if words & {"claim", "claimed", "claims"} or ("since" in words and words & {"election", "elections", "polls"}):
        return []
    events = []
    last_party_end = -1
    for tok in sent:
        n = number_value(tok)
        if n is None or n == 0 or n > 400:
            continue
        nxt = [t for t in sent.doc[tok.i + 1:min(sent.end, tok.i + 4)]]
        out_of = [t.lower_ for t in nxt[:2]] == ["out", "of"]  # "15 out of the 20 seats"
        if out_of:
            nxt = [t for t in sent.doc[tok.i + 1:min(sent.end, tok.i + 7)]]
        has_noun = any(t.lower_ in SEAT_NOUNS for t in nxt)
        prev = sent.doc[tok.i - 1] if tok.i > sent.start else None
        elliptic = prev is not None and (
            (prev.lower_ in ("in", "on") and tok.i - 2 >= sent.start and art.party_at(sent.doc[tok.i - 2]))
            or (art.party_at(prev) is not None and last_party_end >= 0)  # "... 84 seats and the MQM-P 28"
            or (prev.lemma_.lower() in RESULT_VERBS and last_party_end >= 0))  # "..., while the PML-N secured 75"
        if not has_noun and not elliptic:
            continue
        if prev is not None and (prev.lemma_.lower() in NOT_RESULT or prev.text == "-") and not elliptic:
            continue
        context = {t.lemma_.lower() for t in sent.doc[max(sent.start, tok.i - 4):tok.i]}
        if context & NOT_RESULT or any(t.text == "-" for t in nxt[:1]):
            continue
        if prev is not None and prev.lower_ == "of" and tok.i >= 3 and sent.doc[tok.i - 2].lower_ == "out":
            continue  # the 20 of "15 out of 20 seats" is the contest, not a tally
        owners = _owners(art, sent, tok, last_party_end)
        for code in owners:
            events.append(_event(art, sent, code, n, _house_for(art, tok.i, sent), when, "seats.prose"))
        if owners:
            last_party_end = tok.i
    return events


def _owners(art: Article, sent: Span, num: Token, floor: int) -> list[str]:
    """The party or parties a number belongs to: the nearest before it, or a pair with 'each'."""
    before = [p for p in art.parties_in(max(sent.start, floor + 1), num.i) if p.kb_id_]
    if not before:
        return []
    last = before[-1]
    gap = sent.doc[last.end:num.i]
    if any(number_value(t) for t in gap) or len(gap) > 12:
        return []
    each = any(t.lower_ == "each" for t in sent.doc[num.i:min(sent.end, num.i + 4)])
    if each and len(before) >= 2:
        group = [last]
        for p in reversed(before[:-1]):
            between = sent.doc[p.end:group[0].start]
            if all(t.lower_ in ("and", ",", "(", ")") or art.party_at(t) for t in between):
                group.insert(0, p)
            else:
                break
        return list(dict.fromkeys(p.kb_id_ for p in group))
    return [last.kb_id_]


def _event(art: Article, sent: Span, code: str, seats: int, house: str, when: str | None, rule: str) -> Event:
    return Event(doc=art.doc_id, type="seat_result", actor=code, seats=seats, house=house, date=when, status="fact",
                 evidence=art.evidence(sent, rule), confidence=0.6)
