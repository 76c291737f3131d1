"""Resignations of posts and expulsions (office5): the post a chapter's head gives up is named by
the place of the chapter, and a counted group of expelled people is its names set off after it.
Every sentence here is the project's own wording."""
import pytest

from allegiance import extract


def found(text, kind, published="2023-05-25"):
    return {(e.actor, e.post if kind == "resign_post" else e.party) for e in extract(text, published=published)
            if e.type == kind}


@pytest.mark.parametrize("text, post", [
    ("QUETTA: The BNP's Quetta president, Mir Akbar Mengal, stepped down as the party's city chief on Friday.",
     "party's Quetta city chief"),
    ("SUKKUR: The PPP's upper Sindh president Nawab Ali Shah quit as regional president on Friday.",
     "upper Sindh regional president"),
    ("PESHAWAR: Former minister Arbab Jahanzeb, who headed the ANP's Peshawar chapter, said on Friday that he was "
     "relinquishing the post of district president.", "Peshawar district president"),
])
def test_a_level_word_in_a_chapter_post_takes_the_place_of_the_role_beside_the_name(text, post):
    assert post in {p for _actor, p in found(text, "resign_post")}


def test_a_time_set_off_after_the_post_is_not_part_of_it():
    text = ("LAHORE: The PML-N's Lahore president Saad Rafique announced on Friday that he was resigning as the head of "
            "its city chapter, a fortnight after the party's defeat.")
    posts = {p for _actor, p in found(text, "resign_post")}
    assert posts and not any("fortnight" in p for p in posts)


def test_the_placed_post_is_the_one_a_later_bare_resignation_is_about():
    text = ("QUETTA: The BNP's Quetta president, Mir Akbar Mengal, stepped down as the party's city chief on Friday. "
            "Mengal said he had sent his resignation to the party chief.")
    assert found(text, "resign_post") == {("Mir Akbar Mengal", "party's Quetta city chief")}


@pytest.mark.parametrize("text, names", [
    ("KARACHI: The JI on Friday expelled two of its Hyderabad lawmakers, MNA Naeem Baig and MPA Saleem Qazi, for "
     "indiscipline.", {"Naeem Baig", "Saleem Qazi"}),
    ("PESHAWAR: The ANP said it had suspended the basic membership of three of its tehsil office-bearers, Gul Zaman, "
     "Sher Ali Khan and Fazal Wahab, for violating discipline.", {"Gul Zaman", "Sher Ali Khan", "Fazal Wahab"}),
    ("KARACHI: The MQM-P said it had cancelled the membership of Kamran Tessori and of two sector in-charges, "
     "Asad Qureshi and Bilal Memon, for anti-party activities.", {"Asad Qureshi", "Bilal Memon"}),
])
def test_the_names_set_off_after_a_counted_group_are_the_people_expelled(text, names):
    assert names <= {actor for actor, _party in found(text, "expel", "2024-03-10")}



def test_a_dateline_with_its_day_is_not_a_subject_acting_for_the_party():
    text = ("KARACHI, Oct 11: The Pakistan Peoples Party on Tuesday expelled two of its Karachi lawmakers, MNA Naeem Baig and "
            "MPA Saleem Qazi, for anti-party activities.")
    assert {("Naeem Baig", "PPP"), ("Saleem Qazi", "PPP")} <= found(text, "expel", "2016-10-12")


def test_a_membership_that_stands_cancelled_is_an_expulsion_of_the_people_just_named():
    text = ("LAHORE: The chairman read out the names of the accused, among them Naeem Baig, Saleem Qazi and Gul Zaman. "
            "\"Their membership stands cancelled from today,\" the PML-N chief added.")
    assert {("Naeem Baig", "PML-N"), ("Saleem Qazi", "PML-N"), ("Gul Zaman", "PML-N")} <= found(text, "expel", "2018-04-19")


def test_their_membership_beside_the_counted_group_is_the_group_named_earlier_and_keeps_its_own_mood():
    text = ("LAHORE: The rebels - Naeem Baig (Gujrat), Saleem Qazi (Jhelum) and Gul Zaman (Okara) - called on the PML-N "
            "leadership on Tuesday. The PML-Q leadership reacted angrily. Its provincial secretary said the party would "
            "seek the disqualification of the three under the defection clause and that their membership had been "
            "suspended.")
    events = [e for e in extract(text, published="2008-03-20") if e.type == "expel"]
    assert {(e.actor, e.party, e.status) for e in events} >= {
        ("Naeem Baig", "PML-Q", "fact"), ("Saleem Qazi", "PML-Q", "fact"), ("Gul Zaman", "PML-Q", "fact")}


