"""leave_party, join_party and expel: people crossing a party's border.

A trigger ("quit", "joined", "parted ways with", "terminated memberships")
finds its people through the parse (its subject, the subject of the clause
above it, a list it governs) and its party through its object ("the PTI",
"the party" meaning the party in focus, "the PML-Q's fold").
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..model import Event
from .base import (GROUP_NOUNS, INCLUDE_VERBS, Article, clause_heads, is_pronoun, subjects_of,
                   subtree_span)
from .dates import sentence_date
from .status import act_status
from .triggers import Trigger, phrase_head, phrase_hits

SEAT_ROLES = {"mna", "mpa", "mnas", "mpas", "senator", "senators", "lawmaker", "lawmakers", "legislator", "member",
              "members", "leader", "leaders", "minister", "mp", "mps"}
PARTY_NOUNS = {"party", "fold", "ranks", "camp", "caravan", "team", "platform"}
NOT_PARTY_OBJECTS = {"politics", "country", "city", "house", "meeting", "session", "assembly", "cabinet", "office",
                     "post", "government", "coalition", "alliance", "opposition", "hands", "seat", "ministry", "race",
                     "election", "elections", "presser", "conference", "protest", "rally", "talks", "hall", "jail", "prison"}
LEAVE_VERBS_NEED_PARTY = True


def find_triggers(art: Article, sent: Span, matcher) -> list[Trigger]:
    lex = art.lex
    found: list[Trigger] = []
    used: set[int] = set()
    for name, span in phrase_hits(sent, matcher):
        if name not in ("leave_phrases", "join_phrases"):
            continue
        kind = "leave" if name == "leave_phrases" else "join"
        if kind == "join" and span.text.lower().startswith(("defect", "jumped ship", "crossed over", "cross over", "switch")):
            kind = "defect"
        if span.text.lower() == "joined hands with":
            continue
        head = phrase_head(span)
        found.append(Trigger(kind, head, frozenset(range(span.start, span.end)), f"{kind}.phrase"))
        used.update(range(span.start, span.end))
    for tok in sent:
        if tok.i in used:
            continue
        lemma = tok.lemma_.lower()
        if lemma in SWITCH_VERBS and _from_to_parties(art, tok):
            found.append(Trigger("switch", tok, frozenset({tok.i}), "defect.from_to"))
            continue
        if lemma == "resign" and _resigns_from_party(art, tok):
            found.append(Trigger("leave", tok, frozenset({tok.i}), "leave.resign_from_party"))
            continue
        if tok.lower_ == "resignation" and _resigns_from_party(art, tok):
            found.append(Trigger("leave", tok, frozenset({tok.i}), "leave.resignation.noun"))
            continue  # "announced his resignation from the PTI"
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ not in ("compound",)):
            if lemma in lex["leave_verbs"] and tok.pos_ == "VERB" or (tok.lower_ in lex["leave_nouns"] and tok.pos_ == "NOUN"):
                found.append(Trigger("leave", tok, frozenset({tok.i}), "leave.verb" if tok.pos_ == "VERB" else "leave.noun"))
            elif lemma in lex["join_verbs"] or (tok.lower_ in lex["join_nouns"] and tok.pos_ == "NOUN"):
                found.append(Trigger("join", tok, frozenset({tok.i}), "join.verb" if tok.pos_ == "VERB" else "join.noun"))
            elif lemma in lex["expel_verbs"] or tok.lower_ in lex["expel_nouns"]:
                found.append(Trigger("expel", tok, frozenset({tok.i}), "expel.verb"))
    return found


SWITCH_VERBS = {"switch", "defect", "move", "shift", "jump", "cross", "migrate", "go"}


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


def _resigns_from_party(art: Article, verb: Token) -> bool:
    """'resigned from PML-N', 'resign from his basic party membership': a leaving, not a post."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for obj in prep.children:
                words = subtree_span(obj)
                if art.party_at(obj) is not None or obj.lower_ in PARTY_NOUNS | {"membership"}:
                    return True
                if any(t.lower_ == "membership" for t in words) and not any(t.lower_ in ("assembly", "senate") for t in words):
                    return True
    return False


