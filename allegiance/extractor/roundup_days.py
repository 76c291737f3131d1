"""Weekly roundups: the day of an item that opens with its weekday.

"The week in politics" columns set short, unrelated items one a paragraph, each headed by its day:
"FRIDAY — The big one. The PML-N and the MQM-P agreed to contest the elections together ...". Only the
item's first sentence holds the weekday; the acts told in its later sentences happened that day too, as
updates under a live-blog's day header do (``day_headers``). A paragraph counts as such an item only
when its very first word is a weekday set off by a dash or a colon.
"""
from __future__ import annotations

import re
from datetime import date

from .dates import WEEKDAYS, resolve_weekday

ITEM_DAY = re.compile(r"[ \t]*(?P<day>" + "|".join(WEEKDAYS) + r")[ \t]*(?:[\u2014\u2013:]|-{1,2}[ \t])", re.I)


def item_day(text: str | None, pos: int, published: date | None) -> date | None:
    """The day of the roundup item whose paragraph holds the position `pos` of the article text, if the
    paragraph opens with a weekday and a dash or colon; None otherwise."""
    if not text or published is None:
        return None
    start = text.rfind("\n", 0, pos) + 1
    m = ITEM_DAY.match(text, start)
    if m is None:
        return None
    return resolve_weekday(m.group("day"), published)
