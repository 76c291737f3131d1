"""Lists that go on after an act: names in the next sentence or on the lines
below a colon ("Those who joined were:", "Prominent among them were A and B"),
carried to the act just reported.
"""
from __future__ import annotations

import re
from contextlib import contextmanager

from spacy.tokens import Span, Token

from ..country.lexicon import NUMBER_WORDS
from ..model import Event
from .base import Article, is_pronoun, subjects_of, subtree_span
from .line_dates import line_date
from .list_intros import intro_act, opener_lines
from .listed import ends_with_colon, open_list
from .movers import _counted_group, _group_word
from .callers import callers_on_the_new_leader


def continue_list(art: Article, sent: Span, earlier: list[Event], found: list[Event] | None = None,
                  prior: dict | None = None) -> list[Event]:
    """'Apart from A and B, they include C, D and E', 'These included A (Skardu) and B', 'Among them
    are A and B': more people for the act just reported, named or not ('five independents joined').
    When the sentence reports acts of its own (``found``), only a group set off at its opening ('The three -
    A, B and C - met him at the home of D, who had quit the PML-N') continues the act before it (``prior``)."""
    if found:
        named = {e.actor for e in found}
        group = _group_set_off(art, sent)
        cue = _list_cue(art, sent) if not group else None
        tails = [subtree_span(t) for t in _list_tails(sent, cue)] if cue is not None else []
        if tails:  # "The new entrants included A and B, all of whom had left the PTI": they left, and the list goes on
            own = {(e.type, e.actor) for e in found}  # with the joining; a person named inside the tail ('once their
            inside = {p.kb_id_ or p.text for p in art.persons_in(sent)  # leader X was released') is no one listed
                      if any(t.start <= p.start < t.end for t in tails)}
            with _last_act_as(art, prior):
                return [e for e in continue_list(art, sent, earlier) if (e.type, e.actor) not in own and e.actor not in inside]
        if not group or any((p.kb_id_ or p.text) in named for p in group):
            return []
        with _last_act_as(art, prior):
            return [e for e in continue_list(art, sent, earlier) if e.actor not in named]
    headed = _heading_the_group(art, sent)  # "A and B led the group, which also included C": the group's own list word
    cue = _list_cue(art, sent) if not headed else None
    people = (headed or _announcers(art, sent) or _group_set_off(art, sent) or _they_were(art, sent)
              or callers_on_the_new_leader(art, sent)) if cue is None else []
    if cue is None and not people:
        return _open_lines(art, sent, earlier)
    colon = cue is not None and cue.i + 1 < sent.end and art.doc[cue.i + 1].text == ":" \
        and not art.persons_in(art.doc[sent.start:cue.i])  # "The list read out included: A; B and C"
    if cue is not None and not colon:
        if any(t.dep_ in ("relcl", "acl") and t.i < cue.i and not _files_a_document(art, t) for t in sent):
            return []  # "others who attended the meeting include ...": another act
        root = sent.root
        led = _led_group(art, root, cue)
        if led:
            cue = root  # "The group was led by A and included B": both are its people
        elif not (cue.i == root.i or root.lemma_.lower() in ("be", "include")):
            return []  # "PTI leaders, including A, invited him": the list belongs to another act
        subj = [t for t in cue.children if t.dep_ in ("nsubj",)]
        if subj and not (is_pronoun(subj[0]) or subj[0].lower_ == "it" or _group_word(art, subj[0])
                         or _counted_group(art, subj[0])):
            return []
    if cue is not None and _others_gathered(art, cue):
        return []  # "Among those present were A and B": guests of the event, not its movers
    if cue is not None:
        after = [p for p in art.persons_in(sent) if p.start > cue.i and not _in_other_clause(art.doc[p.start], cue)]
        among = _among_them(art, sent, cue)  # "A and B were among those introduced by C, along with D": A, B and D
        people = among + [p for p in after if p.start >= 2 and art.doc[p.start - 2].lower_ == "along"
                          and art.doc[p.start - 1].lower_ == "with"] if among else after
    if not people:
        if colon:
            return _open_lines(art, sent, earlier)  # "Those who joined include:" with a name a line below
        return []
    act = _act_before(art, sent, earlier)
    remembered = art.memory.get("last_act")
    if cue is not None and remembered is not None and remembered is not prior \
            and remembered["at"] == art.offset + sent.end_char and _list_tails(sent, cue):
        with _last_act_as(art, prior):  # "... included A and B, most of whom had left the PTI": the list
            act = _act_before(art, sent, earlier)  # continues the act before it, not its own tail's
    if act is None:
        return []
    at, kinds, status, when = act
    art.memory["listed"] = (art.doc, list(people))
    post = _group_post(earlier) if any(kind == "resign_post" for kind, _ in kinds) else None
    out = [Event(doc=art.doc_id, type=kind, actor=p.kb_id_ or p.text, party=party, date=when, post=post,
                 status=status, evidence=art.evidence(sent, "list.continued"), confidence=0.6)
           for kind, party in kinds for p in people]
    joined = next((party for kind, party in kinds if kind == "join_party"), None)
    if joined is not None and _left_their_parties(art, at):
        out = [e for e in out if e.type != "leave_party"]  # 'their parties' is no one party: each one's own label
        for p in people:  # "The members bid farewell to their parties and joined the PPP. Former MNA A from the
            left = _own_label(art, sent, p, people)  # PML-N and ex-MPA B of the PTI ...": each left his own
            if left is not None and left not in ("IND", joined):
                out.append(Event(doc=art.doc_id, type="leave_party", actor=p.kb_id_ or p.text, party=left, date=when,
                                 status=status, evidence=art.evidence(sent, "list.own_party_left"), confidence=0.6))
    return out


