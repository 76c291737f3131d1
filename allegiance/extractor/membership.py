"""leave_party, join_party and expel: people crossing a party's border.

A trigger ("quit", "joined", "parted ways with", "terminated memberships")
finds its people through the parse (its subject, the subject of the clause
above it, a list it governs) and its party through its object ("the PTI",
"the party" meaning the party in focus, "the PML-Q's fold").
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from ..country.lexicon import NUMBER_WORDS, load_lexicon
from ..model import Event
from .base import (GROUP_NOUNS, INCLUDE_VERBS, PRONOUNS, Article, clause_heads, is_pronoun, same_person, subjects_of,
                   subtree_span)
from .dates import sentence_date, told_as_background, running_time
from .listed import ends_with_colon, list_item, open_list
from .status import _hedged, act_status, on_hearsay, still_to_come
from .triggers import Trigger, phrase_head, phrase_hits

SEAT_ROLES = {"mna", "mpa", "mnas", "mpas", "senator", "senators", "lawmaker", "lawmakers", "legislator", "member",
              "members", "leader", "leaders", "minister", "mp", "mps"}
PARTY_NOUNS = {"party", "fold", "ranks", "camp", "caravan", "team", "platform"}
NOT_PARTY_OBJECTS = {"politics", "country", "city", "house", "meeting", "session", "assembly", "cabinet", "office",
                     "post", "government", "coalition", "alliance", "opposition", "hands", "seat", "ministry", "race",
                     "election", "elections", "presser", "conference", "protest", "rally", "talks", "hall", "jail", "prison",
                     "govt", "setup", "set-up", "administration"}
LEAVE_VERBS_NEED_PARTY = True


def remember_names(art: Article, sent: Span) -> None:
    """Note the surname of each person named in full, for lone surnames in later pieces of the story
    (the selection parses an article in pieces, and a piece knows only the names it holds). A surname
    two people share is no one's."""
    known = art.memory.setdefault("surnames", {})
    for person in art.persons_in(sent):
        full = person.kb_id_ or person.text
        words = full.split()
        if len(words) < 2 or not words[-1][:1].isupper():
            continue
        key = words[-1].lower()
        if known.get(key, full) != full:
            known[key] = None
        else:
            known[key] = full


def surnames_in(art: Article, tok: Token) -> list[Span]:
    """'Bugti, Rind and Domki had parted ways with the PML-N': lone surnames of people the story named in
    full in an earlier piece, found in a subject the name finder left empty (each a PROPN word of the
    subject or of a name coordinated with it), as person spans named by their fullest form."""
    known = art.memory.get("surnames", {})
    out = []
    for word in [tok, *tok.conjuncts]:
        full = known.get(word.lower_) if word.pos_ == "PROPN" and word.text[:1].isupper() else None
        if full is None or any(c.dep_ == "compound" for c in word.children):
            return []  # one word that is no remembered surname: not a list of surnames
        out.append(Span(art.doc, word.i, word.i + 1, label="PERSON", kb_id=full))
    return out


def find_triggers(art: Article, sent: Span, matcher) -> list[Trigger]:
    lex = art.lex
    remember_names(art, sent)
    found: list[Trigger] = []
    used: set[int] = set()
    hits = [(n, sp) for n, sp in phrase_hits(sent, matcher) if n in ("leave_phrases", "join_phrases")]
    for name, span in hits:
        if any(o is not span and o.start <= span.start and span.end <= o.end and len(o) > len(span) for _n, o in hits):
            continue  # "jumped ship" inside "jumped ship to": the longer phrase says where to
        kind = "leave" if name == "leave_phrases" else "join"
        if kind == "join" and span.text.lower().startswith(("defect", "jumped ship", "crossed over", "cross over", "switch",
                                                             "shift", "changed loyalties")):
            kind = "defect"
        if span.text.lower() == "joined hands with":
            continue
        after = art.doc[span.end] if span.end < len(art.doc) else None
        if span[-1].lower_ == "party" and after is not None and after.text in ("'s", "\u2019s"):
            continue  # "resigned from the party's presidency": a post, not the party
        head = phrase_head(span)
        if head.tag_ == "MD" and span.start <= head.head.i < span.end and head.head.dep_ == "conj":
            head = head.head  # "they condemned it and could no longer stay with": the conjunct verb shares the first one's subject
        if head.dep_ == "amod" and span.start <= head.head.i < span.end and head.head.dep_ == "dobj" \
                and head.head.head.pos_ in ("VERB", "AUX") \
                and not span.start <= head.head.head.i < span.end:
            head = head.head.head  # "Both had parted company with": 'parted' read as the noun's adjective
        found.append(Trigger(kind, head, frozenset(range(span.start, span.end)), f"{kind}.phrase"))
        used.update(range(span.start, span.end))
    # the lexicon's lists read once per sentence, not once per token
    bond_verbs = lex["bond_verbs"]
    depart2_bare_join_passives = lex["depart2_bare_join_passives"]
    depart2_return_nouns = lex["depart2_return_nouns"]
    deserter_nouns = lex["deserter_nouns"]
    expel_nouns = lex["expel_nouns"]
    expel_verbs = lex["expel_verbs"]
    join_nouns = lex["join_nouns"]
    join_verbs = lex["join_verbs"]
    leave_from_verbs = lex["leave_from_verbs"]
    leave_nouns = lex["leave_nouns"]
    leave_verbs = lex["leave_verbs"]
    move_nouns = lex["move_nouns"]
    resign_nouns = lex["resign_nouns"]
    welcome_verbs = lex["welcome_verbs"]
    for tok in sent:
        if tok.i in used:
            continue
        lemma, lower, pos = tok.lemma_.lower(), tok.lower_, tok.pos_
        if lemma in SWITCH_VERBS and _from_to_parties(art, tok):
            found.append(Trigger("switch", tok, frozenset({tok.i}), "defect.from_to"))
            continue
        if lemma in leave_from_verbs and pos == "VERB" and _resigns_from_party(art, tok):
            found.append(Trigger("leave", tok, frozenset({tok.i}), "leave.verb"))
            continue  # "decided to separate themselves from the party": a leaving only when said from a party
        if lemma == "resign" and _resigns_from_party(art, tok):
            found.append(Trigger("leave", tok, frozenset({tok.i}), "leave.resign_from_party"))
            continue
        if lower in resign_nouns and _resigns_from_party(art, tok):
            found.append(Trigger("leave", tok, frozenset({tok.i}), "leave.resignation.noun"))
            continue  # "announced his resignation from the PTI"
        if tok.lower_ == "among" and tok.head.lemma_ == "be" and art.memory.get("last_join_party") and any(
                o.dep_ == "pobj" and o.lemma_.lower() in lex["depart3_newcomer_nouns"] for o in tok.children):
            found.append(Trigger("join", tok.head, frozenset({tok.i}), "join.among_newcomers"))
            continue  # "X, who quit the PTI in June, was also among the new entrants": the party just joined
        if lemma in lex["stay_in_party_verbs"] and _stays_in_party(art, sent, tok):
            found.append(Trigger("leave", tok, frozenset({tok.i}), "leave.stays"))
            continue  # "he would remain with the PPP": he will not leave it
        if lemma in lex["regalia_verbs"] and pos == "VERB" and _party_regalia(art, tok) is not None:
            found.append(Trigger("join", tok, frozenset({tok.i}), "join.regalia"))
            continue  # "was presented the party flag", "put the PPP's scarf around the neck of X"
        if lemma in welcome_verbs and pos == "VERB" and _welcomed_into(art, tok) is not None:
            found.append(Trigger("join", tok, frozenset({tok.i}), "join.welcomed_into"))
            continue  # "the PML-N welcomed Raja Riaz, the former opposition leader, into its ranks"
        if lemma in bond_verbs and pos == "VERB" and _ends_bond(art, tok):
            head = tok.head if tok.dep_ in ("compound", "amod") else tok  # "announced severing ties": the ties
            found.append(Trigger("leave", head, frozenset({tok.i, head.i}), "leave.end_ties"))
            continue  # "ended his 40-year association with the PML-N", "severing ties with the MQM"
        if lower in deserter_nouns and pos in ("NOUN", "PROPN") and _deserters_named(art, tok):
            found.append(Trigger("leave", tok, frozenset({tok.i}), "leave.deserters.noun"))
            continue  # "PTI deserters including A, B and C"
        if lemma in depart2_bare_join_passives and pos == "VERB" and _inducting_party(art, tok) is not None:
            found.append(Trigger("join", tok, frozenset({tok.i}), "join.inducted_by_party"))
            continue  # "The IPP on Monday inducted two former MNAs, A and B"
        if lemma in depart2_bare_join_passives and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
            found.append(Trigger("join", tok, frozenset({tok.i}), "join.verb"))
            continue  # "A, B and C were inducted at a ceremony": into the party the story is about
        if pos == "NOUN" and lower in depart2_return_nouns and _returned_to(art, sent, tok) is not None:
            found.append(Trigger("join", tok, frozenset({tok.i}), "join.return.noun"))
            continue  # "A and B called on the party president and announced their return"
        if pos == "NOUN" and lower in move_nouns and _to_party_after(art, sent, tok) is not None:
            found.append(Trigger("defect", tok, frozenset({tok.i}), "defect.noun"))  # "his defection to the PTI"
            continue
        if pos in ("VERB", "AUX") or (pos == "NOUN" and tok.dep_ not in ("compound",)):
            if lemma in leave_verbs and pos == "VERB" and _quits_a_post(tok):
                continue  # "quit as the PTI's Sialkot president": a post left (posts.py), not the party
            if lemma in leave_verbs and pos == "VERB" or (lower in leave_nouns and pos == "NOUN"):
                found.append(Trigger("leave", tok, frozenset({tok.i}), "leave.verb" if pos == "VERB" else "leave.noun"))
            elif lemma in join_verbs or (lower in join_nouns and pos == "NOUN"):
                found.append(Trigger("join", tok, frozenset({tok.i}), "join.verb" if pos == "VERB" else "join.noun"))
            elif lemma in expel_verbs or lower in expel_nouns:
                found.append(Trigger("expel", tok, frozenset({tok.i}), "expel.verb"))
    return found


def _returned_to(art: Article, sent: Span, noun: Token) -> str | None:
    """The party of someone's 'return': 'their return to the PML-N fold', or, said bare ('announced their
    return') just after the story told of a rejoining, the party rejoined. A return from somewhere, or
    after something, or one no rejoining explains, is no joining ('his return from London')."""
    if not any(c.dep_ == "poss" for c in noun.children):
        return None
    preps = [c for c in noun.children if c.dep_ == "prep"]
    for prep in preps:
        if prep.lower_ in ("to", "into"):
            for obj in prep.children:
                party = art.party_at(obj) or next((art.party_at(t) for t in subtree_span(obj) if art.party_at(t)), None)
                if party is not None and party.kb_id_ != "IND":
                    return party.kb_id_
                if obj.lower_ in PARTY_NOUNS:
                    return art.focus_party(noun.i)
    return None if preps else _party_just_joined(art, sent)


def _party_just_joined(art: Article, sent: Span) -> str | None:
    """The party the story's last act joined, told within a paragraph or two before this sentence
    ('rejoined the PML-N, years after they left it for the PTI': the PML-N)."""
    last = art.memory.get("last_act")
    if last is None or not 0 <= art.offset + sent.start_char - last["at"] <= 400 or last["status"] == "denied":
        return None
    joins = [party for kind, party in [(last["kind"], last["party"]), *last.get("same", [])] if kind == "join"]
    if len(set(joins)) != 1:
        return None
    art.memory["named_later"] = (sent.start_char + art.offset, last)  # the people of that act are named here
    return joins[0]


def _acts_named_later(art: Article, sent: Span) -> list[tuple[str, str]]:
    """'Six former MPAs who had quit the PTI joined the IPP. A, B and C were inducted at a ceremony': the
    people named after an act told of an unnamed group did the group's other acts of that sentence too
    (here, leaving the PTI); told as background, those carry no day."""
    noted = art.memory.pop("named_later", None)
    if noted is None or noted[0] != sent.start_char + art.offset or noted[1].get("people"):
        return []
    last = noted[1]
    acts = [(last["kind"], last["party"]), *last.get("same", [])]
    return list(dict.fromkeys((kind, party) for kind, party in acts if kind == "leave" and party))


def _bare_announced_joining(art: Article, noun: Token) -> bool:
    """'A and B were also present and announced joining': a joining announced with no party after it."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in art.lex["announce_verbs"] and \
        not any(c.dep_ not in ("det", "punct") for c in noun.children)


def _stays_in_party(art: Article, sent: Span, verb: Token) -> bool:
    """'I remain in the PPP', 'said he would stay with the PTI', 'I am still in the PML-N' (lexicon key
    stay_in_party_verbs): staying, said plainly, denies a leaving.
    Not when the verb is negated ('could not remain with', a leaving) or the sentence tells of a post
    resigned ('resigned as president but remain with the PTI': the post alone is the event)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VB", "VBP", "VBZ", "VBG") \
            or any(c.dep_ == "neg" for c in verb.children):
        return False  # "had remained with the NP for a decade": a past, not a denial
    subjects = subjects_of(verb)
    said = verb
    while said.dep_ == "conj" and said.head.i != said.i:
        said = said.head  # "said he had no plans to join any other party and would remain in the PML-N"
    subjects = subjects or subjects_of(said)
    own = any(s.lower_ in ("i", "we") for s in subjects) or (
        said.dep_ == "ccomp" and said.head.lemma_.lower() in art.lex["speech_verbs"]
        and any(s.lower_ in ("he", "she") for s in subjects)
        and any(art.persons_in(subtree_span(s)) for s in subjects_of(said.head)))
    if not own or (verb.lemma_.lower() == "be" and not any(s.lower_ == "i" for s in subjects)):
        return False  # "X remains with the PTI": told of him, not said by him; "we are in the PDM": a party's say
    if any(t.lemma_.lower() == "resign" or (t.lemma_.lower() == "step" and any(c.lower_ in ("down", "aside") for c in t.children))
           for t in sent):
        return False
    return _member_party(art, verb) is not None or any(prep.dep_ == "prep" and prep.lower_ in ("with", "in") and any(
        art.party_at(o) is not None and art.party_at(o).kb_id_ != "IND" for o in prep.children)
        for prep in verb.children)


