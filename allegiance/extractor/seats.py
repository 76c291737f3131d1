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
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..country.lexicon import NUMBER_WORDS
from ..model import Event
from .base import Article, doc_text
from .dates import date_expressions, sentence_date
from .select import split_sentences

SEAT_NOUNS = {"seat", "seats", "constituency", "constituencies"}
LIST_LINE = re.compile(r"^\s*(?P<name>[^:|\n]{2,90}?)(?P<sep>\s*[:|]|\s+[-–—]|\s+)\s*(?P<n>\d{1,3})(?:\s+seats?)?\s*$", re.I)  # "PPP: 84", "PPP - 84", "PPP | 84", "PPP: 84 seats"
MAX_SEATS = 400
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}  # numerals, like NUMBER_WORDS
RELATIVE = {"which", "who", "that"}


def number_value(tok: Token) -> int | None:
    if tok.like_num and tok.text.isdigit():
        return int(tok.text)
    return NUMBER_WORDS.get(tok.lower_)


def _is_number(tok: Token) -> bool:
    """A cardinal ('62', 'six', '20,000'); spaCy's like_num also takes 'second' and 'third'."""
    return tok.text.replace(",", "").isdigit() or tok.lower_ in NUMBER_WORDS or tok.lower_ in TENS or tok.lower_ == "hundred"


def read_number(art: Article, doc: Doc | Span, i: int, end: int) -> tuple[int, int] | None:
    """The number that starts at token i, and the token after it: '62', 'six',
    'seventy four', 'twenty-two', 'one hundred and twenty seven'."""
    d = art.doc
    tok = d[i]
    if tok.text.isdigit():
        return int(tok.text), i + 1
    if tok.lower_ == "a" and i + 2 < end and d[i + 1].lower_ == "seat" and d[i + 2].lower_ in ("each", "apiece"):
        return 1, i + 1  # "A, B and C won a seat each"
    if tok.lower_ == "a" and i + 2 < end and d[i + 1].lower_ in art.lex["tally_single_words"] and d[i + 2].lower_ == "seat":
        if any(t.lower_ in art.lex["tally_zero_words"] for t in d[max(0, i - 5):i]):
            return None  # "failed to win a single seat", "dared it to win even a single seat": none
        return 1, i + 2  # "had to settle for a single seat", "won a lone seat"
    tens = TENS  # numerals, kept beside NUMBER_WORDS
    value, j, last = 0, i, None
    while j < end:
        w = d[j].lower_
        if w in tens and last in (None, "hundred"):
            value += tens[w]
            last = "tens"
        elif w in NUMBER_WORDS and last in (None, "hundred", "tens") and (last != "tens" or NUMBER_WORDS[w] < 10):
            value += NUMBER_WORDS[w]
            last = "unit"
        elif w == "hundred" and last == "unit" and value < 10:
            value *= 100
            last = "hundred"
        elif w in ("-", "and") and j + 1 < end and last in ("tens", "hundred") and \
                (d[j + 1].lower_ in NUMBER_WORDS or d[j + 1].lower_ in tens) and (w == "-") == (last == "tens"):
            pass
        else:
            break
        j += 1
    if j == i:
        return None
    return value, j


def article_context(text: str, published: date | None, lex) -> dict:
    """What seat rules need from the whole article: where it names houses outside the
    guideline, and the day of the vote where no 'February 8 elections' names it
    ('exercised their right to vote on February 8', 'the by-elections held on Sunday')."""
    context: dict = {"other_houses": other_house_starts(text, lex)}
    codes = dict(item.split("=", 1) for item in lex["tally_constituency_houses"])
    m = re.search(r"\b(" + "|".join(sorted(codes)) + r")[- ]?\d{1,3}\b", text)
    if m:
        context["constituency_house"] = codes[m.group(1)]  # "PP-83 Khushab": a Punjab Assembly seat
    vote = _vote_words(lex["tally_vote_words"])
    for start, end in split_sentences(text):
        sentence = text[start:end]
        words = [m.start() for m in vote.finditer(sentence)]
        if not words:
            continue
        near = [(min(abs(pos - w) for w in words), d) for pos, d in date_expressions(sentence, published) if d is not None]
        near = [(gap, d) for gap, d in near if gap <= 70]
        if near:
            context["vote_date"] = min(near, key=lambda x: x[0])[1].isoformat()  # "the polls held on Thursday"
            break
    return context


def other_house_starts(text: str, lex) -> list[int]:
    """Where the article names a house outside the guideline (Gilgit-Baltistan, AJK, local bodies)."""
    pattern = _other_houses(lex["tally_other_houses"])
    return [m.start() for m in pattern.finditer(text)] if pattern is not None else []


