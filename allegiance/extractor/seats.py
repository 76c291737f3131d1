"""seat_result: a party's tally in a house at an election.

Tallies come in prose ("PML-N has won 75 seats", "JUI-F in four, PML-Q in
three", "IPP and BNP won two seats each", "secured 115 seats followed by
PML-N 62, PPP 43 and two each by BNP and GDA", "26 independents also won
seats") and as lists under a house heading ("Punjab Assembly:" then
"Pakistan Muslim League-Nawaz (PMLN): 137" or "PPP - 84").

A number counts as a tally when a seat noun follows it, or when it continues a
list of tallies in its sentence. Its owner is, in order: the parties named
with "each", the party after "by", the party written just before it, the
subject of the verb that won the seats (read from the parse), the nearest
party before it. Claims, needs, approximations ("more than 100"), strengths
("with its 17 seats", "has 14 seats in the assembly") and partial tallies
("44 seats from Sindh") are left out, and so are houses outside the
guideline's list (Gilgit-Baltistan, AJK, local government).

This module finds the tallies (table lines, prose, "respectively" lists,
tallies raised by an allotment) and makes the events; ``seat_words.py`` reads
their numbers and verbs of winning, ``seat_houses.py`` the house and election
a tally counts in, ``seat_owners.py`` the party it belongs to.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..country.lexicon import NUMBER_WORDS
from ..model import Event
from .base import Article, doc_text
from .dates import sentence_date
from .story_days import election_dates
from .seat_constituencies import constituencies_house, named_by_constituencies
from .seat_decks import _claimed, _deck_taker, _in_ranges
from .seat_houses import _earlier_election, _house_for, _senate_story
from .seat_owners import (BLOCK, _by_party, _coordinated_items, _dedupe_adjacent, _elliptic_owners, _owners, _seats_went,
                          _subject_party)
from .seat_words import SEAT_NOUNS, TENS, _governor, _hypothetical, _is_number, _tally_verb, number_value, read_number
from .story_memory import recall

LIST_LINE = re.compile(r"^\s*(?P<name>[^:|\n]{2,90}?)(?P<sep>\s*[:|]|\s+[-–—]|\s*\.{2,}|\s+\.|\s+)\s*(?P<n>\d{1,3})(?:\s+seats?)?\s*$", re.I)  # "PPP: 84", "PPP - 84", "PPP | 84", "PPP: 84 seats", "PPP ...... 84"
MAX_SEATS = 400


def extract_seats(art: Article) -> list[Event]:
    events = _rehoused_table([e for e in _list_tallies(art) if e.house is not None], art)
    listed = {(e.actor, e.house) for e in events}
    tabled = {(e.actor, e.seats) for e in events}
    continuing = False
    shares: set[int] = set()  # tallies in a sentence that names a province
    allotted: list[Event] = []  # tallies once the reserved seats are allotted
    earlier: set[int] = set()  # tallies of an election before the story's year
    counts: dict[str, set[int]] = {"unofficial": set(), "final": set()}  # tallies told as unofficial or final results
    for sent in art.doc.sents:
        found, used = _respectively(art, sent)
        taken = {e.actor for e in found}
        found += [e for e in _prose_tallies(art, sent, continuing, used, earlier) if e.actor not in taken]
        for ev in found:
            if (ev.actor, ev.house) not in listed and ev.house is not None and not _table_figure_told(art, sent, ev, tabled) \
                    and not _figure_retold(art, sent, ev, events):
                events.append(ev)
        continuing = bool(found)
        _mark_count_kind(art, sent, found, counts)
        if found and any(sent.start <= sc.start < sent.end for sc in art.doc.spans["scopes"]):
            shares.update(id(ev) for ev in found)
        allotted += [] if found else _allotted_tallies(art, sent)
    events = _without_shares(_background_results(events, earlier), shares)
    final = {(e.actor, e.house) for e in events if id(e) in counts["final"]}
    events = [e for e in events if id(e) not in counts["unofficial"] or (e.actor, e.house) not in final]
    tallied = art.memory.setdefault("tallied", set())
    tallied.update((e.actor, e.house) for e in events)
    for ev in allotted:  # one result a party and house: the allotment's tally only where the story gives no other
        if (ev.actor, ev.house) not in tallied:
            tallied.add((ev.actor, ev.house))
            events.append(ev)
    return events


def _allotted_tallies(art: Article, sent: Span) -> list[Event]:
    """'The PPP's tally has risen to 73, the MQM-P's to 22', 'the allotment took the PML-N's tally to
    222': a party's tally raised to a figure in a story of the allotment of reserved seats is its
    result in the house once they are allotted; 'the PTI's tally stood at 116, the PML-N's at 64' is a
    party's tally as counted. A sentence that speaks of independents joining, or of
    the future, is a strength, not a result."""
    lex = art.lex
    doc = sent.doc
    lowers, lemmas = art.words(sent)
    words = lowers | lemmas
    if not words & lex["tally_source_nouns"] or words & (lex["tally_modals"] | lex["tally_allotment_blockers"]):
        return []
    stood = bool(words & lex["tally_stand_verbs"])  # "the PTI's tally stood at 116": the count, said as it is
    before = doc[max(0, sent.start - 60):sent.end].text.lower()
    if not stood and not (words & lex["tally_raise_verbs"] and any(w in before for w in lex["tally_allotment_words"])):
        return []
    events = []
    for t in sent:
        if t.lower_ not in (("to", "at") if stood else ("to",)) or t.i + 1 >= sent.end or t.i - 2 < sent.start:
            continue
        read = read_number(art, sent, t.i + 1, sent.end)
        if read is None or read[0] == 0 or read[0] > MAX_SEATS:
            continue
        k = t.i - 1
        while k > sent.start and (doc[k].lower_ in lex["tally_source_nouns"] or doc[k].pos_ in ("AUX", "ADV")
                                  or doc[k].lemma_.lower() in lex["tally_raise_verbs"] | lex["tally_stand_verbs"]):
            k -= 1  # "the PPP's tally has risen to", "the MQM-P's to", "the PTI's tally stood at"
        if k > sent.start and stood and doc[k].lower_ not in ("'s", "’s"):
            house_words = [h for h in doc.spans["houses"] if h.end == k + 1]
            if house_words and k - house_words[0].start < 5 and doc[house_words[0].start - 1].lower_ == "the":
                k = house_words[0].start - 3 if doc[house_words[0].start - 2].lower_ == "in" else k
                while k > sent.start and doc[k].lower_ in lex["tally_source_nouns"]:
                    k -= 1  # "the PTI's tally in the National Assembly stood at 116"
        if doc[k].lower_ not in ("'s", "’s"):
            continue
        party = art.party_at(doc[k - 1])
        if party is not None:
            events.append(_event(art, sent, party.kb_id_, read[0], _house_for(art, t.i, sent),
                                 "seats.tally_stood" if stood else "seats.allotted"))
    return events


ALLOTMENT_WORDS = ("allotment", "allotted", "allocation", "allocated", "notified")


def _after_allotment(sent: Span) -> bool:
    """'After the allotment, the PML-N has secured 123 seats, according to the party position notified
    on Monday': a tally once reserved seats are allotted is the house's make-up on the day it was
    notified, not the election's result."""
    words = {t.lower_ for t in sent}  # 'the final results notified by the ECP on Wednesday': the election's results
    if words.isdisjoint(ALLOTMENT_WORDS):
        return False
    return not (words & set(ALLOTMENT_WORDS) == {"notified"} and not words.isdisjoint(("result", "results")))


