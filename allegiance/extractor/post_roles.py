"""Whose post it is: the role written beside a person's name ('Sindh governor Imran Ismail',
'Tariq Cheema, the federal minister for housing', 'six MNAs, A, B and C'), the one a relative
clause says they serve as, or what the article said of them earlier. With it the placeholders
an act's own words leave ('resigned from his seat', 'quit the cabinet', 'tendered his
resignation') become posts. The article remembers each person's role, so that a later bare
'he will not resign' is about it.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .base import Article, subtree_span
from .post_words import ANY, GOVERNMENT, GOVERNMENT_ROLE, ROLE_HEADS, SEAT, _classify, _names_a_role, _seat_kind, _text


SEAT_ROLE = {"mna": "MNA", "mnas": "MNA", "mpa": "MPA", "mpas": "MPA", "senator": "senator", "senators": "senator"}


def remember_roles(art: Article, sent: Span) -> None:
    """'Prime Minister Imran Khan' anywhere in the article: the post a later bare
    'he won't resign' is about."""
    roles = art.memory.setdefault("roles", {})
    for person in art.persons_in(sent):
        if _is_role_not_name(person):
            continue
        role = _role_beside(art, sent, person)
        if role and not _seat_kind(role):
            roles.setdefault(person.kb_id_ or person.text, role)
        elif role and role.upper() in ("MNA", "MPA", "SENATOR"):  # "MPA X": the seat a later bare
            art.memory.setdefault("seat_roles", {}).setdefault(person.kb_id_ or person.text, role)  # "won't resign" is about


def _party_post_for_public_role(post: str, served: str | None) -> bool:
    """'X, who served as information minister, resigned from his party position': a party post left is not
    the public office the person once held."""
    return bool(served) and "party" in post.lower() and bool(GOVERNMENT_ROLE.search(served))


def _posts_for(art: Article, sent: Span, person: Span, items: list[str], status: str = "fact") -> list[str]:
    """The posts of one person: what the words named, placeholders filled from the role beside."""
    beside = _role_beside(art, sent, person) if sent.start <= person.start < sent.end else None
    if beside is None and sent.start <= person.start < sent.end:
        lead = _list_lead(art, sent, person)  # "UC chairmen A and B": B shares A's role
        beside = _role_beside(art, sent, lead) if lead is not None else None
    out: list[str] = []
    for item in items:
        post: str | None = item
        if item == SEAT:
            group = _group_role(art, sent, person)
            own = _seat_kind(beside or "") or _seat_in_relative(person)
            remembered = art.memory.get("post")
            held = beside if beside and not re.match(r"(?:former|ex)\b", beside, re.I) \
                and not _party_role(art, sent, person) else None  # "Dr Mir, a former parliamentary secretary,
            # also resigned her reserved seat": a role no longer held is not the seat; nor is a party's office
            # ("PTI president X ... was resigning his seat": the seat is in the house, the presidency in the party)
            post = group or own or held or (remembered if _seat_kind(remembered or "") else None) \
                or _provincial_seat(beside or _known(art, "roles", person)) or _fellow_seat(art, sent, person) or _story_seat(art)
        elif item.startswith(GOVERNMENT):
            post = beside if beside and re.search(r"minister|adviser|advisor|assistant|secretary", beside, re.I) \
                else item[len(GOVERNMENT):] or "minister"
        elif item == ANY:  # "Senator X, who had served as the party's information secretary, resigned from the post"
            served = _served_as(art, person) if beside and _seat_kind(beside) or not beside and _that_post(art, sent) else None
            # "X, who had earlier been the party's information secretary, gave up that position"
            post = served or beside or _group_role(art, sent, person) or _known(art, "person_posts", person) \
                or _known(art, "roles", person) or art.memory.get("post") or _kept_post(art, sent, status) \
                or _served_as(art, person) or (_known(art, "seat_roles", person) if status != "fact" else None) \
                or _office_filled(art, sent, person)
            # "MPA X ... he would not resign": a bare refusal is about the seat the name came with
        if post and _is_vague(art, post):  # "party position, still the senior vice president"; "X, the party's
            # Karachi chief, stepped down from his party office"
            post = _kept_post(art, sent, status) or (beside if beside and not _is_vague(art, beside) and not _seat_kind(beside)
                                             and item != ANY and not item.startswith(GOVERNMENT) else None) \
                or (_served_as(art, person) if item != ANY and not item.startswith(GOVERNMENT)
                    and not _party_post_for_public_role(post, _served_as(art, person)) else None) \
                or _cabinet_role_left(art, sent, person, item) or _party_role_known(art, person, item) \
                or _described_speaker(art, sent) or _known(art, "person_posts", person) or post
        if post:
            post = re.sub(r"\s+(['’]s)\b", r"\1", post)  # "party 's" as the tokens were joined
            post = _placed(art, post, [beside, _known(art, "roles", person), _headed_chapter(art, person),
                                        _role_of_relative(art, person.root)])  # "X, who had been the PTI's Sindh president"
            after = _role_after(art, sent, person) if sent.start <= person.start < sent.end else None
            post = _fuller_role(_fuller_role(post, beside), after)
        if post and post not in out:
            out.append(post)
    return out


