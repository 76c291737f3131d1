"""removals81: changes of post that are not plain resignations beside those that are, on sentences
written for these tests. A removal, sacking or de-notification is no event (GUIDELINE: resign_post is the
person's own act); a description of who someone is ("a senior leader of the party") is no post; a
question put to someone is not their act, the reply is."""
from allegiance import extract


def posts(events):
    return {(e.actor, e.post, e.status) for e in events if e.type == "resign_post"}


def test_a_description_of_membership_is_not_the_post_resigned():
    text = ("LAHORE: Punjab Governor Chaudhry Sarwar Ahmed Khan on Monday resigned from his office after the change of "
            "government. Mr Khan, a veteran leader of the PTI, handed his resignation to the president.")
    got = posts(extract(text, published="2022-04-05"))
    assert got == {("Chaudhry Sarwar Ahmed Khan", "Punjab Governor", "fact")}


def test_a_party_office_named_after_the_name_is_still_a_post():
    text = "QUETTA: Mir Jan Muhammad Kakar, the BAP's provincial general secretary, sent his resignation to the party chief on Monday."
    got = posts(extract(text, published="2021-06-08"))
    assert {p for _a, p, _s in got} == {"BAP's provincial general secretary"}


def test_a_question_about_resigning_is_not_the_act_of_whoever_came_before():
    text = ("PESHAWAR: The PTI district president, Malik Waheed Ahmed Jan, welcomed the new chief minister on Tuesday. "
            "Asked whether he planned to step down from the cabinet, the minister for mines, Sardar Fakhar Zaman Khan, "
            "said he had not resigned.")
    got = posts(extract(text, published="2025-10-15"))
    assert got == {("Sardar Fakhar Zaman Khan", "minister for mines", "denied")}


def test_a_removal_or_sacking_is_no_event():
    text = ("ISLAMABAD: The prime minister on Wednesday sacked Arbab Nisar Ahmed Gul as special assistant on tourism, "
            "and the PML-N removed Sheikh Aftab Rasool Butt as its Rawalpindi general secretary. "
            "Chaudhry Tanvir Aslam Warraich was de-notified as adviser on finance.")
    events = extract(text, published="2023-03-09")
    assert not events


def test_two_office_bearers_each_set_off_by_commas_keep_their_own_posts():
    text = ("SIALKOT: The city president, Chaudhry Imran Akhtar Cheema, and finance secretary, Rana Zulfiqar Ali Noon, "
            "resigned from their posts on Monday, saying they would stay in the PML-Q.")
    got = posts(extract(text, published="2024-02-13"))
    assert got == {("Chaudhry Imran Akhtar Cheema", "city president", "fact"),
                   ("Rana Zulfiqar Ali Noon", "finance secretary", "fact")}


def test_weighing_ones_own_resignation_is_a_hedged_resignation():
    text = "QUETTA: Balochistan Governor Sardar Amanullah Khan Jogezai is considering his resignation, his spokesman said on Sunday."
    got = posts(extract(text, published="2022-04-11"))
    assert got == {("Sardar Amanullah Khan Jogezai", "Balochistan Governor", "possible")}


def test_weighing_a_resignation_handed_in_is_not_the_weighers():
    text = ("ISLAMABAD: President Mamnoon Hussain Khattak is considering the resignation sent to him on Saturday, "
            "his spokesman said on Sunday.")
    assert not [e for e in posts(extract(text, published="2018-07-29")) if e[0] == "Mamnoon Hussain Khattak"]


def test_a_removed_ones_later_word_that_he_had_resigned_names_the_post_removed_from():
    text = ("MULTAN: The PPP removed Syed Ali Haider Gilani Bukhari as its divisional information secretary on Monday. "
            "He later said he had resigned before the notification was issued.")
    got = posts(extract(text, published="2024-05-14"))
    assert got == {("Syed Ali Haider Gilani Bukhari", "divisional information secretary", "fact")}


def test_one_sacked_as_adviser_who_says_he_had_not_resigned_denies_resigning_that_post():
    text = ("LAHORE: Malik Muhammad Ahmad Awan Khan, who was sacked as food adviser on Monday, said he had not resigned.")
    got = posts(extract(text, published="2024-05-14"))
    assert got == {("Malik Muhammad Ahmad Awan Khan", "food adviser", "denied")}


def test_a_minister_who_quits_saying_he_stays_loyal_to_the_party_denies_leaving_it():
    text = ("ISLAMABAD: Federal minister Rana Ahmed Saleem Khan resigned from the cabinet on Monday, saying he would "
            "remain loyal to the PML-N.")
    events = extract(text, published="2024-05-14")
    assert {(e.actor, e.party, e.status) for e in events if e.type == "leave_party"} == {
        ("Rana Ahmed Saleem Khan", "PML-N", "denied")}
