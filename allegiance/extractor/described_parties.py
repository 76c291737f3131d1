"""Parties a person's own description ties them to: 'the Pak Sarzameen Party of Syed Mustafa Kamal' (the
party written as theirs), 'one of the founding members of the PTI' (the party they founded). The press
uses both in departure stories to say which party 'joining Mr Kamal' or 'had joined the party' means.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article


def party_of_person(art: Article, mention: Span) -> str | None:
    """'the Pak Sarzameen Party of former city nazim Syed Mustafa Kamal', 'the PSP of Mustafa Kamal': a party
    written as someone's, with only role words between 'of' and the name, is the party the story has them lead."""
    doc = art.doc
    k = mention.start - 1
    while k >= max(0, mention.start - 5) and doc[k].lower_ != "of":
        if doc[k].pos_ in ("VERB", "AUX", "PUNCT", "DET") or art.party_at(doc[k]) is not None or art.person_at(doc[k]) is not None:
            return None
        k -= 1
    if k < 1 or doc[k].lower_ != "of":
        return None
    party = art.party_at(doc[k - 1])
    return party.kb_id_ if party is not None and party.kb_id_ != "IND" else None


def party_founded_by(art: Article, movers: list[Token], head: Token) -> str | None:
    """The party the mover's own description says they founded ('one of the founding members of the PTI',
    'a founder of the PPP'; lexicon party_founder_words): 'the party' they joined is that one, not another named since."""
    for mover in movers:
        words = art.doc[mover.left_edge.i:min(head.i, mover.right_edge.i + 1)]
        for tok in words:
            if tok.lower_ in art.lex["party_founder_words"]:
                named = [p for p in art.parties_in(tok.i, words.end) if p.kb_id_ != "IND"]
                if named and named[0].start - tok.i <= 5:
                    return named[0].kb_id_
    return None
