"""expel and resign_post named in lists: one name a line below a colon, a colon list after a
group act, and a definite group pointing back to the group just expelled. Sentences written
for these tests (the names are invented)."""
from allegiance import extract


def of_type(events, kind, *fields):
    return {tuple(getattr(e, f) for f in fields) for e in events if e.type == kind}


def test_expelled_list_one_name_a_line_with_numbering():
    text = ("KARACHI: The Pakistan Peoples Party has expelled three MPAs for defying the party whip.\n\n"
            "The members expelled from the PPP are:\n\n"
            "1) Rashid Ali Memon (PS-12, Larkana);\n\n"
            "ii) Farzana Begum Khoso (PS-40, Sukkur);\n\n"
            "iii) Kamran Aziz Jatoi (reserved seat).\n\n"
            "The party said the decision was final.")
    assert of_type(extract(text, published="2024-03-02"), "expel", "actor", "party") == {
        ("Rashid Ali Memon", "PPP"), ("Farzana Begum Khoso", "PPP"), ("Kamran Aziz Jatoi", "PPP")}


def test_line_list_ends_at_the_first_line_that_is_no_item():
    text = ("The PTI expelled two MNAs on Friday.\n\n"
            "Those who were expelled from the PTI include:\n\n"
            "Nadia Karim Abbasi, NA-50\n\n"
            "Tariq Saleem Warraich, NA-77\n\n"
            "Speaking to reporters later, Hamid Raza Gilani said the party had been betrayed by them.")
    found = of_type(extract(text, published="2024-03-02"), "expel", "actor")
    assert found == {("Nadia Karim Abbasi",), ("Tariq Saleem Warraich",)}


def test_resignations_accepted_list_one_name_a_line():
    text = ("The Speaker of the National Assembly on Monday accepted the resignations of four PTI lawmakers.\n\n"
            "A notification named the lawmakers whose resignations were accepted:\n\n"
            "Sohail Ahmed Bhatti, NA-101, Faisalabad\n\n"
            "Rukhsana Iqbal Cheema, reserved seat for women (Punjab)\n\n"
            "The remaining resignations are still pending.")
    found = of_type(extract(text, published="2023-02-06"), "resign_post", "actor", "post")
    assert found == {("Sohail Ahmed Bhatti", "MNA"), ("Rukhsana Iqbal Cheema", "MNA")}


def test_no_list_without_an_act_before_the_colon():
    text = ("The committee met on Monday. Members present were:\n\n"
            "Sohail Ahmed Bhatti, NA-101\n\n"
            "Rukhsana Iqbal Cheema, NA-102\n\n")
    events = extract(text, published="2023-02-06")
    assert not [e for e in events if e.type in ("expel", "resign_post")]


def test_dismissing_members_of_the_party_and_the_members_removed_are():
    text = ("LAHORE: The Pakistan Muslim League-Nawaz has decided to dismiss four members of the party for "
            "meeting the chief minister without permission. "
            "The members to have been removed are Bilal Ahmed Warraich, Shazia Noreen, Adnan Khalid Butt and Rehana Saeed.")
    assert of_type(extract(text, published="2020-10-01"), "expel", "actor", "party") == {
        ("Bilal Ahmed Warraich", "PML-N"), ("Shazia Noreen", "PML-N"), ("Adnan Khalid Butt", "PML-N"),
        ("Rehana Saeed", "PML-N")}


def test_removed_without_a_party_and_without_a_group_is_no_expulsion():
    text = "The officials to have been removed are Bilal Ahmed Warraich and Shazia Noreen, the ministry said."
    assert not of_type(extract(text, published="2020-10-01"), "expel", "actor")


