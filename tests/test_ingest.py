"""Ingest into the record: idempotence, reprocess, a killed run, the CLI commands."""
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from dataclasses import asdict, replace
from datetime import datetime, timezone

import pytest
import typer
from sqlalchemy.orm import Session
from typer.testing import CliRunner

import allegiance.pipeline as pipeline_module
from allegiance.read import demo_corpus
from allegiance.cli.record import events_command, ingest_command
from allegiance.pipeline import ingest
from allegiance.store import StoreError, count_rows, open_database
from allegiance.store.models import CorrectionRow
from allegiance.store.queries import iter_record

DEMO = sorted(demo_corpus().glob("*.txt"))


def corpus(folder, count):
    """``count`` article files written from the demo corpus under new names, each text unique."""
    folder.mkdir(exist_ok=True)
    for i in range(count):
        source = DEMO[i % len(DEMO)]
        body = source.read_text(encoding="utf-8").rstrip("\n") + f"\n\n(Archive copy {i}.)\n"
        (folder / f"copy-{i:03d}-{source.name}").write_text(body, encoding="utf-8")
    return folder


def snapshot(url):
    """The record without ids and timestamps: what two equal runs must agree on."""
    engine = open_database(url)
    with Session(engine) as session:
        rows = sorted((json.dumps(asdict(a), default=str, sort_keys=True),
                       sorted(json.dumps(e.to_dict(), sort_keys=True) for e in events))
                      for a, events in iter_record(session))
    engine.dispose()
    return rows


def counts(report):
    return (report.read, report.new, report.unchanged, report.reprocessed, report.events, len(report.problems))


def test_reingest_changes_nothing(db_url, tmp_path):
    folder = corpus(tmp_path / "in", 6)
    first = ingest([folder], db_url)
    assert first.new == 6 and first.events > 0 and first.unchanged == 0
    before = snapshot(db_url)
    again = ingest([folder], db_url)
    assert counts(again) == (6, 0, 6, 0, 0, 0)
    assert snapshot(db_url) == before


def test_same_text_twice_in_one_run_is_stored_once(tmp_path):
    folder = corpus(tmp_path / "in", 2)
    shutil.copy(next(folder.glob("copy-000-*")), folder / "duplicate.txt")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    report = ingest([folder], f"sqlite:///{tmp_path / 'r.db'}")
    assert (report.read, report.new, report.unchanged, len(report.problems)) == (3, 2, 1, 1)


class FakeExtractor:
    """Stands in for the real one: each article yields ``make(article)``."""

    def __init__(self, make):
        self.make = make

    def extract_many(self, articles):
        for article in articles:
            yield self.make(article)


def test_reprocess_replaces_events_atomically(db_url, tmp_path, monkeypatch):
    folder = corpus(tmp_path / "in", 3)
    ingest([folder], db_url)
    engine = open_database(db_url)
    with Session(engine) as session, session.begin():
        session.add(CorrectionRow(kind="confirm", target="event:1", payload={}, created_at=datetime.now(timezone.utc)))
    with Session(engine) as session:
        original = list(iter_record(session))
    one = original[0][1][0]

    monkeypatch.setattr(pipeline_module, "get_extractor", lambda *a: FakeExtractor(lambda art: [replace(one, doc=art.doc)]))
    report = ingest([], db_url, reprocess=True)
    assert (report.reprocessed, report.events) == (3, 3)
    with Session(engine) as session:
        assert [[e.doc for e in events] for _a, events in iter_record(session)] == [[a.doc] for a, _e in original]
        assert count_rows(session)["corrections"] == 1

    broken = lambda art: [one, replace(one, actor=None)] if art.doc == original[1][0].doc else []  # noqa: E731
    monkeypatch.setattr(pipeline_module, "get_extractor", lambda *a: FakeExtractor(broken))
    with pytest.raises(StoreError):
        ingest([], db_url, reprocess=True)
    with Session(engine) as session:
        after = [[e.doc for e in events] for _a, events in iter_record(session)]
    assert after == [[], [original[1][0].doc], [original[2][0].doc]]  # 1st replaced, 2nd kept whole, 3rd not reached
    engine.dispose()


