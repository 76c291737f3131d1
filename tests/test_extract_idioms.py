"""Idioms of leaving and joining that live in the lexicon, not in code: a phrase added to the lexicon
reaches both the cheap selection and the rules. Every sentence here is the project's own wording."""
import pytest

from allegiance import extract
from allegiance.country.lexicon import load_lexicon
from allegiance.extractor.select import candidate_chunks
from allegiance.extractor.triggers import PHRASE_LISTS


def moves(text, published="2024-05-08"):
    return {(e.type, e.actor, e.party) for e in extract(text, published=published)
            if e.type in ("leave_party", "join_party")}


@pytest.mark.parametrize("sentence, expected", [
    ("Former MPA Rashid Ali Warraich parted company with the PTI on Monday.", ("leave_party", "Rashid Ali Warraich", "PTI")),
    ("Malik Tariq Awan has broken ties with the PML-N, his aides said.", ("leave_party", "Malik Tariq Awan", "PML-N")),
    ("Senator Nadia Gabol renounced her membership of the MQM-P on Sunday.", ("leave_party", "Nadia Gabol", "MQM-P")),
    ("Haji Akram Ansari called it quits with the PTI on Wednesday.", ("leave_party", "Haji Akram Ansari", "PTI")),
    ("Ex-MNA Sajid Hussain Khan migrated to the PPP on Tuesday with his supporters.", ("join_party", "Sajid Hussain Khan", "PPP")),
    ("Former minister Anwar Ali Cheema threw in his lot with the PTI on Friday.", ("join_party", "Anwar Ali Cheema", "PTI")),
    ("Tariq Bashir Cheema shifted to the PML-N ahead of the elections.", ("join_party", "Tariq Bashir Cheema", "PML-N")),
    ("Former MPA Shaukat Bhatti turned his back on the PML-Q on Saturday.", ("leave_party", "Shaukat Bhatti", "PML-Q")),
])
def test_an_idiom_of_the_lexicon_is_an_act(sentence, expected):
    assert expected in moves(sentence)


def test_every_phrase_of_the_lexicon_passes_the_selection():
    lex = load_lexicon("en")
    phrases = [p for name in PHRASE_LISTS for p in lex[name]]
    assert len(phrases) > 100
    missed = [p for p in phrases if not candidate_chunks(f"Rashid Ali Warraich {p} the Awami Front yesterday.")]
    assert missed == []


def test_a_phrase_inside_a_longer_word_is_no_trigger():
    assert candidate_chunks("The weather in Lahore was pleasant and the cricket crowd was large.") == []


def test_a_subject_hung_on_the_auxiliary_still_does_the_act():
    """'X was on Monday expelled from the PTI': a time between the auxiliary and the verb."""
    got = {(e.type, e.actor, e.party) for e in extract("LAHORE: Former MNA Rashid Minhas was on Monday expelled from the PTI.",
                                                       published="2024-05-08")}
    assert ("expel", "Rashid Minhas", "PTI") in got


def test_shown_the_door_with_the_people_after_to():
    got = {(e.type, e.actor, e.party) for e in extract("LAHORE: The PML-N on Friday showed the door to former MPA Tahir Sandhu.",
                                                       published="2024-05-08")}
    assert ("expel", "Tahir Sandhu", "PML-N") in got
