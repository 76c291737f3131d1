"""Where and when a seat tally counts: the house named in its phrase or sentence, else the last
one named before (in the article's memory of places when the text parsed is only a part of the
story), else the house of the story's constituencies; no house when the last one named is
outside the guideline (Gilgit-Baltistan, AJK, local bodies). And which election: the day of the
vote the article names, and a tally dated to an earlier year, which is background. A house is
read from the whole story, not from the tally's words, hence a module of its own.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from spacy.tokens import Span, Token

from .base import Article
from .dates import date_expressions
from .lowered import for_lowered, lowered_in_place
from .seat_constituencies import prefix_houses
from .seat_words import _is_number
from .select import split_sentences
from .story_memory import recall


def article_context(text: str, published: date | None, lex) -> dict:
    """What seat rules need from the whole article: where it names houses outside the
    guideline, and the day of the vote where no 'February 8 elections' names it
    ('exercised their right to vote on February 8', 'the by-elections held on Sunday')."""
    context: dict = {"other_houses": other_house_starts(text, lex)}
    codes = prefix_houses(lex["tally_constituency_houses"])
    m = re.search(r"\b(" + "|".join(sorted(codes)) + r")[- ]?\d{1,3}\b", text)
    if m:
        context["constituency_house"] = codes[m.group(1)]  # "PP-83 Khushab": a Punjab Assembly seat
    vote, confidence, seen = _vote_words(lex["tally_vote_words"]), CONFIDENCE_VOTE, text
    lowered = lowered_in_place(text)
    if lowered is not None:  # the same words at a quarter of the cost (lowered.py)
        vote, confidence, seen = _vote_words_lowered(lex["tally_vote_words"]), CONFIDENCE_VOTE_LOWERED, lowered
    for start, end in split_sentences(text):
        sentence, searched = text[start:end], seen[start:end]
        words = [m.start() for m in vote.finditer(searched) if not confidence.search(searched, max(0, m.start() - 14), m.end() + 20)]
        if not words:
            continue
        near = [(min(abs(pos - w) for w in words), d) for pos, d in date_expressions(sentence, published)
                if d is not None and (published is None or d <= published)]  # "the vote would be held on Saturday": to come
        near = [(gap, d) for gap, d in near if gap <= 70]
        if near:
            context["vote_date"] = min(near, key=lambda x: x[0])[1].isoformat()  # "the polls held on Thursday"
            break
    return context


# a vote of (no-)confidence in a house is not an election: its day is not the polls' day
CONFIDENCE_VOTE = re.compile(r"\b(?:no[- ]?)?confidence[- ]vote|\bvotes? of (?:no[- ]?)?confidence\b|\bno[- ]confidence\b", re.I)
CONFIDENCE_VOTE_LOWERED = for_lowered(CONFIDENCE_VOTE)


def other_house_starts(text: str, lex) -> list[int]:
    """Where the article names a house outside the guideline (Gilgit-Baltistan, AJK, local bodies)."""
    pattern = _other_houses(lex["tally_other_houses"])
    return [m.start() for m in pattern.finditer(text)] if pattern is not None else []


@lru_cache(maxsize=4)
def _vote_words(words: frozenset[str]) -> re.Pattern:
    """A word about voting, not the 'Election Commission'."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b(?! Commission)", re.I)


@lru_cache(maxsize=4)
def _vote_words_lowered(words: frozenset[str]) -> re.Pattern:
    return for_lowered(_vote_words(words))


