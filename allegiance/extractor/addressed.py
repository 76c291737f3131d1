"""Who 'he' is when he answers the one who sought him out: 'A telephoned B on Sunday and asked him to
stay. He told the party chief that he would join the PTI.' The second sentence's 'he' speaks to someone
it names by a role ('the party chief') or a pronoun ('him', 'them'), so it is not the caller, who was the
last sentence's subject; it is the one called, that sentence's object.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article

ADDRESS_PRONOUNS = frozenset({"him", "her", "them"})


def addressed_mover(art: Article, sent: Span, subj: Token) -> Span | None:
    """The person a 'he' or 'she' of `sent` means when its clause's own main verb is said to another
    named by role or pronoun, and the sentence before has one person as subject and another as object."""
    if subj.lower_ not in ("he", "she"):
        return None
    top = _main_clause_of(subj)
    if top is None or not _addresses_another(art, top):
        return None
    before = _sentence_before(art, sent)
    if before is None:
        return None
    people = art.persons_in(before)
    callers = [p for p in people if _subject_of(p.root, before.root)]
    called = [p for p in people if p.root.dep_ == "dobj" and _verb_of_clause(p.root.head, before.root)
              or p.root.dep_ == "pobj" and p.root.head.lower_ == "on" and _verb_of_clause(p.root.head.head, before.root)]
    return called[0] if len(callers) == 1 and len(called) == 1 else None


def _main_clause_of(subj: Token) -> Token | None:
    """The sentence's main verb when `subj` is its subject, or the subject of a clause it reports whose
    own subject is the same kind of pronoun ('He told X that he would join')."""
    verb = subj.head
    if subj.dep_ != "nsubj":
        return None
    if verb.dep_ == "ROOT":
        return verb
    if verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" \
            and any(c.dep_ == "nsubj" and c.lower_ == subj.lower_ for c in verb.head.children):
        return verb.head
    return None


def _addresses_another(art: Article, verb: Token) -> bool:
    """Whether the verb's object (or its 'to' phrase) is someone named by role alone ('the PML-Q chief')
    or by 'him', 'her', 'them'."""
    roles = set(art.lex["title_reference_nouns"]) | set(art.lex["post_head_words"])
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objects += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    for obj in objects:
        if obj.lower_ in ADDRESS_PRONOUNS:
            return True
        if obj.lemma_.lower() in roles and any(c.lower_ == "the" for c in obj.children) and art.person_at(obj) is None:
            return True
    return False


def _subject_of(tok: Token, root: Token) -> bool:
    """Whether the name is the main verb's subject, or set beside it ('The PML-Q president, A, telephoned')."""
    if tok.dep_ == "appos":
        tok = tok.head
    return tok.dep_ == "nsubj" and tok.head.i == root.i


def _verb_of_clause(verb: Token, root: Token) -> bool:
    """Whether `verb` is the sentence's main verb or one joined to it ('telephoned B and asked him')."""
    return verb.i == root.i or (verb.dep_ == "conj" and verb.head.i == root.i)


def _sentence_before(art: Article, sent: Span) -> Span | None:
    """The sentence just before `sent`, past any blank line between paragraphs."""
    end = sent.start
    while end > 0 and art.doc[end - 1].is_space:
        end -= 1
    if end == 0:
        return None
    return art.doc[end - 1].sent
