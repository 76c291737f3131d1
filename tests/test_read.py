"""Reading stage: paths, folders and stdin in; Article records or ReadProblems out."""
from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from allegiance.read import MAX_BYTES, find_publication_date, iter_articles, read_text_article
from allegiance.model import Article, ReadProblem

BODY = ("NORTHPORT: Councillor Dana Reyes on Monday left the Harbour League and joined the "
        "Green Valley Party, citing differences over the new port budget.\n\n"
        "Reyes said the decision had not been easy.\n")


def read(*paths, **kwargs) -> list[Article | ReadProblem]:
    return list(iter_articles([str(p) for p in paths], **kwargs))


def articles(items) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def problems(items) -> list[ReadProblem]:
    return [item for item in items if isinstance(item, ReadProblem)]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def only_article(path: Path, **kwargs) -> Article:
    [item] = read(path, **kwargs)
    assert isinstance(item, Article), item
    return item


def only_problem(path, **kwargs) -> ReadProblem:
    [item] = read(path, **kwargs)
    assert isinstance(item, ReadProblem), item
    return item


# --------------------------------------------------------------------------- plain text

@pytest.mark.parametrize("suffix", [".txt", ".text", ".md", ".TXT"])
def test_plain_text_file_is_one_article(tmp_path, suffix):
    path = write(tmp_path / f"reyes-joins-gvp{suffix}", BODY)
    article = only_article(path)
    assert article.doc == "reyes-joins-gvp"
    assert article.text == BODY
    assert article.source == str(path)
    assert article.published is None and article.title is None and article.url is None


def test_date_marker_with_text_on_same_line_is_removed(tmp_path):
    path = write(tmp_path / "a.txt", " date 2024-02-14 ISLAMABAD: The Valley Front on Wednesday declined an offer.\n")
    article = only_article(path)
    assert article.published == date(2024, 2, 14)
    assert article.text.startswith("ISLAMABAD: The Valley Front")


def test_date_marker_on_its_own_line():
    published, text = find_publication_date("date 2018-05-17\n\nHeadline here\n\nBody.")
    assert published == date(2018, 5, 17)
    assert text == "Headline here\n\nBody."


def test_invalid_marker_date_is_not_taken_and_text_kept():
    published, text = find_publication_date("date 2024-02-30 Body text.")
    assert published is None
    assert text == "date 2024-02-30 Body text."


@pytest.mark.parametrize("head, expected", [
    ("Published 18 Feb, 2024", date(2024, 2, 18)),
    ("INP Published 11 Jan, 2024 06:15am", date(2024, 1, 11)),
    ("Maya ReporterUpdated May 17, 2018", date(2018, 5, 17)),
    ("Updated May 17, 2018", date(2018, 5, 17)),
    ("February 21, 2024", date(2024, 2, 21)),
    ("Today's Paper | March 30, 2022", date(2022, 3, 30)),
    ("Today’s Paper | March 30, 2022", date(2022, 3, 30)),
    ("Tuesday, July 31, 2018", date(2018, 7, 31)),
    ("Ledger.comPublished March 30, 2022 - Updated March 31, 2022 05:47pm", date(2022, 3, 30)),
    ("May 21, 2023", date(2023, 5, 21)),
    ("2023-05-21", date(2023, 5, 21)),
    ("2022-04-11T14:17:00+05:00 News Desk", date(2022, 4, 11)),
    ("By: Staff | Northport | Published: July 31, 2018 7:19:59 pm", date(2018, 7, 31)),
    ("Follow on Updated On: Thu, 07 Dec 2023 21:54:39 PKT", date(2023, 12, 7)),
    ("Sept. 3, 2021", date(2021, 9, 3)),
    ("Northport, 28 Nov, 2023: In a surprising turn of events the mayor resigned.", date(2023, 11, 28)),
])
def test_dateline_forms(head, expected):
    text = f"Councillor quits the Harbour League\n\n{head}\n\n{BODY}"
    assert find_publication_date(text) == (expected, text)