@lru_cache(maxsize=4)
def _vote_words(words: frozenset[str]) -> re.Pattern:
    """A word about voting, not the 'Election Commission'."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b(?! Commission)", re.I)


@lru_cache(maxsize=4)
def _other_houses(words: frozenset[str]) -> re.Pattern | None:
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b")


def extract_seats(art: Article) -> list[Event]:
    when = art.memory.get("election_date") or art.memory.get("vote_date")
    events = [e for e in _list_tallies(art, when) if e.house is not None]
    listed = {(e.actor, e.house) for e in events}
    continuing = False
    shares: set[int] = set()  # tallies in a sentence that names a province
    allotted: list[Event] = []  # tallies once the reserved seats are allotted
    earlier: set[int] = set()  # tallies of an election before the story's year
    for sent in art.doc.sents:
        found, used = _respectively(art, sent, when)
        taken = {e.actor for e in found}
        found += [e for e in _prose_tallies(art, sent, when, continuing, used, earlier) if e.actor not in taken]
        for ev in found:
            if (ev.actor, ev.house) not in listed and ev.house is not None:
                events.append(ev)
        continuing = bool(found)
        if found and any(sent.start <= sc.start < sent.end for sc in art.doc.spans["scopes"]):
            shares.update(id(ev) for ev in found)
        allotted += [] if found else _allotted_tallies(art, sent, when)
    events = _without_shares(_background_results(events, earlier), shares)
    tallied = art.memory.setdefault("tallied", set())
    tallied.update((e.actor, e.house) for e in events)
    for ev in allotted:  # one result a party and house: the allotment's tally only where the story gives no other
        if (ev.actor, ev.house) not in tallied:
            tallied.add((ev.actor, ev.house))
            events.append(ev)
    return events


def _allotted_tallies(art: Article, sent: Span, when: str | None) -> list[Event]:
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
            events.append(_event(art, sent, party.kb_id_, read[0], _house_for(art, t.i, sent), when,
                                 "seats.tally_stood" if stood else "seats.allotted"))
    return events


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


def _respectively(art: Article, sent: Span, when: str | None) -> tuple[list[Event], set[int]]:
    """'PML-N and PPP, which won 64 and 43 seats, respectively'; 'the ruling PTI and
    opposition parties securing six and five seats, respectively' (only the parties count).
    Also the numbers it used, which no other reading of the sentence may take."""
    if "respectively" not in art.words(sent)[0]:
        return [], set()
    doc = sent.doc
    numbers = [t for t in sent if number_value(t) and not art.party_at(t)
               and any(x.lower_ in SEAT_NOUNS for x in doc[t.i:min(sent.end, t.i + 6)])]
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
    events = [_event(art, sent, code, number_value(n), house, when, "seats.respectively")
              for code, n in zip(items, run) if code is not None]
    return events, {t.i for t in run}


def _coordinated_items(art: Article, sent: Span, first: int) -> list[str | None]:
    """The items of 'A, B and C' written before the numbers, each as its party code or None
    ('the ruling PTI and opposition parties' -> ['PTI', None])."""
    doc = sent.doc
    k = first - 1
    while k >= sent.start and (doc[k].pos_ in ("VERB", "AUX") or doc[k].lower_ in (",", "which", "who", "that")):
        k -= 1  # "... securing", ", which won"
    end = k + 1
    while k >= sent.start and not (doc[k].lower_ in ("with", "while", "as", "by", ":", ";") or doc[k].dep_ == "ROOT"
                                   or doc[k].pos_ in ("AUX",) or doc[k].pos_ == "VERB" and doc[k].dep_ != "amod"):
        k -= 1
    items: list[str | None] = []
    current: list[Token] = []
    for t in list(doc[k + 1:end]) + [None]:
        if t is None or t.lower_ in ("and", ","):
            if current:
                codes = [art.party_at(x).kb_id_ for x in current if art.party_at(x) is not None]
                items.append(codes[0] if codes and len(set(codes)) == 1 else None)
            current = []
            continue
        current.append(t)
    return items


def _dedupe_adjacent(parties: list[Span]) -> list[Span]:
    """'Pakistan Peoples Party (PPP)' is one mention, not two."""
    out: list[Span] = []
    for p in parties:
        if out and out[-1].kb_id_ == p.kb_id_ and p.start - out[-1].end <= 2:
            continue
        out.append(p)
    return out


def _house_for(art: Article, pos: int, sent: Span | None = None) -> str | None:
    """The house a tally counts in: named in the sentence, else the last one named before.
    None when the last house named is one the guideline does not list (Gilgit-Baltistan).
    In a story of the Senate a province is where senators come from, not its assembly, unless the
    sentence speaks of provincial seats ('the Punjab by-elections ... 10 of the 20 provincial seats');
    so is the federal capital ('... defeated the minister in the federal capital', then 'the PPP won
    eight seats'): a scope is never a house there. A story that names the Senate first is one of
    the Senate polls, and the assemblies it names after are where senators are elected ('polling was
    held in the National Assembly and the Sindh Assembly'), not where the seats are."""
    house, kind = _house_place(art, pos, sent)
    if house in ("NA", "Senate") and sent is not None and _provincial_house(art, sent, pos):
        province = _last_province(art, pos)
        if province is not None:
            return province  # "won 66 seats in the provincial assembly": the assembly of the story's province
    if kind == "scope" and not (sent is not None and any(t.lower_ == "provincial" for t in sent)):
        chunk_start = art.offset - art.memory.get("article_offset", 0)
        here = chunk_start + art.doc[pos].idx
        houses = [code for start, k, code in art.memory.get("places", []) if k == "house" and start < here]
        if houses and "Senate" in (houses[0], houses[-1]):
            return "Senate"  # a story of the Senate polls, where the assemblies named since are its voters
    return house


def _provincial_house(art: Article, sent: Span, pos: int) -> bool:
    """'66 seats in the provincial assembly': the tally's own phrase names a provincial house by that word."""
    doc = sent.doc
    tail = doc[pos:min(sent.end, pos + 8)]
    return any(t.lower_ == "provincial" and t.i + 1 < sent.end and doc[t.i + 1].lower_ in art.lex["office_generic_seats"]
               for t in tail)


def _last_province(art: Article, pos: int) -> str | None:
    """The provincial assembly of the last province the article named before a token."""
    chunk_start = art.offset - art.memory.get("article_offset", 0)
    here = chunk_start + art.doc[pos].idx
    for start, kind, code in reversed(art.memory.get("places", [])):
        if start >= here:
            continue
        if kind == "house" and code.startswith("PA-"):
            return code
        if kind == "scope" and code != "national":
            return f"PA-{code}"
    return None


def _house_place(art: Article, pos: int, sent: Span | None = None) -> tuple[str | None, str]:
    """The house and whether a house ('house') or a province ('scope') named it."""
    places = sorted(list(art.doc.spans["houses"]) + list(art.doc.spans["scopes"]), key=lambda s: s.start)
    chunk_start = art.offset - art.memory.get("article_offset", 0)
    others = art.memory.get("other_houses", [])
    here = chunk_start + art.doc[pos].idx
    if sent is not None:
        inside = [h for h in places if sent.start <= h.start < sent.end]
        sent_start = chunk_start + sent.start_char
        if any(sent_start <= o < chunk_start + sent.end_char for o in others):
            return None, "house"
        if inside:
            span = _house_in_sentence(art, inside, pos, sent)
            return _as_house(art, span), span.label_
    before = [h for h in places if h.start < pos]
    last_place = chunk_start + before[-1].start_char if before else None
    if last_place is None:
        earlier = [(start, kind, code) for start, kind, code in art.memory.get("places", []) if start < chunk_start]
        if earlier:
            last_place = earlier[-1][0]
    if any(o < here and (last_place is None or o > last_place) for o in others):
        return None, "house"
    if before:
        return _as_house(art, before[-1]), before[-1].label_
    # named earlier in the article, outside the text that was parsed
    earlier = [(kind, code) for start, kind, code in art.memory.get("places", []) if start < chunk_start]
    if earlier:
        kind, code = earlier[-1]
        return (code if kind == "house" else ("NA" if code == "national" else f"PA-{code}")), kind
    # a headline above any place: the first house the story names, else its constituencies' house
    later = [code for start, kind, code in art.memory.get("places", []) if start > here and kind == "house"]
    if later:
        return later[0], "house"
    return art.memory.get("constituency_house", "NA"), "house"


def _house_in_sentence(art: Article, inside: list[Span], pos: int, sent: Span) -> Span:
    """Of the places a sentence names, the one a tally counts in: a house in its own phrase
    ('11 seats in the Punjab Assembly and two in KP', 'six National Assembly seats'), else a
    house named in the sentence before it (or after), else a province."""
    doc = sent.doc
    stop = next((t.i for t in doc[pos + 1:sent.end] if _is_number(t) and not _of_total(t) or t.text in (";", ",")), sent.end)  # "at 38, and in the NWFP": the next clause's place
    stop = min(stop, pos + 9)
    own = [h for h in inside if pos < h.start < stop]
    if own:
        return own[0]
    for pool in ([h for h in inside if h.label_ == "house"], inside):
        if pool:
            before = [h for h in pool if h.start < pos]
            return before[-1] if before else pool[0]
    return inside[0]


def _of_total(tok: Token) -> bool:
    """The total of '10 of the 12 Punjab Assembly seats': part of the tally's own phrase."""
    doc = tok.doc
    k = tok.i - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and doc[k].lower_ == "of"


def _as_house(art: Article, span: Span) -> str:
    """A house span names its house; a province named alone means its assembly."""
    if span.label_ == "house":
        return span.kb_id_
    return "NA" if span.kb_id_ == "national" else f"PA-{span.kb_id_}"


DIGIT = re.compile(r"\d")


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


def _list_tallies(art: Article, when: str | None) -> list[Event]:
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
        code = parties[-1].kb_id_
        events.append(_event(art, sent, code, int(m.group("n")), _house_for(art, sent.start), when, "seats.list_line"))
    return events


def _seat_noun_after(sent: Span, j: int) -> int | None:
    """The seat noun of a number ending before token j: '84 seats', 'six National Assembly
    seats', '4 Non-Muslim seats', '26 of the 47 seats' (the noun, past the total)."""
    doc = sent.doc
    k = j
    if k + 1 < sent.end and doc[k].lower_ == "out" and doc[k + 1].lower_ == "of":
        k += 1
    if k < sent.end and doc[k].lower_ == "of":  # "26 of the 47 seats", "15 out of 20 seats"
        k += 1
        while k < sent.end and (doc[k].lower_ in ("the", "total", "a") or _is_number(doc[k])):
            k += 1
    for t in doc[k:min(sent.end, k + 4)]:
        if t.lower_ in SEAT_NOUNS:
            return t.i
        if t.is_punct and t.text not in ("-",) or t.pos_ in ("VERB", "AUX", "ADP", "CCONJ") or _is_number(t):
            return None
    return None


def _prose_tallies(art: Article, sent: Span, when: str | None, continuing: bool = False,
                   used: set[int] = frozenset(), earlier: set[int] | None = None) -> list[Event]:
    lex = art.lex
    doc = sent.doc
    lemmas = art.words(sent)[1] | art.words(sent)[0]
    verbs = lex["tally_verbs"]
    has_result_word = bool(lemmas & (verbs | lex["tally_victory_nouns"])) or _per_results(art, sent) \
        or _seats_went(art, sent)
    if not (continuing or has_result_word or lemmas & lex["tally_rank_words"]):
        return []
    if lemmas & {"claim", "claimed", "claims"} or ("since" in lemmas and lemmas & {"election", "elections", "polls"}) \
            or _own_count(art, sent):
        return []
    if _category_part(art, sent) or _place_part(art, sent):
        return []
    events: list[Event] = []
    last_tally = -1  # token of the last accepted tally in this sentence
    i = sent.start
    while i < sent.end:
        read = read_number(art, sent, i, sent.end) or _both_seats(sent, i)
        if read is None:
            i += 1
            continue
        n, after = read
        start, i = i, after
        if n == 0 or n > MAX_SEATS or art.party_at(doc[start]) or start in used:
            continue
        if start - 2 >= sent.start and doc[start - 1].text in ("-", "–") and not doc[start - 2].whitespace_:
            continue  # "NA-120", "PP-7": a constituency
        if _lead_in_count(art, sent, start):
            continue
        noun = _seat_noun_after(sent, after)
        nxt = doc[after] if after < sent.end else None
        rival = _rival_tally(art, sent, start, last_tally)
        if rival is not None and not _earlier_election(art, sent, start):
            events.append(_event(art, sent, rival, n, _house_for(art, start, sent), when, "seats.prose"))
            last_tally = start
            continue
        if (_is_total(sent, start) and not _named_winner(art, sent, start, noun)) or _blocked(art, sent, start, noun):
            continue
        background = _earlier_election(art, sent, start)
        if background and earlier is None:
            continue
        if nxt is not None and (nxt.lower_ in ("percent", "%", "million", "votes", "vote", "per") or nxt.text == "-"):
            continue
        owners: list[str] = []
        if noun is not None:
            if not _result_context(art, sent, start, noun, last_tally if not continuing else max(last_tally, sent.start), has_result_word):
                continue
            owners = _owners(art, sent, start, after, noun, last_tally)
        else:
            owners = _elliptic_owners(art, sent, start, after, last_tally, continuing)
        if not owners:
            continue
        house = _house_for(art, start, sent)
        if house == "Senate" and noun is not None and \
                any(t.lower_.rstrip("’'s") in art.lex["tally_seat_categories"] for t in doc[start:noun]):
            continue  # "five general seats" of a Senate election: one kind of its seats, a part
        for code in owners:
            events.append(_event(art, sent, code, n, house, None if background else when, "seats.prose"))
            if background:
                earlier.add(id(events[-1]))
        last_tally = start
    return events


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


def _both_seats(sent: Span, i: int) -> tuple[int, int] | None:
    """'won both seats', 'both National Assembly seats': two seats, when a seat noun follows."""
    if sent.doc[i].lower_ != "both" or _seat_noun_after(sent, i + 1) is None:
        return None
    return 2, i + 1


def _category_part(art: Article, sent: Span) -> bool:
    """'Out of the seven general seats, PTI won four': a tally of one kind of seat (women,
    technocrat, general) is a part of the party's result, not the result."""
    doc = sent.doc
    for t in sent:
        if t.lower_ != "of" or not (t.i == sent.start or doc[t.i - 1].lower_ in ("out", ",") or doc[t.i - 1].i == sent.start):
            continue
        for u in doc[t.i + 1:min(sent.end, t.i + 8)]:
            if u.lower_ in SEAT_NOUNS:
                phrase = {x.lower_.rstrip("’'s") for x in doc[t.i + 1:u.i]} | {x.lower_ for x in doc[t.i + 1:u.i]}
                follows = doc[u.i + 1] if u.i + 1 < sent.end else None
                return bool(phrase & art.lex["tally_seat_categories"]) and "total" not in phrase \
                    and follows is not None and follows.text == ","
        return False
    return False


def _place_part(art: Article, sent: Span) -> bool:
    """'Of the province's 35 National Assembly seats, the PTI bagged 17': the seats a place holds
    in a house (a possessive place before the seat noun of an opening 'of' phrase) are a part of
    the party's result there, not the result."""
    doc = sent.doc
    owners = art.lex["tally2_part_owner_nouns"] | art.lex["tally_partial_places"]

    def place(k: int) -> bool:
        return doc[k].lower_ in owners or any(sc.start <= k < sc.end for sc in doc.spans["scopes"])
    for t in sent:
        if t.lower_ not in ("of", "in") or not (t.i == sent.start or doc[t.i - 1].lower_ == "out" or doc[t.i - 1].i == sent.start):
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
    k = start - 1
    while k >= sent.start and doc[k].lower_ in ("the", "a", "all"):
        k -= 1
    if k < sent.start or doc[k].lower_ != "of":
        return False
    return not (k - 1 >= sent.start and doc[k - 1].lower_ == "total")


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
    if {t.lemma_.lower() for t in window} & art.lex["tally_blockers"] or \
            {t.lower_ for t in window} & art.lex["tally_blockers"]:
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


def _earlier_election(art: Article, sent: Span, start: int) -> bool:
    """A tally dated to a year before the story's is background from an earlier election:
    'in the 2021 Senate elections, the PTI ... with 26 seats', not '17 seats' in 'the MQM-P,
    which had won six seats in 2018, bagged 17 seats' (the year is in another clause), nor '75 seats' in
    'won 75 seats, up from 64 in 2018' (the year goes with the figure it is compared with)."""
    if art.published is None:
        return False
    doc = sent.doc
    years = [t for t in sent if len(t.text) == 4 and t.text.isdigit() and 1947 <= int(t.text) <= art.published.year]
    if not years:
        return False
    verb = _verb_of(doc[start])
    mine = [t for t in years if verb is not None and getattr(_verb_of(t), "i", None) == verb.i
            and not (t.i > start and any(u.lower_ in art.lex["tally_comparison_words"] for u in doc[start + 1:t.i]))]
    if not mine:  # "won 75 seats, up from 64 in 2018": the year is the other figure's
        return False
    nearest = min(mine, key=lambda t: abs(t.i - start))
    return int(nearest.text) < art.published.year


def _verb_of(tok: Token) -> Token | None:
    """The verb whose clause a token is in."""
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


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
            return any(u.lower_ in art.lex["tally_source_nouns"] for u in doc[t.i + 2:min(sent.end, t.i + 6)])
    return False


def _tally_verb(art: Article, tok: Token) -> bool:
    """A verb of winning, by its lemma or, where the tagger took it for a noun ('with the
    PML-N securing 11'), by its inflected form."""
    return tok.lemma_.lower() in art.lex["tally_verbs"] or tok.lower_ in _inflected(art.lex["tally_verbs"])


@lru_cache(maxsize=4)
def _inflected(verbs: frozenset[str]) -> frozenset[str]:
    forms = set(verbs)
    for v in verbs:
        stem = v[:-1] if v.endswith("e") else v
        forms |= {v + "s", v + "d" if v.endswith("e") else v + "ed", stem + "ing", v + "ged", v + "ging", v + "es"}
    return frozenset(forms)


def _hypothetical(art: Article, verb: Token) -> bool:
    """A verb under a modal ('could win', 'would have won'), or the infinitive of one ('will try to win')."""
    for v in (verb, verb.head if verb.dep_ == "xcomp" else verb):
        modals = [c for c in v.children if c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in art.lex["tally_modals"])]
        if modals and not _managed_only(art, v, modals):
            return True
    return _intended(art, verb)


def _intended(art: Article, verb: Token) -> bool:
    """'hopes to win 20 seats', 'aims to bag 10', 'is set to sweep': a win in an infinitive is one
    wanted or expected, unless the verb above says it came about ('managed to win', 'went on to win',
    'was able to win', 'had to settle for')."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i or not any(c.tag_ == "TO" for c in verb.children):
        return False
    head = verb.head
    achieved = art.lex["tally_achieve_heads"]  # "had" by its form: "has to win 10 seats" is a need
    return not (head.lemma_.lower() in achieved or head.lower_ in achieved or _tally_verb(art, head))


def _managed_only(art: Article, verb: Token, modals: list[Token]) -> bool:
    """'the PML-N could win only four seats', 'could only bag two': 'could' with a word that limits
    what was won tells what the party managed, a result, not what it might win."""
    if [m.lower_ for m in modals] != ["could"] or any(c.dep_ == "neg" for c in verb.children):
        return False
    doc = verb.doc
    words = [t for t in doc[modals[0].i + 1:min(verb.sent.end, verb.i + 4)]]
    return any(t.lower_ in art.lex["tally_limiting_words"] and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "if")
               for t in words)


def _governor(tok: Token) -> Token | None:
    """The verb a seat noun hangs from ('won 75 seats', 'with 84 seats' -> dominates)."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("dobj", "pobj", "prep", "attr", "npadvmod", "nsubjpass", "oprd", "appos", "conj") and cur.head.i != cur.i:
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                return cur
        else:
            break
    return None


def _owners(art: Article, sent: Span, start: int, after: int, noun: int, last_tally: int) -> list[str]:
    doc = sent.doc
    each = _each_group(art, sent, start, noun)
    if each:
        return each
    by = _by_party(art, sent, noun + 1)
    if by:
        return [by]
    to = _to_party(art, doc[noun])
    if to:
        return [to]
    gainer = _for_party(art, sent, noun + 1)
    if gainer:
        return [gainer]
    just = _party_just_before(art, sent, start, last_tally)
    if just is not None:
        return [just.kb_id_]
    subject = _subject_party(art, sent, doc[noun])
    if subject == BLOCK:
        return []
    if subject:
        return [subject]
    return _nearest(art, sent, start, last_tally)


def _elliptic_owners(art: Article, sent: Span, start: int, after: int, last_tally: int, continuing: bool) -> list[str]:
    """A bare number in a list of tallies: 'PML (N) 62', 'the JUI-F has 16', 'two each by
    BNP and GDA', 'seven by independent candidates', 'the PML-N secured 75'; and a number
    before its party: '26 independents have also won seats'."""
    doc = sent.doc
    nxt = doc[after] if after < sent.end and not doc[after].is_space else None
    if nxt is not None and nxt.lower_ == "this" and after + 1 < sent.end and doc[after + 1].lower_ in art.lex["tally_time_nouns"]:
        nxt = doc[after + 2] if after + 2 < sent.end else None  # "bagged 17 this time": the number ends its clause
    party_next = art.party_at(nxt) if nxt is not None else None
    if party_next is not None:
        return _counted_party(art, sent, party_next)
    prev = doc[start - 1] if start > sent.start else None
    if prev is not None and prev.pos_ == "ADV" and start - 2 >= sent.start:
        prev = doc[start - 2]  # "won only 64"
    if prev is not None and _tally_verb(art, prev) and (nxt is None or nxt.is_punct or nxt.lower_ in ("while", "whereas", "and")) \
            and (continuing or any(t.lower_ in SEAT_NOUNS or t.lower_ in art.lex["tally_election_nouns"] for t in sent)
                 or any(sent.start <= h.start < start for h in doc.spans["houses"])):  # "In the Sindh Assembly, the PPP won 84."
        # "ANP secured 3 while HDP won 2 seats"; after a sentence of tallies, "The JUI-F grabbed three"
        owner = _party_before(art, sent, prev.i)
        if owner is not None:
            return [owner.kb_id_]
        subject = _subject_party(art, sent, doc[start])  # "PTI contested 250 seats and won 116"
        return [subject] if subject and subject != BLOCK else []
    if prev is not None and prev.lower_ in ("on", "in") and start - 2 >= sent.start \
            and doc[start - 2].lower_ in art.lex["tally_victory_nouns"]:
        return _nearest(art, sent, start, last_tally)  # "PTI secured victory on 23"
    if last_tally < 0 and not continuing and nxt is not None and nxt.lower_ == "for" \
            and any(t.lower_ in art.lex["tally_source_nouns"] for t in doc[sent.start:start]):
        gainer = _for_party(art, sent, after)  # "the tally was 84 for the PPP, 28 for the MQM-P"
        return [gainer] if gainer else []
    if last_tally < 0 and not continuing:
        just = _party_just_before(art, sent, start, -1)
        if just is not None and _pair_follows(art, sent, after):
            return [just.kb_id_]  # "The final tally: PML-N 75, PPP 54, MQM-P 17"
        return []
    if nxt is not None and _each_word(art, nxt):
        by = _each_by(art, sent, after + 1)
        if by:
            return by
        group = _group_before(art, sent, start, last_tally)
        return group if len(group) >= 2 else []
    if nxt is not None and nxt.lower_ == "by":
        by = _by_party(art, sent, after)
        return [by] if by else []
    if nxt is not None and nxt.lower_ == "for":
        gainer = _for_party(art, sent, after)  # "..., 12 for the PML-N"
        return [gainer] if gainer else []
    if nxt is not None and nxt.lower_ == "to" and last_tally >= 0 and _seats_went(art, sent):
        gainer = _for_party(art, sent, after, "to")  # "101 seats went to independents, 75 to the PML-N"
        return [gainer] if gainer else []
    if last_tally >= 0 or continuing:
        to = _to_party(art, doc[start])
        if to:
            return [to]  # "... won four seats, while one went to an independent candidate"
    if nxt is not None and not (nxt.is_punct or nxt.pos_ in ("CCONJ", "ADP", "SCONJ") or nxt.lower_ in ("while", "whereas")):
        return []  # "four MNAs", "115 members": not a tally
    prev = doc[start - 1] if start > sent.start else None
    if prev is None:
        return []
    party_prev = _party_just_before(art, sent, start, last_tally)
    if party_prev is not None and party_prev.start > last_tally:
        return [party_prev.kb_id_]
    if prev.lower_ in ("with", "has", "have", "had", "in", "on", "to", "at") or _tally_verb(art, prev):
        before = start - 2
        if before >= sent.start and art.party_at(doc[before]) is not None and art.party_at(doc[before]).start > last_tally:
            return [art.party_at(doc[before]).kb_id_]
        if _tally_verb(art, prev):
            return _nearest(art, sent, start, last_tally)
        if prev.lower_ in ("with", "on", "at", "has", "had"):  # "leaving the JUI-F far behind with nine", "JUI-F a distant second on seven", "followed by the MQM at 38"
            return _nearest(art, sent, start, last_tally, max_gap=5)  # "..., the PTI of Imran Khan had 28"
    return _object_of_result(art, sent, start, nxt)


def _object_of_result(art: Article, sent: Span, start: int, nxt: Token | None) -> list[str]:
    """'an independent candidate won the remaining one': a number that is what a result verb
    won, in a sentence about seats or an election, belongs to the verb's subject."""
    doc = sent.doc
    verb = _governor(doc[start])
    if verb is None or not _tally_verb(art, verb) or _hypothetical(art, verb) or not (nxt is None or nxt.is_punct) \
            or not any(t.lower_ in SEAT_NOUNS or t.lower_ in art.lex["tally_election_nouns"] for t in sent):
        return []
    owner = _subject_party(art, sent, doc[start])
    return [owner] if owner and owner != BLOCK else []


def _pair_follows(art: Article, sent: Span, after: int) -> bool:
    """Another 'PARTY N' item follows ('PML-N 75, PPP 54'): the number opens a list of tallies."""
    doc = sent.doc
    k = after
    if k < sent.end and doc[k].text == ")":
        k += 1  # "PML-N (75), PPP (54)"
    first = k
    while k < sent.end and doc[k].lower_ in (",", "and", ";"):
        k += 1
    if k == first or k >= sent.end or art.party_at(doc[k]) is None:
        return False
    party = art.party_at(doc[k])
    k = party.end
    if k < sent.end and doc[k].text in (")", "("):
        k += 1
    return k < sent.end and read_number(art, sent, k, sent.end) is not None


def _party_just_before(art: Article, sent: Span, start: int, floor: int) -> Span | None:
    """The party written right before a number: 'PTI 123', '(JUI-F) 10 seats', 'MQM Pakistan 16',
    or right before the winning verb before it ('... and the PPP bagged 43 seats', which the
    parser may read as a noun phrase hung on the first verb's object)."""
    doc = sent.doc
    k = start - 1
    if k > sent.start and _tally_verb(art, doc[k]) and art.party_at(doc[k - 1]) is not None:
        if _backer(art, art.party_at(doc[k - 1])):
            return None  # "independents backed by the PTI won 93": the backed ones own the seats
        k -= 1
    if k >= sent.start and doc[k].text == "(":
        k -= 1  # "PML-N (75), PPP (54)"
    if k >= sent.start and doc[k].text == ")":
        k -= 1
    elif k >= sent.start and art.party_at(doc[k]) is None and doc[k].pos_ == "PROPN" and doc[k].is_title:
        k -= 1
    if k < sent.start or k <= floor:
        return None
    return art.party_at(doc[k]) or _party_of_leader(art, sent, k, floor)


def _party_of_leader(art: Article, sent: Span, k: int, floor: int) -> Span | None:
    """'the Balochistan National Party of Sardar Akhtar Mengal seven', 'the PTI-P of former chief
    minister Pervez Khattak two': a party named by its leader ('of' and a name, with no verb, number
    or comma in it) is the party just before the number."""
    doc = sent.doc
    j = k
    while j > max(sent.start, floor, k - 8) and (doc[j].pos_ == "PROPN" or doc[j].is_lower and doc[j].is_alpha
                                                 and doc[j].pos_ in ("ADJ", "NOUN")) and doc[j].lower_ != "of":
        j -= 1
    if j == k or doc[j].lower_ != "of" or j - 1 <= floor or doc[j + 1].pos_ != "PROPN" and not doc[j + 1].is_lower \
            or doc[k].pos_ != "PROPN":
        return None
    return art.party_at(doc[j - 1])


def _backer(art: Article, party: Span) -> bool:
    """A party named as the agent of a participle that describes someone else ('candidates backed
    by the PTI', 'independents supported by the PML-N')."""
    doc = party.doc
    k = party.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 1 and doc[k].lower_ == "by" and doc[k - 1].lower_ in art.lex["tally_backer_verbs"]


def _counted_party(art: Article, sent: Span, party: Span) -> list[str]:
    """'26 independents have also won seats', 'one independent candidate also got victory':
    the number counts members of the party, and the sentence says they won."""
    root = party.root
    if root.dep_ in ("amod", "compound") and root.head.i >= party.end:
        root = root.head  # "one independent candidate"
    verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or not _tally_verb(art, verb) or _hypothetical(art, verb):
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "prep")]
    if objects and not any(_has_seat_or_victory(art, c) for c in objects):
        return []
    return [party.kb_id_]


