"""Extraction: a parsed article in, sourced allegiance events out.

Stages, per article:
  1. select the sentences that can carry an event (party aliases, trigger
     words, seat numbers) -- cheap string work on the raw text;
  2. parse those sentences (with a little context) through the spaCy
     pipeline of ``allegiance.nlp``;
  3. run each rule family (membership, posts, coalition, seats, Urdu);
  4. resolve dates and status, drop duplicates within the article.

``mode="full"`` parses every sentence instead of step 1; it is kept to prove
that the selection loses nothing (see benchmarks/throughput.py).
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

from rapidfuzz.fuzz import ratio as similarity
from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import load_lexicon
from ..nlp import build_pipeline
from ..model import PERSON_TYPES, Article, Event
from ..registry import DEFAULT_COUNTRY
from . import coalition, membership, posts, seats, urdu
from .base import Article as ParsedArticle
from .coalition import government_in_text
from .dates import election_dates, lead_date
from .select import Chunk, candidate_chunks, event_words
from .triggers import phrase_matcher

EXTRACTOR_VERSION = "0.1.0"
log = logging.getLogger(__name__)


class Extractor:
    """Holds the pipeline and lexicon; one per process, reused across articles."""

    def __init__(self, country: str = DEFAULT_COUNTRY, mode: str = "select"):
        if mode not in ("select", "full"):
            raise ValueError(f"mode must be 'select' or 'full', not {mode!r}")
        self.nlp: Language = build_pipeline(country, fast=(mode == "select"))
        self.lex = load_lexicon("en")
        self.mode = mode
        self.matcher = phrase_matcher(self.nlp, self.lex)
        self.trigger_words = event_words(self.lex)
        self.country = country

    def extract(self, article: Article) -> list[Event]:
        return next(iter(self.extract_many([article])))

    def extract_many(self, articles: Iterable[Article], batch_size: int = 64) -> Iterator[list[Event]]:
        """Events per article, in input order. The selected text of many articles goes
        through the pipeline in one stream, so the network sees full batches."""
        for group in _groups(articles, batch_size):
            chunks = [(i, chunk) for i, article in enumerate(group) for chunk in self._chunks(article)]
            docs = self.nlp.pipe((chunk.text for _i, chunk in chunks), batch_size=batch_size)
            per_article: list[list[tuple[Chunk, Doc]]] = [[] for _ in group]
            for (i, chunk), doc in zip(chunks, docs):
                per_article[i].append((chunk, doc))
            for article, parsed in zip(group, per_article):
                try:
                    yield self._article_events(article, parsed)
                except Exception:  # a rule's bug must not cost the rest of the batch its events
                    log.exception("extraction failed on %s; its events are skipped (please report this article)",
                                  article.source or article.doc)
                    yield []

    def _article_events(self, article: Article, parsed: list[tuple[Chunk, Doc]]) -> list[Event]:
        context = self._article_context(article)
        events: list[Event] = []
        for chunk, doc in parsed:
            carried = next((code for start, code in reversed(context["parties"]) if start < chunk.start), None)
            events += self._rules(article, chunk, doc, carried, context)
        events += urdu.extract_urdu(article, self.country)
        names = [p.kb_id_ or p.text for _chunk, doc in parsed for p in doc.spans["persons"]]
        return finalise(fullest_names(fill_government(events, context), names), article)

    def _article_context(self, article: Article) -> dict:
        """What rules need from the whole article, read cheaply from its text: the parties in
        order (for 'the party'), the story's lead date, the election day, the governing party."""
        ruler = self.nlp.get_pipe("allegiance_parties")
        found = ruler.matches(article.text)
        context: dict = {"parties": [(start, code) for start, _end, kind, code in found if kind == "party" and code != "IND"],
                         "places": [(start, kind, code) for start, _end, kind, code in found if kind in ("house", "scope")]}
        context["article_offset"] = article.offset
        lead = lead_date(article.text, article.published, self.trigger_words)
        if lead is not None:
            context["lead_date"] = lead.isoformat()
        elections = election_dates(article.text, article.published)
        if elections:
            context["election_date"] = elections[0].isoformat()
        government = government_in_text(article.text, found)
        if government:
            context["government"] = government
        return context

    def _chunks(self, article: Article) -> list[Chunk]:
        if self.mode == "full":
            return [Chunk(0, article.text)]
        return candidate_chunks(article.text)

    def _rules(self, article: Article, chunk: Chunk, doc: Doc, carried: str | None, memory: dict) -> list[Event]:
        art = ParsedArticle(doc=doc, doc_id=article.doc, published=article.published, lex=self.lex,
                            offset=article.offset + chunk.start, carried_party=carried, memory=memory)
        out: list[Event] = []
        for sent in doc.sents:
            triggers = membership.find_triggers(art, sent, self.matcher)
            found = membership.extract_membership(art, sent, triggers)
            found += posts.extract_posts(art, sent)
            found += coalition.extract_coalition(art, sent, self.matcher)
            found += membership.continue_list(art, sent, art.events) if not found else []
            art.events.extend(found)
            out += found
        out += seats.extract_seats(art)
        return out


