"""Coalition acts in stories of alliances formed, joined and left (stress set coalition75): a party
entering an alliance with its own code, joint and one-sided acts. Sentences are written for these tests
(GUIDELINE.md)."""
import pytest

from conftest import coalition_reader


@pytest.fixture(scope="module")
def coalitions(extractor):
    return coalition_reader(extractor, "2018-01-13")


def test_party_entering_a_coded_alliance_is_one_sided(coalitions):
    """'The SUP also joined the alliance' (the GDA, named before): the member joins the alliance; the alliance
    noun is what is joined, no deal that would make the alliance join the member too."""
    got = coalitions("KARACHI: The Grand Democratic Alliance was formed on Thursday. "
                     "The Sindh United Party also joined the alliance.", published="2017-11-03")
    assert ("SUP", "GDA", "join") in got
    assert ("GDA", "SUP", "join") not in got


def test_makers_of_an_alliance_each_join_it(coalitions):
    """'The TTAP was formed by A, B and C': every party of the agent joins the alliance (the parser hangs the
    later names anywhere), and the first maker does not join the others."""
    got = coalitions("ISLAMABAD: The TTAP was formed in March by the PTI, the PkMAP and the MWM.", published="2024-07-10")
    assert {("PTI", "TTAP", "join"), ("PkMAP", "TTAP", "join"), ("MWM", "TTAP", "join")} <= got
    assert ("PTI", "PkMAP", "join") not in got


def test_alliance_against_musharraf_is_a_coded_alliance(coalitions):
    """The Alliance for the Restoration of Democracy (ARD) is a party for coalition acts, as the PDM is."""
    got = coalitions("ISLAMABAD: The ARD was formed in December 2000 by the PPP, the PML-N and more than a dozen "
                     "smaller parties.", published="2002-11-20")
    assert {("PPP", "ARD", "join"), ("PML-N", "ARD", "join")} <= got


def test_his_alliance_is_the_alliance_the_speaker_speaks_for(coalitions):
    """'PDM president X said his alliance would not hold talks with the PTI': the alliance he is named for
    acts; a speaker named only for his own party gives 'his alliance' no actor."""
    got = coalitions("ISLAMABAD: PDM president Maulana Fazlur Rehman said his alliance would not hold talks with "
                     "the PTI.", published="2021-05-10")
    assert ("PDM", "PTI", "reject") in got
    got = coalitions("ISLAMABAD: JUI-F chief Maulana Fazlur Rehman said his alliance would not hold talks with "
                     "the PTI.", published="2021-05-10")
    assert not any(actor == "JUI-F" for actor, _, _ in got)


def test_in_touch_with_is_talks_as_in_contact_with(coalitions):
    """'were in touch with the QWP over the formation of the government' is an approach, as 'in contact
    with' is (lexicon coalition_talk_with_nouns)."""
    got = coalitions("PESHAWAR: The PPP said it was in touch with the BNP over the formation of the government.",
                     published="2013-11-14")
    assert ("PPP", "BNP", "talks") in got


def test_parties_that_become_members_of_an_alliance_join_it(coalitions):
    """'A and B became members of the GDA', 'C became a part of the PDM': each joins the coded alliance; a
    standing membership ('is a member of') is no act."""
    got = coalitions("KARACHI: The PML-F and the NPP on Thursday became members of the GDA.", published="2017-11-03")
    assert {("PML-F", "GDA", "join"), ("NPP", "GDA", "join")} <= got
    got = coalitions("QUETTA: The BNP on Sunday became a part of the PDM.", published="2020-09-21")
    assert ("BNP", "PDM", "join") in got
    assert not coalitions("LAHORE: The JI is a member of the MMA.", published="2018-03-01")


def test_offer_told_in_the_passive_with_by_on_the_thing_offered(coalitions):
    """'The PPP had been offered a number of ministries by the PML-Q': the parser hangs 'by' on 'number'; the
    party after it still makes the offer, the passive's subject receives it, and 'the offer' it then
    rejects is the PML-Q's."""
    got = coalitions('ISLAMABAD: Mr Fahim said the PPP had been offered a number of federal ministries by the PML-Q '
                     'in return for its support. "We have rejected the offer," he said.', published="2002-11-20")
    assert {("PML-Q", "PPP", "talks"), ("PPP", "PML-Q", "reject")} <= got
