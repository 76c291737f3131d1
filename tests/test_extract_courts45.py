"""Courts and the election commission acting on politicians' allegiance: a de-seating or a removal
from a party body looks like a leaving or an expulsion but is neither (GUIDELINE.md).

Sentences are written for these tests.
"""
import pytest

from conftest import story_reader


@pytest.fixture(scope="module")
def events(extractor):
    return story_reader(extractor, "2022-05-21")


def _of(found, kind):
    return [e for e in found if e.type == kind]


def test_those_de_seated_are_not_the_defectors_of_the_act_before(events):
    found = events("The commission held that the lawmakers had defected from the PTI by voting against "
                   "the party line. Among those de-seated were Raza Hayat Khan, Tariq Mehmood and Saima Bano.")
    assert not [e for e in _of(found, "leave_party") if e.actor in ("Raza Hayat Khan", "Tariq Mehmood", "Saima Bano")]


def test_expelled_from_a_party_committee_is_no_expulsion_from_the_party(events):
    found = events("PTI leader Kamran Bangash was expelled from the party's core committee on Friday for indiscipline.")
    assert not _of(found, "expel")


def test_an_act_likened_to_leaving_is_no_ones_leaving(events):
    found = events("The PTI sent references against its dissidents to the commission. Counsel for the dissidents, Salman Butt, had argued before the bench that a vote cast against "
                   "party policy could at most invite disqualification and could not be equated with leaving the party.")
    assert not _of(found, "leave_party")


def test_among_them_lists_the_group_that_tendered_resignations(events):
    found = events("The PTI lawmakers had tendered their resignations on April 11 after the no-confidence vote. "
                   "Among them were Nadia Aziz, Kamran Saeed and Omer Farooq.")
    assert {e.actor for e in _of(found, "resign_post")} >= {"Nadia Aziz", "Kamran Saeed", "Omer Farooq"}


def test_a_dismissed_petition_does_not_deny_the_act_the_court_notes(events):
    found = events("Separately, the court dismissed a petition by former PTI MNA Salman Qazi, noting that he "
                   "had quit the party in October.")
    assert [e.status for e in _of(found, "leave_party") if e.actor == "Salman Qazi"] == ["fact"]


def test_he_in_what_the_bench_notes_is_the_petitioner_it_names(events):
    found = events("Her brother, Amir Latif, had left the PTI in May. Separately, the court dismissed a petition "
                   "by former MNA Salman Qazi seeking his reinstatement, noting that he had himself quit the PTI in October.")
    assert "Salman Qazi" in {e.actor for e in _of(found, "leave_party")}
