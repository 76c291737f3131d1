"""leave_party, join_party and expel: people crossing a party's border.

A trigger ("quit", "joined", "parted ways with", "terminated memberships")
finds its people through the parse (its subject, the subject of the clause
above it, a list it governs: ``movers.py``) and its party through its object
("the PTI", "the party" meaning the party in focus, "the PML-Q's fold":
``party_of_act.py``). This module finds the acts, reads their status and
date, and makes the events.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ..model import Event
from .act_dates import event_date
from .base import Article, acts_told, subjects_of, subtree_span, told_within
from .coalition_turns import told_by_analysts
from .companions import companions_of_a_joiner
from .counted_groups import acts_of_the_counted_group, group_count, group_label, joined_by_those_who_left, origin_of_the_counted_group
from .interviews import note_interviewee
from .inductions import inducting_party
from .launches import office_in_new_party
from .listed import list_item
from .mergers import MERGER_NOUNS, announced_group_decision, announced_merger, merged_own_group
from .movers import PARTY_NOUNS, _event, _owns_party, actors
from .noun_movers import ABSTRACT_HEADS, _name
from .party_of_act import (_party_described_by, _party_regalia, _returned_to, _to_party_after,
                           _welcomed_into, group_origin, names_a_led_group, target_party)
from .farewells import joined_after_farewell
from .person_parties import current_party_of, origin_party, told_party_of
from .status import _hedged, act_status
from .triggers import Trigger, phrase_head, phrase_hits
from .word_acts import (_deserters_named, _hindered_move, _ends_bond, _from_to_parties, _introduced_as_newcomers, _leaves_politics, _left_out, _leaves_in_a_state,
                        _no_longer_stays, _own_preps, _party_lost_people, _quits_a_partys_ways, _quits_a_post,
                        _resigns_from_party, _stays_in_party)


LEAVE_VERBS_NEED_PARTY = True


def remember_names(art: Article, sent: Span) -> None:
    """Note the surname of each person named in full, for lone surnames in later pieces of the story
    (the selection parses an article in pieces, and a piece knows only the names it holds). A surname
    two people share is no one's."""
    known = art.memory.setdefault("surnames", {})
    note_interviewee(art.memory, sent, lambda: art.persons_in(sent), art.offset - art.memory.get("article_offset", 0) + sent.start_char)
    for person in art.persons_in(sent):
        full = person.kb_id_ or person.text
        words = full.split()
        if len(words) < 2 or not words[-1][:1].isupper():
            continue
        keys = [words[-1].lower()]
        if len(words) >= 3 and words[-1] in art.lex["honorifics"] and words[-2][:1].isupper() \
                and words[-2] not in art.lex["honorifics"] and len(words[-2]) > 3:
            keys.append(words[-2].lower())  # "Ali Asghar Khan" is "Asghar" later: 'Khan' closes many names
        for key in keys:
            if known.get(key, full) != full:
                known[key] = None
            else:
                known[key] = full


