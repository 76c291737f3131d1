"""Coalition acts carried by nouns: talks ("held talks with", "talks between"),
deals ("merger of X with Y"), offers answered, joint candidates, an alliance's
members and charter, support secured and endings ("an end to their coalition").
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from ..model import Event
from .base import GROUP_NOUNS, Article, clause_heads, subjects_of, subtree_span
from .coalition_parties import (_agent_parties, _np_parties, _party_of_person, _pronoun_person, _speaker_parties,
                                _speakers_party, government_of)
from .coalition_roles import (DEAL_NOUNS, in_favour_of, JOIN_NOUNS, TALK_HOLDERS, _acting_parties, _action_of, _hedged_here,
                              _last_two_parties, _object_parties, _parties_named_before, _ruling_group, government_party)
from .coalition_scope import GOVERNMENT_WORDS, _in_lead, _scope, stated_as_coming
from .dates import WEEKDAYS
from .act_dates import event_date
from .status import _counterfactual_past, _inverted_condition, act_status


TALK_NOUNS = {"talks", "negotiations", "offer", "contact", "contacts", "consultations", "dialogue", "invitation", "overture", "overtures", "parleys"}


def _between_pairs(art: Article, sent: Span) -> list[Event]:
    """'the settlement between the PML-Q and the PTI', 'talks between the PPP and the PML-N':
    a joint act named by a noun, recorded both ways."""
    events = []
    talk_nouns = art.lex["coalition_talk_with_nouns"]
    for tok in sent:
        if tok.lemma_.lower() in DEAL_NOUNS or _settled_rift(art, tok) or _deal_agreed(art, tok):
            action = "join"
        elif tok.lower_ in talk_nouns and tok.pos_ in ("NOUN", "PROPN"):
            action = "talks"
        else:
            continue
        if action == "join" and _failed(art, tok):
            continue
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                codes = list(dict.fromkeys(p.kb_id_ for t in subtree_span(prep) for p in [art.party_at(t)]
                                           if p is not None and p.kb_id_ != "IND"))  # a long name the parser split ("Ulema-e-Islam-Fazl")
                if not codes and action == "join" and _the_two_named(prep) and not _deal_agreed(art, tok):
                    codes = _last_two_parties(art, prep.i)  # "the agreement between the two parties" (talks stay one-sided;
                    # "the formula agreed between the two parties" after a list of allies may mean any two of them)
                if len(codes) >= 2 and (action == "join" or tok.lower_ not in art.lex["coalition_meeting_nouns"]
                                        or _talks_about_governing(art, sent, tok)):  # "an arrangement between A, B and C": each pair
                    events += _noun_events(art, sent, tok, action, [(a, b) for a in codes for b in codes if a != b], "between")
                elif len(codes) == 1 and action == "join" and any(t.lower_ == "opposition" and t.dep_ in ("pobj", "conj")
                                                                  for t in subtree_span(prep)):
                    events += _noun_events(art, sent, tok, action, [(codes[0], None)], "between")  # "between the PTI and the opposition"
    return events


AGREED_VERBS = ("agree", "reach", "finalise", "finalize", "sign", "strike", "seal")


def _deal_agreed(art: Article, verb: Token) -> bool:
    """'the power-sharing formula agreed between the PML-Q and the PTI', 'the deal struck between the two
    parties': a verb of agreeing right after the deal it qualifies, whose 'between' the parser hangs on the
    verb (often read as a clause of its own)."""
    if verb.lemma_.lower() not in AGREED_VERBS or verb.tag_ not in ("VBN", "VBD") or verb.i == 0 \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False  # a participle (often tagged as a past tense), not a verb with a subject of its own
    noun = verb.doc[verb.i - 1]
    return noun.lemma_.lower() in DEAL_NOUNS | set(art.lex["coalition_formula_nouns"]) and noun.i >= verb.sent.start


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


OFFER_VERBS = ("offer", "invite", "approach")
DECLINE_VERBS = ("decline", "refuse", "reject", "spurn")


def _offer_declined(art: Article, sent: Span) -> list[Event]:
    """'the JUI-F had offered the QWP a place in the alliance but Sherpao had declined': a bare refusal
    joined to an offer answers it; the one offered (its party, or a leader of it) rejects the offerer.
    Only a refuser who is the one offered counts: 'A invited B but C declined to comment' is no answer."""
    if art.words(sent)[1].isdisjoint(OFFER_VERBS):
        return []
    events = []
    for tok in sent:
        if tok.lemma_.lower() not in OFFER_VERBS or tok.pos_ != "VERB":
            continue
        offered = [code for c in tok.children if c.dep_ in ("dative", "dobj") for code in _np_parties(art, c)]
        declines = [c for c in tok.conjuncts if c.i > tok.i and c.lemma_.lower() in DECLINE_VERBS
                    and not any(d.dep_ in ("dobj", "xcomp", "ccomp", "prep") for d in c.children)]
        if not offered or not declines:
            continue
        offerers = _acting_parties(art, sent, tok, allow_person=True)
        for verb in declines:
            answerers = [b for b in _acting_parties(art, sent, verb, allow_person=True) if b in offered]
            if not answerers and len(offered) == 1 and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and art.party_at(c) is None
                                                           for c in verb.children):
                answerers = offered  # a leader's surname the story shares among kin ('Sherpao'): he answers for the one offered
            when = event_date(art, sent, verb)
            events += [Event(doc=art.doc_id, type="coalition", actor=b, counterpart=a, action="reject", scope=_scope(art, sent),
                             date=when, status="fact", evidence=art.evidence(sent, "coalition.reject.offer_declined"),
                             confidence=0.5) for a in offerers for b in answerers if a != b]
    return events


def _offers_received(art: Article, sent: Span) -> list[Event]:
    """'turned down an invitation from the PML-N', 'accepted the PTI's offer': the one who offered
    approached the one who answers."""
    events = []
    if art.words(sent)[0].isdisjoint(art.lex["coalition_offer_nouns"]) and not art.any_lemma(sent, ("offer",)):
        return events
    for tok in sent:
        if tok.dep_ != "dobj" or (tok.lower_ not in art.lex["coalition_offer_nouns"] and not _offer_pronoun(art, sent, tok)):
            continue
        if _inverted_condition(tok.head, art.lex) or _counterfactual_past(tok.head):
            continue  # "Had X accepted the PPP's offer, ...": a supposition, no offer answered
        if _action_of(tok.head, art.lex) != "reject" and tok.head.lemma_.lower() not in ("accept", "welcome", "receive") \
                and tok.head.lemma_.lower() not in art.lex["coalition_offer_weigh_verbs"]:
            continue  # "was weighing an offer from the PML-N": the offer was made
        offerers = [c for c in tok.children if c.dep_ == "poss" or (c.dep_ in ("compound", "nmod") and art.party_at(c) is not None)
                    for c in _np_parties(art, c)]  # "the PTI's offer", also when "'s" is parsed as a compound's case
        offerers += [c for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in ("from", "by") for c in _object_parties(art, prep)]
        answerers = _offered_subject(art, tok.head) or _acting_parties(art, sent, tok.head, allow_person=True) \
            or _leader_of_the_one_offered(art, sent, tok)
        told = not offerers and (tok.lower_ == "it" or any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children))
        if told:
            offerers = _offer_made_before(art, sent, tok, answerers) or _offer_just_told(art, answerers)
        governing = [] if offerers else _offer_to_join_government(art, sent, tok, answerers)
        offerers = offerers or governing
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
            if (told or governing) and _action_of(tok.head, art.lex) == "reject":  # the offer told before names no party here for the verb's rule
                events += [Event(doc=art.doc_id, type="coalition", actor=b, counterpart=a, action="reject", scope=_scope(art, sent),
                                 date=when, status=status, evidence=art.evidence(sent, "coalition.reject.offer_told"), confidence=0.5)
                           for a, b in pairs]
    return events


RULING_WORDS = {"government", "govt", "cabinet", "set-up", "setup", "treasury"}


def _offer_to_join_government(art: Article, sent: Span, offer: Token, answerers: list[str]) -> list[str]:
    """'rejected an offer to join the Jamali government': an offer to join the government that names no
    party is made by the party that leads it."""
    joins = [c for c in offer.children if c.dep_ in ("acl", "xcomp", "relcl") and c.lemma_.lower() == "join"]
    if not any(o.lower_ in RULING_WORDS for j in joins for o in j.children if o.dep_ == "dobj"):
        return []
    led = government_of(art, sent)
    return [led] if led and led not in answerers else []


def _offer_made_before(art: Article, sent: Span, offer: Token, answerers: list[str]) -> list[str]:
    """'The JUI-F had offered the PTI its support, but Imran Khan turned down the offer': the offer
    made earlier in the same sentence, by a party to the one that answers ('had been approached by the BAP
    but had declined the offer': an approach is an offer)."""
    for verb in sent:
        if verb.i >= offer.i:
            break
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in OFFER_VERBS:
            continue
        to = [c for o in verb.children if o.dep_ in ("dative", "dobj") for c in _np_parties(art, o)]
        if set(to) & set(answerers):
            return [c for s_ in subjects_of(verb) for c in _np_parties(art, s_) if c not in answerers]
        by = _agent_parties(art, verb)  # "had been offered two ministries by the PML-N, but declined the offer"
        if by and any(c.dep_ == "nsubjpass" for c in verb.children):
            return [c for c in by if c not in answerers]
    return []


def _leader_of_the_one_offered(art: Article, sent: Span, offer: Token) -> list[str]:
    """'The PPP had approached the JUI-F with an offer ..., but Maulana Wasay turned it down': a person whose party
    the story does not write beside him, answering an offer made in the same sentence to one party, answers for it
    (as in `_offer_declined`)."""
    if offer.lower_ != "it" or not any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and art.party_at(c) is None
                                       for c in offer.head.children):
        return []
    offered = [code for verb in sent if verb.i < offer.i and verb.pos_ == "VERB" and verb.lemma_.lower() in OFFER_VERBS
               for o in verb.children if o.dep_ in ("dative", "dobj") for code in _np_parties(art, o)]
    return offered if len(set(offered)) == 1 else []


