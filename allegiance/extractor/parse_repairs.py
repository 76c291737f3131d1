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
  place as its apposition (or, for "In Karachi, the PML-N and the MQM-P
  have reached", as a conjunct) and leaves the verb with no subject; the
  phrase set off by a comma after the opening phrase is the subject.
* A relative clause read as the main verb's complement: "accompanied by A
  and B, who also announced joining" hangs "announced" on "accompanied" with
  "who" for its subject; after a comma that follows a name, it is a relative
  clause on that name.
* A retired officer's rank: "his aide, Lt Gen (retd) Asim Bajwa". The model
  makes the rank the noun and the name its apposition, or another subject;
  the name heads the phrase, the rank hangs on it as a title does.
* A post followed by a time: "resigned as the IPP patron-in-chief last month". The model makes the time
  noun the object of 'as' and the post its modifier, so the post reads as "month"; the post's head noun
  is the object, and the time hangs on the verb.
* A running update's present tense: "The PML-N contacts the PPP", "X rejects
  reports that ...". Between a name and its object the model reads the verb
  (lexicon ``headline_present_verbs``) as a plural noun, or as the subject of
  the noun after it; the verb is made the verb of the clause, as for an idiom.
"""
from __future__ import annotations

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..country.lexicon import load_lexicon

COMPONENT = "allegiance_parse_repairs"
RETIRED = {"retd", "retd.", "r", "retired", "rtd"}
NOMINAL = {"compound", "appos", "nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "npadvmod", "dep"}


@Language.factory(COMPONENT, default_config={})
def make_parse_repairs(nlp: Language, name: str) -> "ParseRepairs":
    return ParseRepairs()


class ParseRepairs:
    def __init__(self) -> None:
        self.honorifics = load_lexicon("en")["honorifics"]  # 'Raja', 'Rana', 'Mian': a name's first word the model may take for a verb
        self.forms: dict[str, set[str]] = {}
        for idiom in load_lexicon("en")["verb_object_idioms"]:
            verb, obj = idiom.split()
            self.forms.setdefault(_third_person(verb), set()).add(obj)
        self.present = {_third_person(verb) for verb in load_lexicon("en")["headline_present_verbs"]}
        self.known: dict[int, int] = {}  # ORTH id -> the word's flags (`_word_flags`)

    def __call__(self, doc: Doc) -> Doc:
        # One pass finds where each repair may apply (words only, which no repair changes); the repairs
        # then run in their order, each testing the parse as the ones before it left it.
        flags = self._flags(doc)
        idioms = [i for i in _having(flags[:-1], IDIOM_VERB) if self._idiom(doc, i)]
        closings = [i for i in _having(flags, CLOSING) if i >= 3 and flags[i - 1] & RETIRED_MARK]
        whos = _having(flags, WHO)
        auxiliaries = _having(flags, AUXILIARY)
        presents = [i for i in _having(flags[:-1], PRESENT) if i >= 1]
        honorifics = _having(flags[:-1], HONORIFIC)
        for i in idioms:
            if not doc[i].tag_.startswith("VB"):
                _make_verb(doc[i], doc[i + 1])
        for i in presents:
            obj = _present_verb_object(doc, doc[i])
            if obj is not None:
                _make_present_verb(doc[i], obj)
        for i in closings:
            _name_over_rank(doc, doc[i])
        for who in (doc[i] for i in whos):
            if who.dep_ in ("nsubj", "nsubjpass"):
                _relative_clause_on_name(who)
        for i in honorifics:
            if not doc[i].tag_.startswith("VB"):
                continue
            if doc[i].dep_ in NAME_SLOTS:
                _name_over_first_word(doc, doc[i])
            if doc[i].tag_.startswith("VB"):
                _first_word_before_its_name(doc, doc[i])
        for i in auxiliaries:
            _subject_off_its_auxiliary(doc[i])
        for i in _having(flags, TIME_NOUN):
            _post_over_its_time(doc, doc[i])
        for sent in doc.sents:
            if sent.root.tag_ in ("NN", "NNS"):
                _verb_hung_on_its_subject(sent.root)
            if doc[sent.start].dep_ == "prep":
                _object_of_bare_opening_preposition(sent)
                _subject_from_opening_phrase(sent)
                _subject_caught_in_opening_phrase(sent)
        return doc

    def _flags(self, doc: Doc) -> numpy.ndarray:
        """Each token's word flags (below), worked out once per word of the vocabulary."""
        known, vocab = self.known, doc.vocab
        keys = doc.to_array(ORTH).tolist()
        for key in set(keys).difference(known):
            known[key] = self._word_flags(vocab[key])
        return numpy.asarray([known[key] for key in keys], dtype=numpy.int64)

    def _word_flags(self, lex) -> int:
        """Where a word may start a repair, as bits: an idiom's verb, a retired mark, a closing bracket, 'who',
        an auxiliary, a present-tense verb, an honorific."""
        lower = lex.lower_
        return (IDIOM_VERB * (lower in self.forms) | RETIRED_MARK * (lower in RETIRED) | CLOSING * (lower == ")")
                | WHO * (lower == "who") | AUXILIARY * (lower in AUXILIARIES) | PRESENT * (lower in self.present)
                | HONORIFIC * (lex.orth_ in self.honorifics) | TIME_NOUN * (lower in TIME_NOUNS))

    def _idiom(self, doc: Doc, i: int) -> bool:
        """Whether the words at ``i`` are a verb-object idiom ('parts ways')."""
        return doc[i + 1].lower_ in self.forms[doc[i].lower_]


IDIOM_VERB, RETIRED_MARK, CLOSING, WHO, AUXILIARY, PRESENT, HONORIFIC, TIME_NOUN = (1 << k for k in range(8))
TIME_NOUNS = {"week", "month", "year", "night", "morning", "evening", "weekend", "fortnight"}
TIME_MODIFIERS = {"last", "this", "next", "previous"}


def _post_over_its_time(doc: Doc, time: Token) -> None:
    """'resigned as the IPP patron-in-chief last month': the model hangs the post on the time noun and makes the
    time the object of 'as'. The post's head (the nearest noun before the time's 'last') becomes the object, the
    words before it hang on it, and the time hangs on the verb as a time phrase."""
    prep = time.head
    if time.dep_ != "pobj" or prep.lower_ != "as" or time.i < 2 or doc[time.i - 1].lower_ not in TIME_MODIFIERS \
            or doc[time.i - 1].head.i != time.i:
        return
    before = [c for c in time.children if c.i < time.i - 1]
    nouns = [c for c in before if c.dep_ in ("nmod", "compound") and c.tag_.startswith("NN")]  # no POS yet: tags
    if not nouns:
        return
    post = nouns[-1]
    for c in before:
        if c.i != post.i:
            c.head = post
    post.head, post.dep_ = prep, "pobj"
    time.head, time.dep_ = prep.head, "npadvmod"


def _having(flags: numpy.ndarray, flag: int) -> list[int]:
    """The positions whose flags hold ``flag``."""
    return numpy.flatnonzero(flags & flag).tolist()


NAME_SLOTS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr"}
AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "be", "been"}


