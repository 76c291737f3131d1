"""Party splits, launches and mergers as the press tells them: which party 'the new party' is, who
joins a party just launched, and what a merger makes of the people who announce it.

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
import pytest

from conftest import story_reader


@pytest.fixture(scope="module")
def events(extractor):
    return story_reader(extractor, "2016-03-24")


def _joins(found):
    return {(e.actor, e.party, e.status) for e in found if e.type == "join_party"}


def test_the_new_party_is_the_one_launched_not_one_left_in_an_announced_clause(events):
    """'announced that they were quitting the MQM' does not make the MQM a party launched: 'the new party'
    is the one the story named as launched ('naming it the Pak Sarzameen Party')."""
    found = events("Former mayor Kashif Jamil on Wednesday launched his new political party, naming it the Pak "
                   "Sarzameen Party. Two MPAs, Sadia Noor and Hamid Baig, announced at the same news conference "
                   "that they were quitting the MQM and joining the PSP. MNA Tariq Hameed told reporters that he "
                   "was not joining the new party.")
    assert ("Tariq Hameed", "PSP", "denied") in _joins(found)
    assert ("Tariq Hameed", "MQM-P", "denied") not in _joins(found)


def test_a_faction_joined_to_a_code_by_a_hyphen_is_a_party_of_its_own(events):
    """'MQM-London' holds the MQM's code but names the founder's faction, a party the registry lacks:
    its code is made from the name (MQM-L), never the MQM-P the member left."""
    found = events("Former MPA Tariq Naseem quit the MQM-P on Monday and joined the MQM-London, which stays "
                   "loyal to the party's founder.", published="2016-09-06")
    assert ("Tariq Naseem", "MQM-L", "fact") in _joins(found)
    assert ("Tariq Naseem", "MQM-P", "fact") not in _joins(found)


def test_a_splinter_keeps_the_short_form_the_story_gives_it(events):
    """'the Jamiat Ulema-e-Islam Nazriati (JUI-N)': the short form holds the JUI-F's 'JUI' but is the
    splinter's own, and the splinter's code is that short form, as the press writes it."""
    found = events("In 2007, Maulana Asmatullah parted ways with the JUI-F and founded the \u2018Jamiat Ulema-e-Islam "
                   "Nazriati\u2019 (JUI-N). Maulana Abdul Bari joined the JUI-N on Monday.")
    assert ("Maulana Abdul Bari", "JUI-N", "fact") in _joins(found)
    assert not any(e.party == "JUI-F" for e in found if e.type == "join_party")


@pytest.mark.parametrize("text, person, party", [
    ("Former mayor Kashif Jamil on Wednesday launched a new party, the Pak Sarzameen Party. Hamid Baig, a former "
     "MPA, was named president of the new party.", "Hamid Baig", "PSP"),
    ("Former minister Gul Zaman on Monday founded a new party, the Pakistan Tehreek-e-Insaf Parliamentarians. "
     "He was elected chairman of the PTI-P, while Sadia Noor was named its vice-chairman.", "Sadia Noor", "PTI-P"),
    ("Former minister Gul Zaman on Monday founded a new party, the Pakistan Tehreek-e-Insaf Parliamentarians. "
     "He was elected chairman of the PTI-P, while Sadia Noor was named its vice-chairman.", "Gul Zaman", "PTI-P"),
])
def test_an_office_bearer_of_a_party_just_launched_joins_it(events, text, person, party):
    assert (person, party, "fact") in _joins(events(text))


def test_an_office_in_a_party_not_launched_is_no_joining(events):
    """'was named the party's senior vice-president' in a party the story does not launch: a post, no joining."""
    found = events("The PML-N on Monday reshuffled its central office-bearers. Sadia Noor was named the party's "
                   "senior vice-president, and Hamid Baig was elected president of the PML-N's Lahore chapter.")
    assert not _joins(found)


@pytest.mark.parametrize("verb", ["considering", "mulling", "weighing"])
def test_considering_whether_to_join_is_a_possible_joining(events, verb):
    found = events(f"Former PSP leader Arshad Memon said he was still {verb} whether to join the MQM-P.",
                   published="2023-01-13")
    assert ("Arshad Memon", "MQM-P", "possible") in _joins(found)


