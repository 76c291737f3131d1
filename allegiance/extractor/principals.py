"""The one a spokesman, aide or lawyer speaks for: 'Aides to X said the former minister had not resigned',
"X's spokesman said the former minister would not be leaving the party". The clause's definite role or
pronoun is the principal named in the speaker's own phrase, not the person the story told of last
(GUIDELINE: a denial given for the actor is the actor's own).

Read by resignations (resigners) and by moves between parties (movers)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article, is_pronoun, subjects_of, subtree_span


def principal_of_speakers(art: Article, head: Token) -> list[Span]:
    """'Aides to Rana Sanaullah said the former interior minister had not resigned': those who speak for
    one named person (aides, spokesman, family, lawyer: lexicon speaking_for_nouns) tell of him when the
    clause's subject is a definite role or a pronoun."""
    if head.dep_ != "ccomp" or head.head.i == head.i:
        return []
    own = subjects_of(head)
    if not own or not (is_pronoun(own[0]) or any(c.dep_ == "det" and c.lower_ == "the" for c in own[0].children)) \
            or art.persons_in(subtree_span(own[0])):
        return []
    for speaker in subjects_of(head.head):  # the parser may make 'Aides to' a modifier of the name
        if any(t.lower_ in art.lex["speaking_for_nouns"] and t.pos_ == "NOUN" for t in subtree_span(speaker)):
            named = art.persons_in(subtree_span(speaker))
            if len(named) == 1:
                return named
    return []
