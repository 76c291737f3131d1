"""The posts people were removed from, remembered for what they say of them later.

A removal, sacking or de-notification is no event (GUIDELINE: resign_post is the person's own act), but it
tells the post: 'The PTI removed X as provincial general secretary. He said he had resigned a week earlier'
is X's resignation of that post, and 'X, who was sacked as adviser, said he had not resigned' denies one.
Kept apart from post_roles.py, which reads roles written beside a name, because here the role is the
object of someone else's act.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article, subtree_span
from .post_roles import _role_after_as


def remember_removed_posts(art: Article, sent: Span) -> None:
    """'removed X as Y', 'X was sacked as Y', 'relieved X of his duties as Y', 'removed X from the post of Y':
    Y is the post X held, for a later bare 'resigned' or 'had not resigned' of X's."""
    verbs = art.lex["removal_verbs"]
    for tok in sent:
        if tok.lemma_.lower() not in verbs or tok.pos_ not in ("VERB", "AUX"):
            continue
        people = [p for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                  for p in art.persons_in(subtree_span(c)) if p.root.i == c.i or p.start <= c.i < p.end]
        if not people and tok.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ == "who" for c in tok.children):
            named = art.person_at(tok.head)  # "X, who was removed as Y,"
            people = [named] if named is not None else []
        if len(people) != 1:
            continue
        post = _post_removed_from(art, tok)
        if post:
            art.memory.setdefault("roles", {}).setdefault(people[0].kb_id_ or people[0].text, post)


def _post_removed_from(art: Article, verb: Token) -> str | None:
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "as":
            return _role_after_as(art, prep)
        if prep.lower_ in ("from", "of"):  # "from the post of Y", "of his duties as Y", "of the office of Y"
            for obj in prep.children:
                for inner in obj.children:
                    if inner.dep_ == "prep" and inner.lower_ in ("as", "of"):
                        found = _role_after_as(art, inner)
                        if found:
                            return found
    return None
