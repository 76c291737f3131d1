"""resign_post: a person gives up a post (party office, assembly seat, ministry).

The post comes from the trigger's own words ("resigned as president PTI
Karachi", "resigning from Parliament", "stepped down from the party's
presidency") or, when those words name no post by themselves ("tendered his
resignation", "resigned from his seat", "quit the cabinet"), from the role
written beside the name ("Sindh governor Imran Ismail", "Special Assistant for
Overseas Pakistanis X", "Tariq Cheema, the federal minister for housing", "six
MNAs, A, B and C"). What the words name as the party itself ("resigned from
the assembly and the PML-N") is a leaving, left to membership.py.

This module finds the triggers, reads the act's status and date and makes the
events; ``post_words.py`` reads the post the act's words name,
``post_roles.py`` the role beside the name that fills what they leave open,
``resigners.py`` who resigns, one by one or as a group.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ..model import Event
from .base import Article, subjects_of, subtree_span
from .listed import ends_with_colon, list_item
from .act_dates import event_date
from .story_time import BOUND_RE
from .tendered_days import tendering_day
from .removed_posts import remember_removed_posts
from .post_roles import _is_vague, _known, _posts_for, _role_beside, remember_roles
from .post_words import (ANY, GOVERNMENT, GOVERNMENT_ROLE, RESIGN_NOUNS, ROLE_HEADS, SEAT, _names_a_role, _post_items, _seat_kind,
                         remember_posts)
from .resigners import (TENDER_VERBS, _among_the_group, _group_listed, _noun_people, _open_resign_list, _remember_group,
                        _resign_actors, _those_who_resigned, those_who_resigned_were)
from .status import _governing_chain, act_status, on_hearsay, still_to_come
from .person_parties import _party_after_name
from .stays import _party_in_post  # 'steps down as PTI secretary general' in a headline: the post names the party
from .triggers import Trigger
from .story_memory import recall

RESIGN_TRIGGER_LEMMAS = frozenset({"resign", "step", "quit", "leave", "give", "withdraw", "vacate", "relinquish", "retain"})  # find_resign_triggers reads no other verb
LETTER_VERBS = ("share", "post", "sign", "write", "tweet", "release")


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
        elif lemma == "step" and any(c.lower_ in ("down", "aside") for c in tok.children) and not _stepped_off(art, tok):
            found.append(Trigger("resign", tok, frozenset({tok.i}), "resign.step_down"))
        elif tok.lower_ in RESIGN_NOUNS and tok.head.lemma_.lower() in lex["resign_retract_verbs"] and tok.dep_ == "dobj" \
                and (tok.head.lemma_.lower() != "take" or any(c.lower_ == "back" for c in tok.head.children)):
            found.append(Trigger("resign", tok.head, frozenset({tok.i, tok.head.i}), "resign.retract"))
        elif tok.lower_ == "it" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex["resign_retract_verbs"] \
                and tok.head.lemma_.lower() != "take" and any(t.lower_ in RESIGN_NOUNS for t in sent if t.i < tok.head.i):
            # 'X, who had tendered his resignation on Monday, withdrew it a day later': 'it' is the resignation
            found.append(Trigger("resign", tok.head, frozenset({tok.i, tok.head.i}), "resign.retract"))
        elif tok.lower_ in RESIGN_NOUNS and tok.head.lemma_.lower() in TENDER_VERBS and tok.dep_ == "dobj" \
                and not _noun_people(art, tok) and not _of_unnamed_others(tok):
            found.append(Trigger("resign", tok.head, frozenset({tok.i, tok.head.i}), "resign.tender"))
        elif tok.lower_ in RESIGN_NOUNS and tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex["resignation_weigh_verbs"] \
                and _own_resignation(tok):
            found.append(Trigger("resign", tok.head, frozenset({tok.i, tok.head.i}), "resign.weigh"))  # "considering his resignation"
        elif tok.lower_ in RESIGN_NOUNS and _noun_people(art, tok):
            found.append(Trigger("resign", tok, frozenset({tok.i}), "resign.noun"))  # "the resignation of CM X"
        elif tok.lower_ in RESIGN_NOUNS and tok.dep_ == "compound" and tok.head.lemma_.lower() == "letter":
            verb = _letter_verb(tok.head)  # "sent his resignation letter", "shared a copy of his resignation letter"
            if verb is not None:
                found.append(Trigger("resign", verb, frozenset({tok.i, tok.head.i, verb.i}), "resign.letter"))
        elif (lemma in ("quit", "leave") or lemma == "give" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)) \
                and tok.pos_ == "VERB" and any(_is_office_object(art, o, lemma) for c in tok.children
                                               for o in (c, *(c.conjuncts if c.dep_ == "dobj" else ()))):  # "give up his post"
            found.append(Trigger("resign", tok, frozenset({tok.i}), "resign.quit_office"))  # "quit the federal cabinet"
        elif lemma in ("quit", "withdraw") and any(c.lower_ == "as" and _as_names_a_role(art, c) for c in tok.children) \
                and not any(c.dep_ == "dobj" and c.lower_ in RESIGN_NOUNS for c in tok.children):  # not "withdrew his
            # resignation as city president": a resignation taken back (the retract reading of the noun)
            found.append(Trigger("resign", tok, frozenset({tok.i}), "resign.quit_as"))
        elif lemma == "retain" and tok.pos_ == "VERB" and _own_seat_object(tok) and _said_by_holder(art, tok):
            found.append(Trigger("resign", tok, frozenset({tok.i}), "resign.kept_seat"))  # "he would retain his seat"
        elif lemma in ("vacate", "relinquish") and tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children):
            found.append(Trigger("resign", tok, frozenset({tok.i}), "resign.vacate"))
        elif lemma == "quit" and tok.pos_ == "VERB" and not any(c.dep_ in ("dobj", "prt") or c.dep_ == "prep" and c.lower_ in ("from", "as")
                                                                for c in tok.children) \
                and not art.parties_in(sent.start, sent.end):
            found.append(Trigger("resign", tok, frozenset({tok.i}), "resign.quit_bare"))  # "minister X also quit"
    return found


def _stepped_off(art: Article, verb: Token) -> bool:
    """'stepped down from the stage to greet his supporters': off a platform or a vehicle, not out of a post."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and o.lemma_.lower() in art.lex["step_down_places"]
               for c in verb.children for o in c.children)


