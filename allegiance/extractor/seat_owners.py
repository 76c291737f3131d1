"""Which party a seat figure belongs to, in order: the parties named with 'each', the party
after 'by', 'went to' or 'for', the party written just before the number ('PTI 123', 'the
BNP of Sardar Akhtar Mengal seven'), the subject of the verb that won the seats (read from
the parse, through 'which', 'it' and 'the party'), the nearest party before it; and the
parties of a list read with 'respectively'. A subject that is named and is no party (BLOCK)
owns nothing, and then no party is guessed from the nearest one. Whether a number is a tally
at all is decided in seats.py; this module only says whose it is.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article
from .dates import MONTHS
from .seat_constituencies import constituency_of
from .seat_words import SEAT_NOUNS, _governor, _hypothetical, _is_number, _tally_verb, read_number


RELATIVE = {"which", "who", "that"}
BLOCK = "-"  # the subject is named and is no party: no owner, and no guessing from the nearest party


def _coordinated_items(art: Article, sent: Span, first: int) -> list[str | None]:
    """The items of 'A, B and C' written before the numbers, each as its party code or None
    ('the ruling PTI and opposition parties' -> ['PTI', None])."""
    doc = sent.doc
    k = first - 1
    while k >= sent.start and (doc[k].pos_ in ("VERB", "AUX") or doc[k].lower_ in (",", "which", "who", "that")):
        k -= 1  # "... securing", ", which won"
    end = k + 1
    while k >= sent.start and not (doc[k].lower_ in ("with", "while", "as", "by", ":", ";") or doc[k].dep_ == "ROOT"
                                   or doc[k].pos_ in ("AUX",) or doc[k].pos_ == "VERB" and doc[k].dep_ != "amod"):
        k -= 1
    items: list[str | None] = []
    current: list[Token] = []
    for t in list(doc[k + 1:end]) + [None]:
        if t is None or t.lower_ in ("and", ","):
            if current:
                codes = [art.party_at(x).kb_id_ for x in current if art.party_at(x) is not None]
                items.append(codes[0] if codes and len(set(codes)) == 1 else None)
            current = []
            continue
        current.append(t)
    return items


def _dedupe_adjacent(parties: list[Span]) -> list[Span]:
    """'Pakistan Peoples Party (PPP)' is one mention, not two."""
    out: list[Span] = []
    for p in parties:
        if out and out[-1].kb_id_ == p.kb_id_ and p.start - out[-1].end <= 2:
            continue
        out.append(p)
    return out


def _owners(art: Article, sent: Span, start: int, after: int, noun: int, last_tally: int) -> list[str]:
    doc = sent.doc
    each = _each_group(art, sent, start, noun)
    if each:
        return each
    by = _by_party(art, sent, noun + 1)
    if by:
        return [by]
    to = _to_party(art, doc[noun])
    if to:
        return [to]
    gainer = _for_party(art, sent, noun + 1)
    if gainer:
        return [gainer]
    just = _party_just_before(art, sent, start, last_tally)
    if just is not None:
        return [just.kb_id_]
    named = _party_with_count(art, sent, start)
    if named:
        return [named]
    subject = _subject_party(art, sent, doc[noun])
    if subject == BLOCK:
        return []
    if subject:
        return [subject]
    return _nearest(art, sent, start, last_tally)


def _elliptic_owners(art: Article, sent: Span, start: int, after: int, last_tally: int, continuing: bool) -> list[str]:
    """A bare number in a list of tallies: 'PML (N) 62', 'the JUI-F has 16', 'two each by
    BNP and GDA', 'seven by independent candidates', 'the PML-N secured 75'; and a number
    before its party: '26 independents have also won seats'."""
    doc = sent.doc
    nxt = doc[after] if after < sent.end and not doc[after].is_space else None
    if nxt is not None and nxt.lower_ == "this" and after + 1 < sent.end and doc[after + 1].lower_ in art.lex["tally_time_nouns"]:
        nxt = doc[after + 2] if after + 2 < sent.end else None  # "bagged 17 this time": the number ends its clause
    party_next = art.party_at(nxt) if nxt is not None else None
    if party_next is not None:
        return _counted_party(art, sent, party_next)
    prev = doc[start - 1] if start > sent.start else None
    if prev is not None and (prev.pos_ == "ADV" or prev.lower_ == "another") and start - 2 >= sent.start:
        prev = doc[start - 2]  # "won only 64", "grabbed another two"
    if prev is not None and _tally_verb(art, prev) and (nxt is None or nxt.is_punct or nxt.lower_ in ("while", "whereas", "and")
                                                        or _in_a_house(sent, nxt)) \
            and (continuing or _about_seats(art, sent)
                 or any(sent.start <= h.start < start for h in doc.spans["houses"])):  # "In the Sindh Assembly, the PPP won 84."
        # "ANP secured 3 while HDP won 2 seats"; after a sentence of tallies, "The JUI-F grabbed three"
        owner = _party_before(art, sent, prev.i)
        if owner is not None and not _backer(art, owner):  # "independents backed by the PTI won 93": theirs
            return [owner.kb_id_]
        subject = _subject_party(art, sent, doc[start])  # "PTI contested 250 seats and won 116"
        return [subject] if subject and subject != BLOCK else []
    if prev is not None and prev.lower_ in ("on", "in") and start - 2 >= sent.start \
            and doc[start - 2].lower_ in art.lex["tally_victory_nouns"]:
        return _nearest(art, sent, start, last_tally)  # "PTI secured victory on 23"
    if last_tally < 0 and not continuing and nxt is not None and nxt.lower_ == "for" \
            and any(t.lower_ in art.lex["tally_source_nouns"] for t in doc[sent.start:start]):
        gainer = _for_party(art, sent, after)  # "the tally was 84 for the PPP, 28 for the MQM-P"
        return [gainer] if gainer else []
    if last_tally < 0 and not continuing:
        just = _party_just_before(art, sent, start, -1)
        if just is not None and _pair_follows(art, sent, after):
            return [just.kb_id_]  # "The final tally: PML-N 75, PPP 54, MQM-P 17"
        return []
    if nxt is not None and _each_word(art, nxt):
        by = _each_by(art, sent, after + 1)
        if by:
            return by
        group = _group_before(art, sent, start, last_tally)
        return group if len(group) >= 2 else []
    if nxt is not None and nxt.lower_ == "by":
        by = _by_party(art, sent, after)
        return [by] if by else []
    if nxt is not None and nxt.lower_ == "for":
        gainer = _for_party(art, sent, after)  # "..., 12 for the PML-N"
        return [gainer] if gainer else []
    if nxt is not None and nxt.lower_ == "to" and last_tally >= 0 and _seats_went(art, sent):
        gainer = _for_party(art, sent, after, "to")  # "101 seats went to independents, 75 to the PML-N"
        return [gainer] if gainer else []
    if last_tally >= 0 or continuing:
        to = _to_party(art, doc[start])
        if to:
            return [to]  # "... won four seats, while one went to an independent candidate"
    if nxt is not None and not (nxt.is_punct or nxt.pos_ in ("CCONJ", "ADP", "SCONJ") or nxt.lower_ in ("while", "whereas")):
        return []  # "four MNAs", "115 members": not a tally
    prev = doc[start - 1] if start > sent.start else None
    if prev is None:
        return []
    party_prev = _party_just_before(art, sent, start, last_tally)
    if party_prev is not None and party_prev.start > last_tally:
        return [party_prev.kb_id_]
    if prev.lower_ in ("with", "has", "have", "had", "in", "on", "to", "at") or _tally_verb(art, prev):
        before = start - 2
        if before >= sent.start and art.party_at(doc[before]) is not None and art.party_at(doc[before]).start > last_tally:
            return [art.party_at(doc[before]).kb_id_]
        if _tally_verb(art, prev):
            return _nearest(art, sent, start, last_tally)
        if prev.lower_ in ("with", "on", "at", "has", "had"):  # "leaving the JUI-F far behind with nine", "JUI-F a distant second on seven", "followed by the MQM at 38"
            return _nearest(art, sent, start, last_tally, max_gap=5)  # "..., the PTI of Imran Khan had 28"
    return _object_of_result(art, sent, start, nxt)


def _in_a_house(sent: Span, tok: Token) -> bool:
    """'grabbed another two in Punjab Assembly': the count ends at 'in' and the house it was won in."""
    if tok.lower_ != "in":
        return False
    k = tok.i + 2 if tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ == "the" else tok.i + 1
    return any(h.start == k for h in sent.doc.spans["houses"])


def _object_of_result(art: Article, sent: Span, start: int, nxt: Token | None) -> list[str]:
    """'an independent candidate won the remaining one': a number that is what a result verb
    won, in a sentence about seats or an election, belongs to the verb's subject."""
    doc = sent.doc
    verb = _governor(doc[start])
    if verb is None or not _tally_verb(art, verb) or _hypothetical(art, verb) or not (nxt is None or nxt.is_punct) \
            or not _about_seats(art, sent):
        return []
    owner = _subject_party(art, sent, doc[start])
    return [owner] if owner and owner != BLOCK else []