def _member_party(art: Article, verb: Token) -> str | None:
    """'I am an ANP worker', 'I am a member of the PTI' (lexicon key party_member_nouns): the party the
    speaker says, in the present, they belong to."""
    if verb.tag_ not in ("VBP", "VBZ") and not any(c.lower_ in ("will", "shall") for c in verb.children):
        return None  # "I was a PTI worker in 2018": a past
    for noun in (c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in art.lex["party_member_nouns"]):
        for c in noun.children:
            tok = next((o for o in c.children if o.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "of" else c
            party = art.party_at(tok) if tok is not None and tok.dep_ in ("compound", "poss", "pobj", "nmod") else None
            if party is not None and party.kb_id_ != "IND":
                return party.kb_id_
    return None


def _quits_a_post(verb: Token) -> bool:
    """'quit as chairman', 'quit as the party's Multan president': the verb leaves what follows
    'as', and nothing it leaves is its object. 'quit the PTI as a protest' still leaves the party."""
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) and \
        not any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "from") for c in verb.children)


def _inducting_party(art: Article, verb: Token) -> str | None:
    """'The IPP inducted A', 'the PPP admitted two former MNAs: A and B': a party as the subject of an
    active 'induct' or 'admit' with an object takes its people in."""
    if any(c.dep_ == "auxpass" for c in verb.children) or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "as")):
        if not any(o.lower_ in PARTY_NOUNS or art.party_at(o) is not None for o in prep.children):
            return None  # "inducted A into the cabinet", "as provincial minister": an office, not the party
    for subj in subjects_of(verb):
        party = art.party_at(subj)
        if party is not None and party.kb_id_ != "IND":
            return party.kb_id_
    return None


def _inducted(art: Article, verb: Token) -> list[Span]:
    """The people a party inducts: the named object, or the names after a group object ('two former
    MNAs, A and B', 'two former MNAs: A and B')."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    named = [p for o in objects for p in art.persons_in(subtree_span(o))]
    if named or not any(_group_word(art, o) or o.lemma_.lower() in SEAT_ROLES for o in objects):
        return named
    end = verb.sent.end
    if ends_with_colon(verb.sent) and end < len(art.doc):
        end = art.doc[end].sent.end  # the parser may end the sentence at the colon
    after = art.doc[max(o.i for o in objects) + 1:end]
    if not after or after[0].text not in (",", ":"):
        return []
    return [p for p in art.persons_in(after) if not any(t.pos_ in ("VERB", "AUX") for t in art.doc[after.start:p.start])]


def _party_regalia(art: Article, verb: Token) -> Token | None:
    """The object of 'presented the party flag', 'put the PTI's scarf': a party's flag, scarf or cap
    (lexicon party_regalia_nouns), which a party gives the one it takes in."""
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in art.lex["party_regalia_nouns"]):
        if any(c.dep_ in ("compound", "poss") and (c.lower_ == "party" or art.party_at(c) is not None) for c in obj.children):
            return obj
    return None


def _regalia_party(art: Article, sent: Span, trig: Trigger) -> str | None:
    """The party whose flag or scarf is given: named with it ('the PSP's flag'), else the giver's
    ('by PSP chief A', 'PSP chief A put the party scarf on B'), else the party in focus."""
    obj = _party_regalia(art, trig.head)
    named = [p.kb_id_ for p in art.parties_in(obj.left_edge.i, obj.i) if p.kb_id_ != "IND"]
    if named:
        return named[0]
    if any(c.dep_ == "auxpass" for c in trig.head.children):
        return _welcomer_party(art, trig.head) or _party_in_focus(art, trig)
    giver = [p.kb_id_ for s_ in subjects_of(trig.head) for p in art.parties_in(s_.left_edge.i, s_.right_edge.i + 1)]
    return giver[0] if giver else _party_in_focus(art, trig)


def _regalia_receivers(art: Article, verb: Token) -> list[Span]:
    """'put the party scarf on A', 'around the neck of A': the named people the flag or scarf is put
    on (none for 'on their shoulders': they are named elsewhere)."""
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "around", "to", "upon")
            for p in art.persons_in(subtree_span(c))]


def _welcomed_into(art: Article, verb: Token) -> Token | None:
    """The 'into' of 'welcomed X into the party / their ranks / its fold', when X is a named person."""
    if not any(c.dep_ == "dobj" and (art.persons_in(subtree_span(c)) or _group_word(art, c)) for c in verb.children):
        return None  # a named person, or a group named later ("welcomed another group of lawmakers into the party fold")
    for prep in verb.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in ("into", "in", "to"):
            for obj in prep.children:
                if obj.lower_ in PARTY_NOUNS or art.party_at(obj) is not None:
                    return prep
    return None


def _ends_bond(art: Article, verb: Token) -> bool:
    """'ended their long association with the party', 'severed ties with the PPP'."""
    held = [verb.head] if verb.dep_ in ("compound", "amod") else [c for c in verb.children if c.dep_ == "dobj"]
    for obj in held:
        if obj.lower_ in art.lex["bond_nouns"]:
            withs = [c for c in [*obj.children, *verb.children] if c.dep_ == "prep" and c.lower_ == "with"]
            for prep in withs:
                for o in prep.children:
                    words = subtree_span(o)
                    if any(art.party_at(t) for t in words) or o.lower_ in PARTY_NOUNS:
                        return True
    return False


def _deserters_named(art: Article, noun: Token) -> bool:
    """'PTI deserters including A and B': a party's deserters, named."""
    own = subtree_span(noun)
    if not any(art.party_at(t) for t in art.doc[own.start:noun.i]):
        return False
    return any(c.lower_ in ("including", "namely") or c.dep_ == "appos" for c in noun.children) and bool(
        art.persons_in(own))


def _to_party_after(art: Article, sent: Span, noun: Token) -> Span | None:
    """'defection by X, a figure from Y, to the Awam Pakistan party': the party a move goes to."""
    for tok in sent:
        if noun.i < tok.i <= noun.i + 15 and tok.lower_ in ("to", "into"):
            nxt = [t for t in art.doc[tok.i + 1:min(sent.end, tok.i + 4)] if t.lower_ not in ("the", "a")]
            if nxt and art.party_at(nxt[0]) is not None:
                return art.party_at(nxt[0])
    return None


SWITCH_VERBS = {"switch", "defect", "move", "shift", "jump", "cross", "migrate", "go"}


def _from_to_parties(art: Article, verb: Token) -> tuple[str, str] | None:
    """'switched from the PML-N to the PTI': (party left, party joined)."""
    ends = {}
    for prep in verb.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in ("from", "to"):
            for obj in prep.children:
                party = art.party_at(obj) or next((art.party_at(c) for c in obj.subtree if art.party_at(c)), None)
                if party is not None and party.kb_id_ != "IND":
                    ends[prep.lower_] = party.kb_id_
    if "from" in ends and "to" in ends and ends["from"] != ends["to"]:
        return ends["from"], ends["to"]
    return None


def _party_in_preps(art: Article, head: Token, preps: tuple[str, ...]) -> str | None:
    """The party named in the trigger's 'with'/'from' phrase, the party a bond noun takes
    ('association with the PML-N'), or one of its conjuncts ('from the assembly and PML-N')."""
    holders = [head, *[c for c in head.children if c.dep_ == "dobj"]]
    if head.dep_ in ("compound", "amod") or (head.pos_ == "NOUN" and head.dep_ == "dobj" and "from" in preps):
        holders.append(head.head)  # "sent his resignation from the PTI to the chairman": 'from' on the verb
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for obj in prep.children:
                    for tok in [obj, *obj.conjuncts]:
                        party = art.party_at(tok) or next((art.party_at(t) for t in subtree_span(tok) if art.party_at(t)), None)
                        if party is not None and party.kb_id_ != "IND":
                            return party.kb_id_
    return None


def _own_preps(word: Token) -> list[Token]:
    """The prepositions of a word, and for a noun that is a verb's object those the parse hung on the verb."""
    preps = [c for c in word.children if c.dep_ == "prep"]
    if word.pos_ == "NOUN" and word.dep_ == "dobj":
        preps += [c for c in word.head.children if c.dep_ == "prep" and c.i > word.i]
    return preps


def _membership_held(art: Article, verb: Token) -> str | None:
    """'resigned his seat and the membership of the PPP': the party whose membership is the verb's
    object (or a conjunct of it)."""
    for obj in [c for c in verb.children if c.dep_ == "dobj"]:
        for held in [obj, *obj.conjuncts]:
            if held.lower_ != "membership":
                continue
            for t in subtree_span(held):
                party = art.party_at(t)
                if party is not None and party.kb_id_ != "IND":
                    return party.kb_id_
            if any(t.lower_ in PARTY_NOUNS for t in subtree_span(held)):
                return art.focus_party(held.i)  # "the party's membership"
    return None


def _resigns_from_party(art: Article, verb: Token) -> bool:
    """'resigned from PML-N', 'resign from his basic party membership': a leaving, not a post.
    'sent his resignation from the party's membership to the chairman': the verb holds the noun's 'from'."""
    if _membership_held(art, verb) is not None:
        return True
    preps = _own_preps(verb)
    preps += [c for p in preps if p.lower_ == "from" for c in p.conjuncts if c.lower_ == "from" and c not in preps]
    for prep in preps:  # "resigned from his ministry and from the PTI": the second 'from' too
        if prep.dep_ in ("prep", "conj") and prep.lower_ == "from":
            for obj in prep.children:
                words = subtree_span(obj)
                if art.party_at(obj) is not None or obj.lower_ in PARTY_NOUNS:
                    return True  # a bare "membership" is the party's unless a house owns it (below)
                if any(art.party_at(c) is not None for c in obj.conjuncts):
                    return True  # "resignations from the assembly and PML-N"
                if any(t.lower_ == "membership" for t in words) and not any(t.lower_ in ("assembly", "senate") for t in words):
                    return True
    return False


def extract_membership(art: Article, sent: Span, triggers: list[Trigger]) -> list[Event]:
    events: list[Event] = list_item(art, sent, "membership")
    if events:
        return events
    for trig in triggers:
        if trig.kind in ("leave", "join", "defect"):
            events += _cross(art, sent, trig)
        elif trig.kind == "switch":
            events += _switch(art, sent, trig)
    return events + _returned_after_leaving(art, sent, triggers, events)


def _returned_after_leaving(art: Article, sent: Span, triggers: list[Trigger], events: list[Event]) -> list[Event]:
    """'X, who had left the PPP for the PTI in 2018 and returned in 2022': a bare 'returned' joined to
    a leaving (no object, no 'to') is the return to the party left."""
    out: list[Event] = []
    for trig in triggers:
        bare = [c for c in trig.head.children if c.dep_ == "conj" and c.lemma_.lower() == "return" and c.pos_ == "VERB"
                and all(_only_when(g) for g in c.children)]
        if not bare:
            continue
        left = [e for e in events if e.type == "leave_party" and e.party and e.evidence.rule.startswith(("leave.", "defect."))]
        status = act_status(bare[0], sent, art.lex)
        if status != "fact":
            continue  # "and never returned" is no act
        when = event_date(art, sent, bare[0], inherit=False)
        out += [Event(doc=art.doc_id, type="join_party", actor=e.actor, party=e.party, date=when, status=status,
                      evidence=art.evidence(sent, "join.returned_bare"), confidence=0.6) for e in left]
    return out


def not_an_act(art: Article, trig: Trigger) -> bool:
    """An act only wished or supposed: 'invited him to join', 'he would be welcomed to join',
    'an invitation to join', 'if anyone wants me to leave', 'should he wish to join'."""
    invite, marks = art.lex["invite_words"], art.lex["condition_marks"]
    tok = trig.head
    for step in range(4):
        for child in tok.children:
            if child.dep_ == "mark" and child.lower_ in marks:
                return True
            if child.dep_ == "aux" and child.lower_ == "should" and any(
                    s.i > child.i for s in subjects_of(tok)):
                return True  # "should he wish to join"
        if step > 0 and tok.lemma_.lower() in invite and tok.i not in trig.tokens:
            return True
        if tok.lemma_.lower() in ABSTRACT_HEADS:
            break  # "welcomed his decision to join": the decision is the mover's own
        if tok.head.i == tok.i or tok.dep_ not in ("xcomp", "acl", "advcl", "ccomp", "relcl", "pcomp", "prep", "pobj"):
            break
        tok = tok.head
    return False


def _on_condition(art: Article, head: Token) -> bool:
    """'would leave the PPP if the party asked': an act promised on a condition is only possible."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in art.lex["condition_marks"] for m in c.children)
               for c in head.children)


def _own_clause_status(art: Article, trig: Trigger, status: str, people: list[Span]) -> str:
    """The mood of the act's own clause. 'PTI is poised to form the government as five winners joined
    the PTI': the joining is done, the hedge belongs to the clause above. 'X will join the PPP' and
    'those who would be joining': an act still to come is possible."""
    head = trig.head
    if status == "possible":
        chain, tok = [head], head
        while tok.head.i != tok.i and not (tok.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in art.lex["reason_marks"] for c in tok.children)):
            tok = tok.head
            chain.append(tok)
        if tok.dep_ == "advcl" and not any(_hedged(t, head, set(trig.tokens), art.lex) for t in chain):
            return "fact"
    if status == "fact":
        tok = head
        for _ in range(3):
            if any(c.dep_ == "aux" and c.lower_ in art.lex["future_aux"] for c in tok.children):
                return status if _own_announcement(art, tok, people) else "possible"
            if any(c.dep_ == "aux" and c.lower_ in ("going",) for c in tok.head.children) and tok.dep_ == "xcomp":
                return "possible"
            if tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
                break
            tok = tok.head
    return status


def _own_announcement(art: Article, clause: Token, people: list[Span]) -> bool:
    """'X announced he would no longer be part of the PTI': the mover's own word is the act itself;
    'Y announced that A and B will be part of the party' is only expected."""
    starts = {p.start for p in people}
    for verb in clause.sent:
        if verb.lemma_.lower() not in art.lex["speech_verbs"] or verb.pos_ not in ("VERB", "AUX"):
            continue
        for subj in subjects_of(verb):
            if any(p.start in starts for p in art.persons_in(subtree_span(subj))):
                return True
            if subj.lower_ in ("he", "she", "i") and len(people) == 1:
                return True
    return False


def _reported_false(art: Article, head: Token) -> bool:
    """The report the act sits in is called false: 'reports that ... are baseless', 'news that X had quit
    proved wrong' (a word that calls only a report false: 'I was wrong to leave' denies nothing)."""
    false_words = ({w for w in art.lex["denials"] if " " not in w} | art.lex["status_deny_words"]
                   | art.lex["report_false_words"]) - {"rumours", "clarify", "clarified", "clarifies"}
    for tok in head.ancestors:
        if tok.lower_ in ("report", "reports", "news", "rumour", "rumours", "rumor", "rumors", "claim", "claims"):
            verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
            if verb is not None and any(c.lower_ in false_words for c in verb.subtree if c.dep_ in ("acomp", "attr", "amod", "oprd")):
                return True
    return False


def _cross(art: Article, sent: Span, trig: Trigger) -> list[Event]:
    art.memory.pop("named_later", None)
    party = target_party(art, sent, trig)
    if party is None or not_an_act(art, trig):
        return []
    also = _acts_named_later(art, sent)
    people = actors(art, sent, trig)
    party = _joined_before(art, trig, people) or party
    status = act_status(trig.head, sent, art.lex, set(trig.tokens))
    if status is None:
        return []
    if trig.rule == "leave.stays":
        status = "denied"
    if status == "fact" and _on_condition(art, trig.head):
        status = "possible"
    if status == "possible" and _reported_false(art, trig.head):
        status = "denied"  # "reports that X had joined the PML-N are baseless"
    status = _own_clause_status(art, trig, status, people)
    when = event_date(art, sent, trig.head)
    group = group_origin(art, trig)
    people = [p for p in people if not _owns_party(art, p) or _owns_the_act(art, p, trig)]
    people += [p for p in _did_too(art, trig.head) if p not in people]
    if trig.kind in ("join", "defect"):
        art.memory["last_join_party"] = party
    if trig.kind == "leave":
        art.memory["last_left"] = (party, art.offset + sent.end_char)
    left = {party} if trig.kind == "leave" else {group} if trig.kind == "defect" and group else set()
    if left:
        art.memory["last_leave_party"] = next(iter(left))
    art.memory["left_parties"] = art.memory.get("left_parties", frozenset()) | left
    at = art.offset + sent.end_char
    before = art.memory.get("last_act")
    same = [] if before is None or before["at"] != at else before.get("same", []) + [(before["kind"], before["party"])]
    movers = {_name(p) for p in people} or (before["people"] if before is not None and before["at"] == at else set())
    art.memory["last_act"] = {"kind": trig.kind, "party": party, "origin": group, "status": status, "date": when,
                              "at": at, "same": same, "people": movers}  # "quit the PTI and joined the IPP": both acts of one sentence
    if not people:
        return []
    if len(people) > 1:
        art.memory["listed"] = (art.doc, list(people))  # "Also returning were A and B. Both had quit the QWP"
    out = [_event(art, sent, "leave_party", person, left, status, None, "leave.group_named_later")
           for _kind, left in also for person in people]
    kinds = {"leave": ["leave_party"], "join": ["join_party"], "defect": ["join_party", "leave_party"]}[trig.kind]
    for kind in kinds:
        for person in people:
            p = party
            if kind == "leave_party" and trig.kind == "defect":
                p = group if group and group != party else origin_party(art, sent, person, exclude=party)
                if p is None:
                    continue
            out.append(_event(art, sent, kind, person, p, status, when, trig.rule))
        if kind == "leave_party" and trig.kind == "leave":
            out += [_event(art, sent, kind, person, other, status, when, trig.rule)
                    for other in _also_left(art, trig, party) for person in people]
            joined = _left_for(art, trig.head, party)
            if joined is not None:
                out += [_event(art, sent, "join_party", person, joined, status, when, "join.left_for") for person in people]
        if kind == "join_party" and trig.kind == "join":
            stint = _stint_with(art, trig.head, party)
            if stint is not None:  # "returned to the PML-Q fold after a brief stint with the PML-N"
                ended = when if _ends_a_stint(trig.head) else None  # "rejoined the PPP, ending a stint with the PTI": that day
                out += [_event(art, sent, "leave_party", person, stint, status, ended, "leave.after_stint") for person in people]
            for person in people:
                origin = current_party_of(art, sent, person, trig) or group or _defector_title(art, sent, people)
                if origin and origin != party:
                    out.append(_event(art, sent, "leave_party", person, origin, status, when, "leave.implied_by_join"))
    return out


def _ends_a_stint(head: Token) -> bool:
    """'..., ending a stint with the PTI': the joining itself ends the spell."""
    return any(c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in ("end", "conclude") for c in head.children)


def _stint_with(art: Article, head: Token, joined: str) -> str | None:
    """'returned to the PML-Q fold after a brief stint with the PML-N': the party of a spell that the
    joining ends (lexicon depart2_stint_nouns) was left; told in passing, the leaving has no day."""
    for prep in head.children:
        ending = prep.dep_ in ("advcl", "xcomp", "conj") and prep.lemma_.lower() in ("end", "conclude") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in prep.children)  # "rejoined the PPP, ending a stint with the PTI"
        if not ending and (prep.dep_ != "prep" or prep.lower_ not in ("after", "following", "ending")):
            continue
        for noun in prep.children:
            if ending and noun.dep_ != "dobj" or noun.lemma_.lower() not in art.lex["depart2_stint_nouns"]:
                continue
            for with_ in noun.children:
                if with_.dep_ == "prep" and with_.lower_ in ("with", "in"):
                    for obj in with_.children:
                        party = art.party_at(obj) or next((art.party_at(t) for t in subtree_span(obj) if art.party_at(t)), None)
                        if party is not None and party.kb_id_ not in ("IND", joined):
                            return party.kb_id_
    return None


