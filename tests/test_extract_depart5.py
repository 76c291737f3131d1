"""Departures and inductions as the press tells them after a party's fall from favour (the 2023 exits
from the PTI, the 2018 electables' wave, returns to a party's fold). Every sentence here is the
project's own wording."""
from allegiance import extract


def moves(text, published="2023-05-25"):
    return {(e.type, e.actor, e.party) for e in extract(text, published=published)
            if e.type in ("leave_party", "join_party")}


def test_a_name_with_a_small_particle_is_not_cut_into_two_sentences():
    text = ("MULTAN: The district president said Malik Ahmed Raza had been misled by his rivals.\n\n"
            "Separately, former MPA Chaudhry Noor ud Din Khan Sial, who lost his seat in the polls, "
            "announced on Tuesday that he was quitting the PTI and politics.")
    assert ("leave_party", "Chaudhry Noor ud Din Khan Sial", "PTI") in moves(text)


def test_a_name_hung_on_the_clause_before_is_the_subject_of_the_verb_after_it():
    text = ("ISLAMABAD: Additional Attorney General Salman Butt said the SIC could not claim reserved seats.\n\n"
            "Hours before the hearing ended, SIC MNA from Sheikhupura Rana Javed Sandhu announced in Lahore "
            "that he was quitting the SIC.")
    assert moves(text, "2025-05-20") == {("leave_party", "Rana Javed Sandhu", "SIC")}


def test_a_party_described_as_the_one_he_left_is_left():
    text = ("PESHAWAR: Former MNA Malik Tariq Awan on Friday rejoined the Awami National Party (ANP), "
            "the party he left in 2012 to contest on a PML-N ticket.")
    found = moves(text, "2022-06-10")
    assert ("join_party", "Malik Tariq Awan", "ANP") in found and ("leave_party", "Malik Tariq Awan", "ANP") in found


def test_a_leaving_told_in_a_clause_describing_the_party_is_done_whatever_the_rumour():
    text = ("QUETTA: Former minister Mir Akbar Jamali is rumoured to be joining the BNP, "
            "a party he quit in 2015 to run as an independent.")
    found = {(e.type, e.party, e.status) for e in extract(text, published="2021-01-04")}
    assert ("leave_party", "BNP", "fact") in found and ("join_party", "BNP", "possible") in found


def test_a_member_who_leaves_politics_leaves_the_party():
    assert moves("KARACHI: PTI leader Saleem Akhtar said on Friday he was taking a break from politics.") == {
        ("leave_party", "Saleem Akhtar", "PTI")}
    assert moves("LAHORE: PTI MPA Asad Gill announced his retirement from politics on Friday.") == {
        ("leave_party", "Asad Gill", "PTI")}


def test_a_dare_or_a_refusal_to_leave_politics_leaves_nothing():
    assert moves("LAHORE: PML-N leader Tariq Bhatti said he would never quit politics.") == set()
    assert moves("LAHORE: PTI MPA Asad Gill said he would quit politics if the charge against him were proved.") == set()


def test_a_stay_refused_is_a_leaving_not_a_denial():
    assert moves("MULTAN: Former PTI MNA Ahmed Raza Dehar said he could no longer continue with the PTI after the riots.") \
        == {("leave_party", "Ahmed Raza Dehar", "PTI")}
    found = {(e.actor, e.status) for e in extract(
        "LAHORE: Former MPA Saleem Akhtar said he can no longer remain a member of the PTI.", published="2023-05-25")}
    assert found == {("Saleem Akhtar", "fact")}


def test_they_after_a_list_of_groups_set_off_by_dashes_are_all_the_names():
    text = ("FAISALABAD: Two more former MPAs parted ways with the PTI on Monday.\n\n"
            "Former MPAs -- Rana Aslam Khan, Tariq Gill -- and party leaders -- Asim Javed and Rana Ali -- told "
            "reporters at a hotel they could not remain associated with a party which attacked the army.")
    assert {m[1] for m in moves(text, "2023-05-29") if m[0] == "leave_party"} == {
        "Rana Aslam Khan", "Tariq Gill", "Asim Javed", "Rana Ali"}


