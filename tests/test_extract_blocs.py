"""Coalition acts, seat tallies and resignations of issue 11 as unseen news phrases them.

Every sentence here is written for these tests (GUIDELINE.md says what a reader records):
becoming a partner, an ally or a part of a government is joining it; a partnership that
stands ('is an ally of') or stood is background.
"""
import pytest

from conftest import coalition_reader


@pytest.fixture(scope="module")
def coalitions(extractor):
    return coalition_reader(extractor, "2024-02-20")


@pytest.mark.parametrize("text, expected", [
    ("It was decided that the MQM-P will be a coalition partner of the government led by the PML-N in the centre.",
     {("MQM-P", "PML-N", "join")}),
    ("The JUI-F has agreed to become an allied partner of the PPP in the Senate.", {("JUI-F", "PPP", "join")}),
    ("The PML-Q is now part of the PTI-led government in Punjab.", {("PML-Q", "PTI", "join")}),
])
def test_becoming_a_partner_ally_or_part_of_a_government_is_joining_it(coalitions, text, expected):
    assert coalitions(text) == expected


@pytest.mark.parametrize("text", [
    "The PML-Q is part of the PTI-led government in Punjab.",  # a state told in passing, as the shared gold has it
    "The BAP is a coalition partner of the PTI in Balochistan.",
    "The MQM-P and the PML-N are allies in the federal government.",
    "The chief minister recalled that the BAP was part of the PTI government in 2019.",
    "The JI had been an ally of the PTI in Khyber Pakhtunkhwa for five years.",
    "The MQM-P is a partner in several business ventures, its leader joked.",
])
def test_a_partnership_that_stands_or_stood_or_is_in_nothing_political_is_no_act(coalitions, text):
    assert coalitions(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("The PTI formed its government in Punjab with the backing of the PML-Q.", {("PML-Q", "PTI", "join"), ("PTI", "PML-Q", "join")}),
    ("The PPP formed the government in Sindh with the support of the MQM-P.", {("MQM-P", "PPP", "join"), ("PPP", "MQM-P", "join")}),
    ("The BAP formed the government in Balochistan on Sunday with the backing of the PPP.", {("PPP", "BAP", "join"), ("BAP", "PPP", "join")}),
])
def test_forming_a_government_with_a_partys_backing_joins_them_both_ways(coalitions, text, expected):
    """The former and its backers govern together: a joint act, as real annotated news records it (the
    former joins each backer), not a backer's one-sided support of another's candidate."""
    assert coalitions(text) == expected


def test_every_backer_of_a_list_the_parse_broke_off_is_a_partner(extractor):
    from datetime import date

    from allegiance.model import Article

    text = ("Having won most seats in Punjab, the PML-N said it would form its government in Balochistan with the "
            "backing of the PPP, the National Party (NP) and the Balochistan Awami Party (BAP) as partners there.")
    events = [e for e in extractor.extract(Article(doc="t", text=text, published=date(2024, 3, 2))) if e.type == "coalition"]
    assert {(e.actor, e.counterpart) for e in events} == {
        pair for backer in ("PPP", "NP", "BAP") for pair in (("PML-N", backer), (backer, "PML-N"))}
    assert {e.scope for e in events} == {"Balochistan"}  # not Punjab, named in the opening phrase


@pytest.fixture(scope="module")
def resignations(extractor):
    from datetime import date

    from allegiance.model import Article

    def run(text):
        events = extractor.extract(Article(doc="t", text=text, published=date(2024, 3, 4)))
        return {(e.actor, e.post) for e in events if e.type == "resign_post"}
    return run


@pytest.mark.parametrize("text, expected", [
    ("The resignation of Hamid Raza as PTI Punjab president was accepted by the party chairman.",
     {("Hamid Raza", "PTI Punjab president")}),
    ("The resignation of Sadia Khan as provincial health minister was accepted on Monday.",
     {("Sadia Khan", "provincial health minister")}),
])
def test_an_accepted_resignation_keeps_the_post_the_parser_left_stranded(resignations, text, expected):
    assert resignations(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('"We will stand alongside the PDM from now on," the BNP chief said.', {("BNP", "PDM", "join")}),
    ("The PML-Q teamed up with the PTI for the by-elections.", {("PML-Q", "PTI", "join")}),
    ("The PPP aligned itself with the ANP in Balochistan.", {("PPP", "ANP", "join")}),
    ("The MQM-P will stand with the PML-N in the federal government.", {("MQM-P", "PML-N", "join")}),
])
def test_siding_with_a_party_is_joining_it(coalitions, text, expected):
    assert coalitions(text) == expected


