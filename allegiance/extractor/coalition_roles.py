"""The parties of a coalition act and its kind: who acts (the subject, a party read
back from "we", "its" or a speaker, the agent of a passive), towards whom (the
object and prepositions), the government a story means, the act's scope, and
whether a verb joins, leaves, rejects or talks.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import Article, clause_heads, no_longer, subjects_of, subtree_span
from .coalition_returns import return_noun_to_government, returns_to_government
from .coalition_parties import (_agent_parties, _subject_of_sentence_before, _head_of_government, _np_parties, _party_led_by, _party_of_person, _party_of_speaker,
                                _pronoun_person, _speaker_parties, government_of)
from .coalition_scope import GOVERNMENT_WORDS
from .members_moving import counted_members_join, people_listed
from .speakers import quote_speakers_party


JOIN_VERBS = {"agree", "ally", "support", "back", "join", "form", "sign", "enter", "merge", "endorse", "side", "reach", "lend",
              "pledge", "extend", "announce", "make", "strike", "seal", "ink", "clinch", "finalise", "finalize", "concur", "put", "throw",
              "hold", "forge", "conclude"}
DEAL_NOUNS = {"deal", "agreement", "pact", "accord", "understanding", "settlement", "adjustment", "alliance", "arrangement"}
JOIN_NOUNS = {"agreement", "alliance", "coalition", "support", "deal", "adjustment", "understanding", "accord", "pact", "merger", "partnership", "hands"}
LEAVE_VERBS = {"quit", "leave", "exit", "withdraw", "separate", "part", "break", "dump", "abandon", "desert", "pull"}
REJECT_VERBS = {"decline", "reject", "refuse", "rule", "spurn", "brush", "turn"}
TALK_VERBS = {"approach", "contact", "negotiate", "offer", "invite", "seek", "woo", "court"}
TALK_HOLDERS = {"hold", "begin", "start", "initiate", "open", "resume", "launch"}


def _parties_named_before(art: Article, tok: Token) -> list[str]:
    """'PPP, PML-N talks', 'the PPP-PML-N talks': parties written right before a noun."""
    codes: list[str] = []
    i = tok.i - 1
    while i >= 0:
        party = art.party_at(tok.doc[i])
        if party is not None:
            if party.kb_id_ != "IND" and party.kb_id_ not in codes:
                codes.insert(0, party.kb_id_)
            i = party.start - 1
        elif tok.doc[i].text in (",", "-", "and", "&", "’s", "'s") and codes:
            i -= 1
        else:
            break
    return codes


def _object_parties(art: Article, head: Token) -> list[str]:
    """The parties an object names: a party, the party of a person ("PML-F president Pir Pagara", "JI's
    Sirajul Haq"), 'the former' / 'the latter', or the party of the person 'him' points back to."""
    span = subtree_span(head)
    codes = [p.kb_id_ for p in art.parties_in(span.start, span.end) if p.kb_id_ != "IND"
             and not _under_other_noun(art, p, head)]
    if codes:
        return list(dict.fromkeys(codes))
    inside = art.party_at(head)  # "the Jamiat Ulema-e-Islam-Fazl" parsed in pieces: the object is a piece of the name
    if inside is not None and inside.kb_id_ != "IND":
        return [inside.kb_id_]
    for tok in span:
        if tok.lower_ in ("former", "latter") and tok.dep_ != "amod":
            return _former_or_latter_before(art, tok)
        if tok.lower_ in ("him", "her") and tok.dep_ in ("dobj", "pobj", "dative"):
            person = _pronoun_person(art, tok)  # "sent a delegation to Maulana Fazl's residence to persuade him": a chief named alone
            return (_party_of_person(art, person) or _party_led_by(art, person)) if person is not None else []
        if tok.lower_ == "its" and tok.dep_ == "poss" and tok.head.lemma_.lower() in art.lex["coalition_party_people_nouns"]:
            focus = art.focus_party(tok.i)  # "visited the MQM headquarters and held talks with its leaders"
            return [focus] if focus and focus != "IND" else []
    for person in art.persons_in(span):
        return _party_of_person(art, person) or _party_led_by(art, person)
    return _party_led_by(art, _name_span(head)) if head.pos_ == "PROPN" else []


def _name_span(tok: Token) -> Span:
    """A proper noun with the compounds written before it ('Maulana Fazl')."""
    parts = [c.i for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok.i]
    return tok.doc[min(parts):tok.i + 1]


def _under_other_noun(art: Article, party: Span, top: Token) -> bool:
    """'all opponent parties of the PPP': a party named inside a group of others is not the counterpart."""
    tok = party.root
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in art.lex["coalition_not_counterpart_heads"]:
            return True
        tok = tok.head
    return False


def _former_or_latter_before(art: Article, tok: Token) -> list[str]:
    """'the former' / 'the latter' as a noun: the first / last of the parties named before it."""
    earlier = [p.kb_id_ for p in art.doc.spans["parties"] if p.end <= tok.i and p.kb_id_ != "IND"]
    sent_start = tok.sent.start
    here = [p.kb_id_ for p in art.doc.spans["parties"] if sent_start <= p.start and p.end <= tok.i and p.kb_id_ != "IND"]
    pool = list(dict.fromkeys(here or earlier[-2:]))
    if not pool:
        return []
    return [pool[0]] if tok.lower_ == "former" else [pool[-1]]


STANDING_ADVERBS = ("long", "always", "traditionally", "still")


def _decided(tok: Token) -> bool:
    """An announced or decided move ('will sit', 'decided to sit'), not a standing state ('sits on the benches',
    'has been sitting on the opposition benches'); a perfect of duration is a state too ('has long sat on the
    opposition benches', 'has always sat in opposition', 'has sat in opposition since 2013')."""
    if tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "been" for c in tok.children):
        return False
    if any((c.dep_ == "advmod" and c.lower_ in STANDING_ADVERBS) or (c.dep_ == "prep" and c.lower_ == "since")
           for c in tok.children):
        return False
    return tok.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "aux" for c in tok.children)