def find_triggers(art: Article, sent: Span, matcher) -> list[Trigger]:
    lex = art.lex
    remember_names(art, sent)
    found: list[Trigger] = []
    used: set[int] = set()
    hits = [(n, sp) for n, sp in phrase_hits(sent, matcher) if n in ("leave_phrases", "join_phrases", "join_contact_phrases")]
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
        if span[-1].lower_ == "party" and after is not None and span[-1].dep_ in ("compound", "nmod", "amod") \
                and span[-1].head.i == after.i and after.pos_ in ("NOUN", "PROPN"):
            continue  # "resigning from the party posts, not from the party": 'party' names the posts left
        head = phrase_head(span)
        if head.tag_ == "MD" and span.start <= head.head.i < span.end and (
                head.head.dep_ == "conj" or _says_who(head.head)):
            head = head.head  # "they condemned it and could no longer stay with": the conjunct verb shares the first one's subject;
            # "told the media they could not remain associated with": the verb under the saying has the subject
        if head.dep_ == "amod" and span.start <= head.head.i < span.end and head.head.dep_ == "dobj" \
                and head.head.head.pos_ in ("VERB", "AUX") \
                and not span.start <= head.head.head.i < span.end:
            head = head.head.head  # "Both had parted company with": 'parted' read as the noun's adjective
        if head.pos_ not in ("VERB", "AUX") and head.dep_ in ("advmod", "attr") and head.head.lemma_ == "be" \
                and not span.start <= head.head.i < span.end and subjects_of(head.head):
            head = head.head  # "I am no longer a member of the MQM": the copula holds the subject
        rule = "join.contact" if name == "join_contact_phrases" else f"{kind}.phrase"
        found.append(Trigger(kind, head, frozenset(range(span.start, span.end)), rule))
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
    new_party_office_verbs = lex["new_party_office_verbs"]
    resign_nouns = lex["resign_nouns"]
    welcome_verbs = lex["welcome_verbs"]
    keys = _token_trigger_words(lex)
    lowers, lemmas = art.words(sent)
    if lowers.isdisjoint(keys) and lemmas.isdisjoint(keys):
        return _without_contact_beside_join(found)
    for tok in sent:
        if tok.i in used:
            continue
        lemma, lower = tok.lemma_.lower(), tok.lower_
        if lemma not in keys and lower not in keys:
            continue
        pos = tok.pos_
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
        if lemma == "lose" and pos == "VERB" and _party_lost_people(art, tok):
            found.append(Trigger("leave", tok, frozenset({tok.i}), "leave.party_lost"))
            continue  # "The PTI lost three more leaders on Thursday: A, B and C"
        if lower == "politics" and tok.i not in used and _leaves_politics(art, tok) is not None:
            verb = _leaves_politics(art, tok)
            found.append(Trigger("leave", verb, frozenset({verb.i, tok.i}), "leave.politics"))
            continue  # "took a break from politics", "quit politics altogether": out of the party as well
        if tok.lower_ == "among" and tok.head.lemma_ == "be" and art.memory.get("last_join_party") and any(
                o.dep_ == "pobj" and o.lemma_.lower() in lex["depart3_newcomer_nouns"] for o in tok.children):
            found.append(Trigger("join", tok.head, frozenset({tok.i}), "join.among_newcomers"))
            continue  # "X, who quit the PTI in June, was also among the new entrants": the party just joined
        if lemma in lex["stay_in_party_verbs"] and lemma != "be" and pos == "VERB" and tok.i not in used \
                and _no_longer_stays(art, tok):
            refusal = {c.i for c in tok.children if c.dep_ in ("aux", "neg", "advmod") and c.i < tok.i}
            found.append(Trigger("leave", tok, frozenset({tok.i} | refusal), "leave.no_longer_stays"))
            continue  # "said he could no longer continue with the PTI": staying refused is a leaving
        if lemma in lex["stay_in_party_verbs"] and _stays_in_party(art, sent, tok):
            found.append(Trigger("leave", tok, frozenset({tok.i}), "leave.stays"))
            continue  # "he would remain with the PPP": he will not leave it
        if lemma in lex["regalia_verbs"] and pos == "VERB" and _party_regalia(art, tok) is not None:
            found.append(Trigger("join", tok, frozenset({tok.i}), "join.regalia"))
            continue  # "was presented the party flag", "put the PPP's scarf around the neck of X"
        if lemma in lex["newcomer_introduce_verbs"] and pos == "VERB" and _introduced_as_newcomers(art, tok):
            found.append(Trigger("join", tok, frozenset({tok.i}), "join.introduced"))
            continue  # "A and B were introduced from the stage as new entrants to the party"
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
        if lemma in depart2_bare_join_passives and pos == "VERB" and inducting_party(art, tok) is not None:
            found.append(Trigger("join", tok, frozenset({tok.i}), "join.inducted_by_party"))
            continue  # "The IPP on Monday inducted two former MNAs, A and B"
        if lemma in depart2_bare_join_passives and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
            found.append(Trigger("join", tok, frozenset({tok.i}), "join.verb"))
            continue  # "A, B and C were inducted at a ceremony": into the party the story is about
        if pos == "NOUN" and lower in depart2_return_nouns and _returned_to(art, sent, tok) is not None:
            found.append(Trigger("join", tok, frozenset({tok.i}), "join.return.noun"))
            continue  # "A and B called on the party president and announced their return"
        if pos == "NOUN" and announced_merger(art, tok):
            found.append(Trigger("join", tok, frozenset({tok.i}), "join.merger"))
            continue  # "X, who heads the faction, announced the merger with the PTI": he joins the PTI
        if pos == "VERB" and merged_own_group(art, tok):
            found.append(Trigger("join", tok, frozenset({tok.i}), "join.merged_group"))
            continue  # "X merged his group into the PTI": he joins the PTI
        if lemma in new_party_office_verbs and office_in_new_party(art, tok) is not None:
            found.append(Trigger("join", tok, frozenset({tok.i}), "join.new_party_office"))
            continue  # "X was named convener of the new party": an office-bearer of a party just launched joins it
        if pos == "NOUN" and announced_group_decision(art, sent, tok):
            found.append(Trigger("join", tok, frozenset({tok.i}), "join.group_decision"))
            continue  # "[a group quit X and joined Y.] A and B announced their decision at a news conference"
        if pos == "NOUN" and lower in move_nouns and _to_party_after(art, sent, tok) is not None:
            found.append(Trigger("defect", tok, frozenset({tok.i}), "defect.noun"))  # "his defection to the PTI"
            continue
        if pos in ("VERB", "AUX") or (pos == "NOUN" and tok.dep_ not in ("compound",)):
            if lemma in leave_verbs and pos == "VERB" and (_left_out(tok) or _leaves_in_a_state(tok)):
                continue  # "after he was left out of the committee": passed over by others, nothing left
            if lemma in leave_verbs and pos == "VERB" and (_quits_a_post(tok) or _quits_a_partys_ways(art, tok)):
                continue  # "quit as the PTI's Sialkot president": a post left (posts.py), not the party
            if lemma in leave_verbs and pos == "VERB" or (lower in leave_nouns and pos == "NOUN"):
                found.append(Trigger("leave", tok, frozenset({tok.i}), "leave.verb" if pos == "VERB" else "leave.noun"))
            elif lemma in join_verbs or (lower in join_nouns and pos == "NOUN"):
                found.append(Trigger("join", tok, frozenset({tok.i}), "join.verb" if pos == "VERB" else "join.noun"))
            elif lemma in expel_verbs or lower in expel_nouns:
                found.append(Trigger("expel", tok, frozenset({tok.i}), "expel.verb"))
    return _without_contact_beside_join(found)


