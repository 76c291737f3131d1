"""No-confidence moves and floor-crossing: dissidents seen with the opposition, 'we' quotes of a rebel who says
he has not left, and allies dismissing reports of talks.

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
import pytest

from conftest import story_reader


@pytest.fixture(scope="module")
def read(extractor):
    return story_reader(extractor, "2022-03-19")  # a Saturday


def _moves(found):
    return {(e.type, e.actor, e.party, e.status) for e in found if e.type in ("leave_party", "join_party")}


def test_lawmakers_seen_at_a_lodge_are_no_list_of_the_denial(read):
    found = read('ISLAMABAD: MNA Nadeem Abbas Gill told reporters that two dozen lawmakers were staying at the lodge. '
                 'He insisted that the group had not quit the ruling party. "We have not left the PTI," he said.\n\n'
                 'Among the lawmakers seen at the lodge were Karim Bakhsh Lound from Multan, Tahir Mehmood Sial and '
                 'Javed Iqbal Khokhar.\n\n'
                 'A day later, on Friday, MNA Riaz Fatyana, who had also been spotted at the lodge, returned to the party '
                 'fold after a meeting with the prime minister.')
    assert not {e.actor for e in found if e.type == "leave_party"} & {"Karim Bakhsh Lound", "Tahir Mehmood Sial"}


def test_we_quote_of_a_rebel_is_the_speakers_denial(read):
    found = read('ISLAMABAD: MNA Ghulam Sarwar Bhatti spoke to reporters at the lodge on Friday. '
                 '"We have not left the PTI and we are not joining any other party," he said.')
    assert ("leave_party", "Ghulam Sarwar Bhatti", "PTI", "denied") in _moves(found)


def test_we_quote_of_another_partys_chief_is_no_membership(read):
    found = read('PESHAWAR: QWP chairman Sikandar Khan Mirpao addressed a news conference on Friday. '
                 '"We parted ways with the PTI because it ignored its allies," he said.')
    assert not any(e.type == "leave_party" for e in found)


def test_dismissing_reports_of_talks_is_a_denial(read):
    found = read('LAHORE: "We stand with the prime minister," PML-Q leader Kamran Elahi Warraich told the media on Friday, '
                 'dismissing reports that the PML-Q was in talks with the PML-N.')
    talks = [e for e in found if e.type == "coalition" and e.action == "talks" and e.counterpart == "PML-N"]
    assert talks and all(e.status == "denied" for e in talks)


def test_we_quote_leaving_an_alliance_is_no_membership(read):
    found = read('PESHAWAR: ANP leader Zahid Khan Mohmand addressed reporters on Friday. '
                 '"We reject the notice and we are leaving the PDM," Mohmand said.')
    assert not any(e.type == "leave_party" for e in found)


def test_joining_whichever_party_is_formed_names_no_party(read):
    found = read('QUETTA: The PML-N suspended the membership of provincial minister Mir Hasil Notezai on Friday. '
                 'Notezai later said he would join whichever party was formed by the dissidents.')
    assert not any(e.type == "join_party" for e in found)


def test_four_of_the_partys_mnas_sitting_in_opposition_is_the_partys_move(read):
    found = read('QUETTA: The Balochistan Awami Party announced on Monday that it was leaving the ruling coalition. '
                 "BAP parliamentary leader Khalid Hussain Magsi told reporters that four of the party's five MNAs had "
                 'decided to sit on the opposition benches.')
    assert any(e.type == "coalition" and e.actor == "BAP" and e.action == "join" and e.counterpart is None for e in found)


def test_the_party_in_reports_dismissed_is_the_speakers(read):
    found = read('LAHORE: The PTI nominated Chaudhry Pervaiz Elahi for chief minister of Punjab on Friday. '
                 '"We stand with the prime minister," PML-Q leader Kamran Elahi Warraich told the media, '
                 'dismissing reports that the party was in talks with the PML-N.')
    talks = [e for e in found if e.type == "coalition" and e.action == "talks" and e.counterpart == "PML-N"]
    assert talks and all(e.actor == "PML-Q" for e in talks)


def test_a_candidate_backed_in_the_passive_is_his_partys_ally(read):
    found = read('QUETTA: Mir Abdul Quddus Bizenjo of the PML-Q was elected chief minister of Balochistan on Friday. '
                 'Bizenjo was backed by the JUI-F, the BNP-Awami and the Majlis-e-Wahdat-e-Muslimeen.')
    joins = {(e.actor, e.counterpart) for e in found if e.type == "coalition" and e.action == "join"}
    assert {("JUI-F", "PML-Q"), ("BNP-A", "PML-Q"), ("MWM", "PML-Q")} <= joins


def test_a_candidate_backed_by_rebels_and_parties_is_no_party_list_misread(read):
    found = read('QUETTA: Mir Abdul Quddus Bizenjo of the PML-Q was elected chief minister of Balochistan on Friday. '
                 'Bizenjo was backed by the PML-N rebels, the PML-Q, the JUI-F and the Majlis-e-Wahdat-e-Muslimeen.')
    assert not any(e.type == "coalition" and e.actor == "PML-N" for e in found)
