"""Fuzzing the inputs a user controls: readers, the extractor and the CLI's options.

Each property is what would have caught a crash seen before (a lone surrogate,
deep nesting, an object as `id`, a year-1 date, a text over a million
characters, a mistyped date or party). The number of examples per test is
`ALLEGIANCE_FUZZ_EXAMPLES` (default 60, so the suite stays quick); the figure
in the hardening note comes from a run with it raised.
"""
from __future__ import annotations

import json
import logging
import os
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from allegiance.cli import app
from allegiance.model import Article, ReadProblem
from allegiance.read import iter_articles

EXAMPLES = int(os.environ.get("ALLEGIANCE_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
runner = CliRunner()

JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
                           max_leaves=12)
DATES = st.one_of(st.text(max_size=12), st.dates().map(str), st.just("0001-01-01"), st.just("2023-13-45"),
                  st.integers(min_value=-10, max_value=10**6))
TEXTS = st.text(alphabet=st.characters(blacklist_categories=("Cc",)) | st.sampled_from(["\udcff", "\ud800", "\n"]),
                max_size=200)


def _read_line(tmp_path, line: str) -> list:
    path = tmp_path / "feed.jsonl"
    path.write_text(line + "\n", encoding="utf-8", errors="surrogatepass")
    return list(iter_articles([path]))


def _clean(article: Article) -> None:
    for value in (article.text, article.doc, article.title or "", article.url or ""):
        value.encode("utf-8")  # no lone surrogate leaves the reader
    assert isinstance(article.doc, str) and article.doc


@FUZZ
@given(record=st.fixed_dictionaries({}, optional={"id": JSON_VALUES, "published": DATES | JSON_VALUES,
                                                  "title": JSON_VALUES, "url": JSON_VALUES,
                                                  "text": TEXTS | JSON_VALUES}))
def test_any_jsonl_record_is_an_article_or_one_problem(tmp_path, record):
    items = _read_line(tmp_path, json.dumps(record))
    assert len(items) == 1
    item = items[0]
    if isinstance(item, ReadProblem):
        assert item.line == 1 and item.message
    else:
        _clean(item)


@FUZZ
@given(depth=st.integers(min_value=1, max_value=200_000), bracket=st.sampled_from(["[", "{\"a\":"]))
def test_deep_nesting_is_one_problem(tmp_path, depth, bracket):
    items = _read_line(tmp_path, bracket * depth)
    assert len(items) == 1 and isinstance(items[0], ReadProblem)


@FUZZ
@given(text=TEXTS, marker=DATES)
def test_any_text_file_reads(tmp_path, text, marker):
    path = tmp_path / "a.txt"
    path.write_text(f"date {marker}\n{text}", encoding="utf-8", errors="surrogatepass")
    for item in iter_articles([path]):
        if not isinstance(item, ReadProblem):
            _clean(item)


WORDS = st.sampled_from(["PTI", "PML-N", "joined", "quit", "expelled", "resigned", "as", "MNA", "the", "party",
                         "Sardar", "Ali", "Khan", "Raza", ",", "and", "won", "75", "seats", "coalition", "with",
                         "on", "Monday", "sources", "said", "will", "not", ":", "\n", "include", "the ‘Awam Party’",
                         "تحریک انصاف", "نے", "چھوڑنے", "کو", "نکال دیا", "استعفیٰ", "\udcff", "۔", "."])


@FUZZ
@given(words=st.lists(WORDS, max_size=80), published=st.dates())
def test_extraction_of_any_text_never_raises(extractor, words, published):
    failures: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = failures.append
    logger = logging.getLogger("allegiance.extractor")
    logger.addHandler(handler)
    text = " ".join(words)
    try:
        events = extractor.extract(Article(doc="f", text=text, published=published))
    finally:
        logger.removeHandler(handler)
    assert not [f for f in failures if f.levelno >= logging.ERROR], failures[0].getMessage()
    for event in events:
        assert 0 <= event.evidence.start <= event.evidence.end <= len(text)
        json.dumps(event.to_dict())


OPTION_VALUES = st.text(alphabet=string.printable, max_size=20)


@FUZZ
@given(since=OPTION_VALUES, party=OPTION_VALUES, kind=OPTION_VALUES, status=OPTION_VALUES)
def test_events_options_are_checked_or_answered(tmp_path, since, party, kind, status):
    db = tmp_path / "none.db"
    result = runner.invoke(app, ["events", "--db", str(db), "--since", since, "--party", party,
                                 "--type", kind, "--status", status])
    assert result.exit_code in (0, 1, 2) and "Traceback" not in result.output
    assert not db.exists()  # a read never creates a record


@FUZZ
@given(seats=st.lists(st.tuples(OPTION_VALUES, OPTION_VALUES), min_size=1, max_size=4))
def test_coalition_seats_are_checked_or_answered(seats):
    args = ["coalitions"] + [a for name, n in seats for a in ("--seat", f"{name}={n}")]
    result = runner.invoke(app, args)
    assert result.exit_code in (0, 2) and "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("line", ['{"id": {"a": 1}, "text": "x"}', '{"id": "a", "published": "0001-01-01", "text": "x"}',
                                  '{"id": "a", "text": "\\udcff"}', "[" * 100_000])
def test_each_crash_seen_before_is_a_problem_or_clean(tmp_path, line):
    (item,) = _read_line(tmp_path, line)
    assert isinstance(item, ReadProblem) or "\ufffd" in item.text