@pytest.mark.parametrize("text, post", [
    ("LAHORE: Ayesha Bano resigned as the PML-N women's wing vice-president on Tuesday.", "PML-N women's wing vice-president"),
    ("KARACHI: MPA Ayesha Bano said she had resigned as in-charge of the women's wing to focus on her constituency.",
     "in-charge of the women's wing"),
])
def test_a_hyphened_role_after_as_is_read_as_written(text, post):
    assert found(text, "resign_post") == {("Ayesha Bano", post)}


def test_a_list_of_the_expelled_goes_on_in_a_sentence_that_names_the_others():
    text = ("QUETTA: The BNP on Saturday expelled six of its members. Those expelled are Mir Akbar Zehri, Sardar Wahid "
            "Khetran and Mir Asghar Rind. The others are Nawabzada Shahzain Magsi, Mir Saleem Khosa and Bibi Mahjabeen Kurd.")
    assert {actor for actor, _party in found(text, "expel", "2021-10-24")} >= {
        "Nawabzada Shahzain Magsi", "Mir Saleem Khosa", "Bibi Mahjabeen Kurd"}


def test_a_post_ends_where_the_place_of_the_act_begins():
    text = "PESHAWAR: The ANP's Mardan president, Haji Gul Khan, stepped down as the city president at a news conference on Friday."
    assert found(text, "resign_post") == {("Haji Gul Khan", "Mardan city president")}


def test_a_hyphened_party_post_beside_a_cabinet_post_is_a_post_of_its_own():
    text = ("LAHORE: Punjab Minister for Food Sardar Ali Dreshak on Monday resigned from the provincial cabinet and as "
            "the PTI's south Punjab vice-president.")
    assert ("Sardar Ali Dreshak", "PTI's south Punjab vice-president") in found(text, "resign_post", "2022-03-29")


def test_a_provincial_minister_keeping_his_assembly_seat_keeps_a_provincial_seat():
    text = ("LAHORE: Punjab Minister for Food Sardar Ali Dreshak resigned from the cabinet on Monday. \"I am not resigning "
            "my assembly seat,\" Dreshak said.")
    events = [e for e in extract(text, published="2022-03-29") if e.type == "resign_post" and e.status == "denied"]
    assert [e.post for e in events] == ["MPA"]


def test_leaving_the_office_not_the_party_denies_leaving_the_party():
    text = ("PESHAWAR: The PTI's Peshawar president, Haji Gul Khan, stepped down on Friday. \"I am leaving the office, "
            "not the party,\" Khan said.")
    assert [(e.actor, e.party, e.status) for e in extract(text, published="2023-05-27") if e.type == "leave_party"] == [
        ("Haji Gul Khan", "PTI", "denied")]


def test_a_party_named_in_a_clause_about_the_person_is_not_the_party_expelling():
    text = ("LAHORE: The PTI said on Thursday it had cancelled the basic membership of former minister Ali Raza Khan, who "
            "had been seen at the IPP's launch ceremony, for anti-party activities.")
    assert found(text, "expel", "2023-06-09") == {("Ali Raza Khan", "PTI")}


def test_the_same_expulsion_told_again_keeps_the_party_that_expelled():
    text = ("PESHAWAR: The Awami National Party on Tuesday expelled its Mardan MPA, Haji Gul Zaman, for voting for the "
            "ruling PTI's bill. \"The party has expelled him with immediate effect,\" the provincial president said.")
    assert found(text, "expel", "2016-09-14") == {("Haji Gul Zaman", "ANP")}


def test_a_resignation_in_a_who_clause_is_only_the_described_persons():
    text = ("LAHORE: Others who quit the IPP on Monday included the party's Multan division president, Chaudhry Amjad "
            "Cheema, who also resigned his divisional post; Okara's Rai Mumtaz Kharal; and Sahiwal's Mian Sarwar Wattoo.")
    assert {actor for actor, _post in found(text, "resign_post", "2024-02-20")} == {"Chaudhry Amjad Cheema"}


def test_names_set_off_after_a_post_are_not_part_of_it():
    text = ("LAHORE: The IPP lost three leaders on Monday: Chaudhry Amjad Cheema, who resigned as the party's Multan "
            "division president, Rai Mumtaz Kharal and Mian Sarwar Wattoo.")
    assert found(text, "resign_post", "2024-02-20") == {("Chaudhry Amjad Cheema", "party's Multan division president")}


def test_a_committee_head_is_the_chair_the_role_beside_the_name_names():
    text = ("ISLAMABAD: On the same day, Senator Rubina Khalid, chairperson of the Senate Standing Committee on Finance, "
            "tendered her resignation as committee head after a row with the finance minister.")
    assert found(text, "resign_post", "2019-03-06") == {
        ("Rubina Khalid", "chairperson of Senate Standing Committee on Finance")}


