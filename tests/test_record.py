"""The record derived from stored events: persons, facts, memberships, flows, coalition state, CLI.

Articles are written here (our own words) and ingested with the real
extractor, on SQLite and on PostgreSQL.
"""
import csv
import io
import json
from datetime import date, timedelta

import pytest
import typer
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from allegiance.read import demo_corpus
from allegiance.cli.record import flows_command, party_command, person_command, sources_command
from allegiance.pipeline import ingest
from conftest import ingest_stories
from allegiance.record.corrections import reject_event
from allegiance.record.derive import rebuild, refresh, refresh_record
from allegiance.record.query import (RecordMemo, UnknownPerson, coalition_state, count_facts_matching, count_joiners,
                                     count_leavers, count_members, events, flow_counts, facts, find_person, flows,
                                     joiners, leavers, members, memberships, moves, party_on, party_tally, timeline)
from allegiance.model import Article, Event, Evidence
from allegiance.store import open_database
from allegiance.store.queries import add_article, dated_events, person_rows

ARTICLES = {
    "left-1": "date 2024-03-04\nLahore: Senior politician Chaudhry Fawad Hussain left the PTI on Monday, "
              "citing differences with the leadership.\n",
    "left-2": "date 2024-03-05\nFawad Hussain quit the PTI on March 4, his spokesman said.\n",
    "denial": "date 2024-03-07\nFawad Hussain denied that he had left the PTI, saying he will not quit the party.\n",
    "joined": "date 2024-03-09\nFawad Hussein joined the IPP on Friday at a ceremony in Lahore.\n",
    "pact": "date 2024-03-01\nThe PPP joined the coalition government led by the PML-N in the National Assembly "
            "on Monday.\n",
    "split": "date 2024-06-12\nThe PPP quit the coalition government of the PML-N on Tuesday.\n",
}


@pytest.fixture
def record(db_url, tmp_path):
    """The articles above ingested and persons resolved; yields an open session."""
    engine = open_database(ingest_stories(db_url, tmp_path / "in", ARTICLES))
    refresh_record(engine)
    with Session(engine) as session:
        yield session
    engine.dispose()


def test_one_person_across_spellings(record):
    linked = {d.stored.event.actor: d.stored.person_id for d in dated_events(record, ["leave_party", "join_party"])}
    assert set(linked) == {"Chaudhry Fawad Hussain", "Fawad Hussain", "Fawad Hussein"}
    assert len(set(linked.values())) == 1 and None not in linked.values()
    (pid, name, aliases), = person_rows(record)
    assert pid == linked["Fawad Hussain"] and name == "Chaudhry Fawad Hussain"
    assert {"Fawad Hussain", "Fawad Hussein"} <= set(aliases)
    assert find_person(record, "fawad hussein") == pid and find_person(record, pid) == pid


def test_refresh_keeps_person_ids(record, db_url):
    before = person_rows(record)
    engine = open_database(db_url)
    assert refresh_record(engine) == 0
    engine.dispose()
    record.expire_all()
    assert person_rows(record) == before


def test_fact_merges_sources_and_flags_conflict(record):
    left = [f for f in facts(record) if f.type == "leave_party"]
    assert len(left) == 1
    fact = left[0]
    assert fact.party == "PTI" and fact.date == "2024-03-04" and fact.status == "fact"
    assert fact.source_count == 3 and fact.docs == ("left-1", "left-2", "denial")
    assert sum(s.status == "fact" for s in fact.sources) == 2
    assert fact.conflict and [s.status for s in fact.sources if s.doc == "denial"] == ["denied"]
    joined, = [f for f in facts(record) if f.type == "join_party"]
    assert joined.source_count == 1 and not joined.conflict and joined.subject == fact.subject


