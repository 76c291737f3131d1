"""Moves a Q&A interview tells only by answer: 'Q: Are you joining the IPP? A: I have not decided yet.'

The question names the move and its party; the answer, in the interviewee's words, says only where
the interviewee stands ('I have not decided yet', 'No, never'), with no party and often no verb of
moving, so no sentence rule reads an act in it. The pair is one statement: the interviewee considers
(possible) or rules out (denied) the move the question names, said on the interview's day. The
question alone is no act (``interviews.question_spans``); an answer that names a party of its own is
read by the sentence rules, and an answer of 'Yes' is left to them too (it usually says what is done).
Read from the text, once per article that holds a 'Q:' line. The same pair told in reported form on a
talk show ('When the host asked whether he would join the GDA, Mr Jamali replied: "I have no such
plans."') is read the same way, dated as the story's statement.
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
# 'When the host asked whether he would join the GDA instead, Mr Jamali replied: "I have no such plans.'
_REPORTED = re.compile(r"\b[Aa]sked\b[^.\n\"]{0,60}?\b(?:whether|if)\s+(?:he|she)\s+(?:\w+\s+){0,3}?"
                       r"(?P<verb>join(?:ing)?|rejoin(?:ing)?|leav(?:e|ing)|quit(?:ting)?)\b(?P<rest>[^,.\n\"]*),\s*"
                       r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>(?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+)\s+"
                       r"(?:replied|said|responded|answered)\s*[:,]?\s*[\"\u201c](?P<body>[^\"\u201d\n]*)")


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=4)
def _answer_words(undecided: tuple[str, ...], refusals: tuple[str, ...], refusing: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    hedge = re.compile(r"\b(?:" + _alternation(undecided) + r")\b", re.I)
    refuse = re.compile(r"^(?:" + _alternation(refusals) + r")\b|\b(?:" + _alternation(refusing) + r")\b", re.I)
    return hedge, refuse


def answered_moves(doc: str, text: str, offset: int, memory: dict, aliases: list[tuple[int, int, str, str]],
                   events: list[Event], lex: Lexicon) -> list[Event]:
    """The moves the interviewee considers or rules out in answer to a question naming them."""
    reported = _reported_moves(doc, text, offset, memory, aliases, events, lex) if "sked " in text else []
    if first_question_at(text) is None:
        return reported
    person = memory.get("interviewee")
    if not person:
        return reported
    hedge, refuse = _answer_words(tuple(lex["qa_undecided_phrases"]), tuple(lex["qa_refusal_openers"]), tuple(lex["qa_refusal_phrases"]))
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
    return reported + out


def _reported_moves(doc: str, text: str, offset: int, memory: dict, aliases: list[tuple[int, int, str, str]],
                    events: list[Event], lex: Lexicon) -> list[Event]:
    """'Asked whether he would join the GDA, Mr Jamali replied: "I have no such plans."': the reported pair."""
    hedge, refuse = _answer_words(tuple(lex["qa_undecided_phrases"]), tuple(lex["qa_refusal_openers"]), tuple(lex["qa_refusal_phrases"]))
    parties = [(start, code) for start, _end, kind, code in aliases if kind == "party" and code != "IND"]
    told = {(e.type, e.party) for e in events}
    out: list[Event] = []
    for m in _REPORTED.finditer(text):
        named = {code for start, code in parties if m.start("rest") <= start < m.end("rest")}
        first = re.split(r"(?<=[.!?])\s+", m.group("body"), maxsplit=1)[0]
        if len(named) != 1 or any(m.start("body") <= start < m.start("body") + len(first) for start, _c in parties):
            continue  # no single party asked about, or the answer's first word names its own
        status = "denied" if refuse.search(first) else "possible" if hedge.search(first) else None
        kind = "leave_party" if _LEAVING.search(m.group("verb")) else "join_party"
        party = named.pop()
        if status is None or (kind, party) in told:
            continue
        out.append(Event(doc=doc, type=kind, actor=m.group("name"), party=party, date=memory.get("lead_date"), status=status,
                         evidence=Evidence(m.group(), offset + m.start(), offset + m.end(), "interview.reported_answer"),
                         confidence=0.6))
    return out
