"""Case-ignoring patterns searched in lowercased text.

Ignoring case, Python's regular-expression engine folds every character it
compares, which makes a long alternation of words several times slower than
the same alternation matched case and all. The patterns read on every
sentence of every article (the selector's trigger stems, the election days)
are rewritten once to search the text lowercased instead: the same choices,
at a quarter of the cost.
"""
from __future__ import annotations

import re


def for_lowered(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` (compiled to ignore case) rewritten to search text already lowercased, case and all: only
    its literal letters are lowered; an escape (\\b, \\w, \\S) and a group's name ("(?P<owner>") keep
    their meaning."""
    source, out, i = pattern.pattern, [], 0
    while i < len(source):
        if source[i] == "\\":
            out.append(source[i:i + 2])
            i += 2
            continue
        if source.startswith("(?P", i):
            end = source.index(">" if source.startswith("(?P<", i) else ")", i) + 1
            out.append(source[i:end])
            i = end
            continue
        out.append(source[i].lower())
        i += 1
    return re.compile("".join(out), pattern.flags & ~re.I)


def lowered_in_place(text: str) -> str | None:
    """``text`` lowercased when every position stays where it was (a few letters, such as the dotted
    capital I, lowercase to two characters), else None: a match's offsets then hold in ``text``."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def case_blind(pattern: re.Pattern, lowered_pattern: re.Pattern, text: str) -> tuple[re.Pattern, str]:
    """The pattern and text to search: ``lowered_pattern`` (``for_lowered(pattern)``, or a faster equivalent)
    in ``text`` lowercased when every position holds, else the case-ignoring ``pattern`` in ``text``."""
    lowered = lowered_in_place(text)
    return (pattern, text) if lowered is None else (lowered_pattern, lowered)
