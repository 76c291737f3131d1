"""Party names in text: the registry's aliases (English and Urdu, codes written
any way the press writes them) and parties the registry does not know.

A spaCy component (``allegiance_parties``) puts every party mention in
``doc.spans["parties"]`` with its code as ``kb_id``; a party that the registry
lacks gets a code made from its name (``NEW:`` + the name until the pipeline
names it), so that an unknown party is extracted, never replaced by a known one.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from rapidfuzz.fuzz import ratio as similarity
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..country.lexicon import NUMBER_WORDS, load_lexicon
from ..country.registry import DEFAULT_COUNTRY, load_registry
from .base import doc_text
from .lowered import case_blind, for_lowered, lowered_in_place
from .urdu_names import URDU_LETTERS

ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z()\-]*$|^[A-Z]{2,}")
URDU = re.compile(r"[\u0600-\u06FF]")
COMPONENT = "allegiance_parties"
DEFINED_BY = re.compile(r"^(?:-?\s*\w+\s*)?\($")


AGAINST = re.compile(r"(?<![\w-])anti\s?-\s?$", re.I)


def _against_the_party(text: str, start: int) -> bool:
    """'the anti-PPP alliance', 'anti-PTI protests': a party written after 'anti-' qualifies a
    group or an act aimed at it; the party itself is no actor or partner there."""
    return start >= 4 and AGAINST.search(text, max(0, start - 8), start) is not None


def is_acronym(alias: str) -> bool:
    """Short all-capital codes (PPP, NP, JI) match case-sensitively; names match in any case."""
    return len(alias) <= 8 and bool(ACRONYM.match(alias)) and not alias.istitle()

def _by_first_letter(pieces: list[str], ignore_case: bool, not_after: str = "") -> str:
    """An alternation of regex pieces grouped by their first letter, in their order within each group.
    At any one place only the pieces of the letter written there can match, so the matches are those
    of the plain alternation, but the engine tries one group instead of every piece (Python's re cannot
    skip a case-blind alternative by its first character). Pieces that do not all open with a letter
    or digit (an ASCII one, or one without case such as an Urdu letter) are joined as they are.

    ``not_after``, a character class, is a lookbehind every match must pass (none of those characters
    just before it). It is checked after each group's first letter: a pattern that opens with a
    lookbehind is tried at every place of a text, one that opens with a choice of letters lets the
    engine skip straight to the places those letters are written (when it matches case and all)."""
    if not all(p[:1].isalnum() and (p[:1].isascii() or p[:1].lower() == p[:1].upper()) for p in pieces):
        return (f"(?<!{not_after})" if not_after else "") + f"(?:{'|'.join(pieces)})"
    after = rf"(?<!{not_after}[\s\S])" if not_after else ""
    groups: dict[str, list[str]] = {}
    for p in pieces:
        groups.setdefault(p[0].lower() if ignore_case else p[0], []).append(p)
    return "|".join(f"{g[0][0]}{after}(?:{'|'.join(p[1:] for p in g)})" for g in groups.values())


WORD_CHAR = r"\w"
IZAFAT = re.compile(r"\\s\?-\\s\?[ei]\\s\?-\\s\?", re.I)  # "-e-" of an escaped alias, made loose


@lru_cache(maxsize=4096)  # a few hundred aliases, written again in every text
def _izafat(key: str) -> str:
    """A name's key with its izafat written one way: 'ulema-i-islam' is 'ulema-e-islam'."""
    return re.sub(r"(?<=\w)-i-(?=\w)", "-e-", key)


def _word_variants(pairs: frozenset[str]) -> dict[str, list[str]]:
    """'ulama:ulema' pairs as the registry's word -> the other ways the press writes it."""
    out: dict[str, list[str]] = {}
    for pair in sorted(pairs):
        other, _, word = pair.partition(":")
        out.setdefault(word, []).append(other)
    return out


@lru_cache(maxsize=4096)  # a few hundred aliases, written again in every text
def _written_alias(text: str) -> str:
    """An alias as the registry spells it: spaces and hyphens tidied, a curly apostrophe made straight,
    no space just inside brackets ("Pakistan Muslim League ( N)")."""
    text = re.sub(r"\s?-\s?", "-", re.sub(r"\s+", " ", text)).replace("’", "'")
    return re.sub(r"\(\s+", "(", re.sub(r"\s+\)", ")", text))


