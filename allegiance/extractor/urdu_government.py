"""Coalition acts toward or by "the government" in Urdu news, where one party at most is named: a party
leaving or joining the government or sitting in opposition ('ایم کیو ایم نے وفاقی حکومت سے علیحدگی کا اعلان
کیا', 'اب ہم اپوزیشن بینچوں پر بیٹھیں گے'), the team a government sends to a party ('حکومتی وفد نے ... بی این پی
کو ... پیشکش کی') and the refusal of that offer. The party leading the government is filled in by the
pipeline (``fill_government``) from the story or the country's governments.tsv.
"""
from __future__ import annotations

import re

from ..model import Article, Event, Evidence
from . import urdu
from .urdu_names import WORD_END, WORD_START


GOVERNMENT_ACTS = (("reject", "coalition_reject_government"), ("leave", "coalition_leave"),
                   ("join", "coalition_opposition"), ("join", "coalition_join_government"))


def with_government(article: Article, sent: str, parties: list[tuple[int, int, str]], lex: dict,
                     evidence: Evidence, story: str | None) -> list[Event]:
    """One party acting toward the government or the opposition ('ایم کیو ایم نے وفاقی حکومت سے علیحدگی
    کا اعلان کیا', 'جے یو آئی نے اپوزیشن میں بیٹھنے کا فیصلہ کیا'): the opposition is no party (null, as in
    English); the government is left open here (rule '.government') for the party that leads it, which
    the pipeline fills in from the story or the country's governments.tsv."""
    found: list[Event] = []
    for action, cue_list in GOVERNMENT_ACTS:
        if found and (found[-1].action != "leave" or cue_list != "coalition_opposition"):
            break  # one act, or leaving and then sitting in opposition ('حکومت سے الگ ... اپوزیشن بنچوں پر بیٹھیں گے')
        cue_at = urdu._first(sent, lex[cue_list])
        if cue_at < 0 or urdu._conditional(sent, cue_at, lex):
            continue
        actor = urdu._agent_party(sent, parties, cue_at, lex) or urdu._speakers_party(sent, parties, cue_at, lex) \
            or leadership_subject(sent, parties, cue_at, lex) or party_voice(sent, parties, cue_at, lex) \
            or bare_subject(sent, parties, cue_at, lex)
        if actor is None:
            return found
        status = "fact" if action == "reject" else urdu._status(urdu._clause(sent, cue_at, lex), lex)
        if status == "fact" and urdu._future(sent, lex) and action != "reject" and not urdu._own_announcement(sent, lex):
            status = "possible"
        rule = "urdu.coalition.join" if cue_list == "coalition_opposition" else f"urdu.coalition.{action}.government"
        found.append(Event(doc=article.doc, type="coalition", actor=actor, counterpart=None, action=action,
                           date=urdu._date(sent, article, lex, story), status=status,
                           evidence=Evidence(evidence.sentence, evidence.start, evidence.end, rule), confidence=0.5))
    return found + government_approaches(article, sent, parties, lex, evidence, story)  # 'وزیراعظم نے ... پیشکش کی جس کے بعد B نے حکومت کی حمایت ...': both


def leadership_subject(sent: str, parties: list[tuple[int, int, str]], cue_at: int, lex: dict) -> str | None:
    """'جی ڈی اے کی قیادت ... حکومت سے علیحدگی کے آپشن پر غور کر سکتی ہے' (the GDA's leadership may weigh leaving
    the government): with no agent marker, a party whose leaders ('کی قیادت', 'کے قائدین') are the subject
    acts; a bare party before 'کی حکومت' is the government itself, and is not taken."""
    leaders = "|".join(re.escape(w) for w in lex["party_leaders"])
    if urdu._marker(lex, "agent_marker").search(sent, 0, cue_at):
        return None
    for _s, end, code in parties:
        if end <= cue_at and re.match(rf"\s*(?:کی|کے)\s+(?:{leaders}){WORD_END}", sent[end:]):
            return code
    return None


