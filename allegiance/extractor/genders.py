"""Whom a 'he' or a 'she' can mean: the persons an article marks as women or as men.

The press marks a woman by her title ('Ms Aidrus', 'Begum Nusrat', 'Syeda X', 'Suraya Bibi') and a man
by 'Mr'. A pronoun of the other kind does not point back to that person, however near the name stands:
'Tania Aidrus ... Officials said he had also resigned' is about the man named before her. Names the
article never marks are open to either pronoun.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

NAME_WORD = r"[A-Z][\w'-]+"


def _titled_words(text: str, titles: frozenset[str]) -> set[str]:
    """The words of the names written after one of these titles ('Ms Tania Aidrus' -> tania, aidrus)."""
    if not titles:
        return set()
    alternatives = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    pattern = re.compile(rf"\b(?:{alternatives})(?!\w)\s+({NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})")
    return {w.lower() for m in pattern.finditer(text) for w in m.group(1).split()}


def marked_names(text: str, female_titles: frozenset[str], male_titles: frozenset[str]) -> dict[str, set[str]]:
    """The name words an article writes after a woman's title and after a man's, read once per article."""
    return {"she": _titled_words(text, female_titles), "he": _titled_words(text, male_titles)}


def kind_of(person: Span, marked: dict[str, set[str]], female_titles: frozenset[str]) -> str | None:
    """'she' for a person the article marks as a woman, 'he' for one it marks as a man, else None: the
    name's own title first ('Bibi Sughran Noor'), then the title the article gives its last word elsewhere
    ('Ms Aidrus' for 'Tania Aidrus'). A last word marked both ways (a family name) says nothing."""
    words = (person.kb_id_ or person.text).split()
    if not words:
        return None
    if any(w in female_titles for w in words):
        return "she"
    last = words[-1].lower()
    she, he = last in marked.get("she", ()), last in marked.get("he", ())
    return "she" if she and not he else "he" if he and not she else None


def fitting(persons: list[Span], kind: str | None, marked: dict[str, set[str]] | None,
            female_titles: frozenset[str]) -> list[Span]:
    """The persons a pronoun of this kind can mean; all of them when none fits (a wrong mark is
    likelier than a pronoun pointing at nobody named)."""
    if kind is None or not marked or not persons:
        return persons
    kept = [p for p in persons if kind_of(p, marked, female_titles) in (None, kind)]
    return kept or persons
