"""A house's seats and its ruled-out pairs, as the record holds them.

The coalition arithmetic is pure; this module is the bridge that reads the
record (through :mod:`allegiance.record.query`'s facts and memberships) for it:

1. **the tally**: the latest seat results of the house on or before a date
   (one election, one report: results of different elections never mix);
2. **the record's moves** after the tally's date, each a
   :class:`~allegiance.model.SeatMove` naming its facts and sentences:

   * *who holds a seat*: the record knows a person holds a seat in the house
     only when an article published after the election names them with the
     house's member title (``seat_titles.tsv``: "PPP MNA X", "X, an
     independent MNA"; never "former MNA", never a title somewhere else in
     the sentence) or reports them resigning that title (``resign_post``
     "MNA"). Provincial titles (MPA) count only when the sentence also names
     the assembly or its province. A person nobody calls a member carries no
     seat, however often they switch;
   * *defection*: a seat holder who leaves (or is expelled from) party A and
     joins party B moves one seat A -> B, dated by the join;
   * *join*: a seat holder who joins B without a reported leave moves a seat
     from the party the record last placed them in, or from IND when the
     title says independent ("independent MNA X joined ..."); else nothing;
   * *independents as a group*: a coalition ``join`` of party P with party
     Q ("PTI-backed independents joined the SIC") moves IND seats to Q only
     when its sentence states how many independents ("86 independent MNAs");
     a group move without a figure is listed, not applied;
   * *resignation*: a seat holder who resigns the title vacates a seat of
     their party: the total shrinks, the quota stays the house's majority of
     its full membership (``houses.tsv``), as a vote of the house needs a
     majority of its total membership, vacancies included;
   * a leave with no later join is listed, not applied: the record does not
     say where the seat sits;
   * *reserved seats*: an allocation of reserved seats to a party in the house
     (``seat_allocation`` facts, :func:`_reserved`) adds them to the party, from
     ``reserved`` (no party loses them; the total grows). **The latest report
     replaces**: a party's reserved seats in a house are the figure of the latest
     report (article) that states them, figures of different kinds in one report
     (women, non-Muslims) added up; a later report moves only the difference from
     the earlier figure, so an article restating the share never doubles it, and
     one giving the same figure is listed, not applied.

   A move that takes a seat from a party holding none at that point (the
   tally had PTI candidates as IND) is listed with the reason, not applied.
3. **what-ifs** on top: a named person's seat to another party
   (:func:`person_move`), and every leave-then-join pair in the record since
   a date (:func:`defections_since`), seat holders or not.
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Iterable, Sequence

from sqlalchemy.orm import Session

from ..errors import CoalitionError
from ..country.lexicon import NUMBER_WORDS, load_lexicon
from ..model import PERSON_TYPES, Fact, Membership, SeatMove, Source
from ..country.registry import House, country_dir, load_registry
from .derive import next_join, open_record
from .query import facts, find_person, memberships

LEAVES = ("leave_party", "expel")
INDEPENDENT = "IND"
VACANT = "vacant"         # the source of a by-election's seats: they were vacant, no party loses them
RESERVED = "reserved"     # the source of allocated reserved seats: no party loses them either


# --------------------------------------------------------------------------- records

@dataclass(frozen=True)
class RecordHouse:
    """A house as the record holds it on a day: the tally, the moves since, the seats after them."""

    house: str
    on: str | None
    election: str | None                  # the tally's date (election day, else its report's)
    tally: dict[str, int]
    tally_facts: tuple[str, ...]
    moves: tuple[SeatMove, ...]           # the record's moves, applied or not (see ``applied``)
    seats: dict[str, int]                 # the tally after the applied moves
    apart: frozenset[frozenset[str]] = frozenset()
    what_if: tuple[SeatMove, ...] = field(default=())   # requested moves (people, defections since a date)

    @property
    def applied(self) -> list[SeatMove]:
        return [m for m in self.moves if m.applied]


@dataclass(frozen=True)
class SeatTitles:
    """How articles name a member of one house ("MNA"), and whether the place must be named too."""

    titles: tuple[str, ...]
    places: tuple[str, ...] = ()          # house aliases and scope names; empty: the title is enough
    parties: frozenset[str] = frozenset()  # party codes a title may carry ("PPP MNA")

    def pattern(self) -> str:
        return "|".join(re.escape(t) for t in sorted(self.titles, key=len, reverse=True))


def seat_titles(country: str, house: House) -> SeatTitles:
    """The house's member titles from ``seat_titles.tsv`` beside ``houses.tsv`` (none: no person holds a seat)."""
    path = country_dir(country) / "seat_titles.tsv"
    if not path.is_file():
        return SeatTitles(())
    with path.open(encoding="utf-8", newline="") as handle:
        row = next((r for r in csv.DictReader(handle, delimiter="\t") if r["house"] == house.code), None)
    if row is None:
        return SeatTitles(())
    registry = load_registry(country)
    places: tuple[str, ...] = ()
    if (row.get("place") or "").strip().lower() == "yes":
        places = (*house.aliases, *registry.scopes.get(house.scope, ()), house.name)
    return SeatTitles(tuple(t.strip() for t in row["titles"].split("|") if t.strip()), places,
                      frozenset(registry.parties))