@lru_cache(maxsize=4)
def _token_trigger_words(lex) -> frozenset[str]:
    """Every lemma or lowercased word that one of the single-word readings of find_triggers starts from:
    a word outside this set can trigger nothing, so the walk skips it (and a sentence with none of them
    is not walked), instead of asking a dozen lexicon lists about every token."""
    names = ("leave_from_verbs", "resign_nouns", "stay_in_party_verbs", "regalia_verbs", "welcome_verbs", "bond_verbs",
             "deserter_nouns", "depart2_bare_join_passives", "depart2_return_nouns", "group_decision_nouns", "move_nouns",
             "leave_verbs", "leave_nouns", "join_verbs", "join_nouns", "expel_verbs", "expel_nouns", "newcomer_introduce_verbs",
             "new_party_office_verbs", "merger_verbs")
    words = set(SWITCH_VERBS) | MERGER_NOUNS | {"resign", "lose", "politics", "among"}
    for name in names:
        words |= lex[name]
    return frozenset(words)


def _without_contact_beside_join(found: list[Trigger]) -> list[Trigger]:
    """'in contact with the PPP about joining it': the joining tells it; 'did not say which party he would
    join, though aides said he was in touch with the PML-N': another clause's 'join' leaves the contact its own."""
    joins = [t for t in found if t.kind in ("join", "defect") and t.rule != "join.contact"]
    return [t for t in found if t.rule != "join.contact" or not any(_same_clause(t.head, j.head) for j in joins)]


def _same_clause(a: Token, b: Token) -> bool:
    """Whether one word lies in the other's clause: the smallest clause around the first (a verb, its
    conjoined verbs, and what hangs on them, but no clause of its own joined by 'though' or reported) holds
    the second ('is in contact with the PPP and may join it': one clause)."""
    def clause(tok: Token) -> Token:
        while tok.head.i != tok.i and not (tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("advcl", "ROOT", "parataxis", "ccomp")):
            tok = tok.head
        return tok
    top_a, top_b = clause(a), clause(b)
    return top_a.i == top_b.i or top_a.is_ancestor(b) and not _own_clause_between(top_a, b) or top_b.is_ancestor(a) \
        and not _own_clause_between(top_b, a)