def _has_seat_or_victory(art: Article, tok: Token) -> bool:
    return any(t.lower_ in SEAT_NOUNS or t.lower_ in art.lex["tally_victory_nouns"] or t.text.startswith(("PP-", "NA-", "PS-", "PK-", "PB-"))
               for t in tok.subtree)


def _each_group(art: Article, sent: Span, start: int, noun: int) -> list[str]:
    """'NPP and PML two seats each', 'JI and QWP have seven each', 'two each by BNP and GDA',
    'eight parties, including ANP, NP and AJIP, have each won one seat'."""
    doc = sent.doc
    near = doc[start:min(sent.end, noun + 3)]
    if not any(_each_word(art, t) for t in near):
        # "have each won one seat": each before the verb
        verb = _governor(doc[noun])
        if verb is None:
            return []
        k = verb.i - 1
        while k > sent.start and doc[k].pos_ in ("AUX", "ADV") and doc[k].lower_ != "each":
            k -= 1
        if k > sent.start and doc[k].lower_ == "each":  # "the ruling A and the opposition B each won four"
            group = _group_before(art, sent, k, -1)
            if len(group) >= 2:
                return group
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or not any(c.lower_ == "each" or c.lower_ == "both" and c.i < verb.i
                               for c in [*verb.children, *subj[0].children]):
            return []  # 'each' under the verb, or parsed as the subject's apposition ("A, B and C each won");
            # "both A and B won 11 seats", "A and B both won 11 seats": each of them
        parties = [p for p in art.parties_in(subj[0].left_edge.i, subj[0].right_edge.i + 1)]
        return list(dict.fromkeys(p.kb_id_ for p in parties)) if len(parties) >= 2 else []
    each_at = next(t.i for t in near if _each_word(art, t))
    by = _each_by(art, sent, each_at + 1)
    if by:
        return by
    return _group_before(art, sent, start, -1)


