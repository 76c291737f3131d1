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