def _subject_off_its_auxiliary(aux: Token) -> None:
    """'X was on Monday expelled from the PTI': with a time between them, the model may hang the subject on
    the auxiliary instead of the verb it helps; the verb gets it back (as the passive's subject after 'was')."""
    verb = aux.head
    if aux.dep_ not in ("aux", "auxpass") or verb.i <= aux.i or not verb.tag_.startswith("VB") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return
    for subj in [c for c in aux.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < aux.i]:
        subj.head = verb
        subj.dep_ = "nsubjpass" if aux.dep_ == "auxpass" else "nsubj"


def _name_over_first_word(doc: Doc, first: Token) -> None:
    """'Raja Pervaiz Ashraf, who was ..., resigned': the model tags a name's first word ('Raja', 'Rana',
    'Mian') as a verb in a noun's place and hangs the rest of the name on it as its object. The last word
    of the name heads the phrase in that place; the first word is its compound, as a title is."""
    last = next((c for c in first.children if c.dep_ in ("dobj", "appos", "npadvmod") and c.i > first.i), None)
    if last is None or last.tag_ not in ("NNP", "NNPS") or last.i - first.i > 4:
        return
    if not all(t.is_title and t.tag_ in ("NNP", "NNPS") for t in doc[first.i + 1:last.i + 1]):
        return
    if first.head != first and last.is_ancestor(first.head):
        return
    above, relation = first.head, first.dep_
    for child in [c for c in first.children if c.i != last.i and not first.i < c.i < last.i]:
        child.head = last
    last.head = last if above == first else above
    last.dep_ = "ROOT" if above == first else relation
    first.head, first.dep_, first.tag_ = last, "compound", "NNP"


