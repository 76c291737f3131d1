"""Cheap selection of the text worth parsing.

Most sentences of a political article carry no event. A sentence is a
candidate when it holds a trigger word stem, or a number near a seat word or
a party list line; each candidate is parsed with the sentence before it, so
that "he" and "the party" still find what they point back to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..country.lexicon import Lexicon, load_lexicon
from .interviews import first_question_at
from .lowered import for_lowered

SENTENCE_END = re.compile(r"(?<=[.!?۔])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9\u0600-\u06FF])|\n+")


@dataclass(frozen=True)
class Chunk:
    start: int
    text: str


def event_words(lex: Lexicon) -> re.Pattern:
    """Stems of the verbs that report a move (not the cue nouns): a sentence with one may set the story's date."""
    stems = {re.escape(w[:5].lower()) for name in ("leave_verbs", "join_verbs", "expel_verbs", "coalition_join",
                                                   "coalition_leave", "coalition_reject") for w in lex[name]}
    stems |= {"resign", "joined", "quit", "defect", "agree", "left"}
    return re.compile(r"\b(?:" + "|".join(sorted(stems, key=len, reverse=True)) + r")", re.I)


CORE = re.compile(
    r"\b(?:quit|left\b|leav|exit|defect|desert|abandon|dissociat|disassociat|part(?:ed|ing|s)? (?:ways|company)|jump(?:ed)? ship|"
    r"join|rejoin|sign(?:ed|s)? up|return|(?:go|goes|going|gone|went|come|comes|coming|came) back to\b|welcom|induct|inclusion|fold\b|expel|expuls|oust|terminat|cancel|suspend|remov|kick(?:ed|s|ing)?\b|thrown out|threw out|sack|dismiss|sh[oe]w(?:n|ed|s)?\b[^.]{0,40}\bdoor\b|"
    r"revok|resign|step(?:ped|s|ping)? (?:down|aside)|g[ai]v(?:e|es|en|ing) up (?:the |his |her |their )?(?:post|office|position|seat|portfolio|ministry)|tender|withdr|relinquish|coalition|allian|agree|deal\b|pact\b|"
    r"accord\b|understanding|adjustment|support|backing|decline|reject|refus|rule[ds]? out|ruling out|brush|"
    r"part of (?:the |any |a )?[\w-]+-led (?:government|govt|coalition|cabinet|set-?up)|partners?\b|all(?:y|ies|ied)\b|rifts?\b|differences between|"
    r"(?:stand|stood|standing|sit|sat|sitting|team(?:ed|s)? up|align(?:ed|s)?(?: itself)?) (?:with|alongside|beside|by)\b|in (?:exchange|return) for\b|"
    r"turn(?:ed)? down|reach(?:ed|es|ing)? out|compris|consist(?:s|ed)? of|sign(?:ed|s|ing)? (?:the |a |an )?(?:[\w-]+ ){0,2}(?:declaration|charter)|reconsider|review(?:ed|s|ing)? (?:the|its|their|his|her) decision|(?:joint|common|consensus|combined) (?:candidate|nominee)|talks\b|call(?:ed|s|ing)? (?:on|upon)\b|telephon|delegation|emissar|formed\b[^.]{0,30}\bby\b|(?:government|govt|cabinet) formation|formation of (?:the |a )?(?:new )?(?:[\w-]+ )?(?:government|govt|cabinet)|power[- ]sharing|contact|approach|negotiat|offer|invit|seek|sought|merg|settlement|seats?\b|"
    r"constituenc|break|broke|ranks?\b|opposition|won\b|win\b|bagged|secured|membership|weight behind|"
    r"distanc|no longer|abode|entrants?\b|newcomers?\b|(?:remain|stay)(?:s|ed|ing)? (?:with|in) (?:the )?[A-Z]|(?:remain|stay)(?:s|ed|ing)? (?:a |an )?(?:\w+ ){0,2}(?:worker|soldier|member|part) of|continue to (?:work|serve) for|(?:I am|I'm) (?:still )?(?:with|in) the [A-Z]|switch|crossed over|parleys|discussions|backed|backs\b|(?:to|will|would|not|also|might|could|may|can|should|shall|never) back\b|endors|finali[sz]|sid(?:e|ed|es|ing) with|vot(?:e|ed|es|ing) for|benches|"
    r"part of (?:the |any |a )?(?:\w+ )?(?:government|govt|coalition|cabinet|set-?up)|includ|namely|among (?:them|those|these)|allegiance|"
    r"together\b|jointly|woo(?:s|ed|ing)?\b|dump|spurn|annul|dissolv|snap(?:s|ped)? (?:ties|links|relations)|"
    r"form(?:s|ed|ing)? (?:the |a |an |its |their )?(?:[\w-]+ ){0,3}(?:government|govt|coalition|set-?up|cabinet)|"
    r"new(?:est)? members? of|(?:no|any) such (?:plans?|intentions?|move|decision|proposal|idea)\b|as (?:the |its |their |his |her )?(?:party's )?new(?:est)? (?:members?|entrants?|recruits?|inductees?)\b|(?:became|become|be|made) (?:a )?(?:part|members?) of|association|ties\b|sever|deserter|turncoat|adieu|goodbye|ditch(?:ed|es|ing)?\b|farewell|departure|separat|associated|retire(?:d|s|ment)? from politics|announc(?:e|ed|es|ing) their (?:decision|move)\b|lo(?:st|ses?|sing) (?:[\w-]+ ){0,3}(?:leaders|lawmakers|mnas|mpas|members|legislators)\b|"
    r"(?:named|elected|appointed|made|bec[oa]me) (?:the |its |his |her )?(?:[\w'\u2019-]+ ){0,3}(?:president|conven[eo]r|chairman|chairperson|patron|spokes(?:man|person))\b)", re.I)
