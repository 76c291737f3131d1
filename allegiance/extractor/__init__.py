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

from rapidfuzz.fuzz import ratio as similarity
from spacy.language import Language
from spacy.tokens import Doc

from ..country.lexicon import load_lexicon
from ..country.registry import DEFAULT_COUNTRY, load_registry
from ..model import PERSON_TYPES, Article, Event
from ..read import without_surrogates
from . import coalition, expel, listing, membership, pairs, post_words, posts, reserved, seat_houses, seats, stays, tickets, urdu, urdu_seats
from .base import Article as ParsedArticle
from .coalition_scope import government_in_text
from .dates import _dateline_lede, act_bounds, date_expressions, election_dates, lead_date, resignation_day, time_marks
from .judge import Judge, shipped_judge
from .nlp import build_pipeline, headline_case
from .party_names import (NEW_PARTY, defined_new_acronyms, leader_surnames, mark_defined_acronyms, mark_leader_surnames,
                          split_party)
from .select import Chunk, all_chunks, candidate_chunks, event_words
from .triggers import phrase_matcher

EXTRACTOR_VERSION = "0.1.0"
log = logging.getLogger(__name__)


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
        self.lex = load_lexicon("en")
        self.mode = mode
        self.matcher = phrase_matcher(self.nlp, self.lex)
        self.trigger_words = event_words(self.lex)
        self.country = country
        self.registry = load_registry(country)
        self.registered = frozenset(self.registry.parties)  # codes a made-up code must not take
        self.headline_keep = frozenset(piece for code in self.registered for piece in re.findall(r"[A-Za-z]+", code))
        self.judge: Judge | None = shipped_judge() if judged and not training else None
        self.training = training
        self.max_parse_chars = max_parse_chars or parse_budget()

    def extract(self, article: Article) -> list[Event]:
        return next(iter(self.extract_many([article])))

    def extract_many(self, articles: Iterable[Article], batch_size: int = 64) -> Iterator[list[Event]]:
        """Events per article, in input order. The selected text of many articles goes
        through the pipeline in one stream, so the network sees full batches."""
        for group in _groups((_parsable(a) for a in articles), batch_size):
            pieces = [self._chunks(article) for article in group]
            group = [_within_budget(article, cut) for article, (_kept, cut) in zip(group, pieces)]
            chunks = [(i, chunk) for i, (kept, _cut) in enumerate(pieces) for chunk in kept]
            docs = self.nlp.pipe((headline_case(chunk.text, self.lex, self.headline_keep) for _i, chunk in chunks), batch_size=batch_size)
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
        starts = [start for start, _code in context["parties"]]
        for chunk, doc in parsed:
            before = bisect_left(starts, chunk.start)
            carried = context["parties"][before - 1][1] if before else None
            events += self._rules(article, chunk, doc, carried, context)
        events += urdu.extract_urdu(article, self.country) + urdu_seats.extract_urdu_seats(article, self.country)
        names = list(dict.fromkeys(p.kb_id_ or p.text for _chunk, doc in parsed for p in doc.spans["persons"]))
        names += unparsed_full_names(article.text, events, names, self.lex)
        events = posts.drop_vague_posts(events, self.lex)
        canonical = _new_party_names(events)
        events = [name_new_parties(e, canonical, self.registered) for e in events]
        events = finalise(fullest_names(without_restated_stays(fill_government(without_named_groups(without_quit_leaves(events)), context)), names), article)
        events = posts.drop_bare_aide_posts(events, self.lex)  # after the names are one: "Zulfi Bukhari" is "Sayed Zulfiqar ..."
        kept = self.judge.keep(events) if self.judge is not None else events
        allocated = [*reserved.extract_reserved(article, context["aliases"], self.lex),
                     *reserved.extract_reserved_urdu(article, self.country)]
        kept = [*kept, *allocated]  # internal: not judged, never in the contract
        return [bounded(e, article.published) for e in kept]

    def _article_context(self, article: Article) -> dict:
        """What rules need from the whole article, read cheaply from its text: the parties in
        order (for 'the party'), the story's lead date, the election day, the governing party."""
        ruler = self.nlp.get_pipe("allegiance_parties")
        found = ruler.matches(article.text)
        context: dict = {"aliases": found,
                         "parties": [(start, code) for start, _end, kind, code in found if kind == "party" and code != "IND"],
                         "places": [(start, kind, code) for start, _end, kind, code in found if kind in ("house", "scope")]}
        context["article_offset"] = article.offset
        context["defined_parties"] = defined_new_acronyms(article.text, ruler)
        context["leader_surnames"] = leader_surnames(article.text, ruler)
        context.update(seat_houses.article_context(article.text, article.published, self.lex))
        lead = lead_date(article.text, article.published, self.trigger_words)
        if lead is not None:
            context["lead_date"] = lead.isoformat()
        context["time_marks"] = time_marks(article.text, article.published, self.lex["date_narrative_openers"])
        context["article_text"] = article.text
        context["party_leaders"] = ruler.leaders
        resigned = resignation_day(article.text, article.published)
        if resigned is not None:
            context["resignation_date"] = resigned.isoformat()
        elections = election_dates(article.text, article.published)
        if elections:
            context["election_date"] = elections[0].isoformat()
        government = government_in_text(article.text, found)
        if government:
            context["government"] = government
        if article.published is not None:  # who led each scope's government when the story appeared
            context["leaders"] = {scope: self.registry.leader_on(scope, article.published) for scope in self.registry.scopes}
        return context

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

    def _rules(self, article: Article, chunk: Chunk, doc: Doc, carried: str | None, memory: dict) -> list[Event]:
        mark_defined_acronyms(doc, memory.get("defined_parties", {}))
        mark_leader_surnames(doc, memory.get("leader_surnames", {}))
        art = ParsedArticle(doc=doc, doc_id=article.doc, published=article.published, lex=self.lex,
                            offset=article.offset + chunk.start, text=chunk.text, carried_party=carried,
                            memory=memory)
        out: list[Event] = []
        for sent in doc.sents:
            prior = art.memory.get("last_act")
            triggers = membership.find_triggers(art, sent, self.matcher)
            found = membership.extract_membership(art, sent, triggers)
            found += expel.extract_expel(art, sent)
            found += posts.extract_posts(art, sent)
            found += stays.stays_after_resigning(art, sent, art.events + found)
            found += tickets.tickets_after_leaving(art, sent, found)
            found += coalition.extract_coalition(art, sent, self.matcher)
            found += listing.continue_list(art, sent, art.events, found, prior)
            if self.judge is not None or self.training:
                found = pairs.describe(art, sent, triggers, found)
            art.events.extend(found)
            out += found
        unknown = [p for p in doc.spans["parties"] if p.kb_id_.startswith(NEW_PARTY)]
        if unknown:  # a party the registry lacks, for "the new party" in a later chunk
            memory["last_new_party"] = unknown[-1].kb_id_
        out += seats.extract_seats(art)
        return out


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