def extract_membership(art: Article, sent: Span, triggers: list[Trigger]) -> list[Event]:
    events: list[Event] = []
    for trig in triggers:
        if trig.kind == "expel":
            events += _expel(art, sent, trig)
        elif trig.kind in ("leave", "join", "defect"):
            events += _cross(art, sent, trig)
        elif trig.kind == "switch":
            events += _switch(art, sent, trig)
    return events


def _cross(art: Article, sent: Span, trig: Trigger) -> list[Event]:
    party = target_party(art, sent, trig)
    if party is None:
        return []
    people = actors(art, sent, trig)
    if not people:
        return []
    status = act_status(trig.head, sent, art.lex, set(trig.tokens))
    if status is None:
        return []
    when = event_date(art, sent, trig.head)
    group = group_origin(art, trig)
    out = []
    kinds = {"leave": ["leave_party"], "join": ["join_party"], "defect": ["join_party", "leave_party"]}[trig.kind]
    for kind in kinds:
        for person in people:
            p = party
            if kind == "leave_party" and trig.kind == "defect":
                p = group if group and group != party else origin_party(art, sent, person, exclude=party)
                if p is None:
                    continue
            out.append(_event(art, sent, kind, person, p, status, when, trig.rule))
        if kind == "join_party" and trig.kind == "join":
            for person in people:
                origin = current_party_of(art, sent, person, trig) or group
                if origin and origin != party:
                    out.append(_event(art, sent, "leave_party", person, origin, status, when, "leave.implied_by_join"))
    return out


DEFECT_NOUNS = {"defector", "dissident", "deserter", "turncoat", "rebel"}
MEMBER_NOUNS = {"member", "lawmaker", "mna", "mpa", "legislator", "parliamentarian", "senator", "leader", "worker"}


