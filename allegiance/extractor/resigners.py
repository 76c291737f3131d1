"""Who resigns: the person of the act (its subject, the owner of 'his resigning', whoever speaks
a quoted 'I', 'the resignation of X', a surname standing for a person named before), and a
group that resigns its seats together ('PTI MNAs resigned') with the list that names its
members afterwards ('The PTI MNAs include A, B and C', one name a line below a colon).
movers.py finds the people of leaves and joins; resignations add their nouns, letters and
groups, hence a module of their own.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..model import Event
from .base import Article, is_pronoun, subjects_of, subtree_span
from .listed import open_list
from .act_dates import event_date
from .movers import actors, focus_before
from .principals import principal_of_speakers as _principal_of_speakers
from .post_roles import _is_role_not_name
from .post_words import ANY, RESIGN_NOUNS, ROLE_HEADS, _post_objects, _seat_kind
from .triggers import Trigger
from .story_memory import recall


REPORT_NOUNS = ("reports", "report", "news", "rumours", "rumors", "speculation", "speculations", "talk", "claims")
TENDER_VERBS = ("tender", "submit", "announce", "send", "hand", "present", "offer", "give", "forward")
GROUP_SEAT_NOUNS = {"mna": "MNA", "mnas": "MNA", "mpa": "MPA", "mpas": "MPA", "senator": "senator", "senators": "senator",
                    "member": None, "members": None, "lawmaker": None, "lawmakers": None, "legislator": None,
                    "legislators": None, "parliamentarian": None, "parliamentarians": None}


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


def _remember_group(art: Article, sent: Span) -> None:
    """'35 resignations tendered by PTI National Assembly members', 'PTI MNAs resigned': an
    unnamed group resigned a seat; a list that follows ('The PTI MNAs include A, B') names them."""
    if art.words(sent)[0].isdisjoint(GROUP_SEAT_NOUNS):
        return
    for tok in sent:
        if tok.lower_ not in GROUP_SEAT_NOUNS or art.persons_in(subtree_span(tok)) or _describes_a_named_one(art, tok):
            continue
        ups, up = [], tok
        for _ in range(4):
            if up.head.i == up.i:
                break
            up = up.head
            ups.append(up)
        near = [t for t in ups if t.lower_ in RESIGN_NOUNS or t.lemma_.lower() == "resign" or _tenders_resignation(tok, t)]
        refused = _refused_in_relative(art, tok)
        if refused is not None:
            near = [refused]
        if not near:
            continue
        words = " ".join(t.text for t in subtree_span(tok))
        post = GROUP_SEAT_NOUNS[tok.lower_] or _seat_kind(words)
        if post is None:
            for obj in _post_objects(Trigger("resign", near[0], frozenset({near[0].i}), "group")):
                post = post or _seat_kind(" ".join(t.text for t in subtree_span(obj)))
        when = event_date(art, sent, near[0]) if near[0].pos_ == "VERB" else None  # "accepted the resignations": not the act's day
        if when is None and near[0].pos_ != "VERB":
            when = recall(art.memory, "resignation_date")  # the day the article says they were tendered
        if refused is not None:
            when = None  # a refusal told without its day
        art.memory["resign_group"] = (art.doc, sent.end, post or "MNA", when, art.offset + sent.end_char,
                                      "denied" if refused is not None else "fact", tok.lemma_.lower())
        return


def _describes_a_named_one(art: Article, tok: Token) -> bool:
    """'Senator X resigned', 'Former MNA X resigned as the party's women's wing president', 'X, a member of
    the core committee, resigned from the committee': a singular seat word that is the title or the
    apposition of a named person says who one person is, not that an unnamed group resigned its seats."""
    if tok.tag_ not in ("NN", "NNP") or tok.head.i == tok.i:
        return False
    return tok.dep_ in ("compound", "appos", "nmod", "amod") and art.person_at(tok.head) is not None


def _tenders_resignation(group: Token, verb: Token) -> bool:
    """'members of the provincial assembly had submitted their resignations': the group (a plural,
    unlike 'Member Punjab Assembly X tendered resignation') is the subject of a tendering whose
    object is the resignation, not of the resigning itself."""
    return group.tag_ == "NNS" and group.dep_ == "nsubj" and group.head.i == verb.i \
        and verb.lemma_.lower() in TENDER_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in RESIGN_NOUNS for c in verb.children)


def _refused_in_relative(art: Article, noun: Token) -> Token | None:
    """'expelled three lawmakers who refused to resign from parliament': a group told by a relative
    clause that refuses to resign; its members, listed after, denied resigning."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        if clause.lemma_.lower() in art.lex["resign_deny_lemmas"]:
            found = [t for t in clause.subtree if t.lemma_.lower() == "resign" and t.head.i == clause.i]
            if found:
                return found[0]
    return None


