"""A list's own opening act: "Here is a list of those who have left the PTI since May 9.", "Below is the
table of PTI figures who announced their exit from the party. It reads as name / post / date:".

Running lists and trackers state their act once, for an unnamed group, in the sentence that introduces
the list (a list noun of the lexicon's `list_intro_nouns` and a joining or leaving word, no one named), and
often no named act comes before them; each line below names one person of that act and, mostly, the day
that person went (`line_dates`). The opener may end in a full stop rather than a colon, or hand over to a
short colon sentence ("It reads as name / post / date:"). The act is dated by no one line: "since May 9"
bounds the list, so the act itself is undated and each line's own day stands.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..model import Event
from .base import Article
from .line_dates import closing_day

# a colon sentence this short may only point at the list its sentence before introduced ("They are:")
SHORT_POINTER_TOKENS = 14


def intro_act(art: Article, sent: Span, colon: bool) -> list[tuple[str, str]] | None:
    """The kinds of event, each with its party, that the list opened at `sent` is about, when `sent` (or,
    for a short colon sentence, the sentence just before it) is a list's opener; None otherwise."""
    candidates = [sent]
    if colon and len(sent) <= SHORT_POINTER_TOKENS and sent.start > 0:
        candidates.append(art.doc[sent.start - 1].sent)
    for cand in candidates:
        kinds = _opener_kinds(art, cand)
        if kinds:
            return kinds
    return None


def _opener_kinds(art: Article, cand: Span) -> list[tuple[str, str]]:
    lowers, lemmas = art.words(cand)
    nouns = set(art.lex["list_intro_nouns"])
    if lemmas.isdisjoint(nouns) and lowers.isdisjoint(nouns):
        return []
    if art.persons_in(cand) or any(t.dep_ == "neg" for t in cand):
        return []  # a named act is the rules' own; "who have not left" is no act
    leave = set(art.lex["leave_verbs"]) | set(art.lex["leave_nouns"])
    join = set(art.lex["join_verbs"]) | set(art.lex["join_nouns"])
    kinds = []
    for kind, words in (("leave_party", leave), ("join_party", join)):
        word = next((t for t in cand if (t.lemma_.lower() in words or t.lower_ in words) and not _quits_a_post(art, t)), None)
        if word is None:
            continue
        after = art.parties_in(word.i + 1, cand.end) or art.parties_in(cand.start, word.i)[-1:]
        party = after[0].kb_id_ if after else art.focus_party(cand.start)  # "... PTI figures who left the party"
        if party is not None and party != "IND":
            kinds.append((kind, party))
    return kinds


# a list line: a bullet or number, then the name, then what sets the description off; a line with no
# bullet counts only as a table row ("A / former adviser / May 22")
ITEM = re.compile(r"^[ \t]*(?P<mark>[-\u2022*\u2013\u2014]|\d{1,2}[.)]|\(?[ivx]{1,4}\))?[ \t]*"
                  r"(?P<name>(?:[A-Z][A-Za-z'.]*[ \t]+){1,5}[A-Z][A-Za-z']*)"
                  r"[ \t]*(?P<sep>,|[\u2014\u2013-][ \t]|/|\()")
MAX_LINE_CHARS = 220
MAX_LINES = 40


def opener_lines(art: Article, sent: Span, kinds: list[tuple[str, str]], status: str, when: str | None) -> list[Event]:
    """The events of the lines set out below a list's opener, read from the article's text: a list's
    lines carry no verb, and sentence selection may leave them unparsed. A line that tells an act of
    its own ("- A, who stepped down as ...") is the rules' and is passed over; the list ends at the first
    line that is no item."""
    text = art.memory.get("article_text")
    if text is None:
        return []
    pos = art.offset - art.memory.get("article_offset", 0) + sent.end_char
    own_words = set(art.lex["list_line_act_words"])
    out: list[Event] = []
    for count, line in enumerate(text[pos:].split("\n")):
        if count > MAX_LINES:
            break
        if not line.strip():
            continue
        m = ITEM.match(line)
        if m is None or len(line) > MAX_LINE_CHARS or (m.group("mark") is None and m.group("sep") != "/"):
            break
        if own_words & {w.lower() for w in re.findall(r"[A-Za-z]+", line[m.end("name"):])}:
            continue
        day = closing_day(line, art.published) or when
        name = " ".join(m.group("name").split())
        out += [Event(doc=art.doc_id, type=kind, actor=name, party=party, date=day, status=status,
                      evidence=art.evidence(sent, "list.opener_lines"), confidence=0.6) for kind, party in kinds]
    return out


def _quits_a_post(art: Article, word) -> bool:
    """'those who quit their posts': the leave verb's object is an office (lexicon list_intro_post_objects), not the party."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in art.lex["list_intro_post_objects"] for c in word.children)

