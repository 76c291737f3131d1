"""Typed records that travel between the stages (read -> parse -> extract).

They are frozen dataclasses so that a stage can never mutate what an earlier
stage handed it; ORM rows and API schemas are separate types built from these.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

EventType = Literal["leave_party", "join_party", "resign_post", "expel", "coalition", "seat_result"]
EVENT_TYPES: tuple[str, ...] = ("leave_party", "join_party", "resign_post", "expel", "coalition", "seat_result")
Status = Literal["fact", "possible", "denied"]
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
    """One act reported in one article (see GUIDELINE.md for the fields)."""

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

    def key(self) -> tuple[Any, ...]:
        """Identity of the act within one document, used to drop duplicates."""
        if self.type == "coalition":
            return (self.type, self.actor, self.counterpart, self.action)
        if self.type == "seat_result":
            return (self.type, self.actor, self.house)
        if self.type == "resign_post":
            return (self.type, self.actor.lower(), (self.post or "").lower())
        return (self.type, self.actor.lower(), self.party)

    def to_dict(self) -> dict[str, Any]:
        """The machine-readable contract of DESIGN.md: GUIDELINE fields + evidence + confidence."""
        out = asdict(self)
        out["evidence"] = asdict(self.evidence)
        return out


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
