"""coalition: one party acts towards another about governing together.

The acting party is the subject (a party, "the party", "its"/"we" read back to
the party in focus or the quoted speaker's party, or a person whose party is
written beside the name, "PTI founder Imran Khan"); in a passive the agent acts
("was approached by the PPP"). The other party is in the trigger's object or
prepositions, never inside a purpose or side clause, a group ("opponent parties
of the PPP") or talks held on the way ("after talks with the JI"). "The
government" is the party the article says leads it ("the PTI-led government",
"the ruling PPP"). A subject naming two parties ("PML-N and PPP reached an
agreement") is a joint act, recorded both ways.

Besides verbs, nouns carry acts: talks ("held talks with", "talks between",
"PPP, PML-N talks"), deals ("merger of X with Y", "in alliance with"), offers
answered ("declined the PML-N's offer") and endings ("an end to their
coalition"). Invitations and offers are talks toward the one addressed; the
join they propose is no act; an offer accepted is a join with the offerer, and
"the offer" declined is the one the story has just told. Not every party near
the act is its partner: one 'along with' the actor acts too, one 'in the
presence of' witnesses, one 'against' is opposed, fellows 'in opposition with'
join the opposition, and support given 'for' a person or candidate is not
exchanged between its givers. A present state set against another ('is not
part of the cabinet but backs the government') is no act. An act in the
headline or lead takes the story's date and scope when its sentence states none.

This module reads the verbs and makes the events; ``coalition_roles.py`` finds
the parties and the kind of act, ``coalition_nouns.py`` the acts nouns carry.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span, Token

from ..model import Event
from .base import Article, clause_heads, subjects_of, subtree_span
from .coalition_nouns import (TALK_NOUNS, _alliance_members, _among_founders, _between_pairs, _deal_with, _end_of_coalition, _exit_of,
                              _failed, _joint_candidate, _joint_talks, _jointly_fielded, _noun_events, _offer_declined, _offers_received, _support_secured,
                              _talk_nouns, _talks_about_governing, _withdrawn_in_favour)
from .coalition_parties import _agent_on_object, _np_parties, _party_led_by, _speaker_parties, _speakers_party, government_of
from .coalition_partners import (_alliance_meant, _backers, _bare_support, _bare_support_withdrawn, _behalf_of,
                                 _backed_candidate_parties, _beside, _candidate_parties, _charter_of, _for_someone, _government_beside_party,
                                 _group_pronoun, _partners_also_acting, _party_led, _people_sided_with, _speaker_hub,
                                 _the_two_named)
from .coalition_roles import (DEAL_NOUNS, in_favour_of, JOIN_NOUNS, REJECT_VERBS, TALK_HOLDERS, TALK_VERBS, _acting_parties,
                              _action_of, _called_on, _former_or_latter, _hedged_here, _led_by, _object_parties,
                              _ruling_group, _sides_with_party, _together_hung_on_speech, _under_other_noun, government_party)
from .coalition_scope import GOVERNMENT_WORDS, _in_lead, _scope, sides_of_the_meeting, stated_as_coming, vote_cast
from .coalition_turns import coalition_turns, in_exchange, party_pronoun, returns_after_leaving, told_by_analysts
from .coalition_founding import founding_meeting
from .coalition_members import members_become
from .act_dates import event_date
from .alliance_refusals import alliance_refusals
from .coalition_status import talks_status
from .status import act_status
from .triggers import phrase_head, phrase_hits


CUE_WORDS = GOVERNMENT_WORDS | JOIN_NOUNS | TALK_NOUNS | DEAL_NOUNS | {"merge", "merged", "weight", "ways", "sides", "jointly", "together", "adjustment", "seat", "candidate", "candidates", "nominee", "hands", "ties", "ranks", "rank", "sharing"}


BROKER_VERBS = {"broker", "mediate", "facilitate"}  # the go-between of a deal is not one of its sides


def _under_talks_noun(art: Article, head: Token) -> bool:
    """'held talks on forming the government', 'negotiations about joining the cabinet': the
    join is the talks' subject, not an act."""
    tok = head
    for _ in range(3):
        if tok.head.i == tok.i or tok.dep_ not in ("pcomp", "pobj", "prep", "acl"):
            return False
        tok = tok.head
        if tok.lower_ in art.lex["coalition_talk_with_nouns"] and tok.pos_ in ("NOUN", "PROPN"):
            return True
        if tok.pos_ == "VERB" and tok.lemma_.lower() in TALK_HOLDERS:  # "held talks on Thursday on forming ..."
            return any(c.dep_ == "dobj" and c.lower_ in art.lex["coalition_talk_with_nouns"] for c in tok.children)
    return False


def _under_talks(art: Article, party: Span, top: Token) -> bool:
    """'formed the government after talks with the JI': the party talked with is not the one joined."""
    tok = party.root
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lower_ in art.lex["coalition_talk_with_nouns"] \
                and tok.head.head.head.i != top.i:  # "ruled out talks with X": the talks are the act's object
            return True
        tok = tok.head
    return False


@lru_cache(maxsize=4)
def _cue_words(lex) -> frozenset[str]:
    """The words one of which a sentence needs for more than the plain party-joins-party reading;
    built once per lexicon rather than once per sentence."""
    return frozenset(CUE_WORDS | set(lex["coalition_member_nouns"]) | set(lex["coalition_side_verbs"])
                     | set(lex["coalition_cooperation_words"]) | TALK_VERBS | {"support", "back", "endorse", "vote", "reach"}
                     | set(lex["coalition_exit_nouns"]) | set(lex["coalition_formula_nouns"]) | set(lex["coalition_offer_nouns"])
                     | set(lex["coalition_visit_verbs"]) | set(lex["coalition_reconsider_verbs"]) | set(lex["coalition_charter_nouns"])
                     | set(lex["coalition_envoy_nouns"]) | set(lex["coalition_expel_verbs"]) | set(lex["coalition_stay_verbs"]))  # "an MQM-P delegation called on the PML-N president"


def extract_coalition(art: Article, sent: Span, matcher) -> list[Event]:
    parties = [p for p in art.parties_in(sent.start, sent.end) if p.kb_id_ != "IND"]
    lowers, lemmas = art.words(sent)
    if not parties and lowers.isdisjoint(("party", "two", "both")) and "party" not in lemmas \
            and lowers.isdisjoint(art.lex["coalition_offer_nouns"]) and not _we_and_the_coalition(lowers) \
            and not ("government" in lowers and not lowers.isdisjoint(art.lex["coalition_envoy_nouns"])):
        return []  # "Mr Elahi declined the offer." is read; "We are not leaving the coalition," he said, and "a government delegation called on X", too
    cues = _cue_words(art.lex)
    if lowers.isdisjoint(cues) and lemmas.isdisjoint(cues):
        plain = _party_joins_party(art, sent) + _independents_join(art, sent) + _alliance_members(art, sent) + _among_founders(art, sent) \
            + members_become(art, sent)
        if not any(p.kb_id_ in art.lex["coalition_alliance_codes"] for p in parties):
            return plain
        return plain + [_not_ruled_out(e) for e in _verb_acts(art, sent, matcher)
                        if _acts_as_party(art, sent, e.actor)]  # "the TTAP was formed by the PTI, ..."
    events: list[Event] = _independents_join(art, sent) + _between_pairs(art, sent) + _talk_nouns(art, sent) + _party_joins_party(art, sent) + _deal_with(art, sent) \
        + _end_of_coalition(art, sent) + _offers_received(art, sent) + _offer_declined(art, sent) + _joint_talks(art, sent) + _support_secured(art, sent) \
        + _exit_of(art, sent) + _withdrawn_in_favour(art, sent) + _joint_candidate(art, sent) + _jointly_fielded(art, sent) + _alliance_members(art, sent) \
        + _among_founders(art, sent) + coalition_turns(art, sent) + founding_meeting(art, sent) + members_become(art, sent)
    acts = [_not_ruled_out(e) for e in events + _verb_acts(art, sent, matcher)]
    return acts + returns_after_leaving(art, sent, acts)


