"""The day of an act told in the running time of a story, and party tallies. Every sentence here is
the project's own wording."""
from allegiance import extract


def dated(text, published):
    return {(e.type, e.actor, e.counterpart if e.type == "coalition" else e.party): e.date
            for e in extract(text, published=published)}


LEAD = ("KARACHI: The Muttahida Qaumi Movement-Pakistan on Tuesday announced that it was leaving the ruling "
        "coalition in Sindh over the delay in local elections.\n\n"
        "The party's convener said the decision had been taken after long consultations with workers at the "
        "Bahadurabad headquarters in the city over the past few weeks, and he accused the provincial "
        "government of ignoring Karachi's water, transport and policing needs for far too long.\n\n")


def test_hours_later_dates_an_act_by_the_story_day():
    text = LEAD + ("Hours later, a PPP delegation led by Murad Ali Shah called at Bahadurabad and held talks "
                   "with the MQM-P leadership on its demands.")
    assert dated(text, "2023-03-15")[("coalition", "PPP", "MQM-P")] == "2023-03-14"


def test_joining_on_the_occasion_is_the_story_day_after_a_background_year():
    text = ("QUETTA: Several politicians from Balochistan joined the Pakistan Peoples Party on Sunday at a "
            "ceremony held at Bilawal House in Karachi, presided over by Asif Ali Zardari.\n\n"
            "The two former MPAs were elected on the tickets of the Balochistan Awami Party in 2018 and served "
            "as ministers in the provincial cabinet for three years, overseeing health and irrigation in a "
            "province where both portfolios have long been short of funds and staff.\n\n"
            "Former provincial minister Mir Akbar Khan Lasi was also among those who joined the PPP on the "
            "occasion, a party statement said.")
    assert dated(text, "2023-06-19")[("join_party", "Mir Akbar Khan Lasi", "PPP")] == "2023-06-18"


def test_shortly_after_another_event_gives_no_day_of_its_own():
    text = ("LAHORE: Sindh Governor Kamran Tessori tendered his resignation shortly after the new prime "
            "minister was elected by the National Assembly.")
    assert dated(text, "2022-04-11")[("resign_post", "Kamran Tessori", None)] is None


def tallies(text, published):
    return {(e.actor, e.house): e.seats for e in extract(text, published=published) if e.type == "seat_result"}


def test_the_seats_a_by_election_was_held_for_are_no_tally():
    text = ("LAHORE: The PTI swept the by-elections to 20 seats of the Punjab Assembly held on Sunday, winning "
            "15 seats, while the PML-N won four and an independent candidate bagged one.")
    assert tallies(text, "2022-07-18") == {("PTI", "PA-Punjab"): 15, ("PML-N", "PA-Punjab"): 4, ("IND", "PA-Punjab"): 1}


def test_a_weekday_of_a_coming_act_is_its_plan_and_the_hedge_takes_the_statement_day():
    text = ("ISLAMABAD: The Pakistan Muslim League-Quaid on Tuesday announced its support for the prime minister "
            "in the no-confidence vote.\n\nSources in the Muttahida Qaumi Movement-Pakistan said on Tuesday that "
            "the party was expected to part ways with the government on Wednesday after finalising an agreement "
            "with the PPP.")
    leaves = [e for e in extract(text, published="2022-03-30") if e.type == "coalition" and e.action == "leave"]
    assert leaves and all(e.date == "2022-03-29" for e in leaves)


def test_a_quoted_today_counts_from_the_day_the_words_were_said():
    text = ('HYDERABAD: "I am joining the Pakistan Peoples Party today, and I am doing it with a clear '
            'conscience," former MPA Syed Ali Nawaz Shah told a packed hall at the press club on Tuesday.')
    assert dated(text, "2024-01-10")[("join_party", "Syed Ali Nawaz Shah", "PPP")] == "2024-01-09"


