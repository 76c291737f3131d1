"""Tallies told by constituencies or as background to a coalition, expulsions of a leader 'and three
others', and party posts resigned, denied or given as a cause. Every sentence here is the project's own
wording."""
from allegiance import extract


def seats(text, published):
    return {(e.actor, e.house, e.seats) for e in extract(text, published=published) if e.type == "seat_result"}


BYPOLLS = ("MULTAN: The Pakistan Tehreek-e-Insaf took five of the six National Assembly seats polled in "
           "Thursday's by-elections, unofficial results showed on Friday.\n\n")


def test_constituencies_named_for_a_count_give_its_house():
    text = BYPOLLS + ("Two provincial seats were also up for grabs. The PPP won both of them, PS-88 Malir-II and "
                      "PS-93 Korangi-III, according to the returning officers.")
    assert ("PPP", "PA-Sindh", 2) in seats(text, "2023-03-17")


def test_a_bare_count_with_its_constituency_is_the_subjects_tally():
    text = BYPOLLS + ("The Jamiat Ulema-e-Islam-Fazl won three of them, PK-71 Bannu-I, PK-72 Bannu-II and PK-75 "
                      "Lakki Marwat-I, while the Awami National Party managed just one, PK-54 Mardan-VII, "
                      "which it had lost in the general elections.")
    found = seats(text, "2023-03-17")
    assert ("JUI-F", "PA-KP", 3) in found and ("ANP", "PA-KP", 1) in found


def test_a_constituency_of_another_house_overrides_the_house_last_named():
    text = BYPOLLS + ("The PML-N got only one of the nine seats on offer, winning PP-97 Faisalabad-I, which was "
                      "its own seat.")
    assert ("PML-N", "PA-Punjab", 1) in seats(text, "2023-03-17")


def test_constituencies_of_two_houses_leave_the_house_to_the_story():
    text = BYPOLLS + "The PTI won all five seats, NA-31 Peshawar-V and PK-79 Peshawar-XIV among them."
    assert not any(house == "PA-KP" for _, house, _ in seats(text, "2023-03-17"))


ALLIES = ("ISLAMABAD: The Pakistan Peoples Party, which won 81 of the 265 National Assembly seats in the "
          "October 10 elections, is looking for partners to form the government.\n\n"
          "Talks were held with several groups on Tuesday at the Zardari House in the federal capital.\n\n")


def test_parties_set_off_with_their_seats_soon_after_the_polls_are_results():
    text = ALLIES + ("The ANP, with nine seats, and the JUI-F, with seven, are being courted by both of the "
                     "larger parties.")
    found = seats(text, "2002-11-01")
    assert ("ANP", "NA", 9) in found and ("JUI-F", "NA", 7) in found


def test_a_party_with_its_seats_long_after_the_polls_is_a_strength():
    text = ("QUETTA: The no-confidence motion against the chief minister was tabled on Monday in the "
            "provincial assembly, which was elected on July 25, 2018.\n\n"
            "The BNP, with ten seats, and the JUI-F, with eight, said they would back the motion.")
    assert not seats(text, "2021-10-20")


def test_a_party_written_before_with_and_its_count_owns_it():
    text = ALLIES + ("Parties that won seats and have offered their support for the PPP include Pakistan "
                     "Muslim League-Q with six seats and the MQM with five.")
    found = seats(text, "2002-11-01")
    assert ("PML-Q", "NA", 6) in found and ("PPP", "NA", 6) not in found


def test_the_party_after_a_sentence_about_one_party_is_that_party():
    text = ALLIES + ("The MQM had announced on Monday that it would back the PPP in the Centre. The party has "
                     "won 13 National Assembly (NA) seats in the October 10 polls.")
    assert ("MQM-P", "NA", 13) in seats(text, "2002-11-01")


def posts(text, published):
    return {(e.actor, e.post) for e in extract(text, published=published) if e.type == "resign_post"}


def test_posts_listed_with_a_comma_are_one_event_each_sharing_the_chapter():
    text = ("Rana Ahmed steps down as PPP Sindh's president, information secretary\n\n"
            "KARACHI: PPP leader Rana Ahmed on Monday sent a letter to the party chairman, saying the cases against "
            "him kept him from working for the party.")
    found = {post for _, post in posts(text, "2021-06-08")}
    assert "PPP Sindh information secretary" in found
    assert any(post.startswith("PPP Sindh") and "president" in post and "secretary" not in post for post in found)


