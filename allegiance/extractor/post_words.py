"""Which post a resignation's words name: the 'as ...' and 'from ...' objects of the act, each
coordinated item read as a post's text ('PTI Karachi president'; 'the party's presidency' ->
'BAP president'), a seat ('MNA', 'MPA', 'senator'), a placeholder to fill from the role beside
the name (ANY, SEAT, GOVERNMENT), or None when the words name the party itself: giving up the
party is a leaving (membership.py), not a post. The triggers (posts.py) and the roles beside
names (post_roles.py) read posts the same way, so this module sits below both.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..country.lexicon import load_lexicon
from .base import Article, subtree_span
from .triggers import Trigger


SEAT_WORDS = re.compile(r"national assembly|\bparliament\b|\bmnas?\b|\bna\b|lower house", re.I)
GOVERNMENT_ROLE = re.compile(r"\b(?:minister|adviser|advisor|assistant|caretaker|governor|speaker)\b", re.I)  # a public office, not a party's
PA_WORDS = re.compile(r"provincial assembly|punjab assembly|sindh assembly|balochistan assembly|pakhtunkhwa assembly|"
                      r"kp assembly|\bmpas?\b", re.I)
SENATE_WORDS = re.compile(r"\bsenat", re.I)
DATE_WORDS = re.compile(r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|"
                        r"june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|"
                        r"nov|dec|\d{4}|today|yesterday|tonight|morning|evening|night|week|month|year|fortnight)$", re.I)
PARTYISH = {"party", "membership", "basic", "primary", "politics", "fold", "ranks"}
ROLE_HEADS = {"minister", "governor", "president", "chairman", "chairperson", "secretary", "speaker", "leader", "adviser",
              "advisor", "mayor", "chief", "convener", "convenor", "spokesperson", "senator", "mna", "mpa", "assistant",
              "ameer", "emir", "cm", "pm", "sapm", "sacm", "member", "head", "coordinator", "treasurer",
              "organiser", "organizer"}
RESIGN_NOUNS = ("resignation", "resignations")
POST_STOPS = {"ahead", "after", "amid", "amidst", "despite", "following", "not", "at"}  # no post's words go on past these
# ("..., not the PTI", "as city president at a news conference")
POST_MOODS = {"protest", "disgust", "anger", "frustration", "solidarity"}  # nor past "in protest"
# What a post word stands for when it names no post by itself.
ANY, SEAT, GOVERNMENT = "<any>", "<seat>", "<government>"


def remember_posts(art: Article, sent: Span) -> None:
    """'resignations from the National Assembly' names the post for later bare resignations."""
    if art.words(sent)[0].isdisjoint(RESIGN_NOUNS):
        return
    for tok in sent:
        if tok.lower_ in RESIGN_NOUNS:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("from", "as"):
                    for obj in prep.children:
                        if obj.lemma_.lower() in art.lex["post_time_span_lemmas"]:
                            continue  # "from the National Assembly moments before the vote": when, not what
                        items = [i for i in _items_of(obj) if prep.lower_ != "as" or _names_a_role(art, i)]
                        found = [p for p in (_classify(art, item) for item in items)  # not "resignation as Buledi named ..."
                                 if p and p not in (ANY, SEAT) and not p.startswith(GOVERNMENT)]
                        if found:
                            art.memory["post"] = found[0]


def _post_objects(trig: Trigger) -> list[Token]:
    """The nouns the act names: 'as ...' and 'from ...' objects of the verb or of its
    'resignation', and the object of 'vacated his seat' / 'relinquished the charge'."""
    heads = [trig.head] + [trig.head.doc[i] for i in trig.tokens if trig.head.doc[i].lower_ in RESIGN_NOUNS]
    heads += [c for c in trig.head.children if c.lower_ in RESIGN_NOUNS]
    preps = [c for h in heads for c in h.children if c.dep_ in ("prep", "conj") and c.lower_ in ("as", "from")
             and not (c.lower_ == "from" and _seat_object(h))]
    preps += [c for p in preps for c in p.conjuncts if c.lower_ in ("as", "from")]
    preps += [c for h in [trig.head, *heads] for cc in h.children if cc.dep_ == "cc" for c in cc.children
              if c.dep_ == "prep" and c.lower_ in ("as", "from") and c not in preps]  # "from X as well as from the office of ..."
    preps += [c for p in list(preps) if any(cc.dep_ == "cc" for cc in p.children) for c in p.children
              if c.dep_ == "prep" and c.lower_ == p.lower_ and c not in preps]  # the second 'from' hung on the first
    objs = [o for p in preps for o in p.children if o.dep_ == "pobj" and not _a_day(o)]
    objs += [o for p in preps if not any(c.dep_ == "pobj" for c in p.children) for o in _stranded_object(p)]
    marked = _as_made_a_mark(trig)
    if marked is not None and marked not in preps:
        objs += _stranded_object(marked)
    objs += [c for c in trig.head.children if c.dep_ == "dobj" and c.lower_ not in RESIGN_NOUNS
             and (trig.rule in ("resign.vacate", "resign.quit_office")
                  or c.lemma_.lower() in ("seat", "post", "office", "portfolio", "charge"))]
    objs += [c for h in heads if h.lower_ in RESIGN_NOUNS and any(p.lower_ == "from" for p in h.children)
             for c in h.conjuncts if c.lemma_.lower() in ("seat", "post", "office", "portfolio") and c not in objs]
    return objs  # the last: 'resignation from the membership as well as the post of ...', the post hung on the noun


def _a_workplace(art: Article, item: Token) -> bool:
    """'the newspaper', 'the university's syndicate': what is left names no role, seat, office, government
    or body that posts are held in (lexicon post_body_words), nor a party."""
    lex = art.lex
    words = {t.lower_ for t in _own_words(item)} | {item.lemma_.lower()}
    bodies = set(lex["post_body_words"]) | set(lex["office_generic_seats"]) | set(lex["office_generic_government"]) \
        | set(lex["office_generic_heads"]) | set(lex["party_post_words"]) | set(lex["public_office_words"]) | PARTYISH
    return not _names_a_role(art, item) and not words & bodies and not art.parties_in(item.left_edge.i, item.right_edge.i + 1) \
        and not _seat_kind(" ".join(t.text for t in _own_words(item)))


def _a_day(obj: Token) -> bool:
    """'resigned from his position with effect from October 1': the day it takes effect, not a post."""
    return bool(DATE_WORDS.search(obj.text))


def _seat_object(verb: Token) -> bool:
    """'resigned his seat in the National Assembly from Multan': once the verb's object is the seat,
    its 'from' names the constituency, not a post."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "seat" for c in verb.children)