@pytest.mark.parametrize("text", [
    "The PTI said it would stand with the people of Karachi.",
    "The PML-N stood with the PPP on the budget vote.",
])
def test_standing_with_people_or_on_a_vote_is_no_coalition(coalitions, text):
    assert coalitions(text) == set()


@pytest.fixture(scope="module")
def tallies(extractor):
    from datetime import date

    from allegiance.model import Article

    def run(text):
        events = extractor.extract(Article(doc="t", text=text, published=date(2024, 2, 12)))
        return {(e.actor, e.seats, e.house) for e in events if e.type == "seat_result"}
    return run


@pytest.mark.parametrize("text, expected", [
    ("The 54 seats won by the PPP were not enough to form the government alone.", {("PPP", 54, "NA")}),
    ("The 12 seats secured by the MQM-P in the Sindh Assembly surprised analysts.", {("MQM-P", 12, "PA-Sindh")}),
])
def test_the_seats_won_by_a_party_are_its_tally(tallies, text, expected):
    assert tallies(text) == expected


def test_the_seats_contested_by_parties_are_no_tally(tallies):
    assert tallies("On the 20 seats contested by the PTI and the PPP, turnout was low.") == set()


@pytest.mark.parametrize("text, expected", [
    ("Differences between the ruling PTI and its ally the PML-Q have been settled.",
     {("PTI", "PML-Q", "join"), ("PML-Q", "PTI", "join")}),
    ("The PPP and the MQM-P held a long meeting on Monday. The agreement between the two parties covers Karachi's local bodies.",
     {("PPP", "MQM-P", "join"), ("MQM-P", "PPP", "join")}),
])
def test_a_settled_rift_or_an_agreement_between_two_parties_goes_both_ways(coalitions, text, expected):
    assert expected <= coalitions(text)


def test_an_unsettled_rift_is_no_act(coalitions):
    assert coalitions("Differences between the PPP and the MQM-P have not been settled yet.") == set()


def test_parties_that_each_won_a_seat_each_have_a_tally(tallies):
    found = tallies("The ANP, the BNP and the QWP each won one seat in the National Assembly.")
    assert found == {("ANP", 1, "NA"), ("BNP", 1, "NA"), ("QWP", 1, "NA")}


@pytest.mark.parametrize("text, expected", [
    ("The PML-N candidate for Punjab chief minister was backed by the PML-Q.", {("PML-Q", "PML-N", "join")}),
    ("The PTI's nominee for Speaker was supported by the BAP and the MQM-P.",
     {("BAP", "PTI", "join"), ("MQM-P", "PTI", "join")}),
])
def test_a_partys_candidate_backed_by_another_is_that_partys_support(coalitions, text, expected):
    assert coalitions(text) == expected


@pytest.mark.parametrize("text", [
    "The PTI's stance was supported by the JI.",
    "The PPP's demand for early elections was backed by the ANP.",
])
def test_backing_a_partys_stance_or_demand_is_no_coalition(coalitions, text):
    assert coalitions(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("The MQM-P announced its separation from the PTI-led coalition.", {("MQM-P", "PTI", "leave")}),
    ("The BAP declared its exit from the ruling alliance on Monday.", {("BAP", "PML-N", "leave")}),  # governments.tsv, 2024
])
def test_an_announced_separation_or_exit_is_leaving(coalitions, text, expected):
    assert coalitions(text) == expected


def test_an_announced_withdrawal_from_a_poll_is_no_coalition(coalitions):
    assert coalitions("The PML-N announced its withdrawal from the by-election in Lahore.") == set()


def test_sitting_with_a_party_in_government_is_siding_with_it(coalitions):
    assert coalitions("The JUI-F will sit with the PPP in the Sindh government.") == {("JUI-F", "PPP", "join")}
    assert coalitions("The PTI leaders sat with the PPP at a wedding dinner.") == set()
