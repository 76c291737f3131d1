"""Lists set out on lines of their own, below a sentence that ends in a colon.

"Those expelled from the party include:" followed by one name a line
("i) A (NA-1, Place);", "- B", "C, reserved seat for women"): the sentence
states the act for an unnamed group, each line below names one of its people.
A rule that reads such an opener calls `open_list` with its kind of event and a function that makes
the event for one person; `list_item` then gives, for each following line, the
person it names. The list ends at the first sentence that is not such a line.
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Span

from .base import Article

# a list item names its person within its first few words: "iv) MNA A", "2. B", "- C"
MAX_LEAD_TOKENS = 5
MAX_ITEM_TOKENS = 40


def ends_with_colon(sent: Span) -> bool:
    """Whether the last word, quotes and spaces aside, is a colon: read from the end, as a long
    sentence need not be walked to find its last word."""
    for t in reversed(sent):
        if not t.is_space and t.text not in ('"', "'", "”", "’"):
            return t.text == ":"
    return False


def _runs_on_its_line(sent: Span) -> bool:
    """Whether the sentence goes on, on the same line, after the colon that opened the list: "'No truth in
    reports I am joining the PML-N': Wattoo", a headline's quote and its speaker, is no opener with its
    first line; a list's lines each start a line of their own."""
    text = sent.doc.text
    line = text[text.rfind("\n", 0, sent.start_char) + 1:sent.start_char].strip()
    return line.rstrip("\"'\u201d\u2019 ").endswith(":")


def open_list(art: Article, sent: Span, kind: str, make: Callable[[Span, Span], object]) -> None:
    """The sentence opens a list: `make(person, item_sentence)` builds the event of one line."""
    art.memory["line_list." + kind] = (art.doc, sent.end, make)


def list_item(art: Article, sent: Span, kind: str) -> list:
    """The event of this sentence when it is the next line of an open list ([] otherwise;
    the list closes at the first sentence that is no item)."""
    key = "line_list." + kind
    open_ = art.memory.get(key)
    if not open_ or open_[0] is not art.doc:
        return []
    _doc, expected, make = open_
    if sent.start != expected or _runs_on_its_line(sent):
        art.memory.pop(key, None)
        return []
    if "\n" not in sent.text and len(sent) <= MAX_LEAD_TOKENS and not art.persons_in(sent):
        art.memory[key] = (art.doc, sent.end, make)  # "ii)" cut off its line by the parser
        return []
    if sent.text.count("\n") > 2 or len(sent) > MAX_ITEM_TOKENS or "\n" not in sent.text and sent.end < len(sent.doc):
        art.memory.pop(key, None)
        return []
    lead = [p for p in art.persons_in(sent) if p.start - sent.start <= MAX_LEAD_TOKENS
            and not any(t.pos_ in ("VERB", "AUX") for t in sent.doc[sent.start:p.start])]
    if not lead:
        art.memory.pop(key, None)
        return []
    art.memory[key] = (art.doc, sent.end, make)
    event = make(lead[0], sent)
    return event if isinstance(event, list) else [event] if event is not None else []
