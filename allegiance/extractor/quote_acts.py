"""Acts told in a quote with no subject of their own: '"There is no question of bidding adieu to the
party," X said' tells of X, the quote's speaker, though no word in the clause names him."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article, subjects_of


def speaker_of_bare_gerund(art: Article, verb: Token) -> Span | None:
    """'"There is no question of bidding adieu to the party," X said': a gerund with no subject of its own, in a
    clause whose only subject is 'there' or 'it', tells of the quote's speaker."""
    if verb.tag_ != "VBG" and verb.head.tag_ == "VBG" and verb.dep_ in ("dobj", "acomp", "advmod", "prt"):
        verb = verb.head  # "bidding adieu", "bidding farewell": the phrase's verb
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "pobj") or subjects_of(verb):
        return None
    top = verb
    while top.head.i != top.i and top.dep_ not in ("ccomp", "advcl", "relcl", "conj"):
        top = top.head
        if any(c.dep_ in ("poss",) for c in top.children) or (subjects_of(top) and top.i != verb.i):
            break
    subs = subjects_of(top)
    if any(s.dep_ != "expl" for s in subs) or any(c.dep_ == "poss" for c in top.children):
        return None
    return art.quote_speaker(verb)