def _own_clause_between(top: Token, tok: Token) -> bool:
    """A clause of its own ('advcl', 'ccomp' verb) between a clause's head and a word inside it."""
    node = tok
    while node.i != top.i:
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("advcl", "ccomp", "parataxis"):
            return True
        node = node.head
    return False


PART_WORDS = {"most", "many", "some", "several", "few", "majority", "half", "one", "two", "three", "dozens", "scores"}


def _done_by_some_of_them(verb: Token) -> bool:
    """'most of whom had parted ways with the PTI', 'some of them had left': an act of part of a group,
    which the names listed with the group do not share one by one."""
    for subj in subjects_of(verb):
        if subj.lower_ in PART_WORDS and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                o.lower_ in ("whom", "them", "these", "those") for o in c.children) for c in subj.children) \
                and not any(c.dep_ == "appos" or (c.dep_ == "conj" and c.pos_ == "PROPN") for c in subj.children) \
                and not any(other.pos_ == "PROPN" for other in subjects_of(verb)):
            return True  # "One of them, X, had quit the PPP", "Two of them, X and Y, joined" name the part
    return False


def _says_who(verb: Token) -> bool:
    """A verb with a personal pronoun for subject ('they could not remain'), however the parser hung
    its clause ('told the media at a hotel they could ...' read as the hotel's relative clause)."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we", "he", "she", "they") for c in verb.children)


def _acts_named_later(art: Article, sent: Span) -> list[tuple[str, str, str | None]]:
    """'Six former MPAs who had quit the PTI joined the IPP. A, B and C were inducted at a ceremony': the
    people named after an act told of an unnamed group did the group's other acts of that sentence too
    (here, leaving the PTI), each with the day its own clause gave it: background carries none, while
    'parted ways with the party on Wednesday and joined the PSP' dates the leaving too."""
    noted = art.memory.pop("named_later", None)
    if noted is None or noted[0] != sent.start_char + art.offset or noted[1].get("people"):
        return []
    last = noted[1]
    acts = acts_told(last)
    return [(kind, party, _day_of(last, kind, party)) for kind, party in dict.fromkeys(acts) if kind == "leave" and party]


def _day_of(last: dict, kind: str, party: str) -> str | None:
    """The day the remembered sentence gave one of its acts (None for one told as background)."""
    return last.get("days", {}).get((kind, party))


LIST_CUES = {"include", "includes", "included", "including", "among", "namely"}


def _group_listed_after(art: Article, sent: Span, trig: Trigger, party: str) -> list[tuple[str, str, str | None]]:
    """'Eight PML-N lawmakers quit the party and joined the PTI. Those who joined the PTI include A, B and C':
    a list of those who joined the party an unnamed group just joined names that group, so they left what
    it left too."""
    last = art.memory.get("last_act")
    if trig.kind != "join" or last is None or last.get("people") or last["status"] == "denied" \
            or not told_within(art, sent, last, 400):
        return []
    acts = acts_told(last)
    if (("join", party) not in acts and ("defect", party) not in acts) or art.words(sent)[0].isdisjoint(LIST_CUES):
        return []
    return [(kind, left, _day_of(last, kind, left)) for kind, left in dict.fromkeys(acts) if kind == "leave" and left and left != party]


SWITCH_VERBS = {"switch", "defect", "move", "shift", "jump", "cross", "migrate", "go"}


def extract_membership(art: Article, sent: Span, triggers: list[Trigger]) -> list[Event]:
    events: list[Event] = list_item(art, sent, "membership")
    if events:
        return events
    for trig in triggers:
        if trig.kind in ("leave", "join", "defect"):
            events += _cross(art, sent, trig)
        elif trig.kind == "switch":
            events += _switch(art, sent, trig)
    if not triggers:
        events += companions_of_a_joiner(art, sent)  # "... joined the PTI-P. He was accompanied by A and B."
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


EVENT_SUBJECTS = {"defection", "exodus", "move", "decision", "development", "crisis", "result", "split", "rift",
                  "departure", "exit", "resignation", "desertion", "walkout", "setback", "blow", "wave"}


def _left_by_an_event(art: Article, verb: Token) -> bool:
    """'The defections have left Imran Khan's party in disarray': 'left' whose subject is an event
    puts something in a state; nobody leaves anything."""
    return verb.lemma_.lower() == "leave" and any(
        s.pos_ == "NOUN" and (s.lemma_.lower() in EVENT_SUBJECTS or s.lower_ in art.lex["leave_nouns"])
        for s in subjects_of(verb))


def not_an_act(art: Article, trig: Trigger) -> bool:
    """An act only wished or supposed: 'invited him to join', 'he would be welcomed to join',
    'an invitation to join', 'if anyone wants me to leave', 'should he wish to join'."""
    invite, marks = art.lex["invite_words"], art.lex["condition_marks"]
    tok = trig.head
    if trig.kind == "leave" and _left_by_an_event(art, tok):
        return True
    if _hindered_move(art, tok):
        return True  # "would not stop anyone from leaving": the object's move, kept or left open
    if told_by_analysts(art, tok):
        return True  # "Analysts believe X could join the IPP": an onlooker's reading (GUIDELINE: opinion)
    for step in range(4):
        for child in tok.children:
            if child.dep_ == "mark" and child.lower_ in marks and not (
                    child.lower_ == "whether" and tok.head.lemma_.lower() in art.lex["status_decision_lemmas"]):
                return True  # but "has not decided whether to join": a joining weighed (possible)
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
    if status == "possible" and _past_told_of_a_party(art, trig):
        return "fact"  # "rumoured to be joining the PPP, a party he left in 2013": that leaving is done
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


def _past_told_of_a_party(art: Article, trig: Trigger) -> bool:
    """A plain past in a clause that describes the party ('the PPP, a party he left in 2013') is
    done, whatever the sentence hedges about the present."""
    head = trig.head
    return head.dep_ == "relcl" and head.tag_ == "VBD" and not _hedged(head, head, set(trig.tokens), art.lex) \
        and _party_described_by(art, head) is not None


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
    proved wrong', 'rumours that X would join were denied' (a word that calls only a report false: 'I was
    wrong to leave' denies nothing)."""
    false_words = ({w for w in art.lex["denials"] if " " not in w} | art.lex["status_deny_words"]
                   | art.lex["report_false_words"]) - {"rumours", "clarify", "clarified", "clarifies"}
    for tok in head.ancestors:
        if tok.lower_ in ("report", "reports", "news", "rumour", "rumours", "rumor", "rumors", "claim", "claims"):
            verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
            if verb is not None and any(c.lower_ in false_words for c in verb.subtree if c.dep_ in ("acomp", "attr", "amod", "oprd")):
                return True
            if _report_denied(art, tok):
                return True  # "rumours that X was about to switch to the ANP were denied by the lawmaker"
    return False


