"""The learned judge: deterministic training, calibrated confidence, a shipped model that keeps no text."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from allegiance.analyse import training
from allegiance.analyse.evaluate import load_jsonl
from allegiance.extractor import Extractor
from allegiance.extractor.judge import Judge, shipped_judge
from allegiance.model import Event, Evidence
from allegiance.read import iter_articles

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
SHARED_TRAIN = ROOT.parent / "shared" / "corpus" / "train" / "gold.jsonl"


def _event(rule: str = "join.verb", status: str = "fact") -> Event:
    return Event(doc="d", type="join_party", actor="Ali Raza", party="PTI", status=status,
                 evidence=Evidence("Ali Raza joined the PTI on Tuesday.", 0, 35, rule))


@pytest.fixture(scope="module")
def fixture_candidates():
    extractor = Extractor(training=True)
    articles = list(iter_articles([FIXTURES]))
    per_article = [(a.doc, events) for a, events in zip(articles, extractor.extract_many(articles))]
    return per_article, load_jsonl(FIXTURES / "gold.jsonl")


def test_training_twice_gives_the_same_model(fixture_candidates):
    per_article, gold = fixture_candidates
    first = training.train(per_article, gold, "fixtures").to_json()
    second = training.train(per_article, gold, "fixtures").to_json()
    assert first == second
    assert first["weights"], "a model with no weights learned nothing"


def test_labels_follow_the_scorer(fixture_candidates):
    per_article, gold = fixture_candidates
    examples = training.candidates(per_article, gold)
    assert 0 < sum(c.label for c in examples) < len(examples) + 1
    wrong = _event()
    assert training.label_article([wrong], [{"doc": "d", "type": "join_party", "actor": "Ali Raza", "party": "PPP"}]) == [False]
    assert training.label_article([wrong], [{"doc": "d", "type": "join_party", "actor": "Ali Raza", "party": "PTI"}]) == [True]


def test_judge_sets_confidence_and_drops_what_it_disbelieves():
    judge = Judge(weights={"rule=join.verb": 3.0, "rule=join.doubtful": -3.0}, bias=0.0, threshold=0.5, meta={})
    kept = judge.keep([_event("join.verb"), _event("join.doubtful")])
    assert [e.evidence.rule for e in kept] == ["join.verb"]
    assert kept[0].confidence == pytest.approx(0.953, abs=0.001)


def test_cues_never_reach_the_written_event():
    event = _event()
    assert "cues" not in event.to_dict()


def test_shipped_model_keeps_figures_and_no_text():
    judge = shipped_judge()
    assert judge is not None
    meta = judge.meta
    assert meta["documents"] > 100 and meta["folds"] == 5
    assert 0 <= judge.threshold < 1
    assert meta["cv_with_judge"]["f1"] >= meta["cv_without_judge"]["f1"] - 0.005
    for feature in judge.weights:
        assert len(re.findall(r"[A-Za-z]+", feature)) < 12, feature  # names of cues, never a sentence


@pytest.mark.skipif(not SHARED_TRAIN.is_file(), reason="../shared/corpus/train is not beside the project")
def test_fresh_training_reaches_the_shipped_model(tmp_path):
    out = tmp_path / "judge.json"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "train.py"), "--out", str(out)], check=True,
                   capture_output=True, cwd=ROOT)
    fresh = json.loads(out.read_text(encoding="utf-8"))["meta"]
    shipped = shipped_judge().meta
    assert fresh["cv_with_judge"]["f1"] == pytest.approx(shipped["cv_with_judge"]["f1"], abs=0.01)