def _as_made_a_mark(trig: Trigger) -> Token | None:
    """'stepped down as the general secretary and acting president of the party's Punjab chapter
    citing ...': the parser may read the posts as the subject of the clause that follows and make the
    'as' right after the verb (and its particle) that clause's mark; it still names the posts. A clause
    of a finite verb ('resigns as PTI quits posts') is one."""
    doc = trig.head.doc
    for tok in doc[trig.head.i + 1:min(len(doc), trig.head.i + 3)]:
        if tok.lower_ == "as":
            clause = tok.head
            if tok.dep_ == "mark" and clause.lemma_ == "be" and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in ROLE_HEADS and c.i > tok.i for c in clause.children):
                return tok  # "Reports that X has resigned as the party's Punjab president are baseless": the
                # post read as the subject of the outer 'are'; it is still the post the 'as' names
            if tok.dep_ != "mark" or clause.lower_ in ROLE_HEADS or clause.tag_ in ("VBZ", "VBD", "VBP", "MD"):
                return None  # "as the JI's KP emir" is read as before; "resigns as PTI quits posts" is a clause
            return tok
        if tok.dep_ != "prt" and tok.lower_ not in ("down", "aside"):
            return None
    return None


def _stranded_object(prep: Token) -> list[Token]:
    """'The resignation of X as PTI Punjab president was accepted': the parser may hang the post
    off the verb (as its subject) and leave 'as' with no object. The noun phrase that starts right
    after the preposition is its object all the same."""
    doc = prep.doc
    if prep.i + 1 >= len(doc):
        return []
    for tok in doc[prep.i + 1: min(len(doc), prep.i + 8)]:
        if tok.left_edge.i == prep.i + 1 and tok.pos_ in ("NOUN", "PROPN") and tok.head.left_edge.i != prep.i + 1:
            return [tok]
    return []


