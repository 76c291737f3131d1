"""Departure waves as the Pakistani press reports them (PTI after May 9, MQM in 2016, PML-N in 2018):
office-bearers who give up posts with or without the party, titles and appositions beside names,
later sentences that point back at a post. Every sentence here is the project's own wording."""
from allegiance import extract


def resign_posts(text, published="2023-06-07"):
    return {(e.actor, e.post, e.status) for e in extract(text, published=published) if e.type == "resign_post"}


def test_a_title_beside_a_name_is_no_group_of_seats_resigned():
    text = ("QUETTA: Former MNA Gul Bibi Mengal resigned as the party's women's wing chief for Balochistan on "
            "Tuesday but said she was staying in the party.\n\n"
            "A party spokesman said Mengal's resignation had been accepted and that a new chief would be named.")
    posts = {p for a, p, _s in resign_posts(text) if a == "Gul Bibi Mengal"}
    assert "MNA" not in posts
    assert posts and all("women" in p for p in posts)


def test_an_apposition_member_is_one_person_not_a_group():
    text = ("MULTAN: Syed Ahsan Raza Gardezi, a member of the party's core committee, resigned from the committee "
            "on Tuesday, saying his membership of the party was intact.\n\n"
            "The party's spokesman said Gardezi's resignation had been accepted.")
    posts = {p for a, p, _s in resign_posts(text) if a == "Syed Ahsan Raza Gardezi"}
    assert "MNA" not in posts


def test_a_role_after_the_name_is_held_when_the_one_before_is_former():
    text = ("LAHORE: Insiders said that former provincial minister Rana Javed Akhtar Bhatti, currently the "
            "party's south Punjab finance secretary, was expected to resign his post this week.")
    got = resign_posts(text)
    assert any(a == "Rana Javed Akhtar Bhatti" and "finance secretary" in p and s == "possible" for a, p, s in got)


def test_a_former_role_after_the_name_is_no_post_to_resign():
    text = "LAHORE: Former minister Rana Javed Akhtar Bhatti, a senior leader from Sahiwal, resigned his post on Monday."
    assert not any("leader" in (p or "") for _a, p, _s in resign_posts(text))


def test_that_position_is_the_one_the_relative_clause_names():
    text = ("LAHORE: Former senator Mian Zubair Ahmed Gondal, who had earlier been the PTI's information secretary "
            "for the province, said he had given up that position in April and had now also decided to end his "
            "association with the party.")
    got = resign_posts(text)
    assert any(a == "Mian Zubair Ahmed Gondal" and "information secretary" in p for a, p, _s in got)
    assert not any(p == "senator" for _a, p, _s in got)


def events(text, published="2023-07-18"):
    return {(e.type, e.actor, e.party) for e in extract(text, published=published)}


def test_a_bare_surname_is_the_one_named_alone_not_a_later_list_member():
    text = ("PESHAWAR: Former chief minister Aftab Ahmad Jadoon on Monday launched a new party, the Hazara Awami "
            "Front, at a ceremony in Abbottabad.\n\n"
            "Others present at the ceremony included former MNA Sardar Yousaf Ali Jadoon and former MPA Begum "
            "Shazia Noreen Jadoon.\n\n"
            "Jadoon, who left the PTI a month ago, said the new party would contest the elections on its own.")
    got = events(text)
    assert ("leave_party", "Aftab Ahmad Jadoon", "PTI") in got
    assert not any(t == "leave_party" and "Shazia" in a for t, a, _p in got)


def test_the_party_a_founding_member_joined_is_the_one_they_founded():
    text = ("PESHAWAR: Former minister Pervez Akhtar Marwat on Monday launched the Pakistan Tehreek-e-Insaf "
            "Parliamentarians (PTI-P) in Peshawar.\n\n"
            "Marwat, one of the founding members of the PTI in the south, had joined the party in 1998 after "
            "leaving the Awami National Party.")
    got = events(text)
    assert ("join_party", "Pervez Akhtar Marwat", "PTI") in got
    assert ("join_party", "Pervez Akhtar Marwat", "PTI-P") not in got