def test_posts_the_parser_makes_the_subject_of_a_participle_are_still_the_posts():
    text = ("LAHORE: PML-N leader Kashif Mehmood on Tuesday stepped down as the general secretary and acting "
            "president of the party's Lahore chapter citing his poor health.")
    found = {post for _, post in posts(text, "2021-06-08")}
    assert any("general secretary" in p for p in found) and any("acting president" in p for p in found)
    assert not any("leader" in p for p in found)


def test_a_second_clause_of_a_headline_with_its_own_quitter_is_not_the_first_ones():
    text = ("Kundi steps down as PPP KP president; Bilour quits as ANP city chief\n\n"
            "PESHAWAR: Faisal Karim Kundi on Sunday resigned as the PPP's provincial president after the party's "
            "defeat in the polls.")
    assert not any(actor == "Faisal Karim Kundi" and "ANP" in post for actor, post in posts(text, "2018-07-30"))


def test_as_before_a_finite_clause_names_no_post():
    text = ("Deputy Speaker Ali Raza Resigns As PML-N Quits Government\n\n"
            "LAHORE: Punjab Assembly Deputy Speaker Ali Raza on Monday resigned from his office.")
    assert not any(post and "PML-N" == post for _, post in posts(text, "2021-06-08"))


def test_a_quitting_named_as_a_cause_belongs_to_the_name_before_it_not_to_the_cause():
    text = ("KARACHI: Former adviser Haleem Adil Sheikh will join the PML-F, sources said on Friday.\n\n"
            "One of the reasons behind Sheikh quitting his office last year was Chief Minister Murad Ali Shah's "
            "refusal to release funds for his department.")
    actors = {actor for actor, _ in posts(text, "2021-06-08")}
    assert "Murad Ali Shah" not in actors


def statuses(text, published):
    return {(e.actor, e.status) for e in extract(text, published=published) if e.type == "resign_post"}


def test_brushing_aside_talk_of_stepping_down_is_a_denial():
    text = ("LAHORE: PML-N Punjab president Rana Sanaullah Khan on Monday brushed aside talk that he would "
            "step down as the party's provincial president after the by-election defeat.")
    assert ("Rana Sanaullah Khan", "denied") in statuses(text, "2022-07-19")


def test_mr_and_a_surname_is_not_the_woman_set_off_as_a_daughter():
    text = ("MULTAN: Meher Bano Qureshi, the daughter of PTI vice chairman Shah Mahmood Qureshi, lost the "
            "seat by a wide margin on Sunday.\n\n"
            "Mr Qureshi on Monday said he would step down as the party's vice chairman if the workers wanted.")
    actors = {actor for actor, _ in statuses(text, "2022-10-17")}
    assert "Shah Mahmood Qureshi" in actors and "Meher Bano Qureshi" not in actors


def resigns(text, published):
    return {(e.actor, e.post, e.status) for e in extract(text, published=published) if e.type == "resign_post"}


def test_a_group_that_refused_to_resign_listed_paragraphs_later_denied_resigning():
    text = ("ISLAMABAD: The party chief on Sunday also expelled three lawmakers who refused to resign from the "
            "National Assembly over the protest.\n\n"
            "The party president had opposed the march, saying it went against a collective decision of the "
            "core committee and would end in violence in the capital.\n\n"
            "\"This is not how a democratic party behaves,\" he told reporters outside the parliament building.\n\n"
            "The expelled lawmakers include Tariq Aziz from Mardan, Faiza Rasheed from Swat and Amir Gul from Bannu.")
    found = resigns(text, "2014-08-31")
    assert {("Tariq Aziz", "MNA", "denied"), ("Faiza Rasheed", "MNA", "denied"), ("Amir Gul", "MNA", "denied")} <= found


def test_a_bare_seat_in_a_story_of_mpas_is_an_mpa_seat():
    text = ("PESHAWAR: The party on Wednesday expelled 12 MPAs accused of selling their votes in the Senate polls.\n\n"
            "Gul Rehman told reporters that he had not resigned and would not give up his seat.")
    assert ("Gul Rehman", "MPA", "denied") in resigns(text, "2018-04-19")