FILL_VERBS = ("elect", "appoint", "name", "nominate", "swear", "choose", "replace", "succeed")


def _office_filled(art: Article, sent: Span, person: Span) -> str | None:
    """'Y was elected chief minister five days after X resigned from the office': a bare post left,
    in a sentence that fills an office for someone else, is that office; the successor's role
    ('elected', 'sworn in as', 'named') says what the one who left resigned."""
    if not sent.start <= person.start < sent.end:
        return None
    for tok in sent:
        if tok.lemma_.lower() not in FILL_VERBS or tok.pos_ not in ("VERB", "AUX") or tok.i >= person.start:
            continue
        for child in tok.children:
            objs = [child] if child.dep_ in ("oprd", "attr", "xcomp", "dobj") and child.tag_ != "NNP" else []
            objs += [o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ == "as" else []
            for obj in objs:
                words = [t for t in obj.subtree if t.i <= obj.i and t.dep_ != "det"]
                if _is_role_head(obj) and art.person_at(obj) is None:
                    return " ".join(t.text for t in words)
    return None


def _party_role_known(art: Article, sent_person: Span, item: str) -> str | None:
    """'its information secretary, X, was reported unhappy. ... She had no intention of resigning from her party
    post': a vague party post, its holder named in an earlier sentence, is the party role given with the name."""
    if item == ANY or item.startswith(GOVERNMENT) or not re.search(r"\bparty\b", item, re.I):
        return None
    role = _known(art, "roles", sent_person)
    if not role or _is_vague(art, role) or _seat_kind(role) or GOVERNMENT_WORDS.search(role) or not PARTY_OFFICES.search(role):
        return None  # "senior PTI leader" says what one is, not an office held
    return role


PARTY_OFFICES = re.compile(r"\b(?:secretary|president|chairman|chairperson|convener|convenor|treasurer|organi[sz]er|emir|ameer)\b", re.I)
GOVERNMENT_WORDS = re.compile(r"\b(?:minister|adviser|advisor|assistant|governor|speaker|chairman senate|senator|mna|mpa)\b", re.I)
DIRECTIONS = ("south", "north", "east", "west", "central", "upper", "lower", "southern", "northern", "western", "eastern")


def _placed(art: Article, post: str, roles: list[str | None]) -> str:
    """'stepped down as the party's city chief' said of 'the PTI's Karachi president X': a level word
    ('city', 'provincial', 'regional') stands for the place the person's own role names, which is
    what tells this post from every other chapter's ("party's Karachi city chief"). The post
    placed is remembered beside the words it was read from, so that a later bare 'his
    resignation' finds it."""
    words = post.split()
    level = next((k for k, w in enumerate(words) if w.lower() in art.lex["post_level_words"]), None)
    if level is None or any(w[:1].isupper() for w in words):
        return post  # "Karachi city president" already names its place
    for role in roles:
        place = _place_of_role(art, role or "")
        if place:
            placed = " ".join([*words[:level], place, *words[level:]])
            art.memory.setdefault("placed_posts", {})[placed] = post
            return placed
    return post


def _fuller_role(post: str, beside: str | None) -> str:
    """'tendered her resignation as committee head' of 'X, chairperson of the Senate Standing Committee
    on Interior': a post written as 'head' or 'chief' of a body the role beside the name names in
    full is that role."""
    words = post.lower().split()
    if not beside or len(words) > 3 or words[-1] not in ("head", "chief"):
        return post
    body = set(words[:-1]) - {"the", "party's", "its"}
    theirs = set(beside.lower().split())
    return beside if body and body <= theirs and len(theirs) > len(words) else post


def _place_of_role(art: Article, role: str) -> str | None:
    """'Pakistan Tehreek-e-Insaf's Karachi president' -> 'Karachi', "party's south Punjab president"
    -> 'south Punjab': the capitalised words just before the head of a chapter's office, not the party."""
    words = role.split()
    heads = [k for k, w in enumerate(words) if w.lower() in art.lex["post_place_heads"]]
    if not heads:
        return None
    k = heads[-1] - 1
    if k >= 0 and words[k].lower() in ("chapter", "city", "provincial", "district"):
        k -= 1  # "PTI's Sindh chapter head"
    end = k + 1
    while k >= 0 and words[k][:1].isupper() and not words[k].isupper() and not re.search(r"['’]s$", words[k]) \
            and not words[k].lower() in art.lex["post_level_words"]:
        k -= 1
    if k + 1 == end:
        return None
    if k >= 0 and words[k].lower() in DIRECTIONS:
        k -= 1
    return " ".join(words[k + 1:end])


def _headed_chapter(art: Article, person: Span) -> str | None:
    """'X, who headed the PTI's Sindh chapter, ...': the chapter a relative clause says the person led."""
    for rel in person.root.children:
        if rel.dep_ == "relcl" and rel.lemma_.lower() in ("head", "lead"):
            for obj in rel.children:
                if obj.dep_ == "dobj" and obj.lower_ in art.lex["post_place_heads"]:
                    return subtree_span(obj).text
    return None


PROVINCIAL_ROLE = re.compile(r"\b(?:punjab|sindh|khyber pakhtunkhwa|kp|balochistan|provincial)\b.*\b(?:minister|adviser|advisor)\b"
                             r"|\bchief minister\b", re.I)


def _party_role(art: Article, sent: Span, person: Span) -> bool:
    """The title before the name is a party's office ('PTI president X', 'the PML-N's Karachi chief X'), not a
    seat its holder won on the party's ticket ('PPP's UC chairmen X and Y')."""
    if not sent.start <= person.start < sent.end:
        return False
    before = art.doc[max(sent.start, person.start - 6):person.start]
    return bool(art.parties_in(before.start, before.end)) and any(t.lower_ in art.lex["party_office_heads"] for t in before)


def _fellow_seat(art: Article, sent: Span, person: Span) -> str | None:
    """'Dr A, who represented a Gulshan constituency, and Mrs B, an MPA on a reserved seat, were resigning
    their assembly seats': people who resign their seats together sit in one house; the seat the sentence
    gives one of them is the others' too."""
    if not sent.start <= person.start < sent.end:
        return None
    fellows = [other for other in art.persons_in(sent) if other.start != person.start and _conjoined(other.root, person.root)]
    kinds = {_seat_kind(role) for other in fellows for role in [_role_beside(art, sent, other) or ""] if _seat_kind(role)}
    return kinds.pop() if len(kinds) == 1 else None


def _conjoined(a: Token, b: Token) -> bool:
    """'A and B', 'A, B and C': one name a conjunct of the other, or both of a third."""
    return a.i in [c.i for c in b.conjuncts] or b.i in [c.i for c in a.conjuncts]


STORY_SEATS = {"MPA": re.compile(r"\bMPAs?\b"), "MNA": re.compile(r"\bMNAs?\b"), "senator": re.compile(r"\b[Ss]enators?\b")}


def _story_seat(art: Article) -> str:
    """'Sardar Idrees said he would not give up his seat' in a story of expelled MPAs: a seat no word
    beside the name places is of the one kind of legislator the story speaks of, else an MNA's."""
    text = art.memory.get("article_text", "")
    kinds = [kind for kind, pattern in STORY_SEATS.items() if pattern.search(text)]
    return kinds[0] if len(kinds) == 1 else "MNA"


def _provincial_seat(role: str | None) -> str | None:
    """'Punjab Minister for Food X ... "I am not resigning my assembly seat"': a provincial minister's
    seat is in the provincial assembly."""
    return "MPA" if role and PROVINCIAL_ROLE.search(role) and not re.search(r"\bfederal\b", role, re.I) else None


def _seat_in_relative(person: Span) -> str | None:
    """'X, who represents a Gulshan constituency in the Sindh Assembly, resigned from the assembly':
    the house a relative clause on the name seats the person in."""
    for rel in person.root.children:
        if rel.dep_ == "relcl" and rel.lemma_.lower() in ("represent", "sit", "be"):
            kind = _seat_kind(subtree_span(rel).text)
            if kind:
                return kind
    return None


def _cabinet_role_left(art: Article, sent: Span, person: Span, item: str) -> str | None:
    """'Former caretaker interior minister X ... days after resigning from the federal cabinet': the cabinet
    left is the ministry the name is written with, 'former' now because it was left."""
    if not re.search(r"\b(?:cabinet|government|govt|ministry)\b", item, re.I) or not sent.start <= person.start < sent.end:
        return None
    role = _role_beside(art, sent, person, former=True)
    return role if role and re.search(r"minister|adviser|advisor|assistant", role, re.I) else None


def _is_vague(art: Article, post: str) -> bool:
    return not set(re.findall(r"[a-z]+", post.lower())) - set(art.lex["vague_post_words"])


def _served_as(art: Article, person: Span) -> str | None:
    """'X, who had been serving as adviser to the prime minister on interior, resigned': the role
    a relative clause on the name gives; 'X served as the PML-N's Punjab president until 2005, when he
    resigned the post': the role the name's own clause gives, the post a later 'the post' stands for."""
    return _role_of_relative(art, person.root) or _role_served_by_subject(art, person.root)


def _role_served_by_subject(art: Article, root: Token) -> str | None:
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in art.lex["serve_as_verbs"]:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            return _role_after_as(art, prep)
    return None


def _described_speaker(art: Article, sent: Span) -> str | None:
    """'"I have resigned from my party position ...," wrote the former minister, who until then had been the
    party's senior vice president': the role a relative clause gives the one who speaks or acts in the
    sentence, told by a title ('the former minister'), for a post the act names only vaguely."""
    for tok in sent:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN" and any(c.dep_ == "relcl" for c in tok.children):
            found = _role_of_relative(art, tok)
            if found:
                return found
    return None


def _role_of_relative(art: Article, head: Token) -> str | None:
    for rel in head.children:
        if rel.dep_ != "relcl":
            continue
        chosen = rel.lemma_.lower() in ("elect", "appoint", "name", "nominate", "make")  # "who had been elected chief minister"
        if rel.lemma_.lower() == "be" or chosen:  # "X, who is also the PML-N's Muzaffargarh district president, ..."
            for obj in rel.children:
                if (obj.dep_ == "attr" or (chosen and obj.dep_ == "oprd")) and _names_a_role(art, obj):
                    found = _classify(art, obj)
                    if found and found not in (ANY, SEAT) and not found.startswith(GOVERNMENT) and not _is_vague(art, found):
                        return found
        for tok in rel.subtree:
            if tok.dep_ == "prep" and tok.lower_ == "as" and tok.head.lemma_.lower() in art.lex["serve_as_verbs"]:
                found = _role_after_as(art, tok)
                if found:
                    return found
        portfolio = _portfolio_held(rel)
        if portfolio:
            return portfolio
    return None


def _portfolio_held(rel: Token) -> str | None:
    """'X, who held the finance portfolio', 'who held the portfolio of railways': a ministry held,
    told as its portfolio, is that minister's post."""
    if rel.lemma_.lower() not in ("hold", "have", "head", "look"):
        return None
    for obj in (c for c in rel.children if c.dep_ == "dobj" and c.lower_ == "portfolio"):
        field = [c for c in obj.children if c.dep_ == "compound" and c.is_lower]
        field += [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj" and g.is_lower]
        if len(field) == 1:
            words = [t.text for t in subtree_span(field[0])] if field[0].dep_ == "pobj" else \
                [t.text for t in field[0].subtree]
            return " ".join(words) + " minister"
    return None


def _kept_post(art: Article, sent: Span, status: str) -> str | None:
    """'withdrew his resignation ... to continue as the party's chief': the post kept is the one
    the resignation was of -- only when the resignation is denied or hedged ('resigned from the
    cabinet but is still the party's president' keeps another post)."""
    if status == "fact":
        return None
    for tok in sent:
        if tok.lower_ == "still" and tok.head.i != tok.i and _names_a_role(art, tok.head) and tok.head.pos_ == "NOUN":
            role = tok.head  # "hasn't resigned from his post, still the vice president"
            words = [t for c in role.children if c.i < role.i and c.dep_ in ("compound", "amod", "nmod") for t in c.subtree]
            found = _text(sorted(words + [role], key=lambda t: t.i))
            if found:
                return found
        if tok.lemma_.lower() in art.lex["stay_in_post_verbs"]:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "as":
                    found = _role_after_as(art, prep)
                    if found:
                        return found
    return None


def _role_after_as(art: Article, prep: Token) -> str | None:
    """The named post after 'as' ('served as the party's chief', 'continue as president'), not a
    seat or a bare word for government."""
    for obj in prep.children:
        if obj.dep_ == "pobj" and _names_a_role(art, obj):
            found = _classify(art, obj)
            if found and found not in (ANY, SEAT) and not found.startswith(GOVERNMENT):
                return found
    return None


def _known(art: Article, key: str, person: Span) -> str | None:
    """What the article said earlier of this person ('Akhtar Mengal' is 'Sardar Akhtar Mengal')."""
    known = art.memory.get(key, {})
    name = person.kb_id_ or person.text
    if name in known:
        return known[name]
    words = set(name.lower().split())
    for other, value in known.items():
        theirs = set(other.lower().split())
        if len(words & theirs) >= 2 and (words <= theirs or theirs <= words):
            return value
    return None


def _list_lead(art: Article, sent: Span, person: Span) -> Span | None:
    """The first person of the list this one closes ('A, B and C' -> A), None if it opens none."""
    doc, lead, i = art.doc, None, person.start - 1
    while i >= sent.start:
        tok = doc[i]
        other = art.person_at(tok)
        if other is not None:
            lead, i = other, other.start - 1
            continue
        if tok.text == "," or tok.lower_ == "and" or tok.is_space:
            i -= 1
            continue
        break
    return lead


def _group_role(art: Article, sent: Span, person: Span) -> str | None:
    """'Six MNAs, A, B and C, and two MPAs, D and E': the seat word the list hangs on."""
    doc = art.doc
    i = person.start - 1
    while i >= sent.start:
        tok = doc[i]
        other = art.person_at(tok)
        if other is not None:
            i = other.start - 1
            continue
        if tok.is_punct or tok.lower_ in ("and",) or tok.is_space:
            i -= 1
            continue
        return SEAT_ROLE.get(tok.lower_)
    return None


def _role_beside(art: Article, sent: Span, person: Span, former: bool = False) -> str | None:
    """'Sindh governor Imran Ismail', 'Minister of Fisheries X', 'Advisor to Chief Minister MPA X'
    or 'Imran Ismail, the Sindh governor,'. With ``former``, a role the name no longer holds too
    ('former home minister X'), without that word."""
    doc = art.doc
    before: list[Token] = []
    i = person.start - 1
    while i >= sent.start and _words_outside_parties(art, before) < 10:  # a party's long name is one word here
        tok = doc[i]
        other = art.person_at(tok)
        if other is not None and _is_role_not_name(other):
            before[:0] = list(doc[other.start:tok.i + 1])  # "Special Assistant" read as a name by the tagger
            i = other.start - 1
            continue
        if tok.is_space or other is not None:
            break
        party = art.party_at(tok)
        if party is not None:
            before[:0] = list(doc[party.start:party.end])
            i = party.start - 1
            continue
        bracketed = _bracketed_party_code(art, i, sent.start)
        if bracketed is not None:
            i = bracketed  # "Vice President Pakistan Peoples Party (PPP) South Punjab X": the code, said twice
            continue
        glued = tok.text == "-" and not tok.whitespace_ and i > sent.start and not doc[i - 1].whitespace_ and before \
            and (f"{doc[i - 1].lower_}-{before[0].lower_}" in art.lex["tally2_hyphened_roles"]
                 or doc[i - 1].pos_ == before[0].pos_ == "PROPN")  # "Gilgit-Baltistan Governor": a place in two
        if (tok.text in art.lex["roles"] or tok.pos_ in ("PROPN", "NOUN", "ADJ")) and not tok.is_punct or glued:
            before.insert(0, tok)  # (a hyphen inside a role: "zonal in-charge")
        elif tok.lower_ in ("for", "of", "to", "on") and before:
            before.insert(0, tok)
        elif tok.lower_ == "the" and before and i - 1 >= sent.start and doc[i - 1].lower_ in ("to", "of") \
                and before[0].is_title:
            before.insert(0, tok)  # "Special Assistant to the Prime Minister on Health X"
        else:
            coordinated = before or (i - 1 >= sent.start and doc[i - 1].lower_ == "and")
            portfolio = _portfolio_start(art, sent, i) if coordinated else None
            if portfolio is None:
                break
            before[:0] = list(doc[portfolio:i + 1])  # "minister for communications and works X", 'works' read as a verb
            i = portfolio - 1
            continue
        i -= 1
    while before and (before[0].pos_ in ("ADP", "SCONJ") or before[0].lower_ in ("for", "of", "to", "on")):
        before.pop(0)
    if any(t.lower_ in ("former", "ex", "ex-", "then") for t in before):
        if not former:  # "Former minister X resigned his seat": the role is no longer his to resign, but
            return _current_role_after(art, sent, person)  # "former minister X, the PTI's finance secretary," holds that one
        before = [t for t in before if t.lower_ not in ("former", "ex", "ex-", "then")]
    role = _role_phrase(before, art.lex["tally2_hyphened_roles"]) or _title_before_party(art, before)
    while role is None and any(t.pos_ == "ADP" for t in before):
        first = next(k for k, t in enumerate(before) if t.pos_ == "ADP")
        before = before[first + 1:]  # 'the resignation of incumbent CM X': the role starts after 'of'
        role = _role_phrase(before, art.lex["tally2_hyphened_roles"])
    if role and role.split()[-1].lower() not in art.lex["tally2_descriptor_roles"]:
        return role
    return _role_after(art, sent, person) or _role_appos_head(art, person) or role


def _words_outside_parties(art: Article, words: list[Token]) -> int:
    """How many words a role has, a party's name ('Pakistan Muslim League-Nawaz') counted as one."""
    return sum(1 for k, t in enumerate(words) if art.party_at(t) is None or k == 0 or art.party_at(words[k - 1]) is None)


def _title_before_party(art: Article, words: list[Token]) -> str | None:
    """'Vice President Pakistan Peoples Party South Punjab X', 'Secretary General PML-N X': the order of
    the Urdu press in English, the title first, then the party and its place; the post as written."""
    first_party = next((k for k, t in enumerate(words) if art.party_at(t) is not None), None)
    if not first_party:
        return None
    title, rest = words[:first_party], words[first_party:]
    last = title[-1]
    if not (last.lower_ in ROLE_HEADS or last.lemma_.lower() in ROLE_HEADS or last.lower_ == "general" and len(title) > 1
            and title[-2].lower_ in GENERAL_OFFICES) or any(t.pos_ not in ("PROPN", "NOUN") for t in title):
        return None
    if any(art.party_at(t) is None and (t.pos_ not in ("PROPN", "NOUN") or t.lower_ in ROLE_HEADS) for t in rest):
        return None  # only the party and its place follow the title
    return re.sub(r"\s+", " ", "".join(t.text + (t.whitespace_ and " ") for t in words)).strip()


def _bracketed_party_code(art: Article, i: int, start: int) -> int | None:
    """At the ')' of a party's code in brackets written after its name ('Pakistan Peoples Party (PPP)'),
    the index just before the '(' (the code repeats the name, which the role keeps); else None."""
    doc = art.doc
    code = art.party_at(doc[i - 1]) if doc[i].text == ")" and i - 1 >= start else None
    if code is None or code.end != i or code.start - 2 < start or doc[code.start - 1].text != "(":
        return None
    return code.start - 2 if art.party_at(doc[code.start - 2]) is not None else None


def _portfolio_start(art: Article, sent: Span, i: int) -> int | None:
    """'minister for communications and works': the words of a portfolio after a role's 'for' / 'of'
    whatever the tagger made of them ('and', 'works' read as a verb); the token after that 'for'."""
    doc = art.doc
    for j in range(i - 1, max(sent.start, i - 5) - 1, -1):
        tok = doc[j]
        if tok.lower_ in ("for", "of") and j > sent.start and (doc[j - 1].lower_ in ROLE_HEADS or doc[j - 1].lemma_.lower() in ROLE_HEADS):
            return j + 1
        if not tok.is_alpha or art.person_at(tok) is not None or art.party_at(tok) is not None:
            return None
    return None


def _role_appos_head(art: Article, person: Span) -> str | None:
    """'the chief minister's adviser on agriculture, Malik Naveed Anwar, tendered his resignation':
    the name set off by commas after a role is that role's holder; the role is the head it hangs on."""
    root = person.root
    head = root.head
    if root.dep_ == "conj" and head.dep_ == "appos":
        head = head.head  # "Two federal ministers, A and B,": B is A's conjunct
    if not _is_role_head(head) and head.dep_ == "pobj" and head.head.dep_ == "prep" and _is_role_head(head.head.head) \
            and (head.head.head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in head.head.head.children)
                 or _place_not_party(art, head)):
        head = head.head.head  # "its two ministers in the federal cabinet, A and B,": the names hang on the last noun;
        # "a caretaker minister in Khyber Pakhtunkhwa, X,": a place has no holder, the role before it has
    portfolio_first = _role_in_conjunct(head, person)
    if portfolio_first is not None:
        return portfolio_first
    if root.dep_ not in ("appos", "conj") or head.i >= person.start or not _is_role_head(head) \
            or art.person_at(head) is not None:
        return None
    if head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in head.children):
        return _each_ones_role(head, person)
    before = min(person.start, root.left_edge.i)  # not the name's own rank: "..., Lt Gen (retd) X"
    words = [t for t in subtree_span(head) if t.i < before and not (t.is_punct and t.text not in ("-",))]
    return _text(words) or None