def _pair_follows(art: Article, sent: Span, after: int) -> bool:
    """Another 'PARTY N' item follows ('PML-N 75, PPP 54'): the number opens a list of tallies."""
    doc = sent.doc
    k = after
    if k < sent.end and doc[k].text == ")":
        k += 1  # "PML-N (75), PPP (54)"
    first = k
    while k < sent.end and doc[k].lower_ in (",", "and", ";"):
        k += 1
    if k == first or k >= sent.end or art.party_at(doc[k]) is None:
        return False
    party = art.party_at(doc[k])
    k = party.end
    if k < sent.end and doc[k].text in (")", "(", ":"):
        k += 1  # "PML-N (75)", "JUI-F: 11, PPP: 11"
    return k < sent.end and read_number(art, sent, k, sent.end) is not None


def _party_just_before(art: Article, sent: Span, start: int, floor: int) -> Span | None:
    """The party written right before a number: 'PTI 123', '(JUI-F) 10 seats', 'MQM Pakistan 16',
    or right before the winning verb before it ('... and the PPP bagged 43 seats', which the
    parser may read as a noun phrase hung on the first verb's object)."""
    doc = sent.doc
    k = start - 1
    if k > sent.start and _tally_verb(art, doc[k]) and art.party_at(doc[k - 1]) is not None:
        if _backer(art, art.party_at(doc[k - 1])):
            return None  # "independents backed by the PTI won 93": the backed ones own the seats
        k -= 1
    if k >= sent.start and doc[k].text in ("(", ":"):
        k -= 1  # "PML-N (75), PPP (54)", "JUI-F: 11, PPP: 11"
    if k >= sent.start and doc[k].text == ")":
        k -= 1
    elif k >= sent.start and art.party_at(doc[k]) is None and doc[k].pos_ == "PROPN" and doc[k].is_title:
        k -= 1
    if k < sent.start or k <= floor:
        return None
    return art.party_at(doc[k]) or _party_of_leader(art, sent, k, floor)