def _first_word_before_its_name(doc: Doc, first: Token) -> None:
    """'..., Raja Pervaiz Ashraf, who was ...': the model reads the name's first word as a verb of a clause of
    its own while the words after it already form the name ('Pervaiz' a compound of 'Ashraf'); at the
    start of a sentence or after a comma it is the name's first word, a compound of the name's head."""
    nxt = doc[first.i + 1]
    name = nxt.head
    if nxt.dep_ != "compound" or not name.i > first.i or name.i - first.i > 4 or name.tag_ not in ("NNP", "NNPS"):
        return
    if not all(t.is_title and t.tag_ in ("NNP", "NNPS") for t in doc[first.i + 1:name.i + 1]):
        return
    if first.i != first.sent.start and doc[first.i - 1].text not in (",", "and", "(", ":"):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in first.children) or first.is_ancestor(name):
        return  # a verb with its own subject or auxiliary is a verb
    for child in list(first.children):
        child.head = name
    first.head, first.dep_, first.tag_ = name, "compound", "NNP"


def _present_verb_object(doc: Doc, verb: Token) -> Token | None:
    """The object of a present-tense verb misread between a name and a noun phrase: as a plural noun
    ('The PML-N contacts the PPP'), or as the subject of the noun after it ('X rejects reports that ...',
    'reports' taken for the verb). None when the word is not in that place."""
    if doc[verb.i - 1].tag_ not in ("NNP", "NNPS"):
        return None
    if verb.dep_ == "nsubj" and verb.head.i == verb.i + 1 and verb.head.tag_ == "VBZ":
        return verb.head
    if verb.tag_ != "NNS" or doc[verb.i + 1].tag_ not in ("DT", "NNP", "NNPS", "PRP$"):
        return None
    obj = doc[verb.i + 1]
    while obj.head.i > obj.i and obj.head.i - verb.i <= 6 and obj.dep_ in ("det", "compound", "amod", "punct", "poss", "nmod"):
        obj = obj.head
    return obj if obj.tag_.startswith("NN") and obj.i > verb.i else None


def _make_present_verb(verb: Token, obj: Token) -> None:
    """The verb over its object as for an idiom; objects joined to the first ('contacts the PPP and
    the MQM-P') stay its conjuncts."""
    joined = [c for c in obj.children if c.dep_ in ("cc", "conj") and c.i > obj.i]
    _make_verb(verb, obj)
    for token in joined:
        token.head = obj


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


def _verb_hung_on_its_subject(noun: Token) -> None:
    """'The group, led by A of Muzaffargarh, called on B and announced their decision to join the PPP': the
    model may make the subject noun the root and hang the finite verb after the set-off phrase on it as its
    clause; a past-tense verb right after a comma, hung so on a root noun, is the sentence's verb, and the
    noun its subject."""
    verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBD" and c.i > noun.i
                 and noun.doc[c.i - 1].text == ","), None)
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    later = [c for c in noun.children if c.i > verb.i]  # the closing stop, hung on the noun, is the verb's
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj"
    for token in later:
        token.head = verb


