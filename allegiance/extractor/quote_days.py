"""The day of a statement told across two sentences: a report of what someone said whose day is
written in the quotation's attribution next to it.

    X dismissed speculation that he might leave. "There is no question of it," he said on Tuesday.
    X took a U-turn on Monday. "I am not leaving the party," he said at a news conference.

A hedged or denied act carries the date of its statement (GUIDELINE); when the sentence that tells
the act names no day, the statement's day is the one its neighbouring quotation gives.
"""
from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from .base import doc_text, span_text
from .dates import (_after, _coming_day, _names_other_event, _quoted, date_expressions, hours_after_story,
                    quote_begun_before, story_expressions)
from .story_time import _in_relative_clause

# '..." he said on Tuesday', '...," the JI chief told reporters on Monday'
ATTRIBUTION = re.compile(r"[”\"]\s*,?\s*(?:(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+[\w-]+(?:\s+[\w-]+)?|[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,3})"
                         r"\s+(?:said|told|added|maintained|insisted|declared)\b"
                         r"|(?:said|added|declared)\s+(?:[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,3}|the\s+[\w-]+(?:\s+[\w-]+)?)\b)")  # '," said Mr Khan'
# '...," NP president Dr Abdul Malik Baloch told', '...," JI emir Hafiz Naeem ur Rehman said': a speaker named
# with a party and a role before the name (only after a quotation's closing mark: a comma or stop before it)
ROLE_ATTRIBUTION = re.compile(r"(?<=[,.!?])[”\"]\s*(?:[A-Z][\w.'-]*\s+){1,3}[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+"
                              r"(?:[A-Z][\w.'-]*\s+|(?:ur|ul|ud|al|bin)\s+){1,5}(?:said|told|added|maintained|insisted|declared)\b")
# a quotation carried on by its speaker: '"I am not leaving," he said', '"...," said Mr Khan'
NAMED_ATTRIBUTION = re.compile(r"[”\"]\s*,?\s*(?:(?:said|added)\s+(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w-]+\b"
                               r"|(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w-]+\s+(?:said|told|added|maintained|insisted)\b)")  # '," Mr Cheema told
# a quotation carried on by a pronoun: '"I am not leaving," he said'
# (or by a definite role standing for the speaker: '"I am not going anywhere," the senior MLA said')
PRONOUN_ATTRIBUTION = re.compile(r"[”\"]\s*,?\s*(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+(?:former\s+|senior\s+|veteran\s+)?[\w-]+(?:\s+[\w-]+)?)"
                                 r"\s+(?:said|told|added|maintained|insisted)\b")
CLIMB = ("ccomp", "xcomp", "acl", "prep", "pobj", "pcomp", "dobj", "conj", "advcl", "nsubj")  # "rumours of leaving": pcomp; "denied that talks with X were under way": nsubj