def test_colon_list_after_a_threatened_group_expulsion_is_possible():
    text = ("\u201cThe lawmakers will be sacked from the party and named to the anti-graft body if they fail "
            "to reply,\u201d PTI chairman Imran Khan said on Wednesday.\n\n"
            "Notices have been sent to: Zubair Ahmed Khan, Shabana Gul, Naveed Akhtar Awan and Saima Qadir.")
    found = of_type(extract(text, published="2018-04-18"), "expel", "actor", "party", "status")
    assert found == {("Zubair Ahmed Khan", "PTI", "possible"), ("Shabana Gul", "PTI", "possible"),
                     ("Naveed Akhtar Awan", "PTI", "possible"), ("Saima Qadir", "PTI", "possible")}


def test_colon_list_with_other_words_is_not_the_group():
    text = ("The PTI expelled six MPAs on Monday for cross-voting. "
            "Later that day Imran Khan met: Zubair Ahmed Khan, who leads the party in Swat, and others.")
    assert not of_type(extract(text, published="2018-04-18"), "expel", "actor")


def test_portfolio_after_minister_of_is_no_part_of_the_name():
    text = "Minister of Fisheries Mir Asghar Rind resigned from the provincial cabinet on Tuesday."
    [event] = [e for e in extract(text, published="2018-01-02") if e.type == "resign_post"]
    assert event.actor == "Mir Asghar Rind"


def test_special_assistant_for_a_portfolio_resigning_his_position():
    text = "Special Assistant for Overseas Pakistanis Kamran Yousaf Malik has resigned from his position."
    [event] = [e for e in extract(text, published="2021-05-17") if e.type == "resign_post"]
    assert event.actor == "Kamran Yousaf Malik"
    assert "assistant" in event.post.lower()


def test_one_word_names_after_a_minister_title_and_connectors_written_apart():
    text = ("Those who resigned from the provincial cabinet include Local Government Minister Hidayatullah, "
            "Religious Affairs Minister Anees ur Rehman and Finance Minister Tariq Saeed Jadoon.")
    found = {e.actor for e in extract(text, published="2014-05-02") if e.type == "resign_post"}
    assert {"Hidayatullah", "Anees ur Rehman", "Tariq Saeed Jadoon"} <= found


def test_a_party_body_saying_they_are_no_longer_members_expels():
    text = ("The Awami National Party's disciplinary committee announced on Friday that Bilal Ahmed Warraich "
            "and Shazia Noreen were no longer members of the party.")
    assert of_type(extract(text, published="2021-05-14"), "expel", "actor", "party") == {
        ("Bilal Ahmed Warraich", "ANP"), ("Shazia Noreen", "ANP")}


def test_a_spokesman_saying_someone_is_no_longer_a_member_is_no_expulsion():
    text = "ANP spokesman Zahid Khan said on Friday that Bilal Ahmed Warraich was no longer a member of the party."
    assert not of_type(extract(text, published="2021-05-14"), "expel", "actor")


def test_four_of_its_leaders_then_no_longer_members():
    text = ("The JUI-F has expelled four of its senior leaders for criticising the leadership. "
            "Its central council said Maulana Abdul Ghani, Hafiz Noor Ahmed, Qari Saeed Jan and "
            "Maulana Aziz Khan were no longer members of the JUI-F.")
    assert len(of_type(extract(text, published="2021-01-04"), "expel", "actor")) == 4


def test_they_are_the_people_named_together_before():
    text = ("The BNP chief spoke on Sunday. Mengal told Senator Naseem Akhtar and Senator Qadir Bakhsh to resign, "
            "warning that if they failed to do so, they would be expelled from the party.")
    assert of_type(extract(text, published="2024-10-21"), "expel", "actor", "status") == {
        ("Naseem Akhtar", "possible"), ("Qadir Bakhsh", "possible")}


def test_moved_to_expel_the_lawmaker_is_the_person_in_focus_and_possible():
    text = ("Senator Imdad Hussain Abro, who voted for the amendment, resigned his seat. "
            "The PTI has also moved to expel the lawmaker for defying the party.")
    assert of_type(extract(text, published="2025-11-12"), "expel", "actor", "party", "status") == {
        ("Imdad Hussain Abro", "PTI", "possible")}