def _name_words(name: str) -> list[str]:
    return [w for w in name.lower().replace(".", " ").split() if w not in ("dr", "mr", "engineer", "engr", "prof")]


def fullest_names(events: list[Event], names: list[str]) -> list[Event]:
    """Across the chunks of one article, 'Khalid Pervez' is the 'Shahzada Khalid Pervez'
    named earlier: every person takes the fullest form the article writes."""
    by_word: dict[str, set[str]] = {}
    for name in names:
        for word in _name_words(name):
            by_word.setdefault(word, set()).add(name)

    def fullest(actor: str) -> str:
        words = set(_name_words(actor))
        if len(words) < 2:
            return _titled_surname(actor, names)
        holders = set.intersection(*(by_word.get(w, set()) for w in words))
        holders = {n for n in holders if len(_name_words(n)) > len(words)}
        if not holders:
            return actor
        longest = max(holders, key=lambda n: (len(_name_words(n)), n))
        if all(set(_name_words(h)) <= set(_name_words(longest)) for h in holders):
            return longest
        return actor  # two different people hold these words: leave the name as written
    return [replace(e, actor=fullest(e.actor)) if e.type in PERSON_TYPES else e for e in events]


CAPITALISED_RUN = r"((?:[A-Z][a-z]+\s){1,5})"
SURNAME_TITLES = ("mr", "mrs", "ms", "dr", "miss")  # 'Mr Khan': a title before a surname alone