def _report_denied(art: Article, report: Token) -> bool:
    """The report is what a passive verb of denial denies: its subject, or (as the parser may read a long
    subject) the noun on which the denying verb hangs as a conjunct or a clause ('rumours that ... were denied')."""
    def denying(verb: Token) -> bool:
        return verb.lemma_.lower() in art.lex["such_denial_verbs"] and any(c.dep_ == "auxpass" for c in verb.children)
    if report.dep_ == "nsubjpass" and denying(report.head):
        return True
    return any(c.dep_ in ("conj", "ccomp") and c.pos_ == "VERB" and c.i > report.i and denying(c) for c in report.children)


CONTACT_OBJECTS = {"leadership", "leader", "leaders", "command", "brass"}


def _party_contacted(art: Article, trig: Trigger) -> str | None:
    """'in contact with the PML-N (leadership)': the party itself or its leaders, never people
    ('in contact with several PTI dissidents' says nothing of joining the PTI)."""
    for prep in (art.doc[i] for i in sorted(trig.tokens)):
        if prep.lower_ != "with":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            party = art.party_at(obj)
            if party is None and obj.lemma_.lower() in CONTACT_OBJECTS:
                party = next((art.party_at(c) for c in obj.children
                              if c.dep_ in ("compound", "poss", "nmod") and art.party_at(c) is not None), None)
            if party is not None and party.kb_id_ != "IND":
                return party.kb_id_
    return None


