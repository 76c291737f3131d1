"""'The Jamaat might leave the MMA': the press, having named the Jamaat-e-Islami, calls it by the first word
of its name. That word names a party only in a text that names the party in full, and only when no other
party's name opens with it ('Muttahida' opens the MQM's and the MMA's); a generic word ('Pakistan') never
does. Read once from the whole text, as selected sentences are parsed apart."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .party_names import URDU, is_acronym


def first_words(registry, generic: set[str]) -> dict[str, set[str]]:
    """First word of every registry name -> the codes whose names open with it."""
    owners: dict[str, set[str]] = {}
    for party in registry.parties.values():
        for name in (party.name, *party.aliases):
            if not name or URDU.search(name) or is_acronym(name):
                continue
            word = re.split(r"[\s\-(]+", name.strip())[0]
            if len(word) >= 4 and word[:1].isupper() and word.lower() not in generic:
                owners.setdefault(word, set()).add(party.code)
    return owners


def short_names(text: str, found: list[tuple[int, int, str, str]], owners: dict[str, set[str]]) -> dict[str, str]:
    """The first words this text uses alone ('the Jamaat') for a party it names in full."""
    named = {code for _start, _end, kind, code in found if kind == "party"}
    out = {}
    for word, codes in owners.items():
        if len(codes) == 1 and codes <= named and re.search(rf"\b[Tt]he {re.escape(word)}\b(?![-\u2010\u2011])", text):
            out[word] = next(iter(codes))
    return out


def mark_short_names(doc: Doc, names: dict[str, str]) -> None:
    """Adds 'the Jamaat' (not 'Jamaat-ud-Dawa', not a word inside a longer name) to ``doc.spans["parties"]``."""
    if not names:
        return
    spans = list(doc.spans["parties"])
    taken = {i for s in spans for i in range(s.start, s.end)}
    added = [Span(doc, t.i, t.i + 1, label="party", kb_id=names[t.text]) for t in doc
             if t.text in names and t.i not in taken and t.i > 0 and doc[t.i - 1].lower_ == "the" and _stands_alone(doc, t.i)]
    if added:
        doc.spans["parties"] = sorted(spans + added, key=lambda s: s.start)


def _stands_alone(doc: Doc, i: int) -> bool:
    """'the Jamaat might', not 'the Jamaat-ud-Dawa', 'the Jamaat Islami' or 'the Hazara community'."""
    tok = doc[i]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and (nxt.text in ("-", "\u2010", "\u2011") or nxt.text[:1].isupper()):
        return False
    return not (tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i)
