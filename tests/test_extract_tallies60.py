"""Seat tallies as real news packs them (tallies60): headline decks cut by semicolons with mixed verbs,
'single seat', a count glued to a name, one party's seats in two houses in one phrase, a subject
'Candidates of the X', and a retold figure. Sentences are written for these tests (GUIDELINE.md)."""
import pytest

from conftest import story_reader


@pytest.fixture(scope="module")
def read(extractor):
    return story_reader(extractor, "2021-03-05")


def _tallies(found):
    return {(e.actor, e.seats, e.house) for e in found if e.type == "seat_result"}


SENATE_BODY = "\n\nISLAMABAD: The ruling party emerged as the largest party in the Senate after Thursday's Senate elections."


def test_a_claim_in_a_deck_holds_its_own_clause_only_and_claims_6_takes_seats(read):
    found = _tallies(read("PTI bags 17 seats; PPP gets 7; JUI-F claims 4; PML-N slams rigging" + SENATE_BODY))
    assert {("PTI", 17, "Senate"), ("PPP", 7, "Senate"), ("JUI-F", 4, "Senate")} <= found


def test_a_claimed_victory_in_prose_is_still_no_result(read):
    assert not _tallies(read("The PML-N claimed victory on 140 seats in the Punjab Assembly on Sunday."))


def test_single_seat_and_a_count_glued_to_a_name_in_a_deck(read):
    found = _tallies(read("PML-N secures 9, MQM-P single seat from Sindh, JUI-F 2, National Party2" + SENATE_BODY))
    assert {("MQM-P", 1, "Senate"), ("NP", 2, "Senate"), ("JUI-F", 2, "Senate")} <= found


def test_a_count_glued_to_a_code_at_the_deck_end(read):
    found = _tallies(read("PPP sweeps Sindh Assembly with 80 seats; MQM-P bags 27; JI1", published="2024-02-11"))
    assert ("JI", 1, "PA-Sindh") in found


def test_one_party_in_two_houses_in_one_phrase(read):
    found = _tallies(read("The BAP won three National Assembly and nine Balochistan Assembly seats in the July 25 polls.",
                          published="2018-07-28"))
    assert {("BAP", 3, "NA"), ("BAP", 9, "PA-Balochistan")} <= found


def test_candidates_of_a_party_win_senate_seats_from_a_province(read):
    found = _tallies(read("Candidates of the Pakistan Peoples Party won five Senate seats from Sindh on Tuesday, "
                          "with the MQM-P getting two seats.", published="2024-04-03"))
    assert {("PPP", 5, "Senate"), ("MQM-P", 2, "Senate")} <= found


def test_a_retold_figure_keeps_the_house_it_was_first_told_in(read):
    text = ("PML-N bags 120 Punjab Assembly seats; PTI 30; PML-Q 9\n\n"
            "LAHORE: The PML-N also won 80 seats in the National Assembly in Saturday's elections.\n\n"
            "The PML-Q, once the ruling party, won only nine seats.")
    found = _tallies(read(text, published="2013-05-13"))
    assert ("PML-Q", 9, "PA-Punjab") in found and ("PML-Q", 9, "NA") not in found


def test_a_strength_is_no_result(read):
    assert not _tallies(read("The ruling party now has 28 senators in the house of 100, officials said."))


def test_the_commissions_registered_name_with_its_count_is_the_pml_q(read):
    found = _tallies(read("According to the Election Commission, the PTI has won 110 National Assembly seats followed by "
                          "PML (N) 60, PPP 40, Pakistan Muslim League four and MQM five.", published="2018-07-27"))
    assert ("PML-Q", 4, "NA") in found


def test_the_bare_name_without_a_count_names_no_party(read):
    found = read("Lawmakers of Pakistan Muslim League have decided to join the PTI, sources said.", published="2023-03-14")
    assert not any(e.type == "join_party" and e.party == "PML-Q" for e in found)


def test_a_share_of_the_senate_seats_an_assembly_elected_is_no_assembly_result(read):
    text = ("ISLAMABAD: The PPP emerged as the largest party in the Senate after Saturday's Senate elections.\n\n"
            "The PPP secured nine of 12 seats in the Sindh Assembly, officials said.")
    found = _tallies(read(text, published="2018-03-04"))
    assert not any(house == "PA-Sindh" for _actor, _n, house in found)


@pytest.mark.parametrize("deck", ["PTI claims 180 seats; PML-N rejects results", "PTI claims 150; PML-N rejects results"])
def test_a_claim_in_a_deck_of_no_other_counts_stays_a_claim(read, deck):
    text = deck + "\n\nISLAMABAD: The PTI said on Friday it had won the National Assembly elections."
    assert not _tallies(read(text, published="2024-02-10"))


def test_a_bare_count_goes_on_in_the_house_of_the_tally_before_it(read):
    found = _tallies(read("In the July 25 elections, the BAP won four National Assembly seats, while in Balochistan "
                          "the JUI-F got ten provincial seats and the BAP 15.", published="2018-07-28"))
    assert {("BAP", 4, "NA"), ("JUI-F", 10, "PA-Balochistan"), ("BAP", 15, "PA-Balochistan")} <= found
