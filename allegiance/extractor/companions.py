"""'X joined the PTI-P at the ceremony. He was accompanied by A, B and C.': the people who came with
someone who has just joined a party, told in the very next sentence with nothing said of them on their
own, joined with him. Left alone: companions a clause of their own describes ('accompanied by A, who
said he was staying in the PTI': that clause tells what A did, and other rules read it), companions
whose title names a party ('accompanied by PPP leader A': a host, not a newcomer), and any sentence that
does not touch the joining."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..model import Event
from .base import Article, is_pronoun, told_within
from .movers import _event
from .noun_movers import _name


def companions_of_a_joiner(art: Article, sent: Span) -> list[Event]:
    if "accompanied by" not in sent.text:
        return []  # the cheap word test: most sentences hold no companions
    last = art.memory.get("last_act")
    if last is None or last["kind"] not in ("join", "defect") or last["status"] != "fact" or not last.get("people") \
            or not last.get("party") or not told_within(art, sent, last, 4):
        return []
    for verb in sent:
        if verb.lemma_.lower() != "accompany" or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not subjects or not (is_pronoun(subjects[0]) and subjects[0].lower_ in ("he", "she") or _names_a_mover(art, subjects[0], last)):
            return []
        came = _companions(art, verb)
        return [_event(art, sent, "join_party", p, last["party"], "fact", last["date"], "join.companions")
                for p in came if _name(p) not in last["people"]]
    return []


def _names_a_mover(art: Article, subj: Token, last: dict) -> bool:
    person = art.person_at(subj)
    return person is not None and _name(person) in last["people"]


def _companions(art: Article, verb: Token) -> list[Span]:
    agents = [a for c in verb.children if c.dep_ == "agent" for a in c.children if a.dep_ == "pobj"]
    if not agents:
        return []
    whole = [t for a in agents for t in a.subtree]
    if any(t.dep_ in ("relcl", "acl") for t in whole) or art.parties_in(whole[0].i, whole[-1].i + 1):
        return []  # a clause of their own, or a party's people among them
    people = [art.person_at(t) for t in whole if t.pos_ == "PROPN"]
    return list(dict.fromkeys(p for p in people if p is not None))
