"""Roman Urdu quoted in English web copy: the quote is the only statement of the act.

Each quote follows, in its paragraph, an English sentence the selection keeps (as in real copy, where the
story's English carries words like 'departures', 'opposition', 'talks'); that sentence tells no act of the
speaker's, so the act is read from the quote or not at all.

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
import pytest

from conftest import story_reader


@pytest.fixture(scope="module")
def read(extractor):
    return story_reader(extractor, "2023-06-13")  # a Tuesday


def _moves(found):
    return {(e.type, e.actor, e.party, e.status) for e in found if e.type in ("leave_party", "join_party")}


def test_khairbad_quote_is_the_speakers_leaving(read):
    found = read('LAHORE: Former MPA Tariq Mehmood Gondal spoke to the media on Monday amid a wave of departures. '
                 '"Main aaj se PTI ko khairbad kehta hoon," Gondal said.')
    assert ("leave_party", "Tariq Mehmood Gondal", "PTI", "fact") in _moves(found)


def test_joining_quote_with_the_speaker_after_it(read):
    found = read('Former senator Ghulam Rasool Bhutto met journalists in Larkana on Monday to discuss the opposition. '
                 '"Main aaj Peoples Party mein shamil ho raha hoon," Ghulam Rasool Bhutto told reporters.')
    assert ("join_party", "Ghulam Rasool Bhutto", "PPP", "fact") in _moves(found)


def test_no_relation_quote_told_by_a_pronoun(read):
    found = read('Former MNA Zafar Iqbal Warraich addressed a news conference in Sialkot on Monday amid the departures. '
                 '"Mera aaj ke baad Tehreek-e-Insaaf se koi taluq nahi," he said.')
    assert ("leave_party", "Zafar Iqbal Warraich", "PTI", "fact") in _moves(found)


def test_negated_quote_is_a_denial(read):
    found = read('Reports said that MPA Nazia Parveen Chattha was set to quit. '
                 '"Main PML-N nahi chhor rahi, yeh sab afwahein hain," Chattha said on Monday.')
    moves = _moves(found)
    assert ("leave_party", "Nazia Parveen Chattha", "PML-N", "denied") in moves
    assert ("leave_party", "Nazia Parveen Chattha", "PML-N", "fact") not in moves


def test_weighing_a_move_is_possible(read):
    found = read('Former MPA Hamid Ali Tiwana, asked on Monday about talks with several parties, said he had not decided. '
                 '"Jamaat-e-Islami mein jaane ka soch raha hoon," Tiwana said.')
    assert ("join_party", "Hamid Ali Tiwana", "JI", "possible") in _moves(found)


def test_a_person_the_quote_names_is_not_its_speaker(read):
    found = read('Another former lawmaker, Malik Sajid Hussain Langrial, said on Monday that he had held talks with Tareen. '
                 '"Tareen sahib se mulaqat hui hai, IPP mein jaane ka soch raha hoon," he said.')
    joins = {(e.actor, e.status) for e in found if e.type == "join_party"}
    assert ("Malik Sajid Hussain Langrial", "possible") in joins
    assert not any("Tareen" in actor for actor, _status in joins)


def test_post_given_up_in_a_quote(read):
    found = read('Former MPA Asif Khan Jatoi, unhappy with the talks on seat adjustment, wrote on X on Monday: '
                 '"Main PPP Sindh ke naib sadr ke ohde se istifa de raha hoon."')
    posts = [e for e in found if e.type == "resign_post" and e.actor == "Asif Khan Jatoi"]
    assert posts and "vice president" in posts[0].post


def test_a_day_inside_the_quote_names_another_event(read):
    found = read('Former MPA Naveed Anjum Bhatti spoke to reporters in Lahore on Monday. Amid the departures, he condemned '
                 'the riots and then said in Urdu: "Main 9 May ke waqiaat ki muzammat karta hoon aur aaj se PTI ko khairbad kehta hoon."')
    left = [e for e in found if e.type == "leave_party" and e.actor == "Naveed Anjum Bhatti"]
    assert left and left[0].date == "2023-06-12"


def test_alliance_refused_in_the_speakers_quote(read):
    found = read('ISLAMABAD: A senior PML-N leader and federal minister, Khawaja Asif Butt, spoke on Monday. '
                 '"Hum IPP ke saath koi seat adjustment nahi kar rahe," he said.')
    assert any(e.type == "coalition" and e.actor == "PML-N" and e.counterpart == "IPP" and e.action == "reject" for e in found)


def test_talks_told_by_a_party_leader(read):
    found = read('JUI-F chief Maulana Fazlur Rehman met a PTI delegation on Monday. '
                 '"Tehreek-e-Insaaf ke saath baat-cheet jaari rahegi, abhi koi ittehad nahi hua," Fazl said.')
    assert any(e.type == "coalition" and e.actor == "JUI-F" and e.counterpart == "PTI" and e.action == "talks" for e in found)


@pytest.mark.parametrize("farewell", ["ko alvida kehta hoon", "ko khuda hafiz kehta hoon"])
def test_farewell_words_leave_the_party(read, farewell):
    found = read('Former MNA Sohail Akram Malik spoke to the media on Monday amid the departures. '
                 f'"Main aaj Tehreek-e-Insaaf {farewell}," Malik said.')
    assert ("leave_party", "Sohail Akram Malik", "PTI", "fact") in _moves(found)
