"""Analyst corrections (confirm, reject, merge, split, rename, undo) survive re-ingest and --reprocess.

Articles are written here (our own words) and ingested with the real
extractor, on SQLite and on PostgreSQL.
"""
import json

import pytest
import typer
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from allegiance.cli.review import review_app
from allegiance.record.corrections import (CorrectionError, confirm_event, list_corrections, merge_persons, reject_event,
                                    rename_person, split_person, undo)
from allegiance.pipeline import ingest
from allegiance.record.query import facts, find_person, flows, memberships, timeline
from allegiance.store import open_database
from allegiance.store.queries import count_rows, find_events

ARTICLES = {
    "left": "date 2024-03-04\nLahore: Senior politician Chaudhry Fawad Hussain left the PTI on Monday, "
            "citing differences with the leadership.\n",
    "joined": "date 2024-03-09\nFawad Hussein joined the IPP on Friday at a ceremony in Lahore.\n",
    "dar": "date 2024-04-02\nUsman Dar left the PTI on Tuesday after a meeting in Sialkot.\n",
    "abrar": "date 2024-04-10\nFormer minister Abrar Ahmed joined the PML-N on Wednesday in Lahore.\n",
}
LATER = {"later": "date 2024-05-02\nZartaj Gul left the PTI on Thursday, her aides said.\n"}


def _write(folder, articles):
    folder.mkdir(exist_ok=True)
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def engine(db_url, tmp_path):
    _write(tmp_path / "in", ARTICLES)
    assert ingest([tmp_path / "in"], db_url).new == len(ARTICLES)
    engine = open_database(db_url)
    yield engine
    engine.dispose()


def _do(engine, work):
    with Session(engine) as session, session.begin():
        return work(session)


def _read(engine, work):
    with Session(engine) as session:
        return work(session)


def _event(engine, actor, type):
    found, = _read(engine, lambda s: [e for e in find_events(s, type=type) if e.event.actor == actor])
    return found


def _pid(engine, name):
    return _read(engine, lambda s: find_person(s, name))


def test_reject_survives_reingest_and_reprocess(engine, db_url, tmp_path):
    assert _read(engine, flows) == {"PTI": {"IPP": ["Chaudhry Fawad Hussain"]}}
    joined = _event(engine, "Fawad Hussein", "join_party")
    _do(engine, lambda s: reject_event(s, joined.id, "misread"))
    assert _read(engine, flows) == {}
    assert joined.id not in {i for f in _read(engine, facts) for i in f.event_ids}
    assert "IPP" not in {m.party for m in _read(engine, memberships)}
    assert _read(engine, lambda s: find_events(s, type="join_party")), "extracted rows stay as extracted"

    _write(tmp_path / "more", LATER)
    assert ingest([tmp_path / "more"], db_url).new == 1
    report = ingest([tmp_path / "in"], db_url, reprocess=True)
    assert report.reprocessed == len(ARTICLES) + len(LATER)
    again = _event(engine, "Fawad Hussein", "join_party")
    assert again.id != joined.id  # events re-created with new ids ...
    assert _read(engine, flows) == {}  # ... and the rejection still applies
    assert "IPP" not in {m.party for m in _read(engine, memberships)}
    assert _read(engine, lambda s: count_rows(s)["corrections"]) == 1

    correction, = _read(engine, list_corrections)
    _do(engine, lambda s: undo(s, correction.id))
    assert _read(engine, flows) == {"PTI": {"IPP": ["Chaudhry Fawad Hussain"]}}


def test_confirm_marks_fact(engine, db_url, tmp_path):
    left = _event(engine, "Usman Dar", "leave_party")
    _do(engine, lambda s: confirm_event(s, left.id, None))
    ingest([tmp_path / "in"], db_url, reprocess=True)
    fact, = [f for f in _read(engine, facts) if f.name == "Usman Dar"]
    assert fact.confirmed
    assert not any(f.confirmed for f in _read(engine, facts) if f.name != "Usman Dar")
    # the latest verdict on one event wins
    again = _event(engine, "Usman Dar", "leave_party")
    _do(engine, lambda s: reject_event(s, again.id, None))
    assert not [f for f in _read(engine, facts) if f.name == "Usman Dar"]


