"""Which party a person leaves or joins: the act's object, the party in focus,
the party a title or a clause ties to the person, the welcomer's own party.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article, acts_told, clause_heads, is_pronoun, same_person, subjects_of, subtree_span, time_phrase, told_within, with_back
from .coalition_parties import _party_led_by as _registry_leader_of, government_of
from .cleft_joins import bare_cleft_join
from .described_parties import party_founded_by, party_led_by as _party_led_by
from .group_nouns import a_part_of_party, of_something_else, owned_by_a_side
from .inductions import inducting_party
from .launches import launched_party, office_in_new_party
from .movers import PARTY_NOUNS, _cleft_copula, _group_word, _inverted_list, _passive_agent, actors
from .noun_movers import _name
from .past_lists import joined_past_a_list
from .person_parties import current_party_of
from .triggers import Trigger
from .welcomers import _welcomer


NOT_PARTY_OBJECTS = {"politics", "country", "city", "house", "meeting", "session", "assembly", "cabinet", "office",
                     "post", "government", "coalition", "alliance", "opposition", "hands", "seat", "ministry", "race",
                     "election", "elections", "presser", "conference", "protest", "rally", "talks", "hall", "jail", "prison",
                     "govt", "setup", "set-up", "administration"}


def _returned_to(art: Article, sent: Span, noun: Token) -> str | None:
    """The party of someone's 'return': 'their return to the PML-N fold', or, said bare ('announced their
    return') just after the story told of a rejoining, the party rejoined. A return from somewhere, or
    after something, or one no rejoining explains, is no joining ('his return from London')."""
    of_person = [c for c in noun.children if c.lower_ == "of" and any(art.person_at(o) for o in c.children)]
    if not any(c.dep_ == "poss" for c in noun.children) and not of_person:
        return None  # 'their return', 'the return of X to the PPP': someone's, not 'a return to power'
    preps = [c for c in noun.children if c.dep_ == "prep" and c not in of_person]
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
    if last is None or not told_within(art, sent, last, 400) or last["status"] == "denied":
        return None
    joins = [party for kind, party in acts_told(last) if kind == "join"]
    if len(set(joins)) != 1:
        return None
    art.memory["named_later"] = (sent.start_char + art.offset, last)  # the people of that act are named here
    return joins[0]


def _bare_announced_joining(art: Article, noun: Token) -> bool:
    """'A and B were also present and announced joining': a joining announced with no party after it."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in art.lex["announce_verbs"] and \
        not any(c.dep_ not in ("det", "punct") for c in noun.children)


