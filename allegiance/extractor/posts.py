"""resign_post: a person gives up a post (party office, assembly seat, ministry).

The post comes from the trigger's own words ("resigned as president PTI
Karachi", "resigning from Parliament", "stepped down from the party's
presidency") or, when those words name no post by themselves ("tendered his
resignation", "resigned from his seat", "quit the cabinet"), from the role
written beside the name ("Sindh governor Imran Ismail", "Special Assistant for
Overseas Pakistanis X", "Tariq Cheema, the federal minister for housing", "six
MNAs, A, B and C"). What the words name as the party itself ("resigned from
the assembly and the PML-N") is a leaving, left to membership.py.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..model import Event
from .base import Article, is_pronoun, subjects_of, subtree_span
from .membership import event_date
from .movers import actors, focus_before
from .listed import ends_with_colon, list_item, open_list
from .status import _governing_chain, act_status, on_hearsay, still_to_come
from .triggers import Trigger

SEAT_WORDS = re.compile(r"national assembly|\bparliament\b|\bmnas?\b|\bna\b|lower house", re.I)
PA_WORDS = re.compile(r"provincial assembly|punjab assembly|sindh assembly|balochistan assembly|pakhtunkhwa assembly|"
                      r"kp assembly|\bmpas?\b", re.I)
SENATE_WORDS = re.compile(r"\bsenat", re.I)
DATE_WORDS = re.compile(r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|"
                        r"june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|"
                        r"nov|dec|\d{4}|today|yesterday|tonight|morning|evening|night|week|month|year)$", re.I)
PARTYISH = {"party", "membership", "basic", "primary", "politics", "fold", "ranks"}
ROLE_HEADS = {"minister", "governor", "president", "chairman", "chairperson", "secretary", "speaker", "leader", "adviser",
              "advisor", "mayor", "chief", "convener", "convenor", "spokesperson", "senator", "mna", "mpa", "assistant",
              "ameer", "emir", "cm", "pm", "sapm", "sacm", "member", "head", "coordinator", "treasurer"}
SEAT_ROLE = {"mna": "MNA", "mnas": "MNA", "mpa": "MPA", "mpas": "MPA", "senator": "senator", "senators": "senator"}
RESIGN_NOUNS = ("resignation", "resignations")
RESIGN_TRIGGER_LEMMAS = frozenset({"resign", "step", "quit", "leave", "give", "withdraw", "vacate", "relinquish"})  # find_resign_triggers reads no other verb
REPORT_NOUNS = ("reports", "report", "news", "rumours", "rumors", "speculation", "speculations", "talk", "claims")
LETTER_VERBS = ("share", "post", "sign", "write", "tweet", "release")
TENDER_VERBS = ("tender", "submit", "announce", "send", "hand", "present", "offer", "give", "forward")

GOVERNMENT_ROLE = re.compile(r"\b(?:minister|adviser|advisor|assistant|caretaker|governor|speaker)\b", re.I)
POST_STOPS = {"ahead", "after", "amid", "amidst", "despite", "following", "not"}  # no post's words go on past these ("..., not the PTI")
POST_MOODS = {"protest", "disgust", "anger", "frustration", "solidarity"}  # nor past "in protest"
# What a post word stands for when it names no post by itself.
ANY, SEAT, GOVERNMENT = "<any>", "<seat>", "<government>"


def find_resign_triggers(art: Article, sent: Span) -> list[Trigger]:
    if not art.any_lemma(sent, RESIGN_TRIGGER_LEMMAS) and art.words(sent)[0].isdisjoint(RESIGN_NOUNS):
        return []
    lex = art.lex
    found = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma == "resign" and tok.pos_ in ("VERB", "AUX"):
            if any(c.lower_ in ("himself", "herself", "themselves") for c in tok.children) or tok.dep_ == "amod" \
                    or (tok.dep_ in ("acomp", "xcomp") and tok.tag_ == "VBN" and tok.head.lemma_.lower() in ("seem", "appear", "look", "sound", "remain")):
                continue  # "resigned himself to defeat", "a resigned look"
            if _repeated_from_party(art, tok):
                continue  # "I have not resigned and will not resign from the MQM-P": the party, said twice
            found.append(Trigger("resign", tok, frozenset({tok.i}), "resign.verb"))
        elif lemma == "step" and any(c.lower_ in ("down", "aside") for c in tok.children):
            found.append(Trigger("resign", tok, frozenset({tok.i}), "resign.step_down"))
        elif tok.lower_ in RESIGN_NOUNS and tok.head.lemma_.lower() in lex["resign_retract_verbs"] and tok.dep_ == "dobj" \
                and (tok.head.lemma_.lower() != "take" or any(c.lower_ == "back" for c in tok.head.children)):
            found.append(Trigger("resign", tok.head, frozenset({tok.i, tok.head.i}), "resign.retract"))
        elif tok.lower_ in RESIGN_NOUNS and tok.head.lemma_.lower() in TENDER_VERBS and tok.dep_ == "dobj" \
                and not _noun_people(art, tok):
            found.append(Trigger("resign", tok.head, frozenset({tok.i, tok.head.i}), "resign.tender"))
        elif tok.lower_ in RESIGN_NOUNS and _noun_people(art, tok):
            found.append(Trigger("resign", tok, frozenset({tok.i}), "resign.noun"))  # "the resignation of CM X"
        elif tok.lower_ in RESIGN_NOUNS and tok.dep_ == "compound" and tok.head.lemma_.lower() == "letter":
            verb = _letter_verb(tok.head)  # "sent his resignation letter", "shared a copy of his resignation letter"
            if verb is not None:
                found.append(Trigger("resign", verb, frozenset({tok.i, tok.head.i, verb.i}), "resign.letter"))
        elif (lemma in ("quit", "leave") or lemma == "give" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)) \
                and tok.pos_ == "VERB" and any(_is_office_object(art, c, lemma) for c in tok.children):  # "give up his post"
            found.append(Trigger("resign", tok, frozenset({tok.i}), "resign.quit_office"))  # "quit the federal cabinet"
        elif lemma in ("quit", "withdraw") and any(c.lower_ == "as" and _as_names_a_role(art, c) for c in tok.children):
            found.append(Trigger("resign", tok, frozenset({tok.i}), "resign.quit_as"))
        elif lemma in ("vacate", "relinquish") and tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children):
            found.append(Trigger("resign", tok, frozenset({tok.i}), "resign.vacate"))
        elif lemma == "quit" and tok.pos_ == "VERB" and not any(c.dep_ in ("dobj", "prt") or c.dep_ == "prep" and c.lower_ in ("from", "as")
                                                                for c in tok.children) \
                and not art.parties_in(sent.start, sent.end):
            found.append(Trigger("resign", tok, frozenset({tok.i}), "resign.quit_bare"))  # "minister X also quit"
    return found


def _repeated_from_party(art: Article, verb: Token) -> bool:
    """A bare 'resigned' whose own repetition goes on to name a party ('have not resigned and will not
    resign from the MQM-P'): the object left out is the same party, a leaving and no post."""
    if any(c.dep_ in ("dobj", "prep") for c in verb.children):
        return False
    return any(other.lemma_.lower() == "resign" and any(
        c.dep_ == "prep" and c.lower_ == "from" and any(art.party_at(o) is not None for o in c.children)
        for c in other.children) for other in verb.conjuncts)


def _as_names_a_role(art: Article, prep: Token) -> bool:
    """'quit as chairman' names the post left; 'quit the PTI as a protest' does not."""
    for obj in (o for o in prep.children if o.dep_ == "pobj"):
        words = [obj] + [c for c in obj.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
        heads = art.lex["post_head_words"] | ROLE_HEADS | set(art.lex["office_generic_heads"])
        if any(t.lower_ in heads or t.lemma_.lower() in heads for t in words) or _names_a_role(art, obj) and obj.i == obj.right_edge.i:
            return True
    return False


def _is_office_object(art: Article, obj: Token, verb: str) -> bool:
    """The object of 'quit' / 'leave' that is an office, not a party or a place: 'quit the cabinet',
    'quit his post', 'quit the party's core committee', 'quit the Senate' (not 'left the house')."""
    if obj.dep_ != "dobj" or art.party_at(obj) is not None:
        return False
    lex = art.lex
    word = obj.lower_
    offices = {entry.split(":", 1)[0] for entry in lex["office_nouns"]}
    if word in lex["office_generic_heads"] or word in offices or word in ("committee", "committees", "cabinet", "ministry", "portfolio"):
        return True
    return verb in ("quit", "give") and (word in lex["office_generic_seats"] and word != "house" or bool(
        _seat_kind(" ".join(t.text for t in subtree_span(obj)))))


def _letter_verb(letter: Token) -> Token | None:
    tok = letter
    for _ in range(4):
        if tok.head.i == tok.i or tok.dep_ not in ("dobj", "pobj", "prep", "nsubjpass"):
            return None
        tok = tok.head
        if tok.pos_ == "VERB":
            return tok if tok.lemma_.lower() in TENDER_VERBS + LETTER_VERBS else None
    return None


def extract_posts(art: Article, sent: Span) -> list[Event]:
    remember_posts(art, sent)
    remember_roles(art, sent)
    events = list_item(art, sent, "resign_post")
    if events:
        return events
    triggers = find_resign_triggers(art, sent)
    if not triggers:
        events = _group_listed(art, sent)
    _remember_group(art, sent)
    for trig in triggers:
        items = _post_items(art, trig)
        if items is None:  # resigning from the party is a leaving, handled elsewhere
            continue
        people = _resign_actors(art, sent, trig)
        if not people:
            continue
        items = _accepted_seat(art, trig, items)
        status = resign_status(art, trig, sent)
        kept = _party_kept(art, trig)
        if kept is not None and status == "denied" and not any(
                c.dep_ == "neg" and art.doc[c.i - 1].text != "," for c in trig.head.children):
            status = "fact"  # the 'not' denies the party, not the posts left
        if status is None:
            continue
        accepted = trig.head.lower_ in RESIGN_NOUNS and trig.head.head.lemma_.lower() in art.lex["resignation_accept_verbs"]
        # the day a resignation was accepted is not the act's: the day the article says it was tendered, if any
        when = art.memory.get("resignation_date") if accepted else event_date(art, sent, trig.head)
        if when is None and status != "fact" and not accepted \
                and not (on_hearsay(sent, art.lex) and still_to_come(trig.head, art.lex)):
            # a hedged or denied act carries the date of the statement (unnamed sources' word has none)
            when = event_date(art, sent, _governing_chain(trig.head)[-1])
        named = [i for i in items if i not in (ANY, SEAT) and not i.startswith(GOVERNMENT)]
        if named:
            art.memory["post"] = named[0]
        for person in people:
            if trig.rule == "resign.quit_bare":  # a bare 'quit' leaves a government post only when one is beside the name
                role = _role_beside(art, sent, person) if sent.start <= person.start < sent.end else _known(art, "roles", person)
                if not role or not GOVERNMENT_ROLE.search(role):
                    continue
            if kept is not None:  # "I have left the ministry, not the PTI": a leaving denied
                events.append(Event(doc=art.doc_id, type="leave_party", actor=person.kb_id_ or person.text, party=kept,
                                    date=when, status="denied", evidence=art.evidence(sent, "resign.not_party"),
                                    confidence=0.5))
            for post in _posts_for(art, sent, person, items, status):
                if post in named:
                    art.memory.setdefault("person_posts", {})[person.kb_id_ or person.text] = post
                events.append(Event(doc=art.doc_id, type="resign_post", actor=person.kb_id_ or person.text,
                                    party=art.focus_party(person.start), post=post, date=when, status=status,
                                    evidence=art.evidence(sent, trig.rule), confidence=0.6))
    if not events and triggers and (_among_the_group(sent) is not None or any(
            t.lemma_.lower() == "include" and t.dep_ == "ROOT" and any(_those_who_resigned(s) for s in subjects_of(t))
            for t in sent)):
        events = _group_listed(art, sent)  # "A and B were among those who resigned", "Those who resigned included A"
    if not events and ends_with_colon(sent):
        _open_resign_list(art, sent, triggers)
    return events


def _party_kept(art: Article, trig: Trigger) -> str | None:
    """'giving up the post, not the PTI', 'left the ministry and the division office, not the PML-N': a party
    set against the posts left by ', not' is the party the person says they do not leave."""
    if trig.rule not in ("resign.quit_office", "resign.verb", "resign.step_down"):
        return None
    doc = art.doc
    for tok in trig.head.subtree:
        if tok.lower_ != "not" or tok.i == 0 or doc[tok.i - 1].text != "," or tok.i + 1 >= len(doc):
            continue
        nxt = doc[tok.i + 1] if doc[tok.i + 1].dep_ != "det" or tok.i + 2 >= len(doc) else doc[tok.i + 2]
        party = art.party_at(nxt)
        if party is not None and party.kb_id_ != "IND":
            return party.kb_id_
    return None


def _accepted_seat(art: Article, trig: Trigger, items: list[str]) -> list[str]:
    """'X's resignation has also been accepted' in a story of a group's seats resigned (the Speaker
    accepting them): the resignation is of the same seat, whatever party office X holds."""
    if items != [ANY]:
        return items
    verb = trig.head.head if trig.head.lower_ in RESIGN_NOUNS else None
    if verb is None or verb.lemma_.lower() not in art.lex["resignation_accept_verbs"]:
        return items
    group = art.memory.get("resign_group")
    remembered = art.memory.get("post")
    seat = group[2] if group else (remembered if _seat_kind(remembered or "") or remembered in ("MNA", "MPA", "senator") else None)
    return [seat] if seat else items


def _open_resign_list(art: Article, sent: Span, triggers: list[Trigger]) -> None:
    """'It named the lawmakers whose resignations were accepted:' with one name a line below:
    the group resignation just reported, or one this sentence states of a group."""
    group = art.memory.get("resign_group")
    recent = group and group[0] is art.doc and sent.start - group[1] <= 80
    if not recent:
        group = _own_group(art, sent, triggers)  # "The following PTI MNAs tendered their resignations:"
    if not group or not any(t.lower_ in GROUP_SEAT_NOUNS or t.lower_ in ("those", "they") for t in sent):
        return
    if not triggers and not any(t.lower_ in RESIGN_NOUNS for t in sent):
        return
    post, when = group[2], group[3]

    def make(person: Span, item: Span) -> Event:
        return Event(doc=art.doc_id, type="resign_post", actor=person.kb_id_ or person.text, party=art.focus_party(person.start),
                     post=post, date=when, status="fact", evidence=art.evidence(item, "resign.line_list"), confidence=0.5)
    open_list(art, sent, "resign_post", make)


def _own_group(art: Article, sent: Span, triggers: list[Trigger]) -> tuple | None:
    """The unnamed group this sentence says resigned, as the subject of its own trigger, with the
    seat its group word names ('MNAs', 'senators'); None when it names no seat."""
    for trig in triggers:
        for subj in subjects_of(trig.head):
            if subj.lower_ in GROUP_SEAT_NOUNS and not art.persons_in(subtree_span(subj)):
                post = GROUP_SEAT_NOUNS[subj.lower_] or _seat_kind(" ".join(t.text for t in subtree_span(subj)))
                if post:
                    return (art.doc, sent.end, post, event_date(art, sent, trig.head))
    return None


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


GROUP_SEAT_NOUNS = {"mna": "MNA", "mnas": "MNA", "mpa": "MPA", "mpas": "MPA", "senator": "senator", "senators": "senator",
                    "member": None, "members": None, "lawmaker": None, "lawmakers": None, "legislator": None,
                    "legislators": None, "parliamentarian": None, "parliamentarians": None}


def _remember_group(art: Article, sent: Span) -> None:
    """'35 resignations tendered by PTI National Assembly members', 'PTI MNAs resigned': an
    unnamed group resigned a seat; a list that follows ('The PTI MNAs include A, B') names them."""
    if art.words(sent)[0].isdisjoint(GROUP_SEAT_NOUNS):
        return
    for tok in sent:
        if tok.lower_ not in GROUP_SEAT_NOUNS or art.persons_in(subtree_span(tok)):
            continue
        ups, up = [], tok
        for _ in range(4):
            if up.head.i == up.i:
                break
            up = up.head
            ups.append(up)
        near = [t for t in ups if t.lower_ in RESIGN_NOUNS or t.lemma_.lower() == "resign"]
        if not near:
            continue
        words = " ".join(t.text for t in subtree_span(tok))
        post = GROUP_SEAT_NOUNS[tok.lower_] or _seat_kind(words)
        if post is None:
            for obj in _post_objects(Trigger("resign", near[0], frozenset({near[0].i}), "group")):
                post = post or _seat_kind(" ".join(t.text for t in subtree_span(obj)))
        when = event_date(art, sent, near[0]) if near[0].pos_ == "VERB" else None  # "accepted the resignations": not the act's day
        if when is None and near[0].pos_ != "VERB":
            when = art.memory.get("resignation_date")  # the day the article says they were tendered
        art.memory["resign_group"] = (art.doc, sent.end, post or "MNA", when, art.offset + sent.end_char)
        return


def _group_listed(art: Article, sent: Span) -> list[Event]:
    """The list of a group resignation, in the next sentence: 'The PTI MNAs include A, B and C'."""
    group = art.memory.get("resign_group")
    # the next sentence or so; a paragraph or two when the list names its group as those who resigned
    if not group:
        return []
    if any(_those_who_resigned(t) for t in sent):  # may be a paragraph or two below
        if len(group) < 5 or art.offset + sent.start_char - group[4] > 600:
            return []
    elif group[0] is not art.doc or sent.start - group[1] > 40:
        return []
    among = _among_the_group(sent)
    if among is not None:  # "Among those whose resignations were accepted were A, B and C"
        listed = [p for p in art.persons_in(sent) if not among[0].i <= p.start <= among[-1].i]
    else:
        cue = next((t for t in sent if t.lemma_.lower() == "include" and t.pos_ == "VERB"), None)
        if cue is None or cue.dep_ not in ("ROOT",):
            return []
        subj = subjects_of(cue)
        if not subj or not (is_pronoun(subj[0]) or subj[0].lower_ in GROUP_SEAT_NOUNS or _those_who_resigned(subj[0])):
            return []
        listed = [p for p in art.persons_in(sent) if p.start > cue.i]
    post, when = group[2], group[3]
    return [Event(doc=art.doc_id, type="resign_post", actor=p.kb_id_ or p.text, party=art.focus_party(p.start), post=post,
                  date=when, status="fact", evidence=art.evidence(sent, "resign.group_list"), confidence=0.5)
            for p in listed]


def _those_who_resigned(subj: Token) -> bool:
    """'Those who signed the resignations', 'those who resigned': the group told by a relative clause of resigning."""
    return subj.lower_ == "those" and any(
        c.dep_ == "relcl" and any(t.lower_ in RESIGN_NOUNS or t.lemma_.lower() == "resign" for t in c.subtree)
        for c in subj.children)


def _among_the_group(sent: Span) -> Span | None:
    """'Among those whose resignations were accepted were ...', 'A and B were among the MNAs who
    resigned': the phrase 'among <the group>' governed by a bare 'were', when it speaks of resigning."""
    for tok in sent:
        if tok.lower_ != "among" or tok.head.lemma_.lower() != "be" or tok.head.dep_ != "ROOT":
            continue
        for obj in (c for c in tok.children if c.dep_ == "pobj"):
            phrase = subtree_span(obj)
            if (obj.lower_ in ("those", "them") or obj.lower_ in GROUP_SEAT_NOUNS) \
                    and any(t.lower_ in RESIGN_NOUNS or t.lemma_.lower() == "resign" for t in phrase):
                return sent.doc[tok.i:phrase.end]
    return None


# ---------------------------------------------------------------- the post

def _post_objects(trig: Trigger) -> list[Token]:
    """The nouns the act names: 'as ...' and 'from ...' objects of the verb or of its
    'resignation', and the object of 'vacated his seat' / 'relinquished the charge'."""
    heads = [trig.head] + [trig.head.doc[i] for i in trig.tokens if trig.head.doc[i].lower_ in RESIGN_NOUNS]
    heads += [c for c in trig.head.children if c.lower_ in RESIGN_NOUNS]
    preps = [c for h in heads for c in h.children if c.dep_ in ("prep", "conj") and c.lower_ in ("as", "from")]
    preps += [c for p in preps for c in p.conjuncts if c.lower_ in ("as", "from")]
    objs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    objs += [o for p in preps if not any(c.dep_ == "pobj" for c in p.children) for o in _stranded_object(p)]
    objs += [c for c in trig.head.children if c.dep_ == "dobj" and c.lower_ not in RESIGN_NOUNS
             and (trig.rule in ("resign.vacate", "resign.quit_office")
                  or c.lemma_.lower() in ("seat", "post", "office", "portfolio", "charge"))]
    return objs


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
    return [t for t in [obj, *obj.conjuncts] if (t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or t.i == obj.i)
            and t.tag_ not in ("VBG", "VB", "VBD", "VBN") and not any(c.dep_ == "dobj" for c in t.children)]


def _names_a_role(art: Article, item: Token) -> bool:
    lex = art.lex
    words = _own_words(item)
    offices = {entry.split(":", 1)[0] for entry in lex["office_nouns"]}
    return any(t.lower_ in ROLE_HEADS or t.lemma_.lower() in ROLE_HEADS or t.lower_ in lex["post_head_words"]
               or t.lower_ in offices or t.lower_ in lex["office_generic_heads"] for t in words) \
        or bool(_seat_kind(" ".join(t.text for t in words)))


def _post_items(art: Article, trig: Trigger) -> list[str] | None:
    """The posts the trigger's words name (text, or ANY / SEAT / GOVERNMENT to be read from
    the role beside the name); None when they name only the party itself."""
    items: list[str] = []
    party_only = False
    for obj in _post_objects(trig):
        for item in _items_of(obj):
            if obj.head.lower_ == "as" and not _names_a_role(art, item):
                continue  # "leaves cabinet as PML-Q splits": 'as' begins a clause, names no post
            found = _classify(art, item)
            if found is None:
                party_only = True
            elif found and found not in items:
                items.append(found)
    if party_only and not items:
        return None
    if not items and _party_follows(art, trig.head):
        return None  # the parser hung 'from the party' elsewhere: still a leaving
    if items == [ANY]:
        items = _included_posts(art, trig) or items
    return items or [ANY]


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
    if written and any(f" {written} " in f" {phrase} " for phrase in lex["leave_phrases"] | lex["coalition_leave_phrases"]):
        return ""  # "... and part ways with the government": an act, not a post
    if art.party_at(item) is not None or lemma in PARTYISH or lower in PARTYISH:
        return None
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
    if seat and lemma in ROLE_HEADS - {"member", "mna", "mpa", "senator"}:
        seat = None  # "chairman of the Senate committee" is a chair, not a seat
        where = [c for c in item.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > item.i
                 and _seat_kind(" ".join(t.text for t in c.subtree))]
        if where:  # "opposition leader in the Sindh Assembly": the house is where the role is, not the post
            words = [t for t in words if not where[0].left_edge.i <= t.i <= where[0].right_edge.i]
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
        if child.i > item.i and (child.lower_ in ("as", "where", "after", "before", "over", "amid", "following")
                                 or child.dep_ in ("advcl", "relcl")):
            skip.update(range(child.left_edge.i, child.right_edge.i + 1))
    own = [t for t in subtree_span(item) if t.i not in skip and not (t.dep_ == "cc" and t.head.i == item.i)
           and not (t.dep_ == "relcl" or any(a.dep_ == "relcl" and a.head.i == item.i and a.left_edge.i <= t.i
                                             for a in item.children))]
    cut = next((t.i for t in own if t.i > own[0].i and (t.lower_ in POST_STOPS or t.lower_ == "in" and t.i + 1 < len(t.doc)
                                                         and t.doc[t.i + 1].lower_ in POST_MOODS)), None) if own else None  # "... Ahead Of Vote", "cabinet in protest"
    own = [t for t in own if cut is None or t.i < cut]
    return own + _stranded_principal(item)


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
    text = "".join(t.text + (t.whitespace_ and " ") for t in keep)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+(?:of Pakistan|as well)$", "", text).strip(" ,")
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
            post = group or own or beside or (remembered if _seat_kind(remembered or "") else None) or "MNA"
        elif item.startswith(GOVERNMENT):
            post = beside if beside and re.search(r"minister|adviser|advisor|assistant|secretary", beside, re.I) \
                else item[len(GOVERNMENT):] or "minister"
        elif item == ANY:
            post = beside or _group_role(art, sent, person) or _known(art, "person_posts", person) \
                or _known(art, "roles", person) or art.memory.get("post") or _kept_post(art, sent, status) \
                or _served_as(art, person)
        if post and _is_vague(art, post):  # "party position, still the senior vice president"; "X, the party's
            # Karachi chief, stepped down from his party office"
            post = _kept_post(art, sent, status) or (beside if beside and not _is_vague(art, beside) and not _seat_kind(beside)
                                             and item != ANY and not item.startswith(GOVERNMENT) else None) \
                or (_served_as(art, person) if item != ANY and not item.startswith(GOVERNMENT) else None) or post
        if post:
            post = re.sub(r"\s+(['’]s)\b", r"\1", post)  # "party 's" as the tokens were joined
        if post and post not in out:
            out.append(post)
    return out


def _seat_in_relative(person: Span) -> str | None:
    """'X, who represents a Gulshan constituency in the Sindh Assembly, resigned from the assembly':
    the house a relative clause on the name seats the person in."""
    for rel in person.root.children:
        if rel.dep_ == "relcl" and rel.lemma_.lower() in ("represent", "sit", "be"):
            kind = _seat_kind(subtree_span(rel).text)
            if kind:
                return kind
    return None


def _is_vague(art: Article, post: str) -> bool:
    return not set(re.findall(r"[a-z]+", post.lower())) - set(art.lex["vague_post_words"])


def _served_as(art: Article, person: Span) -> str | None:
    """'X, who had been serving as adviser to the prime minister on interior, resigned': the role
    a relative clause on the name gives."""
    for rel in person.root.children:
        if rel.dep_ != "relcl":
            continue
        if rel.lemma_.lower() == "be":  # "X, who is also the PML-N's Muzaffargarh district president, ..."
            for obj in rel.children:
                if obj.dep_ == "attr" and _names_a_role(art, obj):
                    found = _classify(art, obj)
                    if found and found not in (ANY, SEAT) and not found.startswith(GOVERNMENT) and not _is_vague(art, found):
                        return found
        for tok in rel.subtree:
            if tok.dep_ == "prep" and tok.lower_ == "as" and tok.head.lemma_.lower() in art.lex["serve_as_verbs"]:
                for obj in tok.children:
                    if obj.dep_ == "pobj" and _names_a_role(art, obj):
                        found = _classify(art, obj)
                        if found and found not in (ANY, SEAT) and not found.startswith(GOVERNMENT):
                            return found
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


def _role_beside(art: Article, sent: Span, person: Span) -> str | None:
    """'Sindh governor Imran Ismail', 'Minister of Fisheries X', 'Advisor to Chief Minister MPA X'
    or 'Imran Ismail, the Sindh governor,'."""
    doc = art.doc
    before: list[Token] = []
    i = person.start - 1
    while i >= sent.start and len(before) < 8:
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
        glued = tok.text == "-" and not tok.whitespace_ and i > sent.start and not doc[i - 1].whitespace_ and before \
            and f"{doc[i - 1].lower_}-{before[0].lower_}" in art.lex["tally2_hyphened_roles"]
        if (tok.text in art.lex["roles"] or tok.pos_ in ("PROPN", "NOUN", "ADJ")) and not tok.is_punct or glued:
            before.insert(0, tok)  # (a hyphen inside a role: "zonal in-charge")
        elif tok.lower_ in ("for", "of", "to", "on") and before:
            before.insert(0, tok)
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
        return None  # "Former minister X resigned his seat": the role is no longer his to resign
    role = _role_phrase(before, art.lex["tally2_hyphened_roles"])
    while role is None and any(t.pos_ == "ADP" for t in before):
        first = next(k for k, t in enumerate(before) if t.pos_ == "ADP")
        before = before[first + 1:]  # 'the resignation of incumbent CM X': the role starts after 'of'
        role = _role_phrase(before, art.lex["tally2_hyphened_roles"])
    if role and role.split()[-1].lower() not in art.lex["tally2_descriptor_roles"]:
        return role
    return _role_after(art, sent, person) or _role_appos_head(art, person) or role


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
    if root.dep_ != "appos" or head.i >= person.start or not _is_role_head(head) \
            or art.person_at(head) is not None or head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in head.children):
        return None  # "two members of his cabinet - A and B": a group, no one's role
    words = [t for t in subtree_span(head) if t.i < person.start and not (t.is_punct and t.text not in ("-",))]
    return _text(words) or None


def _is_role_head(tok: Token) -> bool:
    """A word that heads a role: 'minister', 'emir', and 'general' of 'secretary general'."""
    return tok.lemma_.lower() in ROLE_HEADS or tok.lower_ in ROLE_HEADS or (
        tok.lower_ == "general" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "secretary")


def _role_after(art: Article, sent: Span, person: Span) -> str | None:
    """'X, the party's vice chairman,': the role in an apposition after the name; it is preferred to a
    describing word before the name ('Senior leader X, the party's vice chairman')."""
    doc = art.doc
    after = doc[person.end:min(sent.end, person.end + 10)]
    if len(after) > 2 and after[0].text == ",":
        words = []
        for tok in after[1:]:
            if tok.text in (",", ".", ";") or tok.pos_ in ("VERB", "AUX") or art.person_at(tok) is not None:
                break
            if tok.dep_ not in ("det",):
                words.append(tok)
        if words and any(_is_role_head(t) for t in words):
            return " ".join(t.text for t in words)
    return None


def _is_role_not_name(span: Span) -> bool:
    return span[-1].lower_ in ROLE_HEADS or span[-1].lemma_.lower() in ROLE_HEADS


def _role_phrase(words: list[Token], hyphened: frozenset[str] = frozenset()) -> str | None:
    """The role in the words before a name; a role the tokenizer splits at its hyphens ('zonal
    in-charge') is read whole (`hyphened`)."""
    heads = [k for k, t in enumerate(words) if t.lower_ in ROLE_HEADS or t.lemma_.lower() in ROLE_HEADS
             or (k >= 2 and words[k - 1].text == "-" and f"{words[k - 2].lower_}-{t.lower_}" in hyphened)
             or (k >= 1 and t.lower_ == "general" and words[k - 1].lower_ == "secretary")]  # "PTI secretary general X"
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


# ---------------------------------------------------------------- who and how sure

def _noun_people(art: Article, noun: Token) -> list[Span]:
    """'the resignation of X', 'X's resignation', 'resignation by the Home Minister X',
    'took resignation from CM X'."""
    people: list[Span] = []
    for child in noun.children:
        if child.dep_ == "poss" and not is_pronoun(child):
            people += art.persons_in(subtree_span(child))
        elif child.dep_ == "poss" and child.lower_ in ("his", "her") and noun.dep_ == "pobj" \
                and noun.head.head.lower_ in REPORT_NOUNS:  # "denied reports of his resignation"
            focus = art.focus_person(child.i)
            people += [focus] if focus is not None else []
        elif child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
            for obj in child.children:
                if art.party_at(obj) is None:
                    people += [p for p in art.persons_in(subtree_span(obj)) if p not in people]
        elif child.dep_ == "acl" and child.lemma_.lower() in TENDER_VERBS:  # "resignations tendered by A and B"
            for agent in child.children:
                if agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ == "by"):
                    people += [p for p in art.persons_in(subtree_span(agent)) if p not in people]
    return people


