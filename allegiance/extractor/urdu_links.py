"""Urdu links between statements: which party 'نئی جماعت' (the new party) means, who acts with a listed
agent, and the cue forms that are not the agent's own act ('چھوڑنے والے' those who left, 'استعفیٰ منظور'
accepted a resignation, 'کسی دوسری جماعت' some other party). Kept apart from extractor/urdu.py, which reads
the acts themselves."""
from __future__ import annotations

import re
from datetime import timedelta

from ..model import Article
from .dates import WEEKDAYS, resolve_weekday
from .urdu_names import WORD_END, WORD_START


def _founded(sent: str, parties: list[tuple[int, int, str]], lex: dict) -> str | None:
    """The party a sentence says was launched: named right after 'نئی (سیاسی) جماعت' or right before its
    founding ('... پارٹی کے قیام کا اعلان'). Later 'نئی جماعت میں شمولیت' (joined the new party) means it,
    not the party the story named last (mostly the one the joiners left)."""
    news = "|".join(re.escape(w) for w in sorted(lex["new_party_words"], key=len, reverse=True))
    founding = "|".join(re.escape(w) for w in lex["party_founding"])
    for start, end, code in parties:
        if re.search(rf"(?:{news})\s*$", sent[:start]) or re.match(rf"\s*(?:{founding})", sent[end:]):
            return code
    return None


def _listed_with(sent: str, parties: list[tuple[int, int, str]], actor: str, lex: dict) -> list[str]:
    """The acting party with the parties listed before it ('A، B اور C نے D کی حمایت کا اعلان کیا':
    A, B and C each support D): names apart only by '،' or 'اور' run back from the agent."""
    at = max(i for i, (_s, _e, code) in enumerate(parties) if code == actor)
    agents = [actor]
    joiners = "|".join(re.escape(w) for w in lex["seat_list_joiners"])
    while at > 0 and re.fullmatch(rf"\s*(?:(?:{joiners})\s*)+", sent[parties[at - 1][1]:parties[at][0]]):
        at -= 1
        agents.insert(0, parties[at][2])
    return list(dict.fromkeys(agents))


def attributive(sent: str, cue_at: int, cue: str, lex: dict) -> bool:
    """A cue used as a describing word ('تحریک انصاف چھوڑنے والے رہنما': the leaders who left PTI) or a
    resignation someone else accepts or has not yet accepted ('گورنر نے استعفیٰ منظور کر لیا', 'X کا استعفیٰ ابھی
    منظور نہیں ہوا'): no act of the sentence's agent."""
    after = sent[cue_at + len(cue):]
    return re.match(rf"\s*(?:{'|'.join(map(re.escape, lex['attributive_after']))}){WORD_END}", after) is not None \
        or re.match(rf"\s*(?:(?:{'|'.join(map(re.escape, lex['accepted_gap_words']))})\s+)*"
                    rf"(?:{'|'.join(map(re.escape, lex['accepted_after']))})", after) is not None  # 'ابھی منظور نہیں ہوا'


def unnamed_party(sent: str, cue_at: int, lex: dict) -> bool:
    """'کسی دوسری جماعت میں شامل ہونے' (joining some other party): the party is not named, whatever the
    story named last."""
    before = sent[max(0, cue_at - 25):cue_at]
    words = "|".join(map(re.escape, lex["party_word"]))  # 'کسی بڑی جماعت میں شمولیت' (joining some big party)
    return any(w in before for w in lex["unnamed_party"]) or re.search(rf"کسی\s+(?:\S+\s+)?(?:{words})", before) is not None


def relative_clause(sent: str, cue_at: int, lex: dict) -> bool:
    """A cue inside a relative clause opened after the agent ('X نے نئی جماعت کا اعلان کیا، جس میں ... شامل ہو
    گئے': others joined, not X): the clause has its own subject, which the agent marker before it is not."""
    markers = [m.end() for m in re.finditer(rf"{WORD_START}نے{WORD_END}", sent[:cue_at])]
    if not markers:
        return False
    return any(re.search(rf"{WORD_START}{re.escape(w)}{WORD_END}", sent[markers[-1]:cue_at])
               for w in lex["relative_openers"])


