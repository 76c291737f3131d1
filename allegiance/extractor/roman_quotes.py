"""Acts told in Roman Urdu quotes inside English copy.

Web copy from Pakistani channels quotes press conferences and tweets in Roman Urdu ('"Main aaj se PTI
ko khairbad kehta hoon," he said'; '"Hum Peoples Party mein shamil ho rahe hain"'), and the quote is
often the only statement of the act. The English parse cannot read it, so a quote is read with the
word order Urdu uses: the party, its postposition and the verb phrase after it ('PARTY ko khairbad',
'PARTY se raahein juda', 'PARTY mein shamil'); a post before 'ke ohde se istifa'. The act is the
speaker's own when the quote speaks in the first person ('main', 'hum', 'mera', '... hoon'), and the
speaker is the one the English names around the quote. Negation or a word of rumour after the party
('PTI nahi chhor rahi', 'khabrein bebunyaad hain') makes it denied; a word of weighing ('soch raha')
makes it possible. Cue words are data (lexicon keys ``roman_*`` in en.json).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ..model import Event
from .act_dates import event_date
from .base import Article
from .lowered import case_blind, for_lowered
from .select import _for_yes_no

QUOTES = ("\u201c", "\u201d", '"')
WINDOW = 10  # words after the party that may carry its verb phrase
STOPS = {".", ",", "!", "?", ";", ":", *QUOTES}


@lru_cache(maxsize=4)
def _cue_pattern(words: frozenset[str]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")", re.I)


@lru_cache(maxsize=4)
def _cue_pattern_lowered(words: frozenset[str]) -> re.Pattern:
    """`_cue_pattern` for lowercased text, its stems grouped by first letter: a yes/no search of every
    parsed piece, several times cheaper than the case-ignoring pattern (lowered.py, select._for_yes_no)."""
    return for_lowered(_for_yes_no(_cue_pattern(words)))


def has_roman_cues(text: str, lex) -> bool:
    """The cheap test, once per parsed piece: a quote mark and a Roman Urdu verb of an act."""
    if not any(q in text for q in QUOTES):
        return False
    pattern, seen = case_blind(_cue_pattern(lex["roman_act_stems"]), _cue_pattern_lowered(lex["roman_act_stems"]), text)
    return pattern.search(seen) is not None


def extract_roman_quotes(art: Article, sent: Span) -> list[Event]:
    """The membership and post acts a first-person Roman Urdu quote in this sentence tells of its speaker, and
    the coalition acts of the speaker's party towards the parties a quote names."""
    lex = art.lex
    if not _cue_pattern(lex["roman_act_stems"]).search(sent.text):
        return []
    events: list[Event] = []
    for start, end in _quoted_stretches(sent):
        own_words = _first_person(_whole_quote(art.doc, start, end), lex)  # a move is the speaker's when said as 'I'
        found = _membership_acts(art, start, end, lex) + _post_acts(art, start, end, lex) if own_words else []
        towards = _coalition_acts(art, start, end, lex)
        if not found and not towards:
            continue
        speaker = _speaker(art, start)
        if speaker is None:
            continue
        events += _coalition_events(art, sent, speaker, towards)
        for kind, party, post, head, status in found:
            when = event_date(art, sent, head)
            events.append(Event(doc=art.doc_id, type=kind, actor=speaker.kb_id_ or speaker.text, party=party, post=post,
                                date=when, status=status, evidence=art.evidence(sent, f"roman_quote.{kind}"),
                                confidence=0.7 if status == "fact" else 0.6))
    return events


def _coalition_acts(art: Article, start: int, end: int, lex) -> list[tuple[str, str, Token]]:
    """(counterpart, action, cue token) for 'PARTY ke saath ittehad nahi' (reject), '... seat adjustment' (join),
    '... baat-cheet jaari rahegi' (talks) and 'PARTY ki hukumat ka hissa nahi banenge' (reject): the speaker's
    party acts, 'we' or not ('"Tehreek-e-Insaaf ke saath baat-cheet jaari rahegi," Fazl said')."""
    out = []
    for party in art.parties_in(start, end):
        clause = _until_stop(list(art.doc[party.end:end])[:WINDOW], lex)
        lowered = [t.lower_ for t in clause]
        if lowered[:2] not in (["ke", "saath"], ["ke", "sath"], ["ki", "hukumat"]):
            continue
        talk = next((t for t in clause[2:] if any(t.lower_.startswith(c) for c in lex["roman_talk_nouns"])), None)
        bond = next((t for t in clause[1:] if any(t.lower_.startswith(c) for c in lex["roman_alliance_nouns"])), None)
        denied = _status(clause, lex) == "denied"
        if bond is not None:
            out.append((party.kb_id_, "reject" if denied else "join", bond))
        elif talk is not None and not denied:
            out.append((party.kb_id_, "talks", talk))
    return out


