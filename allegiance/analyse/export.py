"""Exports of the record to files other tools read: JSON Lines, CSV, Popolo JSON and GraphML.

Each function reads the record through a session and writes text to a stream
(a file opened for writing, or ``sys.stdout``). Output is deterministic: the
same record always gives the same bytes.

* ``export_jsonl``: one JSON object per stored event (by event id): the
  extraction contract (``Event.to_dict()``: type, actor, party ..., evidence
  {sentence, start, end, rule}, confidence) plus ``id``, ``person_id``,
  ``extractor_version``, ``rejected`` (true when an analyst rejected the event: it
  is in no fact, membership or flow) and ``article`` {id, doc, url, title, published}.
* ``export_csv``: the same, one row per event, evidence and article flattened
  into columns (`CSV_FIELDS`).
* ``export_popolo``: a Popolo (https://www.popoloproject.com) document with
  ``persons``, ``organizations`` (the parties of the country registry, plus any
  party code the record uses that the registry lacks), ``memberships`` and
  ``events`` (one per fact of the record). Fields beyond Popolo:

  - membership: ``start_date_certain`` / ``end_date_certain`` (False: the date
    is only "on or before", taken from an article's publication date),
    ``disputed`` (a source denies the opening or closing act), ``opened_by`` /
    ``closed_by`` (fact ids) and ``sources`` [{fact, event_id, doc, url}];
    ``start_date`` / ``end_date`` are left out when the record does not know
    them (a leave without a known join has no ``start_date``);
  - event: ``status`` (fact / possible / denied), ``conflict``,
    ``start_date_certain``, ``participants`` [{person_id | organization_id,
    name, role}] and ``sources`` [{event_id, doc, url, published, status,
    sentence}]; ``organization_id`` is the fact's party (or acting party for a
    coalition act, with ``counterpart_id`` the partner).
* ``export_graphml``: the person-party network: nodes ``person:<id>`` and
  ``party:<code>`` (key ``kind``, ``label``), ``membership`` edges person ->
  party (``start``, ``end``, ``start_certain``, ``end_certain``, ``status`` =
  open / closed, ``disputed``, ``opened_by`` / ``closed_by`` fact ids) and ``leave_party`` / ``expel`` edges person ->
  party for each such fact (``date``, ``date_certain``, ``status`` = the fact's status, ``fact``).
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
import xml.etree.ElementTree as ET
from datetime import date
from typing import Any, TextIO
from urllib.parse import quote

from sqlalchemy.orm import Session

from ..record.query import PERSON_TYPES, Fact, Membership, facts, memberships, rejected_events
from ..country.registry import DEFAULT_COUNTRY, load_registry
from ..store.queries import ArticleSource, StoredEvent, events_with_articles, person_rows

FORMATS = ("jsonl", "csv", "popolo", "graphml")
CSV_FIELDS = ["id", "doc", "type", "actor", "person_id", "party", "party_name", "counterpart", "counterpart_name",
              "action", "scope", "post", "seats",
              "house", "date", "status", "confidence", "evidence_sentence", "evidence_start", "evidence_end",
              "evidence_rule", "extractor_version", "rejected", "article_id", "article_doc", "article_url", "article_title",
              "article_published"]
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
MEMBERSHIP_TYPES = ("join_party", "leave_party", "expel")


# --------------------------------------------------------------------------- events: JSON Lines and CSV

def _event_dict(stored: StoredEvent, article: ArticleSource, rejected: frozenset[int]) -> dict[str, Any]:
    out = {"id": stored.id, **stored.event.to_dict(), "person_id": stored.person_id,
           "extractor_version": stored.extractor_version, "rejected": stored.id in rejected,
           "article": {"id": article.article_id, "doc": article.doc, "url": article.url, "title": article.title,
                       "published": _iso(article.published)}}
    return out


def export_jsonl(session: Session, out: TextIO) -> int:
    """One JSON object per stored event, by id; returns how many were written."""
    count, rejected = 0, rejected_events(session)
    for stored, article in events_with_articles(session):
        out.write(json.dumps(_event_dict(stored, article, rejected), ensure_ascii=False) + "\n")
        count += 1
    return count


def export_csv(session: Session, out: TextIO) -> int:
    """Every stored event as one CSV row (header `CSV_FIELDS`); returns how many rows were written."""
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    count, rejected = 0, rejected_events(session)
    for stored, article in events_with_articles(session):
        row = _event_dict(stored, article, rejected)
        evidence, art = row.pop("evidence"), row.pop("article")
        row.update({f"evidence_{k}": v for k, v in evidence.items()})
        row.update({f"article_{k}": v for k, v in art.items()})
        row["rejected"] = "yes" if row["rejected"] else "no"
        writer.writerow({k: "" if row.get(k) is None else row.get(k) for k in CSV_FIELDS})
        count += 1
    return count


# --------------------------------------------------------------------------- Popolo

def popolo(session: Session, country: str = DEFAULT_COUNTRY) -> dict[str, Any]:
    """The record as a Popolo document (a dict; see the module docstring for the fields beyond Popolo)."""
    registry = load_registry(country)
    articles = {a.article_id: a for _s, a in events_with_articles(session)}
    all_facts = facts(session)
    spans = memberships(session, [f for f in all_facts if f.type in MEMBERSHIP_TYPES])
    by_id = {f.id: f for f in all_facts}

    persons: dict[str, dict[str, Any]] = {}
    for pid, name, aliases in person_rows(session):
        persons[pid] = {"id": pid, "name": name, "other_names": [{"name": a} for a in sorted(set(aliases))]}
    for f in all_facts:  # events not linked to a stored person still name someone
        if f.type in PERSON_TYPES and f.subject not in persons:
            persons[f.subject] = {"id": f.subject, "name": f.name, "other_names": []}

    organizations: dict[str, dict[str, Any]] = {}
    for code, party in registry.parties.items():
        others = dict.fromkeys(n for n in (*party.aliases, *party.urdu) if n and n != party.name)
        organizations[code] = {"id": code, "name": party.name, "classification": "party",
                               "other_names": [{"name": n} for n in others]}
    used = {m.party for m in spans} | {p for f in all_facts for p in _parties_of(f)}
    for code in used - set(organizations):
        organizations[code] = {"id": code, "name": code, "classification": "party", "other_names": []}

    return {
        "persons": [persons[k] for k in sorted(persons)],
        "organizations": [organizations[k] for k in sorted(organizations)],
        "memberships": [_popolo_membership(m, by_id, articles) for m in
                        sorted(spans, key=lambda m: (m.person, m.party, m.start or "", m.end or "9999"))],
        "events": [_popolo_event(f, articles) for f in all_facts],
    }


def export_popolo(session: Session, out: TextIO, country: str = DEFAULT_COUNTRY) -> dict[str, int]:
    """Write the Popolo document as JSON; returns how many persons, organizations, memberships, events."""
    document = popolo(session, country)
    json.dump(document, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return {k: len(v) for k, v in document.items()}


def _parties_of(f: Fact) -> list[str]:
    if f.type == "coalition":
        return [p for p in (f.subject, f.counterpart) if p]
    return [f.party] if f.party else []


def _popolo_membership(m: Membership, by_id: dict[str, Fact], articles: dict[int, ArticleSource]) -> dict[str, Any]:
    ident = "m-" + hashlib.sha1(repr((m.person, m.party, m.start, m.end, m.opened_by, m.closed_by))
                                .encode()).hexdigest()[:12]
    out: dict[str, Any] = {"id": ident, "person_id": m.person, "organization_id": m.party, "role": "member"}
    if m.start:
        out["start_date"] = m.start
    if m.end:
        out["end_date"] = m.end
    out.update(start_date_certain=m.start_certain, end_date_certain=m.end_certain, disputed=m.disputed,
               opened_by=m.opened_by, closed_by=m.closed_by)
    out["sources"] = [{"fact": fid, "event_id": s.event_id, "doc": s.doc, "url": _url(articles, s.article_id, s.doc),
                       "note": s.sentence}
                      for fid in (m.opened_by, m.closed_by) if fid and fid in by_id for s in by_id[fid].sources]
    return out


def _popolo_event(f: Fact, articles: dict[int, ArticleSource]) -> dict[str, Any]:
    out: dict[str, Any] = {"id": f.id, "classification": f.type, "name": _event_name(f)}
    if f.when:
        out["start_date"] = f.when
    out.update(start_date_certain=f.date_certain, status=f.status, conflict=f.conflict)
    if f.type in PERSON_TYPES:
        participants = [{"person_id": f.subject, "name": f.name, "role": "actor"}]
        organization = f.party
    else:
        participants = [{"organization_id": f.subject, "name": f.name, "role": "actor"}]
        if f.counterpart:
            participants.append({"organization_id": f.counterpart, "name": f.counterpart, "role": "counterpart"})
        organization = f.subject
    if organization:
        out["organization_id"] = organization
    extras = {"counterpart_id": f.counterpart, "action": f.action, "post": f.post, "house": f.house,
              "seats": f.seats, "scope": f.scope}
    out.update({k: v for k, v in extras.items() if v is not None})
    out["participants"] = participants
    out["sources"] = [{"event_id": s.event_id, "doc": s.doc, "url": _url(articles, s.article_id, s.doc),
                       "note": s.sentence, "published": _iso(s.published), "status": s.status, "sentence": s.sentence}
                      for s in f.sources]
    return out


def _event_name(f: Fact) -> str:
    what = f.party or f.post or (f"{f.action} {f.counterpart}" if f.counterpart else f.action) or f.house or ""
    return f"{f.name} {f.type} {what}".strip()


def _url(articles: dict[int, ArticleSource], article_id: int, doc: str) -> str:
    """The article's URL, or a stable URN made from its document name when it has none (a file
    read from disk): every Popolo source can be cited."""
    article = articles.get(article_id)
    return article.url if article and article.url else "urn:allegiance:article:" + quote(doc, safe="")


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# --------------------------------------------------------------------------- GraphML

NODE_KEYS = [("kind", "string"), ("label", "string")]
EDGE_KEYS = [("kind", "string"), ("start", "string"), ("end", "string"), ("start_certain", "boolean"),
             ("end_certain", "boolean"), ("status", "string"), ("disputed", "boolean"), ("date", "string"),
             ("date_certain", "boolean"), ("fact", "string"), ("opened_by", "string"),
             ("closed_by", "string")]
_XML_INVALID = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def export_graphml(session: Session, out: TextIO) -> dict[str, int]:
    """The person-party network as GraphML; returns how many nodes and edges."""
    root = ET.Element("graphml", {"xmlns": GRAPHML_NS, "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
                                  "xsi:schemaLocation": f"{GRAPHML_NS} {GRAPHML_NS}/1.0/graphml.xsd"})
    for domain, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for name, kind in keys:
            ET.SubElement(root, _q("key"), {"id": f"{domain[0]}_{name}", "for": domain, "attr.name": name,
                                            "attr.type": kind})
    graph = ET.SubElement(root, _q("graph"), {"id": "allegiance", "edgedefault": "directed"})

    person_facts = facts(session, PERSON_TYPES)
    spans = memberships(session, [f for f in person_facts if f.type in MEMBERSHIP_TYPES])
    leaves = [f for f in person_facts if f.type in ("leave_party", "expel") and f.party]
    names = {pid: name for pid, name, _aliases in person_rows(session)}
    for f in person_facts:
        names.setdefault(f.subject, f.name)
    parties = sorted({m.party for m in spans} | {f.party for f in leaves})

    for pid in sorted(names):
        _node(graph, f"person:{pid}", {"kind": "person", "label": names[pid]})
    for code in parties:
        _node(graph, f"party:{code}", {"kind": "party", "label": code})
    edges = 0
    for m in sorted(spans, key=lambda m: (m.person, m.party, m.start or "", m.end or "9999")):
        _edge(graph, f"e{edges}", f"person:{m.person}", f"party:{m.party}",
              {"kind": "membership", "start": m.start, "end": m.end, "start_certain": m.start_certain,
               "end_certain": m.end_certain, "status": "closed" if m.end else "open", "disputed": m.disputed,
               "opened_by": m.opened_by, "closed_by": m.closed_by})
        edges += 1
    for f in leaves:
        _edge(graph, f"e{edges}", f"person:{f.subject}", f"party:{f.party}",
              {"kind": f.type, "date": f.when, "date_certain": f.date_certain, "status": f.status,
               "disputed": f.conflict, "fact": f.id})
        edges += 1

    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
    return {"nodes": len(names) + len(parties), "edges": edges}


def _q(tag: str) -> str:
    """Tags are written unqualified under the root's default namespace (``xmlns`` on <graphml>)."""
    return tag