def quoted_statement_day(sent: Span, head: Token, published: date | None, lex, after: str | None = None) -> date | None:
    """The day of the statement that tells the act, from a neighbouring quotation, when the act's own
    sentence names no time: the next quotation's attribution ('"...," he said on Tuesday') for an act
    told as what someone said or denied; for an act inside a quotation carried on by a pronoun, its
    attribution's day or else the day of the sentence before the quotation ('took a U-turn on
    Monday. "I am not leaving," he said'). `after`: the article's text from the sentence's end to its
    paragraph's end, when the parsed window may stop before the quotation."""
    if published is None or _names_time(span_text(sent), published):
        return None
    text = doc_text(sent.doc)
    para_end = text.find("\n", sent.end_char)
    para_end = len(text) if para_end < 0 else para_end
    if told_by_speaker(head, lex) or _refused_by_name(head, lex):
        rest = after if after is not None else text[sent.end_char:para_end]
        if rest.lstrip()[:1] in ("“", '"'):
            return _attributed_day(rest, published)
    para_start = text.rfind("\n", 0, head.idx) + 1
    if not _quoted(text[para_start:head.idx], head.idx - para_start):
        return None
    closing = min([i for i in (text.find("”", head.idx), text.find('"', head.idx)) if i >= 0] or [-1])
    if closing < 0 or closing > para_end or not (PRONOUN_ATTRIBUTION.match(text, closing)
                                                   or NAMED_ATTRIBUTION.match(text, closing)):
        return None
    stop = re.search(r"[.!?](?:\s|$)", text[closing + 1:para_end])
    tail = text[closing:closing + 1 + stop.start()] if stop else text[closing:para_end]
    day = _attributed_day(tail, published)
    if day is not None or _names_time(tail, published):
        return day
    opening = max(text.rfind("“", para_start, head.idx), text.rfind('"', para_start, head.idx))
    if opening <= 0:
        return None
    before = sent.doc.char_span(opening, opening + 1, alignment_mode="expand")
    if before is None or before[0].sent.start == 0:
        return None
    earlier = sent.doc[before[0].sent.start - 1].sent
    for _ in range(3):  # "X resigned on Wednesday ... X said he remained a jiyala. '... I have not left it,' he said"
        day = last_day(earlier.text, published)
        if day is not None or earlier.start == 0 or earlier.start_char <= para_start:
            return day
        if _names_time(earlier.text, published):
            return None  # a time that is no plain day ('in 2013'): no day to carry
        earlier = sent.doc[earlier.start - 1].sent
    return None


def _names_time(text: str, published: date) -> bool:
    return bool(date_expressions(text, published) or story_expressions(text) or hours_after_story(text) is not None)


def told_by_speaker(head: Token, lex) -> bool:
    """'X dismissed speculation that he might leave', 'X denied that he had been expelled': an act
    that is what a named speaker says or denies."""
    words = set(lex["status_deny_lemmas"]) | set(lex["speech_verbs"])
    if head.pos_ == "VERB" and (head.lemma_.lower() in lex["status_deny_lemmas"] or _phrasal_denial(head, lex)):
        return _named_subject(head)  # 'X ruled out any alliance with the GDA': the refusal is the statement
    tok = head
    for _ in range(5):
        if tok.head.i == tok.i or tok.dep_ not in CLIMB:
            return False
        tok = tok.head
        if (tok.lemma_.lower() in words or _phrasal_denial(tok, lex)) and tok.pos_ == "VERB":
            return _named_subject(tok)
    return False


def _named_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and (c.pos_ in ("PROPN", "PRON") or any(  # 'Former deputy speaker of the
        t.pos_ == "PROPN" for t in c.subtree)) for c in verb.children)  # National Assembly X rubbished ...'


def _phrasal_denial(tok: Token, lex) -> bool:
    """'ruled out an alliance', 'brushed aside reports': a refusal told by a verb and its particle."""
    return any(tok.lemma_.lower() == verb and any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children)
               for verb, particle in (p.split() for p in lex["status_deny_phrasal"]))


def _refused_by_name(head: Token, lex) -> bool:
    """'The JI, meanwhile, ruled out any alliance with the PTI. "We will run our own campaign," its emir told
    a news conference on Monday': a refusal is itself a statement, and the quotation that follows gives its
    words and so its day. Only a refusal verb with a named subject (a party or a person) counts."""
    phrasal = " ".join([head.lemma_.lower(), *(c.lower_ for c in head.children if c.dep_ == "prt")])
    if head.pos_ != "VERB" or (phrasal not in lex["date_refusal_phrases"] and head.lemma_.lower() not in lex["date_refusal_phrases"]):
        return False
    return any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or any(t.pos_ == "PROPN" for t in c.subtree)) for c in head.children)