def _party_of_leader(art: Article, sent: Span, k: int, floor: int) -> Span | None:
    """'the Balochistan National Party of Sardar Akhtar Mengal seven', 'the PTI-P of former chief
    minister Pervez Khattak two': a party named by its leader ('of' and a name, with no verb, number
    or comma in it) is the party just before the number."""
    doc = sent.doc
    j = k
    while j > max(sent.start, floor, k - 8) and (doc[j].pos_ == "PROPN" or doc[j].is_lower and doc[j].is_alpha
                                                 and doc[j].pos_ in ("ADJ", "NOUN")) and doc[j].lower_ != "of":
        j -= 1
    if j == k or doc[j].lower_ != "of" or j - 1 <= floor or doc[j + 1].pos_ != "PROPN" and not doc[j + 1].is_lower \
            or doc[k].pos_ != "PROPN":
        return None
    return art.party_at(doc[j - 1])


def _backer(art: Article, party: Span) -> bool:
    """A party named as the agent of a participle that describes someone else ('candidates backed
    by the PTI', 'independents supported by the PML-N')."""
    doc = party.doc
    k = party.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 1 and doc[k].lower_ == "by" and doc[k - 1].lower_ in art.lex["tally_backer_verbs"]


def _counted_party(art: Article, sent: Span, party: Span) -> list[str]:
    """'26 independents have also won seats', 'one independent candidate also got victory':
    the number counts members of the party, and the sentence says they won."""
    root = party.root
    if root.dep_ in ("amod", "compound") and root.head.i >= party.end:
        root = root.head  # "one independent candidate"
    verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or not _tally_verb(art, verb) or _hypothetical(art, verb):
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "prep")]
    if objects and not any(_has_seat_or_victory(art, c) for c in objects):
        return []
    return [party.kb_id_]


def _has_seat_or_victory(art: Article, tok: Token) -> bool:
    """A seat word, a victory noun or a constituency code of the country's houses (lexicon
    tally_constituency_houses: 'PP-209' for the Punjab Assembly) in the phrase."""
    return any(t.lower_ in SEAT_NOUNS or t.lower_ in art.lex["tally_victory_nouns"] or constituency_of(art, t.text) is not None
               for t in tok.subtree)


