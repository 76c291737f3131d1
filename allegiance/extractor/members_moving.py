"""Counted lawmakers of a party who join another party: persons moving, not their party acting.

'Ten former PML-Q members of the Punjab Assembly also joined the PTI', 'Eight PPP MPAs joined the GDA':
the party written before the lawmakers says where they came from; the act is theirs, each a join of
people the story may leave unnamed (GUIDELINE: unnamed people are no event), and no coalition of the
PML-Q with the PTI. A group of lawmakers going over to a government or the opposition benches ('four BAP
MNAs joined the opposition') is left to the coalition reading. Read by coalition_roles.
"""
from __future__ import annotations

from spacy.tokens import Token

from .base import Article


def counted_members_join(art: Article, subj: Token, verb: Token) -> bool:
    """The subject is a count of (former) lawmakers ('Ten former PML-Q members', 'Eight PPP MPAs') and the
    verb joins a party written as its object."""
    if verb.lemma_.lower() != "join" or subj.text not in art.lex["house_member_words"]:
        return False
    if not any(c.dep_ == "nummod" or (c.dep_ == "amod" and c.lower_ == "former") for c in subj.children):
        return False
    return any(c.dep_ == "dobj" and art.party_at(c) is not None for c in verb.children)
