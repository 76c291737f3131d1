"""The day of a membership act: its own date, else the story's running day, unless it is background.

Every rule that makes an event asks the same questions of its sentence: does it name a day of its own
(``dates.sentence_date``), is it a quotation whose statement carries the day, is the act told as background
('had joined', 'earlier ... left'), or does it go on the story's running time ('A day earlier, ...'). The
answers live here so that joinings, expulsions, posts and coalition acts are dated alike.
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from ..country.lexicon import load_lexicon
from .base import Article, span_text, subtree_span
from .dates import COUNTED_BACK, sentence_date, told_as_background
from .story_time import running_time
from .day_counts import LATER, day_told_before
from .day_headers import header_day
from .roundup_days import item_day
from .group_days import counted_group_day
from .interviews import interview_day
from .quote_days import (announced_next, back_to_the_news, carried_day, conceded_before_refusal, last_day,
                         quoted_statement_day)
from .status import on_hearsay, still_to_come


def event_date(art: Article, sent: Span, head: Token, inherit: bool = True) -> str | None:
    """The act's own date; else the article's lead date, unless the act is background. Under a
    live-blog's day header the header's day stands for both the publication and the lead date."""
    if conceded_before_refusal(head):
        return None  # '"I left the PTI, but I have not joined any party," he said on Wednesday'
    if _uncounted_days_before(head):
        return None  # "returned to the PTI on Monday, days after announcing his departure": some day before, not said
    if _step_before(head, art.lex):  # "After quitting the PTI, X joined the IPP on Saturday": the quitting's day is not said
        own = subtree_span(head)
        found, when = sentence_date(own, head, art.published, art.lex, None)
        return when.isoformat() if found and when else None
    header = _header_day(art, sent)
    published = header or art.published
    answered = interview_day(art.memory, sent)  # an interview's answer: said on the interview's day, in the lead or not
    story = header.isoformat() if header else answered or art.memory.get("lead_date")
    said = quoted_statement_day(sent, head, published, art.lex, _rest_of_paragraph(art, sent))
    if said is not None:  # 'X denied he had been expelled. "...," he said on Tuesday': the statement's day
        return said.isoformat()
    running = _running_time(art, sent)
    if running is not None and running[1]:
        story = running[1]  # 'On Saturday, A and B joined the PPP. A day earlier, C had quit ...': counted from Saturday
    counted = span_text(sent)
    told_before = _day_told_before(art, sent, published) if LATER.search(counted) or COUNTED_BACK.search(counted) else None
    found, when = sentence_date(sent, head, published, art.lex, date.fromisoformat(story) if story else None, told_before)
    if found:
        if when is not None and header is None:
            art.memory.setdefault("lead_date", when.isoformat())
        return when.isoformat() if when else None
    if (not inherit and header is None and answered is None) or is_background(head, art.lex) or told_as_background(sent, head, art.lex):
        return None  # under a live-blog's day header every update is that day's news
    carried = carried_day(sent, published) or _announced_next(art, sent, published) or _group_told_before(art, sent, published)
    if carried is not None:
        return carried.isoformat()
    news_day = header.isoformat() if header else answered or art.memory.get("lead_date")
    if back_to_the_news(span_text(sent), art.lex) and not (on_hearsay(sent, art.lex) and still_to_come(head, art.lex)):
        return news_day  # 'The PTI, meanwhile, expelled ...': the story's own day again
    running = _running_time(art, sent, own_paragraph=header is not None)
    if running is not None:
        return running[1]
    if on_hearsay(sent, art.lex) and still_to_come(head, art.lex):
        return None  # 'X will join the PTI, sources said': a coming act in an undated word of unnamed sources
    return news_day


def _rest_of_paragraph(art: Article, sent: Span) -> str | None:
    """The article's text from the sentence's end to its paragraph's end: the parsed window holds only
    the selected sentences, and a quotation that follows may lie outside it."""
    text = art.memory.get("article_text")
    if text is None:
        return None
    start = art.offset - art.memory.get("article_offset", 0) + sent.end_char
    end = text.find("\n", start)
    return text[start:end if end >= 0 else len(text)]


def _uncounted_days_before(head: Token) -> bool:
    """'days after announcing his departure', 'weeks after he quit': an earlier act counted back by an
    uncounted span from the main act, so no day can be resolved (a counted 'two days after' can)."""
    if any(t.lower_.endswith("day") and t.lower_ != "day" for t in head.sent if t.i > head.i and t.head.i >= head.i):
        return False  # "days after he quit on Friday": the step names its own day
    tok = head
    for _ in range(4):
        if tok.lower_ == "after" and tok.dep_ == "prep" or tok.dep_ == "mark" and tok.lower_ == "after":
            return any(c.dep_ == "npadvmod" and c.lower_ in ("days", "weeks", "months", "years")
                       and not any(n.dep_ in ("nummod", "amod", "det") for n in c.children) for c in tok.children)
        for c in tok.children:
            if c.dep_ == "mark" and c.lower_ == "after":
                return any(n.dep_ == "npadvmod" and n.lower_ in ("days", "weeks", "months", "years")
                           and not any(m.dep_ in ("nummod", "amod", "det") for m in n.children) for n in tok.children)
        if tok.head.i == tok.i or tok.dep_ not in ("pobj", "dobj", "pcomp", "advcl"):
            return False
        tok = tok.head
    return False


def _step_before(head: Token, lex) -> bool:
    """'After quitting the PTI, X joined ...', 'Since leaving the party, he has ...': an act told, ahead of the
    sentence's own act, as the step before it, whose day is that of the main act only if it says so itself.
    Told after the main act ('joined the opposition on Wednesday after signing the charter') the step is
    part of that day's news and takes its day."""
    if head.dep_ == "pcomp" and head.tag_ == "VBG":
        after, main = head.head, head.head.head
    elif head.dep_ == "advcl" and head.tag_ in ("VBD", "VBN"):
        after, main = next((c for c in head.children if c.dep_ == "mark"), head), head.head
    else:
        return False
    if after.i > main.i:
        return False
    counted = any(c.dep_ == "npadvmod" for t in (after, head) for c in t.children) or (
        after.i > 0 and after.nbor(-1).lower_ in lex["date_span_words"])
    return after.lower_ in ("after", "since") and not counted  # "came a day after X quit": counted, its day is known


