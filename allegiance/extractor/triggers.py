"""Trigger words and phrases, found once per sentence for every rule family."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span, Token

from ..lexicon import Lexicon

PHRASE_LISTS = ("leave_phrases", "join_phrases", "coalition_leave_phrases", "coalition_reject_phrases")


@dataclass(frozen=True)
class Trigger:
    kind: str  # leave, join, expel, resign, coalition_join, ...
    head: Token
    tokens: frozenset[int]
    rule: str


def phrase_matcher(nlp: Language, lex: Lexicon) -> PhraseMatcher:
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for name in PHRASE_LISTS:
        matcher.add(name, [nlp.make_doc(p) for p in lex[name]])
    return matcher


def phrase_hits(sent: Span, matcher: PhraseMatcher) -> list[tuple[str, Span]]:
    doc = sent.doc
    hits = []
    for match_id, start, end in matcher(sent.as_doc()):
        hits.append((doc.vocab.strings[match_id], doc[sent.start + start:sent.start + end]))
    return hits


def phrase_head(span: Span) -> Token:
    """The verb of a phrase ("parted" in "parted ways with"), else its syntactic root."""
    for tok in span:
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_ not in ("be",):
            return tok
    return span.root
