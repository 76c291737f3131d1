"""Relatives who move with the mover: 'quit the PML-Q and joined the PML-N, along with his two sons and
a nephew, A and B'.

Families move together, and the press tells the companions in two ways the plain 'joined with A' reading
of movers.py misses: the 'along with' hangs on one of two joined verbs (quit X and joined Y, along with A),
yet A did both; and the relatives are first counted by relation ('his two sons and a nephew') and then
named after a comma that the parser hangs outside the 'with' phrase. And a family written as a group
('the Mela family joined the PML-N in 1985') names no one, though its surname is a mover's; but when
'X and his family members parted ways with the PPP' is followed by 'The estranged members, including X, Y
and Z, announced ...', the next sentence names the family, and Y and Z carry the act too. Read by movers.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article, clause_heads, subjects_of, subtree_span
from .bystanders import RELATION_NOUNS

ALONG = ("along", "together")


def _sibling_verbs(verb: Token) -> list[Token]:
    """The verbs joined to the act's own verb by 'and' ('quit X and joined Y'), either way round."""
    out = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        out.append(verb.head)
    return out


def _along_withs(verb: Token) -> list[Token]:
    """The 'with' of 'along with' / 'together with' on a verb (as an adverb's or a preposition's child)."""
    return [g for c in verb.children if c.lower_ in ALONG for g in c.children if g.dep_ == "prep" and g.lower_ == "with"]


def _counted_kin(prep: Token) -> bool:
    """'with his two sons and a nephew': the phrase's nouns are all relations, none a name."""
    nouns = [n for t in prep.children if t.dep_ == "pobj" for n in (t, *t.conjuncts)]  # 'son-in-law': its 'son'
    return bool(nouns) and all(t.lemma_.lower() in RELATION_NOUNS for t in nouns)


def _named_after(art: Article, prep: Token) -> list[Span]:
    """The names set off by a comma right after a 'with' phrase of relations: 'A and B' in
    'along with his two sons and a nephew, A and B'; only names joined by commas and 'and'."""
    doc = art.doc
    i = prep.right_edge.i + 1
    if i >= len(doc) or doc[i].text != ",":
        return []
    i += 1
    out: list[Span] = []
    while i < len(doc):
        person = art.person_at(doc[i])
        if person is not None and person.start == i:
            out.append(person)
            i = person.end
            continue
        if doc[i].lower_ in (",", "and") and out:
            i += 1
            continue
        break
    return out


def kin_companions(art: Article, verb: Token, kind: str) -> list[Span]:
    """The companions of an act that movers.py's own reading of the act's verb does not reach: those of
    'along with' on a verb joined to it, and relations named after a comma."""
    withs = [(w, False) for v in _sibling_verbs(verb) for w in _along_withs(v)] if kind in ("leave", "join") else []
    withs += [(w, True) for w in _along_withs(verb)]
    withs += [(c, True) for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and kind != "leave"]
    out: list[Span] = []
    for prep, own in withs:
        if art.parties_in(prep.i, prep.right_edge.i + 1):
            continue  # "along with the PML-Q's ...": a party, not a family
        named = [] if own else list(art.persons_in(subtree_span(prep)))
        if not named and _counted_kin(prep):
            named = _named_after(art, prep)
        out += [p for p in named if p not in out]
    return out


def names_a_family(art: Article, person: Span) -> bool:
    """'The Mela family', 'the Bugti clan': the surname only says whose family (lexicon family_group_nouns);
    the family's people are unnamed, so no one of that name acts by it."""
    root = person.root
    return root.dep_ == "compound" and root.head.i >= person.end and root.head.lemma_.lower() in art.lex["family_group_nouns"]


def _kin_group(art: Article, tok: Token) -> bool:
    """'his family members', 'his relatives', 'his family', 'the estranged members' (of a family just told)."""
    lemma = tok.lemma_.lower()
    if lemma in art.lex["family_group_nouns"] or lemma == "relative":
        return True
    return lemma == "member" and any(c.lower_ in art.lex["family_group_nouns"] for c in tok.children)


def family_named_next(art: Article, verb: Token) -> list[Span]:
    """'X and his family members parted ways with the PPP. The estranged members, including X, Y and Z,
    announced ...': the people the next sentence's subject (a definite 'members', 'family', 'relatives') lists,
    when the act's own subject is a person with an unnamed family."""
    subs = next((subjects_of(h) for h in clause_heads(verb) if subjects_of(h)), [])
    if not any(_kin_group(art, t) for s in subs for t in (s, *s.conjuncts)):
        return []
    doc, sent = art.doc, verb.sent
    if sent.end >= len(doc):
        return []
    out: list[Span] = []
    for tok in doc[sent.end].sent:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN" or not (
                _kin_group(art, tok) or tok.lemma_.lower() == "member"):
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children):
            continue
        if not any(c.dep_ == "prep" and c.lower_ == "including" for c in tok.children):
            continue
        end = min(tok.right_edge.i + 1, tok.head.i) if tok.head.i > tok.i else tok.right_edge.i + 1
        out += [p for p in art.persons_in(doc[tok.i:end]) if p not in out]
    return out


def relatives_counted_back(art: Article, sent: Span, subj: Token) -> list[Span]:
    """'The two brothers had joined the PML-N together in 2012', 'Both cousins ...': a plural relation
    (no possessor) counted as two stands for the last two people of one surname named in the sentences
    just before, a family by its name; other people named between do not count."""
    if subj.lemma_.lower() not in RELATION_NOUNS or subj.lower_ == subj.lemma_.lower():
        return []  # a plural relation: 'brothers', 'cousins'
    if any(c.dep_ == "poss" for c in subj.children) or not any(
            (c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ in ("det", "predet") and c.lower_ == "both")
            for c in subj.children):
        return []
    doc = art.doc
    start = max(0, doc[max(sent.start - 1, 0)].sent.start)
    for _ in range(2):  # up to three sentences back
        if start > 0:
            start = doc[start - 1].sent.start
    earlier: list[Span] = []
    for p in art.persons_in(doc[start:sent.start]):
        if len(p) > 1 and all(q.text != p.text for q in earlier):
            earlier.append(p)
    for i in range(len(earlier) - 1, 0, -1):
        pair = [q for q in earlier if q[-1].text == earlier[i][-1].text]
        if len(pair) == 2:
            return pair
        if len(pair) > 2:
            return []  # more of that name than two: which two is not said
    return []
