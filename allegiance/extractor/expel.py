"""expel: a party ends, suspends or cancels a named person's membership.

Kept apart from leave/join (membership.py): the person here is the object of
the act ("PTI expelled X", "X was expelled", "suspended the membership of X"),
never its subject, and the party is the one that acts.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..records import Event
from .base import Article, clause_heads, subjects_of, subtree_span
from .membership import _event, event_date
from .status import act_status
from .triggers import Trigger


def find_expel_triggers(art: Article, sent: Span) -> list[Trigger]:
    lex = art.lex
    found = []
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ not in ("compound",)):
            if tok.lemma_.lower() in lex["expel_verbs"] or tok.lower_ in lex["expel_nouns"]:
                found.append(Trigger("expel", tok, frozenset({tok.i}), "expel.verb"))
    return found


def extract_expel(art: Article, sent: Span) -> list[Event]:
    events: list[Event] = []
    for trig in find_expel_triggers(art, sent):
        events += _expel(art, sent, trig)
    return events


def _expel(art: Article, sent: Span, trig: Trigger) -> list[Event]:
    head = trig.head
    if head.lemma_.lower() in ("terminate", "cancel", "suspend", "revoke", "strip"):
        if not any(t.lower_ in ("membership", "memberships") for t in sent[max(0, head.i - sent.start - 3):]):
            return []
    party = None
    for subj in subjects_of(head):
        found = art.parties_in(subj.left_edge.i, subj.right_edge.i + 1)
        if found:
            party = found[0].kb_id_
    if party is None:
        after = [p for p in art.parties_in(head.i, sent.end) if p.kb_id_ != "IND"]
        party = after[0].kb_id_ if after else art.focus_party(head.i)
    if party is None:
        return []
    clauses = [t for t in sent if t.dep_ in ("relcl", "acl") and t.i > head.i]
    inside = {w.i for clause in clauses for w in clause.subtree}  # "figures who criticised X": X is not expelled
    people = [p for p in art.persons_in(sent) if p.start > head.i and p.start not in inside]
    if not people:
        people = _owner_of_membership(art, sent, head)
    if not people:
        return []
    status = act_status(head, sent, art.lex, set(trig.tokens))
    if status is None:
        return []
    when = event_date(art, sent, head)
    return [_event(art, sent, "expel", person, party, status, when, trig.rule) for person in people]




def _owner_of_membership(art: Article, sent: Span, head: Token) -> list[Span]:
    """'removed X as president and cancelled his basic membership': 'his' is the person the
    sentence acts on, the one named before the verb who is not its subject."""
    if not any(t.lower_ in ("his", "her") for t in subtree_span(head) if t.i > head.i):
        return []
    subjects = {t.i for h in clause_heads(head) for s in subjects_of(h) for t in s.subtree}
    before = [p for p in art.persons_in(sent) if p.end <= head.i and p.start not in subjects]
    return before[-1:]


