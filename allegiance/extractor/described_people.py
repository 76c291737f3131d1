"""The person a description set off after a name tells of, when a relative clause hangs on it.

"A, the leader of the opposition in the National Assembly who was expelled from the PTI in 2022, is not
counted": closing notes of running lists (and background asides) put the act in a relative clause on the
appositive description, and the parser hangs the clause on the description (or a noun of its 'of' / 'in'
phrases), never on the name. The clause tells of the name unless the noun right before it is itself a
person or a role ("A, a friend of the MPA who was expelled": the MPA).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article


def described_person(art: Article, noun: Token, who: Token) -> Span | None:
    """'A, the leader of the opposition in the National Assembly who was expelled from the PTI in 2022': the
    relative clause hangs on a noun of the description set off after the name (through its 'of' and 'in'
    phrases up to the appositive), so the person the description is of is the one it tells of."""
    roles = art.lex["roles"]
    if noun.dep_ != "appos" and (noun.text in roles or noun.lemma_ in roles or noun.lower_ in roles):
        return None  # "A, a friend of the MPA who was expelled": the clause tells of the MPA
    node = noun
    for _ in range(6):
        if node.dep_ == "appos" and node.tag_ in ("NN", "NNP"):
            between = node.doc[node.i + 1:who.i]
            last = node.doc[who.i - 1] if who.i - 1 > node.i else None
            if any(art.person_at(t) is not None for t in between) or (
                    last is not None and (last.text in roles or last.lemma_ in roles)):
                return None  # "A, a friend of the MPA who was expelled": the clause tells of the nearer MPA
            person = art.person_at(node.head)
            return person if person is not None and person.end <= node.i else None
        if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
            return None
        node = node.head
    return None
