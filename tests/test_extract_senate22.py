"""Senate election stories: the house and day of their tallies, and the owners of tallies told
after a backing phrase.

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
import pytest

from conftest import story_reader


@pytest.fixture(scope="module")
def events(extractor):
    return story_reader(extractor, "2018-03-05")


def _tallies(found):
    return {(e.actor, e.seats, e.house) for e in found if e.type == "seat_result"}


def test_assemblies_that_elect_senators_are_not_the_house_of_later_tallies(events):
    text = ("Senate elections: PML-N tops the count\n\n"
            "LAHORE: Voting for 52 seats of the upper house took place on Saturday.\n\n"
            "The voting was held in the four provincial assemblies and the National Assembly.\n\n"
            "The PML-N won 15 seats, while the PPP finished second with 12 seats.")
    found = _tallies(events(text))
    assert ("PML-N", 15, "Senate") in found and ("PPP", 12, "Senate") in found
    assert not any(house == "NA" for _a, _n, house in found)


def test_votes_counted_in_a_house_do_not_make_it_the_house_of_the_tallies(events):
    text = ("Opposition candidate wins Senate seat from Islamabad\n\n"
            "ISLAMABAD: The opposition's nominee took 170 votes in the National Assembly on Saturday.\n\n"
            "The premier said he would seek a vote of confidence from the National Assembly.\n\n"
            "By the end of the count, the PTI had won 16 seats, the PPP seven and the BAP four.")
    found = _tallies(events(text))
    assert {("PTI", 16, "Senate"), ("PPP", 7, "Senate"), ("BAP", 4, "Senate")} <= found


def test_an_assembly_in_a_speakers_title_is_not_where_seats_are(events):
    text = ("Senate seats from Punjab filled unopposed\n\n"
            "LAHORE: The Senate seats from the province were filled on Saturday after the PTI and the "
            "PML-N struck a deal, brokered by Punjab Assembly Speaker Tariq Mehmood, under which the "
            "PTI got six seats and the PML-N five.")
    found = _tallies(events(text))
    assert ("PTI", 6, "Senate") in found
    assert not any(house == "PA-Punjab" for _a, _n, house in found)


def test_independents_backed_by_a_party_own_a_bare_tally(events):
    text = ("In the July 25 elections, the PML-N won 64 seats, while independents backed by the PPP "
            "won 13.")
    found = _tallies(events(text, published="2018-07-30"))
    assert ("IND", 13, "NA") in found
    assert not any(actor == "PPP" for actor, _n, _h in found)


def test_a_vote_still_to_come_is_not_the_day_of_the_polls(events):
    text = ("Senate polls: PTI wins 16 seats\n\n"
            "ISLAMABAD: The count of the upper house elections ended late at night.\n\n"
            "The premier told his party that the vote would be held on Saturday.\n\n"
            "By the end of the count, the PTI had won 16 seats, the PPP seven and the BAP four.")
    found = [e for e in events(text, published="2021-03-04") if e.type == "seat_result"]
    assert found
    assert all(e.date != "2021-03-06" for e in found)


def test_the_from_of_a_resigned_seat_is_its_constituency_not_a_post(events):
    found = [e for e in events("Senator-elect Kamran Ali resigned his seat in the National Assembly from "
                               "Sargodha on Monday.") if e.type == "resign_post"]
    assert [e.post for e in found] == ["MNA"]


def test_the_broker_of_a_deal_is_not_one_of_its_sides(events):
    text = "The PTI and the PML-N reached an understanding on the Senate seats, brokered by PML-Q leader Chaudhry Parvez Elahi."
    pairs = {(e.actor, e.counterpart) for e in events(text) if e.type == "coalition"}
    assert ("PTI", "PML-N") in pairs and ("PML-N", "PTI") in pairs
    assert not any("PML-Q" in pair for pair in pairs)


def test_standing_down_in_his_favour_backs_his_party(events):
    text = ("ISLAMABAD: The PPP's Rashid Ahmed Soomro filed his papers for the Senate seat on Monday.\n\n"
            "The PML-N and the JUI-F withdrew their own nominees in his favour.")
    pairs = {(e.actor, e.counterpart, e.action) for e in events(text) if e.type == "coalition"}
    assert {("PML-N", "PPP", "join"), ("JUI-F", "PPP", "join")} <= pairs


def test_the_lawmakers_membership_ended_after_a_list_ends_each_listed_members(events):
    text = ("The PML-N on Tuesday named six MPAs it said had voted against its candidates. "
            "Among those named were Rana Asif Mehmood, Malik Tariq Awan and Sajida Parveen. "
            "The party chief said notices would go to all six.\n\n"
            "The PML-N's central information secretary, Ahmad Zia, said the lawmakers' membership had been "
            "terminated with immediate effect and they would not be given tickets.")
    expelled = {e.actor for e in events(text, published="2021-03-10") if e.type == "expel" and e.party == "PML-N"}
    assert {"Rana Asif Mehmood", "Malik Tariq Awan", "Sajida Parveen"} <= expelled


def test_breaking_an_alliances_decisions_is_not_leaving_it(events):
    found = events("The JUI-F said the ANP had taken the help of government allies and broken the PDM's "
                   "decisions.")
    assert not [e for e in found if e.type == "coalition" and e.action == "leave"]


def test_stopping_short_of_announcing_an_exit_denies_it(events):
    found = events("Asfandyar Wali Khan stopped short of announcing that the ANP was leaving the PDM.")
    leaves = [e for e in found if e.type == "coalition" and e.actor == "ANP" and e.counterpart == "PDM"]
    assert leaves and all(e.status == "denied" for e in leaves)


def test_an_alliances_joint_candidate_of_a_member_party_is_backing_for_that_party(events):
    text = ("ISLAMABAD: Former minister Rashid Ahmed Soomro, the joint candidate of the PDM, won the Senate seat "
            "from the capital on Wednesday.\n\n"
            "Mr Soomro, who belongs to the PPP, polled 170 votes.")
    pairs = {(e.actor, e.counterpart, e.action) for e in events(text, published="2021-03-04") if e.type == "coalition"}
    assert ("PDM", "PPP", "join") in pairs
