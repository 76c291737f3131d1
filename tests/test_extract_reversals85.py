"""Reversals and returns: a party taking back a person it had expelled ('readmitted', 're-admitted').

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
import pytest

from conftest import person_moves, story_reader


@pytest.fixture(scope="module")
def moves(extractor):
    return person_moves(extractor, "2024-03-12")


@pytest.mark.parametrize("text, person, party", [
    ("QUETTA: The BNP on Monday expelled two district leaders. The party also re-admitted former MPA "
     "Sardar Akhtar Hussain Lango, who had been expelled in 2019.", "Sardar Akhtar Hussain Lango", "BNP"),
    ("MULTAN: The PPP on Monday re-admitted ex-MNA Rana Mehmoodul Hassan Qureshi into the party, four years "
     "after he was expelled for anti-party activities.", "Rana Mehmoodul Hassan Qureshi", "PPP"),
])
def test_a_party_readmitting_a_person_is_a_join(moves, text, person, party):
    assert ("join_party", person, party, "fact") in moves(text)


def test_readmitted_by_no_party_is_no_join(moves):
    text = "KARACHI: A city hospital re-admitted former senator Khalid Mehmood Soomro after he fell ill on Monday."
    assert not [m for m in moves(text) if m[0] == "join_party"]


@pytest.mark.parametrize("text, person, party", [
    ("KARACHI: PPP leaders welcomed the return of former MPA Haji Nawaz Chandio to the party fold on Sunday.",
     "Haji Nawaz Chandio", "PPP"),
    ("LAHORE: The return of Sardar Asif Nakai to the PML-N was announced at a ceremony on Monday.",
     "Sardar Asif Nakai", "PML-N"),
])
def test_the_return_of_a_named_person_to_a_party_is_a_join(moves, text, person, party):
    assert ("join_party", person, party, "fact") in moves(text)


def test_the_return_of_a_person_from_abroad_is_no_join(moves):
    text = "LAHORE: The return of Nawaz Sharif from London was celebrated by PML-N workers on Saturday."
    assert not [m for m in moves(text) if m[0] == "join_party"]


def test_a_karachi_district_in_a_description_is_no_person(moves):
    text = ("KARACHI: Also at the ceremony was Ms Shazia Jamali, a former town nazim from Korangi, who joined "
            "the PPP on Monday.")
    found = moves(text)
    assert ("join_party", "Ms Shazia Jamali", "PPP", "fact") in found
    assert not [m for m in found if m[1] == "Korangi"]


def test_a_resignation_as_a_post_withdrawn_is_a_denied_resignation(moves):
    text = "QUETTA: Mir Zahoor Buledi on Tuesday withdrew his resignation as BAP Quetta division president."
    found = [m for m in moves(text) if m[0] == "resign_post"]
    assert found and all(m[3] == "denied" for m in found)


@pytest.mark.parametrize("text", [
    "PESHAWAR: Arbab Jahandad Khan on Tuesday changed his mind about joining the ANP.",
    "PESHAWAR: Arbab Jahandad Khan said on Tuesday that he had reconsidered his decision to join the ANP.",
])
def test_a_mind_changed_about_joining_denies_the_join(moves, text):
    assert ("join_party", "Arbab Jahandad Khan", "ANP", "denied") in moves(text)


def test_a_decision_to_quit_being_reconsidered_may_be_called_off(moves):
    text = "PESHAWAR: Arbab Jahandad Khan told reporters on Tuesday that he was reconsidering his decision to quit the ANP."
    assert ("leave_party", "Arbab Jahandad Khan", "ANP", "possible") in moves(text)


def test_a_party_asking_a_leaver_to_reconsider_leaves_the_leaving_done(moves):
    text = "PESHAWAR: The ANP on Tuesday urged Arbab Jahandad Khan to reconsider his decision to quit the party."
    assert ("leave_party", "Arbab Jahandad Khan", "ANP", "denied") not in moves(text)


def test_welcomed_back_into_a_party_is_a_join(moves):
    text = "MULTAN: Former MPA Malik Wasif Mazhar Raan was welcomed back into the PPP fold by Yousuf Raza Gilani on Tuesday."
    assert ("join_party", "Malik Wasif Mazhar Raan", "PPP", "fact") in moves(text)


@pytest.fixture(scope="module")
def read(extractor):
    return story_reader(extractor, "2024-03-12")


def test_an_act_uncounted_days_before_the_return_has_no_day(read):
    text = "SUKKUR: Former MPA Jam Ikramullah Dharejo rejoined the PPP on Monday, days after announcing his exit from the party."
    found = read(text)
    assert [(e.date) for e in found if e.type == "join_party"] == ["2024-03-11"]
    assert [(e.date) for e in found if e.type == "leave_party"] == [None]


def test_an_act_counted_or_dated_before_the_return_keeps_its_day(read):
    text = "SUKKUR: Former MPA Jam Ikramullah Dharejo rejoined the PPP on Monday, days after he quit it on Friday."
    assert [(e.date) for e in read(text) if e.type == "leave_party"] == ["2024-03-08"]


def test_went_back_on_a_decision_to_join_after_the_day_denies_it(moves):
    text = "SUKKUR: Jam Ikramullah Dharejo on Monday went back on his decision to join the GDA."
    assert ("join_party", "Jam Ikramullah Dharejo", "GDA", "denied") in moves(text)


def test_a_background_leaving_keeps_no_day_when_its_reason_is_read_again(read):
    text = ("HYDERABAD: Former MPA Syed Ali Nawaz Shah on Monday backed out of joining the GDA. He had left the "
            "PTI in the wake of the May 9 riots, saying at the time that he could not stay with a party that "
            "attacked the army.")
    assert [e.date for e in read(text) if e.type == "leave_party" and e.party == "PTI"] == [None]
