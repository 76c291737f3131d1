"""Who acts in a leave, join or expulsion: the people of an act.

The subject of the act's clause, the list it governs, the group named just
before or after it ("They included A, B and C"), a pronoun, a title or a lone
surname that stands for the person in focus. membership.py finds the acts;
this module finds their people.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..country.lexicon import NUMBER_WORDS
from ..model import Event
from .base import GROUP_NOUNS, Article, clause_heads, is_pronoun, subjects_of, subtree_span
from .affidavits import filing_act
from .entry_heads import entry_head
from .bystanders import RELATION_NOUNS, _punished_for_it, _related_to_actor, _whose_aide
from .welcomers import _relative_pronoun, _welcomer, _welcomers_named
from .addressed import addressed_mover
from .group_lists import (_include_objects, leaders_of_the_group, _included_list, _list_closed_by, _list_summed_up, _listed_after, _whole_list,
                          group_members)
from .kin_companions import family_named_next, kin_companions, names_a_family, relatives_counted_back
from .listed import ends_with_colon
from .mergers import merger_announcers
from .principals import principal_of_speakers
from .noun_movers import (ABSTRACT_HEADS, _abstract_noun_before, _for_to_subject, _modified_noun, _mover_just_before,
                          _noun_actors, _one_role_beside_a_name, _person_above)
from .quote_acts import speaker_of_bare_gerund, speaker_of_we
from .triggers import Trigger


SEAT_ROLES = {"mna", "mpa", "mnas", "mpas", "mla", "mlas", "senator", "senators", "lawmaker", "lawmakers", "legislator", "member",
              "members", "leader", "leaders", "minister", "mp", "mps"}
PARTY_NOUNS = {"party", "fold", "ranks", "camp", "caravan", "team", "platform"}


def surnames_in(art: Article, tok: Token) -> list[Span]:
    """'Bugti, Rind and Domki had parted ways with the PML-N': lone surnames of people the story named in
    full in an earlier piece, found in a subject the name finder left empty (each a PROPN word of the
    subject or of a name coordinated with it), as person spans named by their fullest form."""
    known = art.memory.get("surnames", {})
    out = []
    for word in [tok, *tok.conjuncts]:
        full = known.get(word.lower_) if word.pos_ == "PROPN" and word.text[:1].isupper() else None
        if full is None or any(c.dep_ == "compound" for c in word.children):
            return []  # one word that is no remembered surname: not a list of surnames
        out.append(Span(art.doc, word.i, word.i + 1, label="PERSON", kb_id=full))
    return out


def _inducted(art: Article, verb: Token) -> list[Span]:
    """The people a party inducts: the named object, or the names after a group object ('two former
    MNAs, A and B', 'two former MNAs: A and B')."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    named = [p for o in objects for p in art.persons_in(subtree_span(o))]
    if named or not any(_group_word(art, o) or o.lemma_.lower() in SEAT_ROLES for o in objects):
        return named
    end = verb.sent.end
    if ends_with_colon(verb.sent) and end < len(art.doc):
        end = art.doc[end].sent.end  # the parser may end the sentence at the colon
    after = art.doc[max(o.i for o in objects) + 1:end]
    if not after or after[0].text not in (",", ":"):
        return []
    return [p for p in art.persons_in(after) if not any(t.pos_ in ("VERB", "AUX") for t in art.doc[after.start:p.start])]


def _regalia_receivers(art: Article, verb: Token) -> list[Span]:
    """'put the party scarf on A', 'around the neck of A': the named people the flag or scarf is put
    on (none for 'on their shoulders': they are named elsewhere)."""
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "around", "to", "upon")
            for p in art.persons_in(subtree_span(c))]


def _event(art: Article, sent: Span, kind: str, person: Span, party: str, status: str, when, rule: str) -> Event:
    return Event(doc=art.doc_id, type=kind, actor=person.kb_id_ or person.text, party=party, date=when,
                 status=status, evidence=art.evidence(sent, rule), confidence=0.7 if status == "fact" else 0.6)


def _passive_agent(trig: Trigger) -> Token | None:
    """The 'by' of a joining told in the passive: 'the PSP had been joined by A and B', 'he was joined
    by A': those after 'by' are the ones who join."""
    head = trig.head
    if trig.kind != "join" or head.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in head.children):
        return None
    if head.lemma_.lower() != "join":
        return None  # "was inducted into the PTI by Imran Khan": the one after 'by' welcomes, he does not join
    return next((c for c in head.children if c.dep_ == "agent"), None)


def _welcomed_pronoun(art: Article, trig: Trigger) -> list[Span] | None:
    """'him' of 'X welcomed him into the party': the person in focus who is not the welcomer;
    'them', the people named as the subject of the sentence before."""
    welcomer = _welcomer(art, trig)
    if welcomer is None:
        return None
    obj = next(c for c in trig.head.children if c.dep_ == "dobj" and c.lower_ in ("him", "her", "them"))
    hosts = tuple(_welcomers_named(art, welcomer))
    if obj.lower_ == "them":  # "A and B left the PML-Q. X welcomed them into the PTI": the subjects just before
        sent = trig.head.sent
        own = _subjects_of_the_main_clause(art, trig.head, hosts)
        if len(own) >= 2:
            return own  # "A and B announced it at a ceremony, where X welcomed them into the party"
        if sent.start == 0:
            return []
        before = art.doc[sent.start - 1].sent
        people = [p for s_ in subjects_of(before.root) for p in art.persons_in(subtree_span(s_))
                  if not _in_relative(p, s_)]  # "The ceremony, attended by A and B, saw C and D join": not A and B
        return people if len(people) >= 2 else []
    focus = art.focus_person(obj.i, besides=hosts)
    return [focus] if focus is not None else []