def group_origin(art: Article, trig: Trigger) -> str | None:
    """'PTI defectors joined the IPP', 'three members of the PTI ... decided to join the IPP':
    the party the whole group is leaving."""
    for head in clause_heads(trig.head):
        subs = subjects_of(head)
        if not subs:
            continue
        for subj in subs:
            lemma = subj.lemma_.lower()
            if subj.lower_ in ("who", "that") and subj.head.dep_ == "relcl":
                subj = subj.head.head
                lemma = subj.lemma_.lower()
            if lemma not in DEFECT_NOUNS | MEMBER_NOUNS:
                continue
            if any(c.lower_ in ("former", "ex", "ex-") for c in subj.children):
                return None
            mods = [c for c in subj.children if c.dep_ in ("compound", "nmod", "amod", "poss")]
            mods += [o for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
            for mod in mods:
                party = art.party_at(mod)
                if party is not None and (lemma in DEFECT_NOUNS or mod.dep_ == "pobj"):
                    return party.kb_id_
            if lemma in DEFECT_NOUNS:
                return art.focus_party(subj.i, exclude={target_party(art, trig.head.sent, trig) or ""})
        return None
    return None


def _owner_of_membership(art: Article, sent: Span, head: Token) -> list[Span]:
    """'removed X as president and cancelled his basic membership': 'his' is the person the
    sentence acts on, the one named before the verb who is not its subject."""
    if not any(t.lower_ in ("his", "her") for t in subtree_span(head) if t.i > head.i):
        return []
    subjects = {t.i for h in clause_heads(head) for s in subjects_of(h) for t in s.subtree}
    before = [p for p in art.persons_in(sent) if p.end <= head.i and p.start not in subjects]
    return before[-1:]


def _switch(art: Article, sent: Span, trig: Trigger) -> list[Event]:
    left, joined = _from_to_parties(art, trig.head) or (None, None)
    people = actors(art, sent, trig)
    status = act_status(trig.head, sent, art.lex, set(trig.tokens))
    if left is None or not people or status is None:
        return []
    when = event_date(art, sent, trig.head)
    return [_event(art, sent, kind, person, party, status, when, trig.rule)
            for person in people for kind, party in (("leave_party", left), ("join_party", joined))]


def _expel(art: Article, sent: Span, trig: Trigger) -> list[Event]:
    head = trig.head
    if head.lemma_.lower() in ("terminate", "cancel", "suspend", "revoke", "strip"):
        if not any(t.lower_ in ("membership", "memberships") for t in sent[max(0, head.i - sent.start - 3):]):
            return []
    party = None
    for subj in subjects_of(head):
        found = art.parties_in(subj.left_edge.i, subj.right_edge.i + 1)
        if found:
            party = found[0].kb_id_
    if party is None:
        after = [p for p in art.parties_in(head.i, sent.end) if p.kb_id_ != "IND"]
        party = after[0].kb_id_ if after else art.focus_party(head.i)
    if party is None:
        return []
    clauses = [t for t in sent if t.dep_ in ("relcl", "acl") and t.i > head.i]
    inside = {w.i for clause in clauses for w in clause.subtree}  # "figures who criticised X": X is not expelled
    people = [p for p in art.persons_in(sent) if p.start > head.i and p.start not in inside]
    if not people:
        people = _owner_of_membership(art, sent, head)
    if not people:
        return []
    status = act_status(head, sent, art.lex, set(trig.tokens))
    if status is None:
        return []
    when = event_date(art, sent, head)
    return [_event(art, sent, "expel", person, party, status, when, trig.rule) for person in people]


def _event(art: Article, sent: Span, kind: str, person: Span, party: str, status: str, when, rule: str) -> Event:
    return Event(doc=art.doc_id, type=kind, actor=person.kb_id_ or person.text, party=party, date=when,
                 status=status, evidence=art.evidence(sent, rule), confidence=0.7 if status == "fact" else 0.6)


def target_party(art: Article, sent: Span, trig: Trigger) -> str | None:
    """The party left or joined: the trigger's object, or the party in focus for 'the party'."""
    head = trig.head
    end = max(trig.tokens) + 1
    window = art.doc[end:min(len(art.doc), end + 8)]
    for tok in window:
        if tok.is_space and "\n" in tok.text:
            break
        if tok.lower_ in NOT_PARTY_OBJECTS and tok.lower_ not in PARTY_NOUNS:
            if not art.parties_in(tok.i - 3, tok.i):
                return None
        party = art.party_at(tok)
        if party is not None and party.kb_id_ != "IND":
            after = art.doc[party.end:min(len(art.doc), party.end + 3)]
            if any(t.lower_ in ("led", "government", "govt", "coalition", "alliance") for t in after):
                return None  # "exit the PTI-led coalition" is a coalition act, not a membership
            return party.kb_id_
        if tok.lower_ in PARTY_NOUNS:
            head_word = tok.head.lower_ if tok.dep_ == "compound" else ""
            if (tok.dep_ == "compound" and head_word not in ("membership", "fold", "ranks"))  \
                    or any(c.lower_ in ("another", "new", "a", "other", "any") for c in tok.children):
                return None  # "intra-party elections", "another party": no party we can name
            return art.focus_party(head.i)
        if tok.lower_ in (".", ";") or (tok.pos_ == "VERB" and tok.i > end + 1 and tok.dep_ not in ("amod", "compound")):
            break
    if head.pos_ == "NOUN" and trig.kind == "leave":
        return art.focus_party(head.i)
    if head.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in head.children):
        party = art.party_at(head.head)
        if party is not None:
            return party.kb_id_
    return None


def actors(art: Article, sent: Span, trig: Trigger) -> list[Span]:
    """The people who act: subject of the trigger or of a clause above it, a list it introduces."""
    if trig.rule.endswith(".noun"):
        return _noun_actors(art, trig.head)
    modified = _modified_noun(trig.head)
    if modified is not None:
        own = subtree_span(trig.head)
        named = [p for p in art.persons_in(subtree_span(modified))
                 if not (own.start <= p.start < own.end) and not _is_possessor_of_party(art, p)]
        if not named and modified.lemma_.lower() not in GROUP_NOUNS:
            named = _person_above(art, modified)  # "X, the politician from Dera Ghazi Khan, who joined"
            if named:
                return _with_companions(art, trig, named)
        if modified.lemma_.lower() in GROUP_NOUNS or modified.pos_ in ("PRON", "DET") or not named:
            if modified.dep_ in ("nsubj", "nsubjpass"):
                return _include_objects(art, modified)
            if modified.dep_ == "pobj" and modified.head.lower_ == "among":  # "A and B were among the leaders who joined"
                verb = modified.head.head
                return [p for s_ in subjects_of(verb) for p in art.persons_in(subtree_span(s_))]
            return []
        return named
    for head in clause_heads(trig.head):
        subs = subjects_of(head)
        if not subs:
            continue
        people = _people_in_subject(art, sent, subs, head)
        if people:
            return _with_companions(art, trig, people)
        if any(art.party_at(s) is not None for s in subs):
            return []  # a party acts: that is a coalition matter
        if any(s.lemma_.lower() in GROUP_NOUNS or is_pronoun(s) or s.like_num or s.pos_ in ("PRON", "DET", "NUM")
               for s in subs):
            return []  # "some deserters joined": unnamed people are not events
        break
    up = _included_list(art, trig.head)
    if up:
        return up
    return _nearest_list_before(art, sent, trig)


