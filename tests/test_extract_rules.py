"""Extraction behaviour, one phenomenon per test, on sentences the project wrote.

Each test states what a reader would record (GUIDELINE.md) and checks the
system records exactly that.
"""
import pytest

from allegiance import extract


def keys(events, *fields):
    return {tuple(getattr(e, f) for f in fields) for e in events}


def test_coordinated_list_with_roles_between_names():
    text = ("ISLAMABAD: Lahore MNAs Nadeem Abbas Bara and Saira Khan and MPAs Tariq Mehmood Gill and "
            "Asma Qadeer have announced their decision to quit the Pakistan Tehreek-e-Insaf.")
    events = extract(text, published="2023-05-25")
    assert keys(events, "type", "actor", "party") == {
        ("leave_party", "Nadeem Abbas Bara", "PTI"), ("leave_party", "Saira Khan", "PTI"),
        ("leave_party", "Tariq Mehmood Gill", "PTI"), ("leave_party", "Asma Qadeer", "PTI")}


def test_the_party_means_the_party_in_focus_and_weekday_dates():
    text = ("The Pakistan Peoples Party (PPP) is facing a rough week in Sindh. "
            "Senator Ghulam Rasool Baloch on Saturday announced that he was leaving the party.")
    [event] = extract(text, published="2021-06-14")
    assert (event.type, event.actor, event.party, event.date) == ("leave_party", "Ghulam Rasool Baloch", "PPP", "2021-06-12")


def test_defection_is_leave_and_join_and_return_is_a_join():
    text = ("PML-N MNA Sardar Ali Raza Dreshak joined the PTI on Tuesday. "
            "Meanwhile, Rana Javed Iqbal announced he was returning to the Pakistan Muslim League (Quaid)'s fold.")
    events = extract(text, published="2018-05-10")
    assert ("leave_party", "Sardar Ali Raza Dreshak", "PML-N") in keys(events, "type", "actor", "party")
    assert ("join_party", "Sardar Ali Raza Dreshak", "PTI") in keys(events, "type", "actor", "party")
    assert ("join_party", "Rana Javed Iqbal", "PML-Q") in keys(events, "type", "actor", "party")


def test_former_member_joining_is_a_join_alone():
    events = extract("Former PTI leader Nasir Mehmood Dogar joined the PML-N on Friday.", published="2024-01-20")
    assert keys(events, "type", "party") == {("join_party", "PML-N")}


def test_hedge_and_denial_status():
    hedged = extract("Sources said Malik Shafiq Awan is likely to join the PPP next week.", published="2023-02-01")
    denied = extract("Federal minister Hamid Yasin Toor denied reports that he was leaving the PML-N.",
                     published="2023-02-01")
    assert [(e.type, e.status) for e in hedged] == [("join_party", "possible")]
    assert [(e.type, e.party, e.status) for e in denied] == [("leave_party", "PML-N", "denied")]


def test_unnamed_people_are_not_events():
    events = extract("Dozens of PTI leaders have quit the party since the crackdown began.", published="2023-06-01")
    assert events == []


def test_expulsion_names_every_person():
    text = ("The Pakistan Tehreek-e-Insaf (PTI) on Friday cancelled the basic memberships of "
            "Sardar Naveed Alam and Bushra Kanwal for violating party discipline.")
    events = extract(text, published="2023-07-14")
    assert keys(events, "type", "actor", "party", "date") == {
        ("expel", "Sardar Naveed Alam", "PTI", "2023-07-14"), ("expel", "Bushra Kanwal", "PTI", "2023-07-14")}


def test_resigning_posts_names_each_post():
    text = "Aamir Latif Bhatti said on Sunday he was resigning as PTI Multan president and as a member of the National Assembly."
    events = extract(text, published="2023-05-29")
    posts = {e.post for e in events if e.type == "resign_post"}
    assert "MNA" in posts and any("Multan" in p for p in posts)
    assert all(e.date == "2023-05-28" for e in events)


def test_joint_coalition_agreement_goes_both_ways_with_scope():
    text = "The PML-N and the PPP on Tuesday reached an agreement to form a coalition government in Punjab."
    events = extract(text, published="2024-02-21")
    assert keys(events, "actor", "counterpart", "action", "scope") == {
        ("PML-N", "PPP", "join", "Punjab"), ("PPP", "PML-N", "join", "Punjab")}


def test_coalition_reject_by_a_party_leader():
    text = "JUI-F chief Fazlur Rehman ruled out any alliance with the PTI in Khyber Pakhtunkhwa."
    events = extract(text, published="2024-02-12")
    assert keys(events, "actor", "counterpart", "action", "scope") == {("JUI-F", "PTI", "reject", "KP")}