def _items_of(obj: Token) -> list[Token]:
    """The coordinated nouns of a post phrase; a coordinated act ('and parting ways with X') is none.
    'the posts of general secretary and spokesperson' names each post after its 'of'."""
    if obj.tag_ == "NNS" and obj.lemma_.lower() in ("post", "office", "position", "portfolio", "slot"):
        named = [g for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "of" for g in prep.children
                 if g.dep_ == "pobj"]
        if named:
            obj = named[0]
    return [t for t in [obj, *obj.conjuncts, *_listed_roles(obj)] if (t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or t.i == obj.i)
            and t.tag_ not in ("VBG", "VB", "VBD", "VBN") and not any(c.dep_ == "dobj" for c in t.children)
            and not _set_against(obj, t)]


def _set_against(obj: Token, item: Token) -> bool:
    """'given up the ministry, not my party or my people': what follows ', not' is what the speaker keeps,
    no post left (the kept party is read by posts._party_kept)."""
    doc = obj.doc
    return item.i > obj.i and any(doc[i].lower_ == "not" and doc[i - 1].text == "," for i in range(obj.i + 1, item.i))


def _listed_roles(obj: Token) -> list[Token]:
    """'steps down as PTI-P chairman, KP president': a bare role set after a comma (no 'a', 'the' or
    'his') is the next post of a list, which the parser hangs on the first as an apposition."""
    return [a for a in obj.children if _is_listed_role(a)]


def _is_listed_role(tok: Token) -> bool:
    return tok.dep_ == "appos" and tok.i > tok.head.i and tok.doc[tok.left_edge.i - 1].text == "," \
        and (tok.lower_ in ROLE_HEADS or tok.lemma_.lower() in ROLE_HEADS) \
        and not any(c.dep_ in ("det", "poss") for c in tok.children)


def _with_shared_owner(first: Token, item: Token, post: str) -> str:
    """'as PTI Punjab's president, general secretary': the posts of a list share the party and place
    named before the first ('PTI Punjab general secretary'), unless the later one names its own."""
    if any(t.pos_ == "PROPN" for t in _own_words(item)):
        return post
    owner: list[str] = []
    for tok in first.doc[first.left_edge.i:first.i]:
        if tok.dep_ in ("det", "case") or tok.text == "-":
            continue
        if tok.pos_ != "PROPN":
            break
        owner.append(tok.text)
    hyphened = first.doc[first.left_edge.i:first.i].text.replace("’s", "").replace("'s", "").split()
    if owner and len(hyphened) <= len(owner):
        owner = hyphened  # "PTI-P" kept whole
    return " ".join(owner + [post]) if owner else post


def _names_a_role(art: Article, item: Token) -> bool:
    lex = art.lex
    words = _own_words(item)
    offices = {entry.split(":", 1)[0] for entry in lex["office_nouns"]}
    return any(t.lower_ in ROLE_HEADS or t.lemma_.lower() in ROLE_HEADS or t.lower_ in lex["post_head_words"]
               or t.lower_ in offices or t.lower_ in lex["office_generic_heads"] for t in words) \
        or bool(_seat_kind(" ".join(t.text for t in words)))


RECIPIENT = re.compile(r"(?:the\s+)?(?:party\s+|PPP\s+|PTI\s+)?(?:chairman|chairperson|president|chief|leadership|speaker|"
                       r"governor|secretary|convener|convenor|ameer|emir|head|high command)\b", re.I)
HELPER_ROLES = re.compile(r"\b(?:assistant|adviser|advisor|aide|coordinator)\s*$", re.I)


def _without_recipient(post: str) -> str:
    """'sent his resignation as PPP Sindh vice president to the party chairman': the one the letter
    goes to is no part of the post (an adviser's 'to the chief minister' is)."""
    for m in reversed(list(re.finditer(r"\s+to\s+", post))):
        if RECIPIENT.match(post, m.end()) and not HELPER_ROLES.search(post[:m.start()]):
            return post[:m.start()]
    return post


def _joined_posts(post: str) -> list[str]:
    """'secretary general and core committee member': two posts the parser joined inside one phrase
    (GUIDELINE: one event per post), when each side names a role."""
    if post in (ANY, SEAT, GOVERNMENT):
        return [post]
    pieces = [p.strip() for p in re.split(r"\s+and\s+", post)]
    if len(pieces) > 1 and all(set(re.findall(r"[a-z]+", p.lower())) & ROLE_HEADS for p in pieces):
        return pieces
    return [post]


