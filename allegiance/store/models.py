"""The tables of the record: what a user sees when opening the database file.

The SQLite file (or PostgreSQL database) is a documented artefact: open it in
any SQLite tool, ``sqlite3 allegiance.db``, Datasette or a notebook. Tables:

``articles``
    One news text as read. ``doc`` is the document id (file name without
    extension, or a JSONL record's ``id``); ``content_hash`` is the sha256 of
    ``text`` and is unique, so the same text is stored once however often it
    is ingested. ``text_offset`` is where ``text`` starts in the file as read
    (after a ``date YYYY-MM-DD`` marker), so evidence offsets point into the
    user's file. ``extractor_version`` names the extractor that produced the
    article's current events; ``ingested_at`` is UTC.

``events``
    One act reported in one article (fields of GUIDELINE.md). Provenance is a
    column: ``article_id`` (deleting an article deletes its events),
    ``evidence_sentence``, ``evidence_start``/``evidence_end`` (character
    offsets in the article text), ``rule`` and ``extractor_version``. ``date``
    is ISO text (``YYYY-MM-DD``) or NULL. ``person_id`` links to ``persons``;
    it is set after every ingest by entity resolution (``allegiance/record/resolve.py``
    through ``record.refresh_record``). Indexed on type, party, date,
    actor and person_id, the common filters. ``party_name`` / ``counterpart_name``
    (migration ``0009_party_names``) keep the name of a party the registry
    lacks, beside the code the extractor made from it (``APP``: "Awam
    Pakistan Party"); NULL for a registry party.

    ``date_kind`` says what is known of the act's day (migration ``0007_time_bounds``): ``exact`` (the text
    gives it: ``date``), ``between`` (the text bounds it: "last week", "in January": ``date_after`` to
    ``date_before``) or ``on_or_before`` (only its report: ``date_before`` = the article's publication,
    ``date_after`` NULL). A time window holds every event whose span meets it; ``date_before`` orders.

``persons``
    One real person: ``id`` (stable text id), ``name`` (fullest form),
    ``aliases`` (JSON list of other written forms).

``corrections``
    What a human said about the extracted record: ``kind`` is confirm,
    reject, merge, split or rename; ``target`` names what it applies to (an
    event id, a person id); ``payload`` is JSON; ``note`` is free text. Kept
    apart from extracted data: re-ingest and reprocess never touch it.

``facts``, ``fact_sources``, ``fact_parties``, ``memberships``, ``moves`` (migration ``0004_derived``)
    The record as derived from the events and corrections, kept up to date by
    ``record.refresh_record`` after every ingest, reprocess and correction
    (only the persons and parties an ingest touched are rebuilt). ``facts``:
    one act merged across articles (``id`` ``f-...``, ``type``, ``subject`` =
    person id or acting party, ``name``, ``party``, ``post``, ``counterpart``,
    ``action``, ``house``, ``seats``, ``scope``, ``date`` = earliest stated
    date, ``first_reported`` = earliest article date, ``first_doc`` / ``first_url`` =
    that article, ``date_kind`` / ``date_after`` / ``date_before`` = the act's span as for events, ``day`` = the date to
    order by (stated, else first reported), ``status``, ``conflict``,
    ``confirmed``, ``source_count``). ``fact_sources``: one row per event that
    reports a fact, with its sentence. ``fact_parties``: each party a fact
    involves (its party, counterpart, or the acting party), by day. ``memberships``: a person in a party
    from ``start`` to ``end`` (NULL: unknown / still a member), with
    ``start_certain`` / ``end_certain`` False for "on or before" bounds and
    the facts that opened and closed it. ``moves``: a person who left
    ``from_party`` on ``left_on`` and then joined ``to_party`` (the matter of
    flows).

``pending_articles`` (migration ``0006_pending_derive``)
    Derivation still to do: the id of each stored article whose subjects'
    derived rows have not been rebuilt yet. A row is written in the same
    transaction as its article and events, and deleted in the same
    transaction as the rebuild of those subjects, so derivation interrupted
    by a kill, a full disk or a lost connection is never forgotten: the next
    ingest, or the next command that opens the record, finishes it.

``watch_sources``, ``watch_urls`` (migration ``0008_watch``)
    What ``allegiance watch`` has seen of the outlets it follows. ``watch_sources``: one row per
    source URL of a SOURCES file, with ``last_read`` (UTC), ``status`` (ok or failed, with
    ``error``) and what its last round gave: pages ``listed``, ``new`` and ``changed`` articles,
    pages ``filtered`` out as not political, pages ``failed``; ``total_new`` counts every round.
    ``watch_urls``: one row per canonical URL fetched or listed: ``kind`` (home, feed, sitemap,
    listing, page), ``status`` (listed = still to fetch; stored, duplicate, filtered, unreadable,
    robots; failed = tried again next round; gone = 404 or 410; read), the validators of its last
    answer (``etag``, ``last_modified``) sent back as a conditional request, the ``content_hash``
    of the text read from it and the ``article_id`` it gave; ``first_seen`` / ``last_seen`` are UTC.

``record_meta``
    Key/value notes about the record itself; ``derived_stale`` = ``1`` when
    the derived tables must be rebuilt in full (after an upgrade from a
    schema that did not have them); ``pending_all`` = ``1`` when every
    person must be resolved again and the whole derived record rebuilt
    (written in the transaction that replaces an article's events, by
    ``ingest --reprocess``; deleted by the transaction that rebuilds).

``alembic_version``
    The schema revision (``0001_initial``, ``0002_views``, ...).

Views (created by migration ``0002_views``):

``v_defections``
    One row per person leaving a party and/or joining one, as reported in one
    article: ``person_id``, ``actor``, ``left_party``, ``joined_party``
    (NULL when the article reports only one side), ``date``, ``status``,
    ``doc``, ``article_id``.

``v_events_with_sources``
    Every event column with its article's ``url``, ``title`` and
    ``published`` date, for reading an event beside where it was reported.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (JSON, Boolean, CheckConstraint, Date, DateTime, Float, ForeignKey, Index, Integer, String,
                        Text, text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

CORRECTION_KINDS = ("confirm", "reject", "merge", "split", "rename")


class Base(DeclarativeBase):
    """Declarative base of every table of the record."""


class ArticleRow(Base):
    """A stored article; see the module docstring for the meaning of each column."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    text: Mapped[str] = mapped_column(Text)
    text_offset: Mapped[int] = mapped_column(Integer, default=0)
    extractor_version: Mapped[str] = mapped_column(String(32))
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    events: Mapped[list[EventRow]] = relationship(back_populates="article", cascade="all, delete-orphan",
                                                  passive_deletes=True, order_by="EventRow.id")