def own_statement(clause: str, cue_at: int, lex: dict) -> str:
    """The clause cut after its act's finite verb at 'اور' ('X رکنیت سے مستعفی ہو رہے ہیں اور کسی جماعت میں
    شامل ہونے کا فیصلہ نہیں کیا': the 'not' is the second statement's). Verbal nouns joined by 'اور' ('چھوڑنے
    اور شامل ہونے کی تردید') share their ending, and stay one clause."""
    finite = "|".join(map(re.escape, lex["finite_endings"]))
    m = re.search(rf"{WORD_START}(?:{finite})\s+اور{WORD_END}", clause[cue_at:])
    return clause[:cue_at + m.start()] if m else clause


def _named_weekday(sent: str, article: Article, lex) -> str | None:
    """The day a weekday names ("پیر کے روز", "جمعہ کو": on Monday, on Friday; 'گزشتہ جمعہ': last Friday)."""
    if article.published is None:
        return None
    after = "|".join(re.escape(w) for w in lex["weekday_after"] + lex["when2_weekday_after"])
    last = "|".join(re.escape(w) for w in lex["when2_last_weekday"])
    for index, names in enumerate(lex["weekdays"]):
        if re.search(rf"{WORD_START}(?:{names})\s+(?:{after}){WORD_END}", sent):
            return resolve_weekday(WEEKDAYS[index], article.published).isoformat()
        if index != WEEKDAYS.index("saturday") and re.search(  # 'گزشتہ ہفتے' is last week
                rf"{WORD_START}(?:{last})\s+(?:{names}){WORD_END}", sent):
            return resolve_weekday(WEEKDAYS[index], article.published - timedelta(days=1)).isoformat()
    return None


def said_party(sent: str, parties: list[tuple[int, int, str]], cue_at: int, lex: dict) -> str | None:
    """The party that is the subject of a reported clause ('X نے کہا کہ تحریک انصاف B کے ساتھ مذاکرات نہیں
    کرے گی'): named first after 'کہ', not owned by the next word ('PARTY کے/کی' qualifies something else)."""
    that = sent.rfind(" کہ ", 0, cue_at)
    if that < 0:
        return None
    for start, end, code in parties:
        if that < start < cue_at:
            if sent[that + 4:start].strip() or re.match(rf"\s*(?:کے|کی|کا|کو|سے){WORD_END}", sent[end:]):
                return None
            return code
    return None


def post_held(text: str, actor: str, lex: dict, post_words) -> list[str]:
    """The posts the story says a person held ('فواد چوہدری تحریک انصاف کے سینئر نائب صدر تھے'): what a
    resignation of 'پارٹی عہدے' (his party post) gave up. ``post_words`` reads the English posts of a span."""
    held = "|".join(map(re.escape, lex["held_endings"]))
    for m in re.finditer(rf"{WORD_START}{re.escape(actor)}\s+([^۔\n]{{0,60}}?)\s+(?:{held}){WORD_END}", text):
        posts = post_words(f" {m.group(1)} ", lex)
        if posts:
            return posts
    return []


def party_part_cue(sent: str, parties: list[tuple[int, int, str]], lex: dict) -> tuple[int, str]:
    """'X نے ن لیگ کا حصہ بننے کا اعلان کیا' (became part of PML-N): joining, when the words follow a party's
    name itself; 'حکومت کا حصہ' or 'اتحاد کا حصہ' (part of the government, the alliance) is no membership."""
    for cue in lex["join_party_part"]:
        for m in re.finditer(re.escape(cue), sent):
            if any(sent[end:m.start()].strip() == "" for _s, end, _c in parties if end <= m.start()):
                return m.start(), cue
    return -1, ""


def possessor_party(sent: str, parties: list[tuple[int, int, str]], cue_at: int) -> str | None:
    """A headline's subject in the possessive: 'مسلم لیگ (ن) کا ایم کیو ایم پاکستان سے رابطہ' (PML-N's contact
    with the MQM-P): the party the sentence opens with, followed by 'کا/کی', acts toward the one named with
    'سے' or 'کے ساتھ' before the cue."""
    if len(parties) < 2 or sent[:parties[0][0]].strip():
        return None
    first, second = parties[0], parties[1]
    if not re.match(rf"\s*(?:\([^()]{{1,20}}\)\s*)?(?:کا|کی){WORD_END}", sent[first[1]:second[0]]):
        return None
    if second[1] <= cue_at and re.match(rf"\s*(?:سے|کے\s+ساتھ){WORD_END}", sent[second[1]:]):
        return first[2]
    return None
