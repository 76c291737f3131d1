"""Whether an act is reported as done (fact), hedged (possible) or denied.

Cues are read on the trigger's own clause and the clauses that govern it:
"is likely to join" and "denied reports about his leaving" both put the cue
above the trigger, "will not quit" puts the negation beside it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ..country.lexicon import Lexicon
from . import base  # base imports, through interviews and dates, this module: read at call time
from .lowered import case_blind, for_lowered

# The cue words are data: lexicon keys status_hedge_aux, status_hedge_lemmas, status_hedge_nouns,
# status_hedge_adverbs, status_deny_lemmas, status_deny_words, status_wish_lemmas, status_future_aux,
# status_opinion_aux, status_reversal_lemmas, status_reversal_cues, status_contact_nouns, status_deny_phrasal,
# status_deny_report_phrasal, status_undisclosed_lemmas,
# status_hearsay_passive_lemmas, report_nouns and report_false_words.


def _finite_clause(verb: Token) -> bool:
    """'told Reuters he would not join the IPP', parsed as 'told X to join': a clause with its own subject and
    a tensed auxiliary is reported speech, not an instruction to the one told."""
    return any(c.dep_ == "nsubj" for c in verb.children) and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children)


def act_status(trigger: Token, sent: Span, lex: Lexicon, phrase: set[int] | None = None, hearsay: bool = True) -> str | None:
    """fact / possible / denied for the act whose head word is `trigger`; None when the act is
    only someone else's wish ("demanded Nawaz to step down", "invited him to join"). `hearsay=False`
    leaves unnamed sources out of it: talks told on their word are still talks held."""
    phrase = phrase or {trigger.i}
    if trigger.dep_ in ("aux", "auxpass") and trigger.head.i != trigger.i:
        trigger = trigger.head  # a phrase led by its auxiliary ('will be part of'): the mood is the verb's
    chain = _governing_chain(trigger, lex=lex)
    if any(c.lower_ == "whether" for c in trigger.children) and trigger.head.lemma_.lower() in lex["status_decision_lemmas"]:
        return "possible"  # "has not yet decided whether to join the IPP": a joining weighed
    if any(c.lower_ == "whether" for c in trigger.children) and trigger.head.lemma_.lower() in lex["status_undisclosed_lemmas"]:
        return None  # "declined to say whether the party would remain in the government": no stand told at all
    wish = trigger.head.lemma_.lower()
    wishes = lex["status_wish_lemmas"]
    if (trigger.dep_ == "xcomp" and wish in wishes and not _finite_clause(trigger)) \
            or (trigger.dep_ in ("ccomp", "xcomp") and wish in wishes - {"tell"}):
        return None
    if trigger.dep_ == "ccomp" and wish in lex["status_wish_other_lemmas"] and any(c.dep_ == "nsubj" for c in trigger.children):
        return None  # "the PPP wants the MQM-P to join the government": one's wish for another's act
    if _counterfactual_past(trigger):
        return None  # "the PTI would have joined the government", "would never have left the PML-N": what did not happen
    if _inverted_condition(trigger, lex):  # "Had the MQM-P left the coalition, ...", "Were the PPP to quit ...": a hypothesis;
        return "fact" if any(c.dep_ == "neg" for c in trigger.children) else None  # "had he not quit": he did
    if is_opinion(trigger, lex) or _called_for(trigger, lex):
        return None
    if _asked(sent):  # 'Have I decided to join his party?': an act asked about is not one reported done;
        return None if _writers_question(sent) else "possible"  # 'Will the JUI-F join the government?': the writer's musing
    if _mused(sent) and _writers_question(sent):
        return None  # 'What if the JUI-F joins hands with the PTI?', 'Why would X leave the PTI now?': a supposition
    after = base.doc_text(sent.doc)[trigger.idx:sent.end_char]  # the rest of the sentence, read by the three turns below
    if called_off_by(trigger, lex) is not None or _turns(after, REVERSED_AFTER, REVERSED_AFTER_LOWERED) \
            or _turns(after, DENIED_AFTER, DENIED_AFTER_LOWERED):
        return "denied"
    if _pending(trigger, lex) or _turns(after, RECONSIDERED_AFTER, RECONSIDERED_AFTER_LOWERED):
        return "possible"
    if _report_called_false(trigger, lex):
        return "denied"
    for below, tok in zip([None, *chain], chain):
        readiness = _unhesitating(tok, trigger)
        if readiness is not None:
            return readiness
        if _negated(tok, phrase) or _no_intention(tok, trigger, lex) or _no_truth(tok, trigger, lex):
            return "denied"
        if tok.i != trigger.i and tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(
                c.dep_ == "acomp" and c.lower_ in lex["status_deny_words"] for c in tok.head.children):
            return "denied"  # "talk of my leaving the PTI is baseless"
        if tok.lemma_.lower() in lex["status_deny_lemmas"] and tok.i not in phrase and tok.i != trigger.i \
                and not _rules_on_a_filing(tok, lex):
            return "denied"
        if tok.lower_ == "against" and tok.dep_ == "prep" and tok.head.lemma_.lower() in lex["status_decide_against_lemmas"]:
            return "denied"  # "decided against joining the PML-N", "opted against quitting" (not "warned against")
        if tok.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.i < tok.i and (
                c.lower_ in lex["denials"] or c.lemma_.lower() in lex["status_deny_lemmas"]) for c in tok.children):
            return "denied"  # "X rubbished reports that he had joined", "..., dismissing reports that": the verb read
            # as the report noun's adjective or compound
        if tok.i != trigger.i and tok.lemma_.lower() in lex["status_label_verbs"] and any(
                t.lower_ in lex["status_deny_words"] for t in tok.subtree) and any(
                t.lower_ in lex["report_nouns"] for t in chain if t.i < tok.i or t.head.i == tok.i):
            return "denied"  # "termed reports of his joining the PPP baseless" (a report called false, not a decision)
        if below is not None and tok.i not in phrase and _reversal(tok, below, trigger, lex):
            return "denied"
        if below is not None and _reconsidered(tok, below, trigger, lex):
            return _reconsidered(tok, below, trigger, lex)
        if tok.i != trigger.i and tok.i not in phrase and _phrasal(tok) in lex["status_deny_phrasal"]:
            return "denied"  # "ruled out joining", "brushed aside talk that he would step down"
        if tok.i != trigger.i and tok.i not in phrase and _cleared_the_air(tok, lex):
            return "denied"  # "has cleared the air on joining the PTI": a clarification, as 'clarified' is
        if tok.i != trigger.i and tok.i not in phrase and _report_turned_down(tok, lex):
            return "denied"  # "turned down rumours of his exit": the report, not an offer, is refused
    for tok in chain:
        if _hedged(tok, trigger, phrase, lex) or _in_contact(tok, trigger, phrase, lex):
            return "possible"
    if _about_to(trigger):
        return "possible"  # "claims that X was about to quit"; a denial of it is read above
    if is_future(trigger, lex) or (hearsay and on_hearsay(sent, lex) and not _done(trigger)):
        return "possible"
    deny_words, deny_lemmas = lex["status_deny_words"], lex["status_deny_lemmas"]
    if any(t.lower_ in deny_words for t in sent) and any(t.lemma_.lower() in deny_lemmas | {"be"} for t in sent):
        if any(t.lower_ in deny_words for t in chain[-1].subtree):
            return "denied"
    return "fact"


# Turns later in the act's own sentence, read on the text after its trigger:
# 'said he was quitting the party, only to reverse the decision an hour later': called off (a resignation later
# withdrawn was still tendered);
REVERSED_AFTER = re.compile(
    r"^[^.;]{0,80}?\b(?:only to|but|before|and then|and later|later)\s+(?:\w+\s+)?(?:revers|retract|withdr[ae]w|rescind|"
    r"took back|taking back|take back|go back on|went back on)\w*\s+(?:the|his|her|their|its|that|this)\s+"
    r"(?:decision|announcement|move)\b", re.I)
# 'also said he was stepping down, though he later told reporters he was "still thinking about it"': a thought
# still weighed, so the act may come, not has come;
RECONSIDERED_AFTER = re.compile(
    r"^[^.;]{0,120}?\b(?:though|although|but|however)\b[^.;]{0,80}?\b(?:still|yet to be|not yet)\s+"
    r"[\"\u201c]?(?:thinking|considering|weighing|mulling|deciding|undecided|making up)\b", re.I)
# 'sources said X was considering joining the PPP, though he denied it when contacted': denied by the one it is
# told of (GUIDELINE: the actor's own word).
DENIED_AFTER = re.compile(
    r"^[^.;]{0,120}?\b(?:though|although|but)\s+(?:he|she|they|the (?:former|ex)[\w -]{0,20})\s+(?:has |had |later |himself |herself )?"
    r"(?:denied|rejected|dismissed|refuted|rubbished|contradicted)\s+(?:it|this|that|them|the (?:reports?|claims?|news|speculation|rumours?))\b"
    r"(?!\s+(?:was|is|were|are|had|has|would|will|did|could|might|should)\b)", re.I)  # not "denied it was about money"
REVERSED_AFTER_LOWERED, DENIED_AFTER_LOWERED, RECONSIDERED_AFTER_LOWERED = map(
    for_lowered, (REVERSED_AFTER, DENIED_AFTER, RECONSIDERED_AFTER))


def _turns(after: str, pattern: re.Pattern, lowered_pattern: re.Pattern) -> bool:
    """Whether the rest of the sentence takes the act back (`pattern`), read in lowercased text when its
    positions hold (lowered.py): asked of every act, the case-ignoring lazy scans cost several times more."""
    searched, seen = case_blind(pattern, lowered_pattern, after)
    return bool(searched.search(seen))


def _about_to(trigger: Token) -> bool:
    """'was about to quit': a move that has not happened yet."""
    return trigger.dep_ == "xcomp" and trigger.head.lower_ == "about" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)


def _report_called_false(trigger: Token, lex: Lexicon) -> bool:
    """'News that X had quit the PTI turned out to be incorrect', 'reports that X had resigned were
    wrong': the act is told only inside a report that the sentence calls false. Words such as 'wrong'
    deny only a report ('I was wrong to leave' is no denial)."""
    false_words = lex["status_deny_words"] | lex["report_false_words"]
    for tok in trigger.ancestors:
        if tok.lower_ in lex["report_nouns"] and tok.dep_ in ("nsubj", "nsubjpass"):
            return any(c.lower_ in false_words and c.dep_ in ("acomp", "attr", "oprd")
                       for c in tok.head.subtree if c.i not in {t.i for t in tok.subtree})
    return False


COUNTERFACTUAL_MODALS = frozenset({"would", "could", "might", "should"})


def _counterfactual_past(trigger: Token) -> bool:
    """'would have joined', 'could have quit', 'would never have left': a modal with 'have' and a participle tells
    what did not happen (a counterfactual), no act and no threat. 'would have to leave' ('have' a verb) is not it."""
    for tok in (trigger, trigger.head) if trigger.dep_ == "xcomp" else (trigger,):
        if tok.tag_ != "VBN":
            continue
        aux = [c.lower_ for c in tok.children if c.dep_ == "aux"]
        if "have" in aux and any(a in COUNTERFACTUAL_MODALS for a in aux):
            return True
    return False


def _inverted_condition(trigger: Token, lex: Lexicon) -> bool:
    """A clause that opens with its auxiliary, before its subject: 'Had X left ...', 'Should X quit ...',
    'Were X to quit ...' - the writer's supposition, no act (not even a threatened one)."""
    marks = lex["status_inverted_condition_aux"]
    for tok in (trigger, trigger.head):
        first = _after_opening_phrase(tok, marks) or tok.doc[tok.left_edge.i]
        if first.lower_ not in marks or tok.dep_ not in ("advcl", "ccomp") and tok is trigger:
            continue
        if tok is not trigger and not (trigger.dep_ in ("advcl", "xcomp") and tok.lower_ in marks):
            continue
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and first.i < subj[0].i and (first.dep_ == "aux" or first.i == tok.i):
            return True
    return False


