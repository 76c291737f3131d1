"""The party of a joining noun that a list of names pushes far from it: 'announced the induction of A, B
and C into the party', 'the inclusion of A and B in the IPP'. The party is read from the parse (a 'into',
'in' or 'to' on the noun or on the verb that takes it), not from the words just after the noun, which are
the names."""
from __future__ import annotations

from spacy.tokens import Token

from .base import Article, subtree_span


def joined_past_a_list(art: Article, noun: Token) -> Token | None:
    """The party word joined ('the PML-N', or 'the party' for the caller to resolve), when the noun's
    'of' names two or more people."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "prep" and c.lower_ == "of" and len(art.persons_in(subtree_span(c))) >= 2
                                      for c in noun.children):
        return None
    holders = [noun, noun.head] if noun.dep_ in ("dobj", "nsubjpass") else [noun]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("into", "in", "to"):
                continue
            for obj in prep.children:
                party = art.party_at(obj)
                if party is not None and party.kb_id_ != "IND":
                    return obj
                if obj.lower_ == "party" and not any(c.lower_ in ("a", "new", "another") for c in obj.children):
                    return obj
    return None
