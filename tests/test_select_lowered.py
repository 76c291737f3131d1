"""The selector's case-ignoring patterns, rewritten for lowercased text, select exactly what they did."""
import re

import pytest

from allegiance.extractor import select
from allegiance.extractor.lowered import for_lowered

SENTENCES = [
    "I'm still with the PTI and will remain in the party, he said.",
    "I Am With The PML-N, the MNA told reporters.",
    "FORMER MNA QUITS PPP, JOINS PTI",
    "The weather in Lahore was pleasant on Sunday.",
    "He Parted Ways With The Party last year.",
    "Mr Khan stayed with the Muslim League throughout.",
    "Cricket: Pakistan beat India by six wickets.",
    "The PTI won 18 seats, the JUI-F grabbed three.",
    "They threw in their lot with the PPP.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_lowered_patterns_agree_with_the_case_ignoring_ones(sentence):
    for original, lowered in ((select.CORE_YES_NO, select.CORE_LOWERED),
                              (select.lexicon_phrases_yes_no(), select.lexicon_phrases_lowered()),
                              (select.NEEDS_CONTEXT, select.NEEDS_CONTEXT_LOWERED),
                              (select.tally_continues(), select.tally_continues_lowered())):
        assert bool(original.search(sentence)) == bool(lowered.search(sentence.lower()))


def test_only_literal_letters_are_lowered():
    pattern = for_lowered(re.compile(r"\bI\Sam [A-Z]+\b", re.I))
    assert pattern.pattern == r"\bi\Sam [a-z]+\b"
    assert not pattern.flags & re.I
    assert pattern.search("i'am here")
    assert not pattern.search("i am here")  # \S kept its meaning: had it been lowered to \s, this would match


def test_selection_keeps_a_capitalised_trigger():
    text = "Lahore was hot on Sunday. FORMER MNA QUITS PPP\nThe cricket team batted first."
    kept = "".join(chunk.text for chunk in select.candidate_chunks(text))
    assert "QUITS PPP" in kept and "cricket" not in kept


def test_a_letter_that_lowercases_to_two_is_searched_as_written():
    from allegiance.extractor.lowered import lowered_in_place

    assert lowered_in_place("The PTI Won") == "the pti won"
    assert lowered_in_place("İstanbul talks") is None  # the dotted capital I lowercases to two characters


@pytest.mark.parametrize("text, day", [
    ("LAHORE: The PTI Swept The February 8 Elections in the province.", "2024-02-08"),
    ("Voters went to the polls on Thursday in 20 constituencies.", "2024-02-08"),
    ("ON FEBRUARY 8, GENERAL ELECTIONS were held across İstanbul-style districts.", "2024-02-08"),
])
def test_election_days_are_found_in_any_case(text, day):
    from datetime import date

    from allegiance.extractor.story_days import election_dates

    assert [d.isoformat() for d in election_dates(text, date(2024, 2, 10))] == [day]


def test_group_names_are_kept():
    pattern = for_lowered(re.compile(r"(?P<Owner>Imran Khan)'s party|(?P=Owner)", re.I))
    assert pattern.pattern == r"(?P<Owner>imran khan)'s party|(?P=Owner)"
    assert pattern.search("imran khan's party").group("Owner") == "imran khan"
