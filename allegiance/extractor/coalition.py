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
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span, Token

from ..model import Event
from .base import GROUP_NOUNS, Article, clause_heads, subjects_of, subtree_span
from .membership import event_date
from .status import act_status
from .triggers import phrase_head, phrase_hits

JOIN_VERBS = {"agree", "ally", "support", "back", "join", "form", "sign", "enter", "merge", "endorse", "side", "reach", "lend",
              "pledge", "extend", "announce", "make", "strike", "seal", "ink", "clinch", "finalise", "finalize", "concur", "put", "throw",
              "hold", "forge", "conclude"}
DEAL_NOUNS = {"deal", "agreement", "pact", "accord", "understanding", "settlement", "adjustment", "alliance", "arrangement"}
JOIN_NOUNS = {"agreement", "alliance", "coalition", "support", "deal", "adjustment", "understanding", "accord", "pact", "merger", "partnership", "hands"}
LEAVE_VERBS = {"quit", "leave", "exit", "withdraw", "separate", "part", "break", "dump", "abandon", "desert", "pull"}
REJECT_VERBS = {"decline", "reject", "refuse", "rule", "spurn", "brush", "turn"}
TALK_VERBS = {"approach", "contact", "negotiate", "offer", "invite", "seek", "woo", "court"}
TALK_HOLDERS = {"hold", "begin", "start", "initiate", "open", "resume", "launch"}
TALK_NOUNS = {"talks", "negotiations", "offer", "contact", "contacts", "consultations", "dialogue", "invitation", "overtures", "parleys"}
GOVERNMENT_WORDS = {"government", "govt", "coalition", "alliance", "set-up", "setup", "centre", "center", "opposition", "camp", "treasury", "bloc", "cabinet"}
CUE_WORDS = GOVERNMENT_WORDS | JOIN_NOUNS | TALK_NOUNS | DEAL_NOUNS | {"merge", "merged", "weight", "ways", "jointly", "together", "adjustment", "seat", "candidate", "candidates", "nominee", "hands", "ties", "ranks", "rank"}


def _between_pairs(art: Article, sent: Span) -> list[Event]:
    """'the settlement between the PML-Q and the PTI', 'talks between the PPP and the PML-N':
    a joint act named by a noun, recorded both ways."""
    events = []
    talk_nouns = art.lex["coalition_talk_with_nouns"]
    for tok in sent:
        if tok.lemma_.lower() in DEAL_NOUNS or _settled_rift(art, tok):
            action = "join"
        elif tok.lower_ in talk_nouns and tok.pos_ in ("NOUN", "PROPN"):
            action = "talks"
        else:
            continue
        if action == "join" and _failed(art, tok):
            continue
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                codes = list(dict.fromkeys(p.kb_id_ for p in art.parties_in(prep.i, subtree_span(prep).end) if p.kb_id_ != "IND"))
                if not codes and action == "join" and _the_two_named(prep):
                    codes = _last_two_parties(art, prep.i)  # "the agreement between the two parties" (talks stay one-sided)
                if len(codes) == 2 and (action == "join" or tok.lower_ not in art.lex["coalition_meeting_nouns"]
                                        or _talks_about_governing(art, sent, tok)):
                    events += _noun_events(art, sent, tok, action, [tuple(codes), tuple(codes[::-1])], "between")
                elif len(codes) == 1 and action == "join" and any(t.lower_ == "opposition" and t.dep_ in ("pobj", "conj")
                                                                  for t in subtree_span(prep)):
                    events += _noun_events(art, sent, tok, action, [(codes[0], None)], "between")  # "between the PTI and the opposition"
    return events


def _the_two_named(prep: Token) -> bool:
    """'between the two parties', 'between both sides': the pair the story has just named."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in ("party", "side") and any(c.lower_ in ("two", "both") for c in g.children)
               for g in prep.children)


def _settled_rift(art: Article, noun: Token) -> bool:
    """'differences between the PTI and the PML-Q have been settled', 'resolved the rift between ...':
    two parties making up is their agreeing to go on together (a rift merely named is no act)."""
    if noun.lower_ not in art.lex["coalition_rift_nouns"] or noun.dep_ not in ("nsubjpass", "dobj", "nsubj"):
        return False
    verb = noun.head
    return verb.lemma_.lower() in art.lex["coalition_settle_verbs"] and not any(c.dep_ == "neg" for c in verb.children)


def _end_of_coalition(art: Article, sent: Span) -> list[Event]:
    """'A and B announced an end to their coalition' (both leave), 'announcing the end of the alliance'
    (the speaker's party leaves), 'the end of its alliance with the PTI'."""
    events = []
    if art.words(sent)[0].isdisjoint(art.lex["coalition_end_nouns"]):
        return events
    for tok in sent:
        if tok.lower_ not in art.lex["coalition_end_nouns"] or tok.pos_ != "NOUN":
            continue
        targets = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "of")
                   for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in JOIN_NOUNS | DEAL_NOUNS | {"partnership"}]
        if not targets or not (tok.dep_ == "dobj" and tok.head.lemma_.lower() in art.lex["coalition_end_announcers"]):
            continue
        target = targets[0]
        partners = [c for prep in target.children if prep.dep_ == "prep" and prep.lower_ == "with"
                    for c in _object_parties(art, prep)]
        if any(c.lower_ == "their" for c in target.children) and not partners:
            named = list(dict.fromkeys(p.kb_id_ for p in art.doc.spans["parties"]
                                       if sent.start <= p.start and p.end <= tok.i and p.kb_id_ != "IND"))
            if len(named) >= 2:
                events += _noun_events(art, sent, tok, "leave", [(a, b) for a in named for b in named], "end")
                continue
        actors = _acting_parties(art, sent, tok, allow_person=True)
        events += _noun_events(art, sent, tok, "leave", [(a, c) for a in actors for c in (partners or [None]) if c not in actors], "end")
    return events


def _offers_received(art: Article, sent: Span) -> list[Event]:
    """'turned down an invitation from the PML-N', 'accepted the PTI's offer': the one who offered
    approached the one who answers."""
    events = []
    if art.words(sent)[0].isdisjoint(art.lex["coalition_offer_nouns"]):
        return events
    for tok in sent:
        if tok.lower_ not in art.lex["coalition_offer_nouns"] or tok.dep_ != "dobj":
            continue
        if _action_of(tok.head, art.lex) != "reject" and tok.head.lemma_.lower() not in ("accept", "welcome", "receive", "consider"):
            continue
        offerers = [c for c in tok.children if c.dep_ == "poss" or (c.dep_ in ("compound", "nmod") and art.party_at(c) is not None)
                    for c in _np_parties(art, c)]  # "the PTI's offer", also when "'s" is parsed as a compound's case
        offerers += [c for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in ("from", "by") for c in _object_parties(art, prep)]
        answerers = _acting_parties(art, sent, tok.head, allow_person=True)
        told = not offerers and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
        if told:
            offerers = _offer_just_told(art, answerers)  # "... offered the PML-Q the speaker's office. Mr Elahi declined the offer."
        if not offerers:
            continue
        pairs = [(a, b) for a in dict.fromkeys(offerers) for b in answerers if a != b]
        if pairs:
            status = _hedged_here(art, sent, tok, act_status(tok.head, sent, art.lex, {tok.head.i}, hearsay=False) or "fact", sourced=False)
            when = event_date(art, sent, tok.head, inherit=_in_lead(art, sent))
            made = event_date(art, sent, tok.head, inherit=False)  # the offer came before the answer: the story's day is not its day
            events += [Event(doc=art.doc_id, type="coalition", actor=a, counterpart=b, action="talks", scope=_scope(art, sent),
                             date=made, status="fact" if status == "denied" else status,
                             evidence=art.evidence(sent, "coalition.talks.offer_received"), confidence=0.5) for a, b in pairs]
            if tok.head.lemma_.lower() in art.lex["coalition_accept_verbs"] and not _offer_of_talks(art, tok):
                events += [Event(doc=art.doc_id, type="coalition", actor=b, counterpart=a, action="join", scope=_scope(art, sent),
                                 date=when, status=status, evidence=art.evidence(sent, "coalition.join.offer_accepted"), confidence=0.5)
                           for a, b in pairs]  # "accepted the PTI's offer of the chief ministership": it sides with the offerer
            if told and _action_of(tok.head, art.lex) == "reject":  # the offer told before names no party here for the verb's rule
                events += [Event(doc=art.doc_id, type="coalition", actor=b, counterpart=a, action="reject", scope=_scope(art, sent),
                                 date=when, status=status, evidence=art.evidence(sent, "coalition.reject.offer_told"), confidence=0.5)
                           for a, b in pairs]
    return events


def _offer_just_told(art: Article, answerers: list[str]) -> list[str]:
    """'the offer' answered: the party whose offer (talks) to the answering party the story has just told."""
    for event in reversed(art.events[-6:]):
        if event.type == "coalition" and event.action == "talks" and event.counterpart in answerers:
            return [event.actor]
    return []


def _offer_of_talks(art: Article, offer: Token) -> bool:
    """'accepted the PPP's offer of talks', 'the invitation to a dialogue': an offer of talks accepted is talks, not a join."""
    return any(t.lower_ in art.lex["coalition_talk_with_nouns"] or t.lower_ in TALK_NOUNS
               for t in subtree_span(offer) if t.i > offer.i)


def _joint_candidate(art: Article, sent: Span) -> list[Event]:
    """'Elahi, the joint candidate of the PTI and the PML-Q', 'the PTI and the PML-Q fielded Elahi as their
    joint candidate': parties with one candidate between them have joined hands (each way)."""
    events = []
    for tok in sent:
        if tok.lemma_.lower() not in art.lex["coalition_candidacy_nouns"] or not any(
                c.dep_ == "amod" and c.lower_ in art.lex["coalition_joint_adjectives"] for c in tok.children):
            continue
        named = [c for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of" for c in _object_parties(art, prep)]
        if named:  # "of the PTI and the PML-Q" with the second party parsed as a conjunct of the noun
            named += [p.kb_id_ for c in tok.children if c.dep_ == "conj" for p in [art.party_at(c)] if p is not None]
        if not named and any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children):
            verb = next((h for h in tok.ancestors if h.pos_ in ("VERB", "AUX")), None)  # "fielded Elahi as their joint candidate"
            named = [c for subj in (subjects_of(verb) if verb is not None else []) for c in _np_parties(art, subj)]
        named = list(dict.fromkeys(named))
        if len(named) >= 2:
            events += _noun_events(art, sent, tok, "join", [(a, b) for a in named for b in named], "joint_candidate")
    return events


