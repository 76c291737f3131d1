"""What every rule family shares: the parsed article, its mentions, and the
small syntactic helpers that turn a trigger word into its arguments.

Rules read the dependency parse rather than raw strings, so that "X and Y
announced their decision to quit the PTI" and "the PTI was quit by X" reach
the same actors through subject, object and coordination links.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from ..country.lexicon import Lexicon, load_lexicon
from ..model import Event, Evidence
from .genders import fitting, marked_names
from .interviews import answer_speaker

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
CLIMB = {"xcomp", "ccomp", "conj", "advcl", "acl", "pcomp", "pobj", "dobj", "prep", "relcl", "attr", "oprd", "acomp", "dep", "appos", "npadvmod"}
GROUP_NOUNS = {"defector", "leader", "lawmaker", "mna", "mpa", "member", "politician", "figure", "legislator", "parliamentarian",
               "those", "who", "others", "dissident", "senator", "minister", "candidate", "ticket", "holder", "people", "individual",
               "personality", "notable", "worker", "official", "office", "bearer", "women", "councillor", "councilor", "they", "them", "which", "these", "all"}
INCLUDE_VERBS = {"include", "be", "comprise", "name", "feature"}
PRONOUNS = {"he", "she", "him", "her", "i", "me", "my", "his", "hers", "himself", "herself"}


@dataclass
class Article:
    """A parsed article and the state the rules share while walking it."""

    doc: Doc
    doc_id: str
    published: date | None
    lex: Lexicon = field(default_factory=lambda: load_lexicon("en"))
    events: list[Event] = field(default_factory=list)
    offset: int = 0  # where doc.text starts in the article text
    text: str = ""  # the piece's own text: the parser may have read a copy with headline words lowercased
    carried_party: str | None = None  # the party in focus at the end of the previous chunk
    memory: dict = field(default_factory=dict)  # shared by the chunks of one article: lead date, last post
    _index: dict = field(default_factory=dict, repr=False)  # span groups read once (see _spans)
    _in_speaker_search: bool = field(default=False, repr=False)  # focus_person and quote_speaker call each other

    def _spans(self, key: str) -> tuple[list[Span], list[int], dict[int, Span]]:
        """A span group read once per piece: its spans, their starts (sorted) and token -> span.
        Reading ``doc.spans`` builds new Span objects each time; the rules ask per token."""
        cache = self._index.get(key)
        if cache is None:
            spans = sorted(self.doc.spans[key], key=lambda p: p.start)
            at: dict[int, Span] = {}
            for p in spans:
                for i in range(p.start, p.end):
                    at.setdefault(i, p)
            cache = self._index[key] = (spans, [p.start for p in spans], at)
        return cache

    def _within(self, key: str, start: int, end: int) -> list[Span]:
        spans, starts, _at = self._spans(key)
        return [p for p in spans[bisect_left(starts, start):bisect_left(starts, end)] if p.end <= end]

    def words(self, sent: Span) -> tuple[frozenset[str], frozenset[str]]:
        """The lowercased words and the lowercased lemmas of a sentence, read once: a rule whose
        every reading needs one word asks these sets first instead of walking the tokens again."""
        key = ("words", sent.start, sent.end)
        cache = self._index.get(key)
        if cache is None:
            ids = self._index.get("word_ids")
            if ids is None:  # the whole piece's word and lemma ids in one array, instead of a Token per word per sentence,
                ids = self._index["word_ids"] = sent.doc.to_array([LOWER, LEMMA])  # and each id's string looked up once
                strings = sent.doc.vocab.strings
                self._index["word_strings"] = {h: strings[h] for h in set(ids[:, 0].tolist())}
                self._index["lemma_strings"] = {h: strings[h].lower() for h in set(ids[:, 1].tolist())}
            part = ids[sent.start:sent.end]
            cache = self._index[key] = (frozenset(map(self._index["word_strings"].__getitem__, set(part[:, 0].tolist()))),
                                        frozenset(map(self._index["lemma_strings"].__getitem__, set(part[:, 1].tolist()))))
        return cache

    def any_lemma(self, sent: Span, lemmas) -> bool:
        """Whether a sentence holds one of these (lowercased) lemmas: a rule that walks every token
        for a word of a closed set asks this first, and most sentences are done with at once."""
        return not self.words(sent)[1].isdisjoint(lemmas)

    def persons_in(self, span: Span | Doc) -> list[Span]:
        if isinstance(span, Span):
            return self._within("persons", span.start, span.end)
        return list(self._spans("persons")[0])

    def parties_in(self, start: int, end: int) -> list[Span]:
        return self._within("parties", start, end)

    def person_at(self, token: Token) -> Span | None:
        return self._spans("persons")[2].get(token.i)

    def party_at(self, token: Token) -> Span | None:
        return self._spans("parties")[2].get(token.i)

    def focus_party(self, before: int, exclude: set[str] | None = None) -> str | None:
        """The party in focus at a token: the last one named before it ("the party")."""
        spans, starts, _at = self._spans("parties")
        for p in reversed(spans[:bisect_left(starts, before)]):
            if p.kb_id_ != "IND" and p.kb_id_ not in (exclude or set()):
                return p.kb_id_
        return self.carried_party if self.carried_party not in (exclude or set()) else None

    def focus_person(self, before: int, besides: tuple[Span, ...] = (), tag: Token | None = None) -> Span | None:
        """The person a pronoun at `before` means (``_focus_in_piece``); when the piece names no one, the
        one the story's last pronoun of the same kind meant, not long before: a profile says 'she' for
        paragraphs after it last names her, and the selection may parse those paragraphs apart. ``tag``: the
        'he' or 'she' that tags a quote opening at ``before`` ('"...," he told reporters'): its kind and its
        role as a speaker choose among the persons of the piece."""
        found = self._focus_in_piece(before, besides, tag)
        kind = _pronoun_kind(self.doc[before]) if 0 <= before < len(self.doc) else None
        at = self.offset + (self.doc[before].idx if 0 <= before < len(self.doc) else 0)
        if found is None and kind is not None:
            last = self.memory.get("pronoun_focus." + kind)
            if last is not None and 0 <= at - last[0] <= PRONOUN_REACH:
                return Span(self.doc, before, before + 1, label="PERSON", kb_id=last[1])
        if found is not None and kind is not None:
            self.memory["pronoun_focus." + kind] = (at, found.kb_id_ or found.text)
        return found

    def _focus_in_piece(self, before: int, besides: tuple[Span, ...] = (), tag: Token | None = None) -> Span | None:
        """The person a pronoun most likely means: the last one named before it
        as the subject of a clause (the speaker, the mover), else the last one named.
        Inside a quote the speaker says 'I': a 'he' or 'him' there is someone else
        ('"He has joined us," X said' is not X's joining)."""
        said_by = self._lone_surname_saying(before)
        if said_by is not None:
            return said_by
        earlier = [p for p in self._spans("persons")[0] if p.end <= before]
        speaker = self._speaker_around(before)
        others = (speaker, *besides) if speaker is not None else besides  # "X welcomed him": 'him' is not X
        earlier = [p for p in earlier if not any(same_person(p, o) for o in others) and not _speaks_for_another(p)]
        kind = _pronoun_kind(tag if tag is not None else self.doc[before]) if 0 <= before < len(self.doc) else None
        earlier = fitting(earlier, kind, self._gender_marks() if kind else None, self.lex["female_titles"])
        if not earlier:
            return self._remembered_surname_before(before)
        here = self.doc[min(before, len(self.doc) - 1)].sent.start
        if earlier[-1].sent.start == here:  # "X, whose candidate Y lost, said he ...": 'he' is X, not Y
            described = _described_by(earlier[-1])
            owner = next((p for p in earlier if described is not None and p.start <= described.i < p.end), None)
            if owner is not None:
                return owner
        nearest = [p for p in earlier if p.sent.start == earlier[-1].sent.start]
        for p in reversed(nearest):
            if _subject_like(p):
                return p
        if len(nearest) == 1 and (_misparsed_subject(nearest[0]) or _aside_in_subject(nearest[0])
                                  or _passive_agent(nearest[0]) and tag is not None):
            return nearest[0]  # the one person the sentence just before names, as its misparsed subject
        if len(nearest) == 1 and here > 0 and self.doc[here - 1].sent.start == nearest[0].sent.start \
                and _named_by_copula(nearest[0]):
            return nearest[0]  # "The most telling case was that of A. In 2017 he resigned": the one person it presents
        if len(nearest) == 1 and _owns_a_post(nearest[0], self.lex["social_post_nouns"]):
            return nearest[0]  # "appeared on the Facebook page of A. The post said he had joined": the page's owner
        if len(nearest) == 1 and nearest[0].sent.start == here and _told_in_a_noting(self.doc[before], nearest[0]):
            return nearest[0]  # "the court dismissed a plea by A, noting that he had quit": its own sentence's one person
        for p in reversed(earlier):
            if _subject_like(p):
                return p
        return earlier[-1]

    def _gender_marks(self) -> dict[str, set[str]]:
        """The name words the whole article writes after a woman's or a man's title (``genders``), read once."""
        marks = self.memory.get("gender_marks")
        if marks is None:
            text = self.memory.get("article_text") or self.text
            marks = self.memory["gender_marks"] = marked_names(text, self.lex["female_titles"], self.lex["male_titles"])
        return marks

    def _lone_surname_saying(self, before: int) -> Span | None:
        """'Jatoi, for his part, said he had been expelled': 'he' is who says it, a lone surname of someone the
        story named in full in an earlier piece (the name finder knows only the names its own piece holds, so
        the pronoun would otherwise go to a person this piece names in full)."""
        if not 0 <= before < len(self.doc):
            return None
        pronoun = self.doc[before]
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ != "ccomp" \
                or pronoun.head.head.lemma_.lower() not in self.lex["status_announce_lemmas"]:
            return None
        subj = next((c for c in pronoun.head.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "PROPN" or not subj.text[:1].isupper() or self.person_at(subj) is not None:
            return None
        full = self.memory.get("surnames", {}).get(subj.lower_)
        return Span(self.doc, before, before + 1, label="PERSON", kb_id=full) if full else None

    def _remembered_surname_before(self, before: int) -> Span | None:
        """"Awan's first stop was the PML-Q. She joined it in 2002": in a piece that names nobody in full,
        the last lone surname of someone the story named in full earlier (the name finder may miss it, as
        a possessive at a paragraph's start) is whom a pronoun means. The mention stands on the pronoun
        itself: at its own place a possessive surname would read as the owner of what follows."""
        known = self.memory.get("surnames", {})
        start = self.doc[min(before, len(self.doc) - 1)].sent.start if len(self.doc) else 0
        lower = self.doc[start - 1].sent.start if start > 0 else 0
        for tok in reversed(self.doc[lower:before]):
            full = known.get(tok.lower_) if tok.text[:1].isupper() and tok.pos_ == "PROPN" else None
            if full:
                at = min(before, len(self.doc) - 1)
                return Span(self.doc, at, at + 1, label="PERSON", kb_id=full)
        return None

    def _speaker_around(self, at: int) -> Span | None:
        """The named speaker of the quote the token at `at` sits in, if any."""
        if not 0 <= at < len(self.doc) or self._in_speaker_search:
            return None
        self._in_speaker_search = True
        try:
            return self.quote_speaker(self.doc[at])
        finally:
            self._in_speaker_search = False

    def quote_speaker(self, token: Token) -> Span | None:
        """The named speaker of the quote a token sits in, when the paragraph names them right after
        it: '"I have decided to part ways with the PTI," Siddiqui told reporters' or '..., said X'.
        The 'I' of a quote is its speaker, not the last person the story named; the 'I' of an
        interview's answer line is the interviewee."""
        answering = answer_speaker(token, self.memory)
        if answering is not None:
            return answering
        doc = self.doc
        start = token.i
        while start > 0 and "\n" not in doc[start - 1].text:
            start -= 1
        before = doc[start:token.i].text
        if not (before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1):
            return None
        close = token.i + 1
        while close < len(doc) and doc[close].text not in ("\u201d", '"'):
            if "\n" in doc[close].text or doc[close].text == "\u201c":
                return None
            close += 1
        if close >= len(doc):
            return None
        telling = self.lex["speech_verbs"] | self.lex["quote_verbs"]  # '"...," Agha claimed': a verb that tells who spoke
        for person in self._within("persons", close + 1, min(len(doc), close + 12)):  # '"...," MQM-P convener X Y Z said'
            lead = doc[close + 1:person.start]
            if any("\n" in t.text or "\n" in t.whitespace_ for t in lead):
                break  # a name in the next paragraph is not this quote's speaker
            verb_before = lead and lead[-1].lemma_.lower() in telling
            verb_after = person.end < len(doc) and doc[person.end].lemma_.lower() in telling
            if all(t.is_punct or t.lemma_.lower() in telling for t in lead) and (verb_before or verb_after):
                return person
            if verb_after and all(self._role_word(t) for t in lead):
                return person  # '"I am leaving the PTI," former MNA X announced': the speaker with their role
            return None
        return self._told_by_surname(close, telling) or self._told_by_pronoun(token, start, close) \
            or self._told_before(token, start, telling)

    def _role_word(self, tok: Token) -> bool:
        """A word of a speaker's description before the name: 'former MNA', 'PTI leader', 'ex-MPA'."""
        return tok.is_punct or tok.lower_ in ("former", "ex", "the", "senior") or tok.text in self.lex["roles"] \
            or tok.lower_ in self.lex["roles"] or self.party_at(tok) is not None

    def _told_before(self, token: Token, start: int, telling: frozenset[str]) -> Span | None:
        """'Former MNA X said: "I announce my separation from the PTI."': the speaker named just before
        the quote opens, as the subject of a verb of saying that ends in a colon or comma."""
        doc = self.doc
        opening = max((t.i for t in doc[start:token.i] if t.text in ("\u201c", '"')), default=None)
        if opening is None or opening < 2 or doc[opening - 1].text not in (":", ","):
            return None
        verb = doc[opening - 2]
        if verb.lemma_.lower() not in telling:
            return None
        subjects = [s_ for s_ in verb.children if s_.dep_ == "nsubj"]
        if len(subjects) == 1 and subjects[0].lower_ in ("he", "she"):
            return self.focus_person(subjects[0].i)  # 'In a post on X, he wrote: "I have resigned ..."'
        named = [p for s_ in subjects for p in self._within("persons", s_.left_edge.i, s_.right_edge.i + 1)]
        return named[0] if len(named) == 1 else None

    def _told_by_surname(self, close: int, telling: frozenset[str]) -> Span | None:
        """'"...," Agha claimed', '"...," said Agha': a lone surname the name finder left out (it may
        read as an honorific), of a person the story named in full before, speaks the quote."""
        doc = self.doc
        after = [t for t in doc[close + 1:min(len(doc), close + 5)] if not t.is_punct]
        for name, verb in ((0, 1), (1, 0)):
            if len(after) < 2 or after[verb].lemma_.lower() not in telling or not after[name].text[:1].isupper():
                continue
            full = self.memory.get("surnames", {}).get(after[name].lower_)
            if full:
                return Span(doc, after[name].i, after[name].i + 1, label="PERSON", kb_id=full)
        return None

    def _told_by_pronoun(self, token: Token, start: int, close: int) -> Span | None:
        """'"Rumours of my leaving are baseless," he told reporters': the 'he' after a quote is the
        person in focus before the quote opened."""
        doc = self.doc
        after = [t for t in doc[close + 1:min(len(doc), close + 4)] if not t.is_punct]
        if len(after) < 2 or after[0].lower_ not in ("he", "she") \
                or after[1].lemma_.lower() not in self.lex["speech_verbs"] | self.lex["quote_verbs"]:
            return None
        opening = max((t.i for t in doc[start:token.i] if t.text in ("\u201c", '"')), default=None)
        return self.focus_person(opening, tag=after[0]) if opening is not None else None

    def evidence(self, sent: Span, rule: str) -> Evidence:
        quoted = self.text[sent.start_char:sent.end_char] if self.text else sent.text
        return Evidence(quoted.strip(), self.offset + sent.start_char, self.offset + sent.end_char, rule)


PRONOUN_REACH = 1500  # characters: about three paragraphs of a profile told in pronouns
PRONOUN_KINDS = {"she": "she", "her": "she", "herself": "she", "he": "he", "him": "he", "his": "he", "himself": "he"}


def _pronoun_kind(token: Token) -> str | None:
    """'she' or 'he' for a third-person singular pronoun, else None."""
    return PRONOUN_KINDS.get(token.lower_)


def same_person(a: Span, b: Span) -> bool:
    """Two mentions of one person: the same fullest name, or a lone surname of the other."""
    wa, wb = (a.kb_id_ or a.text).split(), (b.kb_id_ or b.text).split()
    if wa == wb:
        return True
    return bool(wa and wb) and min(len(wa), len(wb)) == 1 and wa[-1] == wb[-1]


MOUTHPIECES = {"spokesman", "spokesperson", "spokeswoman", "aide", "adviser", "advisor", "lawyer", "counsel"}


def _speaks_for_another(person: Span) -> bool:
    """'read out by his spokesman, X': X speaks for the one 'his' means, who is the story's 'he'."""
    role = person.root.head if person.root.dep_ == "appos" else None
    if role is None or role.i == person.root.i:
        role = next((t for t in person.doc[max(0, person.start - 3):person.start] if t.lemma_.lower() in MOUTHPIECES), None)
    return role is not None and role.lemma_.lower() in MOUTHPIECES and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in role.children)


def _described_by(person: Span) -> Token | None:
    """The name a relative clause holding this person describes ('X, whose candidate Y lost': X's
    last word for Y), or None."""
    tok = person.root
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        if tok.dep_ == "relcl" and tok.head.pos_ == "PROPN" and tok.head.i < person.start:
            return tok.head
        tok = tok.head
    return None


def _told_in_a_noting(pronoun: Token, person: Span) -> bool:
    """'the court dismissed a petition by A, noting that he had quit': a pronoun subject of what a body
    notes or observes in a trailing participle is the one person the body's own clause names."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ != "ccomp":
        return False
    noting = pronoun.head.head
    for _ in range(2):  # "noting that he had himself quit": the reflexive's clause sits under the pronoun's
        if noting.dep_ != "ccomp":
            break
        noting = noting.head
    return noting.tag_ == "VBG" and noting.dep_ == "advcl" and not noting.left_edge.i <= person.start <= noting.right_edge.i


def _subject_like(person: Span) -> bool:
    """The subject of its clause, or one of a listed or described subject ('A and B quit', 'A, a former MNA, quit'),
    or the name that closes a titled subject the parser headed by its title ('Minister for Communication and
    Works A tendered his resignation': the title is the subject, its name hung inside the portfolio)."""
    return person.root.dep_ in ("nsubj", "nsubjpass") or (person.root.dep_ in ("conj", "appos")
                                                          and person.root.head.dep_ in ("nsubj", "nsubjpass")) \
        or _closes_titled_subject(person)


def _passive_agent(person: Span) -> bool:
    """'Speculation was set to rest by Information Minister A. "I am not resigning," he said': the doer of a
    passive clause, the one person its sentence names, is who speaks the quote that follows (not any later
    'he': "His induction was hailed by A. He resigned in 2014" is still about the story's man)."""
    tok = person.root
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent"


def _closes_titled_subject(person: Span) -> bool:
    tok = person.root
    for _ in range(5):
        if tok.dep_ not in ("pobj", "prep", "conj", "compound", "nmod", "appos") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass"):  # a clause set off after the name ('A - not to be confused with B -',
            # 'Special Assistant on Accountability A, whose role was questioned, said')
            return tok.right_edge.i == person.end - 1 or (  # still leaves the name closing the subject
                person.end < len(person.doc) and person.doc[person.end].text in ("\u2014", "\u2013", "--", ",")
                and tok.pos_ == "PROPN"  # a title ('Former PTI MNA from Faisalabad A - ...'), not 'the attack on A, ...'
                and all(c.dep_ in ("relcl", "acl", "appos", "punct") for c in tok.children if c.i >= person.end))
    return False


def _owns_a_post(person: Span, post_nouns) -> bool:
    """'on the Facebook page of A', 'A's account on X' (lexicon social_post_nouns): a name given as the
    owner of a page, account or post is the one its message speaks of, not a bystander."""
    root = person.root
    if root.dep_ == "poss":
        return root.head.lemma_.lower() in post_nouns
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in post_nouns


def _named_by_copula(person: Span) -> bool:
    """'Perhaps the most telling case was that of A', 'The first to go was A': a sentence whose verb is a
    bare 'be' and whose complement names the person presents that person as what comes next."""
    root = person.sent.root
    if root.lemma_ != "be" or any(c.dep_ == "neg" for c in root.children):
        return False
    attrs = [c for c in root.children if c.dep_ in ("attr", "acomp")]
    return any(a.left_edge.i <= person.start and person.end - 1 <= a.right_edge.i for a in attrs)


def _misparsed_subject(person: Span) -> bool:
    """'... that PML-N chief A on Monday announced ...': a name the parser hung as an apposition or a
    modifier ahead of its clause's verb, outside any quote, is that clause's subject; a name in an
    object, a phrase or a quote ('the attack on X') is not."""
    if person.root.dep_ not in ("appos", "npadvmod", "dep", "compound", "nmod") and not _verb_lacks_subject_after(person):
        return False
    if _names_the_noun_after(person):
        return False
    before = person.doc[person.sent.start:person.start].text
    inside_quote = before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1
    verb_after = any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP") for t in person.doc[person.end:person.sent.end][:6])
    return not inside_quote and verb_after


def _names_the_noun_after(person: Span) -> bool:
    """'appointed minister in the Yousuf Raza Gilani cabinet': a name that modifies the common noun right
    after it ('cabinet', 'government', 'era') says whose that thing was; it is no one's subject, and a
    profile's next 'she' is still the one it profiles."""
    doc = person.doc
    if person.root.dep_ not in ("compound", "nmod") or person.end >= len(doc):
        return False
    after = doc[person.end]
    return person.root.head.i == after.i and after.pos_ == "NOUN" and after.text.islower()


def _aside_in_subject(person: Span) -> bool:
    """'The senator from Punjab, A, who is in jail, was reported to ...': a name set off by commas inside its
    clause's subject names that subject, however the parser hung it (it may read it as 'Punjab and A')."""
    doc = person.doc
    if person.start == 0 or person.end >= len(doc) or doc[person.start - 1].text != "," or doc[person.end].text != ",":
        return False
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.i < person.start and t.left_edge.i < person.start
               and person.end - 1 <= t.right_edge.i for t in person.sent)


def _verb_lacks_subject_after(person: Span) -> bool:
    """'Hours before the hearing ended, SIC MNA A announced that he was quitting': the parser hung the
    name on the clause before it, and the verb right after the name has no subject of its own; the name
    is that subject. So too 'A, who lost his seat, announced that he ...' read as the name's modifier:
    a past tense is no participle that describes a name, nor is the one verb of a sentence whose root
    the parser left on the name."""
    finite = ("VBD", "VBZ", "VBN") if person.root.dep_ == "ROOT" else ("VBD", "VBZ")
    if any(c.dep_ == "acl" and c.tag_ in finite and c.i >= person.end for t in person for c in t.children):
        return True
    if person.end >= person.sent.end:
        return False
    verb = person.doc[person.end]
    return verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBD", "VBZ", "VBP") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


TEXT_KEY = "allegiance.text"


def doc_text(doc: Doc) -> str:
    """The document's text, built once: spaCy joins ``doc.text`` from the tokens on every access, and
    our components and rules read it several times a document. Tokens never change their text, so the
    first reading holds."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text`` cut from the document's text, built once (`doc_text`): spaCy joins a span's text from
    its tokens on every access, and dating reads each event's sentence several times."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def subtree_span(token: Token) -> Span:
    """The contiguous span under a token (the parse of lists is projective)."""
    return token.doc[token.left_edge.i:token.right_edge.i + 1]


def no_longer(token: Token) -> bool:
    """'would no longer support', 'are no longer members': 'no longer' on the word says what it names has ended."""
    return any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in token.children)


def subjects_of(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in SUBJECTS]


def subject_person(art: Article, subj: Token) -> Span | None:
    """The person a clause's subject names: a name, or 'he'/'she' for the person the story is about."""
    person = art.person_at(subj)
    if person is not None:
        return person
    return art.focus_person(subj.i) if subj.lower_ in ("he", "she") else None


def clause_heads(token: Token, limit: int = 5) -> list[Token]:
    """The trigger and the heads above it whose subject it inherits
    ("decided to quit": quit -> decided; "announced their decision to join")."""
    heads, current = [token], token
    for _ in range(limit):
        if current.dep_ not in CLIMB or current.head.i == current.i:
            break
        current = current.head
        heads.append(current)
    return heads


def is_pronoun(token: Token) -> bool:
    return token.lower_ in PRONOUNS or token.lower_ in {"they", "them", "we", "who", "which", "that"}


def lemma_of(token: Token) -> str:
    return token.lemma_.lower()


def with_back(verb: Token) -> list[Token]:
    """A verb's children and those of its 'back' ('went back to the government', 'welcomed X back into the
    party': the 'to' or 'into' hangs on 'back', not on the verb)."""
    return [g for c in verb.children for g in ([c, *c.children] if c.lower_ == "back" else [c])]


def time_phrase(prep: Token) -> bool:
    """'on Monday', 'in March': a phrase that only dates the act, and names nothing left."""
    return prep.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def acts_told(act: dict) -> list[tuple[str, str | None]]:
    """(kind, party) of a remembered act (``memory["last_act"]``) and of the acts its sentence told with it
    ('quit the PTI and joined the IPP')."""
    return [(act["kind"], act["party"]), *act.get("same", [])]


def told_within(art: Article, sent: Span, act: dict, chars: int) -> bool:
    """Whether this sentence starts within ``chars`` characters after the remembered act's sentence ends
    (4: the very next sentence)."""
    return 0 <= art.offset + sent.start_char - act["at"] <= chars
