"""Membership acts told in passives, returns, nominal forms and relative clauses (passives55).
Every sentence here is the project's own wording."""
import pytest

from allegiance import extract


def acts(text, published="2024-03-11", kind=None):
    return {(e.type, e.actor, e.party, e.status) for e in extract(text, published=published)
            if kind is None or e.type == kind}


@pytest.mark.parametrize("text", [
    "Malik Arif Hussain Tarar and Qari Naseer Ahmed Bhatti were suspended by the JUI-F on Sunday.",
    "The JUI-F met in Quetta. Malik Arif Hussain Tarar and Qari Naseer Ahmed Bhatti were suspended by the party's "
    "provincial executive on Sunday.",
])
def test_people_suspended_by_a_party_are_expelled(text):
    found = acts(text, kind="expel")
    assert {("expel", "Malik Arif Hussain Tarar", "JUI-F", "fact"),
            ("expel", "Qari Naseer Ahmed Bhatti", "JUI-F", "fact")} <= found


@pytest.mark.parametrize("text", [
    "Speaker Raja Pervez Ashraf suspended Malik Arif Hussain Tarar for the rest of the session.",
    "The PTI suspended its protest campaign on Sunday.",
])
def test_a_suspension_by_no_party_is_no_expulsion(text):
    assert not acts(text, kind="expel")


def test_every_name_before_who_was_removed_from_the_party():
    text = ("Earlier this year, Maulana Gul Zaman Afridi and Hafiz Sanaullah Kakar, who had been removed from the JUI-F "
            "over their criticism of its chief, announced a faction of their own.")
    found = {a for _t, a, p, _s in acts(text, kind="expel") if p == "JUI-F"}
    assert found == {"Maulana Gul Zaman Afridi", "Hafiz Sanaullah Kakar"}


def test_his_expulsion_told_as_the_end_of_a_story():
    text = ("Sardar Nadir Ali Khosa won the seat in 2013. He later voted against the party line, "
            "which led to his expulsion from the PTI.")
    assert ("expel", "Sardar Nadir Ali Khosa", "PTI", "fact") in acts(text, "2025-03-03")


@pytest.mark.parametrize("text", [
    "Workers outside the house demanded his expulsion from the PPP. Mr Ahmed Raza Kasuri said nothing.",
    "Ahmed Raza Kasuri met the press on Monday. Rivals called for his expulsion from the PPP.",
])
def test_a_demanded_expulsion_is_not_done(text):
    assert not any(s == "fact" for _t, _a, _p, s in acts(text, kind="expel"))


def test_came_back_home_to_a_party():
    text = "Former MNA Chaudhry Tariq Mehmood Bajwa came back home to the PML-N at a meeting in Model Town on Sunday."
    assert ("join_party", "Chaudhry Tariq Mehmood Bajwa", "PML-N", "fact") in acts(text, "2024-01-15")


def test_the_departure_of_a_list_from_a_party():
    text = ("The PPP held a news conference in Karachi on Sunday. The departure of MPAs Syed Kamran Ali Zaidi, "
            "Mrs Rubina Naz Qureshi and Muhammad Faisal Qaimkhani from the MQM-P was announced at the news conference.")
    found = {(a, p) for t, a, p, _s in acts(text, "2022-08-22", "leave_party")}
    assert found == {("Syed Kamran Ali Zaidi", "MQM-P"), ("Mrs Rubina Naz Qureshi", "MQM-P"),
                     ("Muhammad Faisal Qaimkhani", "MQM-P")}


def test_a_counted_group_named_in_the_next_sentence_did_the_group_act():
    text = ("KARACHI: The MQM-P suffered a setback on Sunday when three of its MPAs joined the PPP.\n\n"
            "The departure of Syed Kamran Ali Zaidi, Mrs Rubina Naz Qureshi and Muhammad Faisal Qaimkhani "
            "from the MQM-P was announced at a news conference.")
    joined = {a for t, a, p, _s in acts(text, "2022-08-22", "join_party") if p == "PPP"}
    assert joined == {"Syed Kamran Ali Zaidi", "Mrs Rubina Naz Qureshi", "Muhammad Faisal Qaimkhani"}