def _alliance_members(art: Article, sent: Span) -> list[Event]:
    """'TTAP, formed last year, comprises the PTI, the PkMAP and the MWM', 'the MMA consists of six parties':
    the parties an alliance with a code of its own is made of have joined it."""
    events = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in art.lex["coalition_comprise_verbs"]:
            continue
        alliances = [c for subj in subjects_of(tok) for c in _np_parties(art, subj) if c in art.lex["coalition_alliance_codes"]]
        if len(alliances) != 1:
            continue
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        members = [p.kb_id_ for o in objects for span in [subtree_span(o)] for p in art.parties_in(span.start, span.end)
                   if p.kb_id_ not in ("IND", alliances[0])]
        events += _noun_events(art, sent, tok, "join", [(m, alliances[0]) for m in dict.fromkeys(members)], "member")
    return events


def _withdrawn_in_favour(art: Article, sent: Span) -> list[Event]:
    """'the PML-N and the JUI-F withdrew their candidates in favour of the PPP's Gilani': standing down for
    another party's candidate backs that party (each withdrawing party acts)."""
    events = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in art.lex["coalition_stand_down_verbs"]:
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in art.lex["coalition_candidacy_nouns"] for c in verb.children):
            continue
        favoured = [code for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "for")
                    for n in c.children if n.dep_ == "pobj" and n.lower_ in ("favour", "favor")
                    for of in n.children if of.dep_ == "prep" and of.lower_ == "of" for code in _object_parties(art, of)]
        if not favoured:
            continue
        actors = _acting_parties(art, sent, verb, allow_person=True)
        events += _noun_events(art, sent, verb, "join", [(a, b) for a in actors for b in dict.fromkeys(favoured) if a != b], "in_favour")
    return events


def _support_secured(art: Article, sent: Span) -> list[Event]:
    """'the PML-N has secured the support of the PML-Q and the IPP', 'won the backing of the BAP': the
    parties whose support is won act towards the party that wins it."""
    events = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in art.lex["coalition_secure_verbs"]:
            continue
        backing = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in art.lex["coalition_backing_nouns"]]
        givers = [code for noun in backing for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for code in _object_parties(art, prep)]
        if not givers:
            continue
        winners = _acting_parties(art, sent, verb, allow_person=True)
        events += _noun_events(art, sent, backing[0], "join", [(g, w) for g in dict.fromkeys(givers) for w in winners if g != w], "secured")
    return events


def _exit_of(art: Article, sent: Span) -> list[Event]:
    """'The MQM-P's exit came two days after ...', 'the BAP's withdrawal from the coalition': a party's
    leaving named by a noun it owns; from a government (or from nothing named) it leaves the government."""
    events = []
    if art.words(sent)[0].isdisjoint(art.lex["coalition_exit_nouns"]):
        return events
    for tok in sent:
        if tok.lower_ not in art.lex["coalition_exit_nouns"] or tok.pos_ != "NOUN":
            continue
        owners = [code for c in tok.children if c.dep_ == "poss" for code in _np_parties(art, c)]
        froms = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
        if not owners or any(g.lower_ not in GOVERNMENT_WORDS and art.party_at(g) is None for g in froms):
            continue  # "its exit from the race" is no coalition act
        partners = [code for g in froms for code in _np_parties(art, g)] or [government_party(art, sent, set(owners))
                                                                            or government_of(art, sent)]
        found = _noun_events(art, sent, tok, "leave", [(a, b) for a in owners for b in partners if b and b != a], "exit")
        if any(c.dep_ == "amod" and c.lower_ in art.lex["coalition_hedge_adjectives"] for c in tok.children):
            found = [replace(e, status="possible") if e.status == "fact" else e for e in found]  # "its possible exit"
        events += found
    return events


def _deal_with(art: Article, sent: Span) -> list[Event]:
    """'the PML-Q's merger with the PTI', 'a merger of the PML-Q with the PTI', 'from the JUI-F for its
    election alliance with the PTI': a deal noun whose owner and partner are both named. A merger is one
    party's act; an alliance or an adjustment is both parties' act."""
    events = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("NOUN", "PROPN") or lemma not in DEAL_NOUNS | {"merger", "partnership", "coalition"} or _failed(art, tok):
            continue
        if _ended_by_word_before(art, tok):
            continue  # "PTI Ends Alliance With QWP": an alliance ended, which the ending verb's rule reads
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in art.lex["coalition_review_verbs"]:
            continue  # "was reviewing its alliance with the PML-N": one that stands, put in doubt, not made
        of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
        withs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"]
        if not withs and of and tok.dep_ in ("dobj", "pobj"):  # "addressed a merger of X with Y": 'with' hangs on the verb
            withs = [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > tok.i]
        if not withs:
            continue
        owners = [c for c in _np_parties(art, tok) if art.party_at(tok) is None]
        if not owners and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
            owners = _acting_parties(art, sent, tok) or [p for p in [art.focus_party(tok.i)] if p]  # "announce their merger with"
        for prep in of:
            owners += [c for c in _object_parties(art, prep) if c not in owners]
        hedged = tok.dep_ == "dobj" and tok.head.lemma_.lower() in art.lex["coalition_consider_verbs"]
        if not owners and hedged:  # "the JUI-F is mulling an alliance with the PTI"
            owners = _acting_parties(art, sent, tok.head)
        if not owners and tok.dep_ == "pobj" and tok.head.lower_ == "in" and not any(c.dep_ == "det" for c in tok.children) \
                and _verb_above(tok.head).lemma_.lower() in art.lex["coalition_contest_verbs"]:
            owners = _acting_parties(art, sent, tok)  # "will contest the election in alliance with the MWM" (not "remained in alliance")
        if not owners:
            owners = _party_just_before(art, tok)
        partners = [c for prep in withs for c in _object_parties(art, prep) if c not in owners
                    and not _under_other_prep(art, c, prep)]
        if not owners or not partners:
            continue
        pairs = [(a, b) for a in owners for b in partners]
        if lemma != "merger" and not hedged:  # an alliance made is both parties' act; one mulled is the muller's
            pairs += [(b, a) for a, b in pairs]
        found = _noun_events(art, sent, tok, "join", pairs, "with")
        if hedged or any(c.dep_ == "amod" and c.lower_ in art.lex["coalition_hedge_adjectives"] for c in tok.children):
            found = [replace(e, status="possible") if e.status == "fact" else e for e in found]
        events += found
    return events


def _ended_by_word_before(art: Article, noun: Token) -> bool:
    """'ended its alliance with', and in a Title Case headline 'Ends Alliance With' (parsed as one name):
    the word before the deal noun, past any determiner, is a form of an ending verb."""
    i = noun.i - 1
    while i >= noun.sent.start and noun.doc[i].dep_ in ("det", "poss"):
        i -= 1
    if i < noun.sent.start:
        return False
    word = noun.doc[i]
    forms = {f"{v}{end}" for v in art.lex["coalition_end_verbs"] for end in ("", "s", "ed", "d", "ing")} | {"broke", "snapped"}
    return word.lemma_.lower() in art.lex["coalition_end_verbs"] or word.lower_ in forms


def _under_other_prep(art: Article, code: str, prep: Token) -> bool:
    """'adjustment with the PTI in the Senate ... and from the JUI-F for ...': a party reached from the
    'with' only through another preposition ('from', 'by') is not the partner."""
    span = subtree_span(prep)
    for party in art.parties_in(span.start, span.end):
        if party.kb_id_ != code:
            continue
        tok = party.root
        while tok.i != prep.i and tok.head.i != tok.i:
            if tok.pos_ == "ADP" and tok.dep_ in ("prep", "conj") and tok.lower_ != "with":
                break
            tok = tok.head
        else:
            return False
        if tok.i == prep.i:
            return False
    return True


def _verb_above(prep: Token) -> Token:
    """The verb a prepositional phrase belongs to, through the object it may hang on ('contest the election in ...')."""
    head = prep.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "pobj") and head.head.pos_ == "VERB":
        return head.head
    return head


def _party_just_before(art: Article, tok: Token) -> list[str]:
    """'from the JUI-F for election alliance with ...': the party written a few words before the noun, no verb between."""
    before = [p for p in art.doc.spans["parties"] if tok.sent.start <= p.start and p.end <= tok.i and tok.i - p.end <= 4]
    if not before or before[-1].kb_id_ == "IND":
        return []
    if any(t.pos_ in ("VERB", "AUX") for t in art.doc[before[-1].end:tok.i]):
        return []
    return [before[-1].kb_id_]


def _noun_events(art: Article, sent: Span, tok: Token, action: str, pairs: list[tuple[str, str | None]], how: str) -> list[Event]:
    status = _hedged_here(art, sent, tok, act_status(tok, sent, art.lex, {tok.i}, hearsay=action != "talks") or "fact",
                          sourced=action != "talks")
    when = event_date(art, sent, tok, inherit=_in_lead(art, sent))
    return [Event(doc=art.doc_id, type="coalition", actor=a, counterpart=b, action=action, scope=_scope(art, sent), date=when,
                  status=status, evidence=art.evidence(sent, f"coalition.{action}.{how}"), confidence=0.5)
            for a, b in dict.fromkeys(pairs) if a != b and a is not None]


def _talks_about_governing(art: Article, sent: Span, tok: Token) -> bool:
    """Talks count as coalition talks when the sentence is about governing together; a bare
    meeting or contact needs a plainer cue (coalition, power sharing, ministries)."""
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    strong = words & ({"coalition", "alliance", "adjustment", "support", "cooperation", "allied", "ally"}
                      | art.lex["coalition_office_words"])
    if tok.lower_ in art.lex["coalition_meeting_nouns"]:
        return bool(strong)
    return bool(strong or words & GOVERNMENT_WORDS or any(h for h in art.doc.spans["houses"] if sent.start <= h.start < sent.end))


