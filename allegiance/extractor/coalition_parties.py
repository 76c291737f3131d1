"""Which party a phrase or a person in a coalition sentence stands for: the parties a noun phrase names
("PML-N and PPP leaders", "the PTI-led government"), the agent of a passive, the party of a person (by the
story's own words, a leader the registry knows, the head of the government) and of a quote's speaker.

The coalition rules (coalition_roles, coalition, coalition_nouns) ask these questions of every act; they
read the story, never the act.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from .base import Article, clause_heads, subjects_of, subtree_span
from .coalition_scope import GOVERNMENT_AFTER, LEAD_CHARS, _scope
from .speakers import party_in_apposition, party_signed_in_text


def _speaker_parties(art: Article, verb: Token) -> list[str]:
    """The party of whoever reports a clause: 'a senior PTI spokesman told Reuters', 'PPP's Sherry Rehman said',
    or denies it ('JUI-F provincial chief X denied that any talks with the PPP were under way')."""
    for h in clause_heads(verb)[1:]:
        if h.lemma_.lower() not in ("say", "tell", "add", "state", "confirm", "announce", "claim", "disclose", "reveal") \
                and h.lemma_.lower() not in art.lex["status_deny_lemmas"]:
            continue
        for subj in subjects_of(h):
            found = _np_parties(art, subj)
            person = art.person_at(subj)
            if not found and person is not None:
                found = _party_of_person(art, person)
            if found:
                return found
    return []


def _pronoun_person(art: Article, pronoun: Token) -> Span | None:
    """Whom an object 'him' / 'her' means: the person last named before it in its sentence, else the person in
    focus, but never the subject of its own clause ('X left after Y reached out to him': him is X, not Y)."""
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    own = {t.i for s in subjects_of(verb) for t in subtree_span(s)}
    here = [p for p in art.doc.spans["persons"] if pronoun.sent.start <= p.start and p.end <= pronoun.i and p.root.i not in own]
    if here:  # "sent two ministers to Maulana Fazl to persuade him": the one just named in the sentence
        return here[-1]
    person = art.focus_person(pronoun.i)
    if person is None or person.root.i not in own:
        return person
    earlier = [p for p in art.doc.spans["persons"] if p.end <= pronoun.i and p.root.i not in own]
    return next((p for p in reversed(earlier) if p.root.dep_ in ("nsubj", "nsubjpass")
                 or (p.root.dep_ in ("conj", "appos") and p.root.head.dep_ == "nsubj")), earlier[-1] if earlier else None)


def _party_of_person(art: Article, person: Span) -> list[str]:
    """The party written beside a person here or at another mention of them in the text read."""
    found = _party_of_speaker(art, person)
    if found:
        return found
    key = person.kb_id_ or person.text
    for other in art.doc.spans["persons"]:
        if other.start != person.start and (other.kb_id_ or other.text) == key:
            found = _party_of_speaker(art, other)
            if found:
                return found
    return _party_written_before_in_text(art, key) or _party_written_after_in_text(art, key) \
        or party_signed_in_text(art, key) or _nominee_of_in_text(art, key) or _the_partys_officer_in_text(art, key)


PARTYS_ROLE_BEFORE = re.compile(r"\b[Tt]he party[’']s\s+((?:[a-z][\w-]*\s+){0,3})([a-z][\w-]*),\s+((?:[A-Z][\w’'.-]*\s+){0,4})$")


def _the_partys_officer_in_text(art: Article, name: str) -> list[str]:
    """'Mr Zehri' where 'The party's central president, Mir Israrullah Zehri,' stands in the story: an office of
    'the party' set before the name in apposition is one of the party the story named last before those words
    (within a paragraph's reach); none when those words stand after two different parties."""
    text, words = art.memory.get("article_text", ""), name.split()
    if not text or not words or len(words[-1]) < 3:
        return []
    roles = {r.lower() for r in art.lex["roles"]}
    parties = [(end, code) for _start, end, kind, code in art.memory.get("aliases", []) if kind == "party" and code != "IND"]
    codes: set[str] = set()
    for m in re.finditer(r"\b" + re.escape(words[-1]) + r"\b", text):
        r = PARTYS_ROLE_BEFORE.search(text, max(0, m.start() - 120), m.start())
        if r is None or r.group(2) not in roles or not _same_forenames(art, words, r.group(3)):
            continue
        before = [(end, code) for end, code in parties if 0 < r.start() - end <= 400]
        if before and not _other_acronym_between(text[before[-1][0]:r.start()], before[-1][1]):
            codes.add(before[-1][1])
    return [codes.pop()] if len(codes) == 1 else []


ACRONYM = re.compile(r"\b[A-Z]{2,6}(?:-[A-Z]{1,2})?\b")


def _other_acronym_between(text: str, code: str) -> bool:
    """An acronym other than the party's own between it and 'the party's X' ('at the SAM's secretariat'): a party
    no registry knows may be the one meant, so the known party named earlier is not read as it."""
    return any(m.group() != code for m in ACRONYM.finditer(text))


NOMINEE_AFTER = re.compile(r",\s+(?:the\s+|a\s+)?(?:joint\s+)?(?:nominee|candidate)\s+of\s+(?:the\s+)?(?:ruling\s+)?")


def _nominee_of_in_text(art: Article, name: str) -> list[str]:
    """'Mr Dogar' where 'Malik Amir Dogar, the nominee of the Sunni Ittehad Council,' stands elsewhere in the
    story: the party a person stands for in a house's election, told by a candidacy noun set off after the
    surname. A nominee of several parties ('of the PML-N and its allies', 'of the PTI-led alliance') or of
    two parties in the story is no one party's."""
    text, words = art.memory.get("article_text", ""), name.split()
    if not text or not words or len(words[-1]) < 3:
        return []
    starts = {start: (end, code) for start, end, kind, code in art.memory.get("aliases", []) if kind == "party" and code != "IND"}
    codes: set[str] = set()
    for m in re.finditer(r"\b" + re.escape(words[-1]) + r"\b", text):
        n = NOMINEE_AFTER.match(text, m.end())
        if n is None or n.end() not in starts or not _same_forenames(art, words, text[max(0, m.start() - 60):m.start()]):
            continue
        end, code = starts[n.end()]
        if re.match(r"\s*(?:and\b|-led\b)", text[end:end + 6]) or GOVERNMENT_AFTER.match(text[end:end + 40]):
            continue
        codes.add(code)
    return [codes.pop()] if len(codes) == 1 else []


def _head_of_government(art: Article, sent: Span, before: list[str]) -> list[str]:
    """'Prime Minister Yousuf Raza Gilani', 'Chief Minister Bugti' (the words of the name and its title): a sitting
    head of government acts for the party that leads it (not a former one, 'former prime minister X')."""
    heads = [i for i, (a, b) in enumerate(zip(before, before[1:])) if (a in ("prime", "chief") and b == "minister") or a == "premier"]
    if not heads or any(w in ("former", "ex", "ex-") for w in before[:heads[0]]):
        return []
    led = government_of(art, sent)
    return [led] if led else []


@lru_cache(maxsize=256)
def _surname_then_prep(surname: str, preps: str) -> re.Pattern:
    """'Bizenjo of the ': the surname, then 'of'/'from' (an alternation of escaped words); compiled once per
    surname, as the same few names are looked up for sentence after sentence of a story."""
    return re.compile(r"\b" + re.escape(surname) + r",?\s+(?:" + preps + r")\s+(?:the\s+)?")


def _party_written_after_in_text(art: Article, name: str) -> list[str]:
    """'Mr Bizenjo' where 'Mir Abdul Quddus Bizenjo of the PML-Q' stands in a part of the story not parsed
    with it: the party written right after the surname with 'of' or 'from' elsewhere in the article; none
    when the surname stands before two different parties."""
    text, words = art.memory.get("article_text", ""), name.split()
    if not text or not words or len(words[-1]) < 3:
        return []
    preps = "|".join(re.escape(w) for w in [*art.lex["coalition_member_preps"], *art.lex["coalition_member_clauses"]])
    starts = {start: (end, code) for start, end, kind, code in art.memory.get("aliases", []) if kind == "party" and code != "IND"}
    codes = {starts[m.end()][1] for m in _surname_then_prep(words[-1], preps).finditer(text)
             if m.end() in starts and (_same_forenames(art, words, text[max(0, m.start() - 60):m.start()])
                                        or TITLE_BEFORE.search(text[max(0, m.start() - 5):m.start()])) and not GOVERNMENT_AFTER.match(text[starts[m.end()][0]:starts[m.end()][0] + 40])}
    return [codes.pop()] if len(codes) == 1 else []


def _party_led_by(art: Article, person: Span) -> list[str]:
    """'Zardari met Shujaat', 'Maulana Fazlur Rehman ruled out ...': a party chief named alone stands for the
    party the registry says he leads (parties.tsv, column leaders), honorifics aside, when the story names it."""
    leaders = art.memory.get("party_leaders", {})
    words = [w for w in re.split(r"[\s-]+", person.text.replace("’s", "").replace("'s", "")) if w]
    openers = {w.lower().rstrip(".") for w in art.lex["honorifics"]}
    while len(words) > 1 and words[0].lower().rstrip(".") in openers and " ".join(words).lower() not in leaders:
        words = words[1:]
    code = leaders.get(" ".join(words).lower())
    if code is None and len(words) == 1:
        code = art.memory.get("leader_surnames", {}).get(words[0])  # "support to Khan", Imran Khan named before
    named = {c for _start, c in art.memory.get("parties", [])}  # a chief of another time leads another party:
    return [code] if code and code in named else []  # the story must name the party he leads


TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s$")  # "Mr Gilani, who belongs to the PPP": the story's Gilani


def _same_forenames(art: Article, words: list[str], before: str) -> bool:
    """Whether the words written before a surname elsewhere hold this name's forenames, titles aside: 'Hasil
    Bizenjo' is the 'Mir Hasil Khan Bizenjo' written there, 'Naveed Akhtar Khan' not 'Abdul Qayyum Khan'."""
    titles = {w.lower().rstrip(".") for w in art.lex["honorifics"]} | {"mr", "mrs", "ms", "dr", "miss"}
    forenames = {w.lower() for w in words[:-1] if w.lower().rstrip(".") not in titles}
    return forenames <= {w.lower() for w in re.findall(r"[\w’'-]+", before)}


def _party_written_before_in_text(art: Article, name: str) -> list[str]:
    """'Mr Mengal' where 'BNP-M chief Sardar Akhtar Jan Mengal' stands in a part of the story not parsed
    with it: the party written just before the surname elsewhere in the article, with only roles and
    names between; none when the surname stands after two different parties."""
    text, words = art.memory.get("article_text", ""), name.split()
    if not text or not words or len(words[-1]) < 3:
        return []
    roles = {r.lower() for r in art.lex["roles"]}
    codes: set[str] = set()
    party_starts = [start for start, _end, kind, _code in art.memory.get("aliases", []) if kind == "party"]
    for m in re.finditer(r"\b" + re.escape(words[-1]) + r"\b", text):
        for start, end, kind, code in art.memory.get("aliases", []):
            if kind != "party" or code == "IND" or not 0 < m.start() - end <= 45:
                continue
            if ";" in text[end:m.start()] or any(end <= s < m.start() for s in party_starts):
                continue  # "PPP's Mandviwalla deputy; PML-N's Raja Zafarul Haq loses": the nearer party, past the semicolon, is his
            between = re.findall(r"[\w’'-]+", text[end:m.start()])
            if between and _same_forenames(art, words, text[end:m.start()]) and all(w[0].isupper() or w.lower() in roles or w.lower() in ("’s", "'s", "s") for w in between) \
                    and (any(w.lower() in roles for w in between) or between[0] in ("’s", "'s")):
                codes.add(code)  # 'BNP-M chief Sardar Akhtar Jan Mengal', or 'the PML-N's Ikhtiar Wali Khan' for 'Mr Wali'
    return [codes.pop()] if len(codes) == 1 else []


def _agent_parties(art: Article, head: Token) -> list[str]:
    """'was approached by the PPP': the party after 'by' acts."""
    for c in head.children:
        if c.dep_ == "agent":
            span = subtree_span(c)
            return list(dict.fromkeys(p.kb_id_ for p in art.parties_in(span.start, span.end) if p.kb_id_ != "IND"))
    return _agent_on_object(art, head)


def _agent_on_object(art: Article, head: Token) -> list[str]:
    """'the PPP had been offered a number of ministries by the PML-Q': the parser hangs the passive's 'by' on
    the thing offered; a 'by' right on the object of a passive verb names who acted."""
    if not any(c.dep_ == "auxpass" for c in head.children):
        return []
    by = [p for o in head.children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep" and p.lower_ == "by"]
    return list(dict.fromkeys(q.kb_id_ for p in by for g in p.children if g.dep_ == "pobj"
                              for q in [art.party_at(g)] if q is not None and q.kb_id_ != "IND"))


def _speakers_party(art: Article, tok: Token) -> list[str]:
    """'Mr Mengal said his party had been offered a role': 'his party' in what a person says is the speaker's."""
    if tok.lemma_.lower() != "party" or not any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "our") for c in tok.children):
        return []
    clause = next((h for h in clause_heads(tok.head) if h.dep_ == "ccomp"), None)
    if clause is None:
        return []
    return [c for s_ in subjects_of(clause.head) for person in [art.person_at(s_)] if person is not None
            for c in _party_of_person(art, person)]


