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

from spacy.tokens import Span, Token

QUESTION_LINE = re.compile(r"^[ \t]*Q[ \t]*[:.][ \t]", re.M)
ANSWER_OPENERS = ("A", "Ans")
CLOSED = re.compile(r"[.!?][\"'\u201d\u2019]?\s*$")


def first_question_at(text: str) -> int | None:
    """Where the first 'Q:' line of an article starts, or None when it has none."""
    m = QUESTION_LINE.search(text or "")
    return m.start() if m else None


def note_interviewee(memory: dict, sent: Span, persons: list[Span], at: int) -> None:
    """Remember the first person named in full ahead of an interview's first question (`at` is the
    sentence's place in the article): the introduction names the one the answers speak for. A headline
    or deck (a line with no closing stop) may name the people asked about, so it does not count."""
    if "interviewee" in memory or not CLOSED.search(sent.text):
        return
    first_q = memory.get("first_question")
    if first_q is None:
        first_q = memory["first_question"] = first_question_at(memory.get("article_text", "")) or -1
    if first_q < 0 or at >= first_q:
        return
    for person in persons:
        full = person.kb_id_ or person.text
        if len(full.split()) >= 2:
            memory["interviewee"] = full
            return


def answer_speaker(token: Token, memory: dict) -> Span | None:
    """The interviewee, as a mention on `token`, when the token sits in an answer line ('A: I quit')."""
    name = memory.get("interviewee")
    if not name:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    opener = doc[start]
    if opener.text not in ANSWER_OPENERS or start + 1 >= len(doc) or doc[start + 1].text not in (":", ".") \
            or start + 1 >= token.i:
        return None
    return Span(doc, token.i, token.i + 1, label="PERSON", kb_id=name)
