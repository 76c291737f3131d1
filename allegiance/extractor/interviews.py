"""Question-and-answer interviews: who says 'I' in an answer.

A Q&A piece ("Q: Are you leaving the party? A: No. I am not leaving.") prints
its answers without quotation marks or a verb of saying: every answer is the
interviewee's own words. The interviewee is the person the introduction names
in full before the first question; an 'I' in an 'A:' line is that person,
never the last name the answer happens to mention ("I have been with Imran
Khan since 2011").
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from spacy.tokens import Span, Token

from .dates import date_expressions
from .story_memory import recall

QUESTION_LINE = re.compile(r"^[ \t]*Q[ \t]*[:.][ \t]", re.M)
ANSWER_OPENERS = ("A", "Ans")
CLOSED = re.compile(r"[.!?][\"'\u201d\u2019]?\s*$")


def first_question_at(text: str) -> int | None:
    """Where the first 'Q:' line of an article starts, or None when it has none."""
    m = QUESTION_LINE.search(text or "")
    return m.start() if m else None


QUESTION_TEXT = re.compile(r"^[ \t]*Q[ \t]*[:.][ \t][^\n]*", re.M)
ASKED = re.compile(r"[^.?!]*\?")  # one interrogative sentence of a question line, up to its mark


def question_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each interrogative sentence on the question lines of a Q&A piece ('Q: Will the
    PTI talk to the PPP?'). The interviewer's question names the move it asks about; that is no act the
    story reports: an act the answer confirms or denies is read from the answer. A statement the
    question line makes ('Q: Your nephew announced on Wednesday that he was quitting.') is the paper's
    own report and stays."""
    if first_question_at(text) is None:
        return []
    spans: list[tuple[int, int]] = []
    for line in QUESTION_TEXT.finditer(text):
        base = line.start()
        spans += [(base + m.start(), base + m.end()) for m in ASKED.finditer(line.group())]
    return spans


def note_interviewee(memory: dict, sent: Span, persons: Callable[[], list[Span]], at: int) -> None:
    """Remember the first person named in full ahead of an interview's first question (`at` is the
    sentence's place in the article): the introduction names the one the answers speak for. A headline
    or deck (a line with no closing stop) may name the people asked about, so it does not count."""
    if "interviewee" in memory:
        return
    first_q = memory.get("first_question")
    if first_q is None:
        first_q = memory["first_question"] = first_question_at(memory.get("article_text", "")) or -1
    if first_q < 0 or at >= first_q or not CLOSED.search(sent.text):
        return  # most stories hold no interview: asked once per article, before any sentence's text is built
    for person in persons():
        full = person.kb_id_ or person.text
        if len(full.split()) >= 2:
            memory["interviewee"] = full
            return


def answer_speaker(token: Token, memory: dict) -> Span | None:
    """The interviewee, as a mention on `token`, when the token sits in an answer line ('A: I quit')."""
    name = memory.get("interviewee")
    if not name or not in_answer(token):
        return None
    return Span(token.doc, token.i, token.i + 1, label="PERSON", kb_id=name)


def in_answer(token: Token) -> bool:
    """Whether a token sits in an interview's answer line ('A: No. I am not leaving.'), after its mark."""
    doc = token.doc
    start = token.i
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    return doc[start].text in ANSWER_OPENERS and start + 1 < token.i and doc[start + 1].text in (":", ".")


INTERVIEW_WORDS = re.compile(r"\b(?:spoke|speaking|talked|talking|interview(?:ed)?|sat down with|conversation)\b", re.I)


def interview_day_in(text: str, published: date | None) -> str | None:
    """The day an interview's introduction says it took place ('Kahlon spoke to us at his residence on
    Friday'), read from the text before the first question: the answers are said that day, whatever
    day the introduction's news is."""
    first_q = first_question_at(text)
    if first_q is None:
        return None
    for piece in re.split(r"(?<=[.!?])\s+|\n+", text[:first_q]):
        said = INTERVIEW_WORDS.search(piece)
        if said:
            days = [(pos, d) for pos, d in date_expressions(piece, published) if d is not None]
            if len({d for _pos, d in days}) == 1:
                return days[0][1].isoformat()
            after = [d for pos, d in sorted(days, key=lambda pd: pd[0]) if pos > said.start()]
            if after:  # 'X, who quit on June 3, sat down with us on Monday': the day that follows the verb of talking
                return after[0].isoformat()
    return None


def interview_day(memory: dict, sent: Span) -> str | None:
    """The interview's day for an answer's sentence that speaks as 'I' ('I am not leaving the PTI') or,
    for the interviewee's party, as 'we' ('We will not hold talks with the PPP'),
    if the introduction told it: what the interviewee says of others ('He told me he was parting
    ways') happened when it happened, not on the day it is retold."""
    day = recall(memory, "interview_day")
    if not day or not in_answer(sent[-1]):
        return None
    return day if any(t.text in ("I", "We", "we") and t.dep_ in ("nsubj", "nsubjpass") for t in sent) else None