def government_of(art: Article, sent: Span) -> str | None:
    """The party leading the government a sentence speaks of: the one the article names ('the PTI-led
    government', 'the ruling PPP'), else the one the country's governments.tsv gives for the sentence's
    scope when the story appeared. A story set in Azad Kashmir or Gilgit-Baltistan, which have governments of their
    own and no scope, speaks of theirs: the federal government's party stands for it only where a scope is named."""
    named = art.memory.get("government")
    if named:
        return named
    scope = _scope(art, sent)
    if scope is None and _set_outside_the_scopes(art):
        return None
    return art.memory.get("leaders", {}).get(scope or "national")


def _set_outside_the_scopes(art: Article) -> bool:
    """Whether the headline and lead name a region with a government of its own and no scope (AJK, GB)."""
    if "outside_scopes" not in art.memory:
        lead = art.memory.get("article_text", "")[:LEAD_CHARS]
        art.memory["outside_scopes"] = any(name in lead for name in art.lex["coalition_regions_without_scope"])
    return art.memory["outside_scopes"]


def _party_of_speaker(art: Article, person: Span) -> list[str]:
    """'PTI founder Imran Khan', 'JI chief X', 'X, the JI chief,': a leader speaking for the party."""
    doc = art.doc
    after = _party_after_name(art, person) or party_in_apposition(art, person)
    if after:
        return after
    for p in art.parties_in(max(0, person.start - 6), person.start):
        between = doc[p.end:person.start]
        roles = [t.text in art.lex["roles"] or t.lower_ in ("founder", "chief", "head") or t.lower_ in art.lex["coalition_leader_titles"]
                 for t in between]  # "PML-N quaid Nawaz Sharif", "MQM convener Farooq Sattar"
        if all(role or t.lower_ in ("'s", "’s", ")") or (t.lower_ == "and" and any(roles[:k]))  # "JWP chief and MNA X"
               for k, (t, role) in enumerate(zip(between, roles))) and (len(between) <= 4 or sum(roles) >= 2):
            return [p.kb_id_]
    return []


