"""Coalition-making after an election (coal8): tallies written 'Party: N' inside one sentence, a joining
named as what a party rejects, a chief's 'he' ruling an alliance out, an unhesitating threat to quit, and a
headline's 'quits as <post>'. Every sentence here is the project's own wording."""
from allegiance import extract


def events(text, published="2024-03-01"):
    return extract(text, published=published)


def coalitions(text, published="2024-03-01"):
    return {(e.actor, e.counterpart, e.action, e.status) for e in events(text, published) if e.type == "coalition"}


def test_colon_tallies_listed_inside_one_sentence():
    text = ("KARACHI: The party position in the Sindh Assembly on general seats, as notified by the Election "
            "Commission, is: PPP: 84, MQM-P: 28, GDA: 2.")
    seats = {(e.actor, e.seats, e.house) for e in events(text) if e.type == "seat_result"}
    assert seats == {("PPP", 84, "PA-Sindh"), ("MQM-P", 28, "PA-Sindh"), ("GDA", 2, "PA-Sindh")}


def test_a_joining_named_as_the_idea_rejected_is_the_rejection_alone():
    found = coalitions("LAHORE: The PML-Q on Sunday rejected the idea of joining hands with the PTI in Punjab.")
    assert ("PML-Q", "PTI", "reject", "fact") in found
    assert not any(action == "join" for _a, _c, action, _s in found)


def test_a_possibility_of_forming_a_coalition_ruled_out():
    found = coalitions("QUETTA: The NP ruled out the possibility of forming a coalition with the BAP.")
    assert found == {("NP", "BAP", "reject", "fact")}


def test_a_chief_named_before_he_rules_out_an_alliance():
    text = ("ISLAMABAD: JUI-F chief Maulana Fazlur Rehman addressed a news conference on Monday. "
            "He also ruled out any alliance with the PTI.")
    assert ("JUI-F", "PTI", "reject", "fact") in coalitions(text, "2024-02-20")


def test_would_not_hesitate_to_quit_is_a_threat_not_a_denial():
    found = coalitions("KARACHI: The MQM-P would not hesitate to quit the coalition, its convener said.", "2025-04-26")
    assert ("MQM-P", "PML-N", "leave", "possible") in found


def test_did_not_hesitate_to_quit_is_the_quitting():
    found = coalitions("KARACHI: The BNP did not hesitate to quit the coalition last year.", "2025-04-26")
    assert any(a == "BNP" and action == "leave" and status == "fact" for a, _c, action, status in found)


def test_a_headline_quits_as_a_post_leaves_no_party():
    text = ("Senate deal splits PTI\nSeats shared; Irfan Saleem quits as PTI Peshawar president\nOur Staff Reporter\n\n"
            "PESHAWAR: The PTI won six Senate seats on Monday.")
    assert not [e for e in events(text, "2025-07-22") if e.type == "leave_party"]


def test_its_leaders_held_talks_for_the_party():
    text = ("QUETTA: The PPP on Monday named PPP provincial president Mir Changez Jamali as its candidate. "
            "The National Party also joined the coalition after its leaders held talks with Mr Jamali.")
    assert ("NP", "PPP", "talks", "fact") in coalitions(text)


def test_parties_approached_in_the_passive_are_the_reporting_partys_talks():
    found = coalitions("LAHORE: The IPP and the PML-Q have also been approached, a PML-N leader said.")
    assert {("PML-N", "IPP", "talks", "fact"), ("PML-N", "PML-Q", "talks", "fact")} <= found



def test_a_second_act_with_its_own_tense_keeps_its_own_mood():
    text = ("ISLAMABAD: JI emir Hafiz Naeemur Rehman said the JI would not be part of the federal government and had "
            "also declined the PTI's offer to form a joint opposition alliance.")
    found = coalitions(text, "2024-02-22")
    assert ("JI", "PTI", "reject", "fact") in found
    assert not any(action == "join" and c == "PTI" for _a, c, action, _s in found)


def test_a_place_in_a_relative_clause_gives_way_to_the_federal_government():
    text = ("KARACHI: The GDA, which won just two seats in Sindh, said it would not be part of the federal "
            "government.")
    events_ = [e for e in events(text, "2024-02-23") if e.type == "coalition"]
    assert [(e.actor, e.counterpart, e.action, e.scope) for e in events_] == [("GDA", "PML-N", "reject", "national")]


def test_the_provincial_assembly_of_the_capital_the_sentence_names():
    text = ("ISLAMABAD: The BAP won four seats in the Balochistan Assembly. In Peshawar, meanwhile, the ANP chief "
            "said his party had won only one seat in the provincial assembly.")
    seats = {(e.actor, e.seats, e.house) for e in events(text, "2024-02-22") if e.type == "seat_result"}
    assert ("ANP", 1, "PA-KP") in seats


def test_a_headline_chief_and_the_body_chairman_are_one_post():
    text = ("Rout at the polls\nKhattak quits as PTI-P chief\nBy Our Correspondent\n\n"
            "PESHAWAR: Former defence minister Pervez Khattak on Friday stepped down as the chairman of the "
            "Pakistan Tehreek-e-Insaf Parliamentarians.")
    posts = [e.post for e in events(text, "2024-02-24") if e.type == "resign_post" and e.actor == "Pervez Khattak"]
    assert len(posts) == 1



def test_support_withdrawn_from_no_one_named_is_the_governments():
    found = coalitions("KARACHI: The MQM-P said it would not withdraw support over the water dispute.", "2025-04-26")
    assert ("MQM-P", "PML-N", "leave", "denied") in found



def test_the_two_parties_an_alliance_is_ruled_out_with():
    text = ("PESHAWAR: The PML-N and the ANP agreed on Thursday to field a joint candidate, while the JUI-F said it "
            "would not be part of any formal alliance with the two parties.")
    found = coalitions(text)
    assert {("JUI-F", "PML-N", "reject", "fact"), ("JUI-F", "ANP", "reject", "fact")} <= found


def test_his_party_of_a_chief_named_by_his_name_alone():
    text = ("ISLAMABAD: Zardari met Shehbaz, and the PPP and PML-N delegations were joined by Bilawal Bhutto-Zardari. "
            "On Monday, Mr Bilawal said his party would sit on the opposition benches.")
    assert ("PPP", None, "join", "fact") in coalitions(text, "2024-02-21")


def test_independent_members_elect_backed_by_a_party_join_for_it():
    text = ("LAHORE: Independent members-elect of the Punjab Assembly backed by the PTI on Thursday formally joined "
            "the Sunni Ittehad Council.")
    assert ("PTI", "SIC", "join", "fact") in coalitions(text, "2024-02-23")


def test_a_quitting_set_as_the_condition_of_another_act_is_no_act():
    text = "KARACHI: JI leaders said the party could support the MQM-P if it quit the coalition."
    assert not any(action == "leave" for _a, _c, action, _s in coalitions(text, "2025-04-26"))


def test_each_item_of_a_deck_keeps_its_own_place():
    text = ("PPP and PML-N agree on Balochistan set-up\n"
            "NP joins coalition; PTI-backed MPAs elect KP chief minister\n"
            "Our Correspondent\n\n"
            "QUETTA: The PPP and the PML-N on Thursday agreed to form a coalition government in Balochistan.")
    found = coalitions(text)
    assert ("NP", "PPP", "join", "fact") in found
    assert not any(a == "NP" and c == "PTI" for a, c, _x, _s in found)