def _for_an_office(vote: Token) -> bool:
    """'vote for him as prime minister', 'as chief minister', 'as Senate chairman': a vote in an election of an office."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(t.lower_ in ("minister", "premier", "chairman", "speaker")
                                                             for t in c.subtree) for c in vote.children)


def _opposition_benches_sought(verb: Token) -> bool:
    """'applied for (the) opposition benches', 'sought seats on the opposition benches': the benches asked for,
    after 'for' or as the object (a request to the Speaker is the formal way a party crosses over)."""
    wanted = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children] \
        + [c for c in verb.children if c.dep_ == "dobj"]
    return any(t.lower_ == "benches" and any(u.lower_ == "opposition" for u in t.subtree)
               for g in wanted for t in g.subtree)


def in_favour_of(verb: Token) -> list[Token]:
    """The 'of' of 'in favour of' in a verb's own phrases ('withdrew in favour of X', 'pulls out of the race in
    favour of X', where the parser hangs the phrase on 'race'), not in a clause of its own."""
    found = []
    for tok in verb.subtree:
        if tok.lower_ in ("favour", "favor") and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "for"):
            path, ok = tok.head, True
            while path.i != verb.i:
                if path.pos_ in ("VERB", "AUX"):
                    ok = False
                    break
                path = path.head
            if ok:
                found += [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
    return found


def _action_of(tok: Token, lex) -> str | None:
    lemma = tok.lemma_.lower()
    if lemma in ("be", "become") and _member_of_government(tok, lex):
        if no_longer(tok):
            return "leave"  # "would no longer be part of the alliance": a leaving, not a joining denied
        return "join"  # "become part of the opposition", "will not be part of the federal government" (not "had been a partner")
    if tok.pos_ == "VERB":
        if _sides_with_party(tok, lex):
            return "join"  # "will stand alongside the PDM", "teamed up with the PTI", "partnering with the JI"
        if lemma in lex["coalition_opposition_verbs"] and _decided(tok) and any(
                c.dep_ == "prep" and c.lower_ in ("in", "on", "with") and any(g.lower_ in ("opposition", "benches") and any(
                    t.lower_ in ("opposition", "treasury") for t in g.subtree) for g in c.children) for c in tok.children):
            return "join"  # "decided to sit in (with) the opposition", "sit on the opposition (treasury) benches"
        if lemma in lex["coalition_bench_request_verbs"] and _decided(tok) and _opposition_benches_sought(tok):
            return "join"  # "applied for the opposition benches", "will not seek seats on the opposition benches"
        if lemma in lex["coalition_role_verbs"] and _decided(tok) and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "role" and any(t.lower_ == "opposition" for t in c.subtree) for c in tok.children):
            return "join"  # "would play the role of a constructive opposition"
        if lemma in REJECT_VERBS:
            if lemma == "rule" and not any(c.lower_ == "out" for c in tok.children):
                return None
            if lemma in ("brush", "turn") and not any(c.lower_ in ("off", "aside", "down") for c in tok.children):
                return None
            return "reject"
        if lemma in LEAVE_VERBS:
            if lemma == "leave" and any(c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") for c in tok.children):
                return None  # "leaving the PPP well placed to form the government"
            if any(c.dep_ == "dobj" and c.lemma_.lower() in lex["coalition_candidacy_nouns"] for c in tok.children):
                return None  # "withdrew their candidates in favour of X" stands down, it leaves no one
            if in_favour_of(tok):
                return None  # "withdrew from the race in favour of X", "pulled out in favour of X": a standing down
            if lemma == "break" and any(c.dep_ == "dobj" and c.lemma_.lower() in lex["coalition_broken_rule_nouns"]
                                        for c in tok.children):
                return None  # "broke the alliance's decisions", "broke the deadlock": no one leaves
            return "leave"
        if lemma in lex["coalition_end_verbs"] and any(c.dep_ == "dobj" and c.lemma_.lower() in JOIN_NOUNS | DEAL_NOUNS | {"ties", "tie"}
                                                       for c in tok.children):
            return "leave"  # "annulled their coalition", "ended its alliance with the PTI"
        if lemma in ("announce", "extend", "pledge", "lend", "declare"):
            objs = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
            if lemma in ("announce", "declare") and any(c.dep_ == "dobj" and return_noun_to_government(c) for c in tok.children):
                return "join"  # "announced its return to the PPP-led coalition government"
            if lemma in ("announce", "declare") and objs & set(lex["coalition_leave_nouns"]):
                if in_favour_of(tok):
                    return "join"  # "announced his withdrawal from the contest in favour of the PPP nominee": standing down
                return "leave"  # "announced its separation from the PTI-led coalition"
            return "join" if objs & (JOIN_NOUNS | DEAL_NOUNS) else None  # "announced its support for"
        if lemma in ("make", "strike", "seal", "ink", "clinch", "put", "throw", "finalise", "finalize", "hold", "forge", "conclude", "secure"):
            objs = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
            if lemma in ("hold", "conclude"):
                return "join" if objs & (DEAL_NOUNS - {"understanding"}) else None  # "held a seat adjustment"
            if lemma == "make" and objs & {"offer", "overture", "proposal", "contact"}:
                return "talks"  # "made an offer to the PTI-P", "had made contacts"
            if objs & set(lex["coalition_formula_nouns"]) and not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                return "join"  # "finalised a power-sharing formula" (not "met again to finalise the formula")
            return "join" if objs & (DEAL_NOUNS | {"weight"}) else None
        if lemma == "reach":
            if any(c.lower_ == "out" for c in tok.children):
                return "talks"  # "reached out to the JUI-F"
            objs = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
            return "join" if objs & (DEAL_NOUNS | {"agreement", "consensus"}) else None
        if lemma == "agree" and any(c.dep_ == "xcomp" and c.lemma_.lower() in lex["coalition_agree_to_talk_verbs"] for c in tok.children):
            return "talks"  # "the two sides agreed to meet again": more talks, no deal yet
        if lemma in JOIN_VERBS or lemma in lex["coalition_join_extra_verbs"]:
            return "leave" if no_longer(tok) else "join"  # "would no longer support the federal government" ends the support
        if returns_to_government(tok):
            return "join"  # "the QWP returned to the provincial government", "will not go back to the treasury benches"
        if (lemma in lex["coalition_contest_verbs"] or lemma in lex["coalition_together_verbs"]) and (any(
                t.dep_ == "advmod" and t.lower_ in ("jointly", "together")
                                                           and tok.i in (t.head.i, t.head.head.i) for t in tok.subtree)
                                                          or _together_hung_on_speech(tok)):
            return "join"  # "will contest the elections jointly", "to fight the polls together", "will work together"
        if lemma == "vote" and any(c.dep_ == "prep" and c.lower_ == "for" and any(
                t.lower_ in ("candidate", "nominee", "candidates", "nominees") or (t.dep_ == "pobj" and _proper_name(t))
                or (t.dep_ == "pobj" and t.lower_ in ("him", "her") and (_for_an_office(tok) or tok.tag_ == "VBD"))
                for t in c.subtree) for c in tok.children):
            return "join"  # "voted for the PTI's candidate", "voted for Mr Bizenjo" (his party, when the story names it),
            # "would vote for him as prime minister"
        if lemma == "seek":  # "sought support from the PML-N", not "sought clarification"
            objs = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
            return "talks" if objs & {"support", "backing", "cooperation", "vote", "alliance", "coalition"} else None
        if lemma in TALK_VERBS:
            if lemma == "offer" and any(c.dep_ == "dobj" and c.lemma_.lower() in lex["coalition_courtesy_nouns"] for c in tok.children):
                return None  # "offered condolences to the PPP", "offered prayers": a courtesy, no approach
            return "talks"
        if _called_on(tok, lex):
            return "talks"  # "a PTI delegation called on BNP-M chief Akhtar Mengal"
        if _visited_about_governing(tok, lex):
            return "talks"  # "Shehbaz Sharif met the JUI-F chief to seek his support"
        if lemma in lex["coalition_invite_verbs"] and any(c.dep_ in ("xcomp", "ccomp") and (
                c.lemma_.lower() in JOIN_VERBS | {"become", "be"} | set(lex["coalition_reconsider_verbs"]) | set(lex["coalition_stay_verbs"]))
                for c in tok.children):
            return "talks"  # "urged the PML-N to join the government", "persuade him to reconsider", "to stay in the government"
        if lemma in TALK_HOLDERS and any(c.dep_ == "dobj" and c.lower_ in ("talks", "negotiations", "parleys", "dialogue") for c in tok.children):
            return "talks"  # "held talks with the PPP"
    return None


def _called_on(tok: Token, lex) -> bool:
    """'called on the BNP-M chief', 'called upon Mr Mengal': a visit, which is how delegations seek support;
    'called on the PPP to quit the government' (a clause of what to do) is an appeal, no talks."""
    if tok.lemma_.lower() not in lex["coalition_visit_verbs"] or tok.pos_ != "VERB":
        return False
    ons = [c for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon")]
    also = {t.i for c in tok.children if c.dep_ == "conj" for t in c.subtree}  # "called on X and invited him to join": a second act
    clauses = [t.head if t.dep_ == "aux" else t for c in [tok, *ons] for t in c.subtree if t.i > tok.i and t.i not in also
               and (t.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl") or (t.dep_ == "aux" and t.lower_ == "to"))]
    urged = any(t.lemma_.lower() not in lex["coalition_visit_purposes"] for t in clauses)  # "called on X to discuss" is a visit
    return bool(ons) and not urged


def _visited_about_governing(tok: Token, lex) -> bool:
    """'met the JUI-F chief to seek his party's support', 'telephoned Mr Hussain to discuss the formation of
    the government': one side seeks out a person of another about governing together, which is how talks are
    most often reported. A meeting without such a purpose ('met the PM to discuss the floods') is none, nor
    is a call that names rather than rings someone ('called him a traitor')."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex["coalition_meet_verbs"]:
        return False
    if any(c.dep_ in ("oprd", "ccomp") or (c.lower_ in ("on", "upon") and c.i == tok.i + 1) for c in tok.children):
        return False
    if not any(c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lower_ in ("him", "her") or c.lemma_.lower() in lex["coalition_envoy_nouns"]
                                     or c.lemma_.lower() in lex["party_chief_words"] or _party_people(c, lex)) for c in tok.children):
        return False  # a person met, or a party's people: "met the MQM-P leadership", "met the JUI-F chief", "met PML-N leaders"
    subjects = {t.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    if tok.lemma_.lower() == "meet" and any(c.dep_ == "nsubj" and c.lemma_.lower() in lex["coalition_envoy_nouns"]
                                            for c in tok.children):
        return True  # "a PTI delegation met Mr Mengal": a party's envoys are sent to seek a partner
    words = {w for t in tok.subtree if t.i not in subjects for w in (t.lower_, t.lemma_.lower())}
    return bool(words & lex["coalition_meeting_purposes"])


def _party_people(noun: Token, lex) -> bool:
    """'PML-N leaders', 'PPP representatives': people a party's name (a proper noun or a code) marks as its own."""
    return noun.lemma_.lower() in lex["coalition_party_people_nouns"] and any(
        c.dep_ in ("compound", "poss", "nmod") and (c.pos_ == "PROPN" or c.text.isupper()) for c in noun.children)


def _sides_with_party(tok: Token, lex) -> bool:
    """'stand alongside the PDM', 'team up with the PTI', 'partner with the JI': a verb of siding
    whose 'with' names a proper noun (a party; 'stand with the people' names none). 'team' needs 'up'."""
    lemma = tok.lemma_.lower()
    if lemma not in lex["coalition_side_verbs"] or (lemma == "team" and not any(c.lower_ == "up" for c in tok.children)):
        return False
    return any(p.dep_ == "prep" and p.lower_ in lex["coalition_side_preps"] and any(
        o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.text.isupper() or sitting_premier(o) or _partys_government(o))
        for o in p.children) for p in tok.children)


def _partys_government(noun: Token) -> bool:
    """'the PTI government', 'the PML-N-led government': a government named by its party."""
    return noun.lower_ in ("government", "govt") and any(
        c.dep_ in ("compound", "amod", "nmod", "npadvmod") and (c.pos_ == "PROPN" or c.text.isupper()) for c in noun.children)


def sitting_premier(tok: Token) -> bool:
    """'the prime minister', 'the chief minister' with no name: the head of the government now sitting
    ('decided to stand with the prime minister'), not 'a prime minister' or 'the former prime minister'."""
    return tok.lower_ == "minister" and any(c.lower_ in ("prime", "chief") for c in tok.children) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and not any(c.lower_ in ("former", "ex", "next", "new", "future") for c in tok.children)


def _phrase_words(noun: Token) -> set[str]:
    """The words of a noun phrase, without the clauses inside it ('any move to topple the government')."""
    words, todo = set(), [noun]
    while todo:
        tok = todo.pop()
        words.add(tok.lower_)
        todo += [c for c in tok.children if c.pos_ not in ("VERB", "AUX")]
    return words


def _member_of_government(tok: Token, lex) -> bool:
    """'is part of the PTI-led government', 'will be a coalition partner of the PML-N', 'became an ally of the PPP':
    being or becoming a member of a government or of another party's side is joining it. A past state ('had been a
    partner', 'was part of the cabinet') is background, not an act, and a partner of nothing political is no coalition."""
    lemma = tok.lemma_.lower()
    members = [c for c in tok.children if c.dep_ == "attr" and c.lower_ in lex["coalition_member_nouns"]]
    if not members:
        return False
    if tok.dep_ == "relcl" and not any(c.dep_ == "aux" for c in tok.children):
        return False  # "the Punjab government, where it is the junior partner of the PML-N": a relative clause describes
    if lemma == "be" and (tok.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in tok.children)):
        return False  # "was part of", "had been a partner", "has been an ally"
    for member in members:
        words = _phrase_words(member)  # "part of any move to topple the government" is no part of the government
        words |= {"set-up"} if {"set", "up"} <= words else set()  # "any PTI-led set-up", split at its hyphen
        if words & GOVERNMENT_WORDS or words & set(lex["coalition_member_modifiers"]):
            return True
        if member.lower_ not in ("part", "member") and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(t.ent_type_ == "ORG" or t.pos_ == "PROPN" for t in p.subtree)
                for p in member.children):
            return True  # "an ally of the PML-N"
    return False


def _hedged_here(art: Article, sent: Span, head: Token, status: str | None, sourced: bool = True) -> str | None:
    """Coalition news hedges in its own ways: 'had almost reached an agreement', 'have nearly
    finalised', and moves told on the word of unnamed sources ('sources said', 'citing sources';
    talks so told are still talks held)."""
    if status != "fact":
        return status
    near = art.lex["coalition_near_adverbs"]
    for h in clause_heads(head, limit=3):
        if any(c.dep_ == "advmod" and c.lower_ in near for c in h.children):
            return "possible"
    if not sourced:
        return status
    for tok in sent:
        if tok.lemma_.lower() != "source":
            continue
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in ("say", "tell", "add", "claim", "reveal", "disclose", "suggest"):
            return "possible"
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "cite":
            return "possible"
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
            return "possible"
    return status


def _acting_parties(art: Article, sent: Span, head: Token, allow_person: bool = False) -> list[str]:
    found = _parsed_acting_parties(art, sent, head, allow_person)
    if found is None:
        return []  # the parse says the doer is not named as a subject
    if found:
        return found
    # the parse gave no party subject: a party written just before the verb acts ("... (GDA) withdrew")
    before = [p for p in art.doc.spans["parties"] if sent.start <= p.start and p.end <= head.i and head.i - p.end <= 2]
    between = art.doc[before[-1].end:head.i] if before else []
    if before and not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "aux" or t.dep_ == "cc" for t in between) \
            and (before[-1].root.dep_ not in ("dobj", "pobj") or any(t.text == ";" for t in between)) \
            and not any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == head.i for t in between):  # "...; son stays with X": his act
        # "bid farewell to the PML-N and threw his weight behind": the party left does not act; a headline's
        # "... join PML-N; talks with NP" goes on with the party it named last
        return [before[-1].kb_id_] if before[-1].kb_id_ != "IND" else []
    return []