def _offered_subject(art: Article, verb: Token) -> list[str]:
    """'his party had been offered a role by the PML-N but had turned it down', 'his party had been approached
    by the BAP but had declined the offer': the one offered or approached, the passive's subject, answers (not
    the agent, whom the shared subject's clause would otherwise give)."""
    offer = verb.head
    if verb.dep_ != "conj" or offer.lemma_.lower() not in OFFER_VERBS or not any(c.dep_ == "agent" for c in offer.children):
        return []
    return [c for s_ in offer.children if s_.dep_ == "nsubjpass" for c in _np_parties(art, s_) or _speakers_party(art, s_)]


def _offer_pronoun(art: Article, sent: Span, tok: Token) -> bool:
    """'was offered a role by the PML-N but turned it down', 'had approached the JUI-F with an offer of the
    senior minister's slot, ..., but Maulana Wasay turned it down': 'it' declined after an offer or approach
    made in the same sentence is that offer."""
    return tok.lower_ == "it" and _action_of(tok.head, art.lex) == "reject" and any(
        v.i < tok.i and ((v.pos_ == "VERB" and v.lemma_.lower() in OFFER_VERBS)
                         or (v.pos_ == "NOUN" and v.lower_ in art.lex["coalition_offer_nouns"])) for v in sent)


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
    if not art.any_lemma(sent, art.lex["coalition_candidacy_nouns"]):
        return []
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
        if not named:
            events += _noun_events(art, sent, tok, "join", _fielders_of_joint_candidates(art, tok), "joint_candidate")
        elif len(named) >= 2:
            events += _noun_events(art, sent, tok, "join", [(a, b) for a in named for b in named], "joint_candidate")
        elif len(named) == 1 and named[0] in art.lex["coalition_alliance_codes"]:
            person = _candidate_person(art, tok)
            own = _party_of_person(art, person) if person is not None else []
            events += _noun_events(art, sent, tok, "join", [(named[0], c) for c in own[:1] if c != named[0]], "joint_candidate")
    return events


