"""Mixed political news (stress folder mixed72): roles set off after a place, pronouns of the other
kind, and an expulsion told again with no party named.

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
import pytest

from conftest import story_reader


@pytest.fixture(scope="module")
def read(extractor):
    return story_reader(extractor, "2023-12-21")


def _posts(found, actor_word):
    return {e.post for e in found if e.type == "resign_post" and actor_word in e.actor}


def test_a_role_in_a_place_set_off_before_a_name_is_that_names_post(read):
    found = read("LAHORE: Provincial minister Tariq Anwar quit as chairman of the Punjab Hockey Board on Wednesday.\n\n"
                 "Separately, a caretaker minister in Khyber Pakhtunkhwa, Barrister Saeed Akbar Shah Mohmand, said on "
                 "Tuesday that he had no intention to step down, dismissing reports that he had been asked to quit by "
                 "the Election Commission.")
    posts = _posts(found, "Mohmand")
    assert posts and all("minister" in p for p in posts)
    assert not any("Hockey" in p for p in posts)


def test_a_he_does_not_point_back_to_a_woman_the_article_titles_ms(read):
    found = read("ISLAMABAD: Dr Kamal Haider, the special assistant on health, resigned on Wednesday.\n\n"
                 "Later, Sana Rauf, the special assistant on tourism, also quit. Ms Rauf said the criticism was unfair.\n\n"
                 "Officials said he had also resigned as chairman of the vaccine task force.")
    assert any("vaccine" in p for p in _posts(found, "Haider"))
    assert not any("vaccine" in p for p in _posts(found, "Rauf"))


def test_a_she_does_not_point_back_to_a_man_the_article_titles_mr(read):
    found = read("KARACHI: Nadia Zehri, the adviser on culture, resigned on Tuesday.\n\n"
                 "Hours later, Imran Qazi, the adviser on sports, also quit. Mr Qazi gave no reason.\n\n"
                 "Her aides said she had also resigned as chairperson of the arts council.")
    assert any("arts" in p for p in _posts(found, "Zehri"))
    assert not any("arts" in p for p in _posts(found, "Qazi"))


def test_their_membership_cancelled_is_the_expelling_party_again_not_the_last_named(read):
    found = read("MULTAN: The PTI's city chapter on Monday expelled two office-bearers, Rana Asim Javed and Malik "
                 "Naveed Khar, for campaigning for the PML-N candidate. A notification said their basic membership "
                 "had been cancelled with immediate effect.")
    expels = {(e.actor, e.party) for e in found if e.type == "expel"}
    assert ("Rana Asim Javed", "PTI") in expels and ("Malik Naveed Khar", "PTI") in expels
    assert not any(party == "PML-N" for _actor, party in expels)


def test_a_new_party_whose_name_opens_with_a_province_is_still_a_new_party(read):
    found = read("HYDERABAD: Notables of the district on Tuesday announced a new political party, the \u201cSindh Haari "
                 "Sangat\u201d, and said they would contest the polls.\n\nThose who joined the new party "
                 "included former MPA Ghulam Nabi Rind and lawyer Asif Jamali.", published="2024-01-10")
    joins = {(e.actor, e.party) for e in found if e.type == "join_party"}
    assert {actor for actor, _party in joins} == {"Ghulam Nabi Rind", "Asif Jamali"}
    assert all(party == "SHS" for _actor, party in joins)


def test_the_doer_of_a_passive_speaks_the_quote_that_follows(read):
    found = read("LAHORE: Caretaker minister for food Tahir Rasool Bhatti sent his resignation to the chief minister "
                 "on Wednesday.\n\nTalk of more resignations was put to rest by provincial Health Minister Jawad Akram. "
                 "\"I am not resigning, I am going nowhere,\" he told reporters on Wednesday.")
    denied = {e.actor for e in found if e.type == "resign_post" and e.status == "denied"}
    assert denied == {"Jawad Akram"}


def test_a_titled_name_with_a_clause_after_it_is_the_subject_a_quote_tag_means(read):
    found = read("ISLAMABAD: A few hours later, Sana Rauf, who had led the Clean Tourism drive as the prime minister's "
                 "aide since May 2019, also said that she was quitting. Ms Rauf said the attacks on her nationality "
                 "were hurting the drive. \"I have resigned as SAPM for the public good,\" she wrote.\n\n"
                 "Prime Minister's Special Assistant on Accountability Mirza Farhan Akbar, whose role has also been "
                 "questioned, dismissed reports that he was next. \"I am not resigning; these are rumours,\" he told "
                 "a TV channel on Wednesday.", published="2020-07-30")
    denied = {e.actor for e in found if e.type == "resign_post" and e.status == "denied"}
    assert denied == {"Mirza Farhan Akbar"}


def test_a_name_set_off_after_the_place_closing_the_subjects_clause_is_the_subject(read):
    found = read("LAHORE: The independent candidate who won the provincial seat from Rahim Yar Khan, Sardar Ahmed "
                 "Nawaz Chandia, joined the PML-N on Monday at the residence of party president Shehbaz Sharif.",
                 published="2018-10-16")
    joins = {(e.actor, e.party, e.date) for e in found if e.type == "join_party"}
    assert joins == {("Sardar Ahmed Nawaz Chandia", "PML-N", "2018-10-15")}


def test_an_act_told_again_in_an_urdu_line_is_one_act(read):
    found = read("MULTAN: Former MPA Rana Ijaz Noon joined the PPP on Saturday at a ceremony in Multan.\n\n"
                 "سابق رکن صوبائی اسمبلی رانا اعجاز نون نے پیپلز پارٹی میں شمولیت کا اعلان کیا۔",
                 published="2023-07-02")
    joins = [e for e in found if e.type == "join_party" and e.party == "PPP"]
    assert [e.actor for e in joins] == ["Rana Ijaz Noon"]


def test_names_across_scripts_agree_by_their_consonants():
    from allegiance.extractor.cross_script import same_across_scripts
    assert same_across_scripts("شہزاد اکبر", "Mirza Shahzad Akbar")
    assert not same_across_scripts("شہزاد اکبر", "Shahid Akram")
    assert not same_across_scripts("اکبر", "Akbar")  # one word says too little


def test_the_party_a_new_convener_reports_on_is_the_party_he_joined(read):
    found = read("SUKKUR: Local notables on Tuesday announced a new political party, the \u201cSindh Haari Sangat\u201d, "
                 "at the press club.\n\nFormer MPA Pir Bux Mahar, who said he had quit the PPP, was named the convener "
                 "of the party.\n\nLater, the PPP's district chapter expelled two workers, Ali Gul Shar and Juman "
                 "Solangi, who attended the event.\n\nSeparately, Mahar said the party was in contact with the Qaumi "
                 "Awami Tehreek for seat adjustment.", published="2024-01-10")
    talks = {(e.actor, e.counterpart) for e in found if e.type == "coalition" and e.action == "talks"}
    assert talks == {("SHS", "QAT")}


def test_a_later_act_in_a_clause_describing_someone_has_no_day(read):
    found = read("PESHAWAR: Provincial minister Gul Rehman Khattak resigned on Wednesday.\n\n"
                 "Khattak, a PTI-backed independent who later joined the Sunni Ittehad Council, said he had been "
                 "sidelined.", published="2024-03-07")
    joins = [e for e in found if e.type == "join_party" and e.party == "SIC"]
    assert joins and all(e.date is None for e in joins)


def test_a_later_act_in_a_main_clause_is_still_the_days_news(read):
    found = read("PESHAWAR: Gul Rehman Khattak quit the PTI on Wednesday. Later, he joined the JUI-F at a "
                 "ceremony in Peshawar.", published="2024-03-07")
    joins = [e for e in found if e.type == "join_party" and e.party == "JUI-F"]
    assert joins and joins[0].date == "2024-03-06"