ABSTRACT_HEADS = {"decision", "plan", "intention", "desire", "bid", "move", "wish", "willingness", "announcement",
                  "resolve", "choice", "readiness", "offer", "attempt", "effort", "way", "reason", "time"}


def _modified_noun(trigger: Token) -> Token | None:
    """'those joining the PML-N', 'the MNAs to defect to PTI': the noun the trigger's clause describes.
    A clause that only fills an abstract noun ('their decision to join') is not one."""
    if trigger.dep_ not in ("acl", "relcl"):
        return None
    noun = trigger.head
    if noun.lemma_.lower() in ABSTRACT_HEADS or noun.pos_ not in ("NOUN", "PROPN", "PRON", "DET"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("who", "that") for c in trigger.children):
        return None  # 'the PTI, which he had joined', 'reports that he was leaving': the subject is inside
    return noun


def _person_above(art: Article, tok: Token) -> list[Span]:
    """The person a relative clause really describes when the parser hung it on a nearby noun."""
    for _ in range(4):
        if tok.dep_ not in ("pobj", "prep", "appos", "conj") or tok.head.i == tok.i:
            return []
        tok = tok.head
        person = art.person_at(tok)
        if person is not None:
            return [person]
    return []


def _noun_actors(art: Article, noun: Token) -> list[Span]:
    """'the departure of X', 'his exit', 'X's defection', 'exits including X and Y'."""
    people: list[Span] = []
    for child in noun.children:
        if child.dep_ == "poss":
            people += art.persons_in(subtree_span(child)) or (
                [art.focus_person(child.i)] if child.lower_ in ("his", "her") and art.focus_person(child.i) else [])
        elif child.dep_ == "prep" and child.lower_ in ("of", "by"):
            people += art.persons_in(subtree_span(child))
        elif child.dep_ in ("prep", "acl") and child.lower_ in ("including",):
            people += art.persons_in(subtree_span(child))
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                for sub in obj.children:
                    if sub.lower_ == "including" or sub.dep_ == "appos":
                        people += [p for p in art.persons_in(subtree_span(sub)) if p not in people]
    return people


def _people_in_subject(art: Article, sent: Span, subs: list[Token], head: Token) -> list[Span]:
    people: list[Span] = []
    for subj in subs:
        if subj.lower_ in ("who", "that") and subj.head.dep_ == "relcl":
            people += group_members(art, subj)
            continue
        if subj.lower_ in ("all", "both", "each", "most", "many") and any(
                o.lower_ in ("whom", "them", "which") for c in subj.children if c.lower_ == "of" for o in c.children):
            people += group_members(art, subj)  # "A, B and C, all of whom quit the PTI"
            continue
        if is_pronoun(subj) and head.dep_ in ("ccomp", "xcomp", "advcl", "conj") and head.head.i != head.i:
            named = [p for s in subjects_of(head.head) for p in group_members(art, s)]
            if named:
                people += named
                continue
        if is_pronoun(subj) and subj.lower_ not in ("they", "them", "we"):
            focus = art.focus_person(subj.i)
            if focus is not None:
                people.append(focus)
            continue
        found = art.persons_in(subtree_span(subj))
        found = [p for p in found if not _is_possessor_of_party(art, p) and not _related_to_actor(p)]
        if found:
            people += found
        elif _definite_role(subj) and art.focus_person(subj.i) is not None:
            people.append(art.focus_person(subj.i))
        elif subj.lemma_.lower() in GROUP_NOUNS or subj.lower_ in ("they",):
            people += _include_objects(art, subj) or _listed_after(art, sent, subj)
    return people