def _party_of_misparsed_conjunct(art: Article, sent: Span, verb: Token) -> list[str]:
    """A verb the parser made a conjunct of a noun ('The BNP on Sunday parted ways with the government and joined
    the PDM', with 'parted' read as a modifier of 'ways' and 'joined' hung on the party or on the dateline): the
    party that opens the sentence before any verb is its subject."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.head.pos_ not in ("PROPN", "NOUN"):
        return []
    opening = [p for p in art.parties_in(sent.start, verb.i) if p.kb_id_ != "IND"]
    if not opening or opening[0].root.dep_ in ("dobj", "pobj", "poss"):
        return []
    first_verb = next((t for t in sent if t.pos_ in ("VERB", "AUX")), None)
    return [opening[0].kb_id_] if first_verb is not None and opening[0].end <= first_verb.i else []


def _parsed_acting_parties(art: Article, sent: Span, head: Token, allow_person: bool = False) -> list[str] | None:
    for h in clause_heads(head):
        if any(c.dep_ == "nsubjpass" for c in h.children) and h.pos_ == "VERB" and (h.i == head.i or _agent_parties(art, h)):
            return _agent_parties(art, h)  # a passive act: the agent acts, the subject is acted upon ("is expected to" is no act)
        if h.dep_ in ("pcomp", "pobj") and h.pos_ == "VERB" and h.head.lower_ in ("for", "over", "against") and h.lemma_.lower() != "be":
            return None  # "notices to its members for supporting the MQM-P": the reason's doer is not the clause's subject
        subs = [s for s in subjects_of(h) if not (s.lower_ == "it" and h.lemma_ == "be")]  # "It is pertinent to mention ..."
        if not subs and h.i == head.i and h.dep_ == "acl" and h.tag_ == "VBD":
            found = _np_parties(art, h.head) or _envoys_of(art, h.head)  # "hours after a delegation of the PDM, ..., called on"
            if found:                                                       # (a past verb the parser hung on its doer)
                return found
        misparsed = _party_of_misparsed_conjunct(art, sent, h) if not subs and h.i == head.i else []
        if misparsed:
            return misparsed  # "The BNP on Sunday parted ways ... and joined the PDM"
        if not subs:
            continue
        found: list[str] = []
        if any(_one_member(art, s) for s in subs):
            return None  # "BAP minister threatens to quit cabinet": one of its people, unnamed, not the party, acts
        if any(_dissidents(art, s) or (s.lower_ in ("which", "who", "that") and h.dep_ == "relcl" and _dissidents(art, h.head))
               or counted_members_join(art, s, h) for s in subs):
            return None  # "25 PTI dissidents who voted for Hamza", "Ten PML-Q MPAs joined the PTI": members, not the party, act
        for subj in subs:
            for code in _np_parties(art, subj):
                if code not in found:
                    found.append(code)
            if not found and allow_person and art.person_at(subj) is not None:
                person = art.person_at(subj)  # "Mr Mengal" read through his fuller mention, else a chief alone
                found += _party_of_person(art, person) or (_party_led_by(art, person) if subj.dep_ == "nsubj" or _raised(subj) else []) \
                    or _head_of_government(art, sent, [t.lower_ for t in art.doc[max(person.start - 3, 0):person.end]])
                if found:  # "ANP's X and HDP chairman Y also announced their support": each leader's party
                    found += [c for other in subj.conjuncts if art.person_at(other) is not None
                              for c in _party_of_person(art, art.person_at(other)) if c not in found]
            elif not found and allow_person and subj.lower_ in ("he", "she") and h.i == head.i:
                person = art.focus_person(subj.i)  # "He also ruled out any alliance with the PTI": the chief just named
                if person is not None and _named_just_before(art, person, subj):  # (in this sentence or the one before)
                    found += _party_of_person(art, person) or _party_led_by(art, person)
            elif not found and allow_person and _its_chief(art, subj):
                focus = art.focus_party(subj.i)  # "Its president, X, ruled out joining hands with the PPP": the party just named
                found += [focus] if focus and focus != "IND" else []
            elif not found and allow_person and subj.lower_ in ("minister", "premier"):  # "Prime Minister Gilani telephoned X and asked him"
                found += _head_of_government(art, sent, [t.lower_ for t in subj.subtree if t.i <= subj.i])
            elif not found and allow_person and subj.pos_ == "PROPN" and (subj.dep_ == "nsubj" or _raised(subj)):
                found += _party_led_by(art, _name_span(subj)) \
                    or _head_of_government(art, sent, [t.lower_ for t in art.doc[max(subj.left_edge.i, subj.i - 4):subj.i + 1]])
                # "Fazl ruled out ...": a chief the parser took for no person; "Prime Minister Gilani held talks": the government's
            if not found and allow_person and _definite_title(art, subj) and h.i == head.i:
                person = art.focus_person(subj.i)  # "The Maulana had approached the PML-N": the chief named before
                if person is not None and person.start < sent.start:
                    found += _party_of_person(art, person) or _party_led_by(art, person)
            if not found and (subj.like_num or subj.lower_ in art.lex["coalition_share_words"]):
                found += [c for prep in subj.children if prep.dep_ == "prep" and prep.lower_ == "of" for g in prep.children
                          if g.dep_ == "pobj" and g.text in art.lex["house_member_words"]
                          for c in _np_parties(art, g) or _members_of_the_party(art, g, h)]
                # "Four of the BAP's five MNAs joined the opposition"; "X said four of the party's five MNAs would sit ..."
            if not found and subj.text in art.lex["house_member_words"] and _whole_delegation(subj):
                found += [c for prep in subj.children if prep.dep_ == "prep" and prep.lower_ == "of" for g in prep.children
                          if g.dep_ == "pobj" for c in _np_parties(art, g)]
                # "The four members of the BNP-M also voted for Mr Khan": a party's members all together are the party
            if not found and subj.lower_ in ("two", "both"):
                found += _last_two_parties(art, subj.i)
            if not found and subj.lemma_.lower() in ("party", "side") and any(c.lower_ in ("two", "both") for c in subj.children):
                found += _last_two_parties(art, subj.i, same_sentence=True) or _two_sides_met(art, subj.i)
                # "the PTI approached the QWP ... the two parties agreed"; "X of the NP, who met Mr Sharif, said the two parties"
                if not found and not art.parties_in(sent.start, sent.end) and h.i == head.i and _main_or_said(h):
                    found += _last_two_parties(art, subj.i)  # "... Both parties entered the polls with a seat adjustment."
            if not found and subj.lemma_.lower() == "party":
                found += _counted_parties(art, subj)  # "the five parties had agreed to form the government"
            if not found and head.lemma_.lower() in art.lex["coalition_opposition_verbs"]:
                found += _members_of_the_party(art, subj, h)  # "said the party's winners would sit on the opposition benches"
            if not found and subj.lower_ in ("parties", "sides") and h.i == head.i and [c.lower_ for c in subj.children] == ["the"]:
                found += _last_two_parties(art, subj.i)  # "The PPP offered the MQM-P four ministries. The parties held a discussion"
            if not found and subj.lemma_.lower() in art.lex["coalition_party_people_nouns"]:
                both = [g for prep in subj.children if prep.dep_ == "prep" and prep.lower_ == "of" for g in prep.children
                        if g.dep_ == "pobj" and g.lemma_.lower() == "party" and any(c.lower_ in ("two", "both") for c in g.children)]
                if both and h.i == head.i and _main_or_said(h):  # "leaders of both parties had made contacts": the two parties the story is about
                    found += _last_two_parties(art, subj.i)
            if not found:
                found += _envoys_of(art, subj)
            if not found and subj.lower_ in ("which", "who", "that") and h.dep_ == "relcl":
                found += _np_parties(art, h.head)  # "the ruling PPP, which invited ..."
                if not found and allow_person and art.person_at(h.head) is not None:
                    found += _party_of_person(art, art.person_at(h.head))  # "said JUI-F chief X, who had turned down ..."
            if not found and subj.lower_ == "opposition" and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
                found += _opposition_alliance(art)  # "the opposition has reached out to the BAP", the PDM named in the story
            if not found and subj.lower_ in ("former", "latter"):
                found += _former_or_latter_before(art, subj)
            if not found and subj.lower_ in ("it", "they", "we") and h.dep_ in ("ccomp", "xcomp", "acl", "conj") and h.head.i != h.i:
                governing = next((subjects_of(g) for g in clause_heads(h.head) if subjects_of(g)), [])
                if subj.lower_ == "they" and any(people_listed(art, above) for above in governing):
                    return None  # "The members, including A and B, announced they had joined the GDA": people move
                for above in governing:
                    found += [c for c in _np_parties(art, above) if c not in found]
                if not found and h.head.dep_ in ("dobj", "pobj"):  # "denied reports that it has reached..."
                    for above in subjects_of(h.head.head):
                        found += [c for c in _np_parties(art, above) if c not in found]
                if not found and h.head.dep_ == "acl":  # "The PML-Q, which ruled ..., announced that it would": 'announced' parsed as the party's modifier
                    found += _np_parties(art, h.head.head)
            if not found and subj.lemma_.lower() == "party" and any(c.lower_ in ("his", "her", "their", "our") for c in subj.children) \
                    and h.dep_ == "ccomp":  # "PPP chairman Bilawal said his party would not ...": the speaker's party
                speakers = next((subjects_of(g) for g in clause_heads(h.head) if subjects_of(g)), [])  # "..., saying his party would"
                for above in speakers:
                    person = art.person_at(above)
                    if person is None and above.lower_ in ("he", "she"):
                        person = _subject_of_sentence_before(art, above)  # '"...," he said, adding that his party would sit in the opposition'
                    found += (_party_of_person(art, person) or _party_led_by(art, person)) if person is not None \
                        else _np_parties(art, above)  # "Mr Bilawal said his party would ...": the party he leads
            if not found and h.dep_ == "ccomp":
                found += _speakers_alliance(art, subj, h)  # "the MMA's secretary general said his alliance had ..."
            if not found and subj.lemma_.lower() in art.lex["party_bodies"] and h.dep_ == "ccomp" and any(
                    c.dep_ == "poss" and c.lemma_.lower() == "party" and not art.party_at(c) for c in subj.children):
                for above in next((subjects_of(g) for g in clause_heads(h.head) if subjects_of(g)), []):
                    person = art.person_at(above)  # "X of the MQM-P said the party's Rabita Committee had decided": his party
                    found += _party_of_person(art, person) if person is not None else _np_parties(art, above)
            if not found and subj.lemma_.lower() in art.lex["party_bodies"] and any(
                    c.dep_ == "poss" and c.lower_ == "party" and not art.party_at(c)
                    and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in subj.children):
                focus = art.focus_party(subj.i)  # "Sources in the PPP said the party's leadership had approached the MQM"
                found += [focus] if focus else []
            if not found and subj.text in art.lex["house_member_words"] and h.dep_ in ("ccomp", "conj"):
                found += _speakers_lawmakers(art, subj, h)  # "announced that its MNAs would vote for X", "... and its MNAs would sit"
            if not found and subj.lower_ in art.lex["coalition_government_subjects"] and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
                led = government_of(art, sent)  # "denied that the government had offered any ministry to the MQM-P"
                found += [led] if led else []
            if not found and subj.lower_ == "we":  # '"We will not join the government," a PPP leader said'
                found += _speaker_parties(art, h) or quote_speakers_party(art, subj)
            if not found and subj.lower_ == "i" and h.i == head.i and _sides_with_alliance(art, h):
                found += quote_speakers_party(art, subj)  # '"I will be standing alongside PDM from now on," the JWP chief said'
            if not found and subj.lower_ == "alliance" and [c.lower_ for c in subj.children if c.i < subj.i] == ["the"]:
                found += _alliance_named_before(art, sent)  # "X said the alliance had rejected ...": the MMA just named
            if not found and subj.lower_ == "party" and (h.dep_ == "ccomp" or _reported(art, h)) \
                    and [c.lower_ for c in subj.children if c.dep_ == "det"] == ["the"]:
                told = h.head.head if _reported(art, h) else h.head  # "X told the media, dismissing reports that the party ..."
                for above in next((subjects_of(g) for g in clause_heads(told) if subjects_of(g)), []):
                    person = art.person_at(above)  # "JUI-F spokesman X denied that the party was leaving": X's party;
                    found += (_party_of_speaker(art, person) or _party_joined(art, person)) if person is not None \
                        else _np_parties(art, above)  # "JUI-F sources said the party was likely to ...": the sources' party
            if not found and subj.lemma_.lower() in ("party", "it", "they", "we") and not _unnamed_parties(subj) \
                    and not _people_said(art, subj, h) and not any(
                    c.like_num and c.lower_ not in ("two", "2") for c in subj.children):  # "Eleven opposition parties joined hands": counted, unnamed
                focus = _subject_focus(art, subj.i) or art.focus_party(subj.i)
                if focus:
                    found.append(focus)
        return found
    return []


def _speakers_alliance(art: Article, subj: Token, clause: Token) -> list[str]:
    """'MMA secretary general Maulana Fazl said his alliance had turned down the offer': 'his alliance' is the
    alliance (a party with its own code) the speaker is told of, never his own party within it."""
    if subj.lemma_.lower() != "alliance" or not any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "our")
                                                    for c in subj.children):
        return []
    speakers = next((subjects_of(g) for g in clause_heads(clause.head) if subjects_of(g)), [])
    found = []
    for above in speakers:
        person = art.person_at(above)
        parties = (_party_of_person(art, person) + _party_led_by(art, person)) if person is not None else _np_parties(art, above)
        found += [c for c in parties if c in art.lex["coalition_alliance_codes"] and c not in found]
    return found


def _party_joined(art: Article, person: Span) -> list[str]:
    """'X was named the new party's convener ... X said the party was in contact with Y': 'the party' a
    speaker reports on is the one the story told the speaker joining (memory 'joined_at')."""
    joined = art.memory.get("joined_at", {}).get(person.kb_id_ or person.text)
    return [joined[0]] if joined and joined[0] else []


def _sides_with_alliance(art: Article, verb: Token) -> bool:
    """'I will stand alongside the PDM': a party's speaker siding in the first person with an alliance that has a
    code of its own speaks for the party (an alliance takes parties, not persons, in)."""
    return _sides_with_party(verb, art.lex) and any(
        p.kb_id_ in art.lex["coalition_alliance_codes"] for c in verb.children if c.dep_ == "prep"
        for p in art.parties_in(c.i + 1, c.right_edge.i + 1))


def _reported(art: Article, clause: Token) -> bool:
    """'dismissing reports that the party was in talks': a clause that tells what a report noun says, the noun
    the object of the speaker's verb."""
    return clause.dep_ == "acl" and clause.head.lemma_.lower() in art.lex["report_nouns"] \
        and clause.head.dep_ in ("dobj", "pobj") and clause.head.head.i != clause.head.i


