"""leave_party and join_party (issue 11): announcements, farewells and separations phrased in ways
the rules had not seen. Every sentence here is the project's own wording."""
import pytest

from allegiance import extract


def moves(text, published="2023-06-05"):
    return {(e.type, e.actor, e.party, e.status) for e in extract(text, published=published)
            if e.type in ("leave_party", "join_party", "expel")}


@pytest.mark.parametrize("text", [
    "Former MPA Naveed Qamar bid farewell to the PML-N on Sunday, citing differences with its leaders.",
    "Ex-MNA Naveed Qamar bade farewell to the PML-N at a news conference on Sunday.",
])
def test_farewell_to_a_party_is_leaving_it(text):
    assert ("leave_party", "Naveed Qamar", "PML-N", "fact") in moves(text)


@pytest.mark.parametrize("text", [
    "Former senator Shazia Malik announced her departure from the PTI on Sunday.",
    "Former senator Shazia Malik announced her separation from the PTI on Sunday.",
    "Former senator Shazia Malik decided to separate herself from the PTI on Sunday.",
    "Former senator Shazia Malik has separated from the PTI, she said on Sunday.",
])
def test_departure_and_separation_from_a_party(text):
    assert ("leave_party", "Shazia Malik", "PTI", "fact") in moves(text)


def test_separating_from_something_else_is_no_leaving():
    text = "Former senator Shazia Malik said the province should separate its budget from the federal one."
    assert not moves(text)


@pytest.mark.parametrize("text", [
    "Former MPAs Imran Butt and Sadia Noor said on Sunday they could no longer remain associated with the PTI.",
    "Former MPAs Imran Butt and Sadia Noor told reporters they can no longer be associated with the PTI.",
])
def test_no_longer_associated_is_a_done_leaving(text):
    found = moves(text)
    assert {("leave_party", "Imran Butt", "PTI", "fact"), ("leave_party", "Sadia Noor", "PTI", "fact")} <= found


def test_quitting_politics_leaves_the_party_only_when_the_party_is_named():
    assert ("leave_party", "Tahir Aziz", "PTI", "fact") in moves(
        "Former MPA Tahir Aziz quit politics and the PTI on Sunday.")
    assert not moves("Former MPA Tahir Aziz quit politics on Sunday.")


@pytest.mark.parametrize("second", [
    "They announced that they were quitting the party.",
    "They decided to separate themselves from the party, they said.",
    "They said they had decided to leave the party after the riots.",
])
def test_they_opening_a_sentence_means_the_people_of_the_sentence_before(second):
    text = "PTI leaders Kamran Iqbal and Rubina Shah held a news conference in Sahiwal on Sunday. " + second
    found = moves(text)
    assert {("leave_party", "Kamran Iqbal", "PTI", "fact"), ("leave_party", "Rubina Shah", "PTI", "fact")} <= found


def test_they_is_not_pinned_on_people_who_are_not_its_subject():
    text = ("Kamran Iqbal and Rubina Shah met the party chief on Sunday. "
            "They said that PTI workers would never leave the party.")
    assert not {m for m in moves(text) if m[0] == "leave_party" and m[3] == "fact"}


@pytest.mark.parametrize("text", [
    "Former MNA Faisal Warraich sent his resignation from the primary membership of the PML-N to the party chief on Sunday.",
    "Former MNA Faisal Warraich submitted his resignation from the basic membership of the PML-N to Shehbaz Sharif on Sunday.",
])
def test_resignation_from_membership_sent_to_someone(text):
    assert ("leave_party", "Faisal Warraich", "PML-N", "fact") in moves(text)


def test_resignation_from_an_assembly_sent_to_the_speaker_is_no_leaving():
    text = "MNA Faisal Warraich sent his resignation from the National Assembly to the Speaker on Sunday."
    assert not {m for m in moves(text) if m[0] == "leave_party"}


@pytest.mark.parametrize("text", [
    "The PPP welcomed former MNA Sadiq Baloch to the party on Sunday.",
    "The PPP welcomed former MNA Sadiq Baloch into its ranks on Sunday.",
])
def test_welcomed_to_the_party_is_joining_it(text):
    assert ("join_party", "Sadiq Baloch", "PPP", "fact") in moves(text)


def test_welcomed_to_a_city_is_no_joining():
    assert not moves("Bilawal Bhutto welcomed Sadiq Baloch to Karachi on Sunday.")


@pytest.mark.parametrize("text", [
    "Former MPA Huma Akhtar left the PTI for the PPP on Sunday.",
    "Former MPA Huma Akhtar ditched the PTI for the PPP on Sunday.",
    "Former MPA Huma Akhtar quit the PTI for the PPP on Sunday.",
])
def test_leaving_one_party_for_another_joins_the_other(text):
    assert {("leave_party", "Huma Akhtar", "PTI", "fact"), ("join_party", "Huma Akhtar", "PPP", "fact")} <= moves(text)


