"""A move reported as likely, then denied without naming it again: 'X was expected to join the PTI,
sources said. However, X told Dawn he had no such plans.'

The same holds for the report called untrue: 'Mr X said such reports were false'.

The denial names no party and no verb of moving ('no such plans', 'denied any such move'); it points back
to the act the story has just told as possible of the same person, which the person's own word settles
as denied (GUIDELINE: the actor says they will not). The settled act replaces the possible one when the
article's events are settled (settle.finalise).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..model import Event
from .base import Article, clause_heads, subject_person, subjects_of
from .noun_movers import _name

REACH = 600  # characters back to the act the denial answers


def such_moves_denied(art: Article, sent: Span, earlier: list[Event]) -> list[Event]:
    lowers = art.words(sent)[0]
    if "such" not in lowers or lowers.isdisjoint(art.lex["such_move_nouns"] | art.lex["such_report_nouns"]):
        return []
    out: list[Event] = []
    for such in (t for t in sent if t.lower_ == "such"):
        noun = such.head
        if not (noun.lower_ in art.lex["such_move_nouns"] and _refused(art, noun)
                or noun.lower_ in art.lex["such_report_nouns"] and _called_false(art, noun)):
            continue
        person = _denier(art, noun)
        if person is None:
            continue
        name = _name(person)
        at = art.offset + sent.start_char
        hedged = [e for e in earlier if e.actor == name and e.status == "possible"
                  and e.type in ("join_party", "leave_party", "resign_post") and 0 <= at - e.evidence.start <= REACH]
        out += [replace(e, status="denied", evidence=art.evidence(sent, "denied.such_move"), confidence=0.6) for e in hedged]
    return out


def _refused(art: Article, noun: Token) -> bool:
    """'had no such plans', 'denied any such move', 'ruled out any such decision': the person's own refusal,
    the plan an object of their verb ('no such decision had been taken' tells of no one's refusal)."""
    if noun.dep_ not in ("dobj", "pobj", "attr"):
        return False
    verb = noun.head
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) \
        or verb.lemma_.lower() in art.lex["such_denial_verbs"] or any(c.dep_ == "neg" for c in verb.children)


def _called_false(art: Article, noun: Token) -> bool:
    """'X said such reports were false': the report is the subject of a clause that calls it untrue, and
    the one who says so is the person the report was about (the subject of the saying verb, _denier)."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    false_words = art.lex["status_deny_words"] | art.lex["report_false_words"]
    return any(c.dep_ in ("acomp", "attr") and c.lower_ in false_words for c in noun.head.children)


def _denier(art: Article, noun: Token) -> Span | None:
    """Who has no such plans: the subject of the clause, a name or a pronoun for the person in focus."""
    for head in clause_heads(noun.head):
        for subj in subjects_of(head):
            person = subject_person(art, subj)
            if person is not None or subj.lower_ in ("he", "she"):
                return person
    return None
