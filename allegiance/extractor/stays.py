"""A stay told after resigning an office: 'She said she would remain a worker of the PTI'.

A minister, speaker or senator who quits the office and says they stay in the
party denies leaving it, as the press tells it and the real gold records; a
party post left with the same words is no leaving at all (GUIDELINE), and a
stay said by anyone else is no event.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from ..model import Event
from .base import Article, clause_heads, subject_person, subjects_of, subtree_span
from .act_dates import event_date
from .noun_movers import _name
from .party_of_act import _member_party

FIRST_PERSON = ("i", "we")


def stays_after_resigning(art: Article, sent: Span, earlier: list[Event]) -> list[Event]:
    """'She said she would remain a worker of the PTI', 'I will always remain with Imran Khan', 'but would
    stay in the party': someone who has just resigned a post and says they stay denies leaving the party, as
    the press and the annotators read it. Said by anyone else, a stay is no event (a comment, a slogan)."""
    lemmas = art.words(sent)[1]
    if lemmas.isdisjoint(art.lex["stay_verbs"]) and "be" not in lemmas:
        return []
    out: list[Event] = []
    for tok in sent:
        member = tok.lemma_ == "be" and any(s.lower_ == "i" for s in subjects_of(tok)) and _member_party(art, tok)
        if (tok.lemma_.lower() not in art.lex["stay_verbs"] and not member) or tok.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ == "neg" for c in tok.children) or not (member or _stays_with_a_party(art, tok)) \
                or _left_open(tok) or _told_by_the_paper(tok):
            continue  # 'I am a jiyala of the PPP' said by one who has just stepped aside as minister stays as well
        person = _stayer(art, tok)
        if person is None:
            continue
        name = _name(person)
        resigned = [e for e in earlier if e.type == "resign_post" and e.actor == name and _public_office(art, e.post)
                    and 0 <= art.offset + sent.start_char - e.evidence.start <= 600]
        if not resigned or any(e.type == "leave_party" and e.actor == name for e in earlier):
            continue
        party = next((p.kb_id_ for p in art.parties_in(tok.i, subtree_span(tok).end) if p.kb_id_ != "IND"), None) \
            or resigned[-1].party or _party_in_post(art, resigned[-1].post) or art.focus_party(tok.i)
        if party is None:
            continue
        out.append(Event(doc=art.doc_id, type="leave_party", actor=name, party=party, status="denied",
                         date=event_date(art, sent, tok) or resigned[-1].date,
                         evidence=art.evidence(sent, "leave.stays_after_resigning"), confidence=0.55))
    return out


def _public_office(art: Article, post: str | None) -> bool:
    return public_office(post, art.lex, {code.lower() for _start, code in art.memory.get("parties", [])})


def public_office(post: str | None, lex, party_codes: set[str] = frozenset()) -> bool:
    """A minister's, a speaker's or a seat, not a party post: leaving a party post and staying in the party is
    no leaving at all (GUIDELINE), while a minister who quits and says he stays denies leaving. ``party_codes``:
    the article's parties in lower case, whose code in a post makes it the party's."""
    words = set(re.findall(r"[\w-]+", (post or "").lower()))
    return bool(words & lex["public_office_words"]) and not words & party_codes and not words & lex["party_post_words"]


def _party_in_post(art: Article, post: str | None) -> str | None:
    """'PTI Sindh president': the party a party post is written with."""
    named = {code for _start, code in art.memory.get("parties", [])}
    codes = {word for word in (post or "").split() if word in named}
    return codes.pop() if len(codes) == 1 else None


def _stays_with_a_party(art: Article, verb: Token) -> bool:
    """What one stays: in or with a party or its leader ('remain with Imran Khan'), a worker, member or
    soldier of it, or working for it ('continue to work for the party')."""
    own = [t for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass", "aux", "neg") for t in c.subtree]
    words = {t.lower_ for t in own}
    party = any(art.party_at(t) is not None for t in own) or "party" in words or _party_said_before(art, verb, own)
    leader = any(art.person_at(t) is not None for t in own if t.head.lower_ == "with")
    role = bool(words & art.lex["stay_roles"])
    working = verb.lemma_.lower() == "continue" and bool(words & {"work", "serve"})
    if verb.lemma_.lower() == "continue":
        return working and party
    return (party and (role or bool(words & {"in", "with"}))) or leader


def _party_said_before(art: Article, verb: Token, own: list[Token]) -> bool:
    """'We are members of the BAP and will stay in it': 'it' after 'in' or 'with' is the party the sentence
    named before the verb."""
    pronoun = any(t.lower_ == "it" and t.head.lower_ in ("in", "with") for t in own)
    return pronoun and any(p.kb_id_ != "IND" for p in art.parties_in(verb.sent.start, verb.i))


def _told_by_the_paper(verb: Token) -> bool:
    """'He remains a member of the PTI's central executive committee': the paper stating where he stands,
    a plain finite verb heading its own sentence, is no one saying he stays and so denies no leaving; 'I
    remain with the party' is the speaker's own word, never the paper's."""
    first_person = any(s.lower_ in FIRST_PERSON for s in subjects_of(verb))
    return verb.dep_ == "ROOT" and verb.tag_ in ("VBZ", "VBD", "VBP") and not first_person \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _left_open(verb: Token) -> bool:
    """'He did not say whether he would remain', 'if he stays': a stay asked about or set on a condition."""
    for head in clause_heads(verb):
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if", "unless") for c in head.children) \
                or (head.i != verb.i and any(c.dep_ == "neg" for c in head.children)):
            return True
    return False


