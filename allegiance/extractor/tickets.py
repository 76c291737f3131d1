"""A new party's ticket taken with a leaving: 'announced that he had left the PML-N and would contest the
elections on a BAP ticket', 'parted ways with the PPP ... will contest from the GDA platform'.

Contesting on a party's ticket is no joining by itself (a member contests on his own party's ticket every
election), but told in the same sentence as the person's leaving of another party it is the party he moves
to, as the press means it and the annotators record it.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from ..model import Event

CONTEST_VERBS = {"contest", "run", "fight"}
TICKET_NOUNS = {"ticket", "tickets", "platform", "symbol"}


def tickets_after_leaving(art, sent: Span, found: list[Event]) -> list[Event]:
    """A join of the party whose ticket the leaver will contest on, with the leaving's date and status."""
    leaves = [e for e in found if e.type == "leave_party"]
    if not leaves:
        return []
    out = []
    for tok in sent:
        if tok.lower_ not in TICKET_NOUNS or tok.head.lower_ not in ("on", "from"):
            continue
        verb = tok.head.head
        while verb.dep_ in ("prep", "dobj", "pobj") and verb.head.i != verb.i:
            verb = verb.head
        if verb.lemma_.lower() not in CONTEST_VERBS:
            continue
        parties = [p.kb_id_ for p in art.parties_in(tok.left_edge.i, tok.i + 1) if p.kb_id_ != "IND"]
        if len(parties) != 1:
            continue
        for leave in leaves:
            if leave.party != parties[0] and not any(e.type == "join_party" and e.actor == leave.actor for e in found + out):
                out.append(replace(leave, type="join_party", party=parties[0],
                                   evidence=art.evidence(sent, "join.ticket")))
    return out
