"""The parties at an alliance's founding meeting.

'The PTI on Tuesday forged a grand alliance with several like-minded parties. ... The groundwork for this
alliance was laid at a meeting of five opposition parties attended by X of the JI, PkMAP chief Y, Z of the
BNP, PTI chairman W and ...': the party that formed the alliance (or reached the agreement) and each other
party whose leader sat at that meeting have joined hands, once in each direction. Only a meeting that
refers back to the alliance ('this alliance', 'the agreement') and that the founding party itself attended
counts; a meeting alone is talk, not an alliance.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..model import Event
from .base import Article, subjects_of
from .coalition_parties import _np_parties
from .coalition_scope import _in_lead, _scope
from .act_dates import event_date


def founding_meeting(art: Article, sent: Span) -> list[Event]:
    lowers, lemmas = art.words(sent)
    if lowers.isdisjoint(art.lex["coalition_meeting_nouns"]) or lemmas.isdisjoint(art.lex["coalition_founded_nouns"]):
        return []
    noun = next((t for t in sent if t.lemma_.lower() in art.lex["coalition_founded_nouns"]
                 and any(c.dep_ == "det" and c.lower_ in ("this", "the") for c in t.children)), None)
    if noun is None:
        return []
    founded = _founding_act(art, sent, noun.lemma_.lower())
    if founded is None:
        return []
    founder, verb = founded
    present = list(dict.fromkeys(p.kb_id_ for p in art.parties_in(sent.start, sent.end) if p.kb_id_ != "IND"))
    others = [code for code in present if code != founder]
    if founder not in present or len(others) < 2:
        return []  # the founder's own people at the table, and more than one partner, make it the founding meeting
    when = event_date(art, verb.sent, verb, inherit=_in_lead(art, verb.sent))
    scope = _scope(art, verb.sent) or _scope(art, sent)
    return [Event(doc=art.doc_id, type="coalition", actor=a, counterpart=b, action="join", scope=scope, date=when,
                  status="fact", evidence=art.evidence(sent, "coalition.join.founding_meeting"), confidence=0.5)
            for other in others for a, b in ((founder, other), (other, founder))]


def _founding_act(art: Article, sent: Span, lemma: str) -> tuple[str, Token] | None:
    """The nearest sentence before that tells one party forming that alliance or reaching that agreement
    ('The PTI on Tuesday forged a grand alliance with ...'): the party and its verb."""
    for tok in reversed(art.doc[:sent.start]):
        if tok.lemma_.lower() != lemma or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in art.lex["coalition_founding_verbs"]:
            continue
        if any(c.dep_ == "neg" for c in tok.head.children):
            return None
        parties = [c for s in subjects_of(tok.head) for c in _np_parties(art, s) if c != "IND"]
        return (parties[0], tok.head) if len(parties) == 1 else None
    return None