def test_a_group_of_another_size_is_not_the_one_named():
    text = ("KARACHI: The MQM-P suffered a setback on Sunday when five of its MPAs joined the PPP.\n\n"
            "The departure of Syed Kamran Ali Zaidi and Mrs Rubina Naz Qureshi from the MQM-P was announced "
            "at a news conference.")
    assert not acts(text, "2022-08-22", "join_party")


def test_the_counted_group_expelled_paragraphs_after_its_list():
    text = ("KARACHI: Syed Kamran Ali Zaidi, Mrs Rubina Naz Qureshi and Muhammad Faisal Qaimkhani quit the MQM-P on Sunday.\n\n"
            "Chief minister Syed Murad Ali Shah praised the decision at a news conference.\n\n"
            "The party's convener spoke to reporters at the headquarters.\n\n"
            "In a statement, the MQM-P said that the three MPAs had been expelled from the party on Saturday night.")
    expelled = {a for t, a, p, _s in acts(text, "2022-08-22", "expel") if p == "MQM-P"}
    assert expelled == {"Syed Kamran Ali Zaidi", "Mrs Rubina Naz Qureshi", "Muhammad Faisal Qaimkhani"}


def test_formally_admitted_into_a_party():
    text = "LAHORE: Chaudhry Akram Ali Warraich was formally admitted into the PPP on Sunday."
    assert ("join_party", "Chaudhry Akram Ali Warraich", "PPP", "fact") in acts(text)


def test_admitted_to_hospital_is_no_joining():
    assert not acts("LAHORE: Chaudhry Akram Ali Warraich was admitted to hospital on Sunday.", kind="join_party")


def test_shown_the_door_in_a_relative_clause():
    text = "Chaudhry Akram Ali Warraich, who has been shown the door by the PTI, joined the PPP on Sunday."
    found = acts(text)
    assert ("expel", "Chaudhry Akram Ali Warraich", "PTI", "fact") in found
    assert ("join_party", "Chaudhry Akram Ali Warraich", "PPP", "fact") in found


def test_moved_to_a_party_is_a_joining():
    text = "Chaudhry Akram Ali Warraich joined the PML-N in 1993 and moved to the PTI in 2011."
    found = acts(text)
    assert ("join_party", "Chaudhry Akram Ali Warraich", "PTI", "fact") in found


@pytest.mark.parametrize("text", [
    "The PTI moved to the Supreme Court on Sunday.",
    "Chaudhry Akram Ali Warraich moved to the PTI's Lahore office.",
])
def test_moved_to_no_party(text):
    assert not acts(text, kind="join_party")


def test_a_fronted_expulsion_is_the_subjects():
    text = ("Rana Tariq Mehmood Noon spoke first. Following his expulsion from the PTI, "
            "Chaudhry Akram Ali Warraich joined the PPP on Sunday.")
    found = acts(text)
    assert ("expel", "Chaudhry Akram Ali Warraich", "PTI", "fact") in found
    assert not any(a == "Rana Tariq Mehmood Noon" for _t, a, _p, _s in found)


def test_a_fronted_return_is_the_subjects():
    text = "Upon his return to the PML-N on Sunday, Chaudhry Akram Ali Warraich thanked the party's leaders."
    assert ("join_party", "Chaudhry Akram Ali Warraich", "PML-N", "fact") in acts(text)


@pytest.mark.parametrize("text", [
    "In 2018, Chaudhry Akram Ali Warraich made his way back to the PPP.",
    "Chaudhry Akram Ali Warraich was readmitted to the PPP in 2018.",
])
def test_ways_back_into_a_party(text):
    assert ("join_party", "Chaudhry Akram Ali Warraich", "PPP", "fact") in acts(text)