def _tendered_day(art: Article, sent: Span, noun: Token) -> str | None:
    """The day an accepted resignation was tendered: the one its own clause tells ('who had tendered it
    on Friday', ``tendered_days``); else the article's, unless the sentence bounds it in a stretch of
    its own ('accepted the resignation of X, who had stepped down in December last year')."""
    found, day = tendering_day(sent, noun, art.published, art.lex)
    if found:
        return day.isoformat() if day else None
    return None if BOUND_RE.search(sent.text) else recall(art.memory, "resignation_date")


def _own_seat_object(verb: Token) -> bool:
    """'would retain his Punjab Assembly seat': a seat he says he will keep (his, her, their) is a
    resignation of it ruled out; 'retained his seat' at the polls is a win, no such word."""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "will") for c in verb.children) \
        and not any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "seat" and any(p.dep_ == "poss" and p.lower_ in ("his", "her", "their")
                                                                for p in c.children) for c in verb.children)


def _said_by_holder(art: Article, verb: Token) -> bool:
    """'he clarified that he would retain his seat': the holder's own word, told as his saying (the
    narrator's 'He will retain his seat' only reports the state of things)."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in art.lex["speech_verbs"]


def _of_unnamed_others(noun: Token) -> bool:
    """'the JUI-F chief submitted resignations of four other ministers of his party': resignations of
    a group he hands in are theirs, not the resignation of the one who submits them."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
                                                            for o in c.children) for c in noun.children)


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
    object_ = obj.dep_ == "dobj" or (obj.dep_ == "conj" and obj.head.dep_ == "dobj")  # "quit the party and his seat"
    if not object_ or art.party_at(obj) is not None:
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
    remember_removed_posts(art, sent)
    events = list_item(art, sent, "resign_post")
    if events:
        return events
    triggers = find_resign_triggers(art, sent)
    if not triggers:
        events = _group_listed(art, sent)
    _remember_group(art, sent)
    lists = bool(triggers) and _lists_the_group(art, sent)
    if lists:
        listed = _group_listed(art, sent)  # "Those who resigned included A and B": the group just told, its seat and day
        if listed:
            return listed
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
            _remember_wished_posts(art, people, items)
            continue
        accepted = trig.head.lower_ in RESIGN_NOUNS and trig.head.head.lemma_.lower() in art.lex["resignation_accept_verbs"]
        # the day a resignation was accepted is not the act's: the day the article says it was tendered, if any
        when = _tendered_day(art, sent, trig.head) if accepted else event_date(art, sent, trig.head)
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
            for post in _posts_for(art, sent, person, items, status) or _group_seat_tendered(art, trig, items):
                told = art.memory.setdefault("person_posts", {})
                if post in named or art.memory.get("placed_posts", {}).get(post) in named:
                    told[person.kb_id_ or person.text] = post
                else:  # "Speaker X might resign ... 'I am not resigning,' he said": the post the name came with
                    told.setdefault(person.kb_id_ or person.text, post)
                events.append(Event(doc=art.doc_id, type="resign_post", actor=person.kb_id_ or person.text,
                                    party=_party_after_name(art, sent, person) or art.focus_party(person.start)
                                    or _party_in_post(art, post), post=post,  # "X of the PML-Q resigned as minister": his own
                                    date=when, status=status, evidence=art.evidence(sent, trig.rule), confidence=0.6))
    if not events:
        events = _those_listed(art, sent, triggers)  # "Those who resigned were A (finance) and B (commerce)"
    if not events and lists:
        events = _group_listed(art, sent)  # "A and B were among those who resigned", "Those who resigned included A"
    if not events and ends_with_colon(sent):
        _open_resign_list(art, sent, triggers)
    return events