def _we_and_the_coalition(lowers: set[str]) -> bool:
    """A quote of a party's own about its coalition ('We are not leaving the coalition') or its side of the
    house ('From today we will sit on the opposition benches'), its party the speaker's."""
    return "we" in lowers and not lowers.isdisjoint(("coalition", "government", "govt", "alliance", "opposition", "treasury"))


def _acts_as_party(art: Article, sent: Span, code: str) -> bool:
    """A party written as a subject, a conjunct or after 'by' ('the TTAP was formed by the PTI, the MWM ...'),
    not as a modifier of people ('Three PPP office-bearers joined the GDA', who are persons moving)."""
    return any(p.kb_id_ == code and p.root.dep_ in ("nsubj", "nsubjpass", "pobj", "conj", "appos")
               for p in art.parties_in(sent.start, sent.end))


def _span_of(tok: Token) -> tuple[int, int]:
    span = subtree_span(tok)
    return span.start, span.end


def _no_deal_noun(art: Article, span: Span, head: Token) -> bool:
    """'no seat adjustment' as the object of a verb ('will have no seat adjustment with X'): the deal a
    party says it will not make, which the guideline records as a joining denied (a ruling out, 'ruled out
    any seat adjustment', stays a rejection)."""
    return span[0].lower_ == "no" and head.lemma_.lower() in art.lex["coalition_denied_deal_nouns"] \
        and head.dep_ in ("dobj", "attr") and head.head.pos_ in ("VERB", "AUX")


def _verb_acts(art: Article, sent: Span, matcher) -> list[Event]:
    """The acts the phrases and verbs of the sentence carry ('parted ways with', 'joined', 'ruled out')."""
    events: list[Event] = []
    seen: set[int] = set()
    for name, span in phrase_hits(sent, matcher):
        if name in ("coalition_leave_phrases", "coalition_reject_phrases"):
            head = phrase_head(span)
            region = None
            if subtree_span(head).end <= span.end and span.root.i != head.i and subtree_span(span.root).end > span.end:
                region = span.root  # "BNP parted ways with ...", parsed with 'parted' as a modifier of 'ways'
            elif head.dep_ == "dobj" and head.i == span.end - 1 and any(
                    c.dep_ == "prep" and c.lower_ in ("with", "from") and c.i > head.i for c in head.head.children):
                region = head.head  # "announced parting ways with the PTI": the 'with' hung on 'announced'
            action = "leave" if name == "coalition_leave_phrases" else "reject"
            if action == "leave" and in_favour_of(head):
                seen.update(range(span.start, span.end))
                continue  # "pulled out of the race in favour of the PTI's nominee": a standing down (a join), no leaving
            if action == "reject" and _no_deal_noun(art, span, head):
                partners = {p.kb_id_ for c in head.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
                            for p in art.parties_in(*_span_of(c))}
                events += [replace(e, status="denied") for e in _act(art, sent, head.head, "join", "coalition.join.no_deal",
                                                                     set(range(span.start, span.end))) if e.actor not in partners]
                seen.update(range(span.start, span.end))
                seen.add(head.head.i)
                continue  # "would have no seat adjustment with the MQM-P", "announced no seat adjustment": a joining denied
            sides = any(t.lower_ == "sides" for t in span)  # "switched sides": the camps are the government's and its rivals'
            if sides and not any(art.party_at(s) is not None for s in subjects_of(head)):
                continue  # "politicians announced they were switching sides", "an MNA who had switched sides": people
            events += _act(art, sent, head, action, "coalition." + action + ".phrase", set(range(span.start, span.end)),
                           region_head=region, governing=not sides)
            seen.update(range(span.start, span.end))
    for tok in sent:
        if tok.i in seen:
            continue
        refusals = alliance_refusals(art, sent, tok) if tok.pos_ == "VERB" else None
        if refusals is not None:
            events += refusals  # "decided against forming any alliance": every partner refused, none named
            continue
        action = _action_of(tok, art.lex)
        phrase = {tok.i}
        if action == "join" and tok.lemma_.lower() in ("be", "become"):
            negation = [c.i for c in tok.children if c.dep_ == "neg"]
            if negation:  # "will not be part of the federal government" declines it
                action, phrase = "reject", {tok.i, *negation}
        if action and _standing(tok, art.lex):
            continue  # "the PPP is not part of the federal cabinet but backs the government": how things stand, no act
        if action:
            events += _act(art, sent, tok, action, f"coalition.{action}.{tok.lemma_.lower()}", phrase)
    return events


def _not_ruled_out(event: Event) -> Event:
    """'did not rule out joining hands with the PTI': a refusal denied leaves the joining open
    (a possible join), not a denied rejection."""
    if event.action == "reject" and event.status == "denied":
        return replace(event, action="join", status="possible")
    return event


def _standing(tok: Token, lex) -> bool:
    """A present state told in passing ('is not part of the cabinet', 'backs the government in Parliament'),
    beside a contrast ('but'): the simple present of being or backing, with no auxiliary, in a sentence
    that sets one state against another."""
    if tok.lemma_.lower() not in lex["coalition_state_verbs"] or tok.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in lex["coalition_state_adverbs"] for c in tok.children):
        return True  # "the JUI-F is currently an ally of the PML-N": how things stand now
    if tok.lemma_.lower() == "be" and not any(c.dep_ == "neg" or c.lower_ in lex["coalition_change_adverbs"] for c in tok.children):
        return True  # "the MQM-P is a key ally of the government", "is also part of the federal government": a state
        # told in passing; "is now part of the coalition" tells a change
    clause = tok if tok.dep_ != "conj" else tok.head
    return any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in clause.children) or any(
        c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in tok.children)