def _subjects_of_the_main_clause(art: Article, verb: Token, hosts: tuple[Span, ...]) -> list[Span]:
    """The people named as the subject of the clause a welcome is told inside ('A and B travelled to
    Islamabad, where X inducted them', 'A and B spoke at a ceremony, where X welcomed them'): the welcome
    is a relative or adverbial clause below theirs."""
    up = verb
    for _ in range(7):
        if up.dep_ not in ("relcl", "advcl", "pobj", "prep", "conj") or up.head.i == up.i:
            return []
        up = up.head
        if up.pos_ in ("VERB", "AUX"):
            heads = [up] + ([up.head] if up.dep_ == "conj" else [])
            people = [p for h in heads for s_ in subjects_of(h) if s_.dep_ == "nsubj" for p in art.persons_in(subtree_span(s_))
                      if p not in hosts and not _in_relative(p, s_)]
            if people:
                return people
    return []


def _movers_of_act_noun(art: Article, trig: Trigger) -> list[Span] | None:
    """'approved the joining of X', 'Y accepted his joining': an act named as a noun, the object of
    another verb, is the act of the one after its 'of', or of its owner; 'his' after a verb of
    accepting is not the one who accepts."""
    noun = trig.head
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.tag_ not in ("NN", "VBG") or trig.kind != "join":
        return None
    named = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in art.persons_in(subtree_span(c))]
    if named:
        return named
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or noun.head.lemma_.lower() not in art.lex["accept_verbs"]:
        return None
    if owner.lower_ in ("his", "her"):
        hosts = tuple(p for s_ in subjects_of(noun.head) for p in art.persons_in(subtree_span(s_)))
        focus = art.focus_person(owner.i, besides=hosts)
        return [focus] if focus is not None else []
    return art.persons_in(subtree_span(owner)) or None


def _kind_of_act(art: Article, head: Token) -> bool:
    """'a vote against party policy could not be equated with leaving the party', 'tantamount to quitting':
    a gerund that something is likened to names a kind of act, which no one in the sentence does."""
    if head.tag_ != "VBG" or head.dep_ != "pcomp" or any(c.dep_ in ("poss", "nsubj") for c in head.children):
        return False
    return head.head.head.lemma_.lower() in art.lex["equating_words"]