def party_voice(sent: str, parties: list[tuple[int, int, str]], cue_at: int, lex: dict) -> str | None:
    """'جی ڈی اے کی رہنما ڈاکٹر فہمیدہ مرزا نے حکومت سے علیحدگی کی خبروں کی تردید کی': a party's leader, named
    with the party and a leader's role right before the agent marker, speaks for it on the government, which
    only a party can leave or join."""
    markers = list(urdu._marker(lex, "agent_marker").finditer(sent, 0, cue_at))
    if len(parties) != 1 or len(markers) != 1:
        return None
    roles = "|".join(re.escape(w) for w in sorted(lex["party_voice_roles"], key=len, reverse=True))
    if urdu._pronoun_agent(sent[:markers[0].end()], markers[0].end(), lex):
        # 'PARTY کے سربراہ X ... مستعفی ہو گئے تھے اور انہوں نے حکومتی اتحاد چھوڑنے کا اعلان کیا': the head opens it
        opens = len(sent[:parties[0][0]].split()) <= 1
        return parties[0][2] if opens and re.match(rf"\s*(?:کی|کے)\s+(?:{roles})\s", sent[parties[0][1]:]) else None
    between = sent[parties[0][1]:markers[0].start()]
    m = re.match(rf"\s*(?:کی|کے)\s+(?:\S+\s+)?(?:{roles})\s+(?P<name>(?:\S+\s*){{2,6}})$", between)
    return parties[0][2] if m else None


def bare_subject(sent: str, parties: list[tuple[int, int, str]], cue_at: int, lex: dict) -> str | None:
    """'بلوچستان عوامی پارٹی پیر کے روز ہی اپوزیشن کی حمایت کا اعلان کر چکی ہے': with no agent marker before the
    cue, the one party named before it and followed by no postposition is the subject. A headline's future
    ('جے یو آئی اپوزیشن میں بیٹھے گی') is left to the story's own telling of the decision."""
    if len(parties) != 1 or parties[0][1] > cue_at or urdu._marker(lex, "agent_marker").search(sent, 0, cue_at) \
            or urdu._future(sent, lex):
        return None
    return None if re.match(r"\s*(?:کی|کے|کا|کو|سے|میں|پر|نے|تک|\(|\))(?!\S)", sent[parties[0][1]:]) else parties[0][2]


def offer_refused(sent: str, parties: list[tuple[int, int, str]], offer: Event, lex: dict, evidence: Evidence,
                   article: Article, story: str | None) -> list[Event]:
    """'... B کو پیشکش کی، تاہم B نے یہ پیشکش مسترد کر دی': the party offered refuses the one that offered,
    though the refusal names only itself, or no party at all (its leader refuses), and points back with
    'یہ/اس پیشکش' (this offer)."""
    codes = {code for _s, _e, code in parties}
    cue_at = urdu._first(sent, lex["coalition_reject"])
    if codes - {offer.counterpart} or cue_at < 0 or not any(w in sent for w in lex["offer_refs"]):
        return []
    return [Event(doc=article.doc, type="coalition", actor=offer.counterpart, counterpart=offer.actor, action="reject",
                  date=urdu._date(sent, article, lex, story), status="fact",
                  evidence=Evidence(evidence.sentence, evidence.start, evidence.end,
                                    "urdu.coalition.reject" + (".government" if offer.actor is None else "")),
                  confidence=0.5)]  # an offer by the government: the refusal is toward the party leading it


def government_approaches(article: Article, sent: str, parties: list[tuple[int, int, str]], lex: dict,
                           evidence: Evidence, story: str | None) -> list[Event]:
    """'حکومتی وفد نے ... بی این پی کو دو وزارتیں دینے کی پیشکش کی' (the government's team offered the BNP two
    ministries): talks by the party that leads the government toward the one named, left open here (rule
    '.by_government') for the pipeline to fill from the story or the country's governments.tsv."""
    cue_at = urdu._first(sent, lex["coalition_talks"])
    agents = "|".join(re.escape(w) for w in sorted(lex["government_agents"], key=len, reverse=True))
    heads = "|".join(re.escape(w) for w in lex["government_heads"])  # 'وزیراعظم عمران خان نے': the head, named
    agent = re.search(rf"{WORD_START}(?:(?:{agents})|(?:{heads})(?:\s+[^\s،]+){{0,3}})\s+نے{WORD_END}", sent[:max(cue_at, 0)])
    if cue_at < 0 or agent is None or not parties or parties[0][0] < agent.end() or urdu._conditional(sent, cue_at, lex):
        return []
    status = urdu._status(urdu._clause(sent, cue_at, lex), lex)
    if status == "fact" and urdu._future(sent, lex):
        status = "possible"
    return [Event(doc=article.doc, type="coalition", actor=None, counterpart=parties[0][2], action="talks",
                  date=urdu._date(sent, article, lex, story), status=status,
                  evidence=Evidence(evidence.sentence, evidence.start, evidence.end, "urdu.coalition.talks.by_government"),
                  confidence=0.5)]


