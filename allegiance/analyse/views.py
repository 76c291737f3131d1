"""What the dashboard and the API show, computed from the record: library functions, no HTTP.

Each view calls the record (`record/query.py`), the house's coalition analysis (`house.py`) or a
paged listing (`store/listing.py`) and returns plain frozen dataclasses
that a route formats as JSON or renders in a template. Evidence highlighting is here too: it cuts
an article's text into plain and marked parts, and the templates escape every part.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction

from sqlalchemy.orm import Session

from ..model import Article, SeatMove
from ..record.derive import applied
from ..record.governments import ScopeGovernments, Tie, check_question, governments
from ..record.query import (Fact, Membership, RecordMemo, count_facts_matching,
                            count_possible_members, event_person, facts, find_person, flow_links, joiners, leavers,
                            members, memberships_page, person_name, possible_members, timeline)
from ..record.query import memberships as all_memberships
from ..country.registry import Party, load_registry
from ..store.derived import find_persons, person_names
from ..store.listing import Page, articles_by_id
from ..errors import UnknownParty
from ..store.queries import StoredEvent, article_sources, count_events, find_events, unregistered_party
from .coalition import INDICES, Coalition, CoalitionError, Game
from .house import HouseQuestion, analyse_house
from .unattached import INDEPENDENT, house_indices
from .overview import dated_governments

EXCERPT_CHARS = 280  # characters of context shown on each side of an evidence sentence


# --------------------------------------------------------------------------- evidence highlighting

@dataclass(frozen=True)
class Excerpt:
    """An article's text cut around an evidence sentence: before, the sentence, after (all plain text)."""

    before: str
    marked: str
    after: str
    clipped_start: bool = False
    clipped_end: bool = False


@dataclass(frozen=True)
class Segment:
    """A run of an article's text, marked when some event's evidence covers it; ``anchors`` are the
    event ids whose evidence starts here."""

    text: str
    marked: bool
    anchors: tuple[int, ...] = ()


def evidence_span(article: Article, start: int, end: int, sentence: str) -> tuple[int, int] | None:
    """Where an evidence sentence lies in the stored text (offsets count from the source as read,
    before a leading date line was taken off); found by search when the offsets do not fit."""
    local = start - article.offset
    if 0 <= local and article.text[local:local + len(sentence)] == sentence:
        return local, local + len(sentence)
    found = article.text.find(sentence) if sentence else -1
    return (found, found + len(sentence)) if found >= 0 else None


def excerpt(article: Article, start: int, end: int, sentence: str, context: int | None = EXCERPT_CHARS) -> Excerpt:
    """The text around an evidence sentence with the sentence set apart (``context`` None: whole text)."""
    span = evidence_span(article, start, end, sentence)
    text = article.text
    if span is None:
        return Excerpt(text[:context] if context else text, "", "", False, bool(context and len(text) > context))
    a, b = span
    lo = 0 if context is None else max(0, a - context)
    hi = len(text) if context is None else min(len(text), b + context)
    return Excerpt(text[lo:a], text[a:b], text[b:hi], lo > 0, hi < len(text))


def segments(article: Article, events: Sequence[StoredEvent]) -> list[Segment]:
    """The whole text cut at every evidence boundary, so overlapping evidence marks once and each
    event's anchor sits where its sentence starts."""
    spans = []
    for stored in events:
        ev = stored.event.evidence
        span = evidence_span(article, ev.start, ev.end, ev.sentence)
        if span is not None:
            spans.append((span[0], span[1], stored.id))
    cuts = sorted({0, len(article.text), *(s for s, _e, _i in spans), *(e for _s, e, _i in spans)})
    out = []
    for lo, hi in zip(cuts, cuts[1:]):
        covered = any(s <= lo and hi <= e for s, e, _i in spans)
        anchors = tuple(i for s, _e, i in spans if s == lo)
        out.append(Segment(article.text[lo:hi], covered, anchors))
    return out


# --------------------------------------------------------------------------- overview

@dataclass(frozen=True)
class PartyMoves:
    """Joiners and leavers of the busiest parties per year, for the overview chart."""

    periods: list[str]
    parties: list[str]
    joined: dict[str, list[int]]   # party -> count per period
    left: dict[str, list[int]]