def _after_opening_phrase(tok: Token, marks) -> Token | None:
    """'In 2013, had X accepted ...': the clause's auxiliary of supposition after an opening time or place phrase
    (which the parser hangs on the clause), taken as the clause's first word."""
    aux = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in marks), None)
    if aux is None:
        return None
    leading = [c for c in tok.children if c.i < aux.i]
    return aux if leading and all(c.dep_ in ("prep", "advmod", "npadvmod", "punct") for c in leading) else None


def _pending(trigger: Token, lex: Lexicon) -> bool:
    """'has yet to resign', 'is yet to join', 'has not yet quit', 'would decide about joining': the writer
    says the act is still to come, an expectation (GUIDELINE: possible), neither done nor denied by the actor."""
    pending = lex["status_pending_adverbs"]
    if any(c.dep_ == "advmod" and c.lower_ in pending for c in trigger.children):
        return True  # "has not yet resigned"
    if _put_off(trigger, lex):
        return True
    up = trigger.head
    if trigger.dep_ in ("pcomp", "pobj") and up.lower_ in ("about", "on", "over", "whether"):
        decide = up.head  # "he would decide about joining after consulting his supporters": the decision is to come
        if decide.lemma_.lower() in lex["status_decision_lemmas"] and any(
                c.dep_ == "aux" and c.lower_ in lex["status_future_aux"] for c in decide.children):
            return True
    return trigger.dep_ == "xcomp" and up.i != trigger.i and up.lemma_.lower() in ("have", "be") \
        and any(c.dep_ == "advmod" and c.lower_ in pending for c in up.children)  # "has yet to resign"