def test_seat_tallies_in_prose_with_ellipsis_and_each():
    text = ("In the February 8 elections, the PML-N has won 75 seats while the PPP bagged 54 seats. "
            "The MQM-P won in 17 constituencies, JUI-F in four, while IPP and BNP won two seats each.")
    events = extract(text, published="2024-02-12")
    assert keys(events, "actor", "seats", "house", "date") == {
        ("PML-N", 75, "NA", "2024-02-08"), ("PPP", 54, "NA", "2024-02-08"), ("MQM-P", 17, "NA", "2024-02-08"),
        ("JUI-F", 4, "NA", "2024-02-08"), ("IPP", 2, "NA", "2024-02-08"), ("BNP", 2, "NA", "2024-02-08")}


def test_seat_list_under_a_house_heading():
    text = "Party position\nSindh Assembly:\nPakistan Peoples Party (PPP): 84\nMQM-P: 28\n"
    events = extract(text, published="2024-02-10")
    assert keys(events, "actor", "seats", "house") == {("PPP", 84, "PA-Sindh"), ("MQM-P", 28, "PA-Sindh")}


def test_claims_and_strengths_are_not_results():
    text = "The MQM-P, with seven seats, claimed it will win 20 seats in the next polls."
    assert [e for e in extract(text, published="2023-01-01") if e.type == "seat_result"] == []


@pytest.mark.parametrize("phrase,expected", [("yesterday", "2022-04-10"), ("earlier today", "2022-04-11"),
                                             ("on April 3", "2022-04-03"), ("on Friday", "2022-04-08")])
def test_relative_dates_resolve_against_publication(phrase, expected):
    [event] = extract(f"Senator Faisal Javed Khan quit the PTI {phrase}.", published="2022-04-11")
    assert event.date == expected


def test_no_day_means_no_date():
    [event] = extract("Rana Aftab Ahmad had quit the PTI earlier this year.", published="2022-04-11")
    assert event.date is None


def test_evidence_points_at_the_sentence():
    text = "Weather was fine. Chaudhry Salik Hussain joined the PML-N on Monday. Nothing else happened."
    [event] = extract(text, published="2023-03-08")
    assert text[event.evidence.start:event.evidence.end] == event.evidence.sentence
    assert "Salik" in event.evidence.sentence and event.evidence.rule


def test_select_mode_matches_full_mode(extractor, full_extractor):
    from allegiance.model import Article
    text = ("Weather was fine in Lahore. Prices rose. PML-N MNA Sardar Ali Raza Dreshak joined the PTI on Tuesday. "
            "He said the PTI was the future. Cricket resumed.")
    article = Article("a", text, None)
    assert keys(extractor.extract(article), "type", "actor", "party") == keys(full_extractor.extract(article), "type", "actor", "party")


def test_urdu_leave_join_and_denial():
    text = ("لاہور: پاکستان تحریک انصاف کے سابق رکن قومی اسمبلی ملک عامر ڈوگر نے آج پارٹی چھوڑنے کا اعلان کر دیا۔ "
            "سابق صوبائی وزیر رانا عبدالستار اور چوہدری نثار احمد مسلم لیگ ن میں شامل ہو گئے۔ "
            "ایم کیو ایم کے رہنما فاروق ستار نے پارٹی چھوڑنے کی خبروں کی تردید کی۔")
    events = extract(text, published="2023-06-01")
    assert keys(events, "type", "actor", "party", "status") == {
        ("leave_party", "ملک عامر ڈوگر", "PTI", "fact"), ("join_party", "رانا عبدالستار", "PML-N", "fact"),
        ("join_party", "چوہدری نثار احمد", "PML-N", "fact"), ("leave_party", "فاروق ستار", "MQM-P", "denied")}
    first = next(e for e in events if e.actor == "ملک عامر ڈوگر")
    assert first.date == "2023-06-01" and text[first.evidence.start:first.evidence.end].strip() == first.evidence.sentence


def test_urdu_quote_inside_english_article():
    text = ("KARACHI: A senior leader spoke to reporters on Friday. "
            "انہوں نے کہا کہ سابق ایم پی اے خرم شیر زمان نے پاکستان تحریک انصاف چھوڑنے کا اعلان کیا ہے۔ "
            "The party has not commented.")
    events = extract(text, published="2023-05-26")
    assert ("leave_party", "PTI") in keys(events, "type", "party")


