"""Entity resolution of person names across articles.

The extractor names an actor as the article writes it at its fullest
("Sardar Zulfiqar Ali Khan Khosa", "Dr Ramesh Kumar Vankwani", "Pervaiz
Elahi"). :func:`resolve` groups those names into one :class:`Person` per real
person, without a database:

* names are compared as words (:func:`normalise`): lower case, accents dropped,
  spelling variants mapped to one form (Mohammad -> muhammad, Ch -> chaudhry),
  leading titles and honorifics dropped (kept when only one word would remain),
  a female title (Mrs, Begum, Ms) kept as the marker ``mrs``;
* two words are the same word when they are equal, when their consonant
  skeletons agree (Wazir/Wazeer, Parvez/Pervaiz, Kayani/Kiani) or when
  rapidfuzz finds them nearly equal;
* one name *fits* another when its words appear, in order, among the other's
  words (Hisham Inamullah -> Hisham Inamullah Khan), with at least two words
  (a title counts: Jam Kamal -> Jam Kamal Khan) and not only common words;
* the fullest names are clustered first (complete linkage: every pair equal);
  each shorter name joins the one cluster it fits; a name that fits several
  clusters joins the one that appears in the same article, or else stays on
  its own; a single word or a name made only of common words joins only a
  cluster named in the same article.

The lists of titles, variants and common words live in
``data/lexicon/names.json``. Urdu-script names go through the same steps
(Unicode-normalised, compared as written) and form their own clusters.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterable

from rapidfuzz import fuzz

__all__ = ["NameMention", "Person", "normalise", "resolve", "person_id"]


@dataclass(frozen=True)
class NameMention:
    name: str
    doc: str
    party: str | None = None


@dataclass(frozen=True)
class Person:
    id: str
    name: str                      # preferred (fullest) form
    aliases: tuple[str, ...] = ()  # every other spelling seen


# --------------------------------------------------------------------------- lexicon

@dataclass(frozen=True)
class _NameLexicon:
    variants: dict[str, str]       # spelling -> canonical word
    titles: frozenset[str]
    female: frozenset[str]
    trailing: frozenset[str]
    particles: frozenset[str]
    prefixes: frozenset[str]
    suffixes: frozenset[str]
    weak: frozenset[str]
    cross: dict  # how Urdu-script and Latin words are compared (names.json 'cross_script')


@lru_cache(maxsize=1)
def _lexicon() -> _NameLexicon:
    path = resources.files("allegiance") / "data" / "lexicon" / "names.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    variants: dict[str, str] = {}
    for canon, spellings in raw["variants"].items():
        canon_n = _fold(canon)
        variants[canon_n] = canon_n
        for s in spellings:
            variants[_fold(s)] = canon_n

    def norm(words: list[str]) -> frozenset[str]:
        return frozenset(variants.get(_fold(w), _fold(w)) for w in words)

    return _NameLexicon(
        variants=variants,
        titles=norm(raw["titles"]) | norm(raw["female_titles"]),
        female=norm(raw["female_titles"]),
        trailing=norm(raw["trailing"]),
        particles=frozenset(_fold(w) for w in raw["particles"]),
        prefixes=frozenset(_fold(w) for w in raw.get("prefixes", [])),
        suffixes=frozenset(_fold(w) for w in raw["suffixes"]),
        weak=norm(raw["weak"]),
        cross=raw["cross_script"],
    )


# --------------------------------------------------------------------------- normalising

# Arabic-script letters written with different code points for the same Urdu letter.
_ARABIC_FOLD = str.maketrans({
    "\u064a": "\u06cc",  # ARABIC YEH -> FARSI YEH
    "\u0649": "\u06cc",  # ALEF MAKSURA -> FARSI YEH
    "\u0643": "\u06a9",  # ARABIC KAF -> KEHEH
    "\u0629": "\u06c3",  # TEH MARBUTA -> TEH MARBUTA GOAL
    "\u0640": None,      # TATWEEL
    "\u200c": None,      # ZWNJ
    "\u200d": None,      # ZWJ
})
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def _fold(text: str) -> str:
    """NFKC, Arabic-script letters unified, Latin accents and all combining marks dropped, lower case."""
    text = unicodedata.normalize("NFKC", text).translate(_ARABIC_FOLD)
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped).casefold()


def _is_latin(word: str) -> bool:
    return all("a" <= c <= "z" for c in word)


@dataclass(frozen=True)
class _Parsed:
    raw: str
    titles: tuple[str, ...]   # leading titles, canonical (female marker excluded)
    core: tuple[str, ...]     # the name's own words, canonical
    female: bool

    @property
    def key(self) -> tuple[str, ...]:
        words = self.core if len(self.core) >= 2 else self.titles + self.core
        return (("mrs",) if self.female else ()) + words


def _words(name: str) -> list[str]:
    lex = _lexicon()
    tokens = [lex.variants.get(t, t) for t in _TOKEN.findall(_fold(name))]
    # particles (ul, ud ...) join the word before them (or the next one at the start);
    # prefixes (al, el) join the word after them
    joined: list[str] = []
    pending = ""
    for t in tokens:
        if t in lex.prefixes or (t in lex.particles and not joined):
            pending += t
            continue
        if t in lex.particles:
            joined[-1] += t
            continue
        joined.append(pending + t)
        pending = ""
    if pending:
        joined.append(pending)
    # suffixes written apart (Inam Ullah, Zia ud Din) join the word before them
    out: list[str] = []
    for t in joined:
        if t in lex.suffixes and out:
            out[-1] += t
        else:
            out.append(t)
    return [re.sub(r"ulla$", "ullah", w) if _is_latin(w) else w for w in out]


@lru_cache(maxsize=65536)
def _parse(name: str) -> _Parsed:
    lex = _lexicon()
    words = _words(name)
    while len(words) > 1 and words[-1] in lex.trailing:
        words.pop()
    titles: list[str] = []
    female = False
    while len(words) > 1 and words[0] in lex.titles:
        w = words.pop(0)
        if w in lex.female:
            female = True
        else:
            titles.append(w)
    return _Parsed(name, tuple(titles), tuple(words), female)


def normalise(name: str) -> tuple[str, ...]:
    """Comparable words of a person's name.

    Lower case, accents and diacritics dropped, spelling variants mapped to one
    form, leading titles dropped unless only one word would remain (then they
    stay: ``Raja Riaz`` -> ``("raja", "riaz")``); a female title is kept as
    ``"mrs"`` in front, so ``Mrs. Sheikh Yaqub`` differs from ``Sheikh Yaqub``.
    """
    return _parse(name).key


def person_id(name: str) -> str:
    """Stable id from the normalised key: ``"p-"`` + 12 hex digits of sha1."""
    key = " ".join(normalise(name)) or _fold(name).strip()
    return "p-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


# --------------------------------------------------------------------------- comparing words

_VOWELS = set("aeiouy")


def _vowel_class(c: str) -> frozenset[str]:
    return {"a": frozenset("a"), "e": frozenset("ai"), "i": frozenset("i"), "y": frozenset("i"),
            "o": frozenset("u"), "u": frozenset("u")}.get(c, frozenset())


@lru_cache(maxsize=65536)
def _skeleton(word: str) -> tuple[frozenset[str], str, frozenset[str]]:
    """(class of the initial vowel, consonants, class of the first inner vowel)."""
    w = re.sub(r"(.)\1+", r"\1", word)
    w = w.replace("ph", "f").replace("q", "k").replace("v", "w").replace("ck", "k")
    initial = _vowel_class(w[0]) if w and w[0] in "aeiou" else frozenset()
    body = w[1:] if initial else w
    inner = frozenset()
    for c in body:
        if c in _VOWELS:
            inner = _vowel_class(c)
            break
    consonants = "".join(c for c in body if c not in _VOWELS)
    return initial, consonants, inner


def _feminine_pair(a: str, b: str) -> bool:
    """Tahir / Tahira, Khalid / Khalida: a final -a (-ah) added to a name ending in a consonant."""
    for x, y in ((a, b), (b, a)):
        for end in ("a", "ah"):
            if y == x + end and x[-1:] not in _VOWELS:
                return True
    return False


@lru_cache(maxsize=65536)
def _cross_skeleton(word: str) -> str:
    """A word of either script as its consonants, '+' in front when it starts with a vowel:
    'asad' and 'اسد' are both '+sd', 'chaudhry' and 'چوہدری' both 'cdr'. Urdu writes no
    short vowels, so only consonants (and a leading vowel letter) can be compared."""
    cross = _lexicon().cross
    if _is_latin(word):
        start = "+" if word[:1] in cross["latin_vowel_start"] else ""
        for digraph, letter in cross["latin_digraphs"].items():
            word = word.replace(digraph, letter)
        consonants = "".join(c for c in word if c not in cross["latin_silent"])
    else:
        letters = cross["urdu_letters"]
        if not word or any(c not in letters for c in word):
            return ""  # not an Urdu word we can read
        start = "+" if word[0] in cross["urdu_vowel_start"] else ""
        consonants = "".join(letters[c] for c in word)
    return start + re.sub(r"(.)\1+", r"\1", consonants)


def _cross_script(a: str, b: str) -> bool:
    """One word in Latin letters and one in Urdu script that can be the same name."""
    if _is_latin(a) == _is_latin(b):
        return False
    ka, kb = _cross_skeleton(a), _cross_skeleton(b)
    return bool(ka) and ka == kb and len(ka.lstrip("+")) >= 2


@lru_cache(maxsize=262144)
def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if _cross_script(a, b):
        return True
    if not (_is_latin(a) and _is_latin(b)):
        # other scripts: compared as written, allowing a near-identical spelling
        return min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= 90
    if len(a) == 1 or len(b) == 1 or _feminine_pair(a, b):
        return False
    ia, ca, va = _skeleton(a)
    ib, cb, vb = _skeleton(b)
    # the first inner vowel may vary (Kayani/Kiani, Mehmood/Mahmood) but not a/u (Hassan/Hussain)
    if ca and ca == cb and (ia & ib or not (ia or ib)) and {va, vb} != {frozenset("a"), frozenset("u")}:
        return True
    return a[0] == b[0] and min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= 90


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Every word of *short* matches a distinct word of *long*, in order (greedy is optimal)."""
    i = 0
    for w in short:
        while i < len(long) and not _same_word(w, long[i]):
            i += 1
        if i == len(long):
            return False
        i += 1
    return True


