"""expel: a party ends, suspends or cancels a named person's membership.

Kept apart from leave/join (membership.py): the person here is the object of
the act, never its subject -- "PTI expelled X", "X was expelled from the
party", "suspended the membership of X", "X's basic membership was revoked",
"the expulsion of X" -- and the party is the one that acts, or the one the
person is removed from. Verbs that mean many things ("oust", "sack",
"remove", "kick out") count only when they remove someone from a party or its
membership; "terminate", "cancel", "suspend" only when they act on a
membership. A show-cause notice ("why he should not be expelled") is no act.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ..country.lexicon import NUMBER_WORDS
from ..model import Event
from .base import Article, clause_heads, is_pronoun, no_longer, subjects_of, subtree_span
from .expel_counts import (and_of_counted, counted_group_before, counted_set_off, named_together_before, the_counted_in,
                           the_counted_listed)
from .described_people import described_person
from .listed import ends_with_colon, list_item, open_list
from .memberships import MEMBERSHIP, _is_group, _membership_word, _own_modifiers, _removed_from
from .act_dates import event_date
from .fronted import fronted_owner
from .group_lists import _include_objects, group_members
from .house_chairs import chair_of_a_house, for_the_sitting, not_a_party_place
from .movers import PARTY_NOUNS, _counted_back, _event
from .post_words import ROLE_HEADS
from .posts import conditional
from .status import _governing_chain, act_status
from .triggers import Trigger

# how a named person hangs on the word that names them as the object of the act
LIST_LINKS = ("conj", "appos", "compound", "nmod", "cc", "punct")


@lru_cache(maxsize=4)
def _expel_words(lex) -> tuple[frozenset[str], frozenset[tuple[str, ...]], frozenset[str], frozenset[str]]:
    """The expelling verbs, the idioms (verb, object), the lemmas one of which a verb or idiom trigger needs
    and the expelling nouns, built once per lexicon rather than once per sentence."""
    verbs = lex["expel_verbs"] | lex["expel_verbs_need_party"] | lex["expel_membership_verbs"]
    idioms = frozenset(tuple(entry.split(":", 1)) for entry in lex["expel_idioms"])
    return verbs, idioms, verbs | {idiom[0] for idiom in idioms}, lex["expel_nouns"] | lex["expel_membership_nouns"]


def find_expel_triggers(art: Article, sent: Span) -> list[Trigger]:
    lex = art.lex
    verbs, idioms, lemma_cues, nouns = _expel_words(lex)
    found = []
    lowers, lemmas = art.words(sent)
    if lemmas.isdisjoint(lemma_cues) and lowers.isdisjoint(nouns):
        return found  # no word any trigger reading needs
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and any((lemma, c.lower_) in idioms for c in tok.children if c.dep_ == "dobj"):
            found.append(Trigger("expel", tok, frozenset({tok.i}), "expel.idiom"))  # "shown the door by the PPP"
        elif tok.pos_ in ("VERB", "AUX") and lemma in verbs:
            found.append(Trigger("expel", tok, frozenset({tok.i}), "expel.verb"))
        elif tok.pos_ == "NOUN" and tok.dep_ != "compound" and (
                tok.lower_ in lex["expel_nouns"] or tok.lower_ in lex["expel_membership_nouns"]):
            found.append(Trigger("expel", tok, frozenset({tok.i}), "expel.noun"))
    return found


def extract_expel(art: Article, sent: Span) -> list[Event]:
    events: list[Event] = list_item(art, sent, "expel")
    if events:
        return events
    triggers = find_expel_triggers(art, sent)
    if not triggers:
        return _group_listed(art, sent) or _no_longer_members(art, sent) or _no_longer_associated(art, sent)
    for trig in triggers:
        events += _expel(art, sent, trig)
    if not events and _rest_cue(art, sent) is not None:
        return _group_listed(art, sent)  # "The others shown the door are A and B": the idiom names no party
    return events + _no_longer_members(art, sent)


def _group_listed(art: Article, sent: Span) -> list[Event]:
    """'The PTI expelled five MNAs on Saturday. They include A, B and C.'"""
    group = _recent_group(art, sent, 300)
    if group is None:
        return []
    cue = next((t for t in sent if t.lemma_.lower() == "include" and t.pos_ == "VERB" and t.dep_ == "ROOT"), None)
    if cue is None:
        cue = _colon_list(art, sent) or _naming_cue(art, sent) or _rest_cue(art, sent)
        if cue is None:
            return []
    else:
        subj = subjects_of(cue)
        if not subj or not (is_pronoun(subj[0]) or _is_group(subj[0])):
            return []
    art.memory.pop("expel_group")
    _end, party, status, when = group
    people = [p for p in art.persons_in(sent) if p.start > cue.i]
    if len(people) >= 2:
        _keep_list_open(art, sent, party, status, when)
    return [_event(art, sent, "expel", p, party, status, when, "expel.group_list") for p in people]


def _expel(art: Article, sent: Span, trig: Trigger) -> list[Event]:
    if trig.rule == "expel.idiom":
        return _idiom(art, sent, trig)
    lex = art.lex
    head = trig.head
    lemma = head.lemma_.lower()
    removed_from = _removed_from(art, head) or _members_of_party(art, head)
    membership = _membership_word(head)
    if removed_from is not None and removed_from.lower_ in lex["expel_non_party_places"] and art.party_at(removed_from) is None:
        return []  # "expelled from the assembly hall", "sacked from the cabinet"
    if removed_from is not None and removed_from.lower_ in lex["expel_party_bodies"]:
        return []  # "expelled from the party's core committee": put off one of its bodies, still a member
    if removed_from is not None and not_a_party_place(art, removed_from):
        return []  # "expelled from his school in 1985": put out of something that is no party
    party_object = removed_from is not None and (art.party_at(removed_from) is not None or removed_from.lower_ in PARTY_NOUNS)
    if (lemma in lex["expel_verbs_need_party"] or lemma in lex["expel_membership_verbs"]
            or head.lower_ in lex["expel_membership_nouns"]) and not (membership is not None or party_object) \
            and not (lemma in lex["expel_verbs_need_party"] and _back_to_group(art, sent, head)) \
            and not _put_out_by_a_party(art, head) and not _person_suspended_by_a_party(art, head):
        return []  # "ousted the government", "suspended the session"
    if membership is not None and any(t.lower_ in ("assembly", "senate", "parliament") for t in _own_modifiers(membership)):
        return []  # "suspended the assembly membership" is the Speaker's act
    if not _party_acts(art, head):
        return []  # "the ECP suspended the membership of X": not a party's act
    people = _targets(art, sent, trig, membership)
    if not people:
        _remember_group(art, sent, trig, removed_from, membership)
        if ends_with_colon(sent):
            _open_expel_list(art, sent, trig, removed_from, membership)
        return []
    status = _status(art, trig, sent)
    if status is None:
        return []
    party = _acting_party(art, sent, head, removed_from, membership, people)
    group = _recent_group(art, sent)
    if removed_from is None and membership is None and group is not None and _back_to_group(art, sent, head):
        party = group[1]  # the group's party, not whichever party the sentence happens to name
    if party is None:
        return []
    when = event_date(art, sent, head)
    if when is None and group is not None and group[1] == party and _back_to_group(art, sent, head):
        when = group[3]
    _counted_rest(art, sent, trig, people, party, status, when)
    if not art.parties_in(sent.start, sent.end):
        party = _expelled_by_before(art, people) or party
    if status == "fact":
        for person in people:
            art.memory.setdefault("expelled_by", {})[person.kb_id_ or person.text] = party
    if status == "fact":
        art.memory["last_expel_party"] = party
    if len(people) >= 2:
        _keep_list_open(art, sent, party, status, when)
    return [_event(art, sent, "expel", person, party, status, when, trig.rule) for person in people]


def _expelled_by_before(art: Article, people: list[Span]) -> str | None:
    """'The ANP expelled X ... "The party has expelled him," Hoti said'; 'The PTI expelled A and B ... A
    notification said their membership had been cancelled': the same expulsion told again with no party
    named is by the party that expelled them before, not the party last mentioned."""
    known = art.memory.get("expelled_by", {})
    parties = {known.get(p.kb_id_ or p.text) for p in people}
    return parties.pop() if len(parties) == 1 else None


def _keep_list_open(art: Article, sent: Span, party: str, status: str, when: str | None) -> None:
    """'Those expelled are A, B and C. The others are D and E.': a sentence that names several of
    the people expelled leaves the list open for one that names the rest."""
    art.memory["expel_group"] = (art.offset + sent.end_char, party, status, when)


def _no_longer_members(art: Article, sent: Span) -> list[Event]:
    """'The party's disciplinary committee announced that A and B were no longer members of the
    party': a party body ending membership expels; so does the same words just after a group
    expulsion ('the PTI expelled four leaders ... A, B, C and D are no longer its members')."""
    out: list[Event] = []
    if "member" not in art.words(sent)[1]:
        return out
    for tok in sent:
        be = tok.head
        if tok.lemma_.lower() != "member" or tok.dep_ != "attr" or be.lemma_.lower() != "be" \
                or not no_longer(be):
            continue
        group = _recent_group(art, sent)
        if group is None and not _body_announces(art, be):
            continue
        people = [p for s in subjects_of(be) if s.dep_ == "nsubj" for p in _named(art, s)]
        party = None
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                party = next((_party_code(art, o) for o in prep.children if o.dep_ == "pobj"), None)
        party = party or (group[1] if group is not None else art.focus_party(tok.i))
        status = act_status(be, sent, art.lex, {tok.i})
        if not people or party is None or status is None:
            continue
        when = event_date(art, sent, be.head if be.dep_ == "ccomp" else be)
        out += [_event(art, sent, "expel", p, party, status, when, "expel.no_longer_member") for p in people]
    return out


def _no_longer_associated(art: Article, sent: Span) -> list[Event]:
    """'the shura met and decided that X "is no longer associated with the Tehreek in any capacity"': a
    party body deciding that someone is no longer associated with the party ends the membership."""
    if "associated" not in art.words(sent)[0]:
        return []
    out: list[Event] = []
    for tok in sent:
        if tok.lower_ != "associated" or tok.dep_ != "ccomp" \
                or not any(c.lower_ == "longer" and (any(n.lower_ == "no" for n in c.children)
                                                     or any(n.lower_ == "no" and n.dep_ == "neg" for n in tok.children))
                           for c in tok.children):
            continue
        verb = tok.head
        bodies = art.lex["disciplinary_bodies"]
        deciders = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "the shura met and decided that ..."
        if verb.lemma_.lower() not in ("decide", "announce", "declare", "rule") or not any(
                t.lower_ in bodies for h in deciders for s in subjects_of(h) if s.dep_ == "nsubj" for t in subtree_span(s)):
            continue
        people = [p for s in subjects_of(tok) if s.dep_ in ("nsubj", "nsubjpass") for p in _named(art, s)]
        party = next((_party_code(art, o) for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                      for o in c.children if o.dep_ == "pobj"), None) or art.focus_party(tok.i)
        status = act_status(verb, sent, art.lex, {tok.i})
        if people and party is not None and status is not None:
            when = event_date(art, sent, verb)
            out += [_event(art, sent, "expel", p, party, status, when, "expel.no_longer_associated") for p in people]
    return out


def _party_code(art: Article, tok: Token) -> str | None:
    if tok.lower_ in ("party", "its") and not art.parties_in(tok.left_edge.i, tok.right_edge.i + 1):
        return art.focus_party(tok.i)
    found = [p for p in art.parties_in(tok.left_edge.i, tok.right_edge.i + 1) if p.kb_id_ != "IND"]
    return found[0].kb_id_ if found else None


def _body_announces(art: Article, be: Token) -> bool:
    """The clause is what a party's body (its disciplinary committee, the CEC) announced."""
    if be.dep_ != "ccomp":
        return False
    verb = be.head
    phrases = [subtree_span(s) for s in subjects_of(verb) if s.dep_ == "nsubj"]
    if not phrases and verb.dep_ in ("acl", "relcl"):  # the parser's "The party's body [announced ...]"
        phrases = [verb.doc[verb.head.left_edge.i:verb.head.i + 1]]
    for words in phrases:
        if any(t.lower_ in art.lex["disciplinary_bodies"] for t in words) and \
                (art.parties_in(words.start, words.end) or any(t.lower_ in ("party", "its") for t in words)):
            return True
    return False


