"""The story's own time, read from its text before any parse: the day its lead tells (`lead_date`), the day
it was filed on (`filed_on`), the marks that set a running time as the story goes on (`time_marks`,
`running_time`), and the span a vague phrase such as "earlier this year" allows (`act_bounds`).

An act told with no time of its own takes its day from here, so these are read once per article and kept
apart from the sentence-level rules of ``dates.py`` that they build on.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from .dates import (DATELINE_HEAD, DAY_MONTH, MONTH_DAY, MONTH_RE, MONTHS, VAGUE, _after, _coming_day,
                    _names_other_event, date_expressions, resolve_day_month)
from .day_counts import counted_day
from .lowered import case_blind, for_lowered
from .pluperfect_days import pluperfect_day


LEDE_CHARS = 600  # the title and the opening paragraph: where a news story says what happened when


@lru_cache(maxsize=8)
def _lowered_words(event_words: re.Pattern) -> re.Pattern | None:
    """The extractor's event words rewritten once for lowercased text (None unless they ignore case):
    searched in every sentence of every article's lede scan, the case-ignoring alternation of stems is
    the scan's largest cost."""
    return for_lowered(event_words) if event_words.flags & re.I else None


def lead_date(text: str, published: date | None, event_words: re.Pattern) -> date | None:
    """The day of the story: the first specific date in the lede ("Shehbaz Sharif was elected
    prime minister on Monday"), else in a later sentence that reports a move.

    Undated acts told in the same story inherit it ('A and B also joined').
    """
    from .select import split_sentences

    fallback, planned, deck = None, False, None
    lede = _dateline_lede(text)
    lowered_words = _lowered_words(event_words)
    words, seen = (event_words, text) if lowered_words is None else case_blind(event_words, lowered_words, text)
    for start, end in split_sentences(text):
        sentence = text[start:end]
        hit = words.search(seen[start:end])
        if not hit and start < LEDE_CHARS and len(sentence) > 60:  # a lede sentence, not a byline
            hit = re.search(r"\w", sentence)
        if not hit:
            continue
        if deck is not None and start >= lede + LEDE_CHARS:
            return deck  # the lede gave no day: the deck's holds
        if planned and start >= LEDE_CHARS:
            return published
        exprs = [(pos, d) for pos, d in date_expressions(sentence, published)
                 if d is not None and not _names_other_event(sentence, pos)]
        if exprs and all(pluperfect_day(sentence, pos) for pos, _ in exprs):
            continue  # 'The MPAs had called on the chief minister on September 29': a step before, not the story's day
        coming = [(pos, d) for pos, d in exprs if _coming_day(sentence, pos)]
        if coming and len(coming) == len(exprs) and start < LEDE_CHARS and not sentence.rstrip().endswith("."):
            planned = True  # a deck's 'MQM-P expected to announce decision today': the lede's own day may follow
            continue
        # the publication day written out in full ('(News Agency - July 29th, 2022)') is the
        # article's dateline, not the day of the act: a later day of the lede ('on Thursday') wins
        own = [(pos, d) for pos, d in exprs if not (d == published and _written_out(sentence, pos))]
        # 'X, who quit the PML-N on Saturday, joined the PTI on Sunday': the main clause's day is the story's
        own = [(pos, d) for pos, d in own if not _in_relative_clause(sentence, pos)] or own
        if exprs and not own:
            fallback = fallback or exprs[0][1]
            continue
        if own:
            at, when = min(own, key=lambda x: abs(x[0] - hit.start()))
            when = counted_day(sentence, at, when)  # 'quit two days after his arrest on May 14': May 16
            # a move planned for a coming day is news of the day it is told
            when = published if _after(when, published) else when
            if start < lede:  # a deck's day ('PPP expels Sargodha leader on Monday') tells a side story
                deck = deck or when
                continue
            return when
    return deck or fallback or (published if planned else None)


# The dateline that opens a story's lede: 'LAHORE: ...', 'ISLAMABAD, May 21: ...', 'KARACHI - ...'.
DATELINE_LEDE = re.compile(r"^[A-Z][A-Z .'/-]{2,30}(?:,[^:\n]{1,40})?\s*(?::|\s[-–—])\s", re.M)


FILED_DATELINE = re.compile(rf"^[A-Z][A-Z .'/-]{{2,30}},\s*(?:(\d{{1,2}})\s+({MONTH_RE})|({MONTH_RE})\.?\s+(\d{{1,2}}))\b[^:\n]{{0,20}}(?::|\s[-–—])",
                            re.M | re.I)
FILED_EARLIEST = 3  # days: a print story is filed the day before it appears, a weekly's a few days before


