"""Atom feeds of the record's newest facts, per party and per person (``/feeds/party/PTI.atom``).

A desk subscribes to "every new move out of PTI" in any feed reader. Each entry is one fact: what
happened, its day, and the sentences it was read from; the feed is built by feedgen, which escapes
every text (a name or a sentence holding ``<script>`` or ``&`` stays text).
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timezone

from feedgen.feed import FeedGenerator
from sqlalchemy.orm import Session

from .. import __version__
from ..model import Fact
from ..record.query import find_person
from ..store.derived import FactFilter, newest_facts
from .views import find_party

FEED_ENTRIES = 50
_VERBS = {"leave_party": "left", "join_party": "joined", "expel": "was expelled from", "resign_post": "resigned as"}


def party_feed(session: Session, code: str, country: str, base_url: str, limit: int = FEED_ENTRIES) -> bytes:
    """The Atom feed of a party's newest facts; ``code`` in any case or an alias (else UnknownParty)."""
    party = find_party(code, country)
    found = newest_facts(session, FactFilter(party=party.code), limit)
    return facts_atom(f"{party.code}: newest facts", f"Party moves, coalitions and seats that involve {party.name}.",
                      f"{base_url}/feeds/party/{party.code}.atom", f"{base_url}/parties/{party.code}", found, base_url)


def person_feed(session: Session, person: str, base_url: str, limit: int = FEED_ENTRIES) -> bytes:
    """The Atom feed of a person's newest facts; ``person`` an id or a name (else UnknownPerson)."""
    pid = find_person(session, person)
    found = newest_facts(session, FactFilter(subject=pid), limit)
    name = found[0].name if found else pid
    return facts_atom(f"{name}: newest facts", f"Party moves and posts of {name}.",
                      f"{base_url}/feeds/person/{pid}.atom", f"{base_url}/persons/{pid}", found, base_url)


def facts_atom(title: str, subtitle: str, self_url: str, page_url: str, facts: Sequence[Fact],
               base_url: str) -> bytes:
    """An Atom document of ``facts`` (newest first), each linking to its subject's page."""
    feed = FeedGenerator()
    feed.id(self_url)
    feed.title(title)
    feed.subtitle(subtitle)
    feed.link(href=self_url, rel="self")
    feed.link(href=page_url, rel="alternate")
    feed.generator("allegiance", __version__)
    feed.updated(_moment(facts[0]) if facts else datetime.now(timezone.utc))
    for fact in reversed(facts):  # feedgen puts the entry added last first
        entry = feed.add_entry()
        entry.id(f"urn:allegiance:fact:{fact.id}")
        entry.title(fact_title(fact))
        entry.link(href=f"{base_url}/persons/{fact.subject}" if fact.type in _VERBS else page_url)
        entry.updated(_moment(fact))
        entry.content("\n".join(dict.fromkeys(s.sentence for s in fact.sources)), type="text")
    return feed.atom_str(pretty=True)


def fact_title(fact: Fact) -> str:
    """A fact as a headline: "Qasim Noor Baloch joined PPP (2024-03-05)"."""
    day = f" ({fact.date or fact.first_reported})" if (fact.date or fact.first_reported) else ""
    if fact.type == "resign_post":
        return f"{fact.name} resigned as {fact.post or 'a post'}{' of ' + fact.party if fact.party else ''}{day}"
    if fact.type in _VERBS:
        return f"{fact.name} {_VERBS[fact.type]} {fact.party or 'a party'}{day}"
    if fact.type == "coalition":
        return f"{fact.name}: coalition {fact.action or ''} {fact.counterpart or ''}".rstrip() + day
    if fact.type == "seat_allocation":
        return f"{fact.name}: {fact.seats} reserved seats {fact.house or ''}".rstrip() + day
    return f"{fact.name}: {fact.seats if fact.seats is not None else ''} seats {fact.house or ''}".rstrip() + day


def _moment(fact: Fact) -> datetime:
    """The fact's day (stated, else first reported) as the entry's time; now for an undated fact."""
    day: date | None = fact.first_reported
    if fact.date:
        try:
            day = date.fromisoformat(fact.date)
        except ValueError:
            pass
    return datetime.combine(day, time(), tzinfo=timezone.utc) if day else datetime.now(timezone.utc)
