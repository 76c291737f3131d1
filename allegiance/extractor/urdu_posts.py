"""The posts an Urdu resignation gives up, in English so that they compare with the English record: the post
words between the agent and the cue, the role before the name, the object of a leaving verb ('صدارت چھوڑ دی'),
the posts named beside a resigned membership; each with the word that qualifies it ('وفاقی وزیر', 'ضلع X کی
صدارت'). The agent marker is urdu.py's, read at call time.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import urdu
from .urdu_names import WORD_END, WORD_START


def _posts(sent: str, cue_at: int, lex) -> list[str]:
    """The posts resigned, in English so that they compare with the English record: every post
    named between the agent marker and the cue ('سیکرٹری جنرل کے عہدے اور کور کمیٹی ... سے
    استعفیٰ': two), else the role written before the name ('سینیٹر NAME نے'), else 'post'."""
    markers = [m.end() for m in urdu._marker(lex, "agent_marker").finditer(sent, 0, cue_at)]
    window = _post_words(sent[markers[-1]:cue_at], lex) if markers else []
    if window:
        return window
    before = _placed_posts(sent[:cue_at], lex)
    return _last_role_run(sent, before) or ["post"]


def _posts_given_up(sent: str, cue_at: int, lex) -> list[str]:
    """The post a leaving cue gives up is its own object, in the clause that ends at the cue ('بانی چیئرمین
    کے ساتھ کھڑے رہیں گے اور قائد حزب اختلاف کا عہدہ نہیں چھوڑ رہے': the opposition leader's, not the chairman's),
    the one nearest the verb ('رکن قومی اسمبلی X بھی سیاسی کمیٹی کی رکنیت چھوڑنے': the committee's, not the seat)."""
    starts = [m.end() for m in urdu._marker(lex, "agent_marker").finditer(sent, 0, cue_at)]
    starts += [m.end() for m in re.finditer(rf"{WORD_START}(?:اور|کہ){WORD_END}|،", sent[:cue_at])]
    return _post_words(sent[max(starts, default=0):cue_at], lex)[-1:] or ["post"]  # the object, nearest the verb


def _posts_before_membership(sent: str, cue_at: int, lex: dict) -> list[str]:
    """The posts resigned with a party's membership and named before it ('پی ٹی آئی ضلع گجرات کی صدارت اور
    پارٹی کی بنیادی رکنیت دونوں سے استعفیٰ'): each a post given up, beside the party left."""
    markers = [m.end() for m in urdu._marker(lex, "agent_marker").finditer(sent, 0, cue_at)]
    at = max(sent.rfind(w, 0, cue_at) for w in lex["membership_words"])
    return _post_words(sent[markers[-1]:at], lex) if markers and at > markers[-1] else []


def _last_role_run(sent: str, placed: list[tuple[int, int, str]]) -> list[str]:
    """The role written before the name, with the roles joined to it by 'اور' or '،'
    ('سیکرٹری جنرل اور ترجمان NAME': both posts)."""
    if not placed:
        return []
    run = [placed[-1]]
    for item in reversed(placed[:-1]):
        if sent[item[1]:run[0][0]].strip() in ("اور", "،", ","):
            run.insert(0, item)
        else:
            break
    return list(dict.fromkeys(english for _s, _e, english in run))


def _post_words(text: str, lex) -> list[str]:
    """Post words in reading order, the longest reading of each place ('سینئر نائب صدر', not 'صدر')."""
    return list(dict.fromkeys(english for _s, _e, english in _placed_posts(text, lex)))


def _placed_posts(text: str, lex) -> list[tuple[int, int, str]]:
    taken: list[tuple[int, int, str]] = []
    for word in sorted(lex["post_words"], key=len, reverse=True):
        for m in _whole_word(word).finditer(text):
            if not any(s < m.end() and m.start() < e for s, e, _w in taken):
                taken.append(_modified(text, m.start(), m.end(), lex["post_words"][word], lex))
    return sorted(taken)


@lru_cache(maxsize=None)
def _whole_word(word: str) -> re.Pattern:
    """A post word standing whole, compiled once: the post words outnumber the ``re`` module's own cache, which
    then compiled each again for every Urdu story."""
    return re.compile(rf"{WORD_START}{re.escape(word)}{WORD_END}")


def _modified(text: str, start: int, end: int, english: str, lex) -> tuple[int, int, str]:
    """A post with the word before it that qualifies it ('نگران وزیر اطلاعات': caretaker information minister)."""
    for word, meaning in lex["post_modifiers"].items():
        m = re.search(rf"{WORD_START}{re.escape(word)}\s*$", text[:start])
        if m:
            return m.start(), end, f"{meaning} {english}"
    for word, meaning in lex["post_owner_modifiers"].items():  # 'ضلع گجرات کی صدارت': the district's presidency
        m = re.search(rf"{WORD_START}{re.escape(word)}\s+\S+\s+(?:کی|کے|کا)\s*$", text[:start])
        if m:
            return m.start(), end, f"{meaning} {english}"
    return start, end, english