def _jointly_fielded(art: Article, sent: Span) -> list[Event]:
    """'the PTI and the PML-Q will jointly field Elahi for chief minister': two or more parties that put up
    one candidate together (a contest verb with a joint adverb, lexicon coalition_joint_adverbs) have joined
    hands, each way."""
    adverbs = art.lex["coalition_joint_adverbs"]
    if art.words(sent)[0].isdisjoint(adverbs) or not art.any_lemma(sent, art.lex["coalition_contest_verbs"]):
        return []
    events = []
    for tok in sent:
        if tok.lower_ not in adverbs or tok.dep_ != "advmod" or tok.head.lemma_.lower() not in art.lex["coalition_contest_verbs"]:
            continue
        verb = tok.head
        fielders = list(dict.fromkeys(c for subj in subjects_of(verb) for c in _np_parties(art, subj)))
        if len(fielders) >= 2:
            events += _noun_events(art, sent, verb, "join", [(a, b) for a in fielders for b in fielders], "jointly_fielded")
    return events


def _fielders_of_joint_candidates(art: Article, noun: Token) -> list[tuple[str, str]]:
    """'the PML-Q will field joint candidates with the PTI' (the subject's act, towards the party after 'with'),
    'the PML-Q and the PTI will field joint candidates' (each way): candidates put up together are an electoral
    alliance. The verb must be one of putting up candidates (lexicon coalition_contest_verbs), so 'backed the
    joint candidate' of others is not read here."""
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in art.lex["coalition_contest_verbs"]:
        return []
    doer = next((h for h in clause_heads(verb) if subjects_of(h)), verb)  # "decided to field": the decider's subject
    fielders = list(dict.fromkeys(c for subj in subjects_of(doer) for c in _np_parties(art, subj)))
    partners = list(dict.fromkeys(c for holder in (noun, verb) for prep in holder.children
                                  if prep.dep_ == "prep" and prep.lower_ == "with" for c in _object_parties(art, prep)))
    if len(fielders) == 1 and partners:
        return [(fielders[0], p) for p in partners]
    if len(fielders) >= 2 and not partners:
        return [(a, b) for a in fielders for b in fielders]
    return []