def actors(art: Article, sent: Span, trig: Trigger) -> list[Span]:
    """The people who act: subject of the trigger or of a clause above it, a list it introduces."""
    if trig.rule == "join.merger":
        return merger_announcers(art, trig.head)  # "X announced his party's merger with Y": X, not his party
    if trig.rule == "join.inducted_by_party":
        return _inducted(art, trig.head)  # the party inducts; its object joins
    if trig.rule == "leave.party_lost":  # the party loses; the people named after its object leave it
        objects = [c for c in trig.head.children if c.dep_ == "dobj"]
        return [p for p in art.persons_in(art.doc[objects[0].i + 1:sent.end]) if not _owns_party(art, p)] if objects else []
    if trig.rule == "join.regalia" and not any(c.dep_ == "auxpass" for c in trig.head.children):
        return _regalia_receivers(art, trig.head)  # the giver does not join, however the giver is told
    if _kind_of_act(art, trig.head):
        return []
    movers = _movers_of_act_noun(art, trig)
    if movers is not None:
        return movers
    filed = filing_act(art, trig)
    if filed is not None:  # "X submitted an affidavit joining the SIC": X, who files it
        return actors(art, sent, filed)
    if trig.rule.endswith(".noun") or (trig.head.pos_ == "NOUN" and any(c.dep_ == "poss" for c in trig.head.children)) \
            or (trig.head.tag_ == "VBG" and any(c.dep_ == "poss" for c in trig.head.children)):  # "my leaving the PTI"
        return _noun_actors(art, trig.head)  # "Warraich's switch to the PTI"
    cleft = _cleft_list(art, sent, trig) or _emphatic_self(art, trig)
    if cleft:
        return cleft
    for_subject = _for_to_subject(trig.head, min(trig.tokens, default=trig.head.i))
    if for_subject is not None:  # "a role for the PML-N MNAs to join PTI", "steps for the two parties to part ways":
        # the phrase after 'for' acts, whatever the parser hangs the infinitive on
        return [p for p in art.persons_in(subtree_span(for_subject)) if not _is_possessor_of_party(art, p)]
    welcomer = _welcomer(art, trig)
    if welcomer is not None and _relative_pronoun(welcomer):  # "... along with A and B, who welcomed him into
        return _welcomed_pronoun(art, trig) or []  # the party": he joins; A and B, the clause's antecedent, welcome
    modified = _modified_noun(trig.head)
    if modified is not None and any(not is_pronoun(c) for c in subjects_of(trig.head)):
        modified = None  # "a setback for A as B leaves PTI": a clause with its own named subject is B's act
    if modified is not None:
        own = subtree_span(trig.head)
        named = [p for p in art.persons_in(subtree_span(modified))  # not a name after the clause: "A, who had
                 if p.start < own.start and not _is_possessor_of_party(art, p)]  # quit X, and B" is A's alone
        if not named and art.person_at(modified) is not None:
            named = [art.person_at(modified)]  # the name's first word misparsed outside the noun's subtree
        if named and any(c.lower_ in ("also", "too") for c in trig.head.children):
            named = _whole_list(art, modified, own) or named  # "accompanied by A and B, who also bid farewell"
        elif named:
            named = _list_closed_by(art, trig.head, own) or named
        summed = [] if named else _list_summed_up(art, modified)
        if summed:
            return summed  # "A, B and C, all former office-bearers of X who quit the party"
        if not named and modified.lemma_.lower() not in GROUP_NOUNS:
            named = _person_above(art, modified)  # "X, the politician from Dera Ghazi Khan, who joined"
            if named:
                return _with_companions(art, trig, named)
        if not named and modified.tag_ == "NN":
            named = _one_person_described(art, modified)
            if named:
                return _with_companions(art, trig, named)
        if not named and trig.kind in ("leave", "join") and _one_role_beside_a_name(modified):
            named = _person_above(art, modified)  # "X, a former MPA who left the PPP in 2018, joined ..."
            if named:
                return _with_companions(art, trig, named)
        if not named and modified.dep_ in ("nsubj", "nsubjpass") and _definite_role(art, modified):
            focus = focus_before(art, sent, modified) or entry_head(art, sent, modified)  # "The former minister, who had
            if focus is not None:  # resigned in 2019, said ...", "A: The former minister, who left the PTI, joined .."
                return [focus]
        if modified.lemma_.lower() in GROUP_NOUNS or modified.pos_ in ("PRON", "DET") or not named:
            if modified.dep_ in ("nsubj", "nsubjpass"):
                return _include_objects(art, modified) or _listed_antecedent(art, sent, modified)
            if modified.dep_ == "pobj" and modified.head.lower_ == "among":  # "A and B were among the leaders who joined"
                verb = modified.head.head
                named = [p for s_ in subjects_of(verb) for p in art.persons_in(subtree_span(s_))]
                if not named and any(s_.lower_ in ("he", "she") for s_ in subjects_of(verb)):
                    focus = art.focus_person(verb.i)  # "he was among the lawmakers who parted ways with X"
                    named = [focus] if focus is not None else []
                return named
            return []
        return named
    agent = _passive_agent(trig)
    if agent is not None:  # "the PSP had been joined by A, B and C"
        inner = [subtree_span(t) for t in agent.subtree if t.dep_ in ("relcl", "acl")]
        return [p for p in art.persons_in(subtree_span(agent)) if not any(o.start <= p.start < o.end for o in inner)]
    welcomed = _welcomed_pronoun(art, trig)
    if welcomed is not None:  # "X welcomed him into the party": he joins, X only welcomes
        return welcomed
    if trig.rule == "join.phrase" and _welcomes_someone(art, trig.head):
        return []  # "Mr Zardari welcomed them into the party": the welcomer does not join, 'them' are told elsewhere
    if trig.rule == "join.welcomed_into" or (trig.rule == "join.introduced" and any(c.dep_ == "dobj" for c in trig.head.children)):
        # the welcomed, not the welcomer; "the PML-N presented A and B as its new members": A and B, not the PML-N
        return [p for c in trig.head.children if c.dep_ == "dobj" for p in art.persons_in(subtree_span(c))
                if p.root.i == c.i or (p.root.dep_ == "conj" and p.root.head.i == c.i)]
    owner = trig.head.head if trig.head.dep_ == "acl" and trig.head.head.lemma_.lower() in ABSTRACT_HEADS else None
    owner = owner or _abstract_noun_before(trig.head)
    if owner is not None:  # "the decision of X to join", "X's decision to join"
        named = [p for c in owner.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                 for p in art.persons_in(subtree_span(c))]
        if named:
            return named
    caused = _caused_mover(art, trig.head)
    if caused is not None:
        return [caused]
    for head in clause_heads(trig.head):
        subs = subjects_of(head) or _subject_read_as_object(art, head)
        if not subs:
            continue
        spoken_for = principal_of_speakers(art, head)
        if spoken_for:
            return spoken_for  # "X's spokesman said the former minister would not leave": X, not the last named
        people = _people_in_subject(art, sent, subs, head)
        if people:
            return _with_companions(art, trig, people)
        if any(art.party_at(s) is not None or s.lower_ in ("party", "parties") for s in subs):
            return []  # a party acts ("his party was leaving PDM"): that is a coalition matter
        if any(_some_of_them(s) for s in subs):
            return []  # "A, B and C, most of whom had left the PTI": not each of them, so none by name
        if any(s.lemma_.lower() in GROUP_NOUNS or is_pronoun(s) or s.like_num or s.pos_ in ("PRON", "DET", "NUM")
               or _counted_group(art, s) or _plural_no_one(art, s) or s.lemma_.lower() in art.lex["faction_nouns"]
               or s.lemma_.lower() in art.lex["family_group_nouns"] for s in subs):  # "the Mela family joined": no one named
            return _named_after_cue(art, sent, trig)  # "some deserters joined", "a forward bloc joined": unnamed people are not events
        if any(s.tag_ == "NN" and (s.lemma_.lower() in art.lex["title_reference_nouns"] or s.lower_ in art.lex["post_head_words"])
               for s in subs):
            return []  # "X 'saddened'; deputy denies leaving": a person by office alone, not one named before
        if any(s.lemma_.lower() in RELATION_NOUNS and any(c.dep_ == "poss" for c in s.children) for s in subs):
            return []  # "X said his brother had quit the PTI": a relative, not named, and not the speaker
        break
    up = _included_list(art, trig.head) or _inverted_list(art, sent, trig) or _named_after_cue(art, sent, trig)
    if up:
        return up
    speaker = speaker_of_bare_gerund(art, trig.head)
    if speaker is not None:
        return [speaker]
    return _nearest_list_before(art, sent, trig)


def _subject_read_as_object(art: Article, verb: Token) -> list[Token]:
    """'after a forward bloc of the PTI joined the PPP': the parser may hang the clause's subject on
    'after' as its object; that noun, ending just before the verb (or its auxiliaries), is who acts,
    not the main clause's subject."""
    marked = [o for m in verb.children if m.dep_ == "mark" and m.i < verb.i
              for o in m.children if o.dep_ == "pobj" and o.i < verb.i]  # "as X joined": 'as' the verb's own
    if marked:
        return marked
    start = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i)])
    return [t for t in verb.doc[verb.sent.start:start] if t.dep_ == "pobj" and t.right_edge.i == start - 1
            and t.head.lower_ in art.lex["clause_opening_prepositions"]]