def _files_a_document(art: Article, verb: Token) -> bool:
    """'The independents who submitted their affidavits included A and B': filing the document is how the
    joining just told is done (ECP affidavits), not another act, so the list names those who joined."""
    return verb.dep_ == "relcl" and verb.lemma_.lower() in ("submit", "file") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in art.lex["filed_documents"] for c in verb.children)


def _in_other_clause(name: Token, cue: Token) -> bool:
    """'dozens of leaders, including former ministers, have distanced themselves since the protests that
    followed the arrest of Imran Khan': a name inside a relative clause that does not hold the list word
    tells what the clause says of its noun, and is no one listed."""
    head = name
    while head.head.i != head.i:
        if head.dep_ in ("relcl", "acl") and not (head.left_edge.i <= cue.i <= head.right_edge.i):
            return True
        head = head.head
    return False


THEIR_PARTIES = re.compile(r"\b(?:their|respective|former|previous|old|erstwhile)\s+(?:political\s+)?parties\b"
                           r"|\bthe\s+parties\s+(?:they|to\s+which|with\s+which)\b", re.I)


def _left_their_parties(art: Article, at: int) -> bool:
    """Whether the act that ends at `at` is a group's leaving of parties not named ('bid farewell to their
    parties', 'quit their former parties', 'said goodbye to the parties they had been with') along with
    its joining: the list after it names each one's party."""
    end = at - art.offset
    act = next((s for s in art.doc.sents if s.end_char == end), None)
    if act is None or not THEIR_PARTIES.search(act.text):
        return False
    leave = set(art.lex["leave_verbs"])
    phrases = [ph.lower() for ph in art.lex["leave_phrases"]]
    low = act.text.lower()
    return any(t.lemma_.lower() in leave for t in act) or any(ph in low for ph in phrases)