def filed_on(text: str, published: date | None) -> date | None:
    """The day a story was filed, when its dateline says so and it differs from the day it appeared ('LAHORE,
    June 11: ...' in the paper of June 12): 'today', 'yesterday' and the weekdays of the story count from it.
    None when the dateline gives no day or the same one."""
    if published is None:
        return None
    m = FILED_DATELINE.search(text, 0, LEDE_CHARS)
    if m is None:
        return None
    day = int(m.group(1) or m.group(4))
    filed = resolve_day_month(day, MONTHS[(m.group(2) or m.group(3)).lower()], None, published)
    if filed is None or filed == published or not 0 < (published - filed).days <= FILED_EARLIEST:
        return None
    return filed


def _dateline_lede(text: str) -> int:
    """Where the dateline lede begins, when decks stand above it in the story's head; 0 otherwise."""
    m = DATELINE_LEDE.search(text, 0, LEDE_CHARS)
    return m.start() if m else 0


def _written_out(text: str, pos: int) -> bool:
    """Whether the date expression at a position is a calendar date ('July 29', '29 July'), not a
    weekday or a relative day."""
    return bool(DAY_MONTH.match(text, pos) or MONTH_DAY.match(text, pos))


# A day that opens a period rather than dating an act: 'since May 9', 'after the arrest of X on May 9'.
BOUND_BEFORE = re.compile(r"\b(?:since|after|following|amid|amidst|in\s+the\s+wake\s+of)\b[^.;:!?\n]{0,50}$", re.I)


def _bound_in_background(text: str, opening: int, pos: int) -> bool:
    """'Mr Khan had remained silent since the May 9 violence': a period bound told of a background state (a
    pluperfect before it in its sentence) is no time the story runs on in; the acts told next are the day's."""
    head = text[opening:pos]
    return bool(re.search(r"\bhad\s+(?:been\s+|not\s+|remained\s+|stayed\s+)?\w+", head, re.I))


UNTIL_NOW = re.compile(r"\b(?:until|till)\s+$", re.I)
LONG_BEFORE = 365  # days: a day this far before publication tells of another time than the story's


def time_marks(text: str, published: date | None, openers) -> list[tuple[int, bool, str | None]]:
    """(position, vague, day) of every time expression in an article, in order, for the story's
    running time: a time without a day ('last month', 'in 2018', and a sentence opened by a
    background adverb alone: 'Earlier, several leaders joined ...'), or a day; `day` is set for a
    past day that opens its sentence ('Earlier on January 1, several leaders joined ...', 'On
    Saturday, X had left ...'), which sets the time of what the next sentences tell."""
    marks = []
    found = date_expressions(text, published)
    bounds = {pos for pos, _d in found if BOUND_BEFORE.search(text[max(0, pos - 60):pos])}
    # asked once a position: the days below and the loop after both need it
    other = {pos: _names_other_event(text, pos) for pos, _d in found if pos not in bounds}
    days = [pos for pos, d in found if d is not None and pos not in bounds and not other[pos]]
    words = "|".join(re.escape(w) for w in openers)
    opening_words = re.compile(rf"(?:^|[.!?\n])\s*(?:(?:{words})\s+)?(?:on\s+)?$", re.I)  # built once, not per mark
    for pos, d in found:
        if pos in bounds:
            # 'an exodus since May 9', 'after the arrest on May 9': a period, no day; unless the
            # sentence dates its own act ('on Thursday launched a party of those who left since May 9')
            opening = max(text.rfind(c, 0, pos) for c in ".!?\n") + 1
            closing = min([i for i in (text.find(c, pos) for c in ".!?\n") if i >= 0] or [len(text)])
            if not any(opening <= at < closing for at in days) and not _bound_in_background(text, opening, pos):
                marks.append((pos, True, None))
            continue
        if other[pos] and d is not None and published is not None and 0 <= (published - d).days <= 7 \
                and UNTIL_NOW.search(text, max(0, pos - 8), pos):
            marks.append((pos, False, None))  # 'had not joined any party until Monday': the story is back at its day
            continue
        if other[pos] or _in_relative_clause(text, pos) or (d is None and _possessive_time(text, pos)):
            continue
        head = text[max(0, pos - 40):pos]
        line_start = text.rfind("\n", 0, pos) + 1
        if DATELINE_HEAD.match(text[line_start:pos]) or not text[line_start:pos].strip() and _bare_line(text, pos):
            continue  # a dateline or a date standing alone on its line dates the article, not a passage
        opens = opening_words.search(head)
        if d is not None and not opens and published is not None and (published - d).days > LONG_BEFORE:
            marks.append((pos, True, None))  # 'stayed in office from April 18, 1993': the story has gone back in time
            continue
        marks.append((pos, d is None, d.isoformat() if d is not None and opens and not _after(d, published) else None))
    if words:
        for m in re.finditer(rf"(?:^|(?<=[.!?\n]))\s*(?:{words}),", text, re.I):
            marks.append((m.end() - 1, True, None))
    return sorted(marks)