def _each_group(art: Article, sent: Span, start: int, noun: int) -> list[str]:
    """'NPP and PML two seats each', 'JI and QWP have seven each', 'two each by BNP and GDA',
    'eight parties, including ANP, NP and AJIP, have each won one seat'."""
    doc = sent.doc
    near = doc[start:min(sent.end, noun + 3)]
    if not any(_each_word(art, t) for t in near):
        # "have each won one seat": each before the verb
        verb = _governor(doc[noun])
        if verb is None:
            return []
        k = verb.i - 1
        while k > sent.start and doc[k].pos_ in ("AUX", "ADV") and doc[k].lower_ != "each":
            k -= 1
        if k > sent.start and doc[k].lower_ == "each":  # "the ruling A and the opposition B each won four"
            group = _group_before(art, sent, k, -1)
            if len(group) >= 2:
                return group
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or not any(c.lower_ == "each" or c.lower_ == "both" and c.i < verb.i
                               for c in [*verb.children, *subj[0].children]):
            return []  # 'each' under the verb, or parsed as the subject's apposition ("A, B and C each won");
            # "both A and B won 11 seats", "A and B both won 11 seats": each of them
        parties = [p for p in art.parties_in(subj[0].left_edge.i, subj[0].right_edge.i + 1)]
        return list(dict.fromkeys(p.kb_id_ for p in parties)) if len(parties) >= 2 else []
    each_at = next(t.i for t in near if _each_word(art, t))
    by = _each_by(art, sent, each_at + 1)
    if by:
        return by
    return _group_before(art, sent, start, -1)


def _each_word(art: Article, tok: Token) -> bool:
    """A word that gives one number to every party of a group: 'two seats each', 'one seat apiece'."""
    return tok.lower_ in art.lex["tally_each_words"]


def _each_by(art: Article, sent: Span, k: int) -> list[str]:
    """'... each by independents and Tehreek-e-Labaik Pakistan'."""
    doc = sent.doc
    if k >= sent.end or doc[k].lower_ != "by":
        return []
    out: list[str] = []
    j = k + 1
    while j < sent.end:
        p = art.party_at(doc[j])
        if p is not None:
            out.append(p.kb_id_)
            j = p.end
            continue
        if doc[j].lower_ in ("and", ",", "the", "(", ")") or (doc[j].lower_ in ("candidates", "candidate")):
            j += 1
            continue
        break
    return list(dict.fromkeys(out))


def _group_before(art: Article, sent: Span, start: int, floor: int) -> list[str]:
    """The parties joined by 'and' and commas right before a number ('JI and QWP have seven')."""
    doc = sent.doc
    before = [p for p in art.parties_in(max(sent.start, floor + 1), start)]
    if not before:
        return []
    last = before[-1]
    gap = doc[last.end:start]
    if len(gap) > 3 or any(_is_number(t) for t in gap):
        return []
    group = [last]
    for p in reversed(before[:-1]):
        between = doc[p.end:group[0].start]
        if all(t.lower_ in ("and", ",", "(", ")", "the") or t.lower_ in art.lex["tally_party_epithets"] or art.party_at(t)
               for t in between):  # "the ruling A and the opposition B"
            group.insert(0, p)
        else:
            break
    return list(dict.fromkeys(p.kb_id_ for p in group))


def _by_party(art: Article, sent: Span, k: int) -> str | None:
    """'one seat was secured by an independent candidate', 'seven by independent candidates';
    not 'seats followed by PTI' (the next item of a list)."""
    doc = sent.doc
    for t in doc[k:min(sent.end, k + 4)]:
        if t.lower_ == "by":
            for u in doc[t.i + 1:min(sent.end, t.i + 4)]:
                p = art.party_at(u)
                if p is not None:
                    return p.kb_id_
                if u.pos_ not in ("DET", "ADJ"):
                    return None
            return None
        if not (t.pos_ == "AUX" or t.tag_ == "VBN" and _tally_verb(art, t)):
            return None
    return None


def _seats_went(art: Article, sent: Span) -> bool:
    """'101 seats went to independents': seats that are the subject of a verb of going (lexicon tally_to_verbs)."""
    return any(t.lower_ in SEAT_NOUNS and t.dep_ == "nsubj" and t.head.lemma_.lower() in art.lex["tally_to_verbs"]
               for t in sent)


