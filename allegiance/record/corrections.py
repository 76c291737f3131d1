"""Analyst corrections: what a human says about the extracted record, kept apart from it.

A correction is a row of the ``corrections`` table; extracted events and the
articles stay exactly as extracted. The record (``record/derive.py``) applies the
corrections every time it is derived or read, so they survive new ingests and
``ingest(..., reprocess=True)``:

* ``confirm`` / ``reject`` an event. Reprocessing re-creates events with new
  row ids, so the correction stores the event's identity (its article's content
  hash, type, actor, party, post, counterpart, action and evidence offsets) and
  is matched again against the current events. A rejected event is left out of
  facts, memberships and flows; a confirmed one marks its fact ``confirmed``.
  The latest of confirm / reject about one event wins.
* ``merge`` two persons (the other's events carry the kept id), ``split`` some
  spellings off a person into a person of their own, ``rename`` a person.
  Applied after entity resolution, in the order they were made.

``undo`` deletes a correction; the record follows at once.
"""
from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy.orm import Session

from ..errors import CorrectionError
from ..model import PERSON_TYPES
from ..store.queries import (StoredCorrection, add_correction, correction_rows, dated_events, delete_correction,
                             delete_persons, event_identity, get_event, person_rows)
from .derive import applied, refresh, spelled, subject_of
from .resolve import person_id


# --------------------------------------------------------------------------- making corrections

def confirm_event(session: Session, event_id: int, note: str | None = None) -> StoredCorrection:
    """Say an event is right: its fact is marked ``confirmed`` (survives reprocess)."""
    return _event_correction(session, "confirm", event_id, note)


def reject_event(session: Session, event_id: int, note: str | None = None) -> StoredCorrection:
    """Say an event is wrong: it is left out of facts, memberships and flows (survives reprocess)."""
    return _event_correction(session, "reject", event_id, note)


def _event_correction(session: Session, kind: str, event_id: int, note: str | None) -> StoredCorrection:
    identity = event_identity(session, event_id)
    if identity is None:
        raise CorrectionError(f"no event {event_id} in the record; event ids are numbers (see `allegiance events`)")
    for made in correction_rows(session):  # the same act reviewed again: nothing new is stored (idempotent)
        if made.kind == kind and made.payload.get("event") == identity:
            return made
    found = add_correction(session, kind, str(event_id), {"event": identity}, note)
    _refresh(session, {_event_subject(session, event_id)})
    return found


def merge_persons(session: Session, keep_id: str, other_id: str, note: str | None = None) -> StoredCorrection:
    """Say two persons are one: ``other_id``'s events carry ``keep_id`` from now on."""
    known = _known_persons(session)
    for pid in (keep_id, other_id):
        _check_person(pid, known)
    now = applied(session)
    if now.person(keep_id) == now.person(other_id):
        raise CorrectionError(f"{keep_id} and {other_id} are already one person")
    found = add_correction(session, "merge", other_id, {"keep": keep_id, "other": other_id}, note)
    _refresh(session, {keep_id, other_id})
    return found


def split_person(session: Session, person_id_: str, names: Sequence[str], note: str | None = None) -> StoredCorrection:
    """Say some written forms of a person are someone else: they become a person of their own."""
    _check_person(person_id_, _known_persons(session))
    names = [n.strip() for n in names if n.strip()]
    if not names:
        raise CorrectionError("give the spellings to split off")
    spellings = _spellings(session, person_id_)
    unknown = [n for n in names if not any(spelled(s, [n]) for s in spellings)]
    if unknown:
        raise CorrectionError(f"{person_id_} is never written {', '.join(map(repr, unknown))}; its spellings are "
                              f"{', '.join(map(repr, sorted(spellings))) or 'none'}")
    if all(any(spelled(s, [n]) for n in names) for s in spellings):
        raise CorrectionError(f"those are every spelling of {person_id_}; nothing would be left (rename instead?)")
    name = max(names, key=lambda n: (len(n.split()), len(n), n))
    new = person_id(name)
    if new in _known_persons(session):
        new = "p-" + hashlib.sha1(repr((person_id_, sorted(names))).encode()).hexdigest()[:12]
    found = add_correction(session, "split", person_id_, {"person": person_id_, "names": names, "new": new,
                                                          "name": name}, note)
    _refresh(session, {person_id_, new})
    return found


def rename_person(session: Session, person_id_: str, name: str, note: str | None = None) -> StoredCorrection:
    """Give a person the name the record should show."""
    _check_person(person_id_, _known_persons(session))
    if not name.strip():
        raise CorrectionError("give a name")
    renames = [c for c in correction_rows(session) if c.kind == "rename" and c.target == person_id_]
    if renames and renames[-1].payload.get("name") == name.strip():
        return renames[-1]  # renamed to this name already: nothing new is stored (idempotent)
    found = add_correction(session, "rename", person_id_, {"name": name.strip()}, note)
    _refresh(session, {person_id_})
    return found


def list_corrections(session: Session) -> list[StoredCorrection]:
    """Every correction, oldest first."""
    return correction_rows(session)


def undo(session: Session, correction_id: int) -> StoredCorrection:
    """Delete a correction; the record is as if it was never made. Returns the removed correction."""
    found = delete_correction(session, correction_id)
    if found is None:
        raise CorrectionError(f"no correction {correction_id}; see `allegiance review list`")
    if found.kind == "split":
        delete_persons(session, [found.payload["new"]])
    _refresh(session)
    return found


# --------------------------------------------------------------------------- helpers

def _known_persons(session: Session) -> set[str]:
    return {pid for pid, _name, _aliases in person_rows(session)} | set(applied(session).split_persons)


def _check_person(pid: str, known: set[str]) -> None:
    if pid not in known:
        raise CorrectionError(f"no person {pid!r} in the record; person ids start with p- "
                              "(see `allegiance person NAME --format json`)")


def _spellings(session: Session, pid: str) -> set[str]:
    """How the record writes a person now: actors of the events that belong to them."""
    now = applied(session)
    return {d.stored.event.actor for d in dated_events(session, PERSON_TYPES)
            if now.person(d.stored.person_id or person_id(d.stored.event.actor), d.stored.event.actor) == pid}


def _refresh(session: Session, subjects: set[str] | None = None) -> None:
    """Re-link persons and rebuild the derived record of ``subjects`` (all when None) in this transaction,
    so facts, memberships and flows follow the correction at once."""
    refresh(session, subjects=subjects)


def _event_subject(session: Session, event_id: int) -> str:
    """Whose record an event belongs to: its person, else its acting party."""
    return subject_of(get_event(session, event_id))