def test_a_deck_told_of_a_coming_day_leaves_the_story_day_to_the_lede():
    text = ("PML-Q Backs Prime Minister In No-Trust Vote\n"
            "BAP quits ruling coalition; MQM-P expected to announce its decision today\n\n"
            "ISLAMABAD: The Pakistan Muslim League-Quaid on Tuesday announced its support for the prime minister "
            "in the no-confidence vote after the PTI offered it the chief ministership of Punjab.\n\n"
            "The party's leaders said the offer was discussed at length in Lahore over the past week, and the "
            "decision was taken unanimously by the central working committee, whose members had earlier been "
            "divided on the issue.\n\n"
            "Hours after the announcement, PML-Q leader Chaudhry Tariq Rashid Bhatti resigned as federal minister "
            "for railways.")
    found = [e for e in extract(text, published="2022-03-30") if e.type == "resign_post"]
    assert found and found[0].date == "2022-03-29"


def test_a_denial_takes_the_day_of_the_quotation_that_follows_it():
    text = ("KARACHI: Jamaat-e-Islami Karachi chief Muhammad Hussain Mehanti on Monday resigned from the party "
            "after three decades, citing differences over the party's alliance strategy.\n\n"
            "The party's deputy emir for Karachi, Hafiz Abdul Samad, was named acting chief of the city chapter. "
            "Samad dismissed speculation that he might also leave. \"There is no question of me leaving the "
            "Jamaat. The Jamaat is my life,\" he said at Idara Noor-e-Haq on Tuesday.")
    assert dated(text, "2015-08-05")[("leave_party", "Hafiz Abdul Samad", "JI")] == "2015-08-04"


def test_a_quotation_carried_on_by_a_pronoun_takes_the_day_of_the_sentence_before_it():
    text = ("KARACHI: The MQM-P on Tuesday expelled two of its lawmakers for anti-party activities.\n\n"
            "Meanwhile, MPA Syed Ali Raza Abidi, who had announced on Sunday that he was joining the PSP, took a "
            "U-turn on Monday and said he would remain with the MQM-P. \"I made a hasty decision. I am not "
            "leaving the MQM,\" he said at a news conference at the party headquarters.")
    assert dated(text, "2016-10-12")[("leave_party", "Syed Ali Raza Abidi", "MQM-P")] == "2016-10-10"


def test_a_sentence_opened_by_a_pronoun_carries_on_the_day_of_the_one_before():
    text = ("LAHORE: The Pakistan Muslim League-Nawaz on Tuesday cancelled the basic membership of MPA Rana Asif "
            "Mehmood, a day after he resigned from his Punjab Assembly seat.\n\n"
            "Mehmood, who was elected from Gujranwala in 2013, submitted his resignation to the Speaker on Monday, "
            "saying he could no longer represent a party that \u201cdoes not listen to its own workers.\u201d He also "
            "stepped down as the PML-N's Gujranwala city general secretary.")
    posts = {e.post: e.date for e in extract(text, published="2017-03-08") if e.type == "resign_post"}
    assert [d for p, d in posts.items() if "secretary" in p] == ["2017-03-06"]


def test_a_quoted_today_begun_in_the_sentence_before_is_not_carried_on():
    text = ("DERA ISMAIL KHAN: Several JUI-F leaders of Kulachi quit the party on Monday and joined the PTI at a "
            "gathering in the city.\n\n"
            "\"We gave our lives to the Jamiat, but the party has forgotten us. From today we are no longer part "
            "of it,\" Maulana Abdul Hameed Qasmi said. He said he had also resigned as the JUI-F's Kulachi tehsil "
            "ameer.")
    posts = [e.date for e in extract(text, published="2025-01-21") if e.type == "resign_post"]
    assert posts and all(d != "2025-01-21" for d in posts)


def test_the_day_of_an_election_date_does_not_part_a_party_from_its_tally():
    text = ("ISLAMABAD: The PPP emerged as the largest party in the February 18 elections with 87 National "
            "Assembly seats.")
    assert tallies(text, "2008-02-22") == {("PPP", "NA"): 87}


def test_a_backing_party_named_in_an_aside_does_not_own_the_independents_seats():
    text = ("ISLAMABAD: The Election Commission on Sunday completed the results of the February 8 general "
            "election for the National Assembly, with independent candidates, most of them backed by the "
            "Pakistan Tehreek-e-Insaf, winning 101 seats in the 266-seat house.")
    assert tallies(text, "2024-02-11") == {("IND", "NA"): 101}