def test_memberships_and_party_on(record):
    pid = find_person(record, "Fawad Hussain")
    spans = {m.party: m for m in memberships(record) if m.person == pid}
    pti, ipp = spans["PTI"], spans["IPP"]
    assert pti.start is None and not pti.start_certain and pti.end == "2024-03-04" and pti.end_certain
    assert pti.opened_by is None and pti.closed_by and pti.disputed
    assert ipp.start == "2024-03-08" and ipp.start_certain and ipp.end is None and ipp.closed_by is None
    assert party_on(record, "Fawad Hussain", "2024-03-01") == ["PTI"]
    assert party_on(record, "Fawad Hussein", "2024-03-06") == []
    assert party_on(record, "Chaudhry Fawad Hussain", "2024-04-01") == ["IPP"]
    assert [m.person for m in members(record, "PTI", on="2024-03-01")] == [pid]
    assert members(record, "PTI", on="2024-03-05") == []
    assert [m.party for m in joiners(record, "IPP", "2024-03-01", "2024-03-31")] == ["IPP"]
    assert joiners(record, "IPP", "2024-04-01") == []
    assert [m.end for m in leavers(record, "PTI", since="2024-03-01")] == ["2024-03-04"]


def test_flows_and_coalition_state(record):
    assert flows(record) == {"PTI": {"IPP": ["Chaudhry Fawad Hussain"]}}
    assert flows(record, since="2024-03-05") == {}
    state = coalition_state(record, None, "2024-03-10")
    assert state.pairs == (("PML-N", "PPP"),) and state.partners("PPP") == ["PML-N"]
    assert coalition_state(record, None, "2024-02-01").pairs == ()
    assert coalition_state(record, None, "2024-07-01").pairs == ()
    assert coalition_state(record, "Sindh", "2024-03-10").pairs == ()


def test_unknown_person_suggests_close_names(record):
    with pytest.raises(UnknownPerson) as caught:
        timeline(record, "Fahad Hussain")
    assert "Chaudhry Fawad Hussain" in caught.value.suggestions
    with pytest.raises(UnknownPerson):
        find_person(record, "Imran Khan")


def _event(doc, type, actor, party, date, status="fact"):
    return Event(doc=doc, type=type, actor=actor, party=party, date=date, status=status,
                 evidence=Evidence(f"{actor} {type} {party}.", 0, 10, "test"))


def test_dates_a_few_days_apart_merge_far_apart_split(db_url):
    """Hand-made events (no NLP): the window decides what is one act; undated reports join the act before them."""
    engine = open_database(db_url)
    with Session(engine) as session, session.begin():
        for doc, published, made in [
            ("d1", date(2023, 5, 10), [_event("d1", "leave_party", "Asad Umar Khan", "PTI", "2023-05-09")]),
            ("d2", date(2023, 5, 12), [_event("d2", "leave_party", "Asad Umar Khan", "PTI", "2023-05-11")]),
            ("d3", date(2023, 5, 20), [_event("d3", "leave_party", "Asad Umar Khan", "PTI", None)]),
            ("d4", date(2023, 9, 1), [_event("d4", "leave_party", "Asad Umar Khan", "PTI", "2023-08-30"),
                                      _event("d4", "join_party", "Asad Umar Khan", "PML-N", None)]),
        ]:
            add_article(session, Article(doc=doc, text=f"text of {doc}", published=published), made, "test")
    with Session(engine) as session, session.begin():
        refresh(session)
    with Session(engine) as session:
        found = facts(session, ["leave_party"])
        assert [(f.date, f.docs) for f in found] == [("2023-05-09", ("d1", "d2", "d3")), ("2023-08-30", ("d4",))]
        spans = sorted((m.party, m.start, m.start_certain, m.end) for m in memberships(session))
        assert spans == [("PML-N", "2023-09-01", False, None), ("PTI", None, False, "2023-05-09"),
                         ("PTI", None, False, "2023-08-30")]
        assert flows(session) == {"PTI": {"PML-N": ["Asad Umar Khan"]}}
        assert flows(session, until="2023-06-01") == {}
    engine.dispose()


# --------------------------------------------------------------------------- CLI

def record_app():
    app = typer.Typer()
    app.command("person")(person_command)
    app.command("party")(party_command)
    app.command("flows")(flows_command)
    app.command("sources")(sources_command)
    return app


