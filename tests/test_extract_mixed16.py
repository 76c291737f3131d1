"""Forms found by the mixed16 stories (wire items, analyses, expulsions and resignations, 2008-2022).
Every sentence here is the project's own."""
from allegiance import extract


def _events(text, published, kind=None):
    return [e for e in extract(text, published=published) if kind is None or e.type == kind]


def test_membership_hung_on_the_name_of_an_opening_phrase_is_still_cancelled():
    text = ("LAHORE: The PTI on Wednesday expelled three of its MPAs for defying the party line.\n\n"
            "According to a notification signed by PTI secretary general Asad Umar, the basic party membership of "
            "Abdul Aleem Khan, Malik Nauman Ahmed Langrial and Raja Sagheer Ahmed has been cancelled with immediate effect.")
    got = {(e.actor, e.party) for e in _events(text, "2022-04-21", "expel")}
    assert got == {("Abdul Aleem Khan", "PTI"), ("Malik Nauman Ahmed Langrial", "PTI"), ("Raja Sagheer Ahmed", "PTI")}


def test_they_of_the_members_acted_on_is_not_the_party_that_acted():
    text = ("KARACHI: The PPP on Monday suspended four of its MPAs days after they voted for the MQM-P's "
            "candidate in the Senate election.")
    assert not _events(text, "2021-03-08", "coalition")


def test_those_who_resigned_were_a_list_with_portfolios_in_brackets():
    text = ("ISLAMABAD: Four federal ministers of the JUI-F handed their resignations to the prime minister on Friday.\n\n"
            "Those who resigned were Akram Durrani (housing), Abdul Ghafoor Haideri (postal services) and "
            "Rehmatullah Kakar (religious affairs).")
    got = {(e.actor, e.post, e.date) for e in _events(text, "2011-12-17", "resign_post")}
    assert ("Abdul Ghafoor Haideri", "postal services minister", "2011-12-16") in got
    assert ("Rehmatullah Kakar", "religious affairs minister", "2011-12-16") in got
    assert {a for a, _p, _d in got} >= {"Akram Durrani", "Abdul Ghafoor Haideri", "Rehmatullah Kakar"}


def test_the_leaders_of_a_group_that_leaves_leave_with_it():
    text = ("MULTAN: On Sunday, eight PPP councillors from Khanewal, led by Rana Asif Noon and Malik Tariq Bosan, "
            "announced that they were quitting the party.")
    got = {(e.actor, e.party) for e in _events(text, "2019-09-10", "leave_party")}
    assert got == {("Rana Asif Noon", "PPP"), ("Malik Tariq Bosan", "PPP")}


def test_months_later_gives_no_day():
    text = ("LAHORE: On March 3, Pir Saeed Shah quit the PML-Q. Two months later, Shah joined the PTI at a rally "
            "in Okara.")
    joins = _events(text, "2012-08-01", "join_party")
    assert [(e.actor, e.date) for e in joins] == [("Pir Saeed Shah", None)]


def test_he_after_a_sentence_that_presents_one_person():
    text = ("LAHORE: Several leaders crossed over that summer. Sardar Ali Khosa and Malik Iqbal Langah went first.\n\n"
            "The strangest case was that of Dr Aamir Niazi. In 2016 he resigned as the PML-N's district president "
            "and joined the PTI.")
    got = {(e.type, e.actor) for e in _events(text, "2018-05-01")}
    assert ("resign_post", "Dr Aamir Niazi") in got and ("join_party", "Dr Aamir Niazi") in got
    assert not any(a in ("Malik Iqbal Langah", "Sardar Ali Khosa") for t, a in got if t == "resign_post")