def _party_in_contact(art: Article, trig: Trigger) -> bool:
    """The one in contact is a party or a group ('the alliance had been in contact', 'which had been
    in talks'), not a person."""
    verb = trig.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # "in contact with": the clause's verb ('had been') holds the subject
    return any(art.party_at(s) is not None or s.lemma_.lower() in CONTACT_GROUPS
               for s in subjects_of(verb) + subjects_of(trig.head))


CONTACT_GROUPS = {"party", "alliance", "coalition", "government", "which", "it", "we", "they", "leadership", "bloc", "group"}


def _party_they_left_before(art: Article, sent: Span, people: list[Span], party: str) -> str:
    """A leaving told again ('I have decided to distance myself from the party') is from the party
    the story already had these people leave, not from whichever party was named last, unless the
    sentence names the party itself."""
    if not people or any(p.kb_id_ == party for p in art.parties_in(sent.start, sent.end)):
        return party
    earlier = {art.memory.get("left_by", {}).get(_name(p)) for p in people}
    if _rejoined_since(art, people, party):
        return party  # a career told in order: 'quit the PML-Q in 2011 ... joined the PTI in 2017 ... left the party'
    return earlier.pop() if len(earlier) == 1 and None not in earlier else party


def _rejoined_since(art: Article, people: list[Span], party: str) -> bool:
    """Whether every one of these people joined this party in a sentence after the one that told their
    last leaving: the party they now leave is the one they joined since."""
    joined, left = art.memory.get("joined_at", {}), art.memory.get("left_at", {})
    return all(joined.get(_name(p), (None, -1))[0] == party and joined[_name(p)][1] > left.get(_name(p), -1)
               for p in people)


def _cross(art: Article, sent: Span, trig: Trigger) -> list[Event]:
    if _done_by_some_of_them(trig.head):
        return []  # "inducted fourteen leaders, most of whom had quit the PTI": no one of them is said to have
    art.memory.pop("named_later", None)
    group_before = art.memory.get("last_act")
    if trig.rule == "join.contact" and _party_in_contact(art, trig):
        return []  # "the JUI-F, which had been in contact with the PML-N": coalition talks, no one joins
    party = _party_contacted(art, trig) if trig.rule == "join.contact" else target_party(art, sent, trig)
    if party is None or not_an_act(art, trig):
        return []
    also = _acts_named_later(art, sent) or _group_listed_after(art, sent, trig, party)
    people = actors(art, sent, trig)
    party = _joined_before(art, trig, people) or party
    if trig.kind == "leave":
        party = _party_they_left_before(art, sent, people, party)
    status = act_status(trig.head, sent, art.lex, set(trig.tokens))
    if status is None:
        return []
    if trig.rule == "leave.stays":
        status = "denied"
    if trig.rule == "join.contact" and status == "fact":
        status = "possible"  # "X is in contact with the PML-N": a joining that may come (GUIDELINE: hedged)
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
        joined = art.memory.setdefault("joined_at", {})  # where each one first joined the party they joined last
        joined.update({_name(p): (party, art.offset + sent.end_char) for p in people if joined.get(_name(p), (None,))[0] != party})
    if trig.kind == "leave":
        art.memory["last_left"] = (party, art.offset + sent.end_char)
        art.memory.setdefault("left_by", {}).update({_name(p): party for p in people})
        art.memory.setdefault("left_at", {}).update({_name(p): art.offset + sent.end_char for p in people})
    left = {party} if trig.kind == "leave" else {group} if trig.kind == "defect" and group else set()
    if left:
        art.memory["last_leave_party"] = next(iter(left))
    art.memory["left_parties"] = art.memory.get("left_parties", frozenset()) | left
    at = art.offset + sent.end_char
    before = art.memory.get("last_act")
    same = [] if before is None or before["at"] != at else before.get("same", []) + [(before["kind"], before["party"])]
    days = {**(before.get("days", {}) if same else {}), (trig.kind, party): when}  # each act's own day, for those named later
    movers = {_name(p) for p in people} or (before["people"] if before is not None and before["at"] == at else set())
    art.memory["last_act"] = {"kind": trig.kind, "party": party, "origin": group, "status": status, "date": when,
                              "at": at, "same": same, "people": movers, "days": days,
                              "count": None if movers else group_count(trig.head),
                              "label": None if movers else group_label(art, trig.head)}  # "quit the PTI and joined the IPP": both acts of one sentence
    if not movers:  # the unnamed groups' acts, for a list of those who left (the acts of one sentence kept as one)
        acts = art.memory.setdefault("group_acts", [])
        acts[-1:] = [act for act in acts[-1:] if act["at"] != at] + [art.memory["last_act"]]
    if not people:
        return []
    if len(people) > 1:
        art.memory["listed"] = (art.doc, list(people))  # "Also returning were A and B. Both had quit the QWP"
    out = [_event(art, sent, "leave_party", person, left, status, day, "leave.group_named_later")
           for _kind, left, day in also for person in people]
    if trig.kind in ("join", "defect") and status == "fact":  # "Three PML-N MNAs joined the PTI. A, B and C announced joining the PTI"
        out += [_event(art, sent, "leave_party", person, left, status, day, "leave.counted_group_named")
                for left, day in origin_of_the_counted_group(art, sent, group_before, people, party) for person in people]
    if trig.kind == "leave" and status == "fact":  # "Seven MNAs quit the PML-N and joined the JSPM. ... The others who left were A and B"
        out += [_event(art, sent, "join_party", person, joined, status, day, "join.group_left_with")
                for joined, day in joined_by_those_who_left(art, sent, trig.kind, party) for person in people]
    if trig.kind == "leave" and status == "fact":  # "Three MPAs joined the PPP. The departure of A, B and C from the MQM-P ..."
        out += [_event(art, sent, "join_party", person, joined, status, day, "join.counted_group_named")
                for _kind, joined, day in acts_of_the_counted_group(art, sent, group_before, people) if joined != party
                for person in people]
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
                ended = when if _ends_a_stint(trig.head) or status != "fact" else None  # "ending a stint with X", or a hedge
                out += [_event(art, sent, "leave_party", person, stint, status, ended, "leave.after_stint") for person in people]
            came_from = _joined_from(art, trig.head, party) if stint is None else None
            if came_from is not None:  # "joined the PML-N from the PPP": a switch, left the day it joined
                out += [_event(art, sent, "leave_party", person, came_from, status, when, "leave.joined_from") for person in people]
            for person in people:
                origin = current_party_of(art, sent, person, trig) or group or _defector_title(art, sent, people) \
                    or (told_party_of(art, sent, person) if joined_after_farewell(art, party, art.offset + sent.start_char) else None)
                if origin and origin != party:
                    out.append(_event(art, sent, "leave_party", person, origin, status, when, "leave.implied_by_join"))
    return out


