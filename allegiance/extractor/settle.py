"""Settling an article's events once every rule has read it: one event per act, each person under the
fullest name the story writes, parties the registry lacks under one name, the government a partner joins.

The rules see a sentence (or a parsed piece) at a time; what they find is only final once the whole story
is known: "Mr Khan joined the JUI-F" is the "Noor Alam Khan" named earlier, "KP chief minister" in the
headline is the body's "chief minister of Khyber Pakhtunkhwa", a report of a possible act gives way to the
actor's own denial.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from datetime import date

from rapidfuzz.fuzz import ratio as similarity

from ..model import PERSON_TYPES, Article, Event
from . import post_words
from .dates import date_expressions
from .story_time import _dateline_lede
from .party_names import NEW_PARTY, split_party


def _name_words(name: str) -> list[str]:
    return [w for w in name.lower().replace(".", " ").split() if w not in ("dr", "mr", "engineer", "engr", "prof")]


def fullest_names(events: list[Event], names: list[str]) -> list[Event]:
    """Across the chunks of one article, 'Khalid Pervez' is the 'Shahzada Khalid Pervez'
    named earlier: every person takes the fullest form the article writes."""
    by_word: dict[str, set[str]] = {}
    for name in names:
        for word in _name_words(name):
            by_word.setdefault(word, set()).add(name)

    def fullest(actor: str) -> str:
        words = set(_name_words(actor))
        if len(words) < 2:
            return _titled_surname(actor, names)
        holders = set.intersection(*(by_word.get(w, set()) for w in words))
        holders = {n for n in holders if len(_name_words(n)) > len(words)}
        if not holders:
            return actor
        longest = max(holders, key=lambda n: (len(_name_words(n)), n))
        if all(set(_name_words(h)) <= set(_name_words(longest)) for h in holders):
            return longest
        return actor  # two different people hold these words: leave the name as written
    return [replace(e, actor=fullest(e.actor)) if e.type in PERSON_TYPES else e for e in events]


CAPITALISED_RUN = r"((?:[A-Z][a-z]+\s){1,5})"
SURNAME_TITLES = ("mr", "mrs", "ms", "dr", "miss")  # 'Mr Khan': a title before a surname alone


def unparsed_full_names(text: str, events: list[Event], names: list[str], lex) -> list[str]:
    """The full names of bare surnames ('Khoso, who defected') written in a sentence that was not
    parsed (no trigger in it): the capitalised run that ends with the surname, after the last title
    or role word in it ('former Sindh Minister Mir Shabbir Ali Khoso' -> 'Mir Shabbir Ali Khoso')."""
    stop = {w.lower() for key in ("roles", "office_title_words", "person_title_words", "portfolio_words", "name_stop_openers")
            for w in lex[key]}
    known = {_name_words(n)[-1] for n in names if len(_name_words(n)) >= 2}
    found: list[str] = []
    for word in {_bare_surname(e.actor) for e in events if e.type in PERSON_TYPES and e.actor}:
        if not word or word.lower() in known or not word[:1].isupper():
            continue
        for match in re.finditer(CAPITALISED_RUN + re.escape(word) + r"\b", text):
            parts = match.group(1).split()
            cut = max((k + 1 for k, w in enumerate(parts) if w.lower() in stop), default=0)
            if parts[cut:]:
                found.append(" ".join(parts[cut:] + [word]))
    return list(dict.fromkeys(found))


def _bare_surname(actor: str) -> str | None:
    """The surname an actor is written as alone: 'Khoso', or 'Mr Qureshi' after its title."""
    parts = actor.replace(".", " ").split()
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2 and parts[0].lower() in SURNAME_TITLES:
        return parts[1]
    return None


def _titled_surname(actor: str, names: list[str]) -> str:
    """'Mr Khan', 'Dr Awan': the news's second reference to the person it first named in full with that
    surname ('Noor Alam Khan ... Mr Khan said'), even when another Khan is named later; ``names`` are in
    the article's order. A bare word is the one person the article names in full with that surname
    ('Mir Shabbir Ali Khoso ... Khoso, who defected'), and stays as written when two or none are."""
    parts = actor.replace(".", " ").split()
    if len(parts) == 1:
        word = parts[0].lower()
        holders = {n for n in names if len(_name_words(n)) >= 2 and _name_words(n)[-1] == word}
        return holders.pop() if len(holders) == 1 else actor
    if len(parts) != 2 or parts[0].lower() not in SURNAME_TITLES:
        return actor
    surname = parts[1].lower()
    by_surname = next((n for n in names if len(_name_words(n)) >= 2 and _name_words(n)[-1] == surname), None)
    if by_surname is not None:
        return by_surname
    by_first = {n for n in names if len(_name_words(n)) >= 2 and _name_words(n)[0] == surname}
    return by_first.pop() if len(by_first) == 1 else actor  # 'Dr Saghir' for 'Dr Saghir Ahmed': the press's first-name style


def _party_core(name: str) -> str:
    return re.sub(r"\s+party$", "", name.strip(), flags=re.I).lower()


def _new_party_names(events: list[Event]) -> dict[str, str]:
    """One name per unknown party in an article, the fullest the chunks wrote ('Awaam Pakistan' and
    'Awaam Pakistan Party' are one party)."""
    best: dict[str, str] = {}
    for event in events:
        for field in ("party", "counterpart", "actor"):
            _code, name = split_party(getattr(event, field))
            if name is not None:
                core = _party_core(name)
                if len(name) > len(best.get(core, "")):
                    best[core] = name
    return best


def name_new_parties(event: Event, canonical: dict[str, str] | None = None,
                     registered: frozenset[str] = frozenset(), short_forms: dict[str, str] | None = None) -> Event:
    """A party the registry lacks ("NEW:<name>" from the pipeline) becomes a code made from its
    name plus the name itself; the rule id says so, flagging the party for the registry. The short
    form the article gives the name ('Jamiat Ulema-e-Islam Nazriati (JUI-N)', ``short_forms``: the
    name's core -> the short form) is its code, as the press writes it. A made-up code that a
    registry party already holds ('Pakistan Progressive Party' -> 'PPP') takes a '-NEW' suffix, so
    that the record never files an unknown party under a known one."""
    changes = {}
    for field in ("party", "counterpart", "actor"):
        value = getattr(event, field)
        if field == "actor" and event.type in PERSON_TYPES:
            continue
        code, name = split_party(value)
        if name is not None and canonical:
            name = canonical.get(_party_core(name), name)
            code, name = split_party(NEW_PARTY + name)
        if name is not None and short_forms:
            code = short_forms.get(_party_core(name), code)
        if name is not None:
            changes[field] = f"{code}-NEW" if code in registered else code
            changes[field + "_name"] = name
    if not changes:
        return event
    evidence = replace(event.evidence, rule=event.evidence.rule + "+party_unknown")
    return replace(event, evidence=evidence, **changes)


def fill_government(events: list[Event], memory: dict) -> list[Event]:
    """'broke ranks with the government': the government is the party the article says leads it, else
    the one the country's governments.tsv says led the event's scope when the story appeared."""
    def leader(e: Event) -> str | None:
        return memory.get("government") or memory.get("leaders", {}).get(e.scope or "national")
    # an approach by 'the government' ('حکومتی وفد نے ... پیشکش کی') is its leading party's; unknown, no one's
    events = [replace(e, actor=leader(e)) if e.evidence.rule.endswith(".by_government") else e for e in events]
    events = [e for e in events if not (e.evidence.rule.endswith(".by_government")
                                        and e.actor in (None, e.counterpart))]
    events = [replace(e, counterpart=leader(e)) if e.type == "coalition" and e.counterpart is None
              and (e.action == "leave" or e.evidence.rule.endswith(".government"))
              and leader(e) not in (None, e.actor) else e for e in events]
    # an act toward 'the government' whose leader is not known names no one
    events = [e for e in events if not (e.evidence.rule.endswith(".government") and e.counterpart is None
                                        and e.action != "leave")]
    # a party's leaving told once with its partner named and once without is one act;
    # so is a leaving or a refusal told once with the partner named and once without ("PPP Rules Out Any Alliance")
    named = {(e.actor, e.action) for e in events if e.type == "coalition" and e.action in ("leave", "reject") and e.counterpart is not None}
    return [e for e in events if not (e.type == "coalition" and e.counterpart is None and (e.actor, e.action) in named)]


def without_named_groups(events: list[Event]) -> list[Event]:
    """A counted group of independents joining a party ('six independent members joined the PTI') is
    one seat move only while the article names none of them: once it lists who they were, each named
    join is the move, and the group's count would add the same seats twice."""
    named = {e.party for e in events if e.type == "join_party" and e.actor != "IND"}
    return [e for e in events if not (e.evidence.rule == "coalition.join.independents"
                                      and e.counterpart in named)]


def without_quit_leaves(events: list[Event]) -> list[Event]:
    """A bare 'quit' read as a government post left (posts: resign.quit_bare, no party in the sentence)
    is not also a leaving of whatever party the story was last about."""
    quits = {(e.actor, e.evidence.start) for e in events if e.evidence.rule == "resign.quit_bare"}
    return [e for e in events if not (e.type == "leave_party" and (e.actor, e.evidence.start) in quits)]


def without_restated_stays(events: list[Event]) -> list[Event]:
    """'BAP says it stays with govt ... said it would not leave the government': a partner's stay told beside its
    own denial of leaving is that denial said twice, recorded as the denial only."""
    denied = {(e.actor, e.counterpart) for e in events if e.type == "coalition" and e.action == "leave" and e.status == "denied"}
    return [e for e in events if not (e.evidence.rule == "coalition.join.stay" and (e.actor, e.counterpart) in denied)]


def finalise(events: list[Event], article: Article, lex) -> list[Event]:
    """One event per act and document: the first report wins, later ones fill a missing date; a denial
    after a report that the act may come replaces it."""
    kept: dict[tuple, Event] = {}
    blocks: dict[tuple, dict[tuple, Event]] = {}  # spelling twins are looked for within a block only
    for event in events:
        key = event.key()
        block = blocks.setdefault(_twin_block(event), {})
        twin = _spelling_twin(event, block, lex)
        if twin is not None:
            key = twin
        if key in kept and _a_return(kept[key], event, events, article):
            key = key + (event.evidence.start,)
        if key not in kept:
            kept[key] = event
            block[key] = event
        elif kept[key].status == "possible" and event.status == "denied" and event.type in ("join_party", "leave_party", "resign_post"):
            kept[key] = event  # "X is expected to join the PPP ... X denied joining": the actor's own word settles it
        elif kept[key].status == "possible" and event.status == "fact" and event.evidence.start == kept[key].evidence.start:
            kept[key] = event  # "when she announced that she was leaving the PTI, saying she could no longer be part
            # of it": one sentence that tells the act done tells it done, whatever a second wording hedges
        elif kept[key].status == "fact" and event.evidence.rule == "resign.retract" \
                and (event.evidence.start != kept[key].evidence.start
                     or (event.date is not None and kept[key].date is not None and event.date > kept[key].date)):
            kept[key] = event  # "X announced on Saturday he was quitting ... On Monday he withdrew his resignation"
            # (one sentence's "had resigned but later withdrew the resignation" tells a resignation tendered; one
            # that dates the withdrawal after the tendering, "tendered it on Monday, withdrew it a day later", tells both)
        elif kept[key].date is None and event.date is not None and kept[key].status == event.status \
                and not (_told_as_past(kept[key], article) and event.evidence.start == kept[key].evidence.start):
            kept[key] = replace(kept[key], date=event.date)  # not from a second reading of a sentence told as the past
        elif kept[key].date is not None and event.date is None and kept[key].status == event.status \
                and event.evidence.start == kept[key].evidence.start and _told_as_past(event, article):
            kept[key] = replace(kept[key], date=None)  # the pluperfect reading's 'no day' holds for the whole sentence
        elif event.date is not None and event.date != kept[key].date and kept[key].status == event.status \
                and _in_head(kept[key], article) and _names_its_day(event, article):
            kept[key] = replace(kept[key], date=event.date)  # a headline's act takes the day the body gives it
    return list(kept.values())


def _a_return(first: Event, later: Event, events: list[Event], article: Article) -> bool:
    """'In 1997 he joined the BNP ... left the party in 2008 ... on October 9, 2017 he returned to the BNP': a
    profile tells one person joining (or leaving) one party twice, with the opposite move told between the two;
    the second is its own act. A story that restates its dated news act after recalling an old departure
    gives the restatement no other day, and a headline's or lede's act is the body's, so neither splits."""
    if first.type not in ("join_party", "leave_party") or first.party is None or _in_lede(first, article):
        return False  # a lede sums up the career the body then tells: its act is the body's, not an earlier one
    if first.date is not None and (later.date is None or later.date == first.date):
        return False
    opposite = "leave_party" if first.type == "join_party" else "join_party"
    low, high = first.evidence.start, later.evidence.start
    return any(e.type == opposite and e.party == first.party and e.actor.lower() == first.actor.lower()
               and low <= e.evidence.start <= high and e.evidence.start != later.evidence.start for e in events)


def _told_as_past(event: Event, article: Article) -> bool:
    """'He had parted ways with the PTI after the riots, saying at the time that he could not stay with a
    party ...': a pluperfect act with no day, whose sentence's other reading (the stay refused) is the same act."""
    return bool(PLUPERFECT.search(event.evidence.sentence))


PLUPERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+|already\s+|also\s+|earlier\s+)?\w+(?:ed|t)\b")  # 'had parted', 'had left', 'had quit'


