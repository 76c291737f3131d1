"""The date finder's patterns, searched in lowercased text and grouped by first letter, find what the
case-ignoring patterns find, at the same places."""
from datetime import date

import pytest

from allegiance.extractor import dates

TEXTS = [
    "Last Week the MNA quit the PTI; a month later he joined the PPP.",
    "In November 2020 the PDM was formed, and in 2018 he had won his seat.",
    "August 2018 - Imran Khan is elected prime minister.\n  March 2022: the no-confidence motion.",
    "Over the weekend, several days ago, the party met; the other day it said so.",
    "Earlier in the week and later that year, in mid-February, in the first week of March.",
    "A Few Days Back, two fortnights ago, this summer, In The Spring, early-May.",
    "He joined on 3 March 2024, then left on March 9, yesterday, or on Monday last.",
    "She will join the PML-N on Thursday, sources said, next week or next month.",
    "Nothing here names a time at all.",
]
PUBLISHED = date(2024, 3, 14)


@pytest.mark.parametrize("text", TEXTS)
def test_vague_times_grouped_for_lowered_text_match_as_before(text):
    expected = [m.span() for m in dates.VAGUE.finditer(text)]
    assert [m.span() for m in dates.VAGUE_LOWERED.finditer(text.lower())] == expected


@pytest.mark.parametrize("text", TEXTS)
def test_every_pattern_for_lowered_text_agrees(text):
    for original, lowered in ((dates.DAY_MONTH, dates.DAY_MONTH_LOWERED), (dates.MONTH_DAY, dates.MONTH_DAY_LOWERED),
                              (dates.RELATIVE_RE, dates.RELATIVE_LOWERED), (dates.WEEKDAY_RE, dates.WEEKDAY_LOWERED)):
        assert [(m.span(), m.groups()) for m in lowered.finditer(text.lower())] == \
               [(m.span(), tuple(g.lower() if g else g for g in m.groups())) for m in original.finditer(text)]


def test_a_text_whose_lowercase_shifts_offsets_is_read_as_written():
    text = "\u0130stanbul talks: in 2019 he quit the party on March 9, a month later he joined."
    found = dates.date_expressions(text, PUBLISHED)
    assert [pos for pos, _d in found] == sorted(m.start() for p in (dates.VAGUE, dates.MONTH_DAY) for m in p.finditer(text))
    assert date(2024, 3, 9) in [d for _pos, d in found]


def test_roman_urdu_cues_found_in_lowercased_text_as_before():
    from allegiance.country.lexicon import load_lexicon
    from allegiance.extractor import roman_quotes

    lex = load_lexicon("en")
    stem = sorted(lex["roman_act_stems"])[0]
    for text in (f'"Main ne {stem.upper()} diya," he said.', f'"Hum {stem} rahe hain," X said.', "No cue here, \"only a quote\".",
                 f"{stem} without a quote mark"):
        case_blind = any(q in text for q in roman_quotes.QUOTES) and roman_quotes._cue_pattern(lex["roman_act_stems"]).search(text) is not None
        assert roman_quotes.has_roman_cues(text, lex) == case_blind