KILLED_INGEST = textwrap.dedent("""
    import sys, time
    from allegiance.pipeline import ingest
    ingest([sys.argv[1]], sys.argv[2], progress=lambda report: time.sleep(0.05))
""")


def test_killed_ingest_run_again_equals_uninterrupted(new_db, tmp_path):
    folder = corpus(tmp_path / "in", 40)
    killed_url, clean_url = new_db("killed"), new_db("clean")
    child = subprocess.Popen([sys.executable, "-c", KILLED_INGEST, str(folder), killed_url])
    stored = _wait_for_articles(killed_url, child, at_least=5)
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait() == -signal.SIGKILL and 5 <= stored < 40
    resumed = ingest([folder], killed_url)
    assert resumed.new + resumed.unchanged == 40 and resumed.unchanged >= stored
    uninterrupted = ingest([folder], clean_url)
    assert uninterrupted.new == 40
    assert snapshot(killed_url) == snapshot(clean_url)


def _wait_for_articles(url, child, at_least, timeout=120.0):
    """Poll the child's database until it holds ``at_least`` articles; the count seen."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and child.poll() is None:
        try:
            engine = open_database(url)
            with Session(engine) as session:
                seen = count_rows(session)["articles"]
            engine.dispose()
        except StoreError:
            seen = 0
        if seen >= at_least:
            return seen
        time.sleep(0.05)
    pytest.fail(f"the ingest child did not store {at_least} articles in time (exit {child.poll()})")


def test_locked_database_stops_ingest_clearly_and_keeps_data(tmp_path):
    path = tmp_path / "r.db"
    ingest([corpus(tmp_path / "in", 2)], f"sqlite:///{path}")
    before = snapshot(f"sqlite:///{path}")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match=f"{path}: database is locked"):
            ingest([corpus(tmp_path / "more", 4)], f"sqlite:///{path}?timeout=0.2")
    finally:
        holder.close()
    assert snapshot(f"sqlite:///{path}") == before


# --------------------------------------------------------------------------- CLI

def record_app():
    app = typer.Typer()
    app.command("ingest")(ingest_command)
    app.command("events")(events_command)
    return app


def test_cli_ingest_and_events(db_url, tmp_path):
    runner, app = CliRunner(), record_app()
    folder = corpus(tmp_path / "in", 4)
    result = runner.invoke(app, ["ingest", str(folder), "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "4 articles read: 4 new, 0 unchanged" in result.output
    result = runner.invoke(app, ["events", "--db", db_url, "--format", "json", "--type", "leave_party"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and {r["type"] for r in rows} == {"leave_party"} and all(r["article_id"] for r in rows)
    result = runner.invoke(app, ["events", "--db", db_url, "--format", "csv"])
    assert result.stdout.splitlines()[0].startswith("id,doc,type,actor")
    result = runner.invoke(app, ["events", "--db", db_url])
    assert result.exit_code == 0 and "stored events" in result.stdout
    result = runner.invoke(app, ["ingest", str(folder), "--db", db_url, "--reprocess"])
    assert result.exit_code == 0 and "4 unchanged" in result.output and "4 articles reprocessed" in result.output


def test_cli_errors_are_one_clear_line(tmp_path):
    runner, app = CliRunner(), record_app()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all " * 100)
    result = runner.invoke(app, ["events", "--db", str(bad)])
    assert result.exit_code == 2 and "is not an allegiance database or is damaged" in result.output
    assert "Traceback" not in result.output
    result = runner.invoke(app, ["ingest", "--db", str(tmp_path / "r.db")])
    assert result.exit_code == 2 and "give files or folders" in result.output


def test_worker_processes_store_the_same_record(tmp_path):
    folder = corpus(tmp_path / "in", 8)
    one, two = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'two.db'}"
    assert ingest([folder], one).new == ingest([folder], two, jobs=2).new == 8
    assert snapshot(one) == snapshot(two)