def group_members(art: Article, tok: Token) -> list[Span]:
    """The named people a group word stands for: 'who' -> its antecedent, 'all of whom' -> the
    list it hangs on, 'those' in 'A and B were among those who...' -> A and B."""
    if tok.lower_ in ("who", "that", "whom") and tok.head.dep_ == "relcl":
        return group_members(art, tok.head.head)
    if tok.lower_ in ("all", "both", "each", "most", "many"):
        relcl = tok.head if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl" else None
        if relcl is not None:
            own = subtree_span(relcl)
            return [p for p in art.persons_in(subtree_span(relcl.head)) if not own.start <= p.start < own.end]
    named = art.persons_in(subtree_span(tok)) if not is_pronoun(tok) else []
    if named:
        return named
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return _include_objects(art, tok)
    if tok.dep_ == "pobj" and tok.head.lower_ == "among":
        verb = tok.head.head
        return [p for s in subjects_of(verb) for p in art.persons_in(subtree_span(s))]
    return []


RELATION_NOUNS = {"brother", "son", "daughter", "wife", "husband", "father", "mother", "nephew", "niece", "cousin", "uncle",
                  "relative", "aide", "spokesman", "spokesperson", "secretary", "adviser", "advisor", "rival", "successor",
                  "predecessor", "deputy", "assistant", "friend", "ally", "son-in-law"}


def _related_to_actor(person: Span) -> bool:
    """'X, the younger brother of PML-Q president Y, parted ways': Y only describes X."""
    tok = person.root
    for _ in range(4):
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in RELATION_NOUNS:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _definite_role(subj: Token) -> bool:
    """'The former PTI leader had left the party': a role named with 'the' means the person in focus."""
    return subj.tag_ == "NN" and subj.lemma_.lower() in ROLE_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subj.children)


ROLE_NOUNS = {"leader", "minister", "lawmaker", "politician", "chairman", "mna", "mpa", "senator", "legislator", "president"}


def _is_possessor_of_party(art: Article, person: Span) -> bool:
    """'Imran Khan's PTI': the person names the party, not an actor."""
    nxt = art.doc[person.end] if person.end < len(art.doc) else None
    return nxt is not None and nxt.text in ("'s", "’s") and person.end + 1 < len(art.doc) \
        and art.party_at(art.doc[person.end + 1]) is not None


def _include_objects(art: Article, noun: Token) -> list[Span]:
    """'Those who left include A, B and C' / 'The MNAs to defect included A and B'."""
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in INCLUDE_VERBS:
        return [p for p in art.persons_in(verb.sent) if p.start > verb.i]
    return []


def _listed_after(art: Article, sent: Span, noun: Token) -> list[Span]:
    """'several PTI defectors ..., namely A, B and C' / '13 defectors including A and B'."""
    for tok in sent:
        if tok.i > noun.i and tok.lower_ in ("namely", "including", "include", "includes", "included"):
            return [p for p in art.persons_in(sent) if p.start > tok.i]
    return []


def _included_list(art: Article, trigger: Token) -> list[Span]:
    tok = trigger
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return _include_objects(art, tok)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return []


def _nearest_list_before(art: Article, sent: Span, trig: Trigger) -> list[Span]:
    """Fallback when the parse fails: the group of people just before the trigger."""
    before = [p for p in art.persons_in(sent) if p.end <= trig.head.i and not _related_to_actor(p)]
    if not before:
        return []
    group = [before[-1]]
    for p in reversed(before[:-1]):
        gap = art.doc[p.end:group[0].start]
        if len(gap) <= 6 and all(t.is_punct or t.lower_ in ("and", "former", "ex") or t.text in art.lex["roles"] for t in gap):
            group.insert(0, p)
        else:
            break
    between = art.doc[group[-1].end:trig.head.i]
    if any(t.pos_ == "VERB" and t.dep_ == "ROOT" for t in between) and len(between) > 12:
        return []
    return group


def _with_companions(art: Article, trig: Trigger, people: list[Span]) -> list[Span]:
    """'which he had joined with Parvez Elahi': the companion joined too."""
    out = list(people)
    preps = [c for c in trig.head.children if c.dep_ == "prep"]
    preps += [g for c in trig.head.children if c.lower_ in ("together", "along") for g in c.children if g.dep_ == "prep"]
    preps += [c for c in trig.head.children if c.dep_ == "advmod" and c.lower_ == "with"]
    for child in preps:
        if child.lower_ in ("with", "alongside"):
            for p in art.persons_in(subtree_span(child)):
                if p not in out:
                    out.append(p)
    return out