def _plural_no_one(art: Article, subj: Token) -> bool:
    """'more "heavyweights" would join the party', 'more electables will follow': a plural noun that
    names no one is the subject; the speaker before it does not act."""
    return subj.tag_ == "NNS" and subj.pos_ == "NOUN" and not art.persons_in(subtree_span(subj)) \
        and subj.head.lemma_.lower() not in art.lex["speech_verbs"]  # "A, sources said, is expected to join": A joins


CLEFT_OPENINGS = (("among", "those", "who"), ("among", "them", "who"), ("among", "others", "who"), ("those", "who"))


def _cleft_list(art: Article, sent: Span, trig: Trigger) -> list[Span]:
    """'Among those who parted ways with the PML-Q were A from Multan, B and C', 'Those who quit were A
    and B': the act is told in a relative clause on 'those', and its people are all named after 'were',
    however the parser hangs the names (and their places) on one another."""
    be = _cleft_copula(art, sent, trig)
    if be is None:
        return []
    inner = [subtree_span(t) for t in art.doc[be.i + 1:sent.end] if t.dep_ in ("relcl", "acl", "advcl", "ccomp")]
    inner += [subtree_span(s_) for a in be.ancestors for s_ in subjects_of(a)]  # "Those who want to join are welcome, X said": X speaks
    return [p for p in art.persons_in(art.doc[be.i + 1:sent.end]) if not _is_possessor_of_party(art, p)
            and not any(o.start <= p.start < o.end for o in inner)]  # "A, who said their leader X ...": not X


def _cleft_copula(art: Article, sent: Span, trig: Trigger) -> Token | None:
    """The 'were' after the act of a sentence opening 'Among those who ...' or 'Those who ...'."""
    colon = next((t.i for t in sent[:5] if t.text == ":"), None)  # "LAHORE: Among those who ...": past the dateline
    words = [t for t in sent if not t.is_punct and (colon is None or t.i > colon)]
    opening = tuple(t.lower_ for t in words[:3])
    if not any(opening[:len(o)] == o for o in CLEFT_OPENINGS) and not _group_told_by_its_act(words, trig):
        return None
    if any(t.lower_ in ("were", "are", "was", "is") and t.dep_ not in ("aux", "auxpass")
           for t in art.doc[sent.start:trig.head.i]):
        return None
    return next((t for t in sent if t.i > trig.head.i and t.lower_ in ("were", "are", "was", "is")
                 and not (t.dep_ == "auxpass" and t.head.tag_ == "VBN")), None)  # not "Those who joined were welcomed by X"


def _group_told_by_its_act(words: list[Token], trig: Trigger) -> bool:
    """'The former lawmakers who quit were A, B and C': a definite plural noun opening the sentence, told
    by the act in its own 'who' clause, whose 'were' names them, as 'Those who quit were' does; not
    'The MPAs who joined were welcomed by X' (a passive: X only welcomes)."""
    who = next((i for i, t in enumerate(words[:6]) if t.lower_ == "who"), None)
    if who is None or who < 2 or words[0].lower_ not in ("the", "these", "those") or words[who - 1].tag_ not in ("NNS", "NNPS"):
        return False
    if words[who].head.i != trig.head.i or trig.head.dep_ != "relcl" or trig.head.head.i != words[who - 1].i:
        return False
    be = trig.head.head.head
    return be.lemma_.lower() == "be" and not any(c.dep_ in ("auxpass", "acomp", "neg") for c in be.children)


def _emphatic_self(art: Article, trig: Trigger) -> list[Span]:
    """'X, who had himself quit the PML-N': the parser takes the emphatic 'himself' for the subject and
    loses 'who'; the one who acts is the person just before ', who'."""
    selves = [c for c in trig.head.children if c.dep_ in ("nsubj", "npadvmod", "dobj") and c.lower_ in ("himself", "herself")
              and c.i < trig.head.i]
    who = next((t for s_ in selves for t in art.doc[max(s_.i - 3, 0):s_.i] if t.lower_ == "who"), None)
    if who is None or who.i < 2 or art.doc[who.i - 1].text != ",":
        return []
    person = art.person_at(art.doc[who.i - 2])
    return [person] if person is not None else []


def _named_after_cue(art: Article, sent: Span, trig: Trigger) -> list[Span]:
    """'Over 80 lawmakers have left the party, among them A and B' ('including A and B'): the unnamed
    movers are named after the act, and only those are events."""
    cue = next((t for t in art.doc[max(trig.tokens) + 1:sent.end] if t.lower_ == "including"
                or (t.lower_ == "among" and t.i + 1 < sent.end and t.nbor(1).lower_ in ("them", "those", "these"))), None)
    if cue is None or art.doc[cue.i - 1].text not in (",", "\u2014", "-"):
        return []
    start = cue.i + (2 if cue.lower_ == "among" else 1)
    people = art.persons_in(art.doc[start:sent.end])
    if not people or any(t.pos_ in ("ADP", "PRON", "VERB") or t.lower_ in ("those", "these") for t in art.doc[start:people[0].start]):
        return []  # "including those from the seat of X": not X
    return people


def _welcomes_someone(art: Article, head: Token) -> bool:
    """An active 'welcome' ('induct', 'receive') with an object: its subject welcomes, the object joins."""
    return head.lemma_.lower() in art.lex["welcome_verbs"] and head.pos_ == "VERB" \
        and not any(c.dep_ == "auxpass" for c in head.children) and any(c.dep_ == "dobj" for c in head.children)