def unparsed_full_names(text: str, events: list[Event], names: list[str], lex) -> list[str]:
    """The full names of bare surnames ('Khoso, who defected') written in a sentence that was not
    parsed (no trigger in it): the capitalised run that ends with the surname, after the last title
    or role word in it ('former Sindh Minister Mir Shabbir Ali Khoso' -> 'Mir Shabbir Ali Khoso')."""
    stop = {w.lower() for key in ("roles", "office_title_words", "person_title_words", "portfolio_words", "name_stop_openers")
            for w in lex[key]}
    known = {_name_words(n)[-1] for n in names if len(_name_words(n)) >= 2}
    found: list[str] = []
    for word in {_bare_surname(e.actor) for e in events if e.type in PERSON_TYPES and e.actor}:
        if not word or word.lower() in known or not word[:1].isupper():
            continue
        for match in re.finditer(CAPITALISED_RUN + re.escape(word) + r"\b", text):
            parts = match.group(1).split()
            cut = max((k + 1 for k, w in enumerate(parts) if w.lower() in stop), default=0)
            if parts[cut:]:
                found.append(" ".join(parts[cut:] + [word]))
    return list(dict.fromkeys(found))


def _bare_surname(actor: str) -> str | None:
    """The surname an actor is written as alone: 'Khoso', or 'Mr Qureshi' after its title."""
    parts = actor.replace(".", " ").split()
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2 and parts[0].lower() in SURNAME_TITLES:
        return parts[1]
    return None


def _titled_surname(actor: str, names: list[str]) -> str:
    """'Mr Khan', 'Dr Awan': the news's second reference to the person it first named in full with that
    surname ('Noor Alam Khan ... Mr Khan said'), even when another Khan is named later; ``names`` are in
    the article's order. A bare word is the one person the article names in full with that surname
    ('Mir Shabbir Ali Khoso ... Khoso, who defected'), and stays as written when two or none are."""
    parts = actor.replace(".", " ").split()
    if len(parts) == 1:
        word = parts[0].lower()
        holders = {n for n in names if len(_name_words(n)) >= 2 and _name_words(n)[-1] == word}
        return holders.pop() if len(holders) == 1 else actor
    if len(parts) != 2 or parts[0].lower() not in SURNAME_TITLES:
        return actor
    surname = parts[1].lower()
    by_surname = next((n for n in names if len(_name_words(n)) >= 2 and _name_words(n)[-1] == surname), None)
    if by_surname is not None:
        return by_surname
    by_first = {n for n in names if len(_name_words(n)) >= 2 and _name_words(n)[0] == surname}
    return by_first.pop() if len(by_first) == 1 else actor  # 'Dr Saghir' for 'Dr Saghir Ahmed': the press's first-name style


def _party_core(name: str) -> str:
    return re.sub(r"\s+party$", "", name.strip(), flags=re.I).lower()


def _new_party_names(events: list[Event]) -> dict[str, str]:
    """One name per unknown party in an article, the fullest the chunks wrote ('Awaam Pakistan' and
    'Awaam Pakistan Party' are one party)."""
    best: dict[str, str] = {}
    for event in events:
        for field in ("party", "counterpart", "actor"):
            _code, name = split_party(getattr(event, field))
            if name is not None:
                core = _party_core(name)
                if len(name) > len(best.get(core, "")):
                    best[core] = name
    return best


def name_new_parties(event: Event, canonical: dict[str, str] | None = None,
                     registered: frozenset[str] = frozenset()) -> Event:
    """A party the registry lacks ("NEW:<name>" from the pipeline) becomes a code made from its
    name plus the name itself; the rule id says so, flagging the party for the registry. A made-up
    code that a registry party already holds ('Pakistan Progressive Party' -> 'PPP') takes a '-NEW'
    suffix, so that the record never files an unknown party under a known one."""
    changes = {}
    for field in ("party", "counterpart", "actor"):
        value = getattr(event, field)
        if field == "actor" and event.type in PERSON_TYPES:
            continue
        code, name = split_party(value)
        if name is not None and canonical:
            name = canonical.get(_party_core(name), name)
            code, name = split_party(NEW_PARTY + name)
        if name is not None:
            changes[field] = f"{code}-NEW" if code in registered else code
            changes[field + "_name"] = name
    if not changes:
        return event
    evidence = replace(event.evidence, rule=event.evidence.rule + "+party_unknown")
    return replace(event, evidence=evidence, **changes)