def _allotment_day(art: Article, sent: Span) -> str | None:
    """The day the sentence gives the allotment, else the story's day."""
    found, day = sentence_date(sent, sent.root, art.published)
    if found and day is not None:
        return day.isoformat()
    return art.memory.get("lead_date")


def _mark_count_kind(art: Article, sent: Span, found: list[Event], counts: dict[str, set[int]]) -> None:
    """'According to unofficial results, the PML-N won seven seats ...; the final results gave it six': a
    party's tally told as the final count replaces the one told as unofficial or provisional (one result a
    party and house)."""
    if not found:
        return
    words = art.words(sent)[0]
    if not words.isdisjoint(("unofficial", "provisional", "preliminary")):
        counts["unofficial"].update(id(e) for e in found)
    elif "final" in words and not words.isdisjoint(("result", "results", "count", "tally")):
        counts["final"].update(id(e) for e in found)


def _background_results(events: list[Event], earlier: set[int]) -> list[Event]:
    """'In 2018, the PTI won 116 seats in the National Assembly' told in a later story is a result
    of that election, recorded like any other; but one result a party and house: beside the
    story's own figure for that party and house ('had won six seats in 2018, bagged 17 this
    time') the earlier election's is background and gives way."""
    current = {(e.actor, e.house) for e in events if id(e) not in earlier}
    kept: list[Event] = []
    seen: set[tuple[str, str | None]] = set()
    for e in events:
        if id(e) in earlier:
            if (e.actor, e.house) in current or (e.actor, e.house) in seen:
                continue
            seen.add((e.actor, e.house))
        kept.append(e)
    return kept


def _without_shares(events: list[Event], shares: set[int]) -> list[Event]:
    """'In Sindh, the PPP bagged seven of the 11 seats' beside 'the PPP won eight seats' in the same
    house: a tally whose sentence names a province is that province's share of the party's result
    when the story also gives another figure for the party in that house (one result a party and
    house); a story of one province's seats alone keeps its figure."""
    whole = {(e.actor, e.house) for e in events if id(e) not in shares}
    return [e for e in events if id(e) not in shares or (e.actor, e.house) not in whole]


def _respectively(art: Article, sent: Span) -> tuple[list[Event], set[int]]:
    """'PML-N and PPP, which won 64 and 43 seats, respectively'; 'the ruling PTI and
    opposition parties securing six and five seats, respectively' (only the parties count).
    Also the numbers it used, which no other reading of the sentence may take."""
    if "respectively" not in art.words(sent)[0]:
        return [], set()
    doc = sent.doc
    numbers = [t for t in sent if number_value(t) and not art.party_at(t)
               and any(x.lower_ in SEAT_NOUNS or x.lower_ == "respectively" for x in doc[t.i:min(sent.end, t.i + 6)])]
    # ("bagged three and two respectively" says 'seats' once, earlier in the sentence)
    # the run of coordinated numbers ("64 and 43", "six, five and two")
    run: list[Token] = []
    for t in numbers:
        if run and not all(x.lower_ in ("and", ",") for x in doc[run[-1].i + 1:t.i]):
            if len(run) >= 2:
                break
            run = []
        run.append(t)
    if len(run) < 2:
        return [], set()
    items = _coordinated_items(art, sent, run[0].i)
    if len(items) != len(run):
        parties = _dedupe_adjacent([p for p in art.parties_in(sent.start, run[0].i) if p.kb_id_ != "IND"])[-len(run):]
        if len(parties) != len(run):
            return [], set()
        items = [p.kb_id_ for p in parties]
    house = _house_for(art, run[0].i, sent)
    events = [_event(art, sent, code, number_value(n), house, "seats.respectively")
              for code, n in zip(items, run) if code is not None]
    return events, {t.i for t in run}