def _member_party(art: Article, verb: Token) -> str | None:
    """'I am an ANP worker', 'I am a member of the PTI' (lexicon key party_member_nouns): the party the
    speaker says, in the present, they belong to."""
    if verb.tag_ not in ("VBP", "VBZ") and not any(c.lower_ in ("will", "shall") for c in verb.children) \
            and not (verb.dep_ == "ccomp" and any(c.lower_ == "still" for c in verb.children)):
        return None  # "I was a PTI worker in 2018": a past ("said he was still a PTI worker" reports a present)
    for noun in (c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in art.lex["party_member_nouns"]):
        for c in noun.children:
            tok = next((o for o in c.children if o.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "of" else c
            party = art.party_at(tok) if tok is not None and tok.dep_ in ("compound", "poss", "pobj", "nmod") else None
            if party is not None and party.kb_id_ != "IND":
                return party.kb_id_
    return None


def _party_regalia(art: Article, verb: Token) -> Token | None:
    """The object of 'presented the party flag', 'put the PTI's scarf': a party's flag, scarf or cap
    (lexicon party_regalia_nouns), which a party gives the one it takes in."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.lemma_.lower() in art.lex["party_regalia_nouns"]):
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


def _welcomed_into(art: Article, verb: Token) -> Token | None:
    """The 'into' of 'welcomed X into the party / their ranks / its fold', when X is a named person."""
    if not any(c.dep_ == "dobj" and (art.persons_in(subtree_span(c)) or _group_word(art, c)) for c in verb.children):
        return None  # a named person, or a group named later ("welcomed another group of lawmakers into the party fold")
    for prep in with_back(verb):  # "welcomed X back into the party"
        if prep.dep_ in ("prep", "dative") and prep.lower_ in ("into", "in", "to"):
            for obj in prep.children:
                if obj.lower_ in PARTY_NOUNS or art.party_at(obj) is not None:
                    return prep
    return None


def _to_party_after(art: Article, sent: Span, noun: Token) -> Span | None:
    """'defection by X, a figure from Y, to the Awam Pakistan party': the party a move goes to."""
    for tok in sent:
        if noun.i < tok.i <= noun.i + 15 and tok.lower_ in ("to", "into"):
            nxt = [t for t in art.doc[tok.i + 1:min(sent.end, tok.i + 4)] if t.lower_ not in ("the", "a")]
            if nxt and art.party_at(nxt[0]) is not None:
                return art.party_at(nxt[0])
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
            if any(c.lower_ in ("primary", "basic") for c in held.children) and not any(
                    t.lower_ in ("assembly", "senate", "house", "bar", "club", "council", "association") for t in subtree_span(held)):
                return art.focus_party(held.i)  # "to resign his primary membership": of the party in focus
    return None


DEFECT_NOUNS = {"defector", "dissident", "deserter", "turncoat", "rebel"}
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


def _party_just_left(art: Article, sent: Span) -> str | None:
    """The party the story's last act left ('several BAP leaders parted ways with the party and joined
    the PPP'), so that 'other BAP leaders who joined' the next party leave BAP too."""
    left = art.memory.get("last_left")
    here = art.offset + sent.start_char
    return left[0] if left is not None and 0 <= here - left[1] <= 400 else None


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
        if person is None or last is None:
            return None
        near = told_within(art, sent, last, 400)
        if _name(person) in last.get("people", ()) and near and last["kind"] in ("join", "defect") and last["status"] == "fact":
            return last["party"]
        return _party_they_joined_lately(art, sent, person)
    return None


def _party_they_joined_lately(art: Article, sent: Span, person: Span) -> str | None:
    """'X left the PML-N and joined the PTI. "I am leaving with a heavy heart," he said. He was joined by A
    and B': the party this person joined a few sentences before, when another act of his came between."""
    joined = art.memory.get("joined_at", {}).get(_name(person))
    if joined is None or not 0 <= art.offset + sent.start_char - joined[1] <= 800:
        return None
    return joined[0]


def _party_it_stands_for(art: Article, sent: Span, trig: Trigger) -> str | None:
    """The party an 'it' left or joined stands for: the last one its own sentence names as an object before
    it ('have not left the PML-N and will never leave it', 'in contact with the PTI about joining it'), not a
    party that only labels someone ('PTI leader X')."""
    head = trig.head
    if trig.kind not in ("leave", "join") or not any(c.dep_ == "dobj" and c.lower_ == "it" for c in head.children):
        return None
    earlier = [p for p in art.parties_in(sent.start, head.i)
               if p.root.dep_ in ("dobj", "pobj")]
    return earlier[-1].kb_id_ if earlier else None


def _hyphened_word(tok: Token) -> str:
    """The word a token starts, its hyphenated parts joined ('sit-in' is three tokens: 'sit', '-', 'in')."""
    doc, end = tok.doc, tok.i + 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        end += 2
    return doc[tok.i:end].text.lower()


def _introduced_into(art: Article, verb: Token) -> str | None:
    """The party the 'as' phrase names ('introduced as new entrants to the PTI', 'as the PML-N's new members'),
    or a 'to' on the verb itself ('were introduced as new entrants to the PPP', the parser's other reading)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("as", "to", "into"):
            for noun in prep.children:
                span = subtree_span(noun)
                named = [p.kb_id_ for p in art.parties_in(span.start, span.end) if p.kb_id_ != "IND"]
                if named:
                    return named[0]
    presenters = [p.kb_id_ for s_ in subjects_of(verb) if s_.dep_ == "nsubj" for p in [art.party_at(s_)] if p is not None]
    return presenters[0] if presenters else None  # "the PML-N presented A and B as its new members"


SIDE_NOUNS = frozenset({"camp", "faction", "group", "bloc"})


def _side_named_by_a_place(art: Article, noun: Token) -> bool:
    """'the Bahadurabad camp', 'the PIB Colony group': a side named by a name that is neither a party nor a
    person (its seat, its office) is a faction within the party, not the party ('the PTI camp', 'the Tareen camp'
    keep their readings)."""
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    people = art.memory.get("surnames", {}).keys() | {s.lower() for s in art.memory.get("leader_surnames", {})}
    return bool(names) and all(art.party_at(c) is None and art.person_at(c) is None and c.lower_ not in people
                               for c in names)


def target_party(art: Article, sent: Span, trig: Trigger) -> str | None:
    """The party left or joined: the trigger's object, or the party in focus for 'the party'."""
    head = trig.head
    if _passive_agent(trig) is not None:
        return _passive_party(art, sent, trig)
    if trig.rule == "join.return.noun":
        return _returned_to(art, sent, head)
    if trig.rule == "leave.stays":
        return _member_party(art, head) or _party_in_preps(art, head, ("with", "in"))
    if trig.rule == "leave.party_lost":
        return next(art.party_at(s_).kb_id_ for s_ in subjects_of(head) if art.party_at(s_) is not None)
    idiom = _leaving_idiom(art, trig)
    if idiom == "post":
        return None  # "called it quits as the PTI's Punjab president": a post left (posts.py), not the party
    if trig.rule == "leave.politics" or idiom == "own":
        return _politics_left_with(art, sent, trig)  # "PTI's X has also jumped ship": the party that is his
    named_before = _party_it_stands_for(art, sent, trig)
    if named_before is not None:
        return named_before  # "I have not left the Muslim League and I will never leave it": 'it' is that party
    if trig.rule == "join.group_decision":
        return _party_just_joined(art, sent)
    if trig.rule == "join.among_newcomers":
        return art.memory.get("last_join_party")
    if trig.rule == "join.new_party_office":
        return office_in_new_party(art, head)
    if trig.kind == "join" and head.pos_ == "NOUN" and _bare_announced_joining(art, head):
        return _party_just_joined(art, sent)  # "... were also present and announced joining"
    if trig.rule == "defect.noun":
        to = _to_party_after(art, sent, head)
        return to.kb_id_ if to is not None else None
    if trig.rule == "join.regalia":
        return _regalia_party(art, sent, trig)
    if trig.rule == "join.inducted_by_party":
        return inducting_party(art, head)
    if trig.rule == "join.introduced":
        return _introduced_into(art, head) or _party_in_focus(art, trig)
    if trig.rule == "join.welcomed_into":
        prep = _welcomed_into(art, head)
        obj = next(c for c in prep.children)
        party = art.party_at(obj) or next((art.party_at(t) for t in subtree_span(obj) if art.party_at(t)), None)
        if party is not None:
            return party.kb_id_
        welcoming = [p.kb_id_ for s_ in subjects_of(head) for p in art.parties_in(s_.left_edge.i, s_.right_edge.i + 1)]
        if not welcoming and head.dep_ in ("pcomp", "pobj") and head.head.dep_ == "prep":
            welcoming = [p.kb_id_ for p in art.parties_in(head.head.head.left_edge.i, head.head.i)][-1:]
        if not welcoming:  # "Mr Sharif welcomed them back into the party": the party its chief leads
            welcoming = [c for s_ in subjects_of(head) for person in [art.person_at(s_)] if person is not None
                         for c in ([_party_led_by(art, person)] if _party_led_by(art, person) else _registry_leader_of(art, person))]
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
    if trig.rule == "leave.noun" and head.pos_ == "NOUN":
        named = _party_in_preps(art, head, ("from",))
        if named is not None:
            return named  # "the departure of A, B and C from the MQM-P": the 'from' may lie past a long list
    into = joined_past_a_list(art, head) if trig.rule == "join.noun" else None
    if into is not None:  # "announced the induction of A and B into the party": past the list of names
        return art.party_at(into).kb_id_ if art.party_at(into) is not None else _party_in_focus(art, trig)
    end = max(trig.tokens) + 1
    if bare_cleft_join(art, sent, trig) is not None:
        return bare_cleft_join(art, sent, trig)  # "Among those who joined was X", just after a launch
    be = _cleft_copula(art, sent, trig) if trig.kind == "leave" else None
    if be is not None and art.memory.get("last_leave_party") and not art.parties_in(end, be.i):
        return art.memory["last_leave_party"]  # "Among those who parted ways were A and B": the party just left
    window = art.doc[end:min(len(art.doc), end + 8)]
    for tok in window:
        if tok.is_space and "\n" in tok.text:
            break
        if trig.kind == "leave" and tok.dep_ == "conj" and tok.head.i in trig.tokens and tok.pos_ == "VERB" \
                and tok.lemma_.lower() in art.lex["join_verbs"] | {"rejoin", "return"} \
                and not any(c.dep_ in ("dobj", "prep") and c.i > head.i and c.i not in trig.tokens and not time_phrase(c)
                            for c in head.children):  # not "In a setback to the PML-N, ...", "on Monday": no object
            joined = {p.kb_id_ for p in art.parties_in(tok.i, tok.right_edge.i + 1)}
            return art.focus_party(head.i, exclude=joined) if joined else None  # "jumped ship and joined the PTI": not the PTI
        if tok.lower_ == "alliance" and _alliance_in_focus(art, trig, tok) is not None:
            return _alliance_in_focus(art, trig, tok)  # "GDA leaders quit the alliance": the GDA, a party here
        if tok.lower_ in NOT_PARTY_OBJECTS and tok.lower_ not in PARTY_NOUNS and not _party_conjunct(art, tok):
            if not art.parties_in(tok.i - 3, tok.i):
                return None
        party = art.party_at(tok)
        if party is None and _object_of_act(trig, tok) and art.person_at(tok) is not None:
            led = _party_led_by(art, art.person_at(tok))
            if led is not None:
                return led  # "parted ways with Imran Khan", "joined Kamal": the party the story has them lead
        if party is None and _joins_a_person(art, trig, tok):
            return None  # "had joined Kamal on the day of the party's launch": a person, whose party is not said
        if party is not None and party.kb_id_ != "IND":
            after = art.doc[party.end:min(len(art.doc), party.end + 3)]
            if names_a_led_group(after):
                return None  # "exit the PTI-led coalition" is a coalition act, not a membership
            nxt = [t for t in after if not t.is_punct or t.text == "-"][:2]
            nxt = nxt[1:] if len(nxt) == 2 and nxt[0].pos_ == "ADJ" and nxt[0].lower_ != "new" else nxt[:1]  # "the PTI long march"
            if nxt and _hyphened_word(nxt[0]) in art.lex["party_event_nouns"] and not (
                    nxt[0].lower_ == "ticket" and trig.kind == "leave"):
                return None  # "joined the PTI rally", "left the PPP meeting": not the party itself
            owner = party.root.head if party.root.dep_ in ("poss", "compound") and party.root.head.i > party.root.i else None
            if owner is not None and owner.dep_ in ("dobj", "pobj") and (owner.lower_ in art.lex["party_event_nouns"]
                                                                        or owner.lower_ in art.lex["party_people_nouns"]) \
                    and owner.lower_ not in ("ticket", "tickets"):
                return None  # "joined the PTI's long march", "joined other PTI leaders in jail": the party's event or people
            if owner is not None and party.root.dep_ == "poss" and _object_of_act(trig, owner) and not a_part_of_party(art, owner):
                return None  # "joined the PTI's sit-in", "left the PTI's WhatsApp group": the party's thing, not the party
            return party.kb_id_
        if tok.lower_ == "it" and ((tok.dep_ == "dobj" and tok.head.i == head.i) or (
                tok.dep_ == "pobj" and tok.head.lower_ in ("with", "from") and (tok.head.head.i == head.i or tok.head.head.i in trig.tokens))):
            return _party_in_focus(art, trig)  # "fourteen months after he left it"
        if tok.lower_ in SIDE_NOUNS and _side_named_by_a_place(art, tok):
            return None  # "crossed over to the Bahadurabad camp": a side within a party, not a party
        if tok.lower_ in art.lex["owned_party_nouns"] and not owned_by_a_side(art, tok):
            return None  # "joined the team as director", "the training camp": a side; "joined Imran Khan's team" is a party's
        if tok.lower_ in PARTY_NOUNS and of_something_else(art, tok):
            return None  # "joined the caravan of the long march", "left the ranks of the national side": not a party
        if tok.lower_ in PARTY_NOUNS and tok.i >= 2 and art.doc[tok.i - 1].text == "-" \
                and not art.doc[tok.i - 1].whitespace_ and not art.doc[tok.i - 2].whitespace_:
            return None  # "intra-party elections", "multi-party conference": no party left or joined
        if tok.lower_ in PARTY_NOUNS and _owns_an_event(art, tok):
            return None  # "would join the party's protest movement": the party's event, not the party
        if tok.lower_ in PARTY_NOUNS and _party_in_apposition(art, tok) is not None:
            return _party_in_apposition(art, tok)  # "rejoined his old party, the PML-N": the party it is set beside
        if tok.lower_ in PARTY_NOUNS and any(c.dep_ == "amod" and c.lower_ in ("ruling", "governing") for c in tok.children) \
                and not any(c.lower_ in ("former", "erstwhile", "then", "previous", "ex") for c in tok.children):
            return government_of(art, sent)  # "joined the ruling party": the party leading the government spoken of
        if tok.lower_ in PARTY_NOUNS:
            head_word = tok.head.lower_ if tok.dep_ == "compound" else ""
            dets = {c.lower_ for c in tok.children}
            if "new" in dets and "the" in dets:
                return launched_party(art, head)  # "joined the new party": the one just launched
            if trig.kind == "leave" and "a" in dets and any(c.dep_ == "relcl" for c in tok.children) \
                    and art.focus_party(head.i) is not None:
                return _party_in_focus(art, trig)  # "could not stay with a party that ...": their own party, described
            named = art.party_at(tok.head) if tok.dep_ == "compound" and tok.head.i > tok.i else None
            if named is not None and named.kb_id_ != "IND" and not dets & {"another", "a", "other", "any"}:
                return named.kb_id_  # "rejoin his former party PPP": the party the noun stands before
            if (tok.dep_ == "compound" and head_word not in ("membership", "fold", "ranks"))  \
                    or dets & {"another", "a", "other", "any", "new", "whichever", "whatever"}:
                return None  # "intra-party elections", "another party", "a new party", "whichever party is formed":
                # no party we can name
            if trig.kind == "join" and "political" in dets:
                return None  # "dismissed the news of his joining the political party": some party, not the one in focus
            if trig.kind == "leave" and dets & {"his", "her"}:
                own = _own_party_of_actor(art, sent, trig)
                if own is not None:
                    return own  # "X ... had no intention of leaving his party": X's party, not the last one named
            if trig.kind == "join" and dets & {"his", "her"}:
                led = _party_of_leader_named_before(art, sent, head, tok)
                if led is not None:
                    return led  # "met Jahangir Tareen and joined his party": the leader's party
            return (_welcomer_party(art, head) if trig.kind == "join" else None) or _party_in_focus(art, trig)
        if tok.lower_ in (".", ";") or (tok.pos_ == "VERB" and tok.i > end + 1 and tok.dep_ not in ("amod", "compound")):
            break
    last = art.doc[max(trig.tokens)]  # "announced their departure", not "his departure for London"
    ends_in_noun = last.lower_ in art.lex["leave_nouns"] and not any(c.dep_ == "prep" and c.lower_ != "from" for c in last.children) \
        and not any(c.dep_ == "dobj" for c in last.children)  # "leaving the Afghan issue to others": a thing left, no party
    if (head.pos_ == "NOUN" and trig.kind == "leave") or ends_in_noun or any(art.doc[i].lower_ == "party" for i in trig.tokens):
        return _party_in_focus(art, trig)  # "his exit", "resigned from party membership"
    if trig.kind == "leave" and art.memory.get("last_leave_party") and any(
            c.lower_ in ("also", "too") for h in clause_heads(head, 3) for c in h.children) \
            and not any(c.dep_ == "dobj" for c in head.children) and _party_described_by(art, head) is None:
        # "also returned to the PML-N, the party he had left": the 'also' is the return's; the clause names its party
        return art.memory["last_leave_party"]  # "A and B also left": the party the others left, not "also left the Muttahida"
    if trig.kind == "defect" and art.memory.get("last_join_party") and any(
            c.lower_ in ("also", "too") for h in clause_heads(head, 3) for c in h.children) \
            and not any(c.dep_ in ("dobj", "prep") and c.i not in trig.tokens for c in head.children):
        return art.memory["last_join_party"]  # "B also crossed over": to the party the others moved to
    if head.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in head.children):
        party = art.party_at(head.head)
        if party is not None:
            return party.kb_id_
    described = _party_described_by(art, head)
    if described is not None:
        return described
    if trig.kind == "join" and head.pos_ == "VERB" and not any(c.dep_ in ("dobj", "dative", "agent") for c in head.children):
        return _party_just_joined(art, sent)  # "were inducted at a ceremony", "C joined by video link": the party just joined
    if trig.kind == "join" and head.tag_ == "VBG" and _inverted_list(art, sent, trig) \
            and any(c.dep_ == "dobj" and c.lower_ in ("him", "her", "them") for c in head.children):
        return _party_just_joined(art, sent)  # "A joined the PML-N. Joining him were B and C": the party he joined
    if trig.kind == "leave" and head.pos_ == "VERB" and not any(c.dep_ in ("dobj", "prep", "dative") for c in head.children) \
            and _reported_bare_leaving(art, head):
        return _party_in_focus(art, trig)  # "rejected reports that he was about to quit": the party the story is about
    return None


def _reported_bare_leaving(art: Article, verb: Token) -> bool:
    """A bare 'quit' told as what reports or rumours say ('denied reports that he was about to quit'):
    in a story of a party's departures it is that party that he is said to quit."""
    tok = verb
    for _ in range(5):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lower_ in art.lex["report_nouns"]:
            return True
    return False


def _object_of_act(trig: Trigger, tok: Token) -> bool:
    """The act's own object: 'deserted X', 'parted ways with X' (the 'with' of the phrase)."""
    return (tok.dep_ == "dobj" and tok.head.i == trig.head.i) or (
        tok.dep_ == "pobj" and (tok.head.i in trig.tokens or tok.head.head.i == trig.head.i) and tok.head.lower_ in ("with", "from"))


def _party_in_apposition(art: Article, noun: Token) -> str | None:
    """'his old party, the PML-N', 'his parent party, the PPP': a party noun with a named party set
    beside it after a comma."""
    after = noun.i + 1
    if after + 1 >= len(art.doc) or art.doc[after].text != ",":
        return None
    tok = art.doc[after + 1]
    if tok.lower_ == "the" and after + 2 < len(art.doc):
        tok = art.doc[after + 2]
    party = art.party_at(tok)
    return party.kb_id_ if party is not None and party.kb_id_ != "IND" else None


def _leaving_idiom(art: Article, trig: Trigger) -> str | None:
    """'jumped ship', 'called it quits': an idiom of leaving that names no party. Followed by 'as', it leaves
    a post ('post'); with no party after it, the party is the mover's own, as when one quits politics ('own')."""
    if trig.rule != "leave.phrase" or " ".join(art.doc[i].lower_ for i in sorted(trig.tokens)) \
            not in art.lex["leave_objectless_idioms"]:
        return None
    end = max(trig.tokens) + 1
    if end < len(art.doc) and art.doc[end].lower_ == "as":
        return "post"
    return None if any(art.party_at(t) is not None for t in art.doc[end:trig.head.sent.end]) else "own"


def _politics_left_with(art: Article, sent: Span, trig: Trigger) -> str | None:
    """The party of one who leaves politics: the one the sentence names, the one the story ties to
    them, else the party in focus ('PTI MPA X ... announced he was quitting politics'). A wish never
    to quit politics ('I will never leave politics') leaves nothing."""
    head = trig.head
    if any(c.dep_ == "neg" or c.lower_ in ("never", "not") for c in head.children) or any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in art.lex["condition_marks"] for m in c.children)
            for c in head.children):
        return None  # "would quit politics if the charge were proved": a dare, no leaving
    named = [p.kb_id_ for p in art.parties_in(sent.start, sent.end) if p.kb_id_ != "IND"]
    if len(set(named)) == 1:
        return named[0]
    return _own_party_of_actor(art, sent, trig) or (None if named else art.focus_party(head.i))


