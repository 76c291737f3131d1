"""Towards whom a coalition act is: the party of a candidate voted for, the people or party stood with,
parties named beside the act ('along with', 'in the presence of'), a group word or pronoun for parties named
before, the alliance whose charter is signed, the one the talks are held on behalf of, the party a bare
'support' goes to. coalition._act asks these in turn once it knows who acts.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .base import Article, clause_heads, subjects_of, subtree_span
from .coalition_parties import _head_of_government, _party_led_by, _party_of_person, _subject_of_sentence_before, government_of
from .coalition_roles import sitting_premier
from .coalition_scope import LEAD_CHARS


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


def _backers(art: Article, head: Token) -> list[str]:
    """'formed the government with the backing of the PML-N and the BAP': the parties whose support is
    named act towards the party that forms (one-sided, as a party supporting another's candidate)."""
    found: list[str] = []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in art.lex["coalition_backing_nouns"]:
                for of in noun.children:
                    if of.dep_ == "prep" and of.lower_ == "of":
                        span = subtree_span(of)
                        found += [p.kb_id_ for p in art.parties_in(span.start, span.end) if p.kb_id_ != "IND"]
                        found += _list_run_after(art, span.end, head.sent.end)
    return list(dict.fromkeys(found))


LIST_JOINS = {",", "and", "the", "(", ")", "&"}


def _list_run_after(art: Article, start: int, end: int) -> list[str]:
    """', the MQM-P (...) and the GDA' after 'the backing of the PML-N': the rest of a list of parties the
    parser hung elsewhere in the sentence. Read in the text: only party names and the commas, 'and',
    'the' and brackets between them, from where the parsed phrase ends; the run must open with a comma
    or 'and'."""
    doc, parties, found = art.doc, {}, []
    for p in art.parties_in(start, end):
        parties.setdefault(p.start, p)
    i = start
    if i >= end or doc[i].lower_ not in (",", "and"):
        return []
    while i < end:
        party = parties.get(i)
        if party is not None:
            if party.kb_id_ != "IND":
                found.append(party.kb_id_)
            i = party.end
        elif doc[i].lower_ in LIST_JOINS:
            i += 1
        else:
            break
    return found


def _partners_also_acting(art: Article, head: Token, actors: list[str]) -> list[str]:
    """Parties read as actors that are the act's own partner ('merger with the MQM-P', 'joined the PTI'): the
    name among the actors only shares its code ('MQM Bahali Committee'), and the partner named is the one meant."""
    objects = [c for c in head.children if c.dep_ == "dobj"]
    withs = [g for o in [head, *objects] for c in o.children if c.dep_ == "prep" and c.lower_ in ("with", "into")
             for g in c.children if g.dep_ == "pobj"]
    return list(dict.fromkeys(p.kb_id_ for t in objects + withs for p in [art.party_at(t)]
                              if p is not None and p.kb_id_ in actors))


def _government_beside_party(art: Article, region: list[Token]) -> bool:
    """'either the government or the PTI-led opposition': a bare 'the government' coordinated with a phrase
    that names a party is a counterpart of its own, the party leading it."""
    for tok in region:
        if tok.lower_ not in ("government", "govt") or not (tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)):
            continue
        own = subtree_span(tok)
        if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
                art.party_at(t) is not None for t in own if t.i < tok.i):
            return True
    return False


def _speaker_hub(art: Article, head: Token, actors: list[str]) -> str | None:
    """'Mr Sharif of the PML-N, flanked by leaders of A, B and C, said the four parties had agreed to form the
    government': a party's chief who speaks for the others is the centre of the deal, each of the others joins
    his party (not each other). Only when more than two act and the speaker's party is among them."""
    if len(actors) < 3:
        return None
    clause = next((h for h in clause_heads(head) if h.dep_ == "ccomp"), None)
    if clause is None or clause.head.lemma_.lower() not in art.lex["coalition_speech_verbs"]:
        return None
    for speaker in subjects_of(clause.head):
        person = art.person_at(speaker)
        parties = _party_of_person(art, person) if person is not None else []
        if parties and parties[0] in actors:
            return parties[0]
    return None


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
    """'had left the alliance last week': the alliance with a code of its own (PDM, MMA) the story last named,
    or the one it last named by its leading party ('the JUI-F-led alliance', 'an alliance led by the JUI-F'),
    whichever came later."""
    if not any(t.lower_ == "alliance" and [c.lower_ for c in t.children if c.i < t.i] == ["the"] for t in region):  # not "the ruling alliance"
        return []
    at = art.offset + sent.start_char
    named = [(start, c) for start, c in art.memory.get("parties", []) if start < at and c in art.lex["coalition_alliance_codes"]]
    named += _alliances_led_before(art, sent)
    if not named:
        return []
    last = max(named, key=lambda hit: hit[0])[1]
    return [last] if last not in actors else []