def test_she_after_a_quote_naming_the_leader_and_her_party_post():
    text = ("LAHORE: The PML-N suffered a setback when its Lahore general secretary, Saima Akhtar, was said to be "
            "unhappy. She denied the reports on Monday and said she was \"with Nawaz Sharif till the end\". "
            "She said she had no plan to resign from her party post.")
    got = [(e.actor, e.post, e.status) for e in _events(text, "2019-04-02", "resign_post")]
    assert got == [("Saima Akhtar", "Lahore general secretary", "denied")]


def test_them_welcomed_in_a_clause_below_is_the_main_clauses_subjects():
    text = ("MUZAFFARABAD: Two AJK legislators crossed over on Sunday.\n\n"
            "Sardar Aamir Akbar of Bagh and Ch Zafar Anwar from Mirpur drove to Islamabad, where the PTI's AJK "
            "chief Tanveer Ilyas formally welcomed them into the PTI at a ceremony.")
    got = {(e.actor, e.party) for e in _events(text, "2021-06-01", "join_party")}
    assert got == {("Sardar Aamir Akbar", "PTI"), ("Ch Zafar Anwar", "PTI")}


def test_the_portfolio_a_resigner_held_is_the_post():
    text = ("QUETTA: Mir Zahoor Buledi, who held the finance portfolio, sent his resignation to the chief minister "
            "on Monday.")
    assert [e.post for e in _events(text, "2018-01-09", "resign_post")] == ["finance minister"]


def test_a_name_that_says_whose_government_does_not_act():
    text = ("MUZAFFARABAD: In 2011, several PML-N ministers in the Sardar Attique Ahmed Khan government resigned "
            "and joined the PPP.")
    assert not [e for e in _events(text, "2016-06-01") if e.actor and "Attique" in e.actor]


def test_one_of_them_named_in_apposition_is_that_person():
    text = ("MIRPUR: Several PPP ministers crossed over in 2016. One of them, Ch Arshad Gujjar, had quit the PPP "
            "in 2016 and joined the PML-N.")
    got = {(e.type, e.actor, e.party) for e in _events(text, "2021-05-19")}
    assert ("leave_party", "Ch Arshad Gujjar", "PPP") in got and ("join_party", "Ch Arshad Gujjar", "PML-N") in got


def test_standing_with_the_prime_minister_joins_his_government():
    text = "ISLAMABAD: The PML-Q on Monday decided to stand with the prime minister in the no-trust vote."
    got = {(e.actor, e.counterpart, e.action) for e in _events(text, "2022-03-29", "coalition")}
    assert ("PML-Q", "PTI", "join") in got


def test_its_lawmakers_sitting_with_the_opposition_in_a_second_clause():
    text = ("QUETTA: The JWP announced on Friday that it was ending its support for the government and its two "
            "MPAs would sit with the opposition.")
    got = {(e.actor, e.counterpart, e.action) for e in _events(text, "2018-01-06", "coalition")}
    assert ("JWP", None, "join") in got


def test_a_definite_role_with_a_relative_of_resigning_is_the_person_in_focus():
    text = ("PESHAWAR: Reacting to the notice, Shaukat Yousafzai said the party had lost its way. The former "
            "provincial minister, who had resigned as information minister in 2019, said he owed the party nothing.")
    got = [(e.actor, e.post) for e in _events(text, "2022-05-02", "resign_post")]
    assert got == [("Shaukat Yousafzai", "information minister")]


def test_a_quote_attributed_to_a_role_takes_the_day_of_the_sentence_before():
    text = ("KOTLI: Two AJK ministers joined the PTI on Monday.\n\nThe PTI leader said Raja Nisar Ahmed would be "
            "received with honour.\n\n"
            "Nisar, however, rejected the speculation on Wednesday. \"I am in the PML-N and I am not going anywhere,\" "
            "the veteran legislator said in a statement.")
    got = [(e.actor, e.date, e.status) for e in _events(text, "2021-05-21", "leave_party")]
    assert got == [("Raja Nisar Ahmed", "2021-05-19", "denied")]


