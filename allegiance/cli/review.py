"""Commands of analyst review (``allegiance review ...``): corrections kept apart from extracted data.
Registered on the app in ``cli/main.py``."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Optional

import typer

from ..model import counted
from .options import titled
from .options import DbOption, ListFormat, on_record, out

if TYPE_CHECKING:
    from ..store.queries import StoredCorrection

review_app = typer.Typer(help="Correct the record: confirm or reject events, merge, split or rename persons. "
                              "Corrections are stored apart and survive re-ingest and --reprocess.",
                         no_args_is_help=True)
NOTE_HELP = "Why (free text, kept with the correction)."


@review_app.command("confirm")
def confirm_command(event_id: int = typer.Argument(..., help="An event id (see `allegiance events`)."),
                    note: Optional[str] = typer.Option(None, "--note", help=NOTE_HELP),
                    db: DbOption = None) -> None:
    """Confirm an event: its fact is marked confirmed."""
    _done(on_record(db, lambda s: _corrections().confirm_event(s, event_id, note), write=True))


@review_app.command("reject")
def reject_command(event_id: int = typer.Argument(..., help="An event id (see `allegiance events`)."),
                   note: Optional[str] = typer.Option(None, "--note", help=NOTE_HELP),
                   db: DbOption = None) -> None:
    """Reject an event: it is left out of facts, memberships and flows."""
    _done(on_record(db, lambda s: _corrections().reject_event(s, event_id, note), write=True))


@review_app.command("merge")
def merge_command(keep_id: str = typer.Argument(..., help="The person id to keep."),
                  other_id: str = typer.Argument(..., help="The person id whose events go to KEEP_ID."),
                  note: Optional[str] = typer.Option(None, "--note", help=NOTE_HELP),
                  db: DbOption = None) -> None:
    """Merge two persons that resolution kept apart."""
    _done(on_record(db, lambda s: _corrections().merge_persons(s, keep_id, other_id, note), write=True))


@review_app.command("split")
def split_command(person_id: str = typer.Argument(..., help="The person id to split."),
                  names: list[str] = typer.Argument(..., metavar="NAME...", help="Spellings that are someone else."),
                  note: Optional[str] = typer.Option(None, "--note", help=NOTE_HELP),
                  db: DbOption = None) -> None:
    """Split spellings off a person: they become a person of their own."""
    _done(on_record(db, lambda s: _corrections().split_person(s, person_id, names, note), write=True))


@review_app.command("rename")
def rename_command(person_id: str = typer.Argument(..., help="The person id."),
                   name: str = typer.Argument(..., help="The name to show."),
                   note: Optional[str] = typer.Option(None, "--note", help=NOTE_HELP),
                   db: DbOption = None) -> None:
    """Rename a person."""
    _done(on_record(db, lambda s: _corrections().rename_person(s, person_id, name, note), write=True))


@review_app.command("list")
def list_command(fmt: ListFormat = typer.Option(ListFormat.table, "--format", "-f", help="table or json."),
                 db: DbOption = None) -> None:
    """Every correction, oldest first."""
    found = on_record(db, _corrections().list_corrections)
    if fmt is ListFormat.json:
        typer.echo(json.dumps([_dict(c) for c in found], ensure_ascii=False, indent=2))
        return
    table = titled(counted(len(found), "correction"))
    for column in ("id", "kind", "target", "what", "created", "note"):
        table.add_column(column)
    for c in found:
        table.add_row(str(c.id), c.kind, c.target, _what(c), c.created_at.strftime("%Y-%m-%d %H:%M"), c.note or "")
    out().print(table)


@review_app.command("undo")
def undo_command(correction_id: int = typer.Argument(..., help="A correction id (see `allegiance review list`)."),
                 db: DbOption = None) -> None:
    """Delete a correction: the record is as if it had never been made."""
    found = on_record(db, lambda s: _corrections().undo(s, correction_id), write=True)
    typer.echo(f"undone correction {found.id}: {found.kind} {found.target} ({_what(found)})")


def _corrections():
    """The corrections module, imported when a review command runs (not by --help)."""
    from ..record import corrections

    return corrections


def _done(c: StoredCorrection) -> None:
    typer.echo(f"correction {c.id}: {c.kind} {c.target} ({_what(c)})")


def _what(c: StoredCorrection) -> str:
    p = c.payload
    if c.kind in ("confirm", "reject"):
        e = p.get("event", {})
        what = e.get("party") or e.get("post") or e.get("counterpart") or ""
        return f"event {e.get('type')} {e.get('actor')} {what}".strip()
    if c.kind == "merge":
        return f"{p['other']} -> {p['keep']}"
    if c.kind == "split":
        return f"{', '.join(p['names'])} -> {p['new']} ({p['name']})"
    return f"-> {p['name']}"


def _dict(c: StoredCorrection) -> dict:
    return {"id": c.id, "kind": c.kind, "target": c.target, "payload": c.payload,
            "created_at": c.created_at.isoformat(), "note": c.note}
