"""Where a defector came from when neither the sentence nor a title beside the name says it.

A story that first tells of a party and then, in a paragraph of its own, of a lawmaker who "crossed over
to the PML-N" has not said that the lawmaker belonged to that party: "Two MPAs from Bahawalpur crossed
over to the PTI" after a paragraph about a PML-N meeting, or "X defected to the Sharif-led party" after a
paragraph about the PPP's deal. The GUIDELINE asks a leave to carry the person's own party from the
story, so the party in focus, when it was last named in an earlier paragraph, is the defector's origin
only when the sentence naming it told of people leaving it ("PML-N saw another wave of defection as
lawmakers quit PML-N" above "The MNAs to defect to PTI included A and B"). Within the defector's own
paragraph the party in focus stands, as before. The earlier paragraph may lie in another parsed piece,
so it is read off the article's text (memory ``article_text`` and ``parties``). The cue words are the
lexicon's leave verbs and nouns and ``origin_paragraph_cues``, matched with their common inflections.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from .base import Article

IRREGULAR = {"left": "leave", "leaving": "leave", "quitting": "quit", "exits": "exit"}


def focus_origin(art: Article, sent: Span, exclude: str) -> str | None:
    """The party in focus before ``sent`` as a defector's origin (see the module's docstring)."""
    code = art.focus_party(sent.start, exclude={exclude})
    text, named = art.memory.get("article_text"), art.memory.get("parties")
    if code is None or not text or not named:
        return code
    at = art.offset - art.memory.get("article_offset", 0) + sent.start_char
    last = next((start for start, c in reversed(named) if c == code and start < at), None)
    if last is None or "\n" not in text[last:at]:
        return code
    return code if _tells_leaving(art, sentence_around(text, last)) else None


def sentence_around(text: str, at: int) -> str:
    """The sentence of the article's text around character ``at``, cut at full stops and line breaks."""
    opened, closed = sentence_bounds(text, at)
    return text[opened:closed]


def sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """Where that sentence starts and ends in the text."""
    opened = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    closes = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    return opened, min(closes) if closes else len(text)


def _tells_leaving(art: Article, told: str) -> bool:
    cues = set(art.lex["leave_verbs"]) | set(art.lex["leave_nouns"]) | set(art.lex["origin_paragraph_cues"])
    for word in re.findall(r"[a-z]+", told.lower()):
        if word_forms(word) & cues:
            return True
    return False


def word_forms(word: str) -> set[str]:
    """A word and the stems its regular endings leave: 'defections', 'defected', 'deserting', 'disassociated'."""
    forms = {word, IRREGULAR.get(word, word)}
    if word.endswith("s"):
        forms.add(word[:-1])
    if word.endswith(("ed", "es")):
        forms |= {word[:-2], word[:-1]}
    if word.endswith("ing"):
        forms |= {word[:-3], word[:-3] + "e"}
    return forms