# --------------------------------------------------------------------------- the tally

def latest_seats(session: Session, house: str, on: date | None = None) -> dict[str, int]:
    """The tallies of the house's latest election in the record, on or before ``on``."""
    return _tally(facts(session, ("seat_result",)), house, on)[1]


def _tally(seat_facts: Sequence[Fact], house: str, on: date | None) -> tuple[str | None, dict[str, int], tuple[str, ...]]:
    """(date, party -> seats, fact ids) of the latest report.

    A tally is dated by its election day, else by its article's publication; a by-election's results are
    no tally (they are seat moves, `_by_elections`);
    the latest report (article) that gives tallies for the house wins, and
    each of its parties keeps the figure it gives.
    """
    reports: dict[tuple[str, int], dict[str, tuple[int, str]]] = {}
    for f in seat_facts:
        if f.house != house or not f.seats:
            continue
        for s in f.sources:
            when = s.date or (s.published.isoformat() if s.published else "")
            if s.status == "denied" or (on is not None and when and when > on.isoformat()) or by_election(s.sentence):
                continue
            reports.setdefault((when, s.article_id), {})[f.subject] = (f.seats, f.id)
    if not reports:
        return None, {}, ()
    key = max(reports, key=lambda k: (k[0], len(reports[k]), k[1]))
    chosen = reports[key]
    return key[0] or None, {p: n for p, (n, _) in chosen.items()}, tuple(dict.fromkeys(i for _, i in chosen.values()))


def ruled_out_pairs(session: Session, scope: str, on: date | None = None,
                    coalition_facts: Sequence[Fact] | None = None) -> frozenset[frozenset[str]]:
    """Pairs that ruled each other out in this scope (or with no scope stated), as facts."""
    pairs = set()
    if coalition_facts is None:  # only the rejections reported as fact: an indexed read, not every coalition act
        coalition_facts = facts(session, ("coalition",), status="fact", action="reject")
    for f in coalition_facts:
        if f.action != "reject" or f.status != "fact" or not f.counterpart:
            continue
        if f.scope not in (None, scope) or (on is not None and f.date and f.date > on.isoformat()):
            continue
        pairs.add(frozenset((f.subject, f.counterpart)))
    return frozenset(pairs)


# --------------------------------------------------------------------------- who holds a seat

@dataclass(frozen=True)
class Holder:
    """The record's evidence that a person holds a seat: the first fact and sentence that name them so."""

    fact: str
    sentence: str
    independent: bool


def seat_holders(person_facts: Sequence[Fact], titles: SeatTitles, after: str, on: str | None) -> dict[str, Holder]:
    """Person id -> evidence, from sources published after ``after`` (the election) and not after ``on``."""
    out: dict[str, Holder] = {}
    if not titles.titles:
        return out
    for f in person_facts:
        for s in f.sources:
            when = s.published.isoformat() if s.published else s.date
            if f.status == "denied" or not when or when <= after or (on is not None and when > on):
                continue
            held = _resigns_title(f, titles)
            held = _titled(f.name, s.sentence, titles) if held is None else held
            if held is not None and (f.subject not in out or (held and not out[f.subject].independent)):
                out[f.subject] = Holder(f.id, s.sentence, held)
    return out


def _resigns_title(f: Fact, titles: SeatTitles) -> bool | None:
    if f.type != "resign_post" or not f.post:
        return None
    return False if f.post.strip().lower() in {t.lower() for t in titles.titles} else None


def _titled(name: str, sentence: str, titles: SeatTitles) -> bool | None:
    """None when the sentence does not name the person with the title; else whether it says independent."""
    found = _title(name, sentence, titles)
    return None if found is None else found[0]