def _each_word(art: Article, tok: Token) -> bool:
    """A word that gives one number to every party of a group: 'two seats each', 'one seat apiece'."""
    return tok.lower_ in art.lex["tally_each_words"]


def _each_by(art: Article, sent: Span, k: int) -> list[str]:
    """'... each by independents and Tehreek-e-Labaik Pakistan'."""
    doc = sent.doc
    if k >= sent.end or doc[k].lower_ != "by":
        return []
    out: list[str] = []
    j = k + 1
    while j < sent.end:
        p = art.party_at(doc[j])
        if p is not None:
            out.append(p.kb_id_)
            j = p.end
            continue
        if doc[j].lower_ in ("and", ",", "the", "(", ")") or (doc[j].lower_ in ("candidates", "candidate")):
            j += 1
            continue
        break
    return list(dict.fromkeys(out))


def _group_before(art: Article, sent: Span, start: int, floor: int) -> list[str]:
    """The parties joined by 'and' and commas right before a number ('JI and QWP have seven')."""
    doc = sent.doc
    before = [p for p in art.parties_in(max(sent.start, floor + 1), start)]
    if not before:
        return []
    last = before[-1]
    gap = doc[last.end:start]
    if len(gap) > 3 or any(_is_number(t) for t in gap):
        return []
    group = [last]
    for p in reversed(before[:-1]):
        between = doc[p.end:group[0].start]
        if all(t.lower_ in ("and", ",", "(", ")", "the") or t.lower_ in art.lex["tally_party_epithets"] or art.party_at(t)
               for t in between):  # "the ruling A and the opposition B"
            group.insert(0, p)
        else:
            break
    return list(dict.fromkeys(p.kb_id_ for p in group))