def _candidate_person(art: Article, noun: Token) -> Span | None:
    """'Gilani, the joint candidate of the PDM': the person the candidate noun is set beside."""
    if noun.dep_ == "appos":
        return art.person_at(noun.head)
    return None


def _alliance_members(art: Article, sent: Span) -> list[Event]:
    """'TTAP, formed last year, comprises the PTI, the PkMAP and the MWM', 'the MMA consists of six parties':
    the parties an alliance with a code of its own is made of have joined it."""
    if not art.any_lemma(sent, art.lex["coalition_comprise_verbs"]):
        return []
    events = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in art.lex["coalition_comprise_verbs"]:
            continue
        alliances = [c for subj in subjects_of(tok) for c in _np_parties(art, subj) if c in art.lex["coalition_alliance_codes"]]
        if not alliances:
            alliances = [led for subj in subjects_of(tok) for led in [_unnamed_alliance(art, sent, subj)] if led]
        if len(alliances) != 1:
            continue
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        members = [p.kb_id_ for o in objects for span in [subtree_span(o)] for p in art.parties_in(span.start, span.end)
                   if p.kb_id_ not in ("IND", alliances[0])]
        events += _noun_events(art, sent, tok, "join", [(m, alliances[0]) for m in dict.fromkeys(members)], "member")
    return events


def _unnamed_alliance(art: Article, sent: Span, subj: Token) -> str | None:
    """'The new ruling alliance includes A, B and C': a ruling alliance is the government's leading party's;
    'the alliance comprises ...' is the alliance with a code of its own the story last named."""
    if subj.lemma_.lower() not in ("alliance", "coalition") or art.parties_in(subj.left_edge.i, subj.right_edge.i + 1):
        return None
    if any(c.lower_ in ("ruling", "governing") for c in subj.children):
        return government_of(art, sent)
    named = [p.kb_id_ for p in art.parties_in(0, subj.i) if p.kb_id_ in art.lex["coalition_alliance_codes"]]
    return named[-1] if named and subj.lemma_.lower() == "alliance" else None


FOUNDING_VERBS = ("sign", "form", "launch", "found", "join", "endorse", "constitute", "announce")


def _among_founders(art: Article, sent: Span) -> list[Event]:
    """'A, B and C were among the parties that signed the declaration' (of the alliance the story just named,
    'an alliance, the PDM'): each party the sentence lists joins that alliance."""
    if "among" not in art.words(sent)[0]:
        return []
    events = []
    for among in sent:
        if among.lower_ != "among" or among.head.lemma_ != "be":
            continue
        groups = [g for g in among.children if g.dep_ == "pobj" and g.lemma_.lower() in ("party", "member", "signatory")]
        acts = [c for g in groups for c in g.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in FOUNDING_VERBS]
        named = [p.kb_id_ for p in art.parties_in(0, sent.start) if p.kb_id_ in art.lex["coalition_alliance_codes"]]
        if not acts or not named:
            continue
        members = [c for subj in subjects_of(among.head) for c in _np_parties(art, subj) if c not in ("IND", named[-1])]
        events += _noun_events(art, sent, acts[0], "join", [(m, named[-1]) for m in dict.fromkeys(members)], "founder")
    return events


