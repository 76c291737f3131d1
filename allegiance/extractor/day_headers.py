"""Live-blogs: the day a run of timestamped updates belongs to.

A live-blog of a result night or a no-confidence day runs past midnight and
often over two or three days. It marks each day with a line of its own
("Thursday, July 26") above updates that carry only a clock time ("7:40pm:
..."). An update's act happens on its header's day, and a weekday inside it
("on Thursday night", written under Friday's header) counts back from that day,
not from the day the blog was first published.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta

from .dates import MONTH_RE, MONTHS, WEEKDAYS, resolve_day_month

WEEKDAY_RE = "(?:" + "|".join(WEEKDAYS) + ")"  # the header pattern ignores case
HEADER = re.compile(rf"^[ \t]*{WEEKDAY_RE},?[ \t]+(?:(?P<d1>\d{{1,2}})[ \t]+(?P<m1>{MONTH_RE})|(?P<m2>{MONTH_RE})[ \t]+"
                    rf"(?P<d2>\d{{1,2}}))(?:,?[ \t]+(?P<y>\d{{4}}))?[ \t]*$", re.M | re.I)
HEADER_REACH = timedelta(days=7)  # a blog's days follow its publication closely
MIN_HEADERS = 2


def day_headers(text: str, published: date | None) -> list[tuple[int, date]]:
    """(position, day) of each line that is only a weekday and a date, in order, days within a week of
    publication; none unless there are two or more (a single such line is the page's own date, as a
    website prints it above the headline, and tells no day of any passage)."""
    out = []
    for m in HEADER.finditer(text or ""):
        month = MONTHS.get((m.group("m1") or m.group("m2")).lower())
        day = int(m.group("d1") or m.group("d2"))
        when = resolve_day_month(day, month, int(m.group("y")) if m.group("y") else None, published) if month else None
        if when is not None and (published is None or abs(when - published) <= HEADER_REACH):
            out.append((m.start(), when))
    return out if len(out) >= MIN_HEADERS else []


def header_day(headers: list[tuple[int, date]], pos: int) -> date | None:
    """The day of the last header line before a position in the article, if any."""
    i = bisect_right([at for at, _d in headers], pos)
    return headers[i - 1][1] if i else None


POLLS_CLOSED = re.compile(r"\b(?:polling|polls|voting)\s+(?:has|have|had)?\s*(?:now\s+|officially\s+|formally\s+)?"
                          r"(?:closed|ended|come to an end)\b", re.I)


def polling_day(text: str, headers: list[tuple[int, date]]) -> date | None:
    """A result night's live-blog tells when polling closed ('6:02pm: Polling has officially closed')
    under a day header: that header's day is the election day its tallies were won on."""
    if not headers:
        return None
    m = POLLS_CLOSED.search(text or "")
    return header_day(headers, m.start()) if m else None