class EventRow(Base):
    """A stored event with its provenance; see the module docstring."""

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_type", "type"),
        Index("ix_events_party", "party"),
        Index("ix_events_date", "date"),
        Index("ix_events_actor", "actor"),
        Index("ix_events_person_id", "person_id"),
        Index("ix_events_article_id", "article_id"),
        Index("ix_events_counterpart", "counterpart"),
        # time windows and "latest" read by the act's latest possible day (migration 0007_time_bounds)
        Index("ix_events_before", "date_before"),
        Index("ix_events_type_before", "type", "date_before"),
        Index("ix_events_party_before", "party", "date_before"),
        Index("ix_events_counterpart_before", "counterpart", "date_before",
              sqlite_where=text("counterpart IS NOT NULL"), postgresql_where=text("counterpart IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    doc: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(Text)
    party: Mapped[str | None] = mapped_column(String(64))
    counterpart: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str | None] = mapped_column(String(32))
    scope: Mapped[str | None] = mapped_column(Text)
    post: Mapped[str | None] = mapped_column(Text)
    seats: Mapped[int | None] = mapped_column(Integer)
    house: Mapped[str | None] = mapped_column(String(64))
    date: Mapped[str | None] = mapped_column(String(10))
    date_kind: Mapped[str | None] = mapped_column(String(16), default="on_or_before")
    date_after: Mapped[str | None] = mapped_column(String(10))
    date_before: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(16))
    confidence: Mapped[float] = mapped_column(Float)
    evidence_sentence: Mapped[str] = mapped_column(Text)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(String(128))
    extractor_version: Mapped[str] = mapped_column(String(32))
    person_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    party_name: Mapped[str | None] = mapped_column(Text)
    counterpart_name: Mapped[str | None] = mapped_column(Text)

    article: Mapped[ArticleRow] = relationship(back_populates="events")


class PersonRow(Base):
    """A resolved person; filled by entity resolution, not by ingest."""

    __tablename__ = "persons"
    __table_args__ = (Index("ix_persons_name", "name"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    aliases: Mapped[list[Any]] = mapped_column(JSON, default=list)


class CorrectionRow(Base):
    """A human correction, stored apart from extracted data and never rewritten by ingest."""

    __tablename__ = "corrections"
    __table_args__ = (CheckConstraint("kind IN ('confirm', 'reject', 'merge', 'split', 'rename')",
                                      name="ck_corrections_kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    target: Mapped[str] = mapped_column(Text)
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    note: Mapped[str | None] = mapped_column(Text)


class FactRow(Base):
    """One act merged across articles (derived; rebuilt from events and corrections)."""

    __tablename__ = "facts"
    __table_args__ = (
        Index("ix_facts_subject_day", "subject", "day"),
        Index("ix_facts_type_day", "type", "day"),
        Index("ix_facts_party_day", "party", "day"),
        Index("ix_facts_type_action", "type", "action", sqlite_where=text("action IS NOT NULL"),
              postgresql_where=text("action IS NOT NULL")),
    )

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    type: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    party: Mapped[str | None] = mapped_column(String(64))
    post: Mapped[str | None] = mapped_column(Text)
    counterpart: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str | None] = mapped_column(String(32))
    house: Mapped[str | None] = mapped_column(String(64))
    seats: Mapped[int | None] = mapped_column(Integer)
    scope: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10))
    first_reported: Mapped[date | None] = mapped_column(Date)
    first_doc: Mapped[str | None] = mapped_column(Text)
    first_url: Mapped[str | None] = mapped_column(Text)
    day: Mapped[str | None] = mapped_column(String(10))
    date_kind: Mapped[str | None] = mapped_column(String(16), default="on_or_before")
    date_after: Mapped[str | None] = mapped_column(String(10))
    date_before: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(16))
    conflict: Mapped[bool] = mapped_column(Boolean)
    confirmed: Mapped[bool] = mapped_column(Boolean)
    source_count: Mapped[int] = mapped_column(Integer)