def _party_described_by(art: Article, head: Token) -> str | None:
    """'rejoined the PPP, the party he left in 2013', 'joining the PPP, a party he quit a decade ago':
    a clause with no object of its own that describes a party (or 'party' set beside one) left or
    joined that party."""
    if head.dep_ != "relcl" or head.pos_ != "VERB" or any(c.dep_ in ("dobj", "dative") for c in head.children):
        return None
    noun = head.head
    party = art.party_at(noun)
    if party is None and noun.lower_ in PARTY_NOUNS:
        party = _party_set_beside(art, noun)
    return party.kb_id_ if party is not None and party.kb_id_ != "IND" else None


def _party_set_beside(art: Article, noun: Token) -> Span | None:
    """'the Pakistan Peoples Party (PPP), the party ...': the party named just before the comma that
    opens the noun's phrase (read from the words, the parse may hang the phrase anywhere)."""
    i = noun.left_edge.i - 1
    if i < 2 or art.doc[i].text != ",":
        return None
    before = art.doc[i - 1]
    if before.text == ")" and i >= 3:
        before = art.doc[i - 2]
    return art.party_at(before)


def _alliance_in_focus(art: Article, trig: Trigger, tok: Token) -> str | None:
    """'the alliance' that people leave or join, when the alliance in focus is one with its own code
    (GDA, PDM: lexicon coalition_alliance_codes) and no party is the subject (a party quitting an
    alliance is a coalition act)."""
    if not any(c.lower_ == "the" for c in tok.children) or tok.head.i != trig.head.i and tok.head.head.i != trig.head.i:
        return None
    if any(art.parties_in(s.left_edge.i, s.right_edge.i + 1) and art.party_at(s) is not None for s in subjects_of(trig.head)):
        return None
    focus = art.focus_party(tok.i)
    if focus not in art.lex["coalition_alliance_codes"]:
        aside = {p.kb_id_ for p in art.parties_in(tok.sent.start, tok.i) if any(a.dep_ == "relcl" for a in p.root.ancestors)}
        if focus in aside:  # "X, who had been with the PML-N for years, is expected to join the alliance"
            focus = art.focus_party(tok.i, exclude=aside)
    return focus if focus in art.lex["coalition_alliance_codes"] else None