def _put_off(trigger: Token, lex: Lexicon) -> bool:
    """"X's induction into the PPP has been put off', 'X postponed joining the PTI': an act put back is
    still to come (GUIDELINE: possible), not done."""
    if trigger.dep_ not in ("nsubj", "nsubjpass", "dobj", "xcomp") or trigger.head.i == trigger.i:
        return False
    verb = trigger.head
    lemma = verb.lemma_.lower()
    for entry in lex["status_postpone_lemmas"]:
        word, _, particle = entry.partition(":")
        if lemma == word and (not particle or any(c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in verb.children)):
            return True
    return False


def is_opinion(trigger: Token, lex: Lexicon) -> bool:
    """'X should join the PPP', 'ought to quit', 'must step down': what someone thinks a person ought
    to do is an opinion, not an act (GUIDELINE: opinions are no events). Climbs through infinitives
    and untensed conjuncts, as `is_future` does."""
    if trigger.dep_ == "pcomp" and trigger.head.lower_ == "against" \
            and trigger.head.head.lemma_.lower() in lex["status_advise_against_lemmas"]:
        return True  # "warned against joining the PML-N": advice to others, no act of the adviser
    tok = trigger
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in lex["status_opinion_aux"] for c in tok.children):
            return True
        if tok.dep_ == "xcomp" and tok.head.lower_ in lex["status_opinion_aux"]:
            return True  # 'ought to join': the modal heads the clause
        if tok.head.i == tok.i or not (tok.dep_ == "xcomp" or (tok.dep_ == "conj" and tok.tag_ == "VB")
                                       or _weighed_beforehand(tok)):
            return False
        tok = tok.head
    return False