def _party_joins_party(art: Article, sent: Span) -> list[Event]:
    """'the JI has joined the MMA', 'the JSPM merged into the PTI', 'the ANP quit the PDM': a party (not a
    person) that joins or leaves another party or alliance acts as a party, with no coalition word needed."""
    if not art.any_lemma(sent, ("join", "merge", "rejoin", "quit", "leave", "exit", "desert", "abandon")):
        return []
    events = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma not in ("join", "merge", "rejoin", "quit", "leave", "exit", "desert", "abandon"):
            continue
        action = "join" if lemma in ("join", "merge", "rejoin") else "leave"
        subjects = next((subjects_of(h) for h in clause_heads(tok, limit=2) if subjects_of(h)), [])  # "decided to quit the PDM"
        if not subjects or any(art.person_at(t) is not None for s in subjects for t in subtree_span(s)):
            continue
        backers = [c for s in subjects for c in _backers_of_independents(art, s)]
        if backers and action == "join" and len(backers) == len(subjects):
            joined = [c for o in tok.children if o.dep_ == "dobj" for c in _np_parties(art, o) if c not in backers]
            events += _noun_events(art, sent, tok, "join", [(b, c) for b in backers for c in joined], "join.backed")
            continue  # "Independent members-elect backed by the PTI joined the SIC": the PTI's members join (as 'PTI-backed independents')
        if not all(art.party_at(s) is not None for s in subjects):
            continue
        targets = [c for c in tok.children if c.dep_ == "dobj"]
        targets += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "into") for g in c.children if g.dep_ == "pobj"]
        if lemma == "leave" and any(c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") for c in tok.children):
            continue  # "leaving the PPP well placed to govern"
        if action == "join" and _joined_in_doing(tok, art.lex):
            continue  # "the PML-N joined the PPP in condemning the attack": doing something alongside, no partnership
        if any(art.party_at(t) is not None for t in targets) and action == "join" and tok.dep_ == "xcomp" \
                and tok.head.lemma_.lower() in REJECT_VERBS:  # "the JI refused to join the PDM": a rejection
            events += _act(art, sent, tok.head, "reject", "coalition.reject.join.party", {tok.head.i, tok.i}, governing=False,
                           region_head=tok)
        elif any(art.party_at(t) is not None for t in targets):
            events += _act(art, sent, tok, action, f"coalition.{action}.{lemma}.party", {tok.i}, governing=False)
        elif tok.dep_ == "relcl" and any(t.lower_ in ("which", "that") for t in targets) and art.party_at(tok.head) is not None:
            joined = [c for c in _np_parties(art, tok.head)]  # "the SIC, which the PTI-backed independents joined last week"
            actors = [c for s in subjects for c in _np_parties(art, s)]
            found = _noun_events(art, sent, tok, action, [(a, c) for a in actors for c in joined], "which")
            if tok.tag_ in ("VBD", "VBN") and not any(c.dep_ in ("aux", "neg") and c.tag_ in ("MD", "RB") for c in tok.children):
                found = [replace(e, status="fact") for e in found]  # told as done; the main clause's hedge ("is set to") is not its own
            events += found
    return events


def _joined_in_doing(verb: Token, lex) -> bool:
    """'joined the PPP in condemning the attack', 'in demanding fresh polls': joined in an act that is no
    partnership ('joined the PPP in forming the government' is one: lexicon coalition_join)."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() not in lex["coalition_join"] for g in c.children)
        for c in verb.children)


def _semicolon_part(sent: Span, head: Token) -> Span:
    """The part of a sentence between semicolons that holds the act: a deck's 'BAP joins coalition; JUI-F to sit
    in opposition in Quetta; Gandapur elected KP CM' gives each item its own place and government."""
    marks = [t.i for t in sent if t.text == ";"]
    if not marks:
        return sent
    start = max([m + 1 for m in marks if m < head.i], default=sent.start)
    end = min([m for m in marks if m > head.i], default=sent.end)
    return sent.doc[start:end]


def _backers_of_independents(art: Article, subj: Token) -> list[str]:
    """'independent members-elect backed by the PTI', 'PTI-backed independent members-elect': independents named
    by a member word (not the party word 'independents', read as a party) whose backer is written with them."""
    if art.party_at(subj) is not None or not any(c.dep_ == "amod" and c.lower_ == "independent" for c in subj.children):
        return []
    backed = [c for c in subj.children if c.lower_ == "backed" and c.dep_ in ("acl", "amod")]
    spans = [subtree_span(g) for b in backed for g in b.children if g.dep_ in ("agent", "npadvmod")]
    codes = [p.kb_id_ for s in spans for p in art.parties_in(s.start, s.end)]
    return [c for c in dict.fromkeys(codes) if c != "IND"][:1]


def _independents_join(art: Article, sent: Span) -> list[Event]:
    """'82 independent MNAs joined the SIC', 'three independent members of the Punjab Assembly joined the
    PPP': a counted group of independent members of a house (IND) joins a party, a seat move once the record
    reads the figure. Only with a number and a member word (``house_member_words``) in the subject:
    "independents joined the PTI" says no more than the names do, and "independent candidates" may hold
    no seat."""
    if not art.any_lemma(sent, ("join", "rejoin")):
        return []
    events = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("join", "rejoin"):
            continue
        for subj in subjects_of(tok):
            group = subtree_span(subj)
            independent = any(art.party_at(t) is not None and art.party_at(t).kb_id_ == "IND" for t in group)
            members = any(t.text in art.lex["house_member_words"] for t in group)
            if not independent or not members or not any(t.like_num for t in group) \
                    or any(art.person_at(t) is not None for t in group):
                continue
            targets = [c for c in tok.children if c.dep_ == "dobj"]
            codes = [art.party_at(t).kb_id_ for t in targets if art.party_at(t) is not None]
            for code in dict.fromkeys(c for c in codes if c != "IND"):
                status = act_status(tok, sent, art.lex, {tok.i}) or "fact"
                events.append(Event(doc=art.doc_id, type="coalition", actor="IND", counterpart=code, action="join",
                                    scope=_scope(art, sent), date=event_date(art, sent, tok), status=status,
                                    evidence=art.evidence(sent, "coalition.join.independents"), confidence=0.6))
    return events


def _appeal(art: Article, verb: Token) -> bool:
    """'urged', 'asked', 'called on (X to)': a verb that asks someone else to act."""
    lemma = verb.lemma_.lower()
    return lemma in art.lex["coalition_invite_verbs"] - {"offer"} or (
        lemma in art.lex["coalition_visit_verbs"] and any(c.lower_ in ("on", "upon") for c in verb.children))


IDEA_NOUNS = {"idea", "proposal", "possibility", "prospect", "option", "suggestion", "notion", "offer", "plan"}


def _rejected_idea(art: Article, head: Token) -> bool:
    """'rejected the idea of joining hands with the PTI', 'ruled out the possibility of forming a
    coalition with the PPP': a joining named as the object of a refusal is the refusal's content (the
    rejection, read by its own rule), not a joining denied."""
    if head.dep_ != "pcomp" or head.head.lower_ != "of" or head.head.head.lower_ not in IDEA_NOUNS:
        return False
    noun = head.head.head
    verb = noun.head if noun.dep_ in ("dobj", "pobj") else None
    if verb is not None and verb.dep_ == "prep":  # "said no to the idea of"
        verb = verb.head
    return verb is not None and verb.lemma_.lower() in REJECT_VERBS


def _no_intention(art: Article, head: Token) -> bool:
    """'had no intention of joining hands with the PTI', 'has no plan to join': a join ruled out."""
    tok = head
    for _ in range(2):
        if tok.dep_ not in ("pcomp", "pobj", "prep", "acl", "xcomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in art.lex["coalition_intent_nouns"]:
            return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
    return False


def _act(art: Article, sent: Span, head: Token, action: str, rule: str, phrase: set[int], governing: bool = True,
         region_head: Token | None = None) -> list[Event]:
    sent = _semicolon_part(sent, head)
    if head.dep_ in ("acl", "xcomp", "relcl") and head.head.lower_ in TALK_NOUNS | {"proposal", "possibility", "demand"} and action == "join" \
            and head.head.head.lemma_.lower() not in ("accept", "welcome"):
        return []  # "declined PTI's offer to form a coalition": the offer is the act ("accepted the offer to join" is a join)
    if action == "join" and head.dep_ in ("xcomp", "advcl", "ccomp") and (
            head.head.lemma_.lower() in art.lex["coalition_invite_verbs"] | TALK_VERBS | REJECT_VERBS
            or any(c.dep_ == "dobj" and c.lower_ in TALK_NOUNS | {"proposal"} for c in head.head.children)):
        return []  # "invited the MQM to join", "approached the BAP to form", "refused to join": that verb is the act
    if action == "join" and _rejected_idea(art, head):
        return []  # "rejected the idea of joining hands with the PTI": the rejection is the act, no joining denied
    if action == "leave" and head.dep_ in ("xcomp", "ccomp") and _appeal(art, head.head):
        if any(c.dep_ == "neg" for c in head.children) and head.head.lemma_.lower() in art.lex["coalition_plea_verbs"]:
            return _act(art, sent, head.head, "talks", "coalition.talks.plea", {head.head.i})  # "requested Haq not to part ways with the
        return []  # government": a plea to stay is an approach; "called on the PPP to quit the government", "urged the MQM-P
        # to leave": an appeal, no one's leaving
    if head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in head.children) \
            and (head.head.pos_ in ("VERB", "AUX") or head.head.lower_ == "what") and action in ("leave", "join"):
        return []  # "the PTI could back the PPP if it quit the coalition", "What if the MQM-P quits?": a supposition, no act
    if _failed(art, head) or told_by_analysts(art, head):
        return []  # "failed to reach an agreement", "analysts said the MQM could return"
    if head.dep_ == "pcomp" and head.head.lower_ == "by" and _action_of(head.head.head, art.lex) is not None:
        return []  # "will join hands with the PPP by joining the treasury benches": the way of the act before, no act of its own
    if action == "talks" and head.tag_ == "VBN" and head.dep_ == "advcl" and not subjects_of(head):
        return []  # "Asked whether the party would join hands with the PTI, X said": X was asked, by no party
    if action == "talks" and head.dep_ in ("acl", "xcomp") and head.head.pos_ == "NOUN" \
            and _action_of(head.head.head, art.lex) == "reject" and head.head.dep_ == "dobj":
        return []  # "turned down a suggestion to approach the MQM": the rejection is the act, no one approached
    if action == "join" and _in_defiance(art, head):
        return []  # "PML-N lawmakers voted for Mr Bizenjo in defiance of the party": members, not their party, act
    if action == "join" and _under_talks_noun(art, head):
        return []  # "talks on forming the government": the talks are the act
    if action in ("join", "leave") and any(c.dep_ == "dobj" and (c.lower_ in art.lex["coalition_joined_event_nouns"] or (
            action == "join" and head.lemma_.lower() == "join" and c.lower_ in art.lex["coalition_talk_with_nouns"]))
            for c in head.children):
        return []  # "would join the talks with the government" (the talks noun carries any talks), "joined the opposition
        # protest", "quit the hunger strike": an event joined or left, not a government
    if action == "join" and head.lemma_.lower() in ("support", "back", "endorse") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in art.lex["coalition_measure_nouns"] for c in head.children):
        return []  # "supported the bill moved by the PML-N government": a measure backed, not a party
    speaks = action in ("reject", "talks") or (action == "join" and head.lemma_.lower() in art.lex["coalition_announce_verbs"])
    actors = (_behalf_of(art, sent) if action == "talks" else []) or _acting_parties(art, sent, head, allow_person=speaks)
    if not actors and region_head is not None and region_head.dep_ == "conj":
        actors = _acting_parties(art, sent, region_head, allow_person=speaks)  # "The BNP had backed X, but parted ways
        # with the PTI-led coalition": 'parted' misparsed as a modifier of 'ways', the conjunct that takes the subject
    if not actors and action == "talks":
        actors = _inviting_government(art, head) or _reporter_of_passive(art, head)
    if not actors:
        return []
    if action == "talks":
        addressed = _addressed(art, head, actors)
        if addressed is not None:
            return _talk_events(art, sent, head, actors, addressed, rule, phrase)
    right = subtree_span(region_head or head)
    right = art.doc[max(right.start, sent.start):max(min(right.end, sent.end), max(right.start, sent.start))]  # within its part
    skip = {t.i for c in right if c.i not in (head.i, (region_head or head).i) and (c.dep_ in ("advcl", "relcl", "parataxis") or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")))
            and not _party_led(art, c) and not _members_named(c) and not _gerund_refused(c, head, action)
            for t in c.subtree}  # a purpose or side clause ("to give tough time to the PTI") names no partner
    skip |= {t.i for c in right if c.dep_ == "prep" and c.lower_ in art.lex["coalition_opposed_preps"] and action != "leave"
             for t in c.subtree}  # "an alliance against the PTI government": the party opposed is no partner
    skip |= {t.i for c in right if c.i != head.i and _opposes(art, c) for t in c.subtree}  # "towards taking on the PTI"
    skip |= {t.i for c in right if c.dep_ in ("acl", "advcl") and c.lemma_.lower() in BROKER_VERBS
             for t in c.subtree}  # "reached an understanding, brokered by the Speaker": the go-between is no partner
    skip |= {t.i for c in right if c.dep_ == "prep" and c.head.i == head.i and c.lower_ in art.lex["coalition_time_preps"]
             and any(g.dep_ == "pcomp" for g in c.children) for t in c.subtree}  # "quit the government after finalising a deal with the PPP"
    obj_region = [t for t in right if t.i > max(head.i, (region_head or head).i) and t.i not in skip]
    direct = action in ("join", "reject") and head.lemma_.lower() in ("support", "back", "endorse") and any(
        c.dep_ == "dobj" and art.party_at(c) is not None for c in head.children)  # "would not support the PTI"
    sided = [art.party_at(o) for p in head.children if p.lower_ in art.lex["coalition_side_preps"] for o in p.children] \
        if action == "join" and _sides_with_party(head, art.lex) else []
    direct = direct or (action == "join" and head.lemma_.lower() in ("support", "back", "endorse")
                        and any(c.dep_ == "agent" for c in head.children)
                        and any((art.party_at(c) is not None or c.lemma_.lower() in ("candidate", "nominee")) and _np_parties(art, c)
                                for c in head.children if c.dep_ == "nsubjpass"))  # "the PML-N's nominee was backed by the BAP"
    direct = direct or any(party is not None and (head.lemma_.lower() not in art.lex["coalition_side_verbs_needing_government"]
                                                  or party.kb_id_ in art.lex["coalition_alliance_codes"] or in_exchange(head)
                                                  or _told_among_partners(sent) or _will_not_sit_with(head, art.lex))
                           for party in sided)  # "teamed up with the PTI"; standing with one party needs a word of governing
    sided_people = _people_sided_with(art, sent, head, actors) if action == "join" and _sides_with_party(head, art.lex) else []
    direct = direct or bool(sided_people)  # "would stand with Prime Minister Imran Khan": his party is stood with
    direct = direct or any(p.kb_id_ in art.lex["coalition_alliance_codes"] for t in obj_region
                           for p in [art.party_at(t)] if p is not None)  # "parted ways with the PDM": an alliance is governing
    direct = direct or (action == "join" and bool(_alliance_formed(art, head)))  # "the TTAP was formed by the PTI, the MWM ..."
    refused_vote = action == "reject" and any(c.dep_ == "xcomp" and c.lemma_.lower() in ("vote", "support", "back", "endorse")
                                              for c in head.children)  # "refused to vote for Mr Sharif": his party is refused
    candidates = (_candidate_parties(art, obj_region, actors) or _backed_candidate_parties(art, head, actors)) \
        if action == "join" or refused_vote else []
    direct = direct or bool(candidates)  # "voted for Mr Bizenjo": a candidate's party is supported
    charter = _charter_of(art, sent, head, actors) if action == "join" else None
    direct = direct or charter is not None  # "signed the 26-point declaration" of the PDM named just before
    cooperating = action in ("join", "reject") and any(t.lower_ in art.lex["coalition_cooperation_words"] for t in obj_region)
    cooperating = cooperating or (action == "reject" and _refused_to_sit_with(head, art.lex))
    if governing and not direct and not cooperating and not _about_governing(head, obj_region, action) \
            and not (action == "join" and _together_hung_on_speech(head)):
        return []  # "ruled out any cooperation with the PTI" is about governing together
    joined = _partners_also_acting(art, head, actors)
    if joined and len(joined) < len(actors):  # "the PSP and the MQM Bahali Committee announced the merger with the MQM-P"
        actors = [a for a in actors if a not in joined]
    counterparts = list(dict.fromkeys(p.kb_id_ for p in art.parties_in(max(head.i, (region_head or head).i) + 1, right.end)
                                      if p.kb_id_ not in actors and p.kb_id_ != "IND" and p.start not in skip
                                      and not _against_party(art, p)
                                      and not _under_other_noun(art, p, head)
                                      and not (action != "talks" and _under_talks(art, p, head))))
    if not counterparts:  # "announced its support for Prime Minister Imran Khan": the party a chief named alone leads
        counterparts = list(dict.fromkeys(c for t in obj_region for person in [art.person_at(t)] if person is not None
                                          and person.start == t.i for c in _party_led_by(art, person) if c not in actors))
    if not counterparts:
        counterparts = candidates or sided_people
    backed = [c for o in head.children if o.dep_ == "dobj" and art.party_at(o) is not None for c in _np_parties(art, o)]
    if head.lemma_.lower() in ("support", "back", "endorse") and backed:
        counterparts = [c for c in counterparts if c in backed]  # "to back PTI in Punjab as PML-N bid falters": the one backed
    beside = {c: _beside(art, c, head, right) for c in counterparts}
    witnesses = [c for c, how in beside.items() if how == "witness"]
    coactors = [c for c, how in beside.items() if how == "along"]
    if len(coactors) < len(counterparts) - len(witnesses):  # another party is the one joined: those 'along with' act too
        actors = actors + [c for c in coactors if action in ("join", "leave")]
        counterparts = [c for c in counterparts if c not in coactors]
    counterparts = [c for c in counterparts if c not in witnesses]
    if charter is not None:  # the signatories, those 'along with' too, join the alliance whose charter it is
        along = [p.kb_id_ for p in art.parties_in(head.i + 1, right.end) if p.kb_id_ not in ("IND", charter)
                 and _beside(art, p.kb_id_, head, right) == "along"]
        actors = list(dict.fromkeys(actors + [c for c in counterparts + along if c != charter]))
        counterparts = [charter]
    if action == "join" and head.lemma_.lower() in art.lex["coalition_opposition_verbs"] \
            and any(t.lower_ == "opposition" for t in obj_region):
        counterparts = []  # "will sit in opposition with the JUI-F": a fellow of the opposition is no partner joined
    declined_joining = action == "reject" and any(c.dep_ == "xcomp" and c.lemma_.lower() in ("join", "enter", "become", "be")
                                                  for c in head.children)  # "refused to join the federal cabinet"
    declined_joining = declined_joining or (action == "reject" and _refused_to_sit_with(head, art.lex))  # "... to sit with the coalition"
    if action in ("join", "reject") and (declined_joining or head.lemma_.lower() in (
            "join", "enter", "return", "go", "come", "become", "be", "side", "support", "back", "ally", "declare", "extend", "announce", "lend", "pledge",
            *art.lex["coalition_opposition_verbs"], *art.lex["coalition_join_extra_verbs"])) \
            and not counterparts:
        if any(t.lower_ == "opposition" for t in obj_region):
            counterparts = [None] if action == "join" else []
        elif any(t.lower_ in ("government", "govt", "cabinet", "coalition", "set-up", "setup", "treasury") and not _local_body(t)
                 and t.dep_ != "poss"  # "an alliance built on the government's resources": whose, not what is joined
                 and not any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "no") for c in t.children) for t in obj_region) \
                and government_of(art, sent) not in (None, *actors):
            counterparts = [government_of(art, sent)]  # "joined the federal government": the party that leads it
    if counterparts and action in ("join", "reject") and _government_beside_party(art, obj_region):
        led = government_of(art, sent)  # "refused to join either the government or the PTI-led opposition"
        counterparts += [led] if led and led not in actors and led not in counterparts else []
    if not counterparts and action in ("join", "reject"):
        ruling = _ruling_group(art, sent, obj_region, set(actors))  # "declined an offer to join the ruling alliance"
        counterparts = [ruling] if ruling else []
    if not counterparts and action == "join" and _bare_support(head, obj_region):
        led = government_of(art, sent)  # "the BAP and the IPP pledged their support": to the party forming the government
        counterparts = [led] if led and led not in actors else []
    if not counterparts and action in ("join", "reject"):
        counterparts = _group_pronoun(art, sent, obj_region, actors) or party_pronoun(art, sent, obj_region, actors)
    if not counterparts and any(c.dep_ == "agent" for c in head.children):  # "the PTI is backed by the MQM-P"
        counterparts = [c for s in head.children if s.dep_ == "nsubjpass" for c in _np_parties(art, s) if c not in actors]
    if not counterparts:
        counterparts = _former_or_latter(art, sent, obj_region, actors) or _the_two_named(art, obj_region, actors)
    if not counterparts:
        led = _led_by(art, obj_region)
        if led and led not in actors:
            counterparts = [led]
    if not counterparts and (action in ("leave", "join") or declined_joining):  # "declined to join the alliance"
        counterparts = _alliance_meant(art, sent, obj_region, actors)
    if not counterparts and action == "leave":
        led = government_party(art, sent, set(actors)) or _ruling_group(art, sent, obj_region, set(actors)) \
            or _bare_support_withdrawn(art, sent, head, actors)
        if led is None and not governing and any(art.doc[i].lower_ == "sides" for i in phrase):
            led = government_of(art, sent)  # "the BAP switched sides": from the government's side, its leader's
            led = led if led not in actors else None
        counterparts = [led] if led else []
    makers, formed = _alliance_makers(art, head) if action == "join" else ([], [])
    if makers:  # "the ARD was formed by the PPP, the PML-N and ...": each maker joins the alliance, not the others
        actors, counterparts = makers, formed
    if action == "join" and not counterparts and len(actors) > 1 and any(
            t.lower_ == "opposition" and t.dep_ in ("dobj", "pobj", "attr") for t in obj_region):
        counterparts = [None]  # "A and B would form a joint opposition": each joins the opposition (an "opposition alliance" is theirs)
    joint = len(actors) > 1 and not counterparts and not _for_someone(art, head) and (action in ("join", "talks") or (
        action == "leave" and any(t.lower_ == "their" for t in obj_region)))  # "A and B ended their coalition"
    mutual = action == "join" and counterparts and None not in counterparts and len(actors) == 1 and any(
        t.lemma_.lower() in DEAL_NOUNS and not _basis_of(t, head) and not _led_group_entered(t, head)
        and not _coded_alliance_entered(art, t, head, counterparts)
        and not _gloss_on_act(t, head)  # "A voted for B's man, an arrangement that ...": the writer's word for A's act
        for t in obj_region)  # "A made a deal with B": both agreed
    status = _hedged_here(art, sent, head, act_status(head, sent, art.lex, phrase, hearsay=action != "talks"),
                          sourced=action != "talks")
    if action == "talks":
        status = talks_status(head, phrase, status, art.lex)
    if status is None:
        return []
    if action == "join" and _no_intention(art, head):
        action, status, rule = "reject", "fact", "coalition.reject.no_intention"
    if action == "join" and status == "denied" and _no_alliance_with(obj_region):
        action, status, rule, mutual = "reject", "fact", "coalition.reject.no_alliance_with", False
    if action == "join" and status == "denied" and _will_not_sit_with(head, art.lex):
        action, status, rule = "reject", "fact", "coalition.reject.not_sit_with"
    pairs = []
    hub = _speaker_hub(art, head, actors) if joint else None
    if hub:
        pairs = [pair for b in actors if b != hub for pair in ((hub, b), (b, hub))]
    elif joint:
        pairs = [(a, b) for a in actors for b in actors if a != b]
    else:
        pairs = [(a, c) for a in actors for c in dict.fromkeys(counterparts or [None])]
        if action == "leave" and not counterparts:
            pairs = [(a, None) for a in actors]  # "the MQM-P and the BAP walked out of the coalition": each leaves it
    if mutual and status == "fact":  # "A signed an agreement with B and C": each of them agreed with A
        pairs += [(c, actors[0]) for c in dict.fromkeys(counterparts)]
    if action == "join" and len(actors) > 1 and counterparts and None not in counterparts and _formed_together(head, art.lex):
        pairs += [(a, b) for a in actors for b in actors if a != b]  # "A and B agreed to form a government with C": A and B too
    if action == "join":
        backers = _backers(art, head)  # forming a government with their backing is a joint act: both ways
        pairs += [pair for c in backers for a in actors if c != a for pair in ((a, c), (c, a)) if pair not in pairs]
    kept = [(actor, counterpart) for actor, counterpart in pairs if counterpart is not None or _partner_implied(action, status, obj_region)]
    if not kept:
        return []  # dated only when something is recorded: working out the day is the costly part
    when = event_date(art, sent, head, inherit=_in_lead(art, sent) or vote_cast(head, art.lex)
                      or sides_of_the_meeting(head, art.lex) or stated_as_coming(head, status, art.lex))
    scope = _scope(art, sent)
    return [Event(doc=art.doc_id, type="coalition", actor=actor, counterpart=counterpart, action=action,
                  scope=scope, date=when, status=status, evidence=art.evidence(sent, rule), confidence=0.55)
            for actor, counterpart in kept]


