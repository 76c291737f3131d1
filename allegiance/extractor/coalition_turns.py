"""Turns within a standing coalition told without a verb of joining or leaving: a party that
throws its partner out of the government ("decided to expel its ally, the QWP, from the coalition
government") leaves the coalition with it, and a partner that says it stays ("would stay in the
government", "remained with the government") still joins the party leading it.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..model import Event
from .base import Article, clause_heads, subjects_of
from .coalition_parties import government_of
from .coalition_roles import _acting_parties
from .coalition_scope import GOVERNMENT_WORDS, _scope
from .act_dates import event_date
from .status import act_status

HOLDERS = GOVERNMENT_WORDS - {"opposition", "camp", "bloc", "centre", "center"}
CLAUSE_LINKS = ("advcl", "relcl", "acl", "csubj")


def coalition_turns(art: Article, sent: Span) -> list[Event]:
    """The partners expelled and the partners staying that a sentence tells."""
    return _partners_expelled(art, sent) + _partners_staying(art, sent) + _backers_listed(art, sent)


def _backers_listed(art: Article, sent: Span) -> list[Event]:
    """'Other parties that have declared their support for PTI include PML-Q with four seats; GDA with two; ...':
    each party the list names backs the one supported. Read in the order of the words, since the parser breaks
    such lists at their semicolons; the group must be parties or allies, the support told before 'include'."""
    verb = next((t for t in sent if t.lemma_.lower() in art.lex["coalition_comprise_verbs"] and t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    before = sent[:verb.i - sent.start]
    if not any(t.lower_ in art.lex["coalition_backer_groups"] for t in before):
        return []
    support = next((t for t in before if t.lemma_.lower() in ("support", "back", "backing", "endorse")), None)
    if support is None:
        return []
    supported = list(dict.fromkeys(p.kb_id_ for p in art.parties_in(support.i + 1, verb.i) if p.kb_id_ != "IND"))
    if len(supported) != 1:
        return []
    backers = [p.kb_id_ for p in art.parties_in(verb.i + 1, sent.end) if p.kb_id_ not in ("IND", *supported)]
    return [Event(doc=art.doc_id, type="coalition", actor=b, counterpart=supported[0], action="join", scope=_scope(art, sent),
                  date=None, status="fact", evidence=art.evidence(sent, "coalition.join.backers_listed"), confidence=0.55)
            for b in dict.fromkeys(backers)]


def _partners_expelled(art: Article, sent: Span) -> list[Event]:
    """'The PTI decided to expel its ally, the QWP, from the coalition government': the expelling party
    leaves its partner. Only a party (not a person, not 'QWP ministers') put out of a government."""
    if art.words(sent)[1].isdisjoint(art.lex["coalition_expel_verbs"]):
        return []
    events = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in art.lex["coalition_expel_verbs"]:
            continue
        out_of = _out_of_government(sent, tok)
        if out_of is None:
            continue
        actors = _acting_parties(art, sent, tok)
        partners = [p.kb_id_ for p in art.parties_in(tok.i + 1, out_of.i)
                    if p.kb_id_ not in ("IND", *actors) and p.root.dep_ not in ("compound", "poss", "nmod", "amod")
                    and not any(art.person_at(t) is not None for t in p)]
        events += _events(art, sent, tok, actors, list(dict.fromkeys(partners)), "leave", "coalition.leave.expel")
    return events


def _out_of_government(sent: Span, verb: Token) -> Token | None:
    """The 'from' that names a government after the verb ('from the coalition government in KP'), wherever
    the parser hung it, before any other clause begins."""
    for tok in sent[verb.i - sent.start + 1:]:
        if tok.dep_ in CLAUSE_LINKS or (tok.pos_ == "VERB" and tok.dep_ == "conj"):
            return None
        if tok.lower_ == "from" and any(c.dep_ == "pobj" and c.lower_ in HOLDERS for c in tok.children):
            return tok
    return None


def _partners_staying(art: Article, sent: Span) -> list[Event]:
    """'The JI said it would stay in the government', 'the GDA remained with the government': a partner that
    stays joins the party leading the government (the one named, 'stay with the PTI', else the story's)."""
    if art.words(sent)[1].isdisjoint(art.lex["coalition_stay_verbs"]):
        return []
    events = []
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in art.lex["coalition_stay_verbs"]:
            continue
        if any(c.dep_ == "neg" or c.lower_ == "longer" for c in tok.children) or tok.dep_ in ("xcomp", "advcl", "relcl") \
                or not subjects_of(tok):
            continue  # "will not (no longer) remain part of it" leaves or threatens to; "asked it to stay" is the asker's act
        if any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in tok.children):
            continue  # "have remained in alliance during the past few years": a story's background, no stand taken
        held = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "with") for g in c.children
                if g.dep_ == "pobj"]
        partners = [p.kb_id_ for g in held for t in g.subtree for p in [art.party_at(t)] if p is not None and p.kb_id_ != "IND"]
        if not partners and any(g.lower_ in HOLDERS for g in held):
            led = government_of(art, sent)
            partners = [led] if led else []
        actors = _acting_parties(art, sent, tok)
        events += [replace(e, date=None) for e in _events(art, sent, tok, actors, list(dict.fromkeys(c for c in partners if c not in actors)),
                                                           "join", "coalition.join.stay")]  # a coalition that stands, as of no day
    return events


