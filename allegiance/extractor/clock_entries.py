"""Live-blogs without day headers: the day of each clock-stamped entry.

Many running-update pages ('Live updates', a results-day blog, a presser
ticker) print no weekday line at all: each entry is just a clock time on a
line of its own ("11:40pm", "09:15 PKT") or at the head of its paragraph
("10:05pm: ..."). The entries' order tells the day: the page's day is that of
its earliest entry, and the day turns each time the clock runs back past
midnight. Newest-first pages are read from the bottom up, oldest-first ones
from the top down. A clock time is never itself a day: only the order counts.

The result has the shape of ``day_headers`` (position, day), so an entry's act
is dated like an update under a printed day header.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

CLOCK_LINE = re.compile(r"^[ \t]*(?P<h>\d{1,2})[:.](?P<m>\d{2})[ \t]*(?P<half>[ap]\.?m\.?)?(?:[ \t]*(?:PKT|PST|hrs))?"
                        r"[ \t]*(?:$|[:|\u2013\u2014-][ \t]+)", re.M | re.I)
MIN_ENTRIES = 3


def clock_entries(text: str) -> list[tuple[int, int]]:
    """(position, minute of the day) of each entry's clock time, in the page's order."""
    out = []
    for m in CLOCK_LINE.finditer(text or ""):
        hour, minute = int(m.group("h")), int(m.group("m"))
        if hour > 23 or minute > 59:
            continue
        half = (m.group("half") or "").lower()[:1]
        if half and not 1 <= hour <= 12:
            continue
        if half:
            hour = hour % 12 + (12 if half == "p" else 0)
        out.append((m.start(), hour * 60 + minute))
    return out


def newest_first(entries: list[tuple[int, int]]) -> bool:
    """True when the clock mostly runs back down the page (the latest entry on top)."""
    steps = [b - a for (_p, a), (_q, b) in zip(entries, entries[1:])]
    return sum(s < 0 for s in steps) > sum(s > 0 for s in steps)


def clock_days(text: str, published: date | None) -> list[tuple[int, date]]:
    """(position, day) for the page's opening and each entry, when the page has MIN_ENTRIES or more
    clock-stamped entries and a publication day; the earliest entry is on the page's day."""
    entries = clock_entries(text)
    if published is None or len(entries) < MIN_ENTRIES:
        return []
    ordered = entries[::-1] if newest_first(entries) else entries  # earliest first
    days, turns, last = [], 0, None
    for pos, minute in ordered:
        if last is not None and minute < last:
            turns += 1  # the clock ran back past midnight
        last = minute
        days.append((pos, published + timedelta(days=turns)))
    return [(0, published)] + sorted(days)
