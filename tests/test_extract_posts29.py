"""Resignations from public and party posts as the Pakistani press tells them, 2013-2025: caretaker
ministers who quit to contest, the prime minister's aides and advisers, governors after a change of
government, speakers before a no-confidence vote, party office-bearers who give up one post or several
(staying in the party or leaving it), and the people sacked, rumoured or withdrawing who did not resign.
Every sentence here is the project's own wording."""
from allegiance import extract


def events(text, published="2022-01-19"):
    return {(e.type, e.actor, e.party, e.status) for e in extract(text, published=published)}


def test_being_left_out_of_a_committee_is_no_leaving():
    text = ("ISLAMABAD: Minister of State for Housing Tariq Mehmood Bosal quit the cabinet on Wednesday. "
            "\"I am not quitting the PTI,\" he said.\n\n"
            "There is also talk in the capital that the special assistant on tourism, Saad Akram Bhinder, may "
            "step down in the coming days after he was left out of the committee overseeing the tourism fund.")
    got = events(text)
    assert not any(t == "leave_party" and a == "Saad Akram Bhinder" for t, a, _p, _s in got)


def test_joining_the_partys_protest_is_not_joining_the_party():
    text = ("PESHAWAR: Provincial minister Kamran Yousaf Tarakai resigned on Monday. He said he would remain "
            "a PTI worker and would join the party's protest rally in the city on Friday.")
    got = events(text, published="2022-04-12")
    assert not any(t == "join_party" for t, *_ in got)


def test_a_span_of_time_after_the_post_is_not_part_of_it():
    text = ("Mazari steps down as deputy speaker hours before no-trust vote\n\n"
            "LAHORE: Punjab Assembly Deputy Speaker Sardar Dost Ali Mazari resigned on Tuesday.")
    posts = {e.post for e in extract(text, published="2022-04-06") if e.type == "resign_post"}
    assert not any(p.endswith("hours") for p in posts)


def test_a_day_in_another_persons_relative_clause_does_not_date_the_act():
    text = ("Haider quits as speaker before trust vote\n\n"
            "QUETTA: Balochistan Assembly Speaker Mir Jan Muhammad Haider resigned on Friday evening.\n\n"
            "Mr Haider's resignation recalled the crisis of the previous year, when Chief Minister Mir Nawab "
            "Sarfaraz Khan had tendered his resignation to the governor on October 24.")
    got = [e for e in extract(text, published="2022-11-19") if e.type == "resign_post" and "Haider" in e.actor]
    assert [e.date for e in got] == ["2022-11-18"]


def test_a_list_of_portfolios_before_the_name_is_not_part_of_it():
    text = ("KARACHI: Caretaker Sindh Minister for Labour, Transport and Excise Mir Hassan Ali Talpur "
            "resigned on Monday to contest the elections.")
    actors = {e.actor for e in extract(text, published="2023-12-12") if e.type == "resign_post"}
    assert actors == {"Mir Hassan Ali Talpur"}


def test_leaving_the_cabinet_in_a_quote_is_the_ministers_resignation_told_again():
    text = ("KARACHI: Caretaker Provincial Minister for Labour Mir Hassan Ali Talpur sent his resignation to the "
            "chief minister on Monday evening.\n\nUnder the Elections Act, members of a caretaker set-up cannot "
            "contest the polls that their government oversees. The Election Commission of Pakistan had written to "
            "the provinces last month, asking them to ensure that no member of an interim cabinet took part in the "
            "polls.\n\n\"The people of my area want me to represent them,\" Mr Talpur told reporters outside his "
            "home. \"I could not do that while sitting in a neutral government, so I have left the cabinet.\"")
    posts = [e.post for e in extract(text, published="2023-12-13") if e.type == "resign_post"]
    assert len(posts) == 1 and "Labour" in posts[0]


def test_a_title_written_before_its_party_and_place_is_the_post_left():
    text = ("BAHAWALPUR, Oct 15 (APP): Vice President Pakistan Muslim League-Nawaz (PML-N) Bahawalpur Division "
            "Mian Tariq Mehmood Jhakar announced to quit the party slot on Tuesday.")
    posts = [e.post for e in extract(text, published="2019-10-15") if e.type == "resign_post"]
    assert posts and "Vice President" in posts[0] and "slot" not in posts[0]


