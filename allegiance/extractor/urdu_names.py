"""Names in Urdu sentences: the people a list or a clause names, each with the party that introduces him.

Urdu news writes a person as '[PARTY کے] [role words] NAME', lists them with '،' and 'اور', and closes a
name at a particle ('X بھی', 'X نے'). These readers cut the names out of such spans; which span holds the
actor of an act is decided in extractor/urdu.py.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

URDU_CHAR = re.compile(r"[\u0600-\u06FF]")
ITEM_SPLIT = re.compile(r"\s*[،,]\s*")
DIGITS = re.compile(r"[0-9\u06F0-\u06F9\u0660-\u0669]")
# The Arabic block but its punctuation (the comma '،', semicolon, question mark and full stop '۔' end a word),
# and the edges of a word written with it: every Urdu pattern matches whole words through these.
URDU_LETTERS = r"\u0600-\u060B\u060D-\u061A\u061C-\u061E\u0620-\u06D3\u06D5-\u06FF"
LETTER = f"[{URDU_LETTERS}]"
WORD_START, WORD_END = f"(?<!{LETTER})", f"(?!{LETTER})"
NAME_SPLIT = re.compile(rf'\s*(?:،|,|["“”«»]|{WORD_START}(?:اور|سمیت){WORD_END})\s*')  # a name never spans a quote
# mark; 'X سمیت متعدد وزراء' (several ministers including X) names X


def _names(sent: str, parties: list[tuple[int, int, str]], end: int, lex) -> list[str]:
    that = sent.rfind(" کہ ", 0, end)
    marks = [sent.rfind(":", 0, end) + 1, sent.rfind(")", 0, end) + 1, that + 4 if that >= 0 else 0]
    start = max([e for _p, e, _c in parties if e <= end] + marks)
    names = _role_names(sent[start:end], lex)
    # A list of people each with a party ('شیخوپورہ سے پی ٹی آئی کے نائب صدر X، ... کے امیدوار Y اور ... Z نے'):
    # a party owned by the next words ('PARTY کے') belongs to its item, and the list goes on before it.
    open_start = max([e for _p, e, _c in parties if e <= end and not _possessive(sent, e)] + marks)
    if open_start < start:
        stop = next((p for p, e, _c in parties if e == start), start)  # the item of the party that opens the last one
        earlier, bare_run = [], True
        for a, b in _items(sent, open_start, stop):
            owner = [e for p, e, _c in parties if a <= p and e <= b and _possessive(sent, e)]
            if owner:
                earlier.append((owner[-1], b))  # the people named after 'PARTY کے'
            elif earlier and _names_role(sent[a:b], lex):
                earlier.append((a, b))  # '، پی پی 132 کے امیدوار Y': the list goes on
            elif bare_run and that >= 0 and open_start == that + 4 and _bare_name(sent[a:b], lex):
                earlier.append((a, b))  # 'کہ A، B اور PARTY کے سابق سینیٹر C': the clause's list opens with bare names
                continue
            bare_run = False
        names = [n for a, b in earlier for n in _role_names(_without_parties(sent, parties, a, b), lex) if n not in names] + names
    return names


def _bare_name(text: str, lex) -> bool:
    """An item that is a name alone: two to five Urdu words, none a particle, a role or a common word."""
    words = [w for w in text.replace("،", " ").split() if w != "اور"]
    stop = set(lex["particles"]) | set(lex["roles"]) | set(lex["when2_not_name_words"]) | set(lex["pronouns"])
    return 2 <= len(words) <= 5 and all(URDU_CHAR.search(w) and w not in stop for w in words)


def _names_role(text: str, lex) -> bool:
    roles = set(lex["roles"]) - set(lex["particles"]) - {"اور", "بھی"}
    return any(w in roles for w in text.split())


def _role_names(text: str, lex) -> list[str]:
    span = _without_portfolios(" " + text + " ", lex)
    for role in sorted((r for r in lex["roles"] if " " in r), key=len, reverse=True):
        span = span.replace(f" {role} ", " ")
    return _trailing_names(span, lex)


def _without_portfolios(span: str, lex) -> str:
    """The span with each portfolio a role names cut out ('وزیر برائے بلدیات X': minister for local
    government X), so the department's word never opens the name after it."""
    marks = "|".join(map(re.escape, lex.get("portfolio_markers", [])))
    return re.sub(rf" (?:{marks}) \S+ ", " ", span) if marks else span


def _possessive(sent: str, at: int) -> bool:
    """A party name followed by 'کے' ('پی ٹی آئی کے نائب صدر'), or by its chapter's province first ('پی ٹی آئی
    خیبر پختونخوا کے جنرل سیکرٹری'): it qualifies the people named after it."""
    return re.match(rf"\s*(?:(?:{_chapter_places()})\s+)?کے{WORD_END}", sent[at:]) is not None