@Language.factory(COMPONENT, default_config={"country": DEFAULT_COUNTRY})
def make_party_ruler(nlp: Language, name: str, country: str) -> "PartyRuler":
    return PartyRuler(nlp, country)


GLUED_COUNT = r"(?![1-9]\d?(?!\w))"  # not the start of a one- or two-digit count that ends its word


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
        lex = load_lexicon("en")
        self.variants = _word_variants(lex["party_word_variants"])
        self.keys: dict[str, str] = {}
        exact: list[str] = []
        loose: list[str] = []
        groups = [("party", p.code, p.all_names()) for p in registry.parties.values()]
        groups += [("house", h.code, (h.name, *h.aliases)) for h in registry.houses.values()]
        groups += [("scope", code, aliases) for code, aliases in registry.scopes.items()]
        for kind, code, names in groups:
            for alias in names:
                key = alias if (is_acronym(alias) or URDU.search(alias)) else alias.lower()
                key = _izafat(key.replace("’", "'"))
                if key in self.keys:
                    continue
                self.keys[key] = f"{kind}:{code}"
                (exact if key == alias and (is_acronym(alias) or URDU.search(alias)) else loose).append(alias)
        self.exact = self._compile(exact, 0)
        self.loose = self._compile(loose, re.I, self.variants)
        self.loose_lowered = for_lowered(self.loose)  # the same names in the text lowercased (lowered.py)
        self.unknown = UnknownParties(registry)
        self.leaders = {name.lower(): p.code for p in registry.parties.values() for name in p.leaders}
        self.leader_phrases = _leader_phrases(list(self.leaders)) if self.leaders else None
        self.leader_phrases_lowered = for_lowered(self.leader_phrases) if self.leaders else None  # lowered.py
        self.leader_names = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(
            {name for p in registry.parties.values() for name in p.leaders}, key=len, reverse=True)) + r")(?![\w-])") \
            if self.leaders else None
        self.registered_codes = {name.lower(): code for name, _, code in (e.partition("=") for e in lex["tally_registered_names"])}
        self.registered = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(
            {e.partition("=")[0] for e in lex["tally_registered_names"]}, key=len, reverse=True))
            + r")(?=[ \t]+(?:\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b)", re.I) \
            if lex["tally_registered_names"] else None
        self.name_openers = {w.lower().rstrip(".") for w in lex["honorifics"] | lex["leader_phrase_openers"]}
        self._head_after: re.Pattern | None = None

    @staticmethod
    def _compile(aliases: list[str], flags: int, variants: dict[str, list[str]] | None = None) -> re.Pattern:
        # "Tehreek-i- Insaaf": a hyphen inside a name may stand beside a stray space
        # "People’s" with a curly apostrophe, "( N)" with a stray space inside the brackets
        # "Ulema-e-Islam" or "Ulema-i-Islam": the izafat is written with either vowel
        # "Ulama" for "Ulema": a word's other transliterations (lexicon party_word_variants)
        pieces = [IZAFAT.sub(r"\\s?-\\s?[ei]\\s?-\\s?", re.escape(a).replace(r"\ ", r"\s+").replace(r"\-", r"\s?-\s?"))
                  .replace("'", "['’]").replace(r"\(", r"\(\s*").replace(r"\)", r"\s*\)")
                  for a in sorted(aliases, key=len, reverse=True)]
        for word, others in (variants or {}).items():
            pieces = [re.sub(rf"(?i)(?<![a-z]){word}(?![a-z])", f"(?:{'|'.join([word, *others])})", p) for p in pieces]
        # a name ends where a word does, or where a headline deck glued a small count to it ("National Party2", "JI1")
        end = rf"(?!{GLUED_COUNT}[\w{URDU_LETTERS}])"
        if flags & re.I:  # names: most places of a text are inside a word, which the lookbehind turns away at once
            body = _by_first_letter(pieces, True)
            return re.compile(rf"(?<![\w{URDU_LETTERS}])(?:{body}){end}", flags)
        body = _by_first_letter(pieces, False, not_after=rf"[\w{URDU_LETTERS}]")  # codes open with a capital, rare in text
        return re.compile(rf"(?:{body}){end}", flags)

    def _canonical_words(self, key: str) -> str:
        """A lower-cased name with each word's other transliteration written the registry's way."""
        for word, others in self.variants.items():
            key = re.sub(rf"(?<![a-z])(?:{'|'.join(others)})(?![a-z])", word, key)
        return key

    def matches(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, kind, code) of every alias in a text; kind is party, house or scope."""
        found = []
        lowered = lowered_in_place(text)
        loose, searched = (self.loose, text) if lowered is None else (self.loose_lowered, lowered)
        for pattern, exact, within in ((self.exact, True, text), (loose, False, searched)):
            for m in pattern.finditer(within):
                written = _written_alias(m.group(0))
                key = self.keys.get(written if exact else _izafat(self._canonical_words(written.lower())))
                if key is not None:
                    kind, _, code = key.partition(":")
                    found.append((m.start(), m.end(), kind, code))
        found = [f for f in found if not (f[2] == "scope" and self._opens_a_name(text, f[0], f[1]))]
        found = [f for f in found if not (f[2] == "party" and _against_the_party(text, f[0]))]
        found += self._led_parties(text, found, lowered)
        found += self._registered_names_counted(text, found)
        return sorted(found)

    def _registered_names_counted(self, text: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """'... MQM six, Pakistan Muslim League five', 'NPP and PML two seats each': in the Election
        Commission's count a party goes by its registered name, and the bare 'Pakistan Muslim League' (PML)
        there is the PML-Q's (lexicon tally_registered_names). Elsewhere the bare name says no party
        ('lawmakers of Pakistan Muslim League' may be the PML-N's): only a name with its count after it."""
        if self.registered is None:
            return []
        out = []
        for m in self.registered.finditer(text):
            if not any(start < m.end() and m.start() < end for start, end, _kind, _code in found):
                out.append((m.start(), m.end(), "party", self.registered_codes[m.group(0).lower()]))
        return out

    def _opens_a_name(self, text: str, start: int, end: int) -> bool:
        """'National Alliance', 'National Front': a capitalised place word before a party word opens a
        party's name (a tally row 'National Alliance 11' under 'Punjab Assembly'), it names no scope."""
        if self._head_after is None:
            heads = "|".join(re.escape(h) for h in sorted(self.unknown.heads, key=len, reverse=True))
            self._head_after = re.compile(rf"[ \t]+(?:{heads})(?!\w)")
        return text[start:start + 1].isupper() and self._head_after.match(text, end) is not None

    def _led_parties(self, text: str, found: list[tuple[int, int, str, str]],
                     lowered: str | None = None) -> list[tuple[int, int, str, str]]:
        """"Imran Khan's party", "the Zardari-led party", "the party headed by Maulana Fazlur Rehman":
        a party named by the leader the registry gives it (parties.tsv, column leaders). The leader
        must stand alone: in "Ali Imran's party" the name is someone else's. ``lowered``, the text
        lowercased in place (`lowered_in_place`), is searched when given."""
        if self.leader_phrases is None or "party" not in (text.lower() if lowered is None else lowered):
            return []  # every leader phrase has the word 'party': a text without it is not searched
        taken = [(start, end) for start, end, _kind, _code in found]
        out = []
        pattern, within = (self.leader_phrases, text) if lowered is None else (self.leader_phrases_lowered, lowered)
        for m in pattern.finditer(within):
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
        found = doc.user_data.pop(FOUND_KEY, None)  # the extractor's piece of an article already searched whole
        for start, end, kind, code in found if found is not None else self.matches(doc_text(doc)):
            span = doc.char_span(start, end, label=kind, kb_id=code, alignment_mode="expand")
            if span is not None:
                spans.append(span)
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
        if self.leader_names is None or not _searched_lowered(HIS_PARTY, HIS_PARTY_LOWERED, text):
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
            between = doc_text(doc)[span.end_char:nxt.start_char].strip()  # the tokens between, read off the text
            if DEFINED_BY.match(between) and len(span.text) > len(nxt.text):
                out[i] = Span(doc, span.start, span.end, label="party", kb_id=nxt.kb_id_)
        return out


FOUND_KEY = "allegiance_party_names"
CAPITALISED_RUN = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w-]*|e|i|ul|of|and))*")
HIS_PARTY = re.compile(r"\b(?:his|her) party\b", re.I)
HIS_PARTY_LOWERED = for_lowered(HIS_PARTY)