def _left_for(art: Article, head: Token, left: str) -> str | None:
    """'quit the PML-N for the PTI', 'ditched the PPP for the PTI': the party left for is joined.
    Not 'left the PTI for good' nor 'for the PPP's ticket': the object of 'for' must be the party itself."""
    for prep in _own_preps(head) + [c for o in head.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep"]:
        if prep.lower_ != "for":
            continue
        for obj in prep.children:
            party = art.party_at(obj)
            after = art.doc[obj.i + 1] if obj.i + 1 < len(art.doc) else None
            if party is None or party.kb_id_ in (left, "IND") or obj.dep_ != "pobj" or (
                    after is not None and (after.text in ("'s", "\u2019s") or after.lower_ in art.lex["party_event_nouns"])):
                continue
            return party.kb_id_
    return None


DEFECT_NOUNS = {"defector", "dissident", "deserter", "turncoat", "rebel"}
LEFT_NOUNS = {"defector", "deserter", "turncoat"}
MEMBER_NOUNS = {"member", "lawmaker", "mna", "mpa", "legislator", "parliamentarian", "senator", "leader", "worker"}


def group_origin(art: Article, trig: Trigger) -> str | None:
    """'PTI defectors joined the IPP', 'three members of the PTI ... decided to join the IPP':
    the party the whole group is leaving."""
    for head in clause_heads(trig.head):
        subs = subjects_of(head)
        if not subs:
            continue
        for subj in subs:
            lemma = subj.lemma_.lower()
            if subj.lower_ in ("who", "that") and subj.head.dep_ == "relcl":
                subj = subj.head.head
                lemma = subj.lemma_.lower()
            if subj.like_num:  # "seven of its MPAs defected"
                subj = next((o for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children), subj)
                lemma = subj.lemma_.lower()
            if lemma not in DEFECT_NOUNS | MEMBER_NOUNS:
                continue
            if any(c.lower_ in ("former", "ex", "ex-") for c in subj.children):
                return None
            mods = [c for c in subj.children if c.dep_ in ("compound", "nmod", "amod", "poss")]
            mods += [o for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
            for mod in mods:
                if mod.dep_ == "poss" and mod.lower_ == "its" and trig.kind == "defect":
                    return art.focus_party(mod.i, exclude={target_party(art, trig.head.sent, trig) or ""})
                party = art.party_at(mod)
                if party is not None and (lemma in DEFECT_NOUNS or mod.dep_ == "pobj" or party.kb_id_ == _party_just_left(art, trig.head.sent)):
                    return party.kb_id_  # "PTI defectors", "members of the PTI", "other BAP leaders" after BAP's were said to leave
            if lemma in DEFECT_NOUNS:
                return art.focus_party(subj.i, exclude={target_party(art, trig.head.sent, trig) or ""})
        return None
    return None


def _defector_title(art: Article, sent: Span, people: list[Span]) -> str | None:
    """'PTI defector A joined', 'PTI deserters A and B joined': a party's defectors named by title
    (GUIDELINE: 'PTI defectors joined the IPP' is both a leave and a join). A 'dissident' or 'rebel'
    may still sit in the party: the title must say they left."""
    first = min(p.start for p in people)
    title = art.doc[max(sent.start, first - 4):first]
    for tok in title:
        if tok.lemma_.lower() in LEFT_NOUNS or tok.lower_.rstrip("s") in LEFT_NOUNS:
            before = [p for p in art.parties_in(title.start, tok.i) if p.kb_id_ != "IND"]
            if before:
                return before[-1].kb_id_
    return None


def _party_just_left(art: Article, sent: Span) -> str | None:
    """The party the story's last act left ('several BAP leaders parted ways with the party and joined
    the PPP'), so that 'other BAP leaders who joined' the next party leave BAP too."""
    left = art.memory.get("last_left")
    here = art.offset + sent.start_char
    return left[0] if left is not None and 0 <= here - left[1] <= 400 else None


def _switch(art: Article, sent: Span, trig: Trigger) -> list[Event]:
    left, joined = _from_to_parties(art, trig.head) or (None, None)
    if not_an_act(art, trig):
        return []
    people = actors(art, sent, trig)
    status = act_status(trig.head, sent, art.lex, set(trig.tokens))
    if left is None or not people or status is None:
        return []
    when = event_date(art, sent, trig.head)
    return [_event(art, sent, kind, person, party, status, when, trig.rule)
            for person in people for kind, party in (("leave_party", left), ("join_party", joined))]


def _name(person: Span) -> str:
    return person.kb_id_ or person.text


def _event(art: Article, sent: Span, kind: str, person: Span, party: str, status: str, when, rule: str) -> Event:
    return Event(doc=art.doc_id, type=kind, actor=person.kb_id_ or person.text, party=party, date=when,
                 status=status, evidence=art.evidence(sent, rule), confidence=0.7 if status == "fact" else 0.6)


def _only_when(tok: Token) -> bool:
    """A word on a bare 'returned' that says only when ('in 2022', 'four years later', 'later'), not
    where ('home', 'to Lahore', 'from London')."""
    if tok.dep_ in ("cc", "punct", "aux"):
        return True
    if tok.dep_ == "advmod":
        return tok.lower_ in ("later", "again", "eventually", "subsequently", "soon", "afterwards", "then")
    if tok.dep_ == "npadvmod":
        return tok.ent_type_ in ("DATE", "TIME")
    if tok.dep_ == "prep" and tok.lower_ in ("in", "on", "after", "within", "before"):
        return all(o.ent_type_ in ("DATE", "TIME") or o.like_num for o in tok.children if o.dep_ == "pobj")
    return False


def _passive_agent(trig: Trigger) -> Token | None:
    """The 'by' of a joining told in the passive: 'the PSP had been joined by A and B', 'he was joined
    by A': those after 'by' are the ones who join."""
    head = trig.head
    if trig.kind != "join" or head.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in head.children):
        return None
    if head.lemma_.lower() != "join":
        return None  # "was inducted into the PTI by Imran Khan": the one after 'by' welcomes, he does not join
    return next((c for c in head.children if c.dep_ == "agent"), None)


def _passive_party(art: Article, sent: Span, trig: Trigger) -> str | None:
    """The party a passive joining goes to: its subject when a party ('the PSP had been joined by'),
    else, for a person who was 'joined by' others, the party the story just saw joined (within a
    paragraph or two); nothing otherwise ('he was joined by his sons at the rally')."""
    for subj in subjects_of(trig.head):
        party = art.party_at(subj)
        if party is not None and party.kb_id_ != "IND":
            return party.kb_id_
        person = art.focus_person(subj.i) if is_pronoun(subj) else art.person_at(subj)
        last = art.memory.get("last_act")
        if person is None or last is None or _name(person) not in last.get("people", ()):
            return None
        near = 0 <= art.offset + sent.start_char - last["at"] <= 400
        return last["party"] if near and last["kind"] in ("join", "defect") and last["status"] == "fact" else None
    return None


def target_party(art: Article, sent: Span, trig: Trigger) -> str | None:
    """The party left or joined: the trigger's object, or the party in focus for 'the party'."""
    head = trig.head
    if _passive_agent(trig) is not None:
        return _passive_party(art, sent, trig)
    if trig.rule == "join.return.noun":
        return _returned_to(art, sent, head)
    if trig.rule == "leave.stays":
        return _member_party(art, head) or _party_in_preps(art, head, ("with", "in"))
    if trig.rule == "join.among_newcomers":
        return art.memory.get("last_join_party")
    if trig.kind == "join" and head.pos_ == "NOUN" and _bare_announced_joining(art, head):
        return _party_just_joined(art, sent)  # "... were also present and announced joining"
    if trig.rule == "defect.noun":
        to = _to_party_after(art, sent, head)
        return to.kb_id_ if to is not None else None
    if trig.rule == "join.regalia":
        return _regalia_party(art, sent, trig)
    if trig.rule == "join.inducted_by_party":
        return _inducting_party(art, head)
    if trig.rule == "join.welcomed_into":
        prep = _welcomed_into(art, head)
        obj = next(c for c in prep.children)
        party = art.party_at(obj) or next((art.party_at(t) for t in subtree_span(obj) if art.party_at(t)), None)
        if party is not None:
            return party.kb_id_
        welcoming = [p.kb_id_ for s_ in subjects_of(head) for p in art.parties_in(s_.left_edge.i, s_.right_edge.i + 1)]
        if not welcoming and head.dep_ in ("pcomp", "pobj") and head.head.dep_ == "prep":
            welcoming = [p.kb_id_ for p in art.parties_in(head.head.head.left_edge.i, head.head.i)][-1:]
        return welcoming[0] if welcoming else _party_in_focus(art, trig)
    if trig.rule == "leave.deserters.noun":
        own = subtree_span(head)
        return next(p.kb_id_ for p in reversed(art.parties_in(own.start, head.i)))
    if trig.rule in ("leave.end_ties", "leave.resignation.noun", "leave.resign_from_party"):
        named = _party_in_preps(art, head, ("with",) if trig.rule == "leave.end_ties" else ("from",))
        if named is not None:
            return named
        held = _membership_held(art, head) if trig.rule == "leave.resign_from_party" else None
        if held is not None:
            return held
        if trig.rule != "leave.end_ties" and any(
                t.lower_ == "membership" for c in head.children if c.dep_ == "prep" for t in c.subtree):
            return _party_in_focus(art, trig)  # "his resignation from the party presidency and its membership"
    end = max(trig.tokens) + 1
    be = _cleft_copula(art, sent, trig) if trig.kind == "leave" else None
    if be is not None and art.memory.get("last_leave_party") and not art.parties_in(end, be.i):
        return art.memory["last_leave_party"]  # "Among those who parted ways were A and B": the party just left
    window = art.doc[end:min(len(art.doc), end + 8)]
    for tok in window:
        if tok.is_space and "\n" in tok.text:
            break
        if trig.kind == "leave" and tok.dep_ == "conj" and tok.head.i in trig.tokens and tok.pos_ == "VERB" \
                and tok.lemma_.lower() in art.lex["join_verbs"] | {"rejoin", "return"} \
                and not any(c.dep_ in ("dobj", "prep") and c.i not in trig.tokens for c in head.children):
            joined = {p.kb_id_ for p in art.parties_in(tok.i, tok.right_edge.i + 1)}
            return art.focus_party(head.i, exclude=joined) if joined else None  # "jumped ship and joined the PTI": not the PTI
        if tok.lower_ == "alliance" and _alliance_in_focus(art, trig, tok) is not None:
            return _alliance_in_focus(art, trig, tok)  # "GDA leaders quit the alliance": the GDA, a party here
        if tok.lower_ in NOT_PARTY_OBJECTS and tok.lower_ not in PARTY_NOUNS and not _party_conjunct(art, tok):
            if not art.parties_in(tok.i - 3, tok.i):
                return None
        party = art.party_at(tok)
        if party is None and _joins_a_person(art, trig, tok):
            return None  # "had joined Kamal on the day of the party's launch": a person, whose party is not said
        if party is not None and party.kb_id_ != "IND":
            after = art.doc[party.end:min(len(art.doc), party.end + 3)]
            if any(t.lower_ in ("led", "government", "govt", "coalition", "alliance") for t in _same_phrase(after)):
                return None  # "exit the PTI-led coalition" is a coalition act, not a membership
            nxt = [t for t in after if not t.is_punct or t.text == "-"][:2]
            nxt = nxt[1:] if len(nxt) == 2 and nxt[0].pos_ == "ADJ" and nxt[0].lower_ != "new" else nxt[:1]  # "the PTI long march"
            if nxt and nxt[0].lower_ in art.lex["party_event_nouns"] and not (
                    nxt[0].lower_ == "ticket" and trig.kind == "leave"):
                return None  # "joined the PTI rally", "left the PPP meeting": not the party itself
            owner = party.root.head if party.root.dep_ in ("poss", "compound") and party.root.head.i > party.root.i else None
            if owner is not None and owner.dep_ in ("dobj", "pobj") and owner.lower_ in art.lex["party_event_nouns"] \
                    and owner.lower_ not in ("ticket", "tickets"):
                return None  # "joined the PTI's long march": the party's event, a word or two on
            return party.kb_id_
        if tok.lower_ == "it" and ((tok.dep_ == "dobj" and tok.head.i == head.i) or (
                tok.dep_ == "pobj" and tok.head.lower_ in ("with", "from") and (tok.head.head.i == head.i or tok.head.head.i in trig.tokens))):
            return _party_in_focus(art, trig)  # "fourteen months after he left it"
        if tok.lower_ in PARTY_NOUNS and tok.i >= 2 and art.doc[tok.i - 1].text == "-" \
                and not art.doc[tok.i - 1].whitespace_ and not art.doc[tok.i - 2].whitespace_:
            return None  # "intra-party elections", "multi-party conference": no party left or joined
        if tok.lower_ in PARTY_NOUNS:
            head_word = tok.head.lower_ if tok.dep_ == "compound" else ""
            dets = {c.lower_ for c in tok.children}
            if "new" in dets and "the" in dets:
                return _launched_party(art, head)  # "joined the new party": the one just launched
            if trig.kind == "leave" and "a" in dets and any(c.dep_ == "relcl" for c in tok.children) \
                    and art.focus_party(head.i) is not None:
                return _party_in_focus(art, trig)  # "could not stay with a party that ...": their own party, described
            if (tok.dep_ == "compound" and head_word not in ("membership", "fold", "ranks"))  \
                    or dets & {"another", "a", "other", "any", "new"}:
                return None  # "intra-party elections", "another party", "a new party": no party we can name
            if trig.kind == "leave" and dets & {"his", "her"}:
                own = _own_party_of_actor(art, sent, trig)
                if own is not None:
                    return own  # "X ... had no intention of leaving his party": X's party, not the last one named
            return (_welcomer_party(art, head) if trig.kind == "join" else None) or _party_in_focus(art, trig)
        if tok.lower_ in (".", ";") or (tok.pos_ == "VERB" and tok.i > end + 1 and tok.dep_ not in ("amod", "compound")):
            break
    last = art.doc[max(trig.tokens)]  # "announced their departure", not "his departure for London"
    ends_in_noun = last.lower_ in art.lex["leave_nouns"] and not any(c.dep_ == "prep" and c.lower_ != "from" for c in last.children)
    if (head.pos_ == "NOUN" and trig.kind == "leave") or ends_in_noun or any(art.doc[i].lower_ == "party" for i in trig.tokens):
        return _party_in_focus(art, trig)  # "his exit", "resigned from party membership"
    if trig.kind == "leave" and art.memory.get("last_leave_party") and any(
            c.lower_ in ("also", "too") for h in clause_heads(head, 3) for c in h.children) \
            and not any(c.dep_ == "dobj" for c in head.children):
        return art.memory["last_leave_party"]  # "A and B also left": the party the others left, not "also left the Muttahida"
    if trig.kind == "defect" and art.memory.get("last_join_party") and any(
            c.lower_ in ("also", "too") for h in clause_heads(head, 3) for c in h.children) \
            and not any(c.dep_ in ("dobj", "prep") and c.i not in trig.tokens for c in head.children):
        return art.memory["last_join_party"]  # "B also crossed over": to the party the others moved to
    if head.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in head.children):
        party = art.party_at(head.head)
        if party is not None:
            return party.kb_id_
    if trig.kind == "join" and head.pos_ == "VERB" and not any(c.dep_ in ("dobj", "dative", "agent") for c in head.children):
        return _party_just_joined(art, sent)  # "were inducted at a ceremony", "C joined by video link": the party just joined
    if trig.kind == "join" and head.tag_ == "VBG" and _inverted_list(art, sent, trig) \
            and any(c.dep_ == "dobj" and c.lower_ in ("him", "her", "them") for c in head.children):
        return _party_just_joined(art, sent)  # "A joined the PML-N. Joining him were B and C": the party he joined
    return None


