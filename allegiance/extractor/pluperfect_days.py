"""A day told in the pluperfect of a sentence's own clause: a step before the story's act, not its day.

'PML-N has decided to expel five MPAs ... The MPAs had called on the chief minister on September 29': the
lede names no day, and the first day the story names belongs to the meeting that led to the act, told as
background ('had called on'). Read once per article before any parse, so from the text alone: the clause
is the sentence's main one when no subordinating word comes before its 'had' ('X, who had quit the PML-N,
joined the PTI on Monday' keeps Monday; 'said he had resigned on Monday' reports the act itself).
"""
from __future__ import annotations

import re

_HAD = re.compile(r"\bhad\s+(?:(?:also|already|earlier|previously|just|not|been)\s+)*[a-z]+\b", re.I)
# words before 'had' that make its clause another's: relative, time, cause, report ("said he had resigned")
_SUBORDINATE = re.compile(r"\b(?:who|whom|whose|which|that|after|since|before|once|when|while|as|because|though|although"
                          r"|if|until|till|said|says|told|announced|added|claimed|stated|revealed|confirmed|insisted)\b", re.I)


def pluperfect_day(sentence: str, pos: int) -> bool:
    """Whether the day at `pos` is told in the sentence's main clause in the pluperfect."""
    had = None
    for m in _HAD.finditer(sentence, 0, pos):
        had = m
    if had is None:
        return False
    return not _SUBORDINATE.search(sentence, 0, had.start())
