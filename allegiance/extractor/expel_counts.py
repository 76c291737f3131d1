"""Counted groups of people a party expels: 'expelled two of its lawmakers, MNA A and MPA B',
'the membership of X and of two sector in-charges, A and B', 'their membership' beside 'the seven'
named together a few sentences before, and 'their' (or 'the lawmakers'') membership beside the people named
together just before. A count names people only when as many are named."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..country.lexicon import NUMBER_WORDS
from .base import Article, subjects_of, subtree_span


def the_counted_in(art: Article, sent: Span, within: int = 8) -> list[Span]:
    """'... the disqualification of the seven, and that their membership had been suspended': 'their'
    are the people 'the seven' of the same sentence counts -- the group of exactly that many named
    together as the subject of one of the sentences before."""
    counted = [t for t in sent if t.lower_ in NUMBER_WORDS and NUMBER_WORDS[t.lower_] >= 3
               and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
               and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)]  # not "the three of them"
    if len(counted) != 1:
        return []
    count, start = NUMBER_WORDS[counted[0].lower_], sent.start
    for _ in range(within):
        if start == 0:
            break
        before = art.doc[start - 1].sent
        people = [p for s_ in subjects_of(before.root) for p in art.persons_in(subtree_span(s_))]
        verb = next((t.i for t in before if t.pos_ == "VERB"), before.end)
        heading = [p for p in art.persons_in(before) if p.end <= verb]  # "The defectors - A, B and C - called on ..."
        for group in (people, heading):
            if len(group) == count:
                return group
        start = before.start
    return []


def _count_word(tok: Token) -> int | None:
    """The number a count word writes ('two', '12'), None for any other word."""
    if tok.like_num and tok.text.isdigit():
        return int(tok.text)
    return NUMBER_WORDS.get(tok.lower_)


def counted_set_off(art: Article, noun: Token) -> list[Span]:
    """'expelled two of its Karachi lawmakers, MNA A and MPA B,', 'the membership of two sector
    in-charges, A and B': the names set off by a comma right after a counted group are its members,
    wherever the parser hangs them -- only when there are as many as the count says."""
    counts = [t for t in (noun, *noun.children) if t.i <= noun.i and _count_word(t) is not None]
    if not counts:
        return []
    return _counted_list_at(art, counts[0])


def _counted_list_at(art: Article, count_tok: Token) -> list[Span]:
    count = _count_word(count_tok)
    if count is None or count < 2:
        return []
    doc, sent = count_tok.doc, count_tok.sent
    i = count_tok.i + 1
    while i < sent.end and i - count_tok.i <= 8 and doc[i].text != ",":  # "of its district office-bearers"
        if doc[i].pos_ not in ("ADP", "DET", "PRON", "PROPN", "NOUN", "ADJ", "PUNCT") or art.person_at(doc[i]) is not None:
            return []
        i += 1
    people: list[Span] = []
    i += 1
    while i < sent.end:
        while i < sent.end and doc[i].text in art.lex["roles"] and art.person_at(doc[i]) is None:
            i += 1  # "MNA Shehzad Ahmed Malik"
        person = art.person_at(doc[i]) if i < sent.end else None
        if person is None or person.start != i:
            break
        people.append(person)
        i = person.end
        while i < sent.end and doc[i].lower_ in (",", "and"):
            i += 1
        if i < sent.end and doc[i - 1].text == "," and doc[i - 1].i == person.end:
            if art.person_at(doc[i]) is None and doc[i].text not in art.lex["roles"]:
                break
    return people if len(people) == count else []


def and_of_counted(art: Article, membership: Token) -> list[Span]:
    """'the membership of Rizvi and of two sector in-charges, A and B': a second 'of' after the first
    owner counts more owners (the parser hangs it on the verb)."""
    doc = membership.doc
    for prep in membership.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            i = prep.right_edge.i + 1
            if i + 2 < len(doc) and doc[i].lower_ == "and" and doc[i + 1].lower_ == "of":
                return _counted_list_at(art, doc[i + 2])
    return []


def the_counted_listed(art: Article, obj: Token) -> list[Span]:
    """'the party had decided to cancel the basic membership of the three' after a list of three people
    (numbered lines, 'They were A, B and C'): 'the three' are the people of the last list of the article,
    when it counts exactly that many."""
    count = NUMBER_WORDS.get(obj.lower_)
    if count is None or count < 2 or not any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
        return []
    listed = art.memory.get("listed")  # it may be in an earlier part of the article
    if not listed or len(listed[1]) != count or (listed[0] is art.doc and listed[1][-1].end > obj.i):
        return []
    return list(listed[1])


def named_together_before(art: Article, sent: Span, head: Token) -> list[Span]:
    """'their membership' with no one named before it in its sentence: the people named together
    (two or more, coordinated) last in the sentence just before, as 'their' is plural (or the one before
    that, when the sentence between names no two people)."""
    if any(p.end <= head.i and not _speaker_above(p, head) for p in art.persons_in(sent)) or sent.start == 0:
        return []
    before, back = [], sent
    for _ in range(2):  # past one sentence that names no group ('Mr Khan said notices were sent to all 20')
        if back.start == 0:
            return []
        back = sent.doc[back.start - 1].sent
        before = art.persons_in(back)
        if len(before) >= 2:
            break
    if len(before) < 2:
        return []
    last = before[-1].root
    group = {last.i} | {t.i for t in last.conjuncts}
    for step, t in enumerate(last.ancestors):  # "A of Lyari and B of Gulberg": B may hang on A's place
        if step == 3:
            break
        hit = next((p for p in before if p.start <= t.i < p.end), None)
        if hit is not None:
            group |= {hit.root.i} | {c.i for c in hit.root.conjuncts}
            break
    together = [p for p in before if p.root.i in group]
    return together if len(together) >= 2 else []


def _speaker_above(person: Span, head: Token) -> bool:
    """'The party's secretary, Fawad Chaudhry, said their membership had been ended': the one who tells
    of the act (the subject of a verb above it) is not among those it is done to."""
    tok = person.root
    while tok.dep_ in ("appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "nsubj" and any(a.i == tok.head.i for a in head.ancestors)


def counted_group_before(art: Article, sent: Span, noun: Token, within: int = 10) -> list[Span]:
    """'the membership of all ten rebels' a few paragraphs after 'The group ... includes A, B, ...': the
    people of the last sentence before that names exactly as many as the group counts."""
    counts = [c for c in noun.children if c.dep_ == "nummod" and _count_word(c) is not None]
    if noun.tag_ != "NNS" or len(counts) != 1 or not any(
            c.dep_ in ("det", "predet") and c.lower_ in ("the", "all") for c in noun.children):
        return []
    count, start = _count_word(counts[0]), sent.start
    if count is None or count < 3:
        return []
    for _ in range(within):
        if start == 0:
            break
        before = art.doc[start - 1].sent
        named = art.persons_in(before)
        if len(named) == count:
            return named
        start = before.start
    return []