def own_party_opposition(article: Article, sent: str, acting: str | None, lex: dict, evidence: Evidence,
                         story: str | None, focus: str | None = None) -> list[Event]:
    """'ان کا کہنا تھا کہ ... اس لیے اب ہم اپوزیشن بینچوں پر بیٹھیں گے' (he said: so now we sit on the opposition
    benches): a party's man saying 'we' names no party, and 'we' is the party whose act toward the
    government the story has just told. A decision so announced is a fact, as in English 'said his party
    would sit in opposition'."""
    cue_at = urdu._first(sent, lex["coalition_opposition"])
    if cue_at < 0 or urdu._conditional(sent, cue_at, lex):
        return []
    if _party_decided(sent, cue_at, lex):
        acting = acting or focus  # 'فیصلہ کیا گیا کہ جماعت ... اپوزیشن بنچوں پر بیٹھے گی': the party just named
    else:
        we = "|".join(re.escape(w) for w in lex["own_party_we"])
        said = max((sent.rfind(w, 0, cue_at) for w in lex["own_statement"] + lex["said_that"]), default=-1)
        if said < 0 or re.search(rf"{WORD_START}(?:{we}){WORD_END}", sent[said:cue_at]) is None:
            return []
    if acting is None:
        return []
    status = urdu._status(urdu._clause(sent, cue_at, lex), lex)
    if any(w in sent for w in lex["when2_hearsay"]) and status == "fact":
        status = "possible"
    return [Event(doc=article.doc, type="coalition", actor=acting, counterpart=None, action="join",
                  date=urdu._date(sent, article, lex, story), status=status,
                  evidence=Evidence(evidence.sentence, evidence.start, evidence.end, "urdu.coalition.join"),
                  confidence=0.5)]


def _party_decided(sent: str, cue_at: int, lex: dict) -> bool:
    """'فیصلہ کیا گیا کہ جماعت ... اپوزیشن بنچوں پر بیٹھے گی' (it was decided that the party will sit in
    opposition): a decision whose clause has the party itself, unnamed, as its subject; as decided, a fact."""
    decided = "|".join(re.escape(w) for w in lex["decided_that"])
    words = "|".join(re.escape(w) for w in lex["party_word"])
    return re.search(rf"(?:{decided})\s+(?:{words}){WORD_END}", sent[:cue_at]) is not None


def own_delegation_visits(article: Article, sent: str, parties: list[tuple[int, int, str]], focus: str | None,
                          lex: dict, evidence: Evidence, story: str | None) -> list[Event]:
    """'... تحریک انصاف نے رابطے تیز کر دیے ہیں۔ پارٹی وفد نے ایم کیو ایم پاکستان کے مرکز کا دورہ کیا اور ...
    تعاون کی درخواست کی': the party's delegation, the party the story has just named, calls on the one named,
    which is talks, as a delegation's visit is in English."""
    delegations = "|".join(re.escape(w) for w in lex["own_delegation"])
    acts = "|".join(re.escape(w) for w in lex["delegation_acts"])
    agent = re.search(rf"{WORD_START}(?:{delegations})\s+نے{WORD_END}", sent)
    codes = {code for _s, _e, code in parties} - {focus, "IND"}
    if focus is None or agent is None or len(codes) != 1 or not re.search(acts, sent[agent.end():]) \
            or parties[0][0] < agent.end():
        return []
    status = urdu._status(urdu._clause(sent, agent.end(), lex), lex)
    return [Event(doc=article.doc, type="coalition", actor=focus, counterpart=codes.pop(), action="talks",
                  date=urdu._date(sent, article, lex, story), status=status,
                  evidence=Evidence(evidence.sentence, evidence.start, evidence.end, "urdu.coalition.talks"),
                  confidence=0.5)]
