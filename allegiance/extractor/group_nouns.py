"""Whose a group noun is, and what a party's own noun stands for: 'the team', 'the camp', 'the caravan' joined or left are a party's only when
someone owns them or a party, a person or a political word qualifies them ('Imran Khan's team', 'the
PTI camp', 'the rival camp'); 'the training camp', 'the caravan of the long march' and 'the ranks of
the national side' are no party's, whatever party the story is about."""
from __future__ import annotations

from spacy.tokens import Token

from .base import Article, subtree_span
from .movers import PARTY_NOUNS


def owned_by_a_side(art: Article, noun: Token) -> bool:
    """'Imran Khan's team', 'the captain's team', 'the PTI camp', 'the rival camp': a group noun (lexicon
    owned_party_nouns) is a party's only when someone owns it or a party, a person or a political word
    qualifies it ('the training camp' is no party's)."""
    return any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and (
        c.lower_ in art.lex["political_side_words"] or art.party_at(c) is not None or art.person_at(c) is not None))
        for c in noun.children)


def of_something_else(art: Article, noun: Token) -> bool:
    """'the caravan of the long march', 'the ranks of the national side': a group noun that belongs to an
    event or a body that is no party, no party noun and no person ('the ranks of the party' is one)."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and o.dep_ == "pobj" and o.pos_ == "NOUN" and o.lower_ not in PARTY_NOUNS
               and not art.parties_in(o.left_edge.i, o.right_edge.i + 1) and not art.persons_in(subtree_span(o))
               for c in noun.children for o in c.children)


def a_part_of_party(art: Article, noun: Token) -> bool:
    """'the PTI's ranks', 'the PML-N's women wing', 'the PPP's membership': what a party owns that stands for
    the party when joined or left (PARTY_NOUNS, lexicon party_part_nouns); 'the PTI's sit-in', 'the PPP's
    iftar dinner' and 'the PTI's WhatsApp group' do not."""
    return noun.lower_ in PARTY_NOUNS or noun.lower_ in art.lex["party_part_nouns"]