@pytest.mark.parametrize("text", [
    "Former MPA Huma Akhtar left the PTI for good on Sunday.",
    "Former MPA Huma Akhtar quit the PTI for the PPP's ticket on Sunday.",
])
def test_leaving_for_something_that_is_not_a_party_joins_nothing(text):
    assert not {m for m in moves(text) if m[0] == "join_party"}


@pytest.mark.parametrize("second", [
    "Former MPAs Umar Farooq and Lubna Riaz told reporters they could not remain associated with a party which attacked the army.",
    "Former MPA Umar Farooq said he had left a party that had lost its way.",
])
def test_a_party_described_by_its_leavers_is_the_party_in_focus(second):
    found = moves("The PTI lost two more leaders in Okara on Sunday. " + second)
    assert ("leave_party", "Umar Farooq", "PTI", "fact") in found


def test_a_party_described_is_not_joined():
    text = "The PTI held a rally on Sunday. Umar Farooq said he would join a party that served the poor."
    assert not {m for m in moves(text) if m[0] == "join_party" and m[3] == "fact"}


@pytest.mark.parametrize("text", [
    "BNP's Akhtar Jan announces to part ways with govt",
    "BNP leader Akhtar Jan announced on Sunday that he was parting ways with the administration.",
])
def test_parting_ways_with_a_government_is_no_leaving_of_a_party(text):
    assert not {m for m in moves(text) if m[0] == "leave_party"}


# --- Urdu: the membership resigned or ended -------------------------------------------------------

def test_urdu_resigning_the_basic_membership_of_a_party_is_leaving_it():
    text = "سابق ایم این اے شاہد بٹ نے تحریک انصاف کی بنیادی رکنیت سے استعفیٰ دے دیا۔"
    found = {(e.type, e.party) for e in extract(text, published="2023-06-05")}
    assert ("leave_party", "PTI") in found
    assert not any(t == "resign_post" for t, _p in found)


def test_urdu_resigning_the_membership_of_an_assembly_is_a_post():
    text = "شاہد بٹ نے قومی اسمبلی کی رکنیت سے استعفیٰ دے دیا۔"
    types = {e.type for e in extract(text, published="2023-06-05")}
    assert "resign_post" in types and "leave_party" not in types


def test_urdu_party_ending_a_persons_membership_expels_that_person():
    text = "تحریک انصاف نے شاہد بٹ کی بنیادی رکنیت ختم کر دی۔"
    found = {(e.type, e.actor, e.party) for e in extract(text, published="2023-06-05")}
    assert ("expel", "شاہد بٹ", "PTI") in found


def test_urdu_resigning_a_named_partys_membership_is_leaving_it():
    text = "سابق ایم پی اے شاہد بٹ نے پی ٹی آئی کی رکنیت سے استعفیٰ دے دیا۔"
    assert ("leave_party", "PTI") in {(e.type, e.party) for e in extract(text, published="2023-06-05")}


# --- the party left, carried to the next list of movers ------------------------------------------

@pytest.mark.parametrize("first, second", [
    ("On Saturday, several leaders of the Balochistan Awami Party (BAP) parted ways with it and joined the PPP.",
     "Other BAP leaders who joined the party included Mir Karim Bugti and Nawabzada Saleem Raisani."),
    ("A number of BAP lawmakers quit the party on Saturday to join the PPP.",
     "Other BAP leaders who joined the PPP were Mir Karim Bugti and Nawabzada Saleem Raisani."),
])
def test_other_members_of_the_party_just_left_leave_it_too(first, second):
    found = moves(first + " " + second)
    for name in ("Mir Karim Bugti", "Nawabzada Saleem Raisani"):
        assert ("join_party", name, "PPP", "fact") in found
        assert ("leave_party", name, "BAP", "fact") in found


def test_members_of_a_party_nobody_was_said_to_leave_only_join():
    text = ("The PPP held a rally in Quetta on Saturday. "
            "BAP leaders who joined the PPP included Mir Karim Bugti and Nawabzada Saleem Raisani.")
    found = moves(text)
    assert ("join_party", "Mir Karim Bugti", "PPP", "fact") in found
    assert not {m for m in found if m[0] == "leave_party"}


# --- the one person a role noun describes -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Former MNA Zafar Iqbal is the latest leader to leave the PTI.",
    "Former MNA Zafar Iqbal became the fourth lawmaker from Jhang to quit the PTI this week.",
])
def test_the_latest_leader_to_leave_is_the_subject(text):
    assert ("leave_party", "Zafar Iqbal", "PTI", "fact") in moves(text)


def test_an_apposition_describes_the_person_before_it():
    text = "Zafar Iqbal, a former PTI leader who defected to the PPP last year, addressed a rally on Sunday."
    assert ("join_party", "Zafar Iqbal", "PPP", "fact") in moves(text)


def test_a_leader_met_is_not_the_one_who_left():
    assert not moves("Zafar Iqbal met a leader who had left the PTI.")


