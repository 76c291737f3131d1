"""Wire copy in the APP/UrduPoint manner: 'announced to join ... here on Sunday', lists after a counted
role ('its two leaders A and B'). Every sentence here is the project's own wording."""
from allegiance import extract


def test_a_counted_role_before_a_list_expels_everyone_listed():
    text = "KARACHI: The MQM-P on Wednesday expelled its three leaders Syed Arif Rizvi, Kamran Baig and Nadeem Qazi from the party."
    got = {(e.type, e.actor, e.party) for e in extract(text, published="2022-08-03")}
    assert {("expel", "Syed Arif Rizvi", "MQM-P"), ("expel", "Kamran Baig", "MQM-P"), ("expel", "Nadeem Qazi", "MQM-P")} <= got


def test_a_single_role_before_a_name_is_still_that_one_person():
    text = "LAHORE: The PML-N on Friday cancelled the membership of MPA Rana Javed Iqbal for voting against the party."
    got = {(e.type, e.actor, e.party) for e in extract(text, published="2022-08-05")}
    assert ("expel", "Rana Javed Iqbal", "PML-N") in got


def test_two_leaders_announcing_support_each_bring_their_party():
    text = ("QUETTA: The BAP gathered its allies on Saturday. JWP chief Shahzain Bugti and BNP-A president Mir Israr "
            "Zehri also announced their support for the BAP.")
    got = {(e.actor, e.action, e.counterpart) for e in extract(text, published="2018-08-05") if e.type == "coalition"}
    assert ("JWP", "join", "BAP") in got and ("BNP-A", "join", "BAP") in got
