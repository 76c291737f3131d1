"""seat_result in Urdu sentences: the tally as Urdu news writes it.

Urdu results put each party before its figure, with or without the agent
marker ("مسلم لیگ ن نے 75، پیپلز پارٹی نے 54 نشستیں حاصل کیں", "آزاد امیدوار
101 نشستوں پر کامیاب"), the seat word and the verb of winning once at the end.
The house is the one the sentence names, else the last one the story named
before it; a tally with no house is left out rather than guessed. Reserved
seats are allocations, read by ``reserved.extract_reserved_urdu``. Cue words
live in ``data/lexicon/ur.json`` (``seat_*``).
"""
from __future__ import annotations

import re
from datetime import date

from ..model import Article, Event, Evidence
from . import urdu

DIGIT_VALUES = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
FIGURE = r"[0-9\u06F0-\u06F9\u0660-\u0669]{1,3}"


def extract_urdu_seats(article: Article, country: str) -> list[Event]:
    """Each party's stated tally in the Urdu sentences of an article, once per party and house."""
    lex = urdu._lexicon()
    if not urdu.URDU_CHAR.search(article.text) or not any(w in article.text for w in lex["seat_words"]):
        return []
    pattern, names = urdu._party_pattern(country)
    events: list[Event] = []
    seen: set[tuple[str, str]] = set()
    house = None
    polled = _polling_day(article, lex)
    rows = _table_rows(article.text, pattern, names, lex)
    province, previous = None, None
    for m in urdu.SENTENCE.finditer(article.text):
        sentence = m.group(0)
        named = [code for name, code in sorted(lex["reserved_seat_houses"].items(), key=lambda kv: sentence.find(kv[0]))
                 if name in sentence]
        here = _province_named(sentence, pattern, lex)
        province, previous = here or previous, here
        if not named and province and any(w in sentence for w in lex["seat_house_words"]):
            named = [province]  # 'ادھر بلوچستان میں ... 51 نشستوں والے ایوان میں': the house of the province just named
        house = named[0] if named else house
        if house is None:
            continue
        evidence = Evidence(sentence.strip(), article.offset + m.start(), article.offset + m.end(), "urdu.seat_result")
        found = rows.get(m.start()) or (_tallies(sentence, pattern, names, lex) if _states_a_result(sentence, lex) else [])
        for code, seats in found:
            if (code, house) in seen:
                continue
            seen.add((code, house))
            events.append(Event(doc=article.doc, type="seat_result", actor=code, seats=seats, house=house,
                                date=polled, status="fact", evidence=evidence, confidence=0.5))
    return events


def _polling_day(article: Article, lex: dict) -> str | None:
    """The day of the polls the story names ('آٹھ فروری کو ہونے والے عام انتخابات', '16 اکتوبر کے ضمنی
    انتخابات'): a tally's date, as the English reader gives it; the year is the story's, or the year before
    when that day is still to come."""
    if article.published is None:
        return None
    spelled = "|".join(re.escape(w) for w in sorted(lex["seat_number_words"], key=len, reverse=True))
    months = "|".join(re.escape(m) for m in lex["months"])
    polls = "|".join(re.escape(w) for w in lex["polls_words"])
    m = re.search(rf"(?<![\u0600-\u06FF\d])(?P<d>{FIGURE}|{spelled})\s+(?P<m>{months})\s+(?:کو\s+ہونے\s+والے|کے)\s+"
                  rf"(?:عام\s+|ضمنی\s+)?(?:{polls})", article.text)
    if m is None:
        return None
    day = m.group("d")
    day = lex["seat_number_words"][day] if day in lex["seat_number_words"] else int(day.translate(DIGIT_VALUES))
    month = lex["months"].index(m.group("m")) + 1
    try:
        found = date(article.published.year, month, day)
        if found > article.published:
            found = date(article.published.year - 1, month, day)
    except ValueError:
        return None
    return found.isoformat()


def _states_a_result(sentence: str, lex: dict) -> bool:
    """A sentence that says seats were won: a seat word and a verb of winning, no reserved seats, and no
    hedge, denial or future ('... نشستیں جیت سکتی ہے' is a forecast, not a result)."""
    if not any(w in sentence for w in lex["seat_words"]) or not any(w in sentence for w in lex["seat_won"]):
        return False
    if any(w in sentence for w in lex["reserved_seat_words"]):
        return False
    if any(w in sentence for w in lex["deny"] + lex["hedge"]) or urdu._future(sentence, lex):
        return False
    return True


