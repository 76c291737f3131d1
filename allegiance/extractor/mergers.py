"""Leaders who merge their party or group into another party.

"X, who heads the faction, formally announced the merger with the PTI": the party merging is one
party's act towards the other (coalition rules read that), but its leaders, named as the ones who
announce it, become members of the absorbing party: they join it. The merger noun is read as a
joining only when a person announces it and the absorbing party follows 'with' or 'into', so that
"the PML-Q's merger with the PTI" (a party's act) or "opposed the merger" stays what it was.
"""
from __future__ import annotations

from spacy.tokens import Token

from .base import Article

MERGER_NOUNS = frozenset({"merger", "merging"})
INTO_PREPS = frozenset({"with", "into"})


def announced_merger(art: Article, tok: Token) -> bool:
    """Whether 'merger' is the object of a person's announcing verb, with the absorbing party named."""
    if tok.lower_ not in MERGER_NOUNS or tok.dep_ != "dobj":
        return False
    verb = tok.head
    if verb.lemma_.lower() not in art.lex["merger_announce_verbs"]:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or not any(art.person_at(s) is not None for s in subjects) or any(art.party_at(s) for s in subjects):
        return False
    preps = [c for c in (*tok.children, *verb.children) if c.dep_ == "prep" and c.lower_ in INTO_PREPS and c.i > tok.i]
    return any(art.party_at(o) is not None for p in preps for o in p.children if o.dep_ == "pobj")
