"""The words a seat tally is read from: its number ('62', 'seventy four', 'one hundred and
twenty seven', 'a single seat'), the seat nouns, and the verb that won the seats, with whether
that verb only hopes or supposes ('would have won', 'hopes to bag') rather than tells of a win.
The tallies (seats.py), their houses (seat_houses.py) and their owners (seat_owners.py) all
read these words, so they sit below all three.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..country.lexicon import NUMBER_WORDS
from .base import Article


SEAT_NOUNS = {"seat", "seats", "constituency", "constituencies"}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}  # numerals, like NUMBER_WORDS


def number_value(tok: Token) -> int | None:
    if tok.like_num and tok.text.isdigit():
        return int(tok.text)
    return NUMBER_WORDS.get(tok.lower_)


def _is_number(tok: Token) -> bool:
    """A cardinal ('62', 'six', '20,000'); spaCy's like_num also takes 'second' and 'third'."""
    return tok.text.replace(",", "").isdecimal() or tok.lower_ in NUMBER_WORDS or tok.lower_ in TENS or tok.lower_ == "hundred"


def read_number(art: Article, doc: Doc | Span, i: int, end: int) -> tuple[int, int] | None:
    """The number that starts at token i, and the token after it: '62', 'six',
    'seventy four', 'twenty-two', 'one hundred and twenty seven', 'a single seat', a deck's 'single seat'."""
    d = art.doc
    tok = d[i]
    if tok.text.isdecimal():  # not '²': a digit to Python's isdigit that int() cannot read
        return int(tok.text), i + 1
    if tok.lower_ == "a" and i + 2 < end and d[i + 1].lower_ == "seat" and d[i + 2].lower_ in ("each", "apiece"):
        return 1, i + 1  # "A, B and C won a seat each"
    if tok.lower_ == "a" and i + 2 < end and d[i + 1].lower_ in art.lex["tally_single_words"] and d[i + 2].lower_ == "seat":
        if any(t.lower_ in art.lex["tally_zero_words"] for t in d[max(0, i - 5):i]):
            return None  # "failed to win a single seat", "dared it to win even a single seat": none
        return 1, i + 2  # "had to settle for a single seat", "won a lone seat"
    if tok.lower_ in art.lex["tally_single_words"] and i + 1 < end and d[i + 1].lower_ == "seat" \
            and (i == 0 or d[i - 1].lower_ not in ("a", "the", "its", "their")):
        if any(t.lower_ in art.lex["tally_zero_words"] for t in d[max(0, i - 5):i]):
            return None  # "did not win single seat": none
        return 1, i + 1  # a deck's "ANP single seat", "MQM-P secures single seat from Sindh"
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
