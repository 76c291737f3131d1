"""The quality gate: F1 on the project's own gold corpora must not drop below the pinned floors."""
import json
from pathlib import Path

import pytest

from allegiance.pipeline import extract_paths
from allegiance.read import demo_corpus
from allegiance.analyse.evaluate import by_type, load_jsonl, score_events

FIXTURES = Path(__file__).parent / "fixtures"
FLOORS = json.loads((FIXTURES / "floors.json").read_text(encoding="utf-8"))
CORPORA = {"fixtures": FIXTURES / "articles", "demo": demo_corpus()}


@pytest.mark.parametrize("name", ["fixtures", "demo"])
def test_f1_stays_above_floor(name, extractor):
    folder = CORPORA[name]
    gold = load_jsonl(folder / "gold.jsonl")
    system = [e.to_dict() for _a, events in extract_paths([folder]) for e in events]
    score = score_events(gold, system)
    report = {k: round(v.f1, 3) for k, v in by_type(gold, system).items()}
    floor = FLOORS[name]
    assert score.f1 >= floor["f1"], f"{name}: F1 {score.f1:.3f} < floor {floor['f1']} (per type: {report})"
    assert score.strict_f1 >= floor["strict_f1"], f"{name}: strict F1 {score.strict_f1:.3f} < floor {floor['strict_f1']}"


def test_every_gold_document_exists():
    for folder in CORPORA.values():
        docs = {p.stem for p in folder.glob("*.txt")}
        assert {g["doc"] for g in load_jsonl(folder / "gold.jsonl")} <= docs


def test_scorer_matches_people_across_spellings():
    gold = [{"doc": "d", "type": "leave_party", "actor": "Ajmal Wazir", "aliases": ["Ajmal Wazeer"], "party": "PTI",
             "date": None, "status": "fact"}]
    assert score_events(gold, [{**gold[0], "actor": "Ajmal Wazeer"}]).f1 == 1.0
    assert score_events(gold, [{**gold[0], "actor": "Ajmal Wazir", "party": "PPP"}]).f1 == 0.0
    assert score_events(gold, [{**gold[0], "date": "2023-05-21"}]).strict_f1 == 0.0
