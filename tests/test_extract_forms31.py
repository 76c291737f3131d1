"""Allegiance news in the press's less usual forms: Q&A interviews whose answers speak in the first person
without quotation marks, yes-no questions about a move, op-eds that advise a party what to do, live-blogs of
result nights, career explainers, provincial roundups and wire briefs with bullet lists. Every sentence here
is the project's own wording."""
from allegiance import extract


def events(text, published="2024-03-16"):
    return {(e.type, e.actor, e.party, e.status) for e in extract(text, published=published)}


INTERVIEW = ("KARACHI: Sardar Naveed Akhtar Baloch, a former MPA from Lyari, has been in the news since "
             "his meeting with the PPP leadership last week. He spoke to us at his office on Friday.\n\n"
             "Q: Are you still with the PTI?\n\n"
             "A: I stood beside Imran Khan at every rally since 2014. I stepped down as the PTI's Lyari "
             "president in January because of my health.\n\n"
             "Q: Your cousin is said to be joining the PPP.\n\n"
             "A: That is his business. Have I decided to join the PPP? No, but I am thinking about it.\n")


def test_an_answer_line_speaks_for_the_interviewee_not_the_last_name_it_mentions():
    got = {(e.type, e.actor) for e in extract(INTERVIEW, published="2024-03-16")}
    assert ("resign_post", "Sardar Naveed Akhtar Baloch") in got
    assert not any(a == "Imran Khan" for _t, a in got)


def test_a_move_asked_as_a_yes_no_question_is_not_reported_done():
    got = events(INTERVIEW)
    assert ("join_party", "Sardar Naveed Akhtar Baloch", "PPP", "possible") in got
    assert ("join_party", "Sardar Naveed Akhtar Baloch", "PPP", "fact") not in got


def test_a_move_in_a_before_clause_of_advice_is_an_opinion():
    text = ("OPINION: The ANP would do well to count its friends. The party should think carefully before it "
            "enters any alliance with the JUI-F in the province.")
    got = extract(text, published="2024-03-16")
    assert not any(e.type == "coalition" for e in got)


def test_a_headline_naming_someone_else_does_not_make_them_the_interviewee():
    text = ("Asif Ali Zardari's old PTI rival speaks out\nThe former MPA says he is weighing a move\n\n" + INTERVIEW)
    got = {(e.type, e.actor) for e in extract(text, published="2024-03-16")}
    assert ("resign_post", "Sardar Naveed Akhtar Baloch") in got


def test_leads_of_a_count_in_progress_are_no_seat_result():
    text = ("10:20pm: Unofficial leads now stand at PML-N 48, PTI 39 and PPP 17, with about a third of polling "
            "stations reporting.\n\n11:05pm: Leads gave the JUI-F 9 seats and the MQM-P 6 by midnight.")
    got = extract(text, published="2013-05-11")
    assert not any(e.type == "seat_result" for e in got)


def test_a_pronoun_after_a_lone_possessive_surname_is_that_person():
    text = ("PESHAWAR: Begum Naseem Akhtar Jatoi formally joined the ANP on Monday at Bacha Khan Markaz.\n\n"
            "For anyone who has watched her over the years, it was hardly a surprise. The crowd cheered loudly "
            "and the speeches went on until late in the evening.\n\n"
            "The early years\n\n"
            "Jatoi's political life began in the Musharraf era. She joined the PML-Q in 2002 and was "
            "elected on a reserved seat that year.")
    got = events(text, published="2019-03-12")
    assert ("join_party", "Begum Naseem Akhtar Jatoi", "PML-Q", "fact") in got


def test_a_profile_told_in_pronouns_keeps_its_subject_across_paragraphs():
    text = ("QUETTA: Begum Shahida Parveen Rind formally joined the National Party on Sunday.\n\n"
            "Few were surprised. The crowd cheered loudly and the speeches went on late into the evening.\n\n"
            "Rind's start was modest. She joined the PML-Q in 2008 as a district councillor.\n\n"
            "Colleagues remember a tireless speaker on girls' schooling. The assembly's women's caucus was her "
            "home for a decade. The floods of 2010 changed her priorities.\n\n"
            "In 2019, she parted ways with the BAP and joined the Balochistan National Party.")
    got = events(text, published="2024-03-18")
    assert ("leave_party", "Begum Shahida Parveen Rind", "BAP", "fact") in got
    assert ("join_party", "Begum Shahida Parveen Rind", "BNP", "fact") in got