def _asked(sent: Span) -> bool:
    """A yes-no question ('Have I decided to join his party?', 'Will the MQM-P quit the coalition?'):
    it opens with an auxiliary (after an interview's 'Q:' or 'A:') and closes with a question mark."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 3 or words[-1].text != "?" and not (words[-1].is_punct and words[-2].text == "?"):
        return False
    first = 2 if words[1].text in (":", ".") and words[0].text in ("Q", "A") else 0
    return words[first].tag_ in ("MD", "VBD", "VBP", "VBZ") and words[first].pos_ == "AUX"


FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
QUOTE_MARKS = ('"', "\u201c", "\u201d")


def _writers_question(sent: Span) -> bool:
    """'Will the PPP eventually join the cabinet?', 'Will it ally with Sharif's party?': a yes-no question in the
    paper's own voice (a column's or an explainer's musing, no quotation and no 'I' or 'we') reports no act, not
    even a possible one; the actor has said nothing. A speaker's own question ('Have I decided to join his
    party?', '"Why would we quit now?"') still weighs the act, possible."""
    if any(t.lower_ in FIRST_PERSON for t in sent) or any(q in sent.text for q in QUOTE_MARKS):
        return False
    head = base.doc_text(sent.doc)[:sent.start_char]
    return not (head.count("\u201c") > head.count("\u201d") or head.count('"') % 2 == 1)  # not inside a quotation


WH_WORDS = frozenset({"why", "what", "how", "who", "whom", "when", "where"})


def _mused(sent: Span) -> bool:
    """A question that supposes rather than asks what happened: 'What if the JUI-F joins hands with the PTI?',
    'Why would X leave the PTI now?', 'Who will the BAP back?'. A question word followed by 'if' or a modal;
    'Why did X quit?' takes the quitting as done and is left to the other readings."""
    words = [t for t in sent if not t.is_space and not t.is_punct]
    if len(words) < 3 or not sent.text.rstrip().rstrip("\"'\u201d\u2019").endswith("?"):
        return False
    first, second = words[0].lower_, words[1]
    return first in WH_WORDS and (second.lower_ == "if" or second.tag_ == "MD")


def _weighed_beforehand(tok: Token) -> bool:
    """'should think twice before it joins the cabinet', 'must consult its voters before quitting': an act
    in a 'before' clause of advice is the act advised about, so it is an opinion when the advice is."""
    if tok.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ == "before" for c in tok.children)
    return False


def _reconsidered(tok: Token, below: Token, trigger: Token, lex: Lexicon) -> str | None:
    """'had reconsidered his decision to join the PPP': the decision gone back on, a denial; 'is reconsidering
    his decision to quit': it may yet be called off, possible. Not 'asked him to reconsider his decision to
    quit' (someone else's wish: the decision stands) nor a bare verb ('will reconsider')."""
    if tok.i == trigger.i or tok.lemma_.lower() not in lex["status_reconsider_lemmas"] or below.pos_ != "NOUN":
        return None
    if tok.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    return "possible" if tok.tag_ == "VBG" else "denied" if tok.tag_ in ("VBD", "VBN") else None


def _reversal(tok: Token, below: Token, trigger: Token, lex: Lexicon) -> bool:
    """'reversed his decision to quit', 'backed out of joining', 'took a U-turn on joining', 'abandoned
    plans to join': the act is called off, a denial. A reversal verb counts only over an intention
    (a noun: decision, plans) or a preposition ('out of joining'), so that 'withdrew from the race
    to join X', where the joining is the purpose, stays an act."""
    if tok.i == trigger.i or not (below.pos_ in ("NOUN", "ADP") or below.dep_ in ("prep", "pcomp", "pobj")):
        return False
    if tok.lemma_.lower() in lex["status_reversal_lemmas"]:
        return True
    words = [tok.lemma_.lower(), *(c.lower_ for c in tok.children
                                   if c.dep_ in ("prt", "prep", "dobj", "advmod") and c.i < trigger.i)]
    said = " ".join(words)
    bare = " ".join([tok.lemma_.lower(), *(c.lower_ for c in tok.children if c.i < trigger.i and (
        c.dep_ in ("prt", "dobj") or c.dep_ == "advmod" and c.lower_ == "back" or c.i == below.i))])
    return any(cue in said or cue in bare for cue in lex["status_reversal_cues"])  # bare: 'changed his mind on
    # Monday about joining', 'on Sunday went back on his announcement': the day's preposition left out


def called_off_by(trigger: Token, lex: Lexicon) -> Token | None:
    """'X, who had announced on Sunday that he was joining the PSP, took a U-turn on Monday': an act
    announced in a relative clause on the subject of a reversal or a denial is called off by that
    clause, whose verb is returned (the act is denied, and dated by it). Only an announced or
    intended act ('who had decided to quit'), so that 'X, who joined the PTI in 2018, withdrew
    from the race' keeps the joining a fact."""
    tok = trigger
    for _ in range(4):
        if tok.dep_ == "relcl" or tok.head.i == tok.i or tok.dep_ not in ("ccomp", "xcomp", "conj", "pcomp", "prep", "dobj"):
            break
        tok = tok.head
    if tok.dep_ != "relcl" or tok.i == trigger.i or tok.lemma_.lower() not in lex["status_announce_lemmas"] | lex["status_hedge_lemmas"]:
        return None
    subject = tok.head
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.i == subject.i:
        return None
    said = " ".join([verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ in ("prt", "dobj", "advmod"))])
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in lex["status_speech_lemmas"] for c in verb.children):
        return None  # "X, who is expected to join the PPP, declined to comment": a refusal to speak
    if verb.lemma_.lower() in lex["status_reversal_lemmas"] | lex["status_deny_lemmas"] \
            or any(cue in said for cue in lex["status_reversal_cues"]):
        return verb
    return None