def _definite_title(art: Article, subj: Token) -> bool:
    """'The Maulana', 'the former chief minister': a title or an honorific written with 'the' and no
    name stands for the person the story is about, named before the sentence."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) or art.person_at(subj) is not None:
        return False
    return subj.text in art.lex["honorifics"] or (subj.tag_ == "NN" and subj.lemma_.lower() in art.lex["title_reference_nouns"])


def _together_hung_on_speech(verb: Token) -> bool:
    """'will contest the elections jointly, X said': the parser hangs the closing 'jointly' on the verb of
    saying; right after the reported clause it still says how that clause's act is done."""
    if verb.dep_ != "ccomp" or verb.right_edge.i + 1 >= len(verb.doc):
        return False
    after = verb.doc[verb.right_edge.i + 1]
    return after.lower_ in ("jointly", "together") and after.dep_ == "advmod" and after.head.i == verb.head.i


def _one_member(art: Article, noun: Token) -> bool:
    """'BAP minister', 'a PTI MPA', 'the PPP senator' as a subject: one person of the party (a singular house
    member word or 'minister' with the party before it), whose act is not the party's ('PPP ministers quit the
    cabinet', plural, may be the party leaving the government; 'the PTI chairman' speaks for it)."""
    if noun.tag_ not in ("NN", "NNP") or noun.lower_ != "minister" and noun.text not in art.lex["house_member_words"] \
            and noun.lower_ not in art.lex["house_member_words"]:
        return False
    return art.person_at(noun) is None and any(c.dep_ == "compound" and art.party_at(c) is not None for c in noun.children)