def _events(art: Article, sent: Span, head: Token, actors: list[str], partners: list[str], action: str,
            rule: str) -> list[Event]:
    if not actors or not partners:
        return []
    status = act_status(head, sent, art.lex, {head.i})
    if status is None:
        return []
    when = event_date(art, sent, head)
    return [Event(doc=art.doc_id, type="coalition", actor=a, counterpart=c, action=action, scope=_scope(art, sent),
                  date=when, status=status, evidence=art.evidence(sent, rule), confidence=0.55)
            for a in actors for c in partners]


def told_by_analysts(art: Article, head: Token) -> bool:
    """'Analysts said (believe) the MQM could return to the coalition': an onlooker's reading of what a party may do is
    opinion, no act of the party (GUIDELINE, what is not an event)."""
    for h in clause_heads(head, limit=3):
        if h.i != head.i and (h.lemma_.lower() in art.lex["coalition_speech_verbs"] or h.lemma_.lower() in art.lex["opinion_verbs"]) and any(
                s.lemma_.lower() in art.lex["opinion_speakers"] for s in subjects_of(h)):
            return True
    return False


def party_pronoun(art: Article, sent: Span, region: list[Token], actors: list[str]) -> list[str]:
    """'had no contact with the PPP and ruled out joining hands with it': the 'it' a party acts towards is the
    last other party the sentence named before it."""
    it = next((t for t in region if t.lower_ == "it" and t.dep_ in ("dobj", "pobj")), None)
    if it is None:
        return []
    named = [p.kb_id_ for p in art.parties_in(sent.start, it.i) if p.kb_id_ not in ("IND", *actors)
             and p.root.dep_ in ("dobj", "pobj") and p.root.head.lower_ not in ("except", "but", "against")]
    return named[-1:]


def in_exchange(head: Token) -> bool:
    """'would stand by the PTI in exchange for the chief minister's office', 'in return for a package for Karachi':
    standing with a party for a share of power is a bargain about governing."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ("exchange", "return") and any(f.lower_ == "for" for f in g.children)
        for g in c.children) for c in head.children)


def returns_after_leaving(art: Article, sent: Span, found: list[Event]) -> list[Event]:
    """'The MQM had left the coalition in December, only to return a week later': the 'only to' clause of
    a leaving tells of the same party coming back to the same partner, undated unless the story says when
    (verbs in lexicon key coalition_comeback_verbs); the rule ends in .government, so that settle.fill_government
    names the partner as it does for the leaving."""
    lowers, lemmas = art.words(sent)
    verbs = art.lex["coalition_comeback_verbs"]
    if "only" not in lowers or lemmas.isdisjoint(verbs):
        return []  # cheap guard: most sentences hold no 'only to return'
    if not any(t.lemma_.lower() in verbs and t.dep_ in ("advcl", "xcomp") and any(c.lower_ == "only" for c in t.children)
               for t in sent):
        return []
    return [replace(e, action="join", date=None, evidence=art.evidence(sent, "coalition.join.comeback.government"))
            for e in found if e.type == "coalition" and e.action == "leave" and e.status == "fact"]