def _for_party(art: Article, sent: Span, k: int, word: str = "for") -> str | None:
    """'13 seats for the JUI-F, 12 for the PML-N': in a sentence of results, the party the seats
    are for is the one that won them (reserved 'seats for women' name no party)."""
    doc = sent.doc
    if k >= sent.end or doc[k].lower_ != word:
        return None
    j = k + 1
    if j < sent.end and doc[j].lower_ == "the":
        j += 1
    party = art.party_at(doc[j]) if j < sent.end else None
    return party.kb_id_ if party is not None and party.start == j else None


def _to_party(art: Article, noun: Token) -> str | None:
    """'137 seats went to the PML-N'."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in art.lex["tally_to_verbs"]:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            parties = art.parties_in(prep.i + 1, prep.right_edge.i + 1)
            return parties[0].kb_id_ if parties else None
    return None


def _dateline(tok: Token) -> bool:
    """'PESHAWAR: The PTI won ...': the place a story was filed from, which the parser may take
    for the subject."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text in (":", "—", "–") and tok.is_sent_start is not False \
        and (tok.i == tok.sent.start or tok.text.isupper())


def _subject_party(art: Article, sent: Span, noun: Token) -> str | None:
    """The party whose subject won the seats: 'MQM, which ruled ..., managed to get six seats',
    'PPP dominates the assembly with 84 seats', '... and PTI (PTI) got 5 seats'. BLOCK when the
    subject is a noun that names no party ('the government and its allies secured seven')."""
    verb = _governor(noun)
    for _ in range(4):
        if verb is None:
            return None
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] + \
            [g for a in verb.children if a.dep_ in ("aux", "auxpass") for g in a.children if g.dep_ in ("nsubj", "nsubjpass")]
        subj = [c for c in subj if not _dateline(c)]
        if subj:
            s = subj[0]
            if s.lower_ in RELATIVE:  # "the Awami National Party of Asfandyar Wali, which ... won"
                antecedent = _nearest(art, sent, s.i, -1, max_gap=6)
                if s.lower_ == "who" and antecedent and antecedent[0] != "IND":
                    return BLOCK  # "who" is said of people ("candidates ... affiliated with PTI, who won"), not of a party
                return antecedent[0] if antecedent else None
            p = art.party_at(s)
            if p is not None:
                return p.kb_id_
            described = [t.i for c in s.children if c.dep_ in ("relcl", "acl") or (c.dep_ == "appos" and c.pos_ == "NOUN")
                         for t in c.subtree]  # "X, a grouping of five parties led by ...", not "X (PTI)"
            inside = [p for p in art.parties_in(s.left_edge.i, s.right_edge.i + 1) if p.root.i not in described]
            if not inside and described and s.pos_ == "PROPN" and art.parties_in(s.left_edge.i, s.right_edge.i + 1):
                return BLOCK  # "The National Alliance, a grouping led by X's Millat Party, took 12": the party described is not the winner
            if inside:  # the party nearest the subject's head in the tree ('Sharif-led PML-N')
                return min(inside, key=lambda p: (_depth(p.root, s), -p.start)).kb_id_
            if s.lower_ in ("it", "they"):
                return art.focus_party(s.i)  # "... after it won 123 seats"
            if s.lemma_.lower() == "party" and [c.lower_ for c in s.children if not c.is_punct] == ["the"]:
                return _party_told_before(art, sent) or art.focus_party(s.i)  # "the party won 17 seats"
            if s.pos_ in ("NOUN", "PROPN") and s.lemma_.lower() not in art.lex["tally_counted_nouns"] \
                    and _tally_verb(art, verb):
                return BLOCK  # the winner is named and is no party
            return None
        before = _party_before(art, sent, verb.i)
        if before is not None:
            return before.kb_id_
        own_clause = any(c.dep_ in ("aux", "auxpass", "mark") and c.tag_ != "TO" for c in verb.children)
        if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp") and verb.head.i != verb.i and verb.head.i < verb.i \
                and not (verb.dep_ == "advcl" and own_clause):
            verb = verb.head
            for _ in range(2):  # "after securing": securing -> after -> got
                if verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("prep", "pobj", "pcomp") and verb.head.i != verb.i:
                    verb = verb.head
            if verb.pos_ not in ("VERB", "AUX"):
                return None
        else:
            return None
    return None


