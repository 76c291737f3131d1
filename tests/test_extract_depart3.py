"""leave_party, join_party and resign_post in whole stories of leaving and joining (stress set depart3):
'all three' named in the sentence before, 'parted company', a welcomer after 'by', the membership
resigned as an object, the place of a seat that is no person. Every sentence here is the project's own."""
import pytest

from conftest import person_moves


@pytest.fixture(scope="module")
def moves(extractor):
    return person_moves(extractor, "2023-06-02")


def test_all_three_are_the_three_named_just_before(moves):
    found = moves("KARACHI: Salman Akhtar Baig, a former MPA from Shah-e-Faisal, Nadir Ali Junejo, the former MNA "
                  "from Malir, and Mr Tahir Rauf Qureshi met reporters on Thursday. All three said they were "
                  "leaving the PTI.")
    for name in ("Salman Akhtar Baig", "Nadir Ali Junejo", "Mr Tahir Rauf Qureshi"):
        assert ("leave_party", name, "PTI", "fact") in found
    assert not any(actor == "Shah-e-Faisal" for _t, actor, _p, _s in found)


def test_both_had_parted_company(moves):
    found = moves("Mir Sohail Kakar and Abdul Wahid Khetran joined the BAP on Monday. "
                  "Both had parted company with the PML-N in January.", "2018-06-05")
    assert ("leave_party", "Mir Sohail Kakar", "PML-N", "fact") in found
    assert ("leave_party", "Abdul Wahid Khetran", "PML-N", "fact") in found


def test_the_one_after_by_welcomes_and_does_not_join(moves):
    found = moves("Former MPA Chaudhry Saeed Ahmed Virk was inducted into the PTI by Imran Khan at Bani Gala.",
                  "2018-06-05")
    assert ("join_party", "Chaudhry Saeed Ahmed Virk", "PTI", "fact") in found
    assert not any(actor == "Imran Khan" for _t, actor, _p, _s in found)


def test_resigning_the_membership_of_a_party_is_leaving_it(moves):
    found = moves("PPP MNA Sardar Fazal Ahmed Lashari resigned his seat and the membership of the PPP on Sunday.",
                  "2011-12-26")
    assert ("leave_party", "Sardar Fazal Ahmed Lashari", "PPP", "fact") in found


def test_a_list_after_a_colon_names_the_people_of_the_act_before(moves):
    found = moves("BAHAWALPUR: Seven former PTI lawmakers announced their disassociation from the party on Monday.\n\n"
                  "The names read out at the presser included: former MNA Syed Ahsan Gardezi; former MPAs Malik "
                  "Tahir Hiraj and Rana Ashraf Saeed; and district president Mian Ijaz Dogar.", "2023-05-30")
    for name in ("Syed Ahsan Gardezi", "Malik Tahir Hiraj", "Rana Ashraf Saeed", "Mian Ijaz Dogar"):
        assert ("leave_party", name, "PTI", "fact") in found


def test_a_group_word_set_off_by_dashes_and_seven_of_its_members(moves):
    found = moves("The PML-Q suffered a blow on Wednesday when five of its MPAs defected to the PML-N.\n\n"
                  "The defectors - Rana Javed Ghaus (Okara), Malik Zafar Awan (Chakwal) and Syeda Nazia Shah - "
                  "called on the chief minister.", "2008-03-20")
    for name in ("Rana Javed Ghaus", "Malik Zafar Awan", "Syeda Nazia Shah"):
        assert ("leave_party", name, "PML-Q", "fact") in found
        assert ("join_party", name, "PML-N", "fact") in found


def test_my_leaving_in_a_quote_told_by_he_after_it(moves):
    found = moves("Former MPA Sardar Iqbal Hussain Lodhi dismissed the reports on Wednesday. \"Talk of my leaving "
                  "the PTI is baseless. I was with the party yesterday and I am with it today,\" he told reporters.",
                  "2023-05-25")
    assert ("leave_party", "Sardar Iqbal Hussain Lodhi", "PTI", "denied") in found