def _party_after_name(art: Article, person: Span) -> list[str]:
    """'Mir Abdul Quddus Bizenjo of the PML-Q', 'Agha Syed Liaquat of the PkMAP': the party written after a
    name with 'of' (or 'from'), the party itself and not its government ('of the PPP-led government')."""
    doc, i = art.doc, person.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc) or doc[i].lower_ not in art.lex["coalition_member_preps"]:
        return []
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    party = art.party_at(doc[i]) if i < len(doc) else None
    if party is None or party.start != i or party.kb_id_ == "IND":
        return []
    rest = doc[party.end:party.end + 3].text if party.end < len(doc) else ""
    return [] if GOVERNMENT_AFTER.match(rest) else [party.kb_id_]


def _np_parties(art: Article, subj: Token) -> list[str]:
    """Parties that are the subject itself ("PML-N and PPP", "the PTI-led government"),
    not ones merely mentioned inside it ("Jam Kamal from BAP")."""
    heads, todo = [], [subj]
    while todo:
        tok = todo.pop()
        heads.append(tok)
        todo += [c for c in tok.children if c.dep_ in ("conj", "appos")]
        if tok.i == subj.i and tok.lemma_.lower() == "party" and tok.tag_ == "NNS":  # "six parties including A, B and C"
            todo += [o for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in ("including", "like")
                     for o in prep.children if o.dep_ == "pobj"]
        if art.party_at(tok) is not None:  # "the PML-N of Nawaz Sharif and the PPP of Bilawal": the parser hangs the
            todo += [c for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"  # second party on the
                     for g in prep.children if g.dep_ == "pobj" for c in g.children  # first one's leader
                     if c.dep_ == "conj" and art.party_at(c) is not None]
    codes = []
    for tok in heads:
        owned = () if tok.dep_ == "appos" and tok.i != subj.i and tok.lemma_.lower() in art.lex["coalition_member_nouns"] \
            else ("poss",)  # "the BAP, the PTI's main partner,": the BAP alone acts
        for t in [tok, *[c for c in tok.children if c.dep_ in ("compound", "nmod", "amod", *owned)
                         or c.dep_ == "det" and art.party_at(c) is not None]]:  # "PML-N": its "N" parsed as a determiner
            for party in _party_and_its_conjuncts(art, t):
                if party.kb_id_ != "IND" and party.kb_id_ not in codes:
                    codes.append(party.kb_id_)
        if not codes and art.party_at(tok) is not None and art.party_at(tok).kb_id_ == "IND":
            for mod in tok.children:  # "PTI-backed independents joined the SIC": they act for the party backing them
                if mod.dep_ == "amod" and mod.lemma_.lower() in ("back", "support", "sponsor"):
                    codes += [p.kb_id_ for p in art.parties_in(mod.left_edge.i, mod.i) if p.kb_id_ not in ("IND", *codes)]
                if mod.dep_ == "acl" and mod.lemma_.lower() in ("back", "support", "sponsor"):  # "independents backed by the PTI"
                    codes += [c for c in _agent_parties(art, mod) if c not in ("IND", *codes)]
    return codes