def _party_with_count(art: Article, sent: Span, start: int) -> str | None:
    """'... include Pakistan Muslim League-Q with four seats; GDA with two': the party written right
    before 'with' and its count owns the seats, unless the verb the phrase hangs on has another party
    for its subject ('the PPP finished ahead of the PML-N with 37 seats')."""
    doc = sent.doc
    k = start - 1
    if k - 1 < sent.start or doc[k].lower_ != "with":
        return None
    j = k - 1
    if doc[j].text == ")" and j - 2 >= sent.start and doc[j - 2].text == "(":
        j -= 3  # "Grand Democratic Alliance (GDA) with two"
    party = art.party_at(doc[j]) if j >= sent.start else None
    if party is None:
        return None
    verb = doc[k].head
    subjects = [art.party_at(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(p is not None and p.kb_id_ != party.kb_id_ for p in subjects):
        return None
    return party.kb_id_


def _party_told_before(art: Article, sent: Span) -> str | None:
    """'The MQM-P had announced its support for the PTI. The party has won six seats': 'the party'
    opening a sentence is the party the sentence before was about (its subject), not the last one
    it named."""
    if sent.start == 0:
        return None
    before = art.doc[sent.start - 1].sent
    subjects = [t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    for subj in subjects:
        party = art.party_at(subj)
        if party is not None:
            return party.kb_id_
    return None


def _depth(tok: Token, top: Token) -> int:
    depth = 0
    while tok.i != top.i and tok.head.i != tok.i and depth < 20:
        tok, depth = tok.head, depth + 1
    return depth


def _party_before(art: Article, sent: Span, i: int) -> Span | None:
    """The party written right before a verb ('(PTI) got', 'PPP dominates', 'PML-N has also won')."""
    doc = sent.doc
    k = i - 1
    while k >= sent.start and (doc[k].pos_ in ("AUX", "ADV", "PART") or doc[k].text == ")"):
        k -= 1
    return art.party_at(doc[k]) if k >= sent.start else None


def _nearest(art: Article, sent: Span, start: int, floor: int, max_gap: int = 12) -> list[str]:
    """The nearest party before a number, with no other number between; a party inside an
    aside (' - a majority of whom were backed by PTI - ') is passed over."""
    doc = sent.doc
    before = [p for p in art.parties_in(max(sent.start, floor + 1), start) if p.kb_id_]
    dashes = [t.i for t in doc[sent.start:start] if t.text in ("-", "–", "—") and t.whitespace_ and t.i > sent.start
              and doc[t.i - 1].whitespace_]
    asides = list(zip(dashes[::2], dashes[1::2])) + _relative_asides(sent, start, art.lex["tally_backer_verbs"])
    before = [p for p in before if not any(a < p.start and p.end <= b for a, b in asides)]
    if not before:
        return []
    last = before[-1]
    gap = [t for t in doc[last.end:start] if not any(a <= t.i <= b for a, b in asides)]
    if any(_is_number(t) and not _in_a_date(t) for t in gap) or len(gap) > max_gap:
        return []
    return [last.kb_id_]


def _in_a_date(tok: Token) -> bool:
    """'the February 18 elections', 'on 25 July': the day of a date is no
    other tally between a party and its number ('emerged as the largest party in the February 18
    elections with 87 seats')."""
    doc = tok.doc
    near = {doc[j].lower_.rstrip(".") for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(doc)}
    return bool(near & MONTHS.keys())


def _relative_asides(sent: Span, start: int, backers=()) -> list[tuple[int, int]]:
    """Relative clauses set off by commas before a number ('Independent candidates, the majority
    of whom were backed by the PTI, bagged 101 seats'), and asides of backing ('independent
    candidates, most of them backed by the PTI, winning 101 seats'): a party named inside one says
    who stands behind the subject, it does not own the seats. Pairs of comma positions."""
    doc = sent.doc
    commas = [t.i for t in doc[sent.start:start] if t.text == ","]
    out = []
    for a, b in zip(commas, commas[1:]):
        inside = doc[a + 1:min(b, a + 7)]
        if any(t.lower_ in RELATIVE | {"whom", "whose"} and t.tag_ in ("WP", "WDT", "WP$") for t in inside) \
                or any(t.lower_ in backers and t.i + 1 < b and doc[t.i + 1].lower_ == "by" for t in inside):
            out.append((a, b))
    return out


def _about_seats(art: Article, sent: Span) -> bool:
    """Whether a sentence has a seat noun or an election noun; read from the sentence's word set
    (`Article.words`) instead of walking its tokens at each number."""
    lowers = art.words(sent)[0]
    return not lowers.isdisjoint(SEAT_NOUNS) or not lowers.isdisjoint(art.lex["tally_election_nouns"])