def _for_yes_no(pattern: re.Pattern) -> re.Pattern:
    """``\\b(?:A|B|...)`` (and what follows the group, such as a closing ``\\b``) with its alternatives
    grouped by their first letter: at a position only the alternatives of the letter written there can
    match, so whether the text has a match is unchanged (which one is found first may not be: use it for a
    yes/no search only), but the engine tries one group instead of every alternative, which ignoring case
    it cannot skip by their first character."""
    source = pattern.pattern
    assert source.startswith(r"\b(?:")
    body, pieces, depth, start, i, in_class = source[5:], [], 0, 0, 0, False
    while depth >= 0:
        c = body[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            pieces.append(body[start:i])
            start = i + 1
        i += 1
    pieces.append(body[start:i - 1])
    tail = body[i:]
    groups: dict[str, list[str]] = {}
    others = []
    for piece in pieces:
        if piece[:1].isascii() and piece[:1].isalpha():
            groups.setdefault(piece[0].lower(), []).append(piece)
        else:
            others.append(piece)
    grouped = [f"{g[0][0]}(?:{'|'.join(p[1:] for p in g)})" for g in groups.values()]
    return re.compile(r"\b(?:" + "|".join(grouped + others) + ")" + tail, pattern.flags)


CORE_YES_NO = _for_yes_no(CORE)
CORE_LOWERED = for_lowered(CORE_YES_NO)
NEEDS_CONTEXT = re.compile(r"\b(?:he|she|they|his|her|their|it|its|him|them|i|my|we|our|the (?:new )?party|the two|both|the former|the latter|"
                           r"the (?:minister|leader|lawmaker|chairman|politician)|this)\b", re.I)
NEEDS_CONTEXT_LOWERED = for_lowered(NEEDS_CONTEXT)


TALLY_VERB = re.compile(r"\b(?:wins|bags|secures|clinch(?:es|ed)?|sweeps)\b", re.I)  # headline tallies: "PTI wins 15, PML-N 4"
TALLY_NUMBER = re.compile(r"\b\d{1,3}\b")
TALLY_PAIRS = re.compile(r"\b[A-Z][A-Z()-]+[A-Z)]\s?\(?\d{1,3}\)?\s?[,;]\s?(?:and\s)?[A-Za-z][\w()-]+\s?\(?\d{1,3}\b")  # "PML-N 75, PPP 54"
CAPITALISED = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+")
LIST_HEADING = re.compile(r"^[^\n]{2,60}:\s*$")
LIST_LINE = re.compile(r"^[^\n:]{2,80}(?::|\s[-–—]|\s)\s*\d{1,3}\s*$", re.M)  # "PPP: 84", "PPP - 84", "PPP — 84", "PPP 84"
LIST_AFTER = re.compile(r"\b(?:[Ii]nclude[sd]?|[Cc]ompris(?:ed|es|ing)|[Cc]onsist(?:ed|s|ing)? of|[Nn]amely|among the|(?:named|identified|listed) (?:them|those|these))\b"
                        r"|\b(?:It|[Tt]he (?:notification|letter|statement|list|order|circular|announcement)) (?:also )?(?:named|identified|listed) [A-Z]"  # "It named A and B"
                        r"|:\s*[A-Z][\w-]+ [A-Z][\w-]+(?: [A-Z][\w-]+)*,"  # "... to: A B, C D"
                        r"|^\s*(?:They|These|Those) (?:were|are) [A-Z]|^\s*The [a-z]+ (?:-|--|\u2013|\u2014) [A-Z]"  # "They were A, B", "The three - A, B -"
                        r"|^\s*The (?:others|other|rest|remaining(?: [a-z]+)?)(?: [a-z]+){0,3} (?:were|are) [A-Z]"  # "The others are D and E", "The other two are"
                        r"|\b(?:led|headed) (?:the|this) (?:group|delegation|batch)\b"  # "A of the PTI and B of the PPP led the group"
                        r"|\b(?:were|was) (?:the )?(?:[\w-]+ ){1,3}of (?:them|the (?:group|delegation|batch|entrants|newcomers))\b")  # "were the best known of them"
GROUP_SET_OFF = re.compile(r"^\W*(?:The|These|Those|All) (?:[\w-]+ ){0,2}[\w-]+ ?[,:\u2013\u2014-] ?[A-Z]")  # "The two, A and B, met ..."
LIST_OPENER = re.compile(r":[\"'”’]?\s*$")  # "Those expelled include:" with the names on the lines below
MAX_LIST_ITEM_CHARS = 150
MAX_LIST_ITEMS = 40
URDU = re.compile(r"[\u0600-\u06FF]")


ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Engr", "Gen", "Lt", "Col", "Capt", "Maj", "Brig", "Sen", "Rep", "St",
                 "No", "Jr", "Sr", "Sept", "Feb", "Jan", "Aug", "Oct", "Nov", "Dec", "Vol", "vs", "etc", "approx", "Govt")