def _talk_nouns(art: Article, sent: Span) -> list[Event]:
    """'held talks with the PML-N', 'after parleys with the PML-N and the PPP', 'in contact with the PTI'
    (the acting party talks with each party named after 'with'); 'PPP, PML-N talks' (both ways)."""
    events = []
    if art.words(sent)[0].isdisjoint(art.lex["coalition_talk_with_nouns"]):
        return events
    for tok in sent:
        if tok.lower_ not in art.lex["coalition_talk_with_nouns"] or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if _action_of(tok.head, art.lex) == "reject":
            continue  # "ruled out talks with the PPP" is a rejection
        named = _parties_named_before(art, tok)
        if len(named) >= 2 and tok.lower_ not in art.lex["coalition_meeting_nouns"]:  # "PPP, PML-N talks": parties talking
            events += _noun_events(art, sent, tok, "talks", [(a, b) for a in named for b in named], "compound")
            continue
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"]
        if not preps and tok.dep_ in ("nsubj", "nsubjpass"):  # "talks are going on with the MQM"
            preps = [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "with"]
        if not preps:
            continue
        if tok.lower_ in art.lex["coalition_meeting_nouns"] and not _talks_about_governing(art, sent, tok):
            continue  # a party talking with a party needs no more; a meeting needs a word of governing
        if _counted_people_talk(tok):
            continue  # "40 PTI MPAs were in contact with us": counted people, not their party, talk
        owner = [c for c in tok.children if c.dep_ == "poss"]
        if owner:  # "criticised the PPP for its talks with the PML-N": the talks are the owner's
            actors = _np_parties(art, owner[0]) or ([art.focus_party(tok.i)] if owner[0].lower_ in ("its", "their") else [])
            actors = [a for a in actors if a]
        else:
            actors = named or _acting_parties(art, sent, tok, allow_person=True)
        if not actors and tok.dep_ in ("nsubj", "nsubjpass"):  # '"talks are going on with the MQM," a PTI spokesman said'
            actors = _speaker_parties(art, tok.head)
        if not actors and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in ("advcl", "conj") and tok.head.head.i != tok.head.i:
            actors = [c for s in subjects_of(tok.head.head) for c in _np_parties(art, s)]  # "X has reached a deal with Y, while negotiations with Z are under way"
        if not actors and tok.i >= 2 and tok.nbor(-1).lemma_.lower() in TALK_HOLDERS:  # "The PPP held talks", parsed as a modifier
            before = art.party_at(tok.nbor(-2))
            actors = [before.kb_id_] if before is not None and before.kb_id_ != "IND" else []
        if not actors:
            continue
        for prep in preps:
            others = _object_parties(art, prep)
            others += [c for cj in tok.children if cj.dep_ == "conj" and art.party_at(cj) is not None
                       for c in _object_parties(art, cj) if c not in others]  # "with the PML-N, the PPP or the MQM-P", the list hung on 'talks'
            found = _noun_events(art, sent, tok, "talks", [(a, c) for a in actors for c in others if c not in actors], "with")
            if _refused(art, tok.head):  # "would not hold talks with the PPP" refuses them
                found = [replace(e, action="reject", status="fact", evidence=replace(e.evidence, rule="coalition.reject.no_talks"))
                         if e.status == "denied" else e for e in found]
            events += found
    return events


def _counted_people_talk(tok: Token) -> bool:
    """The clause's subject is people counted, not named ('40 PTI MPAs', 'several PML-N lawmakers'):
    what they do is theirs (GUIDELINE: unnamed people are no events), not their party's."""
    verb = tok
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return any((s.lemma_.lower() in GROUP_NOUNS or s.lower_.rstrip("s") in GROUP_NOUNS) and s.lower_.endswith("s") and any(
        c.dep_ == "nummod" or c.lower_ in ("several", "many", "some", "numerous", "dozens", "scores") for c in s.children)
        for s in subjects_of(verb))


def _refused(art: Article, verb: Token) -> bool:
    """'will not hold talks', 'won't negotiate': a negated future is a refusal (a rejection); a denied past
    ('did not hold talks', 'denied holding talks') stays talks denied."""
    return any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in art.lex["coalition_refusal_modals"] for c in verb.children)


def _joint_talks(art: Article, sent: Span) -> list[Event]:
    """'The PPP and the MQM-P held talks on forming the government', 'leaders of the PML-N and the
    BAP met and discussed power-sharing': parties that talk together, with no 'with', talk both
    ways; a meeting needs a word of governing (coalition, ministries, power-sharing)."""
    events = []
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
            continue
        lemma = verb.lemma_.lower()
        held = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in art.lex["coalition_talk_with_nouns"]
                and (c.lower_ not in art.lex["coalition_meeting_nouns"] or _governing_cue(art, sent))
                and not any(g.lower_ == "with" for g in c.children)]
        held += [g for c in verb.children if lemma == "be" and c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                 if g.dep_ == "pobj" and g.lower_ in art.lex["coalition_talk_with_nouns"]
                 and g.lower_ not in art.lex["coalition_meeting_nouns"] and not any(x.lower_ == "with" for x in g.children)]
        if not ((lemma in TALK_HOLDERS or lemma == "be") and held) and not (lemma in ("meet", "negotiate", "confer") and _governing_cue(art, sent)):
            continue
        subjects = [s for h in clause_heads(verb, limit=2) for s in subjects_of(h)][:1]
        named = _joint_parties(art, subjects[0]) if subjects else []
        if len(named) < 2 and subjects and _the_two(subjects[0]) and not art.parties_in(sent.start, sent.end):
            named = _last_two_parties(art, subjects[0].i)  # "the two sides are in talks": the two parties of the story
        if len(named) >= 2:
            tok = held[0] if held else verb
            events += _noun_events(art, sent, tok, "talks", [(a, b) for a in named for b in named], "joint")
    return events


def _the_two(subj: Token) -> bool:
    """'the two sides', 'both parties', 'the two'."""
    return subj.lower_ in ("two", "both") or (subj.lemma_.lower() in ("party", "side")
                                              and any(c.lower_ in ("two", "both") for c in subj.children))


def _governing_cue(art: Article, sent: Span) -> bool:
    """A plain word of governing together in the sentence ('coalition', 'ministries', 'power-sharing'),
    read from the words as written so that hyphenated ones count."""
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent} | set(re.findall(r"[\w-]+", sent.text.lower()))
    return bool(words & ({"coalition", "alliance", "cooperation"} | art.lex["coalition_office_words"] | art.lex["coalition_meeting_cues"]))


def _joint_parties(art: Article, subj: Token) -> list[str]:
    """The parties a subject names: 'the PPP and the MQM-P', or 'leaders of the PPP and the MQM-P'."""
    codes = _np_parties(art, subj)
    if subj.lemma_.lower() in art.lex["coalition_party_people_nouns"]:
        codes += [c for prep in subj.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for o in prep.children if o.dep_ == "pobj" for c in _np_parties(art, o)]
    return list(dict.fromkeys(codes))


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


def _speaker_parties(art: Article, verb: Token) -> list[str]:
    """The party of whoever reports a clause: 'a senior PTI spokesman told Reuters', 'PPP's Sherry Rehman said'."""
    for h in clause_heads(verb)[1:]:
        if h.lemma_.lower() not in ("say", "tell", "add", "state", "confirm", "announce", "claim", "disclose", "reveal"):
            continue
        for subj in subjects_of(h):
            found = _np_parties(art, subj)
            person = art.person_at(subj)
            if not found and person is not None:
                found = _party_of_person(art, person)
            if found:
                return found
    return []


def _parties_named_before(art: Article, tok: Token) -> list[str]:
    """'PPP, PML-N talks', 'the PPP-PML-N talks': parties written right before a noun."""
    codes: list[str] = []
    i = tok.i - 1
    while i >= 0:
        party = art.party_at(tok.doc[i])
        if party is not None:
            if party.kb_id_ != "IND" and party.kb_id_ not in codes:
                codes.insert(0, party.kb_id_)
            i = party.start - 1
        elif tok.doc[i].text in (",", "-", "and", "&", "’s", "'s") and codes:
            i -= 1
        else:
            break
    return codes


def _object_parties(art: Article, head: Token) -> list[str]:
    """The parties an object names: a party, the party of a person ("PML-F president Pir Pagara", "JI's
    Sirajul Haq"), 'the former' / 'the latter', or the party of the person 'him' points back to."""
    span = subtree_span(head)
    codes = [p.kb_id_ for p in art.parties_in(span.start, span.end) if p.kb_id_ != "IND"
             and not _under_other_noun(art, p, head)]
    if codes:
        return list(dict.fromkeys(codes))
    inside = art.party_at(head)  # "the Jamiat Ulema-e-Islam-Fazl" parsed in pieces: the object is a piece of the name
    if inside is not None and inside.kb_id_ != "IND":
        return [inside.kb_id_]
    for tok in span:
        if tok.lower_ in ("former", "latter") and tok.dep_ != "amod":
            return _former_or_latter_before(art, tok)
        if tok.lower_ in ("him", "her") and tok.dep_ in ("dobj", "pobj", "dative"):
            person = _pronoun_person(art, tok)
            return _party_of_person(art, person) if person is not None else []
    for person in art.persons_in(span):
        return _party_of_person(art, person) or _party_led_by(art, person)
    return _party_led_by(art, _name_span(head)) if head.pos_ == "PROPN" else []


def _name_span(tok: Token) -> Span:
    """A proper noun with the compounds written before it ('Maulana Fazl')."""
    parts = [c.i for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok.i]
    return tok.doc[min(parts):tok.i + 1]


def _pronoun_person(art: Article, pronoun: Token) -> Span | None:
    """Whom an object 'him' / 'her' means: the person in focus, but never the subject of its own
    clause ('X left after Y reached out to him': him is X, not Y)."""
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    own = {t.i for s in subjects_of(verb) for t in subtree_span(s)}
    person = art.focus_person(pronoun.i)
    if person is None or person.root.i not in own:
        return person
    earlier = [p for p in art.doc.spans["persons"] if p.end <= pronoun.i and p.root.i not in own]
    return next((p for p in reversed(earlier) if p.root.dep_ in ("nsubj", "nsubjpass")
                 or (p.root.dep_ in ("conj", "appos") and p.root.head.dep_ == "nsubj")), earlier[-1] if earlier else None)


def _group_pronoun(art: Article, sent: Span, region: list[Token], actors: list[str]) -> list[str]:
    """'A and B announced an alliance. C also agreed to support them': 'them' is the group the parties
    named together as the subject just before form, named by its leading (first written) party."""
    if not any(t.lower_ == "them" and t.dep_ in ("dobj", "pobj") for t in region) or sent.start == 0:
        return []
    before = art.doc[sent.start - 1].sent
    joint = [p.kb_id_ for p in art.doc.spans["parties"] if before.start <= p.start and p.end <= before.end and p.kb_id_ != "IND"
             and (p.root.dep_ == "nsubj" or (p.root.dep_ == "conj" and p.root.head.dep_ == "nsubj"))]
    joint = list(dict.fromkeys(joint))
    if len(joint) < 2 or joint[0] in actors:
        return []
    return [joint[0]]


def _under_other_noun(art: Article, party: Span, top: Token) -> bool:
    """'all opponent parties of the PPP': a party named inside a group of others is not the counterpart."""
    tok = party.root
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in art.lex["coalition_not_counterpart_heads"]:
            return True
        tok = tok.head
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


def _former_or_latter_before(art: Article, tok: Token) -> list[str]:
    """'the former' / 'the latter' as a noun: the first / last of the parties named before it."""
    earlier = [p.kb_id_ for p in art.doc.spans["parties"] if p.end <= tok.i and p.kb_id_ != "IND"]
    sent_start = tok.sent.start
    here = [p.kb_id_ for p in art.doc.spans["parties"] if sent_start <= p.start and p.end <= tok.i and p.kb_id_ != "IND"]
    pool = list(dict.fromkeys(here or earlier[-2:]))
    if not pool:
        return []
    return [pool[0]] if tok.lower_ == "former" else [pool[-1]]


