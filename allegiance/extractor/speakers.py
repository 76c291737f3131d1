"""Whose party a speaker speaks for when the sentence of the act does not say: a quote of several
sentences whose 'we' is the party of the speaker named after it closes, and a speaker written with
their party in apposition ('Khalid Maqbool Siddiqui, the MQM-P convener, said'). Kept apart from
coalition_roles, which reads the parties of an act from its own clause."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article

ARTICLES = ("the", "a", "an")


def party_in_apposition(art: Article, person: Span) -> list[str]:
    """'Khalid Maqbool Siddiqui, the MQM-P convener,' 'Sardar X, a senior PPP leader,': the party of the
    role set off by a comma right after the name (not 'X, the PPP-led government's ...')."""
    doc, i = art.doc, person.end
    if i >= len(doc) or doc[i].text != ",":
        return []
    i += 1
    while i < len(doc) and (doc[i].lower_ in ARTICLES or doc[i].lower_ in ("former", "senior", "ex")):
        i += 1
    party = art.party_at(doc[i]) if i < len(doc) else None
    if party is None or party.start != i or party.kb_id_ == "IND" or party.end >= len(doc):
        return []
    role = doc[party.end]
    if role.text in art.lex["roles"] or role.lower_ in art.lex["roles"] or role.lower_ in art.lex["coalition_leader_titles"] \
            or role.lower_ in ("chief", "head", "founder"):
        return [party.kb_id_]
    return []


def quote_speakers_party(art: Article, we: Token) -> list[str]:
    """'"... government. From today we will sit on the opposition benches," Mr Mengal told the house': the
    'we' of a quote of several sentences is the party of its speaker, named after the quote closes."""
    from .coalition_parties import _party_led_by, _party_of_person  # the person's party as the act rules read it
    person = art.quote_speaker(we)
    if person is None:
        return []
    return _party_of_person(art, person) or _party_led_by(art, person)