def _own_label(art: Article, sent: Span, person: Span, people: list[Span]) -> str | None:
    """The party written beside one person of a list: after the name ('A of the PML-N', 'A from the PTI')
    or in the title just before it ('former PPP MPA B'), not past the person named before or after."""
    doc = art.doc
    later = [q.start for q in people if q.start > person.start]
    stop = min(later + [sent.end])
    i = person.end
    if i < stop and doc[i].text == ",":
        i += 1
    if i < stop and doc[i].lower_ in ("of", "from"):
        after = [q for q in art.parties_in(i + 1, min(stop, i + 8)) if q.start <= i + 2]
        if after:
            return after[0].kb_id_
    earlier = [q.end for q in people if q.end <= person.start]
    lo = max([sent.start, person.start - 5] + earlier)
    before = [q for q in art.parties_in(lo, person.start) if not _labels_another(doc, q, sent)]
    return before[-1].kb_id_ if before else None


def _labels_another(doc, party: Span, sent: Span) -> bool:
    """'A from the PTI and B': a party after 'of' or 'from' is the label of the name before it."""
    k = party.start - 1
    if k > sent.start and doc[k].lower_ == "the":
        k -= 1
    return k >= sent.start and doc[k].lower_ in ("of", "from")


def _heading_the_group(art: Article, sent: Span) -> list[Span]:
    """'A from the PTI and B of the PML-Q were the best known of the group', 'A and B led the group', 'A and
    B were the most prominent of them': the people named as the subject of a sentence that points back to the
    unnamed group of the act just reported ('The members bid farewell to their parties and joined the IPP')."""
    remembered = art.memory.get("last_act")
    if remembered is None or remembered.get("people"):
        return []
    if remembered["at"] == art.offset + sent.end_char:
        return _led_by(art, sent)  # the act is this sentence's own: 'The group ... joined the PPP, and was led by A and B'
    if remembered["at"] > art.offset + sent.start_char:
        return []
    root = sent.root
    lemma = root.lemma_.lower()
    if lemma in ("lead", "head"):
        back = [c for c in root.children if c.dep_ == "dobj" and _the_group(art, c)]
    elif lemma == "be":  # "the best known of the group", "the most prominent of them", "the leaders of the group"
        back = [g for c in root.children if c.dep_ in ("attr", "acomp") and _ranks_first(c)
                for t in c.subtree if t.lower_ == "of"
                for g in t.children if g.dep_ == "pobj" and (g.lower_ == "them" or _the_group(art, g))]
    else:
        return []
    if not back:
        return []
    return [p for s_ in subjects_of(root) for p in art.persons_in(subtree_span(s_))
            if not any(t.dep_ in ("relcl", "acl") and t.left_edge.i <= p.start <= t.right_edge.i for t in s_.subtree)]


def _led_by(art: Article, sent: Span) -> list[Span]:
    """'The group announced parting ways with their respective parties and joining the PPP, and was led by A
    of the PTI and B from the JI': the leaders a group's own act names in a passive 'led by' (or 'headed by')
    that shares the group's subject are its people."""
    out = []
    for verb in sent:
        if verb.lemma_.lower() not in ("lead", "head") or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        top = verb
        while not subjects_of(top) and top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        if not any(_group_word(art, s_) and any(c.lower_ in ("the", "this", "that") for c in s_.children)
                   for s_ in subjects_of(top)):
            continue
        for agent in (c for c in verb.children if c.dep_ == "agent"):  # the names run on after 'by' (the parser
            out += [p for p in art.persons_in(sent) if p.start > agent.i]  # may hang a later one elsewhere)
    return out


# what sets people at the head of a group: 'the best known', 'the most prominent', 'the leaders' ('critical of them' is not)
HEAD_OF_GROUP = {"prominent", "notable", "known", "leading", "senior", "important", "leader", "head", "face", "name"}


def _ranks_first(pred: Token) -> bool:
    return any(t.tag_ in ("JJS", "RBS") or t.lemma_.lower() in HEAD_OF_GROUP for t in pred.subtree if t.i <= pred.i)


