"""Commands on the record (``ingest``, ``events``, ``person``, ``party``, ``flows``, ``sources``): parse
options, call one library function, print. Registered on the app in ``cli/main.py``."""
from __future__ import annotations

import csv
import json
import sys
from dataclasses import asdict
from datetime import date
from typing import TYPE_CHECKING, Optional

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..errors import OptionError
from ..model import ReadProblem
from ..model import counted
from .options import titled
from .options import (AsKnownOnOption, CountryOption, DbOption, EventTypeOption, Format, FormatOption, OnOption, PartyOption,
                      SinceOption, StatusOption, UntilOption, cell, err, fail, on_record, out, party_code,
                      user_errors)

if TYPE_CHECKING:  # the record and the extractor are imported by the commands that use them, not by --help
    from ..pipeline import IngestReport
    from ..store.queries import StoredEvent

EVENT_FIELDS = ["id", "doc", "type", "actor", "party", "party_name", "counterpart", "counterpart_name", "action",
                "scope", "post", "seats", "house", "date", "date_kind", "date_after", "date_before", "status", "confidence",
                "rule", "start", "end", "sentence", "article_id", "person_id", "rejected"]


def ingest_command(
    paths: Optional[list[str]] = typer.Argument(None, help="Files, folders (read recursively) or '-' for stdin."),
    db: DbOption = None,
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for parsing."),
    reprocess: bool = typer.Option(False, "--reprocess", help="Also re-extract every stored article with the "
                                   "current extractor, replacing its events (corrections are kept)."),
    cluster: Optional[str] = typer.Option(None, "--cluster", help="Run on a Dask cluster: a scheduler ADDRESS "
                                          "(tcp://HOST:8786) or local:N worker processes; needs a PostgreSQL --db."),
    batch: int = typer.Option(64, "--batch", min=1, help="With --cluster: articles a worker extracts and commits "
                              "together (one transaction, one progress event)."),
) -> None:
    """Extract articles (text, HTML, JSONL, WARC web archives) into the record; text already stored is skipped,
    so running it again is safe."""
    from ..pipeline import ingest
    from ..store.engine import database_url

    if not paths and not reprocess:
        fail("give files or folders to ingest, or --reprocess to re-extract the record", 2)
    url = database_url(db)
    if cluster is not None:
        if reprocess:
            fail("--reprocess runs on one machine; drop --cluster (or --reprocess)", 2)
        _ingest_on_cluster(paths or [], url, cluster, batch)
        return
    with user_errors():
        with _progress() as progress:
            task = progress.add_task("ingesting", total=None)

            def show(report: IngestReport) -> None:
                progress.update(task, description=f"{report.read} read, {report.new} new, {report.events} events")
            report = ingest(paths or [], url, jobs=jobs, reprocess=reprocess, progress=show, on_problem=_skipped)
    err.print(report.summary(), highlight=False, soft_wrap=True)
    if report.problems:
        err.print("fix or remove the skipped inputs above and run again to include them", highlight=False)
        raise typer.Exit(1)


def events_command(
    db: DbOption = None,
    type: EventTypeOption = None,
    party: PartyOption = None,
    person: Optional[str] = typer.Option(None, "--person", help="Person id, or part of the actor's name."),
    since: SinceOption = None,
    until: UntilOption = None,
    status: StatusOption = None,
    min_sources: Optional[int] = typer.Option(None, "--min-sources", min=1,
                                              help="Only events whose act is reported by at least N articles."),
    include_rejected: bool = typer.Option(False, "--include-rejected",
                                          help="Also show events an analyst rejected (marked rejected)."),
    country: CountryOption = "pk",
    fmt: FormatOption = Format.table,
    as_known_on: AsKnownOnOption = None,
) -> None:
    """Show stored events, filtered; every event names the article and sentence it came from. Events an
    analyst rejected are left out unless --include-rejected. --since/--until keep every event that may lie
    in the window: one with no stated day counts up to its report (date_kind on_or_before) or within the
    span its text gives ("last week": between)."""
    from ..record.query import events as record_events
    from ..record.query import rejected_events

    with user_errors(exit_code=2):
        code = party_code(party, country)
        _in_order(since, until)
    found, rejected = on_record(db, lambda session: (record_events(
        session, type=type.value if type else None, party=code, person=person, since=since, until=until,
        status=status.value if status else None, min_sources=min_sources, rejected=include_rejected),
        rejected_events(session) if include_rejected else frozenset()), as_known_on=as_known_on)
    _write_events(found, fmt, rejected)


