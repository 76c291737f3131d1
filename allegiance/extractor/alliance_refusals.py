"""A party that refuses every partner at once: 'decided against forming any alliance', 'decided not to form an
alliance with any party', 'will not form any alliance'. The guideline records it as a rejection with no
counterpart, as 'ruled out any alliance' already is.

Why apart from the coalition reader: the words that carry the refusal are the ones that reader sets aside.
It drops a phrase after 'against' as the party opposed ('an alliance against the PTI'), and it reads 'with any
party' as naming no partner. A named partner ('will not form an alliance with the PTI') stays that reader's
denied joining.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..model import Event
from .act_dates import event_date
from .base import Article
from .coalition_roles import _acting_parties
from .coalition_scope import _in_lead, _scope
from .status import act_status


def alliance_refusals(art: Article, sent: Span, verb: Token) -> list[Event] | None:
    """The rejections a refusal of any alliance gives (one per acting party); None when ``verb`` is not one."""
    if not _any_alliance_refused(verb, art):
        return None
    decider = verb.head.head if verb.dep_ == "pcomp" else verb.head if verb.dep_ == "xcomp" else verb
    actors = _acting_parties(art, sent, decider, allow_person=True)
    phrase = {verb.i, decider.i, *(c.i for c in verb.children if c.dep_ == "neg"), *([verb.head.i] if verb.dep_ == "pcomp" else [])}
    if not actors or act_status(decider, sent, art.lex, phrase) != "fact":
        return []  # 'may not form any alliance', 'asked whether it would form any alliance': no refusal told
    when = event_date(art, sent, decider, inherit=_in_lead(art, sent))
    scope = _scope(art, sent)
    return [Event(doc=art.doc_id, type="coalition", actor=actor, counterpart=None, action="reject", scope=scope, date=when,
                  status="fact", evidence=art.evidence(sent, "coalition.reject.any_alliance"), confidence=0.55)
            for actor in dict.fromkeys(actors)]


def _any_alliance_refused(verb: Token, art: Article) -> bool:
    """A verb of forming (lexicon coalition_form_verbs) negated or after 'decided against', whose object is an
    alliance (coalition_form_nouns) of 'any' kind or 'with any party', no party named in it."""
    if verb.lemma_.lower() not in art.lex["coalition_form_verbs"]:
        return False
    refused = any(c.dep_ == "neg" for c in verb.children) or (
        verb.dep_ == "pcomp" and verb.head.lower_ == "against"
        and verb.head.head.lemma_.lower() in art.lex["status_decide_against_lemmas"])
    if not refused:
        return False
    for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in art.lex["coalition_form_nouns"]):
        if art.parties_in(noun.left_edge.i, noun.right_edge.i + 1):
            return False
        partners = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
        if any(d.lower_ == "any" and d.dep_ == "det" for g in [noun, *partners] for d in g.children):
            return True
    return False