def _alliance_in_focus(art: Article, trig: Trigger, tok: Token) -> str | None:
    """'the alliance' that people leave or join, when the alliance in focus is one with its own code
    (GDA, PDM: lexicon coalition_alliance_codes) and no party is the subject (a party quitting an
    alliance is a coalition act)."""
    if not any(c.lower_ == "the" for c in tok.children) or tok.head.i != trig.head.i and tok.head.head.i != trig.head.i:
        return None
    if any(art.parties_in(s.left_edge.i, s.right_edge.i + 1) and art.party_at(s) is not None for s in subjects_of(trig.head)):
        return None
    focus = art.focus_party(tok.i)
    return focus if focus in art.lex["coalition_alliance_codes"] else None


def _joined_before(art: Article, trig: Trigger, people: list[Span]) -> str | None:
    """'"I rejoined my old party," he said' after the story reported his joining the PML-N: a join of
    'the party' or 'my old party' by people the story already saw join one party retells that join."""
    if trig.kind != "join" or not people:
        return None
    objects = [c for c in trig.head.children if c.dep_ == "dobj"] + [
        o for c in trig.head.children if c.dep_ == "prep" for o in c.children if c.dep_ == "pobj"]
    if not any(o.lower_ in PARTY_NOUNS and not art.parties_in(o.left_edge.i, o.right_edge.i + 1) for o in objects):
        return None
    names = {_name(p) for p in people}
    joined = {e.party for e in art.events if e.type == "join_party" and e.actor in names and e.status == "fact"}
    return joined.pop() if len(joined) == 1 else None


def _welcomer_party(art: Article, head: Token) -> str | None:
    """'X was welcomed into the party by PPP MNA Y': the party of the one who welcomes, named after
    'by' of a passive, is the party X joins (X's own former party may be named before)."""
    if head.tag_ != "VBN":
        return None
    for agent in (t for t in head.subtree if t.dep_ == "agent" or (t.lower_ == "by" and t.dep_ == "prep" and t.i > head.i)):
        # "by" may hang on "fold" in "the party fold by", parsed as a verb
        named = [p.kb_id_ for p in art.parties_in(agent.left_edge.i, agent.right_edge.i + 1) if p.kb_id_ != "IND"]
        if named:
            return named[0]
    return None


def _joins_a_person(art: Article, trig: Trigger, tok: Token) -> bool:
    """'A and B had joined Kamal', 'joined Khattak at his new party's launch': the object joined is a
    person with no party named in it, so no party comes from words further on."""
    if trig.kind not in ("join", "defect") or tok.dep_ != "dobj" or tok.head.i != trig.head.i:
        return False
    person = art.person_at(tok)
    return person is not None and not art.parties_in(tok.left_edge.i, tok.right_edge.i + 1)


def _party_conjunct(art: Article, tok: Token) -> bool:
    """'quit politics and the PTI': a non-party object coordinated with a party leaves that party too."""
    return any(art.party_at(c) is not None or c.lower_ in PARTY_NOUNS for c in tok.conjuncts)


def _launched_party(art: Article, head: Token) -> str | None:
    """'the new party': the last party named as launched or formed, or one the registry does not know."""
    for party in reversed(art.parties_in(0, head.i)):
        verbs = [party.root.head, party.root.head.head]
        if party.kb_id_.startswith("NEW:") or any(v.lemma_.lower() in art.lex["launch_verbs"] for v in verbs):
            return party.kb_id_
    return art.memory.get("last_new_party")  # named in an earlier piece of the article


def _not_the_one_just_joined(art: Article, head: Token, focus: str | None) -> str | None:
    """'X quit the PML-Q and joined the PPP. "I can no longer stay with a party that has no ideology," he
    said': the party left is the one the last act left, not the one it joined (the last named)."""
    last = art.memory.get("last_act")
    if focus is None or last is None or not 0 <= art.offset + head.sent.start_char - last["at"] <= 400:
        return focus
    acts = [(last["kind"], last["party"]), *last.get("same", [])]
    left = {party for kind, party in acts if kind == "leave" and party != focus}
    if (("join", focus) in acts or ("defect", focus) in acts) and len(left) == 1:
        return left.pop()
    return focus


def _party_in_focus(art: Article, trig: Trigger) -> str | None:
    """'the party': the last party named, but not the one its movers come from ('BAP leaders who
    joined the party'), and for 'also joined the party' the party people were last seen joining."""
    head = trig.head
    last = art.memory.get("last_join_party")
    if trig.kind == "join" and last and any(c.lower_ in ("also", "too") for h in clause_heads(head, 3) for c in h.children):
        return last  # "also joined the party", "also announced joining the party"
    if trig.kind != "join":
        return _not_the_one_just_joined(art, head, art.focus_party(head.i))  # "PTI leaders left the party": their own party
    welcomer = _welcomer(art, trig)
    if welcomer is not None:  # "PPP Sindh president X welcomed him into the party": the welcomer's party
        hosts = art.parties_in(welcomer.left_edge.i, welcomer.right_edge.i + 1)
        if hosts:
            return hosts[0].kb_id_
    own: set[str] = set()
    movers = [head.head] if head.dep_ in ("relcl", "acl") else []
    tok = head
    while True:  # the mover is the act's own subject, or that of the verb it completes ("decided to join")
        movers += subjects_of(tok)
        if tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            break
        tok = tok.head
    for mover in movers:
        end = head.i if mover.i < head.i else mover.right_edge.i + 1
        own |= {p.kb_id_ for p in art.parties_in(mover.left_edge.i, min(end, mover.right_edge.i + 1))}
    focus = art.focus_party(head.i, exclude=own) if own else art.focus_party(head.i)
    if last and focus != last and focus in art.memory.get("left_parties", ()) and head.lemma_.lower() not in ("rejoin", "return"):
        return last  # "A joined the PML-N after leaving the PTI. B joined the party": the party joined, not the one left
    return focus


def _welcomer(art: Article, trig: Trigger) -> Token | None:
    """The active subject of a welcome whose object is a pronoun ('X welcomed him into the party')."""
    verb = trig.head
    if trig.kind != "join" or verb.lemma_.lower() not in art.lex["welcome_verbs"] or verb.tag_ == "VBN" and any(
            c.dep_ == "auxpass" for c in verb.children):
        return None
    if not any(c.dep_ == "dobj" and c.lower_ in ("him", "her", "them") for c in verb.children):
        return None
    subs = [s_ for s_ in subjects_of(verb) if s_.dep_ == "nsubj"]
    return subs[0] if subs else None