LIVE_BLOG = ("LIVE: No-confidence motion against the chief minister\n\n"
             "Follow our coverage as the provincial assembly meets. All times are local.\n\n"
             "Monday, October 18\n\n"
             "4:15pm: The session has been adjourned until tomorrow amid noisy protests.\n\n"
             "Tuesday, October 19\n\n"
             "11:05am: Treasury member Mir Zafar Ullah Zehri, who sat with the government until last week, "
             "tells us he has decided to join the BNP. \"I will sit on the opposition benches now,\" he says.\n\n"
             "3:10pm: The BAP has contacted the JUI-F for support, a party leader tells our reporter.\n\n"
             "Wednesday, October 20\n\n"
             "9:20am: Sardar Abdul Rehman Khetran confirmed that he quit the BAP on Tuesday night and had "
             "handed his letter to the party president.\n")


def test_a_live_blog_update_is_dated_by_its_day_header():
    got = {(e.type, e.actor, e.party, e.counterpart, e.date) for e in extract(LIVE_BLOG, published="2021-10-18")}
    assert ("join_party", "Mir Zafar Ullah Zehri", "BNP", None, "2021-10-19") in got
    assert ("coalition", "BAP", None, "JUI-F", "2021-10-19") in got


def test_a_weekday_in_a_live_blog_update_counts_back_from_its_header():
    got = {(e.type, e.actor, e.date) for e in extract(LIVE_BLOG, published="2021-10-18")}
    assert ("leave_party", "Sardar Abdul Rehman Khetran", "2021-10-19") in got



def test_every_line_of_a_bulleted_list_of_joiners_is_a_joining():
    text = ("Hyderabad, March 2 (APP): A number of local politicians joined the Muttahida Qaumi Movement-Pakistan "
            "here on Saturday.\nThe new entrants included:\n"
            "\u2022 Former MPA Syed Zulfiqar Ali Shah\n"
            "\u2022 Former MNA Rais Ghulam Mustafa Wassan\n"
            "\u2022 Mir Nadir Ali Talpur, former taluka chairman\n"
            "\u2022 Haji Shafi Muhammad Memon\n")
    got = {(e.type, e.actor, e.party) for e in extract(text, published="2024-03-02")}
    for name in ("Syed Zulfiqar Ali Shah", "Rais Ghulam Mustafa Wassan", "Mir Nadir Ali Talpur", "Haji Shafi Muhammad Memon"):
        assert ("join_party", name, "MQM-P") in got


def test_tallies_of_a_result_night_blog_are_dated_by_the_day_polling_closed():
    text = ("LIVE: By-election results\n\n"
            "Sunday, July 17\n\n"
            "5:01pm: Polling has closed in all 20 constituencies of the Punjab Assembly.\n\n"
            "Monday, July 18\n\n"
            "9:30am: The final count is in. The PTI has won 15 seats in the Punjab Assembly and the PML-N "
            "has won four.\n")
    got = {(e.actor, e.seats, e.date) for e in extract(text, published="2022-07-17") if e.type == "seat_result"}
    assert ("PTI", 15, "2022-07-17") in got


def test_a_returner_comes_back_to_the_party_the_description_says_they_left():
    text = ("LARKANA: Mir Ghulam Hyder Khoso, a former MNA who left the PPP in 2017 to contest on the PML-F's "
            "ticket, returned to the party on Tuesday at Naudero.")
    got = events(text, published="2024-09-07")
    assert ("join_party", "Mir Ghulam Hyder Khoso", "PPP", "fact") in got
    assert ("join_party", "Mir Ghulam Hyder Khoso", "PML-F", "fact") not in got


def test_a_relative_clause_on_a_role_beside_a_name_tells_that_persons_leaving():
    text = "SUKKUR: Syed Nasir Ali Shah, a former MPA who quit the MQM-P in 2019, joined the PPP on Monday."
    got = events(text, published="2024-09-07")
    assert ("leave_party", "Syed Nasir Ali Shah", "MQM-P", "fact") in got


def test_an_answer_is_dated_by_the_day_the_interview_was_held():
    text = ("QUETTA: The BAP's Mir Asadullah Baloch has kept everyone guessing since the party's split was "
            "announced on Monday. Mir Asadullah Baloch spoke to us on Wednesday.\n\n"
            "Q: Are you quitting the BAP?\n\n"
            "A: No. I am not leaving the BAP, whatever people say.\n")
    got = {(e.type, e.actor, e.party, e.status, e.date) for e in extract(text, published="2024-03-08")}
    assert ("leave_party", "Mir Asadullah Baloch", "BAP", "denied", "2024-03-06") in got
