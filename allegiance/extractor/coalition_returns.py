"""A return to a government: 'the QWP returned to the provincial government', 'went back to the
Sindh government', 'will not go back to the treasury benches'. The phrasal 'go back to' is parsed
with 'to' on 'back', so the verb's own words are not enough to find where the party returns."""
from __future__ import annotations

from spacy.tokens import Token

from .base import with_back
from .coalition_scope import GOVERNMENT_WORDS


def returns_to_government(verb: Token) -> bool:
    """A verb of returning whose 'to' names a government, a coalition or the treasury benches."""
    return _returns(verb) and any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and (g.lower_ in GOVERNMENT_WORDS - {"opposition"} or _treasury_benches(g)) for g in c.children)
        for c in with_back(verb))


def _returns(tok: Token) -> bool:
    """'returned', and its phrasal twin 'went (came) back'."""
    lemma = tok.lemma_.lower()
    return lemma == "return" or (lemma in ("go", "come") and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children))


def _treasury_benches(noun: Token) -> bool:
    """'the treasury benches': the government's side of the house."""
    return noun.lower_ == "benches" and any(c.lower_ == "treasury" for c in noun.children)


def return_noun_to_government(noun: Token) -> bool:
    """'its return to the coalition government', 'return to the government fold': a return whose 'to' names a
    government or coalition (not the opposition)."""
    return noun.lemma_.lower() == "return" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and any(t.lower_ in GOVERNMENT_WORDS - {"opposition"} for t in g.subtree) for g in c.children)
        for c in noun.children)