def _failed(art: Article, tok: Token) -> bool:
    """'failed to reach an agreement': no act."""
    for h in clause_heads(tok, limit=3):
        if h.lemma_.lower() in art.lex["coalition_failure_verbs"]:
            return True
    return False


@lru_cache(maxsize=4)
def _cue_words(lex) -> frozenset[str]:
    """The words one of which a sentence needs for more than the plain party-joins-party reading;
    built once per lexicon rather than once per sentence."""
    return frozenset(CUE_WORDS | set(lex["coalition_member_nouns"]) | set(lex["coalition_side_verbs"])
                     | set(lex["coalition_cooperation_words"]) | TALK_VERBS | {"support", "back", "endorse", "vote", "reach"}
                     | set(lex["coalition_exit_nouns"]) | set(lex["coalition_formula_nouns"])
                     | set(lex["coalition_visit_verbs"]) | set(lex["coalition_reconsider_verbs"]) | set(lex["coalition_charter_nouns"]))  # "an MQM-P delegation called on the PML-N president"


def extract_coalition(art: Article, sent: Span, matcher) -> list[Event]:
    parties = [p for p in art.parties_in(sent.start, sent.end) if p.kb_id_ != "IND"]
    lowers, lemmas = art.words(sent)
    if not parties and lowers.isdisjoint(("party", "two", "both")) and "party" not in lemmas \
            and lowers.isdisjoint(art.lex["coalition_offer_nouns"]):  # "Mr Elahi declined the offer."
        return []
    cues = _cue_words(art.lex)
    if lowers.isdisjoint(cues) and lemmas.isdisjoint(cues):
        return _party_joins_party(art, sent) + _independents_join(art, sent) + _alliance_members(art, sent)
    events: list[Event] = _independents_join(art, sent) + _between_pairs(art, sent) + _talk_nouns(art, sent) + _party_joins_party(art, sent) + _deal_with(art, sent) \
        + _end_of_coalition(art, sent) + _offers_received(art, sent) + _joint_talks(art, sent) + _support_secured(art, sent) \
        + _exit_of(art, sent) + _withdrawn_in_favour(art, sent) + _joint_candidate(art, sent) + _alliance_members(art, sent)
    seen: set[int] = set()
    for name, span in phrase_hits(sent, matcher):
        if name in ("coalition_leave_phrases", "coalition_reject_phrases"):
            head = phrase_head(span)
            region = None
            if subtree_span(head).end <= span.end and span.root.i != head.i and subtree_span(span.root).end > span.end:
                region = span.root  # "BNP parted ways with ...", parsed with 'parted' as a modifier of 'ways'
            action = "leave" if name == "coalition_leave_phrases" else "reject"
            events += _act(art, sent, head, action, "coalition." + action + ".phrase", set(range(span.start, span.end)),
                           region_head=region)
            seen.update(range(span.start, span.end))
    for tok in sent:
        if tok.i in seen:
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
    clause = tok if tok.dep_ != "conj" else tok.head
    return any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in clause.children) or any(
        c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in tok.children)


def _decided(tok: Token) -> bool:
    """An announced or decided move ('will sit', 'decided to sit'), not a standing state ('sits on the benches',
    'has been sitting on the opposition benches')."""
    if tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "been" for c in tok.children):
        return False
    return tok.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "aux" for c in tok.children)


def _party_of_person(art: Article, person: Span) -> list[str]:
    """The party written beside a person here or at another mention of them in the text read."""
    found = _party_of_speaker(art, person)
    if found:
        return found
    key = person.kb_id_ or person.text
    for other in art.doc.spans["persons"]:
        if other.start != person.start and (other.kb_id_ or other.text) == key:
            found = _party_of_speaker(art, other)
            if found:
                return found
    return _party_written_before_in_text(art, key) or _party_written_after_in_text(art, key)


def _party_written_after_in_text(art: Article, name: str) -> list[str]:
    """'Mr Bizenjo' where 'Mir Abdul Quddus Bizenjo of the PML-Q' stands in a part of the story not parsed
    with it: the party written right after the surname with 'of' or 'from' elsewhere in the article; none
    when the surname stands before two different parties."""
    text, words = art.memory.get("article_text", ""), name.split()
    if not text or not words or len(words[-1]) < 3:
        return []
    preps = "|".join(re.escape(w) for w in art.lex["coalition_member_preps"])
    starts = {start: (end, code) for start, end, kind, code in art.memory.get("aliases", []) if kind == "party" and code != "IND"}
    codes = {starts[m.end()][1] for m in re.finditer(r"\b" + re.escape(words[-1]) + r",?\s+(?:" + preps + r")\s+(?:the\s+)?", text)
             if m.end() in starts and not GOVERNMENT_AFTER.match(text[starts[m.end()][0]:starts[m.end()][0] + 40])}
    return [codes.pop()] if len(codes) == 1 else []


def _party_led_by(art: Article, person: Span) -> list[str]:
    """'Zardari met Shujaat', 'Maulana Fazlur Rehman ruled out ...': a party chief named alone stands for the
    party the registry says he leads (parties.tsv, column leaders), honorifics aside, when the story names it."""
    leaders = art.memory.get("party_leaders", {})
    words = [w for w in re.split(r"[\s-]+", person.text.replace("’s", "").replace("'s", "")) if w]
    openers = {w.lower().rstrip(".") for w in art.lex["honorifics"]}
    while len(words) > 1 and words[0].lower().rstrip(".") in openers and " ".join(words).lower() not in leaders:
        words = words[1:]
    code = leaders.get(" ".join(words).lower())
    named = {c for _start, c in art.memory.get("parties", [])}  # a chief of another time leads another party:
    return [code] if code and code in named else []  # the story must name the party he leads


def _party_written_before_in_text(art: Article, name: str) -> list[str]:
    """'Mr Mengal' where 'BNP-M chief Sardar Akhtar Jan Mengal' stands in a part of the story not parsed
    with it: the party written just before the surname elsewhere in the article, with only roles and
    names between; none when the surname stands after two different parties."""
    text, words = art.memory.get("article_text", ""), name.split()
    if not text or not words or len(words[-1]) < 3:
        return []
    roles = {r.lower() for r in art.lex["roles"]}
    codes: set[str] = set()
    for m in re.finditer(r"\b" + re.escape(words[-1]) + r"\b", text):
        for start, end, kind, code in art.memory.get("aliases", []):
            if kind != "party" or code == "IND" or not 0 < m.start() - end <= 45:
                continue
            between = re.findall(r"[\w’'-]+", text[end:m.start()])
            if between and all(w[0].isupper() or w.lower() in roles or w.lower() in ("’s", "'s", "s") for w in between) \
                    and any(w.lower() in roles for w in between):
                codes.add(code)
    return [codes.pop()] if len(codes) == 1 else []