def _coalition_events(art: Article, sent: Span, speaker: Span, towards: list[tuple[str, str, Token]]) -> list[Event]:
    """The speaker's party acting towards each party the quote names."""
    from .coalition_parties import _party_of_person  # the person's party as the coalition rules read it
    from .party_of_act import _party_led_by
    if not towards:
        return []
    led = art.memory.get("party_leaders", {}).get((speaker.kb_id_ or speaker.text).lower())  # 'Fazl said': the registry's leader
    own = _party_of_person(art, speaker) or [p for p in (_party_led_by(art, speaker), led, _party_in_description(art, speaker)) if p][:1]
    if len(own) != 1:
        return []
    return [Event(doc=art.doc_id, type="coalition", actor=own[0], counterpart=other, action=action,
                  date=event_date(art, sent, cue), status="fact", evidence=art.evidence(sent, "roman_quote.coalition"),
                  confidence=0.6)
            for other, action, cue in towards if other != own[0]]


def _party_in_description(art: Article, person: Span) -> str | None:
    """'a senior PML-N leader and federal minister, Rana Sanaullah Khan,': the party of the role written just
    before the name, in its own sentence."""
    doc = art.doc
    if person.label_ != "PERSON" or person.start == 0 or doc[person.start - 1].text != ",":
        return None
    lead = doc[max(person.sent.start, person.start - 9):person.start - 1]
    parties = [p for p in art.parties_in(lead.start, lead.end)
               if p.end < len(doc) and (doc[p.end].lower_ in art.lex["roles"] or doc[p.end].text in art.lex["roles"])]
    return parties[-1].kb_id_ if len(parties) == 1 and not art.persons_in(lead) else None


def _quoted_stretches(sent: Span) -> list[tuple[int, int]]:
    """Token ranges of the sentence inside quotation marks (a quote left open at the sentence's start or
    end runs to the sentence's edge)."""
    doc, out = sent.doc, []
    para = sent.start
    while para > 0 and "\n" not in doc[para - 1].text and "\n" not in doc[para - 1].whitespace_:
        para -= 1
    before = doc[para:sent.start].text
    inside = before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1
    begun = sent.start if inside else None
    for tok in sent:
        if tok.text not in QUOTES:
            continue
        if begun is None and tok.text != "\u201d":
            begun = tok.i + 1
        elif begun is not None and tok.text != "\u201c":
            out.append((begun, tok.i))
            begun = None
    if begun is not None:
        out.append((begun, sent.end))
    return out


def _whole_quote(doc, start: int, end: int) -> Span:
    """The quote a stretch belongs to, across its sentences ('"Rumours are baseless. Main PTI nahi chhor raha"')."""
    while start > 0 and doc[start - 1].text not in QUOTES and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    while end < len(doc) and doc[end].text not in QUOTES and "\n" not in doc[end].text:
        end += 1
    return doc[start:end]


def _first_person(words, lex) -> bool:
    return any(t.lower_ in lex["roman_first_person"] for t in words)


def _membership_acts(art: Article, start: int, end: int, lex) -> list[tuple]:
    """(type, party, None, cue token, status) for each party in the quote followed by its verb phrase."""
    out = []
    for party in art.parties_in(start, end):
        after = [t for t in art.doc[party.end:end]][:WINDOW]
        clause = _until_stop(after, lex)
        for kind, key in (("leave_party", "roman_leave_cues"), ("join_party", "roman_join_cues")):
            cue = _cue_after(clause, lex[key])
            if cue is None:
                continue
            head, used = cue
            out.append((kind, party.kb_id_, None, head, _status([t for t in clause if t.i not in used], lex)))
            break
    return out