def _dissidents(art: Article, noun: Token) -> bool:
    """'PTI dissidents', 'the rebels of the PML-N' (lexicon dissident_nouns): members acting against their party."""
    return noun.lemma_.lower() in art.lex["dissident_nouns"] or noun.lower_ in art.lex["dissident_nouns"]


def _named_just_before(art: Article, person: Span, pronoun: Token) -> bool:
    """A person named in the pronoun's sentence or the one before it: a 'he' further off may be anyone."""
    here = pronoun.sent
    before = art.doc[here.start - 1].sent if here.start > 0 else here
    return person.start >= before.start


def _raised(subj: Token) -> bool:
    """'Nawaz is expected to seal a deal': the subject of a passive that hands its act to a clause acts in it."""
    return subj.dep_ == "nsubjpass" and any(c.dep_ == "xcomp" for c in subj.head.children)


def _speakers_lawmakers(art: Article, subj: Token, clause: Token) -> list[str]:
    """'The PML-F announced that its MNAs would vote for X', 'Pir Pagara announced that his party's five MNAs
    would vote for him': the lawmakers a speaker calls his party's act for that party."""
    owners = [c for c in subj.children if c.dep_ == "poss"]
    own = any(o.lower_ in ("its", "their") for o in owners) or any(
        o.lemma_.lower() == "party" and any(c.lower_ in ("his", "her", "its", "their") for c in o.children) for o in owners)
    if not own:
        return []
    found: list[str] = []
    for above in next((subjects_of(g) for g in clause_heads(clause.head) if subjects_of(g)), []):
        person = art.person_at(above)
        found += [c for c in (_party_of_person(art, person) if person is not None else _np_parties(art, above)) if c not in found]
    return found