def _header_day(art: Article, sent: Span) -> date | None:
    """The day of the live-blog header above this sentence (``day_headers``), if the article has any."""
    headers = art.memory.get("day_headers")
    pos = art.offset - art.memory.get("article_offset", 0) + sent.start_char
    if not headers:  # a weekly roundup's item opens with its day ("FRIDAY — ..."): the same for its sentences
        return item_day(art.memory.get("article_text"), pos, art.published)
    return header_day(headers, pos)


def _announced_next(art: Article, sent: Span, published: date | None) -> date | None:
    """The day of the act's announcement told in the sentence after it (``quote_days.announced_next``)."""
    text = art.memory.get("article_text")
    if text is None:
        return None
    return announced_next(text, art.offset - art.memory.get("article_offset", 0) + sent.end_char, span_text(sent), published)


def _group_told_before(art: Article, sent: Span, published: date | None) -> date | None:
    """The day of a counted group's act told in the sentence before, which this one spells out (``group_days``)."""
    text = art.memory.get("article_text")
    if text is None:
        return None
    return counted_group_day(text, art.offset - art.memory.get("article_offset", 0) + sent.start_char, span_text(sent), published)


def _day_told_before(art: Article, sent: Span, published: date | None) -> date | None:
    """The last day the story named before this sentence, in its paragraph or the one before ('... sent his
    resignation on Monday evening. ... A day later, B also tendered his'): what 'a day later' counts on."""
    text = art.memory.get("article_text")
    if text is None:
        return None
    return day_told_before(text, art.offset - art.memory.get("article_offset", 0) + sent.start_char, published, last_day)


