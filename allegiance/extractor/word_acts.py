"""Whether one word tells a leaving or a joining: the tests find_triggers asks of a single verb or noun
beyond the lexicon's plain lists. 'remain with the PPP' said by the speaker is a stay that denies a
leaving (but not 'from today I am a worker of the PTI'); 'resigned from the party' leaves it, 'resigned
as its president' leaves a post; 'lost three leaders: A, B and C', 'quit politics', 'severed ties',
'PTI deserters including A and B', 'introduced as new entrants'; 'switched from the PPP to the PTI'.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import GROUP_NOUNS, Article, subjects_of, subtree_span
from .movers import PARTY_NOUNS, _owns_party
from .party_of_act import _member_party, _membership_held


def _no_longer(verb: Token) -> bool:
    """'could no longer stay', 'can not remain': the verb negated, 'no longer' read as a negation or
    as an adverb."""
    return any(c.dep_ == "neg" or (c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children))
               or (c.lower_ == "no" and c.i + 1 < len(verb.doc) and verb.doc[c.i + 1].lower_ == "longer")
               for c in verb.children)


def _no_longer_stays(art: Article, verb: Token) -> bool:
    """'I can no longer remain in the PTI', 'could no longer continue with the party', 'could not stay
    associated with a party that ...': a stay refused, with the party it is refused in. Not a past
    told as a fact ('he had not remained with the NP')."""
    if verb.tag_ not in ("VB", "VBP", "VBZ") or not _no_longer(verb):
        return False
    holders = [verb] + [c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "associated"]
    members = [c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in art.lex["party_member_nouns"]]
    holders += [p for m in members for p in m.children if p.dep_ == "prep" and p.lower_ == "of"]  # "remain a member of"
    if any(h.lower_ == "of" and any(art.party_at(o) is not None for o in h.children) for h in holders):
        return True
    return any(prep.dep_ == "prep" and prep.lower_ in ("with", "in") and any(
        art.party_at(o) is not None or o.lower_ in PARTY_NOUNS for o in prep.children if o.dep_ == "pobj")
        for h in holders for prep in h.children)


def _stays_in_party(art: Article, sent: Span, verb: Token) -> bool:
    """'I remain in the PPP', 'said he would stay with the PTI', 'I am still in the PML-N' (lexicon key
    stay_in_party_verbs): staying, said plainly, denies a leaving.
    Not when the verb is negated ('could not remain with', a leaving) or the sentence tells of a post
    resigned ('resigned as president but remain with the PTI': the post alone is the event)."""
    still = _still_said(art, verb)
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VB", "VBP", "VBZ", "VBG") and not still \
            or any(c.dep_ == "neg" for c in verb.children) or _no_longer(verb):
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
    if not own or (verb.lemma_.lower() == "be" and not any(s.lower_ == "i" for s in subjects) and not still):
        return False  # "X remains with the PTI": told of him, not said by him; "we are in the PDM": a party's say
    if _from_now_on(art, verb):
        return False  # "From today I am an ordinary worker of the PTI": a membership that begins, said on joining
    if any(t.lemma_.lower() == "resign" or (t.lemma_.lower() == "step" and any(c.lower_ in ("down", "aside") for c in t.children))
           for t in sent):
        return False
    return _member_party(art, verb) is not None or any(prep.dep_ == "prep" and prep.lower_ in ("with", "in") and any(
        art.party_at(o) is not None and art.party_at(o).kb_id_ != "IND" for o in prep.children)
        for prep in verb.children)


def _still_said(art: Article, verb: Token) -> bool:
    """'X said he was still with the PTI', 'told reporters he was still a worker of the PTI': a past tense
    that only reports what the speaker said of the present, which 'still' marks."""
    return verb.tag_ == "VBD" and any(c.lower_ == "still" for c in verb.children) and verb.dep_ == "ccomp" \
        and verb.head.lemma_.lower() in art.lex["speech_verbs"]


def _introduced_as_newcomers(art: Article, verb: Token) -> bool:
    """'were introduced as new entrants to the party', 'presented as the party's newest members': people
    presented as a party's newcomers (lexicon depart3_newcomer_nouns, or new members) have joined it."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and (noun.lemma_.lower() in art.lex["depart3_newcomer_nouns"] or (
                    noun.lemma_.lower() == "member" and any(c.lower_ in ("new", "newest") for c in noun.children))):
                return True
    return False


def _from_now_on(art: Article, verb: Token) -> bool:
    """A state said to begin now ('from today', 'from now on', 'henceforth'; lexicon membership_start_words):
    the speaker takes up a membership, he does not keep one."""
    starts = art.lex["membership_start_words"]
    return any(c.lower_ in starts or (c.dep_ == "prep" and c.lower_ == "from" and any(g.lower_ in starts for g in c.children))
               for c in verb.children)


def _party_lost_people(art: Article, verb: Token) -> list[Span]:
    """'The PTI lost three more leaders on Thursday: A, B and C', 'the PML-N lost two MPAs, A and B':
    a party that loses named members (a plural group word as the object) is left by them."""
    if not any(art.party_at(s) is not None and art.party_at(s).kb_id_ != "IND" for s in subjects_of(verb)):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.tag_ in ("NNS", "NNPS")
               and (c.lemma_.lower() in GROUP_NOUNS or c.lower_.rstrip("s") in GROUP_NOUNS)]
    if not objects:
        return []
    after = art.doc[objects[0].i + 1:verb.sent.end]
    return [p for p in art.persons_in(after) if not _owns_party(art, p)]


