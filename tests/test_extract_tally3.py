"""Whole-story phrasings of election tallies and resigned posts (tally3 stress set): the members of a
group resignation named after 'among those', independents backed by a party, 'a seat each'.
Sentences written for these tests."""
from datetime import date

from allegiance.model import Article


def events(extractor, text, published="2023-01-18"):
    return extractor.extract(Article(doc="t", text=text, published=date.fromisoformat(published)))


def seats(extractor, text, published="2024-02-12"):
    return {(e.actor, e.seats, e.house) for e in events(extractor, text, published) if e.type == "seat_result"}


def resigned(extractor, text, published="2023-01-18"):
    return {(e.actor, e.post, e.status) for e in events(extractor, text, published) if e.type == "resign_post"}


def test_among_those_whose_resignations_were_accepted(extractor):
    text = ("ISLAMABAD: The Speaker on Tuesday accepted the resignations of 20 more PTI MNAs.\n\n"
            "Among those whose resignations were accepted were Tariq Bashir, Ayesha Nawaz and Kamal Durrani.")
    found = resigned(extractor, text)
    for name in ("Tariq Bashir", "Ayesha Nawaz", "Kamal Durrani"):
        assert (name, "MNA", "fact") in found


def test_named_people_among_those_who_resigned(extractor):
    text = ("The Speaker accepted the resignations of 20 PTI lawmakers from the National Assembly on Tuesday. "
            "Tariq Bashir and Kamal Durrani were among those who had resigned.")
    found = resigned(extractor, text)
    assert ("Tariq Bashir", "MNA", "fact") in found and ("Kamal Durrani", "MNA", "fact") in found


def test_among_those_who_left_a_party_is_no_resignation(extractor):
    text = "Tariq Bashir and Kamal Durrani were among those who resigned from the party last week."
    assert not resigned(extractor, text)


def test_independents_backed_by_a_party_own_their_seats(extractor):
    text = ("Independent candidates backed by the PTI won 88 seats in the National Assembly in Thursday's polls, "
            "while the PML-N bagged 70.")
    assert seats(extractor, text) == {("IND", 88, "NA"), ("PML-N", 70, "NA")}


def test_a_seat_each(extractor):
    text = ("The PML-N won 70 seats in the National Assembly in Thursday's polls. "
            "The BNP, the MWM and the National Party won a seat each.")
    assert {("BNP", 1, "NA"), ("MWM", 1, "NA"), ("NP", 1, "NA")} <= seats(extractor, text)


def test_a_seat_without_each_is_no_tally(extractor):
    text = "The PML-N won 70 seats in the National Assembly, and the BNP leader said his party would win a seat in Quetta."
    assert seats(extractor, text) == {("PML-N", 70, "NA")}


def test_the_assembly_seat_he_had_won(extractor):
    text = "Former minister Rashid Kalhoro resigned on Monday from the provincial assembly seat he had won in Dadu."
    assert ("Rashid Kalhoro", "MPA", "fact") in resigned(extractor, text, "2024-02-13")


def test_a_resignation_after_a_rejection_is_no_denial(extractor):
    text = "Former minister Rashid Kalhoro rejected the results and resigned from the Sindh Assembly on Monday."
    assert ("Rashid Kalhoro", "MPA", "fact") in resigned(extractor, text, "2024-02-13")


def test_an_emir_is_a_post(extractor):
    text = "Jamaat-i-Islami emir Rashid Kalhoro resigned as the party's emir on Saturday."
    assert any(actor == "Rashid Kalhoro" and "emir" in post for actor, post, _s in resigned(extractor, text, "2024-02-12"))


def test_secretary_general_before_the_name_is_the_post(extractor):
    text = "PTI additional secretary general Rashid Kalhoro sent his resignation to the party secretariat on Monday."
    assert ("Rashid Kalhoro", "PTI additional secretary general", "fact") in resigned(extractor, text, "2023-05-25")


def test_a_portfolio_of_two_words_before_the_name(extractor):
    text = "Caretaker minister for communications and works Rashid Kalhoro tendered his resignation, an official said."
    found = resigned(extractor, text, "2023-09-19")
    assert any(actor == "Rashid Kalhoro" and post.endswith("communications and works") for actor, post, _s in found)


