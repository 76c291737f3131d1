"""Dates and status of acts told away from the lead: the story's running time, resignations known
by their acceptance, announcements of other people's coming acts. Sentences written for the tests."""
from allegiance import extract


# a paragraph of neutral context, so that what follows lies beyond the headline and lead
FILLER = ("The move was widely discussed in political circles, where observers weighed what it meant for the "
          "balance of power in the province and for the coming budget session of the assembly. Analysts said "
          "that the shifting loyalties reflected long-standing grievances over development funds, the "
          "distribution of tickets and the style of leadership at the top of the party.\n\n")


def by_actor(events, kind):
    return {e.actor: e for e in events if e.type == kind}


def test_passage_set_in_a_vague_time_takes_no_day_from_the_lead():
    text = ("Karachi MPA Nadia Rehman joined the Pakistan Peoples Party on Monday.\n\n" + FILLER +
            "BACKGROUND\n\n"
            "A group of dissident lawmakers of the Pakistan Muslim League-Nawaz formed a bloc last month. "
            "Two MNAs, Imtiaz Warsi and Qadir Bhatti, announced their resignations from the PML-N.")
    events = extract(text, published="2019-03-12")
    assert by_actor(events, "join_party")["Nadia Rehman"].date == "2019-03-11"
    leaves = by_actor(events, "leave_party")
    assert leaves["Imtiaz Warsi"].date is None and leaves["Qadir Bhatti"].date is None


def test_passage_opened_by_earlier_alone_takes_no_day():
    text = ("The election commission on Friday registered the new party.\n\n" + FILLER +
            "Earlier, a few politicians had gathered in Multan. According to party officials, "
            "tribal elder Sardar Nawaz Khosa has joined the Pakistan Peoples Party.")
    events = extract(text, published="2020-02-15")
    assert by_actor(events, "join_party")["Sardar Nawaz Khosa"].date is None


def test_passage_opened_by_a_past_day_runs_on_that_day():
    text = ("Several tribal leaders joined the Pakistan Peoples Party on Sunday after meeting its chairman.\n\n" + FILLER +
            "Earlier on March 2, two leaders of the Balochistan Awami Party parted ways with it and joined the PPP.\n\n"
            "Other BAP leaders who joined the party included Mir Daud Lehri and Mir Sikandar Jamot.")
    events = extract(text, published="2021-03-08")
    joins = by_actor(events, "join_party")
    assert joins["Mir Daud Lehri"].date == "2021-03-02"
    assert joins["Mir Sikandar Jamot"].date == "2021-03-02"


def test_a_period_opened_by_a_day_leaves_later_acts_undated():
    text = ("Karachi MNA Rafiq Soomro on Sunday announced that he was leaving the Pakistan Tehreek-e-Insaf.\n\n" + FILLER +
            "The party has seen a steady exodus after the arrest of its chief on March 3. "
            "Apart from Soomro, MPAs Kashif Memon and Bilal Durrani have also announced their decision to quit the party.")
    events = extract(text, published="2023-03-20")
    leaves = by_actor(events, "leave_party")
    assert leaves["Rafiq Soomro"].date == "2023-03-19"
    assert leaves["Kashif Memon"].date is None and leaves["Bilal Durrani"].date is None


def test_a_day_of_its_own_beside_a_period_still_dates_the_story():
    text = ("LAHORE: Jahangir Tareen on Thursday unveiled the Istehkam-e-Pakistan Party, a home for politicians "
            "who have walked out of the Pakistan Tehreek-e-Insaf since the riots of March 3.\n\n"
            "Former minister Khurram Lodhi joined the Istehkam-e-Pakistan Party as its president, Tareen told reporters.")
    events = extract(text, published="2023-03-24")
    joins = [e for e in events if e.type == "join_party" and e.actor == "Khurram Lodhi"]
    assert joins and joins[0].date == "2023-03-23"


def test_resignations_known_by_acceptance_take_the_day_they_were_tendered():
    text = ("The Senate chairman on Tuesday accepted the resignations tendered by PTI senators.\n\n"
            "The PTI senators include Kamran Yousafzai, Naila Qureshi and Arbab Gul.\n\n"
            "The PTI had announced mass resignations from the Senate on April 11, a day after its leader was ousted.")
    events = extract(text, published="2023-01-17")
    posts = by_actor(events, "resign_post")
    assert {posts[name].date for name in ("Kamran Yousafzai", "Naila Qureshi", "Arbab Gul")} == {"2022-04-11"}


def test_acceptance_alone_is_no_day_of_resignation():
    text = ("The Senate chairman on Tuesday accepted the resignations tendered by PTI senators.\n\n"
            "The PTI senators include Kamran Yousafzai, Naila Qureshi and Arbab Gul.")
    events = extract(text, published="2023-01-17")
    posts = by_actor(events, "resign_post")
    assert posts and all(e.date != "2023-01-16" for e in posts.values())


def test_others_coming_act_announced_is_possible_but_ones_own_is_a_fact():
    text = ("Miftah Ismail spoke to reporters in Karachi on Friday. He announced that former lawmakers "
            "Tariq Bhatti and Ruksana Jadoon will be part of the Awaam Pakistan Party. "
            "Later, Shamim Abbasi said she will be part of the Pakistan Tehreek-e-Insaf.")
    events = extract(text, published="2024-06-22")
    joins = by_actor(events, "join_party")
    assert joins["Tariq Bhatti"].status == "possible" and joins["Ruksana Jadoon"].status == "possible"
    assert joins["Shamim Abbasi"].status == "fact"