def _party_joins_party(art: Article, sent: Span) -> list[Event]:
    """'the JI has joined the MMA', 'the JSPM merged into the PTI', 'the ANP quit the PDM': a party (not a
    person) that joins or leaves another party or alliance acts as a party, with no coalition word needed."""
    events = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma not in ("join", "merge", "rejoin", "quit", "leave", "exit", "desert", "abandon"):
            continue
        action = "join" if lemma in ("join", "merge", "rejoin") else "leave"
        subjects = next((subjects_of(h) for h in clause_heads(tok, limit=2) if subjects_of(h)), [])  # "decided to quit the PDM"
        if not subjects or any(art.person_at(t) is not None for s in subjects for t in subtree_span(s)):
            continue
        if not all(art.party_at(s) is not None for s in subjects):
            continue
        targets = [c for c in tok.children if c.dep_ == "dobj"]
        targets += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "into") for g in c.children if g.dep_ == "pobj"]
        if lemma == "leave" and any(c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") for c in tok.children):
            continue  # "leaving the PPP well placed to govern"
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


def _independents_join(art: Article, sent: Span) -> list[Event]:
    """'82 independent MNAs joined the SIC', 'three independent members of the Punjab Assembly joined the
    PPP': a counted group of independent members of a house (IND) joins a party, a seat move once the record
    reads the figure. Only with a number and a member word (``house_member_words``) in the subject:
    "independents joined the PTI" says no more than the names do, and "independent candidates" may hold
    no seat."""
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


def _action_of(tok: Token, lex) -> str | None:
    lemma = tok.lemma_.lower()
    if lemma in ("be", "become") and _member_of_government(tok, lex):
        return "join"  # "become part of the opposition", "will not be part of the federal government" (not "had been a partner")
    if tok.pos_ == "VERB":
        if _sides_with_party(tok, lex):
            return "join"  # "will stand alongside the PDM", "teamed up with the PTI", "partnering with the JI"
        if lemma in lex["coalition_opposition_verbs"] and _decided(tok) and any(
                c.dep_ == "prep" and c.lower_ in ("in", "on") and any(g.lower_ in ("opposition", "benches") and any(
                    t.lower_ in ("opposition", "treasury") for t in g.subtree) for g in c.children) for c in tok.children):
            return "join"  # "decided to sit in the opposition", "sit on the opposition (treasury) benches"
        if lemma in lex["coalition_role_verbs"] and _decided(tok) and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "role" and any(t.lower_ == "opposition" for t in c.subtree) for c in tok.children):
            return "join"  # "would play the role of a constructive opposition"
        if lemma in REJECT_VERBS:
            if lemma == "rule" and not any(c.lower_ == "out" for c in tok.children):
                return None
            if lemma in ("brush", "turn") and not any(c.lower_ in ("off", "aside", "down") for c in tok.children):
                return None
            return "reject"
        if lemma in LEAVE_VERBS:
            if lemma == "leave" and any(c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") for c in tok.children):
                return None  # "leaving the PPP well placed to form the government"
            if any(c.dep_ == "dobj" and c.lemma_.lower() in lex["coalition_candidacy_nouns"] for c in tok.children):
                return None  # "withdrew their candidates in favour of X" stands down, it leaves no one
            return "leave"
        if lemma in lex["coalition_end_verbs"] and any(c.dep_ == "dobj" and c.lemma_.lower() in JOIN_NOUNS | DEAL_NOUNS | {"ties"}
                                                       for c in tok.children):
            return "leave"  # "annulled their coalition", "ended its alliance with the PTI"
        if lemma in ("announce", "extend", "pledge", "lend", "declare"):
            objs = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
            if lemma in ("announce", "declare") and objs & set(lex["coalition_leave_nouns"]):
                return "leave"  # "announced its separation from the PTI-led coalition"
            return "join" if objs & (JOIN_NOUNS | DEAL_NOUNS) else None  # "announced its support for"
        if lemma in ("make", "strike", "seal", "ink", "clinch", "put", "throw", "finalise", "finalize", "hold", "forge", "conclude"):
            objs = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
            if lemma in ("hold", "conclude"):
                return "join" if objs & (DEAL_NOUNS - {"understanding"}) else None  # "held a seat adjustment"
            if lemma == "make" and objs & {"offer", "overture", "proposal", "contact"}:
                return "talks"  # "made an offer to the PTI-P", "had made contacts"
            if objs & set(lex["coalition_formula_nouns"]) and not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                return "join"  # "finalised a power-sharing formula" (not "met again to finalise the formula")
            return "join" if objs & (DEAL_NOUNS | {"weight"}) else None
        if lemma == "reach":
            if any(c.lower_ == "out" for c in tok.children):
                return "talks"  # "reached out to the JUI-F"
            objs = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
            return "join" if objs & (DEAL_NOUNS | {"agreement", "consensus"}) else None
        if lemma == "agree" and any(c.dep_ == "xcomp" and c.lemma_.lower() in lex["coalition_agree_to_talk_verbs"] for c in tok.children):
            return "talks"  # "the two sides agreed to meet again": more talks, no deal yet
        if lemma in JOIN_VERBS or lemma in lex["coalition_join_extra_verbs"]:
            return "join"
        if (lemma in lex["coalition_contest_verbs"] or lemma in lex["coalition_together_verbs"]) and any(
                t.dep_ == "advmod" and t.lower_ in ("jointly", "together")
                                                           and tok.i in (t.head.i, t.head.head.i) for t in tok.subtree):
            return "join"  # "will contest the elections jointly", "to fight the polls together", "will work together"
        if lemma == "vote" and any(c.dep_ == "prep" and c.lower_ == "for" and any(
                t.lower_ in ("candidate", "nominee", "candidates", "nominees") or (t.dep_ == "pobj" and t.pos_ == "PROPN")
                for t in c.subtree) for c in tok.children):
            return "join"  # "voted for the PTI's candidate", "voted for Mr Bizenjo" (his party, when the story names it)
        if lemma == "seek":  # "sought support from the PML-N", not "sought clarification"
            objs = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
            return "talks" if objs & {"support", "backing", "cooperation", "vote", "alliance", "coalition"} else None
        if lemma in TALK_VERBS:
            return "talks"
        if _called_on(tok, lex):
            return "talks"  # "a PTI delegation called on BNP-M chief Akhtar Mengal"
        if lemma in lex["coalition_invite_verbs"] and any(c.dep_ in ("xcomp", "ccomp") and (
                c.lemma_.lower() in JOIN_VERBS | {"become", "be"} | set(lex["coalition_reconsider_verbs"])) for c in tok.children):
            return "talks"  # "urged the PML-N to join the government", "persuade him to reconsider (the decision)"
        if lemma in TALK_HOLDERS and any(c.dep_ == "dobj" and c.lower_ in ("talks", "negotiations", "parleys", "dialogue") for c in tok.children):
            return "talks"  # "held talks with the PPP"
    return None


def _backers(art: Article, head: Token) -> set[str]:
    """'formed the government with the backing of the PML-N and the BAP': the parties whose support is
    named act towards the party that forms (one-sided, as a party supporting another's candidate)."""
    found: set[str] = set()
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in art.lex["coalition_backing_nouns"]:
                for of in noun.children:
                    if of.dep_ == "prep" and of.lower_ == "of":
                        span = subtree_span(of)
                        found |= {p.kb_id_ for p in art.parties_in(span.start, span.end) if p.kb_id_ != "IND"}
    return found


def _appeal(art: Article, verb: Token) -> bool:
    """'urged', 'asked', 'called on (X to)': a verb that asks someone else to act."""
    lemma = verb.lemma_.lower()
    return lemma in art.lex["coalition_invite_verbs"] - {"offer"} or (
        lemma in art.lex["coalition_visit_verbs"] and any(c.lower_ in ("on", "upon") for c in verb.children))


def _called_on(tok: Token, lex) -> bool:
    """'called on the BNP-M chief', 'called upon Mr Mengal': a visit, which is how delegations seek support;
    'called on the PPP to quit the government' (a clause of what to do) is an appeal, no talks."""
    if tok.lemma_.lower() not in lex["coalition_visit_verbs"] or tok.pos_ != "VERB":
        return False
    ons = [c for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon")]
    clauses = [t.head if t.dep_ == "aux" else t for c in [tok, *ons] for t in c.subtree if t.i > tok.i
               and (t.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl") or (t.dep_ == "aux" and t.lower_ == "to"))]
    urged = any(t.lemma_.lower() not in lex["coalition_visit_purposes"] for t in clauses)  # "called on X to discuss" is a visit
    return bool(ons) and not urged


def _sides_with_party(tok: Token, lex) -> bool:
    """'stand alongside the PDM', 'team up with the PTI', 'partner with the JI': a verb of siding
    whose 'with' names a proper noun (a party; 'stand with the people' names none). 'team' needs 'up'."""
    lemma = tok.lemma_.lower()
    if lemma not in lex["coalition_side_verbs"] or (lemma == "team" and not any(c.lower_ == "up" for c in tok.children)):
        return False
    return any(p.dep_ == "prep" and p.lower_ in lex["coalition_side_preps"] and any(
        o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.text.isupper()) for o in p.children) for p in tok.children)


def _phrase_words(noun: Token) -> set[str]:
    """The words of a noun phrase, without the clauses inside it ('any move to topple the government')."""
    words, todo = set(), [noun]
    while todo:
        tok = todo.pop()
        words.add(tok.lower_)
        todo += [c for c in tok.children if c.pos_ not in ("VERB", "AUX")]
    return words


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


def _member_of_government(tok: Token, lex) -> bool:
    """'is part of the PTI-led government', 'will be a coalition partner of the PML-N', 'became an ally of the PPP':
    being or becoming a member of a government or of another party's side is joining it. A past state ('had been a
    partner', 'was part of the cabinet') is background, not an act, and a partner of nothing political is no coalition."""
    lemma = tok.lemma_.lower()
    members = [c for c in tok.children if c.dep_ == "attr" and c.lower_ in lex["coalition_member_nouns"]]
    if not members:
        return False
    if tok.dep_ == "relcl" and not any(c.dep_ == "aux" for c in tok.children):
        return False  # "the Punjab government, where it is the junior partner of the PML-N": a relative clause describes
    if lemma == "be" and (tok.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in tok.children)):
        return False  # "was part of", "had been a partner", "has been an ally"
    for member in members:
        words = _phrase_words(member)  # "part of any move to topple the government" is no part of the government
        if words & GOVERNMENT_WORDS or words & set(lex["coalition_member_modifiers"]):
            return True
        if member.lower_ not in ("part", "member") and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(t.ent_type_ == "ORG" or t.pos_ == "PROPN" for t in p.subtree)
                for p in member.children):
            return True  # "an ally of the PML-N"
    return False


def _act(art: Article, sent: Span, head: Token, action: str, rule: str, phrase: set[int], governing: bool = True,
         region_head: Token | None = None) -> list[Event]:
    if head.dep_ in ("acl", "xcomp", "relcl") and head.head.lower_ in TALK_NOUNS | {"proposal", "possibility", "demand"} and action == "join" \
            and head.head.head.lemma_.lower() not in ("accept", "welcome"):
        return []  # "declined PTI's offer to form a coalition": the offer is the act ("accepted the offer to join" is a join)
    if action == "join" and head.dep_ in ("xcomp", "advcl", "ccomp") and (
            head.head.lemma_.lower() in art.lex["coalition_invite_verbs"] | TALK_VERBS | REJECT_VERBS
            or any(c.dep_ == "dobj" and c.lower_ in TALK_NOUNS | {"proposal"} for c in head.head.children)):
        return []  # "invited the MQM to join", "approached the BAP to form", "refused to join": that verb is the act
    if action == "leave" and head.dep_ in ("xcomp", "ccomp") and _appeal(art, head.head):
        return []  # "called on the PPP to quit the government", "urged the MQM-P to leave": an appeal, no one's leaving
    if _failed(art, head):
        return []  # "failed to reach an agreement"
    if action == "talks" and head.tag_ == "VBN" and head.dep_ == "advcl" and not subjects_of(head):
        return []  # "Asked whether the party would join hands with the PTI, X said": X was asked, by no party
    if action == "talks" and head.dep_ in ("acl", "xcomp") and head.head.pos_ == "NOUN" \
            and _action_of(head.head.head, art.lex) == "reject" and head.head.dep_ == "dobj":
        return []  # "turned down a suggestion to approach the MQM": the rejection is the act, no one approached
    if action == "join" and _in_defiance(art, head):
        return []  # "PML-N lawmakers voted for Mr Bizenjo in defiance of the party": members, not their party, act
    if action == "join" and _under_talks_noun(art, head):
        return []  # "talks on forming the government": the talks are the act
    speaks = action in ("reject", "talks") or (action == "join" and head.lemma_.lower() in art.lex["coalition_announce_verbs"])
    actors = (_behalf_of(art, sent) if action == "talks" else []) or _acting_parties(art, sent, head, allow_person=speaks)
    if not actors and action == "talks":
        actors = _inviting_government(art, head)
    if not actors:
        return []
    if action == "talks":
        addressed = _addressed(art, head, actors)
        if addressed is not None:
            return _talk_events(art, sent, head, actors, addressed, rule, phrase)
    right = subtree_span(region_head or head)
    skip = {t.i for c in right if c.i not in (head.i, (region_head or head).i) and (c.dep_ in ("advcl", "relcl", "parataxis") or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")))
            and not _party_led(art, c) for t in c.subtree}  # a purpose or side clause ("to give tough time to the PTI") names no partner
    skip |= {t.i for c in right if c.dep_ == "prep" and c.lower_ in art.lex["coalition_opposed_preps"] and action != "leave"
             for t in c.subtree}  # "an alliance against the PTI government": the party opposed is no partner
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
                                                  or party.kb_id_ in art.lex["coalition_alliance_codes"])
                           for party in sided)  # "teamed up with the PTI"; standing with one party needs a word of governing
    direct = direct or any(p.kb_id_ in art.lex["coalition_alliance_codes"] for t in obj_region
                           for p in [art.party_at(t)] if p is not None)  # "parted ways with the PDM": an alliance is governing
    candidates = _candidate_parties(art, obj_region, actors) if action == "join" else []
    direct = direct or bool(candidates)  # "voted for Mr Bizenjo": a candidate's party is supported
    charter = _charter_of(art, sent, head, actors) if action == "join" else None
    direct = direct or charter is not None  # "signed the 26-point declaration" of the PDM named just before
    cooperating = action in ("join", "reject") and any(t.lower_ in art.lex["coalition_cooperation_words"] for t in obj_region)
    if governing and not direct and not cooperating and not _about_governing(head, obj_region, action):
        return []  # "ruled out any cooperation with the PTI" is about governing together
    counterparts = list(dict.fromkeys(p.kb_id_ for p in art.parties_in(max(head.i, (region_head or head).i) + 1, right.end)
                                      if p.kb_id_ not in actors and p.kb_id_ != "IND" and p.start not in skip
                                      and not _against_party(art, p)
                                      and not _under_other_noun(art, p, head)
                                      and not (action != "talks" and _under_talks(art, p, head))))
    if not counterparts:  # "announced its support for Prime Minister Imran Khan": the party a chief named alone leads
        counterparts = list(dict.fromkeys(c for t in obj_region for person in [art.person_at(t)] if person is not None
                                          and person.start == t.i for c in _party_led_by(art, person) if c not in actors))
    if not counterparts:
        counterparts = candidates
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
    if action in ("join", "reject") and (declined_joining or head.lemma_.lower() in (
            "join", "enter", "become", "be", "side", "support", "back", "ally", "declare", "extend", "announce", "lend", "pledge",
            *art.lex["coalition_opposition_verbs"], *art.lex["coalition_join_extra_verbs"])) \
            and not counterparts:
        if any(t.lower_ == "opposition" for t in obj_region):
            counterparts = [None] if action == "join" else []
        elif any(t.lower_ in ("government", "govt", "cabinet", "coalition", "set-up", "setup", "treasury")
                 and not any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "no") for c in t.children) for t in obj_region) \
                and government_of(art, sent) not in (None, *actors):
            counterparts = [government_of(art, sent)]  # "joined the federal government": the party that leads it
    if not counterparts and action in ("join", "reject"):
        ruling = _ruling_group(art, sent, obj_region, set(actors))  # "declined an offer to join the ruling alliance"
        counterparts = [ruling] if ruling else []
    if not counterparts and action == "join" and _bare_support(head, obj_region):
        led = government_of(art, sent)  # "the BAP and the IPP pledged their support": to the party forming the government
        counterparts = [led] if led and led not in actors else []
    if not counterparts and action in ("join", "reject"):
        counterparts = _group_pronoun(art, sent, obj_region, actors)
    if not counterparts and any(c.dep_ == "agent" for c in head.children):  # "the PTI is backed by the MQM-P"
        counterparts = [c for s in head.children if s.dep_ == "nsubjpass" for c in _np_parties(art, s) if c not in actors]
    if not counterparts:
        counterparts = _former_or_latter(art, sent, obj_region, actors)
    if not counterparts:
        led = _led_by(art, obj_region)
        if led and led not in actors:
            counterparts = [led]
    if not counterparts and action in ("leave", "join"):
        counterparts = _alliance_meant(art, sent, obj_region, actors)
    if not counterparts and action == "leave":
        led = government_party(art, sent, set(actors)) or _ruling_group(art, sent, obj_region, set(actors))
        counterparts = [led] if led else []
    if action == "join" and not counterparts and len(actors) > 1 and any(
            t.lower_ == "opposition" and t.dep_ in ("dobj", "pobj", "attr") for t in obj_region):
        counterparts = [None]  # "A and B would form a joint opposition": each joins the opposition (an "opposition alliance" is theirs)
    joint = len(actors) > 1 and not counterparts and not _for_someone(art, head) and (action in ("join", "talks") or (
        action == "leave" and any(t.lower_ == "their" for t in obj_region)))  # "A and B ended their coalition"
    mutual = action == "join" and len(counterparts) == 1 and len(actors) == 1 and any(
        t.lemma_.lower() in DEAL_NOUNS for t in obj_region)  # "A made a deal with B": both agreed
    status = _hedged_here(art, sent, head, act_status(head, sent, art.lex, phrase, hearsay=action != "talks"),
                          sourced=action != "talks")
    if status is None:
        return []
    if action == "join" and _no_intention(art, head):
        action, status, rule = "reject", "fact", "coalition.reject.no_intention"
    when = event_date(art, sent, head, inherit=_in_lead(art, sent))
    scope = _scope(art, sent)
    events = []
    pairs = []
    if joint:
        pairs = [(a, b) for a in actors for b in actors if a != b]
    else:
        pairs = [(a, c) for a in actors for c in dict.fromkeys(counterparts or [None])]
        if action == "leave" and not counterparts:
            pairs = [(actors[0], None)]
    if mutual and status == "fact":
        pairs.append((counterparts[0], actors[0]))
    if action == "join":
        backers = _backers(art, head)
        pairs = [(c, a) if c in backers and (c, a) not in pairs else (a, c) for a, c in pairs]
    for actor, counterpart in pairs:
        if counterpart is None and action not in ("leave", "join"):
            continue
        if counterpart is None and action == "join" and not any(t.lower_ in ("opposition", "opposition's") for t in obj_region):
            continue
        if counterpart is None and not any(t.lower_ in GOVERNMENT_WORDS for t in obj_region):
            continue
        events.append(Event(doc=art.doc_id, type="coalition", actor=actor, counterpart=counterpart, action=action,
                            scope=scope, date=when, status=status, evidence=art.evidence(sent, rule), confidence=0.55))
    return events


