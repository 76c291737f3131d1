"""Days counted from another day the story tells, rather than from its publication or its lead.

    A stepped down on Tuesday, and B resigned a day later.           B: Wednesday
    A sent his resignation on Monday evening. ... A day later, B also tendered his.   B: Tuesday
    The two parties agreed on Monday, a day after their leaders held talks.        the talks: Sunday
    The party expelled him on Saturday, a day before he announced his exit.         the exit: Sunday
    X quit the PTI two days after his arrest on May 14.                                the exit: May 16

A count of days is anchored on the last day the text names before it: within the sentence when it
names one, else the sentences just before it (the day the story has just told). With no such day the
count gives none: 'a day later' alone says nothing of the publication's day.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

NUMBER_OF_DAYS = {"a": 1, "one": 1, "two": 2, "three": 3}

# 'a day later', 'two days later', 'the next day', 'the following day' (cheap to test on any sentence)
LATER = re.compile(r"\b(?:(?P<n>a|one|two|three)\s+days?\s+later|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)"
                   r"|(?P<week>a|one)\s+week\s+later|the\s+day\s+after(?=\s*,))\b", re.I)  # 'The day after, X joined'

# 'a day after X quit', 'a day before he announced': the clause after the phrase is the counted act
AROUND = re.compile(r"\b(?P<n>a|one|two|three)\s+days?\s+(?P<side>after|before)\b", re.I)


def later_expressions(text: str) -> list[tuple[int, int]]:
    """(position, days on) of each 'a day later', 'the next day', 'a week later' in a text."""
    return [(m.start(), NUMBER_OF_DAYS[m.group("n").lower()] if m.group("n") else 7 if m.group("week") else 1)
            for m in LATER.finditer(text)]


def counted_on(text: str, exprs: list[tuple[int, date | None]], told_before: date | None) -> list[tuple[int, date]]:
    """The days of a sentence's 'a day later' phrases: on from the last day the sentence names before the
    phrase ('stepped down on Tuesday, and B resigned a day later'), else from the day told just before it."""
    out = []
    for pos, n in later_expressions(text):
        anchor = next((d for p, d in reversed(exprs) if d is not None and p < pos), told_before)
        if anchor is not None:
            out.append((pos, anchor + timedelta(days=n)))
    return out


def counted_around(sent: Span, trigger: Token, exprs: list[tuple[int, date | None]]) -> date | None:
    """'agreed on Monday, a day after their leaders held talks': an act in the clause that 'a day after'
    (or 'a day before') opens, with a day of the sentence's own before the phrase, is that many days
    before (or after) it. None when the act is not in such a clause or the sentence names no day first."""
    text = sent.text
    for m in AROUND.finditer(text):
        opening = sent.char_span(m.end("side") - 1, m.end("side"), alignment_mode="expand")
        if opening is None or not _opens_clause_of(opening[0], trigger):
            continue
        anchor = next((d for p, d in reversed(exprs) if d is not None and p < m.start()), None)
        if anchor is None:
            return None
        n = NUMBER_OF_DAYS[m.group("n").lower()]
        return anchor - timedelta(days=n) if m.group("side").lower() == "after" else anchor + timedelta(days=n)
    return None


# what may stand between the counting phrase and the day it counts from: 'two days after his arrest on May 14'
COUNTED_FROM_GAP = re.compile(r"[^,;:()\"“”]{0,60}$")


def counted_from_phrase(sent: Span, trigger: Token, exprs: list[tuple[int, date | None]],
                        events: list[tuple[int, date | None]] = ()) -> date | None:
    """'X quit the PTI two days after his arrest on May 14': an act outside the clause 'two days after'
    opens, whose only day is the one that phrase names, is that many days after (or before) it. None when
    the act has a day of its own outside the phrase or is itself the counted clause (``counted_around``).
    `events` are the days the sentence names as other events' ('a day after the March 8 polls'): counted
    from, they date the act too, but being no day of the act's own they never stop the count."""
    text = sent.text
    for m in AROUND.finditer(text):
        opening = sent.char_span(m.end("side") - 1, m.end("side"), alignment_mode="expand")
        if opening is None or _opens_clause_of(opening[0], trigger):
            continue
        inside = [(p, d) for p, d in sorted([*exprs, *events])
                  if p >= m.end() and COUNTED_FROM_GAP.match(text[m.end():p]) is not None]
        if not inside or inside[0][1] is None or any(d is not None and (p, d) not in inside for p, d in exprs):
            continue
        n = NUMBER_OF_DAYS[m.group("n").lower()]
        day = inside[0][1]
        return day + timedelta(days=n) if m.group("side").lower() == "after" else day - timedelta(days=n)
    return None


COUNTED_BEFORE_DAY = re.compile(r"\b(a|one|two|three)\s+days?\s+(after|before)\b[^,;:()\"“”]{0,60}$", re.I)


def counted_day(text: str, pos: int, day: date | None) -> date | None:
    """The day a count of days makes of the day named at `pos` ('two days after his arrest on May 14':
    May 16), read from the text alone (the lede's scan, before any parse); the day itself when no count
    opens the phrase that names it."""
    m = COUNTED_BEFORE_DAY.search(text, max(0, pos - 90), pos) if day is not None else None
    if m is None:
        return day
    n = NUMBER_OF_DAYS[m.group(1).lower()]
    return day + timedelta(days=n) if m.group(2).lower() == "after" else day - timedelta(days=n)


def _opens_clause_of(word: Token, trigger: Token) -> bool:
    """Whether 'after'/'before' governs the act's clause: it is the act's mark or an ancestor of it, or
    stands just before the act's clause with no other verb between ('a day after MPA X left')."""
    if word.i >= trigger.i:
        return False
    if word in trigger.ancestors:
        return True
    if word.dep_ == "mark" and word.head.i > word.i and (word.head.i == trigger.i or word.head in trigger.ancestors):
        return True  # 'a day before he announced that he was quitting': the clause it marks holds the act
    edge = trigger.left_edge.i
    return word.i < edge and edge - word.i <= 4 and not any(t.pos_ in ("VERB", "AUX") for t in trigger.doc[word.i + 1:edge])


def day_told_before(text: str, start: int, published: date | None, last_day) -> date | None:
    """The last plain day named in the text of the paragraph before a sentence and its own paragraph up
    to it ('... sent his resignation on Monday evening. ... A day later, ...'). `last_day` reads one
    stretch of text (quote_days' rule: no day of a relative clause, a quotation or another event)."""
    if published is None:
        return None
    para = text.rfind("\n\n", 0, start)
    opening = text.rfind("\n\n", 0, para) if para > 0 else 0
    return last_day(text[max(opening, 0):start], published)


def act_of_the_setting(trigger: Token) -> Token:
    """'came a day after X joined the PTI at the Governor's House, where the governor welcomed him': a
    'where' clause on the act's place tells the same act, so it is counted as the act the clause
    hangs from is; any other act is its own."""
    if trigger.dep_ != "relcl" or not any(c.lower_ == "where" for c in trigger.children):
        return trigger
    return next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), trigger)
