"""The named people a group word or a list stands for: 'who' and its antecedent, 'all of whom' and the list it
hangs on, 'A and B were among those who ...', 'five MNAs, including A and B', 'They included A, B and C'.

movers.py asks who acts in a leave, join or expulsion; when the answer is a group word, these readers turn it
into the people the sentence names for it.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import GROUP_NOUNS, INCLUDE_VERBS, PRONOUNS, Article, is_pronoun, subjects_of, subtree_span


def group_members(art: Article, tok: Token) -> list[Span]:
    """The named people a group word stands for: 'who' -> its antecedent, 'all of whom' -> the
    list it hangs on, 'those' in 'A and B were among those who...' -> A and B."""
    if tok.lower_ in ("who", "that", "whom") and tok.head.dep_ == "relcl":
        own = subtree_span(tok.head)  # "the MNA who quit to join Y's party": Y is not the MNA
        named = [p for p in group_members(art, tok.head.head) if not own.start <= p.start < own.end]
        if any(c.lower_ in ("also", "too") for c in tok.head.children):
            named = _whole_list(art, tok.head.head, own) or named  # "accompanied by A and B, who also bid farewell"
        else:
            named = _list_closed_by(art, tok.head, own) or named
        described = tok.head.head
        for _ in range(4):  # "followed by X, a PML-N member of the assembly from Y, who said he had resigned"
            if named or described.dep_ not in ("appos", "pobj", "prep") or described.head.i == described.i:
                break
            described = described.head
            if art.person_at(described) is not None:
                named = [art.person_at(described)]
        return named
    if tok.lower_ in ("all", "both", "each"):
        relcl = tok.head if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl" else None
        if relcl is not None:
            own = subtree_span(relcl)
            top = relcl.head
            while top.dep_ in ("conj", "appos") and top.head.i != top.i:
                top = top.head  # "A, B and C, all of whom quit": the whole list, not its last name
            return [p for p in art.persons_in(subtree_span(top)) if not own.start <= p.start < own.end]
    named = art.persons_in(subtree_span(tok)) if not is_pronoun(tok) else []
    if not named and not is_pronoun(tok) and art.person_at(tok) is not None:
        named = [art.person_at(tok)]  # the name's first word misparsed outside the noun's subtree
    if named:
        return named
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ not in PRONOUNS | {"we"}:
        return _include_objects(art, tok)  # "those who left are A and B", not "I have been in the party"
    if tok.dep_ == "pobj" and tok.head.lower_ == "among":
        verb = tok.head.head
        return [p for s in subjects_of(verb) for p in art.persons_in(subtree_span(s))]
    return []


def _list_closed_by(art: Article, clause: Token, own: Span) -> list[Span]:
    """'A, B and C, who had quit the PTI last month': a relative clause set off by a comma right after the
    last name of a list, with a verb not marked singular, tells of the whole list, wherever the parser hung it."""
    if not _plural_clause(clause) or own.start < 2 or art.doc[own.start - 1].text != ",":
        return []
    last = art.person_at(art.doc[own.start - 2])
    listed = _whole_list(art, last.root, own) if last is not None else []
    if listed and any(t.lower_ in ("who", "whom", "whose") for t in art.doc[listed[0].start:own.start]):
        return []  # "A, who had quit the PML-N, and B, who had left the PPP": each clause is its own name's
    if _labelled_apart(art, listed):
        return []  # "former PML-N MPA A and former PPP MNA B, who had left the PPP": B's party is his own
    return listed


def _list_summed_up(art: Article, noun: Token) -> list[Span]:
    """'A, B and C, all former office-bearers of the MC who quit the party': a plural noun under 'all' or
    'both', set after a list of names as its last member or apposition, describes every name of the list."""
    if noun.tag_ != "NNS" or not any(c.lower_ in ("all", "both") and c.dep_ in ("det", "predet") for c in noun.children):
        return []
    top = noun
    while top.dep_ in ("conj", "appos") and top.head.i < top.i:
        top = top.head
    members, todo = [], [top]
    while todo:  # the list's own members: the first name and what is coordinated with it
        tok = todo.pop()
        members.append(tok)
        todo += [c for c in tok.children if c.dep_ in ("conj", "appos") and c.i < noun.i]
    people = [art.person_at(t) for t in sorted(members, key=lambda t: t.i)]
    listed = list(dict.fromkeys(p for p in people if p is not None))
    return listed if len(listed) >= 2 else []


def _labelled_apart(art: Article, listed: list[Span]) -> bool:
    """Whether a later name of a list carries a party of its own before it ('A and former PPP MNA B'):
    the list then tells each name's party apart, and a clause closing it is the last name's alone."""
    return any(art.parties_in(before.end, after.start) for before, after in zip(listed, listed[1:]))


def _plural_clause(verb: Token) -> bool:
    """Whether a relative clause's verb is not marked singular ('who had quit', 'who were', not 'who is')."""
    return not any(t.lower_ in ("is", "was", "has") or t.tag_ == "VBZ" for t in [verb, *verb.children]
                   if t.i == verb.i or t.dep_ in ("aux", "auxpass"))


