"""Expulsions, suspensions and cancelled memberships as the press words them (stress set expel4).

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
import pytest

from conftest import story_reader


@pytest.fixture(scope="module")
def events(extractor):
    return story_reader(extractor, "2024-02-20")


def _expelled(found):
    return sorted(e.actor for e in found if e.type == "expel")


# ---------------------------------------------------------------- a list of owners the parser breaks

@pytest.mark.parametrize("text, names", [
    ("In a statement, the PML-N said the membership of Syed Farhan Akhtar Zaidi, Muhammad Naveed Qureshi "
     "and Shahid Iqbal Pasha had been terminated with immediate effect.",
     ["Muhammad Naveed Qureshi", "Shahid Iqbal Pasha", "Syed Farhan Akhtar Zaidi"]),
    ("In a statement, the committee of the PML-N said the membership of Syed Farhan Akhtar Zaidi, Muhammad "
     "Naveed Qureshi and Shahid Iqbal Pasha had been terminated, and that workers should avoid them.",
     ["Muhammad Naveed Qureshi", "Shahid Iqbal Pasha", "Syed Farhan Akhtar Zaidi"]),
    ("The PPP said the membership of Ali Raza Khan, Bilal Ahmed Chandio and Sara Mangi had been suspended "
     "for three months.", ["Ali Raza Khan", "Bilal Ahmed Chandio", "Sara Mangi"]),
])
def test_every_owner_of_a_listed_membership_is_expelled(events, text, names):
    assert _expelled(events(text)) == names


# ---------------------------------------------------------------- a name set off after a person's word

@pytest.mark.parametrize("text, name", [
    ("The PTI on Wednesday cancelled the basic membership of its MNA from Peshawar, Noor Alam Khan, for "
     "siding with the opposition.", "Noor Alam Khan"),
    ("Sources said the Balochistan Awami Party had also recommended expelling a fourth dissident, Mir Muhammad "
     "Khan Lehri, though its president had not signed off on the decision.", "Mir Muhammad Khan Lehri"),
    ("The PPP expelled its district president in Larkana, Ali Raza Khan, on Monday.", "Ali Raza Khan"),
    ("The PML-N suspended the membership of a senator, Bilal Ahmed, for three months.", "Bilal Ahmed"),
])
def test_a_name_set_off_after_the_persons_word_is_the_person_expelled(events, text, name):
    assert _expelled(events(text)) == [name]


def test_a_name_after_the_comma_that_is_a_subject_is_not_the_person_expelled(events):
    assert _expelled(events("The PPP expelled its district president, Ali Raza Khan said.")) == []


# ---------------------------------------------------------------- a hyphenated party name as the one who acts

@pytest.mark.parametrize("text, name", [
    ('ISLAMABAD: The Pakistan Tehreek-e-Insaf on Wednesday cancelled the basic membership of its MNA from '
     'Peshawar, Noor Alam Khan, for "openly siding with the opposition" ahead of the vote.', "Noor Alam Khan"),
    ("LAHORE: The Pakistan Tehreek-e-Insaf on Wednesday suspended the membership of Ali Raza Khan.", "Ali Raza Khan"),
])
def test_an_article_split_from_a_hyphenated_party_name_does_not_block_the_act(events, text, name):
    assert _expelled(events(text)) == [name]


# ---------------------------------------------------------------- a notification naming the group just expelled

@pytest.mark.parametrize("text", [
    "A notification issued by PPP Sindh general secretary Waqar Mehdi said the basic membership of the five had "
    "been cancelled on the directions of the party chairman. It named Sardar Khair Muhammad Tunio from Larkana "
    "and Agha Taimur Khan Pathan from Shikarpur.",
    "The PPP on Monday expelled five of its local leaders. The notification named Sardar Khair Muhammad Tunio "
    "and Agha Taimur Khan Pathan.",
])
def test_a_notification_naming_the_group_just_expelled_lists_it(events, text):
    assert _expelled(events(text)) == ["Agha Taimur Khan Pathan", "Sardar Khair Muhammad Tunio"]


def test_a_naming_with_no_group_expelled_before_is_no_expulsion(events):
    text = "The PPP on Monday held a meeting in Larkana. It named Sardar Khair Muhammad Tunio as its candidate."
    assert _expelled(events(text)) == []


# ---------------------------------------------------------------- 'their membership': the people named together before

@pytest.mark.parametrize("text, names", [
    ('Jamaat-e-Islami Karachi on Monday suspended two union committee chairmen. He said the two chairmen, Muhammad '
     'Saleem Baloch of Lyari and Syed Zubair Hasan of Gulberg, had been in contact with the rival camp before the '
     'vote. "Their membership has been suspended," he said.', ["Muhammad Saleem Baloch", "Syed Zubair Hasan"]),
    ("The PML-N met on Monday. Ali Raza Khan and Bilal Ahmed Chandio attended the meeting in Lahore. Their "
     "membership was suspended by the party.", ["Ali Raza Khan", "Bilal Ahmed Chandio"]),
])
def test_their_membership_is_that_of_the_people_named_together_before(events, text, names):
    assert _expelled(events(text)) == names