def _naming_cue(art: Article, sent: Span) -> Token | None:
    """'The spokesman named them as A, B and C', 'identified those expelled as A and B'; a
    notification that names people after the group it expelled ('It named A and B')."""
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in art.lex["list_naming_verbs"]:
            continue
        objects = [c for c in tok.children if c.dep_ in ("dobj", "oprd")]
        if any(c.lower_ in ("them", "those", "these") or _is_group(c) for c in objects):
            return tok
        documents = art.lex["list_naming_documents"]
        by_document = any(s.dep_ == "nsubj" and s.lower_ in documents for s in subjects_of(tok)) \
            or (tok.dep_ == "acl" and tok.head.lower_ in documents)  # "The notification named A" read as a noun phrase
        if by_document and any(art.person_at(c) is not None for c in objects):
            return tok
    return None


def _rest_cue(art: Article, sent: Span) -> Token | None:
    """'The others shown the door are A, B and C', 'The remaining three are A and B', 'They are A,
    B and C': a sentence that opens on (the rest of) the group just reported and names them after 'are'. The verb
    'be' is returned (read from the words: the parser often takes 'shown' for the root)."""
    words = [t for t in sent if not t.is_space]
    k = 1 if words and words[0].lower_ == "the" else 0
    if k >= len(words) or words[k].lower_ not in art.lex["tally2_expel_rest_words"]:
        return None
    for t in words[k + 1:k + 8]:
        if art.person_at(t) is not None:
            return None
        if t.lemma_.lower() == "be":
            return t
    return None


