"""Moves told by a post that its author later disowns.

'A post on his Facebook page said he had joined the PPP. The post was deleted within hours. In a video
message released on Tuesday, Mr Shah said his account had been hacked.' The person, in his own word,
says he made no such move: the join (or leaving) is denied (GUIDELINE: the actor says they did not),
dated by the day he says so.

A separate, article-level pass over the text because the disowning sentence ('his account had been
hacked') holds no word of moving, so sentence selection never hands it to the parser, and because it
turns a move already found rather than finding one.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from datetime import date

from ..model import Evidence, Event
from .dates import WEEKDAYS, resolve_weekday

MOVES = ("join_party", "leave_party")
REACH = 1200  # characters back from the disowning sentence to the move it disowns
RULE = "move.disowned_post"
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’]?|\n|$)")


def settle_disowned(events: list[Event], text: str, offset: int, published: date | None, lex) -> list[Event]:
    """'Mr Mehmood said his account had been hacked', 'she said the tweet was fake' (lexicon
    disowned_post_words beside social_post_nouns): the nearest move told before of the one named there (or
    of 'he'/'she' when no one is), when the text between tells of a post, stands as that person's denial;
    the report of it is dropped."""
    disowning = _word_pattern(tuple(lex["disowned_post_words"]))
    if not disowning.search(text):
        return events  # most stories disown nothing: one search of the text instead of one per sentence
    posts = _word_pattern(tuple(lex["social_post_nouns"]))
    out = list(events)
    for m in SENTENCE.finditer(text):
        sentence = m.group(0)
        if not disowning.search(sentence) or not posts.search(sentence):
            continue
        at = offset + m.start()
        moves = [e for e in out if e.type in MOVES and e.status == "fact" and e.evidence.rule != RULE
                 and 0 < at - e.evidence.start <= REACH
                 and len(posts.findall(text[e.evidence.start - offset:m.end()])) >= 2]
        named = [e for e in moves if _surname(e.actor) and re.search(r"\b%s\b" % re.escape(_surname(e.actor)), sentence)]
        if named:
            moves = named
        elif not re.search(r"\b(?:he|she|his|her)\b", sentence, re.I) or _names_someone(sentence):
            continue
        if not moves:
            continue
        move = moves[-1]
        day = re.search(r"\b(%s)\b" % "|".join(w.capitalize() for w in WEEKDAYS), sentence)
        when = resolve_weekday(day.group(1), published).isoformat() if day and published else move.date
        denial = replace(move, status="denied", date=when, confidence=0.7,
                         evidence=Evidence(sentence.strip(), at, offset + m.end(), RULE))
        out = [e for e in out if e.key() != move.key()] + [denial]
    return out


@lru_cache(maxsize=8)
def _word_pattern(words: tuple[str, ...]) -> re.Pattern:
    """The lexicon's words (and their plurals) standing whole, compiled once per process, not per article."""
    return re.compile(r"\b(?:%s)s?\b" % "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I)


def _names_someone(sentence: str) -> bool:
    """'Mr Khan said ...', 'Ali Zaidi said ...': a named speaker the move's actor is not."""
    return bool(re.search(r"\b(?:Mr|Ms|Mrs|Dr)\.? [A-Z]|[A-Z][a-z]+ [A-Z][a-z]+ (?:said|wrote|told)", sentence))


def _surname(name: str | None) -> str:
    return name.split()[-1] if name and name.split() else ""
