"""Accuracy of the extractor against gold, printed with the shared scorer.

    python benchmarks/accuracy.py [--mode select|full] [--errors]

Scores, when present: ../shared/corpus/seeds and ../shared/corpus/dev (real
articles, measurement only), and always the project's own demo corpus and
test fixtures. Prints each table and whether the floors of the extraction
issue hold (seeds F1 >= 0.95; dev F1 >= 0.85 and strict F1 >= 0.75).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from allegiance.batch import extract_paths  # noqa: E402
from allegiance.cli import demo_corpus  # noqa: E402

SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
FLOORS = {"seeds": {"f1": 0.95}, "dev": {"f1": 0.85, "strict_f1": 0.75}}
OUT = ROOT / "benchmarks" / "out"


def corpora() -> dict[str, Path]:
    sets = {}
    for name in ("seeds", "dev"):
        folder = SHARED / "corpus" / name
        if (folder / "gold.jsonl").is_file():
            sets[name] = folder
    sets["demo"] = demo_corpus()
    fixtures = ROOT / "tests" / "fixtures" / "articles"
    if (fixtures / "gold.jsonl").is_file():
        sets["fixtures"] = fixtures
    return {k: v for k, v in sets.items() if (v / "gold.jsonl").is_file()}


def run(name: str, folder: Path, mode: str) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.{mode}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for _article, events in extract_paths([folder], mode=mode):
            for event in events:
                handle.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
    return path


def score(gold: Path, system: Path, errors: bool) -> tuple[str, dict]:
    scorer = SCORER
    table = subprocess.run([sys.executable, str(scorer), str(gold), str(system)] + (["--errors"] if errors else []),
                           capture_output=True, text=True, check=True).stdout
    totals = json.loads(subprocess.run([sys.executable, str(scorer), str(gold), str(system), "--json"],
                                       capture_output=True, text=True, check=True).stdout)["total"]
    return table, totals


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mode", default="select", choices=["select", "full"])
    ap.add_argument("--errors", action="store_true", help="list missed and extra events")
    args = ap.parse_args()
    if not SCORER.is_file():
        print(f"note: {SCORER} not found; only the project's own corpora can be scored")
    failed = False
    for name, folder in corpora().items():
        if not SCORER.is_file():
            print(f"skip {name}: no scorer")
            continue
        table, totals = score(folder / "gold.jsonl", run(name, folder, args.mode), args.errors)
        print(f"== {name} ({folder}) mode={args.mode}")
        print(table)
        for metric, floor in FLOORS.get(name, {}).items():
            ok = totals[metric] >= floor
            failed |= not ok
            print(f"   floor {metric} >= {floor}: {'ok' if ok else 'BELOW'} ({totals[metric]:.3f})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
