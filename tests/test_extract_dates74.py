"""Event dates (dates74): an accepted resignation dated by the tendering its own clause tells.
Every sentence here is the project's own wording."""
import pytest

from allegiance import extract


def resign_dates(text, published):
    return {(e.actor, e.date) for e in extract(text, published=published) if e.type == "resign_post"}


@pytest.mark.parametrize("text, expected", [
    ("ISLAMABAD: The prime minister on Monday accepted the resignation of Federal Minister for Housing "
     "Maulana Abdul Wasay, who had tendered it on Friday.", ("Maulana Abdul Wasay", "2022-10-07")),
    ("ISLAMABAD: The prime minister on Monday accepted the resignation of Federal Minister for Housing "
     "Maulana Abdul Wasay, which he had submitted on October 3.", ("Maulana Abdul Wasay", "2022-10-03")),
])
def test_accepted_resignation_takes_the_day_it_was_tendered(text, expected):
    assert expected in resign_dates(text, "2022-10-11")


def test_accepted_resignation_tendered_in_a_month_only_is_undated():
    text = ("ISLAMABAD: The prime minister on Monday accepted the resignation of Federal Minister for Housing "
            "Maulana Abdul Wasay, who had sent it in March.")
    assert resign_dates(text, "2022-10-11") == {("Maulana Abdul Wasay", None)}


def test_body_that_met_on_a_day_acted_that_day():
    text = ("PESHAWAR: The JUI-F disciplinary committee, which met in Peshawar on Friday, terminated the basic "
            "party membership of Maulana Abdul Ghafoor Qasmi, a notification said.")
    found = {(e.actor, e.date) for e in extract(text, published="2020-12-26") if e.type == "expel"}
    assert found == {("Maulana Abdul Ghafoor Qasmi", "2020-12-25")}


def test_a_relative_clause_on_the_subject_that_tells_of_the_person_still_gives_no_day():
    text = "LAHORE: Rana Sajjad Haider, who was elected from Okara in 2018, resigned as MPA on Monday."
    found = {(e.actor, e.date) for e in extract(text, published="2023-05-23") if e.type == "resign_post"}
    assert found == {("Rana Sajjad Haider", "2023-05-22")}


def test_a_day_after_counts_back_through_a_where_clause_on_the_acts_place():
    text = ("LAHORE: PML-N lawmaker Chaudhry Asif Majeed on Tuesday resigned from the party's Punjab working "
            "committee.\n\nHis announcement came a day after Jamaat-e-Islami's Lahore district chief Rana Zafar "
            "Iqbal joined the Pakistan Tehreek-e-Insaf at the Governor's House, where Governor Chaudhry Muhammad "
            "Sarwar welcomed him into the party.")
    found = {(e.actor, e.date) for e in extract(text, published="2019-07-03") if e.type == "join_party"}
    assert found == {("Rana Zafar Iqbal", "2019-07-01")}


def test_undated_act_takes_the_day_of_the_statement_told_next():
    text = ("MULTAN, Oct 15: A PTI lawmaker on Tuesday quit as parliamentary secretary.\n\nMeanwhile, PTI Khanewal "
            "district president Rana Saleem Akhtar has resigned from the party. According to a statement issued here "
            "on Monday, he said old workers were being sidelined.")
    found = {(e.actor, e.date) for e in extract(text, published="2019-10-15") if e.type == "leave_party"}
    assert ("Rana Saleem Akhtar", "2019-10-14") in found


def test_named_members_of_a_counted_group_take_the_groups_day():
    text = ("PESHAWAR: The provincial assembly on Monday elected a new chief minister.\n\n"
            "Meanwhile, two provincial ministers resigned from the cabinet on Saturday. Minister for Mines Gul Zaman "
            "Khattak and Minister for Sports Shaukat Yousafzai Mohmand sent their resignations to the chief "
            "minister's office.")
    found = {(e.actor, e.date) for e in extract(text, published="2025-10-14") if e.type == "resign_post"}
    assert found == {("Gul Zaman Khattak", "2025-10-11"), ("Shaukat Yousafzai Mohmand", "2025-10-11")}