def test_a_bare_name_for_an_aides_office_gives_way_to_the_fuller_post():
    text = ("Ali Bukhari quits as PM's aide over road row\n\nISLAMABAD: Sayed Ali Raza Bukhari on Monday resigned as the "
            "prime minister's special assistant on Overseas Pakistanis. \"I am stepping down as SAPM until my name is "
            "cleared,\" Mr Bukhari, widely known as Ali Bukhari, wrote on Twitter.")
    assert {post for _actor, post in found(text, "resign_post", "2021-05-18")} == {
        "prime minister's special assistant on Overseas Pakistanis"}


def test_a_former_role_beside_the_name_is_not_the_seat_resigned():
    text = ("ISLAMABAD: Dr Nasreen Mir, a former parliamentary secretary for health, also resigned her reserved seat on "
            "Sunday, saying it belonged to the party.")
    assert found(text, "resign_post", "2008-04-07") == {("Dr Nasreen Mir", "MNA")}


def test_the_one_a_resignation_is_sent_to_is_not_the_one_resigning():
    text = ("KARACHI: The MQM-P on Tuesday expelled MNA Shehzad Ahmed Malik. MQM-P chief Dr Kamal Haider told reporters "
            "that nobody would be allowed to sell the mandate. Malik, however, said he had already quit the day before. "
            "\u201cI sent my resignation to Dr Haider on Monday, so there was nothing left to expel,\u201d he said.")
    assert not {actor for actor, _post in found(text, "resign_post", "2016-10-12")} & {"Dr Kamal Haider", "Kamal Haider"}


def test_a_bare_refusal_to_resign_is_about_the_seat_the_name_was_given_with():
    text = ("KARACHI: The PPP on Tuesday suspended the basic membership of MPA Ghulam Rasool Mari for voting against the "
            "finance bill. Opposition parties have demanded that Mari resign his seat. Mari, who represents a "
            "constituency in Nawabshah, told reporters that he would not resign.")
    events = [e for e in extract(text, published="2024-09-18") if e.type == "resign_post"]
    assert [(e.actor, e.post, e.status) for e in events] == [("Ghulam Rasool Mari", "MPA", "denied")]


def test_the_counted_group_of_an_expulsion_is_the_list_named_above_it():
    text = ("KARACHI: Three MQM-P lawmakers joined the PSP on Tuesday. The delegation comprised:\n1. Syed Ali Rizvi, MPA\n"
            "2. Bilqees Anjum, former MPA\n3. Hanif Sheikh, former MNA\n\nThe lawmakers said they had no differences with any "
            "individual. Mr Rizvi said he would resign his seat. Mrs Anjum said she had been ignored for years. Mr Sheikh "
            "thanked the PSP chief. The PSP chief said more would follow. He said the doors of the party were open. "
            "The MQM-P's coordination committee said the "
            "lawmakers had betrayed the mandate. Deputy convener Kanwar Jameel said the party had decided to cancel "
            "the basic membership of the three.")
    assert {("Syed Ali Rizvi", "MQM-P"), ("Bilqees Anjum", "MQM-P"), ("Hanif Sheikh", "MQM-P")} <= found(text, "expel", "2017-03-08")


def test_a_party_body_deciding_someone_is_no_longer_associated_expels_him():
    text = ("LAHORE: The central shura of the Jamaat-e-Islami met on Tuesday. Its spokesman said the shura had met late on "
            "Tuesday night and decided that Maulana Abdul Qayyum Bhatti \"is no longer associated with the party in any "
            "capacity\".")
    assert found(text, "expel", "2017-11-22") == {("Maulana Abdul Qayyum Bhatti", "JI")}


def test_a_person_no_longer_associated_with_a_party_by_his_own_word_is_not_expelled():
    text = "LAHORE: Maulana Abdul Qayyum Bhatti said on Tuesday that he is no longer associated with the Jamaat-e-Islami."
    assert found(text, "expel", "2017-11-22") == set()


def test_a_post_after_as_well_as_from_is_resigned_beside_the_membership():
    text = ("LAHORE: Former MPA Mian Ghulam Rasool Wattoo also bid farewell to the PTI on Thursday. Mian Ghulam Rasool "
            "Wattoo said he had tendered his resignation from the basic membership of the PTI as well as from the office "
            "of the party's Okara district president.")
    assert ("Mian Ghulam Rasool Wattoo", "party's Okara district president") in found(text, "resign_post", "2023-05-26")
