"""Extraction: a parsed article in, sourced allegiance events out.

Stages, per article:
  1. select the sentences that can carry an event (party aliases, trigger
     words, seat numbers) -- cheap string work on the raw text;
  2. parse those sentences (with a little context) through the spaCy
     pipeline of ``allegiance.extractor.nlp``;
  3. run each rule family (membership, posts, coalition, seats, Urdu);
  4. resolve dates and status, drop duplicates within the article;
  5. let the learned judge (``judge.py``) keep the candidates it believes.

``mode="full"`` parses every sentence instead of step 1; it is kept to prove
that the selection loses nothing (see benchmarks/throughput.py).
"""
from __future__ import annotations

import logging
import os
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..country.lexicon import load_lexicon
from ..country.registry import DEFAULT_COUNTRY, load_registry
from ..model import Article, Event
from ..read import without_surrogates
from . import (coalition, disowned_posts, farewells, ellipsis_moves, expel, listing, membership, pairs, party_names, posts, readmissions, reserved,
               roman_quotes, seat_houses, seats, stays, such_denials, tickets, urdu, urdu_seats)
from .base import TEXT_KEY, Article as ParsedArticle
from .coalition_scope import government_in_text
from .cross_links import cross_link_spans, drop_cross_link_parties, outside_cross_links, without_cross_link_events
from .story_time import act_bounds, filed_on, lead_date, time_marks
from .story_days import election_dates, resignation_day
from .cross_script import without_urdu_twins
from .story_memory import DEFERRED_KEY, Deferred
from .clock_entries import clock_days
from .day_headers import day_headers, polling_day
from .answered_moves import answered_moves
from .interviews import interview_day_in, question_spans
from .judge import Judge, shipped_judge
from .nlp import build_pipeline, headline_case, one_blas_thread, plain_bullets
from .launches import launched_in
from .new_party_refs import initials_used_alone, kind_references, mark_kind_references, unknown_names
from .party_names import NEW_PARTY, defined_new_acronyms, is_acronym, leader_surnames, mark_defined_acronyms, mark_leader_surnames
from .short_names import first_words, mark_short_names, short_names
from .select import Chunk, all_chunks, candidate_chunks, event_words
from .settle import (_new_party_names, _party_core, fill_government, finalise, fullest_names, name_new_parties, unparsed_full_names,
                     without_named_groups, without_quit_leaves, without_restated_stays)
from .triggers import phrase_matcher

EXTRACTOR_VERSION = "0.1.0"
log = logging.getLogger(__name__)

PARSE_BATCH = 32  # pieces per batch of the network: over the 400 throughput texts 32 ran 6% faster than 64, 256 20% slower


