"""Who welcomes and who is welcomed: 'X welcomed him into the party' (X welcomes, he joins), 'A and B,
who welcomed him into the party' (A and B, whom the relative pronoun stands for, welcome). Kept apart from
``movers.py`` so that the party of the act (``party_of_act.py``) and its people read the welcomer alike."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article, subjects_of, subtree_span
from .group_lists import group_members
from .triggers import Trigger


def _welcomer(art: Article, trig: Trigger) -> Token | None:
    """The active subject of a welcome whose object is a pronoun ('X welcomed him into the party')."""
    verb = trig.head
    if trig.kind != "join" or verb.lemma_.lower() not in art.lex["welcome_verbs"] or verb.tag_ == "VBN" and any(
            c.dep_ == "auxpass" for c in verb.children):
        return None
    if not any(c.dep_ == "dobj" and c.lower_ in ("him", "her", "them") for c in verb.children):
        return None
    subs = [s_ for s_ in subjects_of(verb) if s_.dep_ == "nsubj"]
    if not subs and verb.dep_ == "conj":  # "X visited Hala and welcomed him": the first verb's subject
        subs = [s_ for s_ in subjects_of(verb.head) if s_.dep_ == "nsubj"]
    return subs[0] if subs else None


def _welcomers_named(art: Article, welcomer: Token) -> list[Span]:
    """The people who welcome: the subject's names, or, for 'A and B, who welcomed him into the party',
    the names the relative pronoun stands for."""
    if _relative_pronoun(welcomer):
        return group_members(art, welcomer)
    return art.persons_in(subtree_span(welcomer))


def _relative_pronoun(tok: Token) -> bool:
    return tok.lower_ in ("who", "that") and tok.head.dep_ == "relcl"
