"""Throughput of extraction against a bare spaCy ``nlp.pipe`` over the same texts.

    python benchmarks/throughput.py [--articles 400] [--jobs 1] [--rounds 3]

Measured in one run, on the same texts and the same number of processes:
  * spacy: the baseline. A bare ``nlp.pipe`` of the pinned model as spaCy loads it (every component,
    spaCy's own matrix products), nothing else;
  * spacy-numpy: the same, its layers multiplying with NumPy on one thread as the extractor's do
    (``nlp.load_model``). The ratio of select to this run is the part of the gain that comes from
    parsing less, not from the faster products;
  * select: ``allegiance`` extraction, parsing only sentences that can carry an event (the default);
  * full: ``allegiance`` extraction parsing every sentence.
Each runs in a fresh process, so peak memory (max RSS) is its own. F1 of
select and full on the shared dev gold (when present) shows the selection
loses nothing. Texts: the shared real articles when present and the demo corpus, made up
to the count with the project's stress stories, each text once (``load_articles``).
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import resource
import sys
import time
from contextlib import nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared" / "corpus"
DRAW_SEED = 20260101
BASELINES = ("spacy", "spacy-numpy")
KINDS = (*BASELINES, "select", "full")


def load_articles(count: int):
    """``count`` articles, each text once while the corpora hold enough of them: the shared real articles
    (seeds, dev, train) when present and the demo corpus, then the stress stories (written by the project,
    denser in events than a day's news) to make up the count; in a fixed shuffled order, so that outlets
    and kinds of news mix in every batch. A text read twice would let a cache keyed by text (the date
    finder's) skip work that a stream of news never repeats, and flatter the run."""
    from allegiance.read import demo_corpus
    from allegiance.read import iter_articles
    from allegiance.model import Article

    news = [p for p in (SHARED / "seeds", SHARED / "dev", SHARED / "train" / "docs") if p.is_dir()] + [demo_corpus()]
    stress = ROOT / "tests" / "fixtures" / "stress"
    written = sorted(p for p in stress.iterdir() if p.is_dir()) if stress.is_dir() else []
    draw = random.Random(DRAW_SEED)
    base = [a for a in iter_articles(news) if isinstance(a, Article)]
    extra = [a for a in iter_articles(written) if isinstance(a, Article)] if len(base) < count else []
    draw.shuffle(extra)
    base = base + extra[:count - len(base)]
    draw.shuffle(base)
    if len(base) < count:
        print(f"only {len(base)} distinct articles: texts repeat", file=sys.stderr)
    out = []
    while len(out) < count:
        for a in base:
            out.append(Article(f"{a.doc}#{len(out)}", a.text, a.published))
            if len(out) == count:
                break
    return out


def _run(kind: str, count: int, jobs: int, queue) -> None:
    articles = load_articles(count)
    from allegiance.extractor import get_extractor
    import spacy
    from allegiance.extractor.nlp import MODEL, load_model, one_blas_thread

    if kind in BASELINES:
        nlp = load_model([]) if kind == "spacy-numpy" else spacy.load(MODEL)
        nlp("warm up")
        with one_blas_thread() if kind == "spacy-numpy" else nullcontext():
            start = time.perf_counter()
            for _doc in nlp.pipe((a.text for a in articles), batch_size=32, n_process=jobs):
                pass
    else:
        extractor = get_extractor(mode=kind)
        extractor.extract(articles[0])
        start = time.perf_counter()
        if jobs == 1:
            for _events in extractor.extract_many(articles):
                pass
        else:
            from concurrent.futures import ProcessPoolExecutor

            from allegiance.pipeline import _work, _worker_init
            with ProcessPoolExecutor(jobs, initializer=_worker_init, initargs=("pk", kind)) as pool:
                size = max(1, -(-len(articles) // (jobs * 2)))
                batches = [articles[i:i + size] for i in range(0, len(articles), size)]
                list(pool.map(_work, [("pk", kind, b) for b in batches]))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    words = sum(len(a.text.split()) for a in articles)
    queue.put({"kind": kind, "seconds": seconds, "articles": len(articles), "words": words, "peak_mb": peak / 1024})


def measure(kind: str, count: int, jobs: int) -> dict:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_run, args=(kind, count, jobs, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def dev_f1(mode: str) -> float | None:
    if not (SHARED / "dev" / "gold.jsonl").is_file():
        return None
    from allegiance.pipeline import extract_paths
    from allegiance.analyse.evaluate import load_jsonl, score_events

    system = [e.to_dict() for _a, events in extract_paths([SHARED / "dev"], mode=mode) for e in events]
    return score_events(load_jsonl(SHARED / "dev" / "gold.jsonl"), system).f1


def _median_row(rows: list[dict]) -> dict:
    """The run of median speed among a kind's rounds (peak memory is that run's own)."""
    ordered = sorted(rows, key=lambda r: r["seconds"])
    return ordered[len(ordered) // 2]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=3,
                    help="rounds of the four runs, interleaved; each kind's median round is reported (a shared "
                         "machine's speed drifts by a third from one minute to the next)")
    args = ap.parse_args()
    rounds = [[measure(kind, args.articles, args.jobs) for kind in KINDS] for _ in range(max(1, args.rounds))]
    rows = [_median_row([r[k] for r in rounds]) for k in range(len(KINDS))]
    rate = {row["kind"]: row["articles"] / row["seconds"] for row in rows}
    print(f"{args.articles} articles, {rows[0]['words']} words, {args.jobs} process(es), median of {len(rounds)} rounds")
    for n, r in enumerate(rounds, 1):
        rates = {row["kind"]: row["articles"] / row["seconds"] for row in r}
        print(f"  round {n}: " + ", ".join(f"{kind} {rates[kind]:.1f}" for kind in KINDS)
              + f" articles/s; select {rates['select'] / rates['spacy']:.2f}x spacy, "
              f"{rates['select'] / rates['spacy-numpy']:.2f}x spacy-numpy")
    print(f"{'run':<13}{'articles/s':>12}{'words/s':>12}{'x spacy':>10}{'x spacy-numpy':>15}{'peak MB':>10}")
    for row in rows:
        r = rate[row["kind"]]
        print(f"{row['kind']:<13}{r:>12.1f}{row['words'] / row['seconds']:>12.0f}{r / rate['spacy']:>10.2f}"
              f"{r / rate['spacy-numpy']:>15.2f}{row['peak_mb']:>10.0f}")
    f_select, f_full = dev_f1("select"), dev_f1("full")
    if f_select is not None:
        print(f"dev F1: select {f_select:.3f}, full {f_full:.3f} (difference {f_select - f_full:+.3f})")
    print(json.dumps({"rows": rows, "dev_f1": {"select": f_select, "full": f_full}}))


if __name__ == "__main__":
    main()