def fill_government(events: list[Event], memory: dict) -> list[Event]:
    """'broke ranks with the government': the government is the party the article says leads it, else
    the one the country's governments.tsv says led the event's scope when the story appeared."""
    def leader(e: Event) -> str | None:
        return memory.get("government") or memory.get("leaders", {}).get(e.scope or "national")
    # an approach by 'the government' ('حکومتی وفد نے ... پیشکش کی') is its leading party's; unknown, no one's
    events = [replace(e, actor=leader(e)) if e.evidence.rule.endswith(".by_government") else e for e in events]
    events = [e for e in events if not (e.evidence.rule.endswith(".by_government")
                                        and e.actor in (None, e.counterpart))]
    events = [replace(e, counterpart=leader(e)) if e.type == "coalition" and e.counterpart is None
              and (e.action == "leave" or e.evidence.rule.endswith(".government"))
              and leader(e) not in (None, e.actor) else e for e in events]
    # an act toward 'the government' whose leader is not known names no one
    events = [e for e in events if not (e.evidence.rule.endswith(".government") and e.counterpart is None
                                        and e.action != "leave")]
    # a party's leaving told once with its partner named and once without is one act;
    # so is a leaving or a refusal told once with the partner named and once without ("PPP Rules Out Any Alliance")
    named = {(e.actor, e.action) for e in events if e.type == "coalition" and e.action in ("leave", "reject") and e.counterpart is not None}
    return [e for e in events if not (e.type == "coalition" and e.counterpart is None and (e.actor, e.action) in named)]


def without_named_groups(events: list[Event]) -> list[Event]:
    """A counted group of independents joining a party ('six independent members joined the PTI') is
    one seat move only while the article names none of them: once it lists who they were, each named
    join is the move, and the group's count would add the same seats twice."""
    named = {e.party for e in events if e.type == "join_party" and e.actor != "IND"}
    return [e for e in events if not (e.evidence.rule == "coalition.join.independents"
                                      and e.counterpart in named)]


def without_quit_leaves(events: list[Event]) -> list[Event]:
    """A bare 'quit' read as a government post left (posts: resign.quit_bare, no party in the sentence)
    is not also a leaving of whatever party the story was last about."""
    quits = {(e.actor, e.evidence.start) for e in events if e.evidence.rule == "resign.quit_bare"}
    return [e for e in events if not (e.type == "leave_party" and (e.actor, e.evidence.start) in quits)]


def without_restated_stays(events: list[Event]) -> list[Event]:
    """'BAP says it stays with govt ... said it would not leave the government': a partner's stay told beside its
    own denial of leaving is that denial said twice, recorded as the denial only."""
    denied = {(e.actor, e.counterpart) for e in events if e.type == "coalition" and e.action == "leave" and e.status == "denied"}
    return [e for e in events if not (e.evidence.rule == "coalition.join.stay" and (e.actor, e.counterpart) in denied)]


def finalise(events: list[Event], article: Article) -> list[Event]:
    """One event per act and document: the first report wins, later ones fill a missing date; a denial
    after a report that the act may come replaces it."""
    kept: dict[tuple, Event] = {}
    blocks: dict[tuple, dict[tuple, Event]] = {}  # spelling twins are looked for within a block only
    for event in events:
        key = event.key()
        block = blocks.setdefault(_twin_block(event), {})
        twin = _spelling_twin(event, block)
        if twin is not None:
            key = twin
        if key not in kept:
            kept[key] = event
            block[key] = event
        elif kept[key].status == "possible" and event.status == "denied" and event.type in ("join_party", "leave_party", "resign_post"):
            kept[key] = event  # "X is expected to join the PPP ... X denied joining": the actor's own word settles it
        elif kept[key].date is None and event.date is not None and kept[key].status == event.status:
            kept[key] = replace(kept[key], date=event.date)
        elif event.date is not None and event.date != kept[key].date and kept[key].status == event.status \
                and _in_head(kept[key], article) and _names_its_day(event, article):
            kept[key] = replace(kept[key], date=event.date)  # a headline's act takes the day the body gives it
    return list(kept.values())