def _inverted_list(art: Article, sent: Span, trig: Trigger) -> list[Span]:
    """'Joining the PPP on Monday were A, B and C', 'Leaving the party with him were A and B', 'Also joining
    was X': a sentence that opens with the act and names its people after 'were' or 'was'."""
    if trig.head.tag_ != "VBG" or any(not t.is_punct and t.lower_ not in ("also", "likewise", "then", "now")
                                      for t in art.doc[sent.start:trig.head.i]):
        return []  # "Also joining the PPP were A and B"
    be = next((t for t in sent if t.i > trig.head.i and t.lower_ in ("were", "are", "was", "is")), None)  # "was X's nephew, Y"
    people = [p for p in art.persons_in(sent) if be is not None and p.start > be.i]
    if not people:
        return []
    between = art.doc[be.i + 1:people[0].start]
    described = 0 < len(between) <= 10 and between[-1].text == "," and not any(t.pos_ in ("VERB", "AUX") for t in between)
    plain = len(between) <= 3 and not any(t.pos_ == "ADP" for t in between) or len(between) <= 5 and not any(
        t.pos_ in ("ADP", "DET", "VERB", "AUX") or t.is_punct for t in between)  # "was former GB assembly speaker X", not "a setback for X"
    return people if plain or described else []  # "were former MNA A, B and C", "were two councillors from X, A and B"


def _one_person_described(art: Article, noun: Token) -> list[Span]:
    """The one person a singular role noun describes: 'X, a former PTI leader who defected to the PPP'
    (apposition), 'X is the latest leader to leave the PTI', 'X became the third MPA to quit' (attribute)."""
    if noun.dep_ == "appos":
        person = art.person_at(noun.head)
        return [person] if person is not None else []
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in ("be", "become"):
        named = [p for s_ in subjects_of(noun.head) for p in art.persons_in(subtree_span(s_))]
        return named if len(named) == 1 else []
    return []


def _counted_group(art: Article, subj: Token) -> bool:
    """'nine MPAs and six MNAs', 'several lawmakers': people counted, not named."""
    if is_pronoun(subj):
        return False
    if any(c.dep_ == "nummod" or c.lower_ in ("several", "many", "some", "numerous", "various", "dozens")
           for c in subj.children):
        return True
    word = subj.lower_
    return word in GROUP_NOUNS or word.rstrip("s") in GROUP_NOUNS or (subj.text in art.lex["roles"] and word.endswith("s"))


def _in_relative(person: Span, subj: Token) -> bool:
    """'X, whose candidate Y lost, said he ...': Y is named inside a clause that describes the subject."""
    return any(t.dep_ in ("relcl", "acl") and t.i != subj.i and t.left_edge.i <= person.start <= t.right_edge.i
               and not _leads_the_group(t, person) for t in subj.subtree)


def _leads_the_group(clause: Token, person: Span) -> bool:
    """'six PML-N lawmakers, led by A and B, announced that they were leaving the party': a group's
    leaders, named after 'led by' on the group word, are of the group and act with it."""
    return clause.dep_ == "acl" and clause.lemma_.lower() in ("lead", "head", "spearhead") and clause.tag_ == "VBN" \
        and clause.head.tag_ in ("NNS", "NNPS") and any(
            c.dep_ == "agent" and c.left_edge.i <= person.start <= c.right_edge.i for c in clause.children)


def _people_in_subject(art: Article, sent: Span, subs: list[Token], head: Token) -> list[Span]:
    people: list[Span] = []
    for subj in subs:
        if subj.lower_ in ("who", "that") and subj.head.dep_ == "relcl":
            people += group_members(art, subj) or _listed_antecedent(art, sent, subj.head.head)
            continue
        if subj.lower_ == "which" and subj.head.dep_ == "relcl":
            continue  # "The PPP, which left the PDM in 2021, ...": a party or a group moved, no person
        if _unnamed_antecedent(art, subj):
            continue  # "those who had jumped ship", the clause misparsed: people unnamed, not the last one named
        speaker = art.quote_speaker(subj) if subj.lower_ == "i" else speaker_of_we(art, subj, head)
        if speaker is not None:
            people.append(speaker)  # '"I have quit the PTI," X said', '"We have not left the PTI," he said'
            continue
        if subj.lower_ in ("all", "both", "each") and any(
                o.lower_ in ("whom", "them", "which") for c in subj.children if c.lower_ == "of" for o in c.children):
            people += group_members(art, subj) or _group_before(art, sent, subj)  # "A, B and C, all of whom quit the PTI"
            continue
        quoted_other = subj.lower_ in ("he", "she") and art.quote_speaker(subj) is not None
        if is_pronoun(subj) and not quoted_other \
                and head.dep_ in ("ccomp", "xcomp", "advcl", "conj", "relcl", "acl") and head.head.i != head.i:
            above = head.head
            for _ in range(3):  # "A, B and C held a press conference where they announced to join"
                if subjects_of(above) or above.head.i == above.i:
                    break
                above = above.head
            punished = _punished_for_it(art, head, above)
            named = punished or [p for s in subjects_of(above)
                     for p in [q for q in group_members(art, s) if not _in_relative(q, s)]
                     or _counted_back(art, sent, s) or _group_before(art, sent, s)  # "All three said they"
                     or (surnames_in(art, s) if s.pos_ == "PROPN" else [])]  # "Warraich said he was resigning"
            if subj.lower_ not in ("they", "them", "we"):
                named = named[:1] if len(named) == 1 else []  # "he" is one person
            elif len(named) == 1:
                named = _speakers_group(art, sent, named[0]) or named  # "A and B ... A said they had resigned"
            if named:
                people += named
                continue
        named_part = _part_named_beside(art, subj)
        if named_part:
            people += named_part  # "Two of them, A and B, joined the PML-Q": the part is named after all
            continue
        if subj.lower_ in ("both", "two"):
            people += _group_before(art, sent, subj)  # "Both joined the PPP a day later"
            continue
        if _counted_back(art, sent, subj):
            people += _counted_back(art, sent, subj)  # "The four had joined the PTI in 2018"
            continue
        kin = relatives_counted_back(art, sent, subj)
        if kin:
            people += kin  # "The two brothers had joined the PML-N in 2012": the two of one surname just named
            continue
        if is_pronoun(subj) and subj.lower_ not in ("they", "them", "we"):
            addressed = addressed_mover(art, sent, subj)
            if addressed is not None:
                people.append(addressed)  # "A telephoned B ... He told the party chief he would join": B
                continue
            focus = _mover_just_before(art, sent, art.focus_person(subj.i))
            if focus is not None:
                people.append(focus)
            continue
        led = leaders_of_the_group(art, subj)
        if led:
            people += led  # "The group, led by A, joined the PPP": A, not a name elsewhere in the sentence
            continue
        found = art.persons_in(subtree_span(subj))
        found = [p for p in found if not _is_possessor_of_party(art, p) and not _related_to_actor(p)
                 and not _beside_the_subject(art, p, subj) and (not _in_clause_of(p, subj) or _set_off_after_place(art, p))
                 and not _names_a_government(p) and not names_a_family(art, p)
                 and not _whose_aide(p, subj) and not _outside_subtree(p, subj)]
        if found:
            people += found
        elif not art.persons_in(subtree_span(subj)) and surnames_in(art, subj):
            people += surnames_in(art, subj)  # "Bugti, Rind and Domki had parted ways", named in full before
        elif _definite_role(art, subj) and focus_before(art, sent, subj) is not None:
            people.append(focus_before(art, sent, subj))
        elif subj.lemma_.lower() in GROUP_NOUNS or subj.lower_ in ("they",):
            people += _include_objects(art, subj) or _listed_after(art, sent, subj) or _group_before(art, sent, subj)
    return people