def _party_of_leader_named_before(art: Article, sent: Span, head: Token, noun: Token) -> str | None:
    """The party of the one leader the registry knows named in the sentence before 'his party',
    outside the joining verb's own subject (the joiner is not the one whose party is joined)."""
    subject = {t.i for s in subjects_of(head) for t in s.subtree}
    led = {s.kb_id_ for s in art.doc.spans.get("leaders", [])
           if sent.start <= s.start and s.end <= noun.i and s.root.i not in subject}
    return led.pop() if len(led) == 1 else None


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
    """'quit politics and the PTI': a non-party object coordinated with a party leaves that party too
    ('quit his assembly seat and the party': through the noun the word modifies)."""
    if tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return any(art.party_at(c) is not None or c.lower_ in PARTY_NOUNS for c in tok.conjuncts)


def _movers_label(art: Article, head: Token) -> str | None:
    """The one party written inside the subject phrase of a leaving ('MQM-P's Karachi deputy mayor X', 'PTI
    MNA X'), before the verb: 'the party' he leaves is that one, whatever the story named last."""
    tok, codes = head, set()
    for _ in range(3):  # "X decided to quit the party": the subject of the verb the act completes
        for mover in subjects_of(tok):
            if mover.i < head.i:
                codes |= {p.kb_id_ for p in art.parties_in(mover.left_edge.i, mover.i + 1) if p.kb_id_ != "IND"}
        if tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            break
        tok = tok.head
    return codes.pop() if len(codes) == 1 else None