def _in_lede(event: Event, article: Article) -> bool:
    """Told in the headline, a deck or the lede paragraph."""
    end = article.text.find("\n\n", _dateline_lede(article.text))
    return end < 0 or event.evidence.start < end


def _in_head(event: Event, article: Article) -> bool:
    """Told in the headline or a deck above the dateline lede (whose day is only inferred from the lede)."""
    lede = _dateline_lede(article.text)
    return lede > 0 and event.evidence.start < lede


def _names_its_day(event: Event, article: Article) -> bool:
    """The sentence that tells the act again names a day of its own ('A day earlier, on Monday, X agreed')."""
    published = article.published if isinstance(article.published, date) else None
    return any(d is not None for _pos, d in date_expressions(event.evidence.sentence, published))


@lru_cache(maxsize=4)
def _short_forms(lex) -> dict[str, str]:
    """Lexicon post_short_forms ('cm=chief minister'): 'Balochistan CM' is 'chief minister of Balochistan'."""
    return dict(entry.split("=", 1) for entry in lex["post_short_forms"])


def _post_words(post: str | None, lex) -> set[str]:
    """The words that tell one post from another, short forms written out, generic words (lexicon
    post_generic_words: 'the', 'party', 'former') left out."""
    short = _short_forms(lex)
    text = (post or "").lower().replace("-", " ")  # a hyphen's halves apart: 'central vice-president' has the role word 'president'
    return set(" ".join(short.get(w, w) for w in text.split()).split()) - lex["post_generic_words"]


