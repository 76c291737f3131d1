"""Everyday news that is mostly no allegiance event (noise40): a side or a staff joined, a thing left
that is no party, a job in a company or a sports side given up, the day a resignation takes effect, a
reason written after the post, and the paper's own word that someone stays in a party. Every sentence
here is the project's own wording."""
from allegiance import extract


def events(text, published="2024-01-20"):
    return extract(text, published=published)


def kinds(text, published="2024-01-20"):
    return {(e.type, e.actor, e.party, e.post, e.status) for e in events(text, published)}


def test_joining_a_bare_team_as_a_staff_member_is_no_party_joined():
    text = ("LAHORE: Qamar Abbas, a stalwart of the Pakistan Peoples Party, chairs the board. "
            "Former opener Saeed Anwar Khan, who joined the team as batting coach last month, will stay until March.")
    assert not any(e.type == "join_party" for e in events(text))


def test_leaving_a_thing_named_as_the_object_is_no_party_left():
    text = ("ISLAMABAD: The PPP welcomed the talks. Retired diplomat Javed Hafeez Qureshi said Islamabad "
            "should avoid being seen as leaving the refugee question to others.")
    assert not any(e.type == "leave_party" for e in events(text))


def test_a_company_chief_executive_resigning_is_no_post_event():
    text = ("KARACHI: Nadeem Akhtar Sheikh, president and chief executive officer of Mehran Textile Mills Limited, "
            "has resigned from his position with effect from November 15, the company said on Tuesday.")
    assert not any(e.type == "resign_post" for e in events(text, "2022-10-05"))


def test_a_board_left_for_health_reasons_and_a_selectors_conditional_are_no_posts():
    text = ("KARACHI: The sugar mill said its chairman, Chaudhry Akram Warraich, had stepped down from the board "
            "for health reasons. Separately, Aaqib Hussain, the chief selector, said he would step aside if the "
            "new chairman wanted a fresh panel.")
    assert not any(e.type == "resign_post" for e in events(text, "2022-10-05"))


def test_the_day_a_resignation_takes_effect_is_not_the_post():
    text = "LAHORE: Punjab minister Mian Tariq Gill has resigned from his post with effect from October 1."
    posts = {e.post for e in events(text, "2023-09-20") if e.type == "resign_post"}
    assert posts == {"Punjab minister"}


def test_a_reason_after_the_post_is_not_part_of_it():
    text = "PESHAWAR: PTI leader Gul Rehman Afridi stepped down from the party's core committee for health reasons."
    posts = {e.post for e in events(text, "2023-09-20") if e.type == "resign_post"}
    assert posts and not any("reason" in (p or "") for p in posts)


def test_the_papers_word_that_someone_remains_a_member_denies_no_leaving():
    text = ("ISLAMABAD: Raja Waqar Kiani, the prime minister's special envoy for trade, resigned on Wednesday. "
            "He remains a member of the PTI's central executive committee.")
    found = kinds(text, "2022-05-12")
    assert any(t == "resign_post" for t, *_ in found)
    assert not any(t == "leave_party" for t, *_ in found)


def test_a_minister_saying_he_will_remain_in_the_party_still_denies_leaving():
    text = ("ISLAMABAD: Federal minister Raja Waqar Kiani resigned on Wednesday. "
            "He said he would remain a member of the PTI.")
    assert ("leave_party", "Raja Waqar Kiani", "PTI", None, "denied") in kinds(text, "2022-05-12")


def test_a_speaker_suspending_a_members_sittings_is_no_expulsion():
    text = ("ISLAMABAD: PTI and PML-N members traded barbs on Monday. Speaker Sardar Khalid Mehmood suspended "
            "the membership of PTI MNA Tahir Iqbal Chaudhry for the rest of the session.")
    assert not any(e.type == "expel" for e in events(text, "2024-03-05"))


def test_a_party_body_suspending_for_a_breach_during_a_session_still_expels():
    text = ("PESHAWAR: The PTI's disciplinary committee suspended the membership of its Mardan office-bearer "
            "Haji Gul Zaman for violating party discipline during the budget session.")
    assert ("expel", "Haji Gul Zaman", "PTI", None, "fact") in kinds(text, "2024-03-05")


