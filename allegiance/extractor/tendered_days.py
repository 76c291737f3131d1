"""The day an accepted resignation was tendered, told in a clause of the accepting sentence.

    The prime minister today accepted the resignation of X, who had tendered it on Friday.     Friday
    The Speaker accepted X's resignation, submitted on October 3, on Thursday.                  October 3

The acceptance is not the act (learn gold dates such a resignation by its tendering, and leaves it
undated when the tendering's day is not told). A clause on the resignation or on its holder whose verb
tenders it ('tendered', 'submitted', 'sent', 'had resigned') carries the act's own day; a pluperfect there
is no background, it is the act itself told from the acceptance's side.
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from .base import span_text, subtree_span
from .dates import date_expressions

CLAUSES = ("relcl", "acl", "advcl")


def _tendering_clause(noun: Token, lex) -> Token | None:
    """The verb of a clause under the accepting verb that tells the tendering ('who had tendered it')."""
    accept = noun.head
    for tok in accept.subtree:
        if tok.dep_ in CLAUSES and tok.i != accept.i and tok.lemma_.lower() in lex["resignation_tender_verbs"]:
            return tok
    return None


def tendering_day(sent: Span, noun: Token, published: date | None, lex) -> tuple[bool, date | None]:
    """(found, day) of an accepted resignation's tendering told in its own clause; found is False when
    the sentence has no such clause or the clause names no time (the caller's rule then holds)."""
    verb = _tendering_clause(noun, lex)
    if verb is None:
        return False, None
    clause = subtree_span(verb)
    times = date_expressions(span_text(clause), published)
    if not times:
        return False, None
    return True, times[0][1]  # 'who had tendered it in March': a month, no day