@dataclass(frozen=True)
class OverviewView:
    latest: list[StoredEvent]
    moves: PartyMoves
    governing: list[Tie]           # ties in force in the default house's scope on the day, dated
    house: str
    on: str
    ended: list[Tie] = field(default_factory=list)   # the latest ties closed by the day


def overview_view(session: Session, on: date, country: str, memo: RecordMemo, latest: int = 15,
                  parties: int = 8) -> OverviewView:
    """Latest events, joiners and leavers per party per year (kept in ``memo``: a count over every
    membership), and who governs together in the default house."""
    registry = load_registry(country)
    house = registry.house(registry.default_house)
    recent = event_page(session, EventFilter(), latest, latest_first=True).items
    governing, ended = dated_governments(session, registry, country, house.code, on)
    return OverviewView(recent, party_moves(memo.yearly_moves(session), parties), governing, house.code,
                        on.isoformat(), ended)


def party_moves(years: Sequence[tuple[str, str, int, int]], parties: int = 8) -> PartyMoves:
    """From (party, year, joined, left) counts (the record counts them in the database): the busiest parties."""
    joined, left = Counter(), Counter()
    for party, year, came, went in years:
        joined[(party, year)] += came
        left[(party, year)] += went
    activity = Counter()
    for (party, _year), n in (joined + left).items():
        activity[party] += n
    top = [p for p, _n in sorted(activity.items(), key=lambda kv: (-kv[1], kv[0]))[:parties]]
    years = sorted({y for _p, y in (joined + left)})
    return PartyMoves(years, top, {p: [joined[(p, y)] for y in years] for p in top},
                      {p: [left[(p, y)] for y in years] for p in top})


# --------------------------------------------------------------------------- facts, persons, parties

def filter_facts(session: Session, type: str | None = None, party: str | None = None, person: str | None = None,
                 since: date | None = None, until: date | None = None, status: str | None = None,
                 min_sources: int = 1, limit: int | None = None, offset: int = 0) -> Page:
    """A page of facts with the filters of ``allegiance events`` (``person`` an id or any spelling; an
    unknown one raises UnknownPerson) and a minimum number of sources, with the total."""
    where = dict(subject=find_person(session, person) if person else None, party=party, since=since, until=until,
                 status=status, min_sources=min_sources if min_sources > 1 else None)
    types = (type,) if type else None
    found = facts(session, types, limit=limit, offset=offset, **where)
    return Page(found, count_facts_matching(session, types, **where), limit or len(found), offset)


@dataclass(frozen=True)
class PersonEntry:
    id: str
    name: str
    aliases: tuple[str, ...]


def persons(session: Session, query: str | None = None, limit: int | None = None, offset: int = 0) -> Page:
    """A page of persons by name (those merged into another person left out, renames applied) and the
    total; ``query`` keeps those whose name or an alias contains it (any case), or whose id it is."""
    corrections = applied(session)
    rows, total = find_persons(session, query, limit, offset)
    names = corrections.names({pid: name for pid, name, _a in rows})
    found = [PersonEntry(pid, names.get(pid, name), tuple(aliases)) for pid, name, aliases in rows
             if corrections.person(pid) == pid]
    return Page(found, total, limit or len(found), offset)


@dataclass(frozen=True)
class Report:
    """One source of a fact, as the person page shows it: the article and the sentence in its text."""

    event_id: int
    article_id: int
    title: str
    published: str | None
    status: str
    excerpt: Excerpt


@dataclass(frozen=True)
class TimelineBar:
    """A membership drawn on the person's timeline: left and width in percent of the record's span."""

    membership: Membership
    left: float
    width: float


@dataclass(frozen=True)
class PersonView:
    id: str
    name: str
    memberships: list[Membership]
    bars: list[TimelineBar]
    span: tuple[str, str] | None
    facts: list[Fact]
    reports: dict[int, Report]   # event id -> report


