"""Deferred story facts: worked out once, on the first ask, and read as an eager context would read them."""
from allegiance.extractor.story_memory import DEFERRED_KEY, Deferred, recall


def _memory(calls: list[str]) -> dict:
    deferred = Deferred()

    def seat_facts() -> dict:
        calls.append("seats")
        return {"other_houses": [12], "vote_date": "2024-02-08"}  # no constituency house in this story

    deferred.add(["other_houses", "constituency_house", "vote_date"], seat_facts)
    deferred.add(["interview_day"], lambda: calls.append("interview") or {})
    return {"lead_date": "2024-02-10", DEFERRED_KEY: deferred}


def test_a_fact_is_worked_out_on_first_ask_only():
    calls: list[str] = []
    memory = _memory(calls)
    assert calls == []
    assert recall(memory, "vote_date") == "2024-02-08"
    assert recall(memory, "other_houses") == [12]
    assert recall(memory, "vote_date") == "2024-02-08"
    assert calls == ["seats"]


def test_a_key_its_loader_left_out_stays_absent_with_the_default():
    calls: list[str] = []
    memory = _memory(calls)
    assert recall(memory, "constituency_house", "NA") == "NA"
    assert "constituency_house" not in memory
    assert recall(memory, "interview_day") is None
    assert recall(memory, "interview_day") is None
    assert calls == ["seats", "interview"]


def test_eager_and_unknown_keys_are_plain_reads():
    calls: list[str] = []
    memory = _memory(calls)
    assert recall(memory, "lead_date") == "2024-02-10"
    assert recall(memory, "election_date") is None
    assert recall({}, "vote_date", "none") == "none"
    assert calls == []