def _the_group(art: Article, tok: Token) -> bool:
    """'the group', 'this batch', 'the delegation': a definite group word."""
    return _group_word(art, tok) and any(c.lower_ in ("the", "this", "that") for c in tok.children)


@contextmanager
def _last_act_as(art: Article, act: dict | None):
    """Read the sentence as if the act remembered last were `act` (the one before the sentence), then put
    back what the sentence itself remembered."""
    saved = art.memory.get("last_act")
    art.memory["last_act"] = act
    try:
        yield
    finally:
        art.memory["last_act"] = saved


def _list_tails(sent: Span, cue: Token) -> list[Token]:
    """The heads of the relative clauses after a list word whose subject is 'all / most / two of whom': a tail
    that tells of the listed or a part of them ('most of whom had left')."""
    return [t for t in sent if t.dep_ == "relcl" and t.i > cue.i and any(c.dep_ in ("nsubj", "nsubjpass") and any(
        o.lower_ in ("whom", "them") for g in c.children if g.lower_ == "of" for o in g.children) for c in t.children)]


def _open_lines(art: Article, sent: Span, earlier: list[Event]) -> list[Event]:
    """'Those who announced their joining were:', 'The delegation comprised:' with one person a line
    below: a clause ending in a colon (not a dateline or a heading, not a speaker's 'he said:'), just after an
    act, opens a list of its people; each line is a name with its description, no clause of its own."""
    speaker = sent.root.lemma_.lower() in art.lex["speech_verbs"] and not any(c.dep_ == "dobj" for c in sent.root.children)
    colon = ends_with_colon(sent)
    own = intro_act(art, sent, colon)  # "Here is a list of those who have left the PTI since May 9."
    if (not colon and own is None) or speaker or not any(t.pos_ in ("VERB", "AUX") for t in sent) \
            or not (own or _about_the_movers(art, sent)):
        return []
    act = _act_before(art, sent, earlier)
    if own is not None:  # the opener's own act; the act before lends its day only when it is that act
        same = act is not None and sorted(act[1]) == sorted(own)
        act = (act[0] if same else 0, own, act[2] if same else "fact", act[3] if same else None)
    if act is None:
        return []
    _at, kinds, status, when = act
    kinds = [(kind, party) for kind, party in kinds if kind != "expel"]  # expulsion lists are expel's own
    if not kinds:
        return []
    if own is not None:  # a running list's lines, read from the text (list_intros)
        return opener_lines(art, sent, kinds, status, when)

    art.memory["listed"] = (art.doc, [])

    def make(person: Span, item: Span) -> list[Event]:
        if item.root.pos_ in ("VERB", "AUX"):
            return []  # "A took to social media ...": a sentence, not a line of the list
        art.memory["listed"][1].append(person)
        day = line_date(art, item)  # "- A, former minister (May 24)": the line's own day
        return [Event(doc=art.doc_id, type=kind, actor=person.kb_id_ or person.text, party=party, date=day or when,
                      status=status, evidence=art.evidence(item, "list.lines"), confidence=0.6)
                for kind, party in kinds]
    open_list(art, sent, "membership", make)
    return []


def _about_the_movers(art: Article, sent: Span) -> bool:
    """Whether a colon clause introduces the people of the act: it tells the joining or leaving again
    ('Those who announced their joining were:'), or its subject is the group ('The delegation
    comprised:', 'The three ... were:', 'They are:'), or it describes the group ('the new entrants,
    who were named as follows:'); not 'its new office-bearers:' or 'The speakers were:'."""
    moves = set(art.lex["join_verbs"]) | set(art.lex["leave_verbs"]) | set(art.lex["join_nouns"]) | set(art.lex["leave_nouns"])
    lowers, lemmas = art.words(sent)
    if not lemmas.isdisjoint(moves) or not lowers.isdisjoint(moves):
        return True
    group = [s_ for s_ in subjects_of(sent.root)] + [
        t.head for t in sent if t.dep_ == "relcl" and t.i > t.head.i]
    return any(_group_word(art, g) or g.lower_ in NUMBER_WORDS or g.lower_ in ("they", "these", "those", "following")
               for g in group)