def _resign_actors(art: Article, sent: Span, trig: Trigger) -> list[Span]:
    head = trig.head
    if trig.rule == "resign.noun":
        return _noun_people(art, head)
    if trig.rule == "resign.letter":
        letter = next(art.doc[i] for i in trig.tokens if art.doc[i].lemma_.lower() == "letter")
        for child in letter.children:
            if child.dep_ == "poss":
                if is_pronoun(child):
                    people = [p for p in actors(art, sent, trig) if not _is_role_not_name(p)]
                    return people
                return art.persons_in(subtree_span(child))
    to = [c for c in head.children if c.dep_ == "aux" and c.lower_ == "to"]
    if to and to[0].i > sent.start:
        prev = art.doc[to[0].i - 1]
        if prev.dep_ == "pobj" and prev.head.lower_ == "for":  # "a demand for ECP officials to step down"
            return art.persons_in(subtree_span(prev))
    speaker = _quoted_speaker(art, head)
    if speaker is not None:
        return speaker
    owner = _gerund_owner(art, head)
    if owner is not None:
        return owner
    people = [p for p in actors(art, sent, trig) if not _is_role_not_name(p)]
    told = [p for p in people if not _in_subject_clause(p, head)]
    if people and not told:
        return _surname_subject(art, head)
    if told:
        return told
    for subj in subjects_of(head):  # "the politico had resigned": a definite noun is the person in focus
        if subj.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
                and not art.persons_in(subtree_span(subj)) and art.party_at(subj) is None:
            focus = focus_before(art, sent, subj)
            return [focus] if focus is not None else []
    return []


