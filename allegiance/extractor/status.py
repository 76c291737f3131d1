"""Whether an act is reported as done (fact), hedged (possible) or denied.

Cues are read on the trigger's own clause and the clauses that govern it:
"is likely to join" and "denied reports about his leaving" both put the cue
above the trigger, "will not quit" puts the negation beside it.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import Lexicon

HEDGE_AUX = {"might", "may", "could", "can"}
HEDGE_LEMMAS = {"consider", "mull", "hint", "threaten", "intend", "plan", "expect", "weigh", "contemplate", "signal",
                "indicate", "poise", "tip", "eye", "want", "wish", "speculate", "rumour", "rumor", "likely", "set", "claim", "mulls"}
HEDGE_NOUNS = {"intention", "possibility", "speculation", "speculations", "rumours", "rumors", "report", "reports",
               "plan", "plans", "option", "likelihood", "chance", "chances", "talk"}
DENY_LEMMAS = {"deny", "refute", "contradict", "dismiss", "reject", "clarify", "rubbish"}
DENY_WORDS = {"baseless", "false", "fake", "unfounded", "untrue", "fabricated"}


WISH_LEMMAS = {"demand", "ask", "urge", "invite", "advise", "force", "pressure", "pressurise", "pressurize", "persuade",
               "convince", "request", "direct", "order", "dare", "challenge", "tell"}


def act_status(trigger: Token, sent: Span, lex: Lexicon, phrase: set[int] | None = None) -> str | None:
    """fact / possible / denied for the act whose head word is `trigger`; None when the act is
    only someone else's wish ("demanded Nawaz to step down", "invited him to join")."""
    phrase = phrase or {trigger.i}
    chain = _governing_chain(trigger)
    wish = trigger.head.lemma_.lower()
    if (trigger.dep_ == "xcomp" and wish in WISH_LEMMAS) or (trigger.dep_ == "ccomp" and wish in WISH_LEMMAS - {"tell"}):
        return None
    for tok in chain:
        if _negated(tok, phrase):
            return "denied"
        if tok.lemma_.lower() in DENY_LEMMAS and tok.i not in phrase and tok.i != trigger.i:
            return "denied"
    for tok in chain:
        if _hedged(tok, trigger, phrase):
            return "possible"
    if any(t.lower_ in DENY_WORDS for t in sent) and any(t.lemma_.lower() in DENY_LEMMAS | {"be"} for t in sent):
        if any(t.lower_ in DENY_WORDS for t in chain[-1].subtree):
            return "denied"
    return "fact"


def _governing_chain(trigger: Token, limit: int = 6) -> list[Token]:
    chain, tok = [trigger], trigger
    for _ in range(limit):
        if tok.head.i == tok.i:
            break
        # an object or a complement takes its mood from the verb above it
        tok = tok.head
        chain.append(tok)
        if tok.dep_ in ("ROOT",):
            break
    return chain


def _negated(tok: Token, phrase: set[int]) -> bool:
    for child in tok.children:
        if child.i in phrase:
            continue
        if child.dep_ == "neg":
            nxt = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
            if child.lower_ == "no" and nxt is not None and nxt.lower_ == "longer":
                continue  # "no longer a part of" is a leaving, not a denial
            return True
    return False


def _hedged(tok: Token, trigger: Token, phrase: set[int]) -> bool:
    lemma = tok.lemma_.lower()
    if tok.lower_ == "set" and any(c.dep_ in ("xcomp",) for c in tok.children):
        return True
    if lemma in HEDGE_LEMMAS and tok.i != trigger.i and tok.pos_ in ("VERB", "ADJ", "AUX"):
        if lemma == "want" or lemma == "wish":
            return True
        return True
    if tok.lower_ in HEDGE_NOUNS and tok.i != trigger.i:
        return True
    for child in tok.children:
        if child.i in phrase:
            continue
        if child.dep_ == "aux" and child.lower_ in HEDGE_AUX:
            return True
        if child.dep_ in ("advmod", "acomp") and child.lower_ in {"likely", "reportedly", "probably", "possibly", "unlikely"}:
            return True
    return False