def _in_contact(tok: Token, trigger: Token, phrase: set[int], lex: Lexicon) -> bool:
    """'in contact with the PPP about joining it', 'in talks with the PML-N over joining': contacts
    about an act are not the act (possible). Only when the act hangs on the contact noun through a
    preposition or as its infinitive ('in talks to join the ANP'), or when the copula holds both ('is in
    contact with the ANP about joining it'), so that 'held talks' as the act itself is not hedged by its
    own word."""
    if tok.i == trigger.i or tok.i in phrase:
        return False
    if tok.lemma_.lower() in ("be", "remain", "stay") and any(
            c.dep_ == "prep" and trigger not in c.subtree and not phrase & {t.i for t in c.subtree}
            and any(o.dep_ == "pobj" and o.lower_ in lex["status_contact_nouns"] for o in c.children)
            for c in tok.children):
        return True  # 'is in contact with the ANP about joining it': the parser may hang 'about' on the copula
    if tok.lower_ not in lex["status_contact_nouns"]:
        return False
    return trigger.head.i == tok.i and trigger.dep_ in ("acl", "relcl") or \
        any(c.dep_ == "prep" and trigger in c.subtree for c in tok.children)  # 'in talks to join the ANP'


def _done(trigger: Token) -> bool:
    """An act told as done, in the past or the perfect ('ended his association', 'has sought
    support', 'who resigned'): unnamed sources that tell it report a fact, not a rumour."""
    if trigger.tag_ == "VBD":
        return True
    return trigger.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children)


def still_to_come(trigger: Token, lex: Lexicon) -> bool:
    """An act told as coming or hoped for by its own words ('will join', 'are going to join', 'are
    expected to resign'), whoever reports it; 'has sought support' is done, even when sources tell it."""
    if trigger.dep_ in ("aux", "auxpass") and trigger.head.i != trigger.i:
        trigger = trigger.head
    return is_future(trigger, lex) or any(_hedged(tok, trigger, {trigger.i}, lex) or _in_contact(tok, trigger, {trigger.i}, lex)
                                          for tok in _governing_chain(trigger)[:3])  # 'in contact ... about joining'


def on_hearsay(sent: Span, lex: Lexicon) -> bool:
    """A sentence that rests on unnamed sources ('sources said', 'according to sources', 'citing
    sources', 'a private TV channel reported') reports its acts as possible."""
    hearsay, preps = lex["status_hearsay_subjects"], lex["status_hearsay_preps"]
    lowered = base.span_text(sent).lower()
    if _unnamed_medium_lowered(lex).search(lowered):
        return True
    if not any(word in lowered for word in hearsay):
        return False  # no source in the sentence: its words need not be walked
    for tok in sent:
        if tok.lower_ not in hearsay or tok.lower_ in ("report", "reports"):
            continue
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in lex["status_announce_lemmas"] | {"reveal", "claim", "add"}:
            return True
        before = " " + " ".join(t.lower_ for t in sent.doc[max(sent.start, tok.i - 4):tok.i]) + " "
        if any(f" {p} " in before for p in preps):  # 'according to (party) sources', 'citing sources'
            return True
    return False


@lru_cache(maxsize=2)
def _unnamed_medium_lowered(lex: Lexicon) -> re.Pattern:
    """`_unnamed_medium` for the sentence lowercased (lowered.py)."""
    return for_lowered(_unnamed_medium(lex))


@lru_cache(maxsize=2)
def _unnamed_medium(lex: Lexicon) -> re.Pattern:
    """'a private TV channel reported', 'some newspapers claimed': a medium the story does not name (lexicon
    status_hearsay_media), unlike 'ARY News reported', the outlet's own byline."""
    media = "|".join(sorted(map(re.escape, lex["status_hearsay_media"]), key=len, reverse=True))
    return re.compile(rf"\b(?:an?|some|several|one|other|local|private|foreign)\s+(?:[\w-]+\s+){{0,2}}(?:{media})\s+"
                      rf"(?:has\s+|had\s+|also\s+)?(?:reported|claimed|quoted|said|says|reports|claims)\b", re.I)


def is_future(trigger: Token, lex: Lexicon) -> bool:
    """'will join', 'would be joining', 'are going to join', 'will announce to join': an act still to
    come is reported as possible. Climbs only through infinitives ('to join') and untensed
    conjuncts, so that 'would sit in opposition and ruled out a deal' keeps 'ruled' a fact.
    An act announced for oneself ('said he would resign', 'has said the party will lend support')
    is an announcement, and so a fact, unless the speakers are unnamed sources."""
    tok = trigger
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in lex["status_future_aux"] for c in tok.children) or \
                (tok.lower_ == "going" and any(c.dep_ == "xcomp" for c in tok.children)):
            return not _announced(tok, lex)
        if tok.head.i == tok.i or not (tok.dep_ == "xcomp" or (tok.dep_ == "conj" and tok.tag_ in ("VB", "VBG"))
                                       or (tok.dep_ in ("attr", "acomp") and tok.head.lemma_ == "be")):  # 'will be part of'
            return False
        tok = tok.head
    return False