def _withdrawn_in_favour(art: Article, sent: Span) -> list[Event]:
    """'the PML-N and the JUI-F withdrew their candidates in favour of the PPP's Gilani', 'the ANP's candidate
    withdrew from the race in favour of Mr Wali', 'PPP pulls out of race in favour of MQM-P nominee': standing
    down for another party's candidate backs that party (each withdrawing party acts)."""
    if not art.any_lemma(sent, art.lex["coalition_stand_down_verbs"]):
        return []
    events = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in art.lex["coalition_stand_down_verbs"]:
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if objs and not any(c.lemma_.lower() in art.lex["coalition_candidacy_nouns"] for c in objs):
            continue  # "withdrew its support": no standing down (an intransitive "withdrew from the race" is one)
        if not objs and any(s.tag_ == "CD" or s.tag_ == "NNS" for s in subjects_of(verb)):
            continue  # "two of its candidates withdrew in favour of X": some of a party's men, not the party, stand down
        favoured = [code for of in in_favour_of(verb) for code in _object_parties(art, of)]
        favoured = favoured or _favoured_by_pronoun(art, verb)
        if not favoured:
            continue
        actors = _acting_parties(art, sent, verb, allow_person=True)
        events += _noun_events(art, sent, verb, "join", [(a, b) for a in actors for b in dict.fromkeys(favoured) if a != b], "in_favour")
    return events


