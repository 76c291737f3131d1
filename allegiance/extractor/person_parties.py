"""The party a person sits in, read off the words around their name: 'PML-N MNA X', 'X of the IPP',
'MQM MPAs A, B and C', 'senior leader of the PML-N (PML-N) X'; and where a defector came from.

Why apart from ``party_of_act``: that module finds the party an act is towards (its object, the party in
focus, the welcomer's); this one reads a person's own membership, which the act's origin, an echo's
origin (``ellipsis_moves``) and a group's leaving all ask the same way.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article
from .defector_origins import focus_origin
from .movers import SEAT_ROLES
from .triggers import Trigger


def origin_party(art: Article, sent: Span, person: Span, exclude: str) -> str | None:
    """Where a defector came from: a party beside their name, else the party in focus."""
    own = current_party_of(art, sent, person, None, allow_former=True)
    if own and own != exclude:
        return own
    for p in art.parties_in(sent.start, sent.end):
        if p.kb_id_ not in (exclude, "IND"):
            return p.kb_id_
    return focus_origin(art, sent, exclude)


def current_party_of(art: Article, sent: Span, person: Span, trig: Trigger | None, allow_former: bool = False) -> str | None:
    """'PML-N MNA X', 'X of the PML-N': the party a person sits in when the act happens.

    'Former PTI leader X' and 'X from PTI' say nothing of a current seat and give none.
    """
    doc = art.doc
    start = max(sent.start, person.start - 5 - _from_place_before(art, sent, person))
    prefix = doc[start:person.start]
    parties = [p for p in art.parties_in(prefix.start, prefix.end) if p.kb_id_ != "IND"]
    if parties:
        words = doc[parties[-1].end:person.start - _from_place_before(art, sent, person)]
        lead = doc[max(sent.start, parties[-1].start - 2):parties[-1].start]
        if (allow_former or not any(t.lower_ in ("former", "ex", "from") for t in lead)) and \
                all(t.text in art.lex["roles"] or t.text in ("'s", "’s") or (t.pos_ == "PROPN" and not t.is_punct) for t in words) \
                and any(t.lower_ in SEAT_ROLES for t in words) and len(words) <= 3:
            return parties[-1].kb_id_
    return _role_of_party_before(art, sent, person, allow_former) or _party_of_list_head(art, sent, person, trig, allow_former) \
        or _party_after_name(art, sent, person)


def told_party_of(art: Article, sent: Span, person: Span) -> str | None:
    """The party the story writes beside a name, a former one too ('former MNA from the PTI X', 'X from the
    PML-N'): for a person the story says left 'their parties' (``farewells``), that is the party left."""
    return current_party_of(art, sent, person, None, allow_former=True) \
        or _party_after_name(art, sent, person, preps=("of", "from"))


def _party_after_name(art: Article, sent: Span, person: Span, preps: tuple[str, ...] = ("of",)) -> str | None:
    """'former MNA X of the IPP is set to rejoin the PML-N': a party told right after a name, closing the
    phrase, is the one the person belongs to ('former' qualifies the seat, not the membership)."""
    doc, i = art.doc, person.end
    if i < sent.end and doc[i].lower_ == "and":
        return _party_after_pair(art, sent, person, preps)
    if i >= sent.end or doc[i].lower_ not in preps:
        return None
    i += 1 + (i + 1 < sent.end and doc[i + 1].lower_ == "the")
    party = art.party_at(doc[i]) if i < sent.end else None
    if party is None or party.kb_id_ == "IND" or party.start != i:
        return None
    after = doc[party.end] if party.end < sent.end else None
    closed = after is None or after.is_punct or after.pos_ in ("VERB", "AUX")
    if not closed and len(preps) > 1 and after.lower_ == "and" and party.end + 1 < sent.end:
        closed = any(art.person_at(doc[j]) is not None for j in range(party.end + 1, min(party.end + 5, sent.end)))  # '... and PTI leader Y'
    return party.kb_id_ if closed else None


def _party_after_pair(art: Article, sent: Span, person: Span, preps: tuple[str, ...] = ("of",)) -> str | None:
    """'A and B of the PML-N, and C and D of the PPP': the party after the second name of a pair joined by
    'and' is the first one's too, when nothing but a role stands between them."""
    second = next((c for c in person.root.children if c.dep_ == "conj"), None)
    other = art.person_at(second) if second is not None else None
    if other is None or other.start <= person.end:
        return None
    between = art.doc[person.end + 1:other.start]
    if any(not (t.text in art.lex["roles"] or t.lower_ in SEAT_ROLES) for t in between):
        return None
    return _party_after_name(art, sent, other, preps)


def _party_of_list_head(art: Article, sent: Span, person: Span, trig: Trigger | None, allow_former: bool) -> str | None:
    """'MQM MPAs A, B and C', 'PML-N MNA A, MPA B and MPA C': the party written before the first name of a
    list is every listed person's, when the list's role is plural or each later name has a bare role."""
    tok, passed_plural = person.root, False
    while tok.dep_ in ("conj", "appos") and tok.head.i < tok.i:
        tok = tok.head  # "PML-N MNA A and two MPAs, B and C": through the plural role to A
        if _plural_seat_role(tok):
            passed_plural = True
    head = art.person_at(tok) if tok.i != person.root.i else None
    if head is None or head.start >= person.start:
        return None
    before_head = art.doc[head.start - 1] if head.start > sent.start else None
    before_own = art.doc[person.start - 1]
    plural = passed_plural or (before_head is not None and _plural_seat_role(before_head))
    bare = before_own.lower_ in SEAT_ROLES and art.party_at(before_own) is None \
        and art.doc[person.start - 2].lower_ not in ("former", "ex", "-")  # "and former MPA C": no seat now
    if not (plural or bare):
        return None
    return current_party_of(art, sent, head, trig, allow_former)


def _plural_seat_role(tok: Token) -> bool:
    """'MPAs', 'lawmakers': a plural seat role that holds a seat now (not 'two former MPAs')."""
    return tok.lower_.endswith("s") and tok.lower_ in SEAT_ROLES and not any(c.lower_ in ("former", "ex") for c in tok.children)


def _from_place_before(art: Article, sent: Span, person: Span) -> int:
    """How many tokens of 'from <Place>' stand between a role and its holder: 'PML-N MNA from Rahim Yar
    Khan Mian Abdul Sattar' (0 when there is none)."""
    i = person.start - 1
    while i > sent.start and art.doc[i].pos_ == "PROPN" and art.person_at(art.doc[i]) is None \
            and art.party_at(art.doc[i]) is None and person.start - i <= 4:
        i -= 1
    return person.start - i if i < person.start - 1 and art.doc[i].lower_ == "from" else 0


def _role_of_party_before(art: Article, sent: Span, person: Span, allow_former: bool) -> str | None:
    """'Senior leader of Pakistan Muslim League-Nawaz (PML-N) Mir Akbar Khan': a seat or role of a
    party written just before the name, its code in brackets or not."""
    doc = art.doc
    window = art.parties_in(max(sent.start, person.start - 12), person.start)
    if not window:
        return None
    first, last = window[0], window[-1]
    if any(p.kb_id_ != first.kb_id_ for p in window):
        return None
    between = doc[last.end:person.start]
    if len(between) > 2 or any(not (t.text in "()," or t.text in art.lex["roles"]) for t in between):
        return None
    k = first.start - 1
    if k > sent.start and doc[k].lower_ == "the":
        k -= 1  # 'leader of the PML-N X'
    of = doc[k] if k >= sent.start else None
    role = doc[k - 1] if k - 1 >= sent.start else None
    if of is None or role is None or of.lower_ not in ("of", "from")[:1 + allow_former] or role.lower_ not in SEAT_ROLES:
        return None
    lead = doc[max(sent.start, role.i - 2):role.i]
    if not allow_former and any(t.lower_ in ("former", "ex") for t in lead):
        return None
    return first.kb_id_
