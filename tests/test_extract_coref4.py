"""Who did it, when a story names the actor once and then says 'he', 'him', a title or a surname, or
lets them speak a quote (stress set coref4). Every sentence here is the project's own."""
import pytest

from conftest import person_moves


@pytest.fixture(scope="module")
def moves(extractor):
    return person_moves(extractor, "2015-03-11")


@pytest.mark.parametrize("text, actor, speaker", [
    ('Mir Dostain Khan Jamot joined the PPP on Tuesday. Chief minister Sardar Akbar Khan Magsi said he was pleased. '
     '"Dostain is a worker of the soil. He has joined the PPP without conditions," Magsi said.',
     "Mir Dostain Khan Jamot", "Sardar Akbar Khan Magsi"),
    ('Rana Saleem Akhtar Gill quit the PML-Q on Monday. Its spokesman, Malik Tanveer Ahmed Sial, was asked about it. '
     '"He had left the PML-Q long ago in spirit," Sial claimed.',
     "Rana Saleem Akhtar Gill", "Malik Tanveer Ahmed Sial"),
])
def test_a_he_inside_a_quote_is_not_its_speaker(moves, text, actor, speaker):
    found = moves(text)
    assert any(a == actor for _t, a, _p, _s in found)
    assert not any(a == speaker for _t, a, _p, _s in found)


@pytest.mark.parametrize("text, party", [
    ('"I have decided to part ways with the PPP because its government forgot my district," said '
     'Chaudhry Naveed Akhtar Cheema on Tuesday.', "PPP"),
    ("Sardar Nabeel Ahmed Gorchani quit the PML-Q because the government ignored his district.", "PML-Q"),
])
def test_a_government_in_the_reason_clause_does_not_make_the_party_a_government(moves, text, party):
    assert any(t == "leave_party" and p == party for t, _a, p, _s in moves(text))


def test_the_party_led_government_is_still_no_party_left(moves):
    assert not moves("Sardar Nabeel Ahmed Gorchani quit the PTI-led government on Monday.")


@pytest.mark.parametrize("text, joiner, host, party", [
    ("Syed Kamran Ali Shah quit the PML-F on Saturday. On Tuesday PPP Sindh president Mir Nadir Ali Magsi "
     "welcomed him into the party.", "Syed Kamran Ali Shah", "Mir Nadir Ali Magsi", "PPP"),
    ("Begum Shazia Rind left the BNP last week. At Bani Gala, Imran Khan welcomed her into the PTI on Tuesday.",
     "Begum Shazia Rind", "Imran Khan", "PTI"),
])
def test_the_welcomed_pronoun_joins_the_welcomers_party(moves, text, joiner, host, party):
    found = moves(text)
    assert ("join_party", joiner, party, "fact") in found
    assert not any(a == host for _t, a, _p, _s in found)


def test_welcomed_them_are_the_people_just_named_not_the_welcomer(moves):
    found = moves("Rana Asif Tahir and Mian Ali Dogar left the PML-Q on Monday. On Tuesday Mian Ahmed Sher Bosal "
                  "welcomed them into the PTI.")
    assert {("join_party", a, "PTI", "fact") for a in ("Rana Asif Tahir", "Mian Ali Dogar")} <= found
    assert not any(a == "Mian Ahmed Sher Bosal" for _t, a, _p, _s in found)


@pytest.mark.parametrize("text, status", [
    ("The JUI-F said its MNA from Pishin, Maulana Abdul Wasay Kakar, had been expelled.", "fact"),
    ("The JUI-F expelled two leaders on Friday. Separately, the party denied reports that its MNA from Zhob, "
     "Maulana Abdul Wasay Kakar, had also been expelled.", "denied"),
])
def test_the_name_after_role_from_place_is_the_role_holder(moves, text, status):
    assert ("expel", "Maulana Abdul Wasay Kakar", "JUI-F", status) in moves(text, "2020-12-26")


@pytest.mark.parametrize("text", [
    "Syed Ahsan Ali Shah quit the GDA and the PML-F on Saturday.",
    "Syed Ahsan Ali Shah said he had resigned from the GDA and from the PML-F, its main component, on Saturday.",
])
def test_each_party_of_a_coordinated_leaving_is_left(moves, text):
    found = moves(text, "2024-01-10")
    assert {("leave_party", "Syed Ahsan Ali Shah", p, "fact") for p in ("GDA", "PML-F")} <= found