def _welcomed_pronoun(art: Article, trig: Trigger) -> list[Span] | None:
    """'him' of 'X welcomed him into the party': the person in focus who is not the welcomer;
    'them', the people named as the subject of the sentence before."""
    welcomer = _welcomer(art, trig)
    if welcomer is None:
        return None
    obj = next(c for c in trig.head.children if c.dep_ == "dobj" and c.lower_ in ("him", "her", "them"))
    if obj.lower_ == "them":  # "A and B left the PML-Q. X welcomed them into the PTI": the subjects just before
        sent = trig.head.sent
        if sent.start == 0:
            return []
        before = art.doc[sent.start - 1].sent
        people = [p for s_ in subjects_of(before.root) for p in art.persons_in(subtree_span(s_))]
        return people if len(people) >= 2 else []
    hosts = tuple(art.persons_in(subtree_span(welcomer)))
    focus = art.focus_person(obj.i, besides=hosts)
    return [focus] if focus is not None else []


def _also_left(art: Article, trig: Trigger, party: str) -> list[str]:
    """'quit the GDA and the PML-F', 'resigned from the GDA and from the PML-F': every party the act's
    coordinated objects name, besides the one found first."""
    firsts = [c for c in trig.head.children if c.dep_ == "dobj"]
    firsts += [o for c in trig.head.children if c.dep_ == "prep" and c.lower_ in ("from", "with")
               for o in c.children if o.dep_ == "pobj"]
    later = [p for c in trig.head.children if c.dep_ == "prep" and c.lower_ in ("from", "with")
             for p in c.conjuncts if p.lower_ in ("from", "with")]  # "from the GDA and from the PML-F"
    objs = [o for c in firsts for o in c.conjuncts]
    objs += [o for p in later for c in p.children if c.dep_ == "pobj" for o in (c, *c.conjuncts)]
    out: list[str] = []
    for obj in objs:
        found = art.party_at(obj)
        if found is None or found.kb_id_ in (party, "IND", *out):
            continue
        after = _same_phrase(art.doc[found.end:min(len(art.doc), found.end + 3)])
        if not any(t.lower_ in ("led", "government", "govt", "coalition", "alliance") for t in after):
            out.append(found.kb_id_)
    return out


def _own_party_of_actor(art: Article, sent: Span, trig: Trigger) -> str | None:
    """The party the story ties to the one person who acts, where it named them: "the PML-Q's former
    nazim, X", "PML-Q MNA X"."""
    people = actors(art, sent, trig)
    if len(people) != 1:
        return None
    for mention in art.persons_in(art.doc):
        if not same_person(mention, people[0]) or mention.end > trig.head.i:
            continue
        root = mention.root
        if root.dep_ == "appos":
            noun = root.head
            if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
                noun = noun.head.head  # "the PML-Q's former nazim of Jhang, X": the nazim, not Jhang
            described = subtree_span(noun)
            parties = [p for p in art.parties_in(described.start, mention.start) if p.kb_id_ != "IND"]
            if len(parties) == 1 and not any(t.lower_ in ("former", "ex") for t in art.doc[parties[0].start - 2:parties[0].start]):
                return parties[0].kb_id_
        own = current_party_of(art, mention.sent, mention, None)
        if own is not None:
            return own
    return None


def _same_phrase(after: Span) -> list[Token]:
    """The words right after a party's name up to where its phrase ends: 'the PTI-led government', not
    'the PPP because its government forgot us' (a new clause speaks of something else)."""
    out = []
    for t in after:
        if (t.pos_ in ("SCONJ", "CCONJ", "VERB", "AUX") and t.lower_ not in ("led", "-led")) \
                or (t.is_punct and t.text not in ("-", "\u2013")):
            break
        out.append(t)
    return out


def _movers_of_act_noun(art: Article, trig: Trigger) -> list[Span] | None:
    """'approved the joining of X', 'Y accepted his joining': an act named as a noun, the object of
    another verb, is the act of the one after its 'of', or of its owner; 'his' after a verb of
    accepting is not the one who accepts."""
    noun = trig.head
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.tag_ not in ("NN", "VBG") or trig.kind != "join":
        return None
    named = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in art.persons_in(subtree_span(c))]
    if named:
        return named
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or noun.head.lemma_.lower() not in art.lex["accept_verbs"]:
        return None
    if owner.lower_ in ("his", "her"):
        hosts = tuple(p for s_ in subjects_of(noun.head) for p in art.persons_in(subtree_span(s_)))
        focus = art.focus_person(owner.i, besides=hosts)
        return [focus] if focus is not None else []
    return art.persons_in(subtree_span(owner)) or None


def actors(art: Article, sent: Span, trig: Trigger) -> list[Span]:
    """The people who act: subject of the trigger or of a clause above it, a list it introduces."""
    if trig.rule == "join.inducted_by_party":
        return _inducted(art, trig.head)  # the party inducts; its object joins
    if trig.rule == "join.regalia" and not any(c.dep_ == "auxpass" for c in trig.head.children):
        return _regalia_receivers(art, trig.head)  # the giver does not join, however the giver is told
    movers = _movers_of_act_noun(art, trig)
    if movers is not None:
        return movers
    if trig.rule.endswith(".noun") or (trig.head.pos_ == "NOUN" and any(c.dep_ == "poss" for c in trig.head.children)) \
            or (trig.head.tag_ == "VBG" and any(c.dep_ == "poss" for c in trig.head.children)):  # "my leaving the PTI"
        return _noun_actors(art, trig.head)  # "Warraich's switch to the PTI"
    cleft = _cleft_list(art, sent, trig) or _emphatic_self(art, trig)
    if cleft:
        return cleft
    modified = _modified_noun(trig.head)
    if modified is not None and any(not is_pronoun(c) for c in subjects_of(trig.head)):
        modified = None  # "a setback for A as B leaves PTI": a clause with its own named subject is B's act
    if modified is not None:
        own = subtree_span(trig.head)
        named = [p for p in art.persons_in(subtree_span(modified))
                 if not (own.start <= p.start < own.end) and not _is_possessor_of_party(art, p)]
        if not named and art.person_at(modified) is not None:
            named = [art.person_at(modified)]  # the name's first word misparsed outside the noun's subtree
        if not named and modified.lemma_.lower() not in GROUP_NOUNS:
            named = _person_above(art, modified)  # "X, the politician from Dera Ghazi Khan, who joined"
            if named:
                return _with_companions(art, trig, named)
        if not named and modified.tag_ == "NN":
            named = _one_person_described(art, modified)
            if named:
                return _with_companions(art, trig, named)
        if modified.lemma_.lower() in GROUP_NOUNS or modified.pos_ in ("PRON", "DET") or not named:
            if modified.dep_ in ("nsubj", "nsubjpass"):
                return _include_objects(art, modified) or _listed_antecedent(art, sent, modified)
            if modified.dep_ == "pobj" and modified.head.lower_ == "among":  # "A and B were among the leaders who joined"
                verb = modified.head.head
                named = [p for s_ in subjects_of(verb) for p in art.persons_in(subtree_span(s_))]
                if not named and any(s_.lower_ in ("he", "she") for s_ in subjects_of(verb)):
                    focus = art.focus_person(verb.i)  # "he was among the lawmakers who parted ways with X"
                    named = [focus] if focus is not None else []
                return named
            return []
        return named
    agent = _passive_agent(trig)
    if agent is not None:  # "the PSP had been joined by A, B and C"
        inner = [subtree_span(t) for t in agent.subtree if t.dep_ in ("relcl", "acl")]
        return [p for p in art.persons_in(subtree_span(agent)) if not any(o.start <= p.start < o.end for o in inner)]
    welcomed = _welcomed_pronoun(art, trig)
    if welcomed is not None:  # "X welcomed him into the party": he joins, X only welcomes
        return welcomed
    if trig.rule == "join.phrase" and _welcomes_someone(art, trig.head):
        return []  # "Mr Zardari welcomed them into the party": the welcomer does not join, 'them' are told elsewhere
    if trig.rule == "join.welcomed_into":  # the welcomed, not the welcomer
        return [p for c in trig.head.children if c.dep_ == "dobj" for p in art.persons_in(subtree_span(c))
                if p.root.i == c.i or (p.root.dep_ == "conj" and p.root.head.i == c.i)]
    owner = trig.head.head if trig.head.dep_ == "acl" and trig.head.head.lemma_.lower() in ABSTRACT_HEADS else None
    owner = owner or _abstract_noun_before(trig.head)
    if owner is not None:  # "the decision of X to join", "X's decision to join"
        named = [p for c in owner.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                 for p in art.persons_in(subtree_span(c))]
        if named:
            return named
    for_subject = _for_to_subject(trig.head)
    if for_subject is not None:  # "a role for the PML-N MNAs to join PTI": they are the ones who join
        return [p for p in art.persons_in(subtree_span(for_subject)) if not _is_possessor_of_party(art, p)]
    for head in clause_heads(trig.head):
        subs = subjects_of(head)
        if not subs:
            continue
        people = _people_in_subject(art, sent, subs, head)
        if people:
            return _with_companions(art, trig, people)
        if any(art.party_at(s) is not None or s.lower_ in ("party", "parties") for s in subs):
            return []  # a party acts ("his party was leaving PDM"): that is a coalition matter
        if any(s.lemma_.lower() in GROUP_NOUNS or is_pronoun(s) or s.like_num or s.pos_ in ("PRON", "DET", "NUM")
               or _counted_group(art, s) for s in subs):
            return _named_after_cue(art, sent, trig)  # "some deserters joined": unnamed people are not events
        if any(s.tag_ == "NN" and (s.lemma_.lower() in art.lex["title_reference_nouns"] or s.lower_ in art.lex["post_head_words"])
               for s in subs):
            return []  # "X 'saddened'; deputy denies leaving": a person by office alone, not one named before
        break
    up = _included_list(art, trig.head) or _inverted_list(art, sent, trig) or _named_after_cue(art, sent, trig)
    if up:
        return up
    return _nearest_list_before(art, sent, trig)


CLEFT_OPENINGS = (("among", "those", "who"), ("among", "them", "who"), ("among", "others", "who"), ("those", "who"))


def _cleft_list(art: Article, sent: Span, trig: Trigger) -> list[Span]:
    """'Among those who parted ways with the PML-Q were A from Multan, B and C', 'Those who quit were A
    and B': the act is told in a relative clause on 'those', and its people are all named after 'were',
    however the parser hangs the names (and their places) on one another."""
    be = _cleft_copula(art, sent, trig)
    if be is None:
        return []
    inner = [subtree_span(t) for t in art.doc[be.i + 1:sent.end] if t.dep_ in ("relcl", "acl", "advcl", "ccomp")]
    return [p for p in art.persons_in(art.doc[be.i + 1:sent.end]) if not _is_possessor_of_party(art, p)
            and not any(o.start <= p.start < o.end for o in inner)]  # "A, who said their leader X ...": not X


def _cleft_copula(art: Article, sent: Span, trig: Trigger) -> Token | None:
    """The 'were' after the act of a sentence opening 'Among those who ...' or 'Those who ...'."""
    words = [t for t in sent if not t.is_punct]
    opening = tuple(t.lower_ for t in words[:3])
    if not any(opening[:len(o)] == o for o in CLEFT_OPENINGS):
        return None
    if any(t.lower_ in ("were", "are", "was", "is") and t.dep_ not in ("aux", "auxpass")
           for t in art.doc[sent.start:trig.head.i]):
        return None
    return next((t for t in sent if t.i > trig.head.i and t.lower_ in ("were", "are", "was", "is")), None)


def _emphatic_self(art: Article, trig: Trigger) -> list[Span]:
    """'X, who had himself quit the PML-N': the parser takes the emphatic 'himself' for the subject and
    loses 'who'; the one who acts is the person just before ', who'."""
    selves = [c for c in trig.head.children if c.dep_ in ("nsubj", "npadvmod", "dobj") and c.lower_ in ("himself", "herself")
              and c.i < trig.head.i]
    who = next((t for s_ in selves for t in art.doc[max(s_.i - 3, 0):s_.i] if t.lower_ == "who"), None)
    if who is None or who.i < 2 or art.doc[who.i - 1].text != ",":
        return []
    person = art.person_at(art.doc[who.i - 2])
    return [person] if person is not None else []


def _named_after_cue(art: Article, sent: Span, trig: Trigger) -> list[Span]:
    """'Over 80 lawmakers have left the party, among them A and B' ('including A and B'): the unnamed
    movers are named after the act, and only those are events."""
    cue = next((t for t in art.doc[max(trig.tokens) + 1:sent.end] if t.lower_ == "including"
                or (t.lower_ == "among" and t.i + 1 < sent.end and t.nbor(1).lower_ in ("them", "those", "these"))), None)
    if cue is None or art.doc[cue.i - 1].text not in (",", "\u2014", "-"):
        return []
    start = cue.i + (2 if cue.lower_ == "among" else 1)
    people = art.persons_in(art.doc[start:sent.end])
    if not people or any(t.pos_ in ("ADP", "PRON", "VERB") or t.lower_ in ("those", "these") for t in art.doc[start:people[0].start]):
        return []  # "including those from the seat of X": not X
    return people


def _welcomes_someone(art: Article, head: Token) -> bool:
    """An active 'welcome' ('induct', 'receive') with an object: its subject welcomes, the object joins."""
    return head.lemma_.lower() in art.lex["welcome_verbs"] and head.pos_ == "VERB" \
        and not any(c.dep_ == "auxpass" for c in head.children) and any(c.dep_ == "dobj" for c in head.children)


def _inverted_list(art: Article, sent: Span, trig: Trigger) -> list[Span]:
    """'Joining the PPP on Monday were A, B and C', 'Leaving the party with him were A and B': a
    sentence that opens with the act and names its people after 'were'."""
    if trig.head.tag_ != "VBG" or any(not t.is_punct and t.lower_ not in ("also", "likewise", "then", "now")
                                      for t in art.doc[sent.start:trig.head.i]):
        return []  # "Also joining the PPP were A and B"
    be = next((t for t in sent if t.i > trig.head.i and t.lower_ in ("were", "are")), None)
    people = [p for p in art.persons_in(sent) if be is not None and p.start > be.i]
    if not people:
        return []
    between = art.doc[be.i + 1:people[0].start]
    described = 0 < len(between) <= 10 and between[-1].text == "," and not any(t.pos_ in ("VERB", "AUX") for t in between)
    return people if len(between) <= 3 or described else []  # "were former MNA A, B and C", "were two councillors from X, A and B"


