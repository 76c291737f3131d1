"""Leaders who merge their party or group into another party.

"X, who heads the faction, formally announced the merger with the PTI": the party merging is one
party's act towards the other (coalition rules read that), but its leaders, named as the ones who
announce it, become members of the absorbing party: they join it. The merger noun is read as a
joining only when a person announces it and the absorbing party follows 'with' or 'into', so that
"the PML-Q's merger with the PTI" (a party's act) or "opposed the merger" stays what it was.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article, subtree_span, told_within

MERGER_NOUNS = frozenset({"merger", "merging"})
INTO_PREPS = frozenset({"with", "into"})
BARE_NOUN_DEPS = frozenset({"poss", "det", "amod"})
PLACE_PREPS = frozenset({"at", "in", "on", "during", "via", "through"})


def announced_merger(art: Article, tok: Token) -> bool:
    """Whether 'merger' is the object of a person's announcing verb, with the absorbing party named."""
    if tok.lower_ not in MERGER_NOUNS or tok.dep_ != "dobj":
        return False
    verb = tok.head
    if verb.lemma_.lower() not in art.lex["merger_announce_verbs"]:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(art.party_at(s) for s in subjects) or not any(
            art.person_at(s) is not None or art.persons_in(subtree_span(s)) for s in subjects):
        return False  # "PSP chairman Syed Mustafa Kamal announced his party's merger with the MQM-P": a person
    preps = [c for c in (*tok.children, *verb.children) if c.dep_ == "prep" and c.lower_ in INTO_PREPS and c.i > tok.i]
    return any(art.party_at(o) is not None for p in preps for o in p.children if o.dep_ == "pobj")


def merged_own_group(art: Article, tok: Token) -> bool:
    """'X merged his group into the PTI', 'they merged their faction with the PML-N': a person who folds
    the group he leads (his own, not a party named) into a party named after 'into' or 'with' joins that party."""
    if tok.lemma_.lower() not in art.lex["merger_verbs"] or tok.pos_ != "VERB":
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects or not all(art.person_at(s) is not None for s in subjects):
        return False
    owned = [o for o in tok.children if o.dep_ == "dobj" and art.party_at(o) is None
             and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in o.children)]
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in INTO_PREPS]
    return bool(owned) and any(art.party_at(o) is not None for p in preps for o in p.children if o.dep_ == "pobj")


def announced_group_decision(art: Article, sent: Span, noun: Token) -> bool:
    """'Two MPAs of the MQM-P parted ways with the party and joined the PSP. A and B announced their decision
    at a news conference': the group's decision, announced bare by people named right after an act told of
    no one by name, is that act (the party is the one just joined, see party_of_act._party_just_joined)."""
    if noun.lower_ not in art.lex["group_decision_nouns"] or noun.dep_ != "dobj":
        return False
    if noun.head.lemma_.lower() not in art.lex["announce_verbs"] or any(not _bare_modifier(c) for c in noun.children):
        return False  # "announced their decision to boycott the polls" is another decision
    their = any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)
    if not their and not (any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and _unlabelled_announcer(art, noun.head)):
        return False
    last = art.memory.get("last_act")
    within = 400 if their else 4  # 'the decision' only in the sentence that touches the act
    return last is not None and not last.get("people") and last["status"] != "denied" \
        and told_within(art, sent, last, within)


def _unlabelled_announcer(art: Article, verb: Token) -> bool:
    """'Former tehsil nazim A, who had been with the JUI-F for decades, announced the decision': a named
    subject whose title names no party, so not the joined party's spokesman or leader announcing it."""
    people = [p for s in verb.children if s.dep_ == "nsubj" for p in art.persons_in(subtree_span(s))]
    return bool(people) and not any(art.parties_in(s.left_edge.i, p.start)
                                    for s in verb.children if s.dep_ == "nsubj" for p in people)


def _bare_modifier(tok: Token) -> bool:
    """'their decision', 'their decision at a news conference': nothing that says what was decided."""
    return tok.dep_ in BARE_NOUN_DEPS or (tok.dep_ == "prep" and tok.lower_ in PLACE_PREPS)


def merger_announcers(art: Article, noun: Token) -> list[Span]:
    """The people who announce the merger: the subjects of the announcing verb ('X and Y formally announced
    the merger', 'PSP chairman X announced his party's merger'), not the party the merger belongs to."""
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
    return [p for s in subjects for p in art.persons_in(subtree_span(s))]
