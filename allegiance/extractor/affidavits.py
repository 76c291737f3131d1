"""Acts declared in a document someone files: 'X submitted an affidavit joining the SIC', 'who filed
declarations joining the PML-N'. ECP notifications and their reports say who joined a party this way;
the act's clause hangs on the document, so its people are those of the clause that files it. Kept
apart from movers, which reads the people of an act from its own clause."""
from __future__ import annotations

from dataclasses import replace

from .base import Article
from .triggers import Trigger


def filing_act(art: Article, trig: Trigger) -> Trigger | None:
    """The act read from the verb that files its document ('submitted' in 'submitted an affidavit
    joining'), or None when the trigger describes no filed document."""
    doc_noun = trig.head.head
    if trig.head.dep_ != "acl" or trig.head.tag_ != "VBG" or doc_noun.lemma_.lower() not in art.lex["filed_documents"]:
        return None
    verb = doc_noun.head
    if doc_noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    return replace(trig, head=verb)