def _ends_a_stint(head: Token) -> bool:
    """'..., ending a stint with the PTI': the joining itself ends the spell."""
    return any(c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in ("end", "conclude") for c in _stint_holders(head))


def _stint_with(art: Article, head: Token, joined: str) -> str | None:
    """'returned to the PML-Q fold after a brief stint with the PML-N': the party of a spell that the
    joining ends (lexicon depart2_stint_nouns) was left; told in passing, the leaving has no day."""
    for prep in _stint_holders(head):
        ending = prep.dep_ in ("advcl", "xcomp", "conj") and prep.lemma_.lower() in ("end", "conclude") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in prep.children)  # "rejoined the PPP, ending a stint with the PTI"
        if not ending and (prep.dep_ != "prep" or prep.lower_ not in ("after", "following", "ending")):
            continue
        for noun in prep.children:
            if ending and noun.dep_ != "dobj" or noun.lemma_.lower() not in art.lex["depart2_stint_nouns"]:
                continue
            withs = [w for w in noun.children if w.dep_ == "prep" and w.lower_ in ("with", "in")]
            if ending:
                withs += [w for w in prep.children if w.dep_ == "prep" and w.lower_ == "with"]  # "ending a spell | with the GDA"
            for obj in (o for w in withs for o in w.children):
                party = art.party_at(obj) or next((art.party_at(t) for t in subtree_span(obj) if art.party_at(t)), None)
                if party is not None and party.kb_id_ not in ("IND", joined):
                    return party.kb_id_
                if party is None and obj.lower_ in ("alliance", "party") and any(c.lower_ == "the" for c in obj.children):
                    return art.focus_party(obj.i, exclude={joined})  # "a spell with the alliance": the one in focus
    return None


