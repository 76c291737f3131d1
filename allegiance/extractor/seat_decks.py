"""Headline decks: a run of tallies cut by semicolons, each clause a statement of its own ('PML-N bags
15 seats; PPP loses majority, gets 12; PTI claims 6; MQM-P secures single seat, PML-F 1'). A claim in
such a deck holds in its own clause only, and a deck's 'claims 6', the verb straight on a bare count
among other counts, is its word for taking seats. Read by seats.py.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article
from .seat_words import _is_number


def _claimed(sent: Span) -> list[tuple[int, int]]:
    """The token ranges of a sentence whose tallies are claims. 'the PTI claimed victory on 180 seats':
    a claimed tally is no result; 'won 93 seats ... before joining the SIC to claim reserved seats',
    '... but cannot claim reserved seats' is one, the claim being a purpose or a bar told after it.
    A headline deck cut by semicolons ('PML-N bags 15 seats; PPP gets 12; PTI claims 6') is a run of
    statements: a claim holds in its own clause only, and 'claims 6' there, the verb straight on a bare
    number, is the deck's word for taking seats."""
    clauses = _deck_clauses(sent)
    deck = len(clauses) > 1
    claimed = []
    for start, end in clauses:
        numbers = [t.i for t in sent.doc[start:end] if t.like_num]
        for t in sent.doc[start:end]:
            if t.lower_ not in ("claim", "claimed", "claims"):
                continue
            purpose = t.i > sent.start and sent.doc[t.i - 1].lower_ in ("to", "cannot", "can't", "not", "could", "can") \
                and numbers and t.i > numbers[0]  # '... but cannot claim reserved seats without joining a party'
            if not purpose and not (deck and _takes_a_bare_count(sent, t)):
                claimed.append((start, end))
                break
    return claimed


def _deck_clauses(sent: Span) -> list[tuple[int, int]]:
    """The clauses of a sentence cut at its semicolons ('PTI bags 18 seats; PPP gets 8; ...')."""
    cuts = [t.i for t in sent if t.text == ";"]
    bounds = [sent.start] + [c + 1 for c in cuts] + [sent.end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _takes_a_bare_count(sent: Span, verb: Token) -> bool:
    """'PTI claims 6' in a deck: the verb followed by a bare number that ends its clause or list item,
    among other clauses that give counts ('PML-N bags 15 seats; PPP gets 12; PTI claims 6'). 'PTI
    claims 180 seats; PML-N rejects results' stays a claim."""
    doc = sent.doc
    k = verb.i + 1
    if k >= sent.end or not _is_number(doc[k]) or not (k + 1 >= sent.end or doc[k + 1].text in (";", ",")):
        return False
    own = next((a, b) for a, b in _deck_clauses(sent) if a <= verb.i < b)
    return any(_is_number(t) for a, b in _deck_clauses(sent) if (a, b) != own for t in doc[a:b])


def _deck_taker(art: Article, sent: Span, start: int) -> list[str]:
    """'...; BAP claims 6; ...': the party right before a deck's verb of taking owns its bare count."""
    doc = sent.doc
    verb = doc[start - 1] if start > sent.start else None
    if verb is None or verb.lower_ not in ("claim", "claims", "claimed") or len(_deck_clauses(sent)) < 2 \
            or not _takes_a_bare_count(sent, verb) or verb.i - 1 < sent.start:
        return []
    party = art.party_at(doc[verb.i - 1])
    return [party.kb_id_] if party is not None else []


def _in_ranges(i: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= i < b for a, b in ranges)
