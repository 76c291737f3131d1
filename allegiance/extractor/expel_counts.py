"""Counted groups of people a party expels: 'expelled two of its lawmakers, MNA A and MPA B',
'the membership of X and of two sector in-charges, A and B', 'their membership' beside 'the seven'
named together a few sentences before. A count names people only when as many are named."""
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
