"""A leaving told once for a whole group whose parties differ: 'The members bid farewell to their parties
and joined the PPP', 'A of the PML-N and B of the PTI quit their respective parties and joined the PPP'.

Why a module of its own: the GUIDELINE makes 'Former PTI leader X joined the PML-N' a joining alone, since
nothing there says X left the PTI now, and ``membership`` reads a leaving off a joining only for a person who
sits in another party ('PML-N MNA X'). A story that says in words that the joiners left 'their parties' does
say it, once, for every joiner of that party it names; the party each one left is then the one the story
writes beside that name, 'former' or not ('former MNA from the PTI X', 'X of the PML-N'). No party can be read
off the group sentence itself, so the sentence only licenses the reading, story-wide.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .base import Article
from .defector_origins import sentence_bounds
from .story_memory import recall

MEMORY_KEY = "farewell_parties"
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
REACH = 2  # paragraphs after the group's own where its members may be named


@lru_cache(maxsize=2)
def _farewell(lex) -> re.Pattern:
    """'<leaving words> their (respective) parties': the lexicon's group_farewell_verbs and group_farewell_owners."""
    verbs = "|".join(sorted(map(re.escape, lex["group_farewell_verbs"]), key=len, reverse=True))
    owners = "|".join(map(re.escape, lex["group_farewell_owners"]))
    return re.compile(rf"\b(?:{verbs})\s+their\s+(?:(?:{owners})\s+)?(?:political\s+)?parties\b", re.I)


def farewell_parties(text: str, found: list[tuple[int, int, str, str]], lex) -> dict[str, list]:
    """Where a sentence tells that a group left their parties, and the parties it says they joined: the story
    fact ``joined_after_farewell`` reads (empty for nearly every story, which never says 'their parties')."""
    if "their" not in text or "parties" not in text:
        return {MEMORY_KEY: []}
    told = []
    for m in _farewell(lex).finditer(text):
        opened, closed = sentence_bounds(text, m.start())
        joined = {code for start, _end, kind, code in found
                  if kind == "party" and code != "IND" and m.end() <= start < closed}
        if joined:
            told.append((opened, _paragraphs_end(text, closed, REACH), joined))
    return {MEMORY_KEY: told}


def joined_after_farewell(art: Article, party: str, at: int) -> bool:
    """Whether a joining of ``party`` told at ``at`` (a character of the article) belongs to a group the story
    just said left their parties: the group's own sentence or the two paragraphs after it, which name its
    members. A group named before it, or further on, is another group ('Later, a second delegation ...')."""
    return any(start <= at < end and party in joined for start, end, joined in recall(art.memory, MEMORY_KEY, []))


def _paragraphs_end(text: str, at: int, more: int) -> int:
    """Where the paragraph holding ``at`` ends, or the ``more``-th paragraph after it."""
    for m in PARAGRAPH_BREAK.finditer(text, at):
        if more == 0:
            return m.start()
        more -= 1
    return len(text)
