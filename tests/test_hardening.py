"""Inputs that once stopped a batch or ran without end: each is one clear problem, or bounded work."""
from __future__ import annotations

import json
import logging

import pytest

from allegiance.extractor.select import MAX_CHUNK_CHARS, MAX_SENTENCE_CHARS, all_chunks, candidate_chunks
from allegiance.read import iter_articles
from allegiance.model import Article, ReadProblem

MOVE = "PTI MNA Ali Khan joined the PML-N on Friday."


def _jsonl(tmp_path, *lines: str):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return list(iter_articles([path]))


def _record(**fields) -> str:
    return json.dumps({"id": "a", "published": "2023-05-20", "text": MOVE, **fields})


def test_lone_surrogate_is_replaced_and_the_article_extracted(tmp_path, extractor):
    items = _jsonl(tmp_path, _record(text="Ali Khan \udcff joined the PML-N on Friday."))
    (article,) = items
    assert "\ufffd" in article.text
    assert [e.party for e in extractor.extract(article) if e.type == "join_party"] == ["PML-N"]


def test_deeply_nested_line_is_one_problem_and_the_next_line_is_read(tmp_path):
    items = _jsonl(tmp_path, "[" * 100_000, _record(id="next"))
    assert isinstance(items[0], ReadProblem) and items[0].line == 1 and "nests too deeply" in items[0].message
    assert isinstance(items[1], Article) and items[1].doc == "next"


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31", "1850-06-01"])
def test_publication_date_outside_a_sane_range_is_refused(tmp_path, published):
    (item,) = _jsonl(tmp_path, _record(published=published))
    assert isinstance(item, ReadProblem) and published in item.message and item.line == 1 and str(item).endswith(
        f"feed.jsonl:1: {item.message}")


def test_date_marker_outside_a_sane_range_is_refused(tmp_path):
    path = tmp_path / "old.txt"
    path.write_text("date 0001-01-01\n" + MOVE, encoding="utf-8")
    (item,) = iter_articles([path])
    assert isinstance(item, ReadProblem) and "0001-01-01" in item.message


@pytest.mark.parametrize("bad_id", [{"a": 1}, [1, 2], True])
def test_id_that_is_not_a_string_or_number_is_refused(tmp_path, bad_id):
    (item,) = _jsonl(tmp_path, _record(id=bad_id))
    assert isinstance(item, ReadProblem) and "'id' must be a string or a number" in item.message


def test_numeric_id_is_kept_as_text(tmp_path):
    (item,) = _jsonl(tmp_path, _record(id=42))
    assert item.doc == "42"


def test_pieces_to_parse_stay_bounded_however_long_the_text():
    dense = (MOVE + " ") * 2_000
    unbroken = "word " * 50_000
    for chunks in (candidate_chunks(dense), all_chunks(dense), all_chunks(unbroken)):
        assert chunks and max(len(c.text) for c in chunks) <= MAX_CHUNK_CHARS
    cut = all_chunks(unbroken)
    assert len(cut) > 1 and sum(len(c.text) for c in cut) >= len(unbroken.strip()) - len(cut)
    assert all(unbroken[c.start:c.start + len(c.text)] == c.text for c in cut)
    assert MAX_SENTENCE_CHARS < MAX_CHUNK_CHARS


def test_text_over_a_million_characters_is_extracted(extractor):
    text = "word " * 220_000 + "\n" + MOVE
    events = extractor.extract(Article(doc="long", text=text, published=None))
    assert any(e.type == "join_party" and e.party == "PML-N" for e in events)


def test_parse_budget_stops_dense_text_with_a_warning(extractor, caplog):
    firsts = ["Ali", "Sara", "Omar", "Hina", "Bilal", "Nadia", "Tariq", "Ayesha", "Kamran", "Sana"]
    lasts = ["Khan", "Malik", "Qureshi", "Butt", "Chaudhry", "Sheikh", "Abbasi", "Rana", "Gondal", "Bhatti"]
    text = " ".join(f"PTI MNA {f} {l} joined the PML-N on Friday." for _ in range(4) for f in firsts for l in lasts)
    saved = extractor.max_parse_chars
    extractor.max_parse_chars = 2_000
    try:
        with caplog.at_level(logging.WARNING):
            events = extractor.extract(Article(doc="dense", text=text, published=None, source="dense.txt"))
    finally:
        extractor.max_parse_chars = saved
    joins = [e for e in events if e.type == "join_party"]
    assert 0 < len(joins) < 400  # the first piece only
    assert max(e.evidence.end for e in events) <= MAX_CHUNK_CHARS
    assert any("dense.txt: parsed only the first" in r.getMessage() for r in caplog.records)