@pytest.mark.parametrize("text", [
    "Northport [Harbourland], December 17 : The mayor joined the party.\n",  # no year: never filled in
    "May 2023\n\nThe mayor joined the party.\n",  # no day
    "NORTHPORT: The alliance agreed on seat adjustments for the polls scheduled to be held on February 8, "
    "2024, party officials told reporters after a long meeting on Thursday evening.\n",  # date inside a sentence
    "\n".join(f"Paragraph {i} of the story about the new alliance in the region." for i in range(12))
    + "\nMay 21, 2023\n",  # a dateline-looking line, but too deep in the text
])
def test_no_date_from_partial_or_buried_dates(text):
    assert find_publication_date(text) == (None, text)


def test_first_full_date_wins():
    text = "Updated On: 3 March 2021\nPublished 1 March 2021\n\nBody of the story goes here."
    assert find_publication_date(text)[0] == date(2021, 3, 3)


def test_read_text_article_normalises_line_endings_and_bom():
    article = read_text_article("\ufeffdate 2020-01-02 Line one.\r\nLine two.\r\n", "doc1", source="x.txt")
    assert article == Article(doc="doc1", text="Line one.\nLine two.\n", published=date(2020, 1, 2), source="x.txt",
                              offset=len("date 2020-01-02 "))


# --------------------------------------------------------------------------- encodings

def test_cp1252_file_with_curly_quotes(tmp_path):
    text = "The minister said \u201cwe will not leave the party\u201d and called the report \u2018baseless\u2019.\n"
    article = only_article(write(tmp_path / "cp.txt", text.encode("cp1252")))
    assert article.text == text


def test_utf16_with_bom(tmp_path):
    text = "date 2023-06-01 KARACHI: The \u201cnew\u201d front was formed on Thursday.\n"
    article = only_article(write(tmp_path / "u16.txt", text.encode("utf-16")))
    assert article.published == date(2023, 6, 1)
    assert article.text == "KARACHI: The \u201cnew\u201d front was formed on Thursday.\n"


def test_utf8_bom_is_stripped(tmp_path):
    article = only_article(write(tmp_path / "bom.txt", "\ufeffHello party.\n".encode("utf-8")))
    assert article.text == "Hello party.\n"


def test_urdu_utf8_text(tmp_path):
    urdu = "جماعت نے اتحاد میں شامل ہونے کا اعلان کیا۔\n"
    article = only_article(write(tmp_path / "urdu.txt", urdu))
    assert article.text == urdu


# --------------------------------------------------------------------------- folders