def test_no_question_of_my_resignation_is_a_denial_by_the_speaker():
    text = ("QUETTA: Balochistan Governor Syed Mumtaz Ali Bukhari met the prime minister on Monday. "
            "\"There is no question of my resignation. I was appointed under the Constitution,\" he said.")
    got = [(e.actor, e.status) for e in extract(text, published="2022-04-12") if e.type == "resign_post"]
    assert got == [("Syed Mumtaz Ali Bukhari", "denied")]


def test_a_place_written_with_a_hyphen_stays_in_the_role():
    text = "SKARDU: Gilgit-Baltistan Governor Syed Mehdi Shah Rizvi said there was no question of his resignation."
    posts = [e.post for e in extract(text, published="2022-04-12") if e.type == "resign_post"]
    assert posts == ["Gilgit-Baltistan Governor"]


def test_two_posts_sharing_a_describing_word_are_two_posts():
    text = ("PESHAWAR: Senior ANP leader Haji Ghulam Ahmad Bilour resigned as the party's central vice-president "
            "on Monday. In the same letter he also stepped down as a member of its central working committee.")
    posts = [e.post for e in extract(text, published="2024-03-05") if e.type == "resign_post"]
    assert len(posts) == 2


def test_saying_he_would_retain_his_seat_rules_out_resigning_it():
    text = ("SAHIWAL, Oct 15 (APP): MPA Rai Murtaza Iqbal Kharal Tuesday tendered resignation from the post of "
            "parliamentary secretary for finance. He, however, clarified that he would retain his Punjab "
            "Assembly seat.")
    got = {(e.post, e.status) for e in extract(text, published="2019-10-15") if e.type == "resign_post"}
    assert ("MPA", "denied") in got


def test_retaining_a_seat_at_the_polls_is_no_word_on_resigning():
    text = ("PESHAWAR: ANP leader Haji Ghulam Ahmad Bilour retained his seat in the National Assembly on "
            "Thursday, and said he would retain his party post too.")
    assert not any(e.type == "resign_post" for e in extract(text, published="2013-05-12"))


def test_a_quoted_refusal_takes_the_day_of_its_named_attribution():
    text = ("LAHORE: Punjab Governor Rana Iqbal Ahmed Khan was removed by the president on Monday.\n\n"
            "\"I will not resign. Let them remove me through the proper procedure,\" Mr Khan told reporters at "
            "the Governor House on Tuesday.")
    got = [(e.status, e.date) for e in extract(text, published="2022-04-13") if e.type == "resign_post"]
    assert got == [("denied", "2022-04-12")]


def test_a_role_of_two_portfolios_set_before_the_name_is_the_post():
    text = ("KARACHI: Meanwhile, the caretaker irrigation and works minister, Mir Shah Nawaz Zehri, is also "
            "expected to step down this week.")
    got = [(e.actor, e.post, e.status) for e in extract(text, published="2023-12-13") if e.type == "resign_post"]
    assert got == [("Mir Shah Nawaz Zehri", "caretaker irrigation and works minister", "possible")]


def test_a_resignation_withdrawn_in_a_later_sentence_is_denied():
    text = ("MULTAN: PPP Multan information secretary Syed Ali Haider Gillani announced on Saturday that he was "
            "quitting the post.\n\nOn Monday, Mr Gillani withdrew his resignation after a meeting with the "
            "party chairman.")
    got = [(e.status, e.date) for e in extract(text, published="2024-03-05") if e.type == "resign_post"]
    assert got == [("denied", "2024-03-04")]


def test_an_accepted_resignation_bounded_in_its_own_sentence_takes_no_other_day():
    text = ("SAHIWAL, Oct 15 (APP): MPA Rai Murtaza Iqbal Tuesday tendered resignation from the post of "
            "parliamentary secretary.\n\nEarlier, the chief minister had also accepted the resignation of "
            "Provincial Minister for Forests Sardar Asif Nakai, who had stepped down in December last year.")
    got = {e.actor: e.date for e in extract(text, published="2019-10-15") if e.type == "resign_post"}
    assert got.get("Sardar Asif Nakai", "missing") is None


def test_a_party_position_left_is_not_the_public_office_once_held():
    text = ("ISLAMABAD: PTI leader Sardar Tanveer Ilyas on Wednesday said he was taking a break from politics.\n\n"
            "Mr Ilyas, who served as food minister, said he had also resigned from his party position.")
    posts = {e.post for e in extract(text, published="2023-05-25") if e.type == "resign_post"}
    assert not any("minister" in (p or "") for p in posts), posts
