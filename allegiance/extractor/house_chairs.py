"""Expulsions that are no party's: a house's own chair at work ('Speaker Ayaz Sadiq suspended the
membership of X for the rest of the session' suspends a seat's sittings, not a party membership), and a
removal from a school, a firm or a club; expel.py reads no expulsion in them."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article, is_pronoun, subtree_span
from .movers import PARTY_NOUNS
from .post_words import DATE_WORDS


SITTINGS = ("session", "sitting")


def for_the_sitting(head: Token) -> bool:
    """'for the rest of the session', 'for two sittings': a suspension from a house's sittings (not 'for
    violating discipline during the budget session', a reason that only names a session)."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and _sittings(o) for c in head.children for o in c.children
               if o.dep_ == "pobj")


def _sittings(noun: Token) -> bool:
    if noun.lemma_.lower() in SITTINGS:
        return True
    return noun.lemma_.lower() in ("rest", "remainder", "duration") and any(
        p.lower_ == "of" and any(o.lemma_.lower() in SITTINGS for o in p.children) for p in noun.children)


def chair_of_a_house(art: Article, words: Span) -> bool:
    """'Speaker Ayaz Sadiq', 'Senate Chairman X', 'the chief election commissioner': who runs a house or
    the elections; the memberships they suspend are seats, not a party's (lexicon house_officer_words)."""
    lowers = {t.lower_ for t in words}
    return bool(lowers & set(art.lex["house_officer_words"])) or ("senate" in lowers and bool(lowers & {"chairman", "chairperson"}))


def not_a_party_place(art: Article, place: Token) -> bool:
    """'expelled from his school', 'sacked from the bank': what one is put out of names no party, no party
    noun ('the party', 'its ranks'), no membership and no party body, so it is not a party."""
    words = subtree_span(place)
    if place.pos_ != "NOUN" or DATE_WORDS.search(place.text) or art.parties_in(words.start, words.end) or is_pronoun(place):
        return False  # "expelled from the Jamaat": a name may be a party the registry spells otherwise; "from today": when
    lowers = {t.lower_ for t in words}
    return not lowers & (PARTY_NOUNS | {"membership", "memberships", "its", "their"} | set(art.lex["party_bodies"])
                         | set(art.lex["disciplinary_bodies"]))