def _possessive_time(text: str, pos: int) -> bool:
    """'last week's mayoral election': a vague time that owns a noun names that event, it sets no
    running time for the story."""
    m = VAGUE.match(text, pos)
    return bool(m) and bool(re.match(r"[’']s\b", text[m.end():m.end() + 3]))


def _in_relative_clause(text: str, pos: int) -> bool:
    """'X, who had parted ways with the PTI in 2022, was named its president': a time inside a
    relative clause describes someone; it does not move the story's running time."""
    opening = max(text.rfind(c, 0, pos) for c in ".!?\n") + 1
    before = text[opening:pos]
    m = None
    for m in re.finditer(r",\s+(?:who|which|whose)\b", before):
        pass
    if m is not None and "," not in before[m.end():]:
        return True
    # 'The senator, elected from Punjab in 2018, said ...': a participle set off by commas
    aside = re.search(r",\s+(?:elected|appointed|nominated|named|inducted|expelled|suspended|removed)\b[^,]*$", before)
    closing = re.match(r"[^,.;]*,", text[pos:])
    return aside is not None and closing is not None


def _bare_line(text: str, pos: int) -> bool:
    """Whether the line at a position holds little but a date ('February 21, 2024')."""
    end = text.find("\n", pos)
    line = text[pos:end if end >= 0 else len(text)]
    return len(line) < 40 and not re.search(r"[.!?]\s*\S", line)


RUNNING_FROM = 400  # the headline and lead tell the story's own news: its day holds there


def running_time(marks: list[tuple[int, bool, str | None]], text: str, pos: int,
                 own_paragraph: bool = False) -> tuple[bool, str | None] | None:
    """The story's running time at a position, from the last time expression before it in its own
    paragraph or the one before: (True, None) when it has no day ('demanded a province last month.
    ... Six MNAs announced their resignations'), (True, day) when a sentence opened by a day set it
    ('Earlier on January 1, BAP leaders joined the PPP. ... Other BAP leaders who joined ...'),
    None when the lead's day holds, as it does within the headline and lead themselves."""
    if pos < RUNNING_FROM:
        return None
    para = text.rfind("\n\n", 0, pos)
    start = para if own_paragraph else text.rfind("\n\n", 0, para) if para > 0 else 0
    before = [(vague, day) for at, vague, day in marks if max(start, 0) <= at < pos]
    if not before:
        return None
    vague, day = before[-1]
    if vague:
        return True, None
    return (True, day) if day else None


# --------------------------------------------------------------------------- bounds of an undated act

BOUND_RE = re.compile(r"\b(?P<rel>earlier|later|last|this|previous)\s+(?:this\s+)?(?P<unit>year|month|week)\b"
                      r"|\bin\s+(?P<month>" + MONTH_RE + r")\b(?:,?\s+(?P<year>\d{4}))?(?!\s+\d{1,2}\b)"
                      r"|\bin\s+(?P<only_year>(?:19|20)\d{2})\b", re.I)


def _month_span(year: int, month: int) -> tuple[date, date]:
    after = date(year, month, 1)
    before = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return after, before


def _relative_span(rel: str, unit: str, published: date) -> tuple[date, date]:
    """'last week', 'earlier this year', 'this month', 'last year' against the publication day."""
    rel = rel.lower()
    if unit == "week":
        monday = published - timedelta(days=published.weekday())
        return (monday - timedelta(days=7), monday - timedelta(days=1)) if rel in ("last", "previous") \
            else (monday, published)
    if unit == "month":
        first = published.replace(day=1)
        if rel in ("last", "previous"):
            before = first - timedelta(days=1)
            return before.replace(day=1), before
        return first, published
    if rel in ("last", "previous"):
        return date(published.year - 1, 1, 1), date(published.year - 1, 12, 31)
    return date(published.year, 1, 1), published


def act_bounds(sentence: str, published: date | None) -> tuple[date, date] | None:
    """(on or after, on or before) for an act with no stated day whose sentence bounds it: "last week",
    "earlier this year", "in January", "in 2019"; None when the sentence gives no bound (the act is then
    only "on or before" its publication). A bound never ends after the publication: news reports the past."""
    if published is None:
        return None
    for m in BOUND_RE.finditer(sentence):
        if m.group("unit"):
            if m.group("rel").lower() == "later":
                continue  # "later this year" points forward: no bound on a past act
            span = _relative_span(m.group("rel"), m.group("unit").lower(), published)
        elif m.group("month"):
            if not m.group("month")[0].isupper():
                continue  # "took part in march": a noun, not the month
            month = MONTHS[m.group("month").lower()]
            year = int(m.group("year")) if m.group("year") else published.year - (month > published.month)
            span = _month_span(year, month)
        else:
            year = int(m.group("only_year"))
            span = (date(year, 1, 1), date(year, 12, 31))
        after, before = span[0], min(span[1], published)
        if after <= before:
            return after, before
    return None
