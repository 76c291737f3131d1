"""Moves a Q&A interview tells only by answer: 'Q: Are you joining the IPP? A: I have not decided yet.'

The question names the move and its party; the answer, in the interviewee's words, says only where
the interviewee stands ('I have not decided yet', 'No, never'), with no party and often no verb of
moving, so no sentence rule reads an act in it. The pair is one statement: the interviewee considers
(possible) or rules out (denied) the move the question names, said on the interview's day. The
question alone is no act (``interviews.question_spans``); an answer that names a party of its own is
read by the sentence rules, and an answer of 'Yes' is left to them too (it usually says what is done).
Read from the text, once per article that holds a 'Q:' line.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..country.lexicon import Lexicon
from ..model import Event, Evidence
from .interviews import first_question_at
from .story_memory import recall

# 'Are you joining', 'Will you go back to', 'Would you ever return to', 'Are you leaving': the move asked of 'you'
_ASKED = re.compile(r"\b(?:are|will|would|do|did|is it true that)\s+you\s+(?:\w+\s+){0,2}?"
                    r"(?P<verb>join(?:ing)?|rejoin(?:ing)?|go(?:ing)?\s+(?:back\s+)?to|return(?:ing)?\s+to"
                    r"|leav(?:e|ing)|quit(?:ting)?|part(?:ing)?\s+ways\s+with)\b[^?\n]*\?", re.I)
_LEAVING = re.compile(r"^(?:leav|quit|part)", re.I)
_ANSWER = re.compile(r"^[ \t]*A[ \t]*[:.][ \t]*(?P<body>[^\n]*)", re.M)
_QUESTION = re.compile(r"^[ \t]*Q[ \t]*[:.][ \t][^\n]*", re.M)


@lru_cache(maxsize=4)
def _answer_words(undecided: tuple[str, ...], refusals: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    hedge = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in undecided) + r")\b", re.I)
    refuse = re.compile(r"^(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in refusals) + r")\b", re.I)
    return hedge, refuse


def answered_moves(doc: str, text: str, offset: int, memory: dict, aliases: list[tuple[int, int, str, str]],
                   events: list[Event], lex: Lexicon) -> list[Event]:
    """The moves the interviewee considers or rules out in answer to a question naming them."""
    if first_question_at(text) is None:
        return []
    person = memory.get("interviewee")
    if not person:
        return []
    hedge, refuse = _answer_words(tuple(lex["qa_undecided_phrases"]), tuple(lex["qa_refusal_openers"]))
    parties = [(start, end, code) for start, end, kind, code in aliases if kind == "party" and code != "IND"]
    told = {(e.type, e.actor, e.party) for e in events}
    day = recall(memory, "interview_day")
    out: list[Event] = []
    for question in _QUESTION.finditer(text):
        asked = _ASKED.search(question.group())
        answer = _ANSWER.match(text, question.end() + len(text[question.end():]) - len(text[question.end():].lstrip()))
        if asked is None or answer is None:
            continue
        at = question.start() + asked.start("verb")
        named = [code for start, _end, code in parties if at < start < question.start() + asked.end()]
        if len(set(named)) != 1 or any(answer.start("body") <= start < answer.end() for start, _e, _c in parties):
            continue  # no single party asked about, or the answer names its own
        first = re.split(r"(?<=[.!?])\s+", answer.group("body"), maxsplit=2)
        status = "denied" if refuse.search(first[0]) else "possible" if hedge.search(" ".join(first[:2])) else None
        if status is None:
            continue
        kind = "leave_party" if _LEAVING.search(asked.group("verb")) else "join_party"
        if (kind, person, named[0]) in told:
            continue
        said = first[0] if status == "denied" or hedge.search(first[0]) else first[1]
        start = answer.start("body") + answer.group("body").index(said)
        out.append(Event(doc=doc, type=kind, actor=person, party=named[0], date=day, status=status,
                         evidence=Evidence(said, offset + start, offset + start + len(said), "interview.answered"),
                         confidence=0.7))
    return out