def _running_time(art: Article, sent: Span, own_paragraph: bool = False) -> tuple[bool, str | None] | None:
    """The story's running time at this sentence, when it is not the lead's day ('... last month.
    Six MNAs resigned': no day; 'Earlier on January 1, ... Other leaders who joined': that day).
    `own_paragraph`: only a time of the sentence's own paragraph counts (a live-blog's updates are
    told apart, one per paragraph)."""
    marks, text = art.memory.get("time_marks"), art.memory.get("article_text")
    if not marks or text is None:
        return None
    return running_time(marks, text, art.offset - art.memory.get("article_offset", 0) + sent.start_char, own_paragraph)


def is_background(head: Token, lex=None) -> bool:
    """'had joined', 'earlier ... left': an act told as background, not the news of the day.

    A pluperfect that reports what someone announced ('announced that they had resigned',
    'said he had resigned') is that day's news; 'before the vote' is a time, not background."""
    lex = lex if lex is not None else load_lexicon("en")
    adverbs = lex["date_background_adverbs"]
    tok = head
    for _ in range(4):
        for child in tok.children:
            if child.dep_ == "aux" and child.lower_ == "had" and not _reported(tok, lex):
                return True
            if child.dep_ in ("advmod", "npadvmod", "prep") and child.lower_ in adverbs \
                    and not (child.dep_ == "prep" and any(c.dep_ == "pobj" for c in child.children)) \
                    and not (child.lower_ in lex["date_reported_adverbs"] and _reported_decision(tok, head, lex)):
                return True  # 'said they had already decided to join' is the day's word, not background
            if child.dep_ in ("advmod", "prep") and _tally_phrase(child, lex):
                return True  # 'A, B and C have joined the PSP so far': a running tally of many days, none of them said
        if tok.head.i == tok.i or tok.dep_ not in ("xcomp", "conj", "ccomp", "advcl", "acl", "pcomp", "pobj", "dobj", "prep"):
            break
        if tok.dep_ == "conj" and any(c.dep_ == "aux" and c.lower_ in lex["tally_modals"] for c in tok.children):
            break  # 'had offered to step down but would not resign': the coming act has a tense of its own
        tok = tok.head
    first = head.sent[0]
    return first.lower_ in ("earlier", "previously", "prior") or _later_in_a_description(head, lex)


def _later_in_a_description(head: Token, lex) -> bool:
    """'Afridi, an independent who later joined the SIC, ...': a 'later' act in a clause that describes a
    person is the person's past, told without its day; a main clause's 'later' ('Later, he joined the PTI')
    is still the day's news."""
    tok = head
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "relcl":
        return False
    return any(c.dep_ == "advmod" and c.lower_ in lex["date_description_adverbs"] for c in head.children)


def _tally_phrase(child: Token, lex) -> bool:
    """'so far', 'to date', 'till now': the act is counted into a running tally of the story's movement, told
    without its own day (GUIDELINE: a background act with no day said is null)."""
    phrases = lex["date_tally_phrases"]
    if " ".join(t.lower_ for t in child.subtree) in phrases:
        return True
    return child.i > 0 and f"{child.nbor(-1).lower_} {child.lower_}" in phrases  # 'thus far' parsed as two adverbs


def _reported_decision(tok: Token, head: Token, lex) -> bool:
    """'He said A and B had already decided to join the party': a decision reported today about an act still
    to come ('had already sent her resignation' is an act done before: background)."""
    return tok.i != head.i and tok.lemma_.lower() in lex["date_decision_lemmas"] and _reported(tok, lex)


def _reported(tok: Token, lex) -> bool:
    """'announced that they had resigned': a clause that is what a named speaker reports
    ('sources said X had offered' stays background)."""
    if tok.dep_ in ("relcl", "acl") and tok.head.lower_ in lex["date_statement_nouns"]:
        # 'said in a video message that he had decided to part ways': the message's content, not a clause on it
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which", "who") for c in tok.children)
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in lex["status_announce_lemmas"]:
        return False
    return not any(c.dep_ == "nsubj" and c.lower_ in lex["status_hearsay_subjects"] for c in tok.head.children)