def test_boarding_or_entering_a_party_joins_it():
    for text in ("MULTAN: Former MNA Sardar Ali Raza Dreshak became the latest electable to board the PTI bandwagon on Sunday.",
                 "MULTAN: Former MNA Sardar Ali Raza Dreshak hopped on to the PTI bandwagon on Sunday.",
                 "MULTAN: Former MNA Sardar Ali Raza Dreshak formally entered the PTI on Sunday."):
        assert moves(text, "2018-05-21") == {("join_party", "Sardar Ali Raza Dreshak", "PTI")}, text
    assert moves("MULTAN: Former MNA Sardar Ali Raza Dreshak entered the assembly hall on Sunday.", "2018-05-21") == set()


def test_his_old_party_set_beside_a_named_party_is_that_party():
    assert moves("SARGODHA: Former MNA Ghulam Abbas Tarar rejoined his old party, the PML-N, on Sunday.", "2024-01-14") == {
        ("join_party", "Ghulam Abbas Tarar", "PML-N")}


def test_a_cleft_list_after_a_dateline_names_the_joiners():
    assert moves("LAHORE: Among those who joined the IPP were former MPAs Asad Langrial and Saeed Raas.", "2023-06-09") == {
        ("join_party", "Asad Langrial", "IPP"), ("join_party", "Saeed Raas", "IPP")}


def test_names_listed_after_most_of_whom_quit_did_not_each_quit():
    text = ("LAHORE: The IPP on Tuesday inducted three former MPAs, most of whom had parted ways with the PTI after the "
            "May 9 riots, at a ceremony in Lahore.\n\nThe new entrants were:\n\n- Chaudhry Asad Bajwa (Gujranwala)\n"
            "- Sardar Hamid Nakai (Kasur)\n- Rana Ali Sattar (Sheikhupura)")
    found = moves(text, "2023-06-14")
    assert ("join_party", "Sardar Hamid Nakai", "IPP") in found
    assert not any(m[0] == "leave_party" for m in found)


def test_a_speaker_who_says_more_people_will_join_does_not_join():
    text = "LAHORE: Mr Tareen told the gathering that more \"heavyweights\" would join the party in the coming days."
    assert moves("LAHORE: The IPP held a ceremony on Tuesday. " + text, "2023-06-14") == set()


def test_no_longer_a_member_said_in_a_quote_is_a_leaving():
    text = ("KARACHI: MQM MPA Dr Syed Kamal Hussain Naqvi spoke at the end.\n\n"
            "\"From today I am no longer a member of the MQM. I stand with the new party,\" he said.")
    found = {(e.type, e.actor, e.party, e.status) for e in extract(text, published="2016-03-19")}
    assert ("leave_party", "Dr Syed Kamal Hussain Naqvi", "MQM-P", "fact") in found


def test_people_presented_party_scarves_in_the_passive_join():
    text = ("ISLAMABAD: MNAs Ali Raza Khan and Tariq Wattoo met PTI chairman Imran Khan at his residence, "
            "where they were presented party scarves.")
    assert moves(text, "2018-06-02") == {("join_party", "Ali Raza Khan", "PTI"), ("join_party", "Tariq Wattoo", "PTI")}


def test_a_return_announced_ending_a_spell_with_the_alliance_leaves_it():
    text = ("SHIKARPUR: The GDA's district general secretary, Agha Sultan Khan Pathan, announced his return to the PPP "
            "on Sunday, ending a five-year spell with the alliance.")
    assert moves(text, "2022-11-21") == {("join_party", "Agha Sultan Khan Pathan", "PPP"),
                                         ("leave_party", "Agha Sultan Khan Pathan", "GDA")}


def test_resigning_ones_primary_membership_leaves_the_party_in_focus():
    text = "DG KHAN: PML-N MNA Amjad Farooq Khosa said he had written to the party a week ago to resign his primary membership."
    assert ("leave_party", "Amjad Farooq Khosa", "PML-N") in moves(text, "2018-06-02")


def test_followers_named_after_the_act_do_it_too():
    text = ("LAHORE: Sardar Ali Maneka later quit the PML-Q and joined the PML-N, and was followed by "
            "Sardar Ahmed Mazari and Chaudhry Amir Cheema.")
    found = moves(text, "2012-03-01")
    for name in ("Sardar Ahmed Mazari", "Chaudhry Amir Cheema"):
        assert ("leave_party", name, "PML-Q") in found and ("join_party", name, "PML-N") in found


