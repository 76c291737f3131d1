"""A party that takes people in by its own act ('The IPP inducted two former MNAs', 'the Pakistan Awami Raj
party admitted X'): the party is the subject, the people its object."""
from __future__ import annotations

from spacy.tokens import Token

from .base import Article, subjects_of
from .movers import PARTY_NOUNS


def inducting_party(art: Article, verb: Token) -> str | None:
    """'The IPP inducted A', 'the PPP admitted two former MNAs: A and B': a party as the subject of an
    active 'induct' or 'admit' with an object takes its people in."""
    if any(c.dep_ == "auxpass" for c in verb.children) or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "as")):
        if not any(o.lower_ in PARTY_NOUNS or art.party_at(o) is not None for o in prep.children):
            return None  # "inducted A into the cabinet", "as provincial minister": an office, not the party
    for subj in subjects_of(verb):
        party = art.party_at(subj) or _named_before_party_word(art, subj)
        if party is not None and party.kb_id_ != "IND":
            return party.kb_id_
    return None


def _named_before_party_word(art: Article, noun: Token):
    """'the Pakistan Awami Raj party': a name written with a lowercase 'party' after it, which the parse makes
    the head."""
    if noun.lower_ != "party":
        return None
    return next((art.party_at(c) for c in noun.children if c.dep_ == "compound" and art.party_at(c) is not None), None)
