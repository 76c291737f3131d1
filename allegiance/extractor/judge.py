"""The learned judge: which candidate events the rules proposed are real acts.

The rules are candidate generators: they read the parse for an actor, a party
and a trigger, and they are written to find as much as they can. Whether a
candidate is an event the guideline would record (not a conditional quote, not
an invitation, not a party pinned on the wrong person) depends on phrasing
that varies more than rules can follow, so a small logistic model trained on
real articles (``benchmarks/train.py``) scores each candidate from features of
the event, its rule and its sentence. The score becomes the event's
``confidence``; candidates under the model's threshold are dropped.

The model is plain JSON (feature -> weight) shipped in the package and read
with the standard library: no download, nothing heavier than a dict lookup
per feature at run time.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..country.lexicon import load_lexicon
from ..model import PERSON_TYPES, Event

MODEL_FILE = "judge.json"
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class Judge:
    """A trained logistic model over candidate features, with its decision threshold."""

    weights: dict[str, float]
    bias: float
    threshold: float
    meta: dict

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keep(self, events: list[Event]) -> list[Event]:
        """The candidates the model believes, each with its probability as confidence."""
        kept = []
        for event, features in zip(events, article_features(events)):
            p = self.probability(features)
            if p >= self.threshold:
                kept.append(replace(event, confidence=round(p, 3)))
        return kept

    def to_json(self) -> dict:
        return {"meta": self.meta, "bias": self.bias, "threshold": self.threshold,
                "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_json(cls, raw: dict) -> "Judge":
        return cls(weights={k: float(v) for k, v in raw["weights"].items()}, bias=float(raw["bias"]),
                   threshold=float(raw["threshold"]), meta=raw.get("meta", {}))

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), indent=0, sort_keys=False) + "\n", encoding="utf-8")


@lru_cache(maxsize=2)
def shipped_judge(name: str = MODEL_FILE) -> Judge | None:
    """The judge shipped in the package, or None when none has been trained yet."""
    path = resources.files("allegiance") / "data" / "model" / name
    if not path.is_file():
        return None
    return Judge.from_json(json.loads(path.read_text(encoding="utf-8")))


# --------------------------------------------------------------------------- features

def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


@lru_cache(maxsize=1)
def _cue_words() -> dict[str, frozenset[str]]:
    lex = load_lexicon("en")
    return {name: lex[name] for name in lex.words if name.startswith("judge_")}


def sentence_features(sentence: str) -> list[str]:
    """Cues of the sentence as a whole: the cue lists it touches, quotes, conditionals, size."""
    lower = sentence.lower()
    words = set(WORD.findall(lower))
    out = [f"cue={name[6:]}" for name, cues in _cue_words().items() if words & cues]
    if any(q in sentence for q in ('"', "\u201c", "\u201d", "'")):
        out.append("quoted")
    out.append("len=" + _bucket(len(sentence), (80, 160, 260, 400)))
    return out


def event_features(event: Event) -> list[str]:
    """What the event itself says: its type, rule, status, whether it is dated, its arguments' shape."""
    t = event.type
    rule = event.evidence.rule
    family = rule.split(".")[0]
    out = [f"t={t}", f"rule={rule}", f"fam={family}", f"t|status={t}|{event.status}",
           f"t|dated={t}|{event.date is not None}"]
    sentence = event.evidence.sentence.lower()
    if t in PERSON_TYPES:
        words = event.actor.split()
        out.append(f"t|names={t}|{_bucket(len(words), (1, 2, 3))}")
        out.append(f"t|actor_in_sentence={t}|{words[-1].lower() in sentence if words else False}")
        if event.party:
            out.append(f"t|party_in_sentence={t}|{event.party.lower() in sentence}")
    if t == "resign_post":
        out.append(f"post_words={_bucket(len((event.post or '').split()), (1, 2, 4))}")
    if t == "coalition":
        out += [f"action={event.action}", f"action|counterpart={event.action}|{event.counterpart is not None}",
                f"scoped={event.scope is not None}"]
    if t == "seat_result":
        out += [f"seats={_bucket(event.seats or 0, (2, 9, 40, 100))}", f"house={event.house}"]
    return out


def article_features(events: list[Event]) -> list[list[str]]:
    """Each candidate's features, with what the other candidates of its article say about it."""
    per_sentence = Counter(e.evidence.start for e in events)
    per_type = Counter(e.type for e in events)
    out = []
    for event in events:
        t = event.type
        features = event_features(event) + [f"{t}|{f}" for f in sentence_features(event.evidence.sentence)]
        features += event.cues
        features.append(f"t|same_sentence={t}|{_bucket(per_sentence[event.evidence.start], (1, 2, 4, 8))}")
        features.append(f"t|same_type={t}|{_bucket(per_type[t], (1, 3, 8))}")
        out.append(features)
    return out