def _gerund_owner(art: Article, head: Token) -> list[Span] | None:
    """'said there was no question of his resigning': a resigning owned by a pronoun is the act of
    the person who speaks (the subject of the clause above), else of the person in focus; one owned
    by a name ('Khan's resigning') is that person's."""
    poss = [c for c in head.children if c.dep_ == "poss"]
    if head.dep_ not in ("pobj", "pcomp", "dobj", "nsubj") or not poss:
        return None
    if not is_pronoun(poss[0]):
        return art.persons_in(subtree_span(poss[0])) or None
    up = head
    for _ in range(5):
        if up.head.i == up.i:
            break
        up = up.head
        named = [p for s in subjects_of(up) if s.dep_ == "nsubj" for p in art.persons_in(subtree_span(s))
                 if p.root.i == s.i or p.root.head.i == s.i]
        if named:
            return named[:1]
    focus = art.focus_person(head.i)
    return [focus] if focus is not None else None


def _in_subject_clause(person: Span, head: Token) -> bool:
    """'Suri, who had dismissed the resolution against prime minister Imran Khan, sent his
    resignation': a person named inside a relative clause of the subject is what the clause tells
    of the subject, not the one who resigns; so is the principal of a group of aides."""
    for subj in subjects_of(head):
        tok = person.root
        while tok.i != subj.i and tok.head.i != tok.i:
            if tok.dep_ in ("relcl", "acl") and tok.head.i == subj.i:
                return True
            if tok.dep_ == "prep" and tok.head.i == subj.i and subj.tag_ in ("NNS", "NNPS") and _named_by_role(subj):
                return True  # "two advisers to Chief Minister X relinquished their portfolios": whose advisers
            tok = tok.head
    return False


