"""People a sentence names beside its mover who do not move: a relative or an aide's principal ('X, son of Y',
'Chief Minister X's adviser, Y'), and the one who expels in 'expelled Y after he joined the PTI' (the 'he' is Y).
Read by movers.py when it picks the people an act is told of."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article, subtree_span


RELATION_NOUNS = {"brother", "son", "daughter", "wife", "husband", "father", "mother", "nephew", "niece", "cousin", "uncle",
                  "relative", "aide", "spokesman", "spokesperson", "secretary", "adviser", "advisor", "rival", "successor",
                  "predecessor", "deputy", "assistant", "friend", "ally", "son-in-law", "grandson", "granddaughter",
                  "grandfather", "grandmother", "sister", "widow", "brother-in-law", "daughter-in-law", "father-in-law",
                  "scion", "heir", "grandnephew"}


def _punished_for_it(art: Article, clause: Token, verb: Token) -> list[Span]:
    """'X expelled Y from the PML-Q after he joined the PTI': the 'he' of a clause of reason or time on an
    expulsion is the one expelled, whom the clause explains, not the one who expels."""
    if clause.dep_ != "advcl" or verb.lemma_.lower() not in art.lex["expel_verbs"] or verb.i != clause.head.i:
        return []
    return [p for c in verb.children if c.dep_ == "dobj" for p in art.persons_in(subtree_span(c))
            if p.root.i == c.i or p.root.head.i == c.i][:1]


def _whose_aide(person: Span, subj: Token) -> bool:
    """'Chief Minister X's adviser on information, Y, has resigned': X owns the role of the one who acts (Y, or
    no one named); a person is not the subject noun's owner when that noun is a common noun of a role."""
    return person.root.dep_ == "poss" and person.root.head.i == subj.i and subj.pos_ == "NOUN"


def _related_to_actor(person: Span) -> bool:
    """'X, the younger brother of PML-Q president Y, parted ways': Y only describes X. Also when the parser
    hangs Y on X itself, after the relation ('X, son of veteran politician Y, joined')."""
    tok = person.root
    if tok.dep_ == "appos" and any(c.dep_ == "appos" and c.i < tok.i and c.lemma_.lower() in RELATION_NOUNS
                                   and any(p.lower_ == "of" for p in c.children) for c in tok.head.children):
        return True
    for _ in range(4):
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in RELATION_NOUNS:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
