"""Exports of the record (JSON Lines, CSV, Popolo, GraphML) and the ``export`` command, on SQLite and PostgreSQL.

The articles are written here (our own words) and ingested with the real extractor.
"""
import csv
import io
import json
import xml.etree.ElementTree as ET
from datetime import date

import pytest
import typer
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from allegiance.cli.export import export_command
from allegiance.analyse.export import CSV_FIELDS, export_csv, export_graphml, export_jsonl, export_popolo
from allegiance.pipeline import ingest
from allegiance.record.derive import refresh, refresh_record
from allegiance.record.query import find_person
from allegiance.model import Article, Event, Evidence
from allegiance.store import open_database
from allegiance.store.queries import add_article, count_rows

G = "{http://graphml.graphdrawing.org/xmlns}"
ARTICLES = [
    {"id": "left", "published": "2024-03-04", "url": "https://news.example/left?a=1&b=2",
     "title": "Hussain quits <script>alert('x')</script> & more",
     "text": "Lahore: Senior politician Chaudhry Fawad Hussain left the PTI on Monday, "
             "citing differences with the leadership."},
    {"id": "joined", "published": "2024-03-09", "url": "https://news.example/joined",
     "title": "A new party",
     "text": "Fawad Hussain joined the IPP on Friday at a ceremony in Lahore."},
    {"id": "pact", "published": "2024-03-01",
     "text": "The PPP joined the coalition government led by the PML-N in the National Assembly on Monday."},
]


