"""The selector's case-ignoring patterns, rewritten for lowercased text, select exactly what they did."""
import re

import pytest

from allegiance.extractor import select

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
    pattern = select.for_lowered(re.compile(r"\bI\Sam [A-Z]+\b", re.I))
    assert pattern.pattern == r"\bi\Sam [a-z]+\b"
    assert not pattern.flags & re.I
    assert pattern.search("i'am here")
    assert not pattern.search("i am here")  # \S kept its meaning: had it been lowered to \s, this would match


def test_selection_keeps_a_capitalised_trigger():
    text = "Lahore was hot on Sunday. FORMER MNA QUITS PPP\nThe cricket team batted first."
    kept = "".join(chunk.text for chunk in select.candidate_chunks(text))
    assert "QUITS PPP" in kept and "cricket" not in kept