def _in_defiance(art: Article, head: Token) -> bool:
    """'voted for X in defiance of the party leadership', 'dissident PML-N lawmakers backed X': members who
    act against their party's line do not act for it."""
    words = set(art.lex["coalition_defiance_words"])
    if any(t.dep_ == "pobj" and t.head.dep_ == "prep" and t.lemma_.lower() in words for t in head.subtree):
        return True  # "in defiance of", however it is attached
    return any(t.lower_ in words for s in subjects_of(head) for t in s.subtree)


def _charter_of(art: Article, sent: Span, head: Token, actors: list[str]) -> str | None:
    """'signed the 26-point declaration', 'signed the charter': parties that sign the founding text of an
    alliance the story has just named by its code (PDM, MMA) join it; none when no such alliance is near."""
    if head.lemma_.lower() != "sign" or not any(c.dep_ == "dobj" and c.lemma_.lower() in art.lex["coalition_charter_nouns"]
                                                for c in head.children):
        return None
    at = art.offset + sent.start_char
    named = [(start, c) for start, c in art.memory.get("parties", [])
             if c in art.lex["coalition_alliance_codes"] and at - LEAD_CHARS <= start < at + len(sent.text)]
    return named[-1][1] if named and named[-1][1] not in actors else None


def _alliance_meant(art: Article, sent: Span, region: list[Token], actors: list[str]) -> list[str]:
    """'had left the alliance last week': the alliance with a code of its own (PDM, MMA) the story last named."""
    if not any(t.lower_ == "alliance" and [c.lower_ for c in t.children if c.i < t.i] == ["the"] for t in region):  # not "the ruling alliance"
        return []
    at = art.offset + sent.start_char
    codes = [c for start, c in art.memory.get("parties", []) if start < at and c in art.lex["coalition_alliance_codes"]]
    return [codes[-1]] if codes and codes[-1] not in actors else []


def _against_party(art: Article, party: Span) -> bool:
    """'an anti-PTI alliance': the party written after 'anti-' is the one opposed, no partner."""
    before = art.doc[max(0, party.start - 2):party.start].text.replace(" ", "").lower()
    return before.endswith(("anti-", "anti")) or party.text.lower().startswith("anti")


def _for_someone(art: Article, head: Token) -> bool:
    """'announced their support for Mr Zardari's candidacy', 'will back Mr Tareen': support that goes to a
    person or a candidate is given to someone else, not exchanged between the parties that give it (a
    nominee named beside an agreement, 'with X as their joint nominee', is not its object)."""
    objects = [c for c in head.children if c.dep_ == "dobj"]
    targets = [g for o in [head, *objects] for p in o.children if p.dep_ == "prep" and p.lower_ in ("for", "to")
               for g in p.children if g.dep_ == "pobj"] + objects
    return any(art.person_at(t) is not None or t.lemma_.lower() in art.lex["coalition_candidacy_nouns"] for t in targets)


def _candidate_parties(art: Article, region: list[Token], actors: list[str]) -> list[str]:
    """'voted for Mr Bizenjo', 'extended support to Mr Bizenjo's candidature': the party of the person who is
    the object of the support, or whose candidacy is ('Mr Bizenjo of the PML-Q'), when it is not the actor's."""
    found: list[str] = []
    for tok in region:
        person = art.person_at(tok)
        if person is None or person.start != tok.i:
            continue
        root = person.root
        if root.dep_ in ("dobj", "pobj") or (root.dep_ == "poss" and root.head.lemma_.lower() in art.lex["coalition_candidacy_nouns"]):
            found += [c for c in _party_of_person(art, person) if c not in actors and c not in found]
    return found


def _beside(art: Article, code: str, head: Token, right: Span) -> str | None:
    """How a party after the act's verb stands to it when it is not its object: 'along with the JI'
    ('along', a fellow actor) or 'in the presence of PDM chief X' ('witness', no party to the act)."""
    for party in art.parties_in(right.start, right.end):
        if party.kb_id_ != code:
            continue
        tok = party.root
        while tok.i != head.i and tok.head.i != tok.i:
            if tok.dep_ == "prep" and tok.lower_ == "with" and (
                    tok.head.lower_ in art.lex["coalition_coactor_adverbs"]
                    or any(c.lower_ in art.lex["coalition_coactor_adverbs"] for c in tok.children if c.dep_ == "advmod")):
                return "along"
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in art.lex["coalition_witness_nouns"]:
                return "witness"
            tok = tok.head
    return None


def _party_led(art: Article, tok: Token) -> bool:
    """'the PPP led government': 'led' parsed as a clause of its own still names the government."""
    if tok.lemma_.lower() != "lead" or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    if before.text in (")", "-") and tok.i > 1:
        before = tok.doc[tok.i - 2]
    return art.party_at(before) is not None and not any(c.dep_ == "agent" for c in tok.children)


