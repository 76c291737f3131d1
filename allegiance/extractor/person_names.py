"""Person names in text: the ``allegiance_names`` spaCy component.

The statistical model misses or mangles many South Asian names: honorifics
(Mian, Sardar, Nawabzada, Ch), names it tags as places or organisations,
names split in two, Title Case headlines, surname-only back references. The
component repairs them into ``doc.spans["persons"]``, each with its fullest
form in the article as ``kb_id``.
"""
from __future__ import annotations

from functools import lru_cache

from rapidfuzz.fuzz import ratio as similarity
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..country.lexicon import load_lexicon
from ..country.registry import DEFAULT_COUNTRY, country_dir
from .base import doc_text
from .party_names import URDU

COMPONENT = "allegiance_names"

@Language.factory(COMPONENT, default_config={"country": DEFAULT_COUNTRY})
def make_name_repair(nlp: Language, name: str, country: str) -> "NameRepair":
    return NameRepair(country)


@lru_cache(maxsize=8)
def load_places(country: str) -> frozenset[str]:
    """Place names of a country that look like person names (data/<country>/places.txt)."""
    path = country_dir(country) / "places.txt"
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


HEADLINE_VERB_ENDINGS = ("", "s", "es", "d", "ed", "ing")
HYPHEN = get_string_id("-")
UNSEEN = object()  # a word `_is_name_word` has not met


