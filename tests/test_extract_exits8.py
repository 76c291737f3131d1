"""Party switching told the way the press told the 2023 exits and the 2018 electables: a group's farewell
followed by the people who led it with their own parties, 'All of them' / 'They' after a list, a
subjectless denial in a quote, heading clauses, seats on committees. Every sentence here is the project's
own wording."""
from allegiance import extract


def events(text, published="2023-06-12"):
    return {(e.type, e.actor, e.counterpart if e.type == "coalition" else e.party, e.status)
            for e in extract(text, published=published)}


LEAD = ("MULTAN: Several politicians from the Bahawalpur division on Sunday joined the Pakistan Peoples Party "
        "at a gathering addressed by Yousuf Raza Gilani.\n\n")


def test_farewell_to_their_parties_then_the_group_leaders_with_their_own_parties():
    text = LEAD + ("The newcomers bade farewell to their parties and joined the PPP. Former MPA Sardar Anwar Khan "
                   "Lund of the PML-N and ex-MNA Makhdoom Tariq Hashmi from the PTI headed the group.")
    got = events(text)
    assert ("join_party", "Sardar Anwar Khan Lund", "PPP", "fact") in got
    assert ("join_party", "Makhdoom Tariq Hashmi", "PPP", "fact") in got
    assert ("leave_party", "Sardar Anwar Khan Lund", "PML-N", "fact") in got
    assert ("leave_party", "Makhdoom Tariq Hashmi", "PTI", "fact") in got


def test_most_prominent_of_them_after_quitting_their_former_parties():
    text = LEAD + ("The visitors quit their former parties and joined the PPP. Ex-MPA Rana Saleem Akhtar of the "
                   "PML-Q and former PTI MNA Chaudhry Naeem Warraich were the most prominent of them.")
    got = events(text)
    assert ("leave_party", "Rana Saleem Akhtar", "PML-Q", "fact") in got
    assert ("leave_party", "Chaudhry Naeem Warraich", "PTI", "fact") in got
    assert ("join_party", "Chaudhry Naeem Warraich", "PPP", "fact") in got


def test_among_those_introduced_along_with_another():
    text = LEAD + ("The entrants left their previous parties to join the PPP. Former MPA Malik Aslam Kalru of the "
                   "PTI was among those introduced by the host, along with Syed Javed Shah, a former nazim.")
    got = events(text)
    assert ("join_party", "Malik Aslam Kalru", "PPP", "fact") in got
    assert ("leave_party", "Malik Aslam Kalru", "PTI", "fact") in got
    assert ("join_party", "Syed Javed Shah", "PPP", "fact") in got


def test_all_of_them_after_a_list_of_joiners():
    text = ("LAHORE: The Istehkam-e-Pakistan Party on Friday welcomed a fresh batch of politicians.\n\n"
            "Those who joined the IPP included Mian Shafiq Arain, Rana Iftikhar Bhatti and Chaudhry Bilal Gondal. "
            "All of them had parted ways with the PTI last month.")
    got = events(text)
    for name in ("Mian Shafiq Arain", "Rana Iftikhar Bhatti", "Chaudhry Bilal Gondal"):
        assert ("leave_party", name, "PTI", "fact") in got


def test_they_after_those_present_included():
    text = ("PESHAWAR: Pervez Khattak on Monday launched the PTI-Parliamentarians at a farmhouse near the city.\n\n"
            "Those who attended included Gul Sher Afridi, Mian Nisar Gul Kakakhel and Syed Wajid Ali Shah. They "
            "announced joining the new party at the ceremony.")
    got = events(text, "2023-07-18")
    for name in ("Gul Sher Afridi", "Mian Nisar Gul Kakakhel", "Syed Wajid Ali Shah"):
        assert ("join_party", name, "PTI-P", "fact") in got


def test_no_question_of_bidding_farewell_is_the_speaker_denying():
    text = ("ISLAMABAD: Rumours of more departures from the PML-N swirled on Tuesday.\n\n"
            "\"There is no question of bidding farewell to the PML-N. My family has been with it for decades,\" "
            "Sardar Jamal Khan Leghari said in Dera Ghazi Khan.")
    assert ("leave_party", "Sardar Jamal Khan Leghari", "PML-N", "denied") in events(text, "2018-05-30")


