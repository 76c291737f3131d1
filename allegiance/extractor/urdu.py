"""Urdu passages: parties, names and leave/join statements.

The English pipeline cannot parse Urdu, so Urdu sentences are read with the
word order Urdu news uses for these acts: the actor before the agent marker
"نے" (or before the party), the party, then the verb phrase at the end
("... نے پی ٹی آئی چھوڑنے کا اعلان کیا", "... مسلم لیگ ن میں شامل ہو گئے").
Cue words live in data/lexicon/ur.json.
"""
from __future__ import annotations

import json
import re
from datetime import timedelta
from functools import lru_cache
from importlib import resources

from ..model import Article, Event, Evidence
from ..registry import load_registry

URDU_CHAR = re.compile(r"[\u0600-\u06FF]")
SENTENCE = re.compile(r"[^۔\n.!?؟]+[۔.!?؟]?")
NAME_SPLIT = re.compile(r"\s*(?:،|,|اور)\s*")


@lru_cache(maxsize=2)
def _lexicon() -> dict[str, list[str]]:
    path = resources.files("allegiance") / "data" / "lexicon" / "ur.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


@lru_cache(maxsize=8)
def _party_pattern(country: str) -> tuple[re.Pattern, dict[str, str]]:
    registry = load_registry(country)
    names: dict[str, str] = {}
    for party in registry.parties.values():
        for alias in party.urdu:
            names.setdefault(alias, party.code)
    body = "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\u0600-\u06FF])(?:{body})(?![\u0600-\u06FF])"), names


def extract_urdu(article: Article, country: str) -> list[Event]:
    """Leave, join, resign and expel statements in the Urdu sentences of an article."""
    if not URDU_CHAR.search(article.text):
        return []
    pattern, names = _party_pattern(country)
    lex = _lexicon()
    events: list[Event] = []
    focus: str | None = None
    for m in SENTENCE.finditer(article.text):
        sent = m.group(0)
        if len(URDU_CHAR.findall(sent)) < max(8, len(sent) // 3):
            continue
        parties = [(p.start(), p.end(), names[p.group(0)]) for p in pattern.finditer(sent)]
        for kind, cues in (("leave_party", lex["leave"]), ("join_party", lex["join"]), ("expel", lex["expel"]),
                           ("resign_post", lex["resign"])):
            cue_at = _first(sent, cues)
            if cue_at < 0:
                continue
            party = _party_for(sent, parties, cue_at, focus, lex)
            actors = _actors(sent, parties, cue_at, lex)
            if not actors or (party is None and kind != "resign_post"):
                continue
            status = _status(sent, lex)
            when = _date(sent, article, lex)
            for actor in actors:
                events.append(Event(
                    doc=article.doc, type=kind, actor=actor, party=party, date=when, status=status,
                    post="عہدہ" if kind == "resign_post" else None,
                    evidence=Evidence(sent.strip(), article.offset + m.start(), article.offset + m.end(), f"urdu.{kind}"), confidence=0.5))
            break
        if parties:
            focus = parties[-1][2]
    return events


def _first(sent: str, cues: list[str]) -> int:
    hits = [sent.find(c) for c in cues if c in sent]
    return min(hits) if hits else -1


def _party_for(sent: str, parties: list[tuple[int, str]], cue_at: int, focus: str | None, lex) -> str | None:
    """The party named nearest before the cue, else the party in focus for 'پارٹی'."""
    before = [code for pos, _end, code in parties if pos < cue_at]
    if before:
        return before[-1]
    if any(w in sent for w in lex["party_word"]):
        return focus
    return parties[0][2] if parties else None


def _actors(sent: str, parties: list[tuple[int, str]], cue_at: int, lex) -> list[str]:
    """Names before the agent marker 'نے', or before the first party when there is none."""
    agent = sent.rfind(" نے ", 0, cue_at)
    end = agent if 0 < agent < cue_at else (parties[0][0] if parties and parties[0][0] < cue_at else -1)
    if end <= 0:
        return []
    that = sent.rfind(" کہ ", 0, end)
    start = max([e for _p, e, _c in parties if e <= end] + [sent.rfind(":", 0, end) + 1, that + 4 if that >= 0 else 0])
    span = " " + sent[start:end] + " "
    for role in sorted((r for r in lex["roles"] if " " in r), key=len, reverse=True):
        span = span.replace(f" {role} ", " ")
    words = span.split()
    roles = set(lex["roles"])
    out = []
    for chunk in NAME_SPLIT.split(" ".join(words)):
        if set(chunk.split()) & set(lex["pronouns"]):
            continue  # "ہم ..." (we) is a party speaking, not a named person
        tokens = [w for w in chunk.split() if w not in roles and URDU_CHAR.search(w)]
        # drop a party alias left at the front ("پی ٹی آئی کے رہنما")
        name = " ".join(tokens).strip()
        if 2 <= len(tokens) <= 5:
            out.append(name)
    return out


def _status(sent: str, lex) -> str:
    if any(c in sent for c in lex["deny"]):
        return "denied"
    if any(c in sent for c in lex["hedge"]):
        return "possible"
    return "fact"


def _date(sent: str, article: Article, lex) -> str | None:
    if article.published is None:
        return None
    if any(w in sent for w in lex["yesterday"]):
        return (article.published - timedelta(days=1)).isoformat()
    if any(w in sent for w in lex["today"]):
        return article.published.isoformat()
    return None