def _refused_to_sit_with(head: Token, lex) -> bool:
    """'refused to sit with the PPP', 'declined to sit with the new coalition': refusing to sit with a party is
    refusing to govern with it. Sitting or standing with a party agreed to needs a word of governing (a rally's
    stage is shared too); a refusal to share the benches is told of the house."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in lex["coalition_opposition_verbs"]
               and any(p.dep_ == "prep" and p.lower_ == "with" for p in c.children) for c in head.children)


def _will_not_sit_with(head: Token, lex) -> bool:
    """'We will not sit with the PML-N, the PPP or the MQM-P': a party that says it will not sit with another
    refuses to govern with it, as one that refuses to (above); only the refusal is told of the house."""
    return head.lemma_.lower() in lex["coalition_opposition_verbs"] and any(c.dep_ == "neg" for c in head.children) \
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in head.children)


def _told_among_partners(sent: Span) -> bool:
    """'The NP and the PkMAP, which were part of the coalition, said they would stand by the PML-N': standing
    by a party in a sentence about the coalition or the government is staying its partner."""
    return any(t.lower_ in GOVERNMENT_WORDS for t in sent)


def _formed_together(head: Token, lex) -> bool:
    """'agreed to form a coalition government with the BAP', 'formed an alliance with the JUI-F': the subjects
    make the coalition between them as well as with the party after 'with'; joining something that stands
    ('joined the PDM') makes no partners of the joiners."""
    verbs = [head, *(c for c in head.children if c.dep_ == "xcomp")]
    return any(v.lemma_.lower() == "form" and any(c.dep_ == "dobj" and c.lemma_.lower() in JOIN_NOUNS | GOVERNMENT_WORDS
                                                  for c in v.children)
               and any(c.dep_ == "prep" and c.lower_ == "with" for h in (v, *v.children) for c in h.children)
               for v in verbs)  # the third is named after 'with'; "formed the Grand Democratic Alliance" names the alliance


def _partner_implied(action: str, status: str, obj_region: list[Token]) -> bool:
    """An act with no partner named is still recorded when its words give one: a rejection of 'any electoral
    alliance' rules out every partner; joining 'the opposition'; leaving 'the government'."""
    if action not in ("leave", "join") and not (action == "reject" and status == "fact" and _any_alliance(obj_region)):
        return False  # "will not be part of any electoral alliance" rules out every partner, none named
    if action == "join" and _with_unnamed_parties(obj_region):
        return True  # "an electoral alliance with all opponent parties of the PPP": a group no one names
    if action == "join" and not any(t.lower_ in ("opposition", "opposition's") for t in obj_region):
        return False
    return any(t.lower_ in GOVERNMENT_WORDS for t in obj_region)


