"""How the parse links a membership event's person, party and trigger: cues for the judge.

The membership rules (``membership.py``) take one reading of a sentence: the
trigger's subject, its object, the party in focus. Whether that reading holds
shows in the parse: the dependency path from person to trigger, the
preposition before the party ("from", "into"), which side of the trigger
each stands, whether the person sits in the trigger's subject. These cues travel with the event (``Event.cues``) to the
judge, which weighs them as it learned from real articles.

Tried and measured (benchmarks/train.py, 5-fold CV over train's learn part):
proposing every person x party pair of a trigger's sentence, and the people of
a name list after a reported move, for the judge to keep or drop, gave
cross-validated F1 0.493 against 0.499 for the rules alone (10% of those
candidates were true and the cues could not tell which), so the rules stay
the only generator.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..model import Event
from .base import Article
from .triggers import Trigger

KINDS = {"leave": ("leave_party",), "join": ("join_party",), "defect": ("join_party", "leave_party")}
PATH_DEPTH = 4


def _ancestors(tok: Token) -> list[Token]:
    chain = [tok]
    while chain[-1].head.i != chain[-1].i and len(chain) < 12:
        chain.append(chain[-1].head)
    return chain


def dep_path(a: Token, b: Token) -> str:
    """The dependency labels from `a` up to the lowest head it shares with `b`, then down to `b`."""
    up_a, up_b = _ancestors(a), _ancestors(b)
    ids_b = [t.i for t in up_b]
    for n, tok in enumerate(up_a):
        if tok.i in ids_b:
            m = ids_b.index(tok.i)
            up = ">".join(t.dep_ for t in up_a[:n][:PATH_DEPTH])
            down = "<".join(t.dep_ for t in reversed(up_b[:m][:PATH_DEPTH]))
            return f"{up}^{down}"
    return "none"


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1-2" if n <= 2 else "3-6" if n <= 6 else "7-15" if n <= 15 else "16+"


def _preposition(party: Span) -> str:
    root = party.root
    if root.dep_ == "pobj":
        return root.head.lower_
    if root.dep_ in ("compound", "poss", "nmod", "amod") and root.head.dep_ == "pobj":
        return root.head.head.lower_
    return root.dep_


def _in_subject(person: Span, head: Token) -> bool:
    """Whether the person sits inside the subject of the trigger or of a clause above it."""
    tok = head
    for _ in range(4):
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.left_edge.i <= person.root.i <= child.right_edge.i:
                return True
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return False


def person_cues(trig: Trigger, person: Span) -> list[str]:
    head = trig.head
    side = "before" if person.end <= head.i else "after"
    return [f"p_path={dep_path(person.root, head)}", f"p_side={side}", f"p_in_subject={_in_subject(person, head)}",
            f"p_dist={_bucket(abs(person.root.i - head.i))}", f"p_dep={person.root.dep_}"]


def party_cues(trig: Trigger, party: Span | None, person: Span, kind: str) -> list[str]:
    if party is None:
        return [f"{kind}|q=focus"]
    head = trig.head
    side = "before" if party.end <= head.i else "after"
    prep = _preposition(party)
    by_person = party.end <= person.start and person.start - party.end <= 2 or party.root.head.i in range(person.start, person.end)
    return [f"{kind}|q_prep={prep}", f"{kind}|q_side={side}", f"q_path={dep_path(party.root, head)}",
            f"{kind}|q_dist={_bucket(abs(party.root.i - head.i))}", f"{kind}|q_by_person={by_person}",
            f"{kind}|q_between={person.end <= party.start < head.i or head.i < party.start < person.start}"]


def pair_cues(trig: Trigger, person: Span, party: Span | None, kind: str, sent: Span, n_people: int,
              n_parties: int) -> tuple[str, ...]:
    return tuple([f"{kind}|trig={trig.head.lemma_.lower()}", f"{kind}|trig_pos={trig.head.pos_}",
                  f"people={_bucket(n_people)}", f"parties={_bucket(n_parties)}"]
                 + person_cues(trig, person) + party_cues(trig, party, person, kind))


def _name(person: Span) -> str:
    return person.kb_id_ or person.text


def _parties(art: Article, sent: Span) -> list[Span]:
    """The sentence's party mentions, one per code (the first), independents aside."""
    seen: dict[str, Span] = {}
    for span in art.parties_in(sent.start, sent.end):
        if span.kb_id_ and span.kb_id_ != "IND":
            seen.setdefault(span.kb_id_, span)
    return list(seen.values())


def describe(art: Article, sent: Span, triggers: list[Trigger], found: list[Event]) -> list[Event]:
    """The rules' membership events of this sentence, each with the cues of its pair."""
    people = art.persons_in(sent)
    parties = _parties(art, sent)
    by_name = {_name(p).lower(): p for p in people}
    out = []
    for event in found:
        person = by_name.get(event.actor.lower())
        trig = next((t for t in triggers if t.kind in KINDS and event.type in KINDS[t.kind]), None)
        if event.type not in ("leave_party", "join_party") or person is None or trig is None:
            out.append(event)
            continue
        party = next((q for q in parties if q.kb_id_ == event.party), None)
        out.append(replace(event, cues=pair_cues(trig, person, party, event.type, sent, len(people), len(parties))))
    return out
