"""Where a coalition act happens and who governs: the scope a sentence or the story's lead states ('in
Punjab', 'in the Centre', 'the National Assembly'), and the party a text says leads the government ('the
PTI-led coalition', 'the ruling PPP').
"""
from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from .base import Article
from .quote_days import told_by_speaker

GOVERNMENT_WORDS = {"government", "govt", "coalition", "alliance", "set-up", "setup", "centre", "center", "opposition", "camp", "treasury", "bloc", "cabinet"}

LEAD_CHARS = 400

# "the PTI-led", "the PPP led government", not "a delegation of the MQM-P led by Dr Siddiqui" (a party led by a person)
GOVERNMENT_AFTER = re.compile(r"^[\s'’s-]*(?:-?\s?led\s+(?:(?:federal|provincial|ruling|coalition|new)\s+)?"  # not 'the PTI-led opposition'
                              r"(?:government|govt|coalition|set-?up|cabinet|administration)\b"
                              r"|(?:coalition\s+|federal\s+|provincial\s+)?(?:government|govt)\b)", re.I)

RULING_BEFORE = re.compile(r"\bruling\s+(?:party\s+)?$|\b(?:ruling\s+(?:alliance|coalition)|government|govt)\s*,?\s+(?:led|headed)\s+by\s+(?:the\s+)?$", re.I)

RULING_AFTER = re.compile(r"^\s*(?:\([^)]{1,12}\))?,?\s+the\s+ruling\s+party\b", re.I)


def _in_lead(art: Article, sent: Span) -> bool:
    """The headline and lead report the news of the day: an act told there without a date of its own
    takes the story's date; one told further down is often background and keeps none."""
    return art.offset - art.memory.get("article_offset", 0) + sent.start_char < LEAD_CHARS


def stated_as_coming(head: Token, status: str, lex) -> bool:
    """'He said the QWP would now sit on the opposition benches', '"We will not sit on the opposition
    benches," he said': a coming, hedged or denied act is what its speaker states, and a hedged or denied
    act carries the date of the statement (GUIDELINE). A statement that names no day of its own is the
    story's news, so below the lead it takes the story's day like an act in the lead (an act told there in
    the plain past is still often background, and keeps none)."""
    return (status != "fact" or _modal_above(head, lex)) and told_by_speaker(head, lex) and not _standing_word(head)


def _modal_above(head: Token, lex) -> bool:
    """'would sit', 'would continue to support', 'would not hold talks': a modal on the act's verb or on the
    verbs it hangs from below the statement's own verb."""
    tok = head
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in lex["coalition_refusal_modals"] for c in tok.children):
            return True
        if tok.dep_ not in ("xcomp", "dobj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _standing_word(head: Token) -> bool:
    """'It has said it will join hands with the MWM': a stance held for some time, not one day's statement."""
    tok = head
    for _ in range(5):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in tok.children):
            return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in tok.children)
    return False


def vote_cast(head: Token, lex) -> bool:
    """'The BNP-M and the ANP also voted for Mr Bizenjo', 'The PML-N's nominee was backed by the PPP, ...': a
    vote told in the plain past is cast at the vote the story reports, so it is that day's news even below
    the lead (where an act is otherwise often background). 'would vote', 'had backed' are not."""
    if head.lemma_.lower() not in lex["coalition_vote_lemmas"] or any(c.dep_ == "aux" for c in head.children):
        return False
    if head.tag_ == "VBD":
        return True
    return head.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in head.children)


def sides_of_the_meeting(head: Token, lex) -> bool:
    """'The two sides agreed to work together in the Centre', 'where the two sides agreed "in principle"': the
    sides are those of the meeting the story has just told, and what they did there in the plain past is
    that meeting's news (not 'the two parties had agreed', nor an accord told as background)."""
    if head.tag_ != "VBD" or any(c.dep_ == "aux" for c in head.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in lex["coalition_meeting_sides"]
               and any(d.lower_ in ("two", "both") for d in c.children) for c in head.children)


