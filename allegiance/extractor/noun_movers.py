"""The people of an act told by a noun or by a clause on a noun: 'the departure of X', 'his exit', 'X's
defection', 'the decision of X to quit', 'those joining the PML-N', 'for X to join'.

movers.py asks who acts; when the act is a noun, or a clause the parser hung on a noun, these readers
find the people it belongs to, and the one person a pronoun there points back to.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article, subjects_of, subtree_span
from .fronted import fronted_owner
from .group_lists import group_members


def _name(person: Span) -> str:
    return person.kb_id_ or person.text


def _for_to_subject(trigger: Token, first: int | None = None) -> Token | None:
    """'for X to join': X, the object of 'for' just before the infinitive. ``first``: where the trigger's
    phrase starts when its head is not its first word ('for the two parties to part ways', head 'ways')."""
    doc = trigger.doc
    at = trigger.i if first is None else first
    if at < 2 or doc[at - 1].lower_ != "to":
        return None
    before = doc[at - 2]
    for tok in [before, *before.ancestors][:4]:
        if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.right_edge.i == at - 2:
            return tok
    return None


def _abstract_noun_before(trigger: Token) -> Token | None:
    """'citing the decision of X to quit the party and join the PPP': the parser may hang 'to quit' on
    the verb above, yet the infinitive right after 'the decision of X' is that decision's act, X's."""
    while trigger.dep_ == "conj" and trigger.head.i != trigger.i:
        trigger = trigger.head
    doc = trigger.doc
    if trigger.i < 2 or doc[trigger.i - 1].lower_ != "to" or doc[trigger.i - 1].head.i != trigger.i:
        return None
    before = doc[trigger.i - 2]
    for tok in [before, *before.ancestors][:4]:
        if tok.lemma_.lower() in ABSTRACT_HEADS and tok.pos_ == "NOUN" and tok.right_edge.i == trigger.i - 2:
            return tok
    return None


ABSTRACT_HEADS = {"decision", "plan", "intention", "desire", "bid", "move", "wish", "willingness", "announcement",
                  "resolve", "choice", "readiness", "offer", "attempt", "effort", "way", "reason", "time", "talk", "negotiation"}


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


def _one_role_beside_a_name(noun: Token) -> bool:
    """'a former MPA' set beside a name: one person's role (an article, no plural), which a relative
    clause on it describes; 'MPAs who quit' beside a name is a group of others. Only for a plain leaving
    or joining: 'a former PTI MNA who had switched sides' names no party it went to."""
    return noun.dep_ == "appos" and noun.tag_ in ("NN", "NNP") and not noun.text.endswith("s") \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.children)


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


def _whose_person(art: Article, noun: Token) -> Span | None:
    """The person a 'whose' clause describes: the name the clause's verb hangs on."""
    clause = next((a for a in noun.ancestors if a.dep_ == "relcl"), None)
    return art.person_at(clause.head) if clause is not None else None


def _noun_actors(art: Article, noun: Token) -> list[Span]:
    """'the departure of X', 'his exit', 'X's defection', 'exits including X and Y'."""
    people: list[Span] = []
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in art.lex["announce_verbs"] and not any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "by")) for c in noun.children):
        named = [p for s_ in _subjects_up(noun.head) for p in group_members(art, s_)]
        if named:  # "Javed Hashmi announces resignation from PTI"
            return named
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ in ("his", "her", "their") and noun.dep_ == "dobj":
            named = [p for s_ in _subjects_up(noun.head) for p in group_members(art, s_)]
            if named:  # "A, B and C announced their resignations": the subject's people
                people += named
                continue
        if child.dep_ == "poss" and child.lower_ == "my" and art.quote_speaker(child) is not None:
            people.append(art.quote_speaker(child))  # '"Rumours of my leaving the PTI are baseless," X said'
        elif child.dep_ == "poss" and child.lower_ == "whose" and _whose_person(art, noun) is not None:
            people.append(_whose_person(art, noun))  # "X, whose resignation from the PML-N last week ...": X's
        elif child.dep_ == "poss":
            focus = (fronted_owner(art, noun) or _mover_just_before(art, noun.sent, art.focus_person(child.i))) \
                if child.lower_ in ("his", "her") else None  # "Upon his return to the PML-N, X ...": X
            people += art.persons_in(subtree_span(child)) or ([focus] if focus is not None else [])
        elif child.dep_ == "prep" and child.lower_ in ("of", "by"):
            people += [p for p in art.persons_in(subtree_span(child)) if not _names_a_family(p)]
            people += [p for p in _names_hung_on_the_noun(art, noun) if people and p not in people]
        elif child.dep_ in ("prep", "acl") and child.lower_ in ("including",):
            people += art.persons_in(subtree_span(child))
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                for sub in obj.children:
                    if sub.lower_ == "including" or sub.dep_ == "appos":
                        people += [p for p in art.persons_in(subtree_span(sub)) if p not in people]
    return people


def _names_hung_on_the_noun(art: Article, noun: Token) -> list[Span]:
    """'The departure of A, B and C from the MQM-P': the parser may hang B and C on 'departure' as its
    conjuncts rather than on A; a named person conjoined to an act noun is one more of those who act."""
    return [p for c in noun.children if c.dep_ == "conj" and c.pos_ == "PROPN"
            for t in (c, *c.conjuncts) if t.i > noun.i for p in [art.person_at(t)] if p is not None]


def _names_a_family(person: Span) -> bool:
    """'the departure of the Marwat brothers', 'the Sharif family': a name that only modifies a plural
    or a family word names a family, not one person."""
    head = person.root.head
    return person.root.dep_ == "compound" and (head.tag_ in ("NNS", "NNPS") or head.lemma_.lower() in ("family", "clan"))


def _subjects_up(verb: Token) -> list[Token]:
    """A verb's subjects, or for a second verb of one subject ('A and B called on him and announced
    their return') those of the first."""
    while not subjects_of(verb) and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return subjects_of(verb)


def _mover_just_before(art: Article, sent: Span, focus: Span | None) -> Span | None:
    """'The former MNA joined the PTI at Bani Gala, where Imran Khan welcomed him. He had resigned
    from the PML-N': 'he' is the one person who moved in the sentence just before (told there by a
    role), not a name in one of its subordinate clauses."""
    last = art.memory.get("last_act")
    if focus is None or last is None or len(last.get("people", ())) != 1 or sent.start == 0:
        return focus
    before = art.doc[sent.start - 1].sent
    if last["at"] != art.offset + before.end_char or _name(focus) in last["people"] or focus.sent.start != before.start \
            or focus.root.head.i == before.root.i:
        return focus  # the act is not in the sentence just before, or the name is its main subject
    mover = next(iter(last["people"]))
    return next((p for p in reversed(art.persons_in(art.doc[:before.end])) if _name(p) == mover), focus)
