"""Parties that become members of an alliance.

'The PML-F and the NPP formally became members of the GDA', 'the BNP became a part of the PDM': a party
that becomes a member (or part, or a component) of an alliance with a code of its own joins that alliance.
Being a member ('the JI is a member of the MMA') is a standing, not an act, and is left to other rules;
a member of a government or cabinet is a person, not a party, and is no alliance either.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..model import Event
from .base import Article, subjects_of, subtree_span


def members_become(art: Article, sent: Span) -> list[Event]:
    """Each party the subject of 'became members of <alliance>' names joins the alliance."""
    if "become" not in art.words(sent)[1]:
        return []
    from .coalition_nouns import _noun_events  # the coalition rules' own way of dating and hedging an act
    events = []
    for verb in sent:
        if verb.lemma_.lower() != "become" or verb.pos_ not in ("VERB", "AUX"):
            continue
        alliance = _alliance_of_membership(art, verb)
        if alliance is None:
            continue
        members = [p.kb_id_ for s in subjects_of(verb) for span in [subtree_span(s)]
                   for p in art.parties_in(span.start, span.end) if p.kb_id_ not in ("IND", alliance)]
        events += _noun_events(art, sent, verb, "join", [(m, alliance) for m in dict.fromkeys(members)], "became_member")
    return events


def _alliance_of_membership(art: Article, verb: Token) -> str | None:
    """The one coded alliance after 'became members of' / 'became part of', if the verb has one."""
    for noun in verb.children:
        if noun.dep_ not in ("attr", "acomp", "dobj", "oprd") or noun.lemma_.lower() not in art.lex["coalition_alliance_member_nouns"]:
            continue
        coded = [p.kb_id_ for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for span in [subtree_span(prep)] for p in art.parties_in(span.start, span.end)
                 if p.kb_id_ in art.lex["coalition_alliance_codes"]]
        if len(set(coded)) == 1:
            return coded[0]
    return None
