"""'Among those who joined was X': a cleft whose joining names no party.

Wire stories on a party's launch tell the launch in one sentence and its recruits in the next, with the
verb bare: "Jahangir Tareen unveiled the IPP on Thursday. Among those who joined was Fawad Chaudhry".
Nothing stands between 'joined' and the copula, so the party is the one the story has just launched, or
the one it last had someone join (`launches.launched_party`, as for 'the new party'). The launch is often
in a sentence the selection did not parse, so the party last named in the article before the cleft is also
taken when its sentence has a launch verb (lexicon ``launch_verbs``), read off the article's text. Leaving
has its own cleft rule in `party_of_act.target_party` ('Among those who parted ways were A and B').
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from .base import Article
from .defector_origins import sentence_around, word_forms
from .launches import launched_party
from .movers import _cleft_copula
from .triggers import Trigger


def bare_cleft_join(art: Article, sent: Span, trig: Trigger) -> str | None:
    """The party of a bare joining told in a cleft, when the story has launched or joined one."""
    if trig.kind != "join" or trig.head.pos_ != "VERB":
        return None
    be = _cleft_copula(art, sent, trig)
    end = max(trig.tokens) + 1
    if be is None or be.i < end or any(not t.is_punct for t in art.doc[end:be.i]):
        return None
    return launched_party(art, trig.head) or _launched_before(art, sent)


def _launched_before(art: Article, sent: Span) -> str | None:
    """The party last named in the article before ``sent`` when the sentence naming it launches it."""
    text, named = art.memory.get("article_text"), art.memory.get("parties")
    if not text or not named:
        return None
    at = art.offset - art.memory.get("article_offset", 0) + sent.start_char
    before = [(start, code) for start, code in named if start < at]
    if not before:
        return None
    start, code = before[-1]
    told = sentence_around(text, start)
    launch = set(art.lex["launch_verbs"])
    return code if any(word_forms(w) & launch for w in re.findall(r"[a-z]+", told.lower())) else None