def _one_person_described(art: Article, noun: Token) -> list[Span]:
    """The one person a singular role noun describes: 'X, a former PTI leader who defected to the PPP'
    (apposition), 'X is the latest leader to leave the PTI', 'X became the third MPA to quit' (attribute)."""
    if noun.dep_ == "appos":
        person = art.person_at(noun.head)
        return [person] if person is not None else []
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in ("be", "become"):
        named = [p for s_ in subjects_of(noun.head) for p in art.persons_in(subtree_span(s_))]
        return named if len(named) == 1 else []
    return []


def _counted_group(art: Article, subj: Token) -> bool:
    """'nine MPAs and six MNAs', 'several lawmakers': people counted, not named."""
    if is_pronoun(subj):
        return False
    if any(c.dep_ == "nummod" or c.lower_ in ("several", "many", "some", "numerous", "various", "dozens")
           for c in subj.children):
        return True
    word = subj.lower_
    return word in GROUP_NOUNS or word.rstrip("s") in GROUP_NOUNS or (subj.text in art.lex["roles"] and word.endswith("s"))


def _for_to_subject(trigger: Token) -> Token | None:
    """'for X to join': X, the object of 'for' just before the infinitive."""
    doc = trigger.doc
    if trigger.i < 2 or doc[trigger.i - 1].lower_ != "to":
        return None
    before = doc[trigger.i - 2]
    for tok in [before, *before.ancestors][:4]:
        if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.right_edge.i == trigger.i - 2:
            return tok
    return None


def _abstract_noun_before(trigger: Token) -> Token | None:
    """'citing the decision of X to quit the party and join the PPP': the parser may hang 'to quit' on
    the verb above, yet the infinitive right after 'the decision of X' is that decision's act, X's."""
    while trigger.dep_ == "conj" and trigger.head.i != trigger.i:
        trigger = trigger.head
    doc = trigger.doc
    if trigger.i < 2 or doc[trigger.i - 1].lower_ != "to" or doc[trigger.i - 1].head.i != trigger.i:
        return None
    before = doc[trigger.i - 2]
    for tok in [before, *before.ancestors][:4]:
        if tok.lemma_.lower() in ABSTRACT_HEADS and tok.pos_ == "NOUN" and tok.right_edge.i == trigger.i - 2:
            return tok
    return None


ABSTRACT_HEADS = {"decision", "plan", "intention", "desire", "bid", "move", "wish", "willingness", "announcement",
                  "resolve", "choice", "readiness", "offer", "attempt", "effort", "way", "reason", "time"}


def _modified_noun(trigger: Token) -> Token | None:
    """'those joining the PML-N', 'the MNAs to defect to PTI': the noun the trigger's clause describes.
    A clause that only fills an abstract noun ('their decision to join') is not one."""
    if trigger.dep_ not in ("acl", "relcl"):
        return None
    noun = trigger.head
    if noun.lemma_.lower() in ABSTRACT_HEADS or noun.pos_ not in ("NOUN", "PROPN", "PRON", "DET"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("who", "that") for c in trigger.children):
        return None  # 'the PTI, which he had joined', 'reports that he was leaving': the subject is inside
    return noun


def _person_above(art: Article, tok: Token) -> list[Span]:
    """The person a relative clause really describes when the parser hung it on a nearby noun."""
    for _ in range(4):
        if tok.dep_ not in ("pobj", "prep", "appos", "conj") or tok.head.i == tok.i:
            return []
        tok = tok.head
        person = art.person_at(tok)
        if person is not None:
            return [person]
    return []


def _noun_actors(art: Article, noun: Token) -> list[Span]:
    """'the departure of X', 'his exit', 'X's defection', 'exits including X and Y'."""
    people: list[Span] = []
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in art.lex["announce_verbs"] and not any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "by")) for c in noun.children):
        named = [p for s_ in _subjects_up(noun.head) for p in group_members(art, s_)]
        if named:  # "Javed Hashmi announces resignation from PTI"
            return named
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ in ("his", "her", "their") and noun.dep_ == "dobj":
            named = [p for s_ in _subjects_up(noun.head) for p in group_members(art, s_)]
            if named:  # "A, B and C announced their resignations": the subject's people
                people += named
                continue
        if child.dep_ == "poss" and child.lower_ == "my" and art.quote_speaker(child) is not None:
            people.append(art.quote_speaker(child))  # '"Rumours of my leaving the PTI are baseless," X said'
        elif child.dep_ == "poss":
            focus = _mover_just_before(art, noun.sent, art.focus_person(child.i)) if child.lower_ in ("his", "her") else None
            people += art.persons_in(subtree_span(child)) or ([focus] if focus is not None else [])
        elif child.dep_ == "prep" and child.lower_ in ("of", "by"):
            people += [p for p in art.persons_in(subtree_span(child)) if not _names_a_family(p)]
        elif child.dep_ in ("prep", "acl") and child.lower_ in ("including",):
            people += art.persons_in(subtree_span(child))
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                for sub in obj.children:
                    if sub.lower_ == "including" or sub.dep_ == "appos":
                        people += [p for p in art.persons_in(subtree_span(sub)) if p not in people]
    return people


def _names_a_family(person: Span) -> bool:
    """'the departure of the Marwat brothers', 'the Sharif family': a name that only modifies a plural
    or a family word names a family, not one person."""
    head = person.root.head
    return person.root.dep_ == "compound" and (head.tag_ in ("NNS", "NNPS") or head.lemma_.lower() in ("family", "clan"))


def _subjects_up(verb: Token) -> list[Token]:
    """A verb's subjects, or for a second verb of one subject ('A and B called on him and announced
    their return') those of the first."""
    while not subjects_of(verb) and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return subjects_of(verb)


def _in_relative(person: Span, subj: Token) -> bool:
    """'X, whose candidate Y lost, said he ...': Y is named inside a clause that describes the subject."""
    return any(t.dep_ in ("relcl", "acl") and t.i != subj.i and t.left_edge.i <= person.start <= t.right_edge.i
               for t in subj.subtree)


def _people_in_subject(art: Article, sent: Span, subs: list[Token], head: Token) -> list[Span]:
    people: list[Span] = []
    for subj in subs:
        if subj.lower_ in ("who", "that") and subj.head.dep_ == "relcl":
            people += group_members(art, subj) or _listed_antecedent(art, sent, subj.head.head)
            continue
        speaker = art.quote_speaker(subj) if subj.lower_ == "i" else None
        if speaker is not None:
            people.append(speaker)  # '"I have quit the PTI," X said': the quote's speaker
            continue
        if subj.lower_ in ("all", "both", "each", "most", "many") and any(
                o.lower_ in ("whom", "them", "which") for c in subj.children if c.lower_ == "of" for o in c.children):
            people += group_members(art, subj)  # "A, B and C, all of whom quit the PTI"
            continue
        quoted_other = subj.lower_ in ("he", "she") and art.quote_speaker(subj) is not None
        if is_pronoun(subj) and not quoted_other \
                and head.dep_ in ("ccomp", "xcomp", "advcl", "conj", "relcl", "acl") and head.head.i != head.i:
            above = head.head
            for _ in range(3):  # "A, B and C held a press conference where they announced to join"
                if subjects_of(above) or above.head.i == above.i:
                    break
                above = above.head
            named = [p for s in subjects_of(above)
                     for p in [q for q in group_members(art, s) if not _in_relative(q, s)]
                     or _counted_back(art, sent, s) or _group_before(art, sent, s)  # "All three said they"
                     or (surnames_in(art, s) if s.pos_ == "PROPN" else [])]  # "Warraich said he was resigning"
            if subj.lower_ not in ("they", "them", "we"):
                named = named[:1] if len(named) == 1 else []  # "he" is one person
            elif len(named) == 1:
                named = _speakers_group(art, sent, named[0]) or named  # "A and B ... A said they had resigned"
            if named:
                people += named
                continue
        if subj.lower_ in ("both", "two"):
            people += _group_before(art, sent, subj)  # "Both joined the PPP a day later"
            continue
        if _counted_back(art, sent, subj):
            people += _counted_back(art, sent, subj)  # "The four had joined the PTI in 2018"
            continue
        if is_pronoun(subj) and subj.lower_ not in ("they", "them", "we"):
            focus = _mover_just_before(art, sent, art.focus_person(subj.i))
            if focus is not None:
                people.append(focus)
            continue
        found = art.persons_in(subtree_span(subj))
        found = [p for p in found if not _is_possessor_of_party(art, p) and not _related_to_actor(p)
                 and not _beside_the_subject(art, p, subj) and not _in_clause_of(p, subj)]
        if found:
            people += found
        elif not art.persons_in(subtree_span(subj)) and surnames_in(art, subj):
            people += surnames_in(art, subj)  # "Bugti, Rind and Domki had parted ways", named in full before
        elif _definite_role(art, subj) and focus_before(art, sent, subj) is not None:
            people.append(focus_before(art, sent, subj))
        elif subj.lemma_.lower() in GROUP_NOUNS or subj.lower_ in ("they",):
            people += _include_objects(art, subj) or _listed_after(art, sent, subj) or _group_before(art, sent, subj)
    return people


def _mover_just_before(art: Article, sent: Span, focus: Span | None) -> Span | None:
    """'The former MNA joined the PTI at Bani Gala, where Imran Khan welcomed him. He had resigned
    from the PML-N': 'he' is the one person who moved in the sentence just before (told there by a
    role), not a name in one of its subordinate clauses."""
    last = art.memory.get("last_act")
    if focus is None or last is None or len(last.get("people", ())) != 1 or sent.start == 0:
        return focus
    before = art.doc[sent.start - 1].sent
    if last["at"] != art.offset + before.end_char or _name(focus) in last["people"] or focus.sent.start != before.start \
            or focus.root.head.i == before.root.i:
        return focus  # the act is not in the sentence just before, or the name is its main subject
    mover = next(iter(last["people"]))
    return next((p for p in reversed(art.persons_in(art.doc[:before.end])) if _name(p) == mover), focus)


def focus_before(art: Article, sent: Span, noun: Token) -> Span | None:
    """The person in focus that a definite role ('the former minister') stands for, if named before
    this sentence: one named in the same sentence is someone else ('X reshuffled the cabinet, while
    the food minister resigned'); a writer says 'he' for him."""
    focus = art.focus_person(noun.i)
    return focus if focus is not None and focus.start < sent.start else None


def _speakers_group(art: Article, sent: Span, speaker: Span) -> list[Span]:
    """'A and B were elected on the BAP's tickets. A said they had resigned from the BAP': a 'they' that
    one speaker utters stands for the group the sentence just before named, the speaker among them."""
    if sent.start == 0:
        return []
    before = art.doc[sent.start - 1].sent
    group = [p for s_ in subjects_of(before.root) for p in art.persons_in(subtree_span(s_))]
    names = {p.kb_id_ or p.text for p in group}
    return group if len(group) >= 2 and (speaker.kb_id_ or speaker.text) in names else []


def _group_before(art: Article, sent: Span, pronoun: Token) -> list[Span]:
    """'A and B addressed a press conference. They announced quitting the party': a 'they' that opens
    its sentence, or repeats the 'they' that does, stands for the people who were the subject of the
    sentence just before (two or more named people, and no other group in between). 'Both' and
    'the two' do the same for exactly two people."""
    pair = pronoun.lower_ == "both" or (pronoun.lower_ == "two" and any(c.lower_ == "the" for c in pronoun.children))
    if not (pronoun.lower_ == "they" or pair) or sent.start == 0:
        return []
    opener = next((t for t in sent if t.lower_ == "they"), None) if not pair else pronoun
    if opener is None or opener.dep_ != "nsubj" or art.persons_in(sent.doc[sent.start:opener.i]) or any(
            t.lemma_.lower() in GROUP_NOUNS for t in sent if t.i < opener.i):
        return []
    before = art.doc[sent.start - 1].sent
    people = [p for s in subjects_of(before.root) for p in art.persons_in(subtree_span(s))]
    if len(people) < 2:
        people = _just_listed(art, sent)
    return people if len(people) == 2 or (len(people) > 2 and not pair) else []


def _counted_back(art: Article, sent: Span, subj: Token) -> list[Span]:
    """'The four had joined the PTI in 2018': 'the' and a number (three or more) as a subject stand for
    the last group of exactly that many people named together as the subject of one of the few
    sentences just before."""
    count = NUMBER_WORDS.get(subj.lower_)
    if count is None or count < 3 or not any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "all")
                                             for c in subj.children) \
            or any(c.dep_ == "prep" for c in subj.children):  # "the four", "all three"
        return []  # "the three of them", "the four MNAs": not the bare count
    start = sent.start
    for _ in range(3):
        if start == 0:
            break
        before = art.doc[start - 1].sent
        people = [p for s_ in subjects_of(before.root) for p in art.persons_in(subtree_span(s_))]
        if len(people) == count:
            return people
        start = before.start
    listed = _just_listed(art, sent, within=6)  # a count names its group a few sentences on
    return listed if len(listed) == count else []


def _listed_antecedent(art: Article, sent: Span, noun: Token) -> list[Span]:
    """'The lawmakers, who had announced their decision to leave the MQM-P': a definite group word
    (the subject of its sentence) just after a list of people stands for them."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or not _group_word(art, noun) \
            or not any(c.lower_ in ("the", "these", "those") for c in noun.children):
        return []
    return _just_listed(art, sent)


def _just_listed(art: Article, sent: Span, within: int = 1) -> list[Span]:
    """The people of the list that ends just before the sentence ('They included A, B and C.',
    a name a line below a colon), at most `within` sentences before: 'All four had quit the PTI',
    'Both said' stand for them."""
    listed = art.memory.get("listed")
    if not listed or listed[0] is not art.doc or not listed[1]:
        return []
    last = listed[1][-1].sent
    between = art.doc[last.end:sent.start]
    return list(listed[1]) if 0 <= sent.start - last.end and sum(1 for t in between if t.is_sent_start) <= within else []


def _in_clause_of(person: Span, subj: Token) -> bool:
    """'X, who quit the PTI after a rift with Y, rejoined the PML-N': Y, named inside a clause that
    describes the subject, does not act with it."""
    tok = person.root
    while tok.i != subj.i and tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl"):
            return True
        tok = tok.head
    return False


def _beside_the_subject(art: Article, person: Span, subj: Token) -> bool:
    """'Another setback for A as B leaves PTI': A hangs on an abstract subject noun through a
    preposition, so A is not who acts; 'a group of A and B', 'leaders including A', 'A along with B'
    and a role's holder ('the former nazim from Khanewal A') still are."""
    if subj.pos_ == "PROPN" or subj.lemma_.lower() in GROUP_NOUNS or subj.text in art.lex["roles"] \
            or subj.lemma_ in art.lex["roles"]:
        return False
    tok = person.root
    while tok.i != subj.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ not in ("of", "including", "like", "among", "with", "alongside", "as"):
            return True
        tok = tok.head
    return False


