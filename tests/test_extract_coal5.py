"""coalition acts told through envoys, counted parties and appeals to stay (coal5). Every sentence
here is the project's own wording."""
import pytest

from allegiance import extract


def acts(text, published="2024-02-20"):
    return {(e.actor, e.counterpart, e.action, e.status) for e in extract(text, published=published)
            if e.type == "coalition"}


@pytest.mark.parametrize("text", [
    "LAHORE: A delegation of the MQM-P called on PML-N president Shehbaz Sharif on Monday to discuss its share in the federal cabinet.",
    "LAHORE: A three-member committee of the MQM-P called on PML-N president Shehbaz Sharif on Monday to seek ministries in the new government.",
])
def test_a_delegation_of_a_party_talks_for_it(text):
    assert ("MQM-P", "PML-N", "talks", "fact") in acts(text)


def test_a_member_of_a_party_is_no_envoy_of_it():
    text = "A member of the MQM-P called on PML-N president Shehbaz Sharif on Monday to discuss the floods."
    assert not acts(text)


@pytest.mark.parametrize("text", [
    "ISLAMABAD: The PPP sent two ministers to Maulana Fazlur Rehman's house on Tuesday to persuade the JUI-F to stay in the government.",
    "ISLAMABAD: The PPP on Tuesday urged the JUI-F to remain in the ruling coalition.",
])
def test_asking_a_party_to_stay_in_the_government_is_talks(text):
    assert ("PPP", "JUI-F", "talks", "fact") in acts(text)


def test_asking_members_to_stay_in_a_party_is_no_coalition():
    assert not acts("The PPP on Tuesday urged its workers to remain in the party.")


def test_the_counted_parties_around_a_speaker_join_his_party():
    text = ("ISLAMABAD: Later, PML-N president Shehbaz Sharif, flanked by leaders of the MQM-P, the PML-Q, the IPP and "
            "the BAP, told a news conference that the five parties had agreed to form the next government together.")
    found = {(a, c) for a, c, action, status in acts(text, "2024-02-14") if action == "join"}
    assert found == {pair for other in ("MQM-P", "PML-Q", "IPP", "BAP") for pair in (("PML-N", other), (other, "PML-N"))}


def test_the_counted_parties_agreeing_join_one_another():
    text = "QUETTA: The PML-N, the NP and the PkMAP met in Murree, and the three parties agreed to form a coalition government."
    found = {(a, c) for a, c, action, status in acts(text, "2013-06-01") if action == "join"}
    assert found == {(a, c) for a in ("PML-N", "NP", "PkMAP") for c in ("PML-N", "NP", "PkMAP") if a != c}


def test_a_count_that_does_not_add_up_names_no_one():
    text = "QUETTA: The PML-N and the NP met in Murree, and the four parties agreed to form a coalition government."
    assert not {act for act in acts(text, "2013-06-01") if act[2] == "join"}


@pytest.mark.parametrize("text", [
    "QUETTA: BNP-M chief Akhtar Mengal said on Monday that his party had been offered a role in the government by the PML-N but had turned it down.",
    "QUETTA: The BNP-M had been offered two ministries by the PML-N, but it declined the offer.",
])
def test_an_offer_received_in_the_passive_and_declined(text):
    found = acts(text, "2013-06-04")
    assert ("PML-N", "BNP", "talks", "fact") in found and ("BNP", "PML-N", "reject", "fact") in found


def test_a_pronoun_declined_without_an_offer_is_no_rejection():
    assert not {a for a in acts("The PML-N criticised the budget, and the BNP-M turned it down.", "2013-06-04") if a[2] == "reject"}


def test_ruling_out_sharing_power_rejects_the_partner():
    assert ("PPP", "MQM-P", "reject", "fact") in acts("KARACHI: The PPP on Monday ruled out sharing power with the MQM-P in Sindh.")


