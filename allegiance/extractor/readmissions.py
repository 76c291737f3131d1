"""A person taken back by a party: 'the PPP readmitted former senator X', 'the party also re-admitted X,
who had been expelled in 2021'.

Why a module of its own: the GUIDELINE's join_party covers a person who rejoins or is formally taken back
into a party; the lexicon's join phrases read 'readmitted into the PPP', but a party doing the readmitting
with the person as its object is a verb reading like the inductions one (inductions.py), and the hyphened
're-admitted' is split by the tokenizer into 're', '-', 'admitted', with the party hung on the wrong word.
The verbs are the lexicon's `readmit_verbs`. A suspended membership 'restored' is not read here: the
stress gold (office5-05) records the suspension alone, as nobody's allegiance changed hands.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..model import Event
from .act_dates import event_date
from .base import subtree_span
from .expel import _status
from .inductions import inducting_party
from .movers import _event
from .triggers import Trigger

RULE = "join.readmitted"


def extract_readmissions(art, sent: Span) -> list[Event]:
    readmit = art.lex["readmit_verbs"]
    lowers, lemmas = art.words(sent)
    if lemmas.isdisjoint(readmit) and lowers.isdisjoint(readmit) and "admit" not in lemmas:
        return []
    out: list[Event] = []
    for tok in sent:
        if tok.pos_ != "VERB":
            continue
        lemma = tok.lemma_.lower()
        if lemma in readmit or tok.lower_ in readmit or (lemma == "admit" and _prefixed_re(tok)):
            out += _readmitted(art, sent, tok)
    return out


def _readmitted(art, sent: Span, verb) -> list[Event]:
    """'The PPP readmitted former senator X': the party as the doer, the people its object."""
    party = inducting_party(art, verb) or (_split_doer(art, verb) if _prefixed_re(verb) else None)
    if party is None:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    people = [p for o in objects for p in art.persons_in(subtree_span(o))]
    if not people:  # the split word's parse may lose the object: the name right after the verb and its titles
        after = [p for p in art.persons_in(sent) if verb.i < p.start <= verb.i + 4]
        people = after[:1]
    if not people:
        return []
    trig = Trigger("join", verb, frozenset({verb.i}), RULE)
    status = _status(art, trig, sent)
    if status is None:
        return []
    when = event_date(art, sent, verb)
    return [_event(art, sent, "join_party", p, party, status, when, RULE) for p in people]


def _prefixed_re(verb) -> bool:
    """'re-admitted', which the tokenizer writes as three words 're', '-', 'admitted'."""
    doc = verb.doc
    return verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "re"


def _split_doer(art, verb) -> str | None:
    """The party that re-admits: the parser hangs the subject on the 're' or the dash of the split word, or
    makes the 're' a clause of the subject noun ('The party also re - admitted X')."""
    doc = verb.doc
    pieces = [verb, doc[verb.i - 1], doc[verb.i - 2]]
    doers = [c for p in pieces for c in p.children if c.dep_ == "nsubj"]
    doers += [p.head for p in pieces if p.dep_ == "relcl" and p.head.pos_ in ("NOUN", "PROPN")]
    for doer in doers:
        party = art.party_at(doer)
        if party is not None and party.kb_id_ != "IND":
            return party.kb_id_
        if doer.lower_ == "party":
            return art.focus_party(doer.i)
    start = max(verb.sent.start, verb.i - 10)  # 'The PPP on Monday re - admitted X': the party written just before
    before = [p for p in art.parties_in(start, verb.i - 2) if p.kb_id_ != "IND"]
    if before and not any(t.pos_ in ("VERB", "AUX") for t in doc[before[-1].end:verb.i - 2]):
        return before[-1].kb_id_
    return None