def _group_listed(art: Article, sent: Span) -> list[Event]:
    """The list of a group resignation, in the next sentence: 'The PTI MNAs include A, B and C'."""
    group = art.memory.get("resign_group")
    # the next sentence or so; a paragraph or two when the list names its group as those who resigned
    if not group:
        return []
    if any(_those_who_resigned(t) for t in sent) or _names_the_group_again(sent, group):  # may be a paragraph or two below
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
            listed = _set_off_members(art, sent)  # "The MPAs - A from Peshawar, B and C - said they would ..."
            if not listed:
                return []
        else:
            subj = subjects_of(cue)
            if not subj or not (is_pronoun(subj[0]) or subj[0].lower_ in GROUP_SEAT_NOUNS or _those_who_resigned(subj[0])):
                return []
            listed = [p for p in art.persons_in(sent) if p.start > cue.i]
    post, when = group[2], group[3]
    status = group[5] if len(group) > 5 else "fact"
    return [Event(doc=art.doc_id, type="resign_post", actor=p.kb_id_ or p.text, party=art.focus_party(p.start), post=post,
                  date=when, status=status, evidence=art.evidence(sent, "resign.group_list"), confidence=0.5)
            for p in listed]


SET_OFF_MARKS = {"-", "--", "\u2013", "\u2014", ","}


def _set_off_members(art: Article, sent: Span) -> list[Span]:
    """'The MPAs - A from Peshawar, B from Kohat and C - said ...': right after a group resignation, the
    group's own noun opening the next sentence with its members set off between dashes or commas names them."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 4 or words[0].lower_ != "the" or words[1].lower_ not in GROUP_SEAT_NOUNS or words[2].text not in SET_OFF_MARKS:
        return []
    if words[2].text == ",":  # "The MPAs, A, B and C, said": the list runs to the verb
        close = next((t.i for t in words[3:] if t.pos_ in ("VERB", "AUX")), None)
    else:
        close = next((t.i for t in words[3:] if t.text == words[2].text), None)
    if close is None:
        return []
    end = close
    return [p for p in art.persons_in(art.doc[words[2].i + 1:end])]


def _names_the_group_again(sent: Span, group: tuple) -> bool:
    """'The expelled PTI lawmakers include A, B and C': a list whose subject is the group's own noun,
    a paragraph or two below the sentence that told what the group did."""
    if len(group) < 7:
        return False
    return any(t.lemma_.lower() == "include" and t.dep_ == "ROOT"
               and any(s.lemma_.lower() == group[6] for s in subjects_of(t)) for t in sent)


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
            if obj.lower_ == "them" and len(phrase) == 1 and tok.i == sent.start:
                return sent.doc[tok.i:phrase.end]  # "Among them were A and B": the group told just before
    return None


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
        elif child.dep_ == "poss" and child.lower_ in ("his", "her", "my") and _ruled_out(noun):
            owner = art.quote_speaker(child) if child.lower_ == "my" else art.focus_person(child.i)
            people += [owner] if owner is not None else []  # '"There is no question of my resignation," he said
        elif child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
            for obj in child.children:
                if art.party_at(obj) is None:
                    people += [p for p in art.persons_in(subtree_span(obj)) if p not in people] or _holder_after_title(art, noun, obj)
        elif child.dep_ == "acl" and child.lemma_.lower() in TENDER_VERBS:  # "resignations tendered by A and B"
            for agent in child.children:
                if agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ == "by"):
                    people += [p for p in art.persons_in(subtree_span(agent)) if p not in people]
    return people


def _ruled_out(noun: Token) -> bool:
    """'no question of his resignation', 'no possibility of my resignation': a resignation ruled out."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return False
    idea = prep.head
    return idea.lower_ in ("question", "possibility", "chance") and any(c.dep_ == "det" and c.lower_ == "no" for c in idea.children)


