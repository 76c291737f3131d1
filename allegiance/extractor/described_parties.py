"""Parties a person's own description ties them to: 'PTI chairman Imran Khan' (the party they lead), 'the Pak
Sarzameen Party of Syed Mustafa Kamal' (the party written as theirs), 'one of the founding members of the PTI'
(the party they founded). Departure stories lean on them to say which party 'parted ways with Imran Khan',
'joining Mr Kamal' or 'had joined the party' means.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article, same_person


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


def party_led_by(art: Article, person: Span) -> str | None:
    """The party the story names this person as the head of: 'PTI chairman Imran Khan', 'PSP chief
    Mustafa Kamal', 'Imran Khan's PTI', 'the Altaf Hussain-led MQM' (lexicon party_chief_words)."""
    chiefs = art.lex["party_chief_words"]
    doc = art.doc
    for mention in art.persons_in(doc):
        if not same_person(mention, person):
            continue
        before = doc[max(0, mention.start - 3):mention.start]
        cut = art.party_at(before[0]) if len(before) else None
        if cut is not None and cut.start < before.start:  # "PML-N chief X": the whole code, read as three tokens
            before = doc[cut.start:mention.start]
        stop = next((t.i for t in reversed(before) if t.is_sent_end or t.text in (".", "!", "?")), None)
        if stop is not None:  # "... an attack on the MQM chief. Kamal had left the MQM": a chief of the sentence before
            before = doc[stop + 1:mention.start]
        if any(t.lower_ in chiefs for t in before):
            named = [p for p in art.parties_in(before.start, before.end) if p.kb_id_ != "IND"]
            if named:
                return named[-1].kb_id_
        of_party = party_of_person(art, mention)
        if of_party is not None:
            return of_party
        after = doc[mention.end:min(len(doc), mention.end + 3)]
        if after and (after[0].text in ("'s", "’s") or (after[0].text == "-" and len(after) > 1 and after[1].lower_ == "led")):
            named = [p for p in art.parties_in(after.start, after.end) if p.kb_id_ != "IND"]
            if named:
                return named[0].kb_id_
    return None
