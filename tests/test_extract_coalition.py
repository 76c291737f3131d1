"""Coalition acts as real news phrases them: talks named by nouns, invitations, passives,
the opposition benches, deal nouns, endings, and the parties that are not partners.

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
import pytest


@pytest.fixture(scope="module")
def coalitions(extractor):
    from allegiance.model import Article

    def run(text, published="2024-02-20"):
        from datetime import date
        events = extractor.extract(Article(doc="t", text=text, published=date.fromisoformat(published)))
        return {(e.actor, e.counterpart, e.action) for e in events if e.type == "coalition"}, \
            {(e.actor, e.counterpart, e.action): e for e in events if e.type == "coalition"}
    return run


def test_talks_with_a_party_are_the_actors_talks(coalitions):
    found, _ = coalitions("The PTI held talks with the MQM-P on Sunday about forming the federal government.")
    assert found == {("PTI", "MQM-P", "talks")}


def test_talks_between_two_parties_go_both_ways(coalitions):
    found, _ = coalitions("Talks between the PPP and the ANP on a coalition in Balochistan ended without result.")
    assert found == {("PPP", "ANP", "talks"), ("ANP", "PPP", "talks")}


def test_parleys_before_an_agreement_are_talks(coalitions):
    found, _ = coalitions("The BAP, after parleys with the PTI, has agreed to support the coalition government.")
    assert ("BAP", "PTI", "talks") in found


def test_an_invitation_is_talks_toward_the_invited_not_a_join(coalitions):
    found, _ = coalitions("The PPP on Monday invited the MQM-P to join the Sindh government.")
    assert found == {("PPP", "MQM-P", "talks")}


def test_an_offer_made_on_behalf_of_a_party_is_that_partys_talks(coalitions):
    found, _ = coalitions("A federal minister made an offer to the JUI-F to join the alliance on behalf of the PML-N.")
    assert found == {("PML-N", "JUI-F", "talks")}


def test_a_passive_approach_is_the_agents_act(coalitions):
    found, _ = coalitions("The PML-Q was approached by the PTI for support in forming the Punjab government.")
    assert found == {("PTI", "PML-Q", "talks")}


def test_sitting_on_the_opposition_benches_joins_the_opposition(coalitions):
    found, _ = coalitions("The MQM-P decided on Sunday to sit on the opposition benches in the National Assembly.")
    assert found == {("MQM-P", None, "join")}


def test_a_party_joining_an_alliance_needs_no_coalition_word(coalitions):
    found, _ = coalitions("The JUI-F has joined the PDM.")
    assert found == {("JUI-F", "PDM", "join")}


def test_a_possible_merger_is_one_way_and_possible(coalitions):
    found, events = coalitions("Party leaders discussed a possible merger of the PML-Q with the PTI.")
    assert found == {("PML-Q", "PTI", "join")}
    assert events[("PML-Q", "PTI", "join")].status == "possible"


def test_a_seat_adjustment_held_by_two_parties_goes_both_ways(coalitions):
    found, _ = coalitions("The JI and the PTI held a seat adjustment in Karachi.")
    assert found == {("JI", "PTI", "join"), ("PTI", "JI", "join")}


def test_a_party_in_a_purpose_clause_is_not_a_partner(coalitions):
    found, _ = coalitions("The PPP and the ANP agreed to form an alliance to challenge the PTI in the elections.")
    assert found == {("PPP", "ANP", "join"), ("ANP", "PPP", "join")}


def test_supporting_as_a_reason_for_notices_is_no_coalition_act(coalitions):
    found, _ = coalitions("The PTI issued notices to its lawmakers for supporting the MQM-P candidate in the Sindh Assembly.")
    assert found == set()


def test_failing_to_reach_an_agreement_is_no_join(coalitions):
    found, _ = coalitions("The PML-N and the PPP failed to reach an agreement on power-sharing.")
    assert not any(action == "join" for _a, _c, action in found)


def test_ending_their_coalition_is_both_parties_leaving(coalitions):
    found, _ = coalitions("The PTI and the JI on Thursday announced an end to their coalition in KP.")
    assert found == {("PTI", "JI", "leave"), ("JI", "PTI", "leave")}


def test_the_ruling_party_is_the_government_that_is_left(coalitions):
    found, _ = coalitions("The ruling PPP lost an ally on Monday. The JUI-F quit the coalition government over a dispute.")
    assert found == {("JUI-F", "PPP", "leave")}


def test_rival_parties_of_a_party_are_not_that_party(coalitions):
    found, _ = coalitions("The PML-N decided to make an electoral alliance with all rival parties of the PPP in Sindh.")
    assert not any("PPP" in (a, c) for a, c, _action in found)


def test_joining_the_government_names_the_party_that_leads_it(coalitions):
    found, _ = coalitions("The PTI-led government welcomed the move. The BAP has joined the federal government.")
    assert ("BAP", "PTI", "join") in found


def test_a_party_led_government_written_as_a_clause(coalitions):
    found, _ = coalitions("The MQM-P has joined the Pakistan Peoples Party (PPP) led government in Sindh today.")
    assert found == {("MQM-P", "PPP", "join")}


def test_accepting_an_offer_to_join_is_a_join(coalitions):
    found, _ = coalitions("The PML-F accepted the offer to join the PML-N-led federal government.")
    assert ("PML-F", "PML-N", "join") in found


def test_not_being_part_of_the_government_rejects_the_party_leading_it(coalitions):
    found, events = coalitions("The PML-N-led coalition took oath on Monday. "
                               "PPP chairman Bilawal said his party would not be part of the federal government.")
    assert found == {("PPP", "PML-N", "reject")}
    assert events[("PPP", "PML-N", "reject")].status == "fact"


def test_having_been_a_coalition_partner_is_no_act(coalitions):
    found, _ = coalitions("The chief minister said the JI had been a good coalition partner of the PTI.")
    assert found == set()


def test_mulling_an_alliance_is_the_mullers_possible_join(coalitions):
    found, events = coalitions("The JUI-F is mulling an alliance with the PTI for the coming elections.")
    assert found == {("JUI-F", "PTI", "join")}
    assert events[("JUI-F", "PTI", "join")].status == "possible"


def test_parted_ways_parsed_as_a_modifier_still_names_the_partner(coalitions):
    found, _ = coalitions("The BNP parted ways with the PTI-led government on Monday.")
    assert found == {("BNP", "PTI", "leave")}


def test_lead_acts_take_the_story_date_and_later_background_keeps_none(coalitions):
    filler = " ".join(["Party leaders met in the city to review the results of the election in detail."] * 5)
    text = ("JI declines PTI offer in KP\n\nPESHAWAR: The Jamaat-e-Islami on Wednesday turned down an offer "
            "from the PTI to form a coalition government in Khyber Pakhtunkhwa. " + filler +
            " The PTI approached the PPP for an alliance in the province.")
    _, events = coalitions(text, published="2024-02-15")
    assert events[("JI", "PTI", "reject")].date == "2024-02-14"
    assert events[("PTI", "PPP", "talks")].date is None


def test_almost_agreed_and_sourced_acts_are_possible(coalitions):
    _, near = coalitions("The PML-N and the GDA have almost finalised a seat adjustment deal in Sindh.")
    assert near and all(e.status == "possible" for e in near.values())
    _, sourced = coalitions("The PPP has decided to form an alliance with the JUI-F in Balochistan, citing sources.")
    assert sourced and all(e.status == "possible" for e in sourced.values())


def test_talks_named_by_their_parties_go_both_ways(coalitions):
    found, _ = coalitions("PTI, JUI-F talks end in Islamabad")
    assert found == {("PTI", "JUI-F", "talks"), ("JUI-F", "PTI", "talks")}


def test_a_party_quitting_an_alliance_needs_no_coalition_word(coalitions):
    found, _ = coalitions("The ANP has decided to quit the PDM.")
    assert found == {("ANP", "PDM", "leave")}


def test_refusing_to_join_is_a_rejection_alone(coalitions):
    found, _ = coalitions("The JI refused to join the PTI-led government in KP.")
    assert found == {("JI", "PTI", "reject")}


def test_not_supporting_a_party_rejects_it(coalitions):
    found, _ = coalitions("JUI-F chief Maulana Fazlur Rehman said his party would not support the PTI in the Senate.")
    assert found == {("JUI-F", "PTI", "reject")}


def test_contesting_in_alliance_is_a_join_but_remaining_in_one_is_not(coalitions):
    found, _ = coalitions("The PTI will contest the election in alliance with the MWM.")
    assert found == {("PTI", "MWM", "join"), ("MWM", "PTI", "join")}
    found, _ = coalitions("The two parties have remained in alliance with the BNP for years.")
    assert found == set()


def test_a_party_in_contact_with_another_is_in_talks(coalitions):
    found, _ = coalitions("Senior PPP leader Khursheed Shah said the party was in contact with the MQM-P.")
    assert found == {("PPP", "MQM-P", "talks")}


def test_we_in_a_quote_is_the_speakers_party(coalitions):
    found, events = coalitions('The MQM-P met the PTI. "We have decided to support the PML-N in the Centre," '
                               'JUI-F spokesman Aslam Ghauri told reporters.')
    assert found == {("JUI-F", "PML-N", "join")}
    found, _ = coalitions('"Talks are going on with the MQM-P as well," a senior PTI spokesman told reporters.')
    assert found == {("PTI", "MQM-P", "talks")}


def test_talks_owned_by_another_party(coalitions):
    found, _ = coalitions("The PTI criticised the PPP for its talks with the PML-N.")
    assert found == {("PPP", "PML-N", "talks")}


def test_siding_with_the_government_joins_the_party_leading_it(coalitions):
    found, _ = coalitions("The PTI government faces a vote. The PML-Q decided to side with the government on Monday.")
    assert ("PML-Q", "PTI", "join") in found


def test_their_merger_is_the_owners_join(coalitions):
    found, _ = coalitions("The JSPM leaders met on Sunday. The JSPM will announce its merger with the PTI on Tuesday.")
    assert ("JSPM", "PTI", "join") in found and ("PTI", "JSPM", "join") not in found


def test_rejoining_voting_for_a_candidate_and_the_treasury_benches(coalitions):
    found, _ = coalitions("The MQM-P rejoined the PML-N-led federal government on Tuesday.")
    assert found == {("MQM-P", "PML-N", "join")}
    found, _ = coalitions("The BAP voted for the PTI's candidate in the Senate chairman election.")
    assert found == {("BAP", "PTI", "join")}
    found, _ = coalitions("The PML-N government welcomed the move. The PPP will sit on the treasury benches in the Punjab Assembly.")
    assert found == {("PPP", "PML-N", "join")}


def test_the_two_parties_named_in_the_sentence_agree(coalitions):
    found, _ = coalitions("The PTI again approached the QWP to rejoin the government, and the two parties agreed on a power-sharing formula.")
    assert {("PTI", "QWP", "join"), ("QWP", "PTI", "join"), ("PTI", "QWP", "talks")} <= found


def test_lawmakers_unseated_for_voting_are_no_party_act(coalitions):
    found, _ = coalitions("The seats fell vacant after the ECP de-seated the PTI lawmakers for voting for the PML-N's candidate.")
    assert found == set()


def test_leaving_a_party_well_placed_and_a_hypothetical_government_are_no_acts(coalitions):
    found, _ = coalitions("The PPP won 84 seats, leaving the PPP well placed to form the government on its own.")
    assert found == set()
    found, _ = coalitions("The PML-N government took oath. PPP leaders said they would not support a government that ignored Sindh.")
    assert found == set()


def test_declining_an_offer_records_the_offer_as_talks(coalitions):
    found, _ = coalitions("The JUI-F declined the PML-N's offer to join the federal government.")
    assert found == {("PML-N", "JUI-F", "talks"), ("JUI-F", "PML-N", "reject")}


def test_scope_falls_back_to_the_one_the_lead_states(coalitions):
    filler = " ".join(["Leaders of both parties spoke to reporters after the meeting at length."] * 4)
    text = ("PPP, MQM-P talks on Sindh government\n\nKARACHI: Leaders met to discuss the government in Sindh. "
            + filler + " The MQM-P later agreed to join the PPP-led government.")
    _, events = coalitions(text)
    assert events[("MQM-P", "PPP", "join")].scope == "Sindh"


def test_announcing_support_for_the_opposition_joins_it(coalitions):
    found, _ = coalitions("The BAP announced its support for the opposition on Monday.")
    assert found == {("BAP", None, "join")}


def test_backed_independents_act_for_their_backer(coalitions):
    found, _ = coalitions("Independent candidates backed by the PTI have joined the Sunni Ittehad Council (SIC).")
    assert found == {("PTI", "SIC", "join")}
    found, _ = coalitions("PTI-backed independents joined the Sunni Ittehad Council (SIC) on Monday.")
    assert found == {("PTI", "SIC", "join")}


def test_a_party_leader_announcing_an_alliance_is_the_partys_act(coalitions):
    found, _ = coalitions("PTI chairman Gohar Ali Khan announced an alliance with the MWM on Monday.")
    assert ("PTI", "MWM", "join") in found


def test_an_agreement_between_a_party_and_the_opposition(coalitions):
    found, _ = coalitions("The vote followed an agreement between the ruling PTI and the opposition on sharing the seats.")
    assert found == {("PTI", None, "join")}


def test_contesting_jointly_is_a_joint_join(coalitions):
    found, _ = coalitions("The PML-N and the MQM-P will contest the general elections jointly in Karachi.")
    assert found == {("PML-N", "MQM-P", "join"), ("MQM-P", "PML-N", "join")}


def test_talks_told_by_sources_are_still_talks_held(coalitions):
    _, events = coalitions("The PPP held talks with the MQM-P on Monday on forming the Sindh government, sources said.")
    assert events[("PPP", "MQM-P", "talks")].status == "fact"


def test_party_names_with_curly_apostrophe_and_spaced_brackets_are_found(coalitions):
    found, _ = coalitions("The Pakistan People’s Party on Sunday formed an alliance with the Pakistan Muslim League ( N) "
                          "in the Punjab Assembly.")
    assert ("PPP", "PML-N", "join") in found


def test_a_party_reached_through_another_preposition_is_not_the_partner(coalitions):
    found, _ = coalitions("He said the PML-N owed an answer for its seat adjustment with the PTI in Punjab "
                          "and from the JUI-F for its election alliance with the ANP in Karachi.")
    assert ("PML-N", "JUI-F", "join") not in found
    assert ("JUI-F", "PML-N", "join") not in found


def test_him_in_a_clause_is_not_that_clauses_own_subject(coalitions):
    found, _ = coalitions("BAP chief and senator Ali Khan quit the cabinet on Monday after PML-N president "
                          "Shehbaz Sharif reached out to him for support against the government.")
    assert ("PML-N", "BAP", "talks") in found
    assert ("PML-N", "PML-N", "talks") not in found


def test_them_after_a_joint_subject_is_the_group_named_by_its_leading_party(coalitions):
    found, _ = coalitions("The PTI and the JI signed a pact in Peshawar on Monday. "
                          "The QWP has also agreed to support them in the provincial assembly.")
    assert ("QWP", "PTI", "join") in found
    assert ("QWP", "JI", "join") not in found


def test_the_opposition_acting_is_the_opposition_alliance_the_story_names(coalitions):
    found, _ = coalitions("The Pakistan Democratic Movement met in Lahore on Friday to plan a no-confidence motion. "
                          "The PDM chief said the vote would succeed. To topple the PTI government, "
                          "the opposition has reached out to PML(Q), BAP and MQM-P.")
    assert {("PDM", "PML-Q", "talks"), ("PDM", "BAP", "talks"), ("PDM", "MQM-P", "talks")} <= found


def test_the_opposition_is_no_party_when_the_story_names_no_alliance(coalitions):
    found, _ = coalitions("To topple the PTI government, the opposition has reached out to the BAP and the MQM-P.")
    assert not {e for e in found if e[2] == "talks"}


def test_both_parties_with_no_party_in_the_sentence_are_the_two_just_named(coalitions):
    found, _ = coalitions("The JI is expected to get two ministries in the next PTI government in Peshawar. "
                          "Leaders of both parties had already made contacts on the matter. "
                          "Both parties contested the last polls with a seat adjustment.")
    assert {("JI", "PTI", "talks"), ("PTI", "JI", "talks")} <= found


def test_both_parties_in_a_reported_clause_are_not_read_back(coalitions):
    found, _ = coalitions("The JI is expected to get two ministries in the next PTI government in Peshawar. "
                          "There were reports that both parties had agreed on a seat adjustment.")
    assert ("JI", "PTI", "join") not in found and ("PTI", "JI", "join") not in found


def test_both_parties_in_what_a_speaker_said_are_the_two_just_named(coalitions):
    found, _ = coalitions("The PTI and the QWP on Friday announced the end of their partnership in Peshawar. "
                          "The chief minister said that both the parties had entered into an alliance five years ago.")
    assert {("QWP", "PTI", "join"), ("PTI", "QWP", "join")} <= found
