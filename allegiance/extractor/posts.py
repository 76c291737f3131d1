"""resign_post: a person gives up a post (party office, assembly seat, ministry).

The post comes from the trigger's own words ("resigned as president PTI
Karachi", "resigning from Parliament") or, when the act is bare ("tendered
his resignation"), from the role written beside the name ("Sindh governor
Imran Ismail", "Tariq Cheema, the federal minister for housing").
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..model import Event
from .base import Article, subtree_span
from .membership import _resigns_from_party, actors, event_date
from .status import act_status
from .triggers import Trigger

SEAT_WORDS = re.compile(r"national assembly|\bparliament\b|\bmna\b|\bna\b|lower house", re.I)
PA_WORDS = re.compile(r"provincial assembly|punjab assembly|sindh assembly|balochistan assembly|pakhtunkhwa assembly|\bmpa\b", re.I)
SENATE_WORDS = re.compile(r"\bsenat", re.I)
POST_HEADS = {"position", "post", "office", "slot", "designation", "portfolio", "role"}
PARTYISH = {"party", "membership", "basic", "primary", "politics"}
ROLE_HEADS = {"minister", "governor", "president", "chairman", "chairperson", "secretary", "speaker", "leader", "adviser",
              "advisor", "mayor", "chief", "convener", "convenor", "spokesperson", "senator", "mna", "mpa", "assistant",
              "ameer", "cm", "pm", "member", "head", "coordinator", "treasurer"}


def find_resign_triggers(art: Article, sent: Span) -> list[Trigger]:
    found = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma == "resign" and tok.pos_ in ("VERB", "AUX"):
            found.append(Trigger("resign", tok, frozenset({tok.i}), "resign.verb"))
        elif lemma == "step" and any(c.lower_ == "down" for c in tok.children):
            found.append(Trigger("resign", tok, frozenset({tok.i}), "resign.step_down"))
        elif tok.lower_ in ("resignation", "resignations") and tok.head.lemma_.lower() in ("tender", "submit", "announce", "send", "hand", "present") \
                and not _resigns_from_party(art, tok):
            found.append(Trigger("resign", tok.head, frozenset({tok.i, tok.head.i}), "resign.tender"))
        elif tok.lower_ in ("resignation", "resignations") and any(
                c.dep_ == "prep" and c.lower_ == "of" and art.persons_in(subtree_span(c)) for c in tok.children):
            found.append(Trigger("resign", tok, frozenset({tok.i}), "resign.noun"))  # "the resignation of CM X"
        elif lemma in ("quit", "withdraw") and any(c.lower_ == "as" for c in tok.children):
            found.append(Trigger("resign", tok, frozenset({tok.i}), "resign.quit_as"))
    return found


def extract_posts(art: Article, sent: Span) -> list[Event]:
    remember_posts(art, sent)
    events = []
    for trig in find_resign_triggers(art, sent):
        if _resigns_from_party(art, trig.head):
            continue
        people = actors(art, sent, trig)
        if not people:
            continue
        named = _posts_named(trig.head)
        if named is None:  # resigning from the party is a leaving, handled elsewhere
            continue
        status = act_status(trig.head, sent, art.lex, set(trig.tokens))
        if status is None:
            continue
        when = event_date(art, sent, trig.head)
        if named:
            art.memory["post"] = named[0]
        for person in people:
            beside = _role_beside(art, sent, person)
            for post in named or [p for p in [beside or art.memory.get("post")] if p]:
                events.append(Event(doc=art.doc_id, type="resign_post", actor=person.kb_id_ or person.text,
                                    party=art.focus_party(person.start), post=post, date=when, status=status,
                                    evidence=art.evidence(sent, trig.rule), confidence=0.6))
    return events


def remember_posts(art: Article, sent: Span) -> None:
    """'resignations from the National Assembly' names the post for later bare resignations."""
    for tok in sent:
        if tok.lower_ in ("resignation", "resignations"):
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("from", "as"):
                    for obj in prep.children:
                        found = _post_texts(obj)
                        if found:
                            art.memory["post"] = found[0]


def _posts_named(head: Token) -> list[str] | None:
    """Posts named by the trigger's 'as ...' and 'from ...' phrases; None if it is the party itself."""
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("as", "from")]
    for child in head.children:
        if child.lower_ in ("resignation", "resignations"):
            preps += [c for c in child.children if c.dep_ == "prep" and c.lower_ in ("as", "from")]
    preps += [c for p in preps for c in p.conjuncts if c.lower_ in ("as", "from")]
    posts: list[str] = []
    for obj in [c for c in head.children if c.dep_ == "dobj" and c.lower_ in ("seat", "post", "office", "portfolio", "membership")]:
        found = _post_texts(obj) if obj.lower_ != "membership" else None
        if found:
            posts += found  # "resigning his seat in the National Assembly"
    for prep in preps:
        for obj in [c for c in prep.children if c.dep_ == "pobj"]:
            found = _post_texts(obj)
            if found is None:
                return None
            posts += [p for p in found if p not in posts]
    return posts


