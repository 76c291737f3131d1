"""Moves told by ellipsis: 'Y followed suit', 'Z did the same', 'W too changed sides', 'X joined the
exodus', 'the list of deserters grew with V'. The verb of such a sentence names no party: the act is the
one told just before, whose parties it carries. Kept apart from ``membership`` (which reads a move's own
words) because the act here is borrowed, and only when it is a move: 'A criticised the decision, and B
followed suit' is no event, so an act in the same sentence must be a move found there, and an act told
earlier must be the story's last move, told shortly before.

The words are the lexicon's: ``ellipsis_acts`` ('verb-lemma object-word' pairs that make a verb an echo),
``ellipsis_switches`` with ``ellipsis_additives`` (a switch idiom is an echo only as 'too/also/as well':
'she denied she had changed sides' is her own switch, whose parties the story must give),
``ellipsis_lists`` (the nouns of 'the list of deserters grew with X'), ``echo_blocking_acts`` (a nearer
act that is no move, which the echo repeats instead), and ``echo_phrases`` (read by sentence selection
only, through ``triggers.PHRASE_LISTS``: they make no trigger)."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ..model import Event
from .act_dates import event_date
from .base import SUBJECTS, Article, acts_told, subjects_of, subtree_span, told_within
from .movers import _event
from .person_parties import current_party_of
from .status import act_status

WITHIN_CHARS = 900  # an earlier act is echoed only when told this close before (about two short paragraphs)
PARTY_PREPS = ("to", "into", "from", "with")


def moves_by_ellipsis(art: Article, sent: Span, found: list[Event]) -> list[Event]:
    """The moves of a sentence's echoes, for people its other rules (``found``) gave no move."""
    acts = _pairs(tuple(art.lex["ellipsis_acts"]))
    switches = _pairs(tuple(art.lex["ellipsis_switches"]))
    lists = set(art.lex["ellipsis_lists"])
    _lowers, lemmas = art.words(sent)
    if lemmas.isdisjoint(acts) and lemmas.isdisjoint(switches) and "list" not in lemmas:
        return []  # no echo verb and no 'list ... grew': most sentences, asked of the sentence's word set once
    out: list[Event] = []
    for tok in sent:
        people = _echo_people(art, sent, tok, acts, lists)
        switch = not people and _is_echo(tok, switches) and _additive(art, sent, tok)
        if switch:
            people = _echo_people(art, sent, tok, switches, lists)
        if not people:
            continue
        taken = {e.actor for e in found + out}
        people = [p for p in people if _name_of(p) not in taken]
        if not people or _names_a_party(art, tok):
            continue  # "switched loyalties to the PPP": a move with its own party, read by membership
        borrowed = _acts_before(art, sent, tok, found)
        if not borrowed:
            continue
        if switch:
            borrowed = _both_sides(art, borrowed)
        status = act_status(tok, sent, art.lex, {tok.i}) or "fact"
        when = event_date(art, sent, tok)
        for person in people:
            for kind, party in _own_acts(art, sent, person, borrowed) + _own_origin(art, sent, person, borrowed):
                out.append(_event(art, sent, kind, person, party, status, when, "ellipsis." + kind))
        _remember(art, sent, borrowed, people, status, when)
    return out


