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
    it is set after every ingest by entity resolution (``allegiance/resolve.py``
    through ``record.refresh_record``). Indexed on type, party, date,
    actor and person_id, the common filters.

``persons``
    One real person: ``id`` (stable text id), ``name`` (fullest form),
    ``aliases`` (JSON list of other written forms).

``corrections``
    What a human said about the extracted record: ``kind`` is confirm,
    reject, merge, split or rename; ``target`` names what it applies to (an
    event id, a person id); ``payload`` is JSON; ``note`` is free text. Kept
    apart from extracted data: re-ingest and reprocess never touch it.

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

from sqlalchemy import JSON, CheckConstraint, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
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
        Index("ix_events_type_date", "type", "date"),
        Index("ix_events_party_date", "party", "date"),
        Index("ix_events_counterpart", "counterpart"),
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
    status: Mapped[str] = mapped_column(String(16))
    confidence: Mapped[float] = mapped_column(Float)
    evidence_sentence: Mapped[str] = mapped_column(Text)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(String(128))
    extractor_version: Mapped[str] = mapped_column(String(32))
    person_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))

    article: Mapped[ArticleRow] = relationship(back_populates="events")


class PersonRow(Base):
    """A resolved person; filled by entity resolution, not by ingest."""

    __tablename__ = "persons"

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