DIGIT = re.compile(r"\d")


def _rehoused_table(table: list[Event], art: Article) -> list[Event]:
    """'The PML-N won 10 of the 12 Punjab Assembly seats ... In the National Assembly by-elections, the PML-N
    secured two', then 'Party position: PML-N 10, SIC 1': a table that names no house of its own and repeats,
    row for row, the figures the prose gave in one house is that house's, not the house named last."""
    if not table or _table_names_a_house(art, table):
        return table
    told: dict[tuple[str, int], set[str]] = {}
    first = min(_row_start(art, e) for e in table)
    for sent in art.doc.sents:
        if sent.start >= first:
            break
        for ev in _prose_tallies(art, sent, False, set(), set()):
            if ev.house is not None:
                told.setdefault((ev.actor, ev.seats), set()).add(ev.house)
    matched = [e for e in table if (e.actor, e.seats) in told]
    houses = {h for e in matched for h in told[(e.actor, e.seats)]}
    if len(matched) < 2 or 2 * len(matched) < len(table) or len(houses) != 1 or houses == {table[0].house}:
        return table  # most rows, two at least, told in one other house (a row the prose did not count may join them)
    return [replace(e, house=next(iter(houses))) for e in table]


def _row_start(art: Article, ev: Event) -> int:
    """The token where a table row's evidence starts, in this piece."""
    span = art.doc.char_span(ev.evidence.start - art.offset, ev.evidence.end - art.offset, alignment_mode="expand")
    return span.start if span is not None else len(art.doc)


def _table_names_a_house(art: Article, table: list[Event]) -> bool:
    """Whether a house is named on the table's rows or on the heading line just above them."""
    first, last = min(_row_start(art, e) for e in table), max(_row_start(art, e) for e in table)
    text = doc_text(art.doc)
    heading = text.rfind("\n", 0, max(0, art.doc[first].idx - 1)) + 1 if first < len(art.doc) else 0
    end = art.doc[last].sent.end_char if last < len(art.doc) else len(text)
    return any(heading <= h.start_char < end for h in art.doc.spans["houses"])


def _table_figure_told(art: Article, sent: Span, ev: Event, tabled: set[tuple[str, int]]) -> bool:
    """'The MMA won 45 seats, most of them in the NWFP' above a table with 'MMA | 45': the prose tells the
    table's figure, whose house the table gives; a place in the sentence does not make it a province's.
    A sentence that names its house itself is its own tally."""
    return (ev.actor, ev.seats) in tabled and not any(sent.start <= h.start < sent.end for h in art.doc.spans["houses"])


def _figure_retold(art: Article, sent: Span, ev: Event, events: list[Event]) -> bool:
    """'PML-N bags 214 Punjab Assembly seats; ...; PML-Q 7', then, after a sentence of the National Assembly,
    'The PML-Q ... won only seven seats': a sentence that names no house and gives a party the very figure
    the story already gave it in another house retells that tally; the house named last is not its own.
    A sentence that names a house, a province or an assembly in any words counts its own tally."""
    doc = art.doc
    if any(sent.start <= h.start < sent.end for h in list(doc.spans["houses"]) + list(doc.spans["scopes"])):
        return False
    if any(t.lower_ in art.lex["office_generic_seats"] and t.lower_ not in SEAT_NOUNS or t.lower_ == "provincial" for t in sent):
        return False  # "won just one seat in the assembly", "both the provincial seats": a house of its own
    return any(e.actor == ev.actor and e.seats == ev.seats and e.house != ev.house for e in events)


def _rows(doc: Doc, numbered: bool = False) -> list[Span]:
    """The lines of the text read, as spans: a table row is a line, whatever the parser made of
    it ('PPP: 84' cut after the colon, or a heading and its first row joined as one sentence).
    ``numbered``: only the lines with a digit (a tally row has its number; the others are not
    made into spans)."""
    out, pos = [], 0
    for line in doc_text(doc).split("\n"):
        wanted = line.strip() and (not numbered or DIGIT.search(line))
        span = doc.char_span(pos, pos + len(line), alignment_mode="contract") if wanted else None
        if span is not None and len(span):
            out.append(span)
        pos += len(line) + 1
    return out


def _list_tallies(art: Article) -> list[Event]:
    events = []
    for sent in _rows(art.doc, numbered=True):  # LIST_LINE needs a digit
        m = LIST_LINE.match(sent.text)
        if not m:
            continue
        parties = art.parties_in(sent.start, sent.end)
        if not parties or int(m.group("n")) == 0:
            continue
        name_end = sent.start_char + m.end("name")
        if parties[-1].end_char > name_end + 1:
            continue
        if not m.group("sep").strip() and (parties[-1].start_char > sent.start_char + m.start("name") + 4
                                           or parties[-1].end_char < name_end - 1):
            continue  # "PML-N 75" is a table row; "PTI won 15" is prose
        if _candidate_row(art, sent, parties[-1]):
            continue
        code = parties[-1].kb_id_
        events.append(_event(art, sent, code, int(m.group("n")), _house_for(art, sent.start), "seats.list_line"))
    return events


