"""Typed records that travel between the stages (read -> parse -> extract -> ... -> record).

They are frozen dataclasses so that a stage can never mutate what an earlier
stage handed it; ORM rows and API schemas are separate types built from these.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Iterable, Literal


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and the noun agreeing with it: "1 fact", "2 facts", "0 coalitions"."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"

EventType = Literal["leave_party", "join_party", "resign_post", "expel", "coalition", "seat_result"]
EVENT_TYPES: tuple[str, ...] = ("leave_party", "join_party", "resign_post", "expel", "coalition", "seat_result")
# Acts the record keeps that are not GUIDELINE.md's: never written to the extraction contract (`contract_events`).
# seat_allocation: reserved seats an article says a party was allocated in a house (actor = party, seats, house,
# post = which seats: "women", "non-Muslims", "technocrats" or None).
INTERNAL_TYPES: tuple[str, ...] = ("seat_allocation",)
PERSON_TYPES: tuple[str, ...] = ("leave_party", "join_party", "resign_post", "expel")  # acts of a person, not a party
Status = Literal["fact", "possible", "denied"]
DateKind = Literal["exact", "on_or_before", "between"]
DATE_KINDS: tuple[str, ...] = ("exact", "on_or_before", "between")
CoalitionAction = Literal["join", "leave", "reject", "talks"]


@dataclass(frozen=True)
class Article:
    """One news text as read from disk or a feed, before any NLP.

    `offset` is where `text` starts inside the source as read (after a
    leading ``date YYYY-MM-DD`` marker, line endings normalised to ``\n``),
    so that evidence offsets point into what the user gave us.
    """

    doc: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None  # file path (and line for JSONL) it came from
    offset: int = 0


@dataclass(frozen=True)
class Evidence:
    """Where an event was read: the sentence, its character span in the article text, and the rule."""

    sentence: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class Event:
    """One act reported in one article (see GUIDELINE.md for the fields).

    ``type`` is one of GUIDELINE.md's six (``EVENT_TYPES``) or an internal type of the record
    (``INTERNAL_TYPES``): ``seat_allocation``, reserved seats allocated to the party ``actor`` in ``house``
    (``seats``; ``post`` says which: women, non-Muslims, technocrats). Internal events are stored and
    derived like the others but never written out as the contract: `contract_events` filters them.
    """

    doc: str
    type: str
    actor: str
    evidence: Evidence
    party: str | None = None
    counterpart: str | None = None
    action: str | None = None
    scope: str | None = None
    post: str | None = None
    seats: int | None = None
    house: str | None = None
    date: str | None = None
    status: str = "fact"
    confidence: float = 0.5
    # a party the registry does not know keeps its name beside a code made from it ("APP"), so that
    # a reader (and the registry's keeper) can tell which party it is
    party_name: str | None = None
    counterpart_name: str | None = None
    actor_name: str | None = None
    # Bounds of an act with no stated day, where its text gives them ("last week": between); a stored event
    # with neither is "on or before" its article's publication (see `date_kind`).
    date_after: str | None = None
    date_before: str | None = None
    # How the parse links the event's arguments, for the judge; never stored or written out.
    cues: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def key(self) -> tuple[Any, ...]:
        """Identity of the act within one document, used to drop duplicates."""
        if self.type == "coalition":
            return (self.type, self.actor, self.counterpart, self.action)
        if self.type == "seat_result":
            return (self.type, self.actor, self.house)
        if self.type == "seat_allocation":
            return (self.type, self.actor, self.house, self.post)
        if self.type == "resign_post":
            return (self.type, self.actor.lower(), (self.post or "").lower())
        return (self.type, self.actor.lower(), self.party)

    @property
    def date_kind(self) -> DateKind:
        """``exact`` (the text gives the day), ``between`` (it gives a span: "last week"), else ``on_or_before``
        (only that the act happened by the time it was reported)."""
        if self.date:
            return "exact"
        return "between" if self.date_after else "on_or_before"

    def to_dict(self) -> dict[str, Any]:
        """The machine-readable contract of DESIGN.md: GUIDELINE fields + evidence + confidence."""
        out = asdict(self)
        out.pop("cues")
        out["evidence"] = asdict(self.evidence)
        for name in ("party_name", "counterpart_name", "actor_name", "date_after", "date_before"):
            if out[name] is None:
                del out[name]  # only a party the registry lacks carries its name; only a bounded act its bounds
        return out


def contract_events(events: Iterable[Event]) -> list[Event]:
    """The events of DESIGN.md's extraction contract: GUIDELINE.md's six types, without the record's
    internal acts (``INTERNAL_TYPES``), which outside evaluations neither expect nor score."""
    return [e for e in events if e.type in EVENT_TYPES]


@dataclass(frozen=True)
class ReadProblem:
    """A piece of input that could not be read; reported, never raised across the batch."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


