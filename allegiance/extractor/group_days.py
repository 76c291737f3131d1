"""Named acts that spell out a counted group's act told just before take that act's day.

    Two provincial ministers resigned from the cabinet on Saturday. Minister A and Minister B sent
    their resignations to the chief minister's office, ...                          A, B: Saturday

A sentence that opens on a count of unnamed people ('two provincial ministers', 'three MPAs', 'both
senators') with a day of its own tells the act; the sentence right after it, in the same paragraph and
with no time of its own, names who they were. Read from the article's text: the sentence before need
not be parsed.
"""
from __future__ import annotations

import re
from datetime import date

from .dates import date_expressions, hours_after_story, story_expressions
from .quote_days import last_day

COUNTED_OPENING = re.compile(r"(?:(?:Meanwhile|Separately|Earlier|Later),\s+)?(?:Two|Three|Four|Five|Six|Seven|Both|Several)"
                             r"\s+(?:\w+\s+){0,2}?(?:ministers|MPAs|MNAs|senators|lawmakers|leaders|legislators|"
                             r"members|councillors|advisers|office-bearers)\b", re.I)


def _sentence_before(text: str, start: int) -> str | None:
    """The sentence just before a position, in its paragraph (None at a paragraph's start)."""
    head = text[:start].rstrip()
    if not head or head.endswith("\n") or "\n" in text[len(head):start]:
        return None
    para = head.rfind("\n") + 1
    opening = max(head.rfind(". ", para, len(head) - 1), head.rfind("? ", para, len(head) - 1)) + 2
    return head[max(opening, para):]


def _names_time(text: str, published: date) -> bool:
    return bool(date_expressions(text, published) or story_expressions(text) or hours_after_story(text) is not None)


def counted_group_day(text: str, start: int, sentence: str, published: date | None) -> date | None:
    """The day of a counted group's act told in the sentence before, for a sentence with no time of
    its own that names the group's members."""
    if published is None or _names_time(sentence, published):
        return None
    before = _sentence_before(text, start)
    if before is None or not COUNTED_OPENING.match(before):
        return None
    return last_day(before, published)