def _candidate_row(art: Article, row: Span, party: Span) -> bool:
    """'- Raja Zafarul Haq (PML-N): 46' under a vote for a chairman or a chief minister: a person
    with the party in brackets is a candidate's vote count, not the party's seats. A party's own
    name before its bracketed code ('Pakistan Peoples Party (PPP): 84') is still a tally row."""
    doc = art.doc
    if party.start == 0 or doc[party.start - 1].text != "(":
        return False
    return any(e.label_ == "PERSON" and row.start <= e.start and e.end < party.start for e in doc.ents)


def _seat_noun_after(sent: Span, j: int) -> int | None:
    """The seat noun of a number ending before token j: '84 seats', 'six National Assembly
    seats', '4 Non-Muslim seats', '26 of the 47 seats' (the noun, past the total)."""
    doc = sent.doc
    k = j
    if k + 1 < sent.end and doc[k].lower_ == "out" and doc[k + 1].lower_ == "of":
        k += 1
    if k < sent.end and doc[k].lower_ == "of":  # "26 of the 47 seats", "15 out of 20 seats"
        k += 1
        while k < sent.end and (doc[k].lower_ in ("the", "total", "a", "its", "their") or _is_number(doc[k])):  # "six of its eight seats"
            k += 1
    shared = _shared_seat_noun(sent, k)
    if shared is not None:
        return shared
    window = [t for t in doc[k:min(sent.end, k + 7)] if not _in_brackets(t)][:4]  # "National Assembly (NA) seats"
    for t in window:
        if t.lower_ in SEAT_NOUNS:
            return t.i
        if t.is_punct and t.text not in ("-",) or t.pos_ in ("VERB", "AUX", "ADP", "CCONJ") or _is_number(t):
            return None
    return None


def _shared_seat_noun(sent: Span, k: int) -> int | None:
    """'won five National Assembly and seven Punjab Assembly seats': a count, its house, then 'and' and
    the next count of another house share the seat noun at the end; each counts in its own house."""
    doc = sent.doc
    house = next((h for h in doc.spans["houses"] if h.start == k and h.end <= sent.end), None)
    if house is None or house.end + 1 >= sent.end or doc[house.end].lower_ not in ("and", ","):
        return None
    j = house.end + 1
    if not _is_number(doc[j]):
        return None
    while j < sent.end and _is_number(doc[j]):
        j += 1  # "seventy four"
    return _seat_noun_after(sent, j)


def _in_brackets(tok: Token) -> bool:
    """A short abbreviation in brackets and its brackets: the '(NA)' of 'six National Assembly (NA) seats'."""
    doc = tok.doc
    if tok.text == "(":
        return tok.i + 2 < len(doc) and doc[tok.i + 2].text == ")"
    if tok.text == ")":
        return tok.i - 2 >= 0 and doc[tok.i - 2].text == "("
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")"


NUMERAL_WORDS = frozenset(NUMBER_WORDS) | frozenset(TENS)
DIGIT = re.compile(r"\d")


def _may_hold_a_number(art: Article, sent: Span) -> bool:
    """Whether a sentence has what a tally's number is read from (`read_number`, `_both_seats`): a digit, a
    number word, 'both', or 'a' beside 'seat'. Most sentences of a story have none, and are done with here."""
    text, lowers = sent.text, art.words(sent)[0]
    return bool(DIGIT.search(text)) or (not text.isascii() and any(ch.isdigit() for ch in text)) \
        or not lowers.isdisjoint(NUMERAL_WORDS) or "both" in lowers or ("a" in lowers and "seat" in lowers)


def _prose_tallies(art: Article, sent: Span, continuing: bool = False,
                   used: set[int] = frozenset(), earlier: set[int] | None = None) -> list[Event]:
    if not _may_hold_a_number(art, sent):
        return []
    lex = art.lex
    doc = sent.doc
    lemmas = art.words(sent)[1] | art.words(sent)[0]
    verbs = lex["tally_verbs"]
    has_result_word = bool(lemmas & (verbs | lex["tally_victory_nouns"])) or _per_results(art, sent) \
        or _seats_went(art, sent) or _standing_after_polls(art, sent)
    if not (continuing or has_result_word or lemmas & lex["tally_rank_words"]):
        return []
    claimed = _claimed(sent)
    if claimed == [(sent.start, sent.end)] or ("since" in lemmas and lemmas & {"election", "elections", "polls"}) \
            or _own_count(art, sent) or _leads_told(art, sent):
        return []
    if _category_part(art, sent) or _place_part(art, sent) or _local_seats(art, sent, lemmas):
        return []
    events: list[Event] = []
    last_tally = -1  # token of the last accepted tally in this sentence
    counted_votes = False  # a number of votes told earlier in the sentence
    i = sent.start
    while i < sent.end:
        read = read_number(art, sent, i, sent.end) or _both_seats(art, sent, i)
        if read is None:
            i += 1
            continue
        n, after = read
        start, i = i, after
        if n == 0 or n > MAX_SEATS or art.party_at(doc[start]) or start in used or _in_ranges(start, claimed):
            continue
        if start - 2 >= sent.start and doc[start - 1].text in ("-", "–") and not doc[start - 2].whitespace_:
            continue  # "NA-120", "PP-7": a constituency
        if _lead_in_count(art, sent, start):
            continue
        noun = _seat_noun_after(sent, after)
        nxt = doc[after] if after < sent.end else None
        rival = _rival_tally(art, sent, start, last_tally)
        if rival is not None and not _earlier_election(art, sent, start):
            events.append(_event(art, sent, rival, n, _house_for(art, start, sent), "seats.prose"))
            last_tally = start
            continue
        if (_is_total(sent, start) and not _named_winner(art, sent, start, noun)) or _blocked(art, sent, start, noun):
            continue
        background = _earlier_election(art, sent, start)
        if background and earlier is None:
            continue
        if nxt is not None and (nxt.lower_ in ("percent", "%", "million", "votes", "vote", "per") or nxt.text == "-"):
            counted_votes = counted_votes or nxt.lower_ in ("votes", "vote")
            continue
        if noun is None and counted_votes:
            continue  # "secured 84 votes ..., while the PTI's nominee got 12": twelve votes, told short
        owners: list[str] = []
        if noun is not None:
            if not _result_context(art, sent, start, noun, last_tally if not continuing else max(last_tally, sent.start), has_result_word):
                continue
            owners = _owners(art, sent, start, after, noun, last_tally)
        else:
            owners = _elliptic_owners(art, sent, start, after, last_tally, continuing) \
                or _owner_of_constituencies(art, sent, start, after) or _deck_taker(art, sent, start)
        if not owners:
            continue
        house = constituencies_house(art, sent, after) or _house_for(art, start, sent)
        if noun is None and events and _list_goes_on(art, sent, last_tally, start):
            house = events[-1].house  # "in Punjab the PML-N got 129 provincial seats and the PTI 123"
        if house is not None and house.startswith("PA-") and _senate_share(art, sent, start, after):
            continue  # "secured 11 of 12 seats in the Punjab Assembly" in a story of the Senate polls
        if house == "Senate" and noun is not None and \
                any(t.lower_.rstrip("’'s") in art.lex["tally_seat_categories"] for t in doc[start:noun]):
            continue  # "five general seats" of a Senate election: one kind of its seats, a part
        for code in owners:
            events.append(_event(art, sent, code, n, house, "seats.prose", background=background))
            if background:
                earlier.add(id(events[-1]))
        last_tally = start
    return events