def test_cli_commands(record, db_url):
    runner, app = CliRunner(), record_app()
    result = runner.invoke(app, ["person", "Fawad Hussain", "--db", db_url, "--format", "json"])
    assert result.exit_code == 0, result.output
    timeline_ = json.loads(result.stdout)
    assert timeline_["name"] == "Chaudhry Fawad Hussain"
    leave = next(f for f in timeline_["facts"] if f["type"] == "leave_party")
    assert leave["source_count"] == 3 and leave["conflict"] is True
    result = runner.invoke(app, ["person", "Fawad Hussein", "--db", db_url])
    assert result.exit_code == 0 and "left-2" in result.output and "denied" in result.output
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["person", "Fawad Hussain", "--db", db_url,
                                                               "-f", "csv"]).stdout)))
    assert {r["doc"] for r in rows} == {"left-1", "left-2", "denial", "joined"}

    result = runner.invoke(app, ["person", "Imran Khan", "--db", db_url])
    assert result.exit_code == 1 and "no person 'Imran Khan'" in result.output and "Traceback" not in result.output

    result = runner.invoke(app, ["party", "PTI", "--db", db_url, "--on", "2024-03-01", "-f", "json"])
    assert result.exit_code == 0, result.output
    party = json.loads(result.stdout)
    assert [m["name"] for m in party["members"]] == ["Chaudhry Fawad Hussain"] and party["leavers"] == []
    result = runner.invoke(app, ["party", "IPP", "--db", db_url, "--on", "2024-03-20"])
    assert result.exit_code == 0 and "Chaudhry Fawad Hussain" in result.output
    assert runner.invoke(app, ["party", "IPP", "--db", db_url, "--on", "March"]).exit_code == 2

    result = runner.invoke(app, ["flows", "--db", db_url, "-f", "json"])
    assert json.loads(result.stdout) == {"PTI": {"IPP": ["Chaudhry Fawad Hussain"]}}
    result = runner.invoke(app, ["flows", "--db", db_url, "-f", "csv"])
    assert list(csv.DictReader(io.StringIO(result.stdout))) == [
        {"from_party": "PTI", "to_party": "IPP", "name": "Chaudhry Fawad Hussain", "left_on": "2024-03-04",
         "left_after": "", "exact": "yes"}]
    result = runner.invoke(app, ["flows", "--db", db_url])
    assert result.exit_code == 0 and "PTI" in result.output and "1" in result.output

    event_id = leave["sources"][0]["event_id"]
    result = runner.invoke(app, ["sources", str(event_id), "--db", db_url, "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == leave["id"]
    result = runner.invoke(app, ["sources", leave["id"], "--db", db_url])
    assert result.exit_code == 0 and "CONFLICT" in result.output
    result = runner.invoke(app, ["sources", "f-000000000000", "--db", db_url])
    assert result.exit_code == 1 and "no event or fact" in result.output


def _derived(session) -> dict:
    """Every derived row as comparable values (row ids of memberships and moves left out)."""
    return {"facts": sorted(((f.id, f.name, f.status, f.conflict, f.event_ids) for f in facts(session)), key=repr),
            "memberships": sorted(((m.person, m.name, m.party, m.start, m.end, m.opened_by, m.closed_by)
                                   for m in memberships(session)), key=repr),
            "moves": sorted(((m.person, m.from_party, m.to_party, m.left_on, m.leave_fact, m.join_fact)
                             for m in moves(session)), key=repr)}


def test_incremental_refresh_equals_full_rebuild(db_url, tmp_path):
    """Articles arriving in several ingests (each refreshing only what it touched) give the same derived
    record as rebuilding everything from the events at the end."""
    demo = sorted(demo_corpus().glob("*.txt"))
    for part, chunk in enumerate((demo[:6], demo[6:15], demo[15:])):
        folder = tmp_path / f"part{part}"
        folder.mkdir()
        for path in chunk:
            (folder / path.name).write_bytes(path.read_bytes())
        ingest([folder], db_url)
    engine = open_database(db_url)
    with Session(engine) as session:
        incremental = _derived(session)
    assert len(incremental["facts"]) > 40 and incremental["memberships"] and incremental["moves"]
    with Session(engine) as session, session.begin():
        rebuild(session)
    with Session(engine) as session:
        assert _derived(session) == incremental
    engine.dispose()


def test_fact_filters_and_pages(record):
    """A party's facts include coalition acts where it is the actor or the counterpart; pages tile the list."""
    ppp = facts(record, party="PPP")
    assert {(f.type, f.subject, f.counterpart, f.action) for f in ppp} == {
        ("coalition", "PPP", "PML-N", "join"), ("coalition", "PPP", "PML-N", "leave")}
    assert count_facts_matching(record, party="PPP") == 2
    assert [f.id for f in facts(record, party="PPP", since="2024-06-01")] == [ppp[-1].id]
    everything = facts(record)
    pages = [facts(record, limit=2, offset=start) for start in range(0, len(everything), 2)]
    assert [f.id for page in pages for f in page] == [f.id for f in everything]
    assert count_facts_matching(record) == len(everything)
    pid = find_person(record, "Fawad Hussain")
    assert {f.type for f in facts(record, subject=pid, min_sources=2)} == {"leave_party"}


def test_events_by_any_spelling_and_corroboration(record):
    """A spelling of a person finds all their events through the person's id; --min-sources keeps acts
    reported by several articles."""
    by_variant = events(record, person="fawad hussein")
    assert {e.event.doc for e in by_variant} == {"left-1", "left-2", "denial", "joined"}
    assert {e.event.doc for e in events(record, person="Fawad Hussain", min_sources=2)} == {"left-1", "left-2",
                                                                                            "denial"}
    assert [e.event.actor for e in events(record, person="Hussein")] == ["Fawad Hussein"]  # part of a name


def test_pages_of_members_and_counts_of_flows(record):
    pid = find_person(record, "Fawad Hussain")
    assert count_members(record, "PTI", "2024-03-01") == 1 and count_members(record, "PTI", "2024-03-05") == 0
    assert [m.person for m in members(record, "PTI", "2024-03-01", limit=1)] == [pid]
    assert members(record, "PTI", "2024-03-01", limit=1, offset=1) == []
    assert flow_counts(record) == {"PTI": {"IPP": 1}} and flow_counts(record, since="2024-03-05") == {}


def test_events_of_a_party_page_through_party_and_counterpart(record):
    """--party matches the party or the coalition counterpart; pages tile the whole list in date order."""
    ppp = events(record, party="PPP")
    assert {(e.event.type, e.event.actor, e.event.counterpart) for e in ppp} == {
        ("coalition", "PPP", "PML-N")}
    pmln = events(record, party="PML-N")
    assert len(pmln) == 2 and [e.event.date for e in pmln] == sorted(e.event.date for e in pmln)
    pages = [events(record, party="PML-N", limit=1, offset=i) for i in range(3)]
    assert [e.id for page in pages for e in page] == [e.id for e in pmln]


def test_party_tallies_count_as_the_record_does(db_url):
    """A party's tally (one read, then binary searches) gives the counts of count_members, count_joiners
    and count_leavers on every day where a membership of the demo record begins or ends, and either side."""
    ingest([demo_corpus()], db_url)
    engine = open_database(db_url)
    with Session(engine) as session:
        spans = memberships(session)
        days = {date.fromisoformat(d) for m in spans for d in (m.start, m.end) if d}
        probes = sorted({(d + timedelta(days=k)).isoformat() for d in days for k in (-1, 0, 1)})
        assert len({m.party for m in spans}) >= 3 and len(probes) > 20
        assert any(m.end for m in spans) and any(m.start for m in spans)
        for party in {m.party for m in spans}:
            tally = party_tally(session, party)
            for day in probes:
                assert (tally.members_on(day), tally.joined_by(day), tally.left_by(day)) == (
                    count_members(session, party, day), count_joiners(session, party, until=day),
                    count_leavers(session, party, until=day)), (party, day)
    engine.dispose()


def test_kept_party_tallies_follow_a_correction(record):
    """Tallies are kept per record version: rejecting the join gives IPP one member fewer at once."""
    memo = RecordMemo()
    before = memo.tally(record, "IPP")
    assert before.members_on("2024-04-01") == 1 and memo.tally(record, "IPP") is before
    joined, = [e for e in events(record, type="join_party")]
    reject_event(record, joined.id)
    record.commit()
    assert memo.tally(record, "IPP").members_on("2024-04-01") == 0