def _counted_rest(art: Article, sent: Span, trig: Trigger, people: list[Span], party: str, status: str,
                  when: str | None) -> None:
    """'expelled four senior leaders, including A', 'expelled A and two others': a counted group of
    which fewer are named here; the rest may be listed next ('The others shown the door are B, C and D',
    'The other two are B and C')."""
    head = trig.head
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    for obj in objects + [c for o in objects for c in o.conjuncts if not art.persons_in(subtree_span(c))]:
        counts = [n for n in obj.children if n.dep_ == "nummod" and (n.lower_ in NUMBER_WORDS or n.text.isdigit())]
        if counts and obj.conjuncts and obj.lower_ == "others" and not art.person_at(obj):
            art.memory["expel_group"] = (art.offset + sent.end_char, party, status, when)  # "X and two others"
        elif counts and _is_group(obj):
            n = int(counts[0].text) if counts[0].text.isdigit() else NUMBER_WORDS[counts[0].lower_]
            if n > len(people):
                art.memory["expel_group"] = (art.offset + sent.end_char, party, status, when)


def _colon_list(art: Article, sent: Span) -> Token | None:
    """'Notices went to: A, B and C.' -- a colon followed by nothing but two or more names: the
    list of the group just reported. The colon is returned."""
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None:
        return None
    people = [p for p in art.persons_in(sent) if p.start > colon.i]
    inside = {i for p in people for i in range(p.start, p.end)}
    rest = [t for t in sent.doc[colon.i + 1:sent.end] if t.i not in inside]
    def name_part(t: Token) -> bool:  # a name the tagger missed: "Wajih-uz-Zaman"
        return t.pos_ == "PROPN" or (t.i > 0 and t.doc[t.i - 1].text == "-" and not t.doc[t.i - 1].whitespace_)
    if len(people) < 2 or any(not (t.is_punct or t.is_space or t.lower_ in ("and", "&") or name_part(t)) for t in rest):
        return None
    return colon


def _idiom(art: Article, sent: Span, trig: Trigger) -> list[Event]:
    """'X was shown the door by the PPP', 'the PPP showed X the door': only when a party (or 'the
    party') does it, never a cabinet or an office."""
    head = trig.head
    idiom_words = {entry.split(":", 1)[1] for entry in art.lex["expel_idioms"]}
    obj = next(c for c in head.children if c.dep_ == "dobj" and c.lower_ in idiom_words)
    doers = [a for c in head.children if c.dep_ == "agent" for a in c.children if a.dep_ == "pobj"]
    doers += [a for c in [*head.children, *obj.children] if c.dep_ == "prep" and c.lower_ in ("by", "from")
              for a in c.children if a.dep_ == "pobj"]
    doers += [s for h in clause_heads(head) for s in subjects_of(h) if s.dep_ == "nsubj"]
    party = next((code for code in (_party_code(art, d) for d in doers) if code), None)
    if party is None:
        return []
    people: list[Span] = []
    for child in head.children:
        if child.dep_ == "nsubjpass" and (child.lower_ in ("who", "that") or is_pronoun(child)):
            people += _subject_people(art, sent, child)  # "X, who has been shown the door by the PTI, ..."
        elif child.dep_ in ("nsubjpass", "dative") or (child.dep_ == "dobj" and child.i != obj.i):
            people += _named(art, child)
    for prep in [*obj.children, *head.children]:  # "showed the door to X", however the 'to' is hung
        if prep.dep_ == "prep" and prep.lower_ == "to":
            people += [p for o in prep.children for p in _named(art, o) if p not in people]
    status = _status(art, trig, sent)
    if not people or status is None:
        return []
    when = event_date(art, sent, head)
    return [_event(art, sent, "expel", p, party, status, when, trig.rule) for p in people]