def _senate_share(art: Article, sent: Span, start: int, after: int) -> bool:
    """'PML-N backed candidates secured 11 of 12 seats in the Punjab Assembly' in a story of the Senate
    polls: a count out of the seats an assembly elected is that province's share of the Senate seats,
    a part, not a result in the assembly."""
    doc = sent.doc
    k = after + 1 if after + 1 < sent.end and doc[after].lower_ == "out" else after
    return k + 1 < sent.end and doc[k].lower_ == "of" and _is_number(doc[k + 1]) and _senate_story(art, start)


def _list_goes_on(art: Article, sent: Span, last_tally: int, start: int) -> bool:
    """A bare count right after the sentence's last tally, with no house or province named between them,
    goes on counting in that tally's house, not in a house named earlier in the sentence."""
    if last_tally < 0:
        return False
    doc = sent.doc
    places = list(doc.spans["houses"]) + list(doc.spans["scopes"])
    return not any(last_tally < p.start < start for p in places)


def _owner_of_constituencies(art: Article, sent: Span, start: int, after: int) -> list[str]:
    """'the PML-N managed just one, PP-139 Sheikhupura-V': a bare count whose seats are named as
    constituencies belongs to the subject of the verb that won it."""
    if not named_by_constituencies(art, sent, after):
        return []
    verb = _governor(sent.doc[start])
    if verb is None or _hypothetical(art, verb):
        return []
    subject = _subject_party(art, sent, sent.doc[start])
    return [subject] if subject and subject != BLOCK else []


FRESH_RESULT_DAYS = 45  # a story this soon after its election tells the parties' seats as they were won


def _fresh_results(art: Article) -> bool:
    """A story of the weeks after its election, when the parties' seats are those they won."""
    when, published = recall(art.memory, "election_date"), art.published
    return bool(when) and published is not None and 0 <= (published - date.fromisoformat(when)).days <= FRESH_RESULT_DAYS


def _standing_after_polls(art: Article, sent: Span) -> bool:
    """'The MQM-P, with six seats, and the PML-Q, with four, are the sought-after partners', 'With 54
    seats, the PPP holds the key': in a story of the weeks after an election, a party set off with its
    seats is its result told as background to the bargaining; the same words long after the polls are
    a strength ('the PTI, with seven seats in the assembly'). The words are read first: the story's election
    day is worked out only for a sentence that has them."""
    doc = sent.doc
    set_off = any(t.lower_ == "with" and t.i - 2 >= sent.start and doc[t.i - 1].text == ","
                  and art.party_at(doc[t.i - 2]) is not None and t.i + 1 < sent.end and _is_number(doc[t.i + 1])
                  and _seat_noun_after(sent, t.i + 2) is not None for t in sent)
    return (set_off or _fronted_seat_noun(art, sent) is not None) and _fresh_results(art)


def _fronted_seat_noun(art: Article, sent: Span) -> int | None:
    """The seat noun of a sentence that opens on a party's seats: 'With 54 seats, the PPP holds ...'."""
    doc = sent.doc
    words = [t for t in sent if not t.is_space]
    if len(words) < 6 or words[0].lower_ != "with" or not _is_number(words[1]):
        return None
    noun = _seat_noun_after(sent, words[1].i + 1)
    if noun is None or noun + 1 >= sent.end or doc[noun + 1].text != ",":
        return None
    return noun if any(art.party_at(t) is not None for t in doc[noun + 2:min(sent.end, noun + 5)]) else None