def test_a_heading_clause_takes_no_party_from_the_clause_before_its_semicolon():
    text = ("Three PML-N MPAs join PTI; Khosa denies leaving\n\n"
            "LAHORE: Three PML-N MPAs on Monday joined the PTI.\n\n"
            "Former minister Sardar Dost Muhammad Khosa rubbished reports of his leaving the PML-N.")
    got = events(text, "2018-05-22")
    assert not any(kind == "leave_party" and actor == "Sardar Dost Muhammad Khosa" and party == "PTI"
                   for kind, actor, party, _s in got)


def test_a_seat_on_a_committee_is_no_assembly_seat():
    text = ("ISLAMABAD: Senior PTI leader Shafqat Mahmood on Wednesday gave up his seat on the party's core "
            "committee, but said he would stay in the party.")
    posts = [e.post for e in extract(text, published="2023-05-25") if e.type == "resign_post"]
    assert posts and all("committee" in p for p in posts)


def test_talks_with_him_about_joining_are_no_coalition_talks():
    text = ("LAHORE: Former PML-N MPA Rana Arshad Ali is expected to join the PPP soon, a PPP leader said on "
            "Saturday, adding that talks with him had been completed.")
    assert not any(e.type == "coalition" for e in extract(text, published="2023-07-02"))


def test_a_day_of_attacks_on_installations_does_not_date_the_leaving():
    text = ("LAHORE: The IPP on Thursday welcomed more politicians.\n\n"
            "Those who joined the IPP included Malik Nadeem Kamran and Chaudhry Arshad Jutt. Both had quit the "
            "PTI in the weeks that followed the attacks on army buildings on May 9.")
    dates = {(e.type, e.actor): e.date for e in extract(text, published="2023-06-09")}
    assert ("leave_party", "Malik Nadeem Kamran") in dates
    assert dates[("leave_party", "Malik Nadeem Kamran")] is None


def test_mr_surname_is_the_namesake_of_its_own_paragraph():
    text = ("PESHAWAR: Former MPA Haji Sher Dil Khan joined the PPP on Wednesday at a ceremony in the city.\n\n"
            "However, PTI MPA Malik Anwar Zeb Khan dismissed reports of his departure. \"I have not "
            "left the PTI and never will,\" said Mr Khan.")
    got = events(text, "2023-06-22")
    assert ("leave_party", "Malik Anwar Zeb Khan", "PTI", "denied") in got
    assert not any(actor == "Haji Sher Dil Khan" and kind == "leave_party" for kind, actor, _p, _s in got)


def test_a_titled_subject_set_off_by_a_dash_aside_still_speaks_the_quote():
    text = ("LAHORE: Former federal minister Ghulam Rasool Khan is likely to join the IPP next week, party sources "
            "said. Mr Khan said he was consulting his supporters.\n\n"
            "Former PTI MNA from Lahore Rai Hassan Nawaz Kharal \u2014 not to be confused with his cousin \u2014 "
            "dismissed reports that he was joining the new party. \"I have not joined the IPP and I have no plan to "
            "join it. I am still with Imran Khan,\" he said in a video message on Thursday.")
    got = events(text, "2023-06-09")
    assert ("join_party", "Ghulam Rasool Khan", "IPP", "possible") in got
    assert not any(actor == "Ghulam Rasool Khan" and status == "denied" for _k, actor, _p, status in got)


def test_a_group_act_led_by_named_people_in_the_same_sentence():
    text = LEAD + ("A second delegation from Lodhran arrived later. The delegation announced quitting their respective "
                   "parties and joining the PPP, and was headed by former MNA Syed Iqbal Shah Bukhari of the PML-N "
                   "and ex-MPA Pir Rafiq Shah from the PTI.")
    got = events(text)
    assert ("join_party", "Syed Iqbal Shah Bukhari", "PPP", "fact") in got
    assert ("leave_party", "Syed Iqbal Shah Bukhari", "PML-N", "fact") in got
    assert ("leave_party", "Pir Rafiq Shah", "PTI", "fact") in got


def test_people_who_only_speak_of_the_group_do_not_join_it():
    text = LEAD + ("The newcomers bade farewell to their parties and joined the PPP. PML-N leader Rana Sanaullah Khan "
                   "and PTI leader Shah Mahmood Qureshi were dismissive of them.")
    got = events(text)
    assert not any(actor in ("Rana Sanaullah Khan", "Shah Mahmood Qureshi") for _k, actor, _p, _s in got)


