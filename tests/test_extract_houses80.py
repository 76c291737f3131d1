"""Elections inside a house (prime minister, chief minister, speaker, Senate chairman) and the support
parties give in them (houses80): a candidate's vote row is no seat tally, a nominee's party is told by
'X, the nominee of the Y', each person of 'voted for A and B' is voted for, and the 'he' who says his party
will sit in the opposition is the subject of the sentence before. Every sentence here is the project's own."""
from allegiance import extract


def acts(text, published="2024-02-25"):
    return {(e.actor, e.counterpart, e.action, e.status) for e in extract(text, published=published)
            if e.type == "coalition"}


def seats(text, published="2024-02-25"):
    return {(e.actor, e.seats) for e in extract(text, published=published) if e.type == "seat_result"}


def test_a_candidates_vote_row_is_no_seat_tally():
    text = ("LAHORE: The Punjab Assembly elected its speaker on Saturday.\n\nVotes polled:\n"
            "- Malik Muhammad Ahmad Khan (PML-N): 224\n- Ahmad Khan Bhachar (SIC): 96\n")
    assert not seats(text)


def test_a_partys_own_name_before_its_code_is_still_a_tally_row():
    text = ("LAHORE: Final results of the Punjab Assembly were announced on Saturday.\n\nPunjab Assembly:\n"
            "Pakistan Muslim League-Nawaz (PML-N): 137\nPakistan Peoples Party (PPP): 10\n")
    assert ("PML-N", 137) in seats(text)


def test_the_nominee_of_a_party_is_that_partys_candidate():
    text = ("KARACHI: Sofia Saeed Shah, the nominee of the Muttahida Qaumi Movement-Pakistan, lost the election "
            "for the speaker on Saturday.\n\nThe Jamaat-e-Islami voted for Ms Shah.")
    assert ("JI", "MQM-P", "join", "fact") in acts(text)


def test_a_joint_nominee_of_several_parties_is_no_one_partys():
    text = ("KARACHI: Sofia Saeed Shah, the nominee of the MQM-P and its allies, lost the election "
            "for the speaker on Saturday.\n\nThe Jamaat-e-Islami voted for Ms Shah.")
    assert ("JI", "MQM-P", "join", "fact") not in acts(text)


def test_each_person_of_a_list_voted_for_is_supported():
    text = ("KARACHI: Shehryar Mahar of the Grand Democratic Alliance lost the contest on Monday.\n\n"
            "The Tehreek-e-Labbaik Pakistan also voted for Mr Qureshi and Mr Mahar.")
    assert ("TLP", "GDA", "join", "fact") in acts(text)


def test_he_who_says_his_party_will_sit_in_opposition_is_the_subject_before():
    text = ("QUETTA: The PPP government was sworn in on Saturday.\n\n"
            "BNP-M leader Sanaullah Baloch criticised the PPP government on Saturday. "
            "\"We were never consulted,\" he said, adding that his party would sit in the opposition.")
    found = acts(text)
    assert ("BNP", None, "join", "fact") in found
    assert ("PPP", None, "join", "fact") not in found


def test_voted_for_him_is_the_candidate_the_sentence_before_is_about():
    text = ("LAHORE: Malik Muhammad Ahmad Khan of the PML-N was elected speaker of the Punjab Assembly on Saturday.\n\n"
            "Mr Khan was the consensus candidate of the treasury. The PML-Q and the IPP both voted for him.")
    found = acts(text)
    assert ("PML-Q", "PML-N", "join", "fact") in found and ("IPP", "PML-N", "join", "fact") in found


def test_wanting_to_join_him_is_no_vote_for_a_candidate():
    text = ("KARACHI: Mustafa Kamal of the PSP addressed a rally on Saturday.\n\n"
            "Mr Kamal spoke for an hour. He claimed that many MQM workers wanted to join him.")
    assert ("MQM-P", "PSP", "join", "possible") not in acts(text)


def test_the_members_of_a_party_all_together_are_the_party():
    text = ("QUETTA: Mir Abdul Quddus Bizenjo of the BAP was elected chief minister on Saturday.\n\n"
            "The three members of the Hazara Democratic Party also voted for Mr Bizenjo.")
    assert ("HDP", "BAP", "join", "fact") in acts(text)


def test_some_members_of_a_party_are_not_the_party():
    text = ("QUETTA: Mir Abdul Quddus Bizenjo of the BAP was elected chief minister on Saturday.\n\n"
            "Three members of the Hazara Democratic Party also voted for Mr Bizenjo.")
    assert ("HDP", "BAP", "join", "fact") not in acts(text)


def test_a_name_the_tagger_misreads_is_still_voted_for():
    text = ("ISLAMABAD: Raja Zafarul Haq of the PML-N lost the vote for the opposition leader's office on Tuesday.\n\n"
            "The Awami National Party voted for Raja Zafarul Haq.")
    assert ("ANP", "PML-N", "join", "fact") in acts(text)


def test_a_party_across_a_semicolon_in_a_deck_is_not_the_next_persons():
    text = ("Gilani wins Senate seat\nPPP's Gilani senator; PTI's Abdul Hafeez Shaikh loses by five votes\n\n"
            "ISLAMABAD: Syed Yousuf Raza Gilani won the Islamabad seat of the Senate on Wednesday.\n\n"
            "The MQM-P voted for Mr Shaikh.")
    found = acts(text)
    assert ("MQM-P", "PPP", "join", "fact") not in found


def test_refusing_to_vote_for_a_candidate_rejects_his_party():
    text = ("KARACHI: Syed Murad Ali Shah of the PPP was re-elected chief minister on Monday.\n\n"
            "The Grand Democratic Alliance refused to vote for Mr Shah.")
    assert ("GDA", "PPP", "reject", "fact") in acts(text)


def test_refusing_to_vote_for_an_unnamed_candidate_names_no_party():
    text = ("KARACHI: Syed Murad Ali Shah of the PPP was re-elected chief minister on Monday.\n\n"
            "The Grand Democratic Alliance refused to vote for any candidate.")
    assert not {a for a in acts(text) if a[0] == "GDA" and a[2] == "reject"}