def _stayer(art: Article, verb: Token) -> Span | None:
    """The one who stays: the subject, a pronoun read as the person in focus, or 'I' as the quote's speaker."""
    for head in clause_heads(verb):
        for subj in subjects_of(head):
            if subj.lower_ in FIRST_PERSON:  # 'We will stay in it': the speaker among the ministers
                return art.quote_speaker(subj) or _reporting_subject(art, verb)
            if subj.lower_ in ("he", "she"):
                return art.focus_person(subj.i)
            person = art.person_at(subj)
            if person is not None:
                return person
    return None


def _reporting_subject(art: Article, verb: Token) -> Span | None:
    """'Mr X said he had stepped aside but that "I am a jiyala of the PPP"': a quote run into the reporting
    sentence is the words of that sentence's speaker."""
    for head in verb.ancestors:
        if head.lemma_.lower() in art.lex["speech_verbs"]:
            for subj in subjects_of(head):
                person = subject_person(art, subj)
                if person is not None or subj.lower_ in ("he", "she"):
                    return person
            return None
    return None


STAY_REACH = 600  # characters from a resignation to the stay said after it
CONTRAST = re.compile(r"\bhowever\b|^\s*(?:But|Yet)\b")  # a denial set against the resignation just told


def stays_dated_by_resigning(events: list[Event], text: str, offset: int) -> list[Event]:
    """'... announced his resignation in a letter shared on social media on Thursday. "I am stepping down.
    I remain a worker of the PTI," the letter read': a stay told in the words that resigned a post, with no
    day of its own, was said when the post was left, not on the story's lead day. So is a denial of leaving
    set against the same person's resignation just told ('A day earlier, X had stepped down from his office.
    He, however, said he was not quitting the party'): the contrast ties it to that resignation, and the
    convention dates both by it. Without the contrast the denial may be told of a later day (when the
    resignation was accepted), so it keeps its own."""
    out = []
    for e in events:
        said = text[e.evidence.start - offset:e.evidence.end - offset]
        if e.type == "leave_party" and e.status == "denied" \
                and (e.evidence.rule in ("leave.stays", "leave.stays_after_resigning") or CONTRAST.search(said)) \
                and not _names_a_day(said):
            before = [r for r in events if r.type == "resign_post" and r.actor == e.actor and r.date
                      and 0 < e.evidence.start - r.evidence.start <= STAY_REACH]
            if before and before[0].date != e.date:
                e = replace(e, date=before[0].date)  # the first report of the resignation, the one kept
        out.append(e)
    return out


def _names_a_day(sentence: str) -> bool:
    return bool(re.search(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:yesterday|today|\d{4})\b", sentence, re.I))