def _whole_list(art: Article, last: Token, own: Span) -> list[Span]:
    """The people of the list a relative clause closes on its last name, when the clause says they too
    did it ('A and B, who also quit'): all of them, not the last alone."""
    top = last
    while top.dep_ in ("conj", "appos") and top.head.i != top.i and art.person_at(top.head) is not None:
        top = top.head  # the parser may hang the last name as the first one's apposition
    if top.i == last.i or art.person_at(top) is None:
        return []
    return [p for p in art.persons_in(art.doc[top.left_edge.i:own.start]) if p.start >= art.person_at(top).start]


def _include_objects(art: Article, noun: Token) -> list[Span]:
    """'Those who left include A, B and C' / 'The MNAs to defect included A and B'."""
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in INCLUDE_VERBS:
        if verb.lemma_.lower() == "be":  # "those who left are A and B", not "they are likely to join X's party"
            other = [subtree_span(c) for c in verb.children if c.dep_ in ("acomp", "xcomp", "ccomp", "advcl")]
            own = subtree_span(verb)  # not "Anyone who wants to join is welcome, X said": X only speaks
            named = [p for p in art.persons_in(verb.sent) if p.start > verb.i and p.start < own.end
                     and not any(o.start <= p.start < o.end for o in other)]
            return _list_run_on(art, verb.sent, named)
        return [p for p in art.persons_in(verb.sent) if p.start > verb.i]
    return []


def _list_run_on(art: Article, sent: Span, named: list[Span]) -> list[Span]:
    """The named people and the names that carry on their list ('were A, B and C'), joined to the last one
    by commas and 'and' alone: the parser may hang the later names of a long list outside the verb's reach."""
    if not named:
        return named
    named = list(named)
    for person in art.persons_in(sent):
        if person.start < named[-1].end:
            continue
        between = art.doc[named[-1].end:person.start]
        if len(between) == 0 or not all(t.text == "," or t.lower_ == "and" for t in between):
            break
        named.append(person)
    return named


def _listed_after(art: Article, sent: Span, noun: Token) -> list[Span]:
    """'several PTI defectors ..., namely A, B and C' / '13 defectors including A and B'."""
    for tok in sent:
        if tok.i > noun.i and tok.lower_ in ("namely", "including", "include", "includes", "included"):
            limit = noun.head.i if noun.head.i > tok.i else sent.end  # not past the group's own verb
            return [p for p in art.persons_in(sent) if tok.i < p.start and p.end <= limit]
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


def leaders_of_the_group(art: Article, subj: Token) -> list[Span]:
    """'The group, led by A of Muzaffargarh, called on Y and announced their decision to join the PPP': a
    group word whose own participle names who leads it ('led by', 'headed by') acts through its leaders,
    who are named there; the rest of the group stays unnamed."""
    if subj.lemma_.lower() not in GROUP_NOUNS and subj.lemma_.lower() not in art.lex["list_group_nouns"]:
        return []
    return [p for acl in subj.children if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in ("lead", "head")
            for agent in acl.children if agent.dep_ == "agent" for p in art.persons_in(subtree_span(agent))]