def _post_items(art: Article, trig: Trigger) -> list[str] | None:
    """The posts the trigger's words name (text, or ANY / SEAT / GOVERNMENT to be read from
    the role beside the name); None when they name only the party itself."""
    items: list[str] = []
    party_only = other_job = False
    hyphened, covered = _hyphened_post(art, trig)
    if hyphened:
        items.append(hyphened)
    for obj in _post_objects(trig):
        for item in _items_of(obj):
            if item.i in covered:
                continue  # a piece of the hyphened role read above
            if obj.head.lower_ == "as" and not _names_a_role(art, item):
                other_job = other_job or (obj.dep_ == "pobj" and item.i == obj.i and obj.pos_ in ("NOUN", "PROPN")
                                          and art.party_at(obj) is None and art.person_at(obj) is None)
                continue  # "leaves cabinet as PML-Q splits": 'as' begins a clause, names no post
            if (obj.head.lower_ == "from" or (obj.dep_ == "dobj" and trig.rule == "resign.vacate")) \
                    and item.pos_ == "NOUN" and _a_workplace(art, item):
                other_job = True
                continue  # "resigned from the newspaper", "relinquished his claim to the seat": no post left
            found = _classify(art, item)
            if found and _is_listed_role(item) and item.head.i == obj.i:
                found = _with_shared_owner(obj, item, found)
            if found is None:
                party_only = True
            elif found:
                if trig.rule in ("resign.tender", "resign.letter"):
                    found = _without_recipient(found)
                items += [post for post in _joined_posts(found) if post not in items]
    if party_only and not items:
        return None
    if other_job and not items:
        return []  # "resigned as editor of the party's newspaper": a job named, no post, and not the role beside
    if not items and _party_follows(art, trig.head):
        return None  # the parser hung 'from the party' elsewhere: still a leaving
    if items == [ANY]:
        items = _included_posts(art, trig) or items
    return items or [ANY]


HYPHEN_POST_STOPS = {"on", "to", "after", "for", "with", "amid", "over", "until", "and", "but", "because", "since",
                     "before", "following", "in", "at", "from", "saying", "citing"}


def _hyphened_post(art: Article, trig: Trigger) -> tuple[str | None, range]:
    """'resigned as the PTI women's wing vice-president', 'as in-charge of the women's wing': the
    parser splits a hyphened role ('vice - president', 'in - charge') and reads its pieces as a
    preposition or three objects, so the words after 'as' are read as written, up to where the
    noun phrase ends."""
    doc = trig.head.doc
    preps = [c for c in trig.head.children if c.dep_ == "prep" and c.lower_ in ("as", "from")]
    preps = [c for p in preps for c in (p, *p.conjuncts) if c.lower_ == "as"]  # "from the cabinet and as the PTI's ..."
    for prep in preps:
        words: list[Token] = []
        for tok in doc[prep.i + 1:min(len(doc), prep.i + 12)]:
            glued = tok.text == "-" or words and not words[-1].whitespace_ and not tok.is_punct \
                or not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"
            if not glued and (tok.is_punct or tok.lower_ in HYPHEN_POST_STOPS or tok.pos_ in ("VERB", "AUX")
                              or DATE_WORDS.search(tok.text)):
                break
            words.append(tok)
        text = "".join(t.text + t.whitespace_ for t in words).strip()
        if any(re.search(rf"(?<![\w-]){re.escape(role)}(?![\w-])", text, re.I) for role in art.lex["tally2_hyphened_roles"]):
            return re.sub(r"^(?:the|his|her|their)\s+", "", text, flags=re.I), range(words[0].i, words[-1].i + 1)
    return None, range(0)


def _included_posts(art: Article, trig: Trigger) -> list[str]:
    """'leave any post, including his seat and his party role': the posts the list names."""
    objects = [c for c in trig.head.children if c.dep_ == "dobj"]
    preps = [p for h in [trig.head, *objects] for p in h.children if p.dep_ == "prep" and p.lower_ == "including"]
    found: list[str] = []
    for prep in preps:
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for item in _items_of(obj):
                post = _classify(art, item)
                if post and post not in found:
                    found.append(post)
            for tok in subtree_span(obj):  # a role the parser hung on a word inside the first item
                if tok.dep_ == "conj" and tok.head.i != obj.i and tok.lower_ in art.lex["office_generic_heads"]:
                    post = _classify(art, tok)
                    if post and post not in found:
                        found.append(post)
    return found


