"""Pairwise precision / recall / F1 of person-name resolution against gold.

    python benchmarks/resolution.py

Mentions come from every person-type event (leave_party, join_party, expel,
resign_post) of the gold files: the event's ``actor`` and each of its
``aliases``, with the event's document. Corpora: ../shared/corpus/seeds and
../shared/corpus/dev when present, the project's demo corpus and the test
fixtures.

Gold clusters: an actor is one with its aliases; identical actor strings
(case and punctuation aside) are one across documents. Gold links nothing
else across documents, so a merge of two names that gold keeps apart and
that never share a document is listed as a "likely gold gap" (to check by
hand, not to tune to); merges of names gold keeps apart within one document
are plain errors. Pairs of an Urdu-script and a Latin-script name are
counted apart too (resolution compares their consonants, names.json
'cross_script'), so the figure across scripts shows on its own line.
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from allegiance.record.resolve import NameMention, resolve  # noqa: E402

SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
PERSON_EVENTS = {"leave_party", "join_party", "expel", "resign_post"}


def gold_files() -> dict[str, Path]:
    files = {}
    for name in ("seeds", "dev", "train"):
        path = SHARED_CORPUS / name / "gold.jsonl"
        if path.is_file():
            files[name] = path
        else:
            print(f"(skipping {name}: {path} not found)")
    for name, path in (("demo", ROOT / "allegiance" / "data" / "demo" / "gold.jsonl"),
                       ("fixtures", ROOT / "tests" / "fixtures" / "articles" / "gold.jsonl")):
        if path.is_file():
            files[name] = path
    return files


def _light(name: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", name.casefold()))


class _UF:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def load(files: dict[str, Path]):
    mentions: list[NameMention] = []
    gold = _UF()
    docs_of: dict[str, set[str]] = defaultdict(set)
    by_light: dict[str, str] = {}
    for corpus, path in files.items():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            ev = json.loads(line)
            if ev.get("type") not in PERSON_EVENTS or not ev.get("actor"):
                continue
            doc = f"{corpus}/{ev['doc']}"
            names = [ev["actor"], *(ev.get("aliases") or [])]
            for n in names:
                mentions.append(NameMention(n, doc, ev.get("party")))
                docs_of[n].add(doc)
                gold.union(ev["actor"], n)
                light = _light(n)
                if light in by_light:
                    gold.union(by_light[light], n)
                else:
                    by_light[light] = n
    return mentions, gold, docs_of


def _script(name: str) -> str:
    return "latin" if re.search(r"[A-Za-z]", name) else "other"


def score(mentions, gold: _UF, docs_of) -> dict:
    predicted = resolve(mentions)
    names = sorted({m.name for m in mentions})
    tp = fp = fn = 0
    wrong, gaps, missed, cross_script = [], [], [], []
    gold_docs: dict[str, set[str]] = defaultdict(set)
    for n in names:
        gold_docs[gold.find(n)] |= docs_of[n]
    for a, b in combinations(names, 2):
        same_pred = predicted[a].id == predicted[b].id
        same_gold = gold.find(a) == gold.find(b)
        if same_pred and same_gold:
            tp += 1
        elif same_pred:
            fp += 1
            if gold_docs[gold.find(a)] & gold_docs[gold.find(b)]:
                wrong.append((a, b))
            else:
                gaps.append((a, b))
        elif same_gold:
            fn += 1
            (cross_script if _script(a) != _script(b) else missed).append((a, b))
    cross_pairs = sum(1 for a, b in combinations(names, 2)
                      if _script(a) != _script(b) and gold.find(a) == gold.find(b))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    # the same figures with the likely gold gaps counted as right
    tp2, fp2, fn2 = tp + len(gaps), fp - len(gaps), fn
    p2 = tp2 / (tp2 + fp2) if tp2 + fp2 else 1.0
    r2 = tp2 / (tp2 + fn2) if tp2 + fn2 else 1.0
    f2 = 2 * p2 * r2 / (p2 + r2) if p2 + r2 else 0.0
    return {"names": len(names), "mentions": len(mentions),
            "persons": len({p.id for p in predicted.values()}),
            "gold_clusters": len({gold.find(n) for n in names}),
            "tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f1,
            "adjusted": {"precision": p2, "recall": r2, "f1": f2},
            "wrong_merges": wrong, "likely_gold_gaps": gaps,
            "missed_merges": missed, "cross_script_missed": cross_script, "cross_script_pairs": cross_pairs,
            "predicted": predicted}


def main() -> int:
    files = gold_files()
    print("corpora:", ", ".join(files))
    mentions, gold, docs_of = load(files)
    s = score(mentions, gold, docs_of)
    print(f"{s['mentions']} mentions, {s['names']} distinct names, "
          f"{s['persons']} persons resolved, {s['gold_clusters']} gold clusters")
    print(f"pairwise: tp={s['tp']} fp={s['fp']} fn={s['fn']}  "
          f"P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}")
    a = s["adjusted"]
    print(f"adjusted (likely gold gaps counted right): "
          f"P={a['precision']:.3f} R={a['recall']:.3f} F1={a['f1']:.3f}")
    found = s["cross_script_pairs"] - len(s["cross_script_missed"])
    print(f"across scripts (Urdu ~ Latin pairs gold links): {found} of {s['cross_script_pairs']} merged, "
          f"wrong merges {len(s['wrong_merges'])}")
    for title, pairs in (("wrong merges", s["wrong_merges"]),
                         ("likely gold gaps (merged across documents, gold has no cross-document link)",
                          s["likely_gold_gaps"]),
                         ("missed merges", s["missed_merges"]),
                         ("missed cross-script merges",
                          s["cross_script_missed"])):
        print(f"\n{title}: {len(pairs)}")
        for x, y in pairs:
            print(f"  {x!r} ~ {y!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