def _with_unnamed_parties(region: list[Token]) -> bool:
    """'to make an electoral alliance with all opponent parties of the PPP': an alliance made with parties
    written only as a group told by its relation to another party is joined with a group, its counterpart null
    ('with several like-minded parties' is left alone: such partners are named further on)."""
    return any(t.lower_ == "parties" and t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.lower_ in JOIN_NOUNS
               and any(c.dep_ == "prep" and c.lower_ in ("of", "to") and any(g.pos_ == "PROPN" for g in c.subtree)
                       for c in t.children)
               for t in region)


def _any_alliance(region: list[Token]) -> bool:
    """'any alliance', 'any government': every partnership of a kind at once."""
    return any(t.lower_ == "any" and t.dep_ == "det" and t.head.lower_ in JOIN_NOUNS | GOVERNMENT_WORDS - {"opposition"}
               for t in region)


def _no_alliance_with(region: list[Token]) -> bool:
    """'will not enter any alliance with it': no partnership of any kind with a party rules that party out, where
    'would not join any coalition led by the PML-N' (a government that stands) is a joining denied."""
    return any(t.lower_ == "any" and t.dep_ == "det" and t.head.lower_ in JOIN_NOUNS for t in region) \
        and any(t.dep_ == "prep" and t.lower_ == "with" for t in region)