def test_a_vague_party_position_is_the_role_the_speaker_is_described_with():
    text = ("LAHORE: Former senator Kamil Ali Agha on Friday announced he was leaving the PML-Q.\n\n"
            "\"I have resigned from my party position and am leaving the PML-Q,\" said the former senator, who "
            "until then had been the party's information secretary.")
    posts = [e.post for e in extract(text, published="2023-06-10") if e.type == "resign_post"]
    assert posts and any("information secretary" in p for p in posts)


def test_also_on_a_weekday_sets_the_day_of_the_sentences_that_follow():
    text = ("ISLAMABAD: Two more leaders quit the PTI on Thursday at separate news conferences in the federal capital, "
            "taking the number of departures since the crackdown began to well over forty, party insiders said.\n\n"
            "The two condemned the violence and said they would take some time before deciding on their future.\n\n"
            "Also on Wednesday, former provincial minister Chaudhry Zaheer Abbas Gondal said on Twitter that he was "
            "taking a break from politics. \"I have resigned from my party position and am parting ways with the "
            "PTI,\" wrote the former minister, who until then had been the party's Punjab vice president.")
    dates = {(e.type, e.actor): e.date for e in extract(text, published="2023-05-26")}
    assert dates[("resign_post", "Chaudhry Zaheer Abbas Gondal")] == "2023-05-24"


def test_rumours_of_leaving_take_the_day_of_the_quotation_that_follows():
    text = ("LAHORE: Several leaders joined the IPP on Monday at a hotel in the city, where Jahangir Khan Tareen "
            "addressed a crowded hall and promised a politics of reconciliation to the people of Punjab.\n\n"
            "The party said more entrants were expected in the days to come, with talks under way in several "
            "districts of central and southern Punjab, according to its spokesman.\n\n"
            "Former provincial minister of Punjab Malik Taimoor Masood rubbished rumours of leaving the PTI. "
            "\"I was with the party yesterday and I will be with it tomorrow,\" Masood said in a video message on "
            "Tuesday.")
    dates = {(e.type, e.actor, e.status): e.date for e in extract(text, published="2023-06-14")}
    assert dates[("leave_party", "Malik Taimoor Masood", "denied")] == "2023-06-13"


def test_a_quotation_spoken_by_mr_surname_takes_the_day_of_its_attribution():
    text = ("LAHORE: Several leaders joined the IPP on Monday at a hotel in the city, where Jahangir Khan Tareen "
            "addressed a crowded hall and promised a politics of reconciliation to the people of Punjab.\n\n"
            "The party said more entrants were expected in the days to come, with talks under way in several "
            "districts of central and southern Punjab, according to its spokesman.\n\n"
            "PML-N MPA Rana Iqbal Sarwar dismissed reports that he was about to switch sides. \"I have not left the "
            "PML-N and I will never leave it. Those spreading rumours should be ashamed,\" said Mr Sarwar, speaking "
            "to reporters in Okara on Tuesday.")
    dates = {(e.type, e.actor, e.status): e.date for e in extract(text, published="2023-06-14")}
    assert dates[("leave_party", "Rana Iqbal Sarwar", "denied")] == "2023-06-13"


def test_a_pluperfect_since_does_not_blur_the_day_of_the_next_paragraph():
    text = ("PESHAWAR: Former chief minister Pervez Khattak on Monday launched his new party at a farmhouse near the "
            "city, claiming the support of dozens of former members of the provincial assembly from the south.\n\n"
            "He told the gathering that the new party would complete the reforms his government had begun, and "
            "that its manifesto would be presented to the Election Commission within a week.\n\n"
            "Former provincial minister Akbar Ayub Khan had stayed away from PTI meetings since the May 9 violence "
            "and had not spoken in public for weeks.\n\n"
            "The visitors quit their former parties to join the PTI-Parliamentarians. Former MPA Malik Wajid Ali "
            "Khan of the PTI and ex-MNA Haji Zar Gul Afridi of the ANP were among those introduced by the host.")
    dates = {(e.type, e.actor): e.date for e in extract(text, published="2023-07-18")}
    assert dates[("join_party", "Malik Wajid Ali Khan")] == "2023-07-17"