def _by_party(art: Article, sent: Span, k: int) -> str | None:
    """'one seat was secured by an independent candidate', 'seven by independent candidates';
    not 'seats followed by PTI' (the next item of a list)."""
    doc = sent.doc
    for t in doc[k:min(sent.end, k + 4)]:
        if t.lower_ == "by":
            for u in doc[t.i + 1:min(sent.end, t.i + 4)]:
                p = art.party_at(u)
                if p is not None:
                    return p.kb_id_
                if u.pos_ not in ("DET", "ADJ"):
                    return None
            return None
        if not (t.pos_ == "AUX" or t.tag_ == "VBN" and _tally_verb(art, t)):
            return None
    return None


def _seats_went(art: Article, sent: Span) -> bool:
    """'101 seats went to independents': seats that are the subject of a verb of going (lexicon tally_to_verbs)."""
    return any(t.lower_ in SEAT_NOUNS and t.dep_ == "nsubj" and t.head.lemma_.lower() in art.lex["tally_to_verbs"]
               for t in sent)


def _for_party(art: Article, sent: Span, k: int, word: str = "for") -> str | None:
    """'13 seats for the JUI-F, 12 for the PML-N': in a sentence of results, the party the seats
    are for is the one that won them (reserved 'seats for women' name no party)."""
    doc = sent.doc
    if k >= sent.end or doc[k].lower_ != word:
        return None
    j = k + 1
    if j < sent.end and doc[j].lower_ == "the":
        j += 1
    party = art.party_at(doc[j]) if j < sent.end else None
    return party.kb_id_ if party is not None and party.start == j else None