def _groups(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    group: list[Article] = []
    for item in items:
        group.append(item)
        if len(group) == size:
            yield group
            group = []
    if group:
        yield group




def _name_words(name: str) -> list[str]:
    return [w for w in name.lower().replace(".", " ").split() if w not in ("dr", "mr", "engineer", "engr", "prof")]


def fullest_names(events: list[Event], names: list[str]) -> list[Event]:
    """Across the chunks of one article, 'Khalid Pervez' is the 'Shahzada Khalid Pervez'
    named earlier: every person takes the fullest form the article writes."""
    def fullest(actor: str) -> str:
        words = set(_name_words(actor))
        if len(words) < 2:
            return actor
        holders = {n for n in names if len(_name_words(n)) > len(words) and words <= set(_name_words(n))}
        if not holders:
            return actor
        longest = max(holders, key=lambda n: (len(_name_words(n)), n))
        if all(set(_name_words(h)) <= set(_name_words(longest)) for h in holders):
            return longest
        return actor  # two different people hold these words: leave the name as written
    return [replace(e, actor=fullest(e.actor)) if e.type in PERSON_TYPES else e for e in events]


def fill_government(events: list[Event], memory: dict) -> list[Event]:
    """'broke ranks with the government': the government is the party the article says leads it."""
    gov = memory.get("government")
    if gov is None:
        return events
    return [replace(e, counterpart=gov) if e.type == "coalition" and e.action == "leave" and e.counterpart is None
            and e.actor != gov else e for e in events]


def finalise(events: list[Event], article: Article) -> list[Event]:
    """One event per act and document: the first report wins, later ones fill a missing date."""
    kept: dict[tuple, Event] = {}
    for event in events:
        key = event.key()
        twin = _spelling_twin(event, kept)
        if twin is not None:
            key = twin
        if key not in kept:
            kept[key] = event
        elif kept[key].date is None and event.date is not None and kept[key].status == event.status:
            kept[key] = replace(kept[key], date=event.date)
    return list(kept.values())


GENERIC_POST_WORDS = {"of", "the", "for", "and", "party", "member", "former", "federal", "provincial", "a", "an"}


def _same_office(a: str | None, b: str | None) -> bool:
    wa = set((a or "").lower().split()) - GENERIC_POST_WORDS
    wb = set((b or "").lower().split()) - GENERIC_POST_WORDS
    return bool(wa & wb) and not ({"mna", "mpa", "senator"} & (wa ^ wb))


def _spelling_twin(event: Event, kept: dict[tuple, Event]) -> tuple | None:
    """'Noor Muhammad Dummar' and 'Noor Muhammad Domar' in one article are one person."""
    if event.type not in PERSON_TYPES:
        return None
    if event.type == "resign_post":
        for key, other in kept.items():
            if other.type == "resign_post" and other.actor == event.actor and _same_office(other.post, event.post):
                return key  # "KP chief minister" and "chief minister of Khyber Pakhtunkhwa"
    for key, other in kept.items():
        if other.type == event.type and other.party == event.party and other.actor != event.actor \
                and (event.type != "resign_post" or other.post == event.post) \
                and len(_name_words(other.actor)) == len(_name_words(event.actor)) >= 2 \
                and similarity(other.actor.lower(), event.actor.lower()) >= 88:
            return key
    return None


_DEFAULT: dict[tuple[str, str], Extractor] = {}


def get_extractor(country: str = DEFAULT_COUNTRY, mode: str = "select") -> Extractor:
    key = (country, mode)
    if key not in _DEFAULT:
        _DEFAULT[key] = Extractor(country, mode)
    return _DEFAULT[key]


def extract(text: str, published: date | str | None = None, doc: str = "text",
            country: str = DEFAULT_COUNTRY, mode: str = "select") -> list[Event]:
    """Events of one article given as a string; the library's simplest entry point."""
    if isinstance(published, str):
        published = date.fromisoformat(published)
    return get_extractor(country, mode).extract(Article(doc=doc, text=text, published=published))