def _announced(tok: Token, lex: Lexicon) -> bool:
    """Whether a clause is what someone named said or announced ('he said he would quit').

    The speech verb is looked for above the clause, or else just before it in the sentence,
    where a misparsed conjunct leaves it ('announcing he was returning ... and would no longer
    be a part of')."""
    if _own_answer(tok):
        return True  # 'A: We will sit on the opposition benches': the interviewee's own word, as if 'he said'
    speech, climb = None, tok
    for _ in range(3):
        if climb.head.i == climb.i or climb.dep_ not in ("ccomp", "conj", "xcomp"):
            break
        climb = climb.head
        if _speech_verb(climb, lex):
            speech = climb
            break
    if speech is None:
        before = [t for t in tok.doc[tok.sent.start:tok.i] if _speech_verb(t, lex)]
        speech = before[-1] if before else None
    if speech is None or any(c.dep_ == "aux" and c.lower_ in lex["status_future_aux"] for c in speech.children):
        return False  # 'will announce to join': the announcement itself is still to come
    subjects = [c for c in speech.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.lower_ in lex["status_hearsay_subjects"] for c in subjects):
        return False
    return not _others_act(tok, subjects)


_ANSWER_MARK = re.compile(r"[ \t]*A[ \t]*[:.][ \t]")


def _own_answer(clause: Token) -> bool:
    """A clause of 'I' or 'we' on a Q&A piece's answer line ('A: We will not ...'): the interviewee speaks,
    named in the introduction, with no verb of saying (interviews.in_answer, read here from the text)."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we") for c in clause.children):
        return False
    text = clause.doc.text
    return _ANSWER_MARK.match(text, text.rfind("\n", 0, clause.idx) + 1) is not None


def _others_act(clause: Token, speakers: list[Token]) -> bool:
    """'He announced that A, B and C will be part of the party': the speaker tells of named others'
    coming act, which is expected, not announced by those who make it. A pronoun or a party as the
    clause's subject is the speaker's own side ('said he would resign', 'said the party will join')."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not speakers or subj.pos_ == "PRON" or subj.ent_type_ != "PERSON" and subj.pos_ != "PROPN":
        return False
    if _postposed_pronoun(clause, subj, speakers):
        return False
    if any(o.dep_ == "poss" and (o.lower_ in ("its", "his", "her", "their", "our") or o.lemma_.lower() == "party")
           for o in subj.children):
        return False  # "announced that its MNAs / his party's MNAs would vote for X": the speaker's own side
    names = {t.lower_ for t in subj.subtree if t.pos_ == "PROPN"}
    said = {t.lower_ for sp in speakers for t in sp.subtree if t.pos_ == "PROPN"}
    in_party_span = any(subj.i >= span.start and subj.i < span.end for span in clause.doc.spans.get("parties", []))
    return bool(names) and not names & said and not in_party_span


def _postposed_pronoun(clause: Token, subj: Token, speakers: list[Token]) -> bool:
    """'X will formally join the PPP on Friday, he announced on Sunday': an attribution set after an
    unquoted clause, with a pronoun for its speaker, is the clause's subject speaking of himself.
    Inside a quote ('"Nawaz will join us," he said') the pronoun is the quoted speaker."""
    if not all(s.pos_ == "PRON" and s.lower_ in ("he", "she", "they") and s.i > subj.i for s in speakers):
        return False
    head = clause.doc[clause.sent.start:max(s.i for s in speakers)].text
    return not any(q in head for q in ('"', "\u201c", "\u201d", "\u2018", "\u2019 "))


def _speech_verb(tok: Token, lex: Lexicon) -> bool:
    return tok.lemma_.lower() in lex["status_announce_lemmas"] and tok.tag_ in ("VBD", "VBG", "VBN", "VBZ", "VBP")


def _governing_chain(trigger: Token, limit: int = 6, lex: Lexicon | None = None) -> list[Token]:
    chain, tok = [trigger], trigger
    for _ in range(limit):
        if tok.head.i == tok.i or (tok.dep_ == "relcl" and ((tok.tag_ == "VBD" and not any(
                c.dep_ == "nsubj" and c.lower_ in ("he", "she", "they") for c in tok.children))  # not "reports that he was about to join"
                or _clause_of_its_own(tok) or (lex is not None and _told_of_a_day(tok, lex)))) or _since_done(tok):
            break  # 'X, who joined the PML-N in 2015, is reportedly in contact with the PTI': a done relative clause keeps its own mood
        if tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ") and tok.head.tag_ == tok.tag_:
            break  # 'rejected the results and resigned', 'rules out alliance with PTI, opens talks with ANP' (a
            # headline's present): a second act told in the same tense keeps its own mood
        if _beside_a_refusal(tok) and tok.head.dep_ == "ROOT":
            break  # 'The JUI-F would not be part of any government and would sit in the opposition'
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("though", "although", "whereas") for c in tok.children):
            break  # 'did not say which party, though aides hinted he was in touch with X': a concession keeps its own mood
        if tok.dep_ == "advcl" and tok.tag_ == "VBD" and any(c.dep_ == "mark" and c.lower_ in ("after", "since") for c in tok.children):
            break  # 'said it was weighing an offer, days after the two parties held talks': a time told as past is done
        if _said_alongside(tok, lex):
            break  # 'ruled out an alliance, saying his party would sit in the opposition': what he said is not refused
        # an object or a complement takes its mood from the verb above it
        tok = tok.head.head if _second_reported_clause(tok) else tok.head
        chain.append(tok)
        if tok.dep_ in ("ROOT",):
            break
    return chain