TOP_ROLES = {"chief", "head", "chairman", "chairperson", "president", "emir", "ameer", "amir", "convener", "convenor"}


def _in_head(event: Event, article: Article) -> bool:
    """Told in the headline or a deck above the dateline lede (whose day is only inferred from the lede)."""
    lede = _dateline_lede(article.text)
    return lede > 0 and event.evidence.start < lede


def _names_its_day(event: Event, article: Article) -> bool:
    """The sentence that tells the act again names a day of its own ('A day earlier, on Monday, X agreed')."""
    published = article.published if isinstance(article.published, date) else None
    return any(d is not None for _pos, d in date_expressions(event.evidence.sentence, published))


GENERIC_POST_WORDS = {"of", "the", "for", "and", "party", "member", "former", "federal", "provincial", "a", "an"}
ROLE_SHORT_FORMS = {"cm": "chief minister", "pm": "prime minister"}  # 'Balochistan CM' is 'chief minister of Balochistan'


def _post_words(post: str | None) -> set[str]:
    return set(" ".join(ROLE_SHORT_FORMS.get(w, w) for w in (post or "").lower().split()).split()) - GENERIC_POST_WORDS


def _same_office(a: str | None, b: str | None) -> bool:
    """'KP chief minister' and 'chief minister of Khyber Pakhtunkhwa' share their role word; 'Central Punjab
    general secretary' and 'member of the central working committee' share only a describing word."""
    wa, wb = _post_words(a), _post_words(b)
    shared = wa & wb
    if not shared or {"mna", "mpa", "senator"} & (wa ^ wb):
        return False
    if (wa ^ wb) <= TOP_ROLES and {"chief", "head"} & (wa ^ wb):
        return True  # a headline's "PTI-P chief" is the body's "PTI-P chairman" (or president, emir)
    return bool(shared & post_words.ROLE_HEADS) or not (wa & post_words.ROLE_HEADS or wb & post_words.ROLE_HEADS)


def _twin_block(event: Event) -> tuple:
    """Twins share a type, a first name word and, but for posts, a party."""
    words = _name_words(event.actor)
    return (event.type, None if event.type == "resign_post" else event.party, words[0] if words else "")


def _spelling_twin(event: Event, kept: dict[tuple, Event]) -> tuple | None:
    """'Noor Muhammad Dummar' and 'Noor Muhammad Domar' in one article are one person."""
    if event.type not in PERSON_TYPES:
        return None
    if event.type == "resign_post":
        for key, other in kept.items():
            if other.type == "resign_post" and other.actor == event.actor and _same_office(other.post, event.post):
                return key  # "KP chief minister" and "chief minister of Khyber Pakhtunkhwa"
    mine = _name_words(event.actor)
    if event.type in ("leave_party", "join_party") and len(mine) == 1:
        for key, other in kept.items():  # "Mr Khan joined JUI-F" after "Noor Alam Khan joined JUI-F"
            if other.type == event.type and other.party == event.party and _name_words(other.actor)[-1:] == mine:
                return key
    for key, other in kept.items():
        if other.type == event.type and other.party == event.party and other.actor != event.actor \
                and (event.type != "resign_post" or other.post == event.post) \
                and len(_name_words(other.actor)) == len(_name_words(event.actor)) >= 2 \
                and similarity(other.actor.lower(), event.actor.lower()) >= 88 \
                and all(_spelt_alike(a, b) for a, b in zip(_name_words(other.actor), mine)):
            return key
    return None


def _spelt_alike(a: str, b: str) -> bool:
    """Two spellings of one name word ('Dummar'/'Domar', 'Osman'/'Usman'), not two names ('Anwar'/'Naseer':
    brothers 'Malik Anwar Kamal Marwat' and 'Malik Naseer Kamal Marwat' are two people)."""
    return a == b or a[:1] == b[:1] or similarity(a, b) >= 60


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