def _unnamed_antecedent(art: Article, subj: Token) -> bool:
    """A relative 'who' right after a word that names no one ('those', 'others', 'the people', 'lawmakers'),
    whatever the parser made of its clause ('those who had jumped ship', with 'jumped' read as a modifier of
    'ship'): a pronoun with an antecedent in the sentence is never the story's last-named person."""
    if subj.lower_ != "who" or subj.i == 0:
        return False
    before = subj.doc[subj.i - 1]
    return art.person_at(before) is None and (before.pos_ in ("DET", "PRON") or before.tag_ == "NNS"
                                              or before.lemma_.lower() in GROUP_NOUNS)


def _outside_subtree(person: Span, subj: Token) -> bool:
    """'Mr Baloch was welcomed into the PPP by Mayor X ..., along with: A, B and C': names hung on the
    subject after a colon stretch its span over the welcomer, who is no part of the subject."""
    if subj.right_edge.i - subj.left_edge.i < 8:
        return False  # a short subject: no phrase of the clause fits inside it
    own = {t.i for t in subj.subtree}
    return not any(t.i in own for t in person)


def focus_before(art: Article, sent: Span, noun: Token) -> Span | None:
    """The person in focus that a definite role ('the former minister') stands for, if named before
    this sentence: one named in the same sentence is someone else ('X reshuffled the cabinet, while
    the food minister resigned'); a writer says 'he' for him."""
    focus = art.focus_person(noun.i)
    return focus if focus is not None and focus.start < sent.start else None


def _speakers_group(art: Article, sent: Span, speaker: Span) -> list[Span]:
    """'A and B were elected on the BAP's tickets. A said they had resigned from the BAP': a 'they' that
    one speaker utters stands for the group the sentence just before named, the speaker among them."""
    if sent.start == 0:
        return []
    before = art.doc[sent.start - 1].sent
    group = [p for s_ in subjects_of(before.root) for p in art.persons_in(subtree_span(s_))]
    names = {p.kb_id_ or p.text for p in group}
    return group if len(group) >= 2 and (speaker.kb_id_ or speaker.text) in names else []


def _group_before(art: Article, sent: Span, pronoun: Token) -> list[Span]:
    """'A and B addressed a press conference. They announced quitting the party': a 'they' that opens
    its sentence, or repeats the 'they' that does, stands for the people who were the subject of the
    sentence just before (two or more named people, and no other group in between). 'Both' and
    'the two' do the same for exactly two people."""
    pair = pronoun.lower_ == "both" or (pronoun.lower_ == "two" and any(c.lower_ == "the" for c in pronoun.children))
    all_of = pronoun.lower_ in ("all", "each") and any(  # "All of them had announced parting ways with the PTI"
        o.lower_ == "them" for c in pronoun.children if c.lower_ == "of" for o in c.children)
    if not (pronoun.lower_ == "they" or pair or all_of) or sent.start == 0:
        return []
    opener = next((t for t in sent if t.lower_ == "they"), None) if not (pair or all_of) else pronoun
    if opener is None or opener.dep_ != "nsubj" or art.persons_in(sent.doc[sent.start:opener.i]) or any(
            t.lemma_.lower() in GROUP_NOUNS for t in sent if t.i < opener.i):
        return []
    before = art.doc[sent.start - 1].sent
    people = [p for s in subjects_of(before.root) for p in art.persons_in(subtree_span(s))]
    if len(people) < 2:  # "Those present included A, B and C. They announced joining the party": the list's people
        people = [p for s in subjects_of(before.root) for p in _include_objects(art, s)]
    if len(people) < 2:
        people = _just_listed(art, sent)
    return people if len(people) == 2 or (len(people) > 2 and not pair) else []