def _lead_in_count(art: Article, sent: Span, start: int) -> bool:
    """'the PPP was leading on 71 of the 130 constituencies', 'the MQM, which was ahead on 38': the
    seats a party leads in while votes are counted are no result ('ahead in Punjab with 137' is)."""
    doc = sent.doc
    k = start - 1
    if k > sent.start and doc[k].lower_ in ("the", "a"):
        k -= 1
    if k <= sent.start or doc[k].lower_ not in ("on", "in"):
        return False
    k -= 1
    while k > sent.start and doc[k].pos_ == "ADV" and doc[k].lower_ not in art.lex["tally_lead_words"]:
        k -= 1  # "leading comfortably on 71"
    return doc[k].lower_ in art.lex["tally_lead_words"]


def _leads_told(art: Article, sent: Span) -> bool:
    """'Leads now stand at PTI 62, PML-N 41', 'Unofficial leads gave the PTI 62 seats': a sentence about
    the leads of a count in progress tells no result. 'Leads' is that noun when no party comes before it
    to make it a verb ('the PTI leads with 62' is told elsewhere); the parser may read it either way."""
    for t in sent:
        if t.lower_ == "leads" or (t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in art.lex["tally_lead_words"]):
            return not any(art.party_at(u) is not None for u in sent.doc[sent.start:t.i])
    return False


def _own_count(art: Article, sent: Span) -> bool:
    """'the party had won 180 seats on the basis of its own Form-45s', 'by their own count': a tally by
    a party's own count is its claim, not a result."""
    doc = sent.doc
    for t in sent:
        if t.lower_ == "own" and t.i > sent.start and doc[t.i - 1].lower_ in ("its", "their", "our", "his"):
            if any(u.lower_.rstrip("s") in art.lex["tally_own_count_nouns"] or u.lower_ in art.lex["tally_own_count_nouns"]
                   for u in doc[t.i + 1:min(sent.end, t.i + 4)]):
                return True
    return False


def _rival_tally(art: Article, sent: Span, start: int, last_tally: int) -> str | None:
    """'the PML-N secured 102 seats against the PPP's 78': after a tally, a party's possessive number
    set against it ('against', 'compared with', 'versus') is that party's tally, not a strength."""
    doc = sent.doc
    if last_tally < 0 or start - 2 < sent.start or doc[start - 1].lower_ not in ("'s", "’s"):
        return None
    party = art.party_at(doc[start - 2])
    if party is None:
        return None
    k = party.start - 1
    if k >= sent.start and doc[k].lower_ == "the":
        k -= 1
    if k >= sent.start and doc[k].lower_ in ("with", "to") and k - 1 >= sent.start:
        k -= 1  # "compared with", "as opposed to"
    return party.kb_id_ if k >= sent.start and doc[k].lower_ in art.lex["tally2_rival_words"] else None


def _both_seats(art: Article, sent: Span, i: int) -> tuple[int, int] | None:
    """'won both seats', 'both National Assembly seats', 'won both of them, PS-88 ... and PS-93':
    two seats, when a seat noun or the seats' constituencies follow."""
    if sent.doc[i].lower_ != "both":
        return None
    if _seat_noun_after(sent, i + 1) is None and not named_by_constituencies(art, sent, i + 1):
        return None
    return 2, i + 1


def _local_seats(art: Article, sent: Span, words: set[str]) -> bool:
    """'won 23 of the 64 tehsil chairman and city mayor seats', 'bagged 40 union council seats', '23 seats of
    tehsil chairmen': seats named by a local body or office are local government's, a house the guideline
    does not list; the sentence's other tallies ('while the PTI won 18') count the same seats."""
    local = art.lex["tally_local_seat_words"]
    if words.isdisjoint(local) or words.isdisjoint(SEAT_NOUNS):
        return False
    doc = sent.doc
    for t in sent:
        if t.lower_ not in SEAT_NOUNS:
            continue
        if t.i + 1 < sent.end and doc[t.i + 1].lower_ == "of" and any(
                u.lower_ in local for u in doc[t.i + 2:min(sent.end, t.i + 5)]):
            return True  # "23 seats of tehsil chairmen"
        k = t.i - 1
        while k >= sent.start and not _is_number(doc[k]) and doc[k].pos_ not in ("VERB", "AUX", "ADP") \
                and not (doc[k].is_punct and doc[k].text != "-") and t.i - k <= 7:
            if doc[k].lower_ in local:
                return True
            k -= 1
    return False


def _category_part(art: Article, sent: Span) -> bool:
    """'Out of the seven general seats, PTI won four': a tally of one kind of seat (women,
    technocrat, general) is a part of the party's result, not the result."""
    doc = sent.doc
    for t in sent:
        if t.lower_ != "of" or not (t.i == sent.start or doc[t.i - 1].lower_ in ("out", ",") or _opens_sentence(doc[t.i - 1])):
            continue
        for u in doc[t.i + 1:min(sent.end, t.i + 8)]:
            if u.lower_ in SEAT_NOUNS:
                phrase = {x.lower_.rstrip("’'s") for x in doc[t.i + 1:u.i]} | {x.lower_ for x in doc[t.i + 1:u.i]}
                follows = doc[u.i + 1] if u.i + 1 < sent.end else None
                return bool(phrase & art.lex["tally_seat_categories"]) and "total" not in phrase \
                    and follows is not None and follows.text == ","
        return False
    return False


def _opens_sentence(tok: Token) -> bool:
    """A sentence's first token that leaves an 'of' or 'in' after it opening the sentence ('"Of the
    ...', 'And in the ...'); a noun there ('Candidates of the SIC won ...') heads the subject instead."""
    return tok.i == tok.sent.start and tok.pos_ not in ("NOUN", "PROPN", "PRON")


