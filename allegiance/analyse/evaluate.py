"""Scoring extracted events against gold annotations (GUIDELINE.md matching).

The quality gate in the tests and ``allegiance evaluate`` use it; it follows
the matching rules of the annotation guideline: events pair up document by
document on their key (type, person or party, party / post / counterpart and
action / house and seats), people match across spelling variants and titles,
and a strict score also asks for the same date and status.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

TITLE_WORDS = {"mr", "mrs", "ms", "dr", "engineer", "engr", "prof", "professor", "sahib", "sb"}
SEAT_POSTS = [(re.compile(r"\bmna\b|national assembly"), "MNA"),
              (re.compile(r"\bmpa\b|provincial assembly|(?:punjab|sindh|kp|balochistan) assembly"), "MPA"),
              (re.compile(r"senat"), "senator")]


@dataclass(frozen=True)
class Score:
    gold: int
    system: int
    matched: int
    strict: int

    @property
    def precision(self) -> float:
        return self.matched / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def strict_f1(self) -> float:
        p = self.strict / self.system if self.system else 0.0
        r = self.strict / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def name_words(name: str | None) -> list[str]:
    """Lower-case letters-only words of a name, accents dropped, titles removed; any script."""
    text = unicodedata.normalize("NFKD", name or "").lower()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return [w for w in re.findall(r"[^\W\d_]+", text) if w not in TITLE_WORDS]


def same_person(gold: dict[str, Any], name: str | None) -> bool:
    mine = name_words(name)
    if not mine:
        return False
    for variant in [gold["actor"], *gold.get("aliases", [])]:
        theirs = name_words(variant)
        if not theirs:
            continue
        short, long_ = sorted((theirs, mine), key=len)
        if theirs == mine or (len(short) >= 2 and set(short) <= set(long_)):
            return True
        if SequenceMatcher(None, " ".join(theirs), " ".join(mine)).ratio() >= 0.85:
            return True
    return False


def post_class(post: str | None) -> str:
    text = (post or "").lower()
    for pattern, kind in SEAT_POSTS:
        if pattern.search(text):
            return kind
    return " ".join(sorted(set(name_words(text)) - {"the", "of", "party", "s"}))


def same_post(a: str | None, b: str | None) -> bool:
    ka, kb = post_class(a), post_class(b)
    if ka == kb:
        return True
    seats = {"MNA", "MPA", "senator"}
    shared = set(ka.split()) & set(kb.split()) - {"pti", "ppp", "president", "member"}
    return bool(shared) or (ka not in seats and kb not in seats and SequenceMatcher(None, ka, kb).ratio() >= 0.8)


def _code(value: Any) -> str | None:
    return (value or "").strip().upper() or None


def same_key(g: dict[str, Any], s: dict[str, Any]) -> bool:
    kind = g["type"]
    if kind != s.get("type"):
        return False
    if kind in ("leave_party", "join_party", "expel"):
        return _code(g.get("party")) == _code(s.get("party")) and same_person(g, s.get("actor"))
    if kind == "resign_post":
        return same_person(g, s.get("actor")) and same_post(g.get("post"), s.get("post"))
    if kind == "coalition":
        return (_code(g["actor"]), _code(g.get("counterpart")), g.get("action")) == \
            (_code(s.get("actor")), _code(s.get("counterpart")), s.get("action"))
    if kind == "seat_result":
        return (_code(g["actor"]), _code(g.get("house")), str(g.get("seats"))) == \
            (_code(s.get("actor")), _code(s.get("house")), str(s.get("seats")))
    return False


def _exact(g: dict[str, Any], s: dict[str, Any]) -> bool:
    return (g.get("date") or None) == (s.get("date") or None) and g.get("status", "fact") == s.get("status", "fact")


def score_events(gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> Score:
    """Pair events per document, exact (date and status) pairs first, then key-only pairs."""
    docs = {e["doc"] for e in gold} | {e.get("doc") for e in system}
    matched = strict = 0
    for doc in docs:
        golds = [g for g in gold if g["doc"] == doc]
        left = [s for s in system if s.get("doc") == doc]
        paired: dict[int, dict[str, Any]] = {}
        for exact in (True, False):
            for i, g in enumerate(golds):
                if i in paired:
                    continue
                hit = next((s for s in left if same_key(g, s) and (not exact or _exact(g, s))), None)
                if hit is not None:
                    paired[i] = hit
                    left.remove(hit)
        matched += len(paired)
        strict += sum(_exact(golds[i], s) for i, s in paired.items())
    return Score(gold=len(gold), system=len(system), matched=matched, strict=strict)


def by_type(gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> dict[str, Score]:
    kinds = Counter(e["type"] for e in gold) + Counter(e.get("type") for e in system)
    return {k: score_events([g for g in gold if g["type"] == k], [s for s in system if s.get("type") == k])
            for k in kinds}


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