def _alliance_formed(art: Article, head: Token) -> list[str]:
    """'The TTAP was formed in March by the PTI, the PkMAP and the MWM': an alliance (a party with its own code)
    made by the parties of the agent, each of which joins it."""
    if not any(c.dep_ == "agent" for c in head.children):
        return []
    return [code for s_ in head.children if s_.dep_ == "nsubjpass" for code in _np_parties(art, s_)
            if code in art.lex["coalition_alliance_codes"]]


def _alliance_makers(art: Article, head: Token) -> tuple[list[str], list[str]]:
    """The parties of the agent of 'The TTAP was formed in March by the PTI, the PkMAP and the MWM', and the
    alliance they formed: each maker joins the alliance (the first maker does not join the others)."""
    formed = _alliance_formed(art, head)
    agent = next((a for a in head.children if a.dep_ == "agent"), None)
    if not formed or agent is None:
        return [], formed
    sent = agent.sent  # the list after 'by' runs to the next verb (the parser hangs its items anywhere)
    end = next((t.i for t in sent if t.i > agent.i and t.pos_ in ("VERB", "AUX")), sent.end)
    makers = [p.kb_id_ for p in art.parties_in(agent.i + 1, end) if p.kb_id_ not in formed and p.kb_id_ != "IND"]
    return list(dict.fromkeys(makers)), formed


