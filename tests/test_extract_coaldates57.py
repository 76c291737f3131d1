"""Coalition acts a speaker states below the lead: a coming, hedged or denied act carries the day of the
statement (GUIDELINE), and a statement that names no day of its own is the story's news of the lead's day.
Every sentence here is the project's own wording."""
import pytest

from allegiance import extract

LEAD = ("PESHAWAR: The Pakistan Tehreek-e-Insaf on Wednesday removed the Qaumi Watan Party from the ruling "
        "coalition in Khyber Pakhtunkhwa, and the chief minister withdrew the portfolios of its two ministers "
        "after a meeting of the provincial cabinet that went on late into the evening at the Chief Minister's House.\n\n"
        "The decision was conveyed to the QWP leadership in writing, officials said, and the governor was "
        "informed of the change in the cabinet soon afterwards. The PTI holds a comfortable majority in the house "
        "with the support of its remaining partners and a group of independent members.\n\n")


def dated(text, published="2013-11-14"):
    return {(e.actor, e.counterpart, e.action, e.status): e.date for e in extract(text, published=published)
            if e.type == "coalition"}


@pytest.mark.parametrize("below, key", [
    ("QWP chairman Aftab Sherpao called the move unfair. He said the QWP would now sit on the opposition benches.",
     ("QWP", None, "join", "fact")),
    ("The Jamaat-e-Islami said it would not leave the government.", ("JI", "PTI", "leave", "denied")),
    ("NP president Dr Abdul Malik Baloch said his party would sit in opposition.", ("NP", None, "join", "fact")),
])
def test_a_coming_act_a_speaker_states_takes_the_story_day(below, key):
    assert dated(LEAD + below).get(key) == "2013-11-13"


def test_a_stance_held_for_some_time_stays_undated():
    found = dated(LEAD + "The JI has said it will join hands with the MWM at the centre.")
    assert found.get(("JI", "MWM", "join", "fact"), "absent") in (None, "absent")


def test_a_coming_act_told_by_sources_stays_undated():
    found = dated(LEAD + "The QWP will sit on the opposition benches, party sources said.")
    assert found.get(("QWP", None, "join", "fact"), None) is None


@pytest.mark.parametrize("below, key", [
    ("JUI-F leader Maulana Gul Naseeb Khan said the party would not hold talks with the PTI.", ("JUI-F", "PTI", "reject", "fact")),
    ("The Jamaat-e-Islami said it would continue to support the PTI government.", ("JI", "PTI", "join", "fact")),
])
def test_a_refusal_of_talks_or_continued_support_takes_the_story_day(below, key):
    assert dated(LEAD + below).get(key) == "2013-11-13"