@lru_cache(maxsize=4)
def _other_houses(words: frozenset[str]) -> re.Pattern | None:
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b")


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
    capital = _capital_province(art, sent) if sent is not None and _provincial_house(art, sent, pos) else None
    if capital is not None:
        return capital  # "In Peshawar, ... his party won only two seats in the provincial assembly"
    if house not in (None, "Senate") and kind == "house" and sent is not None and _senate_story(art, pos) \
            and _houses_as_voters(sent):
        return "Senate"  # 'Of the 37 seats contested in the four provincial assemblies and the National Assembly'
    if house in ("NA", "Senate") and sent is not None and (_provincial_house(art, sent, pos) or _provincial_since(art, sent)):
        province = _last_province(art, pos) or _dateline_province(art)
        if province is not None:
            return province  # "won 66 seats in the provincial assembly": the assembly of the story's province
            # (named before, else the one whose capital the dateline names: 'KARACHI: ... two provincial seats')
    if kind == "scope" and not (sent is not None and any(t.lower_ == "provincial" for t in sent)):
        chunk_start = art.offset - art.memory.get("article_offset", 0)
        here = chunk_start + art.doc[pos].idx
        houses = [code for start, k, code in _places(art) if k == "house" and start < here]
        if houses and "Senate" in (houses[0], houses[-1]):
            return "Senate"  # a story of the Senate polls, where the assemblies named since are its voters
        later = [code for start, k, code in _places(art) if k == "house" and start > here]
        if not houses and later and later[0] == "Senate":
            return "Senate"  # a deck above the story of the Senate polls: '..., secures single seat from Sindh'
    return house


VOTING_WORDS = ("contested", "held", "polled", "polling", "voting", "elected", "cast")


def _senate_story(art: Article, pos: int) -> bool:
    """A story that names the Senate before any other house: one of the Senate polls."""
    chunk_start = art.offset - art.memory.get("article_offset", 0)
    here = chunk_start + art.doc[pos].idx
    houses = [code for start, k, code in _places(art) if k == "house" and start < here]
    return bool(houses) and houses[0] == "Senate"


def _houses_as_voters(sent: Span) -> bool:
    """'seats contested in the four provincial assemblies and the National Assembly', 'polling held in
    the Sindh Assembly': the assemblies a sentence names after a word of voting are where senators
    are elected, not the house whose seats are counted."""
    words = [t.lower_ for t in sent]
    return any(w in VOTING_WORDS and i + 1 < len(words) and words[i + 1] == "in" for i, w in enumerate(words)) \
        and any(t.lower_ in ("assembly", "assemblies") for t in sent)


def _provincial_house(art: Article, sent: Span, pos: int) -> bool:
    """'66 seats in the provincial assembly': the tally's own phrase names a provincial house by that word."""
    doc = sent.doc
    tail = doc[pos:min(sent.end, pos + 8)]
    return any(t.lower_ == "provincial" and t.i + 1 < sent.end and doc[t.i + 1].lower_ in art.lex["office_generic_seats"]
               for t in tail)


def _provincial_since(art: Article, sent: Span) -> bool:
    """A tally whose sentence names no place, told after 'won 90 general seats in the provincial
    assembly' and no place named since ('The JUI-F won seven seats, the PML-N five'): it goes on
    counting in that provincial house, not in the national one a place named further back ('an
    alliance ... at the national level') would give."""
    doc = sent.doc
    if any(sent.start <= h.start < sent.end for h in list(doc.spans["houses"]) + list(doc.spans["scopes"])):
        return False
    places = [h.end for h in list(doc.spans["houses"]) + list(doc.spans["scopes"]) if h.end <= sent.start]
    since = max(places, default=0)
    seats = art.lex["office_generic_seats"]
    return any(t.lower_ == "provincial" and t.i + 1 < sent.start and doc[t.i + 1].lower_ in seats
               for t in doc[since:sent.start])


def _capital_province(art: Article, sent: Span) -> str | None:
    """The assembly of the one province whose capital the sentence names (lexicon provincial_capitals):
    a tally 'in the provincial assembly' told from Peshawar is one of the KP Assembly."""
    capitals = dict(entry.split("=") for entry in art.lex["provincial_capitals"])
    found = {capitals[t.lower_] for t in sent if t.lower_ in capitals}
    return f"PA-{found.pop()}" if len(found) == 1 else None


DATELINE = re.compile(r"(?m)^([A-Z][A-Z]{3,})\s*:")