def _attributed_day(text: str, published: date) -> date | None:
    """The day in a quotation's attribution ('...," he said at Idara Noor-e-Haq on Tuesday')."""
    found = [m for m in (ATTRIBUTION.search(text), ROLE_ATTRIBUTION.search(text)) if m is not None]
    if not found:
        return None
    m = min(found, key=lambda hit: hit.start())
    stop = re.search(r"[.!?](?:\s|$)", text[m.end():])
    clause = text[:m.end() + stop.start()] if stop else text
    said = clause[m.start() + 1:]  # the attribution alone: a 'will' inside the quotation ('I will be with him
    for pos, d in date_expressions(said, published):  # tomorrow," X said on Thursday') plans nothing of its day
        if _plain_day(said, pos, d, published):
            return d
    return None


def last_day(text: str, published: date) -> date | None:
    """The last day a sentence gives its own main clause ('X, who had announced on Sunday that he was
    joining, took a U-turn on Monday': Monday)."""
    days = [d for pos, d in date_expressions(text, published)
            if _plain_day(text, pos, d, published) and not _in_relative_clause(text, pos)]
    return days[-1] if days else None


def _plain_day(text: str, pos: int, d: date | None, published: date) -> bool:
    return d is not None and not _after(d, published) and not _names_other_event(text, pos) \
        and not _coming_day(text, pos) and not _quoted(text, pos) and not quote_begun_before(text, pos)




def carried_day(sent: Span, published: date | None) -> date | None:
    """'X submitted his resignation on Monday. He also stepped down as the party's city general
    secretary': a sentence opened by a pronoun that names no time carries on the sentence before it,
    in its paragraph, and takes that sentence's own day."""
    if published is None or sent.start == 0 or sent[0].lower_ not in ("he", "she", "they") \
            or _names_time(span_text(sent), published):
        return None
    text = doc_text(sent.doc)
    if "\n" in text[sent.doc[sent.start - 1].idx:sent.start_char]:
        return None  # a new paragraph
    return last_day(sent.doc[sent.start - 1].sent.text, published)


def back_to_the_news(text: str, lex) -> bool:
    """'The PTI, meanwhile, expelled its Taxila president', 'In a separate development, ...': words that
    turn from background back to the day's news, in a sentence that names no time of its own."""
    low = text.lower()
    return any(re.search(rf"\b{re.escape(w)}\b", low) for w in lex["date_news_turns"])


def conceded_before_refusal(head: Token) -> bool:
    """'"I left the PTI, yes, but I have not joined any party," he said on Wednesday': a past act granted
    before a 'but' that refuses another; the day of the words is the refusal's, the act's own is untold."""
    if head.tag_ not in ("VBD", "VBN") or not any(c.dep_ == "cc" and c.lower_ == "but" for c in head.children):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in head.children):
        return False  # a speaker's own words; 'stepped down on Monday but did not leave the party' is dated
    return any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(g.dep_ == "neg" for g in c.children)
               for c in head.children)



# 'He made the announcement at a presser in Quetta this afternoon.': the act just told, announced that day
ANNOUNCED = re.compile(r"\s*(?:(?:He|She|They)\s+(?:had\s+)?made\s+(?:the|this|his|her|their)\s+announcement"
                       # 'According to a statement issued here on Monday, ...', 'A notification issued by the party on
                       # Saturday said ...': the paper that announced it, with its day
                       r"|(?:According\s+to\s+(?:a|the)\s+|(?:A|The)\s+)(?:statement|notification|press\s+release|handout)"
                       r"\s+(?:issued|released)\b)[^.!?\n]*[.!?]?")


def announced_next(text: str, end: int, sentence: str, published: date | None) -> date | None:
    """'X has resigned from the PTI. He made the announcement at a presser in Quetta this afternoon': an act
    whose sentence names no time, followed in its paragraph by the sentence of its announcement with a day
    of its own, happened that day. Read from the article's text: the next sentence need not be parsed."""
    if published is None or _names_time(sentence, published):
        return None
    m = ANNOUNCED.match(text, end)
    return last_day(m.group(0), published) if m else None