def test_readmitted_to_hospital_is_no_joining():
    assert not acts("Chaudhry Akram Ali Warraich was readmitted to hospital in 2018.", kind="join_party")


def test_the_post_is_the_one_the_subject_served_as():
    text = "Rana Tariq Mehmood Noon served as the PTI's Lahore president until Sunday, when he resigned from the post."
    posts = {e.post for e in extract(text, published="2024-03-11") if e.type == "resign_post"}
    assert posts and all("Lahore president" in p for p in posts)


def test_companions_of_one_who_just_joined_join_too():
    """Only where the companions' sentence is parsed: the selection takes it as context of the next."""
    text = ("PESHAWAR: Former minister Malik Sher Afzal Khan joined the QWP at a ceremony on Monday. "
            "He was accompanied by former MPAs Haji Gul Rehman Afridi and Syed Zahir Ali Shah. "
            "The QWP said more leaders would join it soon.")  # the selection parses a sentence as context of the next
    joined = {a for t, a, p, _s in acts(text, "2023-07-18", "join_party") if p == "QWP"}
    assert {"Haji Gul Rehman Afridi", "Syed Zahir Ali Shah"} <= joined


@pytest.mark.parametrize("text", [
    "PESHAWAR: Former minister Malik Sher Afzal Khan joined the QWP at a ceremony on Monday. "
    "He was accompanied by Haji Gul Rehman Afridi, who said he was staying in the PTI.",
    "PESHAWAR: Former minister Malik Sher Afzal Khan joined the QWP at a ceremony on Monday. "
    "He was accompanied by QWP leader Haji Gul Rehman Afridi.",
    "PESHAWAR: Former minister Malik Sher Afzal Khan met the QWP chief on Monday. "
    "He was accompanied by Haji Gul Rehman Afridi.",
])
def test_companions_who_are_hosts_or_speak_for_themselves(text):
    assert not any(a == "Haji Gul Rehman Afridi" and t == "join_party" and p == "QWP"
                   for t, a, p, _s in acts(text, "2023-07-18"))


def test_those_who_welcome_him_into_the_party_do_not_join_it():
    text = ("KARACHI: Raza Ali Rizvi appeared at the PSP's office along with Syed Kamran Kamal and Anis Qureshi, "
            "who welcomed him into the party.")
    found = acts(text, "2016-05-10", "join_party")
    assert ("join_party", "Raza Ali Rizvi", "PSP", "fact") in found
    assert not any(a in ("Syed Kamran Kamal", "Anis Qureshi") for _t, a, _p, _s in found)


def test_them_welcomed_by_a_described_host_join_the_hosts_party():
    text = ("PESHAWAR: Haji Ghulam Ali and Malik Noor Khan quit the ANP on Sunday. The two were received at Bilawal "
            "House by PPP president Muhammad Ali Shah Bacha, who formally welcomed them into the party.")
    found = acts(text, "2023-06-20", "join_party")
    assert {("Haji Ghulam Ali", "PPP"), ("Malik Noor Khan", "PPP")} <= {(a, p) for _t, a, p, _s in found}
    assert not any(a == "Muhammad Ali Shah Bacha" or p == "ANP" for _t, a, p, _s in found)


def test_also_returned_to_the_party_he_had_left():
    text = ("LAHORE: Chaudhry Hamid Ali Sahi quit the PTI last month. Earlier this week, former MPA Rana Abdul "
            "Sattar Bhatti also returned to the PML-N, the party he had left in 2017.")
    left = {(a, p) for _t, a, p, _s in acts(text, "2023-11-09", "leave_party")}
    assert ("Rana Abdul Sattar Bhatti", "PML-N") in left and ("Rana Abdul Sattar Bhatti", "PTI") not in left