def _alliances_led_before(art: Article, sent: Span) -> list[tuple[int, str]]:
    """(where, leader) of each alliance the story names by its leading party before the sentence: 'the
    JUI-F-led alliance', 'an opposition alliance led by the JUI-F', 'with the JUI-F leading the group'."""
    text = art.memory.get("article_text")
    if not text or "led" not in text:
        return []
    base = art.memory.get("article_offset", 0)
    at = art.offset - base + sent.start_char
    groups = "|".join(art.lex["coalition_group_nouns"])
    after = re.compile(rf"(?:-|\s+)led\s+(?:\w+\s+)?(?:{groups})\b|\s+leading\s+the\s+(?:{groups})\b")
    before = re.compile(rf"\b(?:{groups})\s+(?:\w+\s+)?led\s+by\s+(?:the\s+)?$")
    found = []
    for start, end, kind, code in art.memory.get("aliases", []):
        if kind != "party" or start >= at or code == "IND":
            continue
        if after.match(text, end) or before.search(text[max(0, start - 40):start]):
            found.append((start + base, code))
    return found


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
        chief = art.memory.get("leader_surnames", {}).get(tok.text) if art.person_at(tok) is None else None
        if chief is not None and tok.dep_ in ("dobj", "pobj") and chief not in actors and chief not in found:
            found.append(chief)  # "pledged its support to Khan", Imran Khan named in full in another part of the story
            continue
        person = art.person_at(tok) if tok.lower_ not in ("him", "her") else (
            _object_pronoun_person(art, tok) or (_subject_of_sentence_before(art, tok) if _voted_for(tok) else None))
        # "Mr Sadiq was the joint candidate. The PPP, the MQM-P and the BAP all voted for him": the one the sentence
        # before is about (a vote only: 'wanted to join him' is no candidate's support)
        if person is None or (person.start != tok.i and tok.lower_ not in ("him", "her")):
            continue
        if tok.lower_ in ("him", "her"):
            found += [c for c in _party_of_person(art, person) or _party_led_by(art, person) if c not in actors and c not in found]
            continue
        root = person.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head  # "voted for Mr Sanjrani and Mr Mandviwalla": each person of the list is voted for
        if root.dep_ in ("dobj", "pobj") or (root.dep_ == "poss" and root.head.lemma_.lower() in art.lex["coalition_candidacy_nouns"]):
            found += [c for c in _party_of_person(art, person) or _party_led_by(art, person) if c not in actors and c not in found]
    return found  # (a chief named alone, 'vote for Nawaz Sharif as prime minister', stands for the party he leads)


