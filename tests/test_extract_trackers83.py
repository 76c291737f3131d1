"""Running lists and trackers of moves: a list line that closes with its own day ("(May 24)",
"— May 23") dates its person's act by that day, not by the act told above the list.

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
import pytest

from conftest import story_reader


@pytest.fixture(scope="module")
def events(extractor):
    return story_reader(extractor, "2023-06-12")


def test_list_lines_keep_their_own_days(events):
    found = events(
        "RAWALPINDI: Former MNA Tariq Mahmood Bhatti left the PTI on Saturday at a press conference.\n\n"
        "The others who have quit the party this month are:\n\n"
        "1. Nasir Hussain Jadoon — former MPA from Abbottabad — June 3\n"
        "2. Kashif Ali Dogar — former district mayor — June 7\n\n"
        "The party has called the departures forced.")
    days = {e.actor: e.date for e in found if e.type == "leave_party"}
    assert days.get("Nasir Hussain Jadoon") == "2023-06-03"
    assert days.get("Kashif Ali Dogar") == "2023-06-07"


def test_a_bracketed_day_closes_a_bullet_line(events):
    found = events(
        "LAHORE: Former MPA Rana Arshad Kamboh announced on Friday that he was leaving the PTI.\n\n"
        "Others who have announced leaving the party include:\n\n"
        "- Zahid Akram Malik, former provincial minister (June 5)\n"
        "- Faisal Ahmed Cheema, former MPA (June 8)\n\n"
        "The party has called the departures forced.")
    days = {e.actor: e.date for e in found if e.type == "leave_party"}
    assert days.get("Zahid Akram Malik") == "2023-06-05"
    assert days.get("Faisal Ahmed Cheema") == "2023-06-08"


def test_a_running_list_states_its_act_once_in_its_opener(events):
    found = events(
        "MULTAN: The exodus from the PTI in south Punjab has not slowed.\n\n"
        "Here is a list of the former lawmakers and the dates on which they announced their exits.\n\n"
        "- Tahir Iqbal Chaudhry, former MNA from Vehari (June 2)\n"
        "- Sardar Muhammad Ameer Dogar, former district president (June 6)\n\n"
        "The party has called the departures forced.")
    days = {(e.actor, e.party): e.date for e in found if e.type == "leave_party"}
    assert days.get(("Tahir Iqbal Chaudhry", "PTI")) == "2023-06-02"
    assert days.get(("Sardar Muhammad Ameer Dogar", "PTI")) == "2023-06-06"


def test_table_rows_below_a_tracker_are_its_people(events):
    found = events(
        "PESHAWAR: We have kept a table of PTI figures in Hazara who announced their exit from the party. "
        "It reads as name / post / date:\n\n"
        "Qazi Mazhar Qayyum / former provincial minister / June 4\n"
        "Nazir Ahmed Abbasi / former MPA / June 9\n\n"
        "The party has called the departures forced.")
    days = {(e.actor, e.party): e.date for e in found if e.type == "leave_party"}
    assert days.get(("Qazi Mazhar Qayyum", "PTI")) == "2023-06-04"
    assert days.get(("Nazir Ahmed Abbasi", "PTI")) == "2023-06-09"


def test_a_tracker_line_with_its_own_act_is_not_the_lists(events):
    found = events(
        "LAHORE: Here is a list of the PTI leaders who have left the party this month.\n\n"
        "- Tahir Iqbal Chaudhry, former MNA from Vehari (June 2)\n"
        "- Sardar Muhammad Ameer Dogar, who stepped down as district president but stays in the party (June 6)\n\n"
        "The party has called the departures forced.")
    left = {e.actor for e in found if e.type == "leave_party"}
    assert "Tahir Iqbal Chaudhry" in left
    assert "Sardar Muhammad Ameer Dogar" not in left


@pytest.mark.parametrize("text, person", [
    ("QUETTA: Sardar Yar Muhammad Rind, the senior minister in the Balochistan cabinet who was expelled from "
     "the PTI in 2021, is not included in the tally.", "Sardar Yar Muhammad Rind"),
    ("ISLAMABAD: Noor Alam Khan, the deputy leader of the dissidents in the National Assembly who was expelled "
     "from the PTI in 2022, is not counted.", "Noor Alam Khan"),
])
def test_a_closing_note_on_an_expelled_member_is_the_expulsion(events, text, person):
    found = events(text)
    assert [(e.actor, e.party) for e in found if e.type == "expel"] == [(person, "PTI")]


def test_a_clause_on_the_nearer_person_is_not_the_named_ones(events):
    found = events("LAHORE: Nadeem Afzal Chan, a friend of the MPA who was expelled from the PTI last year, "
                   "spoke on Monday.")
    assert not [e for e in found if e.type == "expel"]


def test_a_roundup_item_gives_its_weekday_to_its_later_sentences(extractor):
    read = story_reader(extractor, "2023-11-12")
    found = read(
        "ISLAMABAD: Our weekly roundup of who moved where.\n\n"
        "THURSDAY — A quiet start. Former MPA Rai Hassan Nawaz Kharal joined the PPP at a ceremony in Sahiwal.\n\n"
        "SATURDAY: Busy again. The JUI-F and the GDA agreed to contest the elections in Sindh together.")
    days = {(e.type, e.actor): e.date for e in found}
    assert days.get(("join_party", "Rai Hassan Nawaz Kharal")) == "2023-11-09"
    assert days.get(("coalition", "JUI-F")) == "2023-11-11"


def test_an_explainer_entry_speaks_of_its_head_as_the_former_minister(events):
    found = events(
        "LAHORE: Who's who of the new party.\n\n"
        "Nauman Langrial: The former agriculture minister, who parted ways with the PTI on May 28, "
        "joined the IPP on Thursday.\n\n"
        "The party has called the departures forced.")
    assert ("Nauman Langrial", "PTI", "2023-05-28") in {
        (e.actor, e.party, e.date) for e in found if e.type == "leave_party"}


def test_a_list_of_those_who_quit_their_posts_is_no_leaving(events):
    found = events(
        "LAHORE: Here is a list of the PTI office-bearers who quit their posts this month.\n\n"
        "- Tahir Iqbal Chaudhry, Vehari district president (June 2)\n"
        "- Sardar Muhammad Ameer Dogar, Multan city president (June 6)\n\n"
        "The party has called the resignations forced.")
    assert not [e for e in found if e.type == "leave_party"]