def _role_in_conjunct(head: Token, person: Span) -> str | None:
    """'the caretaker communications and works minister, X,': the parser makes the first portfolio the
    head the name hangs on and the role its conjunct; the whole phrase before the name is the role."""
    if person.root.dep_ != "appos" or _is_role_head(head) or head.pos_ != "NOUN":
        return None
    roles = [c for c in head.children if c.dep_ == "conj" and c.i < person.start and _is_role_head(c)]
    if not roles or not any(c.dep_ == "cc" for c in head.children):
        return None
    words = [t for t in subtree_span(head) if t.i <= roles[-1].i and t.i < person.start and not t.is_punct]
    return _text(words) or None


def _each_ones_role(head: Token, person: Span) -> str | None:
    """'Its two federal ministers, A and B, tendered their resignations': each named one holds the
    office the group's plural names ('federal minister'). A group of members ('two members of his
    cabinet - A and B') names no office of anyone's."""
    if head.lemma_.lower() in ("member", "leader", "head") or head.lemma_.lower() not in ROLE_HEADS:
        return None
    words = [t for t in head.doc[head.left_edge.i:head.i] if t.dep_ in ("amod", "compound") and not t.is_punct]
    return " ".join([_text(words), head.lemma_.lower()]).strip()


def _is_role_head(tok: Token) -> bool:
    """A word that heads a role: 'minister', 'emir', and 'general' of 'secretary general', 'attorney
    general', 'advocate general', 'auditor general'."""
    return tok.lemma_.lower() in ROLE_HEADS or tok.lower_ in ROLE_HEADS or (
        tok.lower_ == "general" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in GENERAL_OFFICES)


