"""The day a body met, told in a relative clause on the body that acts, is the act's day.

    The JUI-F's disciplinary committee, which met in Peshawar on Friday, terminated the membership of X.   Friday
    X, who was elected from Lyari in 2018, resigned as MPA.                          2018 tells of X: no day

A time in a relative clause on the act's subject usually tells of the subject, not of the act
(``dates._on_own_subject``). A committee, council or party that met on a day and acted is different:
the meeting is where the act was done, so its day is the act's when the act names none of its own.
"""
from __future__ import annotations

from spacy.tokens import Span


def met_that_day(sent: Span, pos: int, lex) -> bool:
    """Whether the time at a character position of the sentence dates a meeting told in a relative
    clause ('which met on Friday', 'which convened in Lahore on Sunday'; lexicon meeting_verbs)."""
    if lex is None:
        return False
    tok = sent.char_span(pos, pos + 1, alignment_mode="expand")
    if tok is None:
        return False
    for anc in tok[0].ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            return anc.dep_ == "relcl" and anc.lemma_.lower() in lex["meeting_verbs"]
    return False