def person_view(session: Session, query: str, context: int = EXCERPT_CHARS, reports: bool = True) -> PersonView:
    """A person's memberships and facts; for a page (``reports``) also the memberships drawn on a
    timeline and every source with its sentence highlighted in ``context`` characters of its article."""
    pid, found = timeline(session, query)
    spans = all_memberships(session, found)  # the person's own facts are all their memberships need
    sources = {s.event_id: s for f in found for s in f.sources} if reports else {}
    texts = articles_by_id(session, [s.article_id for s in sources.values()])
    by_event = {}
    for event_id in sources:
        for where in article_sources(session, event_id)[:1]:
            record = texts.get(where.article_id)
            if record is not None:
                by_event[event_id] = Report(event_id, where.article_id, record.title, _iso(where.published),
                                           sources[event_id].status,
                                           excerpt(record.article, where.start, where.end, where.sentence, context))
    name = found[0].name if found else person_name(session, pid) or query
    bounds = _bounds(spans, found) if reports else None
    return PersonView(pid, name, spans, _bars(spans, bounds) if reports else [], bounds, found, by_event)


def _bounds(spans: Sequence[Membership], found: Sequence[Fact]) -> tuple[str, str] | None:
    days = sorted(date.fromisoformat(d) for d in [*(d for m in spans for d in (m.start, m.end) if d),
                                                  *(f.when for f in found if f.when)])
    if not days:
        return None
    pad = max((days[-1] - days[0]) / 10, timedelta(days=90))  # room for open starts and ends
    return (days[0] - pad).isoformat(), (days[-1] + pad).isoformat()


def _bars(spans: Sequence[Membership], bounds: tuple[str, str] | None) -> list[TimelineBar]:
    if bounds is None:
        return [TimelineBar(m, 0.0, 100.0) for m in spans]
    first, last = (date.fromisoformat(b) for b in bounds)
    width = max((last - first).days, 1)

    def pos(day: str | None, default: float) -> float:
        return default if day is None else round(100 * (date.fromisoformat(day) - first).days / width, 2)
    out = []
    for m in spans:
        left, right = pos(m.start, 0.0), pos(m.end, 100.0)
        out.append(TimelineBar(m, left, max(right - left, 1.0)))
    return out


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def membership_list(session: Session, country: str, party: str | None = None, person: str | None = None,
                    on: date | None = None, limit: int | None = None, offset: int = 0) -> Page:
    """A page of memberships of a party (registry code, any case) and / or a person (id or any spelling),
    covering a day when ``on`` is given, with the total; unknown ones raise UnknownParty / UnknownPerson."""
    code = find_party(party, country).code if party else None
    pid = find_person(session, person) if person else None
    found, total = memberships_page(session, party=code, person=pid, on=on, limit=limit, offset=offset)
    return Page(found, total, limit or len(found), offset)


@dataclass(frozen=True)
class PartyView:
    """A party on a day; each list holds at most the cap given to `party_view`, the totals are exact."""

    party: Party
    on: str
    members: list[Membership]
    joiners: list[Membership]
    leavers: list[Membership]
    members_total: int
    joiners_total: int
    leavers_total: int
    possible: list[Membership] = field(default_factory=list)  # possibly members: a start only bounded
    possible_total: int = 0


@dataclass(frozen=True)
class EventPerson:
    """Who an event's actor is in the record: the person id once merges and splits apply, and the name the
    record shows for them (an analyst's rename included), which may differ from the name as written."""

    id: str
    name: str


def event_persons(session: Session, stored: Sequence[StoredEvent]) -> dict[int, EventPerson]:
    """Event id -> the person its actor is in the record (events without a linked person left out)."""
    corrections = applied(session)
    ids = {s.id: corrections.person(s.person_id, s.event.actor) for s in stored if s.person_id}
    names = corrections.names(person_names(session, set(ids.values())))
    return {event_id: EventPerson(pid, names.get(pid, pid)) for event_id, pid in ids.items()}


def party_view(session: Session, code: str, on: date, country: str, memo: RecordMemo,
               cap: int = 500) -> PartyView:
    """A party's members on a day, and everyone who joined or left it up to that day (latest first);
    the totals from the party's tally in ``memo`` (kept per record version), not counted each time."""
    party = find_party(code, country, session)
    day = on.isoformat()
    tally = memo.tally(session, party.code)
    return PartyView(party, day, members(session, party.code, day, limit=cap),
                     joiners(session, party.code, until=day, limit=cap, latest_first=True),
                     leavers(session, party.code, until=day, limit=cap, latest_first=True),
                     tally.members_on(day), tally.joined_by(day), tally.left_by(day),
                     possible_members(session, party.code, day, limit=cap),
                     count_possible_members(session, party.code, day))