def test_submitting_the_resignations_of_other_ministers_is_not_resigning():
    text = ("ISLAMABAD: ANP chief Asfandyar Wali Khan on Monday submitted resignations of three other ministers "
            "of his party to the prime minister.")
    assert not any(actor == "Asfandyar Wali Khan" for actor, _, _ in resigns(text, "2010-12-21"))


def expelled(text, published):
    return {(e.actor, e.party) for e in extract(text, published=published) if e.type == "expel"}


def test_names_that_are_the_leaders_whose_membership_was_ended_are_each_expelled():
    text = ("Maulana Abdul Ghafoor Haideri, Qari Usman and Maulana Asad Mehmood are the leaders whose basic "
            "membership of the JUI-F has been terminated.\n\n"
            "QUETTA: The JUI-F on Friday expelled three party members including Maulana Abdul Ghafoor Haideri.")
    found = expelled(text, "2021-01-08")
    assert {("Qari Usman", "JUI-F"), ("Maulana Asad Mehmood", "JUI-F")} <= found


def test_recaptured_seats_of_its_own_and_another_count_in_a_second_house():
    text = ("KARACHI: The MQM-P recaptured three of its four National Assembly seats and grabbed another two in "
            "the Sindh Assembly in the by-polls held on Sunday, unofficial results showed.")
    found = seats(text, "2023-01-16")
    assert ("MQM-P", "NA", 3) in found and ("MQM-P", "PA-Sindh", 2) in found


def test_another_with_a_seat_noun_and_a_province_stays_a_part():
    text = ("ISLAMABAD: PML-N backed candidates bagged 15 Senate seats in Saturday's elections. They secured 11 "
            "of 12 seats in the Punjab Assembly and also bagged another two seats in Khyber Pakhtunkhwa.")
    assert not any(n == 2 for _, _, n in seats(text, "2018-03-04"))


def test_needing_another_count_is_no_tally():
    text = ("LAHORE: The PTI won 116 seats in the July 25 elections, and it needs another 56 to form the "
            "government on its own.")
    assert not any(n == 56 for _, _, n in seats(text, "2018-07-28"))


def test_aides_telling_of_a_definite_role_speak_for_the_man_they_serve():
    text = ("KARACHI: A spokesman for MQM-P convener Khalid Maqbool Siddiqui said the federal minister had not "
            "resigned from the cabinet.")
    assert ("Khalid Maqbool Siddiqui", "denied") in {(a, s) for a, _, s in resigns(text, "2023-05-16")}


def test_a_named_speaker_telling_of_a_definite_role_speaks_of_someone_else():
    text = ("KARACHI: MQM-P convener Khalid Maqbool Siddiqui said the federal minister had not resigned from "
            "the cabinet.")
    assert not any(a == "Khalid Maqbool Siddiqui" for a, _, _ in resigns(text, "2023-05-16"))


def test_a_leader_and_two_others_then_the_other_two_named_are_all_expelled():
    text = ("QUETTA: The BAP on Monday expelled Sardar Saleh Bhootani and two others for voting against the party "
            "line. The other two are Mir Zahoor Buledi and Sardar Abdul Rehman Khetran, the notification said.")
    found = expelled(text, "2021-10-26")
    assert {("Mir Zahoor Buledi", "BAP"), ("Sardar Abdul Rehman Khetran", "BAP")} <= found


def test_a_membership_suspended_along_with_counted_others_namely_listed():
    text = ("MULTAN: The PPP suspended the basic membership of MPA Rais Nabeel along with three others, namely "
            "Malik Usman, Rana Tahir and Mian Jawad, for defying the party.")
    found = expelled(text, "2019-05-15")
    assert {("Malik Usman", "PPP"), ("Rana Tahir", "PPP"), ("Mian Jawad", "PPP")} <= found


def test_a_sentence_opening_on_a_partys_seats_soon_after_the_polls_is_its_result():
    text = ALLIES + "With 62 seats, the PML-Q holds the key to any government in the National Assembly."
    assert ("PML-Q", "NA", 62) in seats(text, "2002-11-01")


def test_a_sentence_opening_on_a_partys_seats_long_after_the_polls_is_a_strength():
    text = ("ISLAMABAD: The no-confidence motion was tabled on Monday in the National Assembly elected in the "
            "July 25, 2018 elections.\n\n"
            "With 155 seats, the PTI holds a thin majority in the house.")
    assert not seats(text, "2022-03-28")
