"""Coalition moves as the Pakistani press tells them, 2013-2025: an alliance ended with its age in
front of it ('ended its two-year alliance'), a party approached that declined the offer, and the
house of an election tally told after a province or 'the Centre' named in passing or a house named
in an office's title ('the Senate chairmanship'). Every sentence here is the project's own wording."""
from allegiance import extract


def coalitions(text, published="2019-03-12"):
    return {(e.actor, e.counterpart, e.action, e.status) for e in extract(text, published=published)
            if e.type == "coalition"}


def houses(text, published="2019-03-12"):
    return {(e.actor, e.seats, e.house) for e in extract(text, published=published) if e.type == "seat_result"}


def test_an_alliance_ended_with_its_age_before_it_is_left_not_made():
    text = ("KARACHI: The Muttahida Qaumi Movement on Monday ended its decade-old electoral alliance with the "
            "Pakistan Muslim League-Functional in Sindh, saying the partnership had run its course.")
    got = coalitions(text)
    assert ("MQM-P", "PML-F", "leave", "fact") in got
    assert not any(action == "join" for _a, _c, action, _s in got)


def test_a_party_approached_that_declined_the_offer_rejects_the_approacher():
    text = ("PESHAWAR: Awami National Party leader Mian Iftikhar Hussain said his party had been approached "
            "by the PTI but had turned down the offer.")
    got = coalitions(text)
    assert ("PTI", "ANP", "talks", "fact") in got
    assert ("ANP", "PTI", "reject", "fact") in got
    assert not any(a == "PTI" and action == "reject" for a, _c, action, _s in got)


def test_a_party_invited_that_declined_is_not_confused_with_an_earlier_talker():
    text = ("QUETTA: The HDP held talks with the BAP on Sunday. National Party leader Kabir Muhammad Shahi said "
            "his party had been invited by the BAP but had declined the offer.")
    got = coalitions(text)
    assert ("NP", "BAP", "reject", "fact") in got
    assert not any(a == "BAP" and action == "reject" for a, _c, action, _s in got)


def test_a_house_in_an_office_title_is_not_where_the_tally_counts():
    text = ("ISLAMABAD: Under the deal the PPP will keep the Senate chairmanship for the next three years.\n\n"
            "In the general election, the PML-N won 80 seats, the PPP 60 and the MQM-P 15, according to the final results.")
    got = houses(text, "2024-03-10")
    assert ("PML-N", 80, "NA") in got and ("PPP", 60, "NA") in got


def test_a_province_named_in_passing_does_not_move_a_national_tally():
    text = ("ISLAMABAD: The new prime minister was sworn in at the Aiwan-i-Sadr on Monday.\n\n"
            "Sardar Akhtar Mengal said the new arrangement had no legitimacy in Balochistan.\n\n"
            "In the elections, independents won 90 seats, the PML-N 76 and the PPP 55, the final count showed.")
    got = houses(text, "2024-03-05")
    assert ("PML-N", 76, "NA") in got and ("PPP", 55, "NA") in got


def test_the_centre_named_in_passing_does_not_move_a_provincial_tally():
    text = ("QUETTA: The BAP emerged as the largest party in the Balochistan Assembly with 15 seats.\n\n"
            "\"We are the BAP's partners at the Centre and we will be partners here as well,\" the PTI leader said.\n\n"
            "The JUI-F and the BNP-M, which won eight and six seats respectively, will sit in the opposition.")
    got = houses(text, "2018-08-10")
    assert ("JUI-F", 8, "PA-Balochistan") in got and ("BNP", 6, "PA-Balochistan") in got


def test_we_in_a_quote_of_two_sentences_taking_the_opposition_benches_is_the_speakers_party():
    text = ("KARACHI: Khalid Maqbool Siddiqui, the MQM-P convener, addressed the Sindh Assembly on Tuesday.\n\n"
            "\"We tried our best to work with this government. From now on we will sit on the opposition benches,\" "
            "Dr Siddiqui told reporters.")
    got = coalitions(text, "2021-10-27")
    assert ("MQM-P", None, "join", "fact") in got


def test_a_government_delegation_calling_on_a_party_chief_is_the_governing_partys_approach():
    text = ("LAHORE: The PML-Q on Monday withdrew its support from the PTI-led government in Punjab.\n\n"
            "Chaudhry Shujaat Hussain, the PML-Q president, announced the decision at a news conference.\n\n"
            "Hours later, a government delegation led by Shafqat Mahmood called on Chaudhry Shujaat Hussain at his "
            "residence and asked him to review the decision.")
    got = coalitions(text, "2021-05-11")
    assert ("PTI", "PML-Q", "talks", "fact") in got


def test_going_back_to_the_treasury_benches_is_rejoining_and_refusing_it_is_denied():
    text = ("ISLAMABAD: The JWP on Friday quit the ruling coalition in the Centre.\n\n"
            "\"Nobody should expect us to go back to the treasury benches on the strength of promises alone. We will "
            "not go back to the treasury benches,\" JWP chief Shahzain Bugti told reporters.")
    got = coalitions(text, "2022-03-26")
    assert any(a == "JWP" and action == "join" and status == "denied" for a, _c, action, status in got)


def test_going_back_to_the_government_is_a_return():
    text = "KARACHI: The MQM-P on Monday went back to the PPP-led Sindh government, ending a year-long boycott."
    got = coalitions(text, "2014-10-21")
    assert ("MQM-P", "PPP", "join", "fact") in got


def test_ruling_out_supporting_a_party_is_a_refusal():
    text = "LAHORE: The PML-Q on Thursday ruled out supporting the PPP in the Punjab chief minister's election."
    got = coalitions(text, "2022-04-15")
    assert ("PML-Q", "PPP", "reject", "fact") in got


def test_ruling_out_backing_the_partners_nominee_is_a_refusal_of_the_partner():
    text = ("ISLAMABAD: The JUI-F met the PML-N on a joint nominee for the presidency, but the ANP has so far "
            "ruled out backing Fazlur Rehman.")
    got = coalitions(text, "2018-08-30")
    assert ("ANP", "JUI-F", "reject", "fact") in got


def test_refusing_to_back_a_partys_demand_is_no_refusal_of_the_party():
    text = ("PESHAWAR: The QWP had refused to back the PTI's demand for the prime minister's resignation, "
            "the minister said on Saturday.")
    got = coalitions(text, "2017-07-30")
    assert not any(a == "QWP" and c == "PTI" and action == "reject" for a, c, action, _s in got)


def test_a_formula_agreed_between_two_named_parties_is_their_joint_agreement():
    text = ("KARACHI: Nisar Khuhro will be the Sindh Assembly speaker under the power-sharing formula agreed "
            "between the PPP and the MQM-P on Sunday.")
    got = coalitions(text, "2008-04-08")
    assert ("PPP", "MQM-P", "join", "fact") in got or ("PPP", "MQM-P", "join", "possible") in got
    assert ("MQM-P", "PPP", "join", "fact") in got or ("MQM-P", "PPP", "join", "possible") in got


def test_a_formula_agreed_between_the_two_parties_after_a_list_names_no_pair():
    text = ("ISLAMABAD: The nominee was backed by the PPP, the MQM-P, the PML-Q and the National Party.\n\n"
            "The PPP voted for him under the power-sharing formula agreed between the two parties last month.")
    got = coalitions(text, "2024-03-04")
    assert not any({a, c} == {"PPP", "NP"} for a, c, _action, _s in got)