def _fits(a: _Parsed, b: _Parsed) -> bool:
    """Name *a* is *b* or a shorter form of it (strong enough to merge across articles)."""
    if a.female != b.female or not a.core:
        return False
    if not _subsequence(a.core, b.core):
        return False
    weak = _lexicon().weak
    if len(a.core) >= 2:
        return len(a.core) == len(b.core) or any(w not in weak for w in a.core)
    # one word of its own: needs a title to make two words (Jam Kamal, Raja Riaz)
    if not a.titles:
        return False
    if len(b.core) == 1:
        return len(a.titles) == len(b.titles) and _subsequence(a.titles, b.titles)
    if a.core[0] in weak:
        return False
    pool = b.titles + b.core
    return all(any(_same_word(t, w) for w in pool) for t in a.titles)


def _loose_fit(a: _Parsed, b: _Parsed) -> bool:
    """Weaker test for names that may only join a cluster named in the same article."""
    if a.female != b.female or not a.core:
        return False
    return _subsequence(a.core, b.core) or (
        len(a.core) == 1 and any(_same_word(a.core[0], w) for w in b.core))


def _equal(a: _Parsed, b: _Parsed) -> bool:
    return _fits(a, b) and _fits(b, a)


def _is_strong(p: _Parsed) -> bool:
    """Can this name join a cluster without an article in common?"""
    weak = _lexicon().weak
    if len(p.core) >= 2:
        return any(w not in weak for w in p.core)
    return bool(p.titles) and bool(p.core) and p.core[0] not in weak