def find_party(code: str, country: str, session: Session | None = None) -> Party:
    """A party of the country's registry by code (any case) or any alias; with a ``session``, else a
    party the record's events name but the registry lacks (``unregistered``); else UnknownParty.
    The world of parties is open: a new party is still asked about by its code or its name."""
    try:
        return load_registry(country).find_party(code)
    except UnknownParty:
        found = unregistered_party(session, code) if session is not None else None
        if found is None:
            raise
        return Party(found[0], found[1], (), unregistered=True)


def parties(country: str, query: str | None = None) -> list[Party]:
    """The country's parties by code; ``query`` keeps those whose code, name or an alias contains it."""
    found = sorted(load_registry(country).parties.values(), key=lambda p: p.code)
    if query:
        q = query.lower()
        found = [p for p in found if any(q in n.lower() for n in p.all_names())]
    return found


@dataclass(frozen=True)
class SearchResult:
    query: str
    persons: list[PersonEntry]
    parties: list[Party]


def search(session: Session, query: str, country: str, limit: int = 50) -> SearchResult:
    """People and parties whose name (or an alias) contains the query."""
    query = query.strip()
    if not query:
        return SearchResult(query, [], [])
    return SearchResult(query, persons(session, query, limit).items, parties(country, query)[:limit])


# --------------------------------------------------------------------------- flows

@dataclass(frozen=True)
class Flow:
    source: str
    target: str
    count: int
    names: list[str]   # at most the cap given to `flow_view`
    exact: int = 0     # how many of them left on a stated day


@dataclass(frozen=True)
class FlowView:
    since: str | None
    until: str | None
    flows: list[Flow]


def flow_view(session: Session, since: date | None, until: date | None, names: int = 50) -> FlowView:
    """Who left which party for which in the window, one link per pair of parties, largest first."""
    links = [Flow(a, b, n, people, exact) for a, b, n, people, exact in flow_links(session, since, until, names)]
    return FlowView(_iso(since), _iso(until), sorted(links, key=lambda f: (-f.count, f.source, f.target)))


# --------------------------------------------------------------------------- coalitions

@dataclass(frozen=True)
class CoalitionView:
    """The calculator's answer: the game, who is in play, minimal winning coalitions and power."""

    house: str
    house_name: str
    on: str | None
    seats: dict[str, int]
    quota: int
    house_seats: int
    total: int
    excluded: tuple[str, ...]
    required: tuple[str, ...]
    apart: list[tuple[str, str]]
    minimal_winning: list[Coalition]
    minimal_winning_count: int
    indices: dict[str, dict[str, Fraction]]            # of the whole house
    in_play: dict[str, dict[str, Fraction]] | None     # of the parties not excluded (None: they cannot win)
    in_play_seats: int
    seats_from_record: bool
    independents: str = "single"                       # how IND's seats count (analyse/unattached.py)
    election: str | None = None                        # the record's tally: its day, the tally, the moves since
    tally: dict[str, int] | None = None
    moves: tuple[SeatMove, ...] = ()


def coalition_view(session: Session, house: str, on: date | None, seats: dict[str, int] | None,
                   require: Sequence[str], exclude: Sequence[str], country: str, limit: int,
                   shown: int, independents: str = "single") -> CoalitionView:
    """Seats (given, else the house's latest results in the record after the seat moves it holds),
    minimal winning coalitions that respect the constraints and the record's rejections, and the four
    power indices (of the whole house, and of the parties left in play once the excluded ones stay out)."""
    excluded, required = tuple(sorted(set(exclude))), tuple(sorted(set(require)))
    if INDEPENDENT in excluded:  # the calculator unticks IND: independents left out of the game, not a party excluded
        independents = "exclude"
    question = HouseQuestion(house, on, seats, frozenset(required), frozenset(excluded) - {INDEPENDENT},
                             independents=independents)
    found = analyse_house(session, question, country, limit)
    game, winning, spec = found.report.game, found.report.minimal, found.seats.house
    record = found.seats.record
    rest = {p: n for p, n in game.seats.items() if p not in excluded}
    in_play = _indices(Game(rest, game.quota), limit, independents) if sum(rest.values()) >= game.quota and rest else None
    return CoalitionView(spec.code, spec.name, _iso(on), game.seats, game.quota, spec.seats, game.total, excluded,
                         required, sorted(tuple(sorted(p)) for p in found.seats.apart), winning[:shown], len(winning),
                         found.report.indices, in_play, sum(rest.values()), not seats, independents,
                         record.election if record else None, dict(record.tally) if record else None,
                         record.moves if record else ())