def _holder_after_title(art: Article, noun: Token, title: Token) -> list[Span]:
    """'accepted the resignation of Adviser to the Prime Minister on Foreign Affairs X': the parser ends the
    'of' at the title and hangs the rest on the resignation; the name that closes the title is its holder."""
    if not (title.text in art.lex["roles"] or title.lemma_.lower() in ROLE_HEADS) or art.person_at(title) is not None:
        return []
    span = art.doc[title.i + 1:noun.right_edge.i + 1]
    first = next((p for p in art.persons_in(span)), None)
    if first is None or any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";") for t in art.doc[title.i + 1:first.start]):
        return []
    return [first]


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
    owner = _gerund_owner(art, head) or _name_before_gerund(art, head)
    if owner is not None:
        return owner
    described = _relative_owner(art, head)
    if described is not None:
        return [described]
    recipients = _written_to(art, sent, trig)
    people = [p for p in actors(art, sent, trig) if not _is_role_not_name(p) and (p.kb_id_ or p.text) not in recipients
              and not _past_a_semicolon(art, head, p)]
    own = _own_named_subject(art, head)
    if own is not None:
        people = [p for p in people if not _subject_of_another_verb(p, head)] or own
    told = [p for p in people if not _in_subject_clause(p, head)]
    spoken_for = _principal_of_speakers(art, head)
    if spoken_for:
        return spoken_for
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


def _past_a_semicolon(art: Article, head: Token, person: Span) -> bool:
    """'Gandapur resigns as chief minister; Afridi nominated successor': a name after a semicolon that
    follows the act heads a clause of its own (a headline's second half), never the one who resigns."""
    return person.start > head.i and any(t.text == ";" for t in art.doc[head.i:person.start])


def _relative_owner(art: Article, head: Token) -> Span | None:
    """'... included A, who also resigned his divisional post; B; and C': a resigning told in a 'who'
    clause is the act of the one person the clause hangs on, not of the list around him."""
    if head.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in head.children):
        return None
    noun = head.head
    person = art.person_at(noun)
    if person is None:  # "the party's division president, A, who ...": the name set off beside the role
        named = [art.person_at(c) for c in noun.children if c.dep_ == "appos" and c.i < head.i]
        person = next((p for p in reversed(named) if p is not None), None)
    return person


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


def _name_before_gerund(art: Article, head: Token) -> list[Span] | None:
    """'the reasons behind Chan quitting his office was the PM's delay': a name written right before a
    quitting that has no subject of its own is the quitter, not the people the cause names after it."""
    doc = head.doc
    if head.tag_ != "VBG" or head.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None
    prev = doc[head.i - 1]
    if prev.pos_ != "PROPN":
        return None
    person = art.person_at(prev)
    if person is not None:
        return [person]
    named = [p for p in art.persons_in(art.doc) if len(p) > 1 and p[-1].text == prev.text]
    before = [p for p in named if p.end <= prev.i]
    return [before[-1]] if before else named[:1] or None


def _in_subject_clause(person: Span, head: Token) -> bool:
    """'Suri, who had dismissed the resolution against prime minister Imran Khan, sent his
    resignation': a person named inside a relative clause of the subject is what the clause tells
    of the subject, not the one who resigns; so is the principal of a group of aides."""
    set_off = _set_off_list(person)  # "its two ministers in the cabinet, A and B,": the ministers, not whose
    for subj in subjects_of(head):
        tok = person.root
        while tok.i != subj.i and tok.head.i != tok.i:
            if tok.dep_ in ("relcl", "acl") and tok.head.i == subj.i:
                return True
            set_off = set_off or tok.dep_ == "appos"
            if tok.dep_ == "prep" and tok.head.i == subj.i and subj.tag_ in ("NNS", "NNPS") and _named_by_role(subj) \
                    and not set_off and tok.lower_ not in ("including", "like", "namely"):  # "three ministers, including A and B": they
                return True  # "two advisers to Chief Minister X relinquished their portfolios": whose advisers
            tok = tok.head
    return False


def _set_off_list(person: Span) -> bool:
    """Whether a name, or the list it closes, is set off by a comma before it ('..., A and B,')."""
    doc, first = person.doc, person.root
    while first.dep_ == "conj" and first.head.i < first.i and first.head.ent_type_ in ("PERSON", "") \
            and first.head.pos_ == "PROPN":
        first = first.head
    start = first.left_edge.i
    return start > 0 and doc[start - 1].text == ","


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


def _written_to(art: Article, sent: Span, trig: Trigger) -> set[str]:
    """'"I sent my resignation to Dr Sattar," he said': the one a resignation is sent to is not the one
    resigning, however 'I' or 'he' is read."""
    if trig.rule not in ("resign.tender", "resign.letter"):
        return set()
    return {p.kb_id_ or p.text for p in art.persons_in(sent) if p.start > trig.head.i and art.doc[p.start - 1].lower_ == "to"}