def _addressed(art: Article, head: Token, actors: list[str]) -> list[str] | None:
    """Who is approached, invited or offered: the object ('invited the former to join', 'approached
    PML-F president Pir Pagara', 'made an offer to the PTI-P'); None when the verb has no object."""
    objects = [c for c in head.children if c.dep_ in ("dobj", "dative") and c.lower_ not in TALK_NOUNS | {"proposal", "support"}]
    objects += [g for c in head.children if c.dep_ == "prep" and (c.lower_ in ("to", "from") or (c.lower_ in ("on", "upon")
                and _called_on(head, art.lex))) for g in c.children if g.dep_ == "pobj"]
    if not objects and any(c.dep_ == "agent" for c in head.children):
        objects = [head.head if head.dep_ == "relcl" and c.lower_ in ("which", "who", "that") else c
                   for c in head.children if c.dep_ == "nsubjpass"]  # "X was approached by the PPP", "X, which had been approached"
    if not objects:
        return None
    found: list[str] = []
    for obj in objects:
        found += [c for c in _object_parties(art, obj) if c not in actors and c not in found]
    return found


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
                          or _asked_to_reconsider(art, head)):
        return []
    status = _hedged_here(art, sent, head, act_status(head, sent, art.lex, phrase, hearsay=False), sourced=False)
    if status is None:
        return []
    when = event_date(art, sent, head, inherit=_in_lead(art, sent))
    return [Event(doc=art.doc_id, type="coalition", actor=a, counterpart=c, action="talks", scope=_scope(art, sent), date=when,
                  status=status, evidence=art.evidence(sent, rule), confidence=0.55) for a in actors for c in others]


def _asked_to_reconsider(art: Article, head: Token) -> bool:
    """'persuade him to reconsider', 'asked the MQM to review the decision': a party asked to go back on its
    decision is approached about it (its own decision, not a stance or a policy)."""
    return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in art.lex["coalition_reconsider_verbs"]
               and all(o.lemma_.lower() == "decision" for o in c.children if o.dep_ == "dobj") for c in head.children)


def _hedged_here(art: Article, sent: Span, head: Token, status: str | None, sourced: bool = True) -> str | None:
    """Coalition news hedges in its own ways: 'had almost reached an agreement', 'have nearly
    finalised', and moves told on the word of unnamed sources ('sources said', 'citing sources';
    talks so told are still talks held)."""
    if status != "fact":
        return status
    near = art.lex["coalition_near_adverbs"]
    for h in clause_heads(head, limit=3):
        if any(c.dep_ == "advmod" and c.lower_ in near for c in h.children):
            return "possible"
    if not sourced:
        return status
    for tok in sent:
        if tok.lemma_.lower() != "source":
            continue
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in ("say", "tell", "add", "claim", "reveal", "disclose", "suggest"):
            return "possible"
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "cite":
            return "possible"
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
            return "possible"
    return status


def _about_governing(head: Token, region: list[Token], action: str) -> bool:
    words = {t.lower_ for t in region} | {t.lemma_.lower() for t in region}
    if action in ("join", "talks") and words & {"sharing", "ministries", "portfolios", "ministry", "portfolio"}:
        return True  # "agreed on a power-sharing formula", "offered two ministries"
    if action in ("join", "leave"):
        return bool(words & (GOVERNMENT_WORDS | JOIN_NOUNS | {"adjustment", "candidate", "nominee", "hands", "rank", "ranks",
                                                              "ways", "weight", "jointly", "together"}
                                                              | ({"partner", "partners", "ally", "allies", "allied"} if action == "join" else set()))) \
            or head.lemma_.lower() in ("merge", "ally")
    if action == "reject":
        return bool(words & (GOVERNMENT_WORDS | JOIN_NOUNS | DEAL_NOUNS | TALK_NOUNS | {"possibility", "adjustment", "candidate"}))
    return bool(words & (GOVERNMENT_WORDS | JOIN_NOUNS | TALK_NOUNS | {"strategy", "adjustment", "candidate"})) or \
        head.lemma_.lower() in ("approach", "contact", "woo") \
        or (head.lemma_.lower() == "reach" and any(c.lower_ == "out" for c in head.children))  # "reached out to the JUI-F"


def _acting_parties(art: Article, sent: Span, head: Token, allow_person: bool = False) -> list[str]:
    found = _parsed_acting_parties(art, sent, head, allow_person)
    if found is None:
        return []  # the parse says the doer is not named as a subject
    if found:
        return found
    # the parse gave no party subject: a party written just before the verb acts ("... (GDA) withdrew")
    before = [p for p in art.doc.spans["parties"] if sent.start <= p.start and p.end <= head.i and head.i - p.end <= 2]
    if before and not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "aux" for t in art.doc[before[-1].end:head.i]):
        return [before[-1].kb_id_] if before[-1].kb_id_ != "IND" else []
    return []


def _agent_parties(art: Article, head: Token) -> list[str]:
    """'was approached by the PPP': the party after 'by' acts."""
    for c in head.children:
        if c.dep_ == "agent":
            span = subtree_span(c)
            return list(dict.fromkeys(p.kb_id_ for p in art.parties_in(span.start, span.end) if p.kb_id_ != "IND"))
    return []


def _behalf_of(art: Article, sent: Span) -> list[str]:
    """'on behalf of the PML-N': the party a go-between speaks for."""
    for tok in sent:
        if tok.lower_ == "behalf":
            for prep in tok.children:
                if prep.lower_ == "of":
                    span = subtree_span(prep)
                    return list(dict.fromkeys(p.kb_id_ for p in art.parties_in(span.start, span.end) if p.kb_id_ != "IND"))
    return []


def _parsed_acting_parties(art: Article, sent: Span, head: Token, allow_person: bool = False) -> list[str] | None:
    for h in clause_heads(head):
        if any(c.dep_ == "nsubjpass" for c in h.children) and h.pos_ == "VERB" and (h.i == head.i or _agent_parties(art, h)):
            return _agent_parties(art, h)  # a passive act: the agent acts, the subject is acted upon ("is expected to" is no act)
        if h.dep_ in ("pcomp", "pobj") and h.pos_ == "VERB" and h.head.lower_ in ("for", "over", "against") and h.lemma_.lower() != "be":
            return None  # "notices to its members for supporting the MQM-P": the reason's doer is not the clause's subject
        subs = [s for s in subjects_of(h) if not (s.lower_ == "it" and h.lemma_ == "be")]  # "It is pertinent to mention ..."
        if not subs:
            continue
        found: list[str] = []
        for subj in subs:
            for code in _np_parties(art, subj):
                if code not in found:
                    found.append(code)
            if not found and allow_person and art.person_at(subj) is not None:
                person = art.person_at(subj)  # "Mr Mengal" read through his fuller mention, else a chief alone
                found += _party_of_person(art, person) or (_party_led_by(art, person) if subj.dep_ == "nsubj" else [])
            elif not found and allow_person and subj.pos_ == "PROPN" and subj.dep_ == "nsubj":
                found += _party_led_by(art, _name_span(subj))  # "Fazl ruled out ...": a chief the parser took for no person
            if not found and (subj.like_num or subj.lower_ in art.lex["coalition_share_words"]):
                found += [c for prep in subj.children if prep.dep_ == "prep" and prep.lower_ == "of" for g in prep.children
                          if g.dep_ == "pobj" and g.text in art.lex["house_member_words"]
                          for c in _np_parties(art, g)]  # "Four of the BAP's five MNAs joined the opposition"
            if not found and subj.lower_ in ("two", "both"):
                found += _last_two_parties(art, subj.i)
            if not found and subj.lemma_.lower() in ("party", "side") and any(c.lower_ in ("two", "both") for c in subj.children):
                found += _last_two_parties(art, subj.i, same_sentence=True)  # "the PTI approached the QWP ... the two parties agreed"
                if not found and not art.parties_in(sent.start, sent.end) and h.i == head.i and _main_or_said(h):
                    found += _last_two_parties(art, subj.i)  # "... Both parties entered the polls with a seat adjustment."
            if not found and subj.lemma_.lower() in art.lex["coalition_party_people_nouns"]:
                both = [g for prep in subj.children if prep.dep_ == "prep" and prep.lower_ == "of" for g in prep.children
                        if g.dep_ == "pobj" and g.lemma_.lower() == "party" and any(c.lower_ in ("two", "both") for c in g.children)]
                if both and h.i == head.i and _main_or_said(h):  # "leaders of both parties had made contacts": the two parties the story is about
                    found += _last_two_parties(art, subj.i)
            if not found and subj.lower_ in ("which", "who", "that") and h.dep_ == "relcl":
                found += _np_parties(art, h.head)  # "the ruling PPP, which invited ..."
                if not found and allow_person and art.person_at(h.head) is not None:
                    found += _party_of_person(art, art.person_at(h.head))  # "said JUI-F chief X, who had turned down ..."
            if not found and subj.lower_ == "opposition" and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
                found += _opposition_alliance(art)  # "the opposition has reached out to the BAP", the PDM named in the story
            if not found and subj.lower_ in ("former", "latter"):
                found += _former_or_latter_before(art, subj)
            if not found and subj.lower_ in ("it", "they", "we") and h.dep_ in ("ccomp", "xcomp", "acl", "conj") and h.head.i != h.i:
                governing = next((subjects_of(g) for g in clause_heads(h.head) if subjects_of(g)), [])
                for above in governing:
                    found += [c for c in _np_parties(art, above) if c not in found]
                if not found and h.head.dep_ in ("dobj", "pobj"):  # "denied reports that it has reached..."
                    for above in subjects_of(h.head.head):
                        found += [c for c in _np_parties(art, above) if c not in found]
                if not found and h.head.dep_ == "acl":  # "The PML-Q, which ruled ..., announced that it would": 'announced' parsed as the party's modifier
                    found += _np_parties(art, h.head.head)
            if not found and subj.lemma_.lower() == "party" and any(c.lower_ in ("his", "her", "their", "our") for c in subj.children) \
                    and h.dep_ == "ccomp":  # "PPP chairman Bilawal said his party would not ...": the speaker's party
                speakers = next((subjects_of(g) for g in clause_heads(h.head) if subjects_of(g)), [])  # "..., saying his party would"
                for above in speakers:
                    person = art.person_at(above)
                    found += _party_of_person(art, person) if person is not None else _np_parties(art, above)
            if not found and subj.lower_ in art.lex["coalition_government_subjects"] and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
                led = government_of(art, sent)  # "denied that the government had offered any ministry to the MQM-P"
                found += [led] if led else []
            if not found and subj.lower_ == "we":  # '"We will not join the government," a PPP leader said'
                found += _speaker_parties(art, h)
            if not found and subj.lemma_.lower() in ("party", "it", "they", "we") and not _people_said(art, subj, h) and not any(
                    c.like_num and c.lower_ not in ("two", "2") for c in subj.children):  # "Eleven opposition parties joined hands": counted, unnamed
                focus = _subject_focus(art, subj.i) or art.focus_party(subj.i)
                if focus:
                    found.append(focus)
        return found
    return []


def _people_said(art: Article, subj: Token, clause: Token) -> bool:
    """'Both said they had left the GDA', 'A and B said they would quit the alliance': 'they' are the
    people who speak, not a party."""
    if subj.lower_ not in ("they", "we") or clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return False
    speakers = subjects_of(clause.head)
    return any(s_.lower_ in ("both", "all", "each") or art.person_at(s_) is not None for s_ in speakers)