def test_no_question_of_quitting_is_a_denial(moves):
    found = moves("Former MNA Makhdoom Faisal Raza Shah said there was no question of his quitting the PTI.")
    assert ("leave_party", "Makhdoom Faisal Raza Shah", "PTI", "denied") in found
    assert ("leave_party", "Makhdoom Faisal Raza Shah", "PTI", "fact") not in found


def test_saying_one_stays_with_a_party_denies_leaving_it(moves):
    found = moves("Sardar Kamran Ali Leghari, a cousin of the defector, said he would remain with the PPP.", "2011-12-26")
    assert ("leave_party", "Sardar Kamran Ali Leghari", "PPP", "denied") in found


def test_staying_told_of_someone_or_beside_a_post_resigned_is_nothing(moves):
    found = moves("His brother, Pir Syed Nasir Ali Shah, remains with the PTI and will contest as an independent.\n\n"
                  "PTI Rawalpindi president Chaudhry Naveed Akhtar said: \"I have resigned as city president but I "
                  "remain with the PTI.\"", "2024-01-12")
    assert not any(t == "leave_party" for t, _a, _p, _s in found)


def test_who_after_a_described_person_is_that_person(moves):
    found = moves("Former PPP MNA Mian Tahir Sial said on Sunday he had quit the PPP.\n\nHe was followed by Chaudhry "
                  "Nadeem Kahloon, a PML-N member of the Punjab Assembly from Jhang, who said he had resigned from "
                  "the PML-N that morning.", "2011-10-31")
    assert ("leave_party", "Chaudhry Nadeem Kahloon", "PML-N", "fact") in found
    assert ("leave_party", "Mian Tahir Sial", "PML-N", "fact") not in found


def test_a_surname_that_says_he_resigned_is_the_one_named_in_full_before(moves):
    found = moves("MULTAN: Former MPA Malik Arif Raan and PTI Multan district president Khalid Mehmood Kanju "
                  "quit the PTI on Monday.\n\nFormer MPA Raan said he was not under pressure.\n\n"
                  "Kanju said he was also resigning as the district president of the party.", "2023-05-30")
    assert any(t == "resign_post" and a == "Khalid Mehmood Kanju" for t, a, _p, _s in found)
    assert not any(t == "resign_post" and a == "Malik Arif Raan" for t, a, _p, _s in found)


def test_among_the_new_entrants_joined_the_party_just_joined(moves):
    found = moves("Former MNA Sardar Ghazanfar Ali Khosa was inducted into the PPP on Monday.\n\n"
                  "Former PTI MPA Chaudhry Khalid Mehmood Dogar, who quit the PTI in June, was also among the new "
                  "entrants.", "2023-08-22")
    assert ("join_party", "Chaudhry Khalid Mehmood Dogar", "PPP", "fact") in found


def test_a_day_that_names_a_fallout_is_not_the_day_of_the_act(extractor):
    from datetime import date

    from allegiance.model import Article
    text = ("Five more leave PTI in Punjab as May 9 fallout spreads\n\n"
            "LAHORE: Five former lawmakers of the PTI on Wednesday announced parting ways with the party.\n\n"
            "Those who announced their departure were \u2014 former MPA Rana Tariq Javed and former MNA Chaudhry "
            "Asim Nazir Bhatti.")
    events = extractor.extract(Article(doc="t", text=text, published=date(2023, 5, 25)))
    dates = {e.actor: e.date for e in events if e.type == "leave_party"}
    assert dates.get("Rana Tariq Javed") in ("2023-05-24", date(2023, 5, 24))


def test_denied_reports_in_the_press_that_he_was_about_to_join(moves):
    found = moves("Separately, the PPP's former MPA from Rajanpur, Sardar Akbar Ali Mazari, denied reports in a "
                  "section of the press that he was about to join the PTI.", "2018-06-05")
    assert ("join_party", "Sardar Akbar Ali Mazari", "PTI", "denied") in found