class NameRepair:
    """Person names from runs of capitalised words, checked against the NER.

    The small English model splits "Sardar Riaz Mehmood Khan Mazari" in two,
    tags "Parvez Elahi" as a place and "Raja Riaz" as an organisation, and
    folds roles into names ("MNA Ghulam Abbasi Qureshi"). A run of name words
    bounded by roles, parties and punctuation is a person when the model saw
    a person in it, when it opens with an honorific, or when it stands in a
    list or after a role beside other people. Each person span's ``kb_id``
    is the fullest form of that name in the article, so "Khosa" and
    "Zulfiqar Khosa" resolve to "Sardar Zulfiqar Ali Khan Khosa".
    """

    CONNECTORS = {"ul", "ur", "un", "ud", "e", "i", "al", "ul-", "bin", "ibn", "uz", "us"}

    def __init__(self, country: str = DEFAULT_COUNTRY) -> None:
        lex = load_lexicon("en")
        self.places = load_places(country)
        self.honorifics = lex["honorifics"]
        self.roles = lex["roles"] | lex["office_title_words"]
        self.portfolios = lex["portfolio_words"]
        self.one_word_titles = lex["titles_before_one_word_names"]
        self.not_name = lex["not_name"]
        self.name_dates = lex["name_parts_also_dates"] | lex["name_parts_before_names"]
        self.lower_name_words = frozenset({"ur", "ul", "ud", "un", "uz"}) | {w for w in self.name_dates if w[:1].islower()}
        self.openers = lex["name_openers"]
        self.titles = {t.lower().rstrip(".") for t in lex["title_only"]}
        self.org_words = lex["org_words"]
        self.person_titles = lex["person_title_words"]
        verbs = lex["join_verbs"] | lex["leave_verbs"] | lex["expel_verbs"] | lex["headline_name_verbs"]
        self.headline_verb_forms = frozenset(v + sfx for v in verbs for sfx in HEADLINE_VERB_ENDINGS)  # asked of every capitalised word
        self.caps_stop = {w.lower() for w in self.roles | self.not_name | self.org_words | self.portfolios}
        self._caps_sents: dict[int, bool] = {}
        self._headline_sents: dict[int, bool] = {}
        self._words_of: dict[tuple[int, int], list[str]] = {}
        self._has_ents = False
        self.retired_marks = lex["retired_rank_marks"]
        self.place_heads = lex["depart2_place_head_nouns"]
        self.female_kin = lex["female_kin_nouns"]
        self._may_open: dict[int, bool] = {}  # ORTH id -> whether the word may open a run (`_openers`)
        self._name_words: dict[int, bool | None] = {}  # ORTH id -> `_name_word` of it, None if its neighbours tell

    def __call__(self, doc: Doc) -> Doc:
        self._caps_sents, self._headline_sents, self._words_of = {}, {}, {}
        self._has_ents = doc.has_annotation("ENT_IOB")  # asked of many runs; spaCy scans every token to tell
        blocked = self._blocked_tokens(doc)
        runs = self._runs(doc, blocked)
        persons = [r for r in runs if self._is_person(doc, r, runs)]
        persons = self._add_single_word_refs(doc, runs, persons)
        persons = self._add_single_words_in_lists(doc, runs, persons)
        persons = self._add_who_described(doc, runs, persons)
        persons = sorted(filter_spans(persons), key=lambda s: s.start)
        persons = self._canonicalise(persons)
        doc.spans["persons"] = persons
        ents = [e for e in doc.ents if not any(e.start < p.end and p.start < e.end for p in persons)]
        doc.ents = filter_spans(ents + persons)  # each already a PERSON span with its name as kb_id
        return doc

    def _blocked_tokens(self, doc: Doc) -> set[int]:
        blocked = set()
        for key in ("parties", "houses", "scopes"):
            for span in doc.spans.get(key, []):
                blocked.update(range(span.start, span.end))
        return blocked

    def _closes_a_name(self, token) -> bool:
        """'Abdul Jalil Jan said', 'Aurangzeb Jan.': a word that is also a month closes a name when the word
        before it is a name's word (capitalised, not a title or a stop word) and no day's number follows."""
        prev = token.nbor(-1).text
        nxt = token.nbor(1).text if token.i + 1 < len(token.doc) else ""
        return prev.isalpha() and prev[:1].isupper() and prev[1:].islower() and prev not in self.not_name \
            and prev not in self.roles and prev not in self.name_dates and not nxt[:1].isdigit()

    def _name_word(self, token) -> bool:
        text = token.text
        if not text or (text[0].islower() and text not in self.lower_name_words and text.lower() not in self.CONNECTORS):
            return False  # most words: a name word starts with a capital, but for the connectors ('Zia ul Haq')
        if URDU.search(text):
            return False
        if text in self.name_dates and token.i + 1 < len(token.doc):
            nxt = token.nbor(1).text  # "Mir Jan Muhammad": a name part, "Jan 5": a date
            if nxt[:1].isupper() and nxt.isalpha() and nxt not in self.not_name:
                return True
        if text in self.name_dates and token.i > 0 and self._closes_a_name(token):
            return True  # "spokesman Abdul Jalil Jan said": the last part of a name, no month
        if text in self.roles or text in self.not_name:
            return False
        if text.lower() in self.CONNECTORS and token.i > 0 and token.nbor(-1).text == "-":
            return True
        if text in self.lower_name_words and 0 < token.i < len(token.doc) - 1 \
                and token.nbor(-1).text[:1].isupper() and token.nbor(1).text[:1].isupper():
            return True  # "Habib ur Rehman", "Zia ul Haq": the connector written apart
        if len(text) == 1 and text.isupper():  # an initial, as in "Sheikh M Younas"
            return True
        if len(text) == 2 and text[0].isupper() and text[1] == "." and token.i + 1 < len(token.doc) \
                and token.nbor(1).is_alpha and token.nbor(1).text[:1].isupper():
            return True  # an initial with its stop, as in "M. Ali Kazmi"
        if text[:1].isupper() and self._headline_verb(text):
            return False  # "Tariq Khan Joins PPP": a headline's verb ends the name before it
        if text.isupper() and len(text) > 1 and text.isalpha() and self._caps_line(token):
            return text.lower() not in self.caps_stop and not token.is_stop  # "NADEEM AFZAL QUITS"
        if text.endswith(".") and text[:-1] in self.honorifics:
            return True
        core = text.replace("'", "").replace("’", "")
        return core[:1].isupper() and core.isalpha() and not (core.isupper() and len(core) > 1 and core not in self.honorifics)

    def _headline_verb(self, text: str) -> bool:
        """'Joins', 'Quits', 'Parts', 'Resigns': a verb of the lexicon in any of its forms."""
        return text.lower() in self.headline_verb_forms

    def _caps_line(self, token) -> bool:
        """A sentence written in capitals ('FORMER MNA JOINS PTI'): there a capital proves nothing,
        so its name words are the words that are not roles, places, stop words or verbs."""
        sent = token.sent
        if sent.start not in self._caps_sents:
            words = [t.text for t in sent if t.is_alpha and len(t) > 1]
            upper = sum(w.isupper() for w in words)
            self._caps_sents[sent.start] = len(words) >= 3 and upper / len(words) >= 0.8
        return self._caps_sents[sent.start]

    def _runs(self, doc: Doc, blocked: set[int]) -> list[Span]:
        """Maximal runs of name words. A run opens only at a word that may open one (``_openers``), so the
        words between runs, most of any text, are never made into Token objects; once open, a run takes
        every following word that is a name word or a hyphen inside the name."""
        runs, after = [], 0
        ids = doc.to_array(ORTH).tolist()
        for i in self._openers(doc, ids):
            if i < after or i in blocked or not self._is_name_word(doc, i, ids[i]):
                continue
            end = i + 1
            while end < len(doc) and end not in blocked and (self._is_name_word(doc, end, ids[end])
                                                             or ids[end] == HYPHEN and self._hyphen_inside(doc, doc[end], i)):
                end += 1
            runs.append(self._trim(doc, i, end))
            after = end + 1  # the word that closed the run opens none
        return [piece for r in runs if r is not None for piece in self._split_at_opener(doc, r)]

    def _openers(self, doc: Doc, ids: list[int]) -> list[int]:
        """The tokens that may open a run of name words: capitalised, or a connector or lowercase name part
        (`_name_word` starts with the same test). Decided once per word of the vocabulary, from its id."""
        may, strings = self._may_open, doc.vocab.strings
        for key in set(ids).difference(may):
            may[key] = self._may_open_run(strings[key])
        return [i for i, key in enumerate(ids) if may[key]]

    def _is_name_word(self, doc: Doc, i: int, key: int) -> bool:
        """`_name_word` of token ``i`` (ORTH id ``key``), remembered per word of the vocabulary when no
        neighbour of the word can change it (`_asks_neighbours`)."""
        known = self._name_words.get(key, UNSEEN)
        if known is None or known is UNSEEN:
            token = doc[i]
            answer = self._name_word(token)
            if known is UNSEEN:
                self._name_words[key] = None if self._asks_neighbours(token.text) else answer
            return answer
        return known

    def _asks_neighbours(self, text: str) -> bool:
        """Whether `_name_word` reads more than the word itself: a name part that is also a date's word, a
        connector, a lowercase name part, an initial with its stop, a word in capitals (is its line?)."""
        return text in self.name_dates or text.lower() in self.CONNECTORS or text in self.lower_name_words \
            or (len(text) == 2 and text[1] == ".") or (text.isupper() and len(text) > 1 and text.isalpha())

    def _may_open_run(self, text: str) -> bool:
        return bool(text.lstrip("'\u2019")[:1].isupper() or text.isupper() or text in self.lower_name_words
                    or text in self.name_dates or text.lower() in self.CONNECTORS)

    def _split_at_opener(self, doc: Doc, run: Span) -> list[Span]:
        """'Orakzai Agency Malik Jawad Hussain', 'MNA from Rahim Yar Khan Mian Abdul Sattar': a place (of one
        word or several) or body, then a name its title opens.
        'Minister of Fisheries Mir Chakar Domki', 'Adviser to the PM on Health Dr X': the portfolio after 'of', 'for', 'on' is no name."""
        if self._in_portfolio(doc, run.start):
            k = 0
            while k < len(run) and (run[k].text in self.portfolios or run[k].text in ("-", "&")):
                k += 1
            if k == len(run) and doc[run.start - 1].lower_ not in ("of", "for", "on"):
                return []  # 'Minister for Industries and Production, X': the portfolio's last words
            if k == len(run) and run.end < len(doc) and doc[run.end].text == ",":
                return []  # 'the SAPM on Overseas Pakistanis, X,': the portfolio, then its holder
            if 0 < k and len(run) - k >= 2:
                return [doc[run.start + k:run.end]]
            opener = next((j for j in range(1, len(run) - 1) if run[j].text in self.openers), None)
            if opener is not None:  # 'Minister for Rural Roads Diwan Ali Chughtai': the title opens the name
                return [doc[run.start + opener:run.end]]
            if k == 0 and run.end + 1 < len(doc) and doc[run.end].text == "," and doc[run.end + 1].is_alpha \
                    and doc[run.end + 1].text[:1].isupper():
                return []  # 'Special Assistant on Katchi Abadis, X,': a portfolio of words not listed, then its holder
        for k in range(1, len(run) - 1):
            if run[k].text in self.openers and (any(t.text in self.org_words or t.text.lower() in self.places
                                                    for t in run[:k]) or run[:k].text.lower() in self.places):
                return [doc[run.start:run.start + k], doc[run.start + k:run.end]]
        if len(run) >= 3 and run[0].text.lower() in self.places and run.start >= 2 \
                and (doc[run.start - 1].lower_ in ("of", "from") and doc[run.start - 2].text in self.roles
                     or doc[run.start - 1].text in self.roles and doc[run.start - 1].is_lower):
            return [doc[run.start + 1:run.end]]  # 'district president of Charsadda Fazal Shah Mohmand', 'district council
        return [run]                              # chairman Sheikhupura X': the role's place, then its holder

    def _in_portfolio(self, doc: Doc, start: int) -> bool:
        """The run at `start` goes on a role's portfolio: right after its 'of', 'for' or 'on' ('Minister of
        Fisheries'), or after portfolio words and their 'and' ('Minister for Industries and Production',
        'Minister for Industries, Commerce and Investment': a list of portfolios, commas between)."""
        j = start - 1
        if j >= 0 and doc[j].lower_ in ("and", "&"):
            j -= 1
            while j >= 0 and (doc[j].text in self.portfolios or doc[j].text == "," and j >= 1 and doc[j - 1].text in self.portfolios):
                j -= 1
            if j == start - 2:
                return False  # no portfolio word before the 'and'
        return j >= 1 and doc[j].lower_ in ("of", "for", "on") and doc[j - 1].text in self.roles

    def _hyphen_inside(self, doc: Doc, token, start) -> bool:
        """'Al-Hassan', 'Zia-ul-Haq': a hyphen glued between two name words."""
        return (start is not None and token.text == "-" and not token.whitespace_
                and token.i + 1 < len(doc) and not doc[token.i - 1].whitespace_)

    def _trim(self, doc: Doc, start: int, end: int) -> Span | None:
        while end > start and (doc[end - 1].text == "-" or doc[end - 1].text.lower() in self.CONNECTORS):
            end -= 1
        while start < end and doc[start].text in ("-",):
            start += 1
        return doc[start:end] if end > start else None

    def _ner_label(self, span: Span) -> str | None:
        if not self._has_ents:
            return None  # no statistical NER ran (the fast pipeline): no token has an entity
        for ent in span.doc.ents:
            if ent.start < span.end and span.start < ent.end:
                if ent.label_ == "PERSON":
                    return "PERSON"
        labels = {t.ent_type_ for t in span if t.ent_type_}
        return next(iter(labels), None)

    def _is_person(self, doc: Doc, run: Span, runs: list[Span]) -> bool:
        words = [t for t in run if t.text != "-" and not (t.text in ("ur", "ul", "ud", "un", "uz") and t.i > run.start)]
        if not words or self._names_a_place(doc, run):
            return False
        if len(words) >= 2 and all(t.text.isupper() for t in words) and self._caps_line(words[0]):
            return self._headline_evidence(doc, run, runs, caps=True)  # "MNA ALI RAZA ABIDI LEAVES MQM"
        if len(words) == 1:
            if not self._has_ents and run.start > 0 and doc[run.start - 1].text in self.one_word_titles \
                    and doc[run.start].pos_ == "PROPN" and run.text.lower() not in self.places \
                    and run.text not in self.org_words and run.end < len(doc) and doc[run.end].text in (",", "and", "."):
                return True  # "Local Government Minister Inayatullah, ...": a one-word name after a role
            return self._ner_label(run) == "PERSON" and run.start > 0 and not doc[run.start].is_sent_start \
                and doc[run.start].pos_ == "PROPN"
        if run.text.lower() in self.places or self._place_of_a_role(doc, run, words):
            return False
        if self._ner_label(run) == "PERSON" or words[0].text.rstrip(".") in self.honorifics:
            return True
        if self._titled_name(doc, run, words):
            return not self._unproven_in_headline(doc, run, runs)
        if all(t.pos_ == "PROPN" for t in words) and len(words) <= 5 and not self._has_ents:
            # no statistical NER ran (the fast pipeline): a run of proper nouns that names
            # no organisation or place is a person
            after = doc[run.end] if run.end < len(doc) else None
            if after is not None and after.text in self.org_words:
                return False  # "Public Accounts Committee"
            return not any(t.text in self.org_words for t in words) and not self._unproven_in_headline(doc, run, runs)
        if all(t.pos_ == "PROPN" for t in words) and len(words) <= 5:
            before = doc[run.start - 1] if run.start > 0 else None
            if before is not None and (before.text in self.roles or before.i in self._party_tokens(doc) or before.lower_ in (",", "and", "with", "by", "alongside", "including", "namely", "include", "included", "includes", "like", "of", ":")):
                return not self._unproven_in_headline(doc, run, runs)
        if self._after_rank_aside(doc, run) and self._plain_name(run):
            return True  # "Justice (retd) Wajihuddin Ahmed": the tagger reads no noun after the bracket
        if self._headline_evidence(doc, run, runs):
            return True  # "Farooq Lund, Bashir Chandio join PPP": a list or a verb's subject in a headline
        return False

    def _titled_name(self, doc: Doc, run: Span, words: list) -> bool:
        """'former MNA Zaeem Qadri', 'PTI leader Bilal Ghaffar': two to four capitalised words right after a
        title of a person are a name, whatever part of speech the tagger gave them (it reads many names
        of the region as verbs or adjectives)."""
        if run.start == 0 or doc[run.start - 1].text not in self.person_titles or not 2 <= len(words) <= 4:
            return False
        after = doc[run.end] if run.end < len(doc) else None
        return (all(t.text[:1].isupper() and t.text.isalpha() and not t.text.isupper() for t in words)
                and not any(t.text in self.org_words or t.text.lower() in self.places for t in words)
                and not (after is not None and after.text in self.org_words))

    def _place_of_a_role(self, doc: Doc, run: Span, words: list) -> bool:
        """'X, a former MPA from Gulshan-e-Iqbal, Y and Z': the run after the 'from' of a role told with an
        article ('a former MPA', 'the PTI MNA') that closes the aside names the seat's place, not a person
        ('MNA from Jhang Ghulam Bibi' is a title before a name)."""
        i = run.start
        after = doc[run.end].text if run.end < len(doc) else "."
        if i >= 3 and doc[i - 1].lower_ == "from" and doc[i - 2].tag_ == "NNS" and doc[i - 2].text in self.person_titles \
                and any(t.like_num for t in doc[max(0, i - 7):i - 2]) and words[0].text.rstrip(".") not in self.honorifics:
            return True  # "nearly 30 PTI workers from Gujar Khan": people counted, and where they come from
        return i >= 3 and doc[i - 1].lower_ == "from" and doc[i - 2].text in self.roles \
            and any(t.lower_ in ("a", "an", "the") for t in doc[max(0, i - 5):i - 2]) \
            and words[0].text.rstrip(".") not in self.honorifics and after in (",", ".", ";", ")", "and", "-", "\u2014")

    def _names_a_place(self, doc: Doc, run: Span) -> bool:
        """'the Bharchundi Sharif shrine', 'the Data Darbar mosque': a run right before a lowercase noun of a
        place (lexicon depart2_place_head_nouns) names that place, even when its last word is a surname."""
        after = doc[run.end] if run.end < len(doc) else None
        return after is not None and after.text in self.place_heads

    def _after_rank_aside(self, doc: Doc, run: Span) -> bool:
        """A run right after a rank's '(retd)' or '(R)': the rank's holder is named next."""
        i = run.start
        return i >= 4 and doc[i - 1].text == ")" and doc[i - 2].lower_ in self.retired_marks \
            and doc[i - 3].text == "(" and doc[i - 4].text[:1].isupper()

    def _plain_name(self, run: Span) -> bool:
        """Two to four words naming no organisation or place."""
        words = [t for t in run if t.is_alpha]
        return 2 <= len(words) <= 4 and run.text.lower() not in self.places \
            and not any(t.text.lower() in self.caps_stop or t.text.lower() in self.places for t in words)

    def _unproven_in_headline(self, doc: Doc, run: Span, runs: list[Span]) -> bool:
        """A capitalised run in a Title Case headline proves nothing, unless the headline shows it is a name."""
        return self._title_case_line(doc, run) and not self._headline_evidence(doc, run, runs)

    def _headline_evidence(self, doc: Doc, run: Span, runs: list[Span], caps: bool = False) -> bool:
        """What makes a run a name in a headline: it is the subject of the headline's verb
        ("Nadia Gabol Quits MQM", "Ali Raza, Asad Khan quit PTI"), or it stands in a list of such runs;
        in capitals (where the tagger guesses) also when a role opens it ("EX-MNA ALI RAZA")."""
        if not self._plain_name(run) or not (caps or all(t.pos_ == "PROPN" for t in run if t.is_alpha)):
            return False
        after = doc[run.end] if run.end < len(doc) else None
        if after is not None and self._headline_verb(after.text):
            return True
        if run.start >= 2 and self._headline_verb(doc[run.start - 1].text) and doc[run.start - 2].i in self._party_tokens(doc):
            return True  # "PTI Expels Sher Afzal Marwat": the object of a party's headline verb
        if caps and run.start > 0 and (doc[run.start - 1].text in self.roles
                                       or doc[run.start - 1].text.lower() in {r.lower() for r in self.roles}):
            return True
        for other in runs:
            gap = doc[run.end:other.start] if other.start >= run.end else doc[other.end:run.start]
            if other is not run and 1 <= len(gap) <= 2 and all(t.text in (",", "and", "&") for t in gap) \
                    and self._plain_name(other):
                return True
        return False

    @staticmethod
    def _party_tokens(doc: Doc) -> set[int]:
        return {i for s in doc.spans.get("parties", []) for i in range(s.start, s.end)}

    def _title_case_line(self, doc: Doc, run: Span) -> bool:
        """Headlines Capitalise Every Word: there a capitalised run proves nothing. Asked of many runs of
        one sentence: each sentence is read once per document."""
        sent = run.sent
        known = self._headline_sents.get(sent.start)
        if known is None:
            known = self._headline_sents[sent.start] = self._headline_line(doc, sent)
        return known

    @staticmethod
    def _headline_line(doc: Doc, sent: Span) -> bool:
        """A headline is short and ends without a full stop; a list of names is not one."""
        if len(sent) > 25:
            return False
        text = doc_text(doc)[sent.start_char:sent.end_char].strip()
        if text.endswith((".", "!", "?", ":", "”", '"')):
            return False
        after = doc_text(doc)[sent.end_char:sent.end_char + 2]
        if sent.end < len(doc) and "\n" not in after and not doc[sent.end].is_space:
            return False  # a headline is a line of its own
        words = [t for t in sent if t.is_alpha and len(t) > 3]
        return len(words) >= 4 and sum(t.text[0].isupper() for t in words) / len(words) > 0.7

    def _add_single_word_refs(self, doc: Doc, runs: list[Span], persons: list[Span]) -> list[Span]:
        """A lone surname ("Siddique") that matches a person named in full in the article."""
        surnames = {}
        firsts: dict[str, set[str]] = {}
        for p in persons:
            if len(p) > 1:
                surnames.setdefault(p[-1].text.lower(), p)
                given = [t.text for t in p if t.text not in self.honorifics and t.text.lower().rstrip(".") not in self.titles]
                if len(given) >= 2:  # "Wajahat" for "Chaudhry Wajahat Hussain", if he is the only Wajahat
                    firsts.setdefault(given[0].lower(), set()).add(given[-1].lower())
        out = list(persons)
        taken = {i for p in persons for i in range(p.start, p.end)}
        for run in runs:
            if len(run) != 1 or run.start in taken or run[0].text in self.honorifics:
                continue
            word = run[0].text.lower()
            if len(firsts.get(word, ())) == 1 and len(word) > 3 and word not in surnames:
                out.append(run)
                continue
            for surname in surnames:
                if surname == word or (len(word) > 4 and similarity(word, surname) >= 80):
                    out.append(run)
                    break
        return out

    def _add_single_words_in_lists(self, doc: Doc, runs: list[Span], persons: list[Span]) -> list[Span]:
        """'Basit Bukhari, Samiullah and Asghar Ali Shah': a one-word name between two people of a list."""
        starts = {p.start: p for p in persons}
        ends = {p.end: p for p in persons}
        out = list(persons)
        for run in runs:
            if len(run) != 1 or run.start in starts:
                continue
            word = run[0]
            if not word.is_alpha or word.text in self.honorifics or word.text in self.not_name or word.text in self.org_words \
                    or word.is_upper or self._names_a_place(doc, run):  # "A and Korangi district general secretary B"
                continue
            before, after = run.start - 1, run.end
            if before < 1 or after + 1 >= len(doc):
                continue
            if doc[before].text == "," and before in ends and doc[after].text in (",", "and") \
                    and (after + 1) in starts:
                out.append(run)
            elif doc[before].text == "and" and before in ends and word.pos_ == "PROPN" \
                    and run.text.lower() not in self.places and not doc[after].text[:1].isupper():
                out.append(run)  # "A and Saifullah have resigned": a one-word name closing the list
        return out

    def _add_who_described(self, doc: Doc, runs: list[Span], persons: list[Span]) -> list[Span]:
        """'Khoso, who defected from the PPP in 2017, ...': one capitalised word that a 'who' clause
        describes is a person (a second reference, where the tagger, with the full name in another
        part of the article, may see nothing); places and organisations take 'which'."""
        taken = {i for p in persons for i in range(p.start, p.end)}
        out = list(persons)
        for run in runs:
            if len(run) != 1 or run.start in taken:
                continue
            word = run[0]
            text = word.text  # the run's text
            if not word.is_alpha or word.is_upper or text in self.honorifics or text in self.not_name \
                    or text in self.org_words or text.lower() in self.places or text.lower() in self.caps_stop:
                continue
            if run.end + 1 < len(doc) and doc[run.end].text == "," and doc[run.end + 1].lower_ == "who":
                out.append(run)
        for run in runs:
            if run.start not in taken and self._described_name(doc, run):
                out.append(run)
        return out

    def _described_name(self, doc: Doc, run: Span) -> bool:
        """'Firdous Shamim Naqvi, a PTI leader, ...', 'X Y Z, the former opposition leader in the Sindh Assembly,
        ...', 'X Y Z, who ...': two to four capitalised words that an
        aside describes as a person (a role with an article, or 'who') are a name the tagger may have missed
        (it reads many names of the region as adjectives)."""
        words = list(run)
        if not 2 <= len(words) <= 4 or run.end + 2 >= len(doc) or doc[run.end].text != "," \
                or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words) \
                or any(t.text in self.org_words or t.text.lower() in self.places or t.text.lower() in self.caps_stop
                       or t.text in self.not_name for t in words) or run.text.lower() in self.places:
            return False
        nxt = doc[run.end + 1]
        if nxt.lower_ == "who":
            return True
        if nxt.lower_ not in ("a", "an", "the"):
            return False
        aside = doc[run.end + 2:min(len(doc), run.end + 12)]
        close = next((t.i for t in aside if t.text in (",", ".", ";")), None)
        return close is not None and any(t.text in self.person_titles and t.pos_ == "NOUN" for t in doc[run.end + 2:close])

    def _words(self, span: Span) -> list[str]:
        """A mention's words without titles, lowercased. Asked of every pair of mentions of a document: each
        mention's are read once per document."""
        key = (span.start, span.end)
        words = self._words_of.get(key)
        if words is None:
            words = self._words_of[key] = [t.text.lower().rstrip(".") for t in span
                                           if t.text != "-" and t.text.lower().rstrip(".") not in self.titles]
        return words

    def _canonicalise(self, persons: list[Span]) -> list[Span]:
        """Give every mention the fullest form of its name in the article (as kb_id)."""
        full = []
        lengths = [len(p) for p in persons]
        for i, p in enumerate(persons):
            words = self._words(p)
            best, longest = p, lengths[i]
            for q, length in zip(persons, lengths):
                if length <= longest:
                    continue
                if self._contains(self._words(q), words, prefer_before=q.start < p.start):
                    best, longest = q, length
            if len(words) == 1:
                title = p[0].text.lower().rstrip(".")
                best = (self._paragraph_holder(persons, i, words[0], title) if title in self.titles else None) \
                    or self._nearest_holder(persons, i, words[0]) or best
            name = best.text
            name = name.title() if name.isupper() else name  # "ALI RAZA" is Ali Raza
            full.append(Span(p.doc, p.start, p.end, label="PERSON", kb_id=name))
        return full

    @staticmethod
    def _contains(big: list[str], small: list[str], prefer_before: bool) -> bool:
        if not small:
            return False
        if len(small) >= 2:
            return set(small) <= set(big)
        word = small[0]
        return any(w == word or (len(w) > 4 and similarity(w, word) >= 80) for w in big[-1:])

    def _first_holder(self, persons: list[Span], i: int, word: str, title: str = "") -> Span | None:
        """'Mr Khan': the news's second reference to the first person named in full with that surname,
        not to another Khan named in between, nor, for 'Mr', to a woman ('Meher Bano Qureshi, the
        daughter of Shah Mahmood Qureshi ... Mr Qureshi' is the father)."""
        return next((q for q in persons[:i] if len(q) > 1 and self._words(q)[-1:] == [word]
                     and not (title == "mr" and self._told_as_woman(q))), None)

    def _paragraph_holder(self, persons: list[Span], i: int, word: str, title: str) -> Span | None:
        """'Mr Khan' is the first Khan named in full, unless the paragraph it stands in names another Khan in
        full and the first is in an earlier paragraph: 'PTI MPA Malik Liaqat Ali Khan dismissed the reports.
        "I have not left the PTI," said Mr Khan' is the MPA, not a Khan told of paragraphs before."""
        first = self._first_holder(persons, i, word, title)
        if first is None:
            return None
        doc = persons[i].doc
        start = persons[i].start
        opening = next((k + 1 for k in range(start - 1, -1, -1) if "\n" in doc[k].text), 0)
        if first.start >= opening:
            return first
        near = next((q for q in persons[:i][::-1] if len(self._words(q)) > 1 and q.start >= opening and self._words(q)[-1:] == [word]
                     and not (title == "mr" and self._told_as_woman(q))), None)
        return near or first

    def _told_as_woman(self, person: Span) -> bool:
        """A person the story sets off as a daughter, wife, sister ... ('X, the daughter of Y') or
        titles 'Mrs', 'Ms', 'Begum' (lexicon female_kin_nouns)."""
        doc = person.doc
        if person[0].lower_.rstrip(".") in self.female_kin or (person.start > 0 and doc[person.start - 1].lower_.rstrip(".") in self.female_kin):
            return True
        after = doc[person.end:min(len(doc), person.end + 4)]
        return len(after) > 1 and after[0].text == "," and any(t.lower_ in self.female_kin for t in after[1:])

    def _nearest_holder(self, persons: list[Span], i: int, word: str) -> Span | None:
        """A single word names the closest earlier person whose name holds it, unless that one is only a
        name in a list and the story named a holder of that surname alone before: 'Pervez Khattak launched
        the party ... those who joined included A Khattak and B Khattak ... Khattak said' is the founder."""
        candidates = [q for q in persons[:i][::-1] if len(q) > 1]
        candidates += [q for q in persons[i + 1:] if len(q) > 1]
        for q in candidates:
            qwords = self._words(q)
            if word in qwords or (len(word) > 4 and qwords and similarity(qwords[-1], word) >= 80):
                if q.start < persons[i].start and qwords[-1:] == [word] and self._listed(persons, q):
                    alone = next((r for r in persons[:i] if len(r) > 1 and self._words(r)[-1:] == [word]
                                  and not self._listed(persons, r)), None)
                    return alone or q
                return q
        return None

    @staticmethod
    def _listed(persons: list[Span], person: Span) -> bool:
        """A name set in a list with another ('A and former MPA B', 'A, B'): only commas, 'and' and role
        words between it and a neighbouring name."""
        doc = person.doc
        for other in persons:
            if other.start == person.start:
                continue
            gap = doc[other.end:person.start] if other.end <= person.start else doc[person.end:other.start]
            if len(gap) > 6 or other.start < person.start < other.end:
                continue
            if any(t.text in (",", "and", "&") for t in gap) and not any(t.pos_ in ("VERB", "AUX") or "\n" in t.text for t in gap):
                return True
        return False