def test_the_publication_day_written_out_in_the_lede_is_a_dateline_not_the_acts_day():
    text = ("PML-Q committee removes its president\n\n"
            "LAHORE: (Agency News - August 12th, 2022) The PML-Q's central working committee decided to relieve "
            "its president of his duties.\n\n"
            "The committee took the decision at the party house on Thursday.\n\n"
            "The meeting also decided to expel federal minister Tariq Bashir Cheema from the party.")
    events = extract(text, published="2022-08-12")
    [expel] = [e for e in events if e.type == "expel"]
    assert expel.date == "2022-08-11"


def test_an_act_in_an_after_clause_does_not_take_the_main_clauses_day():
    text = ("Quetta: The PML-N lost more ground in the province this month.\n\n"
            "Earlier on November 8, after senior PML-N leaders Yousaf Kakar and Hamid Jogezai ended their long "
            "association with the party, more office bearers announced that they would leave the party.")
    events = extract(text, published="2020-11-12")
    leaves = by_actor(events, "leave_party")
    assert leaves["Yousaf Kakar"].date is None and leaves["Hamid Jogezai"].date is None


def test_an_after_phrase_of_the_act_itself_keeps_the_day():
    text = "On Monday, after a meeting with Imran Khan in Bani Gala, MNA Ghulam Sarwar Khan joined the PTI."
    [join] = [e for e in extract(text, published="2018-05-15") if e.type == "join_party"]
    assert join.date == "2018-05-14"


def test_a_coming_act_told_by_unnamed_sources_has_no_day():
    text = ("Two PML-N lawmakers joined the PTI on Tuesday.\n\n"
            "According to sources, PML-N MPAs Karim Baig and Nusrat Shah are going to join the PTI.\n\n"
            "The party's two ministers, Kamran Tiwana and Sohail Ghumman, are expected to resign from the cabinet "
            "in the coming days, party sources said.")
    events = extract(text, published="2018-05-16")
    joins = by_actor(events, "join_party")
    assert joins["Karim Baig"].status == "possible" and joins["Karim Baig"].date is None
    posts = by_actor(events, "resign_post")
    assert posts["Kamran Tiwana"].status == "possible" and posts["Kamran Tiwana"].date is None


def test_a_done_act_told_by_sources_keeps_the_storys_day():
    text = ("Lahore: MPA Nadeem Chattha joined the PML-N on Monday.\n\n"
            "Party sources said that MPA Rukhsana Bhatti has also joined the PML-N.")
    events = extract(text, published="2022-06-14")
    joins = by_actor(events, "join_party")
    assert joins["Rukhsana Bhatti"].date == "2022-06-13"


def test_a_done_act_told_by_sources_is_a_fact_and_a_coming_one_possible():
    text = ("According to sources, landowner Chaudhry Imtiaz Warraich ended his 30-year association with the PML-N. "
            "According to sources, his cousin Tariq Warraich will join the PTI.")
    events = extract(text, published="2024-06-27")
    assert by_actor(events, "leave_party")["Chaudhry Imtiaz Warraich"].status == "fact"
    assert by_actor(events, "join_party")["Tariq Warraich"].status == "possible"


def test_no_plans_to_leave_is_a_denial():
    text = ("MPA Ghulam Haider Bhatti said that he had met the chief minister to seek funds and had no plans "
            "to leave the PML-N. Senator Rubina Khalid said she has no intention of quitting the PPP.")
    events = extract(text, published="2020-03-14")
    leaves = by_actor(events, "leave_party")
    assert leaves["Ghulam Haider Bhatti"].status == "denied" and leaves["Rubina Khalid"].status == "denied"


def test_an_undated_urdu_act_takes_the_day_of_the_lede():
    text = ("لاہور: سابق وزیر اعلیٰ پرویز الہٰی نے جمعہ کے روز نئی جماعت کے قیام کا اعلان کیا۔\n\n"
            "لاہور میں منعقدہ تقریب میں سابق رکن اسمبلی بلال احمد نے بھی تحریک انصاف میں شمولیت اختیار کر لی۔")
    [join] = [e for e in extract(text, published="2023-07-17") if e.type == "join_party"]
    assert join.date == "2023-07-14"


def test_at_the_same_news_conference_is_the_storys_day():
    text = ("KARACHI: The MQM-P on Wednesday announced its support for the PTI in the Centre.\n\n"
            "The party's convener told reporters that the decision was taken after long consultations with "
            "its coordination committee, and that the party expected its demands for the city to be heard. "
            "He listed the demands one by one, from a fresh census of the city to funds for its water supply, "
            "and said the party would watch closely whether they were met in the coming months.\n\n"
            "At the same news conference, he said the MQM-P ruled out any arrangement with the PPP in Sindh.")
    events = extract(text, published="2018-08-02")
    [reject] = [e for e in events if e.type == "coalition" and e.action == "reject"]
    assert reject.date == "2018-08-01"


def test_days_ago_resolve_and_weeks_ago_do_not():
    text = ("Two days ago, MPA Shaukat Bhatti joined the Pakistan Peoples Party. "
            "A few weeks ago, MNA Farhat Gill had joined the PPP as well.")
    events = extract(text, published="2022-09-10")
    joins = by_actor(events, "join_party")
    assert joins["Shaukat Bhatti"].date == "2022-09-08"
    assert joins["Farhat Gill"].date is None


def test_last_evening_is_the_day_before():
    text = "Former MNA Haroon Akhtar joined the Pakistan Muslim League-Nawaz last evening at a ceremony in Lahore."
    [join] = [e for e in extract(text, published="2018-08-01") if e.type == "join_party"]
    assert join.date == "2018-07-31"
