"""Later mentions of a party the registry lacks, read once from an article's whole text.

A story about a new or small party names it in full once ('the Balochistan Qaumi Ittehad') and then
writes it by its initials alone ('the BQI announced ...') or by its kind of party ('Two former MPAs
also joined the Front', 'left the Tehreek'), without the bracketed definition that
``party_names.defined_new_acronyms`` reads. Selected sentences are parsed apart, so these
references are found here from the text and marked in each parsed chunk, as the defined short
forms are. Neither kind ever names a party the registry knows: initials that are a registry code or
alias are left alone, and a bare 'the Front' counts only when the article names exactly one unknown
party of that kind and no known one whose name ends in that word.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .base import doc_text
from .party_names import NEW_PARTY, _names_whole, izafat_headed, new_party_code

# A run of capitalised words (with the connectors of Urdu names) that may end in a party's word.
NAME_RUN = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|e|i|ul|of|for|the)){1,6}")
QUOTE_END = re.compile(r"['\u2019](?:s\b)?$")  # 'Front’' closing a quoted name, "Front's"
MIN_CODE = 3
# 'the party', 'the League' (mostly a PML written by its code), 'the Alliance' (mostly a coded alliance such as
# the GDA): too loose to name the one unknown party of a story
LOOSE_KINDS = {"Party", "League", "Alliance", "Parliamentarians"}  # two-letter initials ('NA', 'PA') are too often something else


def unknown_names(text: str, ruler) -> list[str]:
    """Names in the text that end in a party's word and are no registry party ('Balochistan Qaumi
    Ittehad'), leading 'The' dropped; the shortest ending of a run that still opens with a name word
    (a run of words joined by 'and' is two names)."""
    heads = ruler.unknown.heads
    found: list[str] = []
    for m in NAME_RUN.finditer(text):
        words = [QUOTE_END.sub("", w) for w in m.group(0).split()]
        while words and words[0] in ("The", "the"):
            words = words[1:]
        if not izafat_headed(words, heads):  # 'Tehreek-e-Jawanan Pakistan' is whole; else the name ends in its party word
            while words and words[-1] not in heads:
                words = words[:-1]
        if len(words) < 2 and not (words and izafat_headed(words, heads)):
            continue
        name = " ".join(words)
        if any(w in ruler.unknown.not_party for w in words):
            continue  # 'Pakistan Bar Council', 'Supreme Court Bar Association': a body, as the ruler reads it
        if name in found or _names_whole(ruler, name) or ruler.unknown.resolve(name) is not None:
            continue
        if any(start < len(name) for start, _end, kind, _code in ruler.matches(name) if kind == "party"):
            continue  # holds a known party ('PML-N Lawyers Front'): not a new party's name
        found.append(name)
    return found


def initials_used_alone(text: str, ruler, defined: dict[str, str], names: list[str]) -> dict[str, str]:
    """Initials -> NEW:name for an unknown party named in full (``names``, from ``unknown_names``) and
    later written by its initials alone."""
    out: dict[str, str] = {}
    for name in names:
        code = new_party_code(name)
        if len(code) < MIN_CODE or not code.isalpha() or code in defined or code in out:
            continue
        if _names_whole(ruler, code) or not re.search(rf"(?<![\w-]){code}(?![\w-])", text):
            continue
        out[code] = NEW_PARTY + name
    return out


def kind_references(text: str, defined: dict[str, str], found: list[tuple[int, int, str, str]], names: list[str],
                    heads) -> dict[str, str]:
    """Party word -> NEW:name for 'the Front', 'the Mahaz', 'the Tehreek' when the article names one
    unknown party ending in that word (its own or a defined one) and no known party's name ends in it
    (``found``: the article's registry names, ``PartyRuler.matches``; ``heads``: the party words). A name
    its party word opens ('Tehreek-e-Jawanan Pakistan') ends in no party word and has no such mention."""
    names = set(names) | {v[len(NEW_PARTY):] for v in defined.values()}
    by_head: dict[str, set[str]] = {}
    for name in names:
        by_head.setdefault(name.split()[-1], set()).add(name)
    out: dict[str, str] = {}
    for head, named in by_head.items():
        if head in LOOSE_KINDS or head not in heads or len(named) != 1 or not re.search(rf"\b[Tt]he {head}(?![\w-])", text):
            continue
        known = [m for m in found if m[2] == "party" and text[m[0]:m[1]].split()[-1] == head]
        if known:
            continue
        out[head] = NEW_PARTY + named.pop()
    return out


def mark_kind_references(doc: Doc, refs: dict[str, str]) -> None:
    """Adds 'the Front' (the word after 'the') to ``doc.spans["parties"]`` as the article's unknown party."""
    if not refs:
        return
    text = doc_text(doc)
    pattern = r"(?<=\b[Tt]he )(?:" + "|".join(re.escape(h) for h in refs) + r")(?![\w-])"
    spans = list(doc.spans["parties"])
    added = []
    for m in re.finditer(pattern, text):
        span = doc.char_span(m.start(), m.end())
        if span is None or any(s.start < span.end and span.start < s.end for s in spans):
            continue
        added.append(Span(doc, span.start, span.end, label="party", kb_id=refs[m.group(0)]))
    if added:
        doc.spans["parties"] = sorted(spans + added, key=lambda s: s.start)