def test_a_family_name_on_a_group_is_no_one_expelled():
    text = "In 2014 he announced a plan to oust the Sharif brothers from the PML-N."
    assert not of_type(extract(text, published="2017-05-01"), "expel", "actor")


def test_a_name_with_a_connector_written_apart_in_a_list():
    text = ("The Speaker accepted the resignations of PTI MNAs. The PTI MNAs include Sohail Ahmed Bhatti, "
            "Noor ul Amin Qureshi and Rukhsana Iqbal Cheema.")
    found = {e.actor for e in extract(text, published="2023-01-17") if e.type == "resign_post"}
    assert "Noor ul Amin Qureshi" in found


def test_withdrawn_resignation_takes_the_post_kept_and_a_party_after_of_becomes_its_code():
    text = ("Sardar Yar Muhammad Rind withdrew his resignation on Monday, saying colleagues had asked him "
            "to continue as the president of the Balochistan Awami Party.")
    [event] = [e for e in extract(text, published="2021-10-11") if e.type == "resign_post"]
    assert (event.actor, event.post, event.status) == ("Sardar Yar Muhammad Rind", "BAP president", "denied")


def test_resignation_as_a_clause_names_no_post():
    text = ("Rind withdraws resignation as Buledi named acting BAP chief\n\n"
            "Sardar Yar Muhammad Rind withdrew his resignation on Monday.")
    posts = {e.post for e in extract(text, published="2021-10-11") if e.type == "resign_post"}
    assert "Buledi" not in posts


def test_accepted_resignation_of_a_party_chief_is_his_seat_in_a_story_of_seats():
    text = ("The Speaker on Tuesday accepted the resignations of 20 PTI MNAs. "
            "Pakistan Awami Tehreek chief Tahir Mehmood Butt's resignation has also been accepted.")
    found = {(e.actor, e.post, e.date) for e in extract(text, published="2023-01-17") if e.type == "resign_post"}
    assert ("Tahir Mehmood Butt", "MNA", None) in found


def test_i_in_a_quote_is_its_speaker_not_the_next_resigner():
    text = ('"I resign as the PDM\'s vice president, Shahid Rauf Khan resigns as its '
            'spokesperson," Bilal Ahmed Warraich told reporters on Monday.')
    found = {(e.actor, e.post) for e in extract(text, published="2021-04-06") if e.type == "resign_post"}
    assert ("Bilal Ahmed Warraich", "PDM's vice president") in found
    assert ("Shahid Rauf Khan", "spokesperson") in found
    assert not any(a == "Shahid Rauf Khan" and "vice" in p for a, p in found)


def test_one_word_name_closing_a_list_shares_the_role_of_the_first():
    text = "PPP's UC chairmen Shakeel Ahmed Lashari and Rahimullah have resigned from their seats."
    found = {(e.actor, e.post) for e in extract(text, published="2023-09-10") if e.type == "resign_post"}
    assert {a for a, _p in found} == {"Shakeel Ahmed Lashari", "Rahimullah"}
    assert all("chairm" in p.lower() for _a, p in found)


def test_any_post_including_a_seat_names_the_seat():
    text = ("Kamran Yousaf Malik said he was ready to give up any post, including his seat in the National "
            "Assembly, if the party asked him to.")
    found = {(e.actor, e.post, e.status) for e in extract(text, published="2025-01-20") if e.type == "resign_post"}
    assert ("Kamran Yousaf Malik", "MNA", "possible") in found


def test_a_vague_post_denied_takes_the_post_still_held():
    text = "PPP leader Kamran Yousaf Malik has not resigned from his party position, still the central vice president."
    found = {(e.actor, e.post, e.status) for e in extract(text, published="2023-02-01") if e.type == "resign_post"}
    assert found == {("Kamran Yousaf Malik", "central vice president", "denied")}


def test_membership_of_a_role_then_a_name():
    text = "The PML-N cancelled the basic membership of MPA Rashid Ali Memon."
    assert of_type(extract(text, published="2023-05-22"), "expel", "actor", "party") == {("Rashid Ali Memon", "PML-N")}