def _named_by_role(noun: Token) -> bool:
    """A plural noun that names people by what they are ('two advisers', 'the ministers'), not a name."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in ROLE_HEADS | {"aide", "member", "adviser", "advisor", "minister"}


def _surname_subject(art: Article, head: Token) -> list[Span]:
    """The subject written as a surname alone ('Suri, who ..., sent his resignation'): the person
    named earlier in the text with that last name."""
    for subj in subjects_of(head):
        if subj.pos_ == "PROPN" and art.person_at(subj) is None:
            earlier = [p for p in art.persons_in(art.doc) if p.end <= subj.i and p[-1].text == subj.text]
            if earlier:
                return [earlier[-1]]
    return []


def _quoted_speaker(art: Article, head: Token) -> list[Span] | None:
    """'"I withdraw as its vice president, ...," Hoti told the media': 'I' is whoever speaks the
    quote, the subject of the first speech verb above (not another resigner the parser put between)."""
    if not any(s.lower_ == "i" for s in subjects_of(head) if s.dep_ == "nsubj"):
        return None
    up = head
    for _ in range(5):
        if up.head.i == up.i:
            break
        up = up.head
        if up.lemma_.lower() in art.lex["speech_verbs"]:
            named = [p for s in subjects_of(up) if s.dep_ == "nsubj" for p in art.persons_in(subtree_span(s))]
            return named[:1] or None
    return None


def resign_status(art: Article, trig: Trigger, sent: Span) -> str | None:
    """act_status, plus what resignations add: 'was forced to resign' is done, 'instructed X to
    resign' is someone's order, 'offered to resign' hedged, 'refused to resign' and 'rescinded his
    resignation' denied, 'I will resign if ...' conditional (possible)."""
    lex = art.lex
    head = trig.head
    upper = head.head if head.head.i != head.i else None
    if upper is not None and head.dep_ in ("xcomp", "ccomp") and upper.lemma_.lower() in lex["resign_compel_verbs"] \
            and any(c.dep_ == "auxpass" for c in upper.children):
        return "fact"  # "was forced to resign"
    if upper is not None and head.dep_ in ("xcomp", "advcl") and upper.lemma_.lower() in lex["resign_order_verbs"] \
            and upper.lemma_.lower() != "want" and any(c.dep_ == "dobj" for c in upper.children):
        return None  # "directed the senators to resign"
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in head.children) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return None  # "called for X to resign", "it is time for X to step down": someone's wish
    chain = _governing_chain(head)
    if trig.rule in ("resign.noun", "resign.letter") and any(
            t.lemma_.lower() in lex["resign_order_verbs"] for t in chain[1:3] if t.pos_ == "VERB"):
        return None  # "demanded the resignation of X", "sought X's resignation"
    if any(t.lemma_.lower() in lex["resign_idea_nouns"] or t.lower_ in lex["resign_idea_nouns"] for t in chain[1:4]
           if t.pos_ == "NOUN" and not any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)):
        return None  # "his suggestion of resigning", "the demand to step down" (not "no question of resigning")
    status = act_status(head, sent, lex, set(trig.tokens))
    if status is None:
        return None
    if trig.rule == "resign.retract" or any(t.lemma_.lower() in lex["resign_deny_lemmas"] for t in chain[1:]):
        return "denied"
    if any(c.dep_ == "det" and c.lower_ == "no" for t in chain[1:4] if t.pos_ == "NOUN" for c in t.children):
        return "denied"  # "had no intention of resigning", "no plan to step down"
    if status == "fact" and (any(t.lemma_.lower() in lex["resign_hedge_lemmas"] or t.lower_ in lex["resign_hedge_lemmas"]
                                 for t in chain[1:]) or conditional(art, chain)):
        return "possible"
    return status


def conditional(art: Article, chain: list[Token]) -> bool:
    """'I will resign if ...', 'they would be expelled unless ...': an act under a condition."""
    for tok in chain[:3]:
        for child in tok.children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in art.lex["conditional_marks"]
                                             for m in child.children):
                return True
        if tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in art.lex["conditional_marks"] for m in tok.children):
            return False  # the trigger is the condition itself ("if he resigns, ...")
    return False


def drop_vague_posts(events: list[Event], lex) -> list[Event]:
    """'Cheema quits cabinet' in a headline and 'Federal Minister for Housing Cheema stepped down'
    below are one act: a post of only vague words ('cabinet', 'party posts') gives way to a
    specific post of the same person in the same article."""
    vague = set(lex["vague_post_words"])

    def is_vague(post: str | None) -> bool:
        return not set(re.findall(r"[a-z]+", (post or "").lower())) - vague

    specific = {(e.doc, e.actor) for e in events if e.type == "resign_post" and not is_vague(e.post)}
    return [e for e in events if not (e.type == "resign_post" and is_vague(e.post) and (e.doc, e.actor) in specific)]