def _title(name: str, sentence: str, titles: SeatTitles) -> tuple[bool, str | None] | None:
    """(independent?, party code in the title) when the sentence names the person with the title, else None.

    The title must touch the name: right before it ("PPP MNA X", "independent MNA X")
    or in an apposition right after it ("X, the MQM-P MNA from ...").
    """
    if titles.places and not any(re.search(rf"\b{re.escape(p)}\b", sentence) for p in titles.places):
        return None
    t = titles.pattern()
    before = re.compile(rf"(?P<lead>(?:[\w-]+\s+){{0,3}})(?:{t})s?\s+$")
    after = re.compile(rf"^\s*,\s*(?P<lead>(?:an?|the)\s+(?:[\w-]+\s+){{0,2}})(?:{t})\b")
    for found in _spellings(name, sentence):
        head, tail = sentence[:found.start()], sentence[found.end():]
        m = before.search(head) or after.search(tail)
        lead = m.group("lead") if m else ""
        if m and not re.search(r"\b(former|ex|then|ousted|disqualified)\b", lead, re.I):
            codes = [w for w in re.findall(r"[\w-]+", lead) if w in titles.parties]
            return bool(re.search(r"\bindependents?\b", lead, re.I)), codes[-1] if codes else None
    return None


def _spellings(name: str, sentence: str) -> Iterable[re.Match]:
    """Where the person's name (full, else first and last word) appears in the sentence."""
    words = name.split()
    forms = [name] + ([f"{words[0]} {words[-1]}"] if len(words) > 2 else [])
    for form in forms:
        yield from re.finditer(rf"\b{re.escape(form)}\b", sentence)


# --------------------------------------------------------------------------- the record's moves

def record_moves(person_facts: Sequence[Fact], coalition_facts: Sequence[Fact], spans: Sequence[Membership],
                 holders: dict[str, Holder], house: House, titles: SeatTitles, after: str,
                 on: str | None) -> list[SeatMove]:
    """The moves the record holds for the house between the election (``after``) and ``on``, by date."""
    group = _independents(coalition_facts, house, titles, after, on)
    moves = [*group]
    by_person: dict[str, list[Fact]] = defaultdict(list)
    for f in person_facts:
        if f.subject in holders and f.status != "denied" and f.when and after < f.when and (on is None or f.when <= on):
            by_person[f.subject].append(f)
    for subject, own in by_person.items():
        moves.extend(_person_moves(subject, own, holders[subject], spans, group, titles))
    return sorted(moves, key=lambda m: (m.date or "", m.kind != "independents", m.person or ""))


def _independents(coalition_facts: Sequence[Fact], house: House, titles: SeatTitles, after: str,
                  on: str | None) -> list[SeatMove]:
    """Coalition joins that move a stated number of the house's independents to the party joined; one move
    per sentence and party joined ("the PTI joined hands with the SIC, and 60 independents joined the SIC"
    is two facts, PTI and IND joining, and one move)."""
    out, seen = [], set()
    for f in coalition_facts:
        if f.action != "join" or f.status != "fact" or not f.counterpart or not f.when:
            continue
        if f.scope not in (None, house.scope) or not after < f.when or (on is not None and f.when > on):
            continue
        sentence = f.sources[0].sentence
        if not re.search(r"\bindependents?\b", sentence, re.I) or (sentence, f.counterpart) in seen:
            continue
        seen.add((sentence, f.counterpart))
        n = _stated_count(sentence)
        move = SeatMove(INDEPENDENT, f.counterpart, n or 1, "independents", None, f.when, (f.id,), f.event_ids,
                        (sentence,), applied=bool(n))
        if not n:
            move = replace(move, note="the record does not say how many independents")
        elif not _names_house(sentence, house, titles):
            move = replace(move, applied=False, note=f"the sentence does not say the independents sit in the {house.name}")
        out.append(move)
    return out


def by_election(sentence: str) -> bool:
    """Whether a sentence reports a by-election (``by_election_words`` of the lexicon)."""
    lowered = sentence.lower()
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", lowered) for w in load_lexicon("en")["by_election_words"])


def _by_elections(seat_facts: Sequence[Fact], house: House, after: str, on: str | None) -> list[SeatMove]:
    """By-election results of the house after the election: each fills seats for its party ("the PML-N won
    two National Assembly seats in the by-elections"), dated by the by-election, with its sentence."""
    out = []
    for f in seat_facts:
        if f.house != house.code or not f.seats or f.status == "denied":
            continue
        source = next((s for s in f.sources if by_election(s.sentence)), None)
        when = f.when
        if source is None or not when or not after < when or (on is not None and when > on):
            continue
        out.append(SeatMove(VACANT, f.subject, f.seats, "by-election", None, when, (f.id,), f.event_ids,
                            (source.sentence,)))
    return out