def _across_heading_clause(art: Article, head: Token) -> bool:
    """Whether a headline or deck line sets the act off with a semicolon from the party last named: the
    clauses of a heading are separate items of news ('... ex-PPP MPA join at Bani Gala; Leghari denies
    leaving'), so the party of another clause is not the one 'leaving' means."""
    sent = head.sent
    text = sent.text.strip()
    if not text or "\n" in text or text[-1] in '.?!"\u201d\'' or len(sent) > 30:
        return False
    semi = [t.i for t in sent if t.text == ";" and t.i < head.i]
    if not semi:
        return False
    return not any(p.kb_id_ != "IND" for p in art.parties_in(semi[-1] + 1, head.i))


def _not_the_one_just_joined(art: Article, head: Token, focus: str | None) -> str | None:
    """'X quit the PML-Q and joined the PPP. "I can no longer stay with a party that has no ideology," he
    said': the party left is the one the last act left, not the one it joined (the last named)."""
    last = art.memory.get("last_act")
    if focus is None or last is None or not told_within(art, head.sent, last, 400):
        return focus
    acts = acts_told(last)
    left = {party for kind, party in acts if kind == "leave" and party != focus}
    if (("join", focus) in acts or ("defect", focus) in acts) and len(left) == 1:
        return left.pop()
    return focus