def _post_acts(art: Article, start: int, end: int, lex) -> list[tuple]:
    """('resign_post', party, post, cue token, status) for 'POST ke ohde se istifa de raha hoon'."""
    out = []
    words = list(art.doc[start:end])
    for n, tok in enumerate(words):
        if tok.lower_ not in lex["roman_resign_cues"] or n < 3 or words[n - 1].lower_ != "se" \
                or words[n - 2].lower_ not in lex["roman_office_words"]:
            continue
        held = _post_words(words[:n - 3] if words[n - 3].lower_ in ("ke", "kay") else words[:n - 2], lex)
        if not held:
            continue
        parties = [p for p in art.parties_in(held[0].i, held[-1].i + 1)]
        post = " ".join(lex_word(t, lex) for t in held if t.lower_ not in lex["roman_post_links"])
        out.append(("resign_post", parties[0].kb_id_ if parties else None, post, tok,
                    _status(_until_stop(words[n + 1:n + 1 + WINDOW], lex), lex)))
    return out


def _post_words(before: list[Token], lex) -> list[Token]:
    """The post's words just before 'ke ohde': back to the clause's start, a first-person word or a postposition."""
    held: list[Token] = []
    for tok in reversed(before):
        if tok.text in STOPS or tok.lower_ in lex["roman_first_person"] or tok.lower_ in lex["roman_post_stops"]:
            break
        held.insert(0, tok)
    while held and held[0].lower_ in lex["roman_post_links"]:
        held.pop(0)
    return held if any(t.lower_ in lex["roman_post_heads"] or t.lower_ in lex["roles"] for t in held) else []


def lex_word(tok: Token, lex) -> str:
    """A Roman Urdu word of a post in English ('sadr' -> 'president'), other words as written."""
    for pair in lex["roman_post_words"]:
        roman, english = pair.split("=")
        if tok.lower_ == roman:
            return english
    return tok.text


def _until_stop(words: list[Token], lex) -> list[Token]:
    """The words up to the clause's end: punctuation, a closing quote or a conjunction ('aur', 'lekin')."""
    out = []
    for tok in words:
        if tok.text in STOPS or tok.lower_ in lex["roman_clause_breaks"]:
            break
        out.append(tok)
    return out


def _cue_after(clause: list[Token], cues) -> tuple[Token, set[int]] | None:
    """The cue a clause after a party opens with: 'ko khairbad' (postposition first, the rest in order within
    three words each), or a bare verb within its first three words ('PTI nahi chhor rahi')."""
    lowered = [t.lower_ for t in clause]
    for cue in cues:
        parts = cue.split()
        if len(parts) == 1:
            at = next((i for i, w in enumerate(lowered[:3]) if w.startswith(parts[0])), None)
            if at is not None:
                return clause[at], {clause[at].i}
            continue
        if not lowered or lowered[0] != parts[0]:
            continue
        used, pos = [0], 0
        for part in parts[1:]:
            nxt = next((i for i in range(pos + 1, min(len(lowered), pos + 4)) if lowered[i].startswith(part)), None)
            if nxt is None:
                break
            used.append(nxt)
            pos = nxt
        else:
            return clause[used[1]], {clause[i].i for i in used}
    return None


def _status(words: list[Token], lex) -> str:
    lowered = [t.lower_ for t in words]
    if any(w in lex["roman_deny_cues"] for w in lowered):
        return "denied"
    if any(w.startswith(c) for w in lowered for c in lex["roman_consider_cues"]):
        return "possible"
    return "fact"


def _speaker(art: Article, start: int) -> Span | None:
    """Who speaks the quote: the name the English gives around it (``Article.quote_speaker``), else the
    subject of the verb of saying that introduces it ('he said in Urdu: "..."'), a pronoun meaning the
    person in focus."""
    token = art.doc[start]
    found = art.quote_speaker(token)
    if found is not None and not _named_inside(found, art.doc, start, _quote_end(art.doc, start)):
        return found
    end = _quote_end(art.doc, start)
    pronoun = _pronoun_telling(art, start)
    if pronoun is not None:  # the piece parsed may not hold the sentence that names them: read the text before
        focus = art.focus_person(pronoun.i)
        return focus if focus is not None and not _named_inside(focus, art.doc, start, end) else _named_before(art, start)
    bare = _bare_name_after(art, end)
    if bare is not None:
        return bare
    if found is not None and _named_inside(found, art.doc, start, _quote_end(art.doc, start)):
        return _named_before(art, start)  # '"Tareen sahib se mulaqat hui ...," he said': the 'he' is not Tareen
    opening = start - 1
    if opening < 1 or art.doc[opening].text not in QUOTES or art.doc[opening - 1].text not in (":", ","):
        return None
    verb = art.doc[opening - 1].head
    while verb.lemma_.lower() not in art.lex["speech_verbs"] | art.lex["quote_verbs"] and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() not in art.lex["speech_verbs"] | art.lex["quote_verbs"]:
        return None
    told = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
    for subject in (c for c in told.children if c.dep_ == "nsubj"):  # 'he condemned ... and then said:'
        named = art.persons_in(art.doc[subject.left_edge.i:subject.right_edge.i + 1])
        if named:
            return named[-1]
        if subject.pos_ == "PROPN" and art.party_at(subject) is None:
            return _mention(art, subject)  # 'Fazl said: "..."': a short name the name finder left out
        if subject.lower_ in ("he", "she"):
            return art.focus_person(subject.i) or _named_before(art, start)
    return None