def _clean(value: Any) -> str:
    """A value as XML text: booleans as GraphML wants them, characters XML cannot hold dropped
    (ElementTree escapes <, > and & itself)."""
    text = ("true" if value else "false") if isinstance(value, bool) else str(value)
    return _XML_INVALID.sub("", text)


def _data(parent: ET.Element, domain: str, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if value is not None:
            ET.SubElement(parent, _q("data"), {"key": f"{domain}_{name}"}).text = _clean(value)


def _node(graph: ET.Element, ident: str, values: dict[str, Any]) -> None:
    _data(ET.SubElement(graph, _q("node"), {"id": _clean(ident)}), "n", values)


def _edge(graph: ET.Element, ident: str, source: str, target: str, values: dict[str, Any]) -> None:
    _data(ET.SubElement(graph, _q("edge"), {"id": ident, "source": _clean(source), "target": _clean(target)}),
          "e", values)


# --------------------------------------------------------------------------- dispatch

def export(session: Session, fmt: str, out: TextIO, country: str = DEFAULT_COUNTRY) -> Any:
    """Write the record in one of `FORMATS` to ``out``; returns the writer's count(s)."""
    if fmt == "jsonl":
        return export_jsonl(session, out)
    if fmt == "csv":
        return export_csv(session, out)
    if fmt == "popolo":
        return export_popolo(session, out, country)
    if fmt == "graphml":
        return export_graphml(session, out)
    raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}")