class Extractor:
    """Holds the pipeline and lexicon; one per process, reused across articles."""

    def __init__(self, country: str = DEFAULT_COUNTRY, mode: str = "select", judged: bool = True,
                 training: bool = False, max_parse_chars: int | None = None):
        """`judged`: let the shipped judge decide (rules alone when False or when none is shipped);
        `training`: the judge is off and every candidate keeps the cues the judge learns from;
        `max_parse_chars`: the parse budget of one article (default: $ALLEGIANCE_MAX_PARSE_CHARS or 100,000)."""
        if mode not in ("select", "full"):
            raise ValueError(f"mode must be 'select' or 'full', not {mode!r}")
        self.nlp: Language = build_pipeline(country, fast=(mode == "select"))
        self.ruler = self.nlp.get_pipe("allegiance_parties")  # an article's party names are searched once, here
        self.lex = load_lexicon("en")
        self.mode = mode
        self.matcher = phrase_matcher(self.nlp, self.lex)
        self.trigger_words = event_words(self.lex)
        self.country = country
        self.registry = load_registry(country)
        self.registered = frozenset(self.registry.parties)
        self.first_words = first_words(self.registry, set(self.lex["party_generic_words"]))
        self.taken_codes = self.registered | {alias.upper() for party in self.registry.parties.values()
                                              for alias in party.aliases if is_acronym(alias)}  # a made-up code must not read as a known party
        self.headline_keep = frozenset(piece for code in self.registered for piece in re.findall(r"[A-Za-z]+", code))
        self.judge: Judge | None = shipped_judge() if judged and not training else None
        self.training = training
        self.max_parse_chars = max_parse_chars or parse_budget()

    def extract(self, article: Article) -> list[Event]:
        return next(iter(self.extract_many([article])))

    def extract_many(self, articles: Iterable[Article], batch_size: int = 64) -> Iterator[list[Event]]:
        """Events per article, in input order. The selected text of ``batch_size`` articles goes
        through the pipeline in one stream, so the network sees full batches of ``PARSE_BATCH`` pieces."""
        for group in _groups((_as_filed(_parsable(a)) for a in articles), batch_size):
            pieces = [self._chunks(article) for article in group]
            group = [_within_budget(article, cut) for article, (_kept, cut) in zip(group, pieces)]
            chunks = [(i, chunk) for i, (kept, _cut) in enumerate(pieces) for chunk in kept]
            aliases = [self.ruler.matches(article.text) for article in group]
            per_article: list[list[tuple[Chunk, Doc]]] = [[] for _ in group]
            with one_blas_thread():  # the group is parsed whole here, before any article is yielded
                docs = self.nlp.pipe(self._chunk_docs(chunks, aliases), batch_size=PARSE_BATCH)
                for (i, chunk), doc in zip(chunks, docs):
                    per_article[i].append((chunk, doc))
            for article, parsed, found in zip(group, per_article, aliases):
                try:
                    yield self._article_events(article, parsed, found)
                except Exception:  # a rule's bug must not cost the rest of the batch its events
                    log.exception("extraction failed on %s; its events are skipped (please report this article)",
                                  article.source or article.doc)
                    yield []

    def _chunk_docs(self, chunks: list[tuple[int, Chunk]], aliases: list[list[tuple[int, int, str, str]]]) -> Iterator[Doc]:
        """Each piece to parse as a document that carries the party names its article was found to hold there:
        the party component takes them instead of searching the piece's text a second time. The text parsed
        is kept as the document's (`doc_text`): spaCy's tokens keep every character, so it is the text they
        would join, and no component joins it from the tokens again."""
        for i, chunk in chunks:
            text = headline_case(plain_bullets(chunk.text), self.lex, self.headline_keep)
            doc = self.nlp.make_doc(text)
            doc.user_data[TEXT_KEY] = text
            end = chunk.start + len(chunk.text)
            doc.user_data[party_names.FOUND_KEY] = [(start - chunk.start, stop - chunk.start, kind, code)
                                                    for start, stop, kind, code in aliases[i] if chunk.start <= start and stop <= end]
            yield doc

    def _article_events(self, article: Article, parsed: list[tuple[Chunk, Doc]], aliases: list[tuple[int, int, str, str]]) -> list[Event]:
        context = self._article_context(article, aliases)
        events: list[Event] = []
        starts = [start for start, _code in context["parties"]]
        for chunk, doc in parsed:
            before = bisect_left(starts, chunk.start)
            carried = context["parties"][before - 1][1] if before else None
            events += self._rules(article, chunk, doc, carried, context)
        events += urdu.extract_urdu(article, self.country) + urdu_seats.extract_urdu_seats(article, self.country)
        events += answered_moves(article.doc, article.text, article.offset, context, context["aliases"], events, self.lex)
        skipped = [*context["cross_links"], *question_spans(article.text)]  # other stories' headlines, interviewers' questions
        events = without_cross_link_events(events, [(s + article.offset, e + article.offset) for s, e in skipped])
        names = list(dict.fromkeys(p.kb_id_ or p.text for _chunk, doc in parsed for p in doc.spans["persons"]))
        names += unparsed_full_names(article.text, events, names, self.lex)
        events = posts.drop_vague_posts(posts.drop_job_posts(events, self.lex), self.lex)
        canonical = _new_party_names(events)
        short_forms = {_party_core(name[len(NEW_PARTY):]): code for code, name in context["defined_parties"].items()}
        events = [name_new_parties(e, canonical, self.taken_codes, short_forms) for e in events]
        events = disowned_posts.settle_disowned(events, article.text, article.offset, article.published, self.lex)
        events = stays.stays_dated_by_resigning(events, article.text, article.offset)
        events = finalise(fullest_names(without_restated_stays(fill_government(without_named_groups(without_quit_leaves(events)), context)), names), article, self.lex)
        events = without_urdu_twins(events)
        events = posts.drop_bare_aide_posts(events, self.lex)  # after the names are one: "Zulfi Bukhari" is "Sayed Zulfiqar ..."
        events = posts.drop_vague_posts(events, self.lex)  # again, names now one: "Mr Ilyas ... left the cabinet" is the minister's
        kept = self.judge.keep(events) if self.judge is not None else events
        allocated = [*reserved.extract_reserved(article, context["aliases"], self.lex),
                     *reserved.extract_reserved_urdu(article, self.country)]
        kept = [*kept, *allocated]  # internal: not judged, never in the contract
        return [bounded(e, article.published) for e in kept]

    def _article_context(self, article: Article, found: list[tuple[int, int, str, str]]) -> dict:
        """What rules need from the whole article, read cheaply from its text: the parties in
        order (for 'the party'), the story's lead date, the election day, the governing party.
        ``found``: the party, house and scope names of the article (``PartyRuler.matches``)."""
        ruler = self.ruler
        context: dict = {"aliases": found,
                         "parties": [(start, code) for start, _end, kind, code in found if kind == "party" and code != "IND"],
                         "places": [(start, kind, code) for start, _end, kind, code in found if kind in ("house", "scope")]}
        context["cross_links"] = cross_link_spans(article.text, 0, self.lex)
        context["parties"] = outside_cross_links(context["parties"], context["cross_links"])
        context["article_offset"] = article.offset
        context["defined_parties"] = defined_new_acronyms(article.text, ruler)
        unknown = unknown_names(article.text, ruler)  # read once for both kinds of later mention
        context["defined_parties"].update(initials_used_alone(article.text, ruler, context["defined_parties"], unknown))
        context["party_kinds"] = kind_references(article.text, context["defined_parties"], found, unknown, ruler.unknown.heads)
        context["short_names"] = short_names(article.text, found, self.first_words)
        context["leader_surnames"] = leader_surnames(article.text, ruler)
        lead = lead_date(article.text, article.published, self.trigger_words)
        if lead is not None:
            context["lead_date"] = lead.isoformat()
        context["time_marks"] = time_marks(article.text, article.published, self.lex["date_narrative_openers"])
        context["day_headers"] = day_headers(article.text, article.published) or clock_days(article.text, article.published)
        context["article_text"] = article.text
        context["party_leaders"] = ruler.leaders
        government = government_in_text(article.text, found, article.published)
        if government:
            context["government"] = government
        if article.published is not None:  # who led each scope's government when the story appeared
            context["leaders"] = {scope: self.registry.leader_on(scope, article.published) for scope in self.registry.scopes}
            if lead is not None and lead < article.published:  # a caretaker's first day: 'the ruling party' of an act
                context["leaders"] = {scope: leader or self.registry.leader_on(scope, lead)  # the day before is the outgoing one
                                      for scope, leader in context["leaders"].items()}
        context[DEFERRED_KEY] = self._deferred_context(article, found, context["day_headers"])
        return context

    def _deferred_context(self, article: Article, found: list[tuple[int, int, str, str]], headers) -> Deferred:
        """The story facts only seat, resignation and interview rules read (``story_memory``)."""
        text, published, lex = article.text, article.published, self.lex
        deferred = Deferred()
        deferred.add(["titled_houses"], lambda: {"titled_houses": seat_houses.titled_house_starts(text, found)})
        deferred.add(["passing_scopes"], lambda: {"passing_scopes": seat_houses.passing_scope_starts(text, found, lex)})
        deferred.add(["other_houses", "constituency_house", "vote_date"], lambda: seat_houses.article_context(text, published, lex))
        deferred.add([farewells.MEMORY_KEY], lambda: farewells.farewell_parties(text, found, lex))
        deferred.add(["interview_day"], lambda: {"interview_day": interview_day_in(text, published)})
        deferred.add(["resignation_date"], lambda: _day_entry("resignation_date", resignation_day(text, published)))
        deferred.add(["election_date"], lambda: _day_entry("election_date", _election_day(text, published, headers)))
        return deferred

    def _chunks(self, article: Article) -> tuple[list[Chunk], int | None]:
        """The pieces to parse within the article's parse budget, and where the text was cut
        (None when it was not): time and memory stay bounded on any input, while a news
        article is a few thousand characters."""
        chunks = all_chunks(article.text) if self.mode == "full" else candidate_chunks(article.text)
        kept, total = [], 0
        for chunk in chunks:
            total += len(chunk.text)
            if total > self.max_parse_chars and kept:
                log.warning("%s: parsed only the first %d characters of its candidate text (of %d); "
                            "set ALLEGIANCE_MAX_PARSE_CHARS to parse more", article.source or article.doc,
                            total - len(chunk.text), sum(len(c.text) for c in chunks))
                return kept, chunk.start
            kept.append(chunk)
        return kept, None

    def _sentence_events(self, art: ParsedArticle, sent: Span, roman: bool) -> list[Event]:
        """Every rule family's events of one sentence, in the order later families read earlier ones."""
        prior = art.memory.get("last_act")
        triggers = membership.find_triggers(art, sent, self.matcher)
        found = membership.extract_membership(art, sent, triggers)
        found += ellipsis_moves.moves_by_ellipsis(art, sent, found)
        found += expel.extract_expel(art, sent)
        found += readmissions.extract_readmissions(art, sent)
        found += posts.extract_posts(art, sent)
        found += stays.stays_after_resigning(art, sent, art.events + found)
        found += tickets.tickets_after_leaving(art, sent, found)
        found += such_denials.such_moves_denied(art, sent, art.events + found)
        found += coalition.extract_coalition(art, sent, self.matcher)
        if roman:
            found += roman_quotes.extract_roman_quotes(art, sent)
        found += listing.continue_list(art, sent, art.events, found, prior)
        if self.judge is not None or self.training:
            found = pairs.describe(art, sent, triggers, found)
        return found

    def _rules(self, article: Article, chunk: Chunk, doc: Doc, carried: str | None, memory: dict) -> list[Event]:
        mark_defined_acronyms(doc, memory.get("defined_parties", {}))
        mark_kind_references(doc, memory.get("party_kinds", {}))
        mark_short_names(doc, memory.get("short_names", {}))
        mark_leader_surnames(doc, memory.get("leader_surnames", {}))
        drop_cross_link_parties(doc, chunk.start, memory.get("cross_links", []))
        art = ParsedArticle(doc=doc, doc_id=article.doc, published=article.published, lex=self.lex,
                            offset=article.offset + chunk.start, text=chunk.text, carried_party=carried,
                            memory=memory)
        out: list[Event] = []
        roman = roman_quotes.has_roman_cues(chunk.text, self.lex)  # once per piece: most hold no Roman Urdu quote
        for sent in doc.sents:
            try:
                found = self._sentence_events(art, sent, roman)
            except Exception:  # a rule's bug costs its sentence, not the article's other events
                log.exception("%s: a rule failed on the sentence at character %d; its events are skipped "
                              "(please report this article)", article.source or article.doc, art.offset + sent.start_char)
                continue
            art.events.extend(found)
            out += found
        launched = launched_in(list(doc.spans["parties"]), self.lex)
        if launched:  # a party launched or the registry lacks, for "the new party" in a later chunk
            memory["last_new_party"] = launched[-1].kb_id_
        out += seats.extract_seats(art)
        return out