def _voted_for(tok: Token) -> bool:
    """'voted for him': the object of 'for' under the verb vote."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() == "vote"


def _backed_candidate_parties(art: Article, head: Token, actors: list[str]) -> list[str]:
    """'Mr Bizenjo was backed by the JUI-F and the MWM': a person backed in the passive is a candidate, and the
    parties named as the agent support his party (the object of the active 'backed Mr Bizenjo' is read above)."""
    agents = [c for c in head.children if c.dep_ == "agent"]
    if head.lemma_.lower() not in ("support", "back", "endorse") or not agents:
        return []
    named = {p.kb_id_ for p in art.parties_in(head.i + 1, head.sent.end)}
    if not named <= set(actors):
        return []  # "backed by the PML-N rebels, the PML-Q and ...": parties after the verb not all read as the actors
    found: list[str] = []
    for subj in (c for c in head.children if c.dep_ == "nsubjpass"):
        person = art.person_at(subj)
        if person is not None:
            found += [c for c in _party_of_person(art, person) or _party_led_by(art, person) if c not in actors and c not in found]
    return found


def _object_pronoun_person(art: Article, pronoun: Token) -> Span | None:
    """'met Nawaz Sharif and announced that his party's MNAs would vote for him': the person an object
    pronoun stands for is the last one named before it in the sentence who is no subject of a clause
    above it (the one who speaks is not the one voted for)."""
    if pronoun.dep_ not in ("pobj", "dobj"):
        return None
    speakers = {s.i for h in clause_heads(pronoun.head) for s in subjects_of(h)}
    named = [p for p in art.persons_in(art.doc[pronoun.sent.start:pronoun.i]) if p.root.i not in speakers]
    return named[-1] if named else None


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


def _people_sided_with(art: Article, sent: Span, head: Token, actors: list[str]) -> list[str]:
    """'will stand with Prime Minister Imran Khan', 'sided with Mr Zardari': the party of the person stood with
    (written beside him, led by him, or the government a sitting prime minister leads)."""
    found: list[str] = []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in art.lex["coalition_side_preps"]:
            continue
        for obj in prep.children:
            person = art.person_at(obj)
            if obj.dep_ == "pobj" and person is None and sitting_premier(obj):  # "decided to stand with the prime minister"
                found += [c for c in _head_of_government(art, sent, [t.lower_ for t in obj.subtree]) if c not in actors and c not in found]
            if obj.dep_ != "pobj" or person is None:
                continue
            words = [t.lower_ for t in art.doc[max(person.start - 3, 0):person.end]]
            found += [c for c in _party_of_person(art, person) or _party_led_by(art, person) or _head_of_government(art, sent, words)
                      if c not in actors and c not in found]
    return found


def _party_led(art: Article, tok: Token) -> bool:
    """'the PPP led government': 'led' parsed as a clause of its own still names the government."""
    if tok.lemma_.lower() != "lead" or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    if before.text in (")", "-") and tok.i > 1:
        before = tok.doc[tok.i - 2]
    return art.party_at(before) is not None and not any(c.dep_ == "agent" for c in tok.children)


def _the_two_named(art: Article, region: list[Token], actors: list[str]) -> list[str]:
    """'The PML-N and the ANP agreed ..., while the JUI-F said it would not be part of any alliance with the two
    parties': 'the two parties' are the two named before in the sentence, other than the actor."""
    for tok in region:
        if tok.lemma_.lower() in ("party", "side") and any(c.lower_ in ("two", "both") for c in tok.children):
            codes = [p.kb_id_ for p in art.doc.spans["parties"] if tok.sent.start <= p.start and p.end <= tok.i
                     and p.kb_id_ not in ("IND", *actors)]
            codes = list(dict.fromkeys(codes))
            return codes if len(codes) == 2 else []
    return []


def _bare_support_withdrawn(art: Article, sent: Span, head: Token, actors: list[str]) -> str | None:
    """'would not withdraw support over an issue', 'threatened to withdraw its support': support withdrawn
    from no one named, and for nothing named ('support for the protest'), is an ally's support of the
    government, whose leading party is the one left."""
    if head.lemma_.lower() != "withdraw":
        return None
    support = [c for c in head.children if c.dep_ == "dobj" and c.lower_ == "support"]
    if not support or any(p.dep_ == "prep" and p.lower_ in ("for", "to", "from") for p in support[0].children) \
            or any(p.dep_ == "prep" and p.lower_ in ("for", "to", "from") for p in head.children):
        return None
    led = government_of(art, sent)
    return led if led not in (None, *actors) else None


def _behalf_of(art: Article, sent: Span) -> list[str]:
    """'on behalf of the PML-N': the party a go-between speaks for."""
    for tok in sent:
        if tok.lower_ == "behalf":
            for prep in tok.children:
                if prep.lower_ == "of":
                    span = subtree_span(prep)
                    return list(dict.fromkeys(p.kb_id_ for p in art.parties_in(span.start, span.end) if p.kb_id_ != "IND"))
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