def _act_before(art: Article, sent: Span, earlier: list[Event]) -> tuple[int, list[tuple[str, str]], str, str | None] | None:
    """The join or leave (or expulsion) reported last, within a few sentences: where it ends, its
    kinds of event with their parties, its status and date."""
    here = art.offset + sent.start_char
    acts = []
    resigned = _resign_before(earlier)
    if resigned is not None:  # "A and B were among those who tendered resignations. The others included C and D"
        acts.append((resigned.evidence.end, [("resign_post", resigned.party)], resigned.status, resigned.date))
    last = next((e for e in reversed(earlier) if e.type in ("expel", "leave_party", "join_party")), None)
    if last is not None:
        kinds = {e.type for e in earlier if e.evidence.sentence == last.evidence.sentence
                 and e.type in ("expel", "leave_party", "join_party") and e.party}
        kinds = [last.type] if last.type == "expel" else sorted(kinds)
        parties = {k: next(e.party for e in reversed(earlier) if e.type == k and e.evidence.sentence == last.evidence.sentence)
                   for k in kinds}
        acts.append((last.evidence.end, [(k, parties[k]) for k in kinds], last.status, last.date))
    remembered = art.memory.get("last_act")
    if remembered is not None and remembered["kind"] in ("join", "leave", "defect"):
        kinds = [("leave_party" if remembered["kind"] == "leave" else "join_party", remembered["party"])]
        if remembered["kind"] == "defect" and remembered.get("origin"):
            kinds.append(("leave_party", remembered["origin"]))
        kinds += [("leave_party" if kind == "leave" else "join_party", party) for kind, party in remembered.get("same", [])
                  if kind in ("join", "leave") and party and party != remembered["party"]]
        acts.append((remembered["at"], kinds, remembered["status"], remembered["date"]))
    if not acts:
        return None
    at, kinds, status, when = max(acts, key=lambda a: a[0])
    if here - at > 400:
        return None  # the act is too far back for a list to continue it
    return at, kinds, status, when


def _resign_before(earlier: list[Event]) -> Event | None:
    """The resignation reported last, when its sentence names several people who resigned: a list in
    the next sentence ('The others included C and D') goes on with that group, never with one person's
    own resignation."""
    last = next((e for e in reversed(earlier) if e.type == "resign_post"), None)
    if last is None or last.post is None:
        return None
    group = [e for e in earlier if e.type == "resign_post" and e.evidence.sentence == last.evidence.sentence]
    return last if len({e.actor for e in group}) > 1 else None


def _group_post(earlier: list[Event]) -> str | None:
    """The post a listed group gave up: the one its named members share, or the words all their posts
    have in common ('Finance Minister', 'Minister for Education': 'minister')."""
    last = _resign_before(earlier)
    if last is None:
        return None
    posts = [e.post for e in earlier if e.type == "resign_post" and e.evidence.sentence == last.evidence.sentence and e.post]
    shared = set.intersection(*(set(p.lower().split()) for p in posts))
    common = [w for w in last.post.lower().split() if w in shared]
    return last.post if len(set(posts)) == 1 or not common else " ".join(common)


def _announcers(art: Article, sent: Span) -> list[Span]:
    """'A, B and C made the announcements at separate press conferences': the people who announced
    the act just reported, named after it (the act itself is not restated)."""
    root = sent.root
    objects = [c for c in root.children if c.dep_ == "dobj"]
    if not (root.lemma_.lower() == "make" and any(o.lemma_.lower() in art.lex["announcement_nouns"]
                                                 and any(d.lower_ in ("the", "these", "this", "those") for d in o.children)
                                                 and not any(d.dep_ in ("acl", "relcl", "prep") and d.lower_ != "at" for d in o.children)
                                                 for o in objects)):
        return []
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    return [p for s_ in subjects for p in art.persons_in(subtree_span(s_))]


