"""Trigger words, name parts and cue words, loaded from ``data/lexicon/<lang>.json``.

Kept as data so that a linguist can extend them without touching the rules;
each rule reports which list fired in the event's evidence.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


# Seat counts written as words (the extractor's seat rules and the seat moves of the record read them).
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}


class Lexicon(dict):
    """Each list of the lexicon by its name. A dict itself, so that ``lex[name]``, asked thousands of times
    an article, is a plain lookup; equal and hashed by identity, as the tables cached per lexicon need."""

    __hash__ = object.__hash__
    __eq__ = object.__eq__
    __ne__ = object.__ne__

    @property
    def words(self) -> dict[str, frozenset[str]]:
        return self

    def phrases(self, name: str) -> tuple[str, ...]:
        """Multi-word entries longest first, so that a longer cue wins over its prefix."""
        return tuple(sorted(self[name], key=len, reverse=True))


@lru_cache(maxsize=4)
def load_lexicon(lang: str = "en") -> Lexicon:
    path = resources.files("allegiance") / "data" / "lexicon" / f"{lang}.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    words = {k: frozenset(v) for k, v in raw.items() if not k.startswith("_") and not k.endswith("+")}
    for key, more in raw.items():  # "join_phrases+": entries added to "join_phrases" without rewriting its line
        if key.endswith("+"):
            words[key[:-1]] = words.get(key[:-1], frozenset()) | frozenset(more)
    return Lexicon(words)