def _its_chief(art: Article, subj: Token) -> bool:
    """'Its president, X,' or 'its chief': the head of the party just named, who speaks for it (lexicon
    coalition_party_head_nouns); a party's members or workers ('its MPAs') act for themselves."""
    return subj.lemma_.lower() in art.lex["coalition_party_head_nouns"] \
        and any(c.dep_ == "poss" and c.lower_ == "its" for c in subj.children)


def _envoys_of(art: Article, subj: Token) -> list[str]:
    """'A delegation of the MQM-P called on ...', 'a committee of the PPP met ...', 'its team called on ...', 'a
    government delegation called on ...': a party acts through the people it sends, named after 'of', by 'its'
    or as the government's (a member or leader of a party is a person, who acts for himself)."""
    collective = subj.lower_ in ("leaders", "negotiators", "representatives") and subj.dep_ == "nsubj"
    if subj.lemma_.lower() not in art.lex["coalition_envoy_nouns"] and not collective:
        return []  # "its leaders held talks with X": the party's leaders together, as its delegation would
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children):
        focus = _subject_focus(art, subj.i) or art.focus_party(subj.i)  # "The PML-N ... its team called on X"
        return [focus] if focus else []
    if collective:
        return []  # "leaders of the PML-N and the PPP": people of parties, read elsewhere
    if any(c.dep_ in ("compound", "amod") and c.lower_ in ("government", "govt") for c in subj.children):
        led = government_of(art, subj.sent)  # "a government delegation called on Mr Mengal": the governing party's
        return [led] if led else []
    return [c for prep in subj.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for g in prep.children if g.dep_ == "pobj" for c in _np_parties(art, g)]


