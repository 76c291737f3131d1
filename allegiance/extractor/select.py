"""Cheap selection of the text worth parsing.

Most sentences of a political article carry no event. A sentence is a
candidate when it holds a trigger word stem, or a number near a seat word or
a party list line; each candidate is parsed with the sentence before it, so
that "he" and "the party" still find what they point back to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language

from ..lexicon import Lexicon

SENTENCE_END = re.compile(r"(?<=[.!?۔])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9\u0600-\u06FF])|\n+")


@dataclass(frozen=True)
class Chunk:
    start: int
    text: str


def event_words(lex: Lexicon) -> re.Pattern:
    """Stems of the verbs that report a move (not the cue nouns): a sentence with one may set the story's date."""
    stems = {re.escape(w[:5].lower()) for name in ("leave_verbs", "join_verbs", "expel_verbs", "coalition_join",
                                                   "coalition_leave", "coalition_reject") for w in lex[name]}
    stems |= {"resign", "joined", "quit", "defect", "agree", "left"}
    return re.compile(r"\b(?:" + "|".join(sorted(stems, key=len, reverse=True)) + r")", re.I)


@lru_cache(maxsize=4)
def _trigger_regex(lex: Lexicon) -> re.Pattern:
    stems = set()
    for name in ("leave_verbs", "join_verbs", "expel_verbs", "resign_verbs", "defect_words", "coalition_join",
                 "coalition_leave", "coalition_reject", "coalition_talks", "coalition_cues", "seat_nouns",
                 "leave_nouns", "join_nouns", "expel_nouns", "resign_nouns", "coalition_join_nouns", "coalition_talks_nouns"):
        for word in lex[name]:
            stems.add(re.escape(word.split()[0][:5].lower()))
    for name in ("leave_phrases", "join_phrases", "coalition_leave_phrases", "coalition_reject_phrases"):
        for phrase in lex[name]:
            stems.add(re.escape(phrase.split()[0][:5].lower()))
    stems |= {"left", "quit", "exit", "join", "resign", "step", "expel", "terminat", "suspend", "won", "win", "bagg",
              "secur", "seat", "return", "welcom", "sign", "part", "break", "broke", "withdr", "declin", "reject",
              "rul", "refus", "contact", "approach", "talk", "negotiat", "offer", "support", "agree", "allian",
              "coalit", "deal", "pact", "merg", "dissoc", "disassoc", "defect", "desert", "dump", "abandon", "distanc"}
    return re.compile(r"\b(?:" + "|".join(sorted(stems, key=len, reverse=True)) + r")", re.I)


LIST_LINE = re.compile(r"^[^\n:]{2,80}:\s*\d+\s*$", re.M)
URDU = re.compile(r"[\u0600-\u06FF]")


def split_sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def candidate_chunks(text: str, nlp: Language, lex: Lexicon) -> list[Chunk]:
    """Runs of selected sentences (each with its predecessor), as text chunks with offsets."""
    sentences = split_sentences(text)
    trigger = _trigger_regex(lex)
    keep = [False] * len(sentences)
    for i, (s, e) in enumerate(sentences):
        piece = text[s:e]
        if URDU.search(piece) and not re.search(r"[A-Za-z]{3,}", piece):
            continue  # Urdu passages go to the Urdu rules, not the English parser
        if trigger.search(piece) or LIST_LINE.search(piece):
            keep[i] = True
            for j in range(max(0, i - 2), i):
                keep[j] = True
    chunks: list[Chunk] = []
    i = 0
    while i < len(sentences):
        if not keep[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(sentences) and keep[j + 1]:
            j += 1
        start, end = sentences[i][0], sentences[j][1]
        chunks.append(Chunk(start, text[start:end]))
        i = j + 1
    return chunks