def _lists_the_group(art: Article, sent: Span) -> bool:
    """'Those who resigned included A', 'Among those who resigned were A': a sentence whose own
    resigning only names the group a sentence before told of. Read once per sentence, from its word
    sets first (`Article.words`): most sentences have neither 'among' nor 'include'."""
    lowers, lemmas = art.words(sent)
    if "among" not in lowers and "include" not in lemmas:
        return False
    return _among_the_group(sent) is not None or any(
        t.lemma_.lower() == "include" and t.dep_ == "ROOT" and any(_those_who_resigned(s) for s in subjects_of(t))
        for t in sent)


def _remember_wished_posts(art: Article, people: list[Span], items: list[str]) -> None:
    """'A section of the party wanted X to step down as the PML-N's Punjab president': no act, but the post
    that 'the party office' means when X then says he will not resign it."""
    named = [i for i in items if i not in (ANY, SEAT) and not i.startswith(GOVERNMENT) and not _is_vague(art, i)]
    if named:
        for person in people:
            art.memory.setdefault("person_posts", {}).setdefault(person.kb_id_ or person.text, named[0])


def _those_listed(art: Article, sent: Span, triggers: list[Trigger]) -> list[Event]:
    """The people a 'those who resigned were ...' sentence lists, each with the post it gives them."""
    for trig in triggers:
        items = _post_items(art, trig)
        if items is None:
            continue
        status = resign_status(art, trig, sent)
        if status is None:
            continue
        when = event_date(art, sent, trig.head)
        listed = those_who_resigned_were(art, sent, trig, items, status, when)
        if listed:
            return [Event(doc=art.doc_id, type="resign_post", actor=person.kb_id_ or person.text,
                          party=art.focus_party(person.start), post=post, date=when, status=status,
                          evidence=art.evidence(sent, "resign.those_were"), confidence=0.6)
                    for person, posts in listed for post in (posts if posts != [ANY] else _posts_for(art, sent, person, posts, status))]
    return []


def _party_kept(art: Article, trig: Trigger) -> str | None:
    """'giving up the post, not the PTI', 'left the ministry and the division office, not the PML-N': a party
    set against the posts left by ', not' is the party the person says they do not leave."""
    if trig.rule not in ("resign.quit_office", "resign.verb", "resign.step_down"):
        return None
    doc = art.doc
    for tok in trig.head.subtree:
        if tok.lower_ != "not" or tok.i == 0 or doc[tok.i - 1].text != "," or tok.i + 1 >= len(doc):
            continue
        at = tok.i + 1 if doc[tok.i + 1].lower_ != "from" or tok.i + 2 >= len(doc) else tok.i + 2  # ", not from the PTI"
        nxt = doc[at] if doc[at].dep_ not in ("det", "poss") or at + 1 >= len(doc) else doc[at + 1]
        party = art.party_at(nxt)
        if party is not None and party.kb_id_ != "IND":
            return party.kb_id_
        if nxt.lower_ == "party" and doc[nxt.i - 1].lower_ in ("the", "my", "his", "her", "our", "their"):
            return art.focus_party(nxt.i)  # "leaving the office, not the party", "given up the ministry, not my party"
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


def _group_seat_tendered(art: Article, trig: Trigger, items: list[str]) -> list[str]:
    """'Eighty-five MNAs resigned their seats ... X sent his resignation through his lawyer': a bare
    resignation tendered a paragraph after a group resigned its seats, by someone the story gives no
    post of their own, is of the same seat."""
    verb = trig.head.head if trig.head.lower_ in RESIGN_NOUNS else trig.head
    group = art.memory.get("resign_group")
    if items != [ANY] or verb.lemma_.lower() not in TENDER_VERBS or not group or len(group) < 5 or group[5:6] == ("denied",) \
            or not 0 <= art.offset + trig.head.sent.start_char - group[4] <= 600:
        return []
    return [group[2]]


