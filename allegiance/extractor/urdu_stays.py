"""Resignations that keep the party: an Urdu post resignation told with the resigner's word that he stays in
the party ('عہدے سے استعفیٰ دے دیا ہے تاہم وہ پارٹی کے کارکن کی حیثیت سے کام جاری رکھیں گے'). The leaving that
a reader might infer is denied in the same breath, so it is recorded as a denied leave_party beside the post.
The phrases of staying are data (lexicon ur.json: stay_in_party).
"""
from __future__ import annotations

from dataclasses import replace

from ..country.lexicon import load_lexicon
from ..model import Event, Evidence
from .stays import public_office  # the English rule's test, so both scripts read a post alike


def stays_in_party(sent: str, found: list[Event], parties: list[tuple[int, int, str]], lex: dict) -> list[Event]:
    """A denied leave_party for each resigner of the sentence who says he stays, in the party the staying
    clause names ('وہ سنی اتحاد کونسل کا حصہ رہیں گے') or else the party of his post."""
    at = min((sent.find(w) for w in lex["stay_in_party"] if w in sent), default=-1)
    if at < 0:
        return []
    named = [code for start, _end, code in parties if start < at]
    left = {e.actor for e in found if e.type == "leave_party"}
    out: list[Event] = []
    for e in found:
        party = named[-1] if named else e.party
        if e.type != "resign_post" or e.actor in left or party is None or any(o.actor == e.actor for o in out) \
                or not public_office(e.post, load_lexicon("en")):
            continue
        rule = Evidence(e.evidence.sentence, e.evidence.start, e.evidence.end, "urdu.stays") if e.evidence else None
        out.append(replace(e, type="leave_party", party=party, post=None, status="denied", evidence=rule))
    return out