def test_merge_split_rename_undo(engine, db_url, tmp_path):
    dar, abrar = _pid(engine, "Usman Dar"), _pid(engine, "Abrar Ahmed")
    assert dar != abrar
    merge = _do(engine, lambda s: merge_persons(s, dar, abrar, "same man"))
    people = {(m.person, m.party) for m in _read(engine, memberships)}
    assert (dar, "PTI") in people and (dar, "PML-N") in people and abrar not in {p for p, _ in people}
    assert _read(engine, flows)["PTI"]["PML-N"] == ["Usman Dar"]
    assert {e.person_id for e in _read(engine, lambda s: find_events(s, person=dar))} == {dar}
    assert _pid(engine, "Abrar Ahmed") == dar

    fawad = _pid(engine, "Fawad Hussain")
    split = _do(engine, lambda s: split_person(s, fawad, ["Fawad Hussein"], None))
    hussein = split.payload["new"]
    assert hussein != fawad and _pid(engine, "Fawad Hussein") == hussein
    owners = {f.type: f.subject for f in _read(engine, facts) if "Fawad" in f.name}
    assert owners == {"leave_party": fawad, "join_party": hussein}
    assert "IPP" not in _read(engine, flows).get("PTI", {})

    _do(engine, lambda s: rename_person(s, dar, "Muhammad Usman Dar", None))
    names = {m.person: m.name for m in _read(engine, memberships)}
    assert names[dar] == "Muhammad Usman Dar"
    assert _read(engine, lambda s: timeline(s, "Muhammad Usman Dar"))[0] == dar

    # everything survives a new ingest and a reprocess
    _write(tmp_path / "more", LATER)
    ingest([tmp_path / "more"], db_url)
    ingest([tmp_path / "in"], db_url, reprocess=True)
    names = {m.person: m.name for m in _read(engine, memberships)}
    assert names[dar] == "Muhammad Usman Dar" and names[hussein] == "Fawad Hussein" and abrar not in names
    assert _read(engine, flows) == {"PTI": {"PML-N": ["Muhammad Usman Dar"]}}

    for correction in (split, merge):
        _do(engine, lambda s: undo(s, correction.id))
    assert _pid(engine, "Abrar Ahmed") == abrar and _pid(engine, "Fawad Hussein") == fawad
    assert _read(engine, flows) == {"PTI": {"IPP": ["Chaudhry Fawad Hussain"]}}
    assert [c.kind for c in _read(engine, list_corrections)] == ["rename"]


def test_unknown_targets(engine):
    fawad = _pid(engine, "Fawad Hussain")
    with pytest.raises(CorrectionError, match="no event 999"):
        _do(engine, lambda s: reject_event(s, 999, None))
    with pytest.raises(CorrectionError, match="no person 'p-nobody'"):
        _do(engine, lambda s: merge_persons(s, fawad, "p-nobody", None))
    with pytest.raises(CorrectionError, match="never written"):
        _do(engine, lambda s: split_person(s, fawad, ["Imran Khan"], None))
    with pytest.raises(CorrectionError, match="already one person"):
        _do(engine, lambda s: merge_persons(s, fawad, fawad, None))
    with pytest.raises(CorrectionError, match="no correction 42"):
        _do(engine, lambda s: undo(s, 42))
    assert _read(engine, list_corrections) == []


def test_cli(engine, db_url):
    app = typer.Typer()
    app.add_typer(review_app, name="review")
    run = CliRunner().invoke
    joined = _event(engine, "Fawad Hussein", "join_party")
    dar, abrar = _pid(engine, "Usman Dar"), _pid(engine, "Abrar Ahmed")

    result = run(app, ["review", "reject", str(joined.id), "--note", "not him", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "correction 1: reject" in result.output
    assert _read(engine, flows) == {}
    assert run(app, ["review", "confirm", str(_event(engine, "Usman Dar", "leave_party").id), "--db", db_url]) \
        .exit_code == 0
    assert run(app, ["review", "merge", dar, abrar, "--db", db_url]).exit_code == 0
    assert run(app, ["review", "rename", dar, "M. Usman Dar", "--db", db_url]).exit_code == 0
    fawad = _pid(engine, "Fawad Hussain")
    assert run(app, ["review", "split", fawad, "Fawad Hussein", "--db", db_url]).exit_code == 0

    listed = run(app, ["review", "list", "--format", "json", "--db", db_url])
    assert listed.exit_code == 0, listed.output
    found = json.loads(listed.output)
    assert [c["kind"] for c in found] == ["reject", "confirm", "merge", "rename", "split"]
    assert found[0]["note"] == "not him" and found[0]["payload"]["event"]["actor"] == "Fawad Hussein"
    table = run(app, ["review", "list", "--db", db_url])
    assert table.exit_code == 0 and "5 corrections" in table.output

    result = run(app, ["review", "undo", "1", "--db", db_url])
    assert result.exit_code == 0 and "undone correction 1" in result.output

    for args, message in ((["reject", "999"], "no event 999"), (["merge", dar, "p-nobody"], "no person"),
                          (["undo", "77"], "no correction 77"), (["rename", "p-nobody", "X"], "no person")):
        result = run(app, ["review", *args, "--db", db_url])
        assert result.exit_code == 1 and message in result.output, result.output
        assert len(result.output.strip().splitlines()) == 1