def _tallies(sentence: str, pattern: re.Pattern, names: dict[str, str], lex: dict) -> list[tuple[str, int]]:
    """Party-figure pairs: a party, its markers or describing words ('نے', 'کی', 'امیدواروں نے', the house
    'قومی اسمبلی کی', 'کے حصے میں'), then a figure in digits or in words ('نے چار، ... نے تین اور ... نے دو
    نشستیں'); one figure a party, the first. A doubled figure ('ایک ایک نشست') is each one's: every party
    of the list just before it ('A، B اور C نے ایک ایک نشست حاصل کی', 'A اور B 11، 11 نشستوں کے ساتھ') takes it."""
    words = lex["seat_between"] + list(lex["reserved_seat_houses"])
    between = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    spelled = "|".join(re.escape(w) for w in sorted(lex["seat_number_words"], key=len, reverse=True))
    seat = "|".join(re.escape(w) for w in lex["seat_words"])
    # a figure in words stands before a seat word, a list comma or 'اور', so that 'نو مئی' is no tally
    figure = (rf"(?P<fig>{FIGURE})(?P<twice>\s*[،,]\s*(?P=fig))?(?![0-9\u06F0-\u06F9\u0660-\u0669])"
              rf"|(?P<word>{spelled})(?P<each>\s+(?P=word))?(?=\s*(?:[،,]|اور\s|(?:{seat})))")
    joiners = "|".join(re.escape(w) for w in lex["seat_list_joiners"])
    out: list[tuple[str, int]] = []
    listed: list[str] = []  # the parties of a list still waiting for a figure
    last_end = None
    for party in pattern.finditer(sentence):
        code = names[party.group(0)]
        if last_end is None or not re.fullmatch(rf"\s*(?:(?:{joiners})\s*)+", sentence[last_end:party.start()]):
            listed = []
        last_end = party.end()
        after = re.match(rf"\s*(?:(?:{between})\s+)*[(\s]*(?:{figure})", sentence[party.end():])
        if after is None:
            counted = _counted_before(sentence, party, lex)
            if counted and not any(c == code for c, _n in out):
                out.append((code, counted))
            else:
                listed.append(code)
            continue
        if after.group("fig"):
            seats = int(after.group("fig").translate(DIGIT_VALUES))
        else:
            seats = lex["seat_number_words"][after.group("word")]
        owners = listed + [code] if after.group("each") or after.group("twice") else [code]  # 'A اور B 11، 11 نشستوں': each
        listed = []
        for owner in owners:
            if seats > 0 and not any(c == owner for c, _n in out):
                out.append((owner, seats))
    return out


def _counted_before(sentence: str, party: re.Match, lex: dict) -> int:
    """A figure that counts a party's winners before its name ('جبکہ ۱۳ آزاد امیدوار کامیاب ہوئے'): the
    party's candidates, then a word of winning in the same clause; 0 when the sentence is not of that form."""
    before = re.search(rf"(?<![0-9\u06F0-\u06F9\u0660-\u0669])({FIGURE})\s+$", sentence[:party.start()])
    if before is None:
        return 0
    members = "|".join(re.escape(w) for w in lex["seat_counted_members"])
    won = "|".join(re.escape(w) for w in lex["seat_won"])
    if not re.match(rf"\s+(?:{members})\s+(?:[^\s،,۔]+\s+){{0,2}}?(?:{won})", sentence[party.end():]):
        return 0
    return int(before.group(1).translate(DIGIT_VALUES))


def _province_named(sentence: str, pattern: re.Pattern, lex: dict) -> str | None:
    """The provincial assembly of the province a sentence names outside any party's name ('بلوچستان میں',
    not 'بلوچستان عوامی پارٹی'), for a house the sentence then calls only 'the house' ('ایوان')."""
    bare = pattern.sub(" ", sentence)
    return next((code for name, code in lex["seat_provinces"].items()
                 if re.search(rf"{urdu.WORD_START}{re.escape(name)}{urdu.WORD_END}", bare)), None)


def _table_rows(text: str, pattern: re.Pattern, names: dict[str, str], lex: dict) -> dict[int, list[tuple[str, int]]]:
    """Lines of a results table, each a party and its figure alone ('پاکستان پیپلز پارٹی — 84',
    'آزاد امیدوار: 12'), by where the line starts; a table is two such lines at least, under the heading
    that names its house."""
    between = "|".join(re.escape(w) for w in sorted(lex["seat_between"], key=len, reverse=True))
    row = re.compile(rf"\s*(?P<party>{pattern.pattern})(?:\s+(?:{between}))*\s*[—–\-:|]\s*(?P<fig>{FIGURE})\s*"
                     rf"(?:{'|'.join(map(re.escape, lex['seat_words']))})?\s*")
    found: dict[int, list[tuple[str, int]]] = {}
    pos = 0
    for line in text.split("\n"):
        m = row.fullmatch(line)
        if m and int(m.group("fig").translate(DIGIT_VALUES)) > 0:
            found[pos] = [(names[m.group("party")], int(m.group("fig").translate(DIGIT_VALUES)))]
        pos += len(line) + 1
    return found if len(found) >= 2 else {}