def _indices(game: Game, limit: int, independents: str = "single") -> dict[str, dict[str, Fraction]]:
    try:
        return house_indices(game, independents, limit)
    except CoalitionError:
        return {i: {} for i in INDICES}


# --------------------------------------------------------------------------- events with their sources

def event_pages(session: Session, where: EventFilter, limit: int, offset: int) -> Page:
    """A page of stored events (see `listing.event_page`)."""
    return event_page(session, where, limit, offset)


@dataclass(frozen=True)
class ReviewView:
    """A page of events to review, with what analysts already said about them."""

    page: Page
    verdicts: dict[int, str]   # event id -> "confirm" or "reject", for the events of the page


def review_view(session: Session, where: EventFilter, limit: int, offset: int) -> ReviewView:
    """A page of stored events and the analysts' verdicts on them (corrections matched as the record does)."""
    page = event_page(session, where, limit, offset)
    now = applied(session)
    verdicts = {s.id: "reject" if s.id in now.rejected else "confirm" for s in page.items
                if s.id in now.rejected or s.id in now.confirmed}
    return ReviewView(page, verdicts)


def coalition_pairs(session: Session, house: str, on: date, country: str) -> tuple[str, list[Tie]]:
    """Which parties govern together in a house's scope on a day: (scope, the government ties in force).

    Read from the dated governments (`record.governments`: opened by a join or an agreement, closed by a
    leave, a rejection or a new government after an election), so a pair that ended before the day is
    not in the answer -- the undated latest-act-per-pair reading listed pairs long over as if they held."""
    registry = load_registry(country)
    check_question(registry, house, on)
    [scoped] = governments(session, registry, country, house, on)
    return scoped.scope, [t for t in scoped.ties if t.covers(on.isoformat())]


@dataclass(frozen=True)
class EventFilter:
    """The filters of ``allegiance events``; None means no filter."""

    type: str | None = None
    party: str | None = None
    person: str | None = None
    since: date | None = None
    until: date | None = None
    status: str | None = None
    min_sources: int = 1


def event_page(session: Session, where: EventFilter, limit: int, offset: int = 0, latest_first: bool = False) -> Page:
    """Events matching every filter (as ``allegiance events``: a person by id or any spelling), by date then
    id (or latest first), one page of them, with the total."""
    person = event_person(session, where.person)
    filters = dict(type=where.type, party=where.party, person=person, since=where.since, until=where.until,
                   status=where.status, min_sources=where.min_sources)
    items = find_events(session, limit=limit, offset=offset, latest_first=latest_first, **filters)
    return Page(items, count_events(session, **filters), limit, offset)


# --------------------------------------------------------------------------- governments over time

@dataclass(frozen=True)
class TieBar:
    """A tie drawn on a timeline: where its bar starts and how wide it is, in % of the scope's span."""

    tie: Tie
    left: float
    width: float


@dataclass(frozen=True)
class GovernmentsView:
    """The governments page: per scope, its dated ties as bars, and what held on the day asked."""

    on: str | None
    house: str | None
    scopes: list[tuple[ScopeGovernments, list[TieBar], str, str]]   # (scope, bars, first day, last day)


def governments_view(session: Session, house: str | None, on: date | None, country: str) -> GovernmentsView:
    """Every scope's governments (or the house's), each tie placed on a timeline from the first opening to the
    day asked (default: today)."""
    registry = load_registry(country)
    end = (on or date.today()).isoformat()
    scopes = []
    for scope in governments(session, registry, country, house, on):
        ties = [*scope.ties, *scope.alliances]
        if not ties:
            scopes.append((scope, [], end, end))
            continue
        first = min(t.start.date for t in ties)
        span = max(1, (date.fromisoformat(end) - date.fromisoformat(first)).days)

        def offset(day: str) -> float:
            return round(100 * (date.fromisoformat(min(day, end)) - date.fromisoformat(first)).days / span, 2)

        bars = [TieBar(t, offset(t.start.date), max(0.5, offset(t.end.date if t.end else end) - offset(t.start.date)))
                for t in ties]
        scopes.append((scope, bars, first, end))
    return GovernmentsView(on.isoformat() if on else None, house, scopes)
