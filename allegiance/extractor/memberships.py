"""The membership an expulsion ends and where the person is put out from: 'cancelled his membership', 'X's
membership was suspended', 'stripped X of membership', 'expelled from the PTI', 'kicked out of the party'.
Read by expel.py; kept apart so that the act's readings and the words of membership stay small."""
from __future__ import annotations

from spacy.tokens import Token

from .base import GROUP_NOUNS, Article

MEMBERSHIP = ("membership", "memberships")
STATE_VERBS = ("stand", "remain", "stay")  # "his membership stands cancelled": a state the party's act left


def _removed_from(art: Article, head: Token) -> Token | None:
    """'expelled from the PTI', 'kicked out of the party', 'removed from its primary membership'."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "of") and (
                child.lower_ == "from" or any(c.lower_ == "out" for c in head.children)):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
        if child.dep_ in ("prt", "prep", "advmod") and child.lower_ == "out":  # "kicked X out of the party"
            for prep in child.children:
                if prep.lower_ == "of":
                    return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def _membership_word(head: Token) -> Token | None:
    """The membership the act ends: its object ('cancelled his membership'), its passive subject
    ('X's membership was suspended'), 'stripped X of membership', 'removed from primary
    membership', 'the suspension of X's membership'."""
    if head.dep_ == "amod":  # "The PPP suspended X's membership" misparsed as "the suspended X's membership"
        noun = head.head
        if noun.dep_ == "poss" and noun.head.lower_ in MEMBERSHIP:
            noun = noun.head
        if noun.lower_ in MEMBERSHIP:
            return noun
    if head.dep_ in ("advcl", "acomp", "xcomp", "oprd") and head.head.lemma_.lower() in STATE_VERBS:
        for child in head.head.children:  # "their membership stands cancelled", "remains suspended"
            if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in MEMBERSHIP:
                return child
    for child in head.children:
        if child.dep_ in ("dobj", "nsubjpass", "pobj", "nsubj") and child.lower_ in MEMBERSHIP:
            return child  # a membership as subject is a headline's passive: "X's membership suspended"
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            for obj in child.children:
                if obj.lower_ in MEMBERSHIP:
                    return obj
        if child.dep_ == "dobj":  # "stripped X of his membership"
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    found = next((o for o in prep.children if o.lower_ in MEMBERSHIP), None)
                    if found is not None:
                        return found
    return _membership_hung_before(head)


def _membership_hung_before(head: Token) -> Token | None:
    """'According to a notification signed by A, the membership of B and C has been cancelled': a
    passive verb left without a subject because the parser hung the membership on the name that ends the
    opening phrase (as its apposition); that membership, set off by the comma, is the verb's subject."""
    if not any(c.dep_ == "auxpass" for c in head.children) \
            or any(c.dep_ in ("nsubjpass", "nsubj", "csubjpass") for c in head.children):
        return None
    for tok in head.doc[head.sent.start:head.i]:
        if tok.lower_ in MEMBERSHIP and tok.dep_ == "appos" and tok.left_edge.i > 0 \
                and tok.doc[tok.left_edge.i - 1].text == "," and head in tok.head.ancestors:
            return tok
    return None


def _own_modifiers(noun: Token) -> list[Token]:
    """'National Assembly membership', 'membership of the Senate': the words that say whose
    membership it is, not the people it belongs to."""
    out = [t for c in noun.children if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if _is_group(obj):
                    continue  # "the membership of three assembly members": the people, whose party membership it is
                out += [obj] + [c for c in obj.children if c.dep_ == "compound"]
    return out


def _is_group(tok: Token) -> bool:
    """'five MNAs', 'the members', 'those', 'four of its leaders': a group word ('MNAs' is tagged
    a name, so its plain form is read too)."""
    if tok.like_num:
        if any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "all") for c in tok.children):
            return True  # "the membership of the five": a numeral standing for the people counted
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(_is_group(o) for o in p.children if o.dep_ == "pobj")
                   for p in tok.children)
    return tok.lemma_.lower() in GROUP_NOUNS or tok.lower_.rstrip("s") in GROUP_NOUNS