def _dateline_province(art: Article) -> str | None:
    """The provincial assembly of the province whose capital opens the story's first dateline ('QUETTA:')."""
    found = DATELINE.search(art.memory.get("article_text", ""))
    if found is None:
        return None
    capitals = dict(entry.split("=") for entry in art.lex["provincial_capitals"])
    province = capitals.get(found.group(1).lower())
    return f"PA-{province}" if province else None


def _last_province(art: Article, pos: int) -> str | None:
    """The provincial assembly of the last province the article named before a token."""
    chunk_start = art.offset - art.memory.get("article_offset", 0)
    here = chunk_start + art.doc[pos].idx
    for start, kind, code in reversed(_places(art, passing=True)):
        if start >= here:
            continue
        if kind == "house" and code.startswith("PA-"):
            return code
        if kind == "scope" and code != "national":
            return f"PA-{code}"
    return None


def _house_place(art: Article, pos: int, sent: Span | None = None) -> tuple[str | None, str]:
    """The house and whether a house ('house') or a province ('scope') named it."""
    places = sorted([h for h in art.doc.spans["houses"] if not _in_title(h)] + list(art.doc.spans["scopes"]),
                    key=lambda s: s.start)
    chunk_start = art.offset - art.memory.get("article_offset", 0)
    others = recall(art.memory, "other_houses", [])
    here = chunk_start + art.doc[pos].idx
    if sent is not None:
        inside = [h for h in places if sent.start <= h.start < sent.end]
        sent_start = chunk_start + sent.start_char
        if any(sent_start <= o < chunk_start + sent.end_char for o in others):
            return None, "house"
        if inside:
            span = _house_in_sentence(art, inside, pos, sent)
            return _as_house(art, span), span.label_
    before = [h for h in places if h.start < pos and not _voters_only(art, h) and not _passing_scope(art, h)]
    last_place = chunk_start + before[-1].start_char if before else None
    if before and before[-1].label_ == "scope":
        last_place = chunk_start + before[-1].sent.start_char - 1  # "the local government elections in Sindh": the
        # province named with the local polls is where they are held, not its assembly
    if last_place is None:
        earlier = [(start, kind, code) for start, kind, code in _places(art) if start < chunk_start]
        if earlier:
            last_place = earlier[-1][0]
    if any(o < here and (last_place is None or o > last_place) for o in others):
        return None, "house"
    if before:
        return _as_house(art, before[-1]), before[-1].label_
    # named earlier in the article, outside the text that was parsed
    earlier = [(kind, code) for start, kind, code in _places(art) if start < chunk_start]
    if earlier:
        kind, code = earlier[-1]
        return (code if kind == "house" else ("NA" if code == "national" else f"PA-{code}")), kind
    # a headline above any place: the first house the story names, else its constituencies' house
    later = [code for start, kind, code in _places(art) if start > here and kind == "house"]
    if later:
        return later[0], "house"
    return recall(art.memory, "constituency_house", "NA"), "house"


# words that make a place the story's: its polls, seats and houses, or its government (a province's
# words do not make 'the Centre' or the federal capital the story's place)
PLACE_TALK = ("won", "win", "wins", "bagged", "secured", "emerged", "majority", "seat", "seats", "assembly", "assemblies",
              "government", "govt", "cabinet", "coalition", "alliance", "ministry", "ministries")
PROVINCE_TALK = ("chief", "provincial", "province")


def _place_talk(words: set[str], code: str, lex) -> bool:
    """Whether a sentence's words speak of the polls, seats or government of the place it names."""
    talk = PLACE_TALK if code == "national" else PLACE_TALK + PROVINCE_TALK
    return not (words.isdisjoint(lex["tally_vote_words"]) and words.isdisjoint(talk))