def _speaking_party_after(art: Article, head: Token) -> str | None:
    """With no party named before 'the party', the one the sentence names later as its speaker: '...
    leaving the party are baseless, the PTI said'."""
    sent = head.sent
    for party in art.parties_in(head.i, sent.end):
        verb = party.root.head
        if party.root.dep_ == "nsubj" and verb.lemma_.lower() in art.lex["speech_verbs"] and party.kb_id_ != "IND":
            return party.kb_id_
    return None


def _party_in_focus(art: Article, trig: Trigger) -> str | None:
    """'the party': the last party named, but not the one its movers come from ('BAP leaders who
    joined the party'), and for 'also joined the party' the party people were last seen joining."""
    head = trig.head
    last = art.memory.get("last_join_party")
    also = [h for h in clause_heads(head, 3) if any(c.lower_ in ("also", "too") for c in h.children)]
    gaining = [art.party_at(s) for h in also for s in subjects_of(h) if art.party_at(s) is not None]
    if trig.kind == "join" and gaining and gaining[0].kb_id_ != "IND":
        return gaining[0].kb_id_  # "The PTI also gained a new entrant as X announced joining the party": the PTI
    if trig.kind == "join" and last and also:
        return last  # "also joined the party", "also announced joining the party"
    if trig.kind != "join":
        labelled = _movers_label(art, head)
        if labelled is not None:
            return labelled  # "MQM-P's deputy mayor X resigned from the party": the party his own label names
        if trig.kind == "leave" and head.dep_ == "ROOT" and art.memory.get("last_leave_party") \
                and any(c.lower_ in ("also", "too") for c in head.children) \
                and any(c.dep_ == "dobj" and c.lower_ == "party" and any(d.lower_ == "the" for d in c.children) for c in head.children):
            return art.memory["last_leave_party"]  # "X also left the party": the one the others were seen leaving
            # (the paper's own telling: a report denied, 'denied that X had also left the party', is the speaker's)
        focus = art.focus_party(head.i)
        if focus is not None and _across_heading_clause(art, head):
            return None  # "Two PML-N MNAs, ex-PPP MPA join; Leghari denies leaving": the body names his party
        if focus is None:
            return _speaking_party_after(art, head)  # "Rumours of X leaving the party are baseless, the PTI said"
        return _not_the_one_just_joined(art, head, focus)  # "PTI leaders left the party": their own party
    welcomer = _welcomer(art, trig)
    if welcomer is not None:  # "PPP Sindh president X welcomed him into the party": the welcomer's party
        if welcomer.lower_ in ("who", "that") and welcomer.head.dep_ == "relcl":
            welcomer = welcomer.head.head  # "... by PPP president X, who welcomed them into the party": X's words
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
    founded = party_founded_by(art, movers, head)
    if founded is not None:
        return founded  # "X, one of the founding members of the PTI in KP, had joined the party in 2011": the PTI
    if head.lemma_.lower() in ("rejoin", "return"):
        own = set()  # "X, who had parted ways with the PML-N, rejoined the party": the party he came from
        left = _party_left_in_description(art, movers)
        if left is not None:
            return left
    focus = art.focus_party(head.i, exclude=own) if own else art.focus_party(head.i)
    if focus is None and len(own) == 1 and head.dep_ == "relcl" and art.person_at(head.head) is not None \
            and not any(t.lower_ in ("former", "ex", "ex-") for t in art.doc[head.head.left_edge.i:head.head.i]):
        return next(iter(own))  # "PTI AJK leader X, who joined the party in January": no other party, so his own
    if last and focus != last and focus in art.memory.get("left_parties", ()) and head.lemma_.lower() not in ("rejoin", "return"):
        return last  # "A joined the PML-N after leaving the PTI. B joined the party": the party joined, not the one left
    return focus