def _reserved(allocation_facts: Sequence[Fact], house: House, after: str, on: str | None) -> list[SeatMove]:
    """Reserved seats allocated to parties in the house after the election, as moves: each report's figure
    for a party replaces the one before it (see the module's rule), dated by the report."""
    reports: dict[str, dict[tuple[str, int], dict[str | None, tuple[int, Fact, Source]]]] = defaultdict(dict)
    for f in allocation_facts:
        if f.house != house.code or not f.seats or f.status == "denied":
            continue
        for s in f.sources:
            when = s.date or (s.published.isoformat() if s.published else None)
            if s.status == "denied" or not when or not after < when or (on is not None and when > on):
                continue
            reports[f.subject].setdefault((when, s.article_id), {})[f.post] = (f.seats, f, s)
    out = []
    for party, by_report in reports.items():
        held = 0
        for when, _article in sorted(by_report):
            kinds = by_report[(when, _article)].values()
            figure = sum(n for n, _f, _s in kinds)
            out.append(_allocation(party, held, figure, when, kinds))
            held = figure
    return out


def _allocation(party: str, held: int, figure: int, when: str, kinds: Iterable[tuple[int, Fact, Source]]) -> SeatMove:
    """The move from ``held`` reserved seats to the report's ``figure``: seats added from ``reserved``,
    seats taken back (to no one), or nothing applied when the report restates the figure."""
    kinds = list(kinds)
    why = dict(facts=tuple(f.id for _n, f, _s in kinds), events=tuple(s.event_id for _n, _f, s in kinds),
               sentences=tuple(s.sentence for _n, _f, s in kinds))
    note = f"replaces the earlier figure of {held}" if held else ""
    if figure > held:
        return SeatMove(RESERVED, party, figure - held, "reserved", None, when, note=note, **why)
    if figure < held:
        return SeatMove(party, None, held - figure, "reserved", None, when, note=note, **why)
    return SeatMove(RESERVED, party, figure, "reserved", None, when, applied=False,
                    note=f"restates the figure of {held} reserved seats", **why)


def _names_house(sentence: str, house: House, titles: SeatTitles) -> bool:
    """The sentence names the house or its members' title (and the place, where the title needs one)."""
    if any(re.search(rf"\b{re.escape(a)}\b", sentence) for a in (house.name, *house.aliases) if len(a) > 2):
        return True
    place = not titles.places or any(re.search(rf"\b{re.escape(p)}\b", sentence) for p in titles.places)
    return bool(titles.titles) and place and bool(re.search(rf"\b(?:{titles.pattern()})s?\b", sentence))


def _stated_count(sentence: str) -> int | None:
    """"86 independent MNAs", "eighty of its independents": a figure at most four words before 'independent'."""
    words = "|".join(NUMBER_WORDS)
    m = re.search(rf"\b(\d{{1,3}}|{words})\b(?:\s+[\w-]+){{0,4}}?\s+independents?\b", sentence, re.I)
    if not m:
        return None
    return int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1).lower()]


def _person_moves(subject: str, own: list[Fact], holder: Holder, spans: Sequence[Membership],
                  group: Sequence[SeatMove], titles: SeatTitles) -> list[SeatMove]:
    """One seat holder's moves in date order; each move leaves the party the previous one reached."""
    own = sorted(own, key=lambda f: (f.when, f.type not in LEAVES))
    current: str | None = INDEPENDENT if holder.independent else None
    used: set[str] = set()
    out: list[SeatMove] = []
    for i, f in enumerate(own):
        if f.id in used:
            continue
        if f.type in LEAVES:
            nxt = next((g for g in own[i + 1:] if g.type in LEAVES), None)
            join = next_join(f, nxt, [g for g in own if g.type == "join_party" and g.id not in used])
            if join is None:
                out.append(_move(f.party, f.party, f, (f,), kind="leave", applied=False,
                                 note=f"no later join in the record: the seat stays with {f.party}"))
                current = f.party
                continue
            used.add(join.id)
            out.append(_move(f.party, join.party, join, (f, join), kind="defection"))
            current = join.party
        elif f.type == "join_party":
            source = current or _titled_party(f, titles) or _party_before(subject, f, spans)
            move = _move(source or "?", f.party, f, (f,), kind="join")
            if source is None or source == f.party:
                move = replace(move, applied=False, note="the record does not say which party's seat this was")
            elif source == INDEPENDENT and any(g.target == f.party and g.applied and g.date <= f.when for g in group):
                move = replace(move, applied=False, note="counted in the group move of independents")
            out.append(move)
            current = f.party
        elif f.type == "resign_post" and _resigns_title(f, titles) is not None:
            source = current or f.party or _party_before(subject, f, spans)
            move = _move(source or "?", None, f, (f,), kind="resignation")
            out.append(move if source else replace(move, applied=False, note="the record does not say whose seat"))
            break
    return out