def _counted_back(art: Article, sent: Span, subj: Token) -> list[Span]:
    """'The four had joined the PTI in 2018': 'the' and a number (three or more) as a subject stand for
    the last group of exactly that many people named together as the subject of one of the few
    sentences just before."""
    count = NUMBER_WORDS.get(subj.lower_)
    if count is None or count < 3 or not any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "all")
                                             for c in subj.children) \
            or any(c.dep_ == "prep" for c in subj.children):  # "the four", "all three"
        return []  # "the three of them", "the four MNAs": not the bare count
    start = sent.start
    for _ in range(3):
        if start == 0:
            break
        before = art.doc[start - 1].sent
        people = [p for s_ in subjects_of(before.root) for p in art.persons_in(subtree_span(s_))]
        if len(people) == count:
            return people
        start = before.start
    listed = _just_listed(art, sent, within=6)  # a count names its group a few sentences on
    return listed if len(listed) == count else []


def _listed_antecedent(art: Article, sent: Span, noun: Token) -> list[Span]:
    """'The lawmakers, who had announced their decision to leave the MQM-P': a definite group word
    (the subject of its sentence) just after a list of people stands for them."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or not _group_word(art, noun) \
            or not any(c.lower_ in ("the", "these", "those") for c in noun.children):
        return []
    return _just_listed(art, sent)


def _just_listed(art: Article, sent: Span, within: int = 1) -> list[Span]:
    """The people of the list that ends just before the sentence ('They included A, B and C.',
    a name a line below a colon), at most `within` sentences before: 'All four had quit the PTI',
    'Both said' stand for them."""
    listed = art.memory.get("listed")
    if not listed or listed[0] is not art.doc or not listed[1]:
        return []
    last = listed[1][-1].sent
    between = art.doc[last.end:sent.start]
    return list(listed[1]) if 0 <= sent.start - last.end and sum(1 for t in between if t.is_sent_start) <= within else []


GOVERNMENT_NOUNS = ("government", "cabinet", "administration", "regime", "era", "tenure", "setup", "set-up")


def _names_a_government(person: Span) -> bool:
    """'PPP ministers in the Chaudhry Abdul Majeed government had resigned': a name that only says whose
    government (cabinet, era) it was does not act."""
    root = person.root
    return root.dep_ in ("compound", "poss", "nmod") and root.head.lemma_.lower() in GOVERNMENT_NOUNS


def _in_clause_of(person: Span, subj: Token) -> bool:
    """'X, who quit the PTI after a rift with Y, rejoined the PML-N': Y, named inside a clause that
    describes the subject, does not act with it."""
    tok = person.root
    while tok.i != subj.i and tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl") and not _leads_the_group(tok, person):
            return True
        tok = tok.head
    return False


def _set_off_after_place(art: Article, person: Span) -> bool:
    """'The independent who won the seat from Dera Ghazi Khan, X, joined the PML-N': a name set off by
    commas that the parser hangs on a place closing the subject's clause is the subject's apposition (a
    place has no apposition that is a person), so X acts."""
    root, doc = person.root, person.doc
    place = root.head
    return root.dep_ == "appos" and place.pos_ == "PROPN" and place.i < person.start \
        and art.person_at(place) is None and art.party_at(place) is None \
        and person.start > 0 and doc[person.start - 1].text == "," and person.end < len(doc) and doc[person.end].text == ","


def _beside_the_subject(art: Article, person: Span, subj: Token) -> bool:
    """'Another setback for A as B leaves PTI': A hangs on an abstract subject noun through a
    preposition, so A is not who acts; 'a group of A and B', 'leaders including A', 'A along with B'
    and a role's holder ('the former nazim from Khanewal A') still are."""
    if subj.pos_ == "PROPN" or subj.lemma_.lower() in GROUP_NOUNS or subj.text in art.lex["roles"] \
            or subj.lemma_ in art.lex["roles"]:
        return False
    tok = person.root
    while tok.i != subj.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ not in ("of", "including", "like", "among", "with", "alongside", "as"):
            return True
        tok = tok.head
    return False


def _part_named_beside(art: Article, subj: Token) -> list[Span]:
    """'Two of them, A and B,': a counted part of a group that the apposition names person by person
    (the parser may hang the names on the count as an apposition or as a conjunct)."""
    if not (subj.like_num or _some_of_them(subj)):
        return []
    return [p for c in subj.children if c.dep_ == "appos" or (c.dep_ == "conj" and c.pos_ == "PROPN")
            for p in art.persons_in(subtree_span(c))]


def _some_of_them(subj: Token) -> bool:
    """'most of whom', 'several of them', 'two of whom': a part of a group, which names no one of it."""
    return subj.lower_ not in ("all", "both", "each") and any(
        o.lower_ in ("whom", "them") for c in subj.children if c.lower_ == "of" for o in c.children)


def _definite_role(art: Article, subj: Token) -> bool:
    """'The former PTI leader had left the party', "the party's Karachi chief quit": a role named with
    'the' (or owned by 'the party') means the person in focus; 'his deputy' is someone else."""
    singular = subj.tag_ == "NN" or (subj.tag_ == "NNP" and subj.lower_ in ("mna", "mpa"))  # "the former MPA"
    return singular and subj.lemma_.lower() in art.lex["title_reference_nouns"] and any(
        (c.dep_ == "det" and c.lower_ == "the")
        or (c.dep_ == "poss" and c.lower_ in PARTY_NOUNS and any(d.lower_ == "the" for d in c.children))
        for c in subj.children)


def _is_possessor_of_party(art: Article, person: Span) -> bool:
    """'Imran Khan's PTI': the person names the party, not an actor."""
    nxt = art.doc[person.end] if person.end < len(art.doc) else None
    return nxt is not None and nxt.text in ("'s", "’s") and person.end + 1 < len(art.doc) \
        and art.party_at(art.doc[person.end + 1]) is not None


