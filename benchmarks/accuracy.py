"""Accuracy of the extractor against gold, printed with the shared scorer.

    python benchmarks/accuracy.py [--sets seeds,dev,learn,check,demo,fixtures,stress] [--mode select|full] [--errors]

Scores, when present: ../shared/corpus/seeds, ../shared/corpus/dev and the
two parts of ../shared/corpus/train (real articles, measurement only), and
always the project's own demo corpus, test fixtures and stress articles (whole news stories
the project wrote in the press's manner, tests/fixtures/stress/<kind>/). Train is split by a
hash of the document name (``benchmarks/data/train_split.tsv``): rules are
written and models trained on ``learn``; ``check`` is only scored. Prints
each table, one summary table of every set, and whether the floors of the
extraction issue hold.
"""
from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from allegiance.pipeline import extract_paths  # noqa: E402
from allegiance.read import demo_corpus  # noqa: E402

SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
SPLIT = ROOT / "benchmarks" / "data" / "train_split.tsv"
FLOORS = {"seeds": {"f1": 0.95}, "dev": {"f1": 0.90, "strict_f1": 0.75},
          "check": {"f1": 0.85, "strict_f1": 0.75}}
OUT = ROOT / "benchmarks" / "out"
ALL_SETS = ("seeds", "dev", "learn", "check", "demo", "fixtures", "stress")


def train_split() -> dict[str, str]:
    """Document name -> 'learn' or 'check'."""
    rows = [line.rstrip("\n").split("\t") for line in SPLIT.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return {doc: part for doc, part in rows[1:]}


def corpora(wanted: tuple[str, ...] = ALL_SETS) -> dict[str, tuple[list[Path], Path]]:
    """Each set's article paths and gold file."""
    sets: dict[str, tuple[list[Path], Path]] = {}
    for name in ("seeds", "dev"):
        folder = SHARED / "corpus" / name
        if (folder / "gold.jsonl").is_file():
            sets[name] = ([folder], folder / "gold.jsonl")
    train = SHARED / "corpus" / "train"
    if (train / "gold.jsonl").is_file():
        split = train_split()
        for part in ("learn", "check"):
            docs = sorted(p for p in (train / "docs").iterdir() if split.get(p.stem) == part)
            sets[part] = (docs, train / "gold.jsonl")
    sets["demo"] = ([demo_corpus()], demo_corpus() / "gold.jsonl")
    fixtures = ROOT / "tests" / "fixtures" / "articles"
    if (fixtures / "gold.jsonl").is_file():
        sets["fixtures"] = ([fixtures], fixtures / "gold.jsonl")
    stress = sorted(p for p in (ROOT / "tests" / "fixtures" / "stress").glob("*") if (p / "gold.jsonl").is_file())
    if stress:
        sets["stress"] = (stress, _joined_gold([p / "gold.jsonl" for p in stress]))
    return {k: v for k, v in sets.items() if k in wanted}


def _joined_gold(paths: list[Path]) -> Path:
    """One gold file for a set kept in several folders (tests/fixtures/stress/<kind>/)."""
    out = Path(tempfile.mkstemp(suffix=".jsonl")[1])
    out.write_text("".join(p.read_text(encoding="utf-8").rstrip("\n") + "\n" for p in paths), encoding="utf-8")
    return out


class RuleFailures(logging.Handler):
    """Counts the sentences whose rules raised: the extractor logs and skips them so one bad sentence never
    stops a batch, which would let a crashing rule pass here as a mere loss of recall."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.where: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.where.append(record.getMessage().split(";")[0])


def run(name: str, paths: list[Path], mode: str) -> tuple[Path, set[str]]:
    """Extract a set into benchmarks/out; the documents read are returned to filter gold."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.{mode}.jsonl"
    docs: set[str] = set()
    with path.open("w", encoding="utf-8") as handle:
        for article, events in extract_paths(paths, mode=mode):
            docs.add(article.doc)
            for event in events:
                handle.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
    return path, docs


def gold_of(gold: Path, docs: set[str]) -> Path:
    """The gold lines of the documents read (train's gold covers both parts)."""
    out = Path(tempfile.mkstemp(suffix=".jsonl")[1])
    lines = [line for line in gold.read_text(encoding="utf-8").splitlines()
             if line.strip() and json.loads(line)["doc"] in docs]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def score(gold: Path, system: Path, errors: bool) -> tuple[str, dict]:
    args = [sys.executable, str(SCORER), str(gold), str(system)]
    table = subprocess.run(args + (["--errors"] if errors else []), capture_output=True, text=True, check=True).stdout
    result = json.loads(subprocess.run(args + ["--json"], capture_output=True, text=True, check=True).stdout)
    return table, result


def summary(results: dict[str, dict]) -> str:
    types = ["leave_party", "join_party", "resign_post", "expel", "coalition", "seat_result"]
    head = f"{'set':<9}{'gold':>6}{'F1':>7}{'P':>7}{'R':>7}{'strict':>8}{'date':>7}" + "".join(f"{t[:7]:>9}" for t in types)
    lines = [head]
    for name, result in results.items():
        t = result["total"]
        per = "".join(f"{result['types'].get(k, {}).get('f1', float('nan')):>9.3f}" for k in types)
        lines.append(f"{name:<9}{t['gold']:>6}{t['f1']:>7.3f}{t['precision']:>7.3f}{t['recall']:>7.3f}"
                     f"{t['strict_f1']:>8.3f}{(t['date_accuracy'] or 0):>7.3f}{per}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default=",".join(s for s in ALL_SETS if s != "check"),
                    help=f"comma-separated sets among {', '.join(ALL_SETS)} (check is scored only when asked)")
    ap.add_argument("--mode", default="select", choices=["select", "full"])
    ap.add_argument("--errors", action="store_true", help="list missed and extra events")
    ap.add_argument("--quiet", action="store_true", help="print only the summary table")
    args = ap.parse_args()
    if not SCORER.is_file():
        print(f"note: {SCORER} not found; nothing can be scored")
        return 0
    failed = False
    results: dict[str, dict] = {}
    crashes = RuleFailures()
    logging.getLogger("allegiance.extractor").addHandler(crashes)
    for name, (paths, gold) in corpora(tuple(args.sets.split(","))).items():
        system, docs = run(name, paths, args.mode)
        table, result = score(gold_of(gold, docs), system, args.errors)
        results[name] = result
        if not args.quiet:
            print(f"== {name} mode={args.mode}")
            print(table)
        for metric, floor in FLOORS.get(name, {}).items():
            ok = result["total"][metric] >= floor
            failed |= not ok
            if not args.quiet:
                print(f"   floor {metric} >= {floor}: {'ok' if ok else 'BELOW'} ({result['total'][metric]:.3f})")
    print(summary(results))
    if crashes.where:
        print(f"rule failures: {len(crashes.where)} sentences lost their events, e.g. {crashes.where[:3]}")
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
