"""Where an Urdu act's words reach: the clause a denial or a demand belongs to, the list a group's members
fill, the bracketed faction after a party, and a leaving cue that is the government's rather than a party's.

Urdu news strings several acts into one sentence or deck ('X کا ... اعلان، Y نے ... بے بنیاد قرار دے دیا')
and writes a party with its faction in brackets ('بلوچستان نیشنل پارٹی (مینگل) نے'); these readers keep
each act's scope its own. The words are data (ur.json).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..country.registry import load_registry
from .urdu_names import URDU_CHAR, WORD_END, WORD_START, _names


def _agent_marker(lex: dict) -> re.Pattern:
    body = "|".join(re.escape(w) for w in lex["agent_marker"])
    return re.compile(rf"(?<=\s)(?:{body})(?=\s|[\u0600-\u06FF])")


def unbracketed(text: str) -> str:
    """The words between a party and its marker without a bracketed qualifier: 'بلوچستان نیشنل پارٹی
    (مینگل) نے' names the faction in brackets, as the press writes it, and the party still acts."""
    return re.sub(r"\([^()]{1,30}\)", " ", text)


def members_listed(sent: str, lex: dict) -> int:
    """Where a list of the group's members ends when the sentence names them as those among whom
    ('شمولیت اختیار کرنے والوں میں A، B اور C شامل ہیں': those who joined include A, B and C), or -1."""
    opener = min((sent.find(w) for w in lex["group_members_open"] if w in sent), default=-1)
    closer = max((sent.rfind(w) for w in lex["group_members_close"]), default=-1)
    return closer - 1 if 0 <= opener < closer else -1


def next_subject_at(sent: str, cue_at: int, lex: dict) -> int:
    """Where the sentence turns to another act with its own subject ('X کا پارٹی سے لاتعلقی کا اعلان، Y نے
    ... خبروں کو بے بنیاد قرار دے دیا', as a deck strings two stories): the comma before it, so the later
    act's denial or hedge is not the earlier one's; else the sentence's end."""
    comma = sent.find("،", cue_at)
    while comma >= 0:
        marker = _agent_marker(lex).search(sent, comma)
        if marker and any(c in sent[marker.end():] for cues in ("leave", "join", "resign") for c in lex[cues]):
            return comma
        comma = sent.find("،", comma + 1)
    return len(sent)


def demanded(sent: str, cue_at: int, lex) -> bool:
    """'انہوں نے مطالبہ کیا کہ دونوں ارکان ... استعفیٰ دیں' (he demanded that they resign): an act asked of
    others is no one's act yet, as a demand is none in English."""
    words = "|".join(re.escape(w) for w in lex["demand_words"])
    return re.search(rf"{WORD_START}(?:{words}){WORD_END}[^۔]*?{WORD_START}کہ{WORD_END}", sent[:cue_at]) is not None


def leaves_government(sent: str, cue_at: int, lex) -> bool:
    """A leaving cue that is part of a cue for leaving the government or the alliance ('حکومت چھوڑنے',
    'حکومت سے علیحدگی'): the act is a party's toward the government, told by the coalition reader."""
    for cue in lex["coalition_leave"]:
        for m in re.finditer(re.escape(cue), sent):
            if m.start() <= cue_at < m.end():
                return True
    return False


def leaves_a_post(sent: str, cue_at: int, lex) -> bool:
    """A leaving cue whose object is a post ('صوبائی صدارت چھوڑنے کی خبریں', 'عہدہ نہیں چھوڑ رہے') or a seat on
    a committee or in a house ('سیاسی کمیٹی کی رکنیت چھوڑنے'): giving up an office, as 'stepped down' is in
    English, and no party left."""
    posts = "|".join(re.escape(w) for w in sorted(lex["post_left_objects"] + lex["post_left_memberships"], key=len, reverse=True))
    return re.search(rf"{WORD_START}(?:{posts})(?:\s+نہیں)?\s*$", sent[:cue_at]) is not None


def close_sources_subject(sent: str, parties: list[tuple[int, int, str]], cue_at: int, lex: dict) -> list[str]:
    """'X کے قریبی ذرائع کا کہنا ہے کہ وہ خود بھی پارٹی چھوڑنے کے بارے میں سوچ رہے ہیں': the 'وہ' (he) of what
    a person's close sources or aides say is that person."""
    close = "|".join(re.escape(w) for w in lex["close_sources"])
    m = re.search(rf"\s+کے\s+(?:{close}){WORD_END}", sent[:cue_at])
    return _names(sent, parties, m.start(), lex) if m else []


def also_subject(sent: str, parties: list[tuple[int, int, str]], cue_at: int, lex: dict) -> list[str]:
    """'X بھی پارٹی قیادت سے ناراض ہیں اور امکان ہے کہ وہ ... علیحدگی کا اعلان کر دیں گے': the 'وہ' (he) of the
    later clause is X, the subject 'بھی' (too) closes earlier in the sentence."""
    also = sent.rfind(" بھی ", 0, cue_at)
    return _names(sent, parties, also, lex) if also > 0 else []


@lru_cache(maxsize=8)
def _latin_party_pattern(country: str) -> tuple[re.Pattern, dict[str, str]]:
    registry = load_registry(country)
    names = {name: party.code for party in registry.parties.values() for name in party.all_names()
             if not URDU_CHAR.search(name) and name != "independent" and name.lower() not in ("independents", "independent candidates")}
    body = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])"), names


def english_party(sent: str, country: str) -> str | None:
    """The party an English sentence of a mixed story names last ('The PTI was quick to respond. In an Urdu
    statement, the party said: "آج پارٹی نے ..."'): what 'پارٹی' (the party) means in the Urdu quote after it."""
    pattern, names = _latin_party_pattern(country)
    found = [names[m.group(0)] for m in pattern.finditer(sent)]
    return found[-1] if found else None


def names_before_post(sent: str, parties: list[tuple[int, int, str]], cue_at: int, lex: dict) -> list[str]:
    """'رکن قومی اسمبلی X قومی اسمبلی کی رکنیت سے مستعفی ہو گئے' (X resigned his seat): with no agent marker and
    no party, the subject is the name closing before the post the act is about ('POST کی رکنیت سے', 'POST کے
    عہدے سے', 'اپنے عہدے سے' right before the cue), the nearest that gives one."""
    links = "|".join(re.escape(w) for w in lex["post_object_links"])
    places = sorted({m.start() for word in list(lex["post_words"]) + lex["own_post_words"]
                     for m in re.finditer(re.escape(word), sent[:cue_at])
                     if re.fullmatch(rf"\s*(?:{links})\s*", sent[m.end():cue_at])}, reverse=True)
    for at in places:
        found = _names(sent, parties, at, lex) if at > 0 else []
        if found:
            return found
    return []