GENERAL_OFFICES = {"secretary", "attorney", "advocate", "auditor", "accountant", "solicitor", "postmaster"}


def _role_after(art: Article, sent: Span, person: Span) -> str | None:
    """'X, the party's vice chairman,': the role in an apposition after the name; it is preferred to a
    describing word before the name ('Senior leader X, the party's vice chairman')."""
    doc = art.doc
    after = doc[person.end:min(sent.end, person.end + 10)]
    if len(after) > 2 and after[0].text == "," and after[1].dep_ != "cc":  # "the district president, A, and general
        # secretary, B,": a role after 'and' is the next name's
        words = []
        for tok in after[1:]:
            if tok.text in (",", ".", ";") or tok.pos_ in ("VERB", "AUX") or art.person_at(tok) is not None:
                break
            if tok.dep_ not in ("det",):
                words.append(tok)
        if words and any(_is_role_head(t) for t in words) and not _describes_member(art, words):
            return " ".join(t.text for t in words)
    return None


def _describes_member(art: Article, words: list[Token]) -> bool:
    """'Mr Zubair, a senior leader of the PML-N,': a leader, stalwart or aide of a party with no office word
    is who the person is, not a post he could resign ('parliamentary leader', 'leader of the opposition' are)."""
    heads = [k for k, t in enumerate(words) if _is_role_head(t)]
    k = heads[0]
    if words[k].lower_ not in art.lex["tally2_descriptor_roles"] or any(_is_role_head(t) for t in words[k + 1:]):
        return False
    rest = words[k + 1:]
    if rest and (rest[0].lower_ != "of" or not all(art.party_at(t) is not None or t.lower_ in ("of", "the") for t in rest)):
        return False  # "leader of the opposition", "aide to the chief minister": an office
    return all(t.lower_ in art.lex["descriptor_role_modifiers"] for t in words[:k])