def test_a_deck_day_of_a_side_story_does_not_set_the_story_day_over_the_dateline_lede():
    text = ("Former MNA Returns To PML-N\n"
            "PPP expels Sargodha leader on Monday\n"
            "By Our Staff Reporter\n\n"
            "LAHORE: Former MNA Chaudhry Arif Hameed Sahi on Wednesday joined the Pakistan Muslim League-Nawaz at "
            "a ceremony held at Jati Umra, where he was welcomed into the party by the party's senior leaders.\n\n"
            "Two days earlier, the party's Sheikhupura chapter had welcomed former district nazim Chaudhry Sajid "
            "Ahmed Virk into the party at a workers' convention.")
    assert dated(text, "2023-11-09")[("join_party", "Chaudhry Sajid Ahmed Virk", "PML-N")] == "2023-11-06"


def test_a_senate_tally_counted_over_the_assemblies_that_vote_is_the_senates():
    text = ("ISLAMABAD: The Pakistan Tehreek-e-Insaf emerged as the largest party in the Senate elections held on "
            "Wednesday.\n\nOf the 37 seats contested in the four provincial assemblies and the National Assembly, "
            "the PTI won 18, the Pakistan Peoples Party eight and the Pakistan Muslim League-Nawaz five, according "
            "to unofficial results.")
    assert tallies(text, "2021-03-04") == {("PTI", "Senate"): 18, ("PPP", "Senate"): 8, ("PML-N", "Senate"): 5}


def test_a_stretch_still_running_told_of_a_coming_act_is_its_plan():
    text = ("KARACHI: Sources said on Sunday that independent MPA-elect Mir Shakir Ali Bijarani was in contact "
            "with the Pakistan Peoples Party and could join it this week.")
    assert dated(text, "2024-02-12")[("join_party", "Mir Shakir Ali Bijarani", "PPP")] == "2024-02-11"


def test_a_claim_told_as_the_purpose_after_a_tally_leaves_the_tally_and_its_own_election_day():
    text = ("LAHORE: The Pakistan Muslim League-Nawaz won most of the Punjab Assembly seats in the by-elections held "
            "on Sunday.\n\nThe PTI-backed independents had won 93 National Assembly seats in the February 8 general "
            "elections before joining the Sunni Ittehad Council to claim reserved seats.")
    found = {(e.actor, e.house, e.seats): e.date for e in extract(text, published="2024-04-22") if e.type == "seat_result"}
    assert found.get(("IND", "NA", 93)) == "2024-02-08"


def test_meanwhile_turns_back_from_background_to_the_story_day():
    text = ("RAWALPINDI: Former PTI MPA Chaudhry Javed Kausar on Monday announced that he was quitting the party "
            "over the May 9 riots.\n\n"
            "He told reporters at the Rawalpindi press club that he had been loyal to the party for a decade but "
            "could not defend the attacks on military installations, and that he would consult his supporters.\n\n"
            "Kausar had been suspended by the party's district chapter last month after he skipped a protest call.\n\n"
            "The PTI, meanwhile, expelled its former Taxila tehsil president, Khawaja Naveed Ahmed Butt, from the "
            "party for violating party discipline.")
    assert dated(text, "2023-06-13")[("expel", "Khawaja Naveed Ahmed Butt", "PTI")] == "2023-06-12"


def test_the_night_of_a_day_is_that_day():
    text = ("ISLAMABAD: Deputy Speaker Qasim Khan Suri resigned on the night of April 9, shortly before the house "
            "voted on the no-confidence motion.")
    assert dated(text, "2022-04-17")[("resign_post", "Qasim Khan Suri", None)] == "2022-04-09"


def test_a_tally_once_reserved_seats_are_allotted_takes_the_day_they_were_notified():
    text = ("ISLAMABAD: The Election Commission of Pakistan on Monday allotted the reserved seats for women and "
            "minorities in the National Assembly, weeks after the February 8 general elections.\n\n"
            "After the allotment, the Pakistan Muslim League-Nawaz has secured 123 seats in the National Assembly, "
            "according to the party position notified by the ECP on Monday.")
    found = {(e.actor, e.house): e.date for e in extract(text, published="2024-03-05") if e.type == "seat_result"}
    assert found.get(("PML-N", "NA")) == "2024-03-04"