def _scope(art: Article, sent: Span) -> str | None:
    """The scope the sentence states ('in Punjab', 'in the Centre', 'the National Assembly'); else the
    one the headline and lead state, which frames the whole story: a province named there ('National Assembly and
    provincial constituencies in Punjab') narrows a house named beside it."""
    here = [span for span in art.doc.spans["scopes"] if span.start >= sent.start and span.end <= sent.end and not _dateline(span)]
    governed = [span for span in here if _of_a_government(span)]
    for span in here:
        if not _in_relative_clause(span) and not _in_fronted_phrase(span):
            if governed and _venue(span, art.lex):
                return governed[0].kb_id_  # "held talks in Islamabad on the government in Balochistan"
            return span.kb_id_
    if any(t.lower_ == "federal" and t.head.lower_ in GOVERNMENT_WORDS for t in sent):
        return "national"  # "the GDA, which won no seat in Sindh, said it would not be part of the federal government"
    for span in here:
        return span.kb_id_
    for span in art.doc.spans["houses"]:
        if span.start >= sent.start and span.end <= sent.end:
            return _house_scope(span.kb_id_)
    lead = [(kind, code) for start, kind, code in art.memory.get("places", []) if start < LEAD_CHARS]
    for kind, code in sorted(lead, key=lambda place: place[0] != "scope"):
        return code if kind == "scope" else _house_scope(code)
    return None


def _venue(span: Span, lex) -> bool:
    """'held talks in Islamabad', 'met at Lahore': a place hung on the verb or the talks by 'in' or 'at' tells
    where the people met, which is not always where they mean to govern."""
    prep = span.root.head
    return span.root.dep_ == "pobj" and prep.lower_ in ("in", "at") and (
        prep.head.pos_ in ("VERB", "AUX") or prep.head.lower_ in lex["coalition_talk_with_nouns"])


def _of_a_government(span: Span) -> bool:
    """'the government in Balochistan', 'the Sindh government', 'the formation of the government in Punjab': a
    place that says which government is meant."""
    root = span.root
    if root.dep_ in ("compound", "amod", "nmod") and root.head.lower_ in GOVERNMENT_WORDS:
        return True
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "in":
        return False
    named = prep.head  # "the formation of the government in Balochistan": the place hung on 'formation'
    return named.lower_ in GOVERNMENT_WORDS or any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.lower_ in GOVERNMENT_WORDS for g in c.children) for c in named.children)


def _in_fronted_phrase(span: Span) -> bool:
    """'After winning a majority in Sindh, the PPP announced it would form its government in Balochistan': a
    place in a phrase opening the sentence before its subject tells what came before, not where the act is;
    it is the scope only when the sentence names no other."""
    root = span.sent.root
    subjects = [c.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or span.start >= subjects[0]:
        return False
    tok = span.root
    while tok.head.i != tok.i and tok.head.i != root.i:
        tok = tok.head
    return tok.dep_ in ("prep", "advcl") and tok.i < subjects[0]


def _in_relative_clause(span: Span) -> bool:
    """A place inside a clause that describes someone ('which failed to win a seat in Sindh'), not the act."""
    tok = span.root
    while tok.head.i != tok.i:
        if tok.dep_ == "relcl":
            return True
        tok = tok.head
    return False


def _dateline(span: Span) -> bool:
    """'ISLAMABAD - The MQM-P is likely to join ... in Sindh Assembly': the city a story is filed from opens its
    first sentence in capitals and says where the reporter is, not where the act is."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return span.text.isupper() and span.start == span.sent.start and after is not None and after.text in (":", "-", "–", "—")


def _house_scope(house: str) -> str:
    return {"NA": "national", "Senate": "national"}.get(house, house.replace("PA-", ""))


def government_in_text(text: str, mentions: list[tuple[int, int, str, str]], published: date | None = None) -> str | None:
    """'the PTI government', 'the PTI-led coalition', 'the ruling PTI', 'the PPP, the ruling party':
    the party leading the government. 'a minister in the PML-Q government in 2002', in a story of 2018,
    is a past government: not the one 'the ruling party' of the story means."""
    for start, end, kind, code in mentions:
        if kind == "party" and code != "IND" and (GOVERNMENT_AFTER.match(text[end:end + 30])
                                                  or RULING_BEFORE.search(text[max(0, start - 40):start])
                                                  or RULING_AFTER.match(text[end:end + 40])):
            if published is not None and _of_a_past_year(text[end:end + 50], published):
                continue
            return code
    return None


PAST_YEAR = re.compile(r"^[^.;]*?\b(?:in|during|from|till|until|of)\s+((?:19|20)\d\d)\b")


def _of_a_past_year(after: str, published: date) -> bool:
    """'... government in 2002': the government named is dated by a year before the story's."""
    found = PAST_YEAR.match(after)
    return found is not None and int(found.group(1)) < published.year
