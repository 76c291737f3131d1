"""'After his expulsion from the PTI, X joined the PPP', 'Upon his return to the PML-N, X thanked ...':
a possessive inside a phrase set before the main clause points forward, to that clause's subject, not
back to whoever the story named last. Used by the act nouns (expulsion, return, departure)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article


def fronted_owner(art: Article, noun: Token) -> Span | None:
    """The person who is the main clause's subject, when `noun` sits in a prepositional phrase hung on
    the main verb before that subject ('Following his expulsion ..., X joined')."""
    phrase = noun.head if noun.dep_ == "pobj" else None
    if phrase is None or phrase.dep_ != "prep" or phrase.head.dep_ != "ROOT":
        return None
    verb = phrase.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not phrase.right_edge.i < subj.i:
        return None
    return art.person_at(subj)
