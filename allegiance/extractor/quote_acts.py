"""Acts told in a quote with no subject of their own: '"There is no question of bidding adieu to the
party," X said' tells of X, the quote's speaker, though no word in the clause names him."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article, subjects_of
from .coalition_parties import _party_of_person as party_of_person


def speaker_of_bare_gerund(art: Article, verb: Token) -> Span | None:
    """'"There is no question of bidding adieu to the party," X said': a gerund with no subject of its own, in a
    clause whose only subject is 'there' or 'it', tells of the quote's speaker."""
    if verb.tag_ != "VBG" and verb.head.tag_ == "VBG" and verb.dep_ in ("dobj", "acomp", "advmod", "prt"):
        verb = verb.head  # "bidding adieu", "bidding farewell": the phrase's verb
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "pobj") or subjects_of(verb):
        return None
    top = verb
    while top.head.i != top.i and top.dep_ not in ("ccomp", "advcl", "relcl", "conj"):
        top = top.head
        if any(c.dep_ in ("poss",) for c in top.children) or (subjects_of(top) and top.i != verb.i):
            break
    subs = subjects_of(top)
    if any(s.dep_ != "expl" for s in subs) or any(c.dep_ == "poss" for c in top.children):
        return None
    return art.quote_speaker(verb)


def speaker_of_we(art: Article, subj: Token, verb: Token) -> Span | None:
    """'"We have not left the PTI," he said': the speaker of a 'we' quote is one of those who move, when the quote
    names the party they move from or to. Not 'the party we joined' (a description), and not when the speaker is
    written as of another party ('"We parted ways with the PTI," the QWP chief said' is his party's act) or the
    party is an alliance."""
    if subj.lower_ != "we" or verb.dep_ in ("relcl", "acl"):
        return None
    words = list(verb.subtree)
    named = {p.kb_id_ for p in art.parties_in(words[0].i, words[-1].i + 1)} - set(art.lex["coalition_alliance_codes"])
    if not named:
        return None  # '"we are leaving the PDM," X said': a party leaving an alliance, not a member his party
    speaker = art.quote_speaker(subj)
    if speaker is None:
        return None
    own = set(party_of_person(art, speaker))
    return speaker if not own or own & named else None
