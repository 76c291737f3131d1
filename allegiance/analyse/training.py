"""Training the extractor's judge (``extractor/judge.py``) on real articles with gold events.

    candidates -> labels -> features -> logistic regression -> threshold

The rules run with the judge switched off, so every candidate they propose is
seen; a candidate is labelled true when it pairs with a gold event the way
the shared scorer pairs them (same document, same key). The weights are fit
by full-batch gradient descent with an L2 penalty: deterministic, so the same
corpus gives the same model. The threshold is the one that maximises F1
under document-level cross-validation, where each document is judged by a
model that never saw it; the figures of that cross-validation go into the
model's ``meta`` so that what the model is worth travels with it.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..extractor.judge import Judge, article_features
from ..model import Event
from .evaluate import load_jsonl, same_key

FOLDS = 5
MIN_COUNT = 2  # a feature seen fewer times than this carries no weight


@dataclass(frozen=True)
class Candidate:
    doc: str
    event: Event
    features: tuple[str, ...]
    label: bool


def label_article(events: list[Event], gold: list[dict]) -> list[bool]:
    """Which candidates pair with a gold event: exact pairs (date and status) first, then key pairs."""
    labels = [False] * len(events)
    systems = [e.to_dict() for e in events]
    for exact in (True, False):
        for g in gold:
            if g.get("_paired"):
                continue
            for i, s in enumerate(systems):
                if labels[i] or not same_key(g, s):
                    continue
                if exact and ((g.get("date") or None) != s.get("date") or g.get("status", "fact") != s.get("status")):
                    continue
                labels[i] = True
                g["_paired"] = True
                break
    for g in gold:
        g.pop("_paired", None)
    return labels


def candidates(per_article: Iterable[tuple[str, list[Event]]], gold: list[dict]) -> list[Candidate]:
    """Every candidate of every article, with its features and its label."""
    by_doc: dict[str, list[dict]] = {}
    for g in gold:
        by_doc.setdefault(g["doc"], []).append(dict(g))
    out = []
    for doc, events in per_article:
        labels = label_article(events, by_doc.get(doc, []))
        for event, features, label in zip(events, article_features(events), labels):
            out.append(Candidate(doc, event, tuple(features), label))
    return out


def fit(examples: Sequence[Candidate], l2: float = 1.0, steps: int = 1500, rate: float = 0.5) -> tuple[dict[str, float], float]:
    """Logistic regression weights (feature -> weight) and bias."""
    counts: dict[str, int] = {}
    for c in examples:
        for f in set(c.features):
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(examples), len(vocab)))
    for row, c in enumerate(examples):
        for f in c.features:
            if f in index:
                x[row, index[f]] = 1.0
    y = np.array([1.0 if c.label else 0.0 for c in examples])
    w, b, n = np.zeros(len(vocab)), 0.0, max(1, len(examples))
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        grad = x.T @ (p - y) / n + l2 * w / n
        w -= rate * grad
        b -= rate * float(np.mean(p - y))
    return {f: round(float(v), 5) for f, v in zip(vocab, w) if abs(v) > 1e-5}, round(b, 5)


def fold_of(doc: str, folds: int = FOLDS) -> int:
    return int(hashlib.sha256(doc.encode()).hexdigest(), 16) % folds


def cross_validated(examples: Sequence[Candidate], folds: int = FOLDS) -> list[float]:
    """Each candidate's probability from a model trained on the other documents' folds."""
    probs = [0.0] * len(examples)
    for k in range(folds):
        train = [c for c in examples if fold_of(c.doc, folds) != k]
        weights, bias = fit(train)
        judge = Judge(weights, bias, 0.0, {})
        for i, c in enumerate(examples):
            if fold_of(c.doc, folds) == k:
                probs[i] = judge.probability(list(c.features))
    return probs


def f1_at(examples: Sequence[Candidate], probs: Sequence[float], threshold: float, gold_total: int) -> tuple[float, float, float]:
    kept = [c for c, p in zip(examples, probs) if p >= threshold]
    hits = sum(c.label for c in kept)
    precision = hits / len(kept) if kept else 0.0
    recall = hits / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(precision, 4), round(recall, 4), round(f1, 4)


MIN_GAIN = 0.005  # a filter that does not lift cross-validated F1 by this much is not applied


def best_threshold(examples: Sequence[Candidate], probs: Sequence[float], gold_total: int) -> float:
    """The threshold with the best cross-validated F1 (ties go to the lowest: keep more), or 0
    (keep every candidate, the judge only scores them) when filtering gains less than MIN_GAIN."""
    grid = [round(t * 0.025, 3) for t in range(0, 33)]
    best = max(grid, key=lambda t: (f1_at(examples, probs, t, gold_total)[2], -t))
    gain = f1_at(examples, probs, best, gold_total)[2] - f1_at(examples, probs, 0.0, gold_total)[2]
    return best if gain >= MIN_GAIN else 0.0


def corpus_hash(paths: Sequence[Path], gold: Sequence[dict]) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    digest.update(json.dumps(sorted(gold, key=lambda g: json.dumps(g, sort_keys=True)), sort_keys=True).encode())
    return digest.hexdigest()[:16]


def train(per_article: Iterable[tuple[str, list[Event]]], gold: list[dict], corpus: str) -> Judge:
    """A judge trained on every candidate, its threshold and figures from cross-validation."""
    per_article = list(per_article)
    examples = candidates(per_article, gold)
    docs = {doc for doc, _events in per_article}
    gold_total = sum(1 for g in gold if g["doc"] in docs)
    probs = cross_validated(examples)
    threshold = best_threshold(examples, probs, gold_total)
    weights, bias = fit(examples)
    meta = {"corpus": corpus, "method": "logistic regression, full-batch gradient descent from zero (deterministic)", "documents": len(docs), "candidates": len(examples),
            "true_candidates": sum(c.label for c in examples), "gold": gold_total, "folds": FOLDS,
            "cv_without_judge": dict(zip(("precision", "recall", "f1"), f1_at(examples, [1.0] * len(examples), 0.0, gold_total))),
            "cv_with_judge": dict(zip(("precision", "recall", "f1"), f1_at(examples, probs, threshold, gold_total)))}
    return Judge(weights, bias, threshold, meta)


def load_gold(paths: Sequence[Path]) -> list[dict]:
    return [g for path in paths for g in load_jsonl(path)]