def _own_named_subject(art: Article, head: Token) -> list[Span] | None:
    """'Khattak steps down as PTI-P chairman; Siraj quits as JI emir', 'Bugti quits as minister; Solangi
    denies ...': a verb that names its own quitter by a single name the parser did not take for a person.
    The person the story names in full with that last name (before or after: a headline comes first),
    or nobody when no one has it ('Siraj'); people who are subjects of other verbs are not the quitter.
    None when the verb's subject is no such name."""
    for subj in subjects_of(head):
        if subj.pos_ == "PROPN" and art.person_at(subj) is None and art.party_at(subj) is None \
                and subj.lower_ not in ROLE_HEADS and subj.is_title:
            named = [p for p in art.persons_in(art.doc) if len(p) > 1 and p[-1].text == subj.text]
            return named[:1]
    return None


def _subject_of_another_verb(person: Span, head: Token) -> bool:
    """A person who is the subject of a verb of their own, not of this one."""
    root = person.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.i != head.i


def those_who_resigned_were(art: Article, sent: Span, trig: Trigger, items: list[str], status: str,
                            when: str | None) -> list[tuple[Span, list[str]]]:
    """'Those who resigned were A (finance), B (commerce) and C (railways)', 'The ministers who stepped down
    are A and B', 'Those who quit included A', 'Among those who resigned were A and B': the people of a
    resigning told by a group and its relative clause of resigning, as the subject of a bare 'be' (or
    'include') or after 'among', each with the post the story gives them: the portfolio in brackets after
    the name (a ministry, when the story speaks of ministers), else the seat of a group resignation just
    told, else the role beside the name. `trig` is the resigning inside the relative clause."""
    root, group = sent.root, trig.head.head
    if trig.head.dep_ != "relcl" or group.lower_ not in LISTED_GROUPS or root.lemma_.lower() not in ("be", "include"):
        return []
    if any(c.dep_ in ("neg", "acomp") for c in root.children):
        return []  # "those who resigned were not ...": no list of them
    if group.dep_ == "nsubj" and group.head.i == root.i and not any(c.dep_ == "prep" for c in root.children):
        people = [p for p in art.persons_in(sent) if p.start > root.i and p.root.dep_ in ("attr", "conj", "appos", "dobj", "nmod")]
    elif group.dep_ == "pobj" and group.head.lower_ == "among" and group.head.head.i == root.i and root.lemma_ == "be":
        phrase = subtree_span(group.head)
        people = [p for p in art.persons_in(sent) if not phrase.start <= p.start < phrase.end]
    else:
        return []
    ministers = any(t.lower_ in ("minister", "ministers", "ministry", "ministries", "cabinet")
                    for t in art.doc[max(0, sent.start - 120):sent.end])
    remembered = art.memory.get("resign_group")
    seat = [remembered[2]] if remembered and len(remembered) > 4 and 0 <= art.offset + sent.start_char - remembered[4] <= 600 \
        else None  # "Five ANP MNAs resigned ... Those who resigned were A (Peshawar) and B (Mardan)"
    out: list[tuple[Span, list[str]]] = []
    for person in people:
        portfolio = _bracketed_portfolio(art, sent, person)
        if portfolio:
            out.append((person, [f"{portfolio} minister" if ministers else portfolio]))
        else:
            out.append((person, seat if seat and items == [ANY] else items))
    return out


LISTED_GROUPS = ("those", "ministers", "advisers", "advisors", "assistants", "members", "lawmakers", "legislators",
                 "mnas", "mpas", "senators", "office-bearers", "leaders")


def _bracketed_portfolio(art: Article, sent: Span, person: Span) -> str | None:
    """'A (petroleum and natural resources)': lower-case words in brackets right after a name are what
    the person held; a place, a party or a constituency in brackets ('A (Skardu)', 'B (PPP)') is not."""
    if person.end >= sent.end or art.doc[person.end].text != "(":
        return None
    close = next((t.i for t in art.doc[person.end + 1:min(sent.end, person.end + 8)] if t.text == ")"), None)
    if close is None or close == person.end + 1:
        return None
    inside = art.doc[person.end + 1:close]
    if not all(t.is_lower or t.is_punct for t in inside) or art.parties_in(inside.start, inside.end) \
            or any(t.lower_ in ("retd", "late", "former", "r") for t in inside):
        return None
    return inside.text.lower()