def test_joining_the_caravan_of_a_march_or_leaving_a_party_office_is_no_membership_act():
    text = ("GUJRAT: PML-N and PTI workers clashed on Monday. PTI senator Zulfiqar Ahmed Bhatti joined the caravan "
            "of the long march at Gujrat. PTI leader Nadeem Raza Warraich left the PTI Secretariat after the meeting.")
    assert not any(e.type in ("join_party", "leave_party") for e in events(text, "2024-03-05"))


def test_joining_talks_with_the_government_is_no_coalition_joined():
    text = ("ISLAMABAD: PTI and PML-N leaders traded barbs on Monday. PTI leader Aamir Dogar said the party would join "
            "the talks with the government only if its founder was released.")
    assert not any(e.type == "coalition" and e.action == "join" for e in events(text, "2024-03-05"))


def test_joining_the_oppositions_protest_joins_no_opposition():
    text = ("ISLAMABAD: PTI and PML-N members traded barbs on Monday. PTI lawmakers joined the opposition protest "
            "in the Senate on Monday.")
    assert not any(e.type == "coalition" for e in events(text, "2024-03-05"))


def test_expelled_from_a_school_is_no_party_expulsion():
    text = ("LAHORE: PML-N and PTI leaders traded barbs on Monday. Rana Iqbal Sial, a PML-N MNA, was expelled "
            "from his school in 1985 for taking part in a student protest.")
    assert not any(e.type == "expel" for e in events(text, "2024-03-05"))


def test_a_law_firm_left_or_a_stage_stepped_down_from_is_no_post():
    text = ("LAHORE: PML-N and PTI leaders traded barbs on Monday. Rana Iqbal Sial, a PML-N senator, resigned "
            "from his law firm after being elected. Mian Tahir Jameel, a PTI MNA, stepped down from the stage "
            "to greet his supporters.")
    assert not any(e.type == "resign_post" for e in events(text, "2024-03-05"))


def test_quitting_a_hunger_strike_leaves_no_government():
    text = ("ISLAMABAD: PTI and PML-N leaders traded barbs on Monday. The PTI's Mian Tahir Jameel quit the "
            "hunger strike on Monday after assurances from the government.")
    assert not any(e.type == "coalition" for e in events(text, "2024-03-05"))


def test_joining_a_partys_people_somewhere_is_no_joining_of_the_party():
    text = ("LAHORE: PTI leader Mian Tahir Jameel was arrested at his home on Monday. He was later shifted to "
            "Kot Lakhpat jail, where he joined other PTI leaders.")
    assert not any(e.type == "join_party" for e in events(text, "2024-03-05"))


def test_a_chamber_or_bar_association_office_is_no_post():
    text = ("KARACHI: The PPP's Rana Iqbal Sial resigned as president of the Karachi Chamber of Commerce and "
            "Industry on Monday. The PML-N's Mian Tahir Jameel resigned as president of the Lahore High Court "
            "Bar Association.")
    assert not any(e.type == "resign_post" for e in events(text, "2024-03-05"))


def test_an_open_invitation_to_whoever_wants_to_join_names_no_joiner():
    for text in ("ISLAMABAD: PTI and PML-N leaders traded barbs on Monday. Any PTI lawmaker who wants to join "
                 "the PML-N is welcome, Rana Iqbal Sial said.",
                 "ISLAMABAD: PTI and PML-N leaders traded barbs on Monday. Those who want to join the PML-N "
                 "are welcome, Rana Iqbal Sial said."):
        assert not any(e.type == "join_party" for e in events(text, "2024-03-05")), text


def test_a_cleft_list_still_names_those_who_joined():
    text = "LAHORE: Among those who joined the PML-N on Monday were Rana Iqbal Sial and Mian Tahir Jameel."
    joined = {e.actor for e in events(text, "2024-03-05") if e.type == "join_party"}
    assert joined == {"Rana Iqbal Sial", "Mian Tahir Jameel"}


def test_a_number_told_short_after_a_vote_count_is_votes_not_seats():
    text = ("ISLAMABAD: The PPP secured 84 votes for its candidate in the Senate election, while the PTI's "
            "nominee got 12.")
    assert not any(e.type == "seat_result" for e in events(text, "2024-03-05"))