def _party_follows(art: Article, head: Token) -> bool:
    """'resign from the party' read off the words when the parse lost the link."""
    doc = art.doc
    words = doc[head.i + 1:min(len(doc), head.i + 5)]
    if not len(words) or words[0].lower_ != "from":
        return False
    for tok in words[1:]:
        if art.party_at(tok) is not None or tok.lower_ in PARTYISH:
            return True
        if tok.pos_ not in ("DET", "PRON", "ADJ"):
            return False
    return False


def _classify(art: Article, item: Token) -> str | None:
    """One coordinated item of the post phrase: a post's text, a placeholder, or None (the party)."""
    lex = art.lex
    lower, lemma = item.lower_, item.lemma_.lower()
    words = _own_words(item)
    written = " ".join(t.lower_ for t in words)
    if art.party_at(item) is not None or lemma in PARTYISH or lower in PARTYISH:
        return None  # (before the phrases below: "the party" is a piece of "leave the party", and still the party)
    if written and any(f" {written} " in f" {phrase} " for phrase in lex["leave_phrases"] | lex["coalition_leave_phrases"]):
        return ""  # "... and part ways with the government": an act, not a post
    if art.person_at(item) is not None or any(c.dep_ in ("acl", "relcl") and c.tag_ in ("VBN", "VBD") for c in item.children) \
            and lemma not in lex["office_generic_seats"]:  # not "the assembly seat he had won"
        return ""  # "rescinds resignation as X named acting chief": 'as' joins a clause, no post
    if item.pos_ == "PROPN" and any(t.lower_ in lex["party_name_words"] for t in words):
        return None  # a party the registry spells otherwise ("Pakistan Tehreek-i- Insaaf")
    if any(t.lower_ in ("membership", "memberships") for t in words) and not any(
            t.lower_ in ("assembly", "senate", "cabinet") for t in words):
        return None
    offices = dict(entry.split(":", 1) for entry in lex["office_nouns"])
    if lower in offices:  # "the party's presidency" -> "BAP president"
        return _office_text(art, item, words, offices[lower])
    if lower in lex["office_generic_heads"]:
        for prep in item.children:  # "my position as president", "the post of secretary general"
            if prep.lower_ in ("as", "of"):
                for obj in prep.children:
                    inner = [p for p in (_classify(art, i) for i in _items_of(obj)) if p]
                    if inner:
                        return inner[0]
        mods = [t for t in words if t.i < item.i and t.dep_ in ("compound", "amod") and t.head.i == item.i]
        return _text(words) if mods else ANY  # "his party position" is written so; "his post" says nothing
    seat = _seat_kind(" ".join(t.text for t in words))
    if seat and lemma in SEAT_BODIES - {"cabinet"}:
        seat = None  # "the Senate's standing committee on information": a committee of the house, not a seat in it
    if seat and lemma in ROLE_HEADS - {"member", "mna", "mpa", "senator"}:
        seat = None  # "chairman of the Senate committee" is a chair, not a seat
        where = [c for c in item.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > item.i
                 and _seat_kind(" ".join(t.text for t in c.subtree))]
        if where:  # "opposition leader in the Sindh Assembly": the house is where the role is, not the post
            words = [t for t in words if not where[0].left_edge.i <= t.i <= where[0].right_edge.i]
    body = _body_of_seat(item) if lemma == "seat" else None
    if body is not None:  # "his seat on the party's core committee": a place on a body, not in an assembly
        return _text(list(body.subtree))
    if lower in lex["office_generic_seats"] or lemma in lex["office_generic_seats"]:
        return seat or SEAT
    if lower in lex["office_generic_government"]:  # "federal cabinet" unless the role beside says more;
        words = [t for t in words if not _leader_name(art, t, item)]  # "the Buzdar cabinet" is the cabinet
        return GOVERNMENT + _text(words)
    if seat:
        return seat
    owner = _party_of(art, item)
    if owner is not None:  # "chief of the Balochistan Awami Party" -> "BAP chief"
        code, prep = owner
        rest = _text([t for t in words if not prep.left_edge.i <= t.i <= prep.right_edge.i])
        return f"{code} {rest}" if rest else None
    text = _text(words)
    return text or None