def _led_group_entered(noun: Token, head: Token) -> bool:
    """'The ANP joined the JUI-F-led alliance': an alliance one party leads, entered by another, is a one-sided
    joining (the leader does not join the newcomer), unlike 'formed an alliance with the JUI-F'; so is an alliance
    named after it ('joined the opposition alliance, the PDM')."""
    if _named_group_entered(noun, head):
        return True  # "joined the opposition alliance, the PDM", "sided with the opposition alliance, the PDM"
    return noun.dep_ == "dobj" and noun.head.i == head.i and head.lemma_.lower() in ("join", "rejoin", "enter") \
        and any(c.i < noun.i and c.lower_ in ("led", "headed") for c in noun.children)


def _coded_alliance_entered(art: Article, noun: Token, head: Token, counterparts: list[str]) -> bool:
    """'The JI had joined the alliance' (the MMA, named before): the alliance noun is the alliance joined, a
    party with its own code, and a member entering it is one-sided; the alliance does not join the member.
    'Formed an alliance with the PTI' keeps its deal: the noun is no object of joining there."""
    return noun.dep_ == "dobj" and noun.head.i == head.i and head.lemma_.lower() in ("join", "rejoin", "enter") \
        and bool(counterparts) and all(c in art.lex["coalition_alliance_codes"] for c in counterparts)


def _named_group_entered(noun: Token, head: Token) -> bool:
    """An alliance noun the act's object with a party's name set after it is that party, not a deal between the
    two sides: 'joined the opposition alliance, the PDM' is entered by one."""
    object_of_act = (noun.dep_ == "dobj" and noun.head.i == head.i) or (
        noun.dep_ == "pobj" and noun.head.lower_ in ("with", "to") and noun.head.head.i == head.i)
    return object_of_act and any(c.dep_ == "appos" and c.i > noun.i and c.pos_ == "PROPN" for c in noun.children)


def _gloss_on_act(noun: Token, head: Token) -> bool:
    """'The PPP voted for Mr Sharif without taking a ministry, an arrangement that gave it influence': a noun set
    off by a comma after the clause sums up the act in the writer's words (parsed as the subject's appositive or
    the verb's loose modifier); it names no deal struck with the other party, so the act stays one-sided."""
    if not (noun.dep_ == "npadvmod" and noun.head.i == head.i) and not (noun.dep_ == "appos" and noun.head.i < head.i):
        return False
    first = noun.left_edge.i
    return first > 0 and noun.doc[first - 1].text == ","


def _basis_of(noun: Token, head: Token) -> bool:
    """'joined the coalition on the basis of a written accord': a deal the act rests on does not make a
    one-sided joining mutual ('joined the PML-N under the Murree accord' is their accord, and mutual)."""
    tok = noun
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "basis":
            return True
        tok = tok.head
    return False


def _in_defiance(art: Article, head: Token) -> bool:
    """'voted for X in defiance of the party leadership', 'dissident PML-N lawmakers backed X': members who
    act against their party's line do not act for it."""
    words = set(art.lex["coalition_defiance_words"])
    if any(t.dep_ == "pobj" and t.head.dep_ == "prep" and t.lemma_.lower() in words for t in head.subtree):
        return True  # "in defiance of", however it is attached
    return any(t.lower_ in words for s in subjects_of(head) for t in s.subtree)


def _local_body(word: Token) -> bool:
    """'an alliance for the local government elections': local government is a tier of polls, not the
    government a party joins."""
    return any(c.lower_ == "local" for c in word.children) or (word.i > 0 and word.doc[word.i - 1].lower_ == "local")