def _ingest_on_cluster(paths: list[str], url: str, cluster: str, batch: int) -> None:
    """``ingest --cluster``: shards on the cluster, live counts and per-worker rates on the terminal."""
    from ..cluster import ingest_on_cluster

    with user_errors():
        with _progress() as progress:
            task = progress.add_task("starting the cluster", total=None)

            def show(report) -> None:
                rates = ", ".join(f"{worker.rsplit(':', 1)[-1]} {rate:.1f}/s" for worker, rate in report.rates().items())
                progress.update(task, description=f"{report.shards_done}/{report.shards} shards, {report.pages} pages "
                                f"seen, {report.kept} kept, {report.events} events" + (f" ({rates})" if rates else ""))
            try:
                report = ingest_on_cluster(paths, url, cluster, batch=batch, progress=show, on_problem=_skipped,
                                           on_dashboard=lambda link: err.print(f"Dask dashboard: {link}",
                                                                                highlight=False))
            except KeyboardInterrupt:
                err.print("interrupted: the batches stored so far are kept; run the same command again to go on "
                          "(nothing is stored twice)", highlight=False)
                raise typer.Exit(130)
    err.print(report.summary(), highlight=False, soft_wrap=True)
    if report.rates():
        err.print("per worker: " + ", ".join(f"{worker} {rate:.1f} articles/s" for worker, rate in report.rates().items()),
                  highlight=False, soft_wrap=True)
    if report.problems:
        err.print("fix or remove the skipped inputs above and run again to include them", highlight=False)
        raise typer.Exit(1)


def _skipped(problem: ReadProblem) -> None:
    err.print(f"[yellow]skipped[/] {problem}", highlight=False, soft_wrap=True)


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err,
                    transient=True, disable=not err.is_terminal)


def _flat(stored: StoredEvent, rejected: frozenset[int] = frozenset()) -> dict:
    """An event as one flat row: the event contract plus its id, article and person, and whether an analyst
    rejected it."""
    row = stored.event.to_dict()
    evidence = row.pop("evidence")
    row.update(date_kind=stored.date_kind, date_after=stored.event.date or stored.event.date_after,
               date_before=stored.latest_day)
    row.update(id=stored.id, rule=evidence["rule"], start=evidence["start"], end=evidence["end"],
               sentence=evidence["sentence"], article_id=stored.article_id, person_id=stored.person_id,
               rejected=stored.id in rejected)
    return {key: row.get(key) for key in EVENT_FIELDS}


def _write_events(found: list[StoredEvent], fmt: Format, rejected: frozenset[int] = frozenset()) -> None:
    if fmt is Format.json:
        json.dump([_flat(s, rejected) for s in found], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif fmt is Format.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=EVENT_FIELDS)
        writer.writeheader()
        writer.writerows({**_flat(s, rejected), "rejected": "yes" if s.id in rejected else "no"} for s in found)
    else:
        out().print(_table(found, rejected))


def _table(found: list[StoredEvent], rejected: frozenset[int] = frozenset()) -> Table:
    table = titled(f"{counted(len(found), 'stored event')}")
    for col in ("id", "date", "type", "actor", "party / with", "detail", "status", "doc"):
        table.add_column(col, overflow="fold")
    for stored in found:
        e = stored.event
        with_ = e.party if e.type != "coalition" else f"{e.action} {e.counterpart or '-'}"
        detail = e.post or (f"{e.seats} in {e.house}" if e.seats else "") or (e.scope or "")
        status = f"{e.status} (rejected)" if stored.id in rejected else e.status
        table.add_row(str(stored.id), when(stored), e.type, e.actor, with_ or "", detail, status, e.doc)
    return table