def _leaves_politics(art: Article, politics: Token) -> Token | None:
    """The verb by which someone leaves politics itself: 'quit politics', 'retired from politics', 'took
    a break from politics'. A party member who does so leaves the party (GUIDELINE: 'quit politics and
    the party'); the party is theirs (party_of_act._politics_left_with)."""
    words = art.lex["politics_exit_words"]
    head = politics.head
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in politics.children):
        return None  # "quitting my party's politics of confrontation": a way of doing politics, not politics
    if politics.dep_ == "dobj" and head.lemma_.lower() in words and head.pos_ == "VERB":
        return head  # "quit politics"
    if politics.dep_ == "pobj" and head.lower_ == "from":
        above = head.head
        if above.lemma_.lower() in words:
            return above.head if above.pos_ == "NOUN" and above.head.pos_ in ("VERB", "AUX") else above
    return None


def _left_out(verb: Token) -> bool:
    """'was left out of the committee', 'had been left out': a passive 'left out' is being excluded
    by others, not leaving."""
    return verb.lemma_.lower() == "leave" and any(c.dep_ == "auxpass" for c in verb.children) \
        and any(c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod") for c in verb.children)


def _leaves_in_a_state(verb: Token) -> bool:
    """'So where does that leave the count?', 'This leaves the PTI with 20 MNAs': a 'leave' whose subject is a
    bare 'that' or 'this' (a situation, not a person) puts something in a state; nobody leaves anything."""
    return verb.lemma_.lower() == "leave" and verb.dep_ != "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in ("that", "this") and not list(c.children) for c in verb.children)


def _quits_a_post(verb: Token) -> bool:
    """'quit as chairman', 'quit as the party's Multan president': the verb leaves what follows
    'as', and nothing it leaves is its object. 'quit the PTI as a protest' still leaves the party."""
    as_post = any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) or any(
        c.dep_ == "advcl" and c.pos_ in ("NOUN", "PROPN") and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
        for c in verb.children)  # a headline's "quits as PTI Peshawar president", 'as' parsed as the post's marker
    return as_post and not any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "from") for c in verb.children)


def _quits_a_partys_ways(art: Article, verb: Token) -> bool:
    """'quitting my party's politics of confrontation': what is quit is the party's way of doing things,
    its owner only named, not the party (whose own 'ranks' or 'membership' are still left); 'quitting this
    House' gives up a seat (posts.py), whichever party the sentence names."""
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        if c.lower_ in art.lex["chamber_nouns"] and not any(o.lower_ in PARTY_NOUNS or art.party_at(o) for o in c.conjuncts):
            return True  # not 'quit his assembly seat and the party'
        if c.lower_ in art.lex["party_ways_nouns"] and any(
                o.dep_ == "poss" and (o.lower_ in PARTY_NOUNS or art.party_at(o)) for o in c.children):
            return True
    return False


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


def _own_preps(word: Token) -> list[Token]:
    """The prepositions of a word, and for a noun that is a verb's object those the parse hung on the verb."""
    preps = [c for c in word.children if c.dep_ == "prep"]
    if word.pos_ == "NOUN" and word.dep_ == "dobj":
        preps += [c for c in word.head.children if c.dep_ == "prep" and c.i > word.i]
    return preps


def _resigns_from_party(art: Article, verb: Token) -> bool:
    """'resigned from PML-N', 'resign from his basic party membership': a leaving, not a post.
    'sent his resignation from the party's membership to the chairman': the verb holds the noun's 'from'."""
    if _membership_held(art, verb) is not None:
        return True
    preps = _own_preps(verb)
    preps += [c for p in preps if p.lower_ == "from" for c in p.conjuncts if c.lower_ == "from" and c not in preps]
    for prep in preps:  # "resigned from his ministry and from the PTI": the second 'from' too
        if prep.dep_ in ("prep", "conj") and prep.lower_ == "from":
            if prep.i >= 2 and prep.doc[prep.i - 1].lower_ == "not" and prep.doc[prep.i - 2].text == ",":
                continue  # "resigned as minister, not from my party": the party kept (posts._party_kept)
            for obj in prep.children:
                words = subtree_span(obj)
                if art.party_at(obj) is not None or obj.lower_ in PARTY_NOUNS:
                    return True  # a bare "membership" is the party's unless a house owns it (below)
                if any(art.party_at(c) is not None or c.lower_ in PARTY_NOUNS for c in obj.conjuncts):
                    return True  # "resignations from the assembly and PML-N", "from the Punjab Assembly and the party"
                if any(t.lower_ == "membership" for t in words) and not any(t.lower_ in ("assembly", "senate") for t in words):
                    return True
    return False


def _hindered_move(art: Article, verb: Token) -> bool:
    """'said he would not stop anyone from leaving the party', 'tried to prevent them from joining the PPP'
    (lexicon hinder_verbs): the move is the object's, kept from happening or left open, never the act of
    the one who stops it."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "from" or prep.head.i == prep.i:
        return False
    stopper = prep.head
    return stopper.lemma_.lower() in art.lex["hinder_verbs"] and any(
        c.dep_ in ("dobj", "nsubjpass") for c in stopper.children)