def _favoured_by_pronoun(art: Article, verb: Token) -> list[str]:
    """'named Mr Gilani as its candidate, and the PML-N withdrew its nominee in his favour': the party of
    the person 'his' points back to."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "for"):
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lower_ in ("favour", "favor"):
                for poss in noun.children:
                    if poss.dep_ == "poss" and poss.lower_ in ("his", "her"):
                        person = _pronoun_person(art, poss)
                        return _party_of_person(art, person) if person is not None else []
    return []


def _support_secured(art: Article, sent: Span) -> list[Event]:
    """'the PML-N has secured the support of the PML-Q and the IPP', 'won the backing of the BAP': the
    parties whose support is won act towards the party that wins it."""
    if not art.any_lemma(sent, art.lex["coalition_secure_verbs"]):
        return []
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
    if not art.any_lemma(sent, DEAL_NOUNS | {"merger", "partnership", "coalition"}):
        return []
    events = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("NOUN", "PROPN") or lemma not in DEAL_NOUNS | {"merger", "partnership", "coalition"} or _failed(art, tok):
            continue
        if _ended_by_word_before(art, tok):
            continue  # "PTI Ends Alliance With QWP": an alliance ended, which the ending verb's rule reads
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in art.lex["coalition_leave"]:
            continue  # "had quit its old arrangement with the PML-N": a deal left, which the leaving verb's rule reads
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
    """'ended its alliance with', 'ended its six-month-old alliance with', and in a Title Case headline
    'Ends Alliance With' (parsed as one name): the first word before the deal noun that is not a
    determiner or a modifier of its own phrase is a form of an ending verb (a form parsed into the
    name counts too)."""
    forms = {f"{v}{end}" for v in art.lex["coalition_end_verbs"] for end in ("", "s", "ed", "d", "ing")} | {"broke", "snapped"}
    i = noun.i - 1
    while i >= noun.sent.start:
        word = noun.doc[i]
        if word.lemma_.lower() in art.lex["coalition_end_verbs"] or word.lower_ in forms:
            return True
        if word.dep_ not in ("det", "poss") and not noun.is_ancestor(word):
            return False
        i -= 1
    return False


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
    if any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in art.doc[before[-1].end:tok.i]):
        return []  # 'X inducts PPP dissidents, signs seat deal with GDA': a comma closes the party's phrase
    return [before[-1].kb_id_]


def _noun_events(art: Article, sent: Span, tok: Token, action: str, pairs: list[tuple[str, str | None]], how: str) -> list[Event]:
    status = _hedged_here(art, sent, tok, act_status(tok, sent, art.lex, {tok.i}, hearsay=action != "talks") or "fact",
                          sourced=action != "talks")
    when = event_date(art, sent, tok, inherit=_in_lead(art, sent) or stated_as_coming(tok, status, art.lex))
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
        if _counted_people_talk(tok) or _member_in_contact(art, tok):
            continue  # "40 PTI MPAs were in contact with us", "X, a PPP MNA, was in contact with the PTI": people, not their party, talk
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
        holder = _talk_holder(sent, tok)
        together = _parties_in_front(art, sent, holder) if holder is not None else []
        if len(together) >= 2 and set(actors) <= set(together):
            actors = together  # "The PML-N and the PPP held talks with the MQM-P", the first party lost by the parse
        if not actors:
            continue
        for prep in preps:
            if _talks_on_joining(art, sent, prep):
                continue
            others = _object_parties(art, prep) or _government_talked_with(art, sent, prep, actors) \
                or [r for r in [_ruling_group(art, sent, list(prep.subtree), set(actors))] if r]
            others += [c for cj in tok.children if cj.dep_ == "conj" and art.party_at(cj) is not None
                       for c in _object_parties(art, cj) if c not in others]  # "with the PML-N, the PPP or the MQM-P", the list hung on 'talks'
            found = _noun_events(art, sent, tok, "talks", [(a, c) for a in actors for c in others if c not in actors], "with")
            if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):  # "had no contact with the PPP": denied
                found = [replace(e, status="denied") for e in found]
            if _refused(art, tok.head):  # "would not hold talks with the PPP" refuses them
                found = [replace(e, action="reject", status="fact", evidence=replace(e.evidence, rule="coalition.reject.no_talks"))
                         if e.status == "denied" else e for e in found]
            events += found
    return events


def _government_talked_with(art: Article, sent: Span, prep: Token, actors: list[str]) -> list[str]:
    """'held secret talks with the government about a power-sharing arrangement': talks of governing
    with 'the government' are with the party that leads it (not a protest's talks with the government)."""
    if not any(g.dep_ == "pobj" and g.lower_ in ("government", "govt") and any(d.lower_ == "the" for d in g.children)
               for g in prep.children):
        return []
    cues = {"coalition", "alliance", "adjustment"} | set(art.lex["coalition_office_words"]) - {"cabinet"}
    if not any(cue in sent.text.lower() for cue in cues):  # 'power-sharing' is cut into three tokens
        return []
    led = government_of(art, sent)
    return [led] if led and led not in actors else []


def _talks_on_joining(art: Article, sent: Span, prep: Token) -> bool:
    """'X is expected to join the PPP next week, a PPP leader said, adding that talks with him were in the final
    stage': talks with one person ('him', 'her') in a sentence that tells of joining are about his joining,
    not his party's coalition talks."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    return bool(objects) and all(o.lower_ in ("him", "her") for o in objects) \
        and art.any_lemma(sent, art.lex["join_verbs"])


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


def _member_in_contact(art: Article, tok: Token) -> bool:
    """'X, a PPP MNA, was also in contact with the PTI', 'six PPP members were in touch with the PTI': a member in
    contact with another party is a defection in the making, not his party's coalition talks; a party's head
    ('PTI chairman X is in contact with the JUI-F chief') speaks for it."""
    if tok.lower_ not in ("contact", "contacts", "touch"):
        return False
    verb = tok
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    heads = set(art.lex["coalition_leader_titles"]) | {"chief", "chairman", "president", "head", "founder"}
    for subj in subjects_of(verb):
        people = art.person_at(subj) is not None or (subj.pos_ in ("NOUN", "PROPN") and (
            subj.lemma_.lower() in GROUP_NOUNS or subj.lower_.rstrip("s") in GROUP_NOUNS))  # not 'the JUI-F, which had been in contact'"
        if people and not any(t.lower_ in heads for t in subj.subtree):
            return True
    return False


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
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [g for c in objects if c.lower_ in ROUND_NOUNS for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"]  # "held several rounds of talks"
        held = [c for c in objects if c.lower_ in art.lex["coalition_talk_with_nouns"]
                and (c.lower_ not in art.lex["coalition_meeting_nouns"] or _governing_cue(art, sent))
                and not any(g.lower_ == "with" for g in c.children)]
        held += [g for c in verb.children if lemma == "be" and c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                 if g.dep_ == "pobj" and g.lower_ in art.lex["coalition_talk_with_nouns"]
                 and g.lower_ not in art.lex["coalition_meeting_nouns"] and not any(x.lower_ == "with" for x in g.children)]
        if not ((lemma in TALK_HOLDERS or lemma == "be") and held) and not (lemma in MEETING_VERBS and _governing_cue(art, sent)):
            continue
        subjects = [s for h in clause_heads(verb, limit=2) for s in subjects_of(h)][:1]
        named = _joint_parties(art, subjects[0]) if subjects else []
        reach = max(t.i for t in held[0].subtree) + 1 if held else verb.i + 1  # the talks' own words, not a clause after
        if len(named) < 2 and subjects and _the_two(subjects[0]) and not art.parties_in(subjects[0].i, reach):
            named = _pair_named_after(art, sent, reach) or _last_two_parties(art, subjects[0].i)  # "the two sides are in talks"
        if len(named) >= 2:
            tok = held[0] if held else verb
            events += _noun_events(art, sent, tok, "talks", [(a, b) for a in named for b in named], "joint")
    return events or _joint_talks_as_written(art, sent)


def _pair_named_after(art: Article, sent: Span, after: int) -> list[str]:
    """'The two parties had held five rounds of talks since February 13, when the PPP formed a committee to
    negotiate with the PML-N': a sentence that says 'the two parties' and then names just two names the same
    two (the last two named before it may be the tail of a list of tallies)."""
    codes = list(dict.fromkeys(p.kb_id_ for p in art.parties_in(after, sent.end) if p.kb_id_ != "IND"))
    return codes if len(codes) == 2 else []


# what may stand between parties that talk together and their talks: "The PML-N and the PPP on Monday held"
JOINT_FILLERS = {"the", "and", ",", "of", "top", "senior", "leaders", "leader", "leadership", "delegations",
                 "delegation", "on", "late", "today", "yesterday", "both", "two", "parties", ":", "-", "\u2014",
                 "night", "morning", "evening", *WEEKDAYS}
MEETING_VERBS = {"meet", "negotiate", "confer"}
ROUND_NOUNS = {"round", "rounds", "series", "spate"}  # "a second round of talks": the talks are what was held


def _joint_talks_as_written(art: Article, sent: Span) -> list[Event]:
    """The same reading from the words as written, for when the small parser loses the subject
    ("The PML-N and the PPP held talks" parsed as one noun phrase): parties named together at the
    head of the sentence, then 'held talks' or a meeting about governing, and no 'with' after."""
    lowers, lemmas = art.words(sent)
    if lowers.isdisjoint(art.lex["coalition_talk_with_nouns"]) and lemmas.isdisjoint(MEETING_VERBS):
        return []
    for tok in sent:
        talk_noun = tok.lower_ in art.lex["coalition_talk_with_nouns"] and tok.lower_ not in art.lex["coalition_meeting_nouns"]
        if not talk_noun and not (tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in MEETING_VERBS and _governing_cue(art, sent)):
            continue
        front = _talk_holder(sent, tok) if talk_noun else tok
        if front is None:
            continue
        if any(t.lower_ == "with" for t in sent[tok.i + 1 - sent.start:tok.i + 4 - sent.start]):
            return []  # "held talks with the MQM-P": one way, read by the noun rules
        codes = _parties_in_front(art, sent, front)
        return _noun_events(art, sent, tok, "talks", [(a, b) for a in codes for b in codes], "joint") if len(codes) >= 2 else []
    return []


def _talk_holder(sent: Span, noun: Token) -> Token | None:
    """The verb that holds the talks a few words before them: 'held (a second round of) talks'."""
    return next((t for t in reversed(sent[max(0, noun.i - 5 - sent.start):noun.i - sent.start])
                 if t.lemma_.lower() in TALK_HOLDERS), None)


def _parties_in_front(art: Article, sent: Span, verb: Token) -> list[str]:
    """The parties that open the sentence before a verb with nothing else between them and it but
    articles, 'and', their people and the day ('The PML-N and the PPP on Monday held'): the
    subject as written, whatever the parse."""
    parties = art.parties_in(sent.start, verb.i)
    inside = {i for p in parties for i in range(p.start, p.end)}
    between = [t for t in sent[:verb.i - sent.start] if t.i not in inside]
    if all(t.lower_ in JOINT_FILLERS or t.ent_type_ == "DATE" or t.text.isupper() for t in between):
        return list(dict.fromkeys(p.kb_id_ for p in parties if p.kb_id_ != "IND"))
    return []


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


def _failed(art: Article, tok: Token) -> bool:
    """'failed to reach an agreement': no act."""
    for h in clause_heads(tok, limit=3):
        if h.lemma_.lower() in art.lex["coalition_failure_verbs"]:
            return True
    return False