def test_them_welcomed_are_not_the_guests_who_attended():
    text = ("LAHORE: Former MPAs Malik Asad Ali Khokhar and Chaudhry Zaheer Ahmed Cheema quit the PTI on Thursday.\n\n"
            "The ceremony, attended by Aleem Khan and Awn Chaudhry, saw Malik Asad Ali Khokhar and Chaudhry Zaheer "
            "Ahmed Cheema sign the forms. Tareen welcomed them into the IPP.")
    found = acts(text, "2023-06-09", "join_party")
    assert not any(a in ("Aleem Khan", "Awn Chaudhry") for _t, a, _p, _s in found)


@pytest.mark.parametrize("text", [
    "Malik Ahmed Hassan Dehar's induction into the PPP has been put off.",
    "The induction of Malik Ahmed Hassan Dehar into the PPP was postponed on Sunday.",
    "Malik Ahmed Hassan Dehar postponed joining the PTI.",
])
def test_a_joining_put_off_is_still_to_come(text):
    found = acts(text, kind="join_party")
    assert found and all(s == "possible" for _t, _a, _p, s in found)


def test_a_joining_after_a_postponed_ceremony_is_done():
    text = "Malik Ahmed Hassan Dehar joined the PTI on Sunday after the ceremony was postponed twice."
    assert ("join_party", "Malik Ahmed Hassan Dehar", "PTI", "fact") in acts(text)


def dated(text, published, kind):
    return {(e.actor, e.party, e.date) for e in extract(text, published=published) if e.type == kind}


def test_the_step_before_takes_no_day_from_the_main_act():
    text = "After quitting the PTI, former senator Chaudhry Saeed Ahmed Nagra joined the IPP in Lahore on Saturday evening."
    assert ("Chaudhry Saeed Ahmed Nagra", "PTI", None) in dated(text, "2023-06-05", "leave_party")
    assert ("Chaudhry Saeed Ahmed Nagra", "IPP", "2023-06-03") in dated(text, "2023-06-05", "join_party")


def test_the_step_before_with_its_own_day_or_a_count_keeps_it():
    own = "After quitting the PTI on Friday, Chaudhry Saeed Ahmed Nagra joined the IPP on Saturday."
    assert ("Chaudhry Saeed Ahmed Nagra", "PTI", "2023-06-02") in dated(own, "2023-06-05", "leave_party")
    counted = "Their announcements came on Tuesday, a day after former minister Shireen Akhtar Mazari quit the PTI."
    assert ("Shireen Akhtar Mazari", "PTI", None) not in dated(counted, "2023-05-24", "leave_party")


@pytest.mark.parametrize("text", [
    "The IPP on Sunday announced the induction of Malik Asad Ali Khokhar and Ghulam Bibi Bharwana into the party.",
    "The IPP on Sunday announced the inclusion of Malik Asad Ali Khokhar and Ghulam Bibi Bharwana in the IPP.",
])
def test_an_induction_of_a_list_into_a_party(text):
    found = {(a, p) for _t, a, p, _s in acts(text, "2023-06-12", "join_party")}
    assert {("Malik Asad Ali Khokhar", "IPP"), ("Ghulam Bibi Bharwana", "IPP")} <= found


def test_an_induction_of_a_list_into_a_new_party_names_none():
    text = "The IPP on Sunday announced the induction of Malik Asad Ali Khokhar and Ghulam Bibi Bharwana into a new party."
    assert not acts(text, "2023-06-12", "join_party")


def test_a_step_told_before_the_main_act_is_undated_told_after_it_takes_its_day():
    fronted = {(e.type, e.party): e.date for e in extract("After quitting the PTI, former MNA Ali Raza Khan joined the PPP on Saturday.", "2024-03-14")}
    trailing = {(e.type, e.party): e.date for e in extract(
        "Former MNA Ali Raza Khan joined the PPP on Saturday after quitting the PTI at a news conference in Multan.", "2024-03-14")}
    assert fronted == {("leave_party", "PTI"): None, ("join_party", "PPP"): "2024-03-09"}
    assert trailing == {("leave_party", "PTI"): "2024-03-09", ("join_party", "PPP"): "2024-03-09"}
