"""Status turns that belong to coalition acts alone.

The general reading (``status.act_status``) keeps an act someone announces for their own side a fact
('said the party would sit in the opposition', 'will join the government'): saying so is the act. Talks
are different: they are done only when held, so talks a party says it will open ('said the PPP would
approach the JUI-F', 'will hold talks with the BNP-M') are a plan, reported as possible.
"""
from __future__ import annotations

from spacy.tokens import Token


def talks_still_to_come(head: Token, phrase: set[int], lex) -> bool:
    """'would approach', 'will contact', 'would also hold talks with': a future auxiliary on the talks
    verb, on a verb of its phrase ('hold' of 'hold talks'), or on the verb its infinitive hangs on
    ('would try to contact'); not on a clause joined to it ('would need more members, and that it had
    begun contacting' tells talks already begun). A negated one is a denial and is read before this."""
    future = lex["status_future_aux"]
    doc = head.doc
    heads = [*_infinitive_heads(head), *(doc[i] for i in phrase if i != head.i)]
    return any(c.dep_ == "aux" and c.lower_ in future for h in heads for c in h.children)


def _infinitive_heads(tok: Token, limit: int = 2) -> list[Token]:
    """The token and the verbs above it whose infinitive it is ('contact' -> 'try' in 'would try to contact')."""
    heads = [tok]
    for _ in range(limit):
        if tok.dep_ != "xcomp" or tok.head.i == tok.i:
            break
        tok = tok.head
        heads.append(tok)
    return heads


def talks_status(head: Token, phrase: set[int], status: str | None, lex) -> str | None:
    """The status of a talks act: a fact told as still to come becomes possible."""
    if status == "fact" and talks_still_to_come(head, phrase, lex):
        return "possible"
    return status
