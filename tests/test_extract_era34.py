"""The PPP-led years as the press told them (2008-2011): newcomers presented at a rally, a new member's
'from today I am a worker of the party', a party returning to a coalition it had quit. Every sentence here
is the project's own wording."""
from allegiance import extract


def events(text, published="2011-11-28"):
    return {(e.type, e.actor, e.party, e.status) for e in extract(text, published=published)}


def test_a_membership_said_to_begin_today_is_no_stay():
    text = ("HYDERABAD: Former MPA Rafiq Ahmed Jamali joined the PTI on Sunday. \"From today I am a humble worker of "
            "the Tehreek-i-Insaf,\" Jamali told the gathering.")
    got = events(text)
    assert ("join_party", "Rafiq Ahmed Jamali", "PTI", "fact") in got
    assert not any(t == "leave_party" for t, _a, _p, _s in got)


def test_a_stay_said_plainly_still_denies_a_leaving():
    text = "MULTAN: \"I am a worker of the PML-N and will remain with the party,\" Rana Saleem Akhtar said on Sunday."
    assert ("leave_party", "Rana Saleem Akhtar", "PML-N", "denied") in events(text)


def test_people_introduced_as_new_entrants_join_the_party_of_the_story():
    text = ("SUKKUR: The PPP held a workers' convention on Sunday. Two former councillors, Abdul Ghani Soomro and "
            "Nisar Ahmed Bhutto, were introduced from the stage as new entrants to the party.")
    got = events(text)
    assert ("join_party", "Abdul Ghani Soomro", "PPP", "fact") in got
    assert ("join_party", "Nisar Ahmed Bhutto", "PPP", "fact") in got


def test_people_a_party_presents_as_its_new_members_join_it():
    text = "QUETTA: At a ceremony on Monday, the BAP presented Mir Zahoor Buledi and Sardar Aslam Bizenjo as its new members."
    got = events(text, published="2018-04-03")
    assert ("join_party", "Mir Zahoor Buledi", "BAP", "fact") in got
    assert ("join_party", "Sardar Aslam Bizenjo", "BAP", "fact") in got
    assert not any(a == "BAP" for _t, a, _p, _s in got)


def test_an_officer_introduced_as_a_new_post_holder_joins_nothing():
    text = "LAHORE: The party chairman on Sunday introduced Tariq Mehmood Gill as the new provincial information secretary."
    assert not any(t == "join_party" for t, _a, _p, _s in events(text))


def test_a_party_announcing_its_return_to_a_coalition_government_joins_its_leader():
    text = "QUETTA: The BNP on Tuesday announced its return to the PTI-led coalition government in the province."
    got = {(e.type, e.actor, e.action, e.counterpart, e.date) for e in extract(text, published="2019-06-05")}
    assert ("coalition", "BNP", "join", "PTI", "2019-06-04") in got


def test_a_return_to_the_opposition_is_no_return_to_government():
    text = "QUETTA: The BNP on Tuesday announced its return to the opposition benches after quitting the PTI-led alliance."
    got = {(e.type, e.actor, e.action, e.counterpart) for e in extract(text, published="2019-06-05")}
    assert ("coalition", "BNP", "join", "PTI") not in got


def test_the_partys_leadership_acts_for_the_party_just_named():
    text = ("ISLAMABAD: Sources in the PML-N said the party's leadership had already approached the BAP and the JUI-F "
            "to shore up its numbers in the Senate.")
    got = {(e.actor, e.action, e.counterpart) for e in extract(text, published="2021-03-02") if e.type == "coalition"}
    assert ("PML-N", "talks", "BAP") in got and ("PML-N", "talks", "JUI-F") in got