def _party_left_in_description(art: Article, movers: list[Token]) -> str | None:
    """'X, a former MPA who left the PPP in 2018 to contest on the GDA's ticket, returned to the party':
    the party a returner comes back to is the one the description of them says they left, not the
    last party it names."""
    for mover in movers:
        for tok in mover.subtree:
            if tok.dep_ != "relcl" or tok.lemma_.lower() not in art.lex["leave_verbs"]:
                continue
            left = [art.party_at(c) for c in tok.children if c.dep_ == "dobj" and art.party_at(c) is not None]
            if len(left) == 1 and left[0].kb_id_ != "IND":
                return left[0].kb_id_
    return None


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


def names_a_led_group(after: Span) -> bool:
    """The words after a party's name make it the leader of a group ('the PTI-led coalition', 'the
    PPP government'), not the party itself; 'the PPP led by Bilawal' is still the party."""
    for t in _same_phrase(after):
        if t.lower_ in ("government", "govt", "coalition", "alliance"):
            return True
        if t.lower_ in ("led", "-led") and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "by"):
            return True
    return False


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


def _owns_an_event(art: Article, party_noun: Token) -> bool:
    """'join the party's protest movement', 'left the party rally': the common noun 'party' only owns
    the object (the named-party form, 'the PTI's long march', is read where the party is found)."""
    owner = party_noun.head
    return party_noun.dep_ in ("poss", "compound") and owner.i > party_noun.i and owner.dep_ in ("dobj", "pobj") \
        and owner.lower_ in art.lex["party_event_nouns"] and owner.lower_ not in ("ticket", "tickets")
