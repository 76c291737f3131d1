"""Repairs of parses the small statistical model gets wrong in news text.

Two kinds, each unambiguous enough to mend after the parser rather than
work around in every rule:

* Headlines and timelines tell acts in the present: "BAP parts ways with PTI",
"Senator tenders resignation". The small English model reads "parts" and
"tenders" as plural nouns, so the act has no verb and no subject and every
rule that starts from a verb misses it. A verb-object idiom (lexicon key
``verb_object_idioms``: "part ways", "tender resignation", "break ranks") is
unambiguous, so this component, placed right after the parser, makes its
first word the verb again: the idiom's object and the words after it hang on
the verb, and the noun just before it is its subject.
* A sentence opened by a place: "In Khyber Pakhtunkhwa, the PTI, which won
  35 seats, signed an agreement ...". The model hangs "the PTI" on the
  place as its apposition and leaves the verb with no subject; the
  apposition set off by commas after the opening phrase is the subject.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..country.lexicon import load_lexicon

COMPONENT = "allegiance_parse_repairs"
NOMINAL = {"compound", "appos", "nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "npadvmod", "dep"}


@Language.factory(COMPONENT, default_config={})
def make_parse_repairs(nlp: Language, name: str) -> "ParseRepairs":
    return ParseRepairs()


class ParseRepairs:
    def __init__(self) -> None:
        self.forms: dict[str, set[str]] = {}
        for idiom in load_lexicon("en")["verb_object_idioms"]:
            verb, obj = idiom.split()
            self.forms.setdefault(_third_person(verb), set()).add(obj)

    def __call__(self, doc: Doc) -> Doc:
        for verb, obj in zip(doc[:-1], doc[1:]):
            known = self.forms.get(verb.lower_)
            if known and obj.lower_ in known and not verb.tag_.startswith("VB"):
                _make_verb(verb, obj)
        for sent in doc.sents:
            _subject_from_opening_phrase(sent)
        return doc


def _third_person(verb: str) -> str:
    return verb + ("es" if verb.endswith(("s", "sh", "ch", "x")) else "s")


def _make_verb(verb: Token, obj: Token) -> None:
    """'BAP parts ways with PTI' parsed as one noun phrase: 'parts' heads the clause, 'ways' is
    its object, 'with PTI' hangs on it and 'BAP' is its subject."""
    top = obj if verb.head == obj or verb.head.i in (verb.i, obj.i) and obj.head != verb else verb
    root = top.head == top
    above, relation = top.head, top.dep_
    left = [t for t in verb.doc[verb.sent.start:verb.i] if t.head in (verb, obj) and t.dep_ != "punct"]
    right = [t for t in obj.doc[obj.i + 1:obj.sent.end] if t.head in (verb, obj)]
    verb.head = verb if root else above
    verb.dep_ = "ROOT" if root else ("parataxis" if relation in NOMINAL else relation)
    obj.head, obj.dep_ = verb, "dobj"
    obj.tag_ = "NNS" if obj.lower_.endswith("s") else "NN"
    verb.tag_ = "VBZ"
    for token in right:
        token.head = verb
    nouns = [t for t in left if t.tag_.startswith("NN") or t.tag_ in ("PRP", "CD")]
    if nouns:
        subject = nouns[-1]
        subject.head, subject.dep_ = verb, "nsubj"
        for token in left:
            if token is not subject and token.head in (verb, obj):
                token.head = subject


def _subject_from_opening_phrase(sent) -> None:
    """'In KP, the PTI, which won 35 seats, signed ...': the root verb has no subject, an opening
    prepositional phrase before it carries an apposition after a comma; that apposition is the subject."""
    root = sent.root
    if not root.tag_.startswith("VB") or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in root.children):
        return
    for prep in (c for c in root.children if c.dep_ == "prep" and c.i < root.i and c.i == sent.start):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            appos = [c for c in obj.children if c.dep_ == "appos" and c.i > obj.i and c.doc[c.left_edge.i - 1].text == ","]
            if appos:
                appos[0].head, appos[0].dep_ = root, "nsubj"
                return