def test_a_training_camp_or_the_ranks_of_a_side_are_no_party():
    text = ("ISLAMABAD: PTI and PML-N leaders traded barbs on Monday as the PPP looked on. Fast bowler Zaman "
            "Khan Afridi joined the training camp in Abbottabad on Monday. Opener Imam Saeed Butt left the camp "
            "after a hamstring strain. Leg-spinner Usama Tariq Mir left the ranks of the national side after the World Cup.")
    assert not any(e.type in ("join_party", "leave_party") for e in events(text, "2024-03-05"))


def test_a_leaders_team_is_still_a_party_joined():
    text = ("LAHORE: Two more PML-N lawmakers joined the PTI on Thursday. Former MPAs Rana Iqbal Sial and Mian "
            "Tahir Jameel also expressed their desire to join \"the captain's team\".")
    assert any(e.type == "join_party" and e.party == "PTI" for e in events(text, "2018-05-17"))


def test_resigning_as_a_job_that_is_no_post_does_not_fall_back_on_the_party_role():
    text = ("KARACHI: PPP leader Rana Iqbal Sial resigned as editor of the party's newspaper on Monday. "
            "PTI leader Mian Tahir Jameel resigned as vice chancellor of the University of Sindh. "
            "PML-N leader Usama Tariq Mir resigned from his job at a multinational to contest the election.")
    assert not any(e.type == "resign_post" for e in events(text, "2024-03-05"))


def test_resigning_as_a_named_post_still_counts():
    text = "KARACHI: PPP leader Rana Iqbal Sial resigned as the party's Karachi division president on Monday."
    assert any(e.type == "resign_post" and "president" in e.post for e in events(text, "2024-03-05"))


def test_a_workplace_resigned_from_is_no_post_but_a_body_is():
    text = ("KARACHI: PPP leader Rana Iqbal Sial resigned from the newspaper on Monday. PTI leader Mian Tahir "
            "Jameel stepped down from the university's syndicate.")
    assert not any(e.type == "resign_post" for e in events(text, "2024-03-05"))
    text = "KARACHI: PPP leader Rana Iqbal Sial resigned from the party's central executive committee on Monday."
    assert any(e.type == "resign_post" and "committee" in e.post for e in events(text, "2024-03-05"))


def test_backing_a_bill_a_government_moved_is_no_coalition():
    text = "ISLAMABAD: The ANP supported the bill moved by the PML-N government in the Senate on Monday."
    assert not any(e.type == "coalition" for e in events(text, "2024-03-05"))


def test_a_supposition_or_an_onlookers_belief_is_no_act():
    for text in ("KARACHI: What if the MQM-P quits the coalition?",
                 "ISLAMABAD: Analysts believe the PPP could leave the coalition before the budget.",
                 "LAHORE: Analysts believe Rana Iqbal Sial could join the IPP before the polls."):
        assert not events(text, "2024-03-05"), text


def test_a_partys_own_event_or_group_is_not_the_party_joined_or_left():
    text = ("LAHORE: PML-N and PPP leaders traded barbs on Monday. PPP MPA Rana Iqbal Sial joined the PTI's sit-in "
            "outside the Punjab Assembly. PML-N MNA Mian Tahir Jameel left the PPP's iftar dinner early, and later "
            "left the PTI's WhatsApp group.")
    assert not any(e.type in ("join_party", "leave_party") for e in events(text, "2024-03-05"))


def test_a_partys_ranks_wing_or_train_still_stand_for_the_party():
    text = "LAHORE: PML-N MPA Rana Iqbal Sial boarded the PTI's train on Monday."
    assert ("join_party", "Rana Iqbal Sial", "PTI", None, "fact") in kinds(text, "2024-03-05")


def test_a_claim_relinquished_is_no_post_but_a_seat_vacated_is():
    text = "LAHORE: PTI leader Rana Iqbal Sial relinquished his claim to the Lahore seat in favour of his brother."
    assert not any(e.type == "resign_post" for e in events(text, "2024-03-05"))
    text = "LAHORE: PTI MNA Rana Iqbal Sial vacated his seat on Monday."
    assert any(e.type == "resign_post" for e in events(text, "2024-03-05"))
