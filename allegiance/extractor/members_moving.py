"""Counted lawmakers of a party who join another party: persons moving, not their party acting.

'Ten former PML-Q members of the Punjab Assembly also joined the PTI', 'Eight PPP MPAs joined the GDA':
the party written before the lawmakers says where they came from; the act is theirs, each a join of
people the story may leave unnamed (GUIDELINE: unnamed people are no event), and no coalition of the
PML-Q with the PTI. So too 'The estranged members, including A, B and C, announced they had joined the
GDA': a group that lists its people by name is those people. A group of lawmakers going over to a government or the opposition benches ('four BAP
MNAs joined the opposition') is left to the coalition reading. Read by coalition_roles.
"""
from __future__ import annotations

from spacy.tokens import Token

from .base import Article, subtree_span


def counted_members_join(art: Article, subj: Token, verb: Token) -> bool:
    """The subject is a count of (former) lawmakers ('Ten former PML-Q members', 'Eight PPP MPAs') and the
    verb joins a party written as its object."""
    if verb.lemma_.lower() != "join" or subj.text not in art.lex["house_member_words"]:
        return False
    if not any(c.dep_ == "nummod" or (c.dep_ == "amod" and c.lower_ == "former") for c in subj.children):
        return False
    return any(c.dep_ == "dobj" and art.party_at(c) is not None for c in verb.children)


def people_listed(art: Article, subj: Token) -> bool:
    """'The estranged members, including A and B': a group noun whose 'including' names persons."""
    if art.parties_in(subj.left_edge.i, subj.i + 1):
        return False  # "The PML-F leaders, including A, announced they had joined the GDA": the party's own
    return subj.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "including" and art.persons_in(subtree_span(c))
                                       for c in subj.children)
