"""The ``governments`` command: which parties governed together, and in which alliances, as dated
intervals with their sources (`allegiance.record.governments`). Parses, calls one library function,
prints; the house and the day are checked as the API checks them."""
from __future__ import annotations

import csv
import json
import sys
from typing import TYPE_CHECKING, Optional

import typer

from ..country.registry import load_registry
from .options import CountryOption, DbOption, Format, FormatOption, OnOption, on_record, out, titled, user_errors

if TYPE_CHECKING:
    from ..record.governments import Edge, ScopeGovernments

TIE_FIELDS = ["scope", "kind", "party", "other", "start", "start_bound", "start_kind", "start_fact", "start_sentence",
              "end", "end_bound", "end_kind", "end_fact", "end_sentence"]


def governments_command(
    house: Optional[str] = typer.Option(None, "--house", help="House code or name: its scope's governments "
                                        "(default: every scope of the country)."),
    db: DbOption = None,
    on: OnOption = None,
    country: CountryOption = "pk",
    fmt: FormatOption = Format.table,
) -> None:
    """Who governed together and in which alliances, as dated intervals with their sources; --on D: as of D."""
    from ..record.governments import check_question, governments, scope_dict

    with user_errors(exit_code=2):  # an unknown house or a future day is refused before the record is opened
        registry = load_registry(country)
        check_question(registry, house, on)
    found = on_record(db, lambda s: governments(s, registry, country, house, on))
    if fmt is Format.json:
        print(json.dumps([scope_dict(g) for g in found], ensure_ascii=False, indent=2))
    elif fmt is Format.csv:
        writer = csv.DictWriter(sys.stdout, TIE_FIELDS)
        writer.writeheader()
        writer.writerows(row for g in found for row in tie_rows(g))
    else:
        _print(found)


# ---------------------------------------------------------------- shapes

def tie_rows(g: ScopeGovernments) -> list[dict]:
    rows = []
    for t in (*g.ties, *g.alliances):
        row = {"scope": g.scope, "kind": "alliance" if t.alliance else "government", "party": t.party,
               "other": t.other}
        for side, edge in (("start", t.start), ("end", t.end)):
            row.update({side: edge.date if edge else "", f"{side}_bound": edge.bound if edge else "",
                        f"{side}_kind": edge.kind if edge else "", f"{side}_fact": (edge.fact or "") if edge else "",
                        f"{side}_sentence": (edge.sentence or "") if edge else ""})
        rows.append(row)
    return rows


def _day(edge: Edge | None) -> str:
    """"2022-03-30", "≤ 2022-03-31" for a bound, "" when still in force."""
    if edge is None:
        return ""
    return edge.date if edge.bound == "exact" else f"≤ {edge.date}"


def _print(found: list[ScopeGovernments]) -> None:
    console = out()
    for g in found:
        when = f"on {g.on}" if g.on else "at the record's latest"
        groups = "; ".join(" + ".join(x) for x in g.governing) or "none in the record"
        console.print(f"[bold]{g.scope}[/] ({g.house}; elections in the record: {', '.join(g.elections) or 'none'})",
                      highlight=False)
        console.print(f"governing together {when}: {groups}", highlight=False)
        for alliance, members in g.members.items():
            console.print(f"{alliance} {when}: {', '.join(members)}", highlight=False)
        if g.periods:
            table = titled(f"{g.scope}: timeline")
            for col in ("from", "to", "governing together"):
                table.add_column(col, no_wrap=col != "governing together")
            for p in g.periods:
                table.add_row(p.start, p.end or "", "; ".join(" + ".join(x) for x in p.groups) or "-")
            console.print(table)
        ties = (*g.ties, *g.alliances)
        if ties:
            table = titled(f"{g.scope}: ties and their sources")
            for col in ("parties", "from", "to", "why"):
                table.add_column(col, no_wrap=col in ("from", "to"), overflow="fold", ratio=1 if col == "why" else None)
            for t in ties:
                label = f"{t.party} in {t.other}" if t.alliance else f"{t.party} + {t.other}"
                why = [f"{e.kind} {e.fact or ''}: {e.sentence or '(election day in the record)'}"
                       for e in (t.start, t.end) if e is not None]
                table.add_row(label, _day(t.start), _day(t.end) or "in force", "\n".join(why))
            console.print(table)