@pytest.mark.parametrize("text", [
    "ISLAMABAD: The PML-N stepped up its efforts on Sunday. Its delegation called on PML-F chief Pir Pagara to seek his support for the formation of the federal government.",
    "ISLAMABAD: The PML-N stepped up its efforts on Sunday. In Karachi, its team comprising Ali Jatoi and Rana Khan called on PML-F chief "
    "Pir Pagara and invited him to join the PML-N-led federal government.",
])
def test_a_partys_own_team_talks_for_it(text):
    assert ("PML-N", "PML-F", "talks", "fact") in acts(text, "2013-05-20")


def test_an_alliance_formed_by_parties_is_joined_by_each():
    text = "LAHORE: The TTAP was formed in March by the PTI, the PkMAP, the MWM and the BNP-M to press for a fresh mandate."
    found = {(a, c) for a, c, action, status in acts(text, "2024-07-18") if action == "join"}
    assert found == {("PTI", "TTAP"), ("PkMAP", "TTAP"), ("MWM", "TTAP"), ("BNP", "TTAP")}


def test_office_bearers_of_a_party_joining_an_alliance_are_persons_not_the_party():
    assert not acts("Three PPP office-bearers in Sanghar quit, join GDA", "2024-01-10")


def test_a_party_led_by_a_person_does_not_lead_the_government():
    text = ("ISLAMABAD: A delegation of the MQM-P led by Dr Khalid Maqbool Siddiqui called on PML-N president Shehbaz Sharif "
            "on Tuesday to discuss its share in the new set-up.\n\nThe PPP, however, will not join the federal cabinet for the time being.")
    found = acts(text, "2024-02-21")
    assert ("PPP", "PML-N", "join", "denied") in found and not any(a == "PPP" and c == "MQM-P" for a, c, _, _ in found)


def test_him_is_the_person_just_named_in_the_sentence():
    text = ("ISLAMABAD: PPP chairman Bilawal Bhutto-Zardari met Shehbaz Sharif on Tuesday.\n\n"
            "Sources said the PML-N had also sent two ministers to JUI-F chief Maulana Fazlur Rehman to persuade him to stay with the new coalition.")
    found = acts(text, "2024-02-21")
    assert ("PML-N", "JUI-F", "talks", "fact") in found and ("PML-N", "PPP", "talks", "fact") not in found


def test_a_hyphen_split_government_word_still_names_governing():
    text = ("LAHORE: A delegation of the MQM-P called on PML-N president Shehbaz Sharif at his residence on Tuesday "
            "to discuss the MQM-P's share in the new set-up.")
    assert ("MQM-P", "PML-N", "talks", "fact") in acts(text, "2024-02-21")


def test_a_delegation_the_parser_hangs_under_a_preposition_still_calls():
    text = ("ISLAMABAD: The announcement came hours after a delegation of the PDM, led by Maulana Fazlur Rehman and "
            "including Asif Ali Zardari, called on the BAP leadership at the Balochistan House to seek its support for the motion.")
    assert ("PDM", "BAP", "talks", "fact") in acts(text, "2022-03-29")


def test_the_party_invited_is_the_one_just_named():
    text = ("PESHAWAR: Opposition parties moved quickly to court the QWP. The JUI-F and the PML-N invited the party "
            "to join hands with them in the assembly.")
    found = acts(text, "2013-11-15")
    assert {("JUI-F", "QWP", "talks", "fact"), ("PML-N", "QWP", "talks", "fact")} <= found
    assert not any(a not in ("JUI-F", "PML-N") for a, _, _, _ in found)  # 'Opposition parties' are no party in focus


def test_a_sitting_prime_minister_talks_for_the_governing_party():
    text = ("KARACHI: The MQM on Monday quit the PPP-led government. Soon afterwards, Prime Minister Yousuf Raza Gilani "
            "telephoned MQM chief Altaf Hussain in London and asked him to review the decision.")
    assert ("PPP", "MQM-P", "talks", "fact") in acts(text, "2011-06-28")


