"""The ``allegiance`` app: every command registered, each from the module of its group."""
from __future__ import annotations

import typer

from .coalition import make_coalitions_command
from .export import export_command
from .extract import extract
from .governments import governments_command
from .record import events_command, flows_command, ingest_command, party_command, person_command, sources_command
from .review import review_app
from .serve import demo, serve
from .watch import watch_command

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Read political news; keep a sourced, dated record of party switching, coalitions and seats.")
app.command("extract")(extract)
app.command("demo")(demo)
app.command("serve")(serve)
app.command("coalitions", help="Winning coalitions and power indices of a house.")(
    make_coalitions_command(read_record=True))
app.command("ingest", help="Read, extract and store articles in the record (SQLite by default).")(ingest_command)
app.command("watch", help="Follow outlets (feeds, sitemaps, home pages): new articles read, extracted, stored.")(
    watch_command)
app.command("events", help="Query the events stored in the record.")(events_command)
app.command("person", help="A person's timeline with its sources.")(person_command)
app.command("party", help="A party's members on a date, its joiners and leavers.")(party_command)
app.command("flows", help="Who left which party for which: a party-to-party matrix.")(flows_command)
app.command("sources", help="The articles and sentences behind an event or a fact.")(sources_command)
app.command("governments", help="Who governed together and in which alliances, as dated intervals.")(
    governments_command)
app.command("export", help="Export the record: jsonl, csv, popolo or graphml.")(export_command)
app.add_typer(review_app, name="review", help="Analyst corrections: confirm, reject, merge, split, rename, list, undo.")


def main() -> None:  # pragma: no cover
    app()