def origin_party(art: Article, sent: Span, person: Span, exclude: str) -> str | None:
    """Where a defector came from: a party beside their name, else the party in focus."""
    own = current_party_of(art, sent, person, None, allow_former=True)
    if own and own != exclude:
        return own
    for p in art.parties_in(sent.start, sent.end):
        if p.kb_id_ not in (exclude, "IND"):
            return p.kb_id_
    return art.focus_party(sent.start, exclude={exclude})


def current_party_of(art: Article, sent: Span, person: Span, trig: Trigger | None, allow_former: bool = False) -> str | None:
    """'PML-N MNA X', 'X of the PML-N': the party a person sits in when the act happens.

    'Former PTI leader X' and 'X from PTI' say nothing of a current seat and give none.
    """
    doc = art.doc
    start = max(sent.start, person.start - 5)
    prefix = doc[start:person.start]
    parties = [p for p in art.parties_in(prefix.start, prefix.end) if p.kb_id_ != "IND"]
    if parties:
        words = doc[parties[-1].end:person.start]
        lead = doc[max(sent.start, parties[-1].start - 2):parties[-1].start]
        if (allow_former or not any(t.lower_ in ("former", "ex", "from") for t in lead)) and \
                all(t.text in art.lex["roles"] or t.text in ("'s", "’s") or (t.pos_ == "PROPN" and not t.is_punct) for t in words) \
                and any(t.lower_ in SEAT_ROLES for t in words) and len(words) <= 3:
            return parties[-1].kb_id_
    return None


def event_date(art: Article, sent: Span, head: Token, inherit: bool = True) -> str | None:
    """The act's own date; else the article's lead date, unless the act is background."""
    found, when = sentence_date(sent, head, art.published)
    if found:
        if when is not None:
            art.memory.setdefault("lead_date", when.isoformat())
        return when.isoformat() if when else None
    if not inherit or is_background(head):
        return None
    return art.memory.get("lead_date")


BACKGROUND_ADVERBS = {"earlier", "previously", "already", "once", "ago", "formerly", "before"}


def is_background(head: Token) -> bool:
    """'had joined', 'earlier ... left': an act told as background, not the news of the day."""
    tok = head
    for _ in range(4):
        for child in tok.children:
            if child.dep_ == "aux" and child.lower_ == "had":
                return True
            if child.dep_ in ("advmod", "npadvmod", "prep") and child.lower_ in BACKGROUND_ADVERBS:
                return True
        if tok.head.i == tok.i or tok.dep_ not in ("xcomp", "conj", "ccomp", "advcl", "acl", "pcomp", "pobj", "dobj", "prep"):
            break
        tok = tok.head
    first = head.sent[0]
    return first.lower_ in ("earlier", "previously", "prior")


def continue_list(art: Article, sent: Span, earlier: list[Event]) -> list[Event]:
    """'Apart from A and B, they include C, D and E': more people for the act just reported."""
    if not earlier:
        return []
    cue = [t for t in sent if t.lemma_.lower() in ("include",) or t.lower_ in ("namely",)]
    if not cue or any(t.dep_ in ("relcl", "acl") for t in sent):
        return []  # "others who attended the meeting include ...": another act
    subj = [t for t in cue[0].children if t.dep_ in ("nsubj",)]
    if subj and not (is_pronoun(subj[0]) or subj[0].lemma_.lower() in GROUP_NOUNS):
        return []
    people = [p for p in art.persons_in(sent) if p.start > cue[0].i]
    last = earlier[-1]
    if last.type not in ("expel", "leave_party", "join_party") or not people:
        return []
    kin = [e for e in earlier if e.evidence.sentence == last.evidence.sentence and e.type == last.type]
    return [Event(doc=art.doc_id, type=last.type, actor=p.kb_id_ or p.text, party=last.party, date=last.date,
                  status=last.status, evidence=art.evidence(sent, "list.continued"), confidence=0.6)
            for p in people for _ in [kin]]