@pytest.fixture
def record(db_url, tmp_path):
    """The articles above ingested (as one JSON Lines feed) and persons resolved; yields an open session."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    assert ingest([feed], db_url).new == len(ARTICLES)
    engine = open_database(db_url)
    refresh_record(engine)
    with Session(engine) as session:
        yield session
    engine.dispose()


def _run(writer, session, *args) -> str:
    out = io.StringIO()
    writer(session, out, *args)
    return out.getvalue()


def test_jsonl_round_trip(record):
    lines = _run(export_jsonl, record).splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) == count_rows(record)["events"] >= 3
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    left = next(r for r in rows if r["type"] == "leave_party")
    assert left["party"] == "PTI" and left["person_id"] == find_person(record, "Fawad Hussain")
    assert left["evidence"]["sentence"].startswith("Lahore: Senior politician") and left["evidence"]["rule"]
    assert left["article"] == {"id": left["article"]["id"], "doc": "left", "url": "https://news.example/left?a=1&b=2",
                               "title": "Hussain quits <script>alert('x')</script> & more",
                               "published": "2024-03-04"}
    assert {"type", "actor", "party", "date", "status", "confidence", "evidence"} <= set(left)
    assert _run(export_jsonl, record).splitlines() == lines  # deterministic


def test_csv_header_and_rows(record):
    rows = list(csv.DictReader(io.StringIO(_run(export_csv, record))))
    assert len(rows) == count_rows(record)["events"]
    assert list(rows[0]) == CSV_FIELDS
    joined = next(r for r in rows if r["type"] == "join_party")
    assert joined["party"] == "IPP" and joined["article_doc"] == "joined"
    assert joined["article_published"] == "2024-03-09"
    assert joined["evidence_sentence"].startswith("Fawad Hussain joined") and joined["article_url"]
    pact = next(r for r in rows if r["type"] == "coalition")
    assert pact["person_id"] == "" and pact["article_url"] == ""


def test_popolo_is_consistent(record):
    text = _run(export_popolo, record)
    doc = json.loads(text)
    assert set(doc) == {"persons", "organizations", "memberships", "events"}
    persons = {p["id"]: p for p in doc["persons"]}
    orgs = {o["id"]: o for o in doc["organizations"]}
    assert {"PTI", "IPP", "PPP", "PML-N"} <= set(orgs)
    assert orgs["PTI"]["classification"] == "party" and orgs["PTI"]["name"] == "Pakistan Tehreek-e-Insaf"
    assert {"name": "Tehreek-e-Insaf"} in orgs["PTI"]["other_names"]
    for m in doc["memberships"]:
        assert m["person_id"] in persons and m["organization_id"] in orgs
    pid = find_person(record, "Fawad Hussain")
    assert persons[pid]["name"] == "Chaudhry Fawad Hussain"
    assert {"name": "Fawad Hussain"} in persons[pid]["other_names"]
    spans = {m["organization_id"]: m for m in doc["memberships"] if m["person_id"] == pid}
    pti, ipp = spans["PTI"], spans["IPP"]
    assert pti["end_date"] == "2024-03-04" and pti["end_date_certain"] and "start_date" not in pti
    assert ipp["start_date"] == "2024-03-08" and ipp["start_date_certain"] and "end_date" not in ipp
    assert [s["doc"] for s in pti["sources"]] == ["left"] and pti["sources"][0]["url"].endswith("a=1&b=2")
    events = {e["classification"]: e for e in doc["events"]}
    assert set(events) == {"leave_party", "join_party", "coalition"}
    leave = events["leave_party"]
    assert leave["organization_id"] == "PTI" and leave["start_date"] == "2024-03-04"
    assert leave["participants"] == [{"person_id": pid, "name": "Chaudhry Fawad Hussain", "role": "actor"}]
    assert leave["sources"][0]["url"] == "https://news.example/left?a=1&b=2" and leave["sources"][0]["sentence"]
    assert leave["sources"][0]["note"] == leave["sources"][0]["sentence"]
    assert pti["sources"][0]["note"].startswith("Lahore: Senior politician")
    pact = events["coalition"]
    assert pact["sources"][0]["url"] == "urn:allegiance:article:pact"  # no URL: a stable URN of the article
    assert pact["organization_id"] == "PPP" and pact["counterpart_id"] == "PML-N"
    assert {p.get("organization_id") for p in pact["participants"]} == {"PPP", "PML-N"}
    for e in doc["events"]:
        assert e.get("organization_id") is None or e["organization_id"] in orgs
    assert _run(export_popolo, record) == text  # stable ordering


def _graph(text: str):
    root = ET.fromstring(text.encode("utf-8"))
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(f"{G}key")}
    graph = root.find(f"{G}graph")

    def values(element):
        return {keys[d.get("key")]: d.text for d in element.findall(f"{G}data")}
    nodes = {n.get("id"): values(n) for n in graph.findall(f"{G}node")}
    edges = [(e.get("source"), e.get("target"), values(e)) for e in graph.findall(f"{G}edge")]
    return nodes, edges


def test_graphml_parses(record):
    text = _run(export_graphml, record)
    nodes, edges = _graph(text)
    pid = find_person(record, "Fawad Hussain")
    assert nodes[f"person:{pid}"] == {"kind": "person", "label": "Chaudhry Fawad Hussain"}
    assert nodes["party:PTI"]["kind"] == "party" and nodes["party:IPP"]["kind"] == "party"
    for source, target, _values in edges:
        assert source in nodes and target in nodes
    memberships = {t: v for s, t, v in edges if v["kind"] == "membership"}
    assert memberships["party:PTI"]["end"] == "2024-03-04" and memberships["party:PTI"]["status"] == "closed"
    assert memberships["party:IPP"]["start"] == "2024-03-08" and memberships["party:IPP"]["status"] == "open"
    assert [(t, v["date"]) for s, t, v in edges if v["kind"] == "leave_party"] == [("party:PTI", "2024-03-04")]
    try:
        import networkx
    except ImportError:
        return
    graph = networkx.read_graphml(io.BytesIO(text.encode("utf-8")))
    assert graph.nodes[f"person:{pid}"]["kind"] == "person"
    assert graph.has_edge(f"person:{pid}", "party:IPP")


def _event(doc, type, actor, party, day, sentence):
    return Event(doc=doc, type=type, actor=actor, party=party, date=day,
                 evidence=Evidence(sentence, 0, len(sentence), "test"))


def test_markup_in_names_is_escaped(db_url):
    """Names, titles and sentences holding markup, ampersands and control characters give valid XML and JSON."""
    engine = open_database(db_url)
    actor = "Ali <script>alert(1)</script> & \"Sons\" \x0b"
    sentence = f"{actor} left the A&B <party> on Monday."
    with Session(engine) as session, session.begin():
        add_article(session, Article(doc="odd", text=f"<script>{sentence}</script>", published=date(2024, 1, 2),
                                     url="https://x.example/?q=<b>&r=1", title="<script>&amp;"),
                    [_event("odd", "leave_party", actor, "A&B<x>", "2024-01-01", sentence)], "test")
    with Session(engine) as session, session.begin():
        refresh(session)
    with Session(engine) as session:
        nodes, edges = _graph(_run(export_graphml, session))
        labels = {v["label"] for v in nodes.values()}
        assert "party:A&B<x>" in nodes and any("<script>alert(1)</script> &" in label for label in labels)
        assert sorted(v["kind"] for _s, _t, v in edges) == ["leave_party", "membership"]
        assert {t for _s, t, _v in edges} == {"party:A&B<x>"}
        doc = json.loads(_run(export_popolo, session))
        assert doc["memberships"][0]["organization_id"] == "A&B<x>"
        assert "A&B<x>" in {o["id"] for o in doc["organizations"]}
        row, = [json.loads(line) for line in _run(export_jsonl, session).splitlines()]
        assert row["article"]["title"] == "<script>&amp;" and row["evidence"]["sentence"] == sentence
        assert list(csv.DictReader(io.StringIO(_run(export_csv, session))))[0]["actor"] == actor
    engine.dispose()


def test_empty_record_exports(db_url):
    engine = open_database(db_url)
    with Session(engine) as session:
        assert _run(export_jsonl, session) == ""
        assert list(csv.reader(io.StringIO(_run(export_csv, session)))) == [CSV_FIELDS]
        doc = json.loads(_run(export_popolo, session))
        assert doc["persons"] == [] and doc["memberships"] == [] and doc["events"] == [] and doc["organizations"]
        assert _graph(_run(export_graphml, session)) == ({}, [])
    engine.dispose()


# --------------------------------------------------------------------------- CLI

def export_app():
    app = typer.Typer()
    app.command("export")(export_command)
    app.command("noop")(lambda: None)  # two commands, so "export" is a sub-command as in the real app
    return app


def test_cli_csv_export_with_a_byte_order_mark(record, db_url):
    runner, app = CliRunner(), export_app()
    result = runner.invoke(app, ["export", "csv", "--db", db_url, "--bom"])
    assert result.exit_code == 0 and result.stdout.startswith("\ufeffid,doc,type") and "article_title" in result.stdout
    assert "\ufeff" not in runner.invoke(app, ["export", "csv", "--db", db_url]).stdout
    refused = runner.invoke(app, ["export", "jsonl", "--db", db_url, "--bom"])
    assert refused.exit_code == 2 and "csv export only" in refused.output


def test_cli_export(record, db_url, tmp_path):
    runner, app = CliRunner(), export_app()
    result = runner.invoke(app, ["export", "jsonl", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert len([json.loads(line) for line in result.stdout.splitlines()]) == count_rows(record)["events"]

    target = tmp_path / "out" / "record.json"
    result = runner.invoke(app, ["export", "popolo", "--db", db_url, "-o", str(target)])
    assert result.exit_code == 2 and "does not exist" in result.output and "Traceback" not in result.output
    target.parent.mkdir()
    result = runner.invoke(app, ["export", "popolo", "--db", db_url, "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text(encoding="utf-8"))["memberships"]

    result = runner.invoke(app, ["export", "graphml", "--db", db_url, "--output", str(tmp_path / "g.graphml")])
    assert result.exit_code == 0, result.output
    ET.parse(tmp_path / "g.graphml")
    result = runner.invoke(app, ["export", "csv", "--db", db_url])
    assert result.exit_code == 0 and result.stdout.splitlines()[0] == ",".join(CSV_FIELDS)

    result = runner.invoke(app, ["export", "xml", "--db", db_url])
    assert result.exit_code == 2
    result = runner.invoke(app, ["export", "popolo", "--db", db_url, "--country", "zz"])
    assert result.exit_code == 2 and "no country data" in result.output and "Traceback" not in result.output


def test_cli_export_bad_database(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database" * 100)
    result = CliRunner().invoke(export_app(), ["export", "jsonl", "--db", str(bad), "-o", str(tmp_path / "x.jsonl")])
    assert result.exit_code == 2 and "error:" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "x.jsonl").exists()