def _opposes(art: Article, verb: Token) -> bool:
    """'taking on the PTI in its own backyard', 'to defeat the PML-N': a verb of contest under the act
    names the party the allies face, no partner."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    return lemma in art.lex["coalition_opposing_verbs"] or (
        lemma == "take" and any(c.dep_ == "prt" and c.lower_ in ("on", "down") for c in verb.children))


def _against_party(art: Article, party: Span) -> bool:
    """'an anti-PTI alliance': the party written after 'anti-' is the one opposed, no partner."""
    before = art.doc[max(0, party.start - 2):party.start].text.replace(" ", "").lower()
    return before.endswith(("anti-", "anti")) or party.text.lower().startswith("anti")


def _members_named(clause: Token) -> bool:
    """'would not become part of any alliance that included the PTI': a relative clause that lists who is in the
    group names the partners (unlike a side clause)."""
    return clause.dep_ == "relcl" and clause.lemma_.lower() in ("include", "comprise", "contain") \
        and clause.head.lower_ in JOIN_NOUNS | GOVERNMENT_WORDS


def _addressed(art: Article, head: Token, actors: list[str]) -> list[str] | None:
    """Who is approached, invited or offered: the object ('invited the former to join', 'approached
    PML-F president Pir Pagara', 'made an offer to the PTI-P'); None when the verb has no object."""
    objects = [c for c in head.children if c.dep_ in ("dobj", "dative") and c.lower_ not in TALK_NOUNS | {"proposal", "support"}]
    objects += [g for c in head.children if c.dep_ == "prep" and (c.lower_ in ("to", "from") or (c.lower_ in ("on", "upon")
                and _called_on(head, art.lex))) for g in c.children if g.dep_ == "pobj"]
    if any(c.dep_ == "agent" for c in head.children) or _agent_on_object(art, head) \
            or (not objects and any(c.dep_ == "nsubjpass" for c in head.children)):
        # "X was approached by the PPP", "X, which had been approached", "X has been approached, a PPP leader said",
        objects = [head.head if head.dep_ == "relcl" and c.lower_ in ("which", "who", "that") else c  # "X had been offered
                   for c in head.children if c.dep_ == "nsubjpass"] or objects                        # a role by the PML-N"
    if not objects:
        return None
    found: list[str] = []
    for obj in objects:
        found += [c for c in _object_parties(art, obj) or _speakers_party(art, obj) or _the_party_addressed(art, obj, actors)
                  if c not in actors and c not in found]
    return found


def _the_party_addressed(art: Article, obj: Token, actors: list[str]) -> list[str]:
    """'Opposition parties moved to court the QWP. The JUI-F and the PML-N invited the party to join hands': 'the
    party' approached is the last one named before it that is not the one approaching (in this or the sentence before)."""
    pronoun = obj.lower_ == "it" and (obj.dep_ == "dative" or obj.head.lemma_.lower() in ("approach", "invite", "contact", "court")) \
        and not any(c.dep_ == "mark" and c.lower_ in art.lex["condition_marks"] for c in obj.head.children)  # not 'even if the PTI invited it'
    if not pronoun and (obj.lower_ != "party" or not any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)):
        return []  # 'offered it two ministries', 'approached it': 'it' read as 'the party' is
    start = obj.sent.start
    if start > 0:
        start = art.doc[start - 1].sent.start
    named = [p.kb_id_ for p in art.parties_in(start, obj.i) if p.kb_id_ not in ("IND", *actors)]
    return named[-1:]


def _reporter_of_passive(art: Article, head: Token) -> list[str]:
    """'The NP and the ANP have also been approached, a PPP leader said': talks told in the passive with no
    agent are those of the party whose man reports them (never the party approached)."""
    if head.tag_ != "VBN" or any(c.dep_ == "agent" for c in head.children):
        return []
    approached = {c for s in head.children if s.dep_ == "nsubjpass" for c in _np_parties(art, s)}
    if not approached:
        return []
    return [c for c in _speaker_parties(art, head) if c not in approached][:1]


def _inviting_government(art: Article, head: Token) -> list[str]:
    """'invited him to join the PML-N-led government': the party whose government it is invites."""
    for c in head.children:
        if c.dep_ in ("xcomp", "ccomp"):
            led = _led_by(art, [t for t in subtree_span(c)])
            return [led] if led else []
    return []


def _talk_events(art: Article, sent: Span, head: Token, actors: list[str], others: list[str], rule: str, phrase: set[int]) -> list[Event]:
    region = list(subtree_span(head))
    if not others or not (_about_governing(head, region, "talks") or _talks_about_governing(art, sent, head)
                          or _asked_to_reconsider(art, head) or _envoys_sent(art, head)):
        return []
    status = talks_status(head, phrase, _hedged_here(art, sent, head, act_status(head, sent, art.lex, phrase, hearsay=False),
                                                     sourced=False), art.lex)
    if status is None:
        return []
    when = event_date(art, sent, head, inherit=_in_lead(art, sent))
    return [Event(doc=art.doc_id, type="coalition", actor=a, counterpart=c, action="talks", scope=_scope(art, sent), date=when,
                  status=status, evidence=art.evidence(sent, rule), confidence=0.55) for a in actors for c in others]


def _envoys_sent(art: Article, head: Token) -> bool:
    """'A PTI delegation met Mr Mengal and handed him a draft of commitments': a party sends a delegation to
    another party's chief to seek it as a partner, whatever else the sentence tells of the meeting."""
    return head.lemma_.lower() in art.lex["coalition_meet_verbs"] and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in art.lex["coalition_envoy_nouns"] for c in head.children)


def _asked_to_reconsider(art: Article, head: Token) -> bool:
    """'persuade him to reconsider', 'asked the MQM to review the decision': a party asked to go back on its
    decision is approached about it (its own decision, not a stance or a policy)."""
    return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in art.lex["coalition_reconsider_verbs"]
               and all(o.lemma_.lower() == "decision" for o in c.children if o.dep_ == "dobj") for c in head.children)


def _about_governing(head: Token, region: list[Token], action: str) -> bool:
    words = {t.lower_ for t in region} | {t.lemma_.lower() for t in region} | _hyphenated(region)
    if action in ("join", "talks") and words & {"sharing", "ministries", "portfolios", "ministry", "portfolio"}:
        return True  # "agreed on a power-sharing formula", "offered two ministries"
    if action in ("join", "leave"):
        return bool(words & (GOVERNMENT_WORDS | JOIN_NOUNS | {"adjustment", "candidate", "nominee", "hands", "rank", "ranks",
                                                              "ways", "weight", "jointly", "together"}
                                                              | ({"partner", "partners", "ally", "allies", "allied"} if action == "join" else set())
                                                              | (DEAL_NOUNS if action == "leave" else set()))) \
            or head.lemma_.lower() in ("merge", "ally")
    if action == "reject":
        return bool(words & (GOVERNMENT_WORDS | JOIN_NOUNS | DEAL_NOUNS | TALK_NOUNS | {"possibility", "adjustment", "candidate"})) \
            or any(t.pos_ == "VERB" and t.lemma_.lower() in ("back", "endorse") and any(  # "backing Shehbaz", not "to back the PTI's demand"
                c.dep_ == "dobj" and c.pos_ == "PROPN" for c in t.children) for t in region) \
            or ("power" in words and bool(words & {"share", "sharing"}))  # "ruled out sharing power with the MQM-P"
    return bool(words & (GOVERNMENT_WORDS | JOIN_NOUNS | TALK_NOUNS | {"strategy", "adjustment", "candidate"})) or \
        head.lemma_.lower() in ("approach", "contact", "woo") \
        or (head.lemma_.lower() == "reach" and any(c.lower_ == "out" for c in head.children))  # "reached out to the JUI-F"


def _gerund_refused(clause: Token, head: Token, action: str) -> bool:
    """'ruled out supporting the PML-N' (parsed as an adverbial clause): a gerund right after a refusal is
    what is refused, not a side clause."""
    return action == "reject" and clause.tag_ == "VBG" and clause.head.i == head.i \
        and not any(c.dep_ == "mark" for c in clause.children) and all(t.dep_ == "prt" for t in head.doc[head.i + 1:clause.i])


def _hyphenated(region: list[Token]) -> set[str]:
    """Words the tokenizer split at a hyphen ('set-up' as 'set', '-', 'up'), written whole again."""
    return {f"{a.lower_}-{c.lower_}" for a, b, c in zip(region, region[1:], region[2:])
            if b.text == "-" and a.i + 1 == b.i and b.i + 1 == c.i}