def _main_or_said(verb: Token) -> bool:
    """A clause told as such: the sentence's main verb, or what a speaker said ('He said both parties had
    entered into an alliance'), not a report, a wish or an aim ('reports that both parties had agreed')."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.lemma_.lower() in ("say", "tell", "add", "state"))


def _opposition_alliance(art: Article) -> list[str]:
    """'the opposition' as the one acting: the opposition alliance the story is about (the alliance it
    names most often, and not the government)."""
    counts: dict[str, int] = {}
    for _start, code in art.memory.get("parties", []):
        if code in art.lex["coalition_alliance_codes"] and code != art.memory.get("government"):
            counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return []
    return [ranked[0][0]]


def _subject_focus(art: Article, before: int) -> str | None:
    """'it', 'the party': the party last named as a subject in this or the previous sentence
    ("The PTI has ruled out talks with the PPP ... It has said it will ...")."""
    start = art.doc[before].sent.start
    if start > 0:
        start = art.doc[start - 1].sent.start
    for p in reversed(art.doc.spans["parties"]):
        if p.start < start:
            break
        if p.end <= before and p.kb_id_ != "IND" and (p.root.dep_ in ("nsubj", "nsubjpass")
                                                      or (p.root.dep_ == "conj" and p.root.head.dep_ == "nsubj")):
            return p.kb_id_
    return None


def _last_two_parties(art: Article, before: int, same_sentence: bool = False) -> list[str]:
    """'the two signed a deal': the last two parties named (in the same sentence, when asked)."""
    codes: list[str] = []
    start = art.doc[before].sent.start if same_sentence else 0
    for p in reversed(art.doc.spans["parties"]):
        if start <= p.start < before and p.kb_id_ != "IND" and p.kb_id_ not in codes:
            codes.append(p.kb_id_)
        if len(codes) == 2:
            return codes[::-1]
    return []


def _bare_support(head: Token, region: list[Token]) -> bool:
    """Support given with nobody named ('pledged their support', 'extended its backing', 'will support'):
    in a story about forming a government it goes to the party forming it."""
    lemma = head.lemma_.lower()
    if any(t.pos_ in ("PROPN", "PRON") and t.dep_ in ("dobj", "pobj") for t in region):
        return False  # "support them", "support for Khan": someone is named
    if lemma in ("support", "back", "endorse"):
        return not any(c.dep_ in ("dobj", "prep", "agent") for c in head.children)
    return lemma in ("pledge", "extend", "lend", "announce", "offer") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("support", "backing") and not any(g.dep_ == "prep" for g in c.children)
        for c in head.children)


def government_party(art: Article, sent: Span, exclude: set[str]) -> str | None:
    """'the PTI government', 'the PTI-led coalition': the party that leads the government."""
    for tok in sent:
        if tok.lower_ in ("government", "govt", "coalition", "alliance", "setup", "set-up"):
            for p in [p for p in art.doc.spans["parties"] if tok.i - 8 <= p.start < tok.i and p.end <= tok.i]:
                if p.kb_id_ not in exclude and p.kb_id_ != "IND" and _names_government(art, p, tok):
                    return p.kb_id_
    return None


def _names_government(art: Article, party: Span, word: Token) -> bool:
    """'the PPP-led federal government', 'the PTI's government', 'the PML-N and PPP coalition': only the
    party's own modifiers stand between it and the word ('the MQM's 25 MNAs had kept the government
    afloat' names the MQM's members, not the government's leader)."""
    between = art.doc[party.end:word.i]
    return all(t.lower_ in art.lex["coalition_government_modifiers"] or art.party_at(t) is not None for t in between)


def government_of(art: Article, sent: Span) -> str | None:
    """The party leading the government a sentence speaks of: the one the article names ('the PTI-led
    government', 'the ruling PPP'), else the one the country's governments.tsv gives for the sentence's
    scope when the story appeared."""
    return art.memory.get("government") or art.memory.get("leaders", {}).get(_scope(art, sent) or "national")


def _ruling_group(art: Article, sent: Span, region: list[Token], exclude: set[str]) -> str | None:
    """'withdrew support from the ruling alliance': a group named by its rule is led by the party the
    article says leads the government ('the ruling alliance led by the PML-N'); none when it says none."""
    led = government_of(art, sent)
    if led is None or led in exclude:
        return None
    ruling = any(t.lower_ == "ruling" and t.head.lower_ in ("alliance", "coalition", "government", "govt", "party")
                 for t in region)
    return led if ruling else None


def _party_of_speaker(art: Article, person: Span) -> list[str]:
    """'PTI founder Imran Khan', 'JI chief X': a leader speaking for the party."""
    doc = art.doc
    after = _party_after_name(art, person)
    if after:
        return after
    for p in art.parties_in(max(0, person.start - 6), person.start):
        between = doc[p.end:person.start]
        roles = [t.text in art.lex["roles"] or t.lower_ in ("founder", "chief", "head") or t.lower_ in art.lex["coalition_leader_titles"]
                 for t in between]  # "PML-N quaid Nawaz Sharif", "MQM convener Farooq Sattar"
        if all(role or t.lower_ in ("'s", "’s", ")") or (t.lower_ == "and" and any(roles[:k]))  # "JWP chief and MNA X"
               for k, (t, role) in enumerate(zip(between, roles))) and (len(between) <= 4 or sum(roles) >= 2):
            return [p.kb_id_]
    return []


def _party_after_name(art: Article, person: Span) -> list[str]:
    """'Mir Abdul Quddus Bizenjo of the PML-Q', 'Agha Syed Liaquat of the PkMAP': the party written after a
    name with 'of' (or 'from'), the party itself and not its government ('of the PPP-led government')."""
    doc, i = art.doc, person.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc) or doc[i].lower_ not in art.lex["coalition_member_preps"]:
        return []
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    party = art.party_at(doc[i]) if i < len(doc) else None
    if party is None or party.start != i or party.kb_id_ == "IND":
        return []
    rest = doc[party.end:party.end + 3].text if party.end < len(doc) else ""
    return [] if GOVERNMENT_AFTER.match(rest) else [party.kb_id_]


def _np_parties(art: Article, subj: Token) -> list[str]:
    """Parties that are the subject itself ("PML-N and PPP", "the PTI-led government"),
    not ones merely mentioned inside it ("Jam Kamal from BAP")."""
    heads, todo = [], [subj]
    while todo:
        tok = todo.pop()
        heads.append(tok)
        todo += [c for c in tok.children if c.dep_ in ("conj", "appos")]
    codes = []
    for tok in heads:
        for t in [tok, *[c for c in tok.children if c.dep_ in ("compound", "poss", "nmod", "amod")]]:
            party = art.party_at(t)
            if party is not None and party.kb_id_ != "IND" and party.kb_id_ not in codes:
                codes.append(party.kb_id_)
        if not codes and art.party_at(tok) is not None and art.party_at(tok).kb_id_ == "IND":
            for mod in tok.children:  # "PTI-backed independents joined the SIC": they act for the party backing them
                if mod.dep_ == "amod" and mod.lemma_.lower() in ("back", "support", "sponsor"):
                    codes += [p.kb_id_ for p in art.parties_in(mod.left_edge.i, mod.i) if p.kb_id_ not in ("IND", *codes)]
                if mod.dep_ == "acl" and mod.lemma_.lower() in ("back", "support", "sponsor"):  # "independents backed by the PTI"
                    codes += [c for c in _agent_parties(art, mod) if c not in ("IND", *codes)]
    return codes


def _former_or_latter(art: Article, sent: Span, region: list[Token], actors: list[str]) -> list[str]:
    """'withdrew its support for the former's nominee': the first (or last) other party named."""
    words = {t.lower_ for t in region}
    others = [p.kb_id_ for p in art.parties_in(sent.start, sent.end) if p.kb_id_ not in actors and p.kb_id_ != "IND"]
    if not others:
        return []
    if "former" in words or "former’s" in words:
        if any(t.lower_ in ("former", "former’s") and (t.dep_ == "poss" or t.nbor(1).text in ("'s", "’s"))
               for t in region if t.i + 1 < len(t.doc)):
            return [others[0]]
    if any(t.lower_ in ("latter", "latter’s") for t in region):
        return [others[-1]]
    return []


def _led_by(art: Article, region: list[Token]) -> str | None:
    """'the PTI-led coalition', 'PTI's government': the coalition named by its leading party."""
    for tok in region:
        if tok.lower_ in GOVERNMENT_WORDS:
            for p in art.parties_in(max(0, tok.i - 4), tok.i):
                return p.kb_id_
    return None


LEAD_CHARS = 400


def _in_lead(art: Article, sent: Span) -> bool:
    """The headline and lead report the news of the day: an act told there without a date of its own
    takes the story's date; one told further down is often background and keeps none."""
    return art.offset - art.memory.get("article_offset", 0) + sent.start_char < LEAD_CHARS


def _scope(art: Article, sent: Span) -> str | None:
    """The scope the sentence states ('in Punjab', 'in the Centre', 'the National Assembly'); else the
    one the headline and lead state, which frames the whole story."""
    for span in art.doc.spans["scopes"]:
        if span.start >= sent.start and span.end <= sent.end:
            return span.kb_id_
    for span in art.doc.spans["houses"]:
        if span.start >= sent.start and span.end <= sent.end:
            return _house_scope(span.kb_id_)
    for start, kind, code in art.memory.get("places", []):
        if start >= LEAD_CHARS:
            break
        return code if kind == "scope" else _house_scope(code)
    return None


def _house_scope(house: str) -> str:
    return {"NA": "national", "Senate": "national"}.get(house, house.replace("PA-", ""))


GOVERNMENT_AFTER = re.compile(r"^[\s'’s-]*(?:-?led\b|(?:coalition\s+|federal\s+|provincial\s+)?(?:government|govt)\b)", re.I)


RULING_BEFORE = re.compile(r"\bruling\s+(?:party\s+)?$|\b(?:ruling\s+(?:alliance|coalition)|government|govt)\s*,?\s+(?:led|headed)\s+by\s+(?:the\s+)?$", re.I)
RULING_AFTER = re.compile(r"^\s*(?:\([^)]{1,12}\))?,?\s+the\s+ruling\s+party\b", re.I)


def government_in_text(text: str, mentions: list[tuple[int, int, str, str]]) -> str | None:
    """'the PTI government', 'the PTI-led coalition', 'the ruling PTI', 'the PPP, the ruling party':
    the party leading the government."""
    for start, end, kind, code in mentions:
        if kind == "party" and code != "IND" and (GOVERNMENT_AFTER.match(text[end:end + 30])
                                                  or RULING_BEFORE.search(text[max(0, start - 40):start])
                                                  or RULING_AFTER.match(text[end:end + 40])):
            return code
    return None