def test_a_former_prime_minister_is_no_government():
    text = ("KARACHI: The MQM on Monday quit the PPP-led government. Former prime minister Shaukat Aziz telephoned MQM chief "
            "Altaf Hussain in London and asked him to review the decision.")
    assert not {a for a in acts(text, "2011-06-28") if a[2] == "talks"}


@pytest.mark.parametrize("text", [
    "KARACHI: Another former MQM-P lawmaker, Kamran Ali, is in contact with the PPP about joining it, party insiders said.",
    "KARACHI: At least six PPP members of the Sindh Assembly were in contact with the PTI, the minister claimed.",
])
def test_members_in_contact_with_another_party_are_no_coalition_talks(text):
    assert not {a for a in acts(text, "2021-03-08") if a[2] == "talks"}


@pytest.mark.parametrize("text, expected", [
    ("QUETTA: The JUI-F, which had also been in contact with the PML-N for a share in the government, said it would sit in opposition.",
     ("JUI-F", "PML-N", "talks", "fact")),
    ("QUETTA: JUI-F chief Maulana Fazlur Rehman is in contact with the PML-N about a share in the government.",
     ("JUI-F", "PML-N", "talks", "fact")),
])
def test_a_party_or_its_head_in_contact_holds_talks(text, expected):
    assert expected in acts(text, "2013-06-01")


def test_the_way_of_an_act_is_no_act_and_the_dateline_no_scope():
    text = "ISLAMABAD - The MQM-P is likely to join hands with the PPP by joining the treasury benches in the Sindh Assembly."
    found = {(e.actor, e.counterpart, e.action, e.scope) for e in extract(text, published="2024-05-10") if e.type == "coalition"}
    assert found == {("MQM-P", "PPP", "join", "Sindh")}


def test_an_alliance_that_includes_a_party_names_the_partner_refused():
    text = "LAHORE: Hafiz Naeem said the JI would not become part of any alliance that included the PTI."
    assert ("JI", "PTI", "reject", "fact") in acts(text, "2024-07-18")


def test_a_request_just_made_and_turned_down_by_a_chief_named_alone():
    text = ("ISLAMABAD: The JUI-F quit the PPP-led coalition on Tuesday. The PPP sent a delegation to Maulana Fazlur Rehman's "
            "residence to persuade him to reconsider. The JUI-F chief, however, turned down the request.")
    found = acts(text, "2010-12-15")
    assert {("PPP", "JUI-F", "talks", "fact"), ("JUI-F", "PPP", "reject", "fact")} <= found


def test_the_premier_offers_for_the_governing_party():
    text = ("ISLAMABAD: The PTI-led government is in trouble. Premier Imran offered the Punjab chief ministership to "
            "PML-Q leader Chaudhry Pervaiz Elahi in exchange for the party's support.")
    assert ("PTI", "PML-Q", "talks", "fact") in acts(text, "2022-03-31")


def test_the_parties_are_the_two_just_named():
    text = "KARACHI: The PPP met the MQM-P leadership on Thursday. The parties agreed to form a coalition government in Sindh."
    assert {("PPP", "MQM-P", "join", "fact"), ("MQM-P", "PPP", "join", "fact")} <= acts(text, "2022-05-13")


def test_the_partys_members_sitting_in_opposition_take_the_partys_seat():
    text = "ISLAMABAD: PTI chairman Barrister Gohar Ali Khan said the party's winners would sit on the opposition benches."
    assert ("PTI", None, "join", "fact") in acts(text, "2024-02-14")


def test_standing_with_the_prime_minister_sides_with_his_party():
    text = "ISLAMABAD: The PML-Q announced on Monday that it would stand with Prime Minister Imran Khan in the no-confidence vote."
    assert ("PML-Q", "PTI", "join", "fact") in acts(text, "2022-03-29")