def test_a_quote_takes_the_last_day_named_earlier_in_its_paragraph():
    text = ("SKARDU: Two independents joined the PTI on Tuesday.\n\n"
            "Its district president, Wazir Hassan, on Thursday resigned as district president of the PPP. Hassan said "
            "he remained loyal. \"I have resigned the office, but I have not left the PPP,\" he said.")
    got = [(e.actor, e.date, e.status) for e in _events(text, "2020-11-28", "leave_party")]
    assert got == [("Wazir Hassan", "2020-11-26", "denied")]


def test_not_leaving_lightly_is_a_leaving():
    text = ('MUZAFFARABAD: Sardar Javed Ayub, a PML-N legislator, joined the PTI on Tuesday. "I did not leave '
            'the PML-N lightly," Ayub said.')
    got = [(e.actor, e.party, e.status) for e in _events(text, "2021-05-19", "leave_party")]
    assert got == [("Sardar Javed Ayub", "PML-N", "fact")]


def test_a_headlines_act_takes_the_day_the_body_gives_it():
    text = ("JUI-F agrees to join Balochistan govt\n\n"
            "QUETTA: Two independents joined the PML-N on Wednesday.\n\n"
            "A day earlier, on Tuesday, the JUI-F agreed to join the Balochistan government led by the PML-N.")
    got = [(e.actor, e.counterpart, e.date) for e in _events(text, "2013-06-13", "coalition") if e.actor == "JUI-F"]
    assert got == [("JUI-F", "PML-N", "2013-06-11")]


def test_the_resignation_of_a_titled_aide_accepted():
    text = ("ISLAMABAD, Jan 8 (APP): President Arif Alvi on Tuesday accepted the resignation of Adviser to the "
            "Prime Minister on Commerce Abdul Razak Dawood.")
    got = [(e.actor, e.post) for e in _events(text, "2019-01-08", "resign_post")]
    assert got == [("Abdul Razak Dawood", "Adviser to the Prime Minister on Commerce")]


def test_announced_parting_ways_with_a_government():
    text = "KARACHI: The MQM-P on Wednesday announced parting ways with the PTI-led federal government."
    got = {(e.actor, e.counterpart, e.action) for e in _events(text, "2022-03-31", "coalition")}
    assert ("MQM-P", "PTI", "leave") in got


def test_resignation_lists_in_other_wordings():
    lead = "PESHAWAR: Four ministers of the QWP quit the provincial cabinet on Monday.\n\n"
    for listed in ("Those who stepped down were Sikandar Sherpao (irrigation) and Bakht Baidar (sports).",
                   "The ministers who resigned are Sikandar Sherpao (irrigation) and Bakht Baidar (sports).",
                   "Among those who resigned were Sikandar Sherpao (irrigation) and Bakht Baidar (sports)."):
        got = {(e.actor, e.post) for e in _events(lead + listed, "2015-11-17", "resign_post")}
        assert {("Sikandar Sherpao", "irrigation minister"), ("Bakht Baidar", "sports minister")} <= got, listed


def test_a_resigned_seat_listed_with_places_in_brackets():
    text = ("PESHAWAR: Three ANP MPAs resigned from the provincial assembly on Monday.\n\n"
            "Those who resigned were Haroon Bilour (Peshawar) and Ahmad Khan Bahadur (Mardan).")
    got = {(e.actor, e.post) for e in _events(text, "2015-11-17", "resign_post")}
    assert got == {("Haroon Bilour", "MPA"), ("Ahmad Khan Bahadur", "MPA")}


def test_the_party_a_named_leader_joined_is_his_own_when_no_other_is_named():
    text = ("MUZAFFARABAD: PTI AJK leader Sardar Qayyum Niazi, who joined the party in 2016, was elected prime "
            "minister on Wednesday.")
    got = [(e.actor, e.party, e.date) for e in _events(text, "2021-08-05", "join_party")]
    assert got == [("Sardar Qayyum Niazi", "PTI", None)]