@dataclass
class ExtractionReport:
    """What a batch run produced: events, per-input problems and counts."""

    events: list[Event] = field(default_factory=list)
    problems: list[ReadProblem] = field(default_factory=list)
    articles: int = 0


# --------------------------------------------------------------------------- the record (record/)

@dataclass(frozen=True)
class Source:
    """One report of a fact: the event, its article and what it said."""

    event_id: int
    doc: str
    article_id: int
    date: str | None
    published: date | None
    status: str
    sentence: str


@dataclass(frozen=True)
class Fact:
    """One act merged across articles, with every source kept (never overwritten)."""

    id: str
    type: str
    subject: str              # person id (resolved, else derived from the name) or the acting party
    name: str                 # the person's or party's name as best written
    party: str | None
    post: str | None
    counterpart: str | None
    action: str | None
    house: str | None
    seats: int | None
    scope: str | None
    date: str | None          # earliest date a source gives
    first_reported: date | None
    status: str               # fact if any source says so, else possible, else denied
    conflict: bool            # some sources report the act, others deny it
    sources: tuple[Source, ...]
    confirmed: bool = False   # an analyst confirmed one of its sources (corrections.confirm_event)
    date_after: str | None = None    # the act's span: on or after (a bound its text gives)
    date_before: str | None = None   # ... and on or before (the stated day, else the text's bound or first report)
    first_doc: str | None = None     # the earliest source: who reported it first
    first_url: str | None = None

    @property
    def source_count(self) -> int:
        return len(self.sources)

    @property
    def event_ids(self) -> tuple[int, ...]:
        return tuple(s.event_id for s in self.sources)

    @property
    def docs(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.doc for s in self.sources))

    @property
    def when(self) -> str | None:
        """The date to order by: the stated date, else the first article's date ("on or before")."""
        return self.date or self.date_before or (self.first_reported.isoformat() if self.first_reported else None)

    @property
    def date_certain(self) -> bool:
        return self.date is not None

    @property
    def date_kind(self) -> DateKind:
        """``exact``, ``between`` or ``on_or_before``, as for an `Event`."""
        if self.date:
            return "exact"
        return "between" if self.date_after else "on_or_before"


@dataclass(frozen=True)
class Membership:
    """A person in a party (Popolo style), with the facts that opened and closed it."""

    person: str                # person id
    name: str
    party: str
    start: str | None          # None: unknown (only a leave is known)
    start_certain: bool        # False: "on or before" start
    end: str | None            # None: still a member as far as the record knows
    end_certain: bool
    opened_by: str | None      # fact id
    closed_by: str | None
    disputed: bool = False     # an opening or closing fact is denied by some source
    start_after: str | None = None  # a bounded start's lower bound ("joined last month"); None: exact or open
    end_after: str | None = None

    def covers(self, day: str) -> bool:
        """Whether the record places the person in the party on ``day`` (end day excluded)."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def possibly_covers(self, day: str) -> bool:
        """Whether the person may have been in the party on ``day`` though the record does not place them
        there: the start is only bounded (on or before a later day, on or after ``start_after`` if known)."""
        return (not self.start_certain and self.start is not None and day < self.start
                and (self.start_after is None or self.start_after <= day) and (self.end is None or day < self.end))


# --------------------------------------------------------------------------- seats (record/seats.py -> analyse/)

@dataclass(frozen=True)
class SeatMove:
    """Seats crossing from one party to another, or falling vacant (``target`` None), with why.

    Moves read from the record carry the facts, events and sentences that
    justify them; ``applied`` and ``note`` say whether the arithmetic took the
    move and, when it did not, why (e.g. the party it leaves holds no seats).
    """

    source: str
    target: str | None
    seats: int = 1
    kind: str = "move"            # move, person, defection, join, leave, independents, resignation, by-election, reserved
    person: str | None = None
    date: str | None = None
    facts: tuple[str, ...] = ()
    events: tuple[int, ...] = ()
    sentences: tuple[str, ...] = ()
    applied: bool = True
    note: str = ""

    def as_dict(self) -> dict:
        """The move with its sources, for JSON (the CLI's and the API's shape)."""
        return {"kind": self.kind, "from": self.source, "to": self.target, "seats": self.seats, "person": self.person,
                "date": self.date, "applied": self.applied, "note": self.note or None,
                "sources": [{"fact": f, "sentence": t} for f, t in zip(self.facts, self.sentences)],
                "events": list(self.events)}

    def label(self) -> str:
        """``PPP -> PML-N (1)``, ``PML-N -> vacant (1)``; ``PPP (stays)`` for a leave with nowhere to go."""
        if self.target == self.source:
            return f"{self.source} (stays)"
        return f"{self.source} -> {self.target or 'vacant'} ({self.seats})"
