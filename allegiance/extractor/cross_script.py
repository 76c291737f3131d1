"""One person named in both scripts: an English story that quotes a line in Urdu names the same person
twice ('Shahzad Akbar' and 'شہزاد اکبر'), and the act told in both is one act.

Words are compared by their consonants, as ``record.resolve`` compares names across scripts, with the same
table (``data/lexicon/names.json``, key ``cross_script``): Urdu writes no short vowels, so 'akbar' and
'اکبر' are both '+kbr'.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from ..model import Event

PERSON_TYPES = ("leave_party", "join_party", "resign_post", "expel")
URDU = re.compile(r"[\u0600-\u06FF]")


@lru_cache(maxsize=1)
def _table() -> dict:
    path = resources.files("allegiance") / "data" / "lexicon" / "names.json"
    return json.loads(path.read_text(encoding="utf-8"))["cross_script"]


def _skeleton(word: str) -> str:
    """A word of either script as its consonants, '+' in front when it starts with a vowel; '' when an
    Urdu word holds a letter the table does not read."""
    table = _table()
    word = unicodedata.normalize("NFKC", word).lower()
    if word.isascii():
        start = "+" if word[:1] in table["latin_vowel_start"] else ""
        for digraph, letter in table["latin_digraphs"].items():
            word = word.replace(digraph, letter)
        consonants = "".join(c for c in word if c.isalpha() and c not in table["latin_silent"])
    else:
        letters = table["urdu_letters"]
        if not word or any(c not in letters for c in word):
            return ""
        start = "+" if word[0] in table["urdu_vowel_start"] else ""
        consonants = "".join(letters[c] for c in word)
    return start + re.sub(r"(.)\1+", r"\1", consonants)


def same_across_scripts(urdu: str, latin: str) -> bool:
    """Whether an Urdu-script name is a Latin one written in Urdu: two words at least, each matching a
    word of the Latin name in order ('رانا اعجاز نون' and 'Rana Ijaz Noon')."""
    mine = [s for s in map(_skeleton, urdu.split()) if s]
    theirs = [_skeleton(w) for w in re.findall(r"[A-Za-z]+", latin)]
    if len(mine) < 2 or len(mine) != len(urdu.split()):
        return False
    at = 0
    for skeleton in mine:
        while at < len(theirs) and theirs[at] != skeleton:
            at += 1
        if at == len(theirs):
            return False
        at += 1
    return True


def without_urdu_twins(events: list[Event]) -> list[Event]:
    """An act told of an Urdu-script name that the story also tells of the same person in English (same
    type, and same party where it names one) is that act again: the English report stands."""
    latin = [e for e in events if e.type in PERSON_TYPES and not URDU.search(e.actor or "")]

    def twin(event: Event) -> bool:
        return event.type in PERSON_TYPES and bool(URDU.search(event.actor or "")) and any(
            other.type == event.type and (event.type == "resign_post" or other.party == event.party)
            and same_across_scripts(event.actor, other.actor) for other in latin)
    return [e for e in events if not twin(e)]