def _both_sides(art: Article, borrowed: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A switch is a leaving and a joining: 'X quit the PML-N. Y too switched loyalties' echoes a departure
    whose destination the story gives elsewhere, the party it last told someone joined (and the other way
    round, the party it last told someone left)."""
    kinds = {kind for kind, _party in borrowed}
    parties = {party for _kind, party in borrowed}
    joined, left = art.memory.get("last_join_party"), art.memory.get("last_leave_party")
    if "join_party" not in kinds and joined and joined not in parties:
        borrowed = borrowed + [("join_party", joined)]
    if "leave_party" not in kinds and left and left not in parties:
        borrowed = borrowed + [("leave_party", left)]
    return borrowed


def _other_act_between(art: Article, sent: Span, act: dict) -> bool:
    """'X quit the PTI. Imran Khan criticised the decision. Y did the same': the echo follows the nearer act,
    which is no move (lexicon echo_blocking_acts, written between the move and the echo). Only words of the
    story between the two are read: a quote or a reaction in words ('said the party was paying the price') is
    no act an echo repeats."""
    text = art.memory.get("article_text")
    if not text:
        return False
    start = act["at"] - art.memory.get("article_offset", 0)
    between = text[max(0, start):max(0, art.offset + sent.start_char - art.memory.get("article_offset", 0))].lower()
    return _blocking_act(art, between)


def _blocking_act(art: Article, text: str) -> bool:
    return any(re.search(r"\b" + re.escape(word) + r"\b", text) for word in art.lex["echo_blocking_acts"])


@lru_cache(maxsize=8)
def _pairs(entries: tuple[str, ...]) -> dict[str, set[str]]:
    """'follow suit' -> {'follow': {'suit'}}: a verb lemma and the words that make it an echo."""
    out: dict[str, set[str]] = {}
    for pair in entries:
        verb, obj = pair.split()
        out.setdefault(verb, set()).add(obj)
    return out


def _additive(art: Article, sent: Span, verb: Token) -> bool:
    """'too changed sides', 'also switched loyalties', 'switched loyalties as well': a switch told as one
    more of the same. Without the word ('she denied she had changed sides') the switch is the person's own,
    whose parties the story must give; the last move's are not theirs."""
    words = art.lex["ellipsis_additives"]
    window = art.doc[max(sent.start, verb.i - 3):min(sent.end, verb.i + 7)]
    return any(t.lower_ in words and (t.lower_ != "well" or t.i > 0 and art.doc[t.i - 1].lower_ == "as") for t in window)


def _remember(art: Article, sent: Span, borrowed: list[tuple[str, str]], people: list[Span], status: str, when) -> None:
    """The echoed act becomes the story's last: 'A followed suit. B did the same' echoes A's act."""
    kinds = [("leave" if kind == "leave_party" else "join", party) for kind, party in borrowed]
    art.memory["last_act"] = {"kind": kinds[0][0], "party": kinds[0][1], "origin": None, "status": status, "date": when,
                              "at": art.offset + sent.end_char, "same": kinds[1:], "people": {_name_of(p) for p in people},
                              "days": {k: when for k in kinds}, "count": None, "label": None}


def _own_origin(art: Article, sent: Span, person: Span, borrowed: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A joining echoed by one whose title names the party they sit in ('the PML-Q's provincial minister
    X was expected to follow suit'): they leave that party too. 'Former PTI leader X' names none."""
    joined = [party for kind, party in borrowed if kind == "join_party"]
    if not joined or any(kind == "leave_party" for kind, _party in borrowed):
        return []
    origin = current_party_of(art, sent, person, None)
    return [("leave_party", origin)] if origin and origin not in joined else []


def _own_acts(art: Article, sent: Span, person: Span, borrowed: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The echoed acts as this person did them: one whose title names the party they sit in ('The PML-N's
    MNA X switched loyalties as well') left that party, whatever party the act echoed was left."""
    origin = current_party_of(art, sent, person, None)
    joined = {party for kind, party in borrowed if kind == "join_party"}
    if origin is None or origin in joined:
        return borrowed
    return list(dict.fromkeys((kind, origin if kind == "leave_party" else party) for kind, party in borrowed))


def _name_of(person: Span) -> str:
    return person.kb_id_ or person.text


def _is_echo(tok: Token, acts: dict[str, set[str]]) -> bool:
    """'followed suit', 'did the same', 'too changed sides': the verb (read by its lemma, whatever its parse)
    with its echo word within the next two words."""
    words = acts.get(tok.lemma_.lower())
    return bool(words) and any(t.lower_ in words for t in tok.doc[tok.i + 1:tok.i + 3])


def _echo_people(art: Article, sent: Span, verb: Token, acts: dict, lists: set[str]) -> list[Span]:
    """The people of an echo verb: those named before it in its own clause, but not a speaker ('A told
    reporters that B would follow suit') or one after a preposition; and those of 'as did Y' hung on it.
    For 'the list of deserters grew with X', the people after 'with'."""
    if _is_echo(verb, acts):
        heads = _own_heads(verb)
        top = _top(verb)
        start = min(t.i for t in top.subtree) if top is not verb else sent.start
        people = [p for p in art.persons_in(art.doc[start:verb.i])
                  if p.root.dep_ != "pobj" and not (p.root.dep_ in SUBJECTS and p.root.head.i not in heads)]
        if not people:  # a parse that makes the echo a modifier ('followed' of 'suit'): the person named just before
            people = _nearest_before(art, sent, start, verb)
        for clause in verb.children:  # "A followed suit, as did B"
            if clause.lemma_.lower() == "do" and clause.dep_ in ("advcl", "conj") and \
                    any(c.lower_ in ("as", "so") for c in clause.children):
                people += [p for s in subjects_of(clause) for p in art.persons_in(subtree_span(s))]
        return people
    subj = [s for s in subjects_of(verb) if s.lemma_.lower() == "list"]
    if subj and any(g.lower_ in lists for g in subj[0].subtree):
        return [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                for o in c.children for p in art.persons_in(subtree_span(o))]
    return []


def _own_heads(verb: Token) -> set[int]:
    """The echo verb and the verbs it completes ('was expected to follow suit'), not a verb of saying it
    is reported by ('A said that B followed suit')."""
    heads, tok = {verb.i}, verb
    while tok.dep_ == "xcomp" and tok.head.i != tok.i:
        tok = tok.head
        heads.add(tok.i)
    return heads


def _nearest_before(art: Article, sent: Span, start: int, verb: Token) -> list[Span]:
    """The person named last before the echo in its clause, unless set after a preposition ('a meeting with
    X') or as the subject of another verb."""
    before = [p for p in art.persons_in(art.doc[start:verb.i])
              if not (p.start > sent.start and art.doc[p.start - 1].dep_ == "prep")
              and not (p.root.dep_ in SUBJECTS and p.root.head.i != verb.i)]
    return before[-1:]


def _top(verb: Token) -> Token:
    """The first clause of 'A joined the PML-N, and B followed suit': the verb an echo is coordinated with."""
    top = verb
    while top.dep_ in ("conj", "advcl") and top.head.i < top.i:
        top = top.head
    return top


def _names_a_party(art: Article, verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in PARTY_PREPS and
               any(art.party_at(o) is not None for o in c.subtree if o.dep_ == "pobj")
               for c in verb.children if c.lower_ != "with" or verb.lemma_.lower() != "grow")


def _acts_before(art: Article, sent: Span, verb: Token, found: list[Event]) -> list[tuple[str, str]]:
    """(event type, party) of the act echoed: the move of an earlier clause of this sentence ('A joined
    the PML-N on Saturday, and on Monday B followed suit'), or, when the echo opens its sentence, the
    story's last move told just before."""
    here = art.evidence(sent, "").start
    earlier = {_name_of(p) for p in art.persons_in(art.doc[sent.start:verb.i])}
    moves = [e for e in found if e.type in ("leave_party", "join_party") and e.party
             and e.actor in earlier and e.evidence.start == here]
    if moves or _top(verb) is not verb:  # an earlier clause of the sentence: its own act, a move or not
        return list(dict.fromkeys((e.type, e.party) for e in moves))
    act = art.memory.get("last_act")
    if act is None or not told_within(art, sent, act, WITHIN_CHARS) or _other_act_between(art, sent, act) \
            or _blocking_act(art, art.doc[sent.start:verb.i].text.lower()):
        return []
    kinds = {"leave": ["leave_party"], "join": ["join_party"], "defect": ["join_party"]}
    out = [(k, party) for kind, party in acts_told(act) if party for k in kinds.get(kind, [])]
    if act["kind"] in ("join", "defect") and act.get("origin") and act["origin"] != act["party"]:
        out.append(("leave_party", act["origin"]))
    return list(dict.fromkeys(out))