def _members_of_the_party(art: Article, subj: Token, clause: Token) -> list[str]:
    """'PTI chairman Gohar said the party's winners would sit on the opposition benches': the members of 'the party'
    take its seat in the house, which is the party's act; the party is the speaker's, else the one in focus."""
    if not any(c.dep_ == "poss" and c.lemma_.lower() == "party" and any(d.lower_ == "the" for d in c.children)
               for c in subj.children):
        return []
    if clause.dep_ == "ccomp":
        for speaker in subjects_of(clause.head):
            person = art.person_at(speaker)
            if person is not None and (_party_of_person(art, person) or _party_led_by(art, person)):
                return _party_of_person(art, person) or _party_led_by(art, person)
    focus = _subject_focus(art, subj.i) or art.focus_party(subj.i)
    return [focus] if focus else []


def _unnamed_parties(subj: Token) -> bool:
    """'Opposition parties moved quickly to court the QWP': parties with no article or count are some
    parties, not the one in focus ('the two parties', 'the parties' point back)."""
    return subj.lower_ == "parties" and not any(c.dep_ in ("det", "nummod", "poss") for c in subj.children)


def _people_said(art: Article, subj: Token, clause: Token) -> bool:
    """'Both said they had left the GDA', 'A and B said they would quit the alliance': 'they' are the
    people who speak, not a party."""
    if subj.lower_ == "they" and clause.dep_ == "advcl" and clause.head.i != clause.i:
        return _people_acted_on(art, clause.head)  # "expelled seven of its members days after they voted for X"
    if subj.lower_ not in ("they", "we") or clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return False
    speakers = subjects_of(clause.head)
    return any(s_.lower_ in ("both", "all", "each") or art.person_at(s_) is not None for s_ in speakers)


def _people_acted_on(art: Article, verb: Token) -> bool:
    """'The PTI expelled seven of its members days after they voted for X': the object of the main clause
    is a group of people (counted or called lawmakers), and a 'they' in its adverbial clause is that group,
    not the party that acted on them."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.text in art.lex["house_member_words"] or art.person_at(obj) is not None:
            return True
        if obj.like_num and any(p.dep_ == "prep" and p.lower_ == "of" and any(
                g.text in art.lex["house_member_words"] for g in p.subtree) for p in obj.children):
            return True  # "four of its MPAs" (the parser may take 'MPAs days after' for one noun)
    return False


def _main_or_said(verb: Token) -> bool:
    """A clause told as such: the sentence's main verb, or what a speaker said ('He said both parties had
    entered into an alliance'), not a report, a wish or an aim ('reports that both parties had agreed')."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.lemma_.lower() in ("say", "tell", "add", "state"))


def _opposition_alliance(art: Article) -> list[str]:
    """'the opposition' as the one acting: the opposition alliance the story is about (the alliance it
    names most often, and not the government)."""
    counts: dict[str, int] = {}
    for _start, code in art.memory.get("parties", []):
        if code in art.lex["coalition_alliance_codes"] and code != art.memory.get("government"):
            counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return []
    return [ranked[0][0]]