def test_folder_walk_is_recursive_sorted_and_skips_non_articles(tmp_path):
    write(tmp_path / "b.txt", "Second story text.\n")
    write(tmp_path / "a.txt", "First story text.\n")
    write(tmp_path / "sub" / "c.md", "Third story text.\n")
    write(tmp_path / "sub" / "deeper" / "d.jsonl", json.dumps({"id": "d1", "text": "Fourth story."}) + "\n")
    write(tmp_path / "sources.tsv", "a\thttps://example.org/a\n")
    write(tmp_path / "photo.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(tmp_path / "gold.jsonl", json.dumps({"doc": "a", "type": "join_party", "actor": "X"}) + "\n")
    write(tmp_path / ".hidden.txt", "Hidden.\n")
    write(tmp_path / ".git" / "notes.txt", "Hidden too.\n")
    items = read(tmp_path)
    assert problems(items) == []
    assert [a.doc for a in articles(items)] == ["a", "b", "c", "d1"]


def test_empty_folder_yields_nothing(tmp_path):
    assert read(tmp_path) == []


def test_annotation_jsonl_named_explicitly_reports_each_line(tmp_path):
    path = write(tmp_path / "gold.jsonl", "\n".join(json.dumps({"doc": f"d{i}", "type": "expel"}) for i in range(2)))
    items = read(path)
    assert [(p.source, p.line) for p in problems(items)] == [(str(path), 1), (str(path), 2)]
    assert "text" in items[0].message


# --------------------------------------------------------------------------- JSONL

def test_jsonl_bad_line_is_reported_and_others_kept(tmp_path):
    lines = [
        json.dumps({"id": 7, "url": "https://example.org/7", "title": "Mayor joins GVP",
                    "published": "2024-03-05", "text": "The mayor joined."}),
        "{not json",
        "",
        json.dumps({"title": "No id", "published": "2024-03-06T09:30:00+05:00", "text": "No id here."}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "x", "text": "  "}),
        json.dumps({"id": "y", "published": "last Tuesday", "text": "Bad date."}),
        json.dumps({"id": "z", "published": None, "text": "date 2021-01-05 Undated feed item."}),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    items = read(path)
    got = articles(items)
    assert [(a.doc, a.published, a.source) for a in got] == [
        ("7", date(2024, 3, 5), f"{path}:1"),
        ("feed:4", date(2024, 3, 6), f"{path}:4"),
        ("z", date(2021, 1, 5), f"{path}:8"),
    ]
    assert got[0].title == "Mayor joins GVP" and got[0].url == "https://example.org/7"
    assert got[2].text == "Undated feed item."
    assert [p.line for p in problems(items)] == [2, 5, 6, 7]
    assert all(p.source == str(path) for p in problems(items))


def test_ndjson_extension(tmp_path):
    path = write(tmp_path / "feed.ndjson", json.dumps({"id": "n1", "text": "Story."}) + "\n")
    assert only_article(path).doc == "n1"


# --------------------------------------------------------------------------- problems

def test_binary_file_is_a_problem(tmp_path):
    assert "binary" in only_problem(write(tmp_path / "x.txt", b"\x00\x01\x02text\x00" * 50)).message


def test_binary_file_with_unknown_extension_is_a_problem(tmp_path):
    assert "binary" in only_problem(write(tmp_path / "x.bin", bytes(range(256)) * 8)).message


def test_unknown_extension_text_file_named_explicitly_is_plain_text(tmp_path):
    assert only_article(write(tmp_path / "notes.log", BODY)).text == BODY


@pytest.mark.parametrize("content", [b"", b"  \n\t\n"])
def test_empty_file_is_a_problem(tmp_path, content):
    assert "empty" in only_problem(write(tmp_path / "e.txt", content)).message


def test_marker_only_file_is_a_problem(tmp_path):
    assert "date marker" in only_problem(write(tmp_path / "m.txt", "date 2024-01-01\n")).message


def test_oversized_file_is_a_problem(tmp_path):
    problem = only_problem(write(tmp_path / "big.txt", BODY), max_bytes=10)
    assert problem.message == "file is larger than 10 bytes; split it or raise --max-bytes"
    assert f"{MAX_BYTES:,}" == "5,000,000"


def test_missing_path_is_a_problem_and_the_rest_is_read(tmp_path):
    good = write(tmp_path / "good.txt", BODY)
    items = read(tmp_path / "nope.txt", good)
    assert isinstance(items[0], ReadProblem) and "no such file" in items[0].message
    assert isinstance(items[1], Article)


def test_unreadable_file_is_a_problem(tmp_path, monkeypatch):
    path = write(tmp_path / "locked.txt", BODY)

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert "Permission denied" in only_problem(path).message


# --------------------------------------------------------------------------- stdin

def test_stdin_jsonl():
    feed = "\n".join(json.dumps({"id": f"s{i}", "text": f"Story {i}."}) for i in range(2)) + "\n"
    items = read("-", stdin=io.StringIO(feed))
    assert [(a.doc, a.source) for a in items] == [("s0", "<stdin>:1"), ("s1", "<stdin>:2")]


def test_stdin_plain_text():
    [article] = read("-", stdin=io.StringIO(" date 2019-09-09 LAHORE: Text from a pipe.\n"))
    assert (article.doc, article.published, article.text) == ("stdin", date(2019, 9, 9), "LAHORE: Text from a pipe.\n")


def test_stdin_empty_and_oversized():
    assert "empty" in read("-", stdin=io.StringIO(" \n"))[0].message
    assert "larger than" in read("-", stdin=io.StringIO(BODY), max_bytes=10)[0].message


# --------------------------------------------------------------------------- HTML

ARTICLE_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
  <meta charset="utf-8">
  <title>Riverton mayor joins Green Valley Party | The Daily Ledger</title>
  <meta property="og:title" content="Riverton mayor joins Green Valley Party">
  {date_meta}
</head><body>
  <header><nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
    <li><a href="/sport">Sport</a></li><li><a href="/login">Sign in to your account</a></li></ul></nav></header>
  <main><article>
    <h1>Riverton mayor joins Green Valley Party</h1>
    {dateline}
    <p>RIVERTON: Mayor Selma Okafor on Tuesday left the Harbour League and joined the Green Valley Party, saying the
       move would help her deliver the new tram line she promised voters two years ago.</p>
    <p>Okafor announced her decision at a crowded press conference in the town hall, flanked by the party's regional
       chairman, Tomas Berg, who welcomed her into the party and praised her record on housing.</p>
    <p>The Harbour League said it regretted the decision but wished the mayor well. Its local secretary added that
       the party would field its own candidate when the mayoral seat next comes up for election.</p>
    <p>Political observers said the switch leaves the Harbour League without a single elected office in the
       district for the first time in more than a decade.</p>
  </article>
  <div class="share">Share on Facebook Share on Twitter Copy link</div>
  <section id="comments"><h3>Comments</h3><p>Great news for the town, finally someone who cares!</p></section>
  </main>
  <footer><p>Copyright 2024 The Daily Ledger. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


@pytest.mark.parametrize("suffix", [".html", ".htm", ".xhtml"])
def test_html_main_text_kept_and_noise_dropped(tmp_path, suffix):
    page = ARTICLE_PAGE.format(
        date_meta='<meta property="article:published_time" content="2024-03-05T08:30:00+05:00">', dateline="")
    article = only_article(write(tmp_path / f"riverton{suffix}", page))
    assert article.doc == "riverton"
    assert article.title == "Riverton mayor joins Green Valley Party"
    assert article.published == date(2024, 3, 5)
    assert "Mayor Selma Okafor on Tuesday left the Harbour League" in article.text
    assert "without a single elected office" in article.text
    for noise in ("Sign in to your account", "Share on Facebook", "Great news for the town", "Privacy policy"):
        assert noise not in article.text


def test_html_without_date_metadata_falls_back_to_dateline(tmp_path):
    page = ARTICLE_PAGE.format(date_meta="", dateline="<p>Published 18 Feb, 2024</p>")
    assert only_article(write(tmp_path / "p.html", page)).published == date(2024, 2, 18)


def test_html_without_any_date_does_not_guess_from_copyright(tmp_path):
    page = ARTICLE_PAGE.format(date_meta="", dateline="")
    assert only_article(write(tmp_path / "p.html", page)).published is None


def test_html_without_article_is_a_problem(tmp_path):
    page = ("<html><head><title>The Daily Ledger</title></head><body><nav><a href='/'>Home</a> "
            "<a href='/politics'>Politics</a> <a href='/sport'>Sport</a></nav>"
            "<footer>Copyright 2024 The Daily Ledger</footer></body></html>")
    problem = only_problem(write(tmp_path / "index.html", page))
    assert problem.message.startswith("no article text found in this HTML page; ")


def test_stdin_html():
    page = ARTICLE_PAGE.format(date_meta="", dateline="")
    [article] = read("-", stdin=io.StringIO(page))
    assert article.doc == "stdin" and "Selma Okafor" in article.text