# --------------------------------------------------------------------------- resolving

@dataclass
class _Form:
    key: tuple[str, ...]
    parsed: _Parsed
    names: list[str] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)
    known: set[str] = field(default_factory=set)  # ids of known persons naming this form


class _Clusters:
    """Union-find over forms that refuses to join two different known persons."""

    def __init__(self, forms: list[_Form]):
        self.parent = list(range(len(forms)))
        self.known = [set(f.known) for f in forms]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def can_union(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        return ri == rj or len(self.known[ri] | self.known[rj]) <= 1

    def union(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        if not self.can_union(ri, rj):
            return False
        lo, hi = min(ri, rj), max(ri, rj)
        self.parent[hi] = lo
        self.known[lo] |= self.known[hi]
        return True


def _block_keys(p: _Parsed) -> set[str]:
    keys = set()
    for w in p.core + p.titles:
        cross = _cross_skeleton(w)
        if len(cross.lstrip("+")) >= 2:
            keys.add("x:" + cross)  # an Urdu spelling and a Latin one meet here
        if _is_latin(w) and len(w) > 1:
            keys.add("s:" + _skeleton(w)[1])
            keys.add("p:" + w[:3])
        else:
            keys.add("w:" + w)
            keys.add("p:" + w[:2])
    return keys


def resolve(mentions: Iterable[NameMention], known: Iterable[Person] = ()) -> dict[str, Person]:
    """Map each distinct mention name to the Person it names.

    ``known`` persons (from an earlier run) keep their ids: a cluster that
    holds a known person's name or alias takes that id, and two known persons
    are never merged. The stages, in order: the forms of every name, the pairs
    that fit each other, then (1) the fullest names by complete linkage, (2)
    shorter names into the one cluster they fit, (3) weak names into a cluster
    of the same article, (4) what is left with the names it equals, (5) the forms
    of one known person together; last, one `Person` per cluster.
    """
    mentions = list(mentions)
    run = _Resolution(sorted(known, key=lambda p: p.id), mentions)
    run.link_fullest()
    unresolved = run.link_shorter()
    run.link_weak(unresolved)
    run.link_equal(unresolved)
    run.link_known()
    return run.persons(Counter(m.name for m in mentions))


class _Resolution:
    """The state of one `resolve`: the forms of the names, which fits which, and the clusters so far."""

    def __init__(self, known: list[Person], mentions: list[NameMention]) -> None:
        self.forms: dict[tuple[str, ...], _Form] = {}
        for m in mentions:
            f = self.form_of(m.name)
            if f is not None:
                f.docs.add(m.doc)
        self.known_by_id: dict[str, Person] = {}
        for p in known:
            self.known_by_id[p.id] = p
            for name in (p.name, *p.aliases):
                f = self.form_of(name)
                if f is not None and not f.known:
                    f.known.add(p.id)
        self.order = sorted(self.forms.values(), key=lambda f: f.key)
        self.uf = _Clusters(self.order)
        self.fits = self._fits()
        self.strong = {i for i in range(len(self.order)) if _is_strong(self.order[i].parsed)}
        self.maximal = [i for i in sorted(self.strong) if not any(self.strictly_fits(i, j) for j in self.fits[i])]
        self.is_max = set(self.maximal)
        self.cluster_docs: dict[int, set[str]] = {}

    def form_of(self, name: str) -> _Form | None:
        if not name or not name.strip():
            return None
        parsed = _parse(name)
        key = parsed.key
        if not key:
            return None
        f = self.forms.get(key)
        if f is None:
            f = self.forms[key] = _Form(key, parsed)
        if name not in f.names:
            f.names.append(name)
        return f

    def _fits(self) -> dict[int, set[int]]:
        """i -> the forms j it fits (i != j); candidate pairs share a word skeleton or a word prefix."""
        order = self.order
        blocks: dict[str, list[int]] = defaultdict(list)
        for i, f in enumerate(order):
            for k in _block_keys(f.parsed):
                blocks[k].append(i)
        neighbours: dict[int, set[int]] = defaultdict(set)
        for members in blocks.values():
            for i in members:
                neighbours[i].update(members)
        fits: dict[int, set[int]] = {i: set() for i in range(len(order))}
        for i in range(len(order)):
            for j in neighbours[i]:
                if i != j and _fits(order[i].parsed, order[j].parsed):
                    fits[i].add(j)
        return fits

    def strictly_fits(self, i: int, j: int) -> bool:
        return j in self.fits[i] and i not in self.fits[j]

    def link_fullest(self) -> None:
        """1. the fullest names: complete linkage over equal names."""
        order, fits, uf = self.order, self.fits, self.uf
        members_of: dict[int, list[int]] = {}
        for i in sorted(self.maximal, key=lambda i: (-len(order[i].parsed.core), order[i].key)):
            for j in sorted(fits[i] & self.is_max):
                if i not in fits[j]:
                    continue
                ri, rj = uf.find(i), uf.find(j)
                if ri == rj or not uf.can_union(ri, rj):
                    continue
                a, b = members_of.get(ri, [ri]), members_of.get(rj, [rj])
                if all(y in fits[x] and x in fits[y] for x in a for y in b):
                    uf.union(ri, rj)
                    members_of[uf.find(i)] = a + b

    def cdocs(self, root: int) -> set[str]:
        """The articles of a cluster (asked only for names that fit several clusters, so the scan stays rare)."""
        if root not in self.cluster_docs:
            out: set[str] = set()
            for k in range(len(self.order)):
                if self.uf.find(k) == root:
                    out |= self.order[k].docs
            self.cluster_docs[root] = out
        return self.cluster_docs[root]

    def link_shorter(self) -> list[int]:
        """2. shorter names join the one cluster they fit; ties broken by a shared article. Returns the
        forms left unresolved (the weak ones first)."""
        order, uf = self.order, self.uf
        pending = sorted((i for i in self.strong if i not in self.is_max),
                         key=lambda i: (-len(order[i].parsed.key), order[i].key))
        unresolved: list[int] = [i for i in range(len(order)) if i not in self.strong]
        for i in pending:
            f = order[i]
            cands = {uf.find(j) for j in self.fits[i] if j in self.is_max}
            if len(cands) != 1:
                narrowed = {c for c in cands if self.cdocs(c) & f.docs}
                if len(narrowed) == 1:
                    cands = narrowed
            if len(cands) == 1:
                c = cands.pop()
                if uf.union(i, c):
                    self.cluster_docs.pop(uf.find(i), None)
                    self.cluster_docs.pop(c, None)
                    continue
            unresolved.append(i)
        return unresolved

    def link_weak(self, unresolved: list[int]) -> None:
        """3. weak names (one word, common words only): only a cluster named in the same article."""
        order, uf = self.order, self.uf
        forms_in_doc: dict[str, list[int]] = defaultdict(list)
        for j, g in enumerate(order):
            for d in g.docs:
                forms_in_doc[d].append(j)
        unresolved_set = set(unresolved)
        for i in list(unresolved):
            f = order[i]
            if _is_strong(f.parsed) or not f.docs:
                continue
            cands = set()
            near = {j for d in f.docs for j in forms_in_doc[d]}
            for j in sorted(near):
                if j != i and uf.find(j) != uf.find(i) and j not in unresolved_set \
                        and _loose_fit(f.parsed, order[j].parsed):
                    cands.add(uf.find(j))
            if len(cands) == 1 and uf.union(i, cands.pop()):
                unresolved.remove(i)
                unresolved_set.discard(i)

    def link_equal(self, unresolved: list[int]) -> None:
        """4. what is left joins the names it equals (e.g. two spellings of one ambiguous name)."""
        for x in unresolved:
            for y in unresolved:
                if x < y and self.uf.find(x) != self.uf.find(y) and y in self.fits[x] and x in self.fits[y]:
                    self.uf.union(x, y)

    def link_known(self) -> None:
        """5. forms of one known person belong together when nothing forbids it."""
        by_known: dict[str, list[int]] = defaultdict(list)
        for i, f in enumerate(self.order):
            for pid in f.known:
                by_known[pid].append(i)
        for pid, idx in by_known.items():
            for j in idx[1:]:
                self.uf.union(idx[0], j)

    def persons(self, count: Counter[str]) -> dict[str, Person]:
        """One person per cluster, named by its fullest (then most written) name; known ids kept."""
        order = self.order
        groups: dict[int, list[int]] = defaultdict(list)
        for i in range(len(order)):
            groups[self.uf.find(i)].append(i)
        result: dict[str, Person] = {}
        used_ids: set[str] = set(self.known_by_id)
        built: list[tuple[list[str], set[str]]] = []
        for root, idx in sorted(groups.items()):
            names = [n for i in idx for n in order[i].names]
            kids = set().union(*(order[i].known for i in idx))
            built.append((names, kids))

        def preferred(names: list[str], kp: Person | None) -> str:
            def words(n: str) -> int:
                parsed = _parse(n)
                return len(parsed.core) + len(parsed.titles) + parsed.female

            return min(names, key=lambda n: (-words(n), -count[n],
                                             0 if kp is not None and n == kp.name else 1, n))

        # known persons first so that their ids are taken before new ids are minted
        built.sort(key=lambda b: (0 if b[1] else 1, preferred(b[0], None)))
        for names, kids in built:
            kp = self.known_by_id[min(kids)] if kids else None
            best = preferred(names, kp)
            if kp is not None:
                pid = kp.id
            else:
                pid = person_id(best)
                n = 2
                while pid in used_ids:
                    pid = person_id(f"{best} #{n}")
                    n += 1
            used_ids.add(pid)
            aliases = tuple(sorted(set(names) - {best}))
            person = Person(pid, best, aliases)
            for name in names:
                if name in count:
                    result[name] = person
        return result
