"""Acts that only the story around a sentence completes: support pledged to the party forming the
government, an offer from the ruling alliance declined, people named as those who made the
announcement just reported. Articles are written for these tests."""
import pytest

from conftest import story_reader


@pytest.fixture(scope="module")
def events(extractor):
    return story_reader(extractor, "2024-02-21")


def _coalitions(events):
    return {(e.actor, e.counterpart, e.action) for e in events if e.type == "coalition"}


def test_support_pledged_to_nobody_named_goes_to_the_party_forming_the_government(events):
    text = ("The MQM-P has decided to join the PML-N-led coalition, its convener said on Tuesday. "
            "The BAP and the IPP also pledged their support.")
    found = _coalitions(events(text))
    assert {("BAP", "PML-N", "join"), ("IPP", "PML-N", "join")} <= found
    assert ("BAP", "IPP", "join") not in found  # pledging support together is no pact between the two


def test_support_for_a_named_party_stays_with_it(events):
    text = "The PML-N-led coalition took shape on Tuesday. The BAP pledged its support to the PPP in Balochistan."
    found = _coalitions(events(text))
    assert ("BAP", "PPP", "join") in found
    assert ("BAP", "PML-N", "join") not in found


def test_declining_to_join_the_ruling_alliance_rejects_its_leader(events):
    text = ("The PML-N-led alliance was finalised on Tuesday. "
            "The JUI-F, however, declined an offer to join the ruling alliance.")
    assert ("JUI-F", "PML-N", "reject") in _coalitions(events(text))


def test_the_people_who_made_the_announcements_are_those_who_left(events):
    text = ("LAHORE: Three more leaders of the PTI on Thursday announced they were parting ways with the party.\n\n"
            "Former provincial minister Asim Nadeem, former MPA Tahir Rafiq and ex-MNA Shazia Kanwal made "
            "the announcements at separate press conferences.")
    found = {(e.type, e.actor, e.party, str(e.date)) for e in events(text, published="2023-05-26")}
    assert found >= {("leave_party", name, "PTI", "2023-05-25") for name in ("Asim Nadeem", "Tahir Rafiq", "Shazia Kanwal")}


def test_an_announcement_of_something_else_is_no_such_list(events):
    text = ("Three more leaders of the PTI on Thursday announced they were parting ways with the party. "
            "Asim Nadeem and Tahir Rafiq made the announcement of a new welfare trust on Friday.")
    assert not any(e.actor in ("Asim Nadeem", "Tahir Rafiq") for e in events(text, published="2023-05-26"))


def _tallies(events):
    return {(e.actor, e.seats, e.house) for e in events if e.type == "seat_result"}


def test_a_dateline_is_no_subject_of_a_tally(events):
    text = ("PTI sweeps KP Senate polls, opposition bags five\n\n"
            "PESHAWAR: The Pakistan Tehreek-e-Insaf (PTI) won six of the eleven Senate seats from Khyber "
            "Pakhtunkhwa in Thursday's polling, while the opposition alliance secured the remaining five.")
    assert ("PTI", 6, "Senate") in _tallies(events(text, published="2021-03-05"))


def test_provincial_seats_in_a_senate_story_are_the_provinces_assembly(events):
    text = ("The PTI won six Senate seats from Khyber Pakhtunkhwa on Thursday. "
            "In the Punjab by-elections held on Sunday, the PML-N bagged 10 of the 20 provincial seats and the PTI won nine.")
    found = _tallies(events(text, published="2021-03-05"))
    assert {("PML-N", 10, "PA-Punjab"), ("PTI", 9, "PA-Punjab"), ("PTI", 6, "Senate")} <= found


def test_a_portfolio_after_on_is_no_part_of_the_name(events):
    text = ("Special Assistant to the Prime Minister on Health Dr Zafar Mirza resigned from his post on Sunday, "
            "saying criticism of his role had made it untenable.")
    posts = {(e.actor, e.post) for e in events(text, published="2020-07-30") if e.type == "resign_post"}
    assert [actor for actor, _post in posts] == ["Dr Zafar Mirza"]
    assert "Health" in next(iter(posts))[1]


@pytest.mark.parametrize("sentence", [
    "Ali Raza said he had no intention of stepping down as the party's provincial chief.",
    "Kamran Baig gave up his post as the party's information secretary on Monday.",
])
def test_stepping_down_and_giving_up_a_post_are_selected_for_parsing(sentence):
    from allegiance.extractor.select import candidate_chunks
    text = "The weather in Lahore stayed mild all week.\n\n" + sentence + "\n\nTraffic was light on the Mall."
    assert any(sentence in chunk.text for chunk in candidate_chunks(text))


@pytest.mark.parametrize("sentence", [
    "The GDA is likely to back the PTI in the vote for prime minister.",
    "In Islamabad, the BNP-Mengal could back the PML-N in the contest for prime minister, aides said.",
    "The JUI-F may back the PPP nominee for the Senate chairmanship.",
    "Party insiders said the MWM might back the SIC in the by-election.",
])
def test_a_bare_back_after_a_modal_is_selected_for_parsing(sentence):
    from allegiance.extractor.select import candidate_chunks
    text = "The weather in Karachi stayed humid all week.\n\n" + sentence + "\n\nTraffic was light on Shahrah-e-Faisal."
    assert any(sentence in chunk.text for chunk in candidate_chunks(text))
