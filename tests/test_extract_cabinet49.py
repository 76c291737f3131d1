"""Cabinets and posts as the Pakistani press tells them, 2008-2025: reshuffles, ministers made to resign
or de-notified, chief ministers quitting on the leader's orders, wing office-bearers put off a party team,
and the one who says he is not resigning after the paper said he might. Every sentence here is the
project's own wording."""
from allegiance import extract


def events(text, published="2025-10-09"):
    return {(e.type, e.actor, e.party, e.post, e.status) for e in extract(text, published=published)}


def test_a_stay_said_in_the_first_person_after_quitting_an_office_denies_leaving():
    text = ("PESHAWAR: The PTI's Punjab Chief Minister Rana Tariq Hayat Gill resigned from his office on Wednesday. "
            "In a message on X, he wrote: \"I have quit as chief minister on the orders of the party. "
            "I remain with the party.\"")
    got = events(text)
    assert ("leave_party", "Rana Tariq Hayat Gill", "PTI", None, "denied") in got


def test_we_stay_in_it_after_quitting_ministries_denies_leaving_the_party_named_before():
    text = ("QUETTA: Provincial Finance Minister Mir Sohrab Khan Jamali resigned from the cabinet on Thursday. "
            "He said: \"We are members of the BAP and will stay in it.\"")
    got = events(text, published="2021-10-15")
    assert any(t == "leave_party" and a == "Mir Sohrab Khan Jamali" and p == "BAP" and s == "denied"
               for t, a, p, _post, s in got)


def test_being_removed_from_a_party_team_is_no_expulsion():
    text = ("LAHORE: The PTI removed Nadia Anjum Qureshi from the post of women wing secretary on Friday. "
            "Ms Qureshi had earlier been removed from the party's media team.")
    got = events(text, published="2023-05-27")
    assert not any(t == "expel" for t, *_ in got)


def test_the_name_after_a_headlines_semicolon_is_not_the_one_who_resigns():
    text = ("Bhatti resigns as Punjab finance minister; Kamran Sadiq named successor\n\n"
            "LAHORE: Punjab Finance Minister Aslam Nawaz Bhatti resigned from the cabinet on Wednesday.")
    got = events(text)
    assert any(t == "resign_post" and a == "Aslam Nawaz Bhatti" for t, a, *_ in got)
    assert not any(t == "resign_post" and a == "Kamran Sadiq" for t, a, *_ in got)


def test_a_bare_refusal_is_about_the_post_the_speculation_named_not_the_last_post_told():
    text = ("Adviser Saleem Akhtar Durrani said on Wednesday he would step down as the party's district "
            "information secretary to make room for young workers.\n\n"
            "There was speculation that Sindh Assembly Speaker Ghulam Qadir Soomro might resign to contest for "
            "the chief minister's slot, but Mr Soomro rejected the reports. \"I am not resigning. The party "
            "has decided and I stand by it,\" he said on Thursday.")
    got = events(text)
    soomro = {post for t, a, _p, post, _s in got if t == "resign_post" and a == "Ghulam Qadir Soomro"}
    assert soomro and all("information secretary" not in post for post in soomro)


def test_the_papers_word_that_a_removed_minister_did_not_resign_is_no_denial():
    text = ("ISLAMABAD: Minister for Housing Tariq Aziz Bhatti was removed from the cabinet on Thursday. "
            "Mr Bhatti, however, did not resign and was later made a party vice-president.")
    assert not any(t == "resign_post" for t, *_ in events(text, published="2019-04-19"))


def test_the_removed_ministers_own_word_that_he_did_not_resign_is_a_denial():
    text = ("ISLAMABAD: Minister for Housing Tariq Aziz Bhatti was removed from the cabinet on Thursday. "
            "\"I did not resign,\" Mr Bhatti said.")
    got = events(text, published="2019-04-19")
    assert any(t == "resign_post" and a == "Tariq Aziz Bhatti" and s == "denied" for t, a, _p, _post, s in got)


def test_the_reshuffle_a_minister_quits_in_is_not_part_of_the_post():
    text = "Hammad Azhar steps down as energy minister in major cabinet shake-up"
    got = events(text, published="2021-04-19")
    assert {post for t, _a, _p, post, _s in got if t == "resign_post"} == {"energy minister"}