def when(stored: StoredEvent) -> str:
    """An event's day as a reader takes it: the day, "2024-01-08 to 2024-01-14", or "on or before 2024-01-15"."""
    e = stored.event
    if e.date:
        return e.date
    if e.date_after:
        return f"{e.date_after} to {e.date_before}"
    return f"on or before {stored.latest_day}" if stored.latest_day else ""



# --------------------------------------------------------------------------- the derived record

MEMBERSHIP_FIELDS = ["person", "name", "party", "start", "start_certain", "end", "end_certain", "opened_by",
                     "closed_by", "disputed"]
SOURCE_FIELDS = ["fact", "conflict", "event_id", "date", "published", "type", "party", "status", "doc", "sentence"]


def person_command(
    name: str = typer.Argument(..., help="A person's name (any spelling) or person id."),
    db: DbOption = None,
    fmt: FormatOption = Format.table,
    as_known_on: AsKnownOnOption = None,
) -> None:
    """A person's timeline: every fact with every article that reports it, and who reported it first."""
    from ..record.query import timeline

    pid, found = on_record(db, lambda session: timeline(session, name), as_known_on=as_known_on)
    rows = [_source_row(f, s) for f in found for s in f.sources]
    if fmt is Format.json:
        _json({"person": pid, "name": found[0].name if found else name, "facts": [_fact_dict(f) for f in found]})
    elif fmt is Format.csv:
        _csv(rows, SOURCE_FIELDS)
    else:
        title = f"{found[0].name if found else name} ({pid}): {counted(len(found), 'fact')}, {counted(len(rows), 'report')}"
        out().print(_rows_table(title, rows, ["date", "type", "party", "status", "conflict", "doc", "sentence"]))


def party_command(
    name: str = typer.Argument(..., metavar="PARTY", help="Party code in any case, or any of its names (PTI, pti, "
                               "Pakistan Tehreek-e-Insaf)."),
    db: DbOption = None,
    on: OnOption = None,
    country: CountryOption = "pk",
    fmt: FormatOption = Format.table,
    as_known_on: AsKnownOnOption = None,
) -> None:
    """A party's members on a date, and everyone who joined or left it up to that date. A party the
    record names but the registry lacks is found by its made-up code or its name, and flagged."""
    from ..analyse.views import find_party
    from ..record.query import joiners, leavers, members, possible_members

    with user_errors(exit_code=2):
        _party_name_checked(name)
    day = (on or date.today()).isoformat()

    def lookup(s):
        party = find_party(name, country, s)
        return party, {"members": members(s, party.code, day),
                       "possible_members": possible_members(s, party.code, day), "joiners": joiners(s, party.code, until=day),
                       "leavers": leavers(s, party.code, until=day)}

    party, found = on_record(db, lookup, as_known_on=as_known_on)
    code = party.code
    if fmt is Format.json:
        _json({"party": code, "name": party.name, "unregistered": party.unregistered, "on": day,
               **{k: [asdict(m) for m in v] for k, v in found.items()}})
    elif fmt is Format.csv:
        _csv([{"role": k[:-1], **asdict(m)} for k, v in found.items() for m in v], ["role", *MEMBERSHIP_FIELDS])
    else:
        console = out()
        if party.unregistered:
            console.print(f"{code} ({party.name}) is unregistered: the country's registry lacks it, and its code "
                          "was made from its name; add it to the registry to give it its own.")
        for kind, items in found.items():
            rows = [{**asdict(m), "start": _bound(m.start, m.start_certain), "end": _bound(m.end, m.end_certain)}
                    for m in items]
            title = kind.replace("_", " ") if kind != "possible_members" else "possibly members (start only bounded)"
            console.print(_rows_table(f"{code} {title} ({'up to' if kind in ('joiners', 'leavers') else 'on'} {day}): "
                                      f"{len(items)}", rows, ["name", "start", "end", "disputed"]))


def _party_name_checked(name: str) -> None:
    """The checks the API makes of a party in a path: some text, at most 64 characters."""
    if not name.strip() or len(name) > 64:
        raise OptionError(f"PARTY must be a code or a name of 1 to 64 characters, not {name[:70]!r}")