def test_a_chief_of_the_sentence_before_does_not_lead_the_next_ones_party():
    text = ("KARACHI: The new party's founders returned from Dubai in March and opened with an attack on the MQM "
            "chief. Kamal had left the MQM years earlier.\n\n"
            "On Monday, MPA Asif Raza Rizvi announced parting ways with the MQM and joining Mr Kamal.")
    assert not any(t == "join_party" and p == "MQM-P" for t, _a, p in events(text, "2016-04-26"))


def test_a_party_written_as_someones_is_the_one_joining_them_means():
    text = ("KARACHI: Two MQM lawmakers on Monday joined the Pak Sarzameen Party of former city nazim Syed Mustafa "
            "Kamal. Later, MPA Asif Raza Rizvi also announced parting ways with the MQM and joining Mr Kamal.")
    assert ("join_party", "Asif Raza Rizvi", "PSP") in events(text, "2016-04-26")


def test_a_companion_along_with_is_not_dropped_for_a_party_in_his_own_clause():
    text = ("LAHORE: Jahangir Khan Tareen on Thursday announced the formation of the Istehkam-e-Pakistan Party.\n\n"
            "Former MNA Rana Sohail Akram and ex-MPA Dr Nighat Shaheen Malik also joined the party, along with "
            "Sardar Aamir Hayat Leghari, who said at the event that he had resigned as the PTI's Multan president.")
    assert ("join_party", "Sardar Aamir Hayat Leghari", "IPP") in events(text, "2023-06-09")


def test_a_late_including_names_the_counted_group_whose_membership_ended():
    text = ("PESHAWAR: The PTI had suspended the basic membership of six former lawmakers for attending a dinner "
            "at the rival leader's house, including former MPA Haji Sher Bahadur Afridi.")
    assert ("expel", "Haji Sher Bahadur Afridi", "PTI") in events(text, "2023-07-18")


def test_ties_severed_with_a_leader_whose_hyphened_party_code_titles_him():
    text = ("LAHORE: The troubles are mounting for PML-N chief Nawaz Sharif.\n\n"
            "Mian Tahir Ahmed Joiya, Malik Ijaz Hussain Sipra and Rana Zafar Iqbal Noon severed their ties "
            "with Nawaz Sharif.")
    got = events(text, "2018-04-10")
    assert {("leave_party", n, "PML-N") for n in ("Mian Tahir Ahmed Joiya", "Malik Ijaz Hussain Sipra",
                                                   "Rana Zafar Iqbal Noon")} <= got


def test_people_resigning_their_seats_together_share_the_house_one_is_given():
    text = ("KARACHI: A senator and an MNA of the party had already quit last month.\n\n"
            "On Monday, Dr Syed Naveed Akhtar Zaidi, who represented a Korangi constituency, and Mrs Rukhsana "
            "Parveen Siddiqui, an MPA on a seat reserved for women, announced that they were resigning their "
            "assembly seats.")
    got = resign_posts(text, "2016-04-26")
    assert ("Dr Syed Naveed Akhtar Zaidi", "MPA", "fact") in got


def test_still_a_worker_of_the_party_said_in_the_past_tense_denies_leaving():
    text = ("LAHORE: Twelve former PTI lawmakers joined the IPP on Tuesday.\n\n"
            "Former MPA Chaudhry Nadeem Akhtar Bajwa told this newspaper that he was \"still a worker of the PTI\" "
            "and had never agreed to join any other party.")
    got = {(e.type, e.actor, e.party, e.status) for e in extract(text, published="2023-06-14")}
    assert ("leave_party", "Chaudhry Nadeem Akhtar Bajwa", "PTI", "denied") in got


def test_a_past_membership_is_still_no_denial():
    text = ("LAHORE: Twelve former PTI lawmakers joined the IPP on Tuesday.\n\n"
            "Chaudhry Nadeem Akhtar Bajwa, who joined the IPP, said he was a worker of the PTI in 2018.")
    got = {(e.type, e.actor, e.status) for e in extract(text, published="2023-06-14")}
    assert ("leave_party", "Chaudhry Nadeem Akhtar Bajwa", "denied") not in got