def _place_part(art: Article, sent: Span) -> bool:
    """'Of the province's 35 National Assembly seats, the PTI bagged 17': the seats a place holds
    in a house (a possessive place before the seat noun of an opening 'of' phrase) are a part of
    the party's result there, not the result."""
    doc = sent.doc
    owners = art.lex["tally2_part_owner_nouns"] | art.lex["tally_partial_places"]

    def place(k: int) -> bool:
        return doc[k].lower_ in owners or any(sc.start <= k < sc.end for sc in doc.spans["scopes"])
    for t in sent:
        if t.lower_ not in ("of", "in") or not (t.i == sent.start or doc[t.i - 1].lower_ == "out" or _opens_sentence(doc[t.i - 1])):
            continue
        for u in doc[t.i + 1:min(sent.end, t.i + 9)]:
            if u.lower_ in SEAT_NOUNS:
                k = u.i + 2  # the word after 'from' ('the' passed over)
                if k < sent.end and doc[k].lower_ == "the":
                    k += 1
                if k < sent.end and doc[u.i + 1].lower_ == "from" and place(k):
                    return True  # "In the National Assembly seats from Sindh, the PPP won 45"
                if t.lower_ == "of" and any(x.lower_ in ("'s", "’s") and x.i > t.i + 1 and place(x.i - 1)
                                            for x in doc[t.i + 1:u.i]):
                    return True
                break
        break
    return _national_share(art, sent, place)


def _national_share(art: Article, sent: Span, place) -> bool:
    """'In the National Assembly, the BAP won four of Balochistan's 16 general seats, while the BNP bagged
    two', 'the independents from the province clinched 38 seats': a tally out of a place's seats in the
    National Assembly, or of a party's members from a place, is that place's share of the party's
    result, and so are the tallies listed beside it ('the PML-N won 137 of Punjab's 297 seats' in the
    Punjab Assembly is the result)."""
    doc = sent.doc
    if not any(h.kb_id_ == "NA" for h in doc.spans["houses"] if sent.start <= h.start < sent.end):
        return False
    for t in sent:
        if t.lower_ == "from" and t.i + 1 < sent.end and not any(_is_number(x) for x in doc[sent.start:t.i]):
            k = t.i + 2 if doc[t.i + 1].lower_ == "the" else t.i + 1
            if k < sent.end and place(k):
                return True  # "the PTI-backed independents from the province clinched 38 seats"
        if t.lower_ != "of" or t.i == sent.start or not _is_number(doc[t.i - 1]):
            continue
        for x in doc[t.i + 1:min(sent.end, t.i + 5)]:
            if x.lower_ in ("'s", "’s") and x.i > t.i + 1 and place(x.i - 1):
                return True
    return False


def _named_winner(art: Article, sent: Span, start: int, noun: int | None) -> bool:
    """'the 54 seats won by the PPP': a number named with 'the' is still a tally when the
    seats are said to be won by a party right after."""
    return noun is not None and start > sent.start and sent.doc[start - 1].lower_ == "the" \
        and _by_party(art, sent, noun + 1) is not None


def _is_total(sent: Span, start: int) -> bool:
    """The 20 of '15 out of 20 seats', '93 of the 265 seats', 'Of the 20 seats, PTI won 15'
    is the contest, not a tally; 'a total of 138 seats' is a tally. So is a number named
    with 'the' ('on the two technocrat seats', 'the 20 vacant seats')."""
    doc = sent.doc
    if start > sent.start and doc[start - 1].lower_ in ("the", "these", "those"):
        return True
    if _contested_count(sent, start):
        return True
    k = start - 1
    while k >= sent.start and doc[k].lower_ in ("the", "a", "all"):
        k -= 1
    if k < sent.start or doc[k].lower_ != "of":
        return False
    return not (k - 1 >= sent.start and doc[k - 1].lower_ == "total")


CONTEST_NOUNS = ("election", "elections", "by-election", "by-elections", "bye-elections", "polls", "by-polls", "contest",
                 "race", "polling")


def _contested_count(sent: Span, start: int) -> bool:
    """'swept the by-elections to 20 seats, winning 15', 'polling for 20 seats': the number of seats
    an election was held for is the contest, not any party's tally."""
    doc = sent.doc
    k = start - 1
    if k - 1 < sent.start or doc[k].lower_ not in ("to", "for", "on"):
        return False
    return doc[k - 1].lower_ in CONTEST_NOUNS


def _blocked(art: Article, sent: Span, start: int, noun: int | None) -> bool:
    """Needs, claims, quotas, approximations and strengths ('with its 17 seats'); seats of a
    part of the house ('44 seats ... from Sindh')."""
    doc = sent.doc
    if start > sent.start and doc[start - 1].lower_ in art.lex["tally_possessives"]:
        return True  # "with its 17 seats": a strength
    window = doc[max(sent.start, start - 4):start]
    commas = [t.i for t in window if t.text == ","]
    if commas and any(_tally_verb(art, t) for t in doc[commas[-1] + 1:start]):
        window = doc[commas[-1] + 1:start]  # "retained its majority, winning 83 of the 115 seats": a clause of its own
    blockers = ({t.lemma_.lower() for t in window} | {t.lower_ for t in window}) & art.lex["tally_blockers"]
    if "claim" in blockers and _deck_taker(art, sent, start):
        blockers.discard("claim")  # "...; BAP claims 6; ...": a deck's verb of taking
    if blockers and not (blockers == {"another"} and noun is None and _won_another(art, sent, start)):
        return True
    if noun is not None:
        between = doc[start:noun]
        if any(t.lower_ in art.lex["tally_blockers"] for t in between):
            return True  # "two reserved seats"
        tail = doc[noun + 1:min(sent.end, noun + 11)]
        if any(t.lower_ in art.lex["tally_other_bodies"] for t in tail[:4]):
            return True  # "two seats in the federal cabinet"
        return _partial(art, sent, tail)
    return False


