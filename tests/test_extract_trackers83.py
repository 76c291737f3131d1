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
