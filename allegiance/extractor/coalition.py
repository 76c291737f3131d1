"""coalition: one party acts towards another about governing together.

The acting party is the subject (a party, "the party", or a person whose
party is written beside the name, "PTI founder Imran Khan"); the other party
is in the trigger's object or prepositions. A subject naming two parties
("PML-N and PPP reached an agreement") is a joint act, recorded both ways.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..model import Event
from .base import Article, clause_heads, subjects_of, subtree_span
from .membership import event_date
from .status import act_status
from .triggers import phrase_head, phrase_hits

JOIN_VERBS = {"agree", "ally", "support", "back", "join", "form", "sign", "enter", "merge", "endorse", "side", "reach", "lend",
              "pledge", "extend", "announce", "make", "strike", "seal", "ink", "clinch", "finalise", "finalize", "concur", "put", "throw"}
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
    """'the settlement between the PML-Q and the PTI': a joint act named by a noun."""
    events = []
    for tok in sent:
        if tok.lemma_.lower() not in DEAL_NOUNS:
            continue
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                codes = list(dict.fromkeys(p.kb_id_ for p in art.parties_in(prep.i, subtree_span(prep).end) if p.kb_id_ != "IND"))
                if len(codes) == 2:
                    status = act_status(tok, sent, art.lex, {tok.i}) or "fact"
                    when = event_date(art, sent, tok, inherit=False)
                    for a, b in (codes, codes[::-1]):
                        events.append(Event(doc=art.doc_id, type="coalition", actor=a, counterpart=b, action="join",
                                            scope=_scope(art, sent), date=when, status=status,
                                            evidence=art.evidence(sent, "coalition.join.between"), confidence=0.5))
    return events


def extract_coalition(art: Article, sent: Span, matcher) -> list[Event]:
    parties = [p for p in art.parties_in(sent.start, sent.end) if p.kb_id_ != "IND"]
    if not parties and not any(t.lower_ in ("party", "two") for t in sent):
        return []
    if not any(t.lower_ in CUE_WORDS or t.lemma_.lower() in CUE_WORDS for t in sent):
        return []
    events: list[Event] = _between_pairs(art, sent)
    seen: set[int] = set()
    for name, span in phrase_hits(sent, matcher):
        if name in ("coalition_leave_phrases", "coalition_reject_phrases"):
            head = phrase_head(span)
            action = "leave" if name == "coalition_leave_phrases" else "reject"
            events += _act(art, sent, head, action, "coalition." + action + ".phrase", set(range(span.start, span.end)))
            seen.update(range(span.start, span.end))
    for tok in sent:
        if tok.i in seen:
            continue
        action = _action_of(tok)
        if action:
            events += _act(art, sent, tok, action, f"coalition.{action}.{tok.lemma_.lower()}", {tok.i})
    return events


def _action_of(tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        if lemma in REJECT_VERBS:
            if lemma == "rule" and not any(c.lower_ == "out" for c in tok.children):
                return None
            if lemma in ("brush", "turn") and not any(c.lower_ in ("off", "aside", "down") for c in tok.children):
                return None
            return "reject"
        if lemma in LEAVE_VERBS:
            return "leave"
        if lemma in ("announce", "extend", "pledge", "lend", "declare"):
            objs = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
            return "join" if objs & (JOIN_NOUNS | DEAL_NOUNS) else None  # "announced its support for"
        if lemma in ("make", "strike", "seal", "ink", "clinch", "put", "throw", "finalise", "finalize"):
            objs = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
            return "join" if objs & (DEAL_NOUNS | {"weight"}) else None
        if lemma == "reach":
            if any(c.lower_ == "out" for c in tok.children):
                return "talks"  # "reached out to the JUI-F"
            objs = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
            return "join" if objs & (DEAL_NOUNS | {"agreement", "consensus"}) else None
        if lemma in JOIN_VERBS:
            return "join"
        if lemma in TALK_VERBS:
            return "talks"
        if lemma in TALK_HOLDERS and any(c.dep_ == "dobj" and c.lower_ in ("talks", "negotiations", "parleys", "dialogue") for c in tok.children):
            return "talks"  # "held talks with the PPP"
    return None


def _act(art: Article, sent: Span, head: Token, action: str, rule: str, phrase: set[int]) -> list[Event]:
    if head.dep_ in ("acl", "xcomp", "relcl") and head.head.lower_ in TALK_NOUNS | {"proposal", "possibility", "demand"} and action == "join":
        return []  # "declined PTI's offer to form a coalition": the offer is the act
    actors = _acting_parties(art, sent, head, allow_person=action in ("reject", "talks"))
    if not actors:
        return []
    right = subtree_span(head)
    skip = {t.i for c in head.children if c.dep_ in ("advcl", "relcl", "parataxis") or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
            for t in c.subtree}
    obj_region = [t for t in right if t.i > head.i and t.i not in skip]
    if not _about_governing(head, obj_region, action):
        return []
    counterparts = list(dict.fromkeys(p.kb_id_ for p in art.parties_in(head.i + 1, right.end)
                                      if p.kb_id_ not in actors and p.kb_id_ != "IND" and p.start not in skip))
    if action == "join" and head.lemma_.lower() in ("join", "enter") and any(t.lower_ == "opposition" for t in obj_region) and not counterparts:
        counterparts = [None]
    if not counterparts:
        counterparts = _former_or_latter(art, sent, obj_region, actors)
    if not counterparts:
        led = _led_by(art, obj_region)
        if led and led not in actors:
            counterparts = [led]
    if not counterparts and action == "leave":
        led = government_party(art, sent, set(actors))
        counterparts = [led] if led else []
    joint = len(actors) > 1 and action in ("join", "talks") and not counterparts
    mutual = action == "join" and len(counterparts) == 1 and len(actors) == 1 and any(
        t.lemma_.lower() in DEAL_NOUNS for t in obj_region)  # "A made a deal with B": both agreed
    status = act_status(head, sent, art.lex, phrase)
    if status is None:
        return []
    when = event_date(art, sent, head, inherit=False)
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


def _about_governing(head: Token, region: list[Token], action: str) -> bool:
    words = {t.lower_ for t in region} | {t.lemma_.lower() for t in region}
    if action in ("join", "leave"):
        return bool(words & (GOVERNMENT_WORDS | JOIN_NOUNS | {"adjustment", "candidate", "nominee", "hands", "rank", "ranks",
                                                              "ways", "weight", "jointly", "together"})) \
            or head.lemma_.lower() in ("merge", "ally")
    if action == "reject":
        return bool(words & (GOVERNMENT_WORDS | JOIN_NOUNS | TALK_NOUNS | {"possibility", "adjustment", "candidate"}))
    return bool(words & (GOVERNMENT_WORDS | JOIN_NOUNS | TALK_NOUNS | {"strategy", "adjustment", "candidate"})) or \
        head.lemma_.lower() in ("approach", "contact", "woo")


def _acting_parties(art: Article, sent: Span, head: Token, allow_person: bool = False) -> list[str]:
    found = _parsed_acting_parties(art, sent, head, allow_person)
    if found:
        return found
    # the parse gave no party subject: a party written just before the verb acts ("... (GDA) withdrew")
    before = [p for p in art.doc.spans["parties"] if sent.start <= p.start and p.end <= head.i and head.i - p.end <= 2]
    if before and not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "aux" for t in art.doc[before[-1].end:head.i]):
        return [before[-1].kb_id_] if before[-1].kb_id_ != "IND" else []
    return []


def _parsed_acting_parties(art: Article, sent: Span, head: Token, allow_person: bool = False) -> list[str]:
    for h in clause_heads(head):
        subs = subjects_of(h)
        if not subs:
            continue
        found: list[str] = []
        for subj in subs:
            for code in _np_parties(art, subj):
                if code not in found:
                    found.append(code)
            if not found and allow_person and art.person_at(subj) is not None:
                found += _party_of_speaker(art, art.person_at(subj))
            if not found and subj.lower_ in ("two", "both"):
                found += _last_two_parties(art, subj.i)
            if not found and subj.lower_ in ("it", "they", "we") and h.dep_ in ("ccomp", "xcomp", "acl", "conj") and h.head.i != h.i:
                governing = next((subjects_of(g) for g in clause_heads(h.head) if subjects_of(g)), [])
                for above in governing:
                    found += [c for c in _np_parties(art, above) if c not in found]
                if not found and h.head.dep_ in ("dobj", "pobj"):  # "denied reports that it has reached..."
                    for above in subjects_of(h.head.head):
                        found += [c for c in _np_parties(art, above) if c not in found]
            if not found and subj.lemma_.lower() in ("party", "it", "they", "we"):
                focus = art.focus_party(subj.i)
                if focus:
                    found.append(focus)
        return found
    return []


def _last_two_parties(art: Article, before: int) -> list[str]:
    """'the two signed a deal': the last two parties named."""
    codes: list[str] = []
    for p in reversed(art.doc.spans["parties"]):
        if p.start < before and p.kb_id_ != "IND" and p.kb_id_ not in codes:
            codes.append(p.kb_id_)
        if len(codes) == 2:
            return codes[::-1]
    return []


def government_party(art: Article, sent: Span, exclude: set[str]) -> str | None:
    """'the PTI government', 'the PTI-led coalition': the party that leads the government."""
    for tok in sent:
        if tok.lower_ in ("government", "govt", "coalition", "alliance", "setup", "set-up"):
            for p in [p for p in art.doc.spans["parties"] if tok.i - 8 <= p.start < tok.i and p.end <= tok.i]:
                if p.kb_id_ not in exclude and p.kb_id_ != "IND":
                    return p.kb_id_
    return None


def _party_of_speaker(art: Article, person: Span) -> list[str]:
    """'PTI founder Imran Khan', 'JI chief X': a leader speaking for the party."""
    doc = art.doc
    for p in art.parties_in(max(0, person.start - 4), person.start):
        between = doc[p.end:person.start]
        if all(t.text in art.lex["roles"] or t.lower_ in ("founder", "chief", "head", "'s", "’s") for t in between):
            return [p.kb_id_]
    return []


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


def _scope(art: Article, sent: Span) -> str | None:
    for span in art.doc.spans["scopes"]:
        if span.start >= sent.start and span.end <= sent.end:
            return span.kb_id_
    for span in art.doc.spans["houses"]:
        if span.start >= sent.start and span.end <= sent.end:
            return {"NA": "national", "Senate": "national"}.get(span.kb_id_, span.kb_id_.replace("PA-", ""))
    return None


GOVERNMENT_AFTER = re.compile(r"^[\s'’s-]*(?:-?led\b|(?:coalition\s+|federal\s+|provincial\s+)?(?:government|govt)\b)", re.I)


def government_in_text(text: str, mentions: list[tuple[int, int, str, str]]) -> str | None:
    """'the PTI government', 'the PTI-led coalition': the party leading the government."""
    for start, end, kind, code in mentions:
        if kind == "party" and code != "IND" and GOVERNMENT_AFTER.match(text[end:end + 30]):
            return code
    return None