def _post_texts(noun: Token) -> list[str] | None:
    """'my position as president PTI Karachi and my position as a member of the NA' -> two posts."""
    out: list[str] = []
    for item in [noun, *noun.conjuncts]:
        if item.lower_ in POST_HEADS:
            for prep in item.children:
                if prep.lower_ == "as":
                    for obj in prep.children:
                        inner = _post_texts(obj)
                        out += inner or []
            continue
        text = _post_text(item)
        if text == "":
            return None
        if text:
            out.append(text)
    return out


def _post_text(noun: Token) -> str | None:
    skip: set[int] = set()
    for conj in noun.conjuncts:
        if conj.i > noun.i:
            skip.update(range(conj.left_edge.i, conj.right_edge.i + 1))
    words = [t for t in subtree_span(noun) if t.i not in skip and not (t.dep_ == "cc" and t.head.i == noun.i)]
    if noun.lower_ in PARTYISH or any(t.lower_ in ("membership",) for t in words):
        return ""
    if noun.lower_ in ("seat", "post", "office") and not any(SEAT_WORDS.search(t.text) or PA_WORDS.search(t.text) or
                                                            SENATE_WORDS.search(t.text) for t in words):
        return None  # "his seat" alone names no post; the role beside the name will
    text = " ".join(t.text for t in words if t.dep_ not in ("det", "poss", "case")
                    and t.lower_ not in ("my", "his", "her", "their", "'s", "’s"))
    text = re.sub(r"\s+(?:of Pakistan|as well)$", "", text).strip(" ,")
    if SEAT_WORDS.search(text):
        return "MNA"
    if PA_WORDS.search(text):
        return "MPA"
    if SENATE_WORDS.search(text):
        return "senator"
    return text or None


def _role_beside(art: Article, sent: Span, person: Span) -> str | None:
    """'Sindh governor Imran Ismail' or 'Imran Ismail, the Sindh governor,'."""
    doc = art.doc
    before = []
    i = person.start - 1
    while i >= sent.start and (doc[i].text in art.lex["roles"] or doc[i].pos_ in ("PROPN", "NOUN", "ADJ")) \
            and not doc[i].is_punct and art.person_at(doc[i]) is None and len(before) < 5:
        before.insert(0, doc[i])
        i -= 1
    if before and before[-1].lower_ in ROLE_HEADS:
        return " ".join(t.text for t in before if t.lower_ not in ("former",))
    after = doc[person.end:min(sent.end, person.end + 10)]
    if len(after) > 2 and after[0].text == ",":
        words = []
        for tok in after[1:]:
            if tok.text in (",", ".", ";") or tok.pos_ in ("VERB", "AUX") or art.person_at(tok) is not None:
                break
            if tok.dep_ not in ("det",):
                words.append(tok)
        if words and any(t.lower_ in ROLE_HEADS for t in words):
            return " ".join(t.text for t in words)
    return None