def test_a_party_joined_after_quitting_is_not_also_left(moves):
    found = moves("MNA Nasir Khan Durrani quit his party to join the JUI-F on Monday.", "2024-01-10")
    assert not any(t == "leave_party" and p == "JUI-F" for t, _a, p, _s in found)


@pytest.mark.parametrize("place", ["Bacha Khan Markaz", "Idara Noor-e-Haq"])
def test_a_party_house_named_like_a_person_is_no_actor(moves, place):
    found = moves("The ANP on Tuesday expelled its MPA, Haji Sher Ali Yousafzai. The decision was taken at a meeting "
                  f"chaired by provincial president Sardar Hussain Khan Babak at {place}. "
                  '"The party has expelled him with immediate effect," Babak told reporters.', "2016-09-14")
    assert not any(a == place for _t, a, _p, _s in found)


@pytest.mark.parametrize("title", ["The former nazim", "The party's Karachi chief", "The former parliamentarian",
                                   "The former senator"])
def test_a_definite_title_stands_for_the_person_in_focus(moves, title):
    found = moves(f"Mian Tahir Hussain Chandio met reporters on Tuesday. {title} quit the JI on Monday.", "2015-08-05")
    assert ("leave_party", "Mian Tahir Hussain Chandio", "JI", "fact") in found


def test_his_deputy_is_someone_else(moves):
    found = moves("Mian Tahir Hussain Chandio met reporters on Tuesday. His deputy quit the JI on Monday.", "2015-08-05")
    assert not any(a == "Mian Tahir Hussain Chandio" for _t, a, _p, _s in found)


def test_a_resignation_said_twice_of_one_party_is_no_post(moves):
    found = moves('Sardar Nadeem Akhtar Lodhi, the deputy convener, rejected the reports. "I have not resigned and I '
                  'will not resign from the MQM-P," he said.', "2018-06-12")
    assert ("leave_party", "Sardar Nadeem Akhtar Lodhi", "MQM-P", "denied") in found
    assert not any(t == "resign_post" for t, _a, _p, _s in found)


def test_a_post_resigned_beside_a_party_left_stays(moves):
    found = moves("Sardar Nadeem Akhtar Lodhi said he had resigned as convener and would resign from the MQM-P.",
                  "2018-06-12")
    assert any(t == "resign_post" and p == "convener" for t, _a, p, _s in found)


@pytest.mark.parametrize("text", [
    "Reports said the PML-Q's former district nazim of Jhang, Sheikh Fazal Ahmed Sial, was in contact with the PTI. "
    "Sial, however, said he had no intention of leaving his party.",
    "PML-Q MNA Sheikh Fazal Ahmed Sial met Imran Khan of the PTI on Monday. He said he had no intention of leaving "
    "his party.",
])
def test_his_party_is_the_party_the_story_ties_to_him(moves, text):
    found = moves(text, "2011-11-02")
    assert ("leave_party", "Sheikh Fazal Ahmed Sial", "PML-Q", "denied") in found
    assert not any(t == "leave_party" and p == "PTI" for t, _a, p, _s in found)


@pytest.mark.parametrize("second", [
    "Bilawal Bhutto Zardari accepted his joining of the PPP on Tuesday.",
    "On Tuesday Bilawal Bhutto Zardari approved the joining of Leghari into the PPP.",
    "On Tuesday Bilawal Bhutto Zardari announced the joining of Leghari into the PPP.",
])
def test_the_chief_who_accepts_a_joining_is_not_the_joiner(moves, second):
    found = moves(f"Sardar Naveed Khan Leghari quit the PML-N on Monday. {second}", "2019-10-16")
    assert ("join_party", "Sardar Naveed Khan Leghari", "PPP", "fact") in found
    assert not any(a == "Bilawal Bhutto Zardari" for _t, a, _p, _s in found)


@pytest.mark.parametrize("text", [
    "Emir Sirajul Haq 'saddened'; deputy denies leaving",
    "Sirajul Haq met reporters on Tuesday. A deputy of his quit the JI.",
])
def test_a_person_by_office_alone_is_not_the_one_named_before(moves, text):
    assert not any(a == "Sirajul Haq" or a == "Emir Sirajul Haq" for _t, a, _p, _s in moves(text, "2015-08-05"))