def _titled_party(f: Fact, titles: SeatTitles) -> str | None:
    """The party the join's own sentence gives the person's title ("the MQM-P MNA"), IND for "independent MNA"."""
    for s in f.sources:
        found = _title(f.name, s.sentence, titles)
        if found is not None and (found[0] or found[1]):
            return INDEPENDENT if found[0] else found[1]
    return None


def _party_before(subject: str, f: Fact, spans: Sequence[Membership]) -> str | None:
    """The one party the record places the person in the day before the act, else None."""
    day = (date.fromisoformat(f.when) - timedelta(days=1)).isoformat()
    parties = {m.party for m in spans if m.person == subject and m.covers(day) and m.party != f.party}
    return parties.pop() if len(parties) == 1 else None


def _move(source: str, target: str | None, when: Fact, why: Sequence[Fact], kind: str,
          applied: bool = True, note: str = "") -> SeatMove:
    return SeatMove(source, target, 1, kind, when.name, when.when, tuple(f.id for f in why),
                    tuple(e for f in why for e in f.event_ids), tuple(f.sources[0].sentence for f in why),
                    applied, note)


# --------------------------------------------------------------------------- what-ifs

def defections_since(person_facts: Sequence[Fact], since: str, on: str | None,
                     already: Iterable[SeatMove] = ()) -> list[SeatMove]:
    """Every leave-then-join pair with the leave on or after ``since`` (and the join not after ``on``),
    one seat each, in date order; pairs the record's moves already applied are left out."""
    done = {i for m in already if m.applied for i in m.facts}
    by_person: dict[str, list[Fact]] = defaultdict(list)
    for f in person_facts:
        if f.type in (*LEAVES, "join_party") and f.party and f.status != "denied" and f.when:
            by_person[f.subject].append(f)
    out = []
    for own in by_person.values():
        leaves = sorted((f for f in own if f.type in LEAVES), key=lambda f: f.when)
        joins = [f for f in own if f.type == "join_party"]
        for left, nxt in zip(leaves, [*leaves[1:], None]):
            join = next_join(left, nxt, joins)
            if join is None or left.when < since or (on is not None and join.when > on) or join.id in done:
                continue
            joins.remove(join)
            out.append(_move(left.party, join.party, join, (left, join), kind="defection"))
    return sorted(out, key=lambda m: (m.date or "", m.person or ""))


def person_move(session: Session, query: str, target: str, on: str, record: Sequence[SeatMove] = (),
                person_facts: Sequence[Fact] | None = None, spans: Sequence[Membership] | None = None,
                holders: dict[str, Holder] | None = None) -> SeatMove:
    """One seat of a named person to ``target``: from the party the record's moves left them in,
    else from their party on ``on`` (``record.party_on``'s rule). UnknownPerson when nobody matches;
    CoalitionError when the record places them in no party, or in several, on that day."""
    pid = find_person(session, query)
    person_facts = facts(session, PERSON_TYPES) if person_facts is None else person_facts
    spans = memberships(session) if spans is None else spans
    by_id = {f.id: f for f in person_facts}
    moved = [m for m in record if m.applied and m.kind != "independents" and m.facts
             and m.facts[-1] in by_id and by_id[m.facts[-1]].subject == pid]
    covering = sorted((m for m in spans if m.person == pid and m.covers(on)), key=lambda m: m.party)
    name = covering[0].name if covering else next((f.name for f in person_facts if f.subject == pid), query)
    if moved:
        source, why = moved[-1].target, moved[-1].facts
    elif len(covering) == 1:
        source, why = covering[0].party, tuple(i for i in (covering[0].opened_by,) if i)
    elif not covering:
        raise CoalitionError(f"the record places {name} in no party on {on}; move a seat with --move FROM:TO:N")
    else:
        parties = ", ".join(m.party for m in covering)
        raise CoalitionError(f"the record places {name} in {parties} on {on}; move a seat with --move FROM:TO:N")
    if source is None:
        raise CoalitionError(f"{name} resigned the seat in the record; there is no seat to move")
    if source == target:
        raise CoalitionError(f"{name} is already in {target} on {on}")
    held = holders is not None and pid in holders
    sentences = tuple(by_id[i].sources[0].sentence for i in why if i in by_id)
    return SeatMove(source, target, 1, "person", name, on, why,
                    tuple(e for i in why if i in by_id for e in by_id[i].event_ids), sentences, True,
                    "" if held else "the record does not show this person holding a seat: a what-if")