def flows_command(
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    fmt: FormatOption = Format.table,
    as_known_on: AsKnownOnOption = None,
) -> None:
    """Party-to-party flows: who left one party and joined another (table: counts; json: names; csv: one row
    per move with its day and whether that day is exact). A leave with no stated day counts in every window
    its span meets."""
    from ..record.query import flows, moves

    with user_errors(exit_code=2):
        _in_order(since, until)
    since, until = (since.isoformat() if since else None), (until.isoformat() if until else None)
    matrix, found = on_record(db, lambda s: (flows(s, since, until), moves(s, since, until)), as_known_on=as_known_on)
    if fmt is Format.json:
        _json(matrix)
    elif fmt is Format.csv:
        _csv([{"from_party": m.from_party, "to_party": m.to_party, "name": m.name, "left_on": m.left_on,
               "left_after": m.left_after or "", "exact": "yes" if m.exact else "no"} for m in found],
             ["from_party", "to_party", "name", "left_on", "left_after", "exact"])
    else:
        targets = sorted({b for row in matrix.values() for b in row})
        table = titled(f"party flows ({since or 'start'} to {until or 'now'}): rows left, columns joined")
        for col in ("from \\ to", *targets):
            table.add_column(col)
        for a, row in matrix.items():
            table.add_row(a, *(str(len(row.get(b, []))) if row.get(b) else "" for b in targets))
        bounded = sum(not m.exact for m in found)
        if bounded:
            table.caption = f"{counted(bounded, 'move')} of {len(found)} with no stated day (left on or before)"
        out().print(table)


def sources_command(
    ident: str = typer.Argument(..., metavar="EVENT_OR_FACT_ID", help="An event id (number) or a fact id (f-...)."),
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Every article reporting an event's fact (or a fact), side by side, disagreements included."""
    from ..record.query import fact_of_event, find_fact

    fact = on_record(db, lambda s: fact_of_event(s, int(ident)) if ident.isdigit() else find_fact(s, ident))
    if fact is None:
        fail(f"no event or fact {ident!r} in the record; event ids are numbers (see `allegiance events`), fact ids "
             "start with f- (see `allegiance person`)", 1)
    rows = [_source_row(fact, s) for s in fact.sources]
    if fmt is Format.json:
        _json(_fact_dict(fact))
    elif fmt is Format.csv:
        _csv(rows, SOURCE_FIELDS)
    else:
        title = (f"{fact.id}: {fact.type} {fact.name} {fact.party or fact.post or fact.counterpart or ''} - "
                 f"{counted(fact.source_count, 'source')}{' (CONFLICT)' if fact.conflict else ''}")
        out().print(_rows_table(title, rows, ["event_id", "date", "published", "status", "doc", "sentence"]))


def _in_order(since: Optional[date], until: Optional[date]) -> None:
    if since and until and since > until:
        raise OptionError(f"--since {since} is after --until {until}")


def _bound(day: Optional[str], certain: bool) -> str:
    if day is None:
        return "?"
    return day if certain else f"on or before {day}"


def _fact_dict(fact) -> dict:
    out = {k: v for k, v in asdict(fact).items() if k != "sources"}
    out.update(source_count=fact.source_count, sources=[asdict(s) for s in fact.sources])
    return json.loads(json.dumps(out, default=str))


def _source_row(fact, source) -> dict:
    return {"fact": fact.id, "conflict": fact.conflict, "event_id": source.event_id,
            "date": source.date or ("" if fact.date else f"on or before {fact.when}"),
            "published": str(source.published or ""), "type": fact.type,
            "party": fact.party or fact.post or fact.counterpart or "", "status": source.status, "doc": source.doc,
            "sentence": source.sentence}


def _json(value) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=1, default=str)
    sys.stdout.write("\n")


def _csv(rows: list[dict], fields: list[str]) -> None:
    out = csv.DictWriter(sys.stdout, fieldnames=fields, extrasaction="ignore")
    out.writeheader()
    out.writerows(rows)


def _rows_table(title: str, rows: list[dict], columns: list[str]) -> Table:
    table = titled(title)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(cell(row.get(col)) for col in columns))
    return table