def _they_were(art: Article, sent: Span) -> list[Span]:
    """'They were A, B and C', 'The others were D and E': the people of the act just reported, named by a
    sentence whose subject is only 'they' (or 'these', 'those', 'the others', 'the rest') and whose verb
    is only 'be'."""
    root = sent.root
    opening = _they_subject(sent)
    if root.lemma_.lower() != "be" or opening is None or opening.head.i != root.i or opening.dep_ != "nsubj":
        return []
    if any(c.dep_ in ("acomp", "prep", "ccomp", "xcomp", "neg", "auxpass") for c in root.children):
        return []  # "they were among ...", "they were not ...": another reading
    return [p for p in art.persons_in(art.doc[root.i + 1:sent.end]) if p.root.dep_ in ("attr", "conj", "appos")]


def _they_subject(sent: Span) -> Token | None:
    """The word that stands for the group at the head of a sentence: 'They', 'These', 'Those', or
    'others' / 'rest' right after an opening 'The' (the rest of a group whose first members were named)."""
    words = [t for t in sent if not t.is_punct][:2]
    if words and words[0].lower_ in ("they", "these", "those"):
        return words[0]
    if len(words) == 2 and words[0].lower_ == "the" and words[1].lower_ in ("others", "rest") \
            and all(c.i == words[0].i for c in words[1].children):  # not "The others at the meeting were"
        return words[1]
    return None


LIST_VERBS = ("include", "comprise", "consist")  # "It consisted of A and B", "The delegation comprised A and B"
DASHES = ("-", "\u2013", "\u2014", "--", ":")
SET_OFF_MARKS = frozenset(DASHES + (",",))  # what may follow the group word of `_group_set_off`


def _group_set_off(art: Article, sent: Span) -> list[Span]:
    """'The defectors - A (Gujrat), B (Jhelum) and C - called on him': the people of the act just
    reported, set off by dashes (or a colon) after the group word that opens the sentence. The mark must
    follow one of the first four words: a sentence without one there is done with before any word is read."""
    if not any(t.text in SET_OFF_MARKS for t in art.doc[sent.start + 1:min(sent.end, sent.start + 5)]):
        return []
    opening = [t for t in art.doc[sent.start:min(sent.end, sent.start + 4)] if not t.is_punct]
    group = next((t for t in opening if (_group_word(art, t) and (t.tag_ in ("NNS", "NNPS") or t.text.endswith("s")))
                  or NUMBER_WORDS.get(t.lower_, 0) >= 2
                  or t.like_num and t.i > sent.start and t.nbor(-1).lower_ == "the"), None)  # "The three - A, B and C -"
    if group is None or group.i + 1 >= sent.end or art.doc[group.i + 1].text not in DASHES + (",",) \
            or not ((group.i > sent.start and group.nbor(-1).lower_ in ("the", "these", "those"))
                    or any(c.lower_ in ("the", "these", "those") for c in group.children)):  # the parser may hang 'The' on the first name
        return []
    comma = art.doc[group.i + 1].text == ","
    if comma and (group.i + 2 >= sent.end or art.person_at(art.doc[group.i + 2]) is None
                  or group.dep_ not in ("nsubj", "nsubjpass")):
        return []  # "The defectors, A and B, called on him", not "The defectors, who ...", "Welcoming the new entrants, A said"
    marks = (",",) if comma else DASHES[:-1]
    named = art.persons_in(art.doc[group.i + 2:sent.end])
    close = next((t.i for t in art.doc[group.i + 2:sent.end] if t.text in marks
                  and not any(p.start <= t.i < p.end for p in named) and (not comma or art.person_at(art.doc[t.i + 1]) is None)), sent.end)
    people = [p for p in art.persons_in(art.doc[group.i + 2:close])]
    count = NUMBER_WORDS.get(group.lower_)
    return people if count is None or count == len(people) else []