def _bare_name_after(art: Article, close: int) -> Span | None:
    """'"...," Fazl said': a lone capitalised name the name finder left out, right after the quote, told by a
    verb of saying."""
    doc = art.doc
    after = [t for t in doc[close + 1:min(len(doc), close + 4)] if not t.is_punct]
    telling = art.lex["speech_verbs"] | art.lex["quote_verbs"]
    if len(after) >= 2 and after[0].pos_ == "PROPN" and after[0].text[:1].isupper() and after[1].lemma_.lower() in telling \
            and art.party_at(after[0]) is None and after[0].lower_ not in ("he", "she"):
        return _mention(art, after[0])
    return None


def _mention(art: Article, tok: Token) -> Span:
    full = art.memory.get("surnames", {}).get(tok.lower_)
    return Span(art.doc, tok.i, tok.i + 1, label="PERSON", kb_id=full or tok.text)


def _quote_end(doc, start: int) -> int:
    end = start
    while end < len(doc) and doc[end].text not in QUOTES and "\n" not in doc[end].text:
        end += 1
    return end


def _named_inside(person: Span, doc, start: int, end: int) -> bool:
    """Whether the quote names the person by their last name: a quote's speaker says 'main', not their own name."""
    last = (person.kb_id_ or person.text).split()[-1].lower()
    return any(t.lower_ == last for t in _whole_quote(doc, start, end))


def _pronoun_telling(art: Article, start: int) -> Token | None:
    """The 'he' or 'she' of '"...," he said' after the quote that begins at `start`."""
    doc, close = art.doc, start
    while close < len(doc) and doc[close].text not in QUOTES:
        if "\n" in doc[close].text:
            return None
        close += 1
    after = [t for t in doc[close + 1:close + 4] if not t.is_punct]
    telling = art.lex["speech_verbs"] | art.lex["quote_verbs"]
    if len(after) >= 2 and after[0].lower_ in ("he", "she") and after[1].lemma_.lower() in telling:
        return after[0]
    return None


NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,4}\b")


def _named_before(art: Article, start: int) -> Span | None:
    """The person the story named last before the quote (this paragraph or the one before), read from the
    article's text: a run of capitalised words that is no title, day or party, or a surname the story
    knows. Returned as a one-token mention named by the run, which the article's fullest names complete."""
    text = art.memory.get("article_text")
    if text is None:
        return None
    at = art.offset - art.memory.get("article_offset", 0) + art.doc[start].idx
    para = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, at)))
    stop = _name_stops(art.lex)
    known = art.memory.get("surnames", {})
    quoted = {t.lower_ for t in _whole_quote(art.doc, start, _quote_end(art.doc, start))}
    name = None
    for run in NAME_RUN.finditer(text, max(0, para), at):
        words = [w for w in re.split(r"[ -]", run.group()) if w]
        words = words[max((k + 1 for k, w in enumerate(words) if w.lower() in stop), default=0):]
        if not words or words[-1].lower() in quoted:
            continue
        if len(words) >= 2 or words[0].lower() in known:
            name = known.get(words[0].lower()) if len(words) == 1 else " ".join(words)
    if name is None:
        return None
    return Span(art.doc, start, start + 1, label="PERSON", kb_id=name)


@lru_cache(maxsize=4)
def _name_stops(lex) -> frozenset[str]:
    keys = ("roles", "office_title_words", "person_title_words", "name_stop_openers", "party_generic_words")
    return frozenset(w.lower() for key in keys for w in lex[key])