def _searched_lowered(pattern: re.Pattern, lowered_pattern: re.Pattern, text: str) -> bool:
    """Whether a case-ignoring ``pattern`` matches in ``text``, searched with its rewrite for the text
    lowercased in place (lowered.py) when there is one."""
    searched, seen = case_blind(pattern, lowered_pattern, text)
    return bool(searched.search(seen))


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
IZAFAT_JOINS = {"-", "e", "i", "ul", "o"}  # what joins the words of 'Ahl-e-Qalam' ('and' would run into the next name)
NAME_FUNCTION_WORDS = {"for", "the"}  # lower case inside a name ('Alliance for the Restoration of Democracy'): no initial


def _words(name: str) -> list[str]:
    """A party name's words but "the" and "party": "Awaam Pakistan Party" and "Awaam Pakistan" agree."""
    return [w for w in re.findall(r"[a-z]+", name.lower()) if w not in ("the", "party", "e", "i", "ul", "of", "and")]


def new_party_code(name: str) -> str:
    """A code for a party the registry lacks, made from its name's initials ('Awam Pakistan Party' -> 'APP');
    a faction in brackets keeps its party's code ('PML-N (Forward bloc)' -> 'PML-N-FB')."""
    if re.fullmatch(r"[A-Z]{2,6}-[A-Z0-9]{1,3}", name.strip()):
        return name.strip()  # 'JUI-S': a faction's code is already a code
    bracket = re.fullmatch(r"([A-Z][A-Z0-9-]*[A-Z0-9])(?:\s*\((.+)\)|[\s-]+([A-Z][a-z]+))", name.strip())
    if bracket:  # 'MQM Haqiqi' -> 'MQM-H' likewise
        return bracket.group(1) + "-" + new_party_code(bracket.group(2) or bracket.group(3))
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in NAME_CONNECTORS and w not in NAME_FUNCTION_WORDS]
    return "".join(w[0].upper() for w in words if w[0].isalnum()) or name.upper()


