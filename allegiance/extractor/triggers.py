"""Trigger words and phrases, found once per sentence for every rule family."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span, Token

from ..country.lexicon import Lexicon

PHRASE_LISTS = ("leave_phrases", "join_phrases", "join_contact_phrases", "coalition_leave_phrases", "coalition_reject_phrases",
                "echo_phrases")  # 'followed suit', 'did the same': no trigger of their own (ellipsis_moves reads them),
                                 # listed so that sentence selection keeps the sentences that echo a move


@dataclass(frozen=True)
class Trigger:
    kind: str  # leave, join, expel, resign, coalition_join, ...
    head: Token
    tokens: frozenset[int]
    rule: str


POSSESSIVES = ("his", "her", "their", "its", "my", "our")


def phrase_matcher(nlp: Language, lex: Lexicon) -> PhraseMatcher:
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for name in PHRASE_LISTS:
        matcher.add(name, [nlp.make_doc(p) for p in with_possessives(lex[name], lex["phrase_possessive_objects"])])
    return matcher


def with_possessives(phrases, objects) -> list[str]:
    """'switched loyalties to' is written 'switched their loyalties to' as often: a phrase whose second word
    is an object a person owns (lexicon phrase_possessive_objects) also matches with a possessive before it."""
    out = list(phrases)
    for phrase in phrases:
        words = phrase.split()
        if len(words) >= 2 and words[1] in objects:
            out += [" ".join([words[0], owner, *words[1:]]) for owner in POSSESSIVES]
    return out


def phrase_hits(sent: Span, matcher: PhraseMatcher) -> list[tuple[str, Span]]:
    """Trigger phrases inside a sentence; the matcher runs once per document and is cached on it."""
    doc = sent.doc
    cache = doc.user_data.get("allegiance_phrases")
    if cache is None or cache[0] is not matcher:
        found = [(doc.vocab.strings[m], start, end) for m, start, end in matcher(doc)]
        cache = (matcher, found)
        doc.user_data["allegiance_phrases"] = cache
    return [(name, doc[start:end]) for name, start, end in cache[1] if start >= sent.start and end <= sent.end]


def phrase_head(span: Span) -> Token:
    """The verb of a phrase ("parted" in "parted ways with"), else its syntactic root."""
    for tok in span:
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_ not in ("be",):
            return tok
    return span.root