BLOCK = "-"  # the subject is named and is no party: no owner, and no guessing from the nearest party


def _to_party(art: Article, noun: Token) -> str | None:
    """'137 seats went to the PML-N'."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in art.lex["tally_to_verbs"]:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            parties = art.parties_in(prep.i + 1, prep.right_edge.i + 1)
            return parties[0].kb_id_ if parties else None
    return None


def _dateline(tok: Token) -> bool:
    """'PESHAWAR: The PTI won ...': the place a story was filed from, which the parser may take
    for the subject."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text in (":", "—", "–") and tok.is_sent_start is not False \
        and (tok.i == tok.sent.start or tok.text.isupper())


def _subject_party(art: Article, sent: Span, noun: Token) -> str | None:
    """The party whose subject won the seats: 'MQM, which ruled ..., managed to get six seats',
    'PPP dominates the assembly with 84 seats', '... and PTI (PTI) got 5 seats'. BLOCK when the
    subject is a noun that names no party ('the government and its allies secured seven')."""
    verb = _governor(noun)
    for _ in range(4):
        if verb is None:
            return None
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] + \
            [g for a in verb.children if a.dep_ in ("aux", "auxpass") for g in a.children if g.dep_ in ("nsubj", "nsubjpass")]
        subj = [c for c in subj if not _dateline(c)]
        if subj:
            s = subj[0]
            if s.lower_ in RELATIVE:  # "the Awami National Party of Asfandyar Wali, which ... won"
                antecedent = _nearest(art, sent, s.i, -1, max_gap=6)
                if s.lower_ == "who" and antecedent and antecedent[0] != "IND":
                    return BLOCK  # "who" is said of people ("candidates ... affiliated with PTI, who won"), not of a party
                return antecedent[0] if antecedent else None
            p = art.party_at(s)
            if p is not None:
                return p.kb_id_
            inside = art.parties_in(s.left_edge.i, s.right_edge.i + 1)
            if inside:  # the party nearest the subject's head in the tree ('Sharif-led PML-N')
                return min(inside, key=lambda p: (_depth(p.root, s), -p.start)).kb_id_
            if s.lower_ in ("it", "they"):
                return art.focus_party(s.i)  # "... after it won 123 seats"
            if s.lemma_.lower() == "party" and [c.lower_ for c in s.children if not c.is_punct] == ["the"]:
                return art.focus_party(s.i)  # "the party won 17 seats"
            if s.pos_ in ("NOUN", "PROPN") and s.lemma_.lower() not in art.lex["tally_counted_nouns"] \
                    and _tally_verb(art, verb):
                return BLOCK  # the winner is named and is no party
            return None
        before = _party_before(art, sent, verb.i)
        if before is not None:
            return before.kb_id_
        own_clause = any(c.dep_ in ("aux", "auxpass", "mark") and c.tag_ != "TO" for c in verb.children)
        if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp") and verb.head.i != verb.i and verb.head.i < verb.i \
                and not (verb.dep_ == "advcl" and own_clause):
            verb = verb.head
            for _ in range(2):  # "after securing": securing -> after -> got
                if verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("prep", "pobj", "pcomp") and verb.head.i != verb.i:
                    verb = verb.head
            if verb.pos_ not in ("VERB", "AUX"):
                return None
        else:
            return None
    return None