def _party_and_its_conjuncts(art: Article, tok: Token) -> list[Span]:
    """The party at a modifier and those joined to it by 'and' ("PML-N and PPP leaders"): the parser
    hangs the second party on a token inside the first one's name, not on the noun they modify."""
    first = art.party_at(tok)
    if first is None:
        return []
    found, todo = [first], [c for t in first for c in t.children if c.dep_ == "conj"]
    while todo:
        party = art.party_at(todo.pop())
        if party is not None and party not in found:
            found.append(party)
            todo += [c for t in party for c in t.children if c.dep_ == "conj"]
    return found


def _subject_of_sentence_before(art: Article, pronoun: Token) -> Span | None:
    """'JUI-F chief X ruled out any cooperation. "...," he said, adding that his party would sit in the
    opposition': a 'he' that speaks in a sentence naming no one is the person who is the subject of the main
    verb of the sentence before (not whoever is named last there: 'after talks with Y ended' is no speaker)."""
    sent = pronoun.sent
    if any(p.start >= sent.start and p.end <= pronoun.i for p in art.persons_in(sent)) or sent.start == 0:
        return None
    before = art.doc[sent.start - 1].sent
    found = [p for p in art.persons_in(before) if p.root.dep_ in ("nsubj", "nsubjpass") and p.root.head.i == before.root.i]
    return found[0] if len(found) == 1 else None