def _among_them(art: Article, sent: Span, cue: Token) -> list[Span]:
    """'A, B and C were among them': the people named before 'among them', as the subject of 'be'."""
    among = cue.head if cue.head.i != cue.i else None
    if among is None or among.lower_ != "among" or among.head.lemma_.lower() != "be":
        return []
    subjects = [c for c in among.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < among.i]
    return [p for s_ in subjects for p in art.persons_in(subtree_span(s_))]


def _others_gathered(art: Article, cue: Token) -> bool:
    """'among those present', 'among those attending the ceremony', 'among the lawmakers seen at the lodge':
    'those' (or a group word) described by anything but a joining or leaving are other people at the event."""
    if cue.lower_ in ("those", "these") and cue.i > 0 and cue.nbor(-1).lower_ == "among":
        described = [t for c in cue.children if c.dep_ in ("amod", "acl", "relcl", "prep") for t in c.subtree]
        if not described:
            described = _words_until_be(cue)
    elif _group_after_among(cue):  # "Among the lawmakers seen at the lodge were A and B": seen there, not moved
        described = [t for c in cue.children if c.dep_ in ("acl", "relcl") for t in c.subtree]
    else:
        return False
    moves = set(art.lex["join_verbs"]) | set(art.lex["leave_verbs"]) | set(art.lex["join_nouns"]) | set(art.lex["leave_nouns"]) \
        | set(INTRODUCED)
    return bool(described) and not any(t.lemma_.lower() in moves or t.lower_ in moves for t in described)


def _group_after_among(cue: Token) -> bool:
    """'among the lawmakers', 'among the PTI MNAs': a group word a few words after 'among'."""
    return cue.lower_ not in ("them", "those", "these") and any(
        t.lower_ == "among" for t in cue.doc[max(cue.sent.start, cue.i - 3):cue.i])


def _words_until_be(cue: Token) -> list[Token]:
    """'Among those de-seated were A and B': where the parse hangs 'those' off the words after it, the
    words up to the verb 'be' are what describes them."""
    words = []
    for t in cue.doc[cue.i + 1:min(cue.i + 8, cue.sent.end)]:
        if t.lemma_.lower() == "be" or t.is_punct and t.text != "-":
            break
        words.append(t)
    return words


# "among those introduced by the host", "among those inducted": people presented as the ones who came in,
# not guests who were there
INTRODUCED = ("introduce", "induct")


def _led_group(art: Article, root: Token, cue: Token) -> bool:
    """'The group was led by A and included B': a group word led (or headed) by someone, with the
    list word joined to that verb."""
    return root.lemma_.lower() in ("lead", "head") and cue.head.i == root.i and cue.dep_ == "conj" \
        and any(c.dep_ == "nsubjpass" and _group_word(art, c) for c in root.children)


def _list_cue(art: Article, sent: Span) -> Token | None:
    """The word that opens a list of the people of an act: 'include', 'comprised', 'consisted of',
    'namely', 'such as', 'among them', 'among the new entrants'. A sentence with none of these words is
    done with from its word sets (`Article.words`), before its tokens are walked."""
    lowers, lemmas = art.words(sent)
    if lemmas.isdisjoint(LIST_VERBS) and lowers.isdisjoint(("namely", "such", "among")):
        return None
    for t in sent:
        nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
        if t.lemma_.lower() in LIST_VERBS or t.lower_ == "namely":
            return t
        if t.lower_ == "among":
            group = next((g for g in t.doc[t.i + 1:min(t.i + 4, sent.end)] if g.tag_ in ("NNS", "NNPS")), None)
            if group is not None and group.lower_ not in ("them", "those", "these") and _group_word(art, group):
                return group
        if nxt is not None and ((t.lower_ == "such" and nxt.lower_ == "as")
                                or (t.lower_ == "among" and nxt.lower_ in ("them", "those", "these"))):
            return nxt
    return None