class FactSourceRow(Base):
    """One report of a fact: the event and what its article said (derived)."""

    __tablename__ = "fact_sources"
    __table_args__ = (Index("ix_fact_sources_event_id", "event_id"),)

    fact_id: Mapped[str] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(Integer)
    doc: Mapped[str] = mapped_column(Text)
    article_id: Mapped[int] = mapped_column(Integer)
    date: Mapped[str | None] = mapped_column(String(10))
    published: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    sentence: Mapped[str] = mapped_column(Text)


class FactPartyRow(Base):
    """A party a fact involves (its party, coalition counterpart, or acting party), for party questions by index."""

    __tablename__ = "fact_parties"
    __table_args__ = (Index("ix_fact_parties_party_day", "party", "day"),)

    fact_id: Mapped[str] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True)
    party: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[str | None] = mapped_column(String(10))
    date_after: Mapped[str | None] = mapped_column(String(10))


class MembershipRow(Base):
    """A person in a party from a start to an end, opened and closed by facts (derived)."""

    __tablename__ = "memberships"
    __table_args__ = (
        Index("ix_memberships_person", "person"),
        Index("ix_memberships_party_span", "party", "start", "end"),   # members on a day: counted from the index
        Index("ix_memberships_party_name", "party", "name", "person", "id"),  # a page of them by name, no sort
        Index("ix_memberships_party_end", "party", "end"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    party: Mapped[str] = mapped_column(String(64))
    start: Mapped[str | None] = mapped_column(String(10))
    start_certain: Mapped[bool] = mapped_column(Boolean)
    end: Mapped[str | None] = mapped_column(String(10))
    end_certain: Mapped[bool] = mapped_column(Boolean)
    start_after: Mapped[str | None] = mapped_column(String(10))
    end_after: Mapped[str | None] = mapped_column(String(10))
    opened_by: Mapped[str | None] = mapped_column(String(16))
    closed_by: Mapped[str | None] = mapped_column(String(16))
    disputed: Mapped[bool] = mapped_column(Boolean)


class MoveRow(Base):
    """A person who left one party and then joined another: one cell entry of the flows matrix (derived)."""

    __tablename__ = "moves"
    __table_args__ = (Index("ix_moves_left_on", "left_on"), Index("ix_moves_person", "person"),
                      Index("ix_moves_cell", "from_party", "to_party", "left_on", "left_after", "exact", "id",
                            "person", "name"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    from_party: Mapped[str] = mapped_column(String(64))
    to_party: Mapped[str] = mapped_column(String(64))
    left_on: Mapped[str] = mapped_column(String(10))
    left_after: Mapped[str | None] = mapped_column(String(10))
    exact: Mapped[bool | None] = mapped_column(Boolean, default=False)
    leave_fact: Mapped[str] = mapped_column(String(16))
    join_fact: Mapped[str] = mapped_column(String(16))


class PendingArticleRow(Base):
    """A stored article whose subjects' derived rows are still to be rebuilt (derivation to do, durable)."""

    __tablename__ = "pending_articles"

    article_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class RecordMetaRow(Base):
    """A note about the record itself (e.g. ``derived_stale``)."""

    __tablename__ = "record_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class WatchSourceRow(Base):
    """A followed source (a SOURCES line) and what its last round gave; see the module docstring."""

    __tablename__ = "watch_sources"

    url: Mapped[str] = mapped_column(Text, primary_key=True)
    last_read: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(Text)
    listed: Mapped[int] = mapped_column(Integer, default=0)
    new: Mapped[int] = mapped_column(Integer, default=0)
    changed: Mapped[int] = mapped_column(Integer, default=0)
    filtered: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    total_new: Mapped[int] = mapped_column(Integer, default=0)


class WatchUrlRow(Base):
    """A URL watch fetched or listed, with its validators and what it gave; see the module docstring."""

    __tablename__ = "watch_urls"
    __table_args__ = (Index("ix_watch_urls_source_status", "source", "status"),)

    url: Mapped[str] = mapped_column(Text, primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    content_hash: Mapped[str | None] = mapped_column(String(64))
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    error: Mapped[str | None] = mapped_column(Text)