def test_an_adverb_before_a_comma_is_no_dateline_head():
    text = ("PESHAWAR: Former PTI MPA Sardar Ikram Khan announced on Sunday that he had parted ways with the "
            "ruling party.\n\nEarlier, on Friday, ex-MNA Malik Anwar Khan had rejoined the Pakistan Peoples Party "
            "(PPP), the party he left in 2013 to contest on a PTI ticket.")
    assert dated(text, "2022-11-21")[("join_party", "Malik Anwar Khan", "PPP")] == "2022-11-18"


PADDING = ("The party's leaders said the decisions had been taken after long consultations with workers and "
           "office-bearers across the province, and that more changes to the organisation would follow soon.\n\n")


def test_a_vague_time_that_owns_an_event_sets_no_running_time():
    text = ("KARACHI: Jamaat-e-Islami Karachi on Monday suspended the membership of two union committee chairmen, "
            "accusing them of staying away from last week's mayoral election in violation of the directions "
            "of the party's leadership, which had asked every member of the house to vote for its candidate for "
            "mayor of the city, and warning that others who had been absent would also face action soon.\n\n"
            "The party's city emir said the chairmen had been in contact with the rival camp. The JI also "
            "suspended the membership of councillor Syed Zahid Hasan for six months.")
    assert dated(text, "2023-06-20")[("expel", "Syed Zahid Hasan", "JI")] == "2023-06-19"


def test_a_year_in_a_participial_aside_sets_no_running_time():
    text = ("ISLAMABAD: Several PTI office-bearers on Thursday resigned from their party posts over the May 9 "
            "violence.\n\n" + PADDING +
            "Senator Dr Zara Naheed resigned from the Senate on Thursday. The senator, elected from Punjab in 2018, "
            "said she was stepping aside from politics for now.\n\n"
            "Former MNA Nusrat Jabeen Shah resigned as the PTI's women's wing president for Punjab, but stopped "
            "short of quitting the party.")
    posts = [e.date for e in extract(text, published="2023-06-09")
             if e.type == "resign_post" and e.actor == "Nusrat Jabeen Shah"]
    assert posts == ["2023-06-08"]


def test_condemning_a_dated_event_is_no_bound_on_the_act_beside_it():
    text = ("KARACHI: Four PTI leaders in the city announced their exit from the party on Thursday, hours after "
            "being released from detention.\n\n" + PADDING +
            "\"I condemn the May 9 events and I quit the party,\" Syed Shahzad Hussain Rizvi said, reading from a "
            "written statement.")
    assert dated(text, "2023-05-19")[("leave_party", "Syed Shahzad Hussain Rizvi", "PTI")] == "2023-05-18"


def test_a_bar_on_claiming_reserved_seats_is_no_claimed_tally_and_a_results_source_a_few_words_on_counts():
    text = ("ISLAMABAD: The PTI-backed independents emerged as the largest bloc in the February 8 elections, "
            "winning 93 National Assembly seats, but cannot claim reserved seats without joining a party.\n\n"
            "The PML-N has 75 seats and the PPP 54 in the National Assembly, according to the Election "
            "Commission's results.")
    assert tallies(text, "2024-02-20") == {("IND", "NA"): 93, ("PML-N", "NA"): 75, ("PPP", "NA"): 54}


def test_a_day_earlier_counts_from_the_day_the_running_story_has_reached():
    text = ("KARACHI: The Pakistan Peoples Party has won a two-thirds majority in the Sindh Assembly, according to "
            "the final results issued by the Election Commission on Sunday.\n\n" + PADDING +
            "On Saturday, independent MPA-elect Sardar Khan Muhammad Jatoi joined the PPP at Bilawal House in "
            "the presence of the party chairman.\n\n"
            "A day earlier, former MPA Pir Noor Shah Rashdi had announced that he was quitting the PTI.")
    assert dated(text, "2024-02-12")[("leave_party", "Pir Noor Shah Rashdi", "PTI")] == "2024-02-09"