def _open_expel_list(art: Article, sent: Span, trig: Trigger, removed_from: Token | None,
                     membership: Token | None) -> None:
    """'Those expelled from the party include:' with one name a line below."""
    status = _status(art, trig, sent)
    party = _acting_party(art, sent, trig.head, removed_from, membership, [])
    if status is None or party is None:
        return
    group = _recent_group(art, sent)
    when = event_date(art, sent, trig.head)
    if when is None and group is not None and group[1] == party:
        when = group[3]  # the act's day, told where the group was first reported
    open_list(art, sent, "expel", lambda person, item: _event(art, item, "expel", person, party, status, when, "expel.line_list"))


def _members_of_party(art: Article, head: Token) -> Token | None:
    """'dismissed five members of the party', 'sacked two PTI lawmakers': removing people named
    as the party's own members removes them from the party."""
    for obj in head.children:
        if obj.dep_ not in ("dobj", "nsubjpass") or not _is_group(obj):
            continue
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and (art.party_at(pobj) is not None or pobj.lower_ in PARTY_NOUNS):
                        return pobj
    return None


def _recent_group(art: Article, sent: Span, within: int = 400) -> tuple | None:
    """The unnamed group expelled just before (its end in the article, party, status, date),
    if it ended at most `within` characters before this sentence (it may be in another chunk)."""
    group = art.memory.get("expel_group")
    if not group or not 0 <= art.offset + sent.start_char - group[0] <= within:
        return None
    return group


def _back_to_group(art: Article, sent: Span, head: Token) -> bool:
    """'The members to have been removed are A and B' after 'the party dismissed five members':
    a definite group ('the members', 'those', 'they') points back to the group just expelled."""
    if _recent_group(art, sent) is None:
        return False
    nouns = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if head.dep_ in ("acl", "relcl", "amod"):
        nouns.append(head.head)
    for noun in nouns:
        if noun.lower_ in ("those", "they", "them", "these"):
            return True
        if _is_group(noun) and any(d.dep_ == "det" and d.lower_ in ("the", "these", "those") for d in noun.children):
            return True
    return False


def _party_acts(art: Article, head: Token) -> bool:
    """Whoever acts (the subject, or the agent of a passive) is a party, a party body, a person or
    a pronoun; a commission, a court or a Speaker ending a membership is no expulsion."""
    acting: list[Token] = [a for c in head.children if c.dep_ == "agent" for a in c.children if a.dep_ == "pobj"]
    if not acting:
        for h in clause_heads(head):
            subs = [s for s in subjects_of(h) if s.dep_ == "nsubj"]
            if subs:
                acting = subs
                break
            if h.dep_ not in ("conj", "xcomp"):
                break
    if for_the_sitting(head):
        return False  # "suspended the membership of X for the rest of the session": the chair's act in a house
    for tok in acting:
        words = subtree_span(tok)
        if chair_of_a_house(art, words):
            return False  # "Speaker Ayaz Sadiq suspended the membership of X": a house's officer, not a party
        if art.parties_in(words.start, words.end) or art.persons_in(words) or is_pronoun(tok) or tok.lower_ in ("it", "we") \
                or any(t.lower_ in ("party", "its", "his", "their") or t.lower_ in PARTY_NOUNS for t in words) \
                or any(t.lower_ in art.lex["party_bodies"] for t in words):
            continue
        if tok.lower_ in ("who", "that", "which") or _dateline(tok) or _lone_article(tok):
            continue
        return False
    return True


def _lone_article(tok: Token) -> bool:
    """'The Pakistan Tehreek-e-Insaf cancelled ...': the parser may split a hyphenated party name and
    take its article alone for a second subject; an article names nobody who acts."""
    return tok.lower_ in ("the", "a", "an") and not list(tok.children)


def _dateline(tok: Token) -> bool:
    """'LAHORE: The party expelled ...', 'KARACHI, Oct 11: ...': the parser may take the dateline for a subject."""
    if not tok.is_upper or len(tok) <= 2 or tok.i + 1 >= len(tok.doc):
        return False
    if tok.nbor(1).text == ":":
        return True
    after = tok.doc[tok.i + 1:min(len(tok.doc), tok.i + 5)]
    return tok.i == tok.sent.start and after[0].text == "," and any(t.text == ":" for t in after)  # with its day


