"""Train the extractor's judge on the real articles of ``train``'s learn part.

    python benchmarks/train.py [--out allegiance/data/model/judge.json] [--also DIR ...]

Reproducible: the same corpus and code give the same weights (gradient
descent from zero, no randomness). The rules run with the judge off over
every ``learn`` document of ../shared/corpus/train (benchmarks/data/train_split.tsv;
``check`` is never read here), candidates are labelled against gold, and the
model's threshold and figures come from 5-fold document-level
cross-validation over ``learn``. ``--also DIR`` adds a folder of articles with
its own gold.jsonl (the project's own corpora, for instance). The model file
keeps no sentence: feature names and weights only.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from accuracy import SHARED, train_split  # noqa: E402

from allegiance.analyse import training  # noqa: E402
from allegiance.extractor import Extractor  # noqa: E402
from allegiance.read import iter_articles  # noqa: E402

DEFAULT_OUT = ROOT / "allegiance" / "data" / "model" / "judge.json"


def learn_documents() -> tuple[list[Path], Path]:
    train = SHARED / "corpus" / "train"
    split = train_split()
    return sorted(p for p in (train / "docs").iterdir() if split.get(p.stem) == "learn"), train / "gold.jsonl"


def unjudged_events(paths: list[Path]) -> list[tuple[str, list]]:
    """Every candidate the rules propose, per article, with the judge switched off."""
    extractor = Extractor(training=True)
    articles = [a for a in iter_articles(paths) if not hasattr(a, "message")]
    return [(a.doc, events) for a, events in zip(articles, extractor.extract_many(articles))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--also", type=Path, action="append", default=[], help="a folder of articles with gold.jsonl")
    args = ap.parse_args()
    if not (SHARED / "corpus" / "train" / "gold.jsonl").is_file():
        print(f"{SHARED}/corpus/train not found: nothing to train on", file=sys.stderr)
        return 2
    paths, gold_file = learn_documents()
    golds = [gold_file]
    for folder in args.also:
        paths += sorted(folder.glob("*.txt"))
        golds.append(folder / "gold.jsonl")
    gold = training.load_gold(golds)
    judge = training.train(unjudged_events(paths), gold, training.corpus_hash(paths, gold))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    judge.save(args.out)
    print(json.dumps(judge.meta, indent=1))
    print(f"threshold {judge.threshold}, {len(judge.weights)} weights -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