def _same_office(a: str | None, b: str | None, lex) -> bool:
    """'KP chief minister' and 'chief minister of Khyber Pakhtunkhwa' share their role word; 'Central Punjab
    general secretary' and 'member of the central working committee' share only a describing word."""
    wa, wb = _post_words(a, lex), _post_words(b, lex)
    shared = wa & wb
    if not shared or lex["post_member_titles"] & (wa ^ wb):
        return False
    if (wa ^ wb) <= lex["post_top_roles"] and {"chief", "head"} & (wa ^ wb):
        return True  # a headline's "PTI-P chief" is the body's "PTI-P chairman" (or president, emir)
    if wa <= wb or wb <= wa:
        return True  # "PTI's south Punjab vice" cut short is the "PTI's south Punjab vice-president" told in full
    return bool(shared & post_words.ROLE_HEADS) or not (wa & post_words.ROLE_HEADS or wb & post_words.ROLE_HEADS)


def _twin_block(event: Event) -> tuple:
    """Twins share a type, a first name word and, but for posts, a party."""
    words = _name_words(event.actor)
    return (event.type, None if event.type == "resign_post" else event.party, words[0] if words else "")


def _spelling_twin(event: Event, kept: dict[tuple, Event], lex) -> tuple | None:
    """'Noor Muhammad Dummar' and 'Noor Muhammad Domar' in one article are one person."""
    if event.type not in PERSON_TYPES:
        return None
    if event.type == "resign_post":
        for key, other in kept.items():
            if other.type == "resign_post" and other.actor == event.actor and _same_office(other.post, event.post, lex):
                return key  # "KP chief minister" and "chief minister of Khyber Pakhtunkhwa"
    mine = _name_words(event.actor)
    if event.type in ("leave_party", "join_party") and len(mine) == 1:
        for key, other in kept.items():  # "Mr Khan joined JUI-F" after "Noor Alam Khan joined JUI-F"
            if other.type == event.type and other.party == event.party and _name_words(other.actor)[-1:] == mine:
                return key
    for key, other in kept.items():
        if other.type == event.type and other.party == event.party and other.actor != event.actor \
                and (event.type != "resign_post" or other.post == event.post) \
                and len(_name_words(other.actor)) == len(_name_words(event.actor)) >= 2 \
                and similarity(other.actor.lower(), event.actor.lower()) >= 88 \
                and all(_spelt_alike(a, b) for a, b in zip(_name_words(other.actor), mine)):
            return key
    return None


def _spelt_alike(a: str, b: str) -> bool:
    """Two spellings of one name word ('Dummar'/'Domar', 'Osman'/'Usman'), not two names ('Anwar'/'Naseer':
    brothers 'Malik Anwar Kamal Marwat' and 'Malik Naseer Kamal Marwat' are two people)."""
    return a == b or a[:1] == b[:1] or similarity(a, b) >= 60