def _won_another(art: Article, sent: Span, start: int) -> bool:
    """'recaptured six NA seats and grabbed another two in Punjab Assembly': 'another' right after a
    verb of winning adds a tally won in the house named next ('needs another 10' is a need; 'bagged
    another two seats in Khyber Pakhtunkhwa', with its own seat noun, stays a part of the province)."""
    doc = sent.doc
    return start - 2 >= sent.start and doc[start - 1].lower_ == "another" and _tally_verb(art, doc[start - 2]) \
        and not _hypothetical(art, doc[start - 2])


def _partial(art: Article, sent: Span, tail: Span) -> bool:
    """Seats of a part of the house: '15 seats in Karachi', '44 seats in the lower house from
    Sindh'. A province after 'from' is a part only where the sentence names the house it is
    a part of, and one after 'in' where the seats' own phrase names the National Assembly ('26 of
    the 35 National Assembly seats in Khyber Pakhtunkhwa'); Senate seats are always elected from a
    province."""
    doc = sent.doc
    houses = [h for h in doc.spans["houses"] if sent.start <= h.start < sent.end]
    if any(h.kb_id_ == "Senate" for h in houses):
        return False
    for t in tail:
        if t.is_punct and t.text != "-":
            break
        if t.lower_ not in ("in", "from") or t.i + 1 >= sent.end:
            continue
        nxt = doc[t.i + 1]
        if nxt.lower_ == "the" and t.i + 2 < sent.end:
            nxt = doc[t.i + 2]
        if nxt.lower_ in art.lex["tally_partial_places"] and not any(h.start <= nxt.i < h.end for h in houses):
            return True  # "in Karachi", "from rural Sindh", "in south Punjab"
        own_house = [h for h in houses if h.kb_id_ == "NA" and tail.start - 6 <= h.start < tail.start]
        if own_house and any(sc.start <= nxt.i < sc.end and sc.kb_id_ != "national" for sc in doc.spans["scopes"]):
            return True  # "26 of the 35 National Assembly seats in Khyber Pakhtunkhwa": a province's share
        if t.lower_ == "from" and nxt.pos_ == "PROPN" and not any(h.start <= nxt.i < h.end for h in houses):
            scope = any(s.start <= nxt.i < s.end for s in doc.spans["scopes"])
            if not scope or houses:
                return True  # "44 seats in the lower house from Sindh"
    return False


def _result_context(art: Article, sent: Span, start: int, noun: int, last_tally: int, has_result_word: bool) -> bool:
    """A seat count is a result when a result verb governs it, or it ranks the party
    ('leads with 123 seats', 'followed by PPP with 37 seats'), or it continues a list."""
    doc = sent.doc
    if noun == _fronted_seat_noun(art, sent) and _fresh_results(art):
        return True  # "With 54 seats, the PPP holds the key": its result, whatever verb follows
    head = _governor(doc[noun])
    if head is not None and _hypothetical(art, head):
        return False  # "would have won 180 seats", "will win 30 seats"
    if head is not None and _tally_verb(art, head):
        return True
    if head is not None and head.lemma_.lower() in art.lex["tally_strength_verbs"] \
            and (last_tally < 0 or head.lemma_.lower() != "have") \
            and not (head.lemma_.lower() == "have" and _per_results(art, sent)):
        return False  # "has 14 seats in the assembly", "holds 7 seats": a strength
    if last_tally >= 0:
        return True
    lemmas = art.words(sent)[1] | art.words(sent)[0]
    return has_result_word or bool(lemmas & art.lex["tally_rank_words"])


def _per_results(art: Article, sent: Span) -> bool:
    """'According to the notifications / the official results, the PPP has 84 seats': what a party
    'has' by the count of an election's results is its result (lexicon tally_source_nouns)."""
    doc = sent.doc
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < sent.end and doc[t.i + 1].lower_ == "to":
            return any(u.lower_ in art.lex["tally_source_nouns"] for u in doc[t.i + 2:min(sent.end, t.i + 8)])
    return False


def _election_day(art: Article) -> str | None:
    """The day of the story's election or vote, which its tallies were won on."""
    return recall(art.memory, "election_date") or recall(art.memory, "vote_date")


def _event(art: Article, sent: Span, code: str, seats: int, house: str | None, rule: str, background: bool = False) -> Event:
    """A tally as an event; ``background``: of an election before the story's, whose day it does not give."""
    when = None if background else _election_day(art)
    own = election_dates(sent.text, art.published) if when is not None else []
    if own:  # 'had won 93 seats in the February 8 general elections' in a story of later by-elections
        when = own[0].isoformat()
    elif rule == "seats.allotted" or _after_allotment(sent):
        when = _allotment_day(art, sent)
    if when is None:  # no election day named: the day the tally sentence gives ("results emerged on Monday")
        found, day = sentence_date(sent, sent.root, art.published)
        when = day.isoformat() if found and day else None
    return Event(doc=art.doc_id, type="seat_result", actor=code, seats=seats, house=house, date=when, status="fact",
                 evidence=art.evidence(sent, rule), confidence=0.6)