def _object_of_bare_opening_preposition(sent) -> None:
    """'After almost two weeks of haggling that kept the capital guessing, the PML-N and the PPP on Tuesday
    reached ...': the parser left the opening 'After' with no object and made the noun after it the verb's
    subject, though a comma closes the opening phrase after that noun. The noun is the preposition's object;
    the subject is then looked for after the comma (below)."""
    root, opening = sent.root, sent.doc[sent.start]
    if not root.tag_.startswith("VB") or opening.head != root or any(True for _ in opening.children):
        return
    comma = next((t.i for t in sent if t.text == "," and t.i < root.i), None)
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < (comma or 0)), None)
    if comma is None or subject is None or subject.tag_ not in SUBJECT_HEADS:
        return
    subject.head, subject.dep_ = opening, "pobj"


def _subject_from_opening_phrase(sent) -> None:
    """'In KP, the PTI, which won 35 seats, signed ...': the root verb has no subject, an opening
    prepositional phrase before it carries an apposition after a comma; that apposition is the subject."""
    root = sent.root
    if not root.tag_.startswith("VB") or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in root.children):
        return
    for prep in (c for c in root.children if c.dep_ == "prep" and c.i < root.i and c.i == sent.start):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            appos = [c for c in obj.children if c.dep_ == "appos" and c.i > obj.i and c.doc[c.left_edge.i - 1].text == ","]
            appos = appos or [c for c in obj.children if c.dep_ == "conj" and _right_before_verb(c, root)
                              and c.doc[c.left_edge.i - 1].text == ","]  # "In Karachi, the PML-N and the MQM-P have reached"
            if appos:
                appos[0].head, appos[0].dep_ = root, "nsubj"
                return


SUBJECT_HEADS = ("NNP", "NNPS", "NN", "NNS")
VERB_GROUP = ("aux", "auxpass", "neg", "advmod")


def _subject_caught_in_opening_phrase(sent) -> None:
    """'After meeting Zardari and Bilawal, former minister A and B from PML-N have joined the PPP', 'In a blow
    ahead of the vote, former spokesman of X, A, has decided to ...': the parser ran the opening phrase on past
    its last comma and hung the first name of the subject on a noun inside it (as a conjunct or an apposition),
    so the verb has the wrong subject or none. The words from that comma up to the verb are the subject: the
    one of them hung inside the opening phrase becomes the verb's subject, and a subject the parser did find
    after it becomes its conjunct."""
    root = sent.root
    doc = sent.doc
    opening = doc[sent.start]
    if not root.tag_.startswith("VB") or opening.dep_ != "prep" or opening.head != root or root.i - sent.start < 4:
        return
    end = root.i
    while end - 1 > sent.start and doc[end - 1].head == root and doc[end - 1].dep_ in VERB_GROUP:
        end -= 1  # 'have', 'has also' before the verb
    if doc[end - 1].text == ",":
        end -= 1  # the comma closing an apposition: ', A, has decided'
    comma = next((t.i for t in reversed(doc[sent.start:end]) if t.text == ","), None)
    if comma is None or end - comma < 2:
        return
    caught = [t for t in doc[comma + 1:end] if t.head.i < comma and t.head.i >= sent.start
              and t.dep_ in ("conj", "appos") and t.tag_ in SUBJECT_HEADS]
    if len(caught) != 1 or not opening.is_ancestor(caught[0]):
        return
    first = caught[0]
    found = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and comma < c.i < end]
    if first.left_edge.i != comma + 1:
        _second_subject_caught(doc, first, found, comma)
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") and not comma < c.i < end for c in root.children):
        return  # the verb has a subject of its own elsewhere: the opening phrase is not where it went
    first.head, first.dep_ = root, "nsubjpass" if any(c.dep_ == "auxpass" for c in root.children) else "nsubj"
    for other in found:
        other.head, other.dep_ = first, "conj"


