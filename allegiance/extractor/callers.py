"""An unnamed group's switch, then its members named calling on the leader of the party they joined.

'Several leaders of the BAP parted ways with the party on Sunday and joined the PPP. MPAs A, B and C called
on the PPP leader.': the story tells the act of a group it has not named, and in the very next sentence
names people meeting the leader of the party the group has just joined. Those people are the group, so
they did its act (listing.py carries the act, its parties and its date to them). Left alone: a sentence
that does not touch the act, people who met someone of another party or for a stated purpose of their own
('to demand funds'), hosts labelled with the joined party ('PPP leaders A and B met them'), and a single name
(a list is what tells the group's members).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article, acts_told, subtree_span, told_within


def callers_on_the_new_leader(art: Article, sent: Span) -> list[Span]:
    """The people named as the subject of 'call on' or 'meet' whose object is a leader of the party the
    unnamed group told in the sentence just before has joined."""
    joined = _joined_by_an_unnamed_group(art, sent)
    root = sent.root
    if joined is None or root.lemma_.lower() not in art.lex["group_call_on_verbs"]:
        return []
    met = _person_met(root)
    if met is None or not _of_party(art, met, joined) or _for_a_purpose(root):
        return []
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    people = [p for s_ in subjects for p in art.persons_in(subtree_span(s_))]
    if len(people) < 2 or any(_of_party(art, s_, joined) for s_ in subjects):
        return []
    return people


def _joined_by_an_unnamed_group(art: Article, sent: Span) -> str | None:
    """The party an unnamed group joined as told in the sentence that touches this one, a fact."""
    last = art.memory.get("last_act")
    if last is None or last.get("people") or last["status"] != "fact" \
            or not told_within(art, sent, last, 4):
        return None
    return next((party for kind, party in acts_told(last) if kind in ("join", "defect") and party), None)


def _person_met(verb: Token) -> Token | None:
    """'called on X' (the particle's or the preposition's object), 'met X' (the direct object)."""
    if verb.lemma_.lower() == "meet":
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    for c in verb.children:
        if c.lower_ == "on" and c.dep_ in ("prt", "prep"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            return obj or next((o for o in verb.children if o.dep_ == "dobj"), None)
    return None


def _of_party(art: Article, tok: Token, party: str) -> bool:
    """Whether the words of this noun name the party ('the PPP leader', 'IPP patron A')."""
    span = subtree_span(tok)
    return any(q.kb_id_ == party for q in art.parties_in(span.start, span.end))


def _for_a_purpose(verb: Token) -> bool:
    """'met him to demand funds', 'called on him and handed over a list': a meeting told with a purpose or a
    further act of its own is about that, not about the switch."""
    return any(c.dep_ in ("advcl", "xcomp", "conj") and c.pos_ in ("VERB", "AUX") for c in verb.children)