def _own_resignation(noun: Token) -> bool:
    """'considering his resignation', 'mulling resignation': the one who weighs it is the one who would
    resign; 'considering the resignation' or 'her resignation' of another's is someone deciding on it."""
    dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
    if not dets:
        return not any(c.dep_ == "prep" for c in noun.children)
    if len(dets) > 1 or dets[0].dep_ != "poss" or dets[0].lower_ not in ("his", "her", "their"):
        return False
    subj = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is None or subj.lower_ not in ("he", "she", "they") or (subj.lower_, dets[0].lower_) in (
        ("he", "his"), ("she", "her"), ("they", "their"))


def _asked_whether(chain: list[Token], lex) -> bool:
    """A resigning inside a 'whether' or 'if' clause that a verb of asking governs ('asked whether he would
    quit', 'was questioned if she planned to step down'): what was put to the person, not what they did."""
    for below, tok in zip(chain, chain[1:4]):
        if tok.lemma_.lower() in lex["question_verbs"] and any(
                c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in below.children):
            return True
    return False


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
    if _asked_whether(chain, lex):
        return None
    if trig.rule == "resign.weigh":  # weighing one's resignation is no act yet, unless it is ruled out
        status = act_status(head, sent, lex, set(trig.tokens))
        return None if status is None else "denied" if status == "denied" else "possible"  # "Asked whether he planned to quit the cabinet, X said ...": the question is no act, the reply is
    status = act_status(head, sent, lex, set(trig.tokens))
    if status is None or (status == "denied" and _paper_says_not_done(head, sent)):
        return None
    if trig.rule in ("resign.retract", "resign.kept_seat") or any(t.lemma_.lower() in lex["resign_deny_lemmas"] for t in chain[1:]):
        return "denied"
    if any(c.dep_ == "det" and c.lower_ == "no" for t in chain[1:4] if t.pos_ == "NOUN" for c in t.children):
        return "denied"  # "had no intention of resigning", "no plan to step down"
    if status == "fact" and (any(t.lemma_.lower() in lex["resign_hedge_lemmas"] or t.lower_ in lex["resign_hedge_lemmas"]
                                 for t in chain[1:]) or conditional(art, chain)):
        return "possible"
    return status


def _paper_says_not_done(head: Token, sent: Span) -> bool:
    """'Mr Kiani, however, did not resign and was later given a party position': the paper's own word,
    outside any quote and under no verb of saying, that someone removed did not resign is no one's
    denial (GUIDELINE: denied is what the actor says)."""
    if head.dep_ != "ROOT" or any(ch in sent.text for ch in ('"', "\u201c", "\u201d")):
        return False
    did_not = {c.lower_ for c in head.children if c.dep_ in ("aux", "neg")}
    subject_named = any(s_.lower_ not in ("i", "we") and s_.pos_ == "PROPN" for s_ in subjects_of(head))
    return {"did", "not"} <= did_not and subject_named


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


def drop_bare_aide_posts(events: list[Event], lex) -> list[Event]:
    """'Zulfi Bukhari quits as PM's aide' in a headline, 'stepping down as SAPM' in a quote and 'resigned
    as the prime minister's special assistant on Overseas Pakistanis' in the lead are one act: a bare
    name for an aide's office gives way to the same person's aide post that names more."""
    bare = {w.lower() for w in lex["post_bare_aide_names"]}

    def aide(post: str | None) -> bool:
        return bool(re.search(r"\b(?:sapm|sacm|aide|assistant)\b", (post or "").lower()))

    def is_bare(post: str | None) -> bool:
        return re.sub(r"^the\s+", "", (post or "").lower().replace("’", "'")).strip() in bare

    def surname(name: str) -> str:  # "Zulfi Bukhari" and "Sayed Zulfiqar Abbas Bukhari": one aide, a short name and a full
        return (name.split() or [""])[-1].lower()

    fuller = {(e.doc, surname(e.actor)) for e in events if e.type == "resign_post" and aide(e.post) and not is_bare(e.post)}
    return [e for e in events if not (e.type == "resign_post" and is_bare(e.post) and (e.doc, surname(e.actor)) in fuller)]


@lru_cache(maxsize=2)
def _job_words(words: frozenset[str]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words)) + r")\b")


def drop_job_posts(events: list[Event], lex) -> list[Event]:
    """'resigned as president and chief executive officer of X Bank Limited', 'stepped down from the board',
    'would step aside as chief selector': a job in a company or a sports side is neither a party's office
    nor a public one (GUIDELINE), whatever the verb; its words are the lexicon's job_post_words."""
    if not any(e.type == "resign_post" for e in events):
        return events
    jobs = _job_words(lex["job_post_words"])
    bare = lex["job_post_bare_words"]

    def a_job(post: str | None) -> bool:
        text = (post or "").lower()
        return bool(jobs.search(text)) or re.sub(r"^the\s+", "", text).strip() in bare

    return [e for e in events if not (e.type == "resign_post" and a_job(e.post))]