# bodies a seat can be on that are no house: 'a seat on the core committee', 'his seat on the board'
SEAT_BODIES = {"committee", "board", "council", "panel", "commission", "body", "cabinet"}


def _body_of_seat(item: Token) -> Token | None:
    """The committee or board a 'seat on ...' is a place on."""
    for prep in item.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "in"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in SEAT_BODIES:
                    return obj
    return None


def _leader_name(art: Article, tok: Token, item: Token) -> bool:
    """'Buzdar' in 'the Buzdar cabinet': a name before a government noun names who leads it, not the
    post (a province or a party before it stays: 'Punjab cabinet')."""
    doc = tok.doc
    return tok.i < item.i and tok.pos_ == "PROPN" and art.party_at(tok) is None \
        and not any(sc.start <= tok.i < sc.end for sc in doc.spans["scopes"]) \
        and not any(h.start <= tok.i < h.end for h in doc.spans["houses"])


def _party_of(art: Article, item: Token) -> tuple[str, Token] | None:
    """The party a role belongs to when an 'of' phrase names only the party: ('BAP', of-token)."""
    for prep in item.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i < item.i:
            continue
        span = art.doc[prep.i + 1:prep.right_edge.i + 1]
        parties = [p for p in art.parties_in(span.start, span.end) if p.kb_id_ != "IND"]
        inside = {i for p in parties for i in range(p.start, p.end)}
        if parties and all(t.i in inside or t.dep_ == "det" or t.is_punct for t in span):
            return parties[0].kb_id_, prep
    return None


def _own_words(item: Token) -> list[Token]:
    """The item's subtree without its later conjuncts and their 'and', nor an 'as ...' or
    'where ...' clause hung on it ('cabinet as PML-Q splits')."""
    skip: set[int] = set()
    for conj in item.conjuncts:
        if conj.i > item.i:
            skip.update(range(conj.left_edge.i, conj.right_edge.i + 1))
    for child in item.children:
        if _is_listed_role(child):
            skip.update(range(child.left_edge.i - 1, child.right_edge.i + 1))  # the next post of a list, and its comma
        if child.i > item.i and (child.lower_ in ("as", "where", "after", "before", "over", "amid", "following")
                                 or child.dep_ in ("advcl", "relcl")):
            skip.update(range(child.left_edge.i, child.right_edge.i + 1))
    for tok in subtree_span(item):
        if tok.dep_ == "appos" and tok.head.i == item.i and tok.pos_ == "PROPN" and tok.doc[tok.left_edge.i - 1].text == ",":
            skip.update(range(tok.left_edge.i, tok.right_edge.i + 1))  # "as the party's division president, B and C":
            # the names after the comma are the next people of a list, not part of the post
        if tok.dep_ == "appos" and tok.head.i == item.i and tok.doc[tok.left_edge.i - 1].text == "," \
                and tok.left_edge.lower_ in ("a", "an"):
            skip.update(range(tok.left_edge.i, tok.right_edge.i + 1))  # "as its deputy information secretary, a post
            # he had held since June": a description of the post, not its words
        if tok.i > item.i and tok.dep_ in ("appos", "npadvmod") and DATE_WORDS.search(tok.text):
            skip.update(range(tok.left_edge.i, tok.right_edge.i + 1))  # "... of its city chapter, a fortnight after
            # the protests": the time of the act, not the post
    own = [t for t in subtree_span(item) if t.i not in skip and not (t.dep_ == "cc" and t.head.i == item.i)
           and not (t.dep_ == "relcl" or any(a.dep_ == "relcl" and a.head.i == item.i and a.left_edge.i <= t.i
                                             for a in item.children))]
    cut = next((t.i for t in own if t.i > own[0].i and (t.lower_ in POST_STOPS or t.lower_ == "in" and t.i + 1 < len(t.doc)
                                                         and t.doc[t.i + 1].lower_ in POST_MOODS or _for_reasons(t)
                                                         or _in_an_occasion(t) or _on_a_time(t))), None) if own else None  # "... Ahead Of Vote", "cabinet in protest"
    own = [t for t in own if cut is None or t.i < cut]
    return own + _stranded_principal(item)