def _second_subject_caught(doc: Doc, caught: Token, found: list[Token], comma: int) -> None:
    """'In Gilgit-Baltistan, the PML-N and the PPP have agreed': the parser found the first subject but hung
    the one after 'and' on the place as its conjunct; it is the found subject's conjunct (with its 'and')."""
    if len(found) != 1 or found[0].left_edge.i != comma + 1 or caught.i < found[0].i:
        return
    before = doc[caught.left_edge.i - 1]
    if before.lower_ != "and" or before.i <= found[0].right_edge.i - 1:
        return
    caught.head, caught.dep_ = found[0], "conj"
    before.head = found[0]


def _right_before_verb(noun: Token, root: Token) -> bool:
    """A phrase that runs up to the verb or its auxiliaries ('the PML-N and the MQM-P have also reached'), so it
    is the clause's subject, not one more place of a list ('In Karachi, Hyderabad and Sukkur, the PPP ...')."""
    after = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(noun.doc) else None
    return after is not None and (after == root or (after.head == root and after.dep_ in ("aux", "auxpass", "advmod", "neg")))


def _name_over_rank(doc: Doc, closing: Token) -> None:
    """'Lt Gen (retd) Asim Saleem Bajwa': the name's head takes the rank's place in the parse."""
    opening = doc[closing.i - 2]
    if opening.text != "(":
        return
    rank = []
    for tok in reversed(doc[max(0, opening.i - 3):opening.i]):
        if not (tok.is_title or tok.is_upper) or not tok.is_alpha:
            break
        rank.insert(0, tok)
    name = []
    for tok in doc[closing.i + 1:min(len(doc), closing.i + 6)]:
        if not (tok.is_title and tok.is_alpha):
            break
        name.append(tok)
    if not rank or not name:
        return
    group = {t.i for t in rank} | {opening.i, closing.i - 1, closing.i} | {t.i for t in name}
    rank_root = next((t for t in rank if t.head.i not in group or t.head == t), None)
    name_root = next((t for t in reversed(name) if t.head.i not in {n.i for n in name}), None)
    if rank_root is None or name_root is None:
        return
    above, relation = rank_root.head, rank_root.dep_
    if above != rank_root and (above.i in group or name_root.is_ancestor(above)):
        return  # the rank hangs below the name already ('son-in-law Captain (retd) M.'): moving the name up would close a loop
    name_root.head = name_root if above == rank_root else above
    name_root.dep_ = "ROOT" if above == rank_root else relation
    for tok in [*rank, opening, doc[closing.i - 1], closing]:
        if tok.head.i in group or tok is rank_root:
            tok.head = name_root
    rank_root.dep_ = "compound"
    if name_root.dep_ in ("dep", "appos"):
        _set_beside_its_role(doc, name_root, rank[0].i)


def _set_beside_its_role(doc: Doc, name_root: Token, first: int) -> None:
    """'the resignation of his Special Assistant on Information, Lt Gen (retd) X': a name the parser left
    loose after a comma, or set beside a word further up, is the apposition of the role just before it."""
    from .post_words import ROLE_HEADS

    if first < 2 or doc[first - 1].text != ",":
        return
    tok = doc[first - 2]
    for _ in range(6):
        if tok.lemma_.lower() in ROLE_HEADS or tok.lower_ in ROLE_HEADS:
            name_root.head, name_root.dep_ = tok, "appos"
            return
        if tok.head == tok or tok.head.i > first or tok == name_root.head:
            return
        tok = tok.head


def _relative_clause_on_name(who: Token) -> None:
    """'..., A and B, who also announced joining the party': the verb 'who' is subject of, hung on the main verb
    as its complement, is a relative clause on the name just before the comma."""
    verb, doc = who.head, who.doc
    if verb.dep_ not in ("ccomp", "conj") or verb.i < who.i or who.i < 2 or doc[who.i - 1].text != ",":
        return
    name = doc[who.i - 2]
    if name.tag_ not in ("NNP", "NNPS") or name.head == verb or verb.head.i > name.i and verb.head.i < who.i:
        return
    verb.head, verb.dep_ = name, "relcl"