def _joined_from(art: Article, head: Token, joined: str) -> str | None:
    """'had joined the PTI in 2011 from the MQM': the party one came from when joining was left on the day of
    the joining. Only a party right after 'from' ('from Lahore' is a place)."""
    for owner in [head, *(c for c in head.children if c.dep_ == "dobj")]:
        for prep in owner.children:
            if prep.dep_ != "prep" or prep.lower_ != "from" \
                    or any(t.text in (":", ";", "–", "—") for t in head.doc[min(owner.i, prep.i):max(owner.i, prep.i)]):
                continue  # 'joins IPP: from PPP to PTI to Tareen's camp': a headline's summary, not where one came from
            for obj in prep.children:
                party = art.party_at(obj) if obj.dep_ == "pobj" else None
                if party is not None and party.kb_id_ not in ("IND", joined):
                    return party.kb_id_
    return None


def _stint_holders(head: Token) -> list[Token]:
    """The words a stint may hang on: the act's own, and for 'announced his return to the PPP, ending
    a spell with X' those of the verb whose object the act is."""
    holders = list(head.children)
    if head.pos_ == "NOUN" and head.dep_ == "dobj":
        holders += [c for c in head.head.children if c.dep_ in ("advcl", "xcomp", "conj")]
    return holders


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


LEFT_NOUNS = {"defector", "deserter", "turncoat"}


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


def _switch(art: Article, sent: Span, trig: Trigger) -> list[Event]:
    left, joined = _from_to_parties(art, trig.head) or (None, None)
    if not_an_act(art, trig):
        return []
    people = actors(art, sent, trig)
    status = act_status(trig.head, sent, art.lex, set(trig.tokens))
    if left is None or not people or status is None:
        return []
    if status == "possible" and _reported_false(art, trig.head):
        status = "denied"  # "rumours that X was about to switch to the ANP were denied", as a crossing (_cross)
    when = event_date(art, sent, trig.head)
    return [_event(art, sent, kind, person, party, status, when, trig.rule)
            for person in people for kind, party in (("leave_party", left), ("join_party", joined))]


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


def _also_left(art: Article, trig: Trigger, party: str) -> list[str]:
    """'quit the GDA and the PML-F', 'resigned from the GDA and from the PML-F': every party the act's
    coordinated objects name, besides the one found first."""
    firsts = [c for c in trig.head.children if c.dep_ == "dobj"]
    firsts += [o for c in trig.head.children if c.dep_ == "prep" and c.lower_ in ("from", "with")
               for o in c.children if o.dep_ == "pobj"]
    later = [p for c in trig.head.children if c.dep_ == "prep" and c.lower_ in ("from", "with")
             for p in c.conjuncts if p.lower_ in ("from", "with")]  # "from the GDA and from the PML-F"
    firsts += [o for c in firsts if c.lemma_.lower() == "membership" for p in c.children
               if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]  # "the membership of the GDA and the PML-F"
    objs = [o for c in firsts for o in c.conjuncts]
    objs += [o for p in later for c in p.children if c.dep_ == "pobj" for o in (c, *c.conjuncts)]
    out: list[str] = []
    for obj in objs:
        found = art.party_at(obj)
        if found is None or found.kb_id_ in (party, "IND", *out):
            continue
        if not names_a_led_group(art.doc[found.end:min(len(art.doc), found.end + 3)]):
            out.append(found.kb_id_)
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
    return people + _followed_by(art, verb)


def _followed_by(art: Article, verb: Token) -> list[Span]:
    """'X quit the PML-Q and joined the PML-N, and was followed by A and B': the followers did the acts
    of the clause they follow (a conjunct of the act, or of the verb the act is a conjunct of)."""
    tops = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    people: list[Span] = []
    for top in tops:
        for clause in top.children:
            if clause.lemma_.lower() != "follow" or clause.dep_ not in ("conj", "advcl") or clause.i < verb.i \
                    or any(c.dep_ == "neg" for c in clause.children):
                continue
            people += [p for agent in clause.children if agent.dep_ == "agent" for p in art.persons_in(subtree_span(agent))]
    return people


def _owns_the_act(art: Article, person: Span, trig: Trigger) -> bool:
    """'X's exit from the PTI', 'X's resignation from the party': the possessive is the mover's own act."""
    after = person.end + 1
    while after < len(art.doc) and art.doc[after].pos_ == "ADJ":
        after += 1  # "X's sudden exit"
    return after in trig.tokens