def _said_alongside(tok: Token, lex: Lexicon | None) -> bool:
    """'ruled out joining hands with the PML-N, saying his party would sit in the opposition': a participle of
    speech hung on another act reports the speaker's own words, whose mood is theirs, not the act's above it."""
    return lex is not None and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.lemma_.lower() in lex["speech_verbs"]


def _beside_a_refusal(tok: Token) -> bool:
    """'would not be part of any government and would sit in the opposition': a conjunct with its own
    auxiliary and no 'not' of its own is not denied by its sibling's 'not'."""
    return tok.dep_ == "conj" and any(c.dep_ == "aux" for c in tok.children) \
        and any(c.dep_ == "neg" for c in tok.head.children) and not any(c.dep_ == "neg" for c in tok.children)


def _second_reported_clause(tok: Token) -> bool:
    """'said the party would move a reference and that their membership had been suspended': a second
    clause with its own 'that' and subject is reported by the verb above its sibling, whose mood
    ('would') is not its own."""
    if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and any(c.dep_ == "aux" for c in tok.children) \
            and not any(c.dep_ == "aux" and c.lower_ == a.lower_ for a in tok.head.children if a.dep_ == "aux" for c in tok.children):
        return True  # "said the JUI-F would not be part of the government and had declined the PTI's offer": its own tense
    if _beside_a_refusal(tok) and tok.head.dep_ == "ccomp":
        return True  # "said it would not be part of any government and would sit in the opposition": 'said' reports both
    return tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _since_done(tok: Token) -> bool:
    """'has not been part of any party since he left the PML-N': a past act told as the point from
    which time is counted keeps its own mood; so does 'after quitting the PTI' in a clause told in
    the past ('was weighing his options after quitting the PTI': the quitting is done)."""
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in ("after", "since"):
        verb = tok.head.head
        return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
    return tok.dep_ == "advcl" and tok.tag_ in ("VBD", "VBN") and any(
        c.dep_ == "mark" and c.lower_ == "since" for c in tok.children)


def _told_of_a_day(relcl: Token, lex: Lexicon) -> bool:
    """'Her move had been expected since May 26, when she announced that she was leaving': a past clause that
    tells what happened on a day is done, whatever mood the sentence around the day is in."""
    return relcl.tag_ == "VBD" and relcl.head.lower_ in lex["time_heads"] \
        and any(c.dep_ == "advmod" and c.lower_ == "when" for c in relcl.children)


def _clause_of_its_own(relcl: Token) -> bool:
    """A relative clause with a mood of its own ('who is expected to join', 'who has quit'): its
    auxiliary or hedge says it, and the main verb ('refused to comment') is about something else."""
    return any(c.dep_ in ("aux", "auxpass") for c in relcl.children)


def _no_intention(tok: Token, trigger: Token, lex: Lexicon) -> bool:
    """'had no plans to leave the party', 'has no intention of quitting': an intention noun said
    to be none is a denial."""
    if tok.i == trigger.i or tok.pos_ != "NOUN":
        return False
    if tok.lower_ not in lex["status_hedge_nouns"] and tok.lemma_.lower() not in lex["status_hedge_lemmas"]:
        return False
    return any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in tok.children)


def _no_truth(tok: Token, trigger: Token, lex: Lexicon) -> bool:
    """'there was no truth in reports that he had left the PTI', 'no substance in the rumours': a
    report said to hold no truth is denied. 'There is no question of my quitting', 'no chance of
    his joining': an act said to be out of the question is denied too."""
    if tok.i == trigger.i or tok.pos_ != "NOUN" or not any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not")
                                                            for c in tok.children):
        return False
    if tok.lemma_.lower() in lex["when2_deny_nouns"]:
        return True
    return tok.lemma_.lower() in lex["depart3_out_of_question_nouns"] and any(
        c.dep_ == "prep" and c.lower_ == "of" and trigger in c.subtree for c in tok.children)


HESITATION_LEMMAS = {"hesitate", "shy", "flinch", "waver"}


def _unhesitating(tok: Token, trigger: Token) -> str | None:
    """'would not hesitate to leave the government', 'will not shy away from quitting': a negated
    hesitation is a readiness, not a denial: a threat (possible) when said of what would be done, the act
    itself when told of the past ('did not hesitate to quit'). None when the word is no such hesitation."""
    if tok.i == trigger.i or tok.lemma_.lower() not in HESITATION_LEMMAS or not any(c.dep_ == "neg" for c in tok.children):
        return None
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)
    return "possible" if modal else "fact"


def _negated(tok: Token, phrase: set[int]) -> bool:
    for child in tok.children:
        if child.i in phrase:
            continue
        if child.dep_ == "neg":
            if _in_aside(child, phrase):
                continue  # "X — not to be confused with Y — resigned": the aside's 'not' denies nothing of the act
            nxt = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
            if child.lower_ == "no" and nxt is not None and nxt.lower_ == "longer":
                continue  # "no longer a part of" is a leaving, not a denial
            if any(c.dep_ == "advmod" and c.lower_ in MANNER_UNDER_NEGATION and c.i > child.i for c in tok.children):
                continue  # "I did not leave the party lightly": the 'not' denies the manner, the act was done
            return True
        if child.dep_ == "preconj" and child.lower_ == "neither":
            return True  # "would neither join the PTI nor the PML-N"
    if tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in tok.head.children) \
            and any(c.dep_ == "preconj" and c.lower_ == "neither" for c in tok.head.children):
        return True  # "will neither quit the PTI nor join the PPP"
    return False


