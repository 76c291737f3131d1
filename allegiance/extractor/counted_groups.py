"""A counted group that acts unnamed, then is named in the very next sentence.

'Three of its MPAs joined the PPP on Sunday. The departure of A, B and C from the MQM-P was announced
at a news conference': the story tells the act of a group it has not named yet, then names exactly that
many people doing the other half of the move. The named are the group, so they did its act too. The
count must match and the sentences must touch, so a list that is some other group is left alone.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..country.lexicon import NUMBER_WORDS
from .base import Article, acts_told, subjects_of, told_within


def group_count(head: Token) -> int | None:
    """How many an unnamed subject counts: 'three of its members', 'three MPAs', '12 councillors'."""
    for subj in subjects_of(head):
        for tok in (subj, *[c for c in subj.children if c.dep_ == "nummod"]):
            if tok.lower_ in NUMBER_WORDS:
                return NUMBER_WORDS[tok.lower_]
            if tok.text.isdigit():
                return int(tok.text)
    return None


def group_label(art: Article, head: Token) -> str | None:
    """The party a counted, unnamed subject is labelled with: 'three more PML-N lawmakers' -> PML-N; not a
    former one ('three former PTI MPAs')."""
    for subj in subjects_of(head):
        before = art.doc[subj.left_edge.i:subj.i]  # the words before the noun (the model may misparse 'PML-N' there)
        if any(t.lower_ in ("former", "ex", "ex-") for t in before):
            return None
        parties = {q.kb_id_ for q in art.parties_in(before.start, before.end)}
        if len(parties) == 1 and "IND" not in parties:
            return parties.pop()
    return None


def acts_of_the_counted_group(art: Article, sent: Span, last: dict | None, people: list[Span]) -> list[tuple[str, str, str | None]]:
    """The joinings (kind, party, date) of the counted, unnamed group told in the sentence just before,
    when this sentence names exactly that many people."""
    if last is None or last.get("people") or last.get("count") != len(people) or last["status"] != "fact":
        return []
    if not told_within(art, sent, last, 4):
        return []  # only the sentence that touches this one
    acts = acts_told(last)
    return [(kind, party, last["date"]) for kind, party in dict.fromkeys(acts) if kind in ("join", "defect") and party]


# the words of a sentence that names the group's people after the act: 'The others who left ...
# were A and B', 'Among those who parted ways with the PML-Q were A and B', 'Those who quit include A'
GROUP_LIST_WORDS = frozenset({"those", "others", "among", "include", "includes", "included", "including"})


def joined_by_those_who_left(art: Article, sent: Span, kind: str, party: str) -> list[tuple[str, str | None]]:
    """'Seven lawmakers resigned from the PML-N on Monday and joined the JSPM. ... The others who left the
    ruling party were A, B and C': a list of those who left the party an unnamed group left and joined
    another with, a few paragraphs on, names that group, so they joined what it joined too, on its day.
    Each (party, date); the latest such group act (a quote's 'we have said goodbye' in between joins none)."""
    if kind != "leave" or art.words(sent)[0].isdisjoint(GROUP_LIST_WORDS):
        return []
    here = art.offset + sent.start_char
    for group in reversed(art.memory.get("group_acts", [])):
        if group["status"] != "fact" or not 0 <= here - group["at"] <= 1500:
            continue
        acts = acts_told(group)
        joined = [(j, group.get("days", {}).get((k, j), group["date"])) for k, j in dict.fromkeys(acts)
                  if k in ("join", "defect") and j and j != party]
        if joined and (("leave", party) in acts or group.get("origin") == party):
            return joined
    return []


def origin_of_the_counted_group(art: Article, sent: Span, last: dict | None, people: list[Span], party: str) -> list[tuple[str, str | None]]:
    """'Three more PML-N lawmakers joined the PTI on Tuesday. A, MPA B and MPA C announced joining the PTI':
    the counted group told just before, from a party its own words name, joined this same party; exactly
    that many named now are the group, so each left that party on the group's day. Each (party, date)."""
    if last is None or last.get("people") or last.get("count") != len(people) or last["status"] != "fact":
        return []
    if not told_within(art, sent, last, 4):
        return []
    acts = acts_told(last)
    origin = last.get("origin") or last.get("label")
    if origin is None or origin == party or not any(kind in ("join", "defect") and joined == party for kind, joined in acts):
        return []
    return [(origin, last["date"])]
