"""Local government news: mayors, tehsil and union council chairmen, LG alliances and the tallies of
local seats, which are no house the guideline lists. Every sentence here is the project's own wording."""
from allegiance import extract


def events(text, published):
    return extract(text, published=published)


def test_a_tally_of_tehsil_and_mayor_seats_is_not_a_seat_result():
    text = ("PESHAWAR: The local polls in KP were held in two phases in December and March. In the first phase, the JUI-F won 21 of the 66 "
            "tehsil chairman and city mayor seats, while the PTI won 17, independents 9 and the ANP 6.")
    assert not [e for e in events(text, "2022-04-01") if e.type == "seat_result"]


def test_an_assembly_tally_beside_a_chairman_is_still_a_result():
    text = "ISLAMABAD: Led by its chairman, the PTI won 116 seats in the National Assembly in the July 25 elections."
    got = {(e.actor, e.seats) for e in events(text, "2018-07-30") if e.type == "seat_result"}
    assert ("PTI", 116) in got


def test_the_welcomer_named_inside_a_subject_stretched_by_a_list_does_not_join():
    text = ("LAHORE: Mr Cheema was welcomed into the PML-N by Mayor Rashid Mehmood Butt at a ceremony at the town hall, "
            "along with two union council chairmen of the tehsil: Tariq Aziz Bhatti and Sohail Akram Warraich.")
    got = {(e.type, e.actor) for e in events(text, "2023-02-10")}
    assert ("join_party", "Rashid Mehmood Butt") not in got
    assert ("join_party", "Tariq Aziz Bhatti") in got


def test_a_party_that_responds_by_expelling_expels():
    text = ("LAHORE: The PML-N responded by expelling two of its councillors, Khalid Mehmood Sandhu and "
            "Nasir Iqbal Ghumman, for voting against the party's candidate.")
    got = {(e.type, e.actor, e.party, e.status) for e in events(text, "2023-02-10")}
    assert ("expel", "Khalid Mehmood Sandhu", "PML-N", "fact") in got


def test_asked_to_respond_before_an_expulsion_is_still_no_act():
    text = "LAHORE: The PML-N asked councillor Khalid Mehmood Sandhu to respond by Friday or face being expelled."
    assert not [e for e in events(text, "2023-02-10") if e.type == "expel" and e.status == "fact"]


def test_the_jamaat_alone_is_the_ji():
    text = "KARACHI: The PTI announced on Tuesday that it would back the Jamaat's candidate for mayor."
    got = {(e.actor, e.action, e.counterpart) for e in events(text, "2023-05-31") if e.type == "coalition"}
    assert ("PTI", "join", "JI") in got


def test_the_party_an_alliance_means_to_take_on_is_no_partner():
    text = ("PESHAWAR: The JUI-F and the ANP on Monday agreed to field joint candidates in the local government "
            "elections, in what both described as a step towards taking on the PTI in the province.")
    got = {(e.actor, e.counterpart) for e in events(text, "2021-11-02") if e.type == "coalition"}
    assert ("JUI-F", "ANP") in got and ("JUI-F", "PTI") not in got and ("ANP", "PTI") not in got


def test_councillors_in_contact_with_a_party_are_people_not_their_party():
    text = ("LAHORE: A PML-N minister claimed that several PTI councillors were in contact with the PML-N and would "
            "announce their decisions soon.")
    assert not [e for e in events(text, "2023-02-10") if e.type == "coalition"]


def test_an_alliance_for_local_government_polls_is_between_its_parties_not_with_the_government():
    text = ("KARACHI: The MQM-P and the JI on Tuesday announced an alliance for the upcoming local government "
            "elections in Karachi.")
    got = {(e.actor, e.counterpart) for e in events(text, "2023-07-05") if e.type == "coalition"}
    assert got == {("MQM-P", "JI"), ("JI", "MQM-P")}


def test_jointly_after_a_reported_clause_still_says_how_it_is_contested():
    text = ("LAHORE: The PML-Q and the PPP will contest the general elections jointly, PML-Q leader Moonis Elahi "
            "said on Tuesday.")
    got = {(e.actor, e.action, e.counterpart) for e in events(text, "2021-11-08") if e.type == "coalition"}
    assert ("PML-Q", "join", "PPP") in got and ("PPP", "join", "PML-Q") in got


def test_a_place_between_a_lowercase_role_and_a_name_is_the_roles_not_the_name():
    text = "LAHORE: District council chairman Sheikhupura Arshad Mehmood Gujjar on Tuesday joined the PML-N."
    got = {(e.type, e.actor) for e in events(text, "2021-12-29")}
    assert ("join_party", "Arshad Mehmood Gujjar") in got


def test_seats_of_tehsil_chairmen_are_no_seat_result():
    text = "PESHAWAR: The JUI-F bagged 19 seats of tehsil chairmen in the first phase, the PTI 14."
    assert not [e for e in events(text, "2022-01-02") if e.type == "seat_result"]


def test_talks_with_the_ruling_party_are_with_the_party_leading_the_government():
    text = ("LAHORE: The PTI-led government is in its fourth year. The PML-Q is said to be holding talks with the "
            "ruling party over seat adjustment in Mandi Bahauddin.")
    got = {(e.actor, e.action, e.counterpart) for e in events(text, "2021-12-25") if e.type == "coalition"}
    assert ("PML-Q", "talks", "PTI") in got


def test_the_government_as_a_possessor_in_a_refusal_names_no_partner():
    text = ("QUETTA: NP leader Kabir Muhammad Shahi said the party would not become part of an alliance "
            "\"built on the government's resources\" and would contest the polls on its own.")
    got = {(e.actor, e.counterpart) for e in events(text, "2022-12-20") if e.type == "coalition"}
    assert not any(c is not None for _a, c in got)


def test_a_province_named_with_its_local_polls_does_not_make_their_tallies_assembly_results():
    text = ("HYDERABAD: The PPP has swept the second phase of the local government elections in Sindh, according to "
            "unofficial results.\n\nThe party won 1,050 seats across 16 districts, while the GDA bagged 120 and the "
            "PTI 45.\n\nIn Hyderabad, the PPP won 60 seats, the MQM-P 12.\n\nParty position:\nPPP: 1,050\nGDA: 120\nPTI: 45")
    assert not [e for e in events(text, "2022-07-25") if e.type == "seat_result"]


def test_tallies_after_civic_polls_are_named_are_no_assembly_results():
    text = ("KARACHI: The PPP has swept the civic polls in Sindh, according to unofficial results.\n\n"
            "The party won 300 seats across 14 districts, while the GDA bagged 90 and the PTI 35.")
    assert not [e for e in events(text, "2022-07-25") if e.type == "seat_result"]
