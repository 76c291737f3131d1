"""Explainers set out as entries: "Who's who of the new party: ... Aamir Mehmood Kiani: The former health
minister, who parted ways with the PTI on May 19, also joined on Thursday."

Each entry opens with the person's name (with a short label: "Abdul Aleem Khan, president:") and a colon,
and its text then speaks of that person as "the former minister" before naming anyone else. The parser
reads the head and the text as one sentence, so the rule that a definite role means the person named
before the sentence does not reach it; the entry's head is that person.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article

MAX_LABEL_TOKENS = 6  # "Jahangir Khan Tareen, patron-in-chief:" — a short label between the name and the colon


def entry_head(art: Article, sent: Span, noun: Token) -> Span | None:
    """The person an entry's head names, when `sent` opens with a name and a colon before `noun` (a
    definite role of the entry's text) and no other person stands between them."""
    people = art.persons_in(sent)
    if not people or people[0].start != _first_word(sent):
        return None
    head = people[0]
    colon = next((t.i for t in art.doc[head.end:min(noun.i, head.end + MAX_LABEL_TOKENS + 1)] if t.text == ":"), None)
    if colon is None or any(head.end <= p.start < noun.i for p in people[1:]):
        return None
    return head


def _first_word(sent: Span) -> int:
    for t in sent:
        if not (t.is_space or t.is_punct):
            return t.i
    return sent.start