def _election_day(text: str, published: date | None, headers) -> date | None:
    """The story's election: a day it names for the polls, else the polling day its day headers give."""
    elections = election_dates(text, published)
    return elections[0] if elections else polling_day(text, headers)


def _day_entry(key: str, day: date | None) -> dict[str, str]:
    return {} if day is None else {key: day.isoformat()}


def bounded(event: Event, published: date | None) -> Event:
    """An undated event with the span its sentence gives ("last week", "in January"), so that a time window
    can tell where it may fall; a dated one, or one whose sentence gives no span, as it is."""
    if event.date:
        return event
    span = act_bounds(event.evidence.sentence, published)
    if span is None:
        return event
    return replace(event, date_after=span[0].isoformat(), date_before=span[1].isoformat())


def _within_budget(article: Article, cut: int | None) -> Article:
    """The article as far as it is parsed: the article-wide reads (parties in order, dates,
    Urdu passages) stop where the parse stopped."""
    return article if cut is None else replace(article, text=article.text[:cut])


def _as_filed(article: Article) -> Article:
    """The article dated by the day its dateline says it was filed ('LAHORE, June 11:' in the paper of June 12),
    from which its 'today' and its weekdays count."""
    filed = filed_on(article.text, article.published)
    return article if filed is None else replace(article, published=filed)


def _parsable(article: Article) -> Article:
    """Text given straight to the library (not through the reader) may hold lone surrogates."""
    clean = without_surrogates(article.text)
    return article if clean == article.text else replace(article, text=clean)


def _groups(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    group: list[Article] = []
    for item in items:
        group.append(item)
        if len(group) == size:
            yield group
            group = []
    if group:
        yield group




DEFAULT_PARSE_CHARS = 100_000


def parse_budget() -> int:
    """The parse budget of one article, in characters of candidate text."""
    raw = os.environ.get("ALLEGIANCE_MAX_PARSE_CHARS", "")
    try:
        return max(1_000, int(raw)) if raw.strip() else DEFAULT_PARSE_CHARS
    except ValueError:
        log.warning("ALLEGIANCE_MAX_PARSE_CHARS=%r is not a number; using %d", raw, DEFAULT_PARSE_CHARS)
        return DEFAULT_PARSE_CHARS


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
