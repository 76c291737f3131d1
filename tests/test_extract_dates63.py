"""The day of acts told in ways that mis-dated them: a running tally ('have joined so far') and a dated
step told in the pluperfect below an undated lead.

Sentences are written for these tests; each states the day a reader would record (GUIDELINE.md: a date
goes with the act; a background act whose day is not said is null).
"""
import pytest

from conftest import story_reader


@pytest.fixture(scope="module")
def read(extractor):
    return story_reader(extractor, "2017-03-06")


def _dates(found, kind):
    return {(e.actor, e.date) for e in found if e.type == kind}


@pytest.mark.parametrize("text", [
    "Senator Aslam Bhatti joined the PPP on Sunday in Lahore.\n\n"
    "Party veterans such as Javed Chattha and Hina Rabbani Kazmi have joined the PTI so far.",
    "Senator Aslam Bhatti joined the PPP on Sunday in Lahore.\n\n"
    "Among the leaders who have thus far joined the PTI are Javed Chattha and Hina Rabbani Kazmi.",
])
def test_a_running_tally_tells_no_day(read, text):
    found = _dates(read(text), "join_party")
    assert ("Aslam Bhatti", "2017-03-05") in found
    assert ("Javed Chattha", None) in found and ("Hina Rabbani Kazmi", None) in found


def test_a_pluperfect_step_below_an_undated_lead_lends_it_no_day(read):
    text = ("QUETTA: The BAP has decided to expel two members of the Balochistan Assembly for voting against the "
            "party's candidate in the Senate elections.\n\n"
            "The members to be expelled are Zahoor Buledi and Rubina Irfan.\n\n"
            "The two lawmakers had met opposition leaders on March 2 and promised them their votes.")
    found = _dates(read(text), "expel")
    assert found == {("Zahoor Buledi", None), ("Rubina Irfan", None)}


def test_a_relative_pluperfect_keeps_the_main_clauses_day(read):
    text = "Nadeem Afzal Chan, who had quit the PTI last year, rejoined the PPP on Saturday."
    assert ("Nadeem Afzal Chan", "2017-03-04") in _dates(read(text), "join_party")


def test_a_paragraph_years_back_ends_the_lead_day(read):
    text = ("PML-N loses more lawmakers in the south\n\n"
            "On Sunday, Saima Akhtar and Rana Iqbal Siraj left the PML-N, saying the party had neglected their districts.\n\n"
            "Both are members of the Punjab Assembly from Bahawalpur division and were long seen as loyal to the provincial "
            "leadership, which had counted on their votes in the budget session and in the election of the speaker.\n\n"
            "As chief minister, Ghulam Haider Wyne governed the province from November 9, 1990 to April 25, 1993.\n\n"
            "Asif Bajwa and Shazia Jamil parted ways with the PML-N over its handling of the clause on prophethood.")
    found = _dates(read(text), "leave_party")
    assert ("Saima Akhtar", "2017-03-05") in found
    assert ("Asif Bajwa", None) in found and ("Shazia Jamil", None) in found


def test_a_span_of_the_past_weeks_tells_no_day(read):
    text = ("MULTAN: The PML-Q's slide in the south continued on Saturday as former MNA Riaz Pirzada left the party and "
            "joined the PTI at a rally in the city. He is the second leader from the district to quit this season, a loss "
            "for the party's provincial chapter, which had counted on the district's vote bank before the general election. "
            "Within the last one month, party veterans Khalid Dreshak and Saeed Khakwani have abandoned the PML-Q. "
            "While Dreshak is weighing his options, Khakwani has thrown in his lot with the PPP.")
    assert ("Saeed Khakwani", None) in _dates(read(text), "join_party")