def _nearest_list_before(art: Article, sent: Span, trig: Trigger) -> list[Span]:
    """Fallback when the parse fails: the group of people just before the trigger."""
    before = [p for p in art.persons_in(sent) if p.end <= trig.head.i and not _related_to_actor(p)
              and not _not_an_actor(art, p, trig.head) and not _names_a_government(p)]
    if not before:
        return []
    group = [before[-1]]
    for p in reversed(before[:-1]):
        gap = art.doc[p.end:group[0].start]
        if len(gap) <= 6 and all(t.is_punct or t.lower_ in ("and", "former", "ex") or t.text in art.lex["roles"] for t in gap):
            group.insert(0, p)
        else:
            break
    between = art.doc[group[-1].end:trig.head.i]
    if any(t.pos_ == "VERB" and t.dep_ == "ROOT" for t in between) and len(between) > 12:
        return []
    return group


LIST_PREPS = {"including", "among", "like", "alongside"}


def _not_an_actor(art: Article, person: Span, trigger: Token) -> bool:
    """A name the act cannot be pinned on: 'parted ways with Imran Khan', 'Imran Khan's party',
    'the Imran Khan-led party', or the speaker of a clause above ('X claimed that ... will join')."""
    root = person.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ not in LIST_PREPS and prep.head.pos_ in ("VERB", "AUX", "NOUN") \
            and prep.head.i < prep.i:
        return True  # the object of a verb's or noun's preposition, not an opening "Apart from X,"
    nxt = art.doc[person.end] if person.end < len(art.doc) else None
    if nxt is not None and (nxt.text in ("'s", "’s") or (nxt.text == "-" and person.end + 1 < len(art.doc)
                                                                and art.doc[person.end + 1].lower_ == "led")):
        return True
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.i != trigger.i:
        verb, tok = root.head, trigger
        for _ in range(6):
            if tok.head.i == tok.i:
                break
            if tok.dep_ == "ccomp" and tok.head.i == verb.i and any(
                    _counted_group(art, x) or art.person_at(x) is not None for x in subjects_of(tok)):
                return True  # "X claimed that others will join": X only says it
            tok = tok.head
    return False


def _caused_mover(art: Article, verb: Token) -> Span | None:
    """'Differences with the leadership led him to leave the party in 2008', 'the row forced her to quit': the
    one a past cause drove to the act is its object, not the cause that is the clause's subject."""
    cause = verb.head
    if verb.dep_ != "xcomp" or subjects_of(verb) or cause.tag_ != "VBD" \
            or cause.lemma_.lower() not in art.lex["mover_causing_verbs"]:
        return None
    moved = next((c for c in cause.children if c.dep_ == "dobj"), None)
    if moved is None:
        return None
    if moved.lower_ in ("him", "her"):
        return art.focus_person(moved.i)
    return art.person_at(moved)


def _with_companions(art: Article, trig: Trigger, people: list[Span]) -> list[Span]:
    """'which he had joined with Parvez Elahi': the companion joined too."""
    out = list(people)
    preps = [c for c in trig.head.children if c.dep_ == "prep"] if trig.kind != "leave" else []  # "parted ways with X": X is left
    preps += [g for c in trig.head.children if c.lower_ in ("together", "along") for g in c.children if g.dep_ == "prep"]
    preps += [c for c in trig.head.children if c.dep_ == "advmod" and c.lower_ == "with"]
    for child in preps:
        if child.lower_ in ("with", "alongside"):
            for p in art.persons_in(subtree_span(child)):
                if p not in out and not _owns_party(art, p) and not art.parties_in(child.i, _companion_end(art, child, p)):
                    out.append(p)  # "joined with A", not "parted ways with the Imran Khan-led party"
    out += [p for p in kin_companions(art, trig.head, trig.kind) if p not in out and not _owns_party(art, p)]
    out += [p for p in family_named_next(art, trig.head) if p not in out and not _owns_party(art, p)]
    return out


def _companion_end(art: Article, prep: Token, person: Span) -> int:
    """Where the words naming a companion end: a relative clause after a comma ('along with A, who said he had
    resigned as the PTI's vice-president') tells of A, and a party named in it is not whom A came with."""
    after = art.doc[person.end:prep.right_edge.i + 1]
    comma = next((t for t in after if t.text == "," and any(c.dep_ == "relcl" for c in person.root.children)), None)
    return comma.i if comma is not None else prep.right_edge.i + 1


def _owns_party(art: Article, person: Span) -> bool:
    """'Imran Khan's PTI', 'the Altaf Hussain-led MQM': the name only says whose party it is ("X's spokesman"
    says whose voice it is: X is the principal the spokesman speaks for, principals.py)."""
    nxt = art.doc[person.end] if person.end < len(art.doc) else None
    if nxt is not None and person.end + 1 < len(art.doc) and art.doc[person.end + 1].lower_ in art.lex["speaking_for_nouns"]:
        return False
    return nxt is not None and (nxt.text in ("'s", "\u2019s") or (
        nxt.text == "-" and person.end + 1 < len(art.doc) and art.doc[person.end + 1].lower_ == "led"))


def _group_word(art: Article, tok: Token) -> bool:
    """A word for the unnamed people of an act: 'leaders', 'defectors', and the words of lexicon key
    list_group_nouns for those who just joined or left ('the newcomers', 'the new entrants')."""
    lemma = tok.lemma_.lower()
    if tok.text[:-1].isupper() and tok.text.endswith("s") and tok.lower_[:-1] in GROUP_NOUNS:
        return True  # "the MNAs", "MPAs": a plural acronym the lemmatizer leaves as it is
    return lemma in GROUP_NOUNS or lemma in art.lex["list_group_nouns"] or tok.lower_.rstrip("s") in art.lex["list_group_nouns"]