def test_a_houses_seats_from_a_province_are_a_part(extractor):
    text = ("The PPP won 84 seats in the Sindh Assembly in Thursday's polls.\n\n"
            "In the National Assembly seats from Sindh, the PPP won 40, the MQM-P 15 and independents two.")
    assert seats(extractor, text) == {("PPP", 84, "PA-Sindh")}


def test_what_a_party_has_by_the_notified_results(extractor):
    text = ("The ECP issued notifications of the returned candidates of the Sindh Assembly on Sunday.\n\n"
            "According to the notifications, the PPP has 80 seats, the MQM-P 25 and independents 12.")
    assert seats(extractor, text) == {("PPP", 80, "PA-Sindh"), ("MQM-P", 25, "PA-Sindh"), ("IND", 12, "PA-Sindh")}


def test_what_a_party_has_is_still_a_strength_without_results(extractor):
    text = "The PPP has 80 seats in the Sindh Assembly, and the MQM-P 25, party leaders said on Sunday."
    assert not seats(extractor, text)


def test_he_is_not_the_one_named_in_a_whose_clause(extractor):
    text = "In Quetta, NP president Rashid Kalhoro, whose candidate Tariq Bashir lost, said he would not resign as president."
    found = resigned(extractor, text, "2018-03-04")
    assert any(actor == "Rashid Kalhoro" and status == "denied" for actor, _p, status in found)
    assert not any(actor == "Tariq Bashir" for actor, _p, _s in found)


def test_a_party_of_its_leader_had_a_number_in_a_list(extractor):
    text = ("According to the tally, the PML-N won 120 seats in the National Assembly, the PPP 30, "
            "the PTI of Imran Khan had 27 and the MQM 18.")
    assert ("PTI", 27, "NA") in seats(extractor, text, "2013-05-13")


def test_the_ruling_a_and_the_opposition_b_each_won(extractor):
    text = "The ruling PTI and the opposition PML-N each won three National Assembly seats in Sunday's by-elections."
    assert seats(extractor, text, "2018-10-15") == {("PTI", 3, "NA"), ("PML-N", 3, "NA")}


def test_a_minister_who_bare_quits_resigns_the_post(extractor):
    text = "Hours later, caretaker minister for excise and taxation Rashid Kalhoro also quit, citing personal reasons."
    found = resigned(extractor, text, "2023-09-19")
    assert ("Rashid Kalhoro", "caretaker minister for excise and taxation", "fact") in found


def test_a_denied_bare_quit_of_a_minister(extractor):
    text = "Punjab minister for industries Rashid Kalhoro denied reports that he was also planning to quit."
    assert ("Rashid Kalhoro", "Punjab minister for industries", "denied") in resigned(extractor, text, "2021-11-27")


def test_a_bare_quit_without_a_government_role_is_no_resignation(extractor):
    text = "PTI MPA Rashid Kalhoro quit on Monday, and former minister Tariq Bashir quit in disgust a day later."
    assert not resigned(extractor, text, "2023-09-19")


def test_he_of_reports_that_he_was_quitting_is_the_denier(extractor):
    text = ("The PML-N had criticised the caretaker cabinet. Hours later, caretaker minister for excise Tariq Bashir "
            "also quit.\n\n"
            "Separately, the chief minister's adviser on sports Rashid Kalhoro, a former Test bowler, "
            "denied reports that he too was quitting.")
    found = events(extractor, text, "2023-09-19")
    assert ("resign_post", "Rashid Kalhoro", "denied") in {(e.type, e.actor, e.status) for e in found}
    assert not any(e.type == "leave_party" for e in found)


def test_a_second_tally_of_a_total_in_another_house(extractor):
    text = "The PML-N won three of the six National Assembly seats and 11 of the 13 Punjab Assembly seats in Sunday's by-polls."
    assert seats(extractor, text, "2024-04-22") == {("PML-N", 3, "NA"), ("PML-N", 11, "PA-Punjab")}


def test_gave_up_her_assembly_seat(extractor):
    text = "Among them was Ayesha Nawaz herself, who gave up her National Assembly seat to keep the provincial one."
    assert ("Ayesha Nawaz", "MNA", "fact") in resigned(extractor, text, "2024-04-22")