def _remember_group(art: Article, sent: Span, trig: Trigger, removed_from: Token | None, membership: Token | None) -> None:
    """An unnamed group expelled ('five MNAs', 'another eight members'): a list may follow."""
    head = trig.head
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if membership is not None:
        objects += [o for c in membership.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    if not any(_is_group(o) and not art.persons_in(subtree_span(o)) for o in objects):
        return
    status = _status(art, trig, sent)
    party = _acting_party(art, sent, head, removed_from, membership, [])
    if status is not None and party is not None:
        art.memory["expel_group"] = (art.offset + sent.end_char, party, status, event_date(art, sent, head))


# ---------------------------------------------------------------- what is acted on

def _put_out_by_a_party(art: Article, head: Token) -> bool:
    """'The ANP kicked out X': a party that throws someone out throws them out of itself."""
    return head.lemma_.lower() in ("kick", "throw") and any(
        c.lower_ == "out" and c.dep_ in ("prt", "advmod", "prep") for c in head.children) and any(
        art.party_at(s) is not None for s in subjects_of(head))


def _told_as_done(noun: Token) -> bool:
    """'led to his expulsion', 'after his expulsion', 'resulted in his expulsion': the noun is the end of a
    chain of events already told, not a demand ('sought his expulsion', 'called for his expulsion')."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("to", "in", "after", "following", "since", "until", "before", "upon", "on")


def _person_suspended_by_a_party(art: Article, head: Token) -> bool:
    """'A and B were suspended by the party's Majlis-e-Aamla', 'the JUI-F suspended A': a membership verb
    whose doer is a party (or its body) and whose object is a person ends that person's membership, though
    no 'membership' is written; 'suspended the session', 'suspended by the Speaker' stay out."""
    if head.lemma_.lower() not in art.lex["expel_membership_verbs"]:
        return False
    doers = [a for c in head.children if c.dep_ == "agent" for a in c.children if a.dep_ == "pobj"]
    done_to = [c for c in head.children if c.dep_ == "nsubjpass"] if doers else \
        [c for c in head.children if c.dep_ == "dobj"]
    if not doers:
        doers = [c for c in head.children if c.dep_ == "nsubj"]
    if not doers or not done_to or not any(art.person_at(t) is not None for t in done_to):
        return False
    for doer in doers:
        words = subtree_span(doer)
        if art.parties_in(words.start, words.end) or any(t.lower_ == "party" for t in words):
            return not any(art.persons_in(words))  # "suspended by Imran Khan's party" still a party; a person acting alone is not
    return False


def _targets(art: Article, sent: Span, trig: Trigger, membership: Token | None) -> list[Span]:
    head = trig.head
    if membership is not None:
        owners = _owners(art, sent, membership, head)
        more = and_of_counted(art, membership) + _along_with(art, head) + _including_on_the_act(art, head, membership)
        if owners or more:
            more = _list_tail(art, membership, head) + more if owners else more
            return owners + [p for p in more if p not in owners]
    if trig.rule == "expel.noun":
        people: list[Span] = []
        for child in head.children:
            if child.dep_ == "poss" and not is_pronoun(child):
                people += _named(art, child)
            elif child.dep_ == "poss" and child.lower_ in ("his", "her") and _told_as_done(head) and _from_party(art, head):
                focus = fronted_owner(art, head) or art.focus_person(child.i)  # "which led to his expulsion from the PTI":
                # the one the story is about; "Following his expulsion from the PTI, X ...": X
                people += [focus] if focus is not None else []
            elif child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    people += _named(art, obj)
        return people
    perfect = any(c.dep_ == "aux" for c in head.children) and any(c.dep_ == "nsubj" for c in head.children)
    passive = any(c.dep_ == "auxpass" for c in head.children) or (
        head.tag_ == "VBN" and head.dep_ in ("acl", "relcl", "advcl", "amod") and not perfect) or (
        head.tag_ in ("VBN", "VBD") and head.dep_ == "ROOT" and not any(c.dep_ in ("aux", "dobj") for c in head.children)
        and (head.tag_ == "VBN" or _from_party(art, head)))
    # the last: a headline's passive without its auxiliary, "X's membership suspended", "X expelled from PPP";
    # "reports that it had expelled X" is active (its own subject and auxiliary)
    if passive:
        for h in clause_heads(head):
            subs = [s for s in subjects_of(h) if s.dep_ in ("nsubjpass", "nsubj")]
            if subs:
                return [p for s in subs for p in _subject_people(art, sent, s)]
            if h.dep_ in ("acl", "relcl", "amod") and h.i == head.i:  # "the expelled MNAs are A and B"
                noun = h.head
                person = art.person_at(noun)
                if person is not None:
                    return [person] + [p for c in noun.conjuncts for p in _named(art, c)]
                if _is_group(noun) or noun.pos_ in ("PRON", "DET"):
                    return _group_list(art, sent, noun)
                return []
            if h.dep_ == "advcl" and h.i == head.i:  # "Suspended by his party, X announced ..."
                continue
        return []
    people = _along_with(art, head)
    for child in head.children:
        if child.dep_ == "dobj":
            if child.lower_ in ("him", "her") or _definite_one(art, child):
                focus = _person_acted_on(art, sent, head)
                people += focus
            else:
                people += _named(art, child)
                people += [p for c in child.conjuncts if c.i > child.i for p in counted_set_off(art, c)
                           if p not in people]  # "expelled A and three other leaders, B, C and D"
                if not people and _is_group(child):
                    people += _group_list(art, sent, child)
                if not people:
                    people += _set_off_name(art, child)
                if not people:
                    people += counted_set_off(art, child)
    return people


def _along_with(art: Article, head: Token) -> list[Span]:
    """'expelled him, along with A and B', 'suspended the membership of X along with four others,
    namely A, B, C and D': the people the act takes along, named or counted and then named."""
    people: list[Span] = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("along", "together", "alongside", "with"):
            for prep in [child, *child.children]:
                if prep.lower_ in ("with", "alongside"):
                    people += [p for o in prep.children for t in _owners_of_those(o)
                               for p in (_named(art, t) or counted_set_off(art, t))]
    return people


def _including_on_the_act(art: Article, head: Token, membership: Token) -> list[Span]:
    """'suspended the membership of five former lawmakers for attending a meeting, including former MPA X':
    the parser hangs a late 'including' on the act; the names it gives belong to the unnamed group whose
    membership ended."""
    group = [g for p in membership.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj" and g.tag_ == "NNS"]
    if not group or art.persons_in(subtree_span(group[0])):
        return []
    return [p for c in head.children if c.dep_ == "prep" and c.lower_ == "including" for p in art.persons_in(subtree_span(c))]


def _owners_of_those(tok: Token) -> list[Token]:
    """'his membership was suspended along with those of eight other members, including A and B':
    'those' stands for the memberships; whose they are is the object of its 'of'."""
    if tok.lower_ not in ("those", "that"):
        return [tok]
    return [g for p in tok.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"] or [tok]


def _list_tail(art: Article, membership: Token, head: Token) -> list[Span]:
    """'the membership of A, B and C had been terminated': a clause has one subject, so names the
    parser makes a second subject of the verb, between the membership and the verb, carry on the
    list of its owners; so do names it makes conjuncts of the membership itself."""
    loose = [c for c in head.children if c.dep_ in ("nsubjpass", "nsubj") and membership.i < c.i < head.i]
    loose += [c for c in membership.children if c.dep_ == "conj"]
    # a name the parser split, its last words a conjunct of the membership ('... and Sardar A B Khosa'), is whole
    return [p for c in loose for p in (_named(art, c) or [q for q in [art.person_at(c)] if q is not None and q.end == c.i + 1])]


def _from_party(art: Article, head: Token) -> bool:
    removed = _removed_from(art, head)
    return removed is not None and art.party_at(removed) is not None


def _named(art: Article, tok: Token) -> list[Span]:
    """The people a noun phrase names as itself: 'A, B and C', 'five MNAs, including A and B',
    not 'Vawda, a close aide to X' (X only describes) nor 'members who criticised X'."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and tok.text in art.lex["roles"] and art.person_at(tok) is None and tok.tag_ != "NNS":
        person = art.person_at(after)
        if person is not None and person.start == after.i:
            return [person]  # "the membership of MPA X" parsed with the role as the object ("its two leaders A and B": a list)
    out: list[Span] = []
    for person in art.persons_in(subtree_span(tok)):
        if person.root.dep_ == "compound" and person.root.head.i == tok.i and tok.tag_ == "NNS" and tok.pos_ == "NOUN":
            continue  # "the Sharif brothers", "the Bhutto family members": a name describing a group
        node, ok = person.root, True
        while node.i != tok.i:
            if node.dep_ in LIST_LINKS or (node.dep_ == "pobj" and node.head.lower_ in ("including", "namely", "like")) \
                    or (node.dep_ in ("prep", "acl") and node.lower_ in ("including", "namely")) \
                    or _role_from_place(art, tok, node):
                node = node.head
                continue
            ok = False
            break
        if ok and person not in out:
            out.append(person)
    return out


def _role_from_place(art: Article, role: Token, node: Token) -> bool:
    """'its MNA from Pishin, X': the name after the place is the MNA's, though the parser hangs it on
    the place; the walk from X up to the role may pass 'from Pishin'."""
    if role.text not in art.lex["roles"]:
        return False
    if node.dep_ == "pobj" and node.head.lower_ == "from" and node.head.head.i == role.i:
        return any(c.dep_ == "appos" and art.person_at(c) is not None for c in node.children)
    return node.dep_ == "prep" and node.lower_ == "from" and node.head.i == role.i


def _subject_people(art: Article, sent: Span, subj: Token) -> list[Span]:
    if subj.lower_ in MEMBERSHIP:
        return _owners(art, sent, subj, subj.head)
    if subj.lower_ in ("who", "that") and subj.head.dep_ == "relcl":
        noun = subj.head.head
        person = art.person_at(noun)
        if person is not None:
            return group_members(art, subj) or [person]  # "A and B, who had been removed from the party": both
        described = described_person(art, noun, subj)
        if described is not None:
            return [described]
        return _group_list(art, sent, noun)
    if is_pronoun(subj) and subj.lower_ in ("he", "she"):
        focus = art.focus_person(subj.i)
        return [focus] if focus is not None else []
    named = _named(art, subj)
    if named:
        return named
    if _is_group(subj) or subj.lower_ in ("they", "them"):
        return _group_list(art, sent, subj) or (_named_before(art, sent, subj) if subj.lower_ == "they" else []) \
            or _the_counted_named_before(art, sent, subj)
    return []


def _the_counted_named_before(art: Article, sent: Span, noun: Token) -> list[Span]:
    """'notices to MPAs A and B ... Sources said the two lawmakers could be expelled': a definite group word
    with its count is the people named together just before, when they are that many."""
    count = next((NUMBER_WORDS.get(c.lower_) or (2 if c.lower_ == "both" else None) for c in noun.children
                  if c.dep_ in ("nummod", "det", "predet") and (c.lower_ in NUMBER_WORDS or c.lower_ == "both")), None)
    if count is None or count < 2:
        return []
    people = named_together_before(art, sent, noun)
    if len(people) == count:
        return people
    listed = art.memory.get("listed")  # "the three MPAs" named together paragraphs before, in another part of the story
    if any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and listed and len(listed[1]) == count \
            and (listed[0] is not art.doc or listed[1][-1].end <= noun.i):
        return list(listed[1])
    return []


def _named_before(art: Article, sent: Span, pronoun: Token) -> list[Span]:
    """'X told A and B to resign, warning that they would be expelled': 'they' are the people
    named together before it as the object of the act (two or more, coordinated), not its subject."""
    before = [p for p in art.persons_in(sent) if p.end <= pronoun.i and p.root.dep_ in ("dobj", "pobj", "conj")]
    if not before:
        return []
    last = before[-1].root
    first = last if last.dep_ != "conj" else next((t for t in last.head.subtree if last in t.conjuncts and t.dep_ != "conj"), last.head)
    group = [p for p in before if p.root.i == first.i or p.root in first.conjuncts]
    return group if len(group) >= 2 else []


def _the_group_named(art: Article, tok: Token) -> bool:
    """'the lawmakers'', 'these MPAs'': a definite plural group word with no name in it."""
    return tok.tag_ in ("NNS", "NNPS") and _is_group(tok) and not art.persons_in(subtree_span(tok)) \
        and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children)


def _definite_one(art: Article, tok: Token) -> bool:
    """'expel the lawmaker', 'suspended the senator': one definite person word, no name in it."""
    return tok.tag_ == "NN" and _is_group(tok) and not art.persons_in(subtree_span(tok)) \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)


def _group_list(art: Article, sent: Span, noun: Token) -> list[Span]:
    """'The MPs who were expelled include A, B and C', 'Those expelled are A and B',
    'The members to have been removed are A and B'."""
    people = _include_objects(art, noun)
    if people:
        return people
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "among" and verb.head.lemma_.lower() == "be":
        # "A and B were among those expelled"
        return [p for s in subjects_of(verb.head) if s.dep_ == "nsubj" for p in _named(art, s)]
    if noun.dep_ == "nsubj" and verb.lemma_.lower() == "be":
        return [p for c in verb.children if c.dep_ in ("attr", "acomp") for p in art.persons_in(subtree_span(c))]
    if noun.dep_ == "attr" and verb.lemma_.lower() == "be":  # "A, B and C are the leaders whose membership ended"
        return [p for s in subjects_of(verb) if s.dep_ == "nsubj" for p in art.persons_in(subtree_span(s))]
    if noun.dep_ == "nsubjpass" and verb.dep_ in ("ccomp", "csubj") and verb.head.lemma_.lower() == "be":
        # "The members to have been removed are A and B": the parser hangs the names on "are"
        return [p for p in art.persons_in(verb.sent) if p.start > verb.head.i]
    return [p for c in noun.children if c.dep_ in ("prep", "acl") and c.lower_ in ("including", "namely")
            for p in art.persons_in(subtree_span(c))]


def _owners(art: Article, sent: Span, membership: Token, head: Token) -> list[Span]:
    """Whose membership: 'the membership of X', "X's membership", 'his membership' (the person
    the sentence acts on)."""
    for child in membership.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                named = _named(art, obj) or _role_holder(art, obj) or _set_off_name(art, obj) \
                    or counted_set_off(art, obj) or _counted_back(art, sent, obj) \
                    or the_counted_listed(art, obj) or counted_group_before(art, sent, obj)  # "of the three", "of all ten rebels"
                if named:
                    return named
        if child.dep_ == "poss":
            if child.lower_ == "whose" and head.dep_ == "relcl":  # "the leaders whose membership was ended include A, B"
                noun = head.head
                person = art.person_at(noun)
                return [person] if person is not None else _group_list(art, sent, noun)
            if child.lower_ == "their":
                return named_together_before(art, sent, head) or the_counted_in(art, sent) \
                    or _person_acted_on(art, sent, head)
            if _the_group_named(art, child):  # "the lawmakers' membership": as 'their', the people just listed
                return named_together_before(art, sent, head)
            if child.lower_ in ("his", "her"):
                return _person_acted_on(art, sent, head)
            named = art.persons_in(subtree_span(child))
            if named:
                return named
    return []


def _role_holder(art: Article, obj: Token) -> list[Span]:
    """'the membership of its district president in Charsadda, Haji Fazal Wahid,': the name set off
    by commas in a singular role's phrase is the holder of the role (the parser may hang it on the place)."""
    if obj.lemma_.lower() not in ROLE_HEADS or obj.tag_ in ("NNS", "NNPS"):
        return []
    return [p for p in art.persons_in(subtree_span(obj)) if p.root.dep_ == "appos"][:1]


def _set_off_name(art: Article, noun: Token, plural: bool = False) -> list[Span]:
    """'its MNA from Peshawar, Noor Alam Khan,', 'a fourth dissident, Mir Lehri,': a name set off by
    commas right after one person's word (and a short phrase of place) names that person, wherever
    the parser hangs it; never a name that is a clause's subject ('its MNA, Ali Khan said'). 'another of its MPAs, X,': one of a plural."""
    if noun.lower_ in ("another", "one") and not plural:
        return next((_set_off_name(art, o, plural=True) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj"), [])
    if noun.tag_ not in (("NNS", "NNPS") if plural else ("NN", "NNP")) or not (noun.lemma_.lower() in ROLE_HEADS or _is_group(noun)) \
            or art.person_at(noun) is not None:
        return []
    doc, sent = noun.doc, noun.sent
    i = noun.i + 1
    while i < sent.end and i - noun.i <= 6 and doc[i].text != ",":
        if doc[i].pos_ not in ("ADP", "DET", "PROPN", "NOUN", "ADJ") or art.person_at(doc[i]) is not None:
            return []
        i += 1
    if i + 1 >= sent.end or doc[i].text != ",":
        return []
    person = art.person_at(doc[i + 1])
    if person is None or person.start != i + 1 or person.root.dep_ in ("nsubj", "nsubjpass"):
        return []
    after = doc[person.end] if person.end < sent.end else None
    return [person] if after is None or after.text in (",", ".", ";", ")") else []


def _person_acted_on(art: Article, sent: Span, head: Token) -> list[Span]:
    """'him' / 'his membership': the person named before the verb who is not its own subject
    (nor its agent, nor a name inside 'X-led'), the subject of a clause above it first
    ('X joined the PTI after Y sacked him'), else the person in focus."""
    own: set[int] = set()
    for h in clause_heads(head):
        subs = [s for s in subjects_of(h) if s.dep_ == "nsubj"]
        if subs:
            own = {t.i for s in subs for t in s.subtree}
            break
        if h.dep_ != "conj":
            break
    agents = {t.i for c in head.children if c.dep_ == "agent" for t in c.subtree}
    before = [p for p in art.persons_in(sent) if p.end <= head.i and p.start not in own | agents
              and not _names_something_else(art, p)]
    upper = [p for p in before if p.root.dep_ in ("nsubj", "nsubjpass")]
    if upper or before:
        return (upper or before)[-1:]
    if any(p.start in own for p in art.persons_in(sent)):
        return []  # "X suspended his membership" with nobody else named: not an expulsion we can name
    expelled = _just_expelled(art, sent, head)
    if expelled:
        return expelled  # "The MQM expelled X. A statement said his basic membership had been cancelled": X again
    focus = art.focus_person(head.i)
    return [focus] if focus is not None and focus.start not in own else []


def _just_expelled(art: Article, sent: Span, head: Token) -> list[Span]:
    """The person the sentence just before expelled, when this one tells of 'his' membership again."""
    last = next((e for e in reversed(art.events) if e.type == "expel"), None)
    previous = sent.doc[sent.start - 1].sent if sent.start > 0 else None
    if last is None or previous is None or not previous.start_char + art.offset <= last.evidence.start < sent.start_char + art.offset:
        return []
    named = [p for p in art.persons_in(previous) if (p.kb_id_ or p.text) == last.actor]
    return named[-1:]


def _names_something_else(art: Article, person: Span) -> bool:
    """'the Imran Khan-led PTI', "Imran Khan's PTI": the name describes a party, it is no actor."""
    doc = art.doc
    nxt = doc[person.end:min(len(doc), person.end + 2)]
    if any(t.lower_ in ("-led", "led") for t in nxt) or (len(nxt) and nxt[0].text.startswith("-") and "led" in nxt.text):
        return True
    return len(nxt) > 1 and nxt[0].text in ("'s", "’s") and art.party_at(nxt[1]) is not None


# ---------------------------------------------------------------- who acts, how sure

def _acting_party(art: Article, sent: Span, head: Token, removed_from: Token | None, membership: Token | None,
                  people: list[Span]) -> str | None:
    """The party the person is removed from: named after 'from', on the membership, as the
    subject or agent of the act, beside the person's name, else the party in focus."""
    def party_in(tok: Token) -> str | None:
        if tok.lower_ in ("party", "its") and not art.parties_in(tok.left_edge.i, tok.right_edge.i + 1):
            return art.focus_party(tok.i)
        described = {t.i for d in tok.subtree if d.dep_ in ("relcl", "acl") and d.i != tok.i for t in d.subtree}
        found = [p for p in art.parties_in(tok.left_edge.i, tok.right_edge.i + 1) if p.kb_id_ != "IND"
                 and p.start not in described]  # "of X, who had been seen at the IPP's launch": not X's party
        return found[0].kb_id_ if found else None

    if removed_from is not None:
        found = party_in(removed_from)
        if found:
            return found
    if membership is not None:
        for child in membership.children:
            if child.dep_ in ("compound", "amod", "nmod") or (child.dep_ == "prep" and child.lower_ in ("of", "in")):
                # "suspended X's membership in the PML-Q": the party the membership is of, not the one in focus
                found = party_in(child)
                if found and not any(p.start <= child.i < p.end for p in people):
                    return found
    for h in clause_heads(head):
        for subj in subjects_of(h):
            if subj.dep_ == "nsubj":
                found = [p for p in art.parties_in(subj.left_edge.i, subj.right_edge.i + 1) if p.kb_id_ != "IND"]
                if found:
                    return found[0].kb_id_
                if subj.lower_ == "party" or subj.lemma_.lower() == "party":
                    return art.focus_party(subj.i)
                if any(c.dep_ == "poss" and c.lower_ == "party" for c in subj.children) \
                        and art.memory.get("last_expel_party"):
                    return art.memory["last_expel_party"]  # "the party's disciplinary committee also suspended":
                    # the party that expelled before, not whichever party a background line named last
        for child in h.children:
            if child.dep_ == "agent":
                found = party_in(child)
                if found:
                    return found
        if h.dep_ not in ("conj", "xcomp", "ccomp", "advcl"):
            break
    for person in people:
        start = max(sent.start, person.start - 4)
        beside = [p for p in art.parties_in(start, person.start) if p.kb_id_ != "IND"]
        if beside:
            return beside[-1].kb_id_
    return art.focus_party(head.i)


def _status(art: Article, trig: Trigger, sent: Span) -> str | None:
    """act_status; a show-cause notice ('why he should not be expelled') is no act; a warning
    or a condition ('would be expelled if they fail to') makes it possible."""
    lex = art.lex
    head = trig.head
    chain = _governing_chain(head)
    means = len(chain) > 1 and chain[1].lower_ == "by" and head.tag_ == "VBG"  # "responded by expelling": done, the how of a reply
    if not means and any(t.lower_ in lex["expel_not_acts"] or t.lemma_.lower() in lex["expel_not_acts"] for t in chain[1:4]) \
            or any(c.lower_ == "why" for c in head.children):
        return None
    status = act_status(head, sent, lex, set(trig.tokens))
    if status == "fact" and (conditional(art, chain) or any(t.lemma_.lower() in lex["expel_warn_verbs"] for t in chain[1:])):
        return "possible"
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in head.children)
    if status == "fact" and future and any(conditional(art, [c]) for c in head.conjuncts):
        return "possible"  # "they will be expelled and named to NAB if they fail to reply": one condition for both
    return status
