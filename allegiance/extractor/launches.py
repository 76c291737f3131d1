"""Parties launched in a story and the people who take their offices.

A story of a launch names the new party once ('launched his new party, naming it the Pak Sarzameen
Party') and then calls it 'the new party', 'its' or 'the party'. Those who are named to its offices
at the launch ('X was named convener of the new party', 'was elected chairman of the PTI-P', 'Y became
its president') are its first members: they join it. An office in a party the story does not tell of
as launched ('was named the PML-N's senior vice-president') is a post in a party already held.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .base import Article

PARTY_WORDS = frozenset({"party", "outfit"})
LAUNCHED_AFTER = re.compile(r"\s*(?:\([^()\n]{1,20}\)\s*)?(?:,\s*|\s+(?:was|has\s+been|had\s+been)\s+)(?:\w+\s+)?"
                            r"(?:launched|founded|formed|floated|unveiled|established|registered)\b", re.I)


def launched_in(parties: list[Span], lex: dict) -> list[Span]:
    """The parties a piece of text tells of as launched ('launched his new party, naming it the Pak Sarzameen
    Party', 'founded the BAP') or that the registry lacks, for 'the new party' in a piece parsed apart. The
    party launched is the verb's object or set beside it, never its subject ('the PTI formed the government'),
    nor a party in a clause the verb governs ('announced that they were quitting the MQM')."""
    def launched(party: Span) -> bool:
        root = party.root
        if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lex["launch_verbs"] for c in root.children):
            return True  # "The IPP, launched on Thursday by X, has drawn ...": the subject set beside its launch
        if root.dep_ == "nsubj" and root.head.tag_ == "VBN" and root.head.lemma_.lower() in lex["launch_verbs"] \
                and any(c.dep_ == "agent" for c in root.head.children):
            return True  # the same, the participle misread as the sentence's verb with the party its subject
        if root.dep_ in ("nsubj", "nsubjpass", "poss"):
            return False
        if root.head.lemma_.lower() in lex["launch_verbs"]:
            return True  # "founded the BAP", "the PTI-P, launched on Monday"
        # "launched a new party, the PTI-P" (in apposition), "launched his party, naming it the PSP"
        return root.dep_ in ("appos", "oprd") and root.head.head.lemma_.lower() in lex["launch_verbs"]
    return [p for p in parties if p.kb_id_.startswith("NEW:") or launched(p)]


def launched_party(art: Article, head: Token) -> str | None:
    """'the new party': the last party named as launched or formed, or one the registry does not know."""
    launched = launched_in(art.parties_in(0, head.i), art.lex)
    if launched:
        return launched[-1].kb_id_
    # named in an earlier piece of the article; else the party the story last had someone join ("X announced his
    # decision to join the IPP. He was accompanied by A and B, who also announced joining the new party")
    return art.memory.get("last_new_party") or _launched_in_text(art, head) or art.memory.get("last_join_party")


def _launched_in_text(art: Article, head: Token) -> str | None:
    """The last party the article's text, before `head`, names as launched in so many words ('The Istehkam-e-Pakistan
    Party (IPP), launched on Thursday by X, has drawn ...'). Why the text: the selection parses only sentences that
    hold an act, and a lead that tells of a launch alone ('launched' is no act of anyone joining) may stay unparsed,
    so 'joined the new party' further down would find no launch among the parsed pieces."""
    text = art.memory.get("article_text")
    if not text:
        return None
    at = art.offset - art.memory.get("article_offset", 0) + head.idx
    found = None
    for start, end, kind, code in art.memory.get("aliases", ()):
        if kind == "party" and code != "IND" and end <= at and LAUNCHED_AFTER.match(text, end):
            found = code
    return found


def office_in_new_party(art: Article, verb: Token) -> str | None:
    """The party just launched whose office the verb gives its subject: 'was named president of the new
    party', 'was elected chairman of the PTI-P', 'was named its vice-chairman', 'became its president',
    'was named convener of the MQM-London's Pakistan wing'. One who served in an office ('had served as the
    party's secretary') held it before: no joining."""
    lemma = verb.lemma_.lower()
    if lemma not in art.lex["new_party_office_verbs"] or verb.pos_ not in ("VERB", "AUX"):
        return None
    if lemma in ("name", "elect", "appoint", "make") and not any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "the party named X its convener": the one named is told by another reading
    offices = [c for c in verb.children if c.dep_ in ("oprd", "attr")]
    offices += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
    for office in offices:
        words = {t.lower_ for t in office.subtree} | {t.lower_ for t in office.head.children if t.dep_ == office.dep_}
        if words & art.lex["new_party_office_words"]:
            party = _party_of_office(art, verb, office)
            if party is not None:
                return party
    return None


def _party_of_office(art: Article, verb: Token, office: Token) -> str | None:
    """The launched party an office belongs to: the one named in the office's words if the story launched
    it (or the registry lacks it), else the launched party for 'its', 'the party', 'the new party'."""
    tokens = list(office.subtree) + [t for t in office.head.children if t.dep_ == office.dep_ and t.i != office.i]
    start, end = min(t.i for t in tokens), max(t.i for t in tokens) + 1
    named = art.parties_in(start, end)
    launched = [p.kb_id_ for p in launched_in(art.parties_in(0, verb.i), art.lex)]
    if named:
        code = named[0].kb_id_
        return code if code.startswith("NEW:") or code in launched or code == art.memory.get("last_new_party") else None
    if any(t.lower_ in PARTY_WORDS and {"the", "new"} <= {d.lower_ for d in t.children} for t in tokens):
        return launched_party(art, verb)  # "the new party", told of in this piece or one before
    if any(t.lower_ == "its" or (t.lower_ in PARTY_WORDS and any(d.lower_ == "the" for d in t.children)) for t in tokens):
        return launched[-1] if launched else None  # "its", "the party": a launch this piece tells of
    return None