NEW_PARTY_DEFINED = re.compile(
    r"['\u2018\u2019\"\u201c]?(?P<name>[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w-]*|e|i|ul|of|and|for|the)){1,6})['\u2019\"\u201d]?"
    r",?\s*\((?P<code>[A-Z][A-Z-]{1,7})\)")


def defined_new_acronyms(text: str, ruler: "PartyRuler") -> dict[str, str]:
    """'the Awam Dost Party (ADP)': the short form an article gives a party the registry lacks, so that
    'joined the ADP' three paragraphs on names that party. Selected sentences are parsed apart, so the
    definition is read once from the whole text. The name must end in a party's or a faction's word
    ('... Nazriati (JUI-N)'), the short form must start as the name does, and neither it nor the name
    may be a party the registry knows."""
    defined: dict[str, str] = {}
    for m in NEW_PARTY_DEFINED.finditer(text):
        name, code = re.sub(r"\s+", " ", m.group("name")).strip(), m.group("code")
        words = name.split()
        while words and words[0].lower() == "the":
            words = words[1:]
        name = " ".join(words)
        if not words or not (words[-1] in ruler.unknown.heads | ruler.unknown.faction_heads
                             or _head_for_a_cause(words, ruler.unknown.heads) or izafat_headed(words, ruler.unknown.heads)) \
                or code[0] != words[0][0].upper() or words[-1].islower():
            continue
        if _names_whole(ruler, code) or _names_whole(ruler, name) or ruler.unknown.resolve(name) is not None:
            continue
        defined.setdefault(code, NEW_PARTY + name)
    return defined


def izafat_headed(words: list[str], heads) -> bool:
    """'Tehreek-e-Jawanan Pakistan', 'Tehreek e Jawanan Pakistan': a party word joined by an izafat to the
    words after it heads the name, though another word ends it."""
    for k, word in enumerate(words):
        first, _, rest = word.partition("-")
        if first in heads and (re.match(r"(?:e|i|ul)-[A-Z]", rest) or (
                not rest and k + 2 < len(words) and words[k + 1] in ("e", "i", "ul"))):
            return True
    return False


def _names_whole(ruler: "PartyRuler", text: str) -> bool:
    """Whether a registry alias is the whole text: 'JUI-N' and 'Jamiat Ulema-e-Islam Nazriati' hold an alias
    of the JUI-F but are not that party."""
    return any(start == 0 and end == len(text) for start, end, *_rest in ruler.matches(text))