@lru_cache(maxsize=1)
def _chapter_places() -> str:
    path = resources.files("allegiance") / "data" / "lexicon" / "ur.json"
    places = json.loads(path.read_text(encoding="utf-8"))["party_chapter_places"]
    return "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))


def _items(sent: str, start: int, end: int) -> list[tuple[int, int]]:
    """The list items ('،' apart) between start and end, as spans of the sentence."""
    items, pos = [], start
    for m in ITEM_SPLIT.finditer(sent, start, end):
        items.append((pos, m.start()))
        pos = m.end()
    items.append((pos, end))
    return [(a, b) for a, b in items if b > a]


def _without_parties(sent: str, parties: list[tuple[int, int, str]], a: int, b: int) -> str:
    """The item's words with its party names cut out (a party is never a person's name); the
    cut ends a name as a particle does."""
    text = sent[a:b]
    for s, e, _c in sorted(parties, reverse=True):
        if a <= s and e <= b:
            text = text[:s - a] + " کے " + text[e - a:]
    return text


def _possessive_party(sent: str, parties: list[tuple[int, int, str]], a: int, b: int) -> bool:
    return any(a <= s and e <= b and _possessive(sent, e) for s, e, _c in parties)


def _trailing_names(text: str, lex) -> list[str]:
    """The name closing each listed item: the words after its last role or particle
    ('صوبے کے سابق وزیر اعلیٰ محمود خان' -> 'محمود خان'), two to five of them, and up to two titles more."""
    stops = set(lex["roles"]) | set(lex["particles"]) | set(lex["when2_not_name_words"]) | set(lex["when2_roles"]) \
        | set(lex["group_nouns"])  # 'مایوس امیدواروں' (disappointed candidates): a group, never a name
    out = []
    for chunk in NAME_SPLIT.split(" ".join(_without_days(text, lex).split())):
        if hosted(chunk, lex):
            continue  # 'X کی قیادت میں' (under X's lead), 'X کی موجودگی میں': the host, not who acts
        run = _closing_run(chunk.split(), stops)
        if len(run) < 2 and "بھی" in chunk.split():  # 'X بھی آئندہ چند روز میں' (X too, in the coming days): the
            words = chunk.split()                    # name is the subject 'بھی' closes, before the time words
            run = _closing_run(words[:len(words) - words[::-1].index("بھی")], stops)
        titled = sum(1 for w in run[:2] if w in lex["honorifics"])  # 'پیر سید فضل علی شاہ جیلانی': titles lengthen a name
        if 2 <= len(run) <= 5 + titled and not set(run) & set(lex["pronouns"]):  # "ہم" (we): a party speaking
            out.append(" ".join(run))
    return out


def _without_days(text: str, lex) -> str:
    """The text with its weekday and date phrases cut to a particle ('X پیر کے روز': X on Monday, 'X 12 مئی
    کو'), so the day never closes a name: 'پیر' is also an honorific that opens one ('پیر صبغت اللہ')."""
    days = "|".join(w for group in lex["weekdays"] for w in group.split("|"))
    after = "|".join(re.escape(w) for w in sorted(lex["weekday_after"] + lex["when2_weekday_after"], key=len, reverse=True))
    months = "|".join(map(re.escape, lex["months"]))
    text = re.sub(rf"(?<![\d\u06F0-\u06F9])[\d\u06F0-\u06F9]{{1,2}}\s+(?:{months})(?:\s+[\d\u06F0-\u06F9]{{4}})?\s+کو{WORD_END}",
                  " کو ", text)  # 'X 12 مئی کو': X on 12 May
    return re.sub(rf"{WORD_START}(?:{days})\s+(?:{after}){WORD_END}", " کو ", text)


def hosted(chunk: str, lex) -> bool:
    """A list item that ends in a host's phrase, particles aside ('X کی قیادت میں PARTY میں' with the party
    cut out): X leads or hosts the act, and is not who does it."""
    words = chunk.split()
    while words:
        if any(" ".join(words).endswith(" " + w) for w in lex["host_after_name"]):
            return True
        if words[-1] not in lex["particles"]:
            return False
        words.pop()
    return False


def _closing_run(words: list[str], stops: set[str]) -> list[str]:
    """The words closing a span after its last stop word, trailing particles dropped."""
    words = list(words)
    while words and (words[-1] in stops or not URDU_CHAR.search(words[-1])):
        words.pop()  # 'X بھی' (X too): the name ends before the particle
    run: list[str] = []
    for w in reversed(words):
        if w in stops or DIGITS.search(w) or not URDU_CHAR.search(w):
            break
        run.insert(0, w)
    return run
