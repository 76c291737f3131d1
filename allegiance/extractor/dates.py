"""Event dates resolved against the publication date.

A date belongs to the act, not to the article: "on Sunday" in an article of
Monday 22 May is 21 May; "earlier this year" gives no day and so no date.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Span, Token

from . import base  # base imports interviews, which imports this module: read at call time
from .day_counts import AROUND, LATER, act_of_the_setting, counted_around, counted_from_phrase, counted_on
from .lowered import case_blind, for_lowered, lowered_in_place
from .meeting_days import met_that_day
from .status import called_off_by, on_hearsay, still_to_come

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE})\.?\b(?:,?\s+(\d{{4}}))?", re.I)
MONTH_DAY = re.compile(rf"\b({MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)
RELATIVE = {"yesterday": -1, "today": 0, "tonight": 0, "last night": -1, "earlier today": 0, "this morning": 0,
            "day before yesterday": -2, "late last night": -1, "tomorrow": 1, "day after tomorrow": 2}
RELATIVE.update({"a day ago": -1, "one day ago": -1, "two days ago": -2, "three days ago": -3,
                 "last evening": -1, "this evening": 0, "this afternoon": 0})
RELATIVE_RE = re.compile(r"\b(day before yesterday|day after tomorrow|late last night|last night|last evening|this evening|this afternoon|earlier today|this morning|yesterday|today|tonight|tomorrow"
                         r"|(?:a|one|two|three)\s+days?\s+ago)\b", re.I)
WEEKDAY_RE = re.compile(r"\b(?:on\s+|last\s+|late\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
# Vague times, no day of their own, in the order they are tried at a position: (the letters an expression
# can open with, the expression after its word boundary). 'last week', 'in November', 'in 2018', 'a month
# later' ('A month later, A and B joined the PTI': weeks or months on from another act), a stretch of days
# ('earlier in the week', 'over the weekend', 'a fortnight ago', 'a few days back', 'the other day', 'in the
# first week of March', 'in mid-February'); 'two days ago' is a day (RELATIVE).
VAGUE_TIMES = (
    ("eltnp", r"(?:earlier|later|last|this|next|previous)\s+(?:this\s+)?(?:year|month|week)\b"),
    ("elt", r"(?:(?:earlier|later)\s+(?:in\s+)?that|that\s+same|the\s+same|the\s+following)\s+(?:year|month)\b"),  # told of a past time
    ("i", r"in\s+(?:" + MONTH_RE + r")\b(?!\s+\d{1,2}\b)"),  # "in November", "in November 2020": no day
    ("i", r"in\s+\d{4}\b"),
    ("itlne", r"(?:in\s+the|this|last|next|early|late)\s+(?:spring|summer|autumn|fall|winter)\b"),
    ("fsc", r"(?:four|five|six|several|few|couple\s+of)\s+days\s+ago\b"),
    ("aotfsc", r"(?:a|one|two|three|four|five|six|several|few|couple\s+of)\s+(?:weeks|months|years|week|month|year)\s+ago\b"),
    ("aotfscwmy", r"(?:(?:a|one|two|three|four|five|six|several|few|couple\s+of|some)\s+)?(?:weeks|months|years|week|month|year)\s+later\b"),
    ("el", r"(?:earlier|later)\s+in\s+the\s+(?:week|month|year)\b"),
    ("oad", r"(?:over|at|during)\s+the\s+weekend\b"),
    ("ltp", r"(?:last|this|past)\s+weekend\b"),
    ("aot", r"(?:a|one|two|three)\s+fortnights?\s+ago\b"),
    ("af", r"(?:a\s+)?few\s+days\s+back\b"),
    ("t", r"the\s+other\s+day\b"),
    ("i", r"in\s+the\s+(?:first|second|third|fourth|last|final)\s+week\s+of\b"),
    ("imel", r"(?:in\s+)?(?:mid|early|late)-\s*(?:" + MONTH_RE + r")\b"),
    # 'within the last one month', 'over the past few weeks': a span with no day of its own
    ("wiod", r"(?:within|in|over|during)\s+the\s+(?:last|past)\s+(?:(?:one|two|three|four|few|several|couple\s+of)\s+)?"
             r"(?:weeks|months|years|week|month|year)\b"),
    ("l", r"last\s+(?:" + MONTH_RE + r")\b(?!\s+\d{1,2}\b)"),  # "who joined the PPP last October": a month, no day
)
TIMELINE_ENTRY = r"(?m:^)[ \t]*(?:" + MONTH_RE + r")\.?,?\s+\d{4}\b(?=\s*[-\u2013\u2014:])"  # a timeline's entry: 'August 2018 - ...'
VAGUE = re.compile("|".join([r"\b" + body for _letters, body in VAGUE_TIMES[:4]] + [TIMELINE_ENTRY]
                            + [r"\b" + body for _letters, body in VAGUE_TIMES[4:]]), re.I)


def _vague_by_first_letter() -> re.Pattern:
    """`VAGUE` for lowercased text, its expressions grouped by the letter they open with: at a position the
    engine tries only the group of the letter written there, in VAGUE's own order, so every match is the
    one VAGUE finds (a timeline's entry opens a line with a month, where no other expression can match)
    at a fraction of the cost of trying all of them at every word."""
    letters = sorted({c for opening, _body in VAGUE_TIMES for c in opening})
    groups = [f"(?={c})(?:" + "|".join(body for opening, body in VAGUE_TIMES if c in opening) + ")" for c in letters]
    return re.compile(r"\b(?:" + "|".join(groups) + ")|" + TIMELINE_ENTRY)


def resolve_weekday(name: str, published: date) -> date:
    """The latest such weekday on or before publication: news reports the past."""
    target = WEEKDAYS.index(name.lower())
    delta = (published.weekday() - target) % 7
    return published - timedelta(days=delta)


def resolve_coming_weekday(name: str, published: date) -> date:
    """The next such weekday on or after publication: 'will join on Sunday'."""
    target = WEEKDAYS.index(name.lower())
    return published + timedelta(days=(target - published.weekday()) % 7)


# A weekday told of a coming act: a future word earlier in the same clause (no comma between).
FUTURE_BEFORE = re.compile(r"\b(?:will|would|shall|going\s+to|to\s+be\s+held|scheduled|slated|expected\s+to|set\s+to|"
                           r"likely\s+to|plans?\s+to|tomorrow)\b[^,;:.\"“”]{0,110}$", re.I)


def resolve_day_month(day: int, month: int, year: int | None, published: date | None) -> date | None:
    if year is None:
        if published is None:
            return None
        year = published.year
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate > published + timedelta(days=31):  # "December 28" read in January
            year -= 1
    try:
        return date(year, month, day)
    except ValueError:
        return None


# 'On the 15th, X had ruled out ...': a day of the month with no month, told of the past, is the latest such
# day on or before publication. Only where the ordinal ends its phrase, so 'the 18th Amendment', 'the 12th
# of March' (DAY_MONTH) and 'the 15th National Assembly' are not read as days.
NTH_DAY = re.compile(r"\bon\s+the\s+(?:(?:night|morning|evening|afternoon)\s+of\s+the\s+)?(\d{1,2})(?:st|nd|rd|th)\b"
                     r"(?:\s+of\s+(last|the\s+previous|this)\s+month\b"
                     r"|(?=\s*[,;:.)\"”]|\s+(?:when|as|and|at|in|after|before|that|he|she|they|it|the)\b))", re.I)


def resolve_nth_day(day: int, published: date | None, month_word: str | None = None) -> date | None:
    """The latest day numbered `day` on or before publication: this month's, else last month's ('of last
    month', 'of this month' say which)."""
    if published is None or not 1 <= day <= 31:
        return None
    year, month = published.year, published.month
    if month_word is not None:
        if month_word.lower().split()[0] != "this":
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        try:
            return date(year, month, day)
        except ValueError:
            return None
    for _ in range(2):
        if day <= published.day or (year, month) != (published.year, published.month):
            try:
                return date(year, month, day)
            except ValueError:
                return None
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


# A vague time still to come ('next week', 'next month'): a plan, never the day of the act.
COMING = re.compile(r"next\s+(?:year|month|week)\b", re.I)


DAY_MONTH_LOWERED, MONTH_DAY_LOWERED, RELATIVE_LOWERED, WEEKDAY_LOWERED, NTH_DAY_LOWERED = map(
    for_lowered, (DAY_MONTH, MONTH_DAY, RELATIVE_RE, WEEKDAY_RE, NTH_DAY))
VAGUE_LOWERED = _vague_by_first_letter()


DIGIT = re.compile(r"\d")
# A word every RELATIVE_RE expression holds ('yesterday', 'tonight', 'two days ago'), and the day of
# every weekday: a sentence without one cannot match, and a substring test costs far less than a scan.
RELATIVE_WORDS = ("day", "night", "evening", "afternoon", "morning", "tomorrow", "ago")


def _may_hold(lowered: str | None, words: tuple[str, ...]) -> bool:
    """Whether the lowercased text holds one of `words` (True when it could not be lowered in place)."""
    return lowered is None or any(w in lowered for w in words)


@lru_cache(maxsize=4096)
def date_expressions(text: str, published: date | None) -> tuple[tuple[int, date | None], ...]:
    """Every date expression in a text, with its character position; None for vague ones. Cached: the
    rules of every act in a sentence ask again for the same sentence."""
    found: list[tuple[int, date | None]] = []
    lowered = lowered_in_place(text)
    seen = text if lowered is None else lowered  # the patterns' case-blind matches at a fraction of the cost (lowered.py)
    day_month, month_day, relative, weekday, vague = (DAY_MONTH, MONTH_DAY, RELATIVE_RE, WEEKDAY_RE, VAGUE) if lowered is None \
        else (DAY_MONTH_LOWERED, MONTH_DAY_LOWERED, RELATIVE_LOWERED, WEEKDAY_LOWERED, VAGUE_LOWERED)
    digits = lowered is None or DIGIT.search(text) is not None
    for m in day_month.finditer(seen) if digits else ():
        year = int(m.group(3)) if m.group(3) else _year_said_before(text, m)
        found.append((m.start(), resolve_day_month(int(m.group(1)), MONTHS[m.group(2).lower()], year, published)))
    for m in month_day.finditer(seen) if digits else ():
        if any(abs(pos - m.start()) < 4 for pos, _ in found):
            continue
        day = int(m.group(2))
        if day > 31:
            continue
        year = int(m.group(3)) if m.group(3) else _year_said_before(text, m)
        found.append((m.start(), resolve_day_month(day, MONTHS[m.group(1).lower()], year, published)))
    nth_day = NTH_DAY if lowered is None else NTH_DAY_LOWERED
    nth_spans = []
    for m in nth_day.finditer(seen) if digits and published is not None else ():
        found.append((m.start(), resolve_nth_day(int(m.group(1)), published, m.group(2))))
        nth_spans.append((m.start(), m.end()))
    if published is not None:
        for m in relative.finditer(seen) if _may_hold(lowered, RELATIVE_WORDS) else ():
            if _in_a_name(text, m.start()):
                continue
            found.append((m.start(), published + timedelta(days=RELATIVE[" ".join(m.group(1).lower().split())])))
        for m in weekday.finditer(seen) if lowered is None or "day" in lowered else ():
            coming = FUTURE_BEFORE.search(text[max(0, m.start() - 130):m.start()]) and not m.group(0).lower().startswith("last")
            found.append((m.start(), (resolve_coming_weekday if coming else resolve_weekday)(m.group(1), published)))
    for m in vague.finditer(seen):
        if not any(a <= m.start() < b for a, b in nth_spans):  # 'on the 5th of last month': the day's own month
            found.append((m.start(), None))
    if "eve of" in seen:
        found += _eves(text, found)
    return tuple(sorted(found, key=lambda x: x[0]))


EVE = re.compile(r"\b(?:on\s+)?the\s+eve\s+of\b", re.I)


def _eves(text: str, found: list[tuple[int, date | None]]) -> list[tuple[int, date]]:
    """'resigned on the eve of the dissolution of the assembly, which was dissolved on August 9': the eve is
    the day before the day the same sentence gives the event, within a clause or two of it."""
    out = []
    for m in EVE.finditer(text):
        later = [(pos, d) for pos, d in found if m.end() <= pos <= m.end() + 120 and "." not in text[m.end():pos]]
        first = min(later, key=lambda x: x[0]) if later else None
        if first is not None and first[1] is not None:
            out.append((m.start(), first[1] - timedelta(days=1)))
    return out


THAT_YEAR = re.compile(r"\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.I)
YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")


def _year_said_before(text: str, m: re.Match) -> int | None:
    """'In 2018 he left the PML-N and joined the PTI on April 23 of that year': the year the sentence
    named before the day, not the one counted back from the story's date."""
    if not THAT_YEAR.match(text, m.end()):
        return None
    years = YEAR_WORD.findall(text, 0, m.start())
    return int(years[-1]) if years else None


def _year_of_a_day(text: str, pos: int, attached: list[tuple[int, date | None]]) -> bool:
    """'In 2013 he joined the PML-N on March 11 of that year': the bare year is the day's own year, no
    vaguer time of the act."""
    year = YEAR_WORD.match(text, pos + 3) if text[pos:pos + 3].lower() == "in " else None
    return year is not None and any(d is not None and d.year == int(year.group(0)) for _p, d in attached)


def _in_a_name(text: str, pos: int) -> bool:
    """'told Pakistan Today on Friday', 'USA Today': a capitalised 'Today' after a capitalised word,
    inside a sentence, is part of a name (an outlet's), not the day."""
    if not text[pos].isupper():
        return False
    before = text[:pos].rstrip()
    word = re.search(r"([A-Za-z]+)$", before)
    return bool(word) and word.group(1)[0].isupper() and len(before) > len(word.group(1)) \
        and before[-len(word.group(1)) - 1] not in ".!?\n"


# Days counted from the story's own day rather than from publication: "earlier in the day",
# "a day earlier", "the previous day", "two days before".
STORY_RELATIVE = re.compile(
    r"\b(?:(?P<same>(?:earlier|later)\s+(?:in\s+the|that|the\s+same)\s+(?:day|morning|afternoon|evening|night)|on\s+the\s+same\s+day"
    r"|(?:at|during)\s+the\s+same\s+(?:news\s+conference|press\s+conference|presser|press\s+talk|meeting|ceremony|rally|gathering|session|event))"
    r"|(?P<prev>the\s+(?:previous|preceding)\s+(?:day|evening|night|morning|afternoon)|the\s+day\s+before"
    r"|the\s+(?:evening|night)\s+before(?!\s+(?:he|she|they|it|the|a|an|his|her|their)\b))"
    r"|(?P<n>a|one|two|three)\s+days?\s+(?:earlier|before)(?!\s+(?:he|she|they|it|the|a|an|his|her|their)\b))\b", re.I)
NUMBER_OF_DAYS = {"a": 1, "one": 1, "two": 2, "three": 3}
# a count back from another day ('two days earlier', 'the previous day'): anchored on the day told before it
COUNTED_BACK = re.compile(r"\b(?:(?:a|one|two|three)\s+days?\s+(?:earlier|before)|the\s+(?:previous|preceding)\s+day|the\s+day\s+before)\b", re.I)


# Within hours of the story's own act, told with no day of its own: 'Hours later, a delegation held
# talks', 'Soon after the press conference, ...', 'were among those who joined on the occasion', 'announced
# joining the new party at the ceremony' (the story's own ceremony, 'the' one just told). Only an
# act the story itself reports is near enough: 'shortly after X was elected' points at another event.
HOURS_AFTER_STORY = re.compile(
    r"\b(?:(?:a\s+few\s+|some\s+|two\s+|three\s+|just\s+)?hours\s+(?:later|after(?:wards)?)"
    r"|within\s+(?:hours|an\s+hour|minutes)\s+of"
    r"|(?:soon|shortly|immediately|moments|minutes)\s+(?:afterwards|later"
    r"|after\s+(?:the|his|her|their|its|this|that)\s+(?:announcement|press\s+conference|news\s+conference|presser|press\s+talk"
    r"|meeting|ceremony|statement|decision|move|rally|session|talks))"
    r"|on\s+the\s+(?:same\s+)?occasion|at\s+the\s+(?:launch(?:ing)?\s+)?ceremony)\b", re.I)


STORY_RELATIVE_LOWERED, HOURS_AFTER_STORY_LOWERED = map(for_lowered, (STORY_RELATIVE, HOURS_AFTER_STORY))


def hours_after_story(text: str) -> int | None:
    """The position of a phrase setting an act within hours of the story's own act, if any."""
    pattern, seen = case_blind(HOURS_AFTER_STORY, HOURS_AFTER_STORY_LOWERED, text)
    m = pattern.search(seen)
    return m.start() if m else None


def story_expressions(text: str) -> list[tuple[int, int]]:
    """(position, days before the story's day) of the expressions counted from the story's day."""
    out = []
    pattern, seen = case_blind(STORY_RELATIVE, STORY_RELATIVE_LOWERED, text)
    for m in pattern.finditer(seen):
        if m.group("same"):
            out.append((m.start(), 0))
        elif m.group("prev"):
            out.append((m.start(), 1))
        else:
            out.append((m.start(), NUMBER_OF_DAYS[m.group("n").lower()]))
    return out


# What stands before a dateline's date: "ISLAMABAD, ", "KARACHI, Pakistan, ", "Quetta/Pakistan, ".
# ('Earlier, on Friday, X had rejoined ...' opens with an adverb, not a place.)
DATELINE_HEAD = re.compile(r"\s*(?!(?:Earlier|Later|Meanwhile|Separately|However|Previously|Also|Then|Now|Again|Moreover|Besides)\b)"
                           r"[A-Z][\w./ -]{1,30},\s*(?:[A-Z][a-z]+,\s*)?$")


def _coming_weekday(text: str, pos: int) -> bool:
    """'was expected to part ways with the government on Wednesday': a weekday told of a coming act
    is its plan, even when that day is the publication's; the act is dated by its statement."""
    m = WEEKDAY_RE.match(text, pos)
    return bool(m) and not m.group(0).lower().startswith("last") \
        and bool(FUTURE_BEFORE.search(text[max(0, pos - 130):pos]))


# 'could join it this week', 'will announce its decision later this month': a stretch still running,
# told of a coming act, is the plan's time; the act is dated by its statement.
PLAN_BEFORE = re.compile(r"\b(?:will|would|shall|could|may|might|going\s+to|expected\s+to|set\s+to|likely\s+to|plans?\s+to)\b"
                         r"[^,;:.\"“”]{0,80}$", re.I)
RUNNING_STRETCH = re.compile(r"(?:later\s+)?this\s+(?:week|month|year)\b|later\s+in\s+the\s+(?:week|month|year)\b", re.I)


def _coming_vague(text: str, pos: int) -> bool:
    return bool(RUNNING_STRETCH.match(text, pos)) and bool(PLAN_BEFORE.search(text[max(0, pos - 100):pos]))


def _coming_day(text: str, pos: int) -> bool:
    """'expected to announce its decision today', 'will join on Sunday': a day told of a coming act."""
    return _coming_weekday(text, pos) or (bool(re.match(r"today|tonight|tomorrow", text[pos:], re.I))
                                          and bool(FUTURE_BEFORE.search(text[max(0, pos - 130):pos])))


def _statement_day(text: str, published: date | None) -> date | None:
    """The day a sentence's words were said, written outside its quotation ('"I am joining today,"
    he told reporters on Tuesday'): the day a quoted 'today' counts from."""
    if published is None or not re.search(r"[\"“]", text):
        return None
    for pos, d in date_expressions(text, published):
        if d is not None and not _quoted(text, pos) and not RELATIVE_RE.match(text, pos) \
                and not _names_other_event(text, pos) and not _coming_weekday(text, pos) and not _after(d, published):
            return d
    return None


def quote_begun_before(text: str, pos: int) -> bool:
    """'From today we are no longer part of it," X said': a sentence that opens inside a quotation
    begun in the sentence before; its 'today' is the speaker's."""
    head, tail = text[:pos], text[pos:]
    return (tail.count("”") > tail.count("“") and "“" not in head) or (head.count('"') % 2 == 0 and tail.count('"') % 2 == 1)


def _quoted(text: str, pos: int) -> bool:
    """Whether a position lies inside a quotation: 'today' in a quote is the day it was said."""
    head = text[:pos]
    return head.count("“") > head.count("”") or head.count('"') % 2 == 1


def _counted_back_from(own: list, pos: int, back: int, told_before: date | None, story: date) -> date:
    """'The MQM-P signed on Wednesday. Two days earlier, the BAP had announced ...': a count back is anchored on
    the last day told before it (in its sentence, else the sentences before), like 'a day later'
    (``day_counts``); with none, on the story's day. 'earlier in the day' (no count) is the story's day."""
    if back == 0:
        return story
    anchor = next((d for p, d in reversed(own) if d is not None and p < pos), told_before)
    return (anchor or story) - timedelta(days=back)


def sentence_date(sent: Span, trigger: Token, published: date | None, lex=None,
                  story: date | None = None, told_before: date | None = None) -> tuple[bool, date | None]:
    """(found, date) for the act whose head word is `trigger`.

    An expression attached to the trigger's own clause wins ("earlier this
    year" on "had joined" leaves that join undated); otherwise the nearest
    specific day in the sentence. Days that name another event ("the July
    25 elections", "the events of May 9") are skipped, but an act dated only
    against one ("quit after May 9", "have left following the May 9 riots")
    is undated. `story` is the day of the story (its lead date): expressions
    counted from it ("a day earlier", "earlier in the day", a quoted "today")
    resolve against it. With the lexicon, an act told as background ("weeks
    after A parted ways") takes no day from elsewhere in the sentence; an act
    called off in a relative clause is dated by the clause that calls it off;
    an act told in a relative clause on another clause's subject takes only
    its own clause's day; a denied act with no day of its own takes the story's. `told_before` is the
    last day the story named before the sentence, which 'a day later' counts on (``day_counts``).
    """
    text = base.span_text(sent)
    anchor = trigger.idx - sent.start_char
    exprs, against, events_days = [], [], []
    said = _statement_day(text, published)
    for pos, d in date_expressions(text, published):
        if _names_other_event(text, pos):
            against.append(pos)
            events_days.append((pos, d))
        elif _after(d, published) or (d is None and (COMING.match(text, pos) or _coming_vague(text, pos))) \
                or _planned_today(text, pos, d, published, trigger, sent, lex) or _coming_weekday(text, pos):
            continue  # a day after publication, or 'next week', is a planned one: the act is dated by its statement
        elif d is not None and published is not None and (_quoted(text, pos) or quote_begun_before(text, pos)) \
                and RELATIVE_RE.match(text, pos) \
                and (said or story) is not None and (said or story) != published:
            exprs.append((pos, (said or story) + (d - published)))  # '"I am joining today," he said on Tuesday
        else:
            exprs.append((pos, d))
    told_on = _day_of_when_clause(sent, trigger, published)
    if told_on is not None:
        return True, told_on
    known = story
    story = story or published
    near = hours_after_story(text) if known is not None and not exprs and not against else None
    if near is not None:  # 'Hours later, a PML-N delegation held talks': the story's day
        exprs.append((near, known))
    if story is not None:
        own = sorted(exprs)
        exprs += [(pos, _counted_back_from(own, pos, back, told_before, story)) for pos, back in story_expressions(text)]
    if LATER.search(text):  # 'stepped down on Tuesday, and B resigned a day later'
        counted = counted_on(text, sorted(exprs), told_before)
        # 'joined on January 5 and quit it a week later': the count's day, not the vague 'week later' it holds
        exprs = [(pos, d) for pos, d in exprs if d is not None or not any(0 <= pos - at <= 6 for at, _d in counted)] + counted
    if len(exprs) > 1:  # "ISLAMABAD, May 21: X on Sunday quit ...": the dateline dates the story, the act has its own day
        exprs = [(pos, d) for pos, d in exprs if not DATELINE_HEAD.match(text[:pos])] or exprs
    own = _clause_of(trigger)
    if lex is not None:
        reversal = called_off_by(trigger, lex)
        if reversal is not None:  # 'X, who had announced on Sunday that he was joining, took a U-turn on Monday'
            mine = [(pos, d) for pos, d in exprs if _verb_above(sent, pos) == reversal.i]
            return (True, mine[0][1]) if mine else (False, None)
        if trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in lex["status_announce_lemmas"]:
            exprs = [(pos, d) for pos, d in exprs if d is not None or not _in_other_relative(sent, pos, trigger)]
    # 'X, who was elected from Lyari in 2018, resigned as MPA': a time in a relative clause that tells of
    # something else dates that clause, not the act
    exprs = [(pos, d) for pos, d in exprs if not _on_own_subject(sent, pos, trigger) or met_that_day(sent, pos, lex)]
    exprs = [(pos, d) for pos, d in exprs if not _in_anothers_relative(sent, pos, trigger)]
    if lex is not None and _what_came_after(trigger, lex):  # 'a spell that followed his exit from the PTI': before it
        return True, next((d for pos, d in exprs if d is not None and _under(sent, pos, trigger)), None)
    around = counted_around(sent, trigger, sorted(exprs)) if AROUND.search(text) else None
    if around is not None:  # "agreed on Monday, a day after their leaders held talks": the talks on Sunday
        return True, around
    counted = counted_from_phrase(sent, trigger, sorted(exprs), events_days) if AROUND.search(text) else None
    if counted is not None:  # "quit two days after his arrest on May 14", "a day after the March 8 polls"
        return True, counted
    shift = _day_after_shift(sent, act_of_the_setting(trigger))
    if shift is not None and story is not None:
        return True, story - timedelta(days=shift)  # "came a day after X quit": X quit the day before
    # the act's clause opened by 'after' ('after A and B ended their ties'; the parser may hang 'after' on the
    # act's verb as a preposition, with no comma between: 'after a meeting, X joined' keeps the day)
    bound = [t for t in [*_clause_marks(trigger), *(c for c in trigger.children if c.dep_ == "prep" and c.i < trigger.i
                                                    and not any(w.text == "," for w in trigger.doc[c.i:trigger.i]))]
             if t.lower_ in ("after", "before", "since", "until", "till")]
    if bound:  # 'On November 8, after A and B ended their ties, ...': a day before the clause is the main act's
        opening = min(t.idx for t in bound) - sent.start_char
        before = [(pos, d) for pos, d in exprs if pos < opening and d is not None]
        exprs = [(pos, d) for pos, d in exprs if pos > opening]
        if not exprs:
            return True, (before[-1][1] if before and _right_after(trigger, bound) else None)
    attached = [(pos, d) for pos, d in exprs if _verb_above(sent, pos) in own]
    # 'was elected in 2008 and resigned his seat on March 19, 2012': the act's own verb's time before its partner's
    attached = [(pos, d) for pos, d in attached if _verb_above(sent, pos) == trigger.i] or attached
    attached = [(pos, d) for pos, d in attached if not _year_of_a_day(text, pos, attached)]
    if attached:
        pos, when = min(attached, key=lambda x: abs(x[0] - anchor))
        return True, when
    if any(_verb_above(sent, pos) in own for pos in against if _bound_before(text, pos)):
        return True, None  # "quit the PTI after May 9": a bound, not a day ('condemn the May 9 events and quit' is none)
    relative = _describes_subject(trigger)
    if exprs and relative is not None:  # "X, who joined the PTI after leaving the PML-Q, on Monday resigned": Monday is the resigning's
        inside = [(pos, d) for pos, d in exprs if d is not None and _under(sent, pos, relative)]
        return True, (min(inside, key=lambda x: abs(x[0] - anchor))[1] if inside else None)
    if lex is not None and told_as_background(sent, trigger, lex):
        return True, None
    if not exprs:
        if lex is not None and story is not None and denial_of_report(trigger, lex):
            return True, story  # 'denied that he had joined the PML-N': the denial is the day's news
        if _past_year_of_clause(sent, trigger, own, published):
            return True, None
        return False, None
    specific = [(pos, d) for pos, d in exprs if d is not None]
    if not specific:
        return True, None
    pos, when = min(specific, key=lambda x: abs(x[0] - anchor))
    return True, when


def _day_of_when_clause(sent: Span, trigger: Token, published: date | None) -> date | None:
    """'Her move had been expected since May 26, when she announced that she was leaving the PTI': an act in a
    'when' clause on a bare day happened that day, whatever the day bounds in the clause above ('since May 26')."""
    clause = next((t for t in [trigger, *trigger.ancestors] if t.dep_ == "relcl"
                   and any(c.dep_ == "advmod" and c.lower_ == "when" for c in t.children)), None)
    if clause is None or (clause.head.lower_ not in MONTHS and clause.head.lower_ not in WEEKDAYS):
        return None  # 'the February 18 elections, when ...': the clause tells of the event, not of a bare day
    for pos, day in date_expressions(base.span_text(sent), published):
        if day is not None and _under(sent, pos, clause.head) and not _under(sent, pos, clause):
            return day
    return None


def _past_year_of_clause(sent: Span, trigger: Token, own: set[int], published: date | None) -> bool:
    """'After the 1999 coup, he joined the PML-Q', 'served as minister until 2007, when he resigned': a past
    year in the act's own clause, or the year a 'when' clause hangs on, dates the act to no day of the story."""
    if published is None or not YEAR_WORD.search(base.span_text(sent)):
        return False
    for tok in sent:
        if not (len(tok.text) == 4 and YEAR_WORD.fullmatch(tok.text) and int(tok.text) < published.year) \
                or any(a.dep_ in ("nsubj", "nsubjpass") for a in tok.ancestors):
            continue  # 'PTI MPA-elect of 2018 X was said to be in contact': a year that describes the subject
        if _verb_above(sent, tok.idx - sent.start_char) in own:
            return True
        if any(c.dep_ == "relcl" and trigger in c.subtree and any(w.lower_ == "when" for w in c.children)
               for c in tok.children):
            return True
    return False


def _what_came_after(trigger: Token, lex) -> bool:
    """'ending a four-year spell that followed his bitter exit from the PTI': an act named as what something
    else followed came before it; the sentence's day is the news act's, not this one's."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in lex["date_sequel_verbs"]


def denial_of_report(trigger: Token, lex) -> bool:
    """'X denied that he had joined the PML-N', 'dismissed reports that he had left': an act told only
    as what someone denies is dated by the denial (GUIDELINE), which is the story's news, even when
    the act is written in the pluperfect of background. A denial told as background itself ('had
    denied', 'earlier denied') is not."""
    tok = trigger
    for _ in range(4):
        report = tok.pos_ == "NOUN" and tok.lower_ in lex["status_hedge_nouns"] and tok.dep_ in ("dobj", "pobj")
        if tok.head.i == tok.i or not (tok.dep_ in ("ccomp", "acl", "xcomp") or report):
            break  # climbs the clause and a report noun ('dismissed reports that ...') only
        tok = tok.head
        if tok.lemma_.lower() in lex["status_deny_lemmas"] and tok.tag_ == "VBD":
            return not any(c.lower_ in lex["date_background_adverbs"] or (c.dep_ == "aux" and c.lower_ == "had")
                           for c in tok.children)
    return False


def _describes_subject(trigger: Token) -> Token | None:
    """The relative clause, on the subject of another clause, that tells the act ('X, who joined the
    PTI after leaving the PML-Q, on Monday resigned'): it describes the person the news is about, and
    the main clause's day is that clause's act; only a day inside the relative clause dates this one
    ('X, who announced on Sunday that he was quitting, on Monday joined ...')."""
    tok = trigger
    for _ in range(4):
        if tok.dep_ == "relcl":
            return tok if tok.head.dep_ in ("nsubj", "nsubjpass") else None
        if tok.head.i == tok.i or tok.dep_ not in ("pcomp", "pobj", "prep", "xcomp", "conj", "advcl", "ccomp"):
            return None
        tok = tok.head
    return None


def _under(sent: Span, pos: int, head: Token) -> bool:
    """Whether the token at a character position of the sentence lies in `head`'s subtree."""
    tok = sent.char_span(pos, pos + 1, alignment_mode="expand")
    return tok is not None and tok[0] in head.subtree


def _in_other_relative(sent: Span, pos: int, trigger: Token) -> bool:
    """A time inside a relative clause that tells of something else ('he said he had resigned his seat
    in the Sindh Assembly, where he was elected in 2018'): it dates that clause, not the act. Used
    for acts a speaker reports, whose day is the statement's."""
    tok = sent.char_span(pos, pos + 1, alignment_mode="expand")
    if tok is None:
        return False
    for anc in [tok[0], *tok[0].ancestors]:
        if anc.i == trigger.i:
            return False
        if anc.dep_ in ("relcl", "acl") and anc.pos_ in ("VERB", "AUX") and trigger not in anc.subtree:
            return True
    return False


def _in_anothers_relative(sent: Span, pos: int, trigger: Token) -> bool:
    """A time inside a relative clause that has a subject of its own ('Mr Qaiser's resignation echoed the
    events in Punjab, where Chief Minister Buzdar had tendered his resignation on March 28'): it dates
    that other person's act, not this one."""
    tok = sent.char_span(pos, pos + 1, alignment_mode="expand")
    if tok is None:
        return False
    for anc in [tok[0], *tok[0].ancestors]:
        if anc.i == trigger.i or trigger in anc.subtree:
            return False
        if anc.dep_ == "relcl" and anc.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN") for c in anc.children):
            return True
        if anc.dep_ == "relcl" and anc.head.dep_ in ("nsubj", "nsubjpass") and anc.head.head.i != trigger.i \
                and anc.head.head.pos_ in ("VERB", "AUX") and anc.head.head.dep_ in ("advcl", "conj"):
            return True  # "He was elected chairman, while B, who had quit a day earlier, was named ...": B's own time
    return False


def _on_own_subject(sent: Span, pos: int, trigger: Token) -> bool:
    """A time inside a relative clause on the act's own subject ('X, who was elected from Lyari in 2018,
    resigned as MPA'): it tells of the person, not of the act."""
    tok = sent.char_span(pos, pos + 1, alignment_mode="expand")
    if tok is None:
        return False
    verbs = {trigger.i} | ({trigger.head.i} if trigger.dep_ in ("conj", "dobj", "xcomp") else set())  # "X, who ..., announced his joining"
    subjects = [c for v in verbs for c in trigger.doc[v].children if c.dep_ in ("nsubj", "nsubjpass")]
    for anc in [tok[0], *tok[0].ancestors]:
        if anc.i in verbs:
            return False
        if anc.dep_ == "relcl" and any(anc in s.subtree for s in subjects):
            return True  # "A, the former deputy convener of the MQM who flew in on March 3, was named": deep in the subject
        if anc.dep_ == "relcl":
            described = anc.head
            while described.dep_ in ("conj", "appos") and described.head.i != described.i:
                described = described.head  # "A, B and C, who had quit last month, joined": a list is one subject
            if described.dep_ in ("nsubj", "nsubjpass") and described.head.i in verbs:
                return True
            if described.dep_ == "pobj" and described.head.dep_ == "agent" and described.head.head.i in verbs:
                return True  # "He was joined by A and B, who had quit the PPP last month": the joiners are the agents
            if described.dep_ == "attr" and any(trigger.i in {t.i for t in s.subtree} for s in described.head.children
                                                if s.dep_ == "nsubj"):
                return True  # "Those who joined the PTI were A, B and C, all former members who quit X in 2019"
    return False


def _planned_today(text: str, pos: int, day: date | None, published: date | None, trigger: Token, sent: Span,
                   lex) -> bool:
    """'X is expected to join the PTI today, party sources said': the day of a coming act told on the
    word of unnamed sources is the plan's, not the statement's (which the sources do not date)."""
    if lex is None or day is None or day != published or not RELATIVE_RE.match(text, pos):
        return False
    return on_hearsay(sent, lex) and still_to_come(trigger, lex)


def _day_after_shift(sent: Span, trigger: Token) -> int | None:
    """'a day after Mazari quit' marks the act's clause: it happened that many days before the story.
    ('joined a day after the vote' leaves the act in the main clause: no shift.)"""
    for tok in [*_clause_marks(trigger), *trigger.ancestors]:
        if tok.lower_ == "after" and tok.i - 2 >= sent.start and tok.doc[tok.i - 1].lower_ in ("day", "days"):
            n = NUMBER_OF_DAYS.get(tok.doc[tok.i - 2].lower_)
            if n:
                return n
        if tok.dep_ in ("advcl", "ccomp", "relcl", "ROOT"):
            break
    return _misparsed_day_after(sent, trigger)


def _misparsed_day_after(sent: Span, trigger: Token) -> int | None:
    """'came a day after X's district chief Y joined the PTI': the parser may hang 'after' and the
    name on the verb above and join the act to it as a conjunct; with no 'and' and no other verb
    between them, the act is still the clause 'after' opens."""
    if trigger.dep_ != "conj" or trigger.head.i >= trigger.i:
        return None
    between = trigger.doc[trigger.head.i + 1:trigger.i]
    if any(t.dep_ == "cc" or t.pos_ in ("VERB", "AUX") or t.text in (";", ":") for t in between):
        return None
    for tok in between:
        if tok.lower_ == "after" and tok.i - 2 >= sent.start and tok.doc[tok.i - 1].lower_ in ("day", "days"):
            return NUMBER_OF_DAYS.get(tok.doc[tok.i - 2].lower_)
    return None


def told_as_background(sent: Span, trigger: Token, lex) -> bool:
    """An act told as background rather than as the day's news, so that it takes no date from the
    story: a round-up ("X, Y and Z, among others, have left", "within the last month A and B
    quit"), a clause set weeks or days apart from the news ("comes weeks after A parted ways"), or a
    participle set before the main clause ("Expelled by the PTI, X joined the PPP on Monday")."""
    low = " " + " ".join(t.lower_ for t in sent) + " "
    for phrase in lex["date_roundup_phrases"]:
        at = low.find(f" {phrase} ")
        # "over the past 24 hours" is the day's news, "over the past month" is not
        if at >= 0 and not re.match(r"(?:few\s+|\d+\s+|two\s+|couple\s+of\s+)?(?:hours?|days?|nights?)\b",
                                    low[at + len(phrase) + 2:]):
            return True
    if trigger.tag_ == "VBN" and trigger.dep_ in ("advcl", "acl") and trigger.i < trigger.head.i \
            and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return True  # "Suspended by his party last month, X announced ...": a state the news starts from
    spans = lex["date_span_words"]
    # "weeks after A parted ways": 'after' governs the act's clause, or marks it
    for tok in [*trigger.ancestors, *_clause_marks(trigger)]:
        if tok.lower_ in ("after", "before") and tok.i > sent.start and tok.doc[tok.i - 1].lower_ in spans:
            return True
    return False


INTERVAL_WORDS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minutes", "moments"}


def _right_after(trigger: Token, bound: list[Token]) -> bool:
    """'X on Wednesday joined the opposition after signing an agreement with Y', 'lost his majority on
    Wednesday after the MQM-P signed an agreement': a bare 'after' with no comma before it, on an act told in
    the simple past or as a gerund, tells what led straight to the main act, on the same day. Not 'a day
    after', 'weeks after' (counted elsewhere), 'before', nor an act told in the pluperfect ('after it had quit')."""
    word = min(bound, key=lambda t: t.i)
    prev = word.doc[word.i - 1] if word.i > 0 else None
    if word.lower_ != "after" or prev is None or prev.text == "," or prev.like_num or prev.pos_ in ("ADV", "DET", "ADJ") \
            or prev.lower_ in INTERVAL_WORDS:
        return False
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in trigger.children):
        return False
    return trigger.tag_ in ("VBD", "VBG")


def _clause_marks(trigger: Token) -> list[Token]:
    """The subordinators of the act's own clause: its 'mark' children, or an 'after'/'before' just
    before the clause when the parser hung it elsewhere ('came a day after MPA X left')."""
    marks = [c for c in trigger.children if c.dep_ == "mark"]
    doc, edge = trigger.doc, trigger.left_edge.i
    for i in range(_window_start(doc, edge, 3), edge):
        tok = doc[i]
        if tok.lower_ in ("after", "before") and not any(doc[j].pos_ in ("VERB", "AUX") for j in range(i + 1, edge)):
            marks.append(tok)
    return marks


def _window_start(doc, edge: int, width: int) -> int:
    """max(sentence start, edge - width) for the sentence holding token `edge`, looking back only `width`
    tokens: ``Token.sent`` walks the whole sentence and slicing the doc builds spans, on every event."""
    for i in range(edge, max(edge - width, 0) - 1, -1):
        if i == 0 or doc[i].is_sent_start:
            return i
        if i == edge - width + 1:
            break
    return edge - width


def _after(day: date | None, published: date | None) -> bool:
    return day is not None and published is not None and day > published


def _clause_of(trigger: Token) -> set[int]:
    """The trigger and the verbs it hangs from within its clause chain."""
    out, tok = {trigger.i}, trigger
    for _ in range(4):
        if tok.dep_ not in ("xcomp", "conj", "acl", "pcomp", "prep", "pobj", "dobj") or tok.head.i == tok.i:
            break
        tok = tok.head
        out.add(tok.i)
    return out


def _verb_above(sent: Span, pos: int) -> int | None:
    """The first verb above the token at a character position in the sentence."""
    tok = sent.char_span(pos, pos + 1, alignment_mode="expand")
    if tok is None:
        return None
    tok = tok[0]
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok.i
        tok = tok.head
    return tok.i


def _bound_before(text: str, pos: int) -> bool:
    """'after May 9', 'following the May 9 riots', 'since the July 25 polls': a day that bounds an act."""
    return bool(re.search(r"\b(?:since|after|before|until|till|following|ahead\s+of|prior\s+to|amid|in\s+the\s+wake\s+of)"
                          r"\s+(?:the\s+)?$", text[max(0, pos - 30):pos], re.I))


def _names_other_event(text: str, pos: int) -> bool:
    head = text[max(0, pos - 30):pos].lower()
    if re.search(r"\b(?:night|morning|evening|afternoon|hours)\s+of\s+$", head):
        return False  # 'resigned on the night of April 9', 'in the early hours of Monday': the day itself
    if re.search(r"\b(?:pre|post)-\s*$", head):
        return True  # 'the pre-Nov 3 position', 'post-May 9 cases': a time named for what came before or after it
    if re.search(r"\b(?:events?|incidents?|violence|riots?|since|after|before|until|till|of|held|scheduled|slated|due"
                 r"|following|ahead\s+of|prior\s+to|amid)\s+(?:on\s+|for\s+)?(?:the\s+)?$", head):
        return True
    if re.search(r"\b(?:attacks?|assaults?|raids?|protests?|riots?)\s+(?:on|against)\s+(?:[\w-]+\s+){1,3}on\s+$",
                 text[max(0, pos - 60):pos].lower()):
        return True  # 'the attacks on military installations on May 9': the day of the attacks, not of the act
    # the day modifies an event noun: "the July 25 elections", "May 9 riots", "Wednesday's general election"
    # (at most one word between; "on Sunday after the May 9 events" is a day of its own)
    tail = text[pos:pos + 60].lower()
    return bool(re.match(r"(?:on\s+)?(?:[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\.?|[a-z]+)"
                         r"(?:[’']s)?(?:,?\s+\d{4})?\s+(?:(?!(?:the|a|an|and|or|after|before|of|in|on|to)\b)[a-z-]+\s+)?"
                         r"(?:elections?|polls?|by-elections?|riots?|events?|incidents?|violence|vandalism|protests?|attacks?|mayhem"
                         r"|fallout|aftermath|unrest|crackdown|arson|tragedy|carnage"
                         r"|waqiaat|waqiat|waqia|intikhabat)\b",  # Roman Urdu in quotes: '9 May ke waqiaat'
                         tail))