def _in_an_occasion(tok: Token) -> bool:
    """'steps down as finance minister in major cabinet shake-up': the occasion of the act, not the post."""
    occasions = load_lexicon("en")["post_occasion_words"]
    return tok.lower_ == "in" and any(t.lower_ in occasions for t in tok.subtree)


def _on_a_time(tok: Token) -> bool:
    """'resigned as vice president on the eve of the session', '... on the night of April 9': 'on' a time is
    when the act was done, never a post's words ('minister on information' keeps its 'on')."""
    if tok.lower_ != "on":
        return False
    objects = [o for o in tok.children if o.dep_ == "pobj"]
    return bool(objects) and (objects[0].lower_ == "eve" or bool(DATE_WORDS.match(objects[0].text)))


def _for_reasons(tok: Token) -> bool:
    """'stepped down from the board for health reasons': why, not the post ('minister for housing' is one)."""
    return tok.lower_ == "for" and any(o.dep_ == "pobj" and o.lemma_.lower() in ("reason", "ground") for o in tok.children)


def _stranded_principal(item: Token) -> list[Token]:
    """'resigned as Special Assistant to the Prime Minister on Information': the parser may hang
    'to the Prime Minister ...' on the verb; right after an aide's title it says whose aide, and so
    is part of the post (with the portfolio hung on it)."""
    doc = item.doc
    k = item.right_edge.i + 1
    if item.lemma_.lower() not in ROLE_HEADS or k >= len(doc) or doc[k].lower_ != "to" or doc[k].head.i == item.i:
        return []
    objects = [o for o in doc[k].children if o.dep_ == "pobj"]
    if not objects or objects[0].lemma_.lower() not in ROLE_HEADS:
        return []
    return list(subtree_span(doc[k]))


def _text(words: list[Token]) -> str:
    """The post as written: no leading article or pronoun, no date ('on Monday') hung on it."""
    dated: set[int] = set()
    for t in words:
        if t.dep_ == "prep" and any(o.ent_type_ in ("DATE", "TIME") or DATE_WORDS.search(o.text) for o in t.children):
            dated.update(range(t.left_edge.i, t.right_edge.i + 1))
    pronoun_owner = {t.i for t in words if t.dep_ == "poss" and t.pos_ == "PRON"}
    keep = [t for t in words if t.i not in dated and t.i not in pronoun_owner and not t.is_space
            and not (t.dep_ == "det" and t.i == words[0].i) and not (t.dep_ == "punct" and t.text not in ("-", "(", ")"))
            and not (t.dep_ == "case" and t.head.i in pronoun_owner)]
    keep = [t for t in keep if not (t.dep_ == "det" and t.head.dep_ == "poss" and t.i == keep[0].i)]
    text = "".join(t.text + (" " if t.whitespace_ or k + 1 < len(keep) and keep[k + 1].i != t.i + 1
                             and t.doc[keep[k + 1].i - 1].whitespace_ else "") for k, t in enumerate(keep))
    # a dropped comma leaves its space: "chapter, a fortnight" is never "chaptera fortnight"
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+(?:of Pakistan|as well)$", "", text).strip(" ,")
    text = re.sub(r"(?<=\w)\s+(?:minutes|hours|days|weeks|months)$", "", text, flags=re.I)  # "steps down as speaker
    # minutes before no-trust vote": the parse joins the time to the post, and no post ends in a span of time
    return text


def _seat_kind(text: str) -> str | None:
    if SEAT_WORDS.search(text):
        return "MNA"
    if PA_WORDS.search(text):
        return "MPA"
    if SENATE_WORDS.search(text):
        return "senator"
    return None


def _office_text(art: Article, item: Token, words: list[Token], role: str) -> str:
    """'the party's presidency' -> '<party> president'; 'PTI Karachi chairmanship' -> 'PTI Karachi chairman'."""
    party = ""
    for child in item.children:
        if child.dep_ in ("poss", "compound") and (child.lower_ in ("party", "its") or art.party_at(child) is not None):
            found = art.party_at(child)
            party = found.kb_id_ if found is not None else (art.focus_party(item.i) or "")
    mods = [t for t in words if t.i < item.i and t.dep_ in ("compound", "amod", "nmod") and art.party_at(t) is None
            and t.lower_ not in ("party", "its")]
    after = [t for t in words if t.i > item.i]
    parts = [party, " ".join(t.text for t in mods), role, _text(after)]
    return " ".join(p for p in parts if p).strip()