def _depth(tok: Token, top: Token) -> int:
    depth = 0
    while tok.i != top.i and tok.head.i != tok.i and depth < 20:
        tok, depth = tok.head, depth + 1
    return depth


def _party_before(art: Article, sent: Span, i: int) -> Span | None:
    """The party written right before a verb ('(PTI) got', 'PPP dominates', 'PML-N has also won')."""
    doc = sent.doc
    k = i - 1
    while k >= sent.start and (doc[k].pos_ in ("AUX", "ADV", "PART") or doc[k].text == ")"):
        k -= 1
    return art.party_at(doc[k]) if k >= sent.start else None


def _nearest(art: Article, sent: Span, start: int, floor: int, max_gap: int = 12) -> list[str]:
    """The nearest party before a number, with no other number between; a party inside an
    aside (' - a majority of whom were backed by PTI - ') is passed over."""
    doc = sent.doc
    before = [p for p in art.parties_in(max(sent.start, floor + 1), start) if p.kb_id_]
    dashes = [t.i for t in doc[sent.start:start] if t.text in ("-", "–", "—") and t.whitespace_ and t.i > sent.start
              and doc[t.i - 1].whitespace_]
    asides = list(zip(dashes[::2], dashes[1::2])) + _relative_asides(sent, start)
    before = [p for p in before if not any(a < p.start and p.end <= b for a, b in asides)]
    if not before:
        return []
    last = before[-1]
    gap = [t for t in doc[last.end:start] if not any(a <= t.i <= b for a, b in asides)]
    if any(_is_number(t) for t in gap) or len(gap) > max_gap:
        return []
    return [last.kb_id_]


def _relative_asides(sent: Span, start: int) -> list[tuple[int, int]]:
    """Relative clauses set off by commas before a number ('Independent candidates, the majority
    of whom were backed by the PTI, bagged 101 seats'): a party named inside one says who stands
    behind the subject, it does not own the seats. Pairs of comma positions."""
    doc = sent.doc
    commas = [t.i for t in doc[sent.start:start] if t.text == ","]
    out = []
    for a, b in zip(commas, commas[1:]):
        if any(t.lower_ in RELATIVE | {"whom", "whose"} and t.tag_ in ("WP", "WDT", "WP$") for t in doc[a + 1:min(b, a + 7)]):
            out.append((a, b))
    return out


def _event(art: Article, sent: Span, code: str, seats: int, house: str | None, when: str | None, rule: str) -> Event:
    if when is None:  # no election day named: the day the tally sentence gives ("results emerged on Monday")
        found, day = sentence_date(sent, sent.root, art.published)
        when = day.isoformat() if found and day else None
    return Event(doc=art.doc_id, type="seat_result", actor=code, seats=seats, house=house, date=when, status="fact",
                 evidence=art.evidence(sent, rule), confidence=0.6)