@lru_cache(maxsize=1)
def _abbreviation() -> re.Pattern:
    """A stop that ends an abbreviation or an initial, not a sentence: the words above and the titles of
    lexicon key title_abbreviations ('Ch. Nisar Ahmed')."""
    words = sorted(set(ABBREVIATIONS) | load_lexicon("en")["title_abbreviations"], key=len, reverse=True)
    return re.compile(r"(?:\b(?:" + "|".join(map(re.escape, words)) + r")|\b[A-Z])\.[\"'”’)]*$")


# A parsed piece never exceeds this many characters: the rules look at the spans of
# one piece at a time, so bounded pieces keep the work linear in the article's length
# (and far below spaCy's max_length), however long or dense the input.
MAX_CHUNK_CHARS = 10_000
# A "sentence" longer than this (a page with no full stops) is cut at spaces.
MAX_SENTENCE_CHARS = 2_000


def _bounded(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Sentences longer than MAX_SENTENCE_CHARS cut at the last space before the limit."""
    out = []
    for start, end in spans:
        while end - start > MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
            cut = cut if cut > start else start + MAX_SENTENCE_CHARS
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Cheap sentence spans for selection; never cuts after 'Mrs.' or an initial."""
    return list(_sentence_spans(text))


@lru_cache(maxsize=8)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of `split_sentences`, kept for the few texts in hand: the selection, the lead date, the
    resignation day and the houses of an article each read its sentences."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if "\n" not in m.group(0) and _abbreviation().search(text[max(start, m.start() - 8):m.start()]):
            continue
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(_bounded([(s, e) for s, e in spans if text[s:e].strip()], text))


def all_chunks(text: str) -> list[Chunk]:
    """The whole text as chunks of whole sentences (the full-parse mode)."""
    sentences = split_sentences(text)
    return _runs(text, sentences, [True] * len(sentences))


def candidate_chunks(text: str) -> list[Chunk]:
    """Runs of selected sentences (with the one before when a pronoun or 'the party' may
    point back to it), as text chunks with offsets."""
    sentences = split_sentences(text)
    keep = [False] * len(sentences)
    for i, (s, e) in enumerate(sentences):
        piece = text[s:e]
        if URDU.search(piece) and not re.search(r"[A-Za-z]{3,}", piece):
            continue  # Urdu passages go to the Urdu rules, not the English parser
        lowered = piece.lower()
        if _has_trigger(piece, lowered):
            keep[i] = True
            if i > 0 and (NEEDS_CONTEXT_LOWERED.search(lowered) or not CAPITALISED.search(piece)):
                for j in range(max(0, i - 2), i):
                    keep[j] = True
        elif i > 0 and keep[i - 1] and tally_continues_lowered().search(lowered):
            keep[i] = True  # "The PTI won 18 seats. The JUI-F grabbed three, ...": the list of tallies goes on
        elif i > 0 and keep[i - 1] and (LIST_AFTER.search(piece) or LIST_OPENER.search(piece) or GROUP_SET_OFF.search(piece)):
            keep[i] = True  # "... resigned. They include A, B and C" / "The delegation comprised:": the list names the people
        elif LIST_HEADING.search(piece) and i + 1 < len(sentences) and LIST_LINE.search(text[sentences[i + 1][0]:sentences[i + 1][1]]):
            keep[i] = True  # "Sindh Assembly:" above a list of tallies names their house
    _keep_line_lists(text, sentences, keep)
    _keep_quote_ends(text, sentences, keep)
    _keep_following_quote(text, sentences, keep)
    _keep_interview_intro(text, sentences, keep)
    return _runs(text, sentences, keep)


NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")
INTRO_SENTENCES = 4


def _keep_interview_intro(text: str, sentences: list[tuple[int, int]], keep: list[bool]) -> None:
    """A Q&A interview whose answers carry a move keeps the sentences of its introduction that name
    someone: the answers' 'I' is the person named there (``interviews.note_interviewee``)."""
    first_q = first_question_at(text)
    if first_q is None or not any(k for (s, _e), k in zip(sentences, keep) if s > first_q):
        return
    named = [i for i, (s, e) in enumerate(sentences) if e <= first_q and NAME_RUN.search(text[s:e])]
    for i in named[:INTRO_SENTENCES]:
        keep[i] = True


FIRST_PERSON = re.compile(r"\b(?:I|my|me)\b")
# '"There is no question of leaving the party,' with no 'I': the act is the speaker's, named after the quote
SUBJECTLESS = re.compile(r"\b(?:[Tt]here is|[Tt]here's|[Ii]t is|[Ii]t's) (?:no|not any) (?:question|way|chance|possibility)\b")


def _open_quote(piece: str) -> bool:
    return piece.count('"') % 2 == 1 or piece.count("\u201c") > piece.count("\u201d")


def _keep_quote_ends(text: str, sentences: list[tuple[int, int]], keep: list[bool]) -> None:
    """A kept sentence that speaks as 'I' inside a quote still open at its end keeps the sentences of
    its paragraph up to the quote's close, where the speaker is named ('... today," he told reporters')."""
    for i, (s, e) in enumerate(sentences):
        if not keep[i] or not (FIRST_PERSON.search(text[s:e]) or SUBJECTLESS.search(text[s:e])) or not _open_quote(text[s:e]):
            continue
        for j in range(i + 1, min(len(sentences), i + 3)):
            if "\n" in text[sentences[j - 1][1]:sentences[j][0]]:
                break
            keep[j] = True
            if not _open_quote(text[s:sentences[j][1]]):
                break


def _keep_following_quote(text: str, sentences: list[tuple[int, int]], keep: list[bool]) -> None:
    """'X rubbished rumours of leaving the PTI. "I was with him yesterday ...," X said on Thursday': a quotation
    that opens right after a kept sentence, in its paragraph, is kept up to its close, where the attribution
    gives the day of the statement the kept sentence reports."""
    for i in range(len(sentences) - 1):
        if not keep[i] or keep[i + 1]:
            continue
        s, _e = sentences[i + 1]
        if "\n" in text[sentences[i][1]:s] or text[s:s + 1] not in ('"', "\u201c"):
            continue
        for j in range(i + 1, min(len(sentences), i + 4)):
            if j > i + 1 and "\n" in text[sentences[j - 1][1]:sentences[j][0]]:
                break
            keep[j] = True
            if not _open_quote(text[s:sentences[j][1]]):
                break


def may_carry_event(text: str) -> bool:
    """Whether any sentence of ``text`` would be selected for parsing: the cheap test (no parse) that a page
    can report an allegiance event at all, so a watched general-news feed does not fill the record with sport."""
    return bool(candidate_chunks(text))


def _keep_line_lists(text: str, sentences: list[tuple[int, int]], keep: list[bool]) -> None:
    """A kept sentence ending in a colon ('The expelled MNAs include:') keeps the short lines
    below it (one name a line, bulleted or numbered): the list names the people of its act."""
    for i, (s, e) in enumerate(sentences):
        if not keep[i] or not LIST_OPENER.search(text[s:e]):
            continue
        pos, lines, j = e, 0, i + 1
        while lines < MAX_LIST_ITEMS and j < len(sentences):
            pos = sentences[j][0]  # the next line starts with the next sentence
            stop = text.find("\n", pos)
            stop = len(text) if stop < 0 else stop
            if stop - pos > MAX_LIST_ITEM_CHARS:
                break
            while j < len(sentences) and sentences[j][0] < stop:  # "1." and "Nazir Chohan (NA-120)" are one line
                keep[j] = True
                j += 1
            lines += 1


def _runs(text: str, sentences: list[tuple[int, int]], keep: list[bool]) -> list[Chunk]:
    """Consecutive kept sentences joined into chunks of at most MAX_CHUNK_CHARS."""
    chunks: list[Chunk] = []
    i = 0
    while i < len(sentences):
        if not keep[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(sentences) and keep[j + 1] and sentences[j + 1][1] - sentences[i][0] <= MAX_CHUNK_CHARS:
            j += 1
        start, end = sentences[i][0], sentences[j][1]
        chunks.append(Chunk(start, text[start:end]))
        i = j + 1
    return chunks


def worth_parsing(text: str) -> bool:
    """Whether a page holds anything the extractor would parse: a sentence the selection keeps
    (`may_carry_event`) or an Urdu passage (the Urdu rules read those). Web-archive readers drop the
    other pages before extraction, which costs a regex scan instead of a parse."""
    return bool(URDU.search(text)) or may_carry_event(text)


def _has_trigger(piece: str, lowered: str | None = None) -> bool:
    """Whether a sentence can carry an event: a trigger stem, a phrase of the lexicon, a tally line, or a headline tally.
    ``lowered``: the sentence in lower case, when the caller has it."""
    lowered = piece.lower() if lowered is None else lowered
    return bool(CORE_LOWERED.search(lowered) or lexicon_phrases_lowered().search(lowered) or party_regalia().search(piece)
                or LIST_LINE.search(piece) or TALLY_PAIRS.search(piece) or tally_stated().search(piece)
                or (TALLY_VERB.search(piece) and TALLY_NUMBER.search(piece)))


@lru_cache(maxsize=1)
def tally_continues_lowered() -> re.Pattern:
    """`tally_continues` for lowercased text (see `for_lowered`)."""
    return for_lowered(tally_continues())


@lru_cache(maxsize=1)
def lexicon_phrases_lowered() -> re.Pattern:
    """`lexicon_phrases_yes_no` for lowercased text (see `for_lowered`)."""
    return for_lowered(lexicon_phrases_yes_no())


@lru_cache(maxsize=1)
def tally_continues() -> re.Pattern:
    """A verb of winning or ranking (lexicon tally_verbs, tally_rank_verbs, in any form) followed by a number
    ('grabbed three', 'trailed with eight'), or a number given to each party of a group ('got two each',
    'one seat apiece')."""
    from ..country.lexicon import NUMBER_WORDS

    lex = load_lexicon("en")
    verbs = sorted({re.escape(v[:-1] if v.endswith("e") else v) for v in lex["tally_verbs"] | lex["tally_rank_verbs"]} |
                   {re.escape(v) for v in lex["tally_irregular_forms"]}, key=len, reverse=True)
    number = r"(?:\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
    each = "|".join(re.escape(w) for w in sorted(lex["tally_each_words"]))
    return re.compile(rf"\b(?:(?:{'|'.join(verbs)})\w*\s+(?:only\s+|just\s+|with\s+|on\s+|at\s+)?{number}\b|{number}(?:\s+seats?)?\s+(?:{each})\b)", re.I)


@lru_cache(maxsize=1)
def tally_stated() -> re.Pattern:
    """A party's tally given as a figure: 'the PPP's tally has risen to 73', 'the PTI's tally stood at 116',
    'the tally was 84 for the PPP'."""
    from ..country.lexicon import NUMBER_WORDS

    number = r"(?:\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
    return re.compile(rf"\btally\b[^.]{{0,40}}?\b(?:to|at|was|is|reads|read)\s+{number}\b", re.I)


@lru_cache(maxsize=1)
def party_regalia() -> re.Pattern:
    """A party's flag, scarf or cap ("the party flag", "the PTI's scarf"; lexicon party_regalia_nouns), given to
    the one it takes in."""
    nouns = "|".join(re.escape(n) for n in load_lexicon("en")["party_regalia_nouns"])
    return re.compile(r"(?:\b[Pp]arty|\b[A-Z][A-Za-z-]*[A-Z])(?:'s|\u2019s)?\s+(?:" + nouns + r")s?\b")


@lru_cache(maxsize=1)
def lexicon_phrases_yes_no() -> re.Pattern:
    """`lexicon_phrases` grouped by first letter (see `_for_yes_no`): a sentence is tested against it
    whenever no trigger stem is in it, and the grouped form is several times faster."""
    return _for_yes_no(lexicon_phrases())


@lru_cache(maxsize=1)
def lexicon_phrases() -> re.Pattern:
    """The trigger phrases of the lexicon ("parted company with", "threw in his lot with"): a phrase added there
    reaches the parser without an edit here."""
    from .triggers import PHRASE_LISTS, with_possessives

    lex = load_lexicon("en")
    phrases = sorted({p.lower() for name in PHRASE_LISTS for p in with_possessives(lex[name], lex["phrase_possessive_objects"])},
                     key=len, reverse=True)
    members = "|".join(sorted(map(re.escape, lex["party_member_nouns"])))  # "I am an ANP worker": a denial
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r"|I am an? (?:[\w-]+ ){0,2}(?:" + members + r"))\b", re.I)