def _head_for_a_cause(words: list[str], heads) -> bool:
    """'Alliance for the Restoration of Democracy', 'Movement for Justice': a party word first, then what it
    is for (not 'Council of Islamic Ideology', a body)."""
    return len(words) > 2 and words[0] in heads and words[1] == "for"


def mark_defined_acronyms(doc: Doc, defined: dict[str, str]) -> None:
    """Adds the article's defined short forms of unknown parties to ``doc.spans["parties"]``. A short form
    written in pieces ('JUI-N') replaces the registry party found in one of them ('JUI')."""
    if not defined:
        return
    spans = list(doc.spans["parties"])
    pattern = r"(?<![\w-])(?:" + "|".join(re.escape(c) for c in sorted(defined, key=len, reverse=True)) + r")(?![\w-])"
    added = []
    for m in re.finditer(pattern, doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is None or any(s.start < span.end and span.start < s.end and not (span.start <= s.start and s.end <= span.end)
                               for s in spans):
            continue
        spans = [s for s in spans if not (span.start <= s.start and s.end <= span.end)]
        added.append(Span(doc, span.start, span.end, label="party", kb_id=defined[m.group(0)]))
    taken = {i for s in spans + added for i in range(s.start, s.end)}
    text = doc_text(doc)
    for kb_id in set(defined.values()):  # the name itself where the text writes it ('joined the Movement for ... (MRD)')
        name = kb_id[len(NEW_PARTY):]
        for m in re.finditer(re.escape(name).replace(r"\ ", r"\s+"), text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
            if span is not None and len(span) and not any(i in taken for i in range(span.start, span.end)):
                added.append(Span(doc, span.start, span.end, label="party", kb_id=kb_id))
    if added:
        doc.spans["parties"] = sorted(spans + added, key=lambda s: s.start)


def leader_surnames(text: str, ruler: "PartyRuler") -> dict[str, str]:
    """Surname -> party code for the party leaders the article names in full ('Imran Khan'), when the
    surname points to one party only, so that 'Khan's party' and 'pledged its support to Khan' further
    on name it. Read from the whole text, as the full name may stand in a chunk parsed apart."""
    if ruler.leader_names is None:
        return {}
    codes: dict[str, set[str]] = {}
    for m in ruler.leader_names.finditer(text):
        name = re.sub(r"\s+", " ", m.group(0))
        code = ruler.leaders.get(name.lower())
        if code is not None and len(name.split()) >= 2:
            codes.setdefault(name.split()[-1], set()).add(code)
    return {surname: next(iter(found)) for surname, found in codes.items() if len(found) == 1}


SURNAME_PARTY = r"(?<![\w-])(?<![A-Z][a-z]\s)(?<![A-Z][a-z]{{2}}\s)(?<![A-Z][a-z]{{3}}\s)(?<![A-Z][a-z]{{4}}\s)" \
    r"({names})(?:['\u2019]s\s+(?:(?:new|own|political|former|ruling)\s+){{0,2}}party\b|-led\s+party\b)"


def mark_leader_surnames(doc: Doc, surnames: dict[str, str]) -> None:
    """Adds 'Khan's party' to ``doc.spans["parties"]`` as the party of the leader the story named in full
    (``leader_surnames``). A surname after another capitalised word ('Ali Khan's party') is someone else's."""
    if not surnames:
        return
    spans = list(doc.spans["parties"])
    taken = {i for s in spans for i in range(s.start, s.end)}
    added = []
    for m in _surname_party(tuple(sorted(surnames, key=lambda n: (-len(n), n)))).finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and not any(i in taken for i in range(span.start, span.end)):
            added.append(Span(doc, span.start, span.end, label="party", kb_id=surnames[m.group(1)]))
    if added:
        doc.spans["parties"] = sorted(spans + added, key=lambda s: s.start)


@lru_cache(maxsize=64)
def _surname_party(surnames: tuple[str, ...]) -> re.Pattern:
    """SURNAME_PARTY for a story's leader surnames, compiled once for all its pieces (longest first)."""
    return re.compile(SURNAME_PARTY.format(names="|".join(re.escape(n) for n in surnames)))


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
    _places: set[int] = set()
    QUOTES = {"'", "\u2018", "\u2019", '"', "\u201c", "\u201d"}

    def __init__(self, registry) -> None:
        lex = load_lexicon("en")
        self.heads = lex["party_heads"]
        self.head_words = {h.lower() for h in self.heads} - {"party"}  # "party" closes nearly every name
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
        self.cue_words = re.compile("|".join(re.escape(c) for c in cues), re.I)  # what a text must hold for `cue` to match in it
        self.cue_words_lowered = for_lowered(self.cue_words)
        self.names: list[tuple[str, list[str], list[str]]] = []
        for party in registry.parties.values():
            for name in (party.name, *party.aliases):
                if name and not URDU.search(name) and not is_acronym(name):
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
        kinds = {w for w in re.findall(r"[a-z]+", name.lower()) if w in self.head_words}
        within = [(code, theirs) for code, theirs, whole in self.names
                  if theirs and all(any(close(w, x) for x in theirs) for w in mine)
                  and (len(theirs) > 1 or same(_words(name), whole))
                  and (not kinds or any(close(k, w) for k in kinds for w in re.findall(r"[a-z]+", " ".join(whole))))]
        # a "Tehreek" is no "League": "Pakistan Awami Tehreek" is not one of the Awami-named known parties
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
        place = start - 1
        if start <= end and place >= sent_start and place in self._places and doc[place].is_title \
                and (place == sent_start or doc[place - 1].lower_ in ("the", "and", ",", "new") or doc[place - 1].text in self.QUOTES
                     or (doc[place - 1].tag_ == "VBN" and place >= 2 and doc[place - 2].lower_ in ("newly", "recently"))):
            start = place  # "the Sindh United Party", "the ‘Punjab Kisan Ittehad’", "the newly formed Sindh Awami Mahaz":
            # a province opening a party's name is part of it
        return start

    def _izafat_name(self, doc: Doc, head: Token) -> Span | None:
        """'the Tehreek-e-Jawanan Pakistan', 'the Pakistan Mahaz-e-Kisan': a party word joined by an izafat
        ('-e-', '-i-', '-ul-') to the words that follow it names a party from that word on, with any name
        words before it; a registry party's words ('Tehreek-e-Insaf') are known and never start one."""
        i, n = head.i + 1, len(doc)
        if head.i in self._known or i >= n:
            return None
        if doc[i].text == "-":
            i += 1
        if i >= n or doc[i].lower_ not in ("e", "i", "ul") or doc[i].whitespace_ and doc[i - 1].text == "-":
            return None
        i += 1
        if i < n and doc[i].text == "-":
            i += 1
        end = i
        while end < n and end - head.i < 10 and (self._name_token(doc[end]) or (  # 'Ahl-e-Qalam': '-', 'e', '-' join
                doc[end].lower_ in IZAFAT_JOINS and any(self._name_token(t) for t in doc[end + 1:end + 4]))):
            end += 1
        if end == i or not self._name_token(doc[end - 1]):
            return None
        start = self._left_run(doc, head.i - 1) if head.i > 0 and self._name_token(doc[head.i - 1]) else head.i
        span = doc[start:end]
        return span if self._acceptable(span) else None

    def _opening_place(self, span: Span, tok: Token) -> bool:
        """'a new party, the Sindh Awami Sangat': a province or place the ruler knows may open a new
        party's name given after a cue, when more words of the name follow it."""
        return tok.i == span.start and len(span) >= 3 and tok.i in self._places and tok.is_title

    def _acceptable(self, span: Span) -> bool:
        words = [t.text for t in span if t.text not in ("-", "&") and t.lower_ not in NAME_CONNECTORS]
        if len(words) < 2 or any(w in self.not_party for w in words):
            return False
        return bool(self._distinct(span.text))

    def _head_tokens(self, doc: Doc, text: str) -> Iterator[Token]:
        """The tokens that are a party head word or 'party', found in the text: walking every token of
        every chunk in Python cost more than the rest of this component."""
        if self._head_pattern is None:  # each head word, then 'party' in any case (its first letter written both ways)
            pieces = [re.escape(h) for h in sorted(self.heads, key=len, reverse=True)] + ["P(?i:arty)", "p(?i:arty)"]
            self._head_pattern = re.compile(rf"(?:{_by_first_letter(pieces, False, not_after=WORD_CHAR)})(?!\w)")
        for m in self._head_pattern.finditer(text):
            span = doc.char_span(m.start(), m.end())
            if span is not None and len(span) == 1:
                yield span[0]

    def candidates(self, doc: Doc) -> list[Span]:
        found: list[Span] = []
        text = doc_text(doc)
        for tok in self._head_tokens(doc, text):
            izafat = self._izafat_name(doc, tok) if tok.text in self.heads else None
            if izafat is not None:
                found.append(izafat)
                continue
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
        runs = CAPITALISED_RUN.finditer(text) if _searched_lowered(self.cue_words, self.cue_words_lowered, text) else ()  # most pieces name no new party
        for m in runs:
            if not self.cue.search(text[max(0, m.start() - 40):m.start()]):
                continue  # "a new party, Awaam Pakistan"
            span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
            if span is not None and len(span) and all(self._name_token(t) or t.lower_ in NAME_CONNECTORS
                                                      or self._opening_place(span, t) for t in span):
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
            written = doc[known.start:end].text if is_acronym(known.text) else f"{known.kb_id_} {doc[known.end:end].text}"
            out.append(Span(doc, known.start, end, label="party",  # 'Pakistan Peoples Party (Sherpao)' is 'PPP (Sherpao)'
                            kb_id=code or NEW_PARTY + re.sub(r"\s+", " ", written)))
        return out

    def _faction_end(self, doc: Doc, after: int) -> int | None:
        """Where a faction's word after a party name ends: 'X Parliamentarians', 'X-Nazriati' (lexicon key
        party_faction_heads), or a bracket 'X (Forward bloc)' (party_bracket_faction_heads)."""
        first = doc[after]
        if first.text == "(" and after + 2 < len(doc) and doc[after + 2].text == ")" \
                and self._faction_word(doc, after + 1):
            return after + 3  # "MQM (London)", "JUI (Sami)": one word in brackets names the faction
        if first.text == "(":
            if after + 2 < len(doc) and doc[after + 2].text == ")" and self._leader_word(doc[after + 1]):
                return after + 3  # "PPP (Sherpao)": a faction called by its leader's name
            for n in range(after + 1, min(after + 4, len(doc) - 1)):
                if doc[n].text in self.bracket_heads:
                    return n + 2 if doc[n + 1].text == ")" else None
                if not doc[n].is_alpha:
                    return None
            return None
        n = after + 1 if first.text == "-" and not first.whitespace_ else after
        if n < len(doc) and doc[n].text in self.faction_heads:
            return n + 1
        return n + 1 if n > after and self._hyphened_faction(doc, after) else None

    def _hyphened_faction(self, doc: Doc, hyphen: int) -> bool:
        """'MQM-London', 'JUI-Nazriati': a capitalised word the press joins to a party's code with a bare
        hyphen names a faction of its own, unless it is no faction word or is followed by another
        hyphen ('PTI-Punjab-based')."""
        if doc[hyphen - 1].whitespace_ or hyphen + 1 >= len(doc):
            return False
        return self._faction_word(doc, hyphen + 1) and (hyphen + 2 >= len(doc) or doc[hyphen + 2].text != "-")

    def _faction_word(self, doc: Doc, i: int) -> bool:
        """A capitalised word that may name a faction: no place or house the ruler knows, no title."""
        word = doc[i]
        return word.is_alpha and word.text.istitle() and len(word) > 2 and i not in self._places \
            and word.text not in self.stop

    def _leader_word(self, tok: Token) -> bool:
        """One capitalised word in brackets after a party's code that is no place, code or party word: the
        name of the leader a faction goes by ('Sherpao', 'Zia', 'Functional' resolve by the registry)."""
        return tok.is_alpha and len(tok.text) >= 4 and tok.text[:1].isupper() and not tok.text.isupper() \
            and tok.ent_type_ not in ("GPE", "LOC", "FAC", "NORP") and tok.i not in self._known \
            and tok.text not in self.heads and tok.text not in self.stop

    def __call__(self, doc: Doc, spans: list[Span]) -> list[Span]:
        self._places = {i for s in spans if s.label_ != "party" for i in range(s.start, s.end)}
        self._known = {i for s in spans for i in range(s.start, s.end)}
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