def group_members(art: Article, tok: Token) -> list[Span]:
    """The named people a group word stands for: 'who' -> its antecedent, 'all of whom' -> the
    list it hangs on, 'those' in 'A and B were among those who...' -> A and B."""
    if tok.lower_ in ("who", "that", "whom") and tok.head.dep_ == "relcl":
        own = subtree_span(tok.head)  # "the MNA who quit to join Y's party": Y is not the MNA
        named = [p for p in group_members(art, tok.head.head) if not own.start <= p.start < own.end]
        described = tok.head.head
        for _ in range(4):  # "followed by X, a PML-N member of the assembly from Y, who said he had resigned"
            if named or described.dep_ not in ("appos", "pobj", "prep") or described.head.i == described.i:
                break
            described = described.head
            if art.person_at(described) is not None:
                named = [art.person_at(described)]
        return named
    if tok.lower_ in ("all", "both", "each", "most", "many"):
        relcl = tok.head if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl" else None
        if relcl is not None:
            own = subtree_span(relcl)
            top = relcl.head
            while top.dep_ in ("conj", "appos") and top.head.i != top.i:
                top = top.head  # "A, B and C, all of whom quit": the whole list, not its last name
            return [p for p in art.persons_in(subtree_span(top)) if not own.start <= p.start < own.end]
    named = art.persons_in(subtree_span(tok)) if not is_pronoun(tok) else []
    if not named and not is_pronoun(tok) and art.person_at(tok) is not None:
        named = [art.person_at(tok)]  # the name's first word misparsed outside the noun's subtree
    if named:
        return named
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ not in PRONOUNS | {"we"}:
        return _include_objects(art, tok)  # "those who left are A and B", not "I have been in the party"
    if tok.dep_ == "pobj" and tok.head.lower_ == "among":
        verb = tok.head.head
        return [p for s in subjects_of(verb) for p in art.persons_in(subtree_span(s))]
    return []


RELATION_NOUNS = {"brother", "son", "daughter", "wife", "husband", "father", "mother", "nephew", "niece", "cousin", "uncle",
                  "relative", "aide", "spokesman", "spokesperson", "secretary", "adviser", "advisor", "rival", "successor",
                  "predecessor", "deputy", "assistant", "friend", "ally", "son-in-law"}


def _related_to_actor(person: Span) -> bool:
    """'X, the younger brother of PML-Q president Y, parted ways': Y only describes X."""
    tok = person.root
    for _ in range(4):
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in RELATION_NOUNS:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _definite_role(art: Article, subj: Token) -> bool:
    """'The former PTI leader had left the party', "the party's Karachi chief quit": a role named with
    'the' (or owned by 'the party') means the person in focus; 'his deputy' is someone else."""
    singular = subj.tag_ == "NN" or (subj.tag_ == "NNP" and subj.lower_ in ("mna", "mpa"))  # "the former MPA"
    return singular and subj.lemma_.lower() in art.lex["title_reference_nouns"] and any(
        (c.dep_ == "det" and c.lower_ == "the")
        or (c.dep_ == "poss" and c.lower_ in PARTY_NOUNS and any(d.lower_ == "the" for d in c.children))
        for c in subj.children)


def _is_possessor_of_party(art: Article, person: Span) -> bool:
    """'Imran Khan's PTI': the person names the party, not an actor."""
    nxt = art.doc[person.end] if person.end < len(art.doc) else None
    return nxt is not None and nxt.text in ("'s", "’s") and person.end + 1 < len(art.doc) \
        and art.party_at(art.doc[person.end + 1]) is not None


def _include_objects(art: Article, noun: Token) -> list[Span]:
    """'Those who left include A, B and C' / 'The MNAs to defect included A and B'."""
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in INCLUDE_VERBS:
        if verb.lemma_.lower() == "be":  # "those who left are A and B", not "they are likely to join X's party"
            other = [subtree_span(c) for c in verb.children if c.dep_ in ("acomp", "xcomp", "ccomp", "advcl")]
            return [p for p in art.persons_in(verb.sent) if p.start > verb.i
                    and not any(o.start <= p.start < o.end for o in other)]
        return [p for p in art.persons_in(verb.sent) if p.start > verb.i]
    return []


def _listed_after(art: Article, sent: Span, noun: Token) -> list[Span]:
    """'several PTI defectors ..., namely A, B and C' / '13 defectors including A and B'."""
    for tok in sent:
        if tok.i > noun.i and tok.lower_ in ("namely", "including", "include", "includes", "included"):
            limit = noun.head.i if noun.head.i > tok.i else sent.end  # not past the group's own verb
            return [p for p in art.persons_in(sent) if tok.i < p.start and p.end <= limit]
    return []


def _included_list(art: Article, trigger: Token) -> list[Span]:
    tok = trigger
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return _include_objects(art, tok)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return []


def _nearest_list_before(art: Article, sent: Span, trig: Trigger) -> list[Span]:
    """Fallback when the parse fails: the group of people just before the trigger."""
    before = [p for p in art.persons_in(sent) if p.end <= trig.head.i and not _related_to_actor(p)
              and not _not_an_actor(art, p, trig.head)]
    if not before:
        return []
    group = [before[-1]]
    for p in reversed(before[:-1]):
        gap = art.doc[p.end:group[0].start]
        if len(gap) <= 6 and all(t.is_punct or t.lower_ in ("and", "former", "ex") or t.text in art.lex["roles"] for t in gap):
            group.insert(0, p)
        else:
            break
    between = art.doc[group[-1].end:trig.head.i]
    if any(t.pos_ == "VERB" and t.dep_ == "ROOT" for t in between) and len(between) > 12:
        return []
    return group


LIST_PREPS = {"including", "among", "like", "alongside"}


def _not_an_actor(art: Article, person: Span, trigger: Token) -> bool:
    """A name the act cannot be pinned on: 'parted ways with Imran Khan', 'Imran Khan's party',
    'the Imran Khan-led party', or the speaker of a clause above ('X claimed that ... will join')."""
    root = person.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ not in LIST_PREPS and prep.head.pos_ in ("VERB", "AUX", "NOUN") \
            and prep.head.i < prep.i:
        return True  # the object of a verb's or noun's preposition, not an opening "Apart from X,"
    nxt = art.doc[person.end] if person.end < len(art.doc) else None
    if nxt is not None and (nxt.text in ("'s", "’s") or (nxt.text == "-" and person.end + 1 < len(art.doc)
                                                                and art.doc[person.end + 1].lower_ == "led")):
        return True
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.i != trigger.i:
        verb, tok = root.head, trigger
        for _ in range(6):
            if tok.head.i == tok.i:
                break
            if tok.dep_ == "ccomp" and tok.head.i == verb.i and any(
                    _counted_group(art, x) or art.person_at(x) is not None for x in subjects_of(tok)):
                return True  # "X claimed that others will join": X only says it
            tok = tok.head
    return False


def _with_companions(art: Article, trig: Trigger, people: list[Span]) -> list[Span]:
    """'which he had joined with Parvez Elahi': the companion joined too."""
    out = list(people)
    preps = [c for c in trig.head.children if c.dep_ == "prep"] if trig.kind != "leave" else []  # "parted ways with X": X is left
    preps += [g for c in trig.head.children if c.lower_ in ("together", "along") for g in c.children if g.dep_ == "prep"]
    preps += [c for c in trig.head.children if c.dep_ == "advmod" and c.lower_ == "with"]
    for child in preps:
        if child.lower_ in ("with", "alongside"):
            for p in art.persons_in(subtree_span(child)):
                if p not in out and not _owns_party(art, p) and not art.parties_in(child.i, child.right_edge.i + 1):
                    out.append(p)  # "joined with A", not "parted ways with the Imran Khan-led party"
    return out


def _did_too(art: Article, verb: Token) -> list[Span]:
    """'X quit the PTI, as did Y', 'X joined the PPP, and so did Y': the same act by more people,
    the verb left out."""
    people = []
    for clause in verb.children:
        if clause.lemma_.lower() != "do" or clause.dep_ not in ("advcl", "conj"):
            continue
        if not any(c.lower_ in ("as", "so") and c.dep_ in ("mark", "advmod") for c in clause.children):
            continue
        if any(c.dep_ == "neg" for c in clause.children):
            continue  # "as did not Y"
        people += [p for s_ in subjects_of(clause) for p in art.persons_in(subtree_span(s_))]
    return people


def _owns_the_act(art: Article, person: Span, trig: Trigger) -> bool:
    """'X's exit from the PTI', 'X's resignation from the party': the possessive is the mover's own act."""
    after = person.end + 1
    while after < len(art.doc) and art.doc[after].pos_ == "ADJ":
        after += 1  # "X's sudden exit"
    return after in trig.tokens


def _owns_party(art: Article, person: Span) -> bool:
    """'Imran Khan's PTI', 'the Altaf Hussain-led MQM': the name only says whose party it is."""
    nxt = art.doc[person.end] if person.end < len(art.doc) else None
    return nxt is not None and (nxt.text in ("'s", "\u2019s") or (
        nxt.text == "-" and person.end + 1 < len(art.doc) and art.doc[person.end + 1].lower_ == "led"))


def origin_party(art: Article, sent: Span, person: Span, exclude: str) -> str | None:
    """Where a defector came from: a party beside their name, else the party in focus."""
    own = current_party_of(art, sent, person, None, allow_former=True)
    if own and own != exclude:
        return own
    for p in art.parties_in(sent.start, sent.end):
        if p.kb_id_ not in (exclude, "IND"):
            return p.kb_id_
    return art.focus_party(sent.start, exclude={exclude})


def current_party_of(art: Article, sent: Span, person: Span, trig: Trigger | None, allow_former: bool = False) -> str | None:
    """'PML-N MNA X', 'X of the PML-N': the party a person sits in when the act happens.

    'Former PTI leader X' and 'X from PTI' say nothing of a current seat and give none.
    """
    doc = art.doc
    start = max(sent.start, person.start - 5 - _from_place_before(art, sent, person))
    prefix = doc[start:person.start]
    parties = [p for p in art.parties_in(prefix.start, prefix.end) if p.kb_id_ != "IND"]
    if parties:
        words = doc[parties[-1].end:person.start - _from_place_before(art, sent, person)]
        lead = doc[max(sent.start, parties[-1].start - 2):parties[-1].start]
        if (allow_former or not any(t.lower_ in ("former", "ex", "from") for t in lead)) and \
                all(t.text in art.lex["roles"] or t.text in ("'s", "’s") or (t.pos_ == "PROPN" and not t.is_punct) for t in words) \
                and any(t.lower_ in SEAT_ROLES for t in words) and len(words) <= 3:
            return parties[-1].kb_id_
    return _role_of_party_before(art, sent, person, allow_former)


def _from_place_before(art: Article, sent: Span, person: Span) -> int:
    """How many tokens of 'from <Place>' stand between a role and its holder: 'PML-N MNA from Rahim Yar
    Khan Mian Abdul Sattar' (0 when there is none)."""
    i = person.start - 1
    while i > sent.start and art.doc[i].pos_ == "PROPN" and art.person_at(art.doc[i]) is None \
            and art.party_at(art.doc[i]) is None and person.start - i <= 4:
        i -= 1
    return person.start - i if i < person.start - 1 and art.doc[i].lower_ == "from" else 0


def _role_of_party_before(art: Article, sent: Span, person: Span, allow_former: bool) -> str | None:
    """'Senior leader of Pakistan Muslim League-Nawaz (PML-N) Mir Akbar Khan': a seat or role of a
    party written just before the name, its code in brackets or not."""
    doc = art.doc
    window = art.parties_in(max(sent.start, person.start - 12), person.start)
    if not window:
        return None
    first, last = window[0], window[-1]
    if any(p.kb_id_ != first.kb_id_ for p in window):
        return None
    between = doc[last.end:person.start]
    if len(between) > 2 or any(not (t.text in "()," or t.text in art.lex["roles"]) for t in between):
        return None
    of = doc[first.start - 1] if first.start - 1 >= sent.start else None
    role = doc[first.start - 2] if first.start - 2 >= sent.start else None
    if of is None or role is None or of.lower_ != "of" or role.lower_ not in SEAT_ROLES:
        return None
    lead = doc[max(sent.start, role.i - 2):role.i]
    if not allow_former and any(t.lower_ in ("former", "ex") for t in lead):
        return None
    return first.kb_id_


def event_date(art: Article, sent: Span, head: Token, inherit: bool = True) -> str | None:
    """The act's own date; else the article's lead date, unless the act is background."""
    story = art.memory.get("lead_date")
    found, when = sentence_date(sent, head, art.published, art.lex, date.fromisoformat(story) if story else None)
    if found:
        if when is not None:
            art.memory.setdefault("lead_date", when.isoformat())
        return when.isoformat() if when else None
    if not inherit or is_background(head, art.lex) or told_as_background(sent, head, art.lex):
        return None
    running = _running_time(art, sent)
    if running is not None:
        return running[1]
    if on_hearsay(sent, art.lex) and still_to_come(head, art.lex):
        return None  # 'X will join the PTI, sources said': a coming act in an undated word of unnamed sources
    return art.memory.get("lead_date")