def test_switch_from_one_party_to_another():
    events = extract("In Multan, former MNA Javed Ali Shah switched from the PML-N to the PTI on Monday.",
                     published="2018-05-08")
    assert keys(events, "type", "actor", "party") == {("leave_party", "Javed Ali Shah", "PML-N"),
                                                       ("join_party", "Javed Ali Shah", "PTI")}


def test_relative_clause_hung_on_a_place_still_finds_its_person():
    text = ("The latest arrival is Sardar Ahmad Ali Dreshak, the veteran politician from Dera Ghazi Khan, "
            "who joined the PTI on Friday together with his son Bilal Ahmad Dreshak.")
    events = extract(text, published="2018-06-04")
    assert keys(events, "actor", "party") == {("Sardar Ahmad Ali Dreshak", "PTI"), ("Bilal Ahmad Dreshak", "PTI")}


def test_elliptic_tallies_after_a_first_tally():
    text = "In Sindh, the PPP won 84 seats in the provincial assembly and the MQM-P 28."
    events = extract(text, published="2024-02-12")
    assert keys(events, "actor", "seats", "house") == {("PPP", 84, "PA-Sindh"), ("MQM-P", 28, "PA-Sindh")}


def test_resignation_named_by_a_noun():
    text = "The decision led to the resignation of incumbent chief minister Sardar Usman Buzdar on Monday."
    [event] = extract(text, published="2022-03-29")
    assert (event.type, event.actor, event.date) == ("resign_post", "Sardar Usman Buzdar", "2022-03-28")
    assert "chief minister" in event.post


def test_a_deal_made_with_a_party_is_recorded_both_ways():
    events = extract("The PML-N made a seat-sharing deal with the Pakistan Muslim League-Quaid (PML-Q) on Wednesday.",
                     published="2023-12-07")
    assert keys(events, "actor", "counterpart", "action") == {("PML-N", "PML-Q", "join"), ("PML-Q", "PML-N", "join")}


def test_the_former_names_the_first_party_and_a_party_before_the_verb_acts():
    text = ("KARACHI: The MQM-P suffered a blow in Sindh on Wednesday as the Grand Democratic Alliance (GDA) "
            "withdrew its support for the former's candidate for opposition leader.")
    events = extract(text, published="2018-08-09")
    assert ("GDA", "MQM-P", "leave") in keys(events, "actor", "counterpart", "action")


def test_a_relative_named_beside_the_actor_is_not_an_actor():
    text = ("LAHORE: Chaudhry Hamza Iqbal, the younger brother of PML-Q president Chaudhry Saleem Iqbal, "
            "on Monday parted ways with the PTI.")
    events = extract(text, published="2023-05-22")
    assert keys(events, "type", "actor", "party") == {("leave_party", "Chaudhry Hamza Iqbal", "PTI")}


@pytest.mark.parametrize("sentence,expected", [
    ("Former federal minister Ali Raza Gilani announced his resignation from the PTI on Thursday.",
     {("leave_party", "Ali Raza Gilani", "PTI")}),
    ("The PML-N has suspended the party membership of MPA Tariq Abbas Cheena for violating discipline.",
     {("expel", "Tariq Abbas Cheena", "PML-N")}),
])
def test_membership_phrasings(sentence, expected):
    assert keys(extract(sentence, published="2023-11-10"), "type", "actor", "party") == expected


def test_parting_ways_and_agreeing_to_contest_jointly_are_coalition_acts():
    left = extract("The Awami National Party (ANP) announced its decision to part ways with the PDM on Saturday.",
                   published="2021-04-12")
    joint = extract("The IPP and the PML-N have agreed to contest the elections jointly in Punjab.", published="2023-12-01")
    assert keys(left, "actor", "counterpart", "action") == {("ANP", "PDM", "leave")}
    assert keys(joint, "actor", "counterpart", "action", "scope") == {("IPP", "PML-N", "join", "Punjab"),
                                                                      ("PML-N", "IPP", "join", "Punjab")}


def test_out_of_tallies_and_a_membership_cancelled_through_his():
    seats = extract("The PTI has bagged 15 out of the 20 seats in the Punjab by-elections, while the PML-N won four.",
                    published="2022-07-18")
    assert keys(seats, "actor", "seats", "house") == {("PTI", 15, "PA-Punjab"), ("PML-N", 4, "PA-Punjab")}
    text = ("The PTI said on Friday that its chairman had removed Sardar Ali Khan Jadoon as provincial president "
            "and cancelled his basic membership.")
    assert ("expel", "Sardar Ali Khan Jadoon", "PTI") in keys(extract(text, published="2023-07-21"), "type", "actor", "party")