def _passing_scope(art: Article, span: Span) -> bool:
    """A province or 'the Centre' named in passing, in a sentence of no vote, seat, house or government
    ('said the new set-up had no legitimacy in Balochistan', 'we are allies at the Centre'), is not where
    a tally told after it counts; one named with its polls, seats or government ('the polls in Punjab',
    'to form the government in Balochistan') is."""
    return span.label_ == "scope" and not _place_talk({t.lower_ for t in span.sent}, span.kb_id_, art.lex)


HOUSE_TITLES = ("speaker", "secretary", "secretariat", "chairman", "chairmanship")


def titled_house_starts(text: str, found: list[tuple[int, int, str, str]]) -> list[int]:
    """Where the article names a house as part of an office's title ('the Senate chairmanship', 'Punjab
    Assembly Speaker'): the same test as `_in_title`, on the raw text, for the houses a part of the story
    left unparsed names."""
    starts = []
    for start, end, kind, _code in found:
        words = re.findall(r"[A-Za-z]+", text[end:end + 30].lower())[:2]
        if words and words[0] == "deputy":
            words = words[1:]
        if kind == "house" and words and words[0] in HOUSE_TITLES:
            starts.append(start)
    return starts


def passing_scope_starts(text: str, found: list[tuple[int, int, str, str]], lex) -> list[int]:
    """Where the article names a province or 'the Centre' in passing (`_passing_scope`), on the raw text."""
    bounds = split_sentences(text)
    starts = []
    for start, _end, kind, code in found:
        if kind != "scope":
            continue
        sentence = next((text[a:b] for a, b in bounds if a <= start < b), "")
        if not _place_talk(set(re.findall(r"[a-z-]+", sentence.lower())), code, lex):
            starts.append(start)
    return starts


def _places(art: Article, passing: bool = False) -> list[tuple[int, str, str]]:
    """The houses and provinces the whole article names, in order, less the houses in an office's title
    and (unless `passing`) the provinces named in passing: a tally 'in the provincial assembly' still
    belongs to the province the story named, whatever it said there."""
    titled = set(recall(art.memory, "titled_houses", ()))
    passing = set() if passing else set(recall(art.memory, "passing_scopes", ()))
    return [(start, kind, code) for start, kind, code in art.memory.get("places", [])
            if not (kind == "house" and start in titled) and not (kind == "scope" and start in passing)]


def _in_title(span: Span) -> bool:
    """'brokered by Punjab Assembly Speaker Chaudhry Parvez Elahi': a house that is part of an
    office's title is not where seats are counted."""
    doc = span.doc
    k = span.end
    if k < len(doc) and doc[k].lower_ == "deputy":
        k += 1
    return k < len(doc) and doc[k].lower_ in HOUSE_TITLES


def _voters_only(art: Article, span: Span) -> bool:
    """In a story of the Senate polls, an assembly named in an earlier sentence as where senators are
    elected ('polling was held in the four provincial assemblies and the National Assembly', 'bagged
    169 votes in the National Assembly', 'a vote of confidence from the National Assembly') is not where
    the seats counted after it are: only an assembly named beside 'seats' ('seats in the National
    Assembly', 'National Assembly seats') is a place of seats there."""
    if span.label_ != "house" or span.kb_id_ == "Senate" or not _senate_story(art, span.start):
        return False
    sent = span.sent
    if _houses_as_voters(sent):
        return True
    doc = span.doc
    near = doc[max(sent.start, span.start - 4):min(sent.end, span.end + 2)]
    return not any(t.lower_ == "seats" for t in near)


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
    earlier_tally = next((t.i for t in reversed(doc[sent.start:pos]) if _is_number(t) and not _of_total(t)), None)
    boundary = next((t.i for t in reversed(doc[sent.start:pos]) if t.text in (",", ";") or t.lower_ in ("while", "whereas")), None)
    clause = [h for h in inside if earlier_tally is not None and boundary is not None and earlier_tally < boundary < h.start < pos]
    if clause:
        return clause[-1]  # "won 214 seats in the Punjab Assembly, while the PTI emerged as the largest party in
        # Khyber Pakhtunkhwa with 35 seats": the place of this tally's own clause, not the earlier tally's house
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