def _subject_focus(art: Article, before: int) -> str | None:
    """'it', 'the party': the party last named as a subject in this or the previous sentence
    ("The PTI has ruled out talks with the PPP ... It has said it will ...")."""
    start = art.doc[before].sent.start
    if start > 0:
        start = art.doc[start - 1].sent.start
    for p in reversed(art.doc.spans["parties"]):
        if p.start < start:
            break
        if p.end <= before and p.kb_id_ != "IND" and (p.root.dep_ in ("nsubj", "nsubjpass")
                                                      or (p.root.dep_ == "conj" and p.root.head.dep_ == "nsubj")):
            return p.kb_id_
    return None


COUNT_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _counted_parties(art: Article, subj: Token) -> list[str]:
    """'X, flanked by leaders of A, B and C, said the four parties had agreed': 'the N parties' are the N
    parties the sentence has named before them, when it has named exactly that many (a count that does not
    add up points elsewhere, and is left alone)."""
    count = next((COUNT_WORDS.get(c.lower_) or (int(c.text) if c.text.isdigit() else 0)
                  for c in subj.children if c.dep_ == "nummod"), 0)
    if count < 3:
        return []
    codes = list(dict.fromkeys(p.kb_id_ for p in art.parties_in(subj.sent.start, subj.i) if p.kb_id_ != "IND"))
    return codes if len(codes) == count else []


def _last_two_parties(art: Article, before: int, same_sentence: bool = False) -> list[str]:
    """'the two signed a deal': the last two parties named (in the same sentence, when asked)."""
    codes: list[str] = []
    start = art.doc[before].sent.start if same_sentence else 0
    for p in reversed(art.doc.spans["parties"]):
        if start <= p.start < before and p.kb_id_ != "IND" and p.kb_id_ not in codes:
            codes.append(p.kb_id_)
        if len(codes) == 2:
            return codes[::-1]
    if same_sentence:
        return []
    # the piece parsed names fewer than two: the last two the whole story named before it ('the PTI-led
    # coalition' two paragraphs up, then 'QWP chairman X ... the two parties agreed')
    here = art.offset - art.memory.get("article_offset", 0) + art.doc[before].idx
    codes = []
    for start, code in reversed(art.memory.get("parties", [])):
        if start < here and code not in codes:
            codes.append(code)
        if len(codes) == 2:
            return codes[::-1]
    return []


def _two_sides_met(art: Article, before: int) -> list[str]:
    """'NP president Malik Baloch, who called on Mr Sharif, said the two parties had agreed': the parties of the
    two sides of a meeting, one named, the other led by the chief the sentence names."""
    sent = art.doc[before].sent
    codes = [p.kb_id_ for p in art.parties_in(sent.start, before) if p.kb_id_ != "IND"]
    codes += [c for person in art.persons_in(art.doc[sent.start:before]) for c in _party_led_by(art, person)]
    codes = list(dict.fromkeys(codes))
    return codes if len(codes) == 2 else []


def government_party(art: Article, sent: Span, exclude: set[str]) -> str | None:
    """'the PTI government', 'the PTI-led coalition': the party that leads the government."""
    for tok in sent:
        if tok.lower_ in ("government", "govt", "coalition", "alliance", "setup", "set-up"):
            for p in [p for p in art.doc.spans["parties"] if tok.i - 8 <= p.start < tok.i and p.end <= tok.i]:
                if p.kb_id_ not in exclude and p.kb_id_ != "IND" and _names_government(art, p, tok):
                    return p.kb_id_
    return None


def _names_government(art: Article, party: Span, word: Token) -> bool:
    """'the PPP-led federal government', 'the PTI's government', 'the PML-N and PPP coalition': only the
    party's own modifiers stand between it and the word ('the MQM's 25 MNAs had kept the government
    afloat' names the MQM's members, not the government's leader)."""
    between = art.doc[party.end:word.i]
    return all(t.lower_ in art.lex["coalition_government_modifiers"] or art.party_at(t) is not None for t in between)


def _ruling_group(art: Article, sent: Span, region: list[Token], exclude: set[str]) -> str | None:
    """'withdrew support from the ruling alliance': a group named by its rule is led by the party the
    article says leads the government ('the ruling alliance led by the PML-N'); none when it says none."""
    led = government_of(art, sent)
    if led is None or led in exclude:
        return None
    ruling = any(t.lower_ == "ruling" and t.head.lower_ in ("alliance", "coalition", "government", "govt", "party")
                 for t in region)
    return led if ruling else None


def _former_or_latter(art: Article, sent: Span, region: list[Token], actors: list[str]) -> list[str]:
    """'withdrew its support for the former's nominee': the first (or last) other party named."""
    words = {t.lower_ for t in region}
    others = [p.kb_id_ for p in art.parties_in(sent.start, sent.end) if p.kb_id_ not in actors and p.kb_id_ != "IND"]
    if not others:
        return []
    if "former" in words or "former’s" in words:
        if any(t.lower_ in ("former", "former’s") and (t.dep_ == "poss" or t.nbor(1).text in ("'s", "’s"))
               for t in region if t.i + 1 < len(t.doc)):
            return [others[0]]
    if any(t.lower_ in ("latter", "latter’s") for t in region):
        return [others[-1]]
    return []


def _led_by(art: Article, region: list[Token]) -> str | None:
    """'the PTI-led coalition', 'PTI's government': the coalition named by its leading party."""
    for tok in region:
        if tok.lower_ in GOVERNMENT_WORDS:
            for p in art.parties_in(max(0, tok.i - 4), tok.i):
                return p.kb_id_
    return None




def _alliance_named_before(art: Article, sent: Span) -> list[str]:
    """'the alliance' as a subject: the alliance with a code of its own (MMA, PDM) the story last named."""
    at = art.offset + sent.start_char
    codes = [c for start, c in art.memory.get("parties", []) if start < at and c in art.lex["coalition_alliance_codes"]]
    return codes[-1:]


def _whole_delegation(subj: Token) -> bool:
    """'The four members of the BNP-M', 'the 12 senators of the PTI': the definite article with (or without) a
    count takes in all of a party's members in the house; 'four members of the PML-N', 'some members', 'the
    members of the PTI who defected' (picked out by a clause) are some of them, not the party."""
    dets = [c.lower_ for c in subj.children if c.dep_ in ("det", "predet")]
    return dets == ["the"] and not any(c.dep_ in ("relcl", "acl", "amod") for c in subj.children)


def _proper_name(tok: Token) -> bool:
    """'voted for Raja Zafarul Haq': a proper noun, or a word the tagger misread ('Haq' as a verb) that heads
    proper-noun compounds, which a name's forenames are."""
    return tok.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