# --------------------------------------------------------------------------- one call

def read_house(session: Session, house: House, country: str, on: date | None) -> tuple[RecordHouse, dict[str, Holder]]:
    """The tally and the record's moves up to ``on``; the seat holders the moves rest on."""
    day = on.isoformat() if on else None
    seat_facts = facts(session, ("seat_result",))
    election, tally, tally_facts = _tally(seat_facts, house.code, on)
    apart = ruled_out_pairs(session, house.scope, on)  # the rejections only, by index
    if not tally:
        return RecordHouse(house.code, day, None, {}, (), (), {}, apart), {}
    # the coalition acts that can move seats: joins reported as fact after the election (not every
    # coalition act of the record, which at a million events took seconds)
    coalition_facts = facts(session, ("coalition",), status="fact", action="join", since=election, until=day)
    person_facts = facts(session, PERSON_TYPES)
    titles = seat_titles(country, house)
    holders = seat_holders(person_facts, titles, election or "", day)
    moves = record_moves(person_facts, coalition_facts, memberships(session, person_facts), holders,
                         house, titles, election or "", day)
    allocations = _reserved(facts(session, ("seat_allocation",)), house, election or "", day)
    moves = sorted([*moves, *_by_elections(seat_facts, house, election or "", day), *allocations],
                   key=lambda m: (m.date or "", m.kind in ("by-election", "reserved")))
    seats, moves = apply_moves(tally, moves)
    return RecordHouse(house.code, day, election, tally, tally_facts, tuple(moves), seats, apart), holders


def record_house(session: Session, house: House, country: str, on: date | None = None,
                 people: Sequence[tuple[str, str]] = (), since: date | None = None) -> RecordHouse:
    """The house as the record holds it on ``on``: seats after the record's moves, ruled-out pairs, and the
    requested what-if moves (``people``: (name, to party); ``since``: every defection since that date), not
    yet applied: the coalition arithmetic applies them."""
    view, holders = read_house(session, house, country, on)
    if not people and since is None:
        return view
    day = (on or date.today()).isoformat()
    person_facts = facts(session, PERSON_TYPES)
    extra = defections_since(person_facts, since.isoformat(), view.on, view.moves) if since else []
    spans = memberships(session, person_facts) if people else ()
    extra += [person_move(session, name, target, day, view.moves, person_facts, spans, holders)
              for name, target in people]
    return replace(view, what_if=tuple(extra))


def house_from_record(db_url: str, house: str, country: str = "pk", on: date | None = None,
                      people: Sequence[tuple[str, str]] = (), since: date | None = None) -> RecordHouse:
    """`record_house` of the database at ``db_url``."""
    spec = load_registry(country).house(house)
    engine = open_record(db_url)
    try:
        with Session(engine) as session:
            return record_house(session, spec, country, on, people, since)
    finally:
        engine.dispose()


# --------------------------------------------------------------------------- moves on a tally

def apply_moves(seats: dict[str, int], moves: Iterable[SeatMove]) -> tuple[dict[str, int], list[SeatMove]]:
    """Seats after the moves that can apply, in order, and every move marked applied or not.

    Lenient where :func:`what_if` is strict: a move already marked not applied
    stays so, and one that takes more seats than its party holds at that point
    is kept in the list, not applied, with the reason in ``note``. For moves
    read from the record, where a report may not fit the tally.
    """
    out = dict(seats)
    done: list[SeatMove] = []
    for move in moves:
        if move.applied and move.source not in (VACANT, RESERVED) and move.seats > out.get(move.source, 0):
            held = out.get(move.source, 0)
            move = replace(move, applied=False, note=f"{move.source} holds {held} seat{'s' * (held != 1)} "
                                                     f"at that point; {move.note}".rstrip("; "))
        if move.applied:
            if move.source not in (VACANT, RESERVED):
                out[move.source] -= move.seats
            if move.target is not None:
                out[move.target] = out.get(move.target, 0) + move.seats
        done.append(move)
    return out, done
