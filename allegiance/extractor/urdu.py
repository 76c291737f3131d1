"""Urdu passages: parties, names, membership, posts and coalition statements.

The English pipeline cannot parse Urdu, so Urdu sentences are read with the
word order Urdu news uses for these acts: the actor before the agent marker
"نے" (or before the party), the party, then the verb phrase at the end
("... نے پی ٹی آئی چھوڑنے کا اعلان کیا", "... مسلم لیگ ن میں شامل ہو گئے").
An expulsion names its person before the object marker "کو" and its party
as the agent ("PARTY نے ... NAME کو پارٹی سے نکال دیا"); a resignation takes
its post from the role written before the name ("سینیٹر NAME نے ... مستعفی");
an alliance of two or more parties named in one sentence is a coalition act
between them. Cue words live in data/lexicon/ur.json.
"""
from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from itertools import permutations

from ..country.registry import load_registry
from ..model import Article, Event, Evidence
from .story_time import LEDE_CHARS
from .urdu_stays import stays_in_party
from .urdu_links import (_founded, _listed_with, _named_weekday, attributive, own_statement, relative_clause, post_held, said_party,
                         party_part_cue, possessor_party, unnamed_party)
from .urdu_government import offer_refused, own_delegation_visits, own_party_opposition, with_government
from .urdu_scope import also_subject, close_sources_subject, demanded, english_party, names_before_post, leaves_government, leaves_a_post, members_listed, next_subject_at, unbracketed
from .urdu_posts import _post_words, _posts, _posts_before_membership, _posts_given_up
from .urdu_names import DIGITS, NAME_SPLIT, URDU_CHAR, WORD_END, WORD_START, _names, _possessive, _role_names, hosted

SENTENCE = re.compile(r"[^۔\n.!?؟]+[۔.!?؟]?")
MEMBERSHIP = (("leave_party", "leave"), ("join_party", "join"), ("expel", "expel"), ("resign_post", "resign"))
COALITION = (("leave", "coalition_leave"), ("reject", "coalition_reject"), ("join", "coalition_join"),
             ("talks", "coalition_talks"))


@lru_cache(maxsize=2)
def _lexicon() -> dict:
    path = resources.files("allegiance") / "data" / "lexicon" / "ur.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {k: _with_spellings(v) for k, v in raw.items() if not k.startswith("_")}


def _with_spellings(entries):
    """A cue list with each word also in the spelling that writes 'ؤ' as 'ئو' ('رہنمائوں' for 'رہنماؤں'),
    as much Urdu news text does."""
    if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
        return entries
    return entries + [e.replace("ؤ", "ئو") for e in entries if "ؤ" in e and e.replace("ؤ", "ئو") not in entries]


@lru_cache(maxsize=8)
def _party_pattern(country: str) -> tuple[re.Pattern, dict[str, str]]:
    registry = load_registry(country)
    names: dict[str, str] = {}
    for party in registry.parties.values():
        for alias in party.urdu:
            names.setdefault(alias, party.code)
    written = dict(names)
    clashes: set[str] = set()
    for alias, code in written.items():
        for variant in name_variants(alias, _lexicon()):
            if variant in written:
                continue
            if names.get(variant, code) != code:
                clashes.add(variant)  # a form two parties' names share names neither
            names.setdefault(variant, code)
    for variant in clashes:
        names.pop(variant, None)
    # A name of several words may be glued to the word before it ("ادھرجمعیت علماء اسلام"), as
    # web text often drops that space; a one-word name must stand alone to be a name at all.
    ordered = sorted(names, key=len, reverse=True)
    glued = "|".join(re.escape(a) for a in ordered if " " in a)
    alone = "|".join(re.escape(a) for a in ordered if " " not in a)
    # Only a letter glued after a name makes it another word: the Urdu comma, full stop and question mark
    # lie in the same block ('مسلم لیگ ضیاء، ...' names a party).
    return re.compile(rf"(?:{glued}|{WORD_START}(?:{alone})){WORD_END}"), names


def names_party(text: str, country: str) -> bool:
    """Whether an Urdu text names a party of the country: the cheap test (no parse) that it may carry an event."""
    return URDU_CHAR.search(text) is not None and _party_pattern(country)[0].search(text) is not None


def name_variants(alias: str, lex: dict) -> set[str]:
    """The ways Urdu news writes one party name: with or without the country word before it
    ('پاکستان مسلم لیگ ق' / 'مسلم لیگ ق'), the faction letter bare, bracketed or glued ('مسلم لیگ ن',
    'مسلم لیگ (ن)', 'مسلم لیگ(ن)', 'مسلم لیگ-ن'), and the spellings news uses for one word ('علمائے' /
    'علماء'). The letters, prefixes and spellings are data (ur.json)."""
    forms = {alias}
    for group in lex["party_spellings"]:
        spellings = group.split("|")
        for form in list(forms):
            for one in spellings:
                if re.search(rf"{WORD_START}{re.escape(one)}{WORD_END}", form):
                    forms |= {re.sub(rf"{WORD_START}{re.escape(one)}{WORD_END}", other, form)
                              for other in spellings}
    for form in list(forms):
        for prefix in lex["party_prefixes"]:
            if form.startswith(prefix + " ") and len(form.split()) >= 4:
                forms.add(form[len(prefix) + 1:])  # 'پاکستان مسلم لیگ ن' -> 'مسلم لیگ ن'
            elif not form.startswith(prefix) and len(form.split()) >= 3 and not form.endswith(prefix):
                forms.add(f"{prefix} {form}")  # 'مسلم لیگ ق' -> 'پاکستان مسلم لیگ ق'
    letters = "|".join(re.escape(x) for x in lex["party_suffix_letters"])
    for form in list(forms):
        m = re.fullmatch(rf"(?P<stem>.+?)\s*(?:\(\s*(?P<a>{letters})\s*\)|[-\s](?P<b>{letters}))", form)
        if m and len(m.group("stem").split()) >= 2:
            letter, stem = m.group("a") or m.group("b"), m.group("stem")
            forms |= {f"{stem} {letter}", f"{stem} ({letter})", f"{stem}({letter})", f"{stem}-{letter}"}
    return forms - {alias}