def test_their_departure_leaves_the_party_in_focus():
    text = "The exodus from the PTI went on as Zafar Iqbal and Sumaira Khan announced their departure on Sunday."
    found = moves(text)
    assert {("leave_party", "Zafar Iqbal", "PTI", "fact"), ("leave_party", "Sumaira Khan", "PTI", "fact")} <= found


def test_a_departure_for_a_city_leaves_no_party():
    assert not moves("PTI leader Zafar Iqbal announced his departure for London on Sunday.")


@pytest.mark.parametrize("text", [
    "Former MPA Rizwan Cheema was formally made a member of the PPP on Sunday.",
    "Former MPA Rizwan Cheema obtained the membership of the PPP on Sunday.",
    "Former MPA Rizwan Cheema took membership of the PPP at a ceremony in Lahore on Sunday.",
])
def test_membership_taken_or_given_is_joining(text):
    assert ("join_party", "Rizwan Cheema", "PPP", "fact") in moves(text)


def test_member_of_a_committee_is_no_joining():
    assert not moves("Former MPA Rizwan Cheema was made a member of the standing committee on Sunday.")


# --- movers named after the act, and defectors by title -------------------------------------------

@pytest.mark.parametrize("text", [
    "Joining the PPP on Sunday were Tariq Bhatti, Saima Anwar and Rauf Khan.",
    "Joining the PPP at the ceremony were former MNAs Tariq Bhatti, Saima Anwar and Rauf Khan.",
])
def test_a_sentence_opening_with_joining_names_its_people_after_were(text):
    found = moves(text)
    assert {("join_party", n, "PPP", "fact") for n in ("Tariq Bhatti", "Saima Anwar", "Rauf Khan")} <= found


def test_joining_as_a_topic_names_nobody():
    text = "Joining the PPP is a tribute to the leadership of Asif Zardari, the new members said."
    assert not moves(text)


@pytest.mark.parametrize("title", ["PTI defector", "PTI deserter", "PTI turncoat"])
def test_a_partys_defector_by_title_leaves_it_and_joins_the_other(title):
    found = moves(f"{title} Tariq Bhatti joined the IPP on Sunday.")
    assert {("join_party", "Tariq Bhatti", "IPP", "fact"), ("leave_party", "Tariq Bhatti", "PTI", "fact")} <= found


def test_a_dissident_by_title_may_still_sit_in_the_party():
    found = moves("PTI dissident Tariq Bhatti joined the IPP on Sunday.")
    assert ("join_party", "Tariq Bhatti", "IPP", "fact") in found
    assert not {m for m in found if m[0] == "leave_party"}


# --- more people for the same act ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Former MNA Kashif Mehmood quit the PTI on Sunday, as did Rabia Sultan.",
    "Former MNA Kashif Mehmood quit the PTI on Sunday, and so did Rabia Sultan.",
])
def test_an_act_with_the_verb_left_out_counts_for_its_new_subject(text):
    found = moves(text)
    assert {("leave_party", "Kashif Mehmood", "PTI", "fact"), ("leave_party", "Rabia Sultan", "PTI", "fact")} <= found


def test_a_time_compared_adds_nobody():
    found = moves("Former MNA Kashif Mehmood joined the PPP on Sunday, as he did in 2008.")
    assert found == {("join_party", "Kashif Mehmood", "PPP", "fact")}


@pytest.mark.parametrize("second", ["Both joined the PPP a day later.", "The two joined the PPP a day later."])
def test_both_and_the_two_stand_for_the_pair_just_named(second):
    found = moves("Kashif Mehmood and Rabia Sultan quit the PTI on Sunday. " + second)
    assert {("join_party", "Kashif Mehmood", "PPP", "fact"), ("join_party", "Rabia Sultan", "PPP", "fact")} <= found


def test_both_does_not_stand_for_three_people():
    found = moves("Kashif Mehmood, Rabia Sultan and Naveed Ali quit the PTI on Sunday. Both joined the PPP a day later.")
    assert not {m for m in found if m[0] == "join_party"}


@pytest.mark.parametrize("text", [
    "Kashif Mehmood's exit from the PTI was announced on Sunday.",
    "Kashif Mehmood's sudden departure from the PTI was announced on Sunday.",
    "Kashif Mehmood's resignation from the PTI's primary membership came on Sunday.",
])
def test_a_possessive_of_the_act_is_the_mover(text):
    assert ("leave_party", "Kashif Mehmood", "PTI", "fact") in moves(text)


def test_a_possessive_of_the_party_is_not_the_mover():
    assert not {m for m in moves("Imran Khan's PTI lost two MPAs on Sunday as they quit the party.")
                if m[1] == "Imran Khan"}


@pytest.mark.parametrize("role", ["The former MPA", "The former MNA", "The former minister"])
def test_the_former_role_stands_for_the_person_in_focus(role):
    found = moves(f"Kashif Mehmood quit the PTI on Sunday. {role} joined the PPP a day later.")
    assert ("join_party", "Kashif Mehmood", "PPP", "fact") in found


def test_a_parting_shot_is_no_leaving():
    assert not moves("Former MPA Kashif Mehmood took a parting shot at the PTI leadership on Sunday.")