def test_shown_the_door_by_a_party_is_an_expulsion_but_not_from_a_cabinet():
    events = extract("Rashid Ali Memon was shown the door by the PPP on Monday.", published="2023-05-22")
    assert of_type(events, "expel", "actor", "party") == {("Rashid Ali Memon", "PPP")}
    events = extract("Prime Minister Imran Khan showed Rashid Ali Memon the door from the cabinet.", published="2023-05-22")
    assert not of_type(events, "expel", "actor")


def test_suspended_membership_misparsed_as_an_adjective():
    text = "The PPP suspended Rashid Ali Memon's membership for three months."
    assert of_type(extract(text, published="2023-05-22"), "expel", "actor", "party") == {("Rashid Ali Memon", "PPP")}


def test_a_vague_party_office_gives_way_to_the_role_beside_the_name():
    text = "Rashid Ali Memon, the PTI's Karachi chief, has stepped down from his party office."
    found = {(e.actor, e.post) for e in extract(text, published="2023-05-22") if e.type == "resign_post"}
    assert found == {("Rashid Ali Memon", "PTI's Karachi chief")}


def test_numbered_lines_cut_by_the_sentence_splitter_and_an_opener_with_its_own_group():
    text = ("The following PTI MNAs tendered their resignations to the Speaker:\n\n"
            "1. Sohail Ahmed Bhatti (NA-120)\n\n2. Rukhsana Iqbal Cheema (NA-185)\n")
    found = {(e.actor, e.post) for e in extract(text, published="2023-05-22") if e.type == "resign_post"}
    assert found == {("Sohail Ahmed Bhatti", "MNA"), ("Rukhsana Iqbal Cheema", "MNA")}


def test_named_them_as_after_a_group_expulsion():
    text = ("The PML-N has expelled three MNAs. The party's spokesman named them as Bilal Ahmed Warraich, "
            "Shazia Noreen and Adnan Khalid Butt.")
    assert of_type(extract(text, published="2023-05-22"), "expel", "actor") == {
        ("Bilal Ahmed Warraich",), ("Shazia Noreen",), ("Adnan Khalid Butt",)}


def test_a_post_still_held_is_not_the_post_resigned_when_the_resignation_is_done():
    text = "Rashid Ali Memon resigned from the federal cabinet but is still the party's provincial president."
    posts = {e.post for e in extract(text, published="2023-05-22") if e.type == "resign_post"}
    assert posts and not any("president" in p for p in posts)


def test_headline_passive_without_auxiliary_and_among_those_expelled():
    events = extract("Rashid Ali Memon expelled from PPP for anti-party activities", published="2023-05-22")
    assert of_type(events, "expel", "actor", "party") == {("Rashid Ali Memon", "PPP")}
    events = extract("Rashid Ali Memon and Shazia Noreen were among those expelled by the MQM-P.", published="2023-05-22")
    assert of_type(events, "expel", "actor", "party") == {("Rashid Ali Memon", "MQM-P"), ("Shazia Noreen", "MQM-P")}
    assert not of_type(extract("Rashid Ali Memon expelled from the assembly hall", published="2023-05-22"), "expel", "actor")


def test_the_role_a_relative_clause_gives_is_the_post_resigned():
    text = "Rashid Ali Memon, who served as the party's Karachi president, resigned on Monday."
    posts = {e.post for e in extract(text, published="2023-05-22") if e.type == "resign_post"}
    assert posts == {"party's Karachi president"}


def test_a_suspension_lifted_or_an_expulsion_quashed_is_no_expulsion():
    for text in ("MULTAN: The PML-N on Thursday lifted the suspension of MPA Rana Iqbal Siraj's membership.",
                 "MULTAN: A court on Thursday quashed the expulsion of MPA Rana Iqbal Siraj from the PML-N."):
        got = {(e.type, e.actor, e.status) for e in extract(text, published="2024-03-08")}
        assert ("expel", "Rana Iqbal Siraj", "fact") not in got, text
