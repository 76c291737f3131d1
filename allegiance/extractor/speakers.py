"""Whose party a speaker speaks for when the sentence of the act does not say: a quote of several
sentences whose 'we' is the party of the speaker named after it closes, and a speaker written with
their party in apposition ('Khalid Maqbool Siddiqui, the MQM-P convener, said') or on a signatory's line
('Maulana X, provincial general secretary, JUI-F Sindh'). Kept apart from
coalition_roles, which reads the parties of an act from its own clause."""
from __future__ import annotations

import re

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
    if party is None:
        return _party_after_role(art, i)
    if party.start != i or party.kb_id_ == "IND" or party.end >= len(doc):
        return []
    role = doc[party.end]
    if role.text in art.lex["roles"] or role.lower_ in art.lex["roles"] or role.lower_ in art.lex["coalition_leader_titles"] \
            or role.lower_ in ("chief", "head", "founder"):
        return [party.kb_id_]
    return []


def _party_after_role(art: Article, i: int) -> list[str]:
    """'Maulana X, provincial general secretary, JUI-F Sindh': a signatory's line in a joint declaration or
    circular writes the post and then the party, each set off by commas. Only post words stand between."""
    doc, end = art.doc, min(len(art.doc), i + 5)
    k = i
    while k < end and _post_word(art, doc[k]):
        k += 1
    if k == i or k + 1 >= len(doc) or doc[k].text != ",":
        return []
    party = art.party_at(doc[k + 1])
    return [party.kb_id_] if party is not None and party.start == k + 1 and party.kb_id_ != "IND" else []


def _post_word(art: Article, tok: Token) -> bool:
    """A lower-case word of a party post ('provincial', 'general', 'secretary', 'ameer')."""
    return tok.text.islower() and _post_text(art, tok.text)


def party_signed_in_text(art: Article, name: str) -> list[str]:
    """'Maulana Haleemi' where 'Maulana Abdul Qayyum Haleemi, provincial general secretary, JUI-F Sindh'
    stands in a signatory list not parsed with the sentence: the party after the surname's post, set off
    by commas; none when the surname signs for two different parties."""
    text, words = art.memory.get("article_text", ""), name.split()
    if not text or not words or len(words[-1]) < 3 or "," not in text:
        return []
    starts = {start: code for start, _end, kind, code in art.memory.get("aliases", []) if kind == "party" and code != "IND"}
    codes = {starts[m.end()] for m in re.finditer(r"\b" + re.escape(words[-1]) + SIGNED_POST, text)
             if m.end() in starts and all(_post_text(art, w) for w in m.group("post").split())}
    return [codes.pop()] if len(codes) == 1 else []


SIGNED_POST = r"(?:\s*\([^()\n]{1,40}\))?,[ \t]+(?P<post>(?:[a-z]+[ \t]+){0,3}[a-z]+),[ \t]+"


def _post_text(art: Article, word: str) -> bool:
    return word in art.lex["roles"] or word in art.lex["post_level_words"] or word in art.lex["coalition_leader_titles"] \
        or word in ("chief", "head", "founder")


def quote_speakers_party(art: Article, we: Token) -> list[str]:
    """'"... government. From today we will sit on the opposition benches," Mr Mengal told the house': the
    'we' of a quote of several sentences is the party of its speaker, named after the quote closes."""
    from .coalition_parties import _party_led_by, _party_of_person  # the person's party as the act rules read it
    person = art.quote_speaker(we)
    if person is None:
        return []
    return _party_of_person(art, person) or _party_led_by(art, person)