def test_a_party_written_before_a_plural_role_list_is_every_listed_persons():
    found = moves("KARACHI: MQM MPAs Saghir Ahmed, Iftikhar Rana and Bilqees Mukhtar joined the PSP on Friday.", "2016-04-10")
    assert {m[1] for m in found if m[0] == "leave_party" and m[2] == "MQM-P"} == {"Saghir Ahmed", "Iftikhar Rana", "Bilqees Mukhtar"}


def test_a_former_member_in_a_list_keeps_no_seat_of_the_list_head():
    found = moves("LAHORE: PML-N MNA Rana Qasim Sahi and former MPA Tahir Ahmed Sindhu were inducted into the PTI.", "2018-06-05")
    assert ("leave_party", "Rana Qasim Sahi", "PML-N") in found and ("leave_party", "Tahir Ahmed Sindhu", "PML-N") not in found


def test_the_i_of_a_quote_is_its_speaker_named_with_a_role_or_before_a_colon():
    assert moves('KARACHI: "I am leaving the PTI," former MNA Aftab Jahangir Khan announced at the press club.') == {
        ("leave_party", "Aftab Jahangir Khan", "PTI")}
    assert moves('KARACHI: Former MNA Aftab Jahangir Khan said: "I announce my separation from the PTI."') == {
        ("leave_party", "Aftab Jahangir Khan", "PTI")}


def test_parting_with_or_joining_a_party_head_moves_in_or_out_of_the_party_he_leads():
    text = ("LAHORE: PTI chairman Imran Khan faced more desertions on Thursday. In a video message, former MPA "
            "Malik Asad Khokhar announced his decision to part ways with Imran Khan.")
    assert moves(text) == {("leave_party", "Malik Asad Khokhar", "PTI")}
    text = ("KARACHI: PSP chief Mustafa Kamal addressed the media. Former senator Raza Haroon and ex-MPA Anis Qaimkhani "
            "had joined Kamal on the day of the party's launch.")
    assert {m for m in moves(text, "2016-03-20") if m[0] == "join_party"} == {
        ("join_party", "Raza Haroon", "PSP"), ("join_party", "Anis Qaimkhani", "PSP")}
    assert moves("LAHORE: Former MPA Malik Asad Khokhar met PTI chairman Imran Khan on Thursday.") == set()


def test_a_relative_clause_that_says_also_covers_the_whole_list_it_closes():
    text = ("DIKHAN: Maulana Hafiz Qasmi quit the JUI-F on Sunday. He was accompanied by Qari Abdul Majeed Khan "
            "and Maulana Zia-ul-Haq Marwat, who also bid farewell to the party.")
    assert {m[1] for m in moves(text, "2025-01-20") if m[0] == "leave_party"} == {
        "Maulana Hafiz Qasmi", "Qari Abdul Majeed Khan", "Maulana Zia-ul-Haq Marwat"}


def test_a_plural_role_set_beside_a_list_head_shares_its_party():
    text = "MULTAN: Multan's PML-N MNA Malik Ahmed Raza Khan and two MPAs, Rana Tariq Saleem and Asif Ali joined the PTI."
    assert {m[1] for m in moves(text, "2018-05-24") if m[0] == "leave_party"} == {
        "Malik Ahmed Raza Khan", "Rana Tariq Saleem", "Asif Ali"}


def test_having_become_a_member_of_a_party_is_a_joining():
    assert moves("LAHORE: Former MPA Asad Langrial has officially become a member of the IPP.", "2023-07-18") == {
        ("join_party", "Asad Langrial", "IPP")}


def test_a_party_that_loses_named_members_is_left_by_them():
    text = ("KARACHI: The PTI lost three more leaders on Thursday: former MNA Jai Kumar, former MPA Sanjay Lal "
            "and Karachi vice president Raja Azhar Khan.")
    assert moves(text) == {("leave_party", "Jai Kumar", "PTI"), ("leave_party", "Sanjay Lal", "PTI"),
                           ("leave_party", "Raja Azhar Khan", "PTI")}
    assert moves("LAHORE: The PTI lost two seats in Lahore to the PML-N.") == set()