MANNER_UNDER_NEGATION = ("lightly", "easily", "happily", "willingly", "gladly", "casually", "hastily")
ASIDE_MARKS = {"\u2014": "\u2014", "\u2013": "\u2013", "--": "--", "(": ")"}


def _in_aside(tok: Token, phrase: set[int]) -> bool:
    """A word inside a pair of dashes or brackets of its sentence, with the act's words outside them."""
    sent = tok.sent
    opening = next((t for t in reversed(sent.doc[sent.start:tok.i]) if t.text in ASIDE_MARKS or t.text in ASIDE_MARKS.values()), None)
    if opening is None or opening.text not in ASIDE_MARKS:
        return False
    closing = next((t for t in sent.doc[tok.i + 1:sent.end] if t.text == ASIDE_MARKS[opening.text]), None)
    return closing is not None and not any(opening.i < i < closing.i for i in phrase)


def _hedged(tok: Token, trigger: Token, phrase: set[int], lex: Lexicon) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in lex["status_hearsay_passive_lemmas"] and tok.i != trigger.i and tok.tag_ == "VBN" \
            and any(c.dep_ == "auxpass" for c in tok.children) and any(c.dep_ == "xcomp" for c in tok.children):
        return True  # "is said to be joining", "is believed to have quit": hearsay
    if tok.lower_ == "set" and any(c.dep_ in ("xcomp",) for c in tok.children):
        return True
    if lemma in lex["status_hedge_lemmas"] and tok.i != trigger.i and tok.pos_ in ("VERB", "ADJ", "AUX"):
        if lemma in lex["status_self_report_lemmas"] and any(c.dep_ == "xcomp" for c in tok.children):
            return False  # "PTI claimed to join hands with MWM": the actor's own word, an announcement
        return True
    if tok.lower_ in lex["status_hedge_nouns"] and tok.i != trigger.i and tok.pos_ != "VERB":
        return True  # "reports of his joining", not "..., reports Dawn News", an outlet telling it as done
    for child in tok.children:
        if child.i in phrase:
            continue
        if child.dep_ == "aux" and child.lower_ in lex["status_hedge_aux"]:
            return True
        if child.dep_ in ("advmod", "acomp") and child.lower_ in lex["status_hedge_adverbs"]:
            return True
    return False


def _called_for(trigger: Token, lex: Lexicon) -> bool:
    """'it is (high) time for X to quit the PDM', 'called for Imran Khan to resign', 'pressed for Y to step down':
    a call for someone's act, not the act (lexicon status_call_nouns, status_call_lemmas). Read off the words,
    'for', a short noun phrase, 'to', since the parser hangs such an infinitive on the noun, the verb or the
    sentence's subject."""
    doc = trigger.doc
    to = next((i for i in range(trigger.i - 1, max(-1, trigger.i - 3), -1) if doc[i].lower_ == "to"), None)
    if to is None:
        return False
    for i in range(to - 1, max(-1, to - 9), -1):
        if doc[i].lower_ == "for":
            before = doc[i - 1] if i > 0 else None
            return before is not None and (before.lower_ in lex["status_call_nouns"]
                                           or before.pos_ == "VERB" and before.lemma_.lower() in lex["status_call_lemmas"])
        if doc[i].pos_ in ("VERB", "AUX"):
            return False
    return False


def _cleared_the_air(tok: Token, lex: Lexicon) -> bool:
    """'cleared the air on joining X': an idiom of clarifying (lexicon status_deny_idioms, verb and object lemma)."""
    return any(f"{tok.lemma_.lower()} {c.lemma_.lower()}" in lex["status_deny_idioms"] for c in tok.children if c.dep_ == "dobj")


def _report_turned_down(tok: Token, lex: Lexicon) -> bool:
    """'turned down / shot down rumours (reports) of ...': a report refused. 'turned down the offer' is a
    rejection the coalition reader tells, so the phrasal verb denies only a report noun it governs."""
    return _phrasal(tok) in lex["status_deny_report_phrasal"] and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ in lex["report_nouns"] for c in tok.children)


def _phrasal(tok: Token) -> str:
    """A verb's lemma with its particles ('rule out', 'turn down'), as the lexicon's phrasal lists write it."""
    return " ".join([tok.lemma_.lower(), *(c.lower_ for c in tok.children if _particle(c))])


def _particle(tok: Token) -> bool:
    """The particle of a phrasal verb, which the parser may read as an adverb ('brushed aside')."""
    return tok.dep_ == "prt" or (tok.dep_ == "advmod" and tok.lower_ in ("aside", "off", "short"))  # "stopped short of"


def _rules_on_a_filing(verb: Token, lex) -> bool:
    """'the court dismissed a petition by X, noting that he had quit the party': a bench that dismisses or
    rejects a plea rules on it; the act it notes is not denied."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in lex["court_filings"] for c in verb.children)