def extract_urdu(article: Article, country: str) -> list[Event]:
    """Membership, post and coalition statements in the Urdu sentences of an article."""
    if not URDU_CHAR.search(article.text):
        return []
    pattern, names = _party_pattern(country)
    lex = _lexicon()
    events: list[Event] = []
    focus: str | None = None
    last_person: list[str] = []  # who "انہوں نے" (he) means: the last person an act was told of
    own: dict[str, str] = {}  # a person's own party, as the story introduced him ('PARTY کے رہنما NAME')
    story: str | None = None  # the day of the last dated act: 'اسی روز' (that same day) counts from it
    group: tuple | None = None  # an act of a counted group not yet named ('تین سابق اراکین نے ... چھوڑنے کا اعلان')
    founded: str | None = None  # the party the story says was launched: what 'نئی جماعت' (the new party) means
    offer: Event | None = None  # the last approach told: what 'یہ پیشکش مسترد' (refused this offer) answers
    told_before: list[Event] = []  # the last statement's acts: a 'تاہم' (however) clause may answer them
    acting: str | None = None  # the party whose coalition act was told last: who 'ہم' (we) in its man's words is
    for m in SENTENCE.finditer(article.text[:LEDE_CHARS]):  # else the lede's day ('پیر کے روز ... کا اعلان')
        story = _date(m.group(0), article, lex)
        if story is not None:
            break
    for start, end, sent in _statements(article.text, lex):
        if len(URDU_CHAR.findall(sent)) < max(8, len(sent) // 3):
            focus = english_party(sent, country) or focus  # an English story's party, for its Urdu quotes
            continue
        parties = [(p.start(), p.end(), names[p.group(0)]) for p in pattern.finditer(sent)]
        evidence = Evidence(sent.strip(), article.offset + start, article.offset + end, "urdu")
        founded = _founded(sent, parties, lex) or founded
        told = founded if founded and not parties and any(w in sent for w in lex["new_party_words"]) else focus
        found = _membership(article, sent, parties, told, lex, evidence, last_person, story, own)
        if group is not None and not any(e.type == group[0] for e in found):
            # 'اس کے چار سرکردہ رہنماؤں نے اتحاد سے راہیں جدا کر کے PPP میں شمولیت': the next sentence names the
            # four, joining; the leaving told of the group is theirs too
            told = {e.actor for e in found}
            named = _group_named(article, sent, parties, group, lex, evidence)
            found += [e for e in named if not told or e.actor in told]
        found += stays_in_party(sent, found or told_before, parties, lex)  # 'استعفیٰ ... تاہم وہ پارٹی کا حصہ رہیں گے'
        group = None if found else _counted_group(article, sent, parties, focus, lex, story)
        last_person = [e.actor for e in found][-1:] or _speaker(sent, parties, lex) or last_person
        own.update(_introduced(sent, parties, lex))
        own.update(_own_parties(sent, parties, [e.actor for e in found]))
        if not found:
            found = _coalition(article, sent, parties, lex, evidence, story)
        elif len(parties) == 1 and all(e.type == "resign_post" for e in found) and leaves_government(sent, _first(sent, lex["coalition_leave"]), lex):
            # 'PARTY کے سربراہ X کابینہ سے مستعفی ہو گئے تھے اور انہوں نے حکومتی اتحاد چھوڑنے کا اعلان کیا تھا': both
            found = found + _coalition(article, sent, parties, lex, evidence, story)
        if not found and parties:
            found = own_delegation_visits(article, sent, parties, focus, lex, evidence, story)
        if not found and not parties:
            found = own_party_opposition(article, sent, acting, lex, evidence, story, focus)
        acting = next((e.actor for e in reversed(found) if e.type == "coalition" and e.actor), acting)
        if not found and offer is not None:
            found = offer_refused(sent, parties, offer, lex, evidence, article, story)
        offer = next((e for e in reversed(found) if e.type == "coalition" and e.action == "talks"), offer)
        story = next((e.date for e in reversed(found) if e.date), story)
        events += found
        told_before = found
        if parties:
            focus = parties[-1][2]
    events = _specific_posts(events)
    return [replace(e, post=next(iter(post_held(article.text, e.actor, lex, _post_words)), e.post))
            if e.type == "resign_post" and e.post == "post" else e for e in events]  # the post he held


def _counted_group(article: Article, sent: str, parties: list[tuple[int, int, str]], focus: str | None, lex: dict,
                   story: str | None) -> tuple[str, str, str | None, str] | None:
    """A leaving or joining told of a counted group with no names ('پارٹی کے تین سابق اراکین اسمبلی نے جمعہ کے
    روز پارٹی چھوڑنے کا اعلان کر دیا'): its kind, party, day and status, for the names the next sentence gives."""
    for kind, cue_list in (("leave_party", "leave"), ("join_party", "join")):
        cue_at, _cue = _first_cue(sent, lex[cue_list])
        marker = _marker(lex, "agent_marker").search(sent, 0, cue_at) if cue_at >= 0 else None
        if marker is None:
            continue
        subject = sent[:marker.start()].split()
        if kind == "leave_party" and leaves_government(sent, cue_at, lex) \
                and any(w in sent[max(0, cue_at - 20):cue_at + 20] for w in lex["government_agents"]):
            return None  # 'حکومتی اتحاد سے علیحدگی': the government left, no party; an alliance's own 'اتحاد' is one
        counted = any(DIGITS.search(w) or w in lex["count_words"] for w in subject)
        if not counted or not set(subject) & set(lex["group_nouns"]) or _conditional(sent, cue_at, lex):
            return None
        party = _party_for(sent, parties, cue_at, focus, lex)
        if party is None:
            return None
        return kind, party, _date(sent, article, lex, story), _status(_clause(sent, cue_at, lex), lex)
    return None


def _group_named(article: Article, sent: str, parties: list[tuple[int, int, str]], group: tuple, lex: dict,
                 evidence: Evidence) -> list[Event]:
    """The sentence after a counted group's act names two or more people as its subject ('X، Y اور Z نے
    ... پریس کانفرنس کی') or as its members ('... والوں میں X، Y اور Z شامل ہیں'): they are the group, and
    the act is theirs."""
    marker = _marker(lex, "agent_marker").search(sent)
    end = marker.start() - 1 if marker else members_listed(sent, lex)
    if end < 0:
        return []
    people = _names(sent, parties, end, lex)
    if len(people) < 2:
        return []
    kind, party, when, status = group
    return [Event(doc=article.doc, type=kind, actor=person, party=party, date=when, status=status,
                  evidence=Evidence(evidence.sentence, evidence.start, evidence.end, f"urdu.{kind}.group"), confidence=0.5)
            for person in people]


def _statements(text: str, lex: dict):
    """The sentences, each cut where 'جبکہ' (while) joins a second statement to it ('X نے PPP میں شمولیت
    اختیار کر لی جبکہ Y نے PML-N جوائن کر لی'): each part has its own actor and its own act."""
    joiners = "|".join(re.escape(w) for w in lex["statement_joiners"])
    split = re.compile(rf"\s*،?\s*{WORD_START}(?:{joiners}){WORD_END}\s*")
    for m in SENTENCE.finditer(text):
        pos = m.start()
        for cut in split.finditer(text, m.start(), m.end()):
            yield pos, cut.start(), text[pos:cut.start()]
            pos = cut.end()
        yield pos, m.end(), text[pos:m.end()]


def _specific_posts(events: list[Event]) -> list[Event]:
    """'پارٹی عہدوں سے مستعفی' (resigned party posts) in a headline is told post by post below, and 'اپنا
    استعفیٰ ... کو بھجوایا' (sent his resignation) retells one: a resignation with no post named is dropped
    when the same person's posts are named, by the name at its fullest or shortest ('عمر ایوب خان', 'عمر ایوب')."""
    named = [set(e.actor.split()) for e in events if e.type == "resign_post" and e.post != "post"]
    return [e for e in events if not (e.type == "resign_post" and e.post == "post"
                                      and any(n <= set(e.actor.split()) or set(e.actor.split()) <= n for n in named))]


def _membership(article: Article, sent: str, parties: list[tuple[int, int, str]], focus: str | None, lex: dict,
                evidence: Evidence, last_person: list[str], story: str | None,
                own: dict[str, str] | None = None) -> list[Event]:
    """Each kind of act the sentence states (left one party and joined another: both). A later
    act in the sentence names its own people after the earlier act's cue ('X کا PTI چھوڑنے کا
    اعلان، Y پارٹی عہدوں سے مستعفی'), else shares them ('X نے PTI چھوڑنے اور IPP میں شمولیت')."""
    hits = sorted((at, kind, cue) for kind, cue_list in MEMBERSHIP
                  for at, cue in [_first_cue(sent, lex[cue_list]) if cue_list != "expel" else _expel_cue(sent, lex)]
                  if at >= 0)
    part_at, part = party_part_cue(sent, parties, lex)
    if part_at >= 0 and not any(kind == "join_party" for _at, kind, _cue in hits):
        hits = sorted(hits + [(part_at, "join_party", part)])
    welcome_at, welcome = _first_cue(sent, lex["join_welcome"])
    if welcome_at >= 0 and not any(kind == "join_party" for _at, kind, _cue in hits):
        hits = sorted(hits + [(welcome_at, "join_party", welcome)])  # 'X نے Y کا PARTY میں خیرمقدم کیا': Y joins
    events: list[Event] = []
    floor, shared = -1, []
    for cue_at, kind, cue in hits:
        if attributive(sent, cue_at, cue, lex) or relative_clause(sent, cue_at, lex):
            continue  # 'PTI چھوڑنے والے' (those who left), 'استعفیٰ منظور' (accepted), '..., جس میں X شامل ہوئے'
        told = focus
        if kind == "leave_party" and leaves_government(sent, cue_at, lex):
            continue  # 'حکومت چھوڑنے پر غور' (thinking of leaving the government): a coalition act, no party left
        if kind == "join_party" and unnamed_party(sent, cue_at, lex):
            continue  # 'کسی دوسری جماعت میں شامل ہونے': no party named
        if kind == "leave_party" and leaves_a_post(sent, cue_at, lex):
            kind = "resign_post"  # 'صوبائی صدارت چھوڑ دی': an office given up, the party kept
        beside: list[str] = []
        if kind == "resign_post" and _of_membership(sent, parties, cue_at, lex):
            kind = "leave_party"  # 'بنیادی رکنیت سے استعفیٰ': resigning a party's membership is leaving it
            beside = _posts_before_membership(sent, cue_at, lex)  # 'ضلع X کی صدارت اور پارٹی کی بنیادی رکنیت سے
        if kind == "expel":  # the person expelled is the object, wherever the clause starts
            actors = _objects(sent, parties, cue_at, lex)
        elif kind == "join_party" and welcome_at >= 0:
            actors = _welcomed(sent, parties, welcome_at, lex)
        elif floor < 0:
            actors = _actors(sent, parties, cue_at, lex)
            if not actors and kind in ("leave_party", "join_party"):
                cue_at, cue, actors = _later_cue_with_actors(sent, parties, kind, cue_at, cue, lex)
            if not actors and _pronoun_agent(sent, cue_at, lex):
                actors = _speaker(sent, parties, lex) or close_sources_subject(sent, parties, cue_at, lex) \
                    or also_subject(sent, parties, cue_at, lex) \
                    or last_person  # 'X نے کہا کہ انہوں نے ...': X
                if kind == "leave_party" and own and actors and actors[-1] in own \
                        and not any(pos < cue_at for pos, _e, _c in parties):
                    told = own[actors[-1]]  # 'انہوں نے کہا ... جماعت چھوڑنے کا کوئی ارادہ نہیں': his own party
        else:
            actors = _window_names(sent, parties, floor, cue_at, lex) or shared
        floor, shared = cue_at + len(cue), actors
        if kind == "expel":
            party = _agent_party(sent, parties, cue_at, lex) or _party_for(sent, parties, cue_at, told, lex)
        else:
            party = _party_for(sent, parties, cue_at, told, lex)
        if not actors or (party is None and kind != "resign_post") or _conditional(sent, cue_at, lex) \
                or demanded(sent, cue_at, lex):
            continue
        if kind == "leave_party" and _own_party_left(sent, cue_at, lex):
            # 'A، B اور PARTY کے C اپنی جماعتوں کو چھوڑنے': each left his own party, as the story introduced him
            mine = {**(own or {}), **_own_parties(sent, parties, actors)}
            if len(actors) == 1 and actors[0] not in mine and party is not None:
                mine[actors[0]] = party  # 'X نے اپنے پارٹی چھوڑنے کی خبروں کی تردید کی': one man, the party in focus
            for actor in actors:
                if actor in mine:
                    events.append(Event(doc=article.doc, type=kind, actor=actor, party=mine[actor],
                                        date=_date(sent, article, lex, story), status=_status(_clause(sent, cue_at, lex), lex),
                                        evidence=Evidence(evidence.sentence, evidence.start, evidence.end, f"urdu.{kind}"),
                                        confidence=0.5))
            continue
        mine = sent[:next_subject_at(sent, cue_at, lex)]
        status = _status(own_statement(_clause(mine, cue_at, lex), cue_at - _clause_start(mine, cue_at, lex), lex), lex)
        if status == "fact" and _future(_clause(sent, cue_at, lex), lex) and not _own_announcement(sent, lex):
            status = "possible"  # 'مسلم لیگ ن میں شامل ہوں گے' (will join): a move still to come, as 'set to join'
        when = _date(sent, article, lex, story)
        posts = [None] if kind != "resign_post" else _posts_given_up(sent, cue_at, lex) \
            if leaves_a_post(sent, cue_at, lex) else _posts(sent, cue_at, lex)
        events += [Event(doc=article.doc, type=kind, actor=actor, party=party, date=when, status=status, post=post,
                         evidence=Evidence(evidence.sentence, evidence.start, evidence.end, f"urdu.{kind}"),
                         confidence=0.5) for actor in actors for post in posts]
        events += [Event(doc=article.doc, type="resign_post", actor=actor, party=party, date=when, status=status, post=post,
                         evidence=Evidence(evidence.sentence, evidence.start, evidence.end, "urdu.resign_post"),
                         confidence=0.5) for actor in actors for post in beside]
        if kind == "resign_post" and party is not None and posts != ["post"] and _party_membership_before(sent, parties, cue_at, lex):
            events += [Event(doc=article.doc, type="leave_party", actor=actor, party=party, date=when, status=status,
                             evidence=Evidence(evidence.sentence, evidence.start, evidence.end, "urdu.leave_party"),
                             confidence=0.5) for actor in actors]  # 'بنیادی رکنیت اور ... کے عہدے سے استعفیٰ': both
    return events


def _party_membership_before(sent: str, parties: list[tuple[int, int, str]], cue_at: int, lex: dict) -> bool:
    """A party's membership resigned together with a post ('PARTY کی بنیادی رکنیت اور سیکرٹری اطلاعات کے
    عہدے سے استعفیٰ'): the membership word after the agent marker, owned by a party or called basic."""
    markers = [m.end() for m in _marker(lex, "agent_marker").finditer(sent, 0, cue_at)]
    start = markers[-1] if markers else 0
    for word in lex["membership_words"]:
        at = sent.find(word, start, cue_at)
        if at >= 0 and (any(w in sent[max(start, at - 12):at] for w in lex["membership_party_marks"])
                        or any(0 <= at - e <= 6 for _s, e, _c in parties)):
            return True
    return False


def _welcomed(sent: str, parties: list[tuple[int, int, str]], cue_at: int, lex: dict) -> list[str]:
    """Whom a welcome takes in: the names after the welcomer's agent marker and before the 'کا' / 'کو'
    that owns the welcome ('بلاول نے سابق ایم این اے Y کا پیپلز پارٹی میں خیرمقدم کیا'), not the welcomer."""
    party = [start for start, _end, _code in parties if start < cue_at]
    end = party[-1] if party else cue_at
    marks = "|".join(re.escape(w) for w in lex["welcomed_marks"])
    owned = None
    for owned in re.compile(rf"{WORD_START}(?:{marks}){WORD_END}").finditer(sent, 0, end):
        pass
    if owned is None:
        return []
    agents = [m.end() for m in _marker(lex, "agent_marker").finditer(sent, 0, owned.start())]
    start = agents[-1] if agents else 0
    return _role_names(sent[start:owned.start()], lex)


def _speaker(sent: str, parties: list[tuple[int, int, str]], lex: dict) -> list[str]:
    """The one person a sentence without an act has do something ('X نے پریس کانفرنس کی'): the
    'انہوں نے' (he) of the next sentence, who announces the act, is most often he."""
    marker = _marker(lex, "agent_marker").search(sent)
    if marker is None or _pronoun_agent(sent, marker.end(), lex):
        return []
    names = _names(sent, parties, marker.start() - 1, lex)
    return names if len(names) == 1 else []


def _own_party_left(sent: str, cue_at: int, lex: dict) -> bool:
    """'اپنی جماعتوں کو چھوڑنے', 'اپنی پارٹی چھوڑ دی': the party left is each one's own, not the one named last."""
    before = sent[max(0, cue_at - 20):cue_at]
    return any(f"{o} {w}" in before for o in lex["own_words"] for w in lex["party_word"])


def _introduced(sent: str, parties: list[tuple[int, int, str]], lex: dict) -> dict[str, str]:
    """People a sentence introduces by their party ('پاکستان مسلم لیگ (ن) کے سابق رہنماؤں A اور B نے ...'): the
    names after 'PARTY کے' up to the next party, agent marker or comma."""
    out: dict[str, str] = {}
    stops = [m.start() for m in _marker(lex, "agent_marker").finditer(sent)] + [p for p, _e, _c in parties] + \
        [m.start() for m in re.finditer("[،,:]", sent)] + [len(sent)]
    for _start, end, code in parties:
        if code == "IND" or not _possessive(sent, end):
            continue
        stop = min(x for x in stops if x > end)
        for name in _role_names(sent[end:stop].replace("کے", " ", 1), lex):
            out.setdefault(name, code)
    return out


def _own_parties(sent: str, parties: list[tuple[int, int, str]], actors: list[str]) -> dict[str, str]:
    """The party that introduces each actor in the sentence ('جمعیت علمائے اسلام کے صوبائی رہنما NAME نے'):
    a party followed by 'کے' with the name a few words after it. 'The party' he later says he will not
    leave is that one, not the last party the story named."""
    out = {}
    for actor in actors:
        for _start, end, code in parties:
            at = sent.find(actor, end)
            if _possessive(sent, end) and 0 <= at - end <= 40:
                out[actor] = code
    return out


def _coalition(article: Article, sent: str, parties: list[tuple[int, int, str]], lex: dict,
               evidence: Evidence, story: str | None) -> list[Event]:
    """An alliance, a break, a refusal or talks between the parties a sentence names. An alliance
    is joint, recorded in each direction as the guideline asks; the other acts are one party's,
    the one before the agent marker, toward the others."""
    against = "|".join(re.escape(w) for w in lex["against_after"])  # 'PPP کے خلاف انتخابی اتحاد': never a partner
    codes = list(dict.fromkeys(code for _s, e, code in parties
                               if code != "IND" and not re.match(rf"\s*(?:{against}){WORD_END}", sent[e:])))
    if len(codes) >= 3 and "،" in sent and not _marker(lex, "agent_marker").search(sent) \
            and not _invited(sent, parties, lex):  # 'A B اتحاد، C کو بھی حصہ بنانے کا فیصلہ' is one statement
        return _headline_clauses(article, sent, parties, lex, evidence, story)
    if len(codes) == 1:
        return with_government(article, sent, parties, lex, evidence, story)
    if len(codes) < 2:
        return []
    refused = _first(sent, lex["coalition_reject"]) >= 0  # 'B کی حکومت میں شامل ہونے سے انکار': a refusal, one way
    merged = [] if refused else _party_joins_party(article, sent, parties, lex, evidence, story) or _opposition_of(
        article, sent, parties, lex, evidence, story)
    if merged:
        return merged
    for action, cue_list in COALITION:
        cue_at = _first(sent, lex[cue_list])
        if cue_at < 0:
            continue
        if _conditional(sent, cue_at, lex):
            return []
        if action == "join" and _first(sent, lex["coalition_topics"]) == cue_at and _first(sent, lex["coalition_talks"]) >= 0:
            action = "talks"  # 'حکومت سازی پر بات چیت': government formation is what the talks are about
        elif action == "join" and _talks_toward(sent, cue_at, lex):
            action = "talks"  # 'مشترکہ امیدوار لانے کے لیے رابطوں کا امکان': contacts for a joint candidate
        elif action == "join" and _first(_clause(sent, cue_at, lex)[cue_at - _clause_start(sent, cue_at, lex):],
                                         lex["coalition_offer"]) >= 0:
            action = "talks"  # 'B کے ساتھ مل کر حکومت بنانے کی پیشکش': the alliance is what was offered
        pairs = list(permutations(codes, 2))
        invited = _invited(sent, parties, lex) if action == "join" else []
        if action == "talks" and _first(sent, lex["coalition_between"]) >= 0:
            pass  # 'A اور B کے درمیان ملاقات': talks between them, each way
        elif action != "join" or _first(_clause(sent, cue_at, lex), lex["coalition_support"]) >= 0:
            actor = _agent_party(sent, parties, cue_at, lex) or said_party(sent, parties, cue_at, lex) \
                or possessor_party(sent, parties, cue_at)
            agents = _listed_with(sent, parties, actor, lex) if actor else []  # support is given one way
            pairs = [(a, other) for a in agents for other in codes if other not in agents]
        elif invited and len(invited) < len(codes):  # 'A B اتحاد، C کو بھی حصہ بنانے کا فیصلہ': A and B ally, and mean to take C in
            pairs = [(a, b) for a, b in pairs if a not in invited]
            if any(w in sent for w in lex["coalition_invite"]):  # an invitation is talks toward the invited, as in English
                pairs = [(a, b) for a, b in pairs if b in invited]
                action, invited = "talks", []
        clause = _clause(sent, cue_at, lex)
        status = _status(clause.replace(_first_cue(sent, lex[cue_list])[1], " "), lex)  # 'اتحاد مسترد': the refusal's own word denies nothing
        if action == "talks" and status == "denied" and _future(clause, lex) \
                and not any(w in clause for w in lex["deny_report"]):
            action, status = "reject", "fact"  # 'B کے ساتھ مذاکرات نہیں کرے گی' (will not talk): talks ruled out
        elif status == "fact" and _future(clause, lex):
            status = "possible"
        when = _date(sent, article, lex, story)
        return [Event(doc=article.doc, type="coalition", actor=a, counterpart=b, action=action, date=when,
                      status="possible" if b in invited and status == "fact" else status,
                      evidence=Evidence(evidence.sentence, evidence.start, evidence.end, f"urdu.coalition.{action}"),
                      confidence=0.5)
                for a, b in pairs]
    return []


def _talks_toward(sent: str, cue_at: int, lex: dict) -> bool:
    """A joining cue that is the aim of talks named after it ('X لانے کے لیے رابطوں', 'X کے لیے مذاکرات'):
    the talks are the act, the alliance only what they are for."""
    talks = "|".join(re.escape(w) for w in lex["coalition_talks"])
    return re.match(rf"[^،۔]{{0,40}}?{WORD_START}کے\s+لیے\s+(?:\S+\s+)?(?:{talks}){WORD_END}", sent[cue_at:]) is not None


def _headline_clauses(article: Article, sent: str, parties: list[tuple[int, int, str]], lex: dict,
                      evidence: Evidence, story: str | None) -> list[Event]:
    """A headline of clauses with no agent marker ('A کابینہ میں شامل نہیں ہوگی، B کا C کے ساتھ اتحاد، D
    اپوزیشن میں بیٹھے گی'): each clause is its own statement, so B and C ally and A and D take no part."""
    events, pos = [], 0
    for piece in sent.split("،"):
        inside = [(s - pos, e - pos, code) for s, e, code in parties if pos <= s and e <= pos + len(piece)]
        events += _coalition(article, piece, inside, lex, evidence, story)
        pos += len(piece) + 1
    return events


def _speakers_party(sent: str, parties: list[tuple[int, int, str]], cue_at: int, lex: dict) -> str | None:
    """'IPP کے رہنما X نے کہا کہ ان کی جماعت ...': 'his party' in what a party's man says is the party he
    was introduced with ('PARTY کے')."""
    that = max((sent.rfind(w, 0, cue_at) for w in lex["own_statement"]), default=-1)
    if that < 0 or not any(w in sent[that:cue_at] for w in lex["own_party_words"]):
        return None
    return next((code for _s, end, code in reversed(parties) if end <= that and _possessive(sent, end)), None)


def _party_joins_party(article: Article, sent: str, parties: list[tuple[int, int, str]], lex: dict,
                       evidence: Evidence, story: str | None) -> list[Event]:
    """A party itself, the agent with nothing between it and 'نے', joining another ('تحریک انصاف نے سنی اتحاد
    کونسل میں شمولیت کا اعلان کیا'): the two ally, each way, as 'joined hands' in English. 'PARTY کے رہنماؤں نے'
    (its leaders) are people, whose joining is a membership act, not the party's."""
    cue_at, _cue = _first_cue(sent, lex["coalition_party_joins"])
    marker = _marker(lex, "agent_marker").search(sent, 0, cue_at) if cue_at >= 0 else None
    if marker is None or _conditional(sent, cue_at, lex) or any(w in sent for w in lex["coalition_take_in"]):
        return []  # 'A نے B کو ... شامل ہونے کی دعوت دی': an invitation, read as talks
    agent = next((code for _s, end, code in parties if end <= marker.start() and not sent[end:marker.start()].strip()), None)
    joined = next((code for start, _e, code in parties if marker.end() <= start < cue_at and code not in (agent, "IND")), None)
    if agent is None or agent == "IND" or joined is None:
        return []
    clause = _clause(sent, cue_at, lex)
    status = _status(clause, lex)
    if status == "fact" and _future(clause, lex):
        status = "possible"
    when = _date(sent, article, lex, story)
    return [Event(doc=article.doc, type="coalition", actor=a, counterpart=b, action="join", date=when, status=status,
                  evidence=Evidence(evidence.sentence, evidence.start, evidence.end, "urdu.coalition.join"), confidence=0.5)
            for a, b in ((agent, joined), (joined, agent))]


def _opposition_of(article: Article, sent: str, parties: list[tuple[int, int, str]], lex: dict,
                   evidence: Evidence, story: str | None) -> list[Event]:
    """'A اور B پر مشتمل اپوزیشن نے ... اپوزیشن بنچوں پر بیٹھیں گی': each party of the list before the
    opposition cue sits in opposition (null, as one party's 'اپوزیشن میں بیٹھنے' is)."""
    cue_at = _first(sent, lex["coalition_opposition"])
    before = [p for p in parties if p[1] <= cue_at]
    if cue_at < 0 or not before or any(_first(sent, lex[c]) >= 0 for _a, c in COALITION):
        return []
    agents = _listed_with(sent, before, before[-1][2], lex)
    if len(agents) < 2 or len(set(agents)) < len({code for _s, _e, code in parties}):
        return []
    status = _status(_clause(sent, cue_at, lex), lex)
    if status == "fact" and _future(sent, lex) and not any(w in sent[:cue_at] for w in lex["decided_words"]):
        status = "possible"  # 'نے اعلان کیا ہے کہ ... بیٹھیں گی': a decision announced is a fact
    return [Event(doc=article.doc, type="coalition", actor=a, counterpart=None, action="join",
                  date=_date(sent, article, lex, story), status=status,
                  evidence=Evidence(evidence.sentence, evidence.start, evidence.end, "urdu.coalition.join"),
                  confidence=0.5) for a in agents]


def _invited(sent: str, parties: list[tuple[int, int, str]], lex: dict) -> list[str]:
    """Parties marked as the object of taking in ('ایم کیو ایم کو بھی حصہ بنانے'): the others act
    toward them, and until they answer it is a plan (the words of taking in are data: coalition_take_in)."""
    unspaced = sent.replace(" ", "")  # 'حصہ بنایاجائےگا': the press often writes the verb's parts glued
    if not any(w.replace(" ", "") in unspaced for w in lex["coalition_take_in"]):
        return []
    marker = "|".join(re.escape(w) for w in lex["object_marker"])
    return list(dict.fromkeys(code for _s, end, code in parties
                              if re.match(rf"\s*(?:بھی\s*)?(?:{marker}){WORD_END}", sent[end:])))


@lru_cache(maxsize=4)
def _marker_pattern(words: tuple[str, ...], glued: bool) -> re.Pattern:
    body = "|".join(re.escape(w) for w in words)
    after = r"(?=\s|[\u0600-\u06FF])" if glued else r"(?=\s)"
    return re.compile(rf"(?<=\s)(?:{body}){after}")


def _marker(lex: dict, name: str, glued: bool = True) -> re.Pattern:
    """A case marker as a word ('نے', 'کو'); the agent marker may be glued to the next word,
    as web text often drops that space."""
    return _marker_pattern(tuple(lex[name]), glued)


def _first(sent: str, cues: list[str]) -> int:
    return _first_cue(sent, cues)[0]


def _later_cue_with_actors(sent: str, parties: list[tuple[int, int, str]], kind: str, cue_at: int, cue: str,
                           lex: dict) -> tuple[int, str, list[str]]:
    """'امیدواروں کا پارٹی کو خیر آباد کہنے کا سلسلہ جاری ہے، ... A اور B نے PTI سے راہیں جدا کر لیں': a first cue
    that names no one is the story's summary; the same act told again later in the sentence names its people."""
    cues = lex["leave" if kind == "leave_party" else "join"]
    start = cue_at + len(cue)
    while True:
        at, found = _first_cue(sent[start:], cues)
        if at < 0:
            return cue_at, cue, []
        at += start
        actors = _actors(sent, parties, at, lex)
        if actors:
            return at, found, actors
        start = at + len(found)


def _first_cue(sent: str, cues: list[str]) -> tuple[int, str]:
    """Where the first cue of a list stands in the sentence, and which it is ((-1, '') if none)."""
    hits = [(sent.find(c), c) for c in cues if c in sent]
    return min(hits, key=lambda h: (h[0], -len(h[1]))) if hits else (-1, "")


def _window_names(sent: str, parties: list[tuple[int, int, str]], floor: int, cue_at: int, lex) -> list[str]:
    """Names written between an earlier act's cue and this one, each cut at its first particle."""
    segment = list(sent[floor:cue_at])
    for start, end, _code in parties:
        for i in range(max(start, floor), min(end, cue_at)):
            segment[i - floor] = " "
    text = "".join(segment)
    agent = _marker(lex, "agent_marker").search(text)
    text = text[:agent.start()] if agent else text
    roles, particles, not_names = set(lex["roles"]), set(lex["particles"]), set(lex["when2_not_name_words"])
    out = []
    for chunk in NAME_SPLIT.split(" ".join(text.split())):
        if hosted(chunk, lex):
            continue  # 'اور X کی قیادت میں PARTY میں شمولیت': X leads the party joined, he does not join it
        words, ended = [], ""
        for w in chunk.split():
            if w in particles:
                ended = w
                break
            if w not in roles and w not in not_names and len(w) > 1 and URDU_CHAR.search(w) and not DIGITS.search(w):  # not 'کہتے ہوئے'
                words.append(w)
        if 2 <= len(words) <= 5 and not set(words) & set(lex["pronouns"]) and ended not in lex["object_after"]:
            out.append(" ".join(words))  # 'عمران خان سے راہیں جدا' (parted from Imran Khan): he is who was left
    return out


def _party_for(sent: str, parties: list[tuple[int, int, str]], cue_at: int, focus: str | None, lex) -> str | None:
    """The party named nearest before the cue, else the party in focus for 'پارٹی'."""
    before = [code for pos, _end, code in parties if pos < cue_at]
    if before:
        return before[-1]
    if any(w in sent for w in lex["party_word"]):
        return focus
    return parties[0][2] if parties else None


def _agent_party(sent: str, parties: list[tuple[int, int, str]], cue_at: int, lex: dict) -> str | None:
    """The party that acts: named right before the agent marker ('جے یو آئی نے ...'), or with
    only role words between ('تحریک انصاف کے قائدین نے': the party's leaders act for it)."""
    roles = set(lex["roles"]) | set(lex["party_leaders"]) | set(lex["agent_fillers"])  # 'PARTY کے ایک وفد نے'
    for marker in reversed(list(_marker(lex, "agent_marker").finditer(sent, 0, cue_at))):  # the nearest acts
        for _s, end, code in reversed(parties):
            if end <= marker.start() and all(w in roles for w in unbracketed(sent[end:marker.start()]).split()):
                return code
    return None


def _actors(sent: str, parties: list[tuple[int, int, str]], cue_at: int, lex) -> list[str]:
    """Names before the agent marker 'نے', or before the first party when there is none."""
    markers = [m.start() for m in _marker(lex, "agent_marker").finditer(sent, 0, cue_at)]
    agent = markers[-1] - 1 if markers else -1
    said = _reported_clause(sent, parties, agent, cue_at, lex)
    if said is not None:  # 'X نے کہا کہ PTI کے حمایت یافتہ آزاد ارکان ... شامل ہوں گے': the clause's own subject
        return _names(sent, parties, said, lex) if said > 0 else []
    named = [(start, end) for start, end, code in parties if code != "IND"]  # 'آزاد رکن X' (independent member X): a role
    end = agent if 0 < agent < cue_at else (named[0][0] if named and named[0][0] < cue_at else -1)
    if end >= 0 and end != agent and _possessive(sent, named[0][1]):  # the sentence may open with 'PARTY کے
        that = sent.rfind(" کہ ", 0, end)  # 'ذرائع کا دعوی ہے کہ A، B اور PARTY کے سابق سینیٹر C ... اپنی جماعتوں کو چھوڑنے'
        end = _end_of_labelled_names(sent, parties, that + 1 if that >= 0 else 0, cue_at, lex)
    if end <= 0:  # a headline's or a recap's word order: 'X بھی پارٹی ... چھوڑنے کا اعلان'
        end = max((at for w in lex["party_word"] for at in [sent.rfind(w, 0, cue_at)]
                   if not any(s <= at < e for s, e, _c in parties)), default=-1)  # not 'جمہوری وطن پارٹی' itself
    if end <= 0:
        return names_before_post(sent, parties, cue_at, lex)
    # 'ایم کیو ایم سے تعلق رکھنے والے وفاقی وزراء A اور B ... اپنی وزارتوں سے مستعفی': no one before the party
    return _names(sent, parties, end, lex) or names_before_post(sent, parties, cue_at, lex) \
        or also_subject(sent, parties, cue_at, lex)  # 'کہ پارٹی کے رکن X بھی سیاسی کمیٹی کی رکنیت چھوڑنے


def _reported_clause(sent: str, parties: list[tuple[int, int, str]], agent: int, cue_at: int, lex) -> int | None:
    """Where the names of a reported clause's own subject end, when the cue sits in a clause opened
    by 'کہ' after the agent marker ('X نے کہا کہ Y ... میں شامل ہوں گے': Y acts, X only speaks);
    0 when that clause names no one before its first party; None when there is no such clause or
    it opens with a pronoun ('کہ وہ پارٹی چھوڑ رہے ہیں': the speaker himself)."""
    if agent <= 0:
        return None
    that = "|".join(re.escape(w) for w in lex["when2_that"])
    m = None
    for m in re.finditer(rf"{WORD_START}(?:{that}){WORD_END}", sent[:cue_at]):
        pass
    if m is None or m.start() < agent:
        return None
    words = sent[m.end():cue_at].split()
    if not words or words[0] in lex["when2_clause_pronouns"] or words[0] in lex["pronouns"]:
        return None
    if _first_person(sent[m.end():], lex):
        return None  # 'X نے کہا کہ PTI کو خیرباد کہتے ہوئے JI میں شمولیت کا اعلان کرتا ہوں': 'I announce', the speaker acts
    first = next((start for start, _end, _code in parties if m.end() <= start < cue_at), -1)
    if first < 0:
        return None
    if _possessive(sent, next(end for start, end, _code in parties if start == first)):
        first = _end_of_labelled_names(sent, parties, m.end(), cue_at, lex)  # 'کہ A اور PARTY کے سابق سینیٹر C ...'
        if first < 0:
            return None
    return first if sent[m.end():first].strip() else 0


def _end_of_labelled_names(sent: str, parties: list[tuple[int, int, str]], start: int, cue_at: int, lex) -> int:
    """Where a clause's subject ends when a party in it only labels a person ('PARTY کے سابق سینیٹر C'): at the
    first party that is not such a label, else at the first word for a party or for 'own' after the labels
    ('C پارٹی پالیسی سے ... اپنی جماعتوں کو چھوڑنے'); -1 when there is neither."""
    after = start
    for p_start, p_end, _code in parties:
        if start <= p_start < cue_at:
            if not _possessive(sent, p_end):
                return p_start
            after = p_end
    words = [*lex["party_word"], *lex["own_words"]]
    return min((at for w in words for at in [sent.find(w, after, cue_at)] if at >= 0), default=-1)


def _first_person(clause: str, lex) -> bool:
    """A clause whose verb speaks as 'I' ('کرتا ہوں', 'شامل ہوں گا'; lexicon first_person_endings) up to the
    sentence's end or the next reported clause."""
    stop = clause.find(" کہ ")
    clause = clause if stop < 0 else clause[:stop]
    return any(re.search(re.escape(e) + r"(?=[\s\u06D4\u060C.,!?\"'\u201d]|$)", clause) for e in lex["first_person_endings"])


def _objects(sent: str, parties: list[tuple[int, int, str]], cue_at: int, lex) -> list[str]:
    """Names before the object marker 'کو' nearest the cue (the person a party expels)."""
    marks = [m.start() for m in _marker(lex, "object_marker", glued=False).finditer(sent[:cue_at])]
    owner = _membership_owner(sent, cue_at, lex)
    if not marks and owner < 0:
        return _actors(sent, parties, cue_at, lex)
    end = max(marks[-1] - 1 if marks else -1, owner)
    markers = [m.end() for m in _marker(lex, "agent_marker").finditer(sent, 0, end)]
    start = markers[-1] if markers else 0
    found = _names(sent[start:], [(s - start, e - start, c) for s, e, c in parties if s >= start], end - start, lex)
    if not found and owner == end and sent[:owner].split()[-1:] in ([w] for w in lex["pronouns"]):
        return _named_against(sent, parties, owner, lex)  # 'X کے خلاف ... کارروائی زیر غور ہے ... ان کی رکنیت'
    return found


def _named_against(sent: str, parties: list[tuple[int, int, str]], before: int, lex) -> list[str]:
    """The person an earlier clause names as the one acted against ('سردار X کے خلاف بھی کارروائی زیر غور ہے اور
    امکان ہے کہ ... ان کی رکنیت بھی معطل کر دی جائے'): whom the 'ان' (his) of a membership means."""
    against = sent.rfind(" کے خلاف", 0, before)
    return _names(sent, parties, against, lex) if against > 0 else []


def _of_membership(sent: str, parties: list[tuple[int, int, str]], cue_at: int, lex) -> bool:
    """A party's membership just before the cue: 'بنیادی رکنیت سے استعفیٰ' (resigned the basic
    membership), 'PARTY کی رکنیت'. An assembly's or a committee's ('ایوان بالا کی رکنیت',
    'کور کمیٹی کی رکنیت') is a post resigned."""
    at = max(sent.rfind(w, max(0, cue_at - 25), cue_at) for w in lex["membership_words"])
    if at < 0:
        return False
    before = sent[max(0, at - 12):at]
    owned = [e for _s, e, _c in parties if 0 <= at - e <= 6] + [
        at - 6 for w in lex["party_word"] if sent.rfind(w, max(0, at - 10), at) >= 0]
    return any(w in before for w in lex["membership_party_marks"]) or bool(owned)


def _membership_owner(sent: str, cue_at: int, lex) -> int:
    """Where the owner of a cancelled membership ends: 'PARTY نے X کی بنیادی رکنیت ختم کر دی' (X's
    membership); -1 when the membership has no named owner before it."""
    at = max((sent.rfind(w, 0, cue_at + len(w)) for w in lex["membership_words"]), default=-1)
    if at < 0:
        return -1
    of = max(sent.rfind(" " + w + " ", 0, at) for w in lex["membership_possessives"])
    return of if of > 0 else -1


def _pronoun_agent(sent: str, cue_at: int, lex) -> bool:
    return any(re.search(rf"{WORD_START}{re.escape(p)}{WORD_END}", sent[:cue_at])
               for p in lex["agent_pronouns"])


def _own_announcement(sent: str, lex) -> bool:
    """'X نے کہا کہ ان کی جماعت حکومت کا حصہ بنے گی' (said his party will be part of it): a move the actor
    announces is a fact, as 'said he would join' is in English; a future told by sources is not."""
    return any(w in sent for w in lex["own_statement"]) and not any(w in sent for w in lex["when2_hearsay"])


def _future(sent: str, lex) -> bool:
    return any(re.search(re.escape(e) + r"(?=[\s۔،؟!.\"]|$)", sent) for e in lex["future_endings"])


def _expel_cue(sent: str, lex) -> tuple[int, str]:
    """The expulsion cue, also when its words stand apart ('X کی بنیادی رکنیت پارٹی ڈسپلن کی خلاف
    ورزی پر ختم کر دی': membership ... ended): the pairs are data (when2_expel_split)."""
    at, cue = _first_cue(sent, lex["expel"])
    if at >= 0:
        return at, cue
    for first, second in lex["when2_expel_split"]:
        start = sent.find(first)
        if start >= 0 and sent.find(second, start + len(first)) >= 0:
            return start, first
    return -1, ""


def _conditional(sent: str, cue_at: int, lex) -> bool:
    """'اگر جے یو آئی نے پیشکش کی تو ... اتحاد پر غور کیا جا سکتا ہے' (if ... then): an act on a
    condition is no event, as a conditional quote is none in English."""
    words = "|".join(re.escape(w) for w in lex["when2_conditional"])
    return re.search(rf"{WORD_START}(?:{words}){WORD_END}", _clause(sent, cue_at, lex)) is not None


def _clause_start(sent: str, cue_at: int, lex) -> int:
    """Where the clause that holds the cue starts (see _clause)."""
    breaks = "|".join(re.escape(w) for w in lex["when2_clause_breaks"])
    starts = [m.start() for m in re.finditer(rf"{WORD_START}(?:{breaks}){WORD_END}", sent)
              if m.start() <= cue_at]
    return starts[-1] if starts else 0


def _clause(sent: str, cue_at: int, lex) -> str:
    """The clause of the sentence that holds the cue, cut at the contrast words around it
    ('... شامل ہونے کا امکان ہے، تاہم انہوں نے کوئی اعلان نہیں کیا': the 'not' is the other clause's)."""
    breaks = "|".join(re.escape(w) for w in lex["when2_clause_breaks"])
    start, end = 0, len(sent)
    for m in re.finditer(rf"{WORD_START}(?:{breaks}){WORD_END}", sent):
        if m.start() <= cue_at:
            start = m.start()
        else:
            end = m.start()
            break
    return sent[start:end]


def _status(sent: str, lex) -> str:
    if any(c in sent for c in lex["deny"]):
        return "denied"
    if any(c in sent for c in lex["hedge"]):
        return "possible"
    return "fact"


def _date(sent: str, article: Article, lex, story: str | None = None) -> str | None:
    named = _named_weekday(sent, article, lex)
    if story is not None:
        if any(w in sent for w in lex["same_day"]):
            return story
        if named is not None:  # 'ووٹنگ سے ایک روز قبل اتوار کے روز': the day named, not a day before the story's
            return named
        if any(w in sent for w in lex["day_before"]):
            return (date.fromisoformat(story) - timedelta(days=1)).isoformat()
    if article.published is None:
        return None
    if named is not None:
        return named
    if any(w in sent for w in lex["yesterday"]):
        return (article.published - timedelta(days=1)).isoformat()
    back = next((n for words, n in lex["when2_days_ago"].items() if words in sent), None)
    if back is not None:  # 'گزشتہ شب' (last night), 'دو روز قبل' (two days ago): counted from publication
        return (article.published - timedelta(days=back)).isoformat()
    if any(w in sent for w in lex["today"]):
        return article.published.isoformat()
    written = _written_date(sent, article.published, lex)
    if written is not None:
        return written.isoformat()
    if _told_undated(sent, lex):
        return None
    return story  # an undated act told on in the story takes the day of the story's last dated act


def _told_undated(sent: str, lex) -> bool:
    """An act with no day of its own that is not the story's news: told as background ('واضح رہے کہ',
    'یاد رہے کہ'), in a time with no day ('گزشتہ ماہ', 'آئندہ ہفتے', '2013 میں'), or as a rumour of
    unnamed sources ('ذرائع کے مطابق ... کا امکان ہے'), or a denial of reports whose day the sentence does not
    give (the denial's day is the act's, GUIDELINE). As in English, it takes no day from the story."""
    if any(w in sent for w in lex["when2_background_openers"] + lex["when2_vague_times"] + lex["when2_more_vague_times"]):
        return True
    undated = re.sub(r"\([^()]*\)", " ", sent)
    if re.search(rf"(?<![\d\u06F0-\u06F9\u0660-\u0669]){DIGITS.pattern}{{4}}(?![\d\u06F0-\u06F9\u0660-\u0669])", undated):
        return True  # a year alone: the written day-month forms were read above
    if any(c in sent for c in lex["when2_denial_words"]):
        return True  # 'X نے ... خبروں کی تردید کی': a denial with no day of its own is no act of the story's day
    return any(w in sent for w in lex["when2_hearsay"]) and any(c in sent for c in lex["hedge"])


def _written_date(sent: str, published: date, lex) -> date | None:
    """'29 مئی کو', '۳ مارچ ۲۰۲۴ء': a day and month written in the sentence (the year of the
    story when none is written, the year before when that day is still to come). A dateline in
    brackets ('(اے پی پی۔ 23 نومبر2023ء)') is the day of the report, not of the act."""
    text = re.sub(r"\([^()]*\)|^[^()]*\)|\([^()]*$", " ", sent)  # a dateline cut by its own '۔' is still a dateline
    months = "|".join(re.escape(m) for m in lex["months"])
    named = "|".join(re.escape(w) for w in lex["date_named_event_after"])
    m = next((m for m in re.finditer(rf"(?<![\d\u06F0-\u06F9\u0660-\u0669])(?P<d>{DIGITS.pattern}{{1,2}})\s*(?P<m>{months})"
                                      rf"{WORD_END}(?:\s*(?P<y>{DIGITS.pattern}{{4}}))?", text)
              if not re.match(rf"\s*(?:{named})", text[m.end():])), None)  # '9 مئی کے واقعات': a day that names an event
    if m is None:
        return None
    month = lex["months"].index(m.group("m")) + 1
    year = int(m.group("y")) if m.group("y") else published.year
    try:
        found = date(year, month, int(m.group("d")))
    except ValueError:
        return None
    if not m.group("y") and found > published:
        if (found - published).days <= 31 and _future(sent, lex):
            return None  # '۱۰ فروری کو ... شامل ہو جائیں گے': a day still to come, no act's day yet
        found = date(year - 1, month, found.day)
    return found if found <= published else None