def _running_time(art: Article, sent: Span) -> tuple[bool, str | None] | None:
    """The story's running time at this sentence, when it is not the lead's day ('... last month.
    Six MNAs resigned': no day; 'Earlier on January 1, ... Other leaders who joined': that day)."""
    marks, text = art.memory.get("time_marks"), art.memory.get("article_text")
    if not marks or text is None:
        return None
    return running_time(marks, text, art.offset - art.memory.get("article_offset", 0) + sent.start_char)


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
                    and not (child.dep_ == "prep" and any(c.dep_ == "pobj" for c in child.children)):
                return True
        if tok.head.i == tok.i or tok.dep_ not in ("xcomp", "conj", "ccomp", "advcl", "acl", "pcomp", "pobj", "dobj", "prep"):
            break
        tok = tok.head
    first = head.sent[0]
    return first.lower_ in ("earlier", "previously", "prior")


def _reported(tok: Token, lex) -> bool:
    """'announced that they had resigned': a clause that is what a named speaker reports
    ('sources said X had offered' stays background)."""
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in lex["status_announce_lemmas"]:
        return False
    return not any(c.dep_ == "nsubj" and c.lower_ in lex["status_hearsay_subjects"] for c in tok.head.children)


def continue_list(art: Article, sent: Span, earlier: list[Event], found: list[Event] | None = None,
                  prior: dict | None = None) -> list[Event]:
    """'Apart from A and B, they include C, D and E', 'These included A (Skardu) and B', 'Among them
    are A and B': more people for the act just reported, named or not ('five independents joined').
    When the sentence reports acts of its own (``found``), only a group set off at its opening ('The three -
    A, B and C - met him at the home of D, who had quit the PML-N') continues the act before it (``prior``)."""
    if found:
        named = {e.actor for e in found}
        group = _group_set_off(art, sent)
        if not group or any((p.kb_id_ or p.text) in named for p in group):
            return []
        saved = art.memory.get("last_act")
        art.memory["last_act"] = prior
        try:
            return [e for e in continue_list(art, sent, earlier) if e.actor not in named]
        finally:
            art.memory["last_act"] = saved
    lowers, lemmas = art.words(sent)
    cue = _list_cue(art, sent) if not lemmas.isdisjoint(LIST_VERBS) or not lowers.isdisjoint(("namely", "such", "among")) else None
    people = (_announcers(art, sent) or _group_set_off(art, sent) or _they_were(art, sent)) if cue is None else []
    if cue is None and not people:
        _open_lines(art, sent, earlier)
        return []
    colon = cue is not None and cue.i + 1 < sent.end and art.doc[cue.i + 1].text == ":" \
        and not art.persons_in(art.doc[sent.start:cue.i])  # "The list read out included: A; B and C"
    if cue is not None and not colon:
        if any(t.dep_ in ("relcl", "acl") and t.i < cue.i for t in sent):
            return []  # "others who attended the meeting include ...": another act
        root = sent.root
        led = _led_group(art, root, cue)
        if led:
            cue = root  # "The group was led by A and included B": both are its people
        elif not (cue.i == root.i or root.lemma_.lower() in ("be", "include")):
            return []  # "PTI leaders, including A, invited him": the list belongs to another act
        subj = [t for t in cue.children if t.dep_ in ("nsubj",)]
        if subj and not (is_pronoun(subj[0]) or subj[0].lower_ == "it" or _group_word(art, subj[0])
                         or _counted_group(art, subj[0])):
            return []
    if cue is not None and _others_gathered(art, cue):
        return []  # "Among those present were A and B": guests of the event, not its movers
    if cue is not None:
        people = [p for p in art.persons_in(sent) if p.start > cue.i] or _among_them(art, sent, cue)
    if not people:
        if colon:
            _open_lines(art, sent, earlier)  # "Those who joined include:" with a name a line below
        return []
    act = _act_before(art, sent, earlier)
    if act is None:
        return []
    _at, kinds, status, when = act
    art.memory["listed"] = (art.doc, list(people))
    return [Event(doc=art.doc_id, type=kind, actor=p.kb_id_ or p.text, party=party, date=when,
                  status=status, evidence=art.evidence(sent, "list.continued"), confidence=0.6)
            for kind, party in kinds for p in people]


def _open_lines(art: Article, sent: Span, earlier: list[Event]) -> None:
    """'Those who announced their joining were:', 'The delegation comprised:' with one person a line
    below: a clause ending in a colon (not a dateline or a heading, not a speaker's 'he said:'), just after an
    act, opens a list of its people; each line is a name with its description, no clause of its own."""
    speaker = sent.root.lemma_.lower() in art.lex["speech_verbs"] and not any(c.dep_ == "dobj" for c in sent.root.children)
    if not ends_with_colon(sent) or speaker or not any(t.pos_ in ("VERB", "AUX") for t in sent) \
            or not _about_the_movers(art, sent):
        return
    act = _act_before(art, sent, earlier)
    if act is None:
        return
    _at, kinds, status, when = act
    kinds = [(kind, party) for kind, party in kinds if kind != "expel"]  # expulsion lists are expel's own
    if not kinds:
        return

    art.memory["listed"] = (art.doc, [])

    def make(person: Span, item: Span) -> list[Event]:
        if item.root.pos_ in ("VERB", "AUX"):
            return []  # "A took to social media ...": a sentence, not a line of the list
        art.memory["listed"][1].append(person)
        return [Event(doc=art.doc_id, type=kind, actor=person.kb_id_ or person.text, party=party, date=when,
                      status=status, evidence=art.evidence(item, "list.lines"), confidence=0.6)
                for kind, party in kinds]
    open_list(art, sent, "membership", make)


def _about_the_movers(art: Article, sent: Span) -> bool:
    """Whether a colon clause introduces the people of the act: it tells the joining or leaving again
    ('Those who announced their joining were:'), or its subject is the group ('The delegation
    comprised:', 'The three ... were:', 'They are:'), or it describes the group ('the new entrants,
    who were named as follows:'); not 'its new office-bearers:' or 'The speakers were:'."""
    moves = set(art.lex["join_verbs"]) | set(art.lex["leave_verbs"]) | set(art.lex["join_nouns"]) | set(art.lex["leave_nouns"])
    if any(t.lemma_.lower() in moves or t.lower_ in moves for t in sent):
        return True
    group = [s_ for s_ in subjects_of(sent.root)] + [
        t.head for t in sent if t.dep_ == "relcl" and t.i > t.head.i]
    return any(_group_word(art, g) or g.lower_ in NUMBER_WORDS or g.lower_ in ("they", "these", "those", "following")
               for g in group)


def _act_before(art: Article, sent: Span, earlier: list[Event]) -> tuple[int, list[tuple[str, str]], str, str | None] | None:
    """The join or leave (or expulsion) reported last, within a few sentences: where it ends, its
    kinds of event with their parties, its status and date."""
    here = art.offset + sent.start_char
    acts = []
    last = next((e for e in reversed(earlier) if e.type in ("expel", "leave_party", "join_party")), None)
    if last is not None:
        kinds = {e.type for e in earlier if e.evidence.sentence == last.evidence.sentence
                 and e.type in ("expel", "leave_party", "join_party") and e.party}
        kinds = [last.type] if last.type == "expel" else sorted(kinds)
        parties = {k: next(e.party for e in reversed(earlier) if e.type == k and e.evidence.sentence == last.evidence.sentence)
                   for k in kinds}
        acts.append((last.evidence.end, [(k, parties[k]) for k in kinds], last.status, last.date))
    remembered = art.memory.get("last_act")
    if remembered is not None and remembered["kind"] in ("join", "leave", "defect"):
        kinds = [("leave_party" if remembered["kind"] == "leave" else "join_party", remembered["party"])]
        if remembered["kind"] == "defect" and remembered.get("origin"):
            kinds.append(("leave_party", remembered["origin"]))
        kinds += [("leave_party" if kind == "leave" else "join_party", party) for kind, party in remembered.get("same", [])
                  if kind in ("join", "leave") and party and party != remembered["party"]]
        acts.append((remembered["at"], kinds, remembered["status"], remembered["date"]))
    if not acts:
        return None
    at, kinds, status, when = max(acts, key=lambda a: a[0])
    if here - at > 400:
        return None  # the act is too far back for a list to continue it
    return at, kinds, status, when


def _announcers(art: Article, sent: Span) -> list[Span]:
    """'A, B and C made the announcements at separate press conferences': the people who announced
    the act just reported, named after it (the act itself is not restated)."""
    root = sent.root
    objects = [c for c in root.children if c.dep_ == "dobj"]
    if not (root.lemma_.lower() == "make" and any(o.lemma_.lower() in art.lex["announcement_nouns"]
                                                 and any(d.lower_ in ("the", "these", "this", "those") for d in o.children)
                                                 and not any(d.dep_ in ("acl", "relcl", "prep") and d.lower_ != "at" for d in o.children)
                                                 for o in objects)):
        return []
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    return [p for s_ in subjects for p in art.persons_in(subtree_span(s_))]


def _they_were(art: Article, sent: Span) -> list[Span]:
    """'They were A, B and C': the people of the act just reported, named by a sentence whose subject is
    only 'they' (or 'these', 'those') and whose verb is only 'be'."""
    root = sent.root
    opening = next((t for t in sent if not t.is_punct), None)
    if root.lemma_.lower() != "be" or opening is None or opening.lower_ not in ("they", "these", "those") \
            or opening.head.i != root.i or opening.dep_ != "nsubj":
        return []
    if any(c.dep_ in ("acomp", "prep", "ccomp", "xcomp", "neg", "auxpass") for c in root.children):
        return []  # "they were among ...", "they were not ...": another reading
    return [p for p in art.persons_in(art.doc[root.i + 1:sent.end]) if p.root.dep_ in ("attr", "conj", "appos")]


LIST_VERBS = ("include", "comprise", "consist")  # "It consisted of A and B", "The delegation comprised A and B"


DASHES = ("-", "\u2013", "\u2014", "--", ":")


def _group_set_off(art: Article, sent: Span) -> list[Span]:
    """'The defectors - A (Gujrat), B (Jhelum) and C - called on him': the people of the act just
    reported, set off by dashes (or a colon) after the group word that opens the sentence."""
    opening = [t for t in art.doc[sent.start:min(sent.end, sent.start + 4)] if not t.is_punct]
    group = next((t for t in opening if (_group_word(art, t) and t.tag_ in ("NNS", "NNPS"))
                  or NUMBER_WORDS.get(t.lower_, 0) >= 2
                  or t.like_num and t.i > sent.start and t.nbor(-1).lower_ == "the"), None)  # "The three - A, B and C -"
    if group is None or group.i + 1 >= sent.end or art.doc[group.i + 1].text not in DASHES + (",",) \
            or not ((group.like_num and group.i > sent.start and group.nbor(-1).lower_ == "the")
                    or any(c.lower_ in ("the", "these", "those") for c in group.children)):
        return []
    comma = art.doc[group.i + 1].text == ","
    if comma and (group.i + 2 >= sent.end or art.person_at(art.doc[group.i + 2]) is None
                  or group.dep_ not in ("nsubj", "nsubjpass")):
        return []  # "The defectors, A and B, called on him", not "The defectors, who ...", "Welcoming the new entrants, A said"
    marks = (",",) if comma else DASHES[:-1]
    named = art.persons_in(art.doc[group.i + 2:sent.end])
    close = next((t.i for t in art.doc[group.i + 2:sent.end] if t.text in marks
                  and not any(p.start <= t.i < p.end for p in named) and (not comma or art.person_at(art.doc[t.i + 1]) is None)), sent.end)
    people = [p for p in art.persons_in(art.doc[group.i + 2:close])]
    count = NUMBER_WORDS.get(group.lower_)
    return people if count is None or count == len(people) else []


def _among_them(art: Article, sent: Span, cue: Token) -> list[Span]:
    """'A, B and C were among them': the people named before 'among them', as the subject of 'be'."""
    among = cue.head if cue.head.i != cue.i else None
    if among is None or among.lower_ != "among" or among.head.lemma_.lower() != "be":
        return []
    subjects = [c for c in among.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < among.i]
    return [p for s_ in subjects for p in art.persons_in(subtree_span(s_))]


def _group_word(art: Article, tok: Token) -> bool:
    """A word for the unnamed people of an act: 'leaders', 'defectors', and the words of lexicon key
    list_group_nouns for those who just joined or left ('the newcomers', 'the new entrants')."""
    lemma = tok.lemma_.lower()
    return lemma in GROUP_NOUNS or lemma in art.lex["list_group_nouns"] or tok.lower_.rstrip("s") in art.lex["list_group_nouns"]


def _others_gathered(art: Article, cue: Token) -> bool:
    """'among those present', 'among those attending the ceremony': 'those' described by anything but a
    joining or leaving are other people at the event."""
    if cue.lower_ not in ("those", "these") or cue.i == 0 or cue.nbor(-1).lower_ != "among":
        return False
    described = [t for c in cue.children if c.dep_ in ("amod", "acl", "relcl", "prep") for t in c.subtree]
    moves = set(art.lex["join_verbs"]) | set(art.lex["leave_verbs"]) | set(art.lex["join_nouns"]) | set(art.lex["leave_nouns"])
    return bool(described) and not any(t.lemma_.lower() in moves or t.lower_ in moves for t in described)


def _led_group(art: Article, root: Token, cue: Token) -> bool:
    """'The group was led by A and included B': a group word led (or headed) by someone, with the
    list word joined to that verb."""
    return root.lemma_.lower() in ("lead", "head") and cue.head.i == root.i and cue.dep_ == "conj" \
        and any(c.dep_ == "nsubjpass" and _group_word(art, c) for c in root.children)


def _list_cue(art: Article, sent: Span) -> Token | None:
    """The word that opens a list of the people of an act: 'include', 'comprised', 'consisted of',
    'namely', 'such as', 'among them', 'among the new entrants'."""
    for t in sent:
        nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
        if t.lemma_.lower() in LIST_VERBS or t.lower_ == "namely":
            return t
        if t.lower_ == "among":
            group = next((g for g in t.doc[t.i + 1:min(t.i + 4, sent.end)] if g.tag_ in ("NNS", "NNPS")), None)
            if group is not None and group.lower_ not in ("them", "those", "these") and _group_word(art, group):
                return group
        if nxt is not None and ((t.lower_ == "such" and nxt.lower_ == "as")
                                or (t.lower_ == "among" and nxt.lower_ in ("them", "those", "these"))):
            return nxt
    return None