def _that_post(art: Article, sent: Span) -> bool:
    """'gave up that position', 'quit this post': a generic office word pointing back at a post the
    sentence has already named, as a relative clause on the name does."""
    return any(t.lower_ in art.lex["office_generic_heads"] and any(c.dep_ == "det" and c.lower_ in ("that", "this") for c in t.children)
               for t in sent)


def _current_role_after(art: Article, sent: Span, person: Span) -> str | None:
    """The role an apposition after the name gives, when it is not one more role left ('former minister
    X, currently the party's finance secretary, ...' holds the secretaryship; 'X, a former MNA,' nothing)."""
    role = _role_after(art, sent, person)
    if role is None or re.search(r"\b(?:former|ex|then)\b", role, re.I) or not (PARTY_OFFICES.search(role) or _seat_kind(role)):
        return None  # "a senior leader from Balochistan", "a strong contender for the top slot": no office held
    return re.sub(r"^(?:currently|now|also|still)\s+", "", role, flags=re.I)


def _is_role_not_name(span: Span) -> bool:
    return span[-1].lower_ in ROLE_HEADS or span[-1].lemma_.lower() in ROLE_HEADS


def _role_phrase(words: list[Token], hyphened: frozenset[str] = frozenset()) -> str | None:
    """The role in the words before a name; a role the tokenizer splits at its hyphens ('zonal
    in-charge') is read whole (`hyphened`)."""
    heads = [k for k, t in enumerate(words) if t.lower_ in ROLE_HEADS or t.lemma_.lower() in ROLE_HEADS
             or (k >= 2 and words[k - 1].text == "-" and f"{words[k - 2].lower_}-{t.lower_}" in hyphened)
             or (k >= 1 and t.lower_ == "general" and words[k - 1].lower_ in GENERAL_OFFICES)]  # "PTI secretary general X"
    if not heads:
        return None
    adps = [k for k, t in enumerate(words) if t.pos_ == "ADP"]
    if adps and heads[0] > adps[0]:
        return None  # the role is the head of the phrase, before any 'of' / 'for'
    if adps and not any(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in words[adps[-1] + 1:]):
        return None
    if not adps and heads[-1] != len(words) - 1:
        return None  # 'PTI leader Karachi X' is no role phrase; the role word ends it
    seat_tail = [k for k in heads if words[k].lower_ in SEAT_ROLE]
    if seat_tail and seat_tail[-1] == len(words) - 1 and any(k not in seat_tail for k in heads) and len(words) > 1:
        words = words[:seat_tail[-1]]  # 'Advisor to Chief Minister MPA X': the office, not the seat
    text = "".join(t.text + (t.whitespace_ and " ") for t in words if t.lower_ not in ("former",))
    return re.sub(r"\s+", " ", text).strip() or None


def _place_not_party(art: Article, tok: Token) -> bool:
    """A proper noun that is neither a party nor a person ('Khyber Pakhtunkhwa', 'Sindh'): a name set off
    by commas after it cannot be the place's apposition, so it belongs to the role the place qualifies."""
    return tok.pos_ == "PROPN" and art.person_at(tok) is None and art.party_at(tok) is None