@pytest.mark.parametrize("text, status", [
    ("PSP vice-chairman Rehan Siddiqui said he had parted ways with the party and would not go back to the MQM-P.",
     "denied"),
    ("Former MPA Rehan Siddiqui went back to the MQM-P on Monday, a week after the merger.", "fact"),
])
def test_going_back_to_a_party_is_rejoining_it(events, text, status):
    assert ("Rehan Siddiqui", "MQM-P", status) in _joins(events(text, published="2023-01-13"))


def test_crossing_to_a_side_named_by_its_office_is_no_joining(events):
    """'crossed over to the Bahadurabad camp': a faction of the party they are in, named by its office's
    neighbourhood, is not a party joined; 'joined the PTI camp' still is."""
    found = events("The MQM-P split into two camps on Sunday. Two MPAs, Dilawar Qureshi and Nasreen Shamsi, crossed "
                   "over to the Bahadurabad camp on Sunday evening. Sadia Noor joined the PTI camp on Monday.",
                   published="2018-02-19")
    assert {a for a, _p, _s in _joins(found)} == {"Sadia Noor"}


def test_whose_resignation_from_a_party_is_the_named_person_leaving_it(events):
    found = events("Former chief minister Jam Kamal Khan, whose resignation from the PML-N last week was seen as a "
                   "signal that the new party was imminent, was present.", published="2018-03-30")
    assert [(e.actor, e.party) for e in found if e.type == "leave_party"] == [("Jam Kamal Khan", "PML-N")]


def _dates(found, kind="join_party"):
    return {e.actor: e.date for e in found if e.type == kind}


def test_a_time_in_a_relative_clause_deep_in_the_subject_tells_of_the_person(events):
    """'A, the former deputy convener of the MQM who flew in on March 3, was named president of the new
    party': March 3 is the flight's, the naming is the launch's day."""
    found = events("KARACHI: Former mayor Kashif Jamil on Wednesday launched his new party, naming it the Pak "
                   "Sarzameen Party.\n\nHamid Baig, the former deputy convener of the MQM who flew in from Dubai "
                   "with Mr Jamil on March 3, was named president of the new party.")
    assert _dates(found).get("Hamid Baig") == "2016-03-23"


def test_a_time_in_anothers_relative_clause_does_not_date_the_main_act(events):
    """'He was elected chairman, while B, who had parted ways with the PTI a day earlier, was named its
    vice-chairman': 'a day earlier' is B's parting, not the election."""
    found = events("PESHAWAR: Former minister Gul Zaman on Monday founded a new party, the Pakistan Tehreek-e-Insaf "
                   "Parliamentarians.\n\nHe was elected chairman of the PTI-P, while Sadia Noor, who had parted ways "
                   "with the PTI a day earlier, was named its vice-chairman.", published="2023-07-18")
    assert _dates(found).get("Gul Zaman") == "2023-07-17"


@pytest.mark.parametrize("when", ["later that year", "in the same month", "the following year"])
def test_a_time_counted_from_a_past_one_gives_no_day(events, when):
    """'... announced on August 23, 2016 ... X joined the MQM-London later that year': a month or a year
    after a past day, no day of its own, and not the day before it."""
    found = events("KARACHI: On August 23, 2016, Dr Sattar announced that the party would be run from Pakistan. "
                   f"Former MPA Tariq Naseem joined the MQM-London {when}.", published="2018-02-19")
    assert _dates(found) == {"Tariq Naseem": None}


def test_a_faction_word_in_brackets_is_a_party_of_its_own(events):
    found = events("Former MPA Tariq Naseem quit the MQM-P on Monday and joined the MQM (London).", published="2016-09-06")
    assert ("Tariq Naseem", "MQM-L", "fact") in _joins(found)


@pytest.mark.parametrize("name", ["Jamiat Ulama-i-Islam (Fazl)", "Jamiat Ulama-e-Islam-Fazl"])
def test_another_transliteration_of_a_partys_word_is_the_same_party(events, name):
    """'Ulama' for 'Ulema': the press spells the JUI's name more than one way."""
    found = events(f"Former senator Sadia Noor quit the {name} on Monday.", published="2020-12-26")
    assert [(e.actor, e.party) for e in found if e.type == "leave_party"] == [("Sadia Noor", "JUI-F")]
